"""The commands that show the data whole: status in every format, summary, timeline, export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from cardinfo.models import Dataset
from tests.helpers import load_yaml

FORMATS = ["json", "ndjson", "csv", "tsv", "yaml", "markdown"]


def ids_in(fmt: str, text: str) -> list[str]:
    """The record ids a format carries, read with a real parser where there is one."""
    if fmt == "json":
        return [r["id"] for r in json.loads(text)]
    if fmt == "ndjson":
        return [json.loads(line)["id"] for line in text.splitlines()]
    if fmt == "csv":
        return [row["id"] for row in csv.DictReader(io.StringIO(text))]
    if fmt == "tsv":
        return [row["id"] for row in csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)]
    if fmt == "yaml":
        return [r["id"] for r in load_yaml(text)]
    raise AssertionError(fmt)


@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv", "tsv", "yaml"])
def test_status_formats_carry_every_record(cli: Any, dataset: Dataset, fmt: str) -> None:
    result = cli("status", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert ids_in(fmt, result.stdout) == [r.id for r in dataset.regions]


def test_csv_rows_hold_the_fields(cli: Any, dataset: Dataset) -> None:
    rows = list(csv.DictReader(io.StringIO(cli("status", "--format", "csv").stdout)))
    kunming = next(r for r in rows if r["id"] == "yunnan-kunming")
    assert kunming["functions"] == "身份识别; 公共交通乘车"
    assert kunming["code"] == "530100" and kunming["status"] == "issuing" and kunming["pilot"] == "false"
    assert all(row["source_date"] == "2020" and row["source_text"] for row in rows)
    changde = next(r for r in rows if r["id"] == "hunan-changde")
    assert changde["source_text"] == next(r.source.text for r in dataset.regions if r.id == "hunan-changde")


def test_markdown_has_a_row_per_record(cli: Any, dataset: Dataset) -> None:
    lines = cli("status", "--format", "markdown").stdout.splitlines()
    assert lines[0].startswith("| 省份 | 地点 | 区划代码 | 状态")  # a table for people, in the chosen language
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == 2 + len(dataset.regions)
    assert all(line.count(" | ") == 6 for line in table[2:])
    assert lines[-1].startswith("据") and "未经官方核实" in lines[-1]  # a published table says its source


def test_json_keeps_chinese_readable(cli: Any) -> None:
    out = cli("status", "--format", "json").stdout
    assert "昆明市" in out and "\\u" not in out


def test_status_filters(cli: Any, dataset: Dataset) -> None:
    issuing = cli("status", "--status", "issuing", "--format", "json").json()
    assert {r["status"] for r in issuing} == {"issuing"}
    assert len(issuing) == sum(r.status == "issuing" for r in dataset.regions)
    for name in ("云南", "云南省", "yunnan", "530000", "雲南"):
        yunnan = cli("status", "--province", name, "--format", "json").json()
        assert {r["place"] for r in yunnan} == {"昆明市", "五华区", "东川区", "保山市"}, name
    pilots = cli("status", "--pilot", "--format", "json").json()
    assert pilots and all(r["pilot"] for r in pilots)
    both = cli("status", "--province", "陕西", "--status", "preparing", "--pilot", "--format", "json").json()
    assert {r["place"] for r in both} == {"西安市", "渭南市"}


def test_status_bad_filters(cli: Any) -> None:
    bad = cli("status", "--province", "火星", "--format", "json")
    assert bad.exit_code == 1 and bad.stdout == "" and "火星" in bad.stderr
    city = cli("status", "--province", "昆明")
    assert city.exit_code == 1 and "不是省级地区" in city.stderr
    assert "is not a province" in cli("--lang", "en", "status", "--province", "昆明").stderr
    assert cli("status", "--status", "done").exit_code == 2
    assert cli("status", "--format", "xml").exit_code == 2


def test_output_file_and_bom(cli: Any, tmp_path: Path, dataset: Dataset) -> None:
    target = tmp_path / "status.csv"
    result = cli("status", "--format", "csv", "--bom", "--output", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(dataset.regions)
    assert [p.name for p in tmp_path.iterdir()] == ["status.csv"]  # no temporary file left behind


def test_output_to_an_unwritable_place(cli: Any, tmp_path: Path) -> None:
    result = cli("status", "--format", "csv", "--output", str(tmp_path / "no" / "such" / "dir" / "x.csv"))
    assert result.exit_code == 1 and "无法写入" in result.stderr and "Traceback" not in result.stderr
    existing = tmp_path / "keep.csv"
    existing.write_text("old", encoding="utf-8")
    (tmp_path / "ro").mkdir()
    assert cli("status", "--output", str(tmp_path / "ro")).exit_code == 1  # a directory
    assert existing.read_text(encoding="utf-8") == "old"


def test_summary(cli: Any, dataset: Dataset) -> None:
    s = cli("summary", "--format", "json").json()
    assert s["stated_in_source"] == {"issued": 20, "issuing": 16, "preparing": 14}
    assert sum(s["by_status"].values()) == len(dataset.regions)
    assert s["by_province"]["云南省"] == {"issued": 1, "issuing": 3, "preparing": 0}
    text = cli("summary", "--plain").stdout
    assert "文中所说" in text and "为什么不同" in text and "未经官方核实" in text


def test_timeline(cli: Any) -> None:
    events = cli("timeline", "--format", "json").json()
    dates = [e["date"] for e in events]
    assert dates == sorted(dates) and {"2014", "2017-03", "2018", "2018-08-14", "2019", "2020"} <= set(dates)
    text = cli("timeline").stdout
    assert text.index("2014") < text.index("2018-08-14") and "未核实" in text


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_export_round_trips(cli: Any, dataset: Dataset, fmt: str, tmp_path: Path) -> None:
    target = tmp_path / f"all.{fmt}"
    assert cli("export", "--format", fmt, "--output", str(target)).exit_code == 0
    text = target.read_text(encoding="utf-8")
    loaded = json.loads(text) if fmt == "json" else load_yaml(text)
    assert loaded["schema_version"] == 2 and loaded["as_of"] == "2020"
    assert loaded["regions"] == [r.to_dict() for r in dataset.regions]
    assert loaded["faq"] == [e.to_dict() for e in dataset.faq]
    assert loaded["timeline"] == [e.to_dict() for e in dataset.timeline]
    assert loaded["sources"] == [s.to_dict() for s in dataset.sources]
    assert loaded["reports"] == [r.to_dict() for r in dataset.reports]
    assert {r["source"] for r in loaded["reports"]} <= {s["id"] for s in loaded["sources"]}


def test_region_json_follows_the_contract(cli: Any) -> None:
    answer = cli("region", "盘龙区", "--format", "json").json()
    assert answer["query"] == "盘龙区" and answer["match"] == "ancestor" and answer["status"] == "issuing"
    assert answer["place"] == {
        "code": "530103",
        "name": "盘龙区",
        "level": "county",
        "path": ["云南省", "昆明市", "盘龙区"],
    }
    record = answer["records"][0]
    for key in (
        "id",
        "province",
        "place",
        "code",
        "level",
        "status",
        "pilot",
        "since",
        "functions",
        "validity_years",
        "notes",
        "source",
    ):
        assert key in record
    assert record["source"]["section"] == "issuing" and "昆明市" in record["source"]["text"]
    assert {r["place"] for r in answer["related"]} >= {"保山市"}
    assert answer["candidates"] == [] and answer["as_of"] == "2020" and "2020" in answer["source"]
    ambiguous = cli("region", "朝阳区", "--format", "json").json()
    assert ambiguous["match"] == "ambiguous" and ambiguous["place"] is None
    assert all({"path", "status", "records"} <= set(c) for c in ambiguous["candidates"])


def test_region_text_leads_with_one_actionable_line(cli: Any) -> None:
    lines = cli("region", "盘龙区").stdout.splitlines()
    assert lines[0] == "盘龙区：正在换发（据昆明市的记录：studyofnet.com 2020，可信度低）"
    text = "\n".join(lines)
    assert "换发地方:昆明市,其中五华区10个街道已经开始启动" in text and "2020" in text
    assert "未经官方核实" in text
    dongchuan = cli("region", "东川").stdout.splitlines()[0]
    assert dongchuan == "东川区：正在换发，2020-04-17 起（studyofnet.com 2020，可信度低）"


def test_region_misses_and_odd_input(cli: Any) -> None:
    miss = cli("region", "昆朋")
    assert miss.exit_code == 1 and miss.stdout == ""
    assert "昆朋" in miss.stderr and "云南省昆明市" in miss.stderr
    for query in ("", "\x1b[31m昆\x1b[0m朋", "x" * 10_000, "[bold red]昆朋[/]"):
        result = cli("region", query)
        assert result.exit_code == 1 and result.stdout == ""
        assert "\x1b" not in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr) < 2_000
    unknown = cli("region", "上海")
    assert unknown.exit_code == 0 and "文中没有提到" in unknown.stdout
    assert cli("region").exit_code == 2


def test_old_names_and_the_articles_typos_are_explained(cli: Any) -> None:
    assert cli("region", "綦江县").stdout.splitlines()[1] == "“綦江县”是旧称，现为綦江区"
    assert "正式名称为邻水县" in cli("region", "领水县").stdout.splitlines()[1]
    assert "official name is 邻水县" in cli("--lang", "en", "region", "领水县").stdout


def test_status_output_txt_is_the_text_people_read(cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "status.txt"
    assert cli("status", "--output", str(target)).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("共") and "地点：昆明市" in text and "\x1b" not in text
    assert cli("export", "--output", str(tmp_path / "e.txt")).exit_code == 2  # export has no text form


def test_operating_system_reasons_are_worded_in_the_language(cli: Any, tmp_path: Path) -> None:
    long_name = tmp_path / ("a" * 300 + ".csv")
    zh = cli("status", "--output", str(long_name))
    en = cli("--lang", "en", "status", "--output", str(long_name))
    assert zh.exit_code == en.exit_code == 1
    assert "文件名太长" in zh.stderr and "file name too long" in en.stderr
