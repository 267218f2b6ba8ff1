"""Text answers: each fact with its source and date in the reader's language, the next step last."""

from __future__ import annotations

from typing import Any

import pytest

from cardinfo.idnumber import check_digit
from cardinfo.models import Dataset
from tests.test_lang_all import chinese_left, english_sentence

LANGS = ("zh", "en")
NEXT = {"zh": "下一步：", "en": "What to do next: "}


def plain(cli: Any, lang: str, *args: str, code: int = 0) -> str:
    result = cli("--plain", "--lang", lang, *args)
    assert result.exit_code == code, result.stderr
    return str(result.stdout)


def other_language(line: str, lang: str) -> str:
    """Prose of the other language: Chinese outside names and quotes (English); an English sentence (Chinese)."""
    return chinese_left(line) if lang == "en" else english_sentence(line)


def caveat_lines(out: str, lang: str) -> list[str]:
    label = "资料补充：" if lang == "zh" else "What other sources add: "
    return [line for line in out.splitlines() if line.startswith(label)]


# ── 1, 2: FAQ caveats say who, when and how sure, in the reader's words ────────────────────


@pytest.mark.parametrize("lang", LANGS)
def test_faq_caveats_cite_publisher_date_and_confidence_in_the_readers_words(
    cli: Any, dataset: Dataset, lang: str
) -> None:
    out = plain(cli, lang, "faq", "--all")
    lines = caveat_lines(out, lang)
    assert len(lines) == sum(len(e.caveats) for e in dataset.faq)
    keys = ("Low-Medium", "Medium", "High", "Confidence ") + (("undated", "c. 20") if lang == "zh" else ())
    for word in keys:  # the data's own keys, never shown as they are
        assert not [line for line in lines if word in line], word
    if lang == "zh":
        assert all("可信度" in line and "可信度 " not in line for line in lines)
        assert any("日期不详（引用2017年的办法），可信度中高" in line for line in lines)
        assert any("约2020–21年，可信度中低" in line for line in lines)
        assert any("约2023年，可信度中" in line for line in lines)
    else:
        assert all(", confidence " in line for line in lines)
        assert any("confidence low-medium" in line for line in lines)
    for line in lines:
        assert not other_language(line, lang), line


@pytest.mark.parametrize("lang", LANGS)
def test_faq_caveats_name_their_publisher(cli: Any, dataset: Dataset, lang: str) -> None:
    by_url = {s.url: s for s in dataset.sources}
    entry = next(e for e in dataset.faq if e.key == "expired")
    lines = caveat_lines(plain(cli, lang, "faq", "expired"), lang)
    assert len(lines) == len(entry.caveats)
    for line, caveat in zip(lines, entry.caveats, strict=True):
        assert by_url[caveat.url].publisher in line, line


# ── 3: a [description] is the tool's words, labelled as such and never quoted as a title ────


@pytest.mark.parametrize("lang", LANGS)
def test_source_descriptions_are_labelled_and_never_quoted_as_titles(cli: Any, dataset: Dataset, lang: str) -> None:
    out = plain(cli, lang, "sources")
    described = [s for s in dataset.sources if s.title.startswith("[")]
    assert described
    for src in described:
        words = src.title[1:-1]
        assert f"《{src.title}》" not in out and f"《{words}》" not in out and src.title not in out
        lines = [line for line in out.splitlines() if line.endswith((f"：{words}", f": {words}", f"“{words}”"))]
        assert lines, words
        for line in lines:
            assert line.startswith("页面描述（本工具所写" if lang == "zh" else "Description (ours"), line
            assert not other_language(line, lang), line
    titled = next(s for s in dataset.sources if not s.title.startswith("["))
    assert ("标题：" if lang == "zh" else "Title: ") in out and titled.title in out


# ── 4: the match line says "the article", as the Chinese 文中 does ──────────────────────────


@pytest.mark.parametrize("place", ["师宗县", "邵阳"])
def test_english_match_line_speaks_of_the_article(cli: Any, place: str) -> None:
    out = plain(cli, "en", "region", place)
    [line] = [line for line in out.splitlines() if line.startswith("Match: ")]
    assert "the article" in line and "the source" not in line
    zh = plain(cli, "zh", "region", place)
    assert "匹配：文中" in zh


# ── 5: the timeline's quotes come from several sources ──────────────────────────────────


def test_timeline_labels_quotes_as_the_sources_words(cli: Any, dataset: Dataset) -> None:
    en = plain(cli, "en", "timeline")
    assert "article's words" not in en
    assert en.count("Source's words: ") == len(dataset.timeline)
    assert plain(cli, "zh", "timeline").count("原文：") == len(dataset.timeline)


# ── 6: no fact without its source and date ─────────────────────────────────────────────


@pytest.mark.parametrize("lang", LANGS)
def test_ambiguous_candidates_carry_their_source_and_date(cli: Any, dataset: Dataset, lang: str) -> None:
    data = cli("--lang", lang, "region", "朝阳区", "--format", "json").json()
    out = plain(cli, lang, "region", "朝阳区")
    assert len(data["candidates"]) >= 2
    for c in data["candidates"]:
        [line] = [line for line in out.splitlines() if f"cardinfo region {c['code']}" in line and "—" in line]
        basis = c["basis"]
        assert basis is not None
        assert not basis["date"] or basis["date"] in line
        record = next((r for r in dataset.regions if r.id == basis["id"]), None)
        report = next((r for r in dataset.reports if r.id == basis["id"]), None)
        source_id = record.source.id if record else report.source if report else ""
        source = dataset.source(source_id)
        assert source is not None and source.publisher in line and ("可信度" if lang == "zh" else "confidence") in line
        assert not other_language(line.split("—")[0], lang), line


@pytest.mark.parametrize("lang", LANGS)
def test_other_records_in_the_province_name_their_source(cli: Any, dataset: Dataset, lang: str) -> None:
    out = plain(cli, lang, "region", "昆明")
    label = "同省其他记录：" if lang == "zh" else "Other records in the province: "
    lines = out.split(label, 1)[1].split("\n\n", 1)[0].strip().splitlines()
    assert lines
    article = dataset.source("article")
    assert article is not None
    for line in lines:
        assert f"{article.publisher} {article.date}" in line, line


def _certificate() -> str:
    first17 = "53010219900101123"
    return first17 + check_digit(first17) + "43"


@pytest.mark.parametrize("lang", LANGS)
def test_number_cites_the_rules_its_parts_come_from(cli: Any, lang: str) -> None:
    out = plain(cli, lang, "number", _certificate())
    [rules] = [line for line in out.splitlines() if line.startswith(("依据：", "Rules: "))]
    if lang == "zh":
        assert "《残疾人证管理办法》（2017年修订）第五条" in rules and "第二十条" in rules
    else:
        assert "Disability Certificate Rules (2017 revision), Art. 5" in rules and "Art. 20" in rules
    assert "GB 11643-1999" in rules
    assert not other_language(rules, lang), rules
    resident = plain(cli, lang, "number", _certificate()[:18])
    assert "GB 11643-1999" in resident and "Art. 5" not in resident and "第五条" not in resident


# ── 7: every answer ends with the next step ─────────────────────────────────────────────


def _next_block(out: str, lang: str) -> list[str]:
    assert NEXT[lang] in out, out[-400:]
    return out.rsplit(NEXT[lang], 1)[1].split("\n\n", 1)[0].strip().splitlines()


@pytest.mark.parametrize("lang", LANGS)
def test_region_ends_with_the_next_step_then_the_article(cli: Any, dataset: Dataset, lang: str) -> None:
    out = plain(cli, lang, "region", "昆明")
    related = "同省其他记录：" if lang == "zh" else "Other records in the province: "
    assert out.index(related) < out.rindex(NEXT[lang])
    tail = out.rsplit(NEXT[lang], 1)[1].split("\n\n")
    assert len(tail) == 2 and dataset.article["url"] in tail[1]  # only the article's footer after it


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "args", [["status"], ["summary"], ["timeline"], ["sources"], ["map"]], ids=lambda a: "-".join(a)
)
def test_answers_about_no_one_place_end_with_a_sourced_next_step(cli: Any, lang: str, args: list[str]) -> None:
    out = plain(cli, lang, *args)
    steps = _next_block(out, lang)
    assert steps and all(("（来源：" if lang == "zh" else " (source: ") in step for step in steps)
    assert any("12385" in step for step in steps)
    after = out.rsplit(NEXT[lang], 1)[1].split("\n\n")[1:]
    assert all("http" in part for part in after if part.strip())  # at most the article's footer follows
    for step in steps:
        assert not other_language(step, lang), step


@pytest.mark.parametrize("lang", LANGS)
def test_number_ends_with_what_to_do(cli: Any, lang: str) -> None:
    valid = plain(cli, lang, "number", _certificate())
    steps = _next_block(valid, lang)
    assert any("12385" in s for s in steps)
    bad = _certificate()[:-3] + ("0" if _certificate()[-3] != "0" else "1") + "43"
    invalid = plain(cli, lang, "number", bad, code=1)
    retype = _next_block(invalid, lang)
    assert len(retype) == len(steps) + 1
    assert ("重新输入" if lang == "zh" else "type it again") in retype[0]
    assert invalid.rstrip().endswith(retype[-1].strip())
    for step in retype:
        assert not other_language(step, lang), step


def test_json_shapes_are_unchanged(cli: Any) -> None:
    data = cli("number", _certificate(), "--format", "json").json()
    assert "next_step" not in data and "rules" not in data
    assert isinstance(cli("timeline", "--format", "json").json(), list | dict)
