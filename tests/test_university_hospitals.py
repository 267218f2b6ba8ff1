"""A university's hospital lies elsewhere than its campus: 浙大一院 is no answer of 浙大's 西湖区, and
北京大学人民医院 none of 北京大学's 海淀区 (its city, written in its name, still is); the university
itself and its schools keep their campus (北京大学医学部 is 海淀区)."""

from __future__ import annotations

import pytest

from cardinfo.lookup import Atlas
from tests.helpers import assert_answers_code, named_codes


@pytest.mark.parametrize("text", ["浙大一院", "我在浙大二院住院", "浙大附属邵逸夫医院"])
def test_a_university_s_hospital_is_not_on_its_campus(atlas: Atlas, text: str) -> None:
    assert "330106" not in named_codes(atlas, text)


@pytest.mark.parametrize(("text", "code"), [("北京大学人民医院", "110000"), ("杭州浙大一院", "330100")])
def test_the_city_written_with_it_still_answers(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


@pytest.mark.parametrize(
    ("text", "code"), [("北京大学", "110108"), ("北京大学医学部", "110108"), ("在浙大上学", "330106")]
)
def test_the_university_and_its_schools_keep_their_campus(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)
