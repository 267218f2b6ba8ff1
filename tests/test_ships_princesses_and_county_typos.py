"""Names that are a warship's, a princess's or a spirit's, guests spoken to, and a county typed with a
character of the same sound right after its province (found by development probe 41, written blind)."""

from __future__ import annotations

import pytest

from cardinfo.errors import NotFound
from cardinfo.lookup import Atlas


@pytest.mark.parametrize(
    "text",
    [
        "定远舰是北洋水师的主力舰",  # a warship
        "和硕公主是清朝的封号吧？",  # a princess's title
        "他是个有博爱精神的人",  # a spirit held up
        "发扬延安精神",
        "欢迎各位来宾莅临指导！",  # the people spoken to
    ],
)
def test_a_ship_a_princess_a_spirit_and_guests_are_no_place(atlas: Atlas, text: str) -> None:
    with pytest.raises(NotFound):
        atlas.answer(text, suggest=False)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("延安精神病医院", "610600"),  # a hospital in 延安, not the spirit
        ("各位长沙的朋友们好", "430100"),  # friends from 长沙
        ("我在和硕县", "652828"),
        ("北海道", None),  # Hokkaido: the words for a road or a bay after a name still hold
    ],
)
def test_the_same_names_where_they_are_places(atlas: Atlas, text: str, code: str | None) -> None:
    if code is None:
        with pytest.raises(NotFound):
            atlas.answer(text, suggest=False)
        return
    place = atlas.answer(text, suggest=False).place
    assert place is not None and place.code == code, (text, place)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("河北琢州市", "130681"),  # 涿州市, of 保定 (its city not written): 琢 for 涿, the same sound
        ("河北省琢州市的残疾证", "130681"),
        ("河北省保定市琢州市", "130681"),
    ],
)
def test_a_county_after_its_province_typed_with_a_character_of_the_same_sound(
    atlas: Atlas, text: str, code: str
) -> None:
    place = atlas.answer(text, suggest=False).place
    assert place is not None and place.code == code, (text, place)
