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


@pytest.mark.parametrize(
    ("text", "lives", "other"),
    [
        ("他在武汉，我在宜昌", "420500", "420100"),
        ("我妈住上海，我住苏州", "320500", "310000"),
        ("朋友在重庆买房了，我在成都", "510100", "500000"),
        ("我姐在澳门，我在珠海", "440400", "820000"),  # a relative where the mainland card is not issued
        ("我爸在台湾，我在厦门", "350200", "710000"),
        ("我住廊坊，在北京看病", "131000", "110000"),  # a stay for the doctor
        ("我在上海上班，住在昆山", "320583", "310000"),  # work there, home here
        ("My sister lives in Hong Kong, I live in Guangzhou", "440100", "810000"),
        ("my son lives in Shanghai, I live in Hefei", "340100", "310000"),
    ],
)
def test_where_the_writer_lives_outweighs_where_someone_else_does(
    atlas: Atlas, text: str, lives: str, other: str
) -> None:
    code, also = _answer(atlas, text)
    assert code == lives and other in also


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("我在吴忠，问银川", "640100"),  # asked about: more than where the writer is
        ("我在晋城工作，帮长治的姐姐问", "140400"),
        ("我在苏州，哦打错了，是宿州", "341300"),  # taken back
        ("我在曲靖出差，昆明发了吗", "530100"),
    ],
)
def test_a_place_asked_about_or_corrected_still_outweighs_the_writer_s(atlas: Atlas, text: str, code: str) -> None:
    assert _answer(atlas, text)[0] == code


def test_a_shared_english_name_where_the_writer_lives_is_a_choice_with_the_other_place_in_also(atlas: Atlas) -> None:
    answer = atlas.answer("I live in Fuzhou, my mother lives in Beijing", suggest=False)
    assert answer.place is None and {c.place.code for c in answer.candidates} >= {"350100", "361000"}
    assert "110000" in [p.code for p in answer.also]


@pytest.mark.parametrize(
    ("text", "code", "other"),
    [
        ("上海？不，我在杭州", "330100", "310000"),  # taken back: 不 alone after it
        ("我在昆明，不，我在玉溪", "530400", "530100"),
        ("Nanchang, sorry I meant Nanning", "450100", "360100"),
        ("我去了趟长沙，回到株洲", "430200", "430100"),  # a trip
        ("小时候在昆明，后来去了曲靖", "530300", "530100"),  # childhood, then a move
    ],
)
def test_a_place_taken_back_left_or_only_visited_gives_way(atlas: Atlas, text: str, code: str, other: str) -> None:
    answer, also = _answer(atlas, text)
    assert answer == code and other in also
