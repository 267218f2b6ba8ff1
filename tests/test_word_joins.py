"""Two everyday words that meet and spell a place's name are no place (完成都还两说: 完成 + 都, no
成都); the same name where the words around keep it whole is one (太原始终是我的家). The words are
cut by their counts (data/lexicon.csv, from jieba's dictionary; src/cardinfo/segment.py)."""

from __future__ import annotations

import csv
import sqlite3

import pytest

from cardinfo import segment
from cardinfo.lookup import Atlas
from tests.helpers import DATA, assert_answers_code, named_codes

JOINS = [
    "这件事最后能不能完成都还两说",  # 完成 + 都: no 成都
    "这游戏的画面也太原始了吧",  # 太 + 原始: no 太原
    "快递员当面打开封条让我验货",  # 打开 + 封条: no 开封
    "我们约定西餐厅门口碰头",  # 约定 + 西餐厅: no 定西
    "我今天忙得一天水都没顾上喝",  # 一天 + 水: no 天水
    "祝你一路平安顺利到家",  # 平安 + 顺利: no 安顺
    "表格如需修改则要重新提交",  # 修改 + 则: no 改则
    "每天等公交都要等半小时",  # 每天 + 等: no 天等
    "设置新密码要八位以上",  # 新 + 密码: no 新密
    "周五下午单位组织上党课",  # 上 + 党课: no 上党区
]


@pytest.mark.parametrize("text", JOINS)
def test_words_that_meet_and_spell_a_name_are_no_place(atlas: Atlas, text: str) -> None:
    assert named_codes(atlas, text) == set()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("太原始终是我的家，三代证办了吗", "140100"),  # 太原 + 始终, not 太 + 原始 + 终
        ("毕业以后回长沙发展了", "430100"),  # 长沙 + 发展, not 长 + 沙发 + 展
        ("我妈一直在天水生活", "620500"),
        ("家里老人住开封城里", "410200"),
        ("元阳新街镇的梯田", "532528"),  # 阳新 is another county's name: names meeting are not words
        ("和田地", "653200"),  # a few characters: a name typed (和田地区), not 和 + 田地
        ("三明天就要交材料了", "350400"),  # a name that opens the text: 三明 + 天, not 三 + 明天
        ("我家离开封不远，残疾证去哪办", "410200"),  # after 离 or 在: where someone is
        ("我的户口在太原来问问", "140100"),
    ],
)
def test_the_same_names_kept_whole_by_the_words_around_are_places(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


def test_the_best_cut_is_the_likeliest_product_of_counts() -> None:
    counts = {"完成": 16365, "成都": 2770, "都": 202780, "完": 13042, "还": 90000}
    assert segment.best_cut("完成都还", counts, 60_000_000) == [2, 3, 4]  # 完成 | 都 | 还
    counts["成都"] = 10**7
    assert segment.best_cut("完成都还", counts, 60_000_000) == [1, 3, 4]  # 完 | 成都 | 还


def test_a_word_holding_the_whole_name_does_not_cross_it() -> None:
    counts = {"崇明岛": 500, "崇明": 300, "上": 100000, "岛上": 400}
    assert not segment.crossed("崇明岛上", 0, 2, counts, 60_000_000)  # 崇明岛 | 上
    assert segment.crossed("太原始了", 0, 2, {"太原": 1284, "原始": 3432, "太": 24899, "了": 900000}, 60_000_000)


@pytest.mark.slow  # every word of the lexicon
def test_the_index_carries_the_lexicon_with_every_name_counted() -> None:
    lines = (line for line in (DATA / "lexicon.csv").read_text(encoding="utf-8").splitlines() if line[:1] != "#")
    counts = {r["word"]: int(r["count"]) for r in csv.DictReader(lines)}
    con = sqlite3.connect(f"file:{DATA / 'places.sqlite'}?mode=ro", uri=True)
    try:
        table = dict(con.execute("SELECT word, count FROM lexicon"))
        shorts = {s for (s,) in con.execute("SELECT short FROM division WHERE level != 'township'") if 2 <= len(s) <= 3}
        total = int(con.execute("SELECT value FROM meta WHERE key = 'lexicon_total'").fetchone()[0])
    finally:
        con.close()
    assert len(counts) > 90_000 and counts.keys() <= table.keys()
    assert all(table[w] == max(c, 100) if w in shorts else table[w] >= c for w, c in counts.items())
    assert all(table[s] >= 100 for s in shorts)
    assert total == sum(table.values())


@pytest.mark.parametrize("text", ["高明！这招实在是高明", "这个办法相当高明", "那人十分大方"])
def test_a_word_of_degree_before_a_name_makes_it_what_someone_is_like(atlas: Atlas, text: str) -> None:
    assert named_codes(atlas, text) == set()


@pytest.mark.parametrize(("text", "code"), [("我在大方", "520521"), ("很多人在大方上班", "520521")])
def test_the_same_names_where_someone_is_are_places(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)
