"""Found by a second red-team pass on hostile setups (session 22): numbers in pieces between list marks
or said in Chinese with pauses shown whole, a batch reading its own rows back for ever, calendar alarms
dated in the past, options typed with a long dash taken as words of the place, and smaller things."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import cardinfo
from cardinfo.errors import NotFound
from tests.helpers import make_id

ID = make_id("530102", "19900307", "123")
SPOKEN = "".join("零一二三四五六七八九"[int(d)] if d.isdigit() else d for d in ID)
icalendar = pytest.importorskip("icalendar")


@pytest.mark.parametrize(
    "text",
    [
        f"{ID[:6]},{ID[6:14]},{ID[14:]}",
        f"{ID[:6]}，{ID[6:14]}，{ID[14:]}",
        f"{ID[:6]}、{ID[6:10]}、{ID[10:14]}、{ID[14:]}",
        f"{ID[:6]}; {ID[6:14]}; {ID[14:]}",
        f"{SPOKEN[:6]} {SPOKEN[6:14]} {SPOKEN[14:]}",
        f"{SPOKEN[:6]}-{SPOKEN[6:14]}-{SPOKEN[14:]}",
    ],
)
def test_a_number_in_pieces_between_list_marks_or_said_with_pauses_is_masked(cli: Any, text: str) -> None:
    shown = [cli("region", text).stderr, cli("region", text, "--format", "json").stdout, cli("faq", text).stderr]
    shown.append(json.dumps(next(cardinfo.regions([text])), ensure_ascii=False))
    try:
        cardinfo.region(text)
    except NotFound as exc:
        shown.append(str(exc))
    for part in shown:
        assert ID[6:14] not in part and SPOKEN[6:14] not in part, part


def test_financial_numerals_are_digits_to_the_mask(cli: Any) -> None:
    big = "".join("零壹贰叁肆伍陆柒捌玖"[int(d)] for d in ID)
    assert big[6:14] not in cli("region", big).stderr


def test_three_codes_in_a_list_stay_as_typed(cli: Any) -> None:
    assert "530102，530103，530104" in cli("region", "530102，530103，530104").stderr


@pytest.mark.slow
@pytest.mark.parametrize("how", ["--input", "stdin"])
def test_a_batch_whose_input_is_its_output_is_refused(tmp_path: Path, how: str) -> None:
    path = tmp_path / "places.txt"
    path.write_text("昆明\n哈尔宾\n", encoding="utf-8")
    args = [sys.executable, "-m", "cardinfo", "region", *(["--input", str(path)] if how == "--input" else ["-"])]
    with path.open("ab") as out, path.open("rb") as given:
        done = subprocess.run(args, stdin=given, stdout=out, stderr=subprocess.PIPE, timeout=30, check=False)
    assert done.returncode == 2 and "答案写入的文件".encode() in done.stderr
    assert path.read_text(encoding="utf-8") == "昆明\n哈尔宾\n"


def _alarms(cli: Any, tmp_path: Path, *args: str, today: str = "2025-01-01") -> list[tuple[date, datetime]]:
    target = tmp_path / "card.ics"
    assert cli("remind", *args, "--today", today, "--ics", str(target)).exit_code == 0
    out = []
    for event in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"):
        start = event.decoded("DTSTART")
        trigger = event.walk("VALARM")[0].decoded("TRIGGER")
        out.append((start, datetime(start.year, start.month, start.day) + trigger))
    return out


@pytest.mark.parametrize(
    "args",
    [
        ["--issued", "2015-02-01"],  # expires in 31 days: the 90-day alarm would be in November
        ["--last-activated", "2024-01-03"],  # the activation in 2 days: the 7-day alarm would be past
        ["--issued", "2015-01-01"],  # expires today
    ],
)
def test_no_alarm_rings_before_today(cli: Any, tmp_path: Path, args: list[str]) -> None:
    for _, at in _alarms(cli, tmp_path, *args):
        assert at >= datetime(2025, 1, 1), at


def test_the_near_activation_rings_today_and_the_yearly_series_keeps_its_lead(cli: Any, tmp_path: Path) -> None:
    alarms = _alarms(cli, tmp_path, "--last-activated", "2024-01-03")
    assert alarms[0] == (date(2025, 1, 3), datetime(2025, 1, 1, 9))
    assert alarms[1][0] == date(2026, 1, 3) and alarms[1][0] - timedelta(days=7) == alarms[1][1].date()


def test_a_card_that_expires_today_says_today(cli: Any) -> None:
    zh = cli("remind", "--issued", "2015-01-01", "--today", "2025-01-01").stdout
    en = cli("--lang", "en", "remind", "--issued", "2015-01-01", "--today", "2025-01-01").stdout
    assert "（还有0天）" not in zh and "就是今天" in zh and "证件今天" in zh
    assert "in 0 days" not in en and "within 0 days" not in en and "expires today" in en


@pytest.mark.parametrize("dash", ["—", "——", "–", "－－"])
def test_an_option_typed_with_a_long_dash_is_the_option(cli: Any, dash: str) -> None:
    result = cli("region", "昆明", f"{dash}format", "json")
    assert result.exit_code == 0 and result.json()["query"] == "昆明"
    assert cli(f"{dash}lang", "en", "昆明").stdout.startswith("昆明市 (Kunming)")


@pytest.mark.parametrize("mark", ["\u034f", "\u3164", "\u115f", "\ufe0f"])
def test_invisible_characters_inside_a_name_are_no_part_of_it(cli: Any, mark: str) -> None:
    result = cli("region", f"我在昆{mark}明住", "--format", "json")
    assert result.exit_code == 0 and result.json()["place"]["code"] == "530100"


def test_an_empty_input_name_says_no_name_was_given(cli: Any) -> None:
    result = cli("region", "--input", "")
    assert result.exit_code == 2 and "没有给出文件名" in result.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("region", "昆明", "--brief", "--format", "json"), "--brief applies to text output only"),
        (("region", "昆明", "--suggest"), "--suggest applies to a file of queries (--input) only"),
        (("status", "--format", "json", "--bom"), "--bom applies to CSV and TSV output only"),
    ],
)
def test_an_option_the_form_cannot_use_is_named_on_stderr(cli: Any, args: tuple[str, ...], says: str) -> None:
    result = cli("--lang", "en", *args)
    assert result.exit_code == 0, result.stderr
    assert says in result.stderr
    assert result.stdout.strip(), "the answer is still given"


def test_an_option_the_form_uses_is_not_named(cli: Any) -> None:
    for args in (("region", "昆明", "--brief"), ("status", "--format", "csv", "--bom")):
        assert "does nothing" not in cli("--lang", "en", *args).stderr, args


@pytest.mark.parametrize(
    "dates", ["2025-03-01 2025-03-02", "2025-03-01至2025-04-01", "2025-03-01, 2025-03-02, 2025-04-01"]
)
def test_dates_typed_one_after_another_come_back_as_typed(cli: Any, dates: str) -> None:
    result = cli("remind", "--last-activated", dates)
    assert result.exit_code == 2
    assert dates in result.stderr and "*" not in result.stderr


def test_a_number_after_a_date_is_still_masked(cli: Any) -> None:
    for text in (f"2025-03-01 {ID}", f"2025-03-01 {ID[:6]} {ID[6:14]} {ID[14:]}"):
        shown = cli("region", text).stderr
        assert ID[6:14] not in shown and "*" in shown, shown
