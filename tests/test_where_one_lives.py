"""Where the writer lives outweighs a place only beside it or only visited, in English as in Chinese
(I live in Shenzhen, near Hong Kong; 我在天津，上个月去北京玩了), and the place beside it stays in `also`."""

from __future__ import annotations

import pytest

from cardinfo.lookup import Atlas


def _answer(atlas: Atlas, text: str) -> tuple[str, list[str]]:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None
    return answer.place.code, [p.code for p in answer.also]


@pytest.mark.parametrize(
    ("text", "lives", "beside"),
    [
        ("I live in Shenzhen, near Hong Kong", "440300", "810000"),
        ("I live in Xiamen, near Kinmen", "350200", "350527"),
        ("I work in Hong Kong but live in Shenzhen", "440300", "810000"),
        ("I live in Shenzhen and visited Hong Kong last week", "440300", "810000"),
        ("I went to Beijing last year, I live in Tianjin", "120000", "110000"),
        ("We visited Guilin. I live in Nanning", "450100", "450300"),
        ("my home is in Kunming, not far from Yuxi", "530100", "530400"),
        ("我在天津，上个月去北京玩了", "120000", "110000"),
        ("我住在深圳，去年去过香港", "440300", "810000"),
        ("我住厦门，离金门很近", "350200", "350527"),
    ],
)
def test_where_the_writer_lives_is_answered_and_the_other_place_is_in_also(
    atlas: Atlas, text: str, lives: str, beside: str
) -> None:
    code, also = _answer(atlas, text)
    assert code == lives and beside in also


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I'm in Yuxi, next to Kunming", "530400"),
        ("I live in Kunming, is Qujing far?", "530100"),
        ("I live in Shenzhen, can I apply in Guangzhou?", "440100"),  # asked about: more than where one lives
        ("我在天津，去北京能办吗", "110000"),  # the card's business where the trip goes: that place is asked
        ("我在曲靖，去昆明看病能用吗", "530300"),
    ],
)
def test_a_trip_for_the_card_s_business_and_a_measure_keep_their_reading(atlas: Atlas, text: str, code: str) -> None:
    assert _answer(atlas, text)[0] == code


@pytest.mark.parametrize("text", ["Kinmen", "Quemoy", "Kinmen County, Fujian"])
def test_kinmen_in_english_is_jinmen_county(atlas: Atlas, text: str) -> None:
    assert _answer(atlas, text)[0] == "350527"


@pytest.mark.parametrize(
    ("text", "lives", "inside"),
    [
        ("我住昆明，昨天去了石林", "530100", "530126"),
        ("I live in Kunming and visited Shilin", "530100", "530126"),
        ("I live in Hangzhou near West Lake", "330100", "330106"),
        ("I live in Xiamen near Jimei", "350200", "350211"),
    ],
)
def test_a_place_inside_the_writer_s_only_visited_or_near_is_in_also(
    atlas: Atlas, text: str, lives: str, inside: str
) -> None:
    code, also = _answer(atlas, text)
    assert code == lives and inside in also


@pytest.mark.parametrize(
    ("text", "code"),
    [("昆明石林", "530126"), ("我在昆明，去石林办证", "530126"), ("I live in Kunming, Guandu district", "530111")],
)
def test_a_place_inside_named_as_a_path_or_for_the_card_s_business_is_answered(
    atlas: Atlas, text: str, code: str
) -> None:
    assert _answer(atlas, text)[0] == code
