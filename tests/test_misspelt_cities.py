"""A city's name misspelt by its sound, where the dictionary itself lists the misspelling (株州, 荷泽), and
a word one sound from a city right after its province at the text's end (河北廊房). Found by the blind
sets AW, AX and AY of the twenty-eighth and twenty-ninth sessions."""

from __future__ import annotations

import pytest

from cardinfo.lookup import Atlas
from tests.helpers import assert_answers_code, named_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("株州", "430200"),  # 株洲市: jieba lists 株州 4 times as a place's name, 株洲 85 times
        ("荷泽", "371700"),  # 菏泽市
        ("我在河肥打工", "340100"),  # 合肥市
        ("葡田", "350300"),  # 莆田市
        ("历江", "530700"),  # 丽江市
        ("河北廊房", "131000"),  # 廊坊市: 廊房 is a word too (a hutong's), but not right after 河北 at the end
    ],
)
def test_a_city_misspelt_as_the_dictionary_lists_it(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


@pytest.mark.parametrize(
    ("text", "not_code"),
    [
        ("我在暨南大学读书", "370100"),  # 暨南大学 (Guangzhou): 暨南 is held by a longer word, no 济南 misspelt
        ("河北廊房的", "131000"),  # not the text's end: 廊房 stays a word
        ("一定要记住锡安山", "610100"),  # 锡安 (Zion) is held by 锡安山: no 西安
    ],
)
def test_words_the_dictionary_holds_in_longer_words_stay_words(atlas: Atlas, text: str, not_code: str) -> None:
    assert not_code not in named_codes(atlas, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("石咀山", "640200"),  # 石嘴山市: 咀 read zui, as in 尖沙咀
        ("宁夏石咀山", "640200"),
        ("日咯则", "540200"),  # 日喀则市: 咯 read ka, as in 咯血
    ],
)
def test_a_character_typed_by_its_other_reading(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)
