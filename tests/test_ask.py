"""Ask in your own words: `cardinfo ask`, the bare form, `cardinfo number`, and no number ever shown whole."""

from __future__ import annotations

import csv
import functools
import io
import json
from pathlib import Path
from typing import Any

import pytest

import cardinfo
from cardinfo.errors import NotFound
from cardinfo.idnumber import check_digit, compact
from tests.helpers import make_id, run_cli


def test_a_place_alone(cli: Any) -> None:
    result = cli("ask", "昆明", "--format", "json")
    assert result.exit_code == 0, result.stderr
    answer = result.json()
    assert set(answer) == {"query", "region", "faq"}
    assert answer["query"] == "昆明"
    assert answer["region"]["place"]["code"] == "530100" and answer["region"]["status"] == "issuing"
    assert answer["faq"] is None


def test_a_question_alone(cli: Any) -> None:
    answer = cli("ask", "换证要钱吗", "--format", "json").json()
    assert answer["region"] is None
    assert answer["faq"]["topic"] == "fee"


def test_a_sentence_with_a_place_and_a_question(cli: Any) -> None:
    result = cli("ask", "我在昆明，三代证要钱吗", "--format", "json")
    assert result.exit_code == 0, result.stderr
    answer = result.json()
    assert answer["faq"]["topic"] == "fee"
    assert answer["region"] is not None and answer["region"]["place"]["code"] == "530100"


def test_a_certificate_number_and_a_question(cli: Any) -> None:
    number = make_id("530102") + "41"
    answer = cli("ask", f"我的证号是{number}，换证要钱吗", "--format", "json").json()
    assert answer["faq"]["topic"] == "fee"
    region = answer["region"]
    assert region["place"]["code"] == "530102" and region["matched_by"] == "number"
    assert region["number"]["kind"] == "certificate" and region["number"]["valid"] is True
    assert region["number"]["category"] == {"code": 4, "name": "肢体"}
    assert number not in json.dumps(answer, ensure_ascii=False)


def test_neither_a_place_nor_a_topic_is_exit_1_on_stderr(cli: Any) -> None:
    result = cli("ask", "qqqqzzzz")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "qqqqzzzz" in result.stderr


def test_the_text_answer_has_both_parts(cli: Any) -> None:
    out = cli("--plain", "ask", "我在昆明，三代证要钱吗").stdout
    assert "昆明市：正在换发" in out
    assert "换第三代残疾人证要钱吗" in out


# ── the bare form and the command names around it ─────────────────────────────────────────


@pytest.mark.parametrize(
    "words",
    [["昆明"], ["kunming"], ["Kunming"], ["盘龙区"], ["换证要钱吗"], ["我在昆明，三代证要钱吗"], ["530103"]],
)
def test_a_first_word_that_is_no_command_is_a_question(cli: Any, words: list[str]) -> None:
    bare = cli(*words, "--format", "json")
    asked = cli("ask", *words, "--format", "json")
    assert bare.exit_code == asked.exit_code == 0, bare.stderr
    assert bare.stdout == asked.stdout


def test_the_bare_form_takes_the_global_options(cli: Any) -> None:
    result = cli("--lang", "en", "--plain", "昆明")
    assert result.exit_code == 0
    assert "Kunming" in result.stdout and "issuing" in result.stdout


@pytest.mark.parametrize(
    ("typo", "command"),
    [
        ("regoin", "region"),
        ("stauts", "status"),
        ("sumary", "summary"),
        ("timline", "timeline"),
        ("numbr", "number"),
        ("REGOIN", "region"),  # caps lock on
    ],
)
def test_a_misspelt_command_still_says_did_you_mean(cli: Any, typo: str, command: str) -> None:
    result = cli(typo, "昆明")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"您是不是要找：'{command}'" in result.stderr
    assert f"Did you mean '{command}'" in cli("--lang", "en", typo, "昆明").stderr


@pytest.mark.parametrize(("word", "code"), [("Tieling", "211200"), ("Emin", "654221"), ("Dawa", "211104")])
def test_a_place_whose_pinyin_is_near_a_command_is_a_question(cli: Any, word: str, code: str) -> None:
    # Tieling is one edit from timeline, but it is 铁岭市: the bare form asks about it
    result = cli(word, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["region"]["place"]["code"] == code


def test_a_command_typed_in_capitals_is_that_command(cli: Any) -> None:
    for word in ("REGION", "Region"):
        result = cli(word, "昆明", "--format", "json")
        assert result.exit_code == 0 and result.json()["place"]["code"] == "530100"


def test_help_and_the_commands_keep_working(cli: Any) -> None:
    helped = cli("--help")
    assert helped.exit_code == 0
    for name in ("region", "ask", "number", "status", "faq"):
        assert name in helped.stdout
    assert cli("region", "昆明").exit_code == 0
    assert cli("faq", "fee").exit_code == 0
    assert cli("ask", "--help").exit_code == 0 and "--format" in cli("ask", "--help").stdout


# ── cardinfo number ────────────────────────────────────────────────────────────────────────


def test_number_json_is_the_contract_object_with_its_region(cli: Any) -> None:
    number = make_id("110105", "19491231", "002") + "71B2"
    result = cli("number", number, "--format", "json")
    assert result.exit_code == 0, result.stderr
    shown = result.json()
    assert shown["kind"] == "certificate" and shown["valid"] is True and shown["problems"] == []
    assert shown["masked"] == number[:6] + "*" * 12 + number[-4:]
    assert shown["category"] == {"code": 7, "name": "多重"}
    assert shown["grade"] == {"code": 1, "name": "一级"}
    assert shown["replacement"] == 2
    assert shown["region"] == {"code": "110105", "name": "朝阳区", "level": "county", "path": ["北京市", "朝阳区"]}


def test_number_names_category_and_grade_in_english(cli: Any) -> None:
    shown = cli("--lang", "en", "number", make_id() + "24", "--format", "json").json()
    assert shown["category"] == {"code": 2, "name": "hearing"}
    assert shown["grade"] == {"code": 4, "name": "grade 4"}


def test_an_invalid_number_exits_1_and_says_why(cli: Any) -> None:
    good = make_id()
    bad = good[:17] + ("1" if good[17] == "0" else "0")
    result = cli("--plain", "number", bad)
    assert result.exit_code == 1
    assert "校验码不符" in result.stdout
    result = cli("--lang", "en", "number", bad, "--format", "json")
    assert result.exit_code == 1 and result.json()["problems"] == ["check_digit"]
    assert result.json()["valid"] is False


def test_a_retired_division_code_names_what_it_became(cli: Any) -> None:
    result = cli("--plain", "number", make_id("530122"))
    assert result.exit_code == 0
    assert "530122（晋宁县，使用至2016年）现为：云南省，昆明市，晋宁区" in result.stdout
    shown = cli("number", make_id("530122"), "--format", "json").json()
    assert shown["region"]["code"] == "530115"
    assert shown["former_division"]["code"] == "530122"


def test_region_of_a_number_is_the_region_of_its_first_six_digits(cli: Any) -> None:
    answer = cli("region", make_id("530103"), "--format", "json").json()
    assert answer["place"]["code"] == "530103" and answer["match"] == "ancestor"
    assert answer["number"]["kind"] == "id"
    assert set(answer["number"]) >= {"kind", "masked", "valid", "problems", "category", "grade", "replacement"}
    assert "number" not in cli("region", "盘龙区", "--format", "json").json()


def test_a_number_from_no_division_is_not_found(cli: Any) -> None:
    number = make_id("530199")
    result = cli("region", number)
    assert result.exit_code == 1 and result.stdout == ""
    assert "530199" in result.stderr and number not in result.stderr


def test_a_number_in_an_old_code_with_several_successors_lists_them(cli: Any) -> None:
    answer = cli("region", make_id("130106"), "--format", "json").json()
    assert answer["place"]["code"] == "130100"  # the place holding them all, as `number` says
    assert {p["code"] for p in answer["also"]} == {"130102", "130104", "130105", "130108"}


# ── no number is ever shown whole ──────────────────────────────────────────────────────────


def _numbers() -> list[str]:
    valid_id = make_id("530102", "19800101", "123")
    return [
        valid_id,
        make_id("110105", "19491231", "002"),  # ends in X
        valid_id + "41",
        make_id("530103", "19751231", "456") + "62B3",
        make_id("530122", "20010101", "789"),  # a retired code
        make_id("530199", "19900101", "555"),  # no such division
        valid_id[:17] + str((int(valid_id[17]) + 1) % 10 if valid_id[17] != "X" else 0),  # bad check digit
        "530102800101123",  # 15 digits
        "53010219800101123456789",  # too long
    ]


def _written(number: str) -> list[str]:
    """The ways a person may type it."""
    spaced = f"{number[:6]} {number[6:14]} {number[14:]}"
    return [number, number.lower(), spaced]


def _leaks(number: str, text: str) -> bool:
    squeezed = compact(text).upper()
    return number.upper() in squeezed or number[6:-4].upper() in squeezed


@pytest.fixture(scope="module")
def batch_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("batch") / "numbers.txt"
    lines = [form for n in _numbers() for form in _written(n)] + [f"我的证号{n}要钱吗" for n in _numbers()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _runs(number: str, batch_file: Path) -> list[list[str]]:
    runs: list[list[str]] = []
    for form in _written(number):
        for lang in ("zh", "en"):
            g = ["--lang", lang]
            runs += [[*g, "region", form, "--format", f] for f in ("text", "json", "ndjson", "csv", "tsv")]
            runs += [[*g, "--plain", "region", form]]
            runs += [[*g, "ask", f"我的证号{form}，要钱吗", "--format", f] for f in ("text", "json")]
            runs += [[*g, "--plain", form], [*g, form, "--format", "json"]]
            runs += [[*g, "number", form, "--format", f] for f in ("text", "json")]
            runs += [[*g, "faq", form], [*g, "status", "--province", form], [*g, "region", "--format", form]]
            runs += [[*g, "remind", "--issued", form], [*g, "data", "check", form]]
    runs += [
        ["region", "--input", str(batch_file), "--format", f, "--suggest"] for f in ("text", "json", "ndjson", "csv")
    ]
    runs += [["region", "--input", str(batch_file), "--format", "tsv"]]
    return runs


# ~100 runs of the CLI a number: the valid ID stays in the fast set, the other shapes are slow.
@pytest.mark.parametrize(
    "number", [pytest.param(n, marks=() if i == 0 else pytest.mark.slow) for i, n in enumerate(_numbers())]
)
def test_no_command_or_format_shows_a_number_whole(cli: Any, number: str, batch_file: Path) -> None:
    for args in _runs(number, batch_file):
        # The batch runs read one file of every number: the same output for each, so run once.
        stdout, stderr = _run_batch(tuple(args)) if "--input" in args else _streams(cli(*args))
        for stream in (stdout, stderr):
            assert not _leaks(number, stream), (args, stream[:300])


def _streams(result: Any) -> tuple[str, str]:
    return result.stdout, result.stderr


@functools.cache
def _run_batch(args: tuple[str, ...]) -> tuple[str, str]:
    return _streams(run_cli(*args))


def test_batch_from_standard_input_masks_numbers(cli: Any) -> None:
    number = make_id() + "41"
    result = run_cli("region", "-", "--format", "csv", input=f"{number}\n昆明\n")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["query"] == number[:6] + "*" * 10 + number[-4:]
    assert not _leaks(number, result.stdout + result.stderr)


# ── the Python API ─────────────────────────────────────────────────────────────────────────


def test_the_api_returns_the_json_dicts(cli: Any) -> None:
    assert cardinfo.region("盘龙区") == cli("region", "盘龙区", "--format", "json").json()
    assert cardinfo.ask("我在昆明，三代证要钱吗") == cli("ask", "我在昆明，三代证要钱吗", "--format", "json").json()
    number = make_id() + "41"
    assert cardinfo.number(number) == cli("number", number, "--format", "json").json()
    assert cardinfo.number(number, lang="en")["category"]["name"] == "physical"


def test_the_api_raises_not_found_for_no_place() -> None:
    with pytest.raises(NotFound) as caught:
        cardinfo.region("昆朋")
    assert isinstance(caught.value, LookupError)
    assert "云南省昆明市" in caught.value.suggestions


def test_regions_streams_any_iterable_one_row_per_item() -> None:
    items = iter(["昆明", None, float("nan"), "朝阳区", "昆朋", make_id() + "41"])
    rows = cardinfo.regions(items)
    first = next(rows)  # lazily: nothing after the first item has been read yet
    assert first["line"] == 1 and first["status"] == "issuing"
    rest = list(rows)
    assert [r["line"] for r in rest] == [2, 3, 4, 5, 6]
    assert [r["match"] for r in rest] == ["none", "none", "ambiguous", "none", "exact"]
    assert rest[3]["suggestions"] == []
    assert all("related" not in r for r in [first, *rest])
    with_hints = list(cardinfo.regions(["昆朋"], suggest=True))
    assert "云南省昆明市" in with_hints[0]["suggestions"]


def test_check_digit_helper_matches_the_cli() -> None:
    body = "53010219800101123"
    assert make_id("530102", "19800101", "123") == body + check_digit(body)


def test_a_number_from_no_division_explains_itself(cli: Any) -> None:
    result = cli("number", make_id("530199"), "--format", "json")
    assert result.exit_code == 1
    shown = result.json()
    assert shown["problems"] == ["division"] and shown["region"] is None and shown["valid"] is False


def test_a_fifteen_digit_id_resolves_like_an_eighteen_digit_one(cli: Any) -> None:
    answer = cli("region", "530103800101123", "--format", "json").json()
    assert answer["place"]["code"] == "530103"
    assert answer["number"]["kind"] == "id" and answer["number"]["masked"] == "530103******123"
    assert answer["matched_text"] == "530103******123"


def test_a_number_with_a_place_named_beside_it_answers_for_the_number(cli: Any) -> None:
    answer = cli("region", f"北京 {make_id('530103')}", "--format", "json").json()
    assert answer["place"]["code"] == "530103"


@pytest.mark.parametrize("text", ["昆明", "kunming", "延长", "云南昆明盘龙区"])
def test_a_text_that_is_only_a_place_asks_no_topic(cli: Any, text: str) -> None:
    result = cli("ask", text, "--format", "json")
    body = result.json()
    assert result.exit_code == 0 and body["region"] is not None and body["faq"] is None


def test_a_question_with_no_place_answers_its_topic_and_a_miss_still_suggests(cli: Any) -> None:
    """The place part looks for suggestions only when the topic part finds nothing either (a question
    with a topic no longer pays for them); the message of a text with neither keeps them."""
    answered = cli("三代证要钱吗")
    assert answered.exit_code == 0 and "不收取工本费" in answered.stdout
    missed = cli("kunmimg")
    assert missed.exit_code == 1 and "昆明市" in missed.stderr


def test_a_city_typed_by_sound_at_the_end_of_a_sentence(cli: Any) -> None:
    result = cli("ask", "我在昆名", "--format", "json")
    assert result.exit_code == 0 and '"530100"' in result.stdout and '"typo"' in result.stdout


@pytest.mark.parametrize(("text", "code"), [("昆名", "530100"), ("哈尔宾", "230100")])
def test_a_name_typed_with_a_character_wrong_is_still_read_by_ask(cli: Any, text: str, code: str) -> None:
    """A question with a topic is not read as a name with a character wrong (its place part skips the
    reading); a text with neither a name as written nor a topic still is."""
    result = cli("ask", text, "--format", "json")
    assert result.exit_code == 0 and f'"{code}"' in result.stdout and '"typo"' in result.stdout
