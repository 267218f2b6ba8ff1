"""Names of this session's data: 瓷都 and 潮汕, which several places bear (a choice; a place named after 瓷都
settles it), a station (南京南站) and a park of 台湾 (新竹科学园区), each sourced in data/short_forms.csv or
data/landmarks.csv; and a byname before another place is no byname of that place (冰城长春: 哈尔滨's)."""

from __future__ import annotations

import pytest

from cardinfo.lookup import Atlas
from tests.helpers import assert_answers_code, assert_answers_with_also, assert_codes_are_official

ALONE = [
    ("南京南站", "南京市", "320100", "landmark"),  # the county is disputed: the city
    ("新竹科学园区", "台湾省", "710000", "landmark"),
]
IN_TEXT = [
    ("瓷都德化", "350526"),  # 瓷都 said of the place named after it
    ("瓷都景德镇", "360200"),
    ("南京南站附近", "320100"),
    ("我在新竹科学园区上班", "710000"),
]


def test_the_expected_codes_are_official() -> None:
    assert_codes_are_official(ALONE, IN_TEXT)


@pytest.mark.parametrize(("text", "code"), [(q, c) for q, _, c, _ in ALONE] + IN_TEXT)
def test_the_names_answer_their_place(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


@pytest.mark.parametrize(
    ("text", "code", "other"),
    [
        ("冰城长春", "230100", "220100"),  # 冰城 is 哈尔滨's only: two cities, the first answered, the other named
        ("泉城青岛两地跑", "370100", "370200"),
    ],
)
def test_a_byname_before_another_place_is_its_own_city(atlas: Atlas, text: str, code: str, other: str) -> None:
    assert_answers_with_also(atlas, text, code, other)


def test_a_byname_before_a_word_stays_its_city(atlas: Atlas) -> None:
    assert_answers_code(atlas, "泉城南部山区的残疾证", "370100")  # 南部山区 is 济南's, not 四川's 南部县


@pytest.mark.parametrize(("text", "code"), [("昆明长春", "530100"), ("江苏南京", "320100"), ("泉城济南", "370100")])
def test_a_place_by_its_own_name_before_another_stays_as_read(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("瓷都", {"360200", "445100", "350526", "430281"}),
        ("我是瓷都人", {"360200", "445100", "350526", "430281"}),
        ("潮汕", {"445100", "440500", "445200"}),  # a region of three cities
        ("我是潮汕人", {"445100", "440500", "445200"}),
    ],
)
def test_a_name_several_places_bear_is_a_choice_of_them(atlas: Atlas, text: str, codes: set[str]) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is None
    assert {c.place.code for c in answer.candidates} == codes
