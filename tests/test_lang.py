"""The language of a run, Click's own words in it, and options written where and how people write them."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cardinfo import clitext, data, translations
from cardinfo.models import Dataset
from cardinfo.places import Divisions
from tests.helpers import load_yaml

# Three words in a row, once commands to type are taken out (lists of choices have commas, not sentences).
ENGLISH_SENTENCE = re.compile(r"\b[A-Za-z]{3,}\b(?: +\b[A-Za-z]{2,}\b){2,}")
COMMAND = re.compile(r"cardinfo(?: [a-z]+)*")


def english_sentence(line: str) -> bool:
    return bool(ENGLISH_SENTENCE.search(COMMAND.sub("", re.sub(r"https?://\S+", "", line))))


CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.mark.parametrize(
    ("args", "env", "expected"),
    [
        ([], {}, "zh"),
        ([], {"LANG": "en_US.UTF-8"}, "en"),
        ([], {"LANG": "zh_CN.UTF-8"}, "zh"),
        ([], {"LANG": "C"}, "zh"),
        ([], {"LANG": "POSIX"}, "zh"),
        ([], {"LC_ALL": "C", "LANG": "en_US.UTF-8"}, "zh"),  # LC_ALL wins over LANG
        ([], {"LC_MESSAGES": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ([], {"CARDINFO_LANG": "en", "LANG": "zh_CN.UTF-8"}, "en"),
        ([], {"CARDINFO_LANG": "EN"}, "en"),
        ([], {"CARDINFO_LANG": "fr", "LANG": "en_US.UTF-8"}, "en"),  # a bad setting falls through
        (["--lang", "en", "region", "x"], {"CARDINFO_LANG": "zh"}, "en"),
        (["region", "x", "--lang", "EN"], {}, "en"),
        (["region", "x", "--lang=en"], {}, "en"),
        (["region", "--", "--lang", "en"], {}, "zh"),  # after `--` it is a query, not an option
    ],
)
def test_the_language_is_known_before_parsing(args: list[str], env: dict[str, str], expected: str) -> None:
    assert clitext.pick_lang(args, env) == expected


def test_locale_picks_english_end_to_end(cli: Any) -> None:
    out = cli("--plain", "region", "昆明", env={"LANG": "en_US.UTF-8"}).stdout
    assert "issuing" in out and "正在换发" not in out
    assert "正在换发" in cli("--plain", "region", "昆明", env={"LANG": "C.UTF-8"}).stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--lang", "en", "region", "kunming"],
        ["region", "kunming", "--lang", "en"],
        ["region", "--lang", "en", "kunming"],
        ["region", "kunming", "--lang=en"],
        ["region", "kunming", "--lang", "EN"],
    ],
)
def test_lang_before_or_after_the_command_any_case(cli: Any, args: list[str]) -> None:
    result = cli(*args, "--plain")
    assert result.exit_code == 0, result.stderr
    assert "Kunming" in result.stdout and "Located in" in result.stdout


@pytest.mark.parametrize(
    ("args", "check"),
    [
        (["status", "--format", "CSV"], lambda out: next(csv.reader(io.StringIO(out)))[0] == "id"),
        (["status", "--format", "Json"], lambda out: isinstance(json.loads(out), list)),
        (["region", "昆明", "--format", "JSON"], lambda out: json.loads(out)["match"] == "exact"),
        (["export", "--format", "YAML"], lambda out: load_yaml(out)["schema_version"] >= 1),
        (["summary", "--format", "JSON"], lambda out: "by_status" in json.loads(out)),
    ],
)
def test_choices_take_any_case(cli: Any, args: list[str], check: Any) -> None:
    result = cli(*args)
    assert result.exit_code == 0, result.stderr
    assert check(result.stdout)


@pytest.mark.parametrize(
    ("word", "status"), [("正在换发", "issuing"), ("已经发放", "issued"), ("准备换发", "preparing")]
)
def test_status_takes_the_stage_words(cli: Any, word: str, status: str) -> None:
    by_word = cli("status", "--status", word, "--format", "json").json()
    by_key = cli("status", "--status", status.upper(), "--format", "json").json()
    assert by_word == by_key and by_word and {r["status"] for r in by_word} == {status}


@pytest.mark.parametrize("provinces", ["云南,四川", "云南，四川", "云南、四川", " 云南 , 四川 ", "yunnan,Sichuan"])
def test_province_takes_a_list(cli: Any, provinces: str) -> None:
    both = cli("status", "--province", provinces, "--format", "json").json()
    one = cli("status", "--province", "云南", "--format", "json").json()
    other = cli("status", "--province", "四川", "--format", "json").json()
    assert {r["id"] for r in both} == {r["id"] for r in one} | {r["id"] for r in other}
    assert one and other and {r["province"] for r in both} == {"云南省", "四川省"}


def test_a_province_list_with_one_wrong_name_is_an_error(cli: Any) -> None:
    result = cli("status", "--province", "云南,火星")
    assert result.exit_code != 0 and result.stdout == ""


# ── --output: the extension names the format ────────────────────────────────────────────────


def _csv(text: str) -> Any:
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and rows[0]["place"]
    return rows


def _tsv(text: str) -> Any:
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert rows and rows[0]["place"]
    return rows


def _ndjson(text: str) -> Any:
    rows = [json.loads(line) for line in text.splitlines()]
    assert rows and rows[0]["place"]
    return rows


READERS: dict[str, Callable[[str], Any]] = {
    "s.csv": _csv,
    "s.CSV": _csv,
    "s.tsv": _tsv,
    "s.json": lambda text: json.loads(text)[0]["place"],
    "s.ndjson": _ndjson,
    "s.jsonl": _ndjson,
    "s.yaml": lambda text: load_yaml(text)[0]["place"],
    "s.yml": lambda text: load_yaml(text)[0]["place"],
    "s.md": lambda text: text.startswith("| 省份 | 地点 |"),  # a table for people, in the chosen language
}


@pytest.mark.parametrize("name", READERS)
def test_status_output_extension_picks_the_format(cli: Any, tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    result = cli("status", "--output", str(target))
    assert result.exit_code == 0, result.stderr
    assert READERS[name](target.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("name", "load"), [("e.json", json.loads), ("e.yaml", load_yaml), ("e.yml", load_yaml)])
def test_export_output_extension_picks_the_format(cli: Any, tmp_path: Path, name: str, load: Any) -> None:
    target = tmp_path / name
    assert cli("export", "--output", str(target)).exit_code == 0
    assert load(target.read_text(encoding="utf-8"))["regions"]


@pytest.mark.parametrize(("args", "name"), [(["status"], "s.xlsx"), (["status"], "s.pdf"), (["export"], "e.csv")])
def test_an_unknown_extension_is_a_usage_error(cli: Any, tmp_path: Path, args: list[str], name: str) -> None:
    target = tmp_path / name
    for lang, words in (("zh", "--format"), ("en", "--format")):
        result = cli("--lang", lang, *args, "--output", str(target))
        assert result.exit_code == 2 and words in result.stderr and name in result.stderr
        assert not target.exists()


def test_format_beats_the_extension(cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "s.json"
    assert cli("status", "--format", "csv", "--output", str(target)).exit_code == 0
    assert _csv(target.read_text(encoding="utf-8"))


def test_extension_mapping_is_a_function_others_can_call() -> None:
    from cardinfo.render import format_for_path

    assert format_for_path("a/b.JSONL") == "ndjson"
    assert format_for_path("map.svg") == "svg" and format_for_path("page.html") == "html"
    assert format_for_path("notes.txt") == "text" and format_for_path("notes.pdf") is None
    assert format_for_path("dir.d/file") is None


# ── completion ───────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("shell", "mark"), [("zsh", "#compdef"), ("bash", "complete -o"), ("fish", "complete --command")]
)
def test_show_completion_names_the_shell(cli: Any, shell: str, mark: str) -> None:
    for args in (["--show-completion", shell], [f"--show-completion={shell}"]):
        result = cli(*args)
        assert result.exit_code == 0 and mark in result.stdout, result.stdout[:200]


def test_show_completion_of_an_unknown_shell(cli: Any) -> None:
    result = cli("--show-completion", "tcsh")
    assert result.exit_code == 2 and "tcsh" in result.stderr and result.stdout == ""


# ── Click's own words ────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (["region", "--nope"], "没有这个选项：--nope", "No such option: --nope"),
        (["number"], "缺少参数", "Missing argument"),
        (["status", "--format", "xml"], "“xml”", "'xml'"),
        (["region", "昆明", "--format", "xml"], "不是可选的值", "is not one of"),
        (["status", "--status", "done"], "不是可选的值", "is not one of"),
        (["remind", "--issued"], "后面需要一个值", "requires a value"),
        (["status", "--pilot=yes"], "不带值", "does not take a value"),
        (["regoin", "昆明"], "没有这个命令“regoin”。您是不是要找：", "No such command 'regoin'. Did you mean"),
        (["summary", "extra"], "多余的参数", "unexpected extra argument"),
    ],
)
def test_usage_errors_in_the_chosen_language(cli: Any, args: list[str], zh: str, en: str) -> None:
    chinese = cli(*args)
    assert chinese.exit_code == 2 and chinese.stdout == ""
    assert zh in chinese.stderr, chinese.stderr
    assert not any(english_sentence(line) for line in chinese.stderr.splitlines()), chinese.stderr
    english = cli("--lang", "en", *args)
    assert english.exit_code == 2 and en in english.stderr, english.stderr
    assert not CJK.search(english.stderr.replace("昆明", "")), english.stderr


def test_usage_error_shows_usage_and_where_help_is(cli: Any) -> None:
    zh = cli("region", "--nope").stderr
    assert zh.startswith("用法：cardinfo region [选项]") and "查看帮助：cardinfo region -h" in zh and "错误：" in zh
    en = cli("--lang", "en", "region", "--nope").stderr
    assert en.startswith("Usage: cardinfo region [OPTIONS]") and "Try 'cardinfo region -h' for help." in en


COMMANDS = [
    [],
    ["region"],
    ["status"],
    ["summary"],
    ["timeline"],
    ["faq"],
    ["remind"],
    ["export"],
    ["map"],
    ["sources"],
    ["ask"],
    ["number"],
    ["data"],
    ["data", "check"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "root")
def test_help_in_chinese_has_no_english_sentence(cli: Any, command: list[str]) -> None:
    out = cli(*command, "-h").stdout
    assert out.startswith("用法：") and "选项：" in out and "显示此帮助并退出" in out
    for line in out.splitlines():
        if line.strip().startswith("cardinfo "):  # an example to type
            continue
        assert not english_sentence(line), line


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "root")
def test_help_in_english_has_no_chinese_but_examples(cli: Any, command: list[str]) -> None:
    out = cli("--lang", "en", *command, "-h").stdout
    assert out.startswith("Usage: ") and "Options:" in out
    for line in out.splitlines():
        if line.strip().startswith("cardinfo "):
            continue
        text = re.sub(r"\([^)]*\)|\d{4}年\d+月\d+日|云南,四川", "", line)  # glosses and example values
        assert not CJK.search(text), line


def test_every_option_of_every_command_has_help_in_both_languages(cli: Any) -> None:
    import typer.main

    from cardinfo.cli import app
    from cardinfo.i18n import has

    group = typer.main.get_command(app)
    for name in group.list_commands(None):  # type: ignore[attr-defined]
        command = group.get_command(None, name)  # type: ignore[attr-defined]
        subs = getattr(command, "commands", {})
        for path, cmd in [(name, command), *((f"{name}.{n}", c) for n, c in subs.items())]:
            assert has(f"help.{path}"), path
            for param in cmd.params:
                assert has(f"help.{path}.{param.name}") or has(f"help.any.{param.name}"), (path, param.name)


# ── words in both languages ──────────────────────────────────────────────────────────────────


def test_every_note_and_function_has_english(dataset: Dataset) -> None:
    table = translations.table()
    notes = {n for r in dataset.regions for n in r.notes if n.startswith("注意")}
    functions = {f for r in dataset.regions for f in r.functions}
    assert notes and functions
    assert notes == set(table["notes"]), (notes - set(table["notes"]), set(table["notes"]) - notes)
    assert functions == set(table["functions"])
    for english in [*table["notes"].values(), *table["functions"].values()]:
        outside = re.sub(r"“[^”]*”|\([^)]*\)", "", english)  # quoted article words, Chinese names beside
        assert not CJK.search(outside), english


def test_every_source_note_has_chinese(dataset: Dataset) -> None:
    notes = {src.note for src in dataset.sources if src.note}
    table = translations.table()["source_notes"]
    assert notes and notes == set(table), (notes - set(table), set(table) - notes)
    assert all(CJK.search(zh) for zh in table.values())


def test_english_answers_carry_the_notes_and_functions_in_english(cli: Any) -> None:
    out = cli("--lang", "en", "--plain", "region", "东川").stdout
    assert "identification (身份识别)" in out
    assert "Note: the article writes “昆明东川”, i.e. Dongchuan District" in out
    assert "注意" not in out


def test_confidence_levels_in_both_languages(cli: Any) -> None:
    zh = cli("--plain", "faq", "fee").stdout
    en = cli("--lang", "en", "--plain", "faq", "fee").stdout
    assert "可信度中高" in zh and "Medium" not in zh
    assert "confidence medium-high" in en


def test_topic_names_beside_their_keys(cli: Any) -> None:
    out = cli("--plain", "faq", "评残要钱吗").stdout
    assert "另见主题：重新评残（reassessment）" in out
    assert "费用（fee）：" in cli("--plain", "faq").stdout


def test_pinyin_beside_every_province_in_english(cli: Any) -> None:
    out = cli("--lang", "en", "--plain", "status").stdout
    provinces = [line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("Province: ")]
    assert provinces and all(re.fullmatch(r"\S+ \([A-Z][a-z]+\)", p) for p in provinces), provinces
    assert "陕西省 (Shaanxi)" in out
    summary = cli("--lang", "en", "--plain", "summary").stdout
    assert "云南省 (Yunnan): 1 issued, 3 issuing" in summary


def test_pinyin_fields_for_scripts(cli: Any) -> None:
    rows = cli("status", "--format", "json").json()
    kunming = next(r for r in rows if r["id"] == "yunnan-kunming")
    assert (kunming["province_pinyin"], kunming["place_pinyin"]) == ("Yunnan", "Kunming")
    table = list(csv.DictReader(io.StringIO(cli("status", "--format", "csv").stdout)))
    assert all(row["province_pinyin"] for row in table)
    assert next(r for r in table if r["id"] == "yunnan-kunming")["place_pinyin"] == "Kunming"
    assert all(r["place_pinyin"] for r in table if len(r["code"]) == 6)
    region = cli("region", "盘龙区", "--format", "json").json()
    assert [(r["place"], r["place_pinyin"]) for r in region["records"]] == [("昆明市", "Kunming")]
    assert all(r["province_pinyin"] == "Yunnan" for r in region["related"])


def test_pinyin_fields_from_the_cache_are_the_index_s(cli: Any, divisions: Divisions, fresh_cache: Path) -> None:
    """The English names the data cache keeps (a warm run opens no index) are those the index gives."""
    from cardinfo.romanise import pinyin, province_code

    cold, warm = (cli("status", "--format", "json").json() for _ in range(2))
    assert cold == warm
    data._LOADED.clear()  # read back from the disk cache the first run wrote
    dataset = data.load()
    assert len(dataset.english) >= len(dataset.regions) // 2
    by_id = {r.id: r for r in dataset.regions}
    for row in warm:
        record = by_id[row["id"]]
        assert row["province_pinyin"] == pinyin(divisions, province_code(record))
        assert row["place_pinyin"] == pinyin(divisions, record.code or "")


# ── read aloud well ──────────────────────────────────────────────────────────────────────────


def test_plain_status_starts_with_a_count_and_puts_the_place_first(cli: Any, dataset: Dataset) -> None:
    lines = cli("--plain", "status").stdout.splitlines()
    assert lines[0] == f"共{len(dataset.regions)}条记录："
    assert lines[1].startswith("地点：") and lines[2].startswith("省份：") and lines[3].startswith("状态：")
    en = cli("--lang", "en", "--plain", "status", "--province", "云南").stdout.splitlines()
    assert en[0] == "4 records:" and en[1].startswith("Place: ")


def test_plain_summary_has_one_line_per_province(cli: Any) -> None:
    out = cli("--plain", "summary").stdout
    data = cli("summary", "--format", "json").json()
    for province in data["by_province"]:
        assert sum(line.startswith(f"{province}：") for line in out.splitlines()) == 1, province


def test_every_record_block_is_headed_by_whose_record_it_is(cli: Any) -> None:
    out = cli("--plain", "region", "盘龙区").stdout
    blocks = [b for b in out.split("\n\n") if "状态：" in b and "原文：" in b]
    assert blocks and all(b.splitlines()[0].endswith("的记录") for b in blocks)


def test_separators_read_as_words(cli: Any) -> None:
    for args in (["region", "盘龙区"], ["region", "朝阳区"]):
        out = cli("--plain", *args).stdout
        assert " > " not in out
    assert "所属：云南省，昆明市，盘龙区" in cli("--plain", "region", "盘龙区").stdout


def test_brief_is_the_answer_and_the_next_step(cli: Any) -> None:
    lines = cli("--plain", "region", "盘龙区", "--brief").stdout.splitlines()
    assert lines[0].startswith("盘龙区：正在换发（据昆明市的记录")
    assert lines[1] == "下一步：" and all(line.startswith("  ") for line in lines[2:])
    assert "12385" in lines[-1] and "证卡功能" not in "".join(lines) and "原文" not in "".join(lines)
    en = cli("--lang", "en", "--plain", "region", "朝阳区", "--brief").stdout.splitlines()
    assert "matches 2 places" in en[0] and en[3].startswith("What to do next:") and "12385" in en[-1]
