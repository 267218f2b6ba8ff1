"""Addresses of blind set AZ (twenty-ninth session): a city with no counties before a district's name that is
one of its townships' short forms, and a county before a township named after its development zone."""

from __future__ import annotations

import pytest

from cardinfo.lookup import Atlas
from tests.helpers import assert_answers_code, assert_answers_with_also


@pytest.mark.parametrize(
    ("text", "code", "also"),
    [
        ("东莞市东城区", "441900", "110101"),  # 东莞's 东城街道; Beijing's 东城区 named beside it
        ("我在东莞市东城区上班", "441900", "110101"),
        ("广东省东莞市东城区东城路", "441900", "110101"),
    ],
)
def test_a_district_after_a_city_without_counties_is_its_township(
    atlas: Atlas, text: str, code: str, also: str
) -> None:
    assert_answers_with_also(atlas, text, code, also)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("北京市东城区", "110101"),  # a city with districts: the district, as before
        ("江苏省昆山开发区", "320583"),  # 昆山市: its township 昆山开发区 (no township 开发区 elsewhere counts)
        ("苏州昆山开发区", "320583"),
        ("遵义茅台镇", "520382"),  # 仁怀市, as before
    ],
)
def test_the_county_of_a_township_after_its_province_or_city(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)
