"""Blind set BB (twenty-ninth session): a county's full name after a province and city it does not lie in; the
household registration beside where someone lives; the place someone will go to for the card."""

from __future__ import annotations

import pytest

from cardinfo.lookup import Atlas
from tests.helpers import assert_answers_code, assert_answers_with_also


@pytest.mark.parametrize(
    ("text", "code", "also"),
    [
        ("山东省济南市泾源县", "640424", "370100"),  # 泾源县 (宁夏), the path written wrong in `also`
        ("广东省深圳市正镶白旗", "152529", "440300"),
        ("湖北省武汉市岳西县", "340828", "420100"),
    ],
)
def test_a_county_after_a_path_it_does_not_lie_in(atlas: Atlas, text: str, code: str, also: str) -> None:
    assert_answers_with_also(atlas, text, code, also)


@pytest.mark.parametrize(
    ("text", "code", "others"),
    [
        ("江苏省苏州市鼓楼区", "320500", {"320106", "320302"}),  # 南京's and 徐州's 鼓楼区: named, not picked
        ("辽宁省大连市铁西区", "210200", {"210106", "210303"}),
    ],
)
def test_a_shared_county_name_after_a_path_it_does_not_lie_in_is_named(
    atlas: Atlas, text: str, code: str, others: set[str]
) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code
    assert others <= {p.code for p in answer.also}, answer.also


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("台湾省台北市中山区南京东路", "710000"),  # a district of a place the list does not divide: not 大连's
        ("北京市海淀区", "110108"),
        ("江苏省南京市徐州市鼓楼区", "320302"),
    ],
)
def test_paths_that_agree_or_are_not_divided_stay(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


@pytest.mark.parametrize(
    ("text", "code", "also"),
    [
        ("人在上海松江区，户口还在安徽岳西县", "340828", "310117"),
        ("在新疆鄯善县上班，户口在河南武陟县", "410823", "650421"),
        ("户籍地：甘肃会宁县；现居住地：宁夏银川市兴庆区", "620422", "640104"),
        ("我是贵州正安县户籍，常住广州市白云区", "520324", "440111"),
        ("户口已经从五峰县迁到宜昌西陵区了", "420502", "420529"),  # moved: where it went, as before
        ("户口在天津，人在北京，能在北京换吗", "110000", "120000"),  # asked to be done where one lives
    ],
)
def test_the_household_registration_over_where_one_lives(atlas: Atlas, text: str, code: str, also: str) -> None:
    assert_answers_with_also(atlas, text, code, also)


@pytest.mark.parametrize(
    ("text", "code", "also"),
    [
        ("住在舒兰市，准备去抚松县办残疾证", "220621", "220283"),
        ("原来的残疾证是安化县发的，现在要去桃源县换证", "430725", "430923"),
        ("人在涞水县，要到高碑店市给孩子申请残疾证", "130684", "130623"),
        ("我在永康市打工，残疾证准备回建水县办", "532524", "330784"),
        # a question asked either way is no denial (能不能 holds 不)
        ("我是湖南衡阳人，现在在东莞，能不能在东莞换三代证", "441900", "430400"),
        ("户口在河南周口，人在上海，可不可以在上海办", "310000", "411600"),
    ],
)
def test_the_place_someone_will_go_to_for_the_card(atlas: Atlas, text: str, code: str, also: str) -> None:
    assert_answers_with_also(atlas, text, code, also)


@pytest.mark.parametrize(
    ("text", "code", "also"),
    [
        ("户口在河南周口，人在上海，我不想在上海办", "411600", "310000"),
        ("户口在河南周口，人在上海，是不是不能在上海办", "411600", "310000"),
    ],
)
def test_a_place_the_writer_will_not_have_it_done_at_stays_in_also(
    atlas: Atlas, text: str, code: str, also: str
) -> None:
    assert_answers_with_also(atlas, text, code, also)


@pytest.mark.parametrize(
    ("text", "code", "also"),
    [
        # two counties of one province, the second with its city: the names alone read one contradictory path
        ("户籍是湖南省宁乡市的，人在岳阳市岳阳楼区上班", "430182", "430602"),
        ("我户口在河北省涿鹿县，在保定竞秀区开饭馆", "130731", "130602"),
        # the home town when nothing is said of the registration, and the other place is named once
        ("老家湖北省郧西县，现在住武汉洪山区", "420322", "420111"),
        ("老家湖北省郧西县，户口在武汉洪山区", "420111", "420322"),  # the registration said outright
        # (until the thirtieth session the writer's own nickname city stood here, against 我在北京，老家河北秦皇岛)
        ("我在春城，老家是曲靖的", "530300", "530100"),
        ("在杭州市余杭区上班，老家安徽阜阳，余杭区的社保卡怎么补办", "330110", "341200"),  # asked about again
    ],
)
def test_the_registration_or_home_town_over_a_path_the_names_alone_read(
    atlas: Atlas, text: str, code: str, also: str
) -> None:
    assert_answers_with_also(atlas, text, code, also)


@pytest.mark.parametrize(
    ("text", "code", "also"),
    [
        ("户籍湖南宁乡市，现在住岳阳岳阳楼区，打算在岳阳楼区办证", "430602", "430182"),
        ("户口在天津南开区，但我想在西青区就近换证", "120111", "120104"),
        ("户口四川南充顺庆区，人在成都，下周去成都武侯区残联换证", "510107", "511302"),
        ("户口浙江海盐县，常住宁波鄞州区，准备在鄞州申请换证", "330212", "330424"),
    ],
)
def test_where_the_writer_plans_to_have_the_card_done(atlas: Atlas, text: str, code: str, also: str) -> None:
    assert_answers_with_also(atlas, text, code, also)
