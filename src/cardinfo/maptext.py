"""The tile map as text: coloured squares with symbols for a terminal, one line per province in plain mode."""

from __future__ import annotations

import io

from cardinfo.i18n import status_word, t
from cardinfo.render import Doc, clean
from cardinfo.tilemap import TILE_STAGES, Grid, TileStage

# A symbol per stage, so colour is never the only signal; filled -> half -> empty follows the rollout.
SYMBOL = {"issued": "●", "issuing": "◐", "preparing": "○", "unknown": "?", "not_applicable": "×"}
# The 16 basic colours only, as everywhere in cardinfo's terminal output; dark text on each fill.
TILE_STYLE = {
    "issued": "black on green",
    "issuing": "black on cyan",
    "preparing": "black on yellow",
    "unknown": "",
    "not_applicable": "black on white",
}
TILE_WIDTH = 10  # cells inside a square at least: a three-character name, or three stage counts
WIDEST_TILE = 16  # squares grow with the terminal up to this, room for an English name (Inner Mongolia)


def note(lang: str) -> str:
    """What a square's stage means, and what its numbers count."""
    return t("map.note.stages", lang) + ("" if lang == "zh" else " ") + t("map.note.symbols", lang)


def shown_name(tile: TileStage, lang: str) -> str:
    """The official name; in English with the English name beside it."""
    return f"{tile.tile.name} ({tile.tile.en})" if lang == "en" else tile.tile.name


def stage_parts(tile: TileStage, lang: str) -> list[str]:
    """A province's stage in words and the counts behind it, as the pieces a line may break
    between: a count stays with its word (正在换发1条, issuing 1), a phrase whole in Chinese."""
    words = t(f"map.stage.{tile.stage}", lang)
    if tile.stage == "not_applicable":
        means = t("map.means.not_applicable", lang)
        detail = means.replace("，", "，\n").split("\n") if lang == "zh" else means.split(" ")
    elif tile.total:
        by_stage = [t("map.count", lang, status=status_word(s, lang), n=n) for s, n in tile.counts.items()]
        by_kind = [t(f"map.kind.{k}", lang, n=n) for k, n in tile.kinds.items()]
        comma, semicolon = ("、", "；") if lang == "zh" else (",", ";")
        detail = [p + comma for p in by_stage[:-1]] + [by_stage[-1] + (semicolon if by_kind else "")]
        detail += [p + comma for p in by_kind[:-1]] + by_kind[-1:]
    else:
        return [words] if lang == "zh" else words.split(" ")
    opening, closing = ("（", "）") if lang == "zh" else ("(", ")")
    detail[0], detail[-1] = opening + detail[0], detail[-1] + closing
    return [words, *detail] if lang == "zh" else [*words.split(" "), *detail]


def stage_text(tile: TileStage, lang: str) -> str:
    """A province's line: its stage in words, and the counts behind it."""
    return ("" if lang == "zh" else " ").join(stage_parts(tile, lang))


def symbol_counts(tile: TileStage, width: int = TILE_WIDTH) -> str:
    """The second line of a square: the stage symbol, then a symbol and count per stage."""
    if not tile.counts:
        return SYMBOL[tile.stage]
    text = " ".join(f"{SYMBOL[s]}{n}" for s, n in tile.counts.items())
    if len(text) > width:
        text = text.replace(" ", "")
    return text if len(text) <= width else f"{SYMBOL[tile.stage]}{tile.total}"


def footer(tiles: list[TileStage], lang: str, source: str) -> list[str]:
    """Where the counts come from: the article (`source`) and, when any are counted, the dated
    reports: how many, over which dates, from how many sources, and where to find the list."""
    reports = [report for tile in tiles for report in tile.reports]
    if not reports:
        return [source]
    dates = sorted(date for date, _ in reports)
    span = dates[0] if dates[0] == dates[-1] else t("map.dates", lang, first=dates[0], last=dates[-1])
    sources = len({source_id for _, source_id in reports})
    return [source, t("map.reports", lang, n=len(reports), dates=span, sources=sources)]


def plain_doc(tiles: list[TileStage], lang: str, source: str) -> Doc:
    """One `name：stage (counts)` line per province, in code order, then what the stages mean."""
    doc = Doc(lang).title(t("map.title", lang))
    for tile in sorted(tiles, key=lambda x: x.tile.code):
        doc.field(shown_name(tile, lang), stage_text(tile, lang))
    doc.gap().text(t("map.note.stages", lang)).gap()
    for line in footer(tiles, lang, source):
        doc.text(line)
    return doc


def _pad(text: str, width: int) -> str:
    from rich.cells import cell_len

    return text + " " * max(0, width - cell_len(text))


def wrap_items(items: list[str], sep: str, width: int) -> list[str]:
    """Join items with `sep` into lines of at most `width` cells, breaking only between items."""
    from rich.cells import cell_len

    lines: list[str] = []
    line = ""
    for item in items:
        candidate = f"{line}{sep}{item}" if line else item
        if line and cell_len(candidate + sep) > width:
            lines.append(line + sep)
            line = item
        else:
            line = candidate
    return [*lines, line] if line else lines


def legend_lines(tiles: list[TileStage], lang: str) -> list[tuple[str, str, list[str]]]:
    """(stage, "symbol words (n): what it means", names in that stage) for each stage, in order."""
    out = []
    for stage in TILE_STAGES:
        members = [x for x in tiles if x.stage == stage]
        n = t("map.provinces", lang, n=len(members))
        head = (
            f"{SYMBOL[stage]} {t(f'map.stage.{stage}', lang)}（{n}）：{t(f'map.means.{stage}', lang)}"
            if lang == "zh"
            else f"{SYMBOL[stage]} {t(f'map.stage.{stage}', lang)} ({n}): {t(f'map.means.{stage}', lang)}"
        )
        names = [x.tile.short if lang == "zh" else f"{x.tile.short} {x.tile.en}" for x in members]
        out.append((stage, head, names))
    return out


def fit(items: list[str], sep: str, width: int) -> list[str]:
    """Lines of at most `width` cells, broken between items; only an item wider than the line
    itself (a long Chinese phrase on the narrowest screen) is broken, as render.wrap breaks text."""
    from rich.cells import cell_len

    from cardinfo.render import wrap

    lines: list[str] = []
    line = ""
    for item in items:
        if line and cell_len(line + sep + item) <= width:
            line += sep + item
            continue
        if line:
            lines.append(line)
        *whole, line = wrap(item, width) if cell_len(item) > width else [item]
        lines += whole
    return [*lines, line] if line else lines


def narrow(tiles: list[TileStage], lang: str, width: int, sources: list[str], needed: int) -> str:
    """Too narrow for the squares: each province's name, then its stage and counts indented
    under it, every line within `width` and broken only between words (or whole phrases)."""
    from rich.text import Text

    from cardinfo.render import terminal_console, wrap

    out = io.StringIO()
    console = terminal_console(out, width)

    def say(line: str, style: str = "") -> None:
        console.print(Text(line, style=style), no_wrap=True, crop=False, overflow="ignore")

    def paragraph(text: str, style: str = "") -> None:
        for line in wrap(clean(text), width):
            say(line, style)

    paragraph(t("map.narrow", lang, n=needed))
    say("")
    paragraph(t("map.title", lang), "bold")
    sep = "" if lang == "zh" else " "
    for tile in sorted(tiles, key=lambda x: x.tile.code):
        name = [tile.tile.name] if lang == "zh" else [tile.tile.name, f"({tile.tile.en})"]
        for line in fit(name, " ", width):
            say(line, "bold")
        for line in fit([clean(p) for p in stage_parts(tile, lang)], sep, width - 2):
            say(f"  {line}")
    say("")
    paragraph(t("map.note.stages", lang))
    say("")
    for line in sources:
        paragraph(line)
    return out.getvalue()


def terminal(grid: Grid, tiles: list[TileStage], lang: str, width: int, source: str) -> str:
    """The squares in colour, each with its name and stage symbol, then the legend in words."""
    from rich.table import Table
    from rich.text import Text

    from cardinfo.render import terminal_console, wrap

    needed = grid.columns * (TILE_WIDTH + 1) - 1
    sources = footer(tiles, lang, source)
    if width < needed:
        return narrow(tiles, lang, width, sources, needed)
    out = io.StringIO()
    console = terminal_console(out, width)
    console.print(Text(t("map.title", lang), style="bold"))
    console.print()
    at = {(x.tile.row, x.tile.col): x for x in tiles}
    side = min(WIDEST_TILE, (width + 1) // grid.columns - 1)
    # English names go inside the squares when every one fits; else the legend lists them.
    english = lang == "en" and all(len(x.tile.en) < side for x in tiles)
    for row in range(grid.rows):
        for line in range(3 if english else 2):
            text = Text()
            last = max((c for r, c in at if r == row), default=-1)
            for col in range(last + 1):
                if col:
                    text.append(" ")
                tile = at.get((row, col))
                if tile is None:
                    text.append(" " * side)
                    continue
                if line == 0:
                    cell = f" {tile.tile.short}"
                elif line == 1 and english:
                    cell = f" {tile.tile.en}"
                else:
                    cell = f" {symbol_counts(tile, side - 1)}"
                text.append(_pad(cell, side), style=TILE_STYLE[tile.stage])
            console.print(text, no_wrap=True, crop=True)
        if row < grid.rows - 1:
            console.print()
    console.print()
    console.print(Text(t("map.legend", lang), style="bold"))
    legend = Table.grid(padding=(0, 1))
    legend.add_column(no_wrap=True)
    legend.add_column(overflow="fold")
    sep = "、" if lang == "zh" else ", "
    for stage, head, names in legend_lines(tiles, lang):
        legend.add_row(
            Text(f" {SYMBOL[stage]} ", style=TILE_STYLE[stage]), Text("\n".join(wrap(clean(head[2:]), width - 5)))
        )
        if names:
            legend.add_row("", Text("\n".join(wrap_items(names, sep, width - 5))))
    console.print(legend)
    console.print()
    for paragraph in (note(lang), *sources):
        for part in wrap(clean(paragraph), width):
            console.print(Text(part), no_wrap=True, crop=False, overflow="ignore")
    return out.getvalue()
