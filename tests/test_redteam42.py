"""Found by a second red-team pass on the personal-number mask (session 24): ○ for zero, operators' 洞拐勾
and invisible tag digits; numbers split over batch lines that end in X, in full-width digits, behind a label
on every line or in a quoted cell, or already masked on their own; English o and double; Chinese pairs said
apart; %2D between the pieces; a long batch line's preview; a cache name made of a number; a bad `lang`;
a number split after nine digits read as a township's code; and dates and codes in lists masked wrongly."""

from __future__ import annotations

import json
from typing import Any

import pytest

import cardinfo
from cardinfo.idnumber import mask_text
from tests.helpers import make_id

ID = make_id("530102", "19730914", "582")
WITH_X = next(n for n in (make_id("110119", "20010315", f"{s:03}") for s in range(1000)) if n.endswith("X"))
SPOKEN = "零一二三四五六七八九"


def digits_of(text: str) -> str:
    """Every digit `text` shows, in any alphabet, as ASCII (so a hidden digit cannot pass as another form)."""
    from cardinfo.text import SPOKEN_DIGITS

    out = []
    for ch in text:
        if ch.isdigit():
            out.append(str(int(ch)) if ch.isdecimal() else ch)
        elif ch in SPOKEN_DIGITS:
            out.append(SPOKEN_DIGITS[ch])
    return "".join(out)


def hidden(number: str, shown: str) -> bool:
    return number[6:14] not in digits_of(shown) and number[6:14] not in shown


@pytest.mark.parametrize(
    "text",
    [
        "身份证号" + ID.replace("0", "○"),
        "".join(SPOKEN[int(d)] for d in ID).replace("零", "○"),
        ID[:2] + "○" + ID[3:],
        "".join("洞幺两三四五六拐八勾"[int(d)] for d in ID),  # as radio operators say digits
        "五三零一零二、一九七三、零九、一四、五八二七",  # pairs said apart
        f"{ID[:6]}%2D{ID[6:14]}%2D{ID[14:]}",  # a web address's escapes between the pieces
        f"{ID[:6]}%0A{ID[6:14]}%0A{ID[14:]}",
        " ".join(
            {"0": "o"}.get(d, ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][int(d)])
            for d in ID
        ),
    ],
)
def test_a_number_in_these_writings_is_masked(cli: Any, text: str) -> None:
    assert ID[6:14] in digits_of(text) or "o" in text  # (the text holds the number)
    assert hidden(ID, mask_text(text)), mask_text(text)
    result = cli("region", text, "--format", "json")
    assert hidden(ID, result.stdout + result.stderr)


def test_english_double_and_triple_say_a_digit_twice_and_three_times() -> None:
    number = make_id("530102", "19730914", "555")
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    said = " ".join(words[int(d)] for d in number[:14]) + " triple five " + words[int(number[17])]
    assert hidden(number, mask_text(said)) and mask_text(said).startswith("530102********")


def test_invisible_tag_digits_do_not_carry_a_number(cli: Any) -> None:
    text = "昆明" + "".join(chr(0xE0030 + int(d)) for d in ID)
    result = cli("region", text, "--format", "json")
    assert not any(0xE0030 <= ord(ch) <= 0xE0039 for ch in result.stdout + result.stderr)


@pytest.mark.parametrize(
    "lines",
    [
        [WITH_X[:6], WITH_X[6:14], WITH_X[14:]],  # the last line ends in X
        ["".join(chr(0xFF10 + int(d)) for d in ID[:10]), "".join(chr(0xFF10 + int(d)) for d in ID[10:])],  # full-width
        [f"前六位{ID[:6]}", f"生日{ID[6:14]}", f"后四位{ID[14:]}"],  # a label on every line
        [f'"{ID[:6]}', f'{ID[6:]}"'],  # a quoted CSV cell with a line break in it
        [ID[:6], ID[6:]],  # the second line of 12 digits, masked on its own, would show hidden ones
        [ID[:12], ID[12:]],
        [ID[:15], ID[15:]],
        [f"{ID[:6]} {ID[6:14]}", ID[14:]],
    ],
)
def test_a_number_split_over_batch_lines_shows_no_hidden_digit(lines: list[str]) -> None:
    number = WITH_X if WITH_X[:6] in "".join(lines) else ID
    rows = list(cardinfo.regions([*lines, "昆明"]))
    assert [row["line"] for row in rows] == list(range(1, len(lines) + 2))
    shown = "".join(digits_of(json.dumps(row, ensure_ascii=False)) for row in rows)
    assert number[6:14] not in shown
    for k, row in enumerate(rows[:-1]):  # each line shows its share of the number's mask, no more
        assert sum(ch.isdigit() for ch in row["query"]) <= sum(ch.isdigit() for ch in lines[k])
    assert rows[-1]["place"]["code"] == "530100"


def test_a_long_batch_lines_preview_is_masked_as_the_whole_line_is() -> None:
    line = f"前六位{ID[:6]}，出生日期{ID[6:14]}，这是阳历生日，后四位{ID[14:]}" + "，谢谢" * 2000
    row = next(cardinfo.regions([line]))
    assert row["match"] == "none" and hidden(ID, json.dumps(row, ensure_ascii=False))


def test_a_cache_files_name_made_of_a_number_is_masked() -> None:
    shown = mask_text(f"我的证号 data-{ID}{'a' * 22}.bin 昆明")
    assert hidden(ID, shown)
    digest = "68c5d825" + "1234567890abcdef" * 2  # a real digest's shape stays as written
    assert mask_text(f"data-{digest}.bin") == f"data-{digest}.bin"


def test_a_bad_lang_is_refused_with_its_value_masked() -> None:
    with pytest.raises(ValueError) as caught:
        cardinfo.region("昆明", lang=ID)
    assert hidden(ID, str(caught.value)) and ID[:6] in str(caught.value)


def test_a_number_split_after_nine_digits_is_no_townships_code(cli: Any) -> None:
    text = f"身份证前九位{WITH_X[:9]}，后九位{WITH_X[9:]}"
    result = cli("region", text, "--format", "json")
    assert hidden(WITH_X, result.stdout + result.stderr)
    assert WITH_X[:9] not in result.stdout


@pytest.mark.parametrize(
    "text",
    [
        "我的残疾证有效期20150301-20250301，过期了吗",  # a period of validity, two compact dates
        "530102 530103 530104",  # codes in a list
        "我等了两三天，一一问过，七八个人",  # numerals of words, however many
        "二○○五年我在洞口县，拐个弯就到",
    ],
)
def test_these_ordinary_texts_are_shown_as_typed(text: str) -> None:
    assert mask_text(text) == text


def test_an_id_typed_in_groups_of_six_is_still_a_number() -> None:
    assert hidden(ID, mask_text(f"{ID[:6]} {ID[6:12]} {ID[12:]}"))
    assert hidden(ID, mask_text(f"{ID[:6]} {ID[6:14]}"))  # a code and a compact date: an ID's first 14 digits


@pytest.mark.parametrize(
    "text",
    [
        f"身份证前六位{ID[:6]}，生日1973年9月14日，后四位{ID[14:]}",
        f"{ID[:6]}，1973.9.14，{ID[14:]}",
        f"{ID[:6]} 1973-9-14 {ID[14:]}",
    ],
)
def test_a_birth_date_written_without_its_zeros_between_the_pieces_is_masked(text: str) -> None:
    shown = mask_text(text)
    assert "1973" not in shown and "14" not in shown.replace(ID[:6], "").replace(ID[14:], ""), shown


def test_a_date_without_zeros_alone_is_shown_as_typed() -> None:
    assert mask_text("我1973年9月14日出生，2023.5.6去办的证") == "我1973年9月14日出生，2023.5.6去办的证"


@pytest.mark.parametrize(
    "text",
    [
        "2009-03-28 到 20231107 到 20140202 到 20200429 到 2013.6.12 到 2008/1/24",
        "2011/2/8; 20170715; 20030813; 2020/2/24",
        "电话0871-6184777，20240905，2018.8.18，2017.1.24",
        "电话0871-6816706，2022-2-8，2007/5/28，2001-12-21，2023-11-04",
        "电话0871-6034488，20201220, 2019年4月26日, 2000-07-23",
    ],
)
def test_lists_of_dates_and_a_phone_are_shown_as_typed(text: str) -> None:
    # no window of a list's digits whose check digit passes by chance: none opens inside a date or a
    # phone's digits, and a phone and a date across a list mark are no 15-digit old ID
    assert mask_text(text) == text


def test_a_data_text_the_mask_only_drops_invisible_characters_of_is_no_number(cli: Any, data_copy: Any) -> None:
    # dates and a zero-width space: the mask drops the space (enough digits for a number), hides nothing
    path = data_copy / "regions.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("其中五华区10个街道已经开始启动")
    path.write_text(text[:at] + "2025-03-01、2025-03-02\u200b，" + text[at:], encoding="utf-8")
    result = cli("--data-dir", str(data_copy), "data", "check")
    assert result.exit_code == 0, result.stderr
