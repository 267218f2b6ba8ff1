"""Dates as people write them, each mistake answered with an example, and reminders that agree."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cardinfo import remind
from cardinfo.errors import UsageError
from cardinfo.i18n import t

icalendar = pytest.importorskip("icalendar")

TODAY = "2026-11-29"

ACCEPTED = {
    "2025-03-01": date(2025, 3, 1),
    "2025/3/1": date(2025, 3, 1),
    "2025-3-1": date(2025, 3, 1),
    "2025.3.1": date(2025, 3, 1),
    "2025.03.01": date(2025, 3, 1),
    "20250301": date(2025, 3, 1),
    "2025年3月1日": date(2025, 3, 1),
    "2025年3月1号": date(2025, 3, 1),
    "２０２５年３月１日": date(2025, 3, 1),  # full-width digits
    "２０２５／３／１": date(2025, 3, 1),
    " 2024-02-29 ": date(2024, 2, 29),
    "2000-02-29": date(2000, 2, 29),
}

# input -> (message key, text the message must show: an accepted example for this very mistake)
REJECTED = {
    "2024-W01-1": ("date.week", "2024-01-01"),
    "2026-02-29": ("date.not_leap", "2026-02-28"),
    "1900-02-29": ("date.not_leap", "1900-03-01"),
    "2025-13-01": ("date.month_swapped", "2025-01-13"),
    "2025-00-10": ("date.month", "2025-01-10"),
    "2025-40-02": ("date.month", "2025-12-02"),
    "2025-04-31": ("date.day", "2025-04-30"),
    "2024-02-30": ("date.day", "2024-02-29"),
    "9999-12-31": ("date.year_range", "2199"),
    "0000-01-01": ("date.year_range", "1900"),
    "01/03/2025": ("date.year_first", "2025-03-01"),
    "29/02/2024": ("date.year_first", "2024-02-29"),
    "25-3-1": ("date.year_digits", "2025-03-01"),
    "2024-02-29T00:00": ("date.time", "2024-02-29"),
    "tomorrow": ("date.form", "2025年3月1日"),
    "2025-3/1": ("date.form", "2025/3/1"),
    "": ("date.empty", "2025-03-01"),
}


@pytest.mark.parametrize(("text", "expected"), ACCEPTED.items())
def test_each_accepted_form(cli: Any, text: str, expected: date) -> None:
    assert remind.parse_date(text, "--issued") == expected
    out = cli("remind", "--issued", text, "--today", TODAY, "--format", "json")
    assert out.exit_code == 0, out.stderr
    assert out.json()["expires"]["date"] == remind.add_years(expected, 10).isoformat()


@pytest.mark.parametrize(("text", "mistake"), REJECTED.items())
def test_each_rejected_form_says_what_to_write(cli: Any, text: str, mistake: tuple[str, str]) -> None:
    key, example = mistake
    with pytest.raises(UsageError) as caught:
        remind.parse_date(text, "--issued")
    assert caught.value.key == key
    for lang in ("zh", "en"):
        result = cli("--lang", lang, "remind", "--issued", text, "--today", TODAY)
        assert result.exit_code == 2 and result.stdout == ""
        assert "Traceback" not in result.stderr
        assert "--issued" in result.stderr and example in result.stderr, result.stderr
        message = t(f"error.{key}", lang, **caught.value.values)
        assert message in result.stderr


def test_non_leap_year_says_so(cli: Any) -> None:
    zh = cli("remind", "--last-activated", "2026-02-29").stderr
    en = cli("--lang", "en", "remind", "--last-activated", "2026-02-29").stderr
    assert "2026年不是闰年" in zh and "not a leap year" in en


def test_year_9999_anywhere_is_a_usage_error(cli: Any, tmp_path: Path) -> None:
    for args in (
        ["--issued", "9999-12-31"],
        ["--last-activated", "9999-12-31"],
        ["--issued", "2020-01-01", "--today", "9999-12-31", "--ics", str(tmp_path / "c.ics")],
    ):
        result = cli("remind", *args)
        assert result.exit_code == 2 and "Traceback" not in result.stderr, result.stderr
    # The last accepted year still computes every date (10 years on, the day after).
    result = cli("remind", "--issued", "2199-12-31", "--last-activated", "2199-12-31", "--today", "2199-12-31")
    assert result.exit_code == 0, result.stderr


# ── reminders ──────────────────────────────────────────────────────────────────────────────


def _ics(cli: Any, tmp_path: Path, *args: str, lang: str = "zh") -> tuple[Any, list[Any]]:
    target = tmp_path / "card.ics"
    result = cli("--lang", lang, "remind", *args, "--today", TODAY, "--ics", str(target))
    assert result.exit_code == 0, result.stderr
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    return result, list(cal.walk("VEVENT"))


def _start(event: Any) -> date:
    value = event.decoded("DTSTART")
    assert isinstance(value, date)
    return value


def test_overdue_activation_has_a_warning_line_and_an_event_today(cli: Any, tmp_path: Path) -> None:
    result, events = _ics(cli, tmp_path, "--last-activated", "2025-01-10")
    assert "警告：年度激活已于2026-01-10到期，已过323天" in result.stdout
    assert [_start(e) for e in events] == [date(2026, 11, 29)]
    assert events[0].get("RRULE") is None and "逾期" in str(events[0].get("SUMMARY"))
    en = cli("--lang", "en", "remind", "--last-activated", "2025-01-10", "--today", TODAY).stdout
    assert "Warning: the yearly activation was due on 2026-01-10, 323 days ago" in en


def test_no_event_is_dated_in_the_past(cli: Any, tmp_path: Path) -> None:
    for args in (
        ["--issued", "2014-05-01"],  # expired in 2024
        ["--issued", "2016-02-29", "--last-activated", "2020-03-01"],
        ["--issued", "2020-06-01", "--last-activated", "2026-01-01"],
        ["--last-activated", "2026-11-29"],
    ):
        _, events = _ics(cli, tmp_path, *args)
        assert events, args
        assert all(_start(e) >= date(2026, 11, 29) for e in events), args


def test_expired_card_gets_an_event_today_not_its_past_date(cli: Any, tmp_path: Path) -> None:
    result, events = _ics(cli, tmp_path, "--issued", "2014-05-01")
    assert "证件已于2024-05-01到期" in result.stdout
    assert [_start(e) for e in events] == [date(2026, 11, 29)]
    assert "换领" in str(events[0].get("SUMMARY"))


def test_yearly_activation_ends_at_expiry(cli: Any, tmp_path: Path) -> None:
    _, events = _ics(cli, tmp_path, "--issued", "2024-02-29", "--last-activated", "2026-03-01")
    by_start = {_start(e): e for e in events}
    activation, expiry = by_start[date(2027, 3, 1)], by_start[date(2034, 2, 28)]
    rule = activation.get("RRULE")
    assert rule["FREQ"] == ["YEARLY"] and rule["UNTIL"] == [date(2034, 2, 28)]
    assert expiry.get("RRULE") is None
    # Every occurrence of the yearly event falls on or before the expiry.
    last = max(d for d in _occurrences(date(2027, 3, 1), rule["UNTIL"][0]))
    assert last <= date(2034, 2, 28)


def test_without_issue_date_activation_ends_ten_years_after_the_last(cli: Any, tmp_path: Path) -> None:
    _, events = _ics(cli, tmp_path, "--last-activated", "2026-03-01")
    assert events[0].get("RRULE")["UNTIL"] == [date(2036, 3, 1)]


def test_no_activation_after_the_card_expires(cli: Any, tmp_path: Path) -> None:
    result, events = _ics(cli, tmp_path, "--issued", "2017-01-15", "--last-activated", "2026-03-01")
    assert "不必再激活" in result.stdout
    assert [_start(e) for e in events] == [date(2027, 1, 15)]  # only the expiry


def test_one_lead_time_for_the_expiry_in_text_and_alarm(cli: Any, tmp_path: Path) -> None:
    lead = remind.EXPIRY_LEAD_DAYS
    result, events = _ics(cli, tmp_path, "--issued", "2017-03-15")  # expires 2027-03-15, 106 days on
    alarm = next(iter(events[0].walk("VALARM")))
    assert alarm.decoded("TRIGGER") == -timedelta(days=lead)
    assert f"到期前{lead}天" in result.stdout
    # nearer than the lead (47 days on): the alarm rings today at 09:00, never before today
    _, events = _ics(cli, tmp_path, "--issued", "2017-01-15")
    alarm = next(iter(events[0].walk("VALARM")))
    assert datetime(2027, 1, 15) + alarm.decoded("TRIGGER") == datetime(2026, 11, 29, 9)
    # The text warns exactly when the alarm has fired: inside the lead time, not before.
    day_before = (date(2027, 1, 15) - timedelta(days=lead + 1)).isoformat()
    first_day = (date(2027, 1, 15) - timedelta(days=lead)).isoformat()
    assert "警告：" not in cli("remind", "--issued", "2017-01-15", "--today", day_before).stdout
    assert "警告：" in cli("remind", "--issued", "2017-01-15", "--today", first_day).stdout
    en = cli("--lang", "en", "remind", "--issued", "2017-01-15", "--today", TODAY).stdout
    assert f"flagged {lead} days ahead" in en


def test_activation_alarm_matches_what_the_text_says(cli: Any, tmp_path: Path) -> None:
    result, events = _ics(cli, tmp_path, "--last-activated", "2026-03-01")
    alarm = next(iter(events[0].walk("VALARM")))
    assert alarm.decoded("TRIGGER") == -timedelta(days=remind.ACTIVATION_LEAD_DAYS)
    assert f"年度激活提前{remind.ACTIVATION_LEAD_DAYS}天提醒" in result.stdout


def test_calendar_in_english(cli: Any, tmp_path: Path) -> None:
    _, events = _ics(cli, tmp_path, "--issued", "2020-01-01", lang="en")
    assert "expiry" in str(events[0].get("SUMMARY"))


def _occurrences(start: date, until: date) -> list[date]:
    out, n = [], 0
    while (day := remind.add_years(start, n)) <= until:
        out.append(day)
        n += 1
    return out


def test_an_expired_card_gets_no_activation_event(cli: Any, tmp_path: Path) -> None:
    """Expired in 2020, activated (on paper) in 2025: exchange it; no activation is planned."""
    from icalendar import Calendar

    ics = tmp_path / "card.ics"
    args = ("remind", "--issued", "2010-01-01", "--last-activated", "2025-06-01", "--today", "2026-11-29")
    result = cli(*args, "--ics", str(ics))
    assert result.exit_code == 0
    assert "不必再激活" in result.stdout and "已于2020-01-01到期" in result.stdout
    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert len(events) == 1 and "到期" in str(events[0]["SUMMARY"])
    assert events[0].decoded("DTSTART") == date(2026, 11, 29)


@pytest.mark.parametrize("option", ["--last-activated", "--issued"])
def test_a_date_after_today_is_a_usage_error(cli: Any, option: str) -> None:
    result = cli("--lang", "en", "remind", option, "2027-03-01", "--today", "2026-11-29")
    assert result.exit_code == 2 and result.stdout == ""
    assert "is after today (2026-11-29)" in result.stderr
