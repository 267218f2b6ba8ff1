"""The web page, the SVG, the map text and the Markdown table read in one language all the way down.

Each run of the other language is marked with its `lang` (a screen reader switches voice), the
confidence and the stages are the catalogue's words, punctuation is the page language's, a source
described by the tool is never dressed as a quoted title, and nothing reads “greater than”.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from html.parser import HTMLParser

import pytest

from cardinfo import i18n
from cardinfo.langmark import runs
from cardinfo.models import Dataset
from tests.helpers import run_cli
from tests.test_lang_all import PLACE_WITH_PINYIN

CHINESE = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uff60]")
ENGLISH_SENTENCE = re.compile(r"\b[A-Za-z]{2,}\b(?: +\b[A-Za-z]{2,}\b){2,}")
CONFIDENCE_KEYS = re.compile(r"\b(?:High|Medium-High|Medium|Low-Medium|Low)\b")
SVG = "{http://www.w3.org/2000/svg}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
VOID = {"meta", "br", "rect", "circle", "path", "input", "img", "link"}
BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "blockquote", "figcaption", "text", "title", "desc", "tr"}


class Page(HTMLParser):
    """Every piece of text with the language it is in (the nearest `lang`), the text of each
    block, and each table's rows as cells (text and the languages inside)."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str]] = []
        self.pieces: list[tuple[str, str]] = []  # (language, text)
        self.blocks: list[str] = []
        self.tables: dict[str, list[list[str]]] = {}
        self.section = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        lang = a.get("lang") or a.get("xml:lang") or (self.stack[-1][1] if self.stack else "")
        if tag == "section":
            self.section = a.get("aria-labelledby") or ""
        if tag in BLOCKS:
            self.blocks.append("")
        if tag == "tr":
            self.tables.setdefault(self.section, []).append([])
        if tag == "td":
            self.tables[self.section][-1].append("")
        if tag not in VOID:
            self.stack.append((tag, lang or ""))

    def handle_endtag(self, tag: str) -> None:
        while self.stack and tag not in VOID:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] in ("script", "style"):
            return
        self.pieces.append((self.stack[-1][1] if self.stack else "", data))
        if self.blocks:
            self.blocks[-1] += data
        if any(tag == "td" for tag, _ in self.stack) and self.section in self.tables:
            self.tables[self.section][-1][-1] += data

    def rows(self, section: str) -> list[list[str]]:
        """The body rows of the section's table (the head row has no <td>)."""
        return [row for row in self.tables[section] if row]

    @property
    def text(self) -> str:
        return "".join(text for _, text in self.pieces)


@cache
def page(lang: str) -> Page:
    result = run_cli("--lang", lang, "export", "--format", "html")
    assert result.exit_code == 0, result.stderr
    parsed = Page()
    parsed.feed(result.stdout)
    return parsed


# ── 5. each run in the other language is marked ─────────────────────────────────────────────


def test_every_chinese_run_on_the_english_page_is_marked_chinese() -> None:
    unmarked = [text for lang, text in page("en").pieces if lang != "zh" and CHINESE.search(text)]
    assert not unmarked, unmarked[:5]
    marked = [text for lang, text in page("en").pieces if lang == "zh"]
    assert "昆明市" in marked and "北京市" in marked  # names, quotes and titles are marked, not just found


def test_every_english_sentence_on_the_chinese_page_is_marked() -> None:
    unmarked = [text for lang, text in page("zh").pieces if lang == "zh" and ENGLISH_SENTENCE.search(text)]
    assert not unmarked, unmarked[:5]
    assert any(lang == "en" for lang, _ in page("zh").pieces)


def test_a_run_is_cut_where_the_language_changes() -> None:
    assert runs("the “粤省事” (Yueshengshi) app", "en") == [
        ("the “", False),
        ("粤省事", True),
        ("” (Yueshengshi) app", False),
    ]
    assert runs("“2019年12月启动” (started December 2019)", "en")[1] == ("2019年12月启动", True)
    assert runs("（来源：yybnet.net 2018-05，可信度中）", "zh")[1] == ("yybnet.net", True)
    assert runs("换发地方:昆明市,其中五华区10个街道", "en") == [("换发地方:昆明市,其中五华区10个街道", True)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_svg_marks_the_other_language_and_its_titles_are_one_language(lang: str) -> None:
    result = run_cli("--lang", lang, "map", "--format", "svg")
    root = ET.fromstring(result.stdout.encode("utf-8"))
    other = "zh" if lang == "en" else "en"

    def unmarked(element: ET.Element, inherited: str) -> list[str]:
        here = element.get(XML_LANG) or inherited
        found = [element.text] if element.text and here != other and _foreign(element.text, lang) else []
        for child in element:
            found += unmarked(child, here)
            if child.tail and here != other and _foreign(child.tail, lang):
                found.append(child.tail)
        return found

    for text in root.iter(f"{SVG}text"):
        assert not unmarked(text, lang), ET.tostring(text, encoding="unicode")
    for tspan in root.iter(f"{SVG}tspan"):
        assert tspan.get(XML_LANG) == tspan.get("lang") and tspan.get("lang") in (other, "und")
    if lang == "en":
        assert any(tspan.text == "北京" for tspan in root.iter(f"{SVG}tspan"))
    for title in root.iter(f"{SVG}title"):  # a <title> cannot mark a run: it is wholly in the figure's language
        assert not _foreign(title.text or "", lang), title.text
    assert not _foreign(root.findtext(f"{SVG}desc") or "", lang)


def _foreign(text: str, lang: str) -> bool:
    return bool(CHINESE.search(text)) if lang == "en" else bool(ENGLISH_SENTENCE.search(text))


# ── 1. confidence in the catalogue's words; the page's punctuation ─────────────────────────


def test_chinese_page_has_chinese_confidence_and_punctuation(dataset: Dataset) -> None:
    text = page("zh").text
    assert "可信度 " not in text and not CONFIDENCE_KEYS.search(text)
    caveats = [c for e in dataset.faq for c in e.caveats]
    # each caveat: （date，可信度<word>，address）— Chinese brackets and commas, the catalogue's word
    said = re.findall(r"，可信度(高|中高|中|中低|低)，https?://[^\s（）]+）", text)
    assert len(said) == len(caveats)
    assert all(f"{c.zh}（" in text for c in caveats)
    assert sorted(said) == sorted(i18n.confidence_word(c.confidence, "zh") for c in caveats)
    assert "undated" not in text and "日期不详（引用2017年的办法）" in text and "约2023年" in text  # dates in words
    assert f"（{dataset.as_of}）" in text


def test_english_page_writes_confidence_one_way(dataset: Dataset) -> None:
    text = page("en").text
    assert not CONFIDENCE_KEYS.search(text)  # never the data's key (Medium-High), always the word
    levels = re.findall(r"\bconfidence ([a-z-]+)\b", text)
    assert len(levels) >= sum(len(e.caveats) for e in dataset.faq)
    assert set(levels) <= {
        i18n.confidence_word(k, "en") for k in ("High", "Medium-High", "Medium", "Low-Medium", "Low")
    }
    assert "low-medium" in levels  # the faq's own level has its word too


# ── 2. a description is not a title ────────────────────────────────────────────────────────


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_bracketed_description_is_said_to_be_one_and_a_title_is_quoted(dataset: Dataset, lang: str) -> None:
    rows = page(lang).rows("sources")
    assert len(rows) == len(dataset.sources)
    for src, row in zip(dataset.sources, rows, strict=True):
        cell = row[0]
        if src.title.startswith("["):
            inner = src.title[1:-1]
            assert i18n.t("page.description", lang, text=inner) in cell, cell
            assert "《" + inner not in cell and "[" not in cell.replace(inner, ""), cell
        elif lang == "zh" or CHINESE.search(src.title):
            assert f"《{src.title}》" in cell, cell
        else:
            assert f"“{src.title}”" in cell, cell
    lead = next(block for block in page(lang).blocks if dataset.article["url"] in block)
    assert f"《{dataset.article['title']}》" in lead


# ── 3. English labels take ": ", places their pinyin, statuses the page's words ────────────


def test_english_page_has_no_chinese_colon_after_an_english_word() -> None:
    assert not re.search(r"[A-Za-z)’']\s*[：（]", page("en").text)


def test_english_records_name_every_place_with_its_pinyin(dataset: Dataset) -> None:
    rows = page("en").rows("records")
    assert len(rows) == len(dataset.regions)
    statuses = {i18n.status_word(s, "en") for s in ("issued", "issuing", "preparing")}
    for r, row in zip(dataset.regions, rows, strict=True):
        status, province, place = row[0], row[1], row[2]
        assert status in statuses
        assert province.startswith(r.province) and PLACE_WITH_PINYIN.fullmatch(province), province
        assert place.startswith(r.place) and PLACE_WITH_PINYIN.match(place), place


def test_supports_name_places_with_pinyin_in_english_and_status_words_in_chinese() -> None:
    en = " ".join(row[3] for row in page("en").rows("sources"))
    assert "北京市 (Beijing) preparing 2014" in en
    assert not re.search(r"[\u3400-\u9fff]+ (?:issued|issuing|preparing)\b", en)  # never a bare Chinese name
    zh = "".join(row[3] for row in page("zh").rows("sources"))
    assert "北京市 准备换发 2014" in zh and not re.search(r"\b(?:issued|issuing|preparing)\b", zh)


# ── 4. the Markdown table is for people, in the chosen language ────────────────────────────


def _markdown(lang: str) -> list[list[str]]:
    result = run_cli("--lang", lang, "status", "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("|")]
    return [[c.strip() for c in line.strip("|").split(" | ")] for line in lines if not line.startswith("|---")]


def test_markdown_in_chinese_is_chinese(dataset: Dataset) -> None:
    head, *rows = _markdown("zh")
    keys = ["label.province", "label.place", "label.code", "label.status", "label.pilot", "label.since", "label.source"]
    assert head == [i18n.t(k, "zh") for k in keys]
    assert len(rows) == len(dataset.regions)
    for r, row in zip(dataset.regions, rows, strict=True):
        assert row[3] == i18n.status_word(r.status, "zh") and row[4] == ("是" if r.pilot else "")
    assert not any(re.search(r"[A-Za-z]", " ".join(row[:6])) for row in rows)  # no true/false, no issuing


def test_markdown_in_english_has_pinyin_and_english_words(dataset: Dataset) -> None:
    head, *rows = _markdown("en")
    assert head[:4] == ["Province", "Place", "Code", "Status"]
    for r, row in zip(dataset.regions, rows, strict=True):
        assert row[0].startswith(r.province) and PLACE_WITH_PINYIN.fullmatch(row[0]), row[0]
        assert row[1].startswith(r.place) and PLACE_WITH_PINYIN.match(row[1]), row[1]
        assert row[3] == i18n.status_word(r.status, "en") and row[4] in ("yes", "")
        assert row[6].startswith("“") and row[6].endswith("”")  # the article's words, quoted


def test_csv_columns_for_scripts_stay_as_they_were() -> None:
    head = run_cli("--lang", "en", "status", "--format", "csv").stdout.splitlines()[0]
    assert head.startswith("id,province,place,code,level,status,pilot,since")


# ── 6. no “greater than” read aloud ────────────────────────────────────────────────────────


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_stage_order_is_in_words_everywhere(lang: str) -> None:
    arrow = re.compile(r"\w\s*>\s*\w")
    plain = run_cli("--lang", lang, "map", "--plain").stdout
    svg = run_cli("--lang", lang, "map", "--format", "svg").stdout
    desc = ET.fromstring(svg.encode("utf-8")).findtext(f"{SVG}desc") or ""
    for text in (plain, desc, page(lang).text):
        assert not arrow.search(text), arrow.search(text)
    words = ("已经发放、正在换发、准备换发",) if lang == "zh" else ("issued first, then issuing, then preparing",)
    assert all(w in plain and w in desc and w in page(lang).text for w in words)


def test_the_checks_catch_what_they_are_for() -> None:
    bad = Page()
    bad.feed('<html lang="en"><p>Source: 昆明市 <span lang="zh">北京市</span></p></html>')
    assert [t for lang, t in bad.pieces if lang != "zh" and CHINESE.search(t)] == ["Source: 昆明市 "]
    assert CONFIDENCE_KEYS.search("可信度 Medium-High") and not CONFIDENCE_KEYS.search("confidence medium-high")
