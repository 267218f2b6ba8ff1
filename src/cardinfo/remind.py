"""Dates people need: the next annual activation, a 10-year card's expiry, and an iCalendar file."""

from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from cardinfo.errors import UsageError

VALIDITY_YEARS = 10
WARN_DAYS = 90


def parse_date(value: str, option: str) -> date:
    """A YYYY-MM-DD date, or a UsageError that says what was expected."""
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError("date.format", option=option, value=value) from None


def add_years(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


class Due(NamedTuple):
    """A date something is due, and the days from today (negative when it has passed)."""

    kind: str
    date: date
    days_left: int
    warning: bool

    def to_dict(self) -> dict[str, object]:
        return {"date": self.date.isoformat(), "days_left": self.days_left, "warning": self.warning}


def next_activation(last_activated: date, today: date) -> Due:
    due = add_years(last_activated, 1)
    days = (due - today).days
    return Due("activation", due, days, days < 0)


def expiry(issued: date, today: date) -> Due:
    due = add_years(issued, VALIDITY_YEARS)
    days = (due - today).days
    return Due("expiry", due, days, days <= WARN_DAYS)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """RFC 5545 §3.1: lines of at most 75 octets, continued with a leading space."""
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0]] + [" " + part for part in out[1:]]


def calendar(dues: list[Due], summaries: dict[str, str], description: str, now: datetime | None = None) -> str:
    """An RFC 5545 calendar: an all-day event per date, an alarm a week before; activation yearly."""
    import hashlib  # only the .ics path needs it

    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//cardinfo//cardinfo reminders//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for due in dues:
        uid = hashlib.sha256(f"{due.kind}:{due.date.isoformat()}".encode()).hexdigest()[:24]
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@cardinfo",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{due.date.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(due.date + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_escape(summaries[due.kind])}",
            f"DESCRIPTION:{_escape(description)}",
            "TRANSP:TRANSPARENT",
        ]
        if due.kind == "activation":
            lines.append("RRULE:FREQ=YEARLY")
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:-P7D",
            f"DESCRIPTION:{_escape(summaries[due.kind])}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
