"""The self-contained web page: map, tables, FAQ, timeline, sources and the next step, in one HTML file."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from cardinfo import __version__
from cardinfo.i18n import confidence_word, status_word, t
from cardinfo.langmark import chinese
from cardinfo.langmark import html as marked
from cardinfo.maptext import SYMBOL, note, shown_name, stage_text
from cardinfo.models import Dataset
from cardinfo.nextstep import date_word
from cardinfo.romanise import province_code
from cardinfo.text import strip_controls_but_lines
from cardinfo.tilemap import TILE_STAGES, TileStage

Namer = Callable[[str, str], str]  # (name, code) -> the name as shown (in English with its pinyin)


def _as_written(name: str, code: str) -> str:
    return name


def next_steps(dataset: Dataset, lang: str) -> list[str]:
    """What to do next, whatever the map shows: the data's steps, each with its sources."""
    from cardinfo.nextstep import cite

    joiner = "；" if lang == "zh" else "; "
    return [
        (step.en if lang == "en" else step.zh)
        + t("next.source", lang, cites=joiner.join(cite(dataset.source(i), lang) for i in step.sources))
        for step in dataset.next_steps
    ]


STYLE = """
:root { color-scheme: light; }
body { font-family: system-ui, 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei',
  'Microsoft YaHei', 'PingFang SC', sans-serif; line-height: 1.5; color: #111; background: #fff;
  max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid #333; }
h3 { font-size: 1.05rem; margin-bottom: .25rem; }
a { color: #0b4f8a; overflow-wrap: anywhere; }
.lead { font-size: 1.05rem; }
.next { border: 3px solid #0072B2; padding: .5rem 1rem; border-radius: 6px; }
figure { margin: 0; } figure svg { width: 100%; max-width: 748px; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border: 1px solid #999; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #eee; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer;
  color: inherit; text-align: left; }
th button::after { content: " \\2195"; color: #555; }
th[aria-sort="ascending"] button::after { content: " \\2191"; }
th[aria-sort="descending"] button::after { content: " \\2193"; }
.sym { font-weight: bold; }
cite { font-style: normal; }
blockquote { margin: .25rem 0 .25rem 1rem; padding-left: .75rem; border-left: 3px solid #999; color: #333; }
.small { font-size: .85rem; color: #333; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; } tr, blockquote, .next, figure { break-inside: avoid; }
  figure svg { max-height: 245mm; width: auto; max-width: 100%; }
  th button::after { content: ""; } .no-print { display: none; }
  a { color: #000; }
}
"""

# Sorting is an enhancement: without script the tables read the same, just unsorted.
SCRIPT = """
document.querySelectorAll('table.sortable').forEach(function (table) {
  var hint = document.createElement('p');
  hint.className = 'small no-print';
  hint.textContent = table.getAttribute('data-hint');
  table.parentNode.insertBefore(hint, table);
  var heads = table.querySelectorAll('thead th');
  heads.forEach(function (th, col) {
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) { button.appendChild(th.firstChild); }
    th.appendChild(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', function () {
      var up = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute('data-sort') || a.cells[col].textContent;
        var y = b.cells[col].getAttribute('data-sort') || b.cells[col].textContent;
        var n = x.localeCompare(y, document.documentElement.lang, {numeric: true});
        return up ? n : -n;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
"""


def _table(headers: list[str], rows: list[list[tuple[str, str]]], heading: str, hint: str) -> str:
    """A table named by its section's heading; each cell is (html, sort key). The script adds the
    sorting hint with the buttons, so a page read without script does not promise them."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td data-sort="{escape(key)}">{cell}</td>' for cell, key in row) + "</tr>" for row in rows
    )
    return (
        f'<table class="sortable" aria-labelledby="{heading}" data-hint="{escape(hint)}">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _cell(text: str, lang: str) -> tuple[str, str]:
    return marked(text, lang), text


def _link(url: str, lang: str) -> str:
    """A link showing its address; in English a Chinese part of it (an IRI's path) is marked, in
    Chinese an address is left whole (it is no English to read aloud as words)."""
    return f'<a href="{escape(url)}">{marked(url, lang) if lang == "en" else escape(url)}</a>'


def _section(key: str, heading: str, body: str) -> str:
    return f'<section aria-labelledby="{key}"><h2 id="{key}">{escape(heading)}</h2>{body}</section>'


def _colon(lang: str) -> str:
    return "：" if lang == "zh" else ": "


def _bracketed(inner: str, lang: str) -> str:
    """HTML in brackets after what it qualifies: （…） in Chinese, ` (…)` in English."""
    return f"（{inner}）" if lang == "zh" else f" ({inner})"


def quoted(text: str, lang: str) -> str:
    """A source's own words as HTML: in English inside “”, so the Chinese reads as quoted."""
    return f"“{marked(text, lang)}”" if lang == "en" else marked(text, lang)


def title_html(title: str, lang: str) -> str:
    """A source's title as HTML. Its own title is quoted as one (《…》 in Chinese, and in English
    for a Chinese title; “…” for an English title in English); a [bracketed] title is the tool's
    description of a page whose title was not stored (docs/data-format.md), so it is said to be one."""
    if title.startswith("[") and title.endswith("]"):
        return marked(t("page.description", lang, text=title[1:-1]), lang)
    if lang == "zh" or any(chinese(ch) for ch in title):
        return f"<cite>{marked(f'《{title}》', lang)}</cite>"
    return f"<cite>“{marked(title, lang)}”</cite>"


def _provinces(tiles: list[TileStage], lang: str) -> str:
    rows = []
    for x in sorted(tiles, key=lambda x: x.tile.code):
        stage = f'<span class="sym" aria-hidden="true">{SYMBOL[x.stage]}</span> {marked(stage_text(x, lang), lang)}'
        rows.append(
            [_cell(shown_name(x, lang), lang), _cell(x.tile.code, lang), (stage, str(TILE_STAGES.index(x.stage)))]
        )
    headers = [t("label.province", lang), t("label.code", lang), t("label.status", lang)]
    return _table(headers, rows, "provinces", t("page.sort", lang))


def _records(dataset: Dataset, lang: str, name: Namer) -> str:
    rows = []
    for r in dataset.regions:
        words = r.source.text.replace("\n", " / ")
        rows.append(
            [
                (escape(status_word(r.status, lang)), str(TILE_STAGES.index(r.status))),
                _cell(name(r.province, province_code(r)), lang),
                _cell(name(r.place, r.code or r.within or ""), lang),
                _cell(r.code or "", lang),
                _cell(t("word.yes", lang) if r.pilot else "", lang),
                _cell(r.since or "", lang),
                (quoted(words, lang), words),
            ]
        )
    keys = ["label.status", "label.province", "label.place", "label.code", "label.pilot", "label.since", "label.source"]
    return _table([t(k, lang) for k in keys], rows, "records", t("page.sort", lang))


def _faq(dataset: Dataset, lang: str) -> str:
    colon, comma = _colon(lang), "，" if lang == "zh" else ", "
    parts = []
    for e in dataset.faq:
        parts.append(f"<h3>{marked(e.question[lang], lang)}</h3><p>{marked(e.answer[lang], lang)}</p>")
        source = quoted(e.source, lang) if e.source else marked(t("faq.article_silent", lang), lang)
        parts.append(f"<blockquote>{escape(t('label.source', lang))}{colon}{source}</blockquote>")
        for c in e.caveats:
            level = t("page.confidence", lang, level=confidence_word(c.confidence, lang))
            said = marked(date_word(c.date, lang), lang) + comma + escape(level) + comma + _link(c.url, lang)
            parts.append(
                f"<p class='small'>{escape(t('label.caveat', lang))}{colon}"
                f"{marked(c.en if lang == 'en' else c.zh, lang)}{_bracketed(said, lang)}</p>"
            )
    parts.append(f"<p>{escape(t('label.check', lang))}{colon}{marked(dataset.check_in_person[lang], lang)}</p>")
    return "".join(parts)


def _timeline(dataset: Dataset, lang: str) -> str:
    verified = {True: t("word.yes", lang), False: t("word.unverified", lang)}
    rows = [
        [
            _cell(e.date, lang),
            _cell(e.en if lang == "en" else e.zh, lang),
            _cell(verified[e.verified], lang),
            (quoted(e.source, lang), e.source),
        ]
        for e in dataset.timeline
    ]
    keys = ["label.date", "label.event", "label.verified", "label.source"]
    return _table([t(k, lang) for k in keys], rows, "timeline", t("page.sort", lang))


def _sources(dataset: Dataset, lang: str, name: Namer) -> str:
    """Every source the data lists (as `cardinfo sources` does), with what it supports."""
    from cardinfo.citations import uses

    supported = uses(dataset, name if lang == "en" else None)
    joiner = "；" if lang == "zh" else "; "
    rows = []
    for src in dataset.sources:
        title = f"{title_html(src.title, lang)}<br>{_link(src.url, lang)}"
        facts = joiner.join(u.en if lang == "en" else u.zh for u in supported.get(src.id, []))
        rows.append(
            [
                (title, src.title),
                _cell(src.date or t("word.undated", lang), lang),
                _cell(confidence_word(src.confidence, lang), lang),
                _cell(facts or t("supports.none", lang), lang),
            ]
        )
    headers = [t("page.sources", lang), t("label.date", lang), t("label.confidence", lang), t("page.supports", lang)]
    return _table(headers, rows, "sources", t("page.sort", lang))


def render(dataset: Dataset, tiles: list[TileStage], map_svg: str, lang: str, name: Namer = _as_written) -> str:
    """The page, in `lang`; it loads nothing (no scripts, styles, fonts or images from elsewhere).
    `name(place, code)` shows a place name (in English with its pinyin); a run of text in the
    other language is marked with its `lang`, so a screen reader reads it in its own voice."""
    article = dataset.article
    caveat = article["note_en" if lang == "en" else "note_zh"]
    steps = "".join(f"<li>{marked(step, lang)}</li>" for step in next_steps(dataset, lang))
    figure = f"<figure>{map_svg}<figcaption class='small'>{marked(note(lang), lang)}</figcaption></figure>"
    lead = marked(caveat, lang) + _colon(lang) + title_html(article["title"], lang)
    body = [
        f"<header><h1>{escape(t('page.title', lang))}</h1>",
        f'<p class="lead">{lead}{_bracketed(escape(dataset.as_of), lang)} {_link(article["url"], lang)}</p></header>',
        "<main>",
        _section("next", t("page.next_step", lang), f'<ol class="next">{steps}</ol>'),
        _section("map", t("page.map", lang), figure),
        _section("provinces", t("page.provinces", lang), _provinces(tiles, lang)),
        _section("records", t("page.records", lang), _records(dataset, lang, name)),
        _section("faq", t("page.faq", lang), _faq(dataset, lang)),
        _section("timeline", t("page.timeline", lang), _timeline(dataset, lang)),
        _section("sources", t("page.sources", lang), _sources(dataset, lang, name)),
        f"</main><footer><p class='small'>{marked(t('page.made', lang, version=__version__), lang)}</p></footer>",
    ]
    # No request can leave the page: the policy allows only what is inline.
    csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(t('page.title', lang))}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
    ]
    page = "\n".join([*head, *body, f"<script>{SCRIPT}</script>", "</body>", "</html>"]) + "\n"
    return strip_controls_but_lines(page)  # an escape sequence in the data never reaches a terminal that shows it
