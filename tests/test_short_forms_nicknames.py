"""Abbreviations and nicknames people write for places: the one-character 简称 of the province-level
divisions (沪, 渝, 蒙), "X市" for cities with long names (乌市, 呼市, 哈市), 内蒙, a banner's and an
autonomous county's usual short forms (伊旗, 喀左) and city nicknames (羊城, 蓉城, 冰城).

A one-character 简称 answers only a whole query of that character: inside a text it never counts
(南京 is no 京, 我在宁波 no 宁). A two-character form (羊城) counts inside a text like any short form.
A nickname that is also a township's short form (蓉城, of 青阳县蓉城镇) names the city typed alone,
because the index ranks a short form above a township's short form; the township keeps its full name.

Expected codes are the official ones of data/divisions/divisions.csv (a test checks each pair).
"""

from __future__ import annotations

from typing import Any

import pytest

from cardinfo import paths
from cardinfo.lookup import Atlas
from cardinfo.places import SHORT, TOWNSHIP_SHORT, Divisions
from cardinfo.text import normalise, scan_form
from tests.helpers import assert_answers_code, division_rows, index_rows, load_script, official_names

# (the 简称, official name, code)
PROVINCES = [
    ("京", "北京市", "110000"),
    ("津", "天津市", "120000"),
    ("冀", "河北省", "130000"),
    ("晋", "山西省", "140000"),
    ("蒙", "内蒙古自治区", "150000"),
    ("辽", "辽宁省", "210000"),
    ("吉", "吉林省", "220000"),
    ("黑", "黑龙江省", "230000"),
    ("沪", "上海市", "310000"),
    ("苏", "江苏省", "320000"),
    ("浙", "浙江省", "330000"),
    ("皖", "安徽省", "340000"),
    ("闽", "福建省", "350000"),
    ("赣", "江西省", "360000"),
    ("鲁", "山东省", "370000"),
    ("豫", "河南省", "410000"),
    ("鄂", "湖北省", "420000"),
    ("湘", "湖南省", "430000"),
    ("粤", "广东省", "440000"),
    ("桂", "广西壮族自治区", "450000"),
    ("琼", "海南省", "460000"),
    ("渝", "重庆市", "500000"),
    ("川", "四川省", "510000"),
    ("蜀", "四川省", "510000"),
    ("贵", "贵州省", "520000"),
    ("黔", "贵州省", "520000"),
    ("云", "云南省", "530000"),
    ("滇", "云南省", "530000"),
    ("藏", "西藏自治区", "540000"),
    ("陕", "陕西省", "610000"),
    ("秦", "陕西省", "610000"),
    ("甘", "甘肃省", "620000"),
    ("陇", "甘肃省", "620000"),
    ("青", "青海省", "630000"),
    ("宁", "宁夏回族自治区", "640000"),
    ("新", "新疆维吾尔自治区", "650000"),
    ("台", "台湾省", "710000"),
    ("港", "香港特别行政区", "810000"),
    ("澳", "澳门特别行政区", "820000"),
]
# (what a person types, official name, code)
LONGER = [
    ("内蒙", "内蒙古自治区", "150000"),
    ("乌市", "乌鲁木齐市", "650100"),
    ("呼市", "呼和浩特市", "150100"),
    ("昆区", "昆都仑区", "150203"),  # 包头's district, by its government's own short form
    ("哈市", "哈尔滨市", "230100"),
    ("伊旗", "伊金霍洛旗", "150627"),
    ("喀左", "喀喇沁左翼蒙古族自治县", "211324"),
    ("喀左县", "喀喇沁左翼蒙古族自治县", "211324"),
    ("泉城", "济南市", "370100"),
    ("羊城", "广州市", "440100"),
    ("鹏城", "深圳市", "440300"),
    ("冰城", "哈尔滨市", "230100"),
    ("蓉城", "成都市", "510100"),  # was 青阳县蓉城镇 by its short form
    ("春城", "昆明市", "530100"),
    ("鹭岛", "厦门市", "350200"),
]
# (text, the code the answer is or lies in)
IN_TEXT = [
    ("我在羊城工作", "440100"),
    ("我在蓉城上班，三代残疾证能办吗", "510100"),
    ("我老家是冰城的", "230100"),
    ("我住在鹭岛思明区", "350203"),
    ("鹏城南山区", "440305"),
    ("春城昆明", "530100"),
    ("我在乌市上班", "650100"),
    ("乌市天山区", "650102"),
    ("我是呼市的", "150100"),
    ("呼市新城区", "150102"),
    ("哈市道里区", "230102"),
    ("我在内蒙工作", "150000"),
    ("内蒙包头", "150200"),
    ("我在伊旗上班", "150627"),
    ("辽宁喀左县", "211324"),
    ("喀左大城子镇", "211324"),
    ("孩子去年在内蒙古包头昆区办的证，现在要换吗", "150203"),
]
# Texts that hold a one-character 简称 inside a longer name: answered by that name, as before.
UNCHANGED = [
    ("南京", "320100"),
    ("新疆", "650000"),
    ("吉林", "220000"),
    ("上海浦东", "310115"),
    ("我在宁波", "330200"),
    ("江苏苏州", "320500"),
    ("北京京西宾馆", "110000"),
]


def test_the_expected_codes_are_the_division_data_s() -> None:
    names = official_names()
    for _, name, code in PROVINCES + LONGER:
        assert names[code] == name, (code, name)
    assert len({code for _, _, code in PROVINCES}) == 34  # every province-level division


@pytest.mark.parametrize(("query", "name", "code"), PROVINCES + LONGER)
def test_a_form_alone_answers_its_place(cli: Any, query: str, name: str, code: str) -> None:
    result = cli("region", query, "--format", "json")
    assert result.exit_code == 0, result.stderr
    body = result.json()
    assert body["place"]["code"] == code and body["place"]["name"] == name
    assert body["matched_by"] == "short" and body["also"] == []


def test_a_traditional_character_is_read_as_its_simplified_one(cli: Any) -> None:
    assert cli("region", "滬", "--format", "json").json()["place"]["code"] == "310000"


@pytest.mark.parametrize(("text", "code"), IN_TEXT)
def test_a_form_inside_an_address_or_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text)
    assert answer.place is not None, (text, answer.match)
    assert code in answer.place.codes, (text, answer.place.path)
    assert answer.also == ()


@pytest.mark.parametrize(("text", "code"), UNCHANGED)
def test_a_one_character_form_inside_a_longer_name_changes_nothing(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


# (after 在, 来, 赴 ... the 简称 of 京, 沪, 粤 and a few others name the province: tests/test_resolve_text.py)
@pytest.mark.parametrize("text", ["我是京人", "这是沪的", "在沪深两市"])
def test_a_one_character_form_inside_a_sentence_names_no_place(cli: Any, text: str) -> None:
    result = cli("region", text, "--format", "json")
    assert result.exit_code == 1, (text, result.stdout)


@pytest.mark.parametrize("batch", [False, True])
def test_the_text_finder_never_reads_a_one_character_key(batch: bool) -> None:
    # Every 简称 side by side: the finder sees each of them only inside longer pieces, none alone.
    divisions = Divisions(paths.places_path())  # its own: a batch's memory must not leak into other tests
    if batch:
        divisions.load_keys()
    text = "".join(form for form, _, _ in PROVINCES)
    form, _ = scan_form(text, {})
    names, towns = divisions.names_in(form)
    assert all(end - start >= 2 for start, end, _ in names + towns)
    assert [(form, k) for form, _, _ in PROVINCES for k in divisions.lookup(form)]  # the keys exist


def test_a_nickname_outranks_a_township_s_short_form_of_that_name() -> None:
    # 蓉城 is both 成都's nickname (a short form) and 蓉城镇's short form: the short form ranks first
    rows = index_rows("SELECT code, kind FROM key WHERE key = '蓉城'")
    assert sorted(rows) == sorted([("510100", SHORT), ("341723100", TOWNSHIP_SHORT)])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("蓉城镇", "341723100"),  # a township's full name stays its own
        ("安徽省池州市青阳县蓉城镇", "341723"),
        ("吉镇", "610826106"),  # 陕西 绥德县: its 吉 is no name the index has
        ("新镇", "150525103"),
    ],
)
def test_a_township_keeps_its_full_name(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text)
    assert answer.place is not None and code in answer.place.codes, (text, answer.place)


def test_a_nickname_shares_a_township_s_name_only_when_its_row_names_the_township() -> None:
    build = load_script("scripts/build_places.py")
    divisions = division_rows("divisions.csv")
    taken = {normalise("蓉城"): {"341723100"}}
    kept, left = build.short_forms(divisions, [("510100", "蓉城")], taken)
    assert ("510100", "蓉城", "listed") not in kept and ("510100", "蓉城", "clash: ['341723100']") in left
    kept, left = build.short_forms(
        divisions, [("510100", "蓉城")], taken, {("510100", "蓉城"): frozenset({"341723100"})}
    )
    assert ("510100", "蓉城", "listed") in kept and not [r for r in left if r[1] == "蓉城"]


@pytest.mark.parametrize(
    ("query", "code", "city"),
    [
        ("榕城", "445202", "350100"),  # 福州's nickname, and the division data's short name of 揭阳市榕城区
        ("山城", "410603", "500000"),  # 重庆's nickname, and 鹤壁市山城区's short name
        ("江城", "441702", "420100"),  # 武汉's nickname; 阳江市江城区 and 江城县 bear it too
    ],
)
def test_a_nickname_that_is_an_official_short_name_is_shared_with_that_place(
    cli: Any, query: str, code: str, city: str
) -> None:
    # Listed since the seventh session with `shares_with`: the city answers and the place whose
    # own short name it is stays in `also`, so the answer never silently drops it.
    body = cli("region", query, "--format", "json").json()
    assert body["place"]["code"] == city
    assert code in [place["code"] for place in body["also"]], body["also"]
