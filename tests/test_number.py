"""ID and certificate numbers: checked offline, explained, resolved to a division, never shown whole."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cardinfo
from cardinfo import queries, shapes
from cardinfo.idnumber import check, check_digit, compact, is_number_shaped, mask, mask_text, runs, strip_numbers
from cardinfo.places import Divisions
from tests.helpers import REPO, load_script, make_id

TODAY = dt.date(2026, 11, 29)


# The worked example of GB 11643-1999 (its check character is X).
STANDARD_EXAMPLE = "11010519491231002X"


def test_the_standard_example_is_valid() -> None:
    assert check_digit(STANDARD_EXAMPLE[:17]) == "X"
    result = check(STANDARD_EXAMPLE, TODAY)
    assert result.valid and result.problems == () and result.kind == "id"
    assert result.masked == "110105********002X"
    assert result.division == "110105"


@pytest.mark.slow  # hypothesis: 100 generated cases
@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_digit_catches_every_single_digit_error(body: str) -> None:
    number = body + check_digit(body)
    for i in range(17):
        for d in "0123456789":
            if d != body[i]:
                typo = body[:i] + d + body[i + 1 :]
                assert check_digit(typo) != number[17], (i, d)


@pytest.mark.slow  # hypothesis: 100 generated cases
@given(st.text(alphabet="0123456789", min_size=17, max_size=17), st.integers(0, 15))
def test_check_digit_catches_swapped_neighbours(body: str, i: int) -> None:
    if body[i] != body[i + 1]:
        swapped = body[:i] + body[i + 1] + body[i] + body[i + 2 :]
        assert check_digit(swapped) != check_digit(body)


@pytest.mark.parametrize(
    ("birth", "problem"),
    [
        ("19800101", None),
        ("20000229", None),  # 2000 was a leap year
        ("19000229", "birth_date"),  # 1900 was not
        ("19800230", "birth_date"),
        ("19801301", "birth_date"),
        ("19800100", "birth_date"),
        ("18000101", "birth_date"),
        ("20261130", "birth_future"),  # the day after TODAY
        ("20261129", None),
    ],
)
def test_birth_date_must_be_real_and_past(birth: str, problem: str | None) -> None:
    result = check(make_id(birth=birth), TODAY)
    assert result.problems == ((problem,) if problem else ())
    assert result.valid is (problem is None)


def test_a_wrong_check_character_is_a_problem() -> None:
    good = make_id()
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    assert check(bad, TODAY).problems == ("check_digit",)


def test_fifteen_digit_ids_have_a_1900s_birth_date_and_no_check_character() -> None:
    assert check("110105491231002", TODAY).valid
    assert check("110105491231002", TODAY).masked == "110105******002"
    assert check("110105490230002", TODAY).problems == ("birth_date",)


@pytest.mark.parametrize(
    ("suffix", "category", "grade", "replacement", "problems"),
    [
        ("11", (1, "视力", "visual"), (1, "一级", "grade 1"), 0, ()),
        ("24", (2, "听力", "hearing"), (4, "四级", "grade 4"), 0, ()),
        ("32", (3, "言语", "speech"), (2, "二级", "grade 2"), 0, ()),
        ("43", (4, "肢体", "physical"), (3, "三级", "grade 3"), 0, ()),
        ("51", (5, "智力", "intellectual"), (1, "一级", "grade 1"), 0, ()),
        ("62", (6, "精神", "mental"), (2, "二级", "grade 2"), 0, ()),
        ("71B1", (7, "多重", "multiple"), (1, "一级", "grade 1"), 1, ()),
        ("41b9", (4, "肢体", "physical"), (1, "一级", "grade 1"), 9, ()),
        ("81", None, (1, "一级", "grade 1"), 0, ("category",)),
        ("01", None, (1, "一级", "grade 1"), 0, ("category",)),
        ("45", (4, "肢体", "physical"), None, 0, ("grade",)),
        ("40", (4, "肢体", "physical"), None, 0, ("grade",)),
        ("41B0", (4, "肢体", "physical"), (1, "一级", "grade 1"), 0, ("replacement",)),
    ],
)
def test_certificate_numbers(
    suffix: str,
    category: tuple[int, str, str] | None,
    grade: tuple[int, str, str] | None,
    replacement: int,
    problems: tuple[str, ...],
) -> None:
    result = check(make_id() + suffix, TODAY)
    assert result.kind == "certificate"
    assert result.problems == problems and result.valid is (not problems)
    assert result.replacement == replacement
    for lang, index in (("zh", 1), ("en", 2)):
        shown = result.to_dict(lang)
        assert shown["category"] == (None if category is None else {"code": category[0], "name": category[index]})
        assert shown["grade"] == (None if grade is None else {"code": grade[0], "name": grade[index]})
    assert result.masked == result.masked[:6] + "*" * (len(result.masked) - 10) + result.masked[-4:]
    assert result.masked.startswith("530102") and result.masked.endswith(compact(make_id() + suffix)[-4:])


def test_the_json_object_has_the_contract_fields() -> None:
    shown = check(make_id() + "41", TODAY).to_dict("en")
    assert set(shown) == {"kind", "masked", "valid", "problems", "category", "grade", "replacement"}
    assert shown["kind"] == "certificate" and shown["problems"] == [] and shown["replacement"] == 0


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        ("1234567890123456", ("length",)),
        ("5301021980010112", ("length",)),
        ("530102198001011234567", ("length",)),
        ("53010219800101123A", ("characters",)),
        ("5301021980010112X341", ("characters",)),  # X before the 18th place
        ("", ("length",)),  # nothing typed: no wrong character either
        ("昆明", ("length", "characters")),
    ],
)
def test_malformed_numbers(text: str, problems: tuple[str, ...]) -> None:
    result = check(text, TODAY)
    assert not result.valid
    assert set(problems) <= set(result.problems)


def test_people_write_numbers_with_spaces_dashes_full_width_and_lower_case() -> None:
    number = make_id(seq="000")  # may end in X
    spaced = f"{number[:6]} {number[6:14]} {number[14:]}".lower()
    dashed = f"{number[:6]}-{number[6:14]}-{number[14:]}"
    wide = "".join(chr(ord(c) + 0xFEE0) for c in number)
    for form in (spaced, dashed, wide):
        assert compact(form) == number.upper()
        assert check(form, TODAY).valid


@pytest.mark.parametrize("n", [0, 1, 5, 13])
def test_short_strings_are_never_shown_whole(n: int) -> None:
    text = "7" * n
    shown = mask(text)
    assert len(shown) == n
    assert shown.count("*") >= (n + 1) // 2


def test_mask_text_masks_every_number_in_a_sentence_and_nothing_else() -> None:
    a, b = make_id(), make_id("110105", "19491231", "002")
    sentence = f"我的身份证{a}，孩子的残疾人证号 {b[:6]} {b[6:14]} {b[14:]}42B1，住在530102，村代码530102001001"
    shown = mask_text(sentence)
    for number in (a, b):
        assert number not in compact(shown)
        assert number[6:14] not in shown
    assert f"{a[:6]}********{a[-4:]}" in shown
    assert f"{b[:6]}{'*' * 12}42B1" in shown
    assert shown.endswith("住在530102，村代码530102001001")
    stripped = strip_numbers(sentence)
    assert not list(runs(stripped)) and a[6:] not in stripped and "村代码530102001001" in stripped


@pytest.mark.slow  # hypothesis: 100 generated cases
@given(st.lists(st.sampled_from(["昆明", " ", "，", "-", "x", "B1", "0", "1", "9", "X", "５"]), max_size=40))
def test_mask_text_never_leaves_fourteen_digits_in_a_row(parts: list[str]) -> None:
    shown = mask_text("".join(parts))
    assert not any(sum(c != "B" for c in chars) >= 14 for _, _, chars in runs(shown))


@pytest.mark.parametrize(
    ("chars", "shaped"),
    [
        (make_id(), True),
        (make_id()[:15], True),
        (make_id() + "41", True),
        (make_id() + "41B2", True),
        (make_id() + "4", False),
        (make_id() + "41B", False),
        ("1" * 16, False),
        ("X" + make_id()[1:], False),
    ],
)
def test_number_shapes(chars: str, shaped: bool) -> None:
    assert is_number_shaped(chars) is shaped


# ── where a number was issued ──────────────────────────────────────────────────────────────


def test_a_current_division_code_is_where_the_number_was_issued(divisions: Divisions) -> None:
    result, issued = queries.check_number(divisions, make_id("530102"))
    assert result.valid and issued is not None and issued.former is None
    assert [p.path for p in issued.places] == [("云南省", "昆明市", "五华区")]


@pytest.mark.parametrize(
    ("code", "paths"),
    [
        ("530122", [("云南省", "昆明市", "晋宁区")]),  # 晋宁县 became a district in 2016
        ("110103", [("北京市", "东城区")]),  # 崇文区 merged into 东城区 in 2010
        ("132100", [("河北省", "邯郸市")]),  # 邯郸地区: its counties went to 邯郸市
        ("510200", [("重庆市",)]),  # Sichuan's 重庆市 before the municipality
        (
            "130106",
            [
                ("河北省", "石家庄市", "长安区"),
                ("河北省", "石家庄市", "桥西区"),
                ("河北省", "石家庄市", "新华区"),
                ("河北省", "石家庄市", "裕华区"),
            ],
        ),
    ],
)
def test_a_retired_code_leads_to_what_it_became(divisions: Divisions, code: str, paths: list[tuple[str, ...]]) -> None:
    result, issued = queries.check_number(divisions, make_id(code))
    assert result.valid and issued is not None and issued.former is not None
    assert issued.former.code == code
    assert [p.path for p in issued.places] == paths


def test_several_successors_are_summed_up_by_the_place_that_holds_them(divisions: Divisions) -> None:
    result, issued = queries.check_number(divisions, make_id("130106"))
    shown = shapes.number_check(result, issued, "zh")
    assert shown["region"] == {
        "code": "130100",
        "name": "石家庄市",
        "level": "prefecture",
        "path": ["河北省", "石家庄市"],
    }
    assert shown["former_division"]["names"] == ["郊区"] and shown["former_division"]["until"] == "2001"
    assert len(shown["former_division"]["successors"]) == 4


def test_a_division_no_code_ever_had_is_a_problem(divisions: Divisions) -> None:
    result, issued = queries.check_number(divisions, make_id("530199"))
    assert issued is None and not result.valid and result.problems == ("division",)


def test_the_retired_code_table_is_current_with_the_division_files() -> None:
    """data/former_codes.csv is what scripts/build_former_codes.py makes of data/divisions/ today."""
    rebuilt = load_script("scripts/build_former_codes.py").render(REPO / "data" / "divisions")
    assert rebuilt == (REPO / "data" / "former_codes.csv").read_text(encoding="utf-8"), (
        "run python scripts/build_former_codes.py"
    )


def test_every_retired_code_in_the_table_leads_to_current_divisions(divisions: Divisions) -> None:
    table = queries.former_codes(REPO / "data" / "former_codes.csv")
    assert len(table) > 3000
    sample = random.Random(7).sample(sorted(table), 200)
    for code in sample:
        assert divisions.place(code) is None
        assert all(divisions.place(s) is not None for s in table[code].successors), code


def test_a_damaged_retired_code_table_is_a_data_error(tmp_path: Path) -> None:
    from cardinfo.errors import DataError

    bad = tmp_path / "former_codes.csv"
    bad.write_text("code,names,until,successors\n530122,晋宁县\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"former_codes\.csv:2"):
        queries.former_codes(bad)


def test_a_number_answers_like_its_division_code(cli: Any) -> None:
    """Status from all evidence, its basis and the next step: the same for a number as for its code."""
    by_number = cli("region", "11010519491231002X", "--format", "json").json()
    by_code = cli("region", "110105", "--format", "json").json()
    for key in ("match", "status", "basis", "reports", "next_step", "place"):
        assert by_number[key] == by_code[key], key
    assert by_number["basis"] is not None


# ── a retired code split among several places: `region` answers as `number` does ────────────

SPLIT = {"130102", "130104", "130105", "130108"}  # 郊区 130106's four successors in 石家庄市


def _split_answer(answer: dict[str, Any], number: str) -> None:
    assert answer["match"] != "ambiguous" and answer["candidates"] == []
    assert answer["place"]["code"] == "130100" and answer["place"]["name"] == "石家庄市"
    assert {p["code"] for p in answer["also"]} == SPLIT  # nothing picked silently
    assert answer["matched_by"] == "former-code"
    assert number not in json.dumps(answer, ensure_ascii=False)


def test_region_of_a_split_retired_code_is_the_place_number_names(cli: Any) -> None:
    number = make_id("130106", "19700505", "123")
    answer = cli("region", number, "--format", "json").json()
    _split_answer(answer, number)
    assert answer["place"] == cli("number", number, "--format", "json").json()["region"]
    assert {p["code"] for p in answer["number"]["former_division"]["successors"]} == SPLIT
    text = cli("--plain", "region", number)
    assert text.exit_code == 0 and number not in text.stdout
    assert text.stdout.startswith("居民身份证号码 130106********") and "石家庄市：" in text.stdout
    assert all(name in text.stdout.split("也可能指：")[1] for name in ("长安区", "桥西区", "新华区", "裕华区"))


def test_ask_batch_and_api_answer_a_split_retired_code_alike(cli: Any) -> None:
    number = make_id("130106", "19700505", "123")
    _split_answer(cli("ask", f"我的证号{number}，要钱吗", "--format", "json").json()["region"], number)
    _split_answer(cardinfo.region(number), number)
    row = next(iter(cardinfo.regions([number])))
    assert row["match"] != "ambiguous" and row["place"]["code"] == "130100"
    assert {p["code"] for p in row["also"]} == SPLIT and number not in json.dumps(row)
    result = cli("region", "--input", "-", "--format", "csv", input=f"{number}\n")
    assert result.exit_code == 0 and number not in result.stdout
    (line,) = csv.DictReader(io.StringIO(result.stdout))
    assert line["code"] == "130100"


def test_a_retired_code_with_one_successor_still_answers_it(cli: Any) -> None:
    answer = cli("region", make_id("530122"), "--format", "json").json()  # 晋宁县 -> 晋宁区
    assert answer["place"]["code"] == "530115" and answer["also"] == []
    assert answer["matched_by"] == "former-code"


def test_a_text_longer_than_any_query_is_refused_not_echoed(cli: Any) -> None:
    result = cli("number", "1" * 40_000)
    assert result.exit_code == 1 and result.stdout == ""
    assert "500" in result.stderr and "1" * 20 not in result.stderr


@pytest.mark.parametrize("typed", ["5301021990030712381", "53010219900307123", "5301 0219 9003 0712 381"])
def test_a_number_one_digit_long_or_short_says_so_in_region(cli: Any, typed: str) -> None:
    # it said "no place typed", as if nothing had been: the digits were the whole text
    digits = sum(ch.isdigit() for ch in typed)
    zh = cli("region", typed)
    assert zh.exit_code == 1 and f"{digits}位数字，长度不对" in zh.stderr
    en = cli("--lang", "en", "region", typed)
    assert en.exit_code == 1 and f"{digits} digits is the wrong length" in en.stderr
    assert "".join(typed.split()) not in zh.stderr + en.stderr + zh.stdout + en.stdout  # masked
