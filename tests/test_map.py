"""The tile map: its grid against the division data, the stage computation, the text, SVG and page outputs."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

from cardinfo import i18n
from cardinfo.errors import DataError
from cardinfo.models import Dataset
from cardinfo.tilemap import STAGES, Evidence, Tile, evidence, from_dataset, load_grid, stages, tally
from tests.helpers import ANSI, REPO, golden

BOX = re.compile(r"[\u2500-\u257f]")
SVG = "{http://www.w3.org/2000/svg}"
OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"}
STAGE_WORDS = {
    "zh": {"issued": "已有地方发放", "issuing": "正在换发", "preparing": "准备换发", "unknown": "没有已知消息"},
    "en": {"issued": "issued", "issuing": "issuing", "preparing": "preparing", "unknown": "nothing known"},
}
NOT_APPLICABLE = {"710000": "台湾", "810000": "香港", "820000": "澳门"}


def province_rows() -> dict[str, dict[str, str]]:
    with (REPO / "data" / "divisions" / "divisions.csv").open(encoding="utf-8") as f:
        return {r["code"]: r for r in csv.DictReader(f) if r["level"] == "province"}


def expected_stage(dataset: Dataset, code: str) -> str:
    """Worked out independently of tilemap: the most advanced stage of the records and reports in the province."""
    if code in NOT_APPLICABLE:
        return "not_applicable"
    found = {r.status for r in dataset.regions if (r.code or r.within or "")[:2] == code[:2]}
    found |= {r.stage for r in dataset.reports if (r.code or r.within or "")[:2] == code[:2]}
    return next((s for s in ("issued", "issuing", "preparing") if s in found), "unknown")


# ── the grid ────────────────────────────────────────────────────────────────────────────────


def test_grid_has_every_province_level_division_once_with_official_names() -> None:
    grid = load_grid(REPO / "data" / "tilemap.yaml")
    official = province_rows()
    assert len(grid.tiles) == 34 == len(official)
    assert {t.code: t.name for t in grid.tiles} == {c: r["name"] for c, r in official.items()}
    with (REPO / "data" / "divisions" / "divisions_pinyin.csv").open(encoding="utf-8") as f:
        short = {r["code"]: r["short_name"] for r in csv.DictReader(f) if r["code"] in official}
    assert {t.code: t.short for t in grid.tiles} == short
    assert len({(t.row, t.col) for t in grid.tiles}) == 34
    assert all(0 <= t.row < grid.rows and 0 <= t.col < grid.columns for t in grid.tiles)
    assert {t.code for t in grid.tiles if not t.mainland_certificate} == set(NOT_APPLICABLE)


def test_grid_lies_roughly_as_china_does() -> None:
    at = {t.short: t for t in load_grid().tiles}
    # north above south, west left of east, and neighbours side by side
    assert at["黑龙江"].row < at["北京"].row < at["河南"].row < at["湖南"].row < at["广东"].row < at["海南"].row
    assert at["新疆"].col < at["甘肃"].col < at["山西"].col < at["山东"].col < at["江苏"].col
    assert at["西藏"].col < at["四川"].col < at["重庆"].col < at["湖北"].col < at["安徽"].col < at["上海"].col
    for a, b in [
        ("北京", "河北"),
        ("上海", "江苏"),
        ("上海", "浙江"),
        ("福建", "台湾"),
        ("广东", "澳门"),
        ("澳门", "香港"),
    ]:
        assert max(abs(at[a].row - at[b].row), abs(at[a].col - at[b].col)) == 1, (a, b)


def test_a_broken_grid_is_a_data_error(tmp_path: Path) -> None:
    text = (REPO / "data" / "tilemap.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "tilemap.yaml"
    bad.write_text(text.replace("row: 7, col: 4", "row: 7, col: 3"), encoding="utf-8")  # 香港 onto 澳门's square
    with pytest.raises(DataError) as caught:
        load_grid(bad)
    assert "share a square" in str(caught.value.values["problem"])
    bad.write_text(text.replace('code: "110000"', 'code: "110100"'), encoding="utf-8")
    with pytest.raises(DataError):
        load_grid(bad)
    bad.write_text("tiles: [", encoding="utf-8")
    with pytest.raises(DataError):
        load_grid(bad)


# ── the stage computation ───────────────────────────────────────────────────────────────────

TILES = (
    Tile("530000", "云南省", "云南", "Yunnan", 0, 0),
    Tile("810000", "香港特别行政区", "香港", "Hong Kong", 0, 1, False),
)


def test_most_advanced_stage_wins_and_counts_are_kept() -> None:
    items = [Evidence("530000", "preparing", "record"), Evidence("530000", "issuing", "record")] * 2
    (yunnan, hk) = stages(TILES, items)
    assert yunnan.stage == "issuing"
    assert yunnan.counts == {"issuing": 2, "preparing": 2} and list(yunnan.counts) == ["issuing", "preparing"]
    assert yunnan.kinds == {"record": 4} and yunnan.total == 4
    assert hk.stage == "not_applicable" and hk.total == 0


def test_reports_feed_in_beside_records_and_move_a_stage_forward() -> None:
    records = [Evidence("530000", "preparing", "record")]
    assert stages(TILES, records)[0].stage == "preparing"
    later = stages(TILES, [*records, Evidence("530000", "issued", "report")])[0]
    assert later.stage == "issued"
    assert later.kinds == {"record": 1, "report": 1}


def test_evidence_from_any_code_lands_in_its_province() -> None:
    items = list(evidence("report", [("530102", "issued"), ("530102001", "issuing"), (None, "issued"), ("", "x")]))
    assert items == [Evidence("530000", "issued", "report"), Evidence("530000", "issuing", "report")]


def test_nothing_known_and_not_applicable_are_different_stages() -> None:
    yunnan, hk = stages(TILES, [Evidence("810000", "issued", "report"), Evidence("810000", "not_applicable", "report")])
    assert yunnan.stage == "unknown"
    assert hk.stage == "not_applicable"  # whatever is fed in, the mainland card is not issued there
    assert hk.kinds == {"report": 2} and hk.counts == {"issued": 1}
    assert tally([yunnan, hk]) == {"issued": 0, "issuing": 0, "preparing": 0, "unknown": 1, "not_applicable": 1}


def test_bad_evidence_is_refused() -> None:
    with pytest.raises(ValueError):
        stages(TILES, [Evidence("530000", "done", "record")])
    with pytest.raises(ValueError):
        stages(TILES, [Evidence("530000", "issued", "rumour")])


def test_every_record_and_report_lands_on_a_tile_with_the_stage_worked_out_independently(dataset: Dataset) -> None:
    tiles = stages(load_grid().tiles, from_dataset(dataset))
    assert sum(t.total for t in tiles) == len(dataset.regions) + len(dataset.reports)  # nothing lost
    for t in tiles:
        assert t.stage == expected_stage(dataset, t.tile.code), t.tile.name
        for stage in STAGES:
            n = sum(
                1 for r in dataset.regions if r.status == stage and (r.code or r.within or "")[:2] == t.tile.code[:2]
            )
            n += sum(
                1 for r in dataset.reports if r.stage == stage and (r.code or r.within or "")[:2] == t.tile.code[:2]
            )
            assert t.counts.get(stage, 0) == n


# ── cardinfo map: text ──────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plain_map_is_one_line_per_province(cli: Any, dataset: Dataset, lang: str) -> None:
    result = cli("--plain", "--lang", lang, "map")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "\x1b" not in out and not BOX.search(out)
    sep = "：" if lang == "zh" else ": "
    grid = load_grid()
    for tile in grid.tiles:
        label = tile.name if lang == "zh" else f"{tile.name} ({tile.en})"
        lines = [line for line in out.splitlines() if line.startswith(label + sep)]
        assert len(lines) == 1, tile.name
        stage = expected_stage(dataset, tile.code)
        if stage == "not_applicable":
            assert ("不适用" if lang == "zh" else "not applicable") in lines[0]
        else:
            assert STAGE_WORDS[lang][stage] in lines[0]
    assert dataset.article["title"] in out
    golden(f"plain-map-{lang}", out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_terminal_map_at_80_columns(cli: Any, lang: str) -> None:
    result = cli("--lang", lang, "map", env={"FORCE_COLOR": "1", "COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    codes = set(re.findall(r"\x1b\[([0-9;]*)m", out))
    assert all(int(p) < 50 for c in codes for p in c.split(";") if p), codes  # the 16 basic colours only
    visible = ANSI.sub("", out)
    assert max(cell_len(line) for line in visible.splitlines()) <= 80
    for tile in load_grid().tiles:
        assert tile.short in visible
    for symbol in "●◐○?×":  # a symbol per stage on the squares and in the legend, not colour alone
        assert symbol in visible
    legend = visible.split("图例" if lang == "zh" else "Legend", 1)[1]
    for word in (*STAGE_WORDS[lang].values(), "不适用" if lang == "zh" else "not applicable"):
        assert word in legend
    golden(f"term80-map-{lang}", out)


def test_each_square_shows_its_stage_symbol(cli: Any, dataset: Dataset) -> None:
    visible = ANSI.sub("", cli("map", env={"FORCE_COLOR": "1", "COLUMNS": "80"}).stdout).splitlines()
    symbols = {"issued": "●", "issuing": "◐", "preparing": "○", "unknown": "?", "not_applicable": "×"}
    for tile in load_grid().tiles:
        row = next(i for i, line in enumerate(visible) if f" {tile.short} " in f"{line} ")
        column = cell_len(visible[row].split(tile.short)[0])
        below = visible[row + 1]
        # the line under the name, at the same place, starts with the tile's stage symbol
        cells, i = 0, 0
        while cells < column:
            cells += cell_len(below[i])
            i += 1
        assert below[i] == symbols[expected_stage(dataset, tile.code)], tile.short


def test_wide_terminal_puts_english_names_in_the_squares(cli: Any) -> None:
    lines = ANSI.sub("", cli("--lang", "en", "map", env={"FORCE_COLOR": "1", "COLUMNS": "120"}).stdout).splitlines()
    assert max(cell_len(line) for line in lines) <= 120
    for tile in load_grid().tiles:
        row = next(i for i, line in enumerate(lines) if f" {tile.short} " in f"{line} ")
        column = cell_len(lines[row].split(tile.short)[0])
        assert lines[row + 1][column:].startswith(tile.en), tile.en  # ASCII line: cells are characters


def test_narrow_terminal_lists_provinces_instead(cli: Any) -> None:
    out = ANSI.sub("", cli("map", env={"FORCE_COLOR": "1", "COLUMNS": "50"}).stdout)
    assert max(cell_len(line) for line in out.splitlines()) <= 50
    assert "北京市" in out and "香港特别行政区" in out


# ── cardinfo map --format svg ───────────────────────────────────────────────────────────────


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_svg_is_valid_xml_with_34_titled_provinces_and_a_legend(cli: Any, dataset: Dataset, lang: str) -> None:
    result = cli("--lang", lang, "map", "--format", "svg")
    assert result.exit_code == 0, result.stderr
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    labelled = root.get("aria-labelledby", "").split()
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and desc is not None and title.text and desc.text
    assert {title.get("id"), desc.get("id")} == set(labelled)
    provinces = [g for g in root.iter(f"{SVG}g") if re.fullmatch(r"\d{6}", g.get("id", ""))]
    grid = {t.code: t for t in load_grid().tiles}
    assert sorted(g.get("id", "") for g in provinces) == sorted(grid)
    for g in provinces:
        code = g.get("id", "")
        text = g.findtext(f"{SVG}title") or ""
        # The English title names the province in English only (a <title> cannot mark a Chinese run);
        # the Chinese name is drawn in the square, marked as Chinese.
        assert text.startswith(grid[code].name if lang == "zh" else grid[code].en), text
        assert lang == "zh" or not re.search(r"[\u3400-\u9fff]", text), text
        stage = expected_stage(dataset, code)
        assert g.get("data-stage") == stage
        word = (
            ("不适用" if lang == "zh" else "not applicable") if stage == "not_applicable" else STAGE_WORDS[lang][stage]
        )
        assert word in text, text
        if lang == "en":
            assert grid[code].en in text
    legend = root.find(f".//{SVG}g[@id='legend']")
    assert legend is not None
    items = legend.findall(f"{SVG}g")
    assert [i.get("data-stage") for i in items] == ["issued", "issuing", "preparing", "unknown", "not_applicable"]
    fills = {r.get("fill", "").upper() for i in items[:3] for r in i.iter(f"{SVG}rect")}
    assert fills <= OKABE_ITO
    source = "".join(root.find(f".//{SVG}g[@id='source']").itertext())  # type: ignore[union-attr]
    assert dataset.article["title"] in source and dataset.as_of in source
    assert "href" not in result.stdout and "url(" not in result.stdout  # nothing to fetch


def test_output_takes_its_format_from_the_extension(cli: Any, tmp_path: Path) -> None:
    result = cli("map", "--output", str(tmp_path / "m.svg"))
    assert result.exit_code == 0 and result.stdout == ""
    ET.parse(tmp_path / "m.svg")
    result = cli("map", "--output", str(tmp_path / "m.html"))
    assert result.exit_code == 0
    assert (tmp_path / "m.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    result = cli("map", "--output", str(tmp_path / "m.txt"))
    assert result.exit_code == 0 and "\x1b" not in (tmp_path / "m.txt").read_text(encoding="utf-8")
    result = cli("map", "--output", str(tmp_path / "m.pdf"))
    assert result.exit_code == 2 and result.stdout == "" and "m.pdf" in result.stderr
    assert not (tmp_path / "m.pdf").exists()


# ── export --format html ────────────────────────────────────────────────────────────────────


class Page(HTMLParser):
    """What a check needs from a page: tags, attributes, text by section."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_page_is_one_self_contained_file(cli: Any, dataset: Dataset, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "page.html"
    result = cli("--lang", lang, "export", "--format", "html", "--output", str(out))
    assert result.exit_code == 0, result.stderr
    raw = out.read_bytes()
    assert len(raw) < 300_000
    page = Page()
    page.feed(raw.decode("utf-8"))
    tags = dict(page.tags[:5])
    assert ("html", {"lang": lang}) in page.tags and "html" in tags
    fetching = {"src", "srcset", "href", "xlink:href", "poster", "data", "action", "formaction", "background", "ping"}
    for tag, attrs in page.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed", "base", "video", "audio", "source"), tag
        assert not (fetching & set(attrs)) or tag == "a", (tag, attrs)  # only links people choose to follow
    assert "@import" not in raw.decode() and "url(" not in raw.decode()
    assert "@page" in raw.decode() and "A4" in raw.decode()
    text = "".join(page.text)  # as read: a run marked with its language is part of its sentence
    assert sum(1 for tag, a in page.tags if tag == "g" and re.fullmatch(r"\d{6}", a.get("id") or "")) == 34
    for entry in dataset.faq:
        assert entry.question[lang] in text
    for event in dataset.timeline:
        assert (event.en if lang == "en" else event.zh) in text
    for r in dataset.regions:
        assert r.place in text
    links = {a["href"] for tag, a in page.tags if tag == "a"}
    assert dataset.article["url"] in links
    assert {s.url for s in dataset.sources} <= links  # every source the data lists, none of the page's own
    assert {c.url for e in dataset.faq for c in e.caveats} <= links
    assert "12385" in text and ("2021年6月28日" in text if lang == "zh" else "2021-06-28" in text)
    assert ("户籍" if lang == "zh" else "household registration") in text
    for confidence in {c.confidence for e in dataset.faq for c in e.caveats}:
        assert i18n.t("page.confidence", lang, level=i18n.confidence_word(confidence, lang)) in text


def test_page_goes_to_stdout_too(cli: Any) -> None:
    result = cli("export", "--format", "html")
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")


def test_readme_picture_is_drawn_from_the_current_svg(cli: Any) -> None:
    """docs/map.png has the SVG's size (a changed layout means: run scripts/render_map_png.py)."""
    import struct

    png = (REPO / "docs" / "map.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    root = ET.fromstring(cli("map", "--format", "svg").stdout.encode("utf-8"))
    assert (width, height) == (int(root.get("width", "0")), int(root.get("height", "0")))
    assert "docs/map.png" in (REPO / "README.md").read_text(encoding="utf-8")
