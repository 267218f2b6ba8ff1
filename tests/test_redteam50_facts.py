"""Found by red team 50 (facts): a city's start in its districts (市城区) gave its counties a start date its
source says they did not have, and a page's date read as the date a stage began."""

from __future__ import annotations

from typing import Any


def test_a_city_s_start_in_its_districts_sets_no_status_for_its_counties(cli: Any) -> None:
    county = cli("region", "衡南县", "--format", "json").json()
    assert county["status"] == "unknown" and county["basis"] is None
    assert "hengyang-2020" in [r["id"] for r in county["reports"]]  # still shown among what sources say
    assert cli("region", "耒阳", "--format", "json").json()["status"] == "unknown"  # a county-level city
    district = cli("region", "珠晖区", "--format", "json").json()
    assert district["status"] == "issuing" and district["basis"]["id"] == "hengyang-2020"
    assert cli("region", "衡阳", "--format", "json").json()["basis"]["id"] == "hengyang-2020"


def test_a_report_dated_only_by_its_page_reads_as_of_not_since(cli: Any) -> None:
    assert cli("region", "无锡", "--brief").stdout.splitlines()[0].startswith("无锡市：正在换发，截至 2024-01-29（")
    assert "issuing as of 2024-01-29" in cli("--lang", "en", "region", "无锡", "--brief").stdout
    assert cli("region", "邵阳", "--brief").stdout.splitlines()[0].startswith("邵阳市：正在换发，2022-07 起（")


def test_a_number_a_digit_short_has_a_wrong_length_and_no_wrong_character(cli: Any) -> None:
    for typed in ("53010219900307123", "5301021990030712", "530102199003071238411"):  # 17, 16, 21 digits
        number = cli("number", typed, "--format", "json").json()
        assert number["problems"] == ["length"], (typed, number["problems"])


def test_a_fifteen_digit_id_s_mask_shows_no_digit_of_the_birth_date(cli: Any) -> None:
    number = cli("number", "130106800101123", "--format", "json").json()
    assert number["masked"] == "130106******123" and "0101" not in number["masked"]
