"""Dates people need: the next annual activation, a 10-year card's expiry, and an iCalendar file."""

from datetime import UTC, date, datetime, timedelta

from cardinfo.errors import UsageError
from cardinfo.record import Record

VALIDITY_YEARS = 10
# One lead time for the expiry: the text warns and the calendar alarm fires this many days ahead.
EXPIRY_LEAD_DAYS = 90
# The calendar reminds of the yearly activation this many days ahead.
ACTIVATION_LEAD_DAYS = 7
# Years a date may have: every date the tool computes (10 years on, a day after) stays valid.
FIRST_YEAR, LAST_YEAR = 1900, 2199
_SEPARATORS = "-/."
_Day = date  # the `date` field of Due hides the type inside its class body


def parse_date(value: str, option: str) -> date:
    """A calendar date as people write it: 2025-03-01, 2025/3/1, 2025.3.1, 20250301, 2025年3月1日.

    Full-width digits and separators count as their ASCII forms. Anything else is a UsageError
    whose key (date.*) names the mistake, with an accepted example for it.
    """
    try:
        return _parse(value)
    except _BadDate as exc:
        raise UsageError(f"date.{exc.args[0]}", option=option, **exc.args[1]) from None


class _BadDate(Exception):
    """The mistake (a key under date.) and the values its message shows."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key, values)


def _parse(value: str) -> date:
    import unicodedata  # only remind needs it

    text = "".join(unicodedata.normalize("NFKC", value).split())
    if not text:
        raise _BadDate("empty")
    if "T" in text.upper() and text[:1].isdigit() and len(text) > 10:
        head = text.upper().split("T", 1)[0]
        fields = _fields(head)
        if fields is not None:
            try:
                example: str | None = _checked(*fields).isoformat()
            except _BadDate:  # 2025-13-45T10:00: no date to show
                example = None
            raise _mistake("time", example)
    upper = text.upper()
    if upper[:4].isdigit() and upper[4:].lstrip("-").startswith("W"):
        raise _BadDate("week", example=_week_example(upper))
    fields = _fields(text)
    if fields is None:
        raise _BadDate("form", value=value.strip())
    return _checked(*fields)


def _fields(text: str) -> tuple[str, str, str] | None:
    """Year, month and day as written, or None when the text is not in an accepted form."""
    if "年" in text and "月" in text:
        year, rest = text.rstrip("日号").split("年", 1)
        month, _, day = rest.partition("月")
        parts = [year, month, day]
    elif text.isdigit() and len(text) == 8:
        parts = [text[:4], text[4:6], text[6:]]
    else:
        seps = [s for s in _SEPARATORS if s in text]
        if len(seps) != 1:
            return None
        parts = text.split(seps[0])
    if len(parts) != 3 or not all(p.isdigit() and p.isascii() for p in parts):
        return None
    return parts[0], parts[1], parts[2]


def _checked(year_text: str, month_text: str, day_text: str) -> date:
    """The date, or the one mistake it makes with an accepted example built from its own numbers
    (a mistake with no real date to build from them, 13/13/2025, gets none)."""
    if len(year_text) != 4 and len(day_text) == 4:
        # 01/03/2025 or 03/15/2025: day or month first. Year first is what we accept; show it,
        # reading the two first numbers as day-month where that is a date, else as month-day.
        year, first, second = int(day_text), int(year_text), int(month_text)
        raise _mistake("year_first", _real(year, second, first) or _real(year, first, second))
    if len(year_text) != 4:
        year, month, day = 2000 + int(year_text) % 100, int(month_text), int(day_text)
        raise _mistake("year_digits", _real(year, month, day) or _real(year, day, month))
    year, month, day = int(year_text), int(month_text), int(day_text)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _BadDate("year_range", first=FIRST_YEAR, last=LAST_YEAR)
    if not 1 <= month <= 12:
        if 1 <= day <= 12 and 12 < month <= 31:
            raise _mistake("month_swapped", _real(year, day, month), month=month)
        near = 1 if month < 1 else 12
        raise _mistake("month", _real(year, near, min(max(day, 1), 31)), month=month)
    if month == 2 and day == 29 and not _leap(year):
        raise _BadDate("not_leap", year=year, before=_iso(year, 2, 28), after=_iso(year, 3, 1))
    last = _month_days(year, month)
    if not 1 <= day <= last:
        raise _BadDate("day", month=month, days=last, example=_iso(year, month, last))
    return date(year, month, day)


def _real(year: int, month: int, day: int) -> str | None:
    """The date written year first, if it is one this tool accepts; else None."""
    valid = FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12 and 1 <= day <= _month_days(year, month)
    return _iso(year, month, day) if valid else None


def _mistake(key: str, example: str | None, **values: object) -> _BadDate:
    """The mistake with its example, or under KEY.plain, worded without one, when there is none."""
    return _BadDate(key, example=example, **values) if example else _BadDate(f"{key}.plain", **values)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_days(year: int, month: int) -> int:
    if month == 2:
        return 29 if _leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _week_example(text: str) -> str:
    """The calendar date an ISO week date (2024-W01-1) stands for, or a plain example."""
    digits = text.replace("-", "").replace("W", " ").split()
    try:
        year = int(digits[0])
        week_day = digits[1]
        day = date.fromisocalendar(year, int(week_day[:2]), int(week_day[2:] or "1"))
        if FIRST_YEAR <= day.year <= LAST_YEAR:
            return day.isoformat()
    except (ValueError, IndexError):
        pass
    return "2025-03-01"


def add_years(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


class Due(Record):
    """A date something is due, and the days from today (negative when it has passed)."""

    kind: str
    date: date
    days_left: int
    warning: bool
    until: _Day | None = None  # activation: the last date it repeats to (the card's expiry)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"date": self.date.isoformat(), "days_left": self.days_left, "warning": self.warning}
        if self.until is not None:
            out["until"] = self.until.isoformat()
        return out


def next_activation(last_activated: date, today: date, expires: date | None = None) -> Due:
    """A year after the last activation; it repeats yearly until the card expires.

    Without the issue date the expiry is not known, but it is at most 10 years after the last
    activation (a card is activated after it is issued), so the repetition ends there.
    """
    due = add_years(last_activated, 1)
    days = (due - today).days
    until = expires if expires is not None else add_years(last_activated, VALIDITY_YEARS)
    return Due("activation", due, days, days < 0, until)


def expiry(issued: date, today: date) -> Due:
    due = add_years(issued, VALIDITY_YEARS)
    days = (due - today).days
    return Due("expiry", due, days, days <= EXPIRY_LEAD_DAYS)


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


class Event(Record):
    """One calendar entry: an all-day event, perhaps yearly, with an alarm `lead_days` before."""

    kind: str  # "activation", "expiry", or "overdue-activation" / "expired": something to do today
    start: date
    until: date | None
    lead_days: int
    soon: bool = False  # nearer than its usual lead: the alarm goes off today at 09:00 instead


def events(dues: list["Due"], today: date) -> list[Event]:
    """What the calendar holds: nothing dated in the past, nothing after the card has expired.

    A passed activation or expiry becomes one event today (it is still to be done); the yearly
    activation starts at its next date and repeats until the card expires.
    """
    out: list[Event] = []
    expired = any(d.kind == "expiry" and d.days_left < 0 for d in dues)
    for due in dues:
        if due.kind != "expiry" and expired:
            continue  # an expired card is exchanged, not activated: the "expired" event says so
        if due.kind == "expiry":
            if due.days_left < 0:
                out.append(Event("expired", today, None, 0))
            else:
                out.append(_event("expiry", due.date, None, EXPIRY_LEAD_DAYS, due.days_left))
        elif due.days_left < 0:
            out.append(Event("overdue-activation", today, None, 0))
        elif due.until is None or due.date <= due.until:
            if due.days_left >= ACTIVATION_LEAD_DAYS:
                out.append(Event("activation", due.date, due.until, ACTIVATION_LEAD_DAYS))
                continue
            # this year's activation is nearer than its lead: an event of its own, alarmed today, then
            # the yearly series from next year with the usual lead
            out.append(_event("activation", due.date, None, ACTIVATION_LEAD_DAYS, due.days_left))
            following = add_years(due.date, 1)
            if due.until is None or following <= due.until:
                out.append(Event("activation", following, due.until, ACTIVATION_LEAD_DAYS))
    return out


def _event(kind: str, start: date, until: date | None, lead: int, days_left: int) -> Event:
    """An event whose alarm would fall before today rings today instead (never a past alarm)."""
    return Event(kind, start, until, lead) if days_left >= lead else Event(kind, start, until, days_left, True)


def calendar(planned: list[Event], summaries: dict[str, str], description: str, now: datetime | None = None) -> str:
    """An RFC 5545 calendar: an all-day event for each entry, with its alarm."""
    import hashlib  # only the .ics path needs it

    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//cardinfo//cardinfo reminders//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for event in planned:
        uid = hashlib.sha256(f"{event.kind}:{event.start.isoformat()}".encode()).hexdigest()[:24]
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@cardinfo",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{event.start.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(event.start + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_escape(summaries[event.kind])}",
            f"DESCRIPTION:{_escape(description)}",
            "TRANSP:TRANSPARENT",
        ]
        if event.kind == "activation" and not event.soon:  # (this year's, nearer than its lead, is one day)
            until = f";UNTIL={event.until.strftime('%Y%m%d')}" if event.until else ""
            lines.append(f"RRULE:FREQ=YEARLY{until}")
        # A to-do for today alarms at 09:00 that day; a future date alarms its lead time ahead, or
        # today at 09:00 when that lead time has already begun.
        trigger = f"-P{event.lead_days}D" if event.lead_days else "PT9H"
        if event.soon and event.lead_days:
            trigger = f"-P{event.lead_days - 1}DT15H" if event.lead_days > 1 else "-PT15H"
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"TRIGGER:{trigger}",
            f"DESCRIPTION:{_escape(summaries[event.kind])}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
