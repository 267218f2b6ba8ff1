"""Every screen width: nothing cropped, no URL or number split, tables only where they fit."""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

import pytest
from rich.cells import cell_len

from cardinfo import render, views
from cardinfo.i18n import _TEXT
from tests.helpers import ANSI, golden, run_cli

URL = re.compile(r"https?://[^\s\u3000-\u9fff\uff00-\uffef]+")
DIGITS = re.compile(r"\d+")
OSC8 = re.compile(r"\x1b]8;[^\x1b]*\x1b\\")
CONTENT = re.compile(r"[\w\u3400-\u9fff]")  # letters, digits and CJK: what cropping would lose

SCREENS = {
    "region-kunming": ["region", "昆明"],
    "region-ambiguous": ["region", "朝阳区"],
    "status-yunnan": ["status", "--province", "云南"],
    "summary": ["summary"],
    "timeline": ["timeline"],
    "faq-fee": ["faq", "fee"],
    "remind": ["remind", "--last-activated", "2026-03-01", "--issued", "2017-01-15", "--today", "2026-11-29"],
    "en-status-yunnan": ["--lang", "en", "status", "--province", "云南"],
    "en-timeline": ["--lang", "en", "timeline"],
    "en-faq-fee": ["--lang", "en", "faq", "fee"],
}
WIDTHS = [40, 80, 120]
# Numbers the tool itself writes (120 columns, 12385, years in messages) besides the data's own.
CATALOGUE_DIGITS = {d for pair in _TEXT.values() for text in pair for d in DIGITS.findall(text)}


def _lone_url(line: str) -> bool:
    return bool(URL.fullmatch(line.strip()))


def check_screen(out: str, plain_out: str, width: int) -> None:
    """What a person at a terminal `width` wide must be able to rely on."""
    visible = ANSI.sub("", OSC8.sub("", out))
    assert "…" not in visible
    for line in visible.splitlines():
        # Only a URL may be wider than the screen: it is never broken, and sits on a line of its own.
        assert cell_len(line) <= width or _lone_url(line), f"{cell_len(line)} > {width}: {line!r}"
    plain_urls = set(URL.findall(plain_out))
    for url in URL.findall(visible):
        assert url in plain_urls, f"URL split or changed: {url}"
    assert plain_urls <= set(URL.findall(visible))
    allowed = set(DIGITS.findall(plain_out)) | CATALOGUE_DIGITS | {"0"}  # plain leaves out zero counts
    split = set(DIGITS.findall(visible)) - allowed
    assert not split, f"numbers split: {split}"


@functools.cache
def _plain(name: str) -> str:
    """The plain output of a screen: the same at every width, so run once for all of them."""
    return run_cli("--plain", *SCREENS[name]).stdout


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", SCREENS)
def test_screen_golden(cli: Any, name: str, width: int) -> None:
    result = cli(*SCREENS[name], env={"FORCE_COLOR": "1", "COLUMNS": str(width)})
    assert result.exit_code == 0, result.stderr
    plain_out = _plain(name)
    check_screen(result.stdout, plain_out, width)
    codes = set(re.findall(r"\x1b\[([0-9;]*)m", result.stdout))
    assert all(int(p) < 50 for c in codes for p in c.split(";") if p), codes  # the 16 basic colours only
    golden(f"screen{width}-{name}", result.stdout)


def _doc_strings(doc: render.Doc) -> list[str]:
    out: list[str] = []
    for block in doc.blocks:
        if block[0] in ("title", "text"):
            out.append(block[1])
        elif block[0] == "field":
            out += [block[1], block[2]]
        elif block[0] == "items":
            out += [block[1], *block[2]]
        elif block[0] == "table":
            out += block[1] + [cell for row in block[2] for cell in row]
    return out


def _docs(dataset: Any, lang: str) -> list[render.Doc]:
    from cardinfo.lookup import summary

    def name(n: str, code: str) -> str:
        return n

    return [
        views.status_doc(list(dataset.regions), dataset, lang, name, wide=True),
        views.summary_doc(summary(dataset), dataset, lang),
        views.timeline_doc(dataset, lang),
        views.faq_list_doc(dataset, lang),
        *[views.faq_doc(render.Doc(lang), e, dataset, lang) for e in dataset.faq],
    ]


@pytest.mark.parametrize("lang", ["zh", "en"])
# The narrowest screen stays in the fast set; the other widths are slow.
@pytest.mark.parametrize(
    "width", [pytest.param(w, marks=() if w == 20 else pytest.mark.slow) for w in (20, 40, 60, 80, 120, 200)]
)
def test_nothing_is_cropped(dataset: Any, lang: str, width: int) -> None:
    """Every letter, digit and character of every answer reaches the screen, at any width."""
    for doc in _docs(dataset, lang):
        shown = ANSI.sub("", render.rich_text(doc, width))
        have = Counter(CONTENT.findall(shown))
        want = Counter(CONTENT.findall("".join(render.clean(s) for s in _doc_strings(doc))))
        assert not want - have, f"missing at {width}: {want - have}"
        check_screen(shown, render.plain(doc), max(width, 20))


def test_a_table_that_cannot_fit_becomes_fields(dataset: Any) -> None:
    doc = views.status_doc(list(dataset.regions)[:3], dataset, "zh", lambda n, c: n, wide=False)
    narrow = ANSI.sub("", render.rich_text(doc, 40))
    assert "┌" not in narrow and "地点" in narrow
    wide = ANSI.sub("", render.rich_text(doc, 120))
    assert "┌" in wide
    # A place name is never stacked one character a line.
    for r in list(dataset.regions)[:3]:
        assert r.place in narrow and r.place in wide


@pytest.mark.parametrize(
    "text",
    [
        "昆明东川2020年4月17日起,预计在5月30日前完成第一批1.2万人的换发工作",
        "请拨打12385或访问 https://www.cdpf.org.cn/a/b/c/d/e/f/g/h.html?x=1 查看。",
        "From an unsigned web article of about 2020 (https://example.org/long/path/to/page.html), not verified",
    ],
)
@pytest.mark.parametrize("width", [10, 14, 20, 33])
def test_wrap_never_splits_a_number_or_url(text: str, width: int) -> None:
    lines = render.wrap(text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    numbers = set(DIGITS.findall(text))
    for line in lines:
        assert set(DIGITS.findall(line)) <= numbers
        assert cell_len(line) <= width or _lone_url(line) or " " not in line
    for url in URL.findall(text):
        assert url.rstrip(").,") in lines


def test_links_only_where_the_terminal_shows_them(dataset: Any) -> None:
    doc = views.faq_list_doc(dataset, "zh")
    url = dataset.article["url"]
    linked = render.rich_text(doc, 80, links=True)
    assert f";{url}\x1b\\" in linked  # an OSC 8 hyperlink
    assert "\x1b]8" not in render.rich_text(doc, 80, links=False)
    assert "\x1b" not in render.plain(doc)
    assert render.links_supported({"TERM_PROGRAM": "WezTerm"})
    assert render.links_supported({"VTE_VERSION": "7200"})
    assert not render.links_supported({"TERM": "xterm-256color"})
    assert not render.links_supported({"TERM_PROGRAM": "WezTerm", "TERM": "dumb"})


def test_plain_mode_never_links(cli: Any) -> None:
    out = cli("--plain", "faq", "fee", env={"TERM_PROGRAM": "WezTerm"}).stdout
    assert "\x1b" not in out
    assert any(_lone_url(line) for line in out.splitlines())
