"""Found by red team 51 (hostile setups): a UTF-16 batch cut short raised a traceback; a pasted 4 MB text in
the data held every run for half a minute; a number's birth date on a line of its own written with / . or
年月日 showed whole; `remind --ics ''` told the user to give -, which it refuses; options typed with small or
bullet hyphens were read as the query."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import make_id, replace

ID = make_id("530102", "19900307", "123")


@pytest.mark.slow  # a subprocess
def test_a_utf16_batch_whose_output_fails_ends_without_a_traceback(tmp_path: Path) -> None:
    notepad = tmp_path / "notepad.txt"
    notepad.write_bytes("昆明\n盘龙区\n".encode("utf-16"))  # (with its BOM, as Notepad saves)
    with open("/dev/full", "wb") as full:
        ran = subprocess.run(
            [sys.executable, "-m", "cardinfo", "region", "--input", str(notepad)],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    stderr = ran.stderr.decode("utf-8")
    assert ran.returncode == 1 and "Traceback" not in stderr and "磁盘已满" in stderr, stderr


def test_a_text_of_the_data_too_long_is_refused_at_once(cli: Any, data_copy: Path) -> None:
    replace(data_copy / "regions.yaml", '"换发时间:目前至五一节后"', "'" + "2025-03-01 " * 2000 + "'")
    zh = cli("--data-dir", str(data_copy), "data", "check")
    assert zh.exit_code == 3 and "这段文字有22000个字符，超过每段10000个字符的上限" in zh.stderr
    en = cli("--lang", "en", "--data-dir", str(data_copy), "region", "昆明")
    assert en.exit_code == 3 and "this text has 22000 characters, more than the limit of 10000" in en.stderr


@pytest.mark.parametrize(
    "lines",
    [
        [ID[:6], f"{ID[6:10]}/{ID[10:12]}/{ID[12:14]}", ID[14:]],
        [ID[:6], f"{ID[6:10]}.{ID[10:12]}.{ID[12:14]}", ID[14:]],
        [f"身份证{ID[:6]}，", f"出生{ID[6:10]}年{ID[10:12]}月{ID[12:14]}日", f"后四位{ID[14:]}"],
    ],
)
def test_a_birth_date_written_with_its_marks_on_a_line_of_its_own_is_masked(
    cli: Any, tmp_path: Path, lines: list[str]
) -> None:
    source = tmp_path / "in.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for fmt in ("csv", "ndjson"):
        out = cli("region", "--input", str(source), "--format", fmt).stdout
        assert ID[6:10] not in out and ID[10:14] not in out.replace(ID[6:10], ""), (fmt, out)


def test_an_empty_calendar_file_name_says_to_give_a_file(cli: Any) -> None:
    zh = cli("remind", "--last-activated", "2025-01-01", "--ics", "")
    assert zh.exit_code == 2 and "--ics：没有给出文件名（例如 --ics card.ics）" in zh.stderr and "用 -" not in zh.stderr
    en = cli("--lang", "en", "remind", "--last-activated", "2025-01-01", "--ics", "")
    assert en.exit_code == 2 and "--ics: no file name given (for example --ics card.ics)" in en.stderr


@pytest.mark.parametrize(
    "dashes", ["\ufe63\ufe63", "\u2043\u2043", "\u2011\u2011", "\u2012\u2012", "\u2015\u2015", "\u2015"]
)
def test_an_option_typed_with_hyphens_a_font_shows_as_dashes_is_that_option(cli: Any, dashes: str) -> None:
    result = cli("region", "昆明", f"{dashes}format", "json")
    assert result.exit_code == 0 and result.json()["place"]["code"] == "530100"
