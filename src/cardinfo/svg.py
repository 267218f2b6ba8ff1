"""The tile map as a standalone SVG figure: a square per province, its stage in colour and symbol, a legend."""

from __future__ import annotations

import unicodedata
from html import escape

from cardinfo.i18n import t
from cardinfo.langmark import svg as marked
from cardinfo.maptext import note as maptext_note
from cardinfo.maptext import stage_text
from cardinfo.text import strip_controls_but_lines
from cardinfo.tilemap import TILE_STAGES, Grid, TileStage

# Okabe & Ito's colour-blind-safe palette for the three stages; white (dashed edge) for nothing
# known and a neutral grey for not applicable. Every fill takes black text at 6:1 contrast or more,
# and every stage also has its own symbol, so colour is never the only signal.
FILL = {
    "issued": "#009E73",  # bluish green
    "issuing": "#56B4E9",  # sky blue
    "preparing": "#F0E442",  # yellow
    "unknown": "#FFFFFF",
    "not_applicable": "#D9D9D9",
}
FONT = "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC',sans-serif"
NAMESPACE = "http://www.w3.org/2000/svg"
PITCH = 100  # one grid step, px
SIDE = 94  # a square's side
MARGIN = 24
TOP = 92  # the title and the note above the grid
LINE = 22  # legend and footnote line height


def _cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, cells: int) -> list[str]:
    """Break text into lines of at most `cells` columns (a CJK character is two), at spaces where there are any."""
    lines: list[str] = []
    line = ""
    for word in text.replace(" ", " \0").split("\0"):
        pieces = [word] if _cells(word) <= cells else list(word)
        for piece in pieces:
            if line and _cells(line + piece) > cells:
                lines.append(line.rstrip())
                line = piece.lstrip()
            else:
                line += piece
    return [*lines, line.rstrip()] if line.strip() else lines


def symbol(stage: str, cx: float, cy: float, r: float = 7) -> str:
    """The stage's symbol drawn as shapes (no font needed): ● ◐ ○ ? ×."""
    if stage == "issued":
        return f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="#000"/>'
    if stage == "issuing":
        return (
            f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="#fff" stroke="#000" stroke-width="1.5"/>'
            f'<path d="M{cx},{cy - r} A{r},{r} 0 0,0 {cx},{cy + r} Z" fill="#000"/>'
        )
    if stage == "preparing":
        return f'<circle cx="{cx}" cy="{cy}" r="{r - 0.75}" fill="#fff" stroke="#000" stroke-width="1.5"/>'
    if stage == "unknown":
        return (
            f'<text x="{cx}" y="{cy + r * 0.7}" text-anchor="middle" font-size="{r * 2.2}" '
            f'font-weight="bold" font-family="sans-serif">?</text>'
        )
    d = r * 0.8
    return (
        f'<path d="M{cx - d},{cy - d} L{cx + d},{cy + d} M{cx - d},{cy + d} L{cx + d},{cy - d}" '
        f'stroke="#000" stroke-width="2.5" stroke-linecap="round"/>'
    )


def _tile(tile: TileStage, lang: str, ox: int, oy: int) -> str:
    x, y = ox + tile.tile.col * PITCH, oy + tile.tile.row * PITCH
    # A <title> holds text only, no run marked in another language: the English one names the
    # province in English, the Chinese name being drawn in the square (marked as Chinese).
    label = (
        f"{tile.tile.name}：{stage_text(tile, lang)}" if lang == "zh" else f"{tile.tile.en}: {stage_text(tile, lang)}"
    )
    dashed = ' stroke-dasharray="4 3"' if tile.stage == "unknown" else ""
    parts = [
        f'<g id="{tile.tile.code}" class="province" data-stage="{tile.stage}">',
        f"<title>{escape(label)}</title>",
        f'<rect x="{x}" y="{y}" width="{SIDE}" height="{SIDE}" rx="6" fill="{FILL[tile.stage]}" '
        f'stroke="#333" stroke-width="1.5"{dashed}/>',
        f'<text x="{x + SIDE / 2}" y="{y + 30}" text-anchor="middle" font-size="19">'
        f"{marked(tile.tile.short, lang)}</text>",
    ]
    if lang == "en":
        parts.append(
            f'<text x="{x + SIDE / 2}" y="{y + 48}" text-anchor="middle" font-size="11">{escape(tile.tile.en)}</text>'
        )
    if tile.counts:
        step = SIDE / len(tile.counts)
        for i, (stage, n) in enumerate(tile.counts.items()):
            cx = x + step * i + step / 2 - 7
            parts.append(symbol(stage, cx, y + SIDE - 20))
            parts.append(f'<text x="{cx + 10}" y="{y + SIDE - 15}" font-size="14">{n}</text>')
    else:
        parts.append(symbol(tile.stage, x + SIDE / 2, y + SIDE - 20))
    parts.append("</g>")
    return "".join(parts)


def render(
    grid: Grid, tiles: list[TileStage], lang: str, source: str, date: str, standalone: bool = True, reports: int = 0
) -> str:
    """The figure; `standalone` adds the XML declaration and namespace for a file of its own."""
    width = 2 * MARGIN + grid.columns * PITCH - (PITCH - SIDE)
    chars = (width - 2 * MARGIN) // 7  # ~14 px font: a Latin character ~7 px, a CJK one ~14
    note = wrap(maptext_note(lang), chars)
    top = max(TOP, MARGIN + 42 + 17 * (len(note) - 1) + 12)  # the grid starts under the note
    legend_top = top + grid.rows * PITCH + 16
    foot = wrap(t("map.source", lang, source=source, date=date, reports=reports), chars)
    height = legend_top + (len(TILE_STAGES) + 1) * LINE + 12 + len(foot) * LINE + MARGIN
    counts = {s: sum(x.stage == s for x in tiles) for s in TILE_STAGES}
    summary = ("、" if lang == "zh" else ", ").join(f"{t(f'map.stage.{s}', lang)} {n}" for s, n in counts.items() if n)
    # the map is one image to a screen reader: its description says which division is at which stage
    comma, stop = ("、", "。") if lang == "zh" else (", ", ". ")
    named = stop.join(
        f"{t(f'map.stage.{s}', lang)}{'：' if lang == 'zh' else ': '}"
        + comma.join(x.tile.en if lang == "en" else x.tile.name for x in tiles if x.stage == s)
        for s in TILE_STAGES
        if counts[s]
    )
    space = "" if lang == "zh" else " "
    desc = t("map.desc", lang, n=len(tiles), counts=summary) + space + named + stop.strip() + space + maptext_note(lang)
    title = escape(t("map.title", lang))
    # A file of its own needs the declaration, namespace and language; inside HTML the page gives them.
    own = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="{NAMESPACE}" xml:lang="{lang}"' if standalone else "<svg"
    )
    out = [
        f'{own} role="img" aria-labelledby="map-title map-desc" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-family="{FONT}">\n'
    ]
    out.append(f'<title id="map-title">{title}</title>\n')
    out.append(f'<desc id="map-desc">{escape(desc)}</desc>\n')
    out.append(f'<rect width="{width}" height="{height}" fill="#fff"/>\n')
    out.append(f'<text x="{MARGIN}" y="{MARGIN + 16}" font-size="20" font-weight="bold">{title}</text>\n')
    for i, line in enumerate(note):
        out.append(
            f'<text x="{MARGIN}" y="{MARGIN + 42 + i * 17}" font-size="12" fill="#222">{marked(line, lang)}</text>\n'
        )
    out.append('<g id="map-provinces">\n')  # (the page's heading is #provinces)
    for tile in tiles:
        out.append(_tile(tile, lang, MARGIN, top) + "\n")
    out.append("</g>\n")
    out.append(f'<g id="legend"><text x="{MARGIN}" y="{legend_top + 14}" font-size="15" font-weight="bold">')
    out.append(f"{escape(t('map.legend', lang))}</text>\n")
    for i, stage in enumerate(TILE_STAGES):
        y = legend_top + (i + 1) * LINE
        dashed = ' stroke-dasharray="4 3"' if stage == "unknown" else ""
        n = t("map.provinces", lang, n=counts[stage])
        words = (
            f"{t(f'map.stage.{stage}', lang)}（{n}）：{t(f'map.means.{stage}', lang)}"
            if lang == "zh"
            else f"{t(f'map.stage.{stage}', lang)} ({n}): {t(f'map.means.{stage}', lang)}"
        )
        out.append(
            f'<g class="legend-item" data-stage="{stage}"><rect x="{MARGIN}" y="{y}" width="30" height="18" rx="3" '
            f'fill="{FILL[stage]}" stroke="#333"{dashed}/>{symbol(stage, MARGIN + 15, y + 9, 6)}'
            f'<text x="{MARGIN + 40}" y="{y + 14}" font-size="13">{marked(words, lang)}</text></g>\n'
        )
    out.append("</g>\n")
    foot_top = legend_top + (len(TILE_STAGES) + 1) * LINE + 12
    out.append('<g id="source">')
    for i, line in enumerate(foot):
        out.append(
            f'<text x="{MARGIN}" y="{foot_top + 14 + i * LINE}" font-size="12" fill="#222">{marked(line, lang)}</text>'
        )
    out.append("</g>\n</svg>\n")
    return strip_controls_but_lines("".join(out))  # an escape sequence in the data never reaches a terminal
