"""`region --input FILE` / `region -`: one row per input line, in order, streamed, in every format."""

from __future__ import annotations

import csv
import gc
import io
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cardinfo import batch
from cardinfo.cli import app
from cardinfo.lookup import Atlas
from cardinfo.models import Dataset
from tests.helpers import make_id

COLUMNS = ["line", "query", "match", "status", "code", "name", "level", "path", "as_of"]
LINES = ["昆明", "", "朝阳区", "昆朋", "盘龙区", "  ", "530103", "株洲"]


def stdin(args: list[str], data: bytes | str) -> Any:
    result = CliRunner().invoke(app, args, input=data, catch_exceptions=False)
    return result


@pytest.fixture
def places(tmp_path: Path) -> Path:
    path = tmp_path / "places.txt"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def test_ndjson_has_one_row_per_line_in_order(cli: Any, places: Path) -> None:
    result = cli("region", "--input", str(places), "--format", "ndjson")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["line"] for r in rows] == list(range(1, len(LINES) + 1))
    assert [r["query"] for r in rows] == LINES
    assert [r["match"] for r in rows] == [
        "exact",
        "none",
        "ambiguous",
        "none",
        "ancestor",
        "none",
        "ancestor",
        "unknown",
    ]
    assert rows[0]["place"]["code"] == "530100" and rows[0]["status"] == "issuing"
    assert all("related" not in r for r in rows)
    miss = rows[3]
    assert miss["error"] and miss["suggestions"] == [] and miss["status"] is None and miss["place"] is None


def test_suggestions_only_when_asked(cli: Any, places: Path) -> None:
    rows = [
        json.loads(x)
        for x in cli("region", "--input", str(places), "--suggest", "--format", "ndjson").stdout.splitlines()
    ]
    assert "云南省昆明市" in rows[3]["suggestions"]


def test_ndjson_is_the_default_when_stdout_is_not_a_terminal(cli: Any, places: Path) -> None:
    assert (
        cli("region", "--input", str(places)).stdout
        == cli("region", "--input", str(places), "--format", "ndjson").stdout
    )


def test_json_is_one_array(cli: Any, places: Path) -> None:
    rows = json.loads(cli("region", "--input", str(places), "--format", "json").stdout)
    assert len(rows) == len(LINES) and rows[2]["match"] == "ambiguous"


def test_csv_and_tsv_columns(cli: Any, places: Path) -> None:
    raw = stdin(["region", "--input", str(places), "--format", "csv"], "").stdout_bytes.decode()
    assert raw.startswith(",".join(COLUMNS) + "\r\n")  # RFC 4180 line ends, as `status --format csv`
    out = cli("region", "--input", str(places), "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(LINES)
    assert rows[4] == {
        "line": "5",
        "query": "盘龙区",
        "match": "ancestor",
        "status": "issuing",
        "code": "530103",
        "name": "盘龙区",
        "level": "county",
        "path": "云南省 / 昆明市 / 盘龙区",
        "as_of": "2020",
    }
    assert rows[2]["code"] == "110105; 220104"  # an ambiguous name lists each candidate
    tsv = cli("region", "--input", str(places), "--format", "tsv").stdout.splitlines()
    assert tsv[0].split("\t") == COLUMNS
    assert len(tsv) == len(LINES) + 1 and all(len(r.split("\t")) == len(COLUMNS) for r in tsv)


def test_text_is_one_line_per_input_line(cli: Any, places: Path) -> None:
    out = cli("region", "--input", str(places), "--format", "text").stdout.splitlines()
    assert len(out) == len(LINES)
    # words a screen reader reads well: no arrow, no ">" ("greater than"); the path as Chinese writes it
    assert out[0] == "1. 昆明：云南省昆明市，正在换发"
    assert out[4] == "5. 盘龙区：云南省昆明市盘龙区，正在换发"
    assert out[2] == "3. 朝阳区：对应2个地方：北京市朝阳区，已经发放；吉林省长春市朝阳区，准备换发"


def test_english_text_rows_give_names_their_pinyin_and_english_punctuation(cli: Any, places: Path) -> None:
    out = cli("--lang", "en", "region", "--input", str(places), "--format", "text").stdout.splitlines()
    assert out[4] == "5. 盘龙区: Panlong (盘龙区), Kunming (昆明市), Yunnan (云南省): issuing"
    assert not any(mark in line for line in out for mark in ("：", "（", "、", "→", " > "))


def test_english_text_rows_of_a_development_zone_which_has_no_code(cli: Any, tmp_path: Path) -> None:
    # a zone's record has no division code: its path keeps its Chinese names, and the batch goes on
    places = tmp_path / "zones.txt"
    places.write_text("宁波市高新区\n昆明\n", encoding="utf-8")
    result = cli("--lang", "en", "region", "--input", str(places), "--format", "text")
    assert result.exit_code == 0, result.stderr
    out = result.stdout.splitlines()
    assert out[0].startswith("1. 宁波市高新区: ") and out[0].endswith(": issuing")
    assert out[1] == "2. 昆明: Kunming (昆明市), Yunnan (云南省): issuing"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_file_with_its_byte_order_mark_is_read(cli: Any, tmp_path: Path, encoding: str) -> None:
    # Windows Notepad's "Unicode" and PowerShell 5's `>` write UTF-16 with a byte-order mark
    places = tmp_path / "unicode.txt"
    body = "昆明\r\n盘龙区\r\n".encode(encoding)
    places.write_bytes(body if encoding == "utf-16" else b"\xfe\xff" + body)
    result = cli("region", "--input", str(places), "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["line"], r["query"], r["code"]) for r in rows] == [("1", "昆明", "530100"), ("2", "盘龙区", "530103")]


@pytest.mark.parametrize("args", [["region", "-"], ["region", "--input", "-"]])
def test_standard_input(args: list[str]) -> None:
    result = stdin([*args, "--format", "csv"], "昆明\n盘龙区")  # no newline after the last line
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["code"] for r in rows] == ["530100", "530103"]


def test_bytes_a_reader_may_meet() -> None:
    data = (
        b"\xef\xbb\xbf\xe6\x98\x86\xe6\x98\x8e\r\n\xff\xfe\xe6\x98\x86\n"
        + b"a" * 10_000
        + b"\n\xe7\x9b\x98\xe9\xbe\x99\xe5\x8c\xba\n"
    )
    result = stdin(["region", "-", "--format", "ndjson"], data)
    assert result.exit_code == 0
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["line"] for r in rows] == [1, 2, 3, 4]
    assert rows[0]["query"] == "昆明" and rows[0]["match"] == "exact"  # BOM and CRLF dropped
    assert rows[1]["match"] == "none" and "UTF-8" in stdin(["--lang", "en", "region", "-"], data).stdout
    assert rows[2]["match"] == "none" and len(rows[2]["query"]) <= 65
    assert rows[3]["place"]["code"] == "530103"


def test_an_empty_input_has_no_rows(cli: Any, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert cli("region", "--input", str(empty), "--format", "ndjson").stdout == ""
    assert json.loads(cli("region", "--input", str(empty), "--format", "json").stdout) == []
    assert cli("region", "--input", str(empty), "--format", "csv").stdout == ",".join(COLUMNS) + "\n"


def test_a_cell_a_spreadsheet_would_run_is_quoted(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    path.write_text('=HYPERLINK("http://x")\n', encoding="utf-8")
    row = next(csv.DictReader(io.StringIO(cli("region", "--input", str(path), "--format", "csv").stdout)))
    assert row["query"].startswith("'=")


@pytest.mark.parametrize(
    "args",
    [
        ["region", "--input", "/no/such/file"],
        ["region", "--input", "/"],  # a folder
        ["region", "--input", "places.txt", "昆明"],  # both
        ["region"],  # neither
    ],
)
def test_input_that_cannot_be_read_is_exit_2(cli: Any, args: list[str]) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip()


def test_a_data_error_is_exit_3_with_nothing_on_stdout(cli: Any, places: Path, data_copy: Path) -> None:
    (data_copy / "regions.yaml").write_text("regions: [\n", encoding="utf-8")
    result = cli("--data-dir", str(data_copy), "region", "--input", str(places))
    assert result.exit_code == 3
    assert result.stdout == ""


def test_a_single_query_in_the_batch_formats(cli: Any) -> None:
    line = json.loads(cli("region", "盘龙区", "--format", "ndjson").stdout)
    assert line["line"] == 1 and line["place"]["code"] == "530103" and "related" not in line
    rows = list(csv.DictReader(io.StringIO(cli("region", "盘龙区", "--format", "csv").stdout)))
    assert rows[0]["path"] == "云南省 / 昆明市 / 盘龙区"
    miss = cli("region", "昆朋", "--format", "csv")
    assert miss.exit_code == 1 and miss.stdout == ""  # one query that names nothing is still a miss


def test_format_names_are_case_insensitive(cli: Any, places: Path) -> None:
    assert cli("region", "--input", str(places), "--format", "CSV").exit_code == 0


def test_no_progress_bar_when_stderr_is_not_a_terminal(cli: Any, places: Path) -> None:
    assert cli("region", "--input", str(places)).stderr == ""


def test_progress_redraws_one_line_and_clears_it(dataset: Dataset, atlas: Atlas) -> None:
    drawn: list[str] = []
    lines = [batch.Line(n, "昆明") for n in range(1, 4)]
    passed = list(batch.progress(lines, drawn.append, "en", total=100, position=lambda: 50))
    assert passed == lines
    assert drawn[0] == "\rlines read: 1 50%\x1b[K" and drawn[-1] == "\r\x1b[K"


@pytest.mark.parametrize(("width", "shown"), [(80, "lines read: 1 50%"), (17, "lines read: 1"), (12, "1"), (1, "")])
def test_progress_never_reaches_the_screen_edge(width: int, shown: str) -> None:
    """A line that wraps cannot be redrawn in place: on a narrow screen the share, then the words go."""
    drawn: list[str] = []
    list(batch.progress([batch.Line(1, "昆明")], drawn.append, "en", total=100, position=lambda: 50, width=width))
    assert drawn[0] == f"\r{shown}\x1b[K"


def test_progress_is_cleared_when_the_batch_stops_early() -> None:
    """Ctrl-C or SIGTERM mid-batch left the count on screen, the shell's prompt after it."""
    drawn: list[str] = []
    going = batch.progress([batch.Line(n, "昆明") for n in range(1, 4)], drawn.append, "zh")
    next(going), next(going)  # the first line answered, its count drawn, the second line taken
    going.close()  # what the command does when the batch is interrupted
    assert drawn == ["\r已处理1行\x1b[K", "\r\x1b[K"]


def test_an_old_mac_file_and_a_file_of_only_a_mark(cli: Any, tmp_path: Path) -> None:
    """CR alone ends a line (classic Mac OS); a file holding only the UTF-8 mark holds no line."""
    mac, bom = tmp_path / "mac.txt", tmp_path / "bom.txt"
    mac.write_bytes("昆明\r盘龙区\r大理".encode())
    bom.write_bytes(b"\xef\xbb\xbf")
    rows = [json.loads(line) for line in cli("region", "--input", str(mac), "--format", "ndjson").stdout.splitlines()]
    assert [(r["line"], r["query"]) for r in rows] == [(1, "昆明"), (2, "盘龙区"), (3, "大理")]
    assert cli("region", "--input", str(bom), "--format", "ndjson").stdout == ""


# ── streamed: rows come out as lines go in, and memory does not grow with the input ────────


def test_rows_are_produced_as_lines_are_read(dataset: Dataset, atlas: Atlas) -> None:
    read: list[int] = []

    def lines() -> Iterator[batch.Line]:
        for n in range(1, 1_000_000):
            read.append(n)
            yield batch.Line(n, "昆明")

    rows = batch.rows(dataset, atlas, lines())
    assert next(rows)["line"] == 1 and len(read) == 1
    assert next(rows)["line"] == 2 and len(read) == 2


def _peak(dataset: Dataset, atlas: Atlas, n: int) -> int:
    places = [
        "昆明",
        "盘龙区",
        "朝阳区",
        "530103",
        "株洲",
        make_id() + "41",
        "云南昆明盘龙区",
        "昆朋",
        "我在昆明市官渡区",
    ]
    lines = (batch.Line(i, places[i % len(places)]) for i in range(1, n + 1))
    gc.collect()
    # CPython keeps up to 2,000 freed tuples of each size below 20 for reuse, and a full collection
    # empties those lists. Refilled during the run they would count as growth, though they stop at
    # that bound (after ~20,000 lines here): fill them first, so the peak is the batch's own.
    held = [tuple(range(size)) for size in range(1, 20) for _ in range(2_000)]
    del held
    tracemalloc.start()
    try:
        batch.write(batch.rows(dataset, atlas, lines), "ndjson", lambda s: None)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow  # measures memory over 10,000 lines
def test_memory_does_not_grow_with_the_input(dataset: Dataset, atlas: Atlas) -> None:
    _peak(dataset, atlas, 50)  # warm the caches: places and records looked up once
    atlas.divisions.load_keys()  # and the fixed-size loads a long batch makes once (names, township filter)
    atlas.divisions.load_town_filter()
    # Up to the collector's first full pass memory rises a little, then stays: compare past that.
    small, large = _peak(dataset, atlas, 2_000), _peak(dataset, atlas, 8_000)
    assert large < small * 1.2 + 32_000, (small, large)
