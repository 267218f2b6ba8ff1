"""A sight named in a sentence about going to see it, or with a word for a spot beside it (下面, 边上,
脚下), is where the text points: 带孩子去看兵马俑 is 临潼区, 黄鹤楼下面那条街 is 武昌区; a film of the same
name is not (看少林寺这部老电影)."""

from __future__ import annotations

import pytest

from cardinfo.lookup import Atlas
from tests.helpers import assert_answers_code, named_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("周末带孩子去看兵马俑", "610115"),
        ("我们来看黄鹤楼", "420106"),
        ("明天去看黄鹤楼", "420106"),
        ("黄鹤楼下面那条街叫什么", "420106"),
        ("千岛湖边上的村子能办三代证吗", "330127"),
        ("我家就在黄山脚下", "341000"),
        ("去千岛湖玩了三天", "330127"),
    ],
)
def test_a_sight_gone_to_or_beside_is_where_the_text_points(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


@pytest.mark.parametrize("text", ["看少林寺这部老电影", "昨晚看少林寺的电影了"])
def test_a_film_of_a_sight_s_name_is_no_place(atlas: Atlas, text: str) -> None:
    assert named_codes(atlas, text) == set()
