"""Errors carry a key: every key raised has a message in both languages, worded by one boundary."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from cardinfo.errors import CardinfoError, ExitCode
from cardinfo.i18n import _TEXT, t

SRC = Path(__file__).resolve().parents[1] / "src" / "cardinfo"
RAISED = re.compile(r"(?:NotFound|UsageError|DataError|OutputError|CardinfoError)\(\s*\"([a-z_.]+)\"")
CJK = re.compile(r"[\u3400-\u9fff]")
ENGLISH_WORDS = re.compile(r"\b[A-Za-z]{3,}\b(?:[ ,]+\b[A-Za-z]{2,}\b){2,}")  # three words in a row


def raised_keys() -> set[str]:
    return {key for path in SRC.glob("*.py") for key in RAISED.findall(path.read_text(encoding="utf-8"))}


def test_every_raised_key_has_a_message_in_both_languages() -> None:
    keys = raised_keys()
    assert {"place.none", "data.invalid", "output.unwritable"} <= keys  # the scan finds them
    for key in keys:
        zh, en = _TEXT[f"error.{key}"]
        assert CJK.search(zh) and not CJK.search(en), key


def test_no_domain_module_writes_prose_or_compares_messages() -> None:
    for path in SRC.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert ".message ==" not in text and "exc.message" not in text, path.name
        if path.name != "i18n.py":
            assert "no such place" not in text, path.name


def test_exit_codes_come_from_one_enum_and_the_help_lists_them(cli: Any) -> None:
    top = cli("--help").stdout
    for code in ExitCode:
        assert re.search(rf"^\s*{code.value}\s+\S", top, re.MULTILINE), code
    assert [int(c) for c in ExitCode] == [0, 1, 2, 3, 129, 130, 141, 143]


@pytest.mark.parametrize(
    "args",
    [
        ("region", "无此地方"),
        ("region", ""),
        ("region", "昆" * 600),  # longer than any text searched for a place
        ("status", "--province", "昆明"),
        ("faq", "火星天气"),
        ("remind",),
        ("remind", "--issued", "2020-02-30"),
        ("--data-dir", "/nonexistent-cardinfo", "region", "昆明"),
        ("status", "--output", "/nonexistent-cardinfo/x.csv"),
    ],
)
def test_each_error_path_speaks_the_chosen_language(cli: Any, args: tuple[str, ...]) -> None:
    zh = cli("--lang", "zh", *args)
    en = cli("--lang", "en", *args)
    assert zh.exit_code == en.exit_code != 0 and zh.stdout == en.stdout == ""
    typed = {a for a in args if not a.startswith("-")} | {"cardinfo", "YYYY-MM-DD"}

    def without_typed(text: str) -> str:
        for word in sorted(typed, key=len, reverse=True):
            text = text.replace(word, " ")
        return re.sub(r"/\S+", " ", text)  # paths are not sentences

    assert CJK.search(zh.stderr), zh.stderr
    assert not ENGLISH_WORDS.search(without_typed(zh.stderr).split("\n", 1)[0]), zh.stderr
    # English output may quote place names (the suggestions) but its sentence is English.
    first = without_typed(en.stderr).split("\n", 1)[0]
    assert not CJK.search(first.replace("“", "").replace("”", "")), en.stderr


def test_an_error_is_a_key_and_values_not_prose() -> None:
    exc = CardinfoError("place.none", query="火星", suggestions=["火山"])
    assert exc.key == "place.none" and exc.values == {"query": "火星"} and exc.suggestions == ["火山"]
    assert t("error.place.none", "en", query="火星") == "No place called “火星”."


def test_the_signal_handlers_exit_codes_match_the_enum() -> None:
    """__init__ writes two exit codes out (it may run before cardinfo.errors exists): keep them in step."""
    source = (SRC / "__init__.py").read_text(encoding="utf-8")
    assert (
        f'SystemExit({int(ExitCode.HANGUP)} if signum == getattr(signal, "SIGHUP", None)' in source
        and f"else {int(ExitCode.TERMINATED)})" in source
    )
    assert f"SystemExit({int(ExitCode.INTERRUPTED)})" in source


def test_help_as_a_word_shows_the_help(cli: Any) -> None:
    assert cli("help").stdout == cli("--help").stdout
    assert cli("--lang", "en", "help", "region").stdout == cli("--lang", "en", "region", "--help").stdout
    assert cli("帮助").exit_code == 0 and "用法" in cli("帮助").stdout
    # one dash, as some tools take it: the help, not "no such option: -e" (-h -e -l -p)
    assert cli("-help").stdout == cli("--help").stdout
    assert cli("region", "-help").stdout == cli("region", "--help").stdout


def test_lang_after_the_command_with_no_value_says_it_needs_one(cli: Any) -> None:
    for args, said in (
        (("region", "昆明", "--lang"), "选项 --lang 后面需要一个值"),
        (("--lang", "en", "faq", "--lang"), "requires a value"),
    ):
        result = cli(*args)
        assert result.exit_code == 2 and result.stdout == "" and said in result.stderr


def test_every_message_of_the_catalogue_can_be_worded_in_both_languages() -> None:
    """A brace meant as a character, not a value, must be doubled: a message that cannot be filled in
    raised ValueError where it should have explained a broken YAML file ("a mapping in { } …")."""
    import string

    from cardinfo.i18n import _TEXT, t

    for key, pair in _TEXT.items():
        for lang, text in zip(("zh", "en"), pair, strict=True):
            fields = {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(text) if name}
            assert t(key, lang, **dict.fromkeys(fields, "x")), (key, lang)  # raised ValueError for yaml.brace
