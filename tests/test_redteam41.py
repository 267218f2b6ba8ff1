"""Found by a red-team pass on the personal-number mask (session 23): a number whose check X stands
alone, two numbers run together across list marks, digits written in other alphabets or said in
English, a long label between the pieces, a code then a date refused as a number, a number typed
with list marks read as the wrong length, the data's own texts and batch lines split with labels."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import cardinfo
from cardinfo.errors import NotFound
from cardinfo.idnumber import check, mask_text
from tests.helpers import make_id

ID = make_id("110105", "19630527", "417")
OTHER = make_id("320502", "19920304", "058")
WITH_X = next(n for n in (make_id("440304", "20010811", f"{s:03}") for s in range(1000)) if n.endswith("X"))


def hidden(number: str, shown: str) -> bool:
    """Whether `shown` keeps none of the digits the mask hides (the birth date and what follows it)."""
    digits = "".join(ch for ch in shown if ch.isdigit())
    return number[6:14] not in digits and number[6:14] not in shown


def spelt(alphabet: Sequence[str], between: str = "") -> tuple[str, str, str]:
    """ID written in `alphabet` (its digits 0 to 9), and its birth date written so."""

    def write(digits: str) -> str:
        return between.join(alphabet[int(d)] for d in digits)

    return ID, write(ID), write(ID[6:14])


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@pytest.mark.parametrize(
    ("number", "written", "middle"),
    [
        # the check character alone after the pieces
        (WITH_X, f"{WITH_X[:6]}，{WITH_X[6:14]}，{WITH_X[14:17]}，X", WITH_X[6:14]),
        (WITH_X, f"证号 {WITH_X[:6]} / {WITH_X[6:14]} / {WITH_X[14:17]} / x", WITH_X[6:14]),
        # a long label between the pieces (up to 16 characters)
        (ID, f"前六位{ID[:6]}，出生年月日为{ID[6:14]}，后四位{ID[14:]}", ID[6:14]),
        (ID, f"code {ID[:6]} / birthday {ID[6:14]} / last {ID[14:]}", ID[6:14]),
        # other alphabets for the digits: full-width letters, Cyrillic O, traditional and Hangzhou numerals
        spelt("Ｏｌ23456789"),
        spelt("\u041e123456789"),
        spelt("零壹貳參肆伍陸柒捌玖"),
        spelt("〇〡〢〣〤〥〦〧〨〩"),
        # said in English, as voice input writes it
        spelt(WORDS, " "),
        spelt(WORDS, ", "),
    ],
)
def test_the_number_is_masked_however_its_pieces_are_written(number: str, written: str, middle: str) -> None:
    assert middle in written  # (the birth date as written: what the mask must hide)
    shown = mask_text(written)
    assert middle not in shown and hidden(number, shown), shown


def test_two_numbers_run_together_across_list_marks_are_both_masked(cli: Any) -> None:
    text = f"{ID[:6]}，{ID[6:14]}，{ID[14:]}{OTHER[:6]}，{OTHER[6:14]}，{OTHER[14:]}"
    shown = mask_text(text)
    assert hidden(ID, shown) and hidden(OTHER, shown), shown
    result = cli("region", text)
    assert hidden(ID, result.stdout + result.stderr) and hidden(OTHER, result.stdout + result.stderr)


def test_a_number_then_the_category_and_grade_apart_is_the_number_and_two_words() -> None:
    # an ID, then 1 and 1 after a comma, is not a 20-digit certificate number whose last four show more
    shown = mask_text(f"身份证{ID}，类别1，等级1")
    assert f"{ID[:6]}********{ID[-4:]}" in shown and shown.endswith("类别1，等级1")


@pytest.mark.parametrize(
    "text",
    [
        "2025-03-01、2025-03-02、2025-03-03",
        "电话0871-63112345，手机13812345678，邮编650000",
        "one two three four five, and then some more words",
        "open the box x, then one two",
        "530102，530103，530104，530111，530112",
        "第1、2、3、4、5、6、7、8、9、10、11、12、13、14条",
    ],
)
def test_ordinary_texts_are_shown_as_typed(text: str) -> None:
    assert mask_text(text) == text


def test_a_code_then_a_date_is_the_place_not_a_number_of_the_wrong_length(cli: Any) -> None:
    result = cli("region", "530102 2023-05-06", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["place"]["code"] == "530102"
    row = next(cardinfo.regions(["530111 2021-3-4"]))
    assert row["query"] == "530111 2021-3-4" and row["place"]["code"] == "530111"


@pytest.mark.parametrize(
    "typed",
    [
        f"{ID[:6]}，{ID[6:14]}，{ID[14:]}",
        f"{ID[:6]}、{ID[6:14]}、{ID[14:]}",
        ",".join(ID[k : k + 3] for k in range(0, 18, 3)),
    ],
)
def test_a_number_typed_with_list_marks_is_read_as_the_number(cli: Any, typed: str) -> None:
    assert check(typed).valid and check(typed).kind == "id"
    result = cli("number", typed, "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["valid"] is True
    assert hidden(ID, result.stdout)
    found = cli("region", typed, "--format", "json")
    assert json.loads(found.stdout)["place"]["code"] == "110105" and hidden(ID, found.stdout)


@pytest.mark.parametrize(
    "written",
    [
        f"联系人证号{ID[:6]}，{ID[6:14]}，{ID[14:]}",
        spelt(WORDS, " ")[1],
    ],
)
def test_a_number_in_pieces_in_the_data_is_a_data_problem(cli: Any, data_copy: Path, written: str) -> None:
    path = data_copy / "regions.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("其中五华区10个街道已经开始启动")
    path.write_text(text[:at] + written + "，" + text[at:], encoding="utf-8")
    result = cli("--data-dir", str(data_copy), "data", "check")
    assert result.exit_code == 3 and "source.text" in result.stderr
    assert hidden(ID, result.stdout + result.stderr)


@pytest.mark.parametrize(
    "lines",
    [
        [f"{ID[:6]}，", f"{ID[6:14]}，", ID[14:]],
        [f"身份证：{ID[:12]}", ID[12:]],
        [f"{ID[:6]}、", ID[6:12], f"{ID[12:]}。"],
    ],
)
def test_a_number_split_over_lines_with_marks_or_a_label_is_masked_in_a_batch(lines: list[str]) -> None:
    rows = list(cardinfo.regions([*lines, "昆明"]))
    assert [row["line"] for row in rows] == list(range(1, len(lines) + 2))
    shown = json.dumps(rows, ensure_ascii=False)
    assert ID[6:14] not in "".join(ch for ch in shown if ch.isdigit() or ch == "*").replace("*", "")[6:]
    assert all(ID[6:12] not in row["query"] for row in rows)
    assert rows[-1]["place"]["code"] == "530100"


def test_lines_of_places_with_numbers_in_them_are_not_joined() -> None:
    lines = ["昆明市官渡区2", "19630527", "4177"]  # a label line needs a division code's six digits
    assert [row["query"] for row in cardinfo.regions(lines)] == lines


def test_a_number_said_in_english_is_masked_in_the_python_api_message_too() -> None:
    # words with few letters like digits (five, six, seven…) still reach the mask
    number = make_id("532325", "19850923", "567")
    said = " ".join(WORDS[int(d)] for d in number)
    with pytest.raises(NotFound) as caught:
        cardinfo.region(said)
    assert " ".join(WORDS[int(d)] for d in number[6:14]) not in str(caught.value)
    assert f"{number[:6]}********{number[-4:]}" in str(caught.value)


def test_a_wrong_number_typed_with_list_marks_says_what_is_wrong_and_codes_in_a_list_stay_codes(cli: Any) -> None:
    wrong = f"{ID[:6]}，{ID[6:14]}，{ID[14:17]}{(int(ID[17]) + 1) % 10 if ID[17] != 'X' else 0}"
    assert check(wrong).problems == ("check_digit",)
    assert "530102，530103，530104" in cli("region", "530102，530103，530104").stderr
