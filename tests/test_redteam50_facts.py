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
