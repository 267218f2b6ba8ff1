"""Found by a red-team pass on the Python API, the outputs for people and spreadsheets, and the data checks
(session 19): threads, pandas' NA, a NUL in a folder's name, numbers in the data, formulas, Markdown, counts."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest

import cardinfo
from cardinfo.errors import DataError
from cardinfo.paths import DATA_FILES
from tests.helpers import REPO, make_id, replace

ID = make_id("530102", "19900307", "123")
FULL_WIDTH = ID.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    for name in DATA_FILES:
        shutil.copy(REPO / "data" / name, folder / name)
    return folder


def test_the_api_answers_from_any_thread() -> None:
    """A first call in one thread and the next in another raised DataError ("reinstall cardinfo")."""
    from concurrent.futures import ThreadPoolExecutor

    answers: list[str] = []
    worker = threading.Thread(target=lambda: answers.append(cardinfo.region("昆明")["place"]["code"]))
    worker.start()
    worker.join()
    answers.append(cardinfo.region("盘龙区")["place"]["code"])
    assert answers == ["530100", "530103"]
    with ThreadPoolExecutor(max_workers=8) as pool:  # and many at once
        codes = list(pool.map(lambda text: cardinfo.region(text)["place"]["code"], ["昆明", "盘龙区", "大理市"] * 8))
    assert codes == ["530100", "530103", "532901"] * 8


class _NotAvailable:
    """As pandas' NA: comparing it gives no truth value."""

    def __ne__(self, other: object) -> Any:
        return self

    def __bool__(self) -> bool:
        raise TypeError("boolean value of NA is ambiguous")


def test_regions_reads_a_missing_value_of_any_kind_as_an_empty_line() -> None:
    rows = list(cardinfo.regions(["昆明", _NotAvailable(), None, float("nan")]))
    assert [row["match"] for row in rows] == ["exact", "none", "none", "none"]


def test_a_folder_name_with_a_nul_is_a_data_error() -> None:
    with pytest.raises(DataError):
        cardinfo.region("昆明", data_dir="\0x")


def test_a_number_in_full_width_digits_before_a_date_is_refused_in_the_data(cli: Any, data: Path) -> None:
    replace(
        data / "reports.yaml",
        'quote: "在今年年初被列入中国残联第三代残疾人证试点"',
        f'quote: "{FULL_WIDTH} 2022-07-12"',
    )
    result = cli("--lang", "en", "--data-dir", str(data), "data", "check")
    assert result.exit_code == 3 and "personal" in result.stderr.lower()
    assert ID not in result.stderr and FULL_WIDTH not in result.stderr


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("  issuing: 16\n", "  issuing: -16\n", "from 0 to 100000"),
        ("  issuing: 16\n", "  issuing: 1" + "0" * 400 + "\n", "from 0 to 100000"),
        ("    validity_years: 10\n", "    validity_years: 99999\n", "at most 100"),
        ('    quote: "在今年年初被列入中国残联第三代残疾人证试点"', '    quote: "\u3000\u200b"', "non-empty"),
        (
            '    code: "530100"\n    level: prefecture',
            '    code: "530100"\n    within: "530000"\n    level: prefecture',
            "within",
        ),
    ],
)
def test_counts_validities_empty_quotes_and_within_beside_a_code_are_refused(
    cli: Any, data: Path, old: str, new: str, said: str
) -> None:
    name = next(f for f in DATA_FILES if old in (data / f).read_text(encoding="utf-8"))
    replace(data / name, old, new)
    result = cli("--lang", "en", "--data-dir", str(data), "data", "check")
    assert result.exit_code == 3 and said in result.stderr, result.stderr


def test_csv_cells_from_the_data_are_no_formulas(cli: Any, data: Path) -> None:
    replace(data / "regions.yaml", 'first_batch: "据消息称', "first_batch: \"=cmd|' /C calc'!A0 据消息称")
    table = cli("--data-dir", str(data), "status", "--format", "csv").stdout
    assert "=cmd" in table and ",=cmd" not in table and ',"=cmd' not in table
    assert "'=cmd" in table


def test_markdown_shows_the_data_s_words_with_no_markup_links_or_pictures() -> None:
    from cardinfo.render import _markdown_text

    shown = _markdown_text("<script>alert(1)</script> [x](javascript:alert(1)) ![i](http://evil/x.png) a|b & c")
    assert "<script>" not in shown and "](" not in shown.replace("\\](", "")
    assert shown == (
        "&lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1)) !\\[i\\](http://evil/x.png) a\\|b &amp; c"
    )
