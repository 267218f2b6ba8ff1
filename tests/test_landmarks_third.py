"""The third landmarks pass (eighth session): old streets, neighbourhoods, business districts, temples
and parks of big cities and short names of 5A areas in data/landmarks.csv (五道口, 国贸, 簋街, 平江路,
曾厝垵, 文殊坊, 茶卡盐湖), and city nicknames and old names in data/short_forms.csv (四九城, 九朝古都,
十里洋场, 九省通衢, 北国春城, 热河). Each answers its place typed alone and inside a sentence; a
division the text names still wins where it disagrees; and the nicknames that read across words
(雾都 in 大雾都, 神都 in 精神都) stay out.

Expected codes are the official ones of data/divisions/divisions.csv (a test checks each pair).
"""

from __future__ import annotations

import csv
from typing import Any

import pytest

from cardinfo.lookup import Atlas
from tests.helpers import REPO, assert_answers_alone, assert_codes_are_official, assert_found_in_text, named_codes

# (what a person types, official name, code, matched_by)
ALONE = [
    ("五道口", "海淀区", "110108", "landmark"),
    ("国贸", "朝阳区", "110105", "landmark"),
    ("簋街", "东城区", "110101", "landmark"),
    ("后海", "西城区", "110102", "landmark"),
    ("紫禁城", "东城区", "110101", "landmark"),
    ("八大处", "石景山区", "110107", "landmark"),
    ("云居寺", "房山区", "110111", "landmark"),
    ("武康路", "徐汇区", "310104", "landmark"),
    ("龙华寺", "徐汇区", "310104", "landmark"),  # not 深圳's or 海口's 龙华区
    ("小雁塔", "碑林区", "610103", "landmark"),  # not 雁塔区, which 大雁塔 lies in
    ("大兴善寺", "雁塔区", "610113", "landmark"),  # not 北京's 大兴区
    ("中央大街", "道里区", "230102", "landmark"),  # short name of the row 哈尔滨中央大街
    ("锦里", "武侯区", "510107", "landmark"),  # short name of the row 锦里古街
    ("中山纪念堂", "越秀区", "440104", "landmark"),  # not 中山市
    ("曾厝垵", "思明区", "350203", "landmark"),
    ("平江路", "姑苏区", "320508", "landmark"),
    ("李子坝", "渝中区", "500103", "landmark"),
    ("白公馆", "沙坪坝区", "500106", "landmark"),
    ("黎黄陂路", "江岸区", "420102", "landmark"),
    ("赵州桥", "赵县", "130133", "landmark"),
    ("水立方", "朝阳区", "110105", "landmark"),
    ("戒台寺", "门头沟区", "110109", "landmark"),
    ("文殊坊", "青羊区", "510105", "landmark"),
    ("大相国寺", "鼓楼区", "410204", "landmark"),  # 开封's, not 南京's, 福州's or 徐州's
    ("茶卡盐湖", "乌兰县", "632821", "landmark"),  # not 运城's 盐湖区
    ("钟山风景名胜区", "玄武区", "320102", "landmark"),  # not 钟山县 or 钟山区
]
# (the name, official name, code): nicknames and old names, typed alone
NICKNAMES = [
    ("四九城", "北京市", "110000"),
    ("十里洋场", "上海市", "310000"),
    ("九朝古都", "洛阳市", "410300"),
    ("六朝古都", "南京市", "320100"),
    ("八朝古都", "开封市", "410200"),
    ("九省通衢", "武汉市", "420100"),
    ("北国春城", "长春市", "220100"),  # not 昆明, whose 春城 it holds
    ("东方莫斯科", "哈尔滨市", "230100"),
    ("邕州", "南宁市", "450100"),
    ("毗陵", "常州市", "320400"),
    ("红色故都", "瑞金市", "360781"),
    ("昌南", "景德镇市", "360200"),
]
# (the name, the city it answers, the township of that name the row names)
SHARED = [
    ("热河", "130800", "513424115"),  # 德昌县热河镇
]
# (text, the code the answer is or lies in)
IN_TEXT = [
    ("我家就在五道口附近", "110108"),
    ("我在国贸上班", "110105"),
    ("家住簋街旁边的胡同", "110101"),
    ("我在清华大学读书", "110108"),
    ("住在武康路附近的老房子", "310104"),
    ("我家就在小雁塔附近", "610103"),
    ("我在曾厝垵开民宿", "350203"),
    ("家住平江路边上", "320508"),
    ("我家就在大慈寺附近", "510104"),
    ("住在李子坝那边", "500103"),
    ("我家在四九城", "110000"),
    ("老家在九朝古都", "410300"),
    ("我在九省通衢的武昌上班", "420106"),
    ("我在水立方游泳", "110105"),
    ("老家在赵州桥附近", "130133"),
    ("住在七宝古镇旁边", "310112"),
]
# (text, code): a division the text names that disagrees with the sight wins
DIVISION_WINS = [
    ("北京的国贸展览", "110000"),
    ("深圳国贸", "440300"),  # 深圳's own 国贸 is no row: the city stands
    ("上海的西单", "310000"),
    ("杭州的中央大街", "330100"),
    ("北海市北海公园", "450500"),  # 北海公园 holds the city's name: the city the text names stands
    ("湖南平江县平江路", "430626"),  # and 平江路 the county's
    ("南京城墙", "320100"),
    ("南京市龙华寺", "320100"),
    ("西安市雁塔区小雁塔", "610113"),  # the text names the district: it wins over the sight's 碑林区
]
# (text, the code it must not answer): names left out because a sentence reads them where they are
# no place, or because several cities bear them as much
LEFT_OUT = [
    ("华夏城市发展论坛", "371002"),  # 华夏城 (威海's 5A area) inside 华夏城市
    ("今天大雾都看不清", "500000"),  # 雾都 (重庆)
    ("这些陶都是手工做的", "320282"),  # 陶都 (宜兴)
    ("金银铜锡都有", "532501"),  # 锡都 (个旧)
    ("奉天承运皇帝诏曰", "210100"),  # 奉天 (沈阳)
    ("青岛啤酒城", "510500"),  # 酒城 (泸州) inside 啤酒城
    ("刺桐花开了", "350500"),  # 刺桐 (泉州): a tree
    ("老汉口述历史", "420100"),  # 汉口 (武汉) across 老汉 口述
    ("男子汉口头上说", "420100"),
    # left out after a regression hunt (2026-11-30): 京城 reads across 东京城市 and names Seoul's old
    # name too; 浪漫之都 and 北方明珠 are claimed by several cities (珠海, 厦门; 天津, 青岛)
    ("东京城市规划", "110000"),
    ("法国巴黎是浪漫之都", "210200"),
    ("青岛是北方明珠吗", "210200"),
]


def _rows(name: str) -> dict[str, dict[str, str]]:
    with (REPO / "data" / name).open(encoding="utf-8", newline="") as handle:
        return {r["name"]: r for r in csv.DictReader(handle)}


def test_the_expected_codes_are_the_division_data_s() -> None:
    nicknames = [(name, official, code, "short") for name, official, code in NICKNAMES]
    assert_codes_are_official(ALONE + nicknames, IN_TEXT + DIVISION_WINS + LEFT_OUT)
    assert_codes_are_official([], [(name, code) for name, code, _ in SHARED])


@pytest.mark.parametrize(("query", "name", "code", "kind"), ALONE)
def test_a_landmark_alone_answers_its_county(cli: Any, query: str, name: str, code: str, kind: str) -> None:
    assert_answers_alone(cli, query, name, code, kind)


@pytest.mark.parametrize(("query", "name", "code"), NICKNAMES)
def test_a_nickname_alone_answers_its_city(cli: Any, query: str, name: str, code: str) -> None:
    assert_answers_alone(cli, query, name, code, "short")


@pytest.mark.parametrize(("query", "code", "town"), SHARED)
def test_a_nickname_a_township_bears_answers_the_city(atlas: Atlas, query: str, code: str, town: str) -> None:
    answer = atlas.answer(query)
    assert answer.place is not None and answer.place.code == code, (query, answer.place)
    assert town in _rows("short_forms.csv")[query]["shares_with"].split(";")
    full = atlas.answer(query + "镇").place  # the township keeps its own name in full
    assert full is not None and full.code == town


@pytest.mark.parametrize(("text", "code"), IN_TEXT)
def test_a_landmark_or_nickname_inside_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    assert_found_in_text(atlas, text, code)


@pytest.mark.parametrize(("text", "code"), DIVISION_WINS)
def test_a_division_the_text_names_still_wins(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text)
    assert answer.place is not None and answer.place.code == code, (text, answer.place)


@pytest.mark.parametrize(("text", "code"), LEFT_OUT)
def test_a_name_left_out_is_not_read_where_it_is_no_place(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


def test_the_rows_quote_their_sources_and_the_left_out_names_are_not_rows() -> None:
    landmarks, short_forms = _rows("landmarks.csv"), _rows("short_forms.csv")
    for name, official, code, _ in ALONE:
        row = landmarks[name]
        assert (row["code"], row["official_name"]) == (code, official), name
        assert name in row["source"] and official[:-1] in row["source"], name  # 青羊 for 青羊区 (青羊區)
    for name, official, code in NICKNAMES:
        assert (short_forms[name]["code"], short_forms[name]["official_name"]) == (code, official), name
        assert name in short_forms[name]["source"], name
    for name in (
        "华夏城",
        "红旗渠",
        "王府井",
        "观澜湖",
        "雾都",
        "陶都",
        "锡都",
        "奉天",
        "酒城",
        "刺桐",
        "栈桥",
        "锦城",
        "琴岛",
        "汉口",
    ):
        assert name not in landmarks and name not in short_forms, name


def test_provenance_describes_the_third_pass() -> None:
    provenance = (REPO / "data" / "PROVENANCE.md").read_text(encoding="utf-8")
    section = provenance[provenance.index("## Landmarks in `landmarks.csv`") :]
    assert "third landmarks pass" in section
    for name in ("五道口", "曾厝垵", "四九城", "九省通衢", "华夏城", "酒城"):
        assert name in section, name
