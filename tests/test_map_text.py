"""The text map as a user reads it: its footer names every kind of source, and narrow screens wrap cleanly."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from rich.cells import cell_len

from cardinfo.i18n import t
from cardinfo.models import Dataset
from cardinfo.tilemap import load_grid
from tests.helpers import ANSI, DATA

TERMINAL = {"FORCE_COLOR": "1"}
# "报道18篇 … (2014至2024-01-29，来自14个来源)" / "18 dated report(s) (2014 to 2024-01-29, from 14 source(s))"
FOOTER = {
    "zh": re.compile(r"(\d+)篇有日期的报道（(\S+?)(?:至(\S+?))?，来自(\d+)个来源）.*cardinfo sources"),
    "en": re.compile(r"(\d+) dated report\(s\) \((\S+?)(?: to (\S+?))?, from (\d+) source\(s\)\).*cardinfo sources"),
}


def footer_of(out: str, lang: str) -> tuple[int, str, str, int]:
    """The reports named in a map's text, wherever its lines were broken."""
    joined = re.sub(r"\s*\n\s*", "" if lang == "zh" else " ", ANSI.sub("", out))
    found = FOOTER[lang].search(joined)
    assert found, joined[-400:]
    n, first, last, sources = found.groups()
    return int(n), first, last or first, int(sources)


def expected_footer(reports: list[dict[str, Any]]) -> tuple[int, str, str, int]:
    dates = sorted(str(r["date"]) for r in reports)
    return len(reports), dates[0], dates[-1], len({r["source"] for r in reports})


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("env", [{}, {"FORCE_COLOR": "1", "COLUMNS": "80"}, {"FORCE_COLOR": "1", "COLUMNS": "40"}])
def test_map_names_the_reports_beside_the_article(cli: Any, lang: str, env: dict[str, str]) -> None:
    result = cli("--lang", lang, "map", env=env)
    assert result.exit_code == 0, result.stderr
    reports = yaml.safe_load((DATA / "reports.yaml").read_text(encoding="utf-8"))["reports"]
    assert footer_of(result.stdout, lang) == expected_footer(reports)
    assert "studyofnet.com" in result.stdout  # the article is still named
    # every source the footer counts is one `cardinfo sources` lists
    listed = {s["id"] for s in cli("sources", "--format", "json").json()}
    assert {r["source"] for r in reports} <= listed


def test_map_footer_follows_the_data_in_use(cli: Any, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    path = data / "reports.yaml"
    whole = yaml.safe_load(path.read_text(encoding="utf-8"))
    kept = [r for r in whole["reports"] if str(r["date"]).startswith("2022")]
    path.write_text(yaml.safe_dump({**whole, "reports": kept}, allow_unicode=True), encoding="utf-8")
    result = cli("--plain", "--lang", "en", "--data-dir", str(data), "map")
    assert result.exit_code == 0, result.stderr
    assert footer_of(result.stdout, "en") == expected_footer(kept)

    path.write_text(yaml.safe_dump({**whole, "reports": []}), encoding="utf-8")
    bare = cli("--plain", "--data-dir", str(data), "map")
    assert bare.exit_code == 0, bare.stderr
    assert "有日期的报道" not in bare.stdout and "studyofnet.com" in bare.stdout


# ── narrow terminals ────────────────────────────────────────────────────────────────────────


def _lines(cli: Any, lang: str, width: int) -> list[str]:
    result = cli("--lang", lang, "map", env={**TERMINAL, "COLUMNS": str(width)})
    assert result.exit_code == 0, result.stderr
    return ANSI.sub("", result.stdout).splitlines()


def _plain(cli: Any, lang: str) -> str:
    return str(cli("--plain", "--lang", lang, "map").stdout)


# One width of each sweep stays in the fast set; the rest are marked slow.
WIDTHS = [pytest.param(w, marks=() if w == 40 else pytest.mark.slow) for w in (20, 24, 30, 40, 50, 60, 75)]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", WIDTHS)
def test_every_line_fits_and_names_stay_whole(cli: Any, lang: str, width: int) -> None:
    lines = _lines(cli, lang, width)
    for line in lines:
        # an address is never broken: alone on its line, it may be wider than the screen
        assert cell_len(line) <= width or line.strip().startswith("http"), (width, line)
    stripped = [line.strip() for line in lines]
    for tile in load_grid().tiles:
        assert any(line.startswith(tile.name) for line in stripped), tile.name  # a place name on one line
        if lang == "en":
            assert any(f"({tile.en})" in line for line in stripped), tile.en


@pytest.mark.parametrize("width", WIDTHS[1:5])
def test_english_words_are_never_broken(cli: Any, width: int) -> None:
    # the same words as the plain list (where a name ends in its `:`) and the note on the width
    unbroken = _plain(cli, "en") + t("map.narrow", "en", n=76)
    words = {w.rstrip(":") for w in unbroken.split()}
    # English words only: Chinese (the article's title) may break between any two characters
    shown = {w.rstrip(":") for line in _lines(cli, "en", width) for w in line.split() if w.isascii()}
    assert shown - words == set()  # a broken word would leave pieces the unbroken text lacks


@pytest.mark.parametrize("width", WIDTHS[1:5])
def test_chinese_stages_and_counts_stay_whole(cli: Any, width: int) -> None:
    # each province's stage (有地方正在换发) and each count (正在换发2条, 报道3篇) on one line
    phrases = set(re.findall(r"(?:已有地方发放|有地方正在换发|有地方准备换发|没有已知消息|不适用)", _plain(cli, "zh")))
    phrases |= set(re.findall(r"(?:已经发放|正在换发|准备换发|记录|报道)\d+[条篇]", _plain(cli, "zh")))
    assert len(phrases) > 8
    text = "\n".join(_lines(cli, "zh", width))
    for phrase in phrases:
        assert phrase in text, (width, phrase)


def test_narrow_map_lists_each_province_with_its_stage(cli: Any, dataset: Dataset) -> None:
    lines = [line.strip() for line in _lines(cli, "en", 40)]
    tiles = sorted(load_grid().tiles, key=lambda x: x.code)
    at = [next(i for i, line in enumerate(lines) if line.startswith(tile.name)) for tile in tiles]
    assert at == sorted(at)  # in code order, as the plain list
    beijing = " ".join(lines[at[0] + 1 : at[1]])
    assert beijing.startswith("issued in some places (")
