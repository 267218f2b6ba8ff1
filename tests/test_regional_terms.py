"""Terms for part of a province (豫东, 苏北, 胶东, 北大荒) answer the province, and three universities'
short names (清华, 国防科大, 中戏) their main campus's county; the terms left out stay out of the words
that hold them (江苏南京, 四川南充, 在机关中)."""

from __future__ import annotations

import pytest

from cardinfo.errors import NotFound
from cardinfo.lookup import Atlas
from tests.helpers import assert_answers_code, named_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("豫东农村的", "410000"),
        ("我是苏北的，三代证办了吗", "320000"),
        ("胶东那边", "370000"),
        ("我在川西", "510000"),
        ("陕北老乡问换证的事", "610000"),
        ("我在北大荒插过队", "230000"),
        ("清华附近", "110108"),
        ("中戏旁边的胡同", "110101"),
        ("国防科大", "430105"),
    ],
)
def test_a_regional_term_or_a_universitys_short_name(atlas: Atlas, text: str, expected: str) -> None:
    assert_answers_code(atlas, text, expected)


@pytest.mark.parametrize(("text", "expected"), [("江苏南京", "320100"), ("四川南充", "511300")])
def test_a_term_left_out_does_not_take_a_city_after_its_province(atlas: Atlas, text: str, expected: str) -> None:
    assert_answers_code(atlas, text, expected)


@pytest.mark.parametrize("text", ["在机关中工作", "彭清华同志"])
def test_words_that_hold_a_term_name_no_place(atlas: Atlas, text: str) -> None:
    with pytest.raises(NotFound):
        atlas.answer(text, suggest=False)


def test_north_atlantic_is_no_university(atlas: Atlas) -> None:
    assert "110108" not in named_codes(atlas, "横渡北大西洋")
