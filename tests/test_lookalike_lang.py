"""A look-alike character in a data value is described in the answer's language: Chinese words in
Chinese output (the code point kept), the Unicode name in English output."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import replace

UNICODE_NAME = re.compile(r"\b[A-Z]{2,}(?: [A-Z0-9-]+)+")  # CYRILLIC SMALL LETTER …, ZERO WIDTH SPACE

# (what a person typed for `issuing`, the odd character in it, the words a Chinese reader is given)
CASES = [
    ("\u0456ssuing", "\u0456", "西里尔字母“\u0456”"),  # Cyrillic і (the one case in the fast set)
    *[
        pytest.param(*case, marks=pytest.mark.slow)
        for case in [
            ("iss\u03bfing", "\u03bf", "希腊字母“\u03bf”"),  # Greek ο (omicron): a near miss
            ("i\uff53suing", "\uff53", "全角字母“\uff53”"),  # full-width ｓ
            ("issu\u3000ing", "\u3000", "空格类字符"),  # an ideographic space: named, not shown
            ("issuing\u200b", "\u200b", "不可见字符"),  # a zero-width space
        ]
    ],
]


def _break(data_copy: Path, value: str) -> None:
    replace(data_copy / "regions.yaml", "    status: issuing\n", f'    status: "{value}"\n')


@pytest.mark.parametrize(("value", "odd", "words"), CASES)
@pytest.mark.parametrize("command", [("region", "昆明"), ("data", "check")])
def test_chinese_output_describes_the_character_in_chinese(
    cli: Any, data_copy: Path, value: str, odd: str, words: str, command: tuple[str, ...]
) -> None:
    _break(data_copy, value)
    result = cli("--lang", "zh", "--data-dir", str(data_copy), *command)
    assert result.exit_code == 3 and result.stdout == ""
    assert "Traceback" not in result.stderr
    code = f"U+{ord(odd):04X}"
    assert f"{code}（{words}）" in result.stderr, result.stderr
    assert not UNICODE_NAME.search(result.stderr), result.stderr  # no English character name
    assert "是不是 'issuing'？" in result.stderr


@pytest.mark.parametrize(("value", "odd", "words"), CASES)
def test_english_output_keeps_the_unicode_name(cli: Any, data_copy: Path, value: str, odd: str, words: str) -> None:
    _break(data_copy, value)
    result = cli("--lang", "en", "--data-dir", str(data_copy), "data", "check")
    assert result.exit_code == 3 and result.stdout == ""
    assert f"U+{ord(odd):04X} {unicodedata.name(odd)}" in result.stderr
    assert words not in result.stderr and "did you mean 'issuing'?" in result.stderr


def test_each_odd_character_is_named_once_in_order(cli: Any, data_copy: Path) -> None:
    # two Cyrillic і and a full-width ｎ: the і once, then the ｎ, joined as each language lists
    replace(data_copy / "reports.yaml", "    stage: preparing\n", '    stage: "preparіｎg"\n')
    zh = cli("--lang", "zh", "--data-dir", str(data_copy), "data", "check").stderr
    assert "U+0456（西里尔字母“і”）、U+FF4E（全角字母“ｎ”）" in zh and zh.count("U+0456") == 1
    en = cli("--lang", "en", "--data-dir", str(data_copy), "data", "check").stderr
    assert "U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I, U+FF4E FULLWIDTH LATIN SMALL LETTER N" in en
