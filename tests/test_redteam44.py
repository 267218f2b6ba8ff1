"""Red team 44, on this session's place rules: the texts they first answered wrongly. A list of places after
香港, 澳门 or 台湾 is two places; a wedding, not applying in the city, or a card already had there is no asking
to have it done there; a person's name after a city (王林, 何东) is no look-alike of a county's."""

from __future__ import annotations

import pytest

from cardinfo.lookup import Atlas
from tests.helpers import assert_answers_code

CASES = [
    # 香港, 澳门, 台湾 before a mainland city, the text naming it again or listing the two
    ("我在澳门珠海都住过，现在户口在珠海，证在哪换", "440400"),
    ("我是香港深圳两边跑的，残疾证是深圳的", "440300"),
    ("我在台湾厦门来回跑，户口在厦门，能换三代证吗", "350200"),
    ("我在香港广州都有工作，残疾证在广州办的", "440100"),
    ("香港深圳两地跑", "440300"),
    ("香港北京", "110000"),
    # 在X办 that is not asking to have the card done there: denied, another business, done already
    ("户口在蕲春，我不想在武汉办，可以吗", "421126"),
    ("户口在蕲春，不在武汉办行不行", "421126"),
    ("户口在蕲春，下个月想在武汉办婚礼，残疾证需要带吗", "421126"),
    ("户口在蕲春，在武汉领的智能化残疾证怎么用", "421126"),
    # a person's name after a city or province, one character a look-alike of a common one
    ("广西王林的残疾证到期了", "450000"),
    ("福建王明的残疾证到期了，能换三代证吗", "350000"),
    ("天津何东的残疾证到期了怎么办", "120000"),
    ("浙江余华的残疾证", "330000"),
    ("西安周全的残疾证", "610100"),
    ("陕西董安的残疾证", "610000"),  # 延 (846) is no rare character
    ("我在玉溪，香烟店旁边", "530400"),  # a place, then cigarettes in another clause: still the place
]


@pytest.mark.parametrize(("text", "code"), CASES)
def test_the_rules_leave_these_as_a_person_reads_them(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)
