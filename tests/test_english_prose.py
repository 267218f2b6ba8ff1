"""English sentences: a name is a place unless the words around make it a thing named after the place
(Sichuan pepper, Harbin beer, a bottle of Luzhou Laojiao) or a person (Yu Lin from HR, my friend Yanan,
Liu Xiangyang), and no word makes it a place (lives in Lanzhou, hukou: Ganzhou, Zhaotong, Yunnan)."""

from __future__ import annotations

import pytest

from cardinfo.english import prose
from cardinfo.lookup import Atlas
from tests.helpers import assert_answers_code, named_codes

THINGS_AND_PEOPLE = [
    "Sichuan pepper makes my tongue go completely numb",
    "Bought a bottle of Luzhou Laojiao for the office party and nobody opened it",
    "Harbin beer is really cheap at the supermarket here in Toronto",
    "Yu Lin from HR said the card renewal usually takes two weeks",
    "Our team lead Xu Chang is on leave this week",
    "Ordered Peking duck and egg fried rice for the family dinner",
    "My manager Wang Jianhua finally approved the leave request",
    "Jinhua helped me fill in the form yesterday",  # what a person does after the name
    "Zhang Ye is my physio and she is great",
    "a cold Tsingtao after work is all I want",
    "The Lanzhou beef noodles near my office in London are great",
    "Xinhua reported that the disability allowance will go up next year",
    "do i need my hukou book and photos when i go to exchange",  # hukou is 户口, no 湖口县
    "My cat Lhasa sleeps all day on the sofa",  # a pet
    "We had dinner at Hunan Kitchen near the station",  # a restaurant
    "The frigate Xuzhou came into port last month",  # a ship
    "She drives a Changan CS55 to work every day",  # a car and its model
    "The song Lijiang was on the radio again",  # a song
    "Ms. Ning De, please come to window 3",  # a title, then its dot
    "Professor Lin Yi teaches calculus on Mondays",  # a title makes it a sentence
    "Yan An is the new intern in our team",  # who the person is
    "Guide dogs are allowed on the bus in most cities",  # guide: an English word (贵德县's pinyin)
    "They try to guide the eye to the differences in each line",
    "You can define an owner and a group for the archive",  # and a: no 安达市
    "He left early because it started to rain",  # "He left" is no Hezuo (合作市): Left only inside a banner's name
]


@pytest.mark.parametrize("text", THINGS_AND_PEOPLE)
def test_a_thing_or_a_person_named_after_a_place_is_no_place(atlas: Atlas, text: str) -> None:
    assert named_codes(atlas, text) == set()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("my dad lives in Lanzhou, Gansu, is the new card free there?", "620100"),
        ("My mum's hukou is in Yibin and she needs the new card", "511500"),
        ("HUKOU: GANZHOU, JIANGXI — can I apply for the renewal online?", "360700"),
        ("Has Kunming started issuing the third-generation card yet?", "530100"),
        ("Zhaotong, Yunnan — is the new card free there for my mother?", "530600"),
        ("has the new card reached Guizhou yet", "520000"),
        ("My grandmother lives in the old town of Chaozhou and cannot walk", "445100"),
        ("Retired to Sanya with my wife, and she needs a wheelchair card now", "460200"),
        ("My family's ancestral home is Ningpo; my aunt still lives in the old house.", "330200"),
        ("Our family is from the city of Shantou and we want to ask about the card", "440500"),
        ("We live in Chaoyang District, Beijing, right by the third ring road.", "110105"),
        ("Hukou County, Jiangxi", "360429"),
        # no word says where, and none makes it a thing or a person: the place people mean
        ("Kunming folks, is the card free?", "530100"),
        ("my mum (Yibin) needs a new disability card", "511500"),
        ("We are a Shenzhen-based family with a disabled son", "440300"),
        ("Chongqing now lets you renew the card online", "500000"),
        ("Does anyone know if Luoyang accepts the e-card?", "410300"),
        ("Harbin winters are hard for my dad in his wheelchair", "230100"),
        ("Our team lead lives in Xuchang and his son is deaf", "411000"),
    ],
)
def test_a_place_the_words_around_make_one_is_answered(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


@pytest.mark.parametrize(
    ("text", "is_prose"),
    [
        ("Guandu District, Kunming", False),
        ("kunming yunnan guandu", False),
        ("Peking", False),
        ("Harbin beer is on the happy hour menu tonight", True),
        ("Xinjiang Flying Tigers signed another guard, that's three this season.", True),
    ],
)
def test_only_a_sentence_is_read_as_prose(text: str, is_prose: bool) -> None:
    """A name or an address in English keeps every name it holds, whatever words surround them."""
    assert prose(text) is is_prose


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("He left Kunming for Paris in 1920", "530100"),
        ("Alxa Left Banner", "152921"),
        ("My aunt lives in Guide, Qinghai with her kids", "632523"),
        ("I moved to Anda last year for work", "231281"),
        ("Horqin Left Middle Banner", "150521"),
        ("Benxi Manchu Autonomous County", "210521"),
    ],
)
def test_a_position_word_is_a_banner_s_only_inside_its_name(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)
