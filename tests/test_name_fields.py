"""A name in a form's field for a person's name (联系人, 经办人, 申请人, 姓名) is the person's, not the
county whose name it holds (联系人：张永胜 is no 永胜县); the form's address field still names a place."""

from __future__ import annotations

import pytest

from cardinfo.lookup import Atlas
from tests.helpers import assert_answers_code, named_codes


@pytest.mark.parametrize("text", ["联系人：张永胜，电话见附件", "经办人 周宁", "申请人姓名：李安宁", "收件人:王海南"])
def test_a_person_s_name_field_names_no_place(atlas: Atlas, text: str) -> None:
    assert named_codes(atlas, text) == set()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("联系人地址：云南省昆明市", "530100"),
        ("姓名：王海南 住址：海南省海口市", "460100"),
        ("联系人：张永胜 地址：云南省丽江市永胜县", "530722"),
    ],
)
def test_the_address_field_beside_it_still_names_the_place(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)
