"""Found by a third red-team pass on hostile setups (session 22): an ID in short groups between list
marks (a spreadsheet's thousands separators) shown whole, a hard-linked file cut short under a
file-size limit, the cache digests' exemption from the mask, map --output without an extension,
--province shanxi picking silently, and more invisible characters."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import cardinfo
from tests.helpers import make_id

ID = make_id("530102", "19870916", "123")


def _grouped(size: int, mark: str) -> str:
    return mark.join(ID[k : k + size] for k in range(0, len(ID), size))


@pytest.mark.parametrize(
    "text",
    [_grouped(3, ","), _grouped(4, "，"), _grouped(2, ", "), _grouped(3, ";"), _grouped(1, "丨"), _grouped(4, "、")],
)
def test_an_id_in_short_groups_between_list_marks_is_masked(cli: Any, text: str) -> None:
    shown = [cli("region", text).stderr, cli("ask", text).stderr, cli("faq", text).stderr]
    shown.append(json.dumps(next(cardinfo.regions([text])), ensure_ascii=False))
    for part in shown:
        digits = "".join(ch for ch in part if ch.isdigit())
        assert ID[6:14] not in digits, part


def test_a_list_of_codes_and_a_thousands_number_stay_as_typed(cli: Any) -> None:
    assert "530102，530103，530104" in cli("region", "530102，530103，530104").stderr
    assert "1,234,567" in cli("region", "1,234,567").stderr


def test_digits_shaped_as_a_cache_file_s_name_are_masked(cli: Any) -> None:
    text = f"index-{ID}{ID}1234.id"
    assert ID not in cli("region", text).stderr


@pytest.mark.slow
def test_a_hard_linked_file_under_a_file_size_limit_is_left_whole(tmp_path: Path) -> None:
    target = tmp_path / "hl.json"
    target.write_text("OLD-CONTENT\n" * 20000, encoding="utf-8")
    os.link(target, tmp_path / "hl2.json")
    before = target.read_bytes()

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (100 * 1024, 100 * 1024))

    done = subprocess.run(
        [sys.executable, "-m", "cardinfo", "export", "--output", str(target)],
        capture_output=True,
        preexec_fn=limited,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    assert target.read_bytes() == before


@pytest.mark.parametrize("name", ["mapfile", "/dev/null"])
def test_map_output_without_an_extension_is_the_text_map(cli: Any, tmp_path: Path, name: str) -> None:
    target = name if name.startswith("/dev/") else str(tmp_path / name)
    assert cli("map", "--output", target).exit_code == 0
    if not name.startswith("/dev/"):
        assert Path(target).read_text(encoding="utf-8").startswith("第三代残疾人证")
    assert cli("map", "--output", str(tmp_path / "m.png")).exit_code == 2


def test_a_province_name_two_provinces_fit_says_so(cli: Any) -> None:
    result = cli("status", "--province", "shanxi", "--format", "json")
    assert result.exit_code == 0 and "陕西省" in result.stderr and "山西省" in result.stderr
    assert "也可指" not in cli("status", "--province", "云南", "--format", "json").stderr


@pytest.mark.parametrize("mark", ["\u180b", "\U000e0041", "\U0001d173", "\U0001bca0"])
def test_more_invisible_characters_are_no_part_of_a_name(cli: Any, mark: str) -> None:
    result = cli("region", f"昆{mark}明", "--format", "json")
    assert result.exit_code == 0 and result.json()["place"]["code"] == "530100"
