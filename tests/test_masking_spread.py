"""A personal number is never shown whole, however it is typed, spread or cut: found by a red-team pass."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import cardinfo
from cardinfo.batch import MAX_LINE
from cardinfo.errors import NotFound
from tests.helpers import make_id

ID = make_id("530102", "19900307", "123")
SPREAD = [  # the same number as people paste it, or as a copy from a web page carries it
    f"{ID[:6]}  {ID[6:14]}  {ID[14:]}",  # two spaces
    f"{ID[:6]} - {ID[6:14]} - {ID[14:]}",
    f"{ID[:6]}.{ID[6:14]}.{ID[14:]}",
    f"{ID[:6]}/{ID[6:14]}/{ID[14:]}",
    f"{ID[:6]}\u2009{ID[6:14]}\u202f{ID[14:]}",  # thin and narrow no-break spaces
    f"{ID[:6]}\u00ad{ID[6:14]}\u00ad{ID[14:]}",  # soft hyphens
    f"{ID[:6]}\u200b{ID[6:14]}\u200b{ID[14:]}",  # zero-width spaces
    f"{ID[:6]}\x00{ID[6:14]}\x1b{ID[14:]}",  # control characters
    f"{ID[:6]}    {ID[6:]}",  # four spaces: what the number reader skips, the mask must join
    f"{ID[:6]}\u3000\u3000\u3000\u3000{ID[6:]}",  # four full-width spaces
    f"{ID[:6]}----{ID[6:]}",
]


def leaks(text: str) -> bool:
    """Whether the whole number can be read back from `text` by dropping what is not a digit."""
    return any(ID in re.sub(r"[^0-9Xx]", "", piece) for piece in re.split(r"[\n,，、;；。]", text))


def strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return [value] if isinstance(value, str) else []


@pytest.mark.parametrize("typed", SPREAD)
def test_a_spread_number_is_masked_in_messages_and_json(cli: Any, typed: str) -> None:
    miss = cli("region", f"{typed} qqqq")
    assert miss.exit_code in (0, 1)
    assert not leaks(miss.stdout) and not leaks(miss.stderr)
    answer = cli("ask", f"张三，身份证：{typed}，住昆明", "--format", "json")
    assert answer.exit_code == 0, answer.stderr
    assert not any(leaks(s) for s in strings(answer.json()))
    # the place: the division that issued the number where it is read as one (as when typed without
    # spreading: 五华区), else the place the rest of the text names (昆明市); 五华区 lies in 昆明市
    assert "昆明市" in answer.json()["region"]["place"]["path"]


@pytest.mark.parametrize("typed", SPREAD)
@pytest.mark.parametrize("fmt", ["ndjson", "text", "csv"])
def test_a_spread_number_in_a_batch_line_is_masked_in_every_column(cli: Any, typed: str, fmt: str) -> None:
    result = cli("region", "-", "--format", fmt, input=f"{typed}\n昆明\n".encode())
    assert result.exit_code in (0, 1)
    assert not leaks(result.stdout) and not leaks(result.stderr)


def test_a_long_first_line_after_a_byte_order_mark_is_one_row(cli: Any, tmp_path: Path) -> None:
    # the mark once made the first read 3 bytes short: the line was cut in two rows, a number across them
    path = tmp_path / "places.txt"
    path.write_bytes(b"\xef\xbb\xbf" + b"a" * (MAX_LINE - 11) + ID.encode() + "\n昆明\n".encode())
    result = cli("region", "--input", str(path), "--format", "ndjson")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["line"] for r in rows] == [1, 2]
    assert rows[0]["match"] == "none" and rows[1]["place"]["name"] == "昆明市"
    assert not leaks(result.stdout)


def test_an_api_error_reads_as_a_sentence_with_the_number_masked() -> None:
    with pytest.raises(NotFound) as caught:
        cardinfo.region(f"{SPREAD[0]}9 qqqq")  # 19 digits: masked, and no number to read
    assert not leaks(str(caught.value)) and not leaks(repr(caught.value.values))
    assert str(caught.value).startswith("No place called")  # English, as a log shows it; not a key and a dict
    with pytest.raises(NotFound) as too_long:
        cardinfo.number(ID + "x" * 600)
    assert not leaks(str(too_long.value)) and "500" in str(too_long.value)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: cardinfo.region(None), TypeError),  # type: ignore[arg-type]
        (lambda: cardinfo.region(b"\xe6\x98\x86\xe6\x98\x8e"), TypeError),  # type: ignore[arg-type]
        (lambda: cardinfo.ask(["昆明"]), TypeError),  # type: ignore[arg-type]
        (lambda: cardinfo.number(530102), TypeError),  # type: ignore[arg-type]
        (lambda: list(cardinfo.regions("昆明")), TypeError),  # one text, not a column: not one row per character
        (lambda: cardinfo.region("昆明", lang="fr"), ValueError),
        (lambda: cardinfo.ask("我在昆明" * 200), NotFound),  # as the command line: over 500 characters
    ],
)
def test_the_api_refuses_what_it_cannot_read_with_a_clear_error(call: Any, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        call()
    assert "object of type" not in str(caught.value) and "has no attribute" not in str(caught.value)


def test_a_huge_item_in_a_column_is_a_too_long_row_not_read_whole() -> None:
    rows = list(cardinfo.regions(["x" * 200_000 + ID, "昆明"]))
    assert rows[0]["match"] == "none" and "4096" in rows[0]["error"]
    assert rows[1]["place"]["name"] == "昆明市"
    assert not any(leaks(s) for r in rows for s in strings(r))


@pytest.mark.parametrize("invisible", ["\u009b2J", "\u202e", "\u2066", "\u0085", "\u007f"])
def test_json_escapes_the_invisible_characters_json_would_leave_raw(cli: Any, invisible: str) -> None:
    single = cli("region", f"{invisible}昆明", "--format", "json")
    batch = cli("region", "-", "--format", "ndjson", input=f"{invisible}昆明\nqqqq{invisible}\n".encode())
    for result in (single, batch):
        assert invisible[0] not in result.stdout  # written as \\u escapes, which a terminal does not act on
        for line in result.stdout.splitlines() if result is batch else [result.stdout]:
            json.loads(line)  # still valid JSON


def test_a_digest_in_a_cache_file_name_is_no_number() -> None:
    from cardinfo.idnumber import mask_text

    # a cache file's BLAKE2b name may hold 15 digits in a row; it is shown whole, as the file is named
    name = "index-12c4ee1dac17cc096a035fd823533664869784f7.id"
    assert mask_text(f"/cache/{name}") == f"/cache/{name}"
    assert mask_text(f"ID{ID}") == f"ID{ID[:6]}{'*' * 8}{ID[14:]}"  # letters before a number do not hide it


def test_json_safe_escapes_every_invisible_character_strip_controls_drops() -> None:
    from cardinfo.text import _CONTROLS, json_safe

    for cp in (cp for cp in _CONTROLS if cp >= 0x7F):  # the quick search and the table stay in step
        escaped = json_safe(f'"{chr(cp)}"')  # one \\u escape, or a surrogate pair past U+FFFF
        assert escaped.isascii() and json.loads(escaped) == chr(cp), hex(cp)


def test_strip_controls_drops_every_control_and_format_character_and_nothing_else() -> None:
    from cardinfo.text import _CONTROLS, strip_controls

    for cp in _CONTROLS:  # (a text with none of them is returned as it is, unscanned)
        assert strip_controls(f"昆明{chr(cp)}x{chr(cp)}") == "昆明x"
    kept = "昆明 Kunming ①２〇年 “引号” \u3000 ä 😀"
    assert strip_controls(kept) == kept


@pytest.mark.parametrize(
    "typed",
    [
        f"{ID[:6]} - {ID[6:10]} - {ID[10:14]} - {ID[14:]} - 41B1",  # a certificate number, spaced out, with its suffix
        f"abcdef{ID}abcdefab",  # hex letters around a number do not make it a cache file's digest
        f"{ID[:6]}{chr(0xAD) * 4}{ID[6:]}",  # invisible characters, more than a gap's worth
        f"{ID[:6]}\u3164{ID[6:]}",  # a Hangul filler: a letter to Python, nothing to a reader
        "".join(chr(0x1D7CE + int(d)) if d.isdigit() else d for d in ID),  # mathematical bold digits
        "".join(chr(0x0660 + int(d)) if d.isdigit() else d for d in ID),  # Arabic-Indic digits
    ],
)
def test_no_way_of_writing_a_number_gets_it_past_the_mask(cli: Any, typed: str) -> None:
    for result in (cli("region", f"qqqq {typed}"), cli("ask", f"qqqq {typed}", "--format", "json")):
        assert not leaks(result.stdout) and not leaks(result.stderr)
        digits = "".join(str(int(ch)) if ch.isdigit() else ch for ch in result.stdout + result.stderr)
        assert not leaks(digits)


def test_a_code_then_a_dotted_date_is_no_number(cli: Any) -> None:
    import json

    # one kind of spacing through a number: a space, then dots, is a code and then a date
    assert json.loads(cli("region", "530102 2023.01.15", "--format", "json").stdout)["place"]["code"] == "530102"


def test_a_personal_number_in_the_data_is_a_data_problem(cli: Any, data_copy: Path) -> None:
    # the tool shows and exports the data's words as written: a number there would be shown whole
    path = data_copy / "regions.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("其中五华区10个街道已经开始启动")
    path.write_text(text[:at] + f"联系人{ID}，" + text[at:], encoding="utf-8")
    for args in (("data", "check"), ("region", "五华区")):
        result = cli("--data-dir", str(data_copy), *args)
        assert result.exit_code == 3
        assert "source.text" in result.stderr and f"{ID[:6]}********{ID[14:]}" in result.stderr
        assert not leaks(result.stdout) and not leaks(result.stderr)


def test_a_number_put_into_data_checked_before_in_the_same_process_is_found(cli: Any, data_copy: Path) -> None:
    # a process that has validated the files (the tests, a notebook) reads again only those that changed
    assert cli("--data-dir", str(data_copy), "data", "check").exit_code == 0
    path = data_copy / "faq.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("找到的资料都没有列出要带哪些材料")
    path.write_text(text[:at] + f"咨询人{ID}；" + text[at:], encoding="utf-8")
    result = cli("--data-dir", str(data_copy), "data", "check")
    assert result.exit_code == 3 and "answer.zh" in result.stderr and f"{ID[:6]}********{ID[14:]}" in result.stderr
    path.write_text(text, encoding="utf-8")  # the file as it was: clean again
    assert cli("--data-dir", str(data_copy), "data", "check").exit_code == 0


@pytest.mark.parametrize(
    "value",
    [
        {"place": "昆明市", "codes": ["530100", 5301], "also": [], "ok": True, "none": None, "share": 0.5, "x": {}},
        [{"a\u200bb": "c\u2028d\ufeff\x7f\x9b"}, ("tuple", 1), '引号"和\\反斜杠\n换行\t'],
        {"deep": [[[{"k": [1e-7, 10**20, -3, False]}]]]},
        {"nan": float("nan"), "inf": float("inf")},  # left to json.dumps
        {1: "a key that is no text"},  # left to json.dumps too
        "",
        [],
    ],
)
def test_json_output_is_json_dumps_indented_with_invisible_characters_escaped(value: object) -> None:
    import json

    from cardinfo.render import to_json
    from cardinfo.text import json_safe

    assert to_json(value) == json_safe(json.dumps(value, ensure_ascii=False, indent=2)) + "\n"


@pytest.mark.slow  # thousands of generated texts
def test_the_masks_quick_exits_change_no_answer() -> None:
    """English prose whose o's and l's made it look digit-heavy, and digits too few once only the letters
    before a digit count, are left as the whole mask leaves them: texts built of digits, look-alike
    letters, words and separators, with and without a real number, mask alike either way."""
    import random

    from cardinfo import idnumber

    def whole(text: str) -> str:  # the mask with no quick exit before its own reading
        return idnumber._masked_read(idnumber._digit_words(idnumber._visible(text)))

    random.seed(5)
    parts = ["0", "1", "3", "9", "X", "O", "o", "l", "I", "|", " ", "-", ".", "，", "年", "五", "零", "two", "one"]
    parts += ["the ", "look ", "all ", "%2D", "生日", "12385", make_id()[:9], make_id()[9:]]
    for _ in range(3000):
        text = "".join(random.choice(parts) for _ in range(random.randint(1, 30)))
        assert idnumber.mask_text(text).count("*") == whole(text).count("*"), text
