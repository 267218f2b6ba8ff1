"""Old names and more nicknames of cities, counties and provinces in data/short_forms.csv (seventh
session): names of the 1950s and 1960s since changed (迪化, 归绥, 旅大, 盩厔县, 绥来县), old names
(石头城, 镐京, 逻些, 濠镜), literary names (芙蓉城, 东方之珠), and nicknames several places bear,
which answer the city they are known for with the other divisions of that name in `also`
(江城, 山城, 榕城, 长安, 姑苏).

Expected codes are the official ones of data/divisions/divisions.csv (a test checks each pair).
"""

from __future__ import annotations

import csv
from typing import Any

import pytest

from cardinfo.lookup import Atlas
from tests.helpers import REPO, assert_answers_alone, assert_codes_are_official, assert_found_in_text, named_codes

# (the name, official name, code): typed alone, each answers its division as a short form
ALONE = [
    ("迪化", "乌鲁木齐市", "650100"),  # renamed 1954
    ("归绥", "呼和浩特市", "150100"),  # renamed 1954
    ("北平", "北京市", "110000"),  # also 北平镇's short form: the row names it
    ("旅大", "大连市", "210200"),  # renamed 1981
    ("安东市", "丹东市", "210600"),  # renamed 1965
    ("广州湾", "湛江市", "440800"),
    ("盩厔", "周至县", "610124"),  # renamed 1964 for its rare characters
    ("盩厔县", "周至县", "610124"),
    ("和阗", "和田地区", "653200"),
    ("雩都", "于都县", "360731"),
    ("酆都", "丰都县", "500230"),
    ("鄠县", "鄠邑区", "610118"),
    ("绥来县", "玛纳斯县", "652324"),
    ("蒲犁县", "塔什库尔干塔吉克自治县", "653131"),
    ("石头城", "南京市", "320100"),
    ("建康", "南京市", "320100"),
    ("巴渝", "重庆市", "500000"),
    ("幽州", "北京市", "110000"),
    ("天津卫", "天津市", "120000"),
    ("镐京", "西安市", "610100"),
    ("洛京", "洛阳市", "410300"),
    ("芙蓉城", "成都市", "510100"),
    ("五羊城", "广州市", "440100"),
    ("逻些", "拉萨市", "540100"),
    ("濠镜", "澳门特别行政区", "820000"),
    ("东方之珠", "香港特别行政区", "810000"),
    ("卜奎", "齐齐哈尔市", "230200"),  # also 建华区卜奎街道's short form
    ("晋阳", "太原市", "140100"),  # also 成都市武侯区晋阳街道's short form
    ("岳州", "岳阳市", "430600"),
    ("肤施", "延安市", "610600"),
    ("青唐城", "西宁市", "630100"),
    ("宽城子", "长春市", "220100"),
    ("花城", "广州市", "440100"),  # also two 花城街道's short form
    ("秣陵", "南京市", "320100"),  # also 江宁区秣陵街道's and 项城市秣陵镇's
]
# (the name, the city it answers, the divisions of that name in `also`): a nickname the division
# data gives another place as its own short name is shared, not taken from that place
SHARED = [
    ("江城", "420100", {"441702", "530826"}),  # 阳江市江城区, 江城哈尼族彝族自治县
    ("山城", "500000", {"410603"}),  # 鹤壁市山城区
    ("榕城", "350100", {"445202"}),  # 揭阳市榕城区
    ("长安", "610100", {"610116", "130102"}),  # 西安市长安区, 石家庄市长安区
    ("姑苏", "320500", {"320508"}),  # 苏州市姑苏区
]
# (text, the code the answer is or lies in): the ways people write where they are from or live
IN_TEXT = [
    ("我老家是迪化的", "650100"),
    ("在归绥上学", "150100"),
    ("我住在石头城", "320100"),
    ("老家盩厔", "610124"),
    ("我是酆都人", "500230"),
    ("我在芙蓉城上班", "510100"),
    ("老家绥来县", "652324"),
    ("旅大市中山区", "210202"),
    ("广州湾霞山", "440803"),
    ("去东方之珠旅游", "810000"),
    ("在濠镜工作", "820000"),
    ("我在卜奎住", "230200"),
    ("老家镐京", "610100"),
]
# (text, code): where the other names of the text decide, the place they name answers
DECIDED_BY_CONTEXT = [
    ("广东揭阳榕城区", "445202"),
    ("河南鹤壁山城区", "410603"),
    ("阳江江城区", "441702"),
    ("石家庄长安区", "130102"),
    ("西安长安区", "610116"),
    ("苏州姑苏区", "320508"),
    ("成都武侯区晋阳街道", "510107"),
]
# (text, the code it must not answer): names that were left out because a sentence would read them
# where they are no place (卫星城, 半岛城市, 精神都很好, 今天京东, 新京报, 大雾都, 场景化 ...)
LEFT_OUT = [
    ("这是一座卫星城", "430100"),  # 星城 (长沙): listed since, read in a text only where a place stands
    ("我住在半岛城市", "370200"),  # 岛城 (青岛): the same
    ("我叫安东尼", "210600"),  # 安东 (丹东): only 安东市 is listed
    ("大家精神都很好", "410300"),  # 神都 (洛阳)
    ("这几座桥都修好了", "500000"),  # 桥都 (重庆)
    ("今天京东打折", "320100"),  # 天京 (南京)
    ("我答应天天陪你", "320100"),  # 应天 (南京)
    ("新京报记者报道", "220100"),  # 新京 (长春)
    ("今天大雾都看不清", "500000"),  # 雾都 (重庆; also London's)
    ("场景化服务", "652323"),  # 景化 (呼图壁): only 景化县 is listed
    ("继承化工厂", "654301"),  # 承化 (阿勒泰): only 承化县 is listed
    ("每月城管都来", "513401"),  # 月城 (西昌)
    ("健康", "320100"),  # one sound from 建康: the word, not 南京 with a typo
]


def test_the_expected_codes_are_the_division_data_s() -> None:
    assert_codes_are_official([(name, official, code, "short") for name, official, code in ALONE], IN_TEXT)
    assert_codes_are_official([], DECIDED_BY_CONTEXT + [(name, code) for name, code, _ in SHARED])


@pytest.mark.parametrize(("query", "name", "code"), ALONE)
def test_an_old_name_or_nickname_alone_answers_its_place(cli: Any, query: str, name: str, code: str) -> None:
    assert_answers_alone(cli, query, name, code, "short")


@pytest.mark.parametrize(("query", "code", "also"), SHARED)
def test_a_shared_nickname_answers_the_city_and_names_the_others(
    cli: Any, query: str, code: str, also: set[str]
) -> None:
    result = cli("region", query, "--format", "json")
    assert result.exit_code == 0, result.stderr
    body = result.json()
    assert body["place"]["code"] == code and body["matched_by"] == "short", body["place"]
    assert {place["code"] for place in body["also"]} == also


@pytest.mark.parametrize(("text", "code"), IN_TEXT)
def test_an_old_name_inside_an_address_or_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    assert_found_in_text(atlas, text, code)


@pytest.mark.parametrize(("text", "code"), DECIDED_BY_CONTEXT)
def test_the_names_around_a_shared_name_decide(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text)
    assert answer.place is not None and code in answer.place.codes, (text, answer.place)


def test_a_shared_nickname_in_a_sentence_names_the_others_too(atlas: Atlas) -> None:
    answer = atlas.answer("我在江城上班")
    assert answer.place is not None and answer.place.code == "420100"
    assert {place.code for place in answer.also} == {"441702", "530826"}


@pytest.mark.parametrize(("text", "code"), LEFT_OUT)
def test_a_name_left_out_is_not_read_where_it_is_no_place(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


def test_each_row_quotes_its_source_names_what_it_shares_and_provenance_lists_it() -> None:
    with (REPO / "data" / "short_forms.csv").open(encoding="utf-8", newline="") as handle:
        rows = {r["name"]: r for r in csv.DictReader(handle)}
    provenance = (REPO / "data" / "PROVENANCE.md").read_text(encoding="utf-8")
    section = provenance[provenance.index("## Old names and more nicknames in `short_forms.csv`") :]
    for name, official, code in ALONE:
        assert (rows[name]["code"], rows[name]["official_name"]) == (code, official), name
        assert name in rows[name]["source"] and name in section, name
    for name, _, also in SHARED:
        assert also <= set(rows[name]["shares_with"].split(";")), name
    assert {"441702", "530826", "450722002", "451022107", "530403101"} == set(rows["江城"]["shares_with"].split(";"))
    for name in ("安东", "神都", "桥都", "天京", "应天", "新京", "雾都", "奉天"):
        assert name not in rows, name  # left out, and said so
        assert name in section, name
