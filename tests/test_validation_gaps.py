"""Mistakes the schema alone let through (issue 9): each is a data error naming file, line and field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.helpers import assert_data_error, line_of, replace


def test_a_zones_province_must_be_that_of_its_within(cli: Any, data_copy: Path) -> None:
    path = data_copy / "regions.yaml"
    text = path.read_text(encoding="utf-8")
    zone = text.index("  - id: zhejiang-ningbo-hightech\n")
    head, tail = text[:zone], text[zone:]
    path.write_text(head + tail.replace("    province: 浙江省\n", "    province: 福建省\n", 1), encoding="utf-8")
    line = head.count("\n") + 2
    assert_data_error(cli, data_copy, "regions.yaml", line, "province", "expected '浙江省' for within 330200")


def test_an_alias_may_not_take_another_places_official_name(cli: Any, data_copy: Path) -> None:
    path = data_copy / "regions.yaml"
    replace(path, "    aliases: []\n", "    aliases: [北京市]\n")  # the first record: 昆明市
    assert_data_error(
        cli, data_copy, "regions.yaml", line_of(path, "[北京市]"), "regions[0].aliases[0]", "official name of 北京市"
    )
    replace(path, "    aliases: [北京市]\n", "    aliases: [昆明]\n")  # its own short name is fine
    assert cli("--data-dir", str(data_copy), "region", "北京市", "--format", "json").json()["place"]["code"] == "110000"


def test_a_zone_may_not_be_named_like_an_official_place(cli: Any, data_copy: Path) -> None:
    path = data_copy / "regions.yaml"
    replace(path, "    place: 宁波市高新区\n", "    place: 镇海区\n")
    assert_data_error(cli, data_copy, "regions.yaml", line_of(path, "place: 镇海区\n    code: null"), "place", "镇海区")


def test_validity_years_must_be_positive(cli: Any, data_copy: Path) -> None:
    path = data_copy / "regions.yaml"
    for bad in ("-5", "0"):
        replace(path, "    validity_years: 10\n", f"    validity_years: {bad}\n")
        line = line_of(path, f"validity_years: {bad}")
        assert_data_error(cli, data_copy, "regions.yaml", line, "regions[0].validity_years", "above 0")
        replace(path, f"    validity_years: {bad}\n", "    validity_years: 10\n")


def test_a_confusable_value_shows_its_code_points_and_the_nearest_value(cli: Any, data_copy: Path) -> None:
    path = data_copy / "regions.yaml"
    replace(path, "    status: issuing\n", "    status: \u0456ssuing\n")  # Cyrillic і
    result = cli("--lang", "en", "--data-dir", str(data_copy), "region", "昆明")
    assert result.exit_code == 3 and result.stdout == ""
    first = result.stderr.splitlines()[0]
    line = line_of(path, "status: \u0456ssuing")
    assert f"regions.yaml:{line}: regions[0].status" in first
    assert "U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I" in first and "did you mean 'issuing'?" in first
    replace(path, "    status: \u0456ssuing\n", "    status: Issued\n")
    assert "did you mean 'issued'?" in cli("--lang", "en", "data", "check", str(data_copy)).stderr
