"""Titles of works, lines of classical poems, sports clubs, brands and internet phrases (data/works.csv) that hold a
place's name name no place."""

from __future__ import annotations

import csv
import sqlite3
from typing import Any

import pytest

from cardinfo.lookup import Atlas
from tests.helpers import DATA, REPO, assert_found_in_text, named_codes

KINDS = {"novel", "poem", "verse", "film", "drama", "song", "game", "club", "brand", "slang"}


def _titles() -> list[dict[str, str]]:
    lines = (DATA / "works.csv").read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader(line for line in lines if line[:1] != "#"))


ROWS = _titles()
TITLES = [row["title"] for row in ROWS]
# Names the data also knows as aliases (regions.yaml): the text finder reads aliases apart from the
# index's names, so the titles these open are checked on their own (the spans of words.csv hold both).
ALIAS_LED = ("北京", "深圳", "广东")
PLAIN = [t for t in TITLES if not t.startswith(ALIAS_LED)]
ALIASED = [t for t in TITLES if t.startswith(ALIAS_LED)]
LINYI = "371300"


def _index() -> tuple[set[str], set[str], dict[str, str]]:
    con = sqlite3.connect(f"file:{DATA / 'places.sqlite'}?mode=ro", uri=True)
    names = {
        key
        for (key,) in con.execute(
            "SELECT k.key FROM key k JOIN division d ON d.code = k.code"
            " WHERE k.kind IN (0, 1) AND d.level != 'township' AND length(k.key) >= 2"
        )
    }
    keys = {key for (key,) in con.execute("SELECT key FROM key")}
    t2s = dict(con.execute("SELECT t, s FROM t2s"))
    con.close()
    return names, keys, t2s


def test_each_row_is_sourced_and_holds_a_division_s_name() -> None:
    names, keys, t2s = _index()
    assert len(ROWS) >= 120 and len(set(TITLES)) == len(TITLES)
    for row in ROWS:
        title = row["title"]
        assert row["kind"] in KINDS, title
        assert row["source"].startswith(("http://", "https://")), title
        quote = "".join(t2s.get(ch, ch) for ch in row["quote"])  # some pages write traditional characters
        assert title in quote, title
        assert 3 <= len(title) <= 8 and title not in keys, title
        assert any(title[a:b] in names for a in range(len(title)) for b in range(a + 2, len(title) + 1)), title


def test_each_title_is_an_idiom_row_of_words_csv() -> None:
    lines = (DATA / "words.csv").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("# and data/works.csv") for line in lines)
    kinds = {row["word"]: row["kind"] for row in csv.DictReader(line for line in lines if line[:1] != "#")}
    for title in TITLES:  # idiom rows are 4-7 characters; 琅琊榜 and 吐鲁番的葡萄熟了 are phrases, read alike
        assert kinds.get(title) == ("idiom" if 4 <= len(title) <= 7 else "phrase"), title


def test_names_people_use_for_a_place_or_a_firm_there_are_left_out() -> None:
    for name in (
        "山东泰山",
        "红塔山",
        "青岛啤酒",
        "崂山矿泉水",
        "上海滩",
        "芙蓉镇",
        "南泥湾",
        "红岩",
        "边城",
        "东方红",
    ):
        assert name not in TITLES, name
    for name in (
        "浏阳河",
        "漠河舞厅",
        "登岳阳楼",
        "贵州茅台",
        "北京首钢",
        "达坂城的姑娘",
        "大连万达",
        "青岛西海岸",
        "长春亚泰",
    ):
        assert name not in TITLES, name


def test_names_left_out_in_pass_35_are_no_rows() -> None:
    """A place's name alone (金州, 白沙), a firm seated in the place it names (北京奔驰, 南京大牌档), a
    product whose own place's institutions open with its name (宜兴紫砂厂, 龙泉青瓷博物馆), a name that also
    opens a police station's (泰山派出所) or a contest's (决战长沙), a club playing as a place (福建晋江文旅), a
    former prefecture's name (宁国府), and names that run into the next word of a text about the place:
    福田汽车站, 永安行政服务中心, 莆田系统, 大田市民政局, 邯郸记者站, 在广陵散步, 凭借荆州."""
    for name in (
        "福田汽车",
        "永安行",
        "莆田系",
        "大田市民",
        "邯郸记",
        "广陵散",
        "借荆州",
        "宁国府",
        "金州",
        "白沙",
        "北京现代",
        "上海大众",
        "北京奔驰",
        "天津狗不理",
        "南京大牌档",
        "新会陈皮",
        "宜兴紫砂",
        "龙泉青瓷",
        "湾仔码头",
        "泰山派",
        "战长沙",
        "福建晋江文旅",
    ):
        assert name not in TITLES, name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("我住在大连金州区，爱看金州勇士，三代证怎么办", "210213"),
        ("祝你幸福安康，我在福安市，残疾证怎么换", "350981"),
        ("我住在菏泽牡丹区，喜欢看牡丹亭", "371702"),
        ("大意失荆州啊，我在荆州市办证", "421000"),
        ("我住在凤凰县，爱喝凤凰单丛", "433123"),
    ],
)
def test_a_place_beside_a_pass_35_title_is_the_answer(atlas: Atlas, text: str, code: str) -> None:
    assert_found_in_text(atlas, text, code)


@pytest.mark.parametrize("title", PLAIN)
def test_a_title_alone_or_in_a_question_names_no_place(atlas: Atlas, title: str) -> None:
    assert named_codes(atlas, title) == set(), title
    assert named_codes(atlas, f"我在看{title}，三代证怎么办") == set(), title


@pytest.mark.parametrize("title", PLAIN)
def test_a_real_place_beside_a_title_is_the_answer(atlas: Atlas, title: str) -> None:
    assert_found_in_text(atlas, f"我在临沂看{title}", LINYI)


@pytest.mark.parametrize("title", ALIASED)
def test_a_title_an_alias_opens_names_no_place(atlas: Atlas, title: str) -> None:
    """北京, 深圳, 广东 are also the data's aliases, which are read outside the index's names: the
    spans of words.csv hold them too."""
    assert named_codes(atlas, title) == set(), title


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("我在临沂看琅琊榜", LINYI),
        ("我在滁州，昨晚看了琅琊榜", "341100"),
        ("宁德时代的员工，住在福州鼓楼区，能办三代证吗", "350102"),
        ("成都蓉城的球迷，家在武侯区", "510107"),
    ],
)
def test_the_place_a_text_names_beside_a_title_wins(atlas: Atlas, text: str, code: str) -> None:
    assert_found_in_text(atlas, text, code)


def test_the_cli_reads_a_title_as_no_place(cli: Any) -> None:
    result = cli("region", "我在看琅琊榜，三代证怎么办", "--format", "json")
    assert result.exit_code == 1 and result.stdout == "", result.stdout  # not found, said on stderr
    assert "琅琊" in result.stderr


def test_provenance_describes_the_list() -> None:
    provenance = (REPO / "data" / "PROVENANCE.md").read_text(encoding="utf-8")
    section = provenance[provenance.index("## Titles of works, clubs and brands in `works.csv`") :]
    for word in ("--works", "idiom", "山东泰山", "青岛啤酒", str(len(TITLES))):
        assert word in section, word
