"""What a long batch keeps to go faster (names in memory, the township filter, worded next steps) changes no answer."""

from __future__ import annotations

import random
import sqlite3

import pytest

from cardinfo import batch, places
from cardinfo.lookup import Atlas
from cardinfo.models import Dataset, NextStep
from cardinfo.nextstep import next_steps
from cardinfo.paths import places_path
from cardinfo.places import Divisions
from cardinfo.textfind import landmark_after, named_after


def _township_keys(every: int) -> list[str]:
    con = sqlite3.connect(f"file:{places_path()}?mode=ro", uri=True)
    try:
        keys = [k for (k,) in con.execute("SELECT DISTINCT key FROM key WHERE kind IN (4, 5) ORDER BY key")]
    finally:
        con.close()
    return keys[::every]


def _with_and_without_filter() -> tuple[Divisions, Divisions]:
    """Two indexes with the names in memory; the second also with the township filter."""
    plain = Divisions(places_path())  # every other text asked of SQL
    plain.load_keys()
    filtered = Divisions(places_path())
    filtered.load_keys()
    filtered.load_town_filter()
    return plain, filtered


@pytest.mark.slow  # an exhaustive sweep: the full suite runs it
def test_the_township_filter_lets_every_township_name_through() -> None:
    plain, filtered = _with_and_without_filter()
    keys = _township_keys(every=97)
    assert len(keys) > 500
    for key in keys:
        assert filtered.lookup(key) == plain.lookup(key), key
    assert filtered.lookup_many(keys, townships=True) == plain.lookup_many(keys, townships=True)


@pytest.mark.slow  # 3,000 generated texts
def test_texts_that_are_no_township_find_what_sql_finds() -> None:
    plain, filtered = _with_and_without_filter()
    rnd = random.Random(7)
    chars = "东西南北中大小新城关镇乡街道苏木河山江湖口"
    texts = {"".join(rnd.choice(chars) for _ in range(rnd.randint(2, 6))) for _ in range(3000)}
    assert filtered.lookup_many(texts, townships=True) == plain.lookup_many(texts, townships=True)
    for text in sorted(texts)[:300]:
        assert filtered.lookup(text) == plain.lookup(text), text


def test_a_batch_keeps_only_its_last_few_townships(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(places, "TOWNS_KEPT", 5)
    plain = Divisions(places_path())
    kept = Divisions(places_path())
    kept.load_keys()
    con = sqlite3.connect(f"file:{places_path()}?mode=ro", uri=True)
    try:
        codes = [c for (c,) in con.execute("SELECT code FROM division WHERE level = 'township' LIMIT 40")]
    finally:
        con.close()
    for code in codes * 2:
        assert kept.place(code) == plain.place(code)
        assert len(kept._towns) <= 5


@pytest.mark.slow  # a long batch's loads
def test_answers_after_the_loads_a_long_batch_makes_are_the_single_answers(dataset: Dataset) -> None:
    queries = [
        "黑林铺街道", "重庆綦江石角镇", "四川省成都市青羊区府南街道北村5组31号", "我住在黑林铺街道", "伊金霍洛",
        "Guandu District, Kunming", "yunnan kunming guandu", "Kunming Shi", "Qi County", "Jilin City", "Hohhot",
        "北京路", "广州市中山大学", "南京东路", "石门二路", "北京西站", "吉林中国新加坡食品区",
    ]  # fmt: skip
    single = Atlas(dataset, Divisions(places_path()))
    long = Atlas(dataset, Divisions(places_path()))
    long.divisions.load_keys()
    long.divisions.load_town_filter()
    for q in queries:
        try:
            one = single.answer(q, suggest=False)
        except Exception as exc:
            with pytest.raises(type(exc)):
                long.answer(q, suggest=False)
            continue
        other = long.answer(q, suggest=False)
        assert (one.match, one.place, one.also, one.matched_text, one.candidates) == (
            other.match,
            other.place,
            other.also,
            other.matched_text,
            other.candidates,
        ), q


@pytest.mark.parametrize(
    ("text", "end", "road", "landmark"),
    [
        ("北京路", 2, True, False),
        ("南京东路", 2, True, False),
        ("石门二路", 2, True, False),
        ("中山大马路", 2, True, False),
        ("中山村", 2, True, False),
        ("北京小区", 2, True, False),
        ("中山大学", 2, False, True),
        ("北京西站", 2, False, True),
        ("北京东南站", 2, False, True),
        ("北京医院", 2, False, True),
        ("北京", 2, False, False),
        ("北京东", 2, False, False),
        ("北京东西南", 2, False, False),
        ("北京市", 2, False, False),
    ],
)
def test_roads_and_landmarks_named_after_a_place(text: str, end: int, road: bool, landmark: bool) -> None:
    assert named_after(text, end) is road
    assert landmark_after(text, end) is landmark


def test_next_steps_are_worded_from_the_dataset_asked_about(dataset: Dataset, atlas: Atlas) -> None:
    answer = atlas.answer("盘龙区")
    zh = next_steps(answer, dataset, "zh")
    assert next_steps(answer, dataset, "zh") == zh
    en = next_steps(answer, dataset, "en")
    assert "盘龙区 (Panlong)" in en[0] and "（户籍在盘龙区的" in zh[0] and en[0].startswith("Ask ")
    other = dataset._replace(next_steps=(NextStep("另一步。", "Another step.", ()),))
    assert next_steps(answer, other, "zh")[0].startswith("另一步。")
    assert next_steps(answer, other, "en")[0].startswith("Another step.")
    assert next_steps(answer, dataset, "zh") == zh


@pytest.mark.slow  # a long batch's loads
def test_rows_of_a_long_batch_are_the_rows_of_a_short_one(dataset: Dataset) -> None:
    lines = ["昆明", "云南省昆明市盘龙区拓东路1号", "黑林铺街道", "Kunming, Yunnan", "吉林", "昆朋", "九龙"]
    short = list(batch.rows(dataset, Atlas(dataset, Divisions(places_path())), batch.lines_of(lines)))
    atlas = Atlas(dataset, Divisions(places_path()))
    atlas.divisions.load_keys()
    atlas.divisions.load_town_filter()
    assert list(batch.rows(dataset, atlas, batch.lines_of(lines))) == short
