"""More names people write that the division list does not: city nicknames (筑城, 魔都, 帝都, 日光城),
额旗 and 版纳 for 额济纳旗 and 西双版纳, English names of county-level cities (Aksu City, Shangri-La)
and of areas inside Hong Kong in English and Chinese (Tseung Kwan O, 将军澳, Mong Kok, 天水围).

Expected codes are the official ones of data/divisions/divisions.csv (a test checks each pair).
"""

from __future__ import annotations

import csv
from typing import Any

import pytest

from cardinfo.lookup import Atlas
from tests.helpers import (
    REPO,
    assert_answers_alone,
    assert_answers_code,
    assert_codes_are_official,
    assert_found_in_text,
)

HONG_KONG = "810000"
# (what a person types, official name, code, how the index knows it)
ALONE = [
    ("筑城", "贵阳市", "520100", "short"),
    ("魔都", "上海市", "310000", "short"),
    ("帝都", "北京市", "110000", "short"),
    ("日光城", "拉萨市", "540100", "short"),
    ("额旗", "额济纳旗", "152923", "short"),
    ("版纳", "西双版纳傣族自治州", "532800", "short"),
    ("Aksu City", "阿克苏市", "652901", "exonym"),
    ("Shangri-La", "香格里拉市", "533401", "exonym"),
    ("Shangri-La City", "香格里拉市", "533401", "exonym"),
    ("将军澳", "香港特别行政区", HONG_KONG, "exonym"),
    ("將軍澳", "香港特别行政区", HONG_KONG, "exonym"),
    ("Tseung Kwan O", "香港特别行政区", HONG_KONG, "exonym"),
    ("天水围", "香港特别行政区", HONG_KONG, "exonym"),  # was 天水市, read from its first two characters
    ("Tin Shui Wai", "香港特别行政区", HONG_KONG, "exonym"),
    ("Mong Kok", "香港特别行政区", HONG_KONG, "exonym"),
    ("Tsim Sha Tsui", "香港特别行政区", HONG_KONG, "exonym"),
    ("Causeway Bay", "香港特别行政区", HONG_KONG, "exonym"),
    ("油麻地", "香港特别行政区", HONG_KONG, "exonym"),
    ("九龙塘", "香港特别行政区", HONG_KONG, "exonym"),
    ("西贡", "香港特别行政区", HONG_KONG, "exonym"),
    ("Sha Tin", "香港特别行政区", HONG_KONG, "exonym"),
    ("Tai Po", "香港特别行政区", HONG_KONG, "exonym"),
    ("Tuen Mun", "香港特别行政区", HONG_KONG, "exonym"),
    ("Yuen Long", "香港特别行政区", HONG_KONG, "exonym"),
    ("Central and Western", "香港特别行政区", HONG_KONG, "exonym"),
    ("Kwun Tong", "香港特别行政区", HONG_KONG, "exonym"),
]
# (text, the code the answer is or lies in)
IN_TEXT = [
    ("我在魔都上班", "310000"),
    ("魔都浦东新区", "310115"),
    ("我在帝都工作，三代残疾证能办吗", "110000"),
    ("帝都朝阳区", "110105"),
    ("筑城南明区", "520102"),
    ("我住在日光城", "540100"),
    ("我在额旗上班", "152923"),
    ("我想去版纳旅游", "532800"),
    ("云南版纳景洪市", "532801"),
    ("Aksu City, Xinjiang", "652901"),
    ("Shangri-La, Yunnan", "533401"),
    ("我住在将军澳", HONG_KONG),
    ("Flat 3, 12/F, Tseung Kwan O, New Territories", HONG_KONG),
    ("香港天水围天恒邨", HONG_KONG),
    ("Shop 5, Causeway Bay, HK", HONG_KONG),
]
# Names that answered before and must answer the same now.
UNCHANGED = [
    ("Aksu", "652900"),  # the prefecture; Aksu City is the city
    ("Aksu Prefecture", "652900"),
    ("香格里拉", "533401"),
    ("天水", "620500"),
    ("大埔", "441422"),  # 梅州's county; Hong Kong's 大埔 is reached as 大埔区 or Tai Po
    ("北京", "110000"),
    ("上海", "310000"),
]


def test_the_expected_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(ALONE)


@pytest.mark.parametrize(("query", "name", "code", "kind"), ALONE)
def test_a_name_alone_answers_its_place(cli: Any, query: str, name: str, code: str, kind: str) -> None:
    assert_answers_alone(cli, query, name, code, kind)


@pytest.mark.parametrize(("text", "code"), IN_TEXT)
def test_a_name_inside_an_address_or_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    assert_found_in_text(atlas, text, code)


@pytest.mark.parametrize(("text", "code"), UNCHANGED)
def test_names_that_answered_before_answer_the_same(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


def test_each_new_short_form_quotes_a_source_and_provenance_names_it() -> None:
    with (REPO / "data" / "short_forms.csv").open(encoding="utf-8", newline="") as handle:
        rows = {r["name"]: r for r in csv.DictReader(handle)}
    provenance = (REPO / "data" / "PROVENANCE.md").read_text(encoding="utf-8")
    for form in ("筑城", "魔都", "帝都", "日光城", "额旗", "版纳"):
        assert form in rows[form]["source"], form  # the quoted words use the form
        assert form in provenance, form
    for name in ("Aksu City", "Shangri-La", "Tseung Kwan O", "将军澳", "天水围"):
        assert name in provenance, name
