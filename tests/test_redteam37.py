"""Found by a red-team pass on hostile setups (session 21): two numbers with letters for digits side
by side were shown whole, --output replaced the package's own data files, and smaller things."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import cardinfo
from cardinfo import paths
from cardinfo.errors import DataError, NotFound
from cardinfo.i18n import t
from cardinfo.places import Divisions
from tests.helpers import make_id

ID = make_id("530102", "19900307", "123")
TYPED = ID[:10] + "O" + ID[11:]  # a letter O typed for the zero of the birth year's month


@pytest.mark.parametrize("between", ["，", " ", "、", "/", "\n", ""])
def test_two_numbers_typed_with_letters_side_by_side_are_both_masked(cli: Any, between: str) -> None:
    """5301021990O3071238，5301021990O3071238 was echoed whole: the two read as one run too long for a number."""
    assert TYPED[10] == "O" and TYPED != ID
    text = TYPED + between + TYPED
    shown = [cli("region", text).stderr, cli("--lang", "en", "ask", text).stderr, cli("faq", text).stderr]
    shown += [json.dumps(list(cardinfo.regions([text])), ensure_ascii=False), cardinfo.ask(text)["query"]]
    with pytest.raises(NotFound) as caught:
        cardinfo.region(text)
    shown.append(str(caught.value))
    for part in shown:
        assert TYPED not in part and ID not in part and TYPED[6:14] not in part and ID[6:14] not in part, part


def test_a_batch_line_of_numbers_too_long_to_read_shows_none_of_them(cli: Any, tmp_path: Path) -> None:
    lines = tmp_path / "in.txt"
    lines.write_text((TYPED + " ") * 300 + "\n", encoding="utf-8")
    row = cli("region", "--input", str(lines), "--format", "ndjson").stdout
    assert "1990O" not in row and ID[6:14] not in row and TYPED[6:14] not in row


@pytest.mark.parametrize("name", ["translations.yaml", "tilemap.yaml", "former_codes.csv"])
def test_the_package_s_own_data_files_are_no_output(cli: Any, name: str) -> None:
    """export --output …/cardinfo/data/translations.yaml replaced it: English answers stopped translating."""
    target = paths.bundled_dir() / name
    before = target.read_bytes()
    results = [
        cli("export", "--format", "yaml", "--output", str(target)),
        cli("remind", "--issued", "2020-01-01", "--today", "2024-01-01", "--ics", str(target)),
    ]
    for result in results:
        assert result.exit_code == 1 and "数据文件" in result.stderr
    assert target.read_bytes() == before


@pytest.mark.parametrize("value", ["Mars", "火星", "昆明"])
def test_a_province_option_naming_no_province_says_which_option(cli: Any, value: str) -> None:
    result = cli("status", "--province", value)
    assert result.exit_code == 1 and "--province" in result.stderr and "云南省" in result.stderr


def test_sqlite_s_own_words_are_worded_in_the_run_s_language(tmp_path: Path) -> None:
    """(no such table: division) and (database disk image is malformed) stood in Chinese messages."""
    copy = tmp_path / "places.sqlite"
    shutil.copy(paths.places_path(), copy)
    con = sqlite3.connect(copy)
    con.execute("DROP TABLE division")
    con.commit()
    con.close()
    with pytest.raises(DataError) as caught:
        Divisions(copy).place("530100")
    zh = t(f"error.{caught.value.key}", "zh", **{**caught.value.values, "path": ""})
    assert "表" in zh and not any("a" <= ch.lower() <= "z" for ch in zh.replace("cardinfo", ""))
    assert "table" in t(f"error.{caught.value.key}", "en", **caught.value.values)


def test_bytes_in_a_column_are_read_as_utf8_text() -> None:
    rows = list(cardinfo.regions(["昆明".encode(), 530100]))
    assert [r["place"]["code"] for r in rows] == ["530100", "530100"]


@pytest.mark.parametrize(
    "text", ["昆\ufe0f明", "昆\U000e0100明", "我在昆\ufe0f明，三代证要钱吗", "我在昆\u200b明，三代证要钱吗"]
)
def test_an_invisible_selector_inside_a_name_is_dropped(text: str) -> None:
    assert cardinfo.region(text)["place"]["code"] == "530100"
