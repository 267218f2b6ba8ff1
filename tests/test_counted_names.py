"""A name spelt as a number and a measure word (三台, 五台, 三门, 九台) is a count where what follows is
what it counts (买了三台电脑: three computers, 这学期有三门课: three courses), and the place where the
words around it speak of a place (三台残联, 我在三台上班, 五台那边换证了吗, 三门的)."""

from __future__ import annotations

import pytest

from cardinfo.lookup import Atlas
from tests.helpers import assert_answers_code, named_codes


@pytest.mark.parametrize(
    "text",
    [
        "我买了三台电脑",
        "家里有五台电视",
        "这学期有三门课",
        "九台车排队等着过磅",
        "三台电脑坏了一台",
    ],
)
def test_a_number_and_its_measure_before_what_it_counts_is_no_place(atlas: Atlas, text: str) -> None:
    assert named_codes(atlas, text) == set()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("我在三台上班", "510722"),
        ("三门的残联在哪", "331022"),
        ("五台那边办证了吗", "140922"),
        ("三台残联电话多少", "510722"),
        ("三台县城", "510722"),
        ("我老家三门", "331022"),
        ("九台人", "220113"),
        ("三台换证了吗", "510722"),
        ("三门峡", "411200"),
        ("三台", "510722"),
    ],
)
def test_the_same_name_said_of_a_place_is_the_place(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)
