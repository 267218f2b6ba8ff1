"""Broken data of every kind: exit 3, a message naming file, line and field, nothing on stdout."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from cardinfo.errors import DataError
from cardinfo.i18n import Msg
from tests.helpers import assert_data_error, fast_first, line_of, replace

MALFORMED = Path(__file__).parent / "malformed"


@pytest.mark.parametrize(
    ("old", "new", "field", "expected"),
    fast_first(
        [
            ("    pilot: false\n", "    pilot: maybe\n", "regions[0].pilot", "expected true or false"),
            (
                "    status: issuing\n",
                "    status: done\n",
                "regions[0].status",
                "expected one of issued, issuing, preparing",
            ),
            ('    code: "530100"\n', "    code: 530100\n", "regions[0].code", ""),  # unquoted: fine as long as valid
            ('    code: "530100"\n', '    code: "999999"\n', "regions[0].code", "no official division has code 999999"),
            ("    place: 昆明市\n", "    place: 昆明\n", "regions[0].place", "official name '昆明市'"),
            ("    level: prefecture\n", "    level: city\n", "regions[0].level", "expected one of province"),
            ("    since: null\n", '    since: "2020-13"\n', "regions[0].since", "real calendar date"),
            ("    since: null\n", '    since: "last spring"\n', "regions[0].since", "expected a date"),
            (
                "    functions: [身份识别, 公共交通乘车]\n",
                "    functions: 身份识别\n",
                "regions[0].functions",
                "expected a list",
            ),
            ("    validity_years: 10\n", "    validity_years: ten\n", "regions[0].validity_years", "whole number"),
            ("    pilot: false\n", "    pilot: false\n    colour: red\n", "regions[0].colour", "unknown key"),
            ("    province: 云南省\n", "", "regions[0].province", "required key is missing"),
            ("      section: issuing\n", "      section: somewhere\n", "regions[0].source.section", "expected one of"),
            ("  - id: yunnan-kunming-wuhua\n", "  - id: yunnan-kunming\n", "regions[1].id", "duplicate id"),
            ('    code: "530102"\n', '    code: "530100"\n', "regions[1].code", "duplicate code"),
        ]
    ),
)
def test_schema_violations(cli: Any, data_copy: Path, old: str, new: str, field: str, expected: str) -> None:
    path = data_copy / "regions.yaml"
    replace(path, old, new)
    if expected == "":  # an unquoted but valid code is accepted
        assert cli("--data-dir", str(data_copy), "region", "昆明").exit_code == 0
        return
    assert_data_error(cli, data_copy, "regions.yaml", None, field, expected)


def test_the_line_is_the_offending_one(cli: Any, data_copy: Path) -> None:
    path = data_copy / "regions.yaml"
    replace(path, "    status: preparing\n", "    status: planned\n")
    assert_data_error(cli, data_copy, "regions.yaml", line_of(path, "status: planned"), "status", "expected one of")


def test_a_wrong_official_name_points_at_its_line(cli: Any, data_copy: Path) -> None:
    path = data_copy / "regions.yaml"
    replace(path, "    place: 郑州市\n", "    place: 郑州\n")
    assert_data_error(cli, data_copy, "regions.yaml", line_of(path, "place: 郑州\n"), "place", "official name")
    faq = data_copy / "faq.yaml"
    replace(faq, "  - key: qrcode\n", "  - key: fee\n")
    second = [n for n, line in enumerate(faq.read_text(encoding="utf-8").splitlines(), 1) if line == "  - key: fee"][1]
    result = cli("--lang", "en", "data", "check", str(data_copy))
    assert f"faq.yaml:{second}: topics[3].key: duplicate topic key 'fee'" in result.stderr


@pytest.mark.parametrize(
    ("sample", "line", "expected"),
    fast_first(
        [
            ("syntax_error.yaml", None, "not valid YAML"),
            ("empty.yaml", 1, "file is empty"),
            ("unsafe_tag.yaml", 3, "unsupported YAML tag"),
            ("billion_laughs.yaml", None, "aliases"),
            ("top_level_list.yaml", 1, "expected a mapping"),
            ("no_regions.yaml", 2, "at least 1 item"),
            ("binary_junk.yaml", 4, "not UTF-8"),  # the first non-UTF-8 byte is on line 4
            pytest.param("deep_nesting.yaml", 1, "not valid YAML", marks=pytest.mark.slow),
            ("utf16.yaml", 1, "not UTF-8"),
            ("duplicate_key.yaml", 2, "duplicate key"),
        ]
    ),
)
def test_malformed_files(cli: Any, data_copy: Path, sample: str, line: int | None, expected: str) -> None:
    shutil.copy(MALFORMED / sample, data_copy / "regions.yaml")
    assert_data_error(cli, data_copy, "regions.yaml", line, "", expected)


def test_unsafe_tag_is_never_constructed(cli: Any, data_copy: Path, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    (data_copy / "regions.yaml").write_text(
        f'schema_version: 1\nregions:\n  - !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8"
    )
    assert cli("--data-dir", str(data_copy), "status").exit_code == 3
    assert not marker.exists()


def test_missing_faq(cli: Any, data_copy: Path) -> None:
    (data_copy / "faq.yaml").unlink()
    result = cli("--data-dir", str(data_copy), "faq", "fee")
    assert result.exit_code == 3 and result.stdout == "" and "faq.yaml" in result.stderr and "missing" in result.stderr
    check = cli("data", "check", str(data_copy))
    assert check.exit_code == 3 and "faq.yaml" in check.stderr


def test_broken_faq(cli: Any, data_copy: Path) -> None:
    path = data_copy / "faq.yaml"
    replace(path, "  - key: fee\n", "  - key: transition\n")
    result = cli("--lang", "en", "--data-dir", str(data_copy), "faq", "fee")
    assert result.exit_code == 3 and "duplicate topic key" in result.stderr
    replace(path, "        confidence: High\n", "        confidence: Certain\n")
    assert "confidence" in cli("data", "check", str(data_copy)).stderr


def test_data_check_reports_every_problem(cli: Any, data_copy: Path) -> None:
    path = data_copy / "regions.yaml"
    replace(path, "    pilot: false\n", "    pilot: 1\n", count=3)
    replace(path, "    status: issued\n", "    status: done\n")
    result = cli("data", "check", str(data_copy))
    assert result.exit_code == 3 and result.stdout == ""
    problems = [line for line in result.stderr.splitlines() if line.startswith("  ")]
    assert len(problems) == 4
    assert cli("data", "check").exit_code == 0


def test_env_var_selects_the_data(cli: Any, data_copy: Path) -> None:
    replace(data_copy / "regions.yaml", "    status: issuing\n", "    status: preparing\n")  # 昆明 (first record)
    result = cli("region", "昆明", "--format", "json", env={"CARDINFO_DATA_DIR": str(data_copy)})
    assert result.json()["status"] == "preparing"


def test_cache_follows_edits(cli: Any, data_copy: Path) -> None:
    """The compiled cache is keyed by content: an edit is seen on the very next run."""
    args = ("--data-dir", str(data_copy), "region", "昆明", "--format", "json")
    assert cli(*args).json()["status"] == "issuing"
    assert cli(*args).json()["status"] == "issuing"  # served from the cache
    replace(data_copy / "regions.yaml", "    status: issuing\n", "    status: issued\n")
    assert cli(*args).json()["status"] == "issued"
    replace(data_copy / "regions.yaml", "    status: issued\n", "    status: bogus\n")
    assert cli(*args).exit_code == 3


def test_load_raises_data_error(data_copy: Path) -> None:
    from cardinfo.data import load

    (data_copy / "regions.yaml").write_text("regions: [", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load(data_copy)
    problem = caught.value.values["problem"]
    assert caught.value.exit_code == 3 and isinstance(problem, Msg) and problem.key == "problem.line"
    assert str(problem.values["file"]).endswith("regions.yaml") and problem.values["what"] == Msg(
        "problem.yaml", {"reason": Msg("yaml.content")}
    )


def test_a_damaged_cache_is_ignored(cli: Any, data_copy: Path, fresh_cache: Path) -> None:
    args = ("--data-dir", str(data_copy), "region", "昆明", "--format", "json")
    assert cli(*args).exit_code == 0
    (cached,) = fresh_cache.glob("data-*.bin")
    for damage in (cached.read_bytes()[:-7], b"", cached.read_bytes().replace(b"yunnan", b"YUNNAN")):
        cached.write_bytes(damage)
        result = cli(*args)
        assert result.exit_code == 0 and result.json()["records"][0]["id"] == "yunnan-kunming"
