"""Found by red team 52 (hostile setups): a 15-digit old ID written in pieces, and an 18-digit ID whose labelled
pieces come in another order, were shown whole; so was a 15-digit ID inside a name shaped like a cache file's;
`--lang` given twice put help and usage in one language and the answer in another; `status --province` with
two provinces parted by a space or a semicolon filtered by the first alone; `export --output x.json/` asked for
a format, then refused the folder's name with another exit code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers import make_id

ID = make_id("530102", "19900307", "123")  # (a valid ID made for the tests: its check digit computed)
OLD = "130106730307123"  # a 15-digit old ID: 河北 130106, born 1973-03-07, sequence 123


@pytest.mark.parametrize(
    "text",
    [
        f"{OLD[:6]}，{OLD[6:12]}，{OLD[12:]}",
        f"{OLD[:6]}、{OLD[6:12]}、{OLD[12:]}",
        f"老身份证号 {OLD[:6]}，{OLD[6:12]}，{OLD[12:]}，石家庄",
    ],
)
def test_an_old_id_written_in_pieces_is_masked_in_the_query(cli: Any, text: str) -> None:
    for command in ("region", "ask"):
        out = cli(command, text, "--format", "json")
        assert OLD[6:12] not in out.stdout + out.stderr, (command, out.stdout)


@pytest.mark.parametrize(
    "text",
    [
        f"身份证后四位{ID[14:]}，前六位{ID[:6]}，生日{ID[6:14]}",
        f"出生日期{ID[6:14]}，地区{ID[:6]}，顺序号{ID[14:]}",
    ],
)
def test_an_id_in_labelled_pieces_out_of_order_is_masked(cli: Any, tmp_path: Path, text: str) -> None:
    shown = cli("region", text, "--format", "json").stdout + cli("faq", text).stderr
    source = tmp_path / "in.txt"
    source.write_text(text + "\n", encoding="utf-8")
    shown += cli("region", "--input", str(source), "--format", "csv").stdout
    assert ID[6:14] not in shown, shown


def test_dates_and_codes_in_a_list_are_no_old_id() -> None:
    from cardinfo.idnumber import mask_text

    for text in (
        "2025-03-01、2025-03-02、20250301 或 2025年",
        "0871-6034488，20201220",
        "会议在2025年3月1日，房间110105",
    ):
        assert mask_text(text) == text


def test_an_old_id_in_a_name_shaped_like_a_cache_file_is_masked(cli: Any) -> None:
    name = f"/nonexist/data-{OLD}abcdefabcdefabcdefabcdefa.bin"  # 40 hex digits, as a digest's
    out = cli("region", "--input", name)
    assert out.exit_code == 2 and OLD not in out.stderr and f"{OLD[:6]}******{OLD[12:]}" in out.stderr


def test_the_last_lang_given_is_the_language_of_help_messages_and_answers(cli: Any) -> None:
    usage = cli("--lang", "en", "region", "昆明", "--lang", "zh", "--format", "xx")
    assert usage.exit_code == 2 and "用法" in usage.stderr and "Usage" not in usage.stderr
    answer = cli("--lang", "zh", "region", "昆明", "--lang", "en", "--brief")
    assert answer.exit_code == 0 and "Kunming" in answer.stdout


@pytest.mark.parametrize("value", ["云南 四川", "云南；四川", "Yunnan;Sichuan", "Yunnan Sichuan"])
def test_two_provinces_parted_by_a_space_or_a_semicolon_are_both_shown(cli: Any, value: str) -> None:
    out = cli("status", "--province", value, "--format", "json")
    provinces = {row["province"] for row in out.json()}
    assert out.exit_code == 0 and provinces == {"云南省", "四川省"}, provinces


@pytest.mark.parametrize("value", ["Inner Mongolia", "内蒙古"])
def test_a_province_whose_name_has_a_space_is_one_province(cli: Any, value: str) -> None:
    out = cli("status", "--province", value, "--format", "json")
    assert out.exit_code == 0 and "云南" not in out.stderr


@pytest.mark.parametrize(("command", "name"), [("export", "out.json/"), ("status", "x.csv/"), ("status", "x.md/")])
def test_an_output_name_ending_in_a_slash_is_a_folder_for_every_command(
    cli: Any, tmp_path: Path, command: str, name: str
) -> None:
    out = cli("--lang", "en", command, "--output", f"{tmp_path}/{name}")  # (a Path drops the slash)
    assert out.exit_code == 1 and "names a folder" in out.stderr
