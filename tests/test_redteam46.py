"""Red team 46: what is answered is what the data and its sources hold. 金门 and 马祖, which the division
list puts in 福建省 and Taiwan governs, get Taiwan's answer; a number whose first six digits name a place
the mainland card is not issued in says so; a topic asked beside such a place says whose card it answers."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.helpers import make_id


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("金门", "350527"),
        ("金门县", "350527"),
        ("我住在金门县", "350527"),
        ("马祖乡", "350122400"),
    ],
)
def test_places_taiwan_governs_are_not_answered_as_the_mainland(cli: Any, query: str, code: str) -> None:
    result = cli("region", query, "--format", "json")
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["place"]["code"] == code
    assert answer["status"] == "not_applicable" and answer["reports"] == []
    local = answer["not_applicable"]
    assert local["document"]["zh"].startswith("身心障礙證明")
    assert {f["source"] for f in local["facts"]} >= {"taichung-2021"}
    assert any("governed by the Republic of China (Taiwan)" in f["quote"] for f in local["facts"])


def test_the_text_answer_for_kinmen_names_taiwans_document_and_its_source(cli: Any) -> None:
    zh = cli("region", "金门")
    assert "金门县：不适用" in zh.stdout and "身心障礙證明" in zh.stdout and "残联" not in zh.stdout
    en = cli("--lang", "en", "region", "金门")
    assert "not applicable" in en.stdout and "simple.wikipedia.org/wiki/Kinmen" in en.stdout


def test_the_mainland_county_that_shares_a_name_with_matsus_is_still_the_mainlands(cli: Any) -> None:
    answer = json.loads(cli("region", "连江县", "--format", "json").stdout)
    assert answer["place"]["code"] == "350122" and answer["status"] != "not_applicable"


@pytest.mark.parametrize(("division", "place"), [("810000", "香港特别行政区"), ("710000", "台湾省")])
def test_a_number_naming_a_place_the_card_is_not_issued_in_says_so(cli: Any, division: str, place: str) -> None:
    number = make_id(division, "19900307", "123") + "41"
    zh = cli("number", number)
    assert f"前6位的地区代码：{place}" in zh.stdout
    assert f"内地的残疾人证不在{place}签发" in zh.stdout and "发证地" not in zh.stdout
    en = cli("--lang", "en", "number", number)
    assert "The mainland disability certificate is not issued in" in en.stdout and "Issued in" not in en.stdout
    assert number not in zh.stdout + en.stdout


def test_a_mainland_number_still_says_where_it_was_issued(cli: Any) -> None:
    zh = cli("number", make_id("530102", "19900307", "123") + "41")
    assert "发证地（前6位）：云南省，昆明市，五华区" in zh.stdout and "不在" not in zh.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("我在香港，三代证要钱吗",), "以下回答说的是内地的残疾人证，不适用于香港特别行政区"),
        (("--lang", "en", "I live in Taipei, how long is the card valid?"), "The answer below is about the mainland"),
        (("金门县的残疾证丢了怎么补",), "不适用于金门县"),
    ],
)
def test_a_topic_asked_beside_such_a_place_says_it_answers_for_the_mainland_card(
    cli: Any, args: tuple[str, ...], words: str
) -> None:
    result = cli(*args)
    assert result.exit_code == 0, result.stderr
    assert words in result.stdout


def test_a_topic_asked_beside_a_mainland_place_has_no_such_line(cli: Any) -> None:
    result = cli("我在昆明，三代证要钱吗")
    assert "以下回答说的是内地的残疾人证" not in result.stdout and "工本费" in result.stdout


@pytest.mark.parametrize(
    ("text", "code", "also"),
    [
        ("户口在天津，人在北京，能在北京换吗", "110000", "120000"),
        ("我户口在邵阳，人在长沙，能在长沙换吗", "430100", "430500"),
        ("我户口在昆明，人在曲靖，能在曲靖换吗", "530300", "530100"),
        ("我在北京，老家河北秦皇岛", "130300", "110000"),
        ("我在深圳上班，户口在湖南邵阳", "430500", "440300"),
        ("北京上海早就换了，我们安徽安庆怀宁县啥时候才能换到新证", "340822", "310000"),
    ],
)
def test_every_other_place_a_text_names_stays_in_also(atlas: Any, text: str, code: str, also: str) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code
    assert also in [p.code for p in answer.also]


@pytest.mark.parametrize(("text", "code"), [("海南澹州", "460400"), ("云南昆明盘龙区", "530103"), ("盘龙区", "530103")])
def test_other_readings_of_a_name_read_on_the_path_stay_aside(atlas: Any, text: str, code: str) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code
    assert not any(p.code in ("150303", "632500") for p in answer.also)  # 乌海's 海南区, 海南藏族自治州


@pytest.mark.parametrize(
    "text",
    [
        "石角镇",
        "石角镇的残疾证",
        "我住在石角镇",
        "我是石角镇的，想问三代证",
        "我在石角镇，换证去哪",
        "我在石角镇住，在哪办",
    ],
)
def test_a_township_name_several_places_bear_is_a_choice_inside_a_sentence_too(cli: Any, text: str) -> None:
    result = cli("region", text, "--format", "json")
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["match"] == "ambiguous" and answer["place"] is None
    codes = [c["code"] for c in answer["candidates"]]
    assert len(codes) == 4 and "500110108" in codes  # 重庆綦江's, which has a record of its own


def test_a_unique_township_in_a_sentence_is_still_that_township(atlas: Any) -> None:
    answer = atlas.answer("我住在黑林铺街道", suggest=False)
    assert answer.place is not None and answer.place.name == "黑林铺街道"


@pytest.mark.parametrize(("place", "inside"), [("广西", "南宁市"), ("宁波", "镇海区")])
def test_a_place_with_its_own_record_names_a_record_inside_that_is_further_on(
    cli: Any, place: str, inside: str
) -> None:
    full = cli("region", place)
    assert f"其下有地方已经发放，2018 起（{inside}：" in full.stdout
    brief = cli("region", place, "--brief")
    assert f"其下有地方已经发放，2018 起（{inside}：" in brief.stdout and "下一步" in brief.stdout


def test_the_json_of_such_a_place_keeps_its_own_status(cli: Any) -> None:
    answer = json.loads(cli("region", "广西", "--format", "json").stdout)
    assert answer["match"] == "exact" and answer["status"] == "preparing"


@pytest.mark.parametrize(
    "text",
    ["我在河南乡下，三代证能办吗", "我在石景山街道办", "我们这里在搞新城镇建设", "我住在高新区街道", "我住在中心镇上"],
)
def test_a_townships_name_inside_other_words_is_no_choice_of_townships(cli: Any, text: str) -> None:
    """(red team 48: only a full name standing as a word of its own is a choice among the townships that bear it)"""
    result = cli("region", text, "--format", "json")
    assert result.exit_code == 1 or json.loads(result.stdout)["match"] != "ambiguous", result.stdout


def test_the_place_written_wins_over_a_township_name_across_its_end(atlas: Any) -> None:
    answer = atlas.answer("我在沙坪坝镇上，三代证能办吗", suggest=False)
    assert answer.place is not None and answer.place.code == "500106"


def test_a_mainland_city_beside_kinmen_in_english_is_the_answer(atlas: Any) -> None:
    answer = atlas.answer("I live in Xiamen, near Kinmen. Can I get the card?", suggest=False)
    assert answer.place is not None and answer.place.code == "350200"
