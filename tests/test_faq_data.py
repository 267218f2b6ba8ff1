"""The FAQ's answers: every fact with its source, honest where the sources are silent, and checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cardinfo.models import Dataset
from tests.helpers import replace

CONFIDENCE = ("High", "Medium-High", "Medium", "Low-Medium", "Low")
NEW_TOPICS = ["apply", "replace", "documents", "number", "functions", "transfer", "expired", "contact"]


def topic(dataset: Dataset, key: str) -> Any:
    return next(e for e in dataset.faq if e.key == key)


def test_topics_and_their_sources(dataset: Dataset) -> None:
    keys = [e.key for e in dataset.faq]
    assert keys[8:] == NEW_TOPICS
    for e in dataset.faq:
        assert e.question["zh"] and e.question["en"] and e.answer["zh"] and e.answer["en"]
        assert e.source or e.caveats, e.key
        for c in e.caveats:
            assert c.url.startswith(("http://", "https://")) and c.date and c.zh and c.en
            assert c.confidence in CONFIDENCE


def test_where_the_article_is_silent_the_answer_says_so(dataset: Dataset, cli: Any) -> None:
    silent = [e for e in dataset.faq if not e.source]
    assert {e.key for e in silent} == {"replace", "number", "transfer", "contact"}
    for e in silent:
        assert "文中没有" in e.answer["zh"] and "article" in e.answer["en"], e.key
        assert len(e.caveats) >= 2  # every fact of the answer rests on a dated source instead
    answer = cli("faq", "replace", "--format", "json").json()
    assert answer["source"]["text"] is None and answer["caveats"]
    assert "文中没有谈到这个问题" in cli("faq", "replace").stdout
    assert "the article does not discuss this" in cli("--lang", "en", "faq", "replace").stdout


def test_documents_says_plainly_that_no_source_lists_them(dataset: Dataset) -> None:
    e = topic(dataset, "documents")
    assert "没有列出" in e.answer["zh"] and "No source found lists the documents" in e.answer["en"]
    assert "12385" in e.answer["zh"] and "县级残联" in e.answer["zh"]


def test_apply_names_the_county_federation_and_the_2021_rule(dataset: Dataset) -> None:
    e = topic(dataset, "apply")
    assert "县级残联" in e.answer["zh"] and "2021年6月28日" in e.answer["zh"] and "居住证" in e.answer["zh"]
    assert "2021-06-28" in e.answer["en"] and "residence permit" in e.answer["en"]
    assert any(c.date == "2021-06-28" and c.confidence == "High" for c in e.caveats)
    online = [c for c in e.caveats if "网上" in c.zh or "小程序" in c.zh or "粤省事" in c.zh]
    assert len(online) >= 2  # online channels only as sourced, each with its own source


def test_replace_cites_articles_20_and_21_and_the_suffix(dataset: Dataset) -> None:
    e = topic(dataset, "replace")
    assert "第二十条" in e.answer["zh"] and "第二十一条" in e.answer["zh"] and "B1" in e.answer["zh"]
    assert "Art. 20" in e.answer["en"] and "Art. 21" in e.answer["en"] and "B2" in e.answer["en"]


def test_number_explains_20_and_22_characters(dataset: Dataset) -> None:
    e = topic(dataset, "number")
    assert "20位" in e.answer["zh"] and "22位" in e.answer["zh"]
    assert "18-digit" in e.answer["en"] and "7 multiple" in e.answer["en"]


def test_functions_are_local_and_every_city_has_its_source(dataset: Dataset) -> None:
    e = topic(dataset, "functions")
    assert "各地不同" in e.answer["zh"] and "differ from place to place" in e.answer["en"]
    cities = [c for c in e.caveats if "：" in c.zh[:6]]
    assert {c.zh.split("：")[0] for c in cities} >= {"天津", "福州", "昆明", "北京"}
    assert any(c.confidence == "Low" for c in cities)  # weak reports stay marked as weak


def test_contact_gives_12385_and_its_source(dataset: Dataset) -> None:
    e = topic(dataset, "contact")
    assert "12385" in e.answer["zh"] and "12385" in e.answer["en"]
    assert any("12385" in c.zh and c.confidence == "High" for c in e.caveats)


def test_transfer_keeps_its_weak_source_marked(dataset: Dataset) -> None:
    e = topic(dataset, "transfer")
    assert {c.confidence for c in e.caveats} == {"High", "Low-Medium"}
    assert "可信度不高" in e.answer["zh"] and "weak" in e.answer["en"]


def test_new_topics_answer_on_the_command_line(cli: Any) -> None:
    for key in NEW_TOPICS:
        for lang in ("zh", "en"):
            result = cli("--lang", lang, "faq", key, "--format", "json")
            assert result.exit_code == 0, result.stderr
            answer = result.json()
            assert answer["topic"] == key and answer["answer"] and answer["caveats"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    weak:\n      zh: [还能用,", "    weak:\n      zh: 还能用\n      xx: [还能用,", "weak"),
        ("    avoid:\n      zh: [公交,", "    avoid:\n      fr: [公交,", "avoid.fr"),
        ("        confidence: Low-Medium\n", "        confidence: Lowish\n", "confidence"),
    ],
)
def test_bad_matching_words_are_caught(cli: Any, data_copy: Path, old: str, new: str, expected: str) -> None:
    replace(data_copy / "faq.yaml", old, new)
    check = cli("data", "check", str(data_copy))
    assert check.exit_code == 3 and expected in check.stderr and "faq.yaml:" in check.stderr


def test_a_topic_without_any_source_is_refused(cli: Any, data_copy: Path) -> None:
    path = data_copy / "faq.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - key: contact\n")
    caveats = text.index("    caveats:\n", start)
    end = text.index("\ntimeline:", start)
    path.write_text(text[:caveats] + "    caveats: []\n" + text[end + 1 :], encoding="utf-8")
    check = cli("data", "check", str(data_copy))
    assert check.exit_code == 3 and "source" in check.stderr
