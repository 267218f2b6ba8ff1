"""`cardinfo remind`: when a certificate falls due, as text or a calendar file."""

from typing import Annotated

import typer

from cardinfo.cli import Reply, TextFormatOption, boundary, command, session, shown_path, stderr_lang, warn, write_file


@command("remind")
@boundary
def remind(
    ctx: typer.Context,
    last_activated: Annotated[
        str | None,
        typer.Option(
            "--last-activated",
            metavar="DATE",
            help="When you last activated the card (2025-03-01, 2025/3/1, 2025年3月1日…).",
        ),
    ] = None,
    issued: Annotated[
        str | None,
        typer.Option(
            "--issued", metavar="DATE", help="When the card was issued (2025-03-01, 2025/3/1, 2025年3月1日…)."
        ),
    ] = None,
    today: Annotated[
        str | None, typer.Option("--today", metavar="DATE", help="Count days from this date instead of today.")
    ] = None,
    ics: Annotated[
        str | None, typer.Option("--ics", metavar="FILE", help="Also write an iCalendar file for a phone calendar.")
    ] = None,
    fmt: TextFormatOption = "text",
) -> None:
    """Next annual activation; expiry of a 10-year card; an iCalendar reminder.

    \b
    Examples:
      cardinfo remind --last-activated 2026-03-01
      cardinfo remind --issued 2017-02-28 --ics card.ics
    """
    import datetime as dt

    from cardinfo import remind as rm
    from cardinfo import shapes, views
    from cardinfo.errors import UsageError
    from cardinfo.i18n import t

    s = session(ctx)
    if ics is not None and _is_stdout(ics):
        raise UsageError("remind.ics_stdout", path=ics)
    if ics == "":  # (not "use -": standard output is the answer's, see above)
        raise UsageError("remind.ics_no_name")

    day = rm.parse_date(today, "--today") if today is not None else dt.date.today()

    def parsed(value: str, option: str) -> dt.date:
        """A date that has happened: a card issued or activated in the future is a typing mistake."""
        when = rm.parse_date(value, option)
        if when > day:
            raise UsageError("date.future", option=option, value=value, today=day.isoformat())
        return when

    dues = []
    issued_on = parsed(issued, "--issued") if issued is not None else None
    expires = rm.expiry(issued_on, day) if issued_on is not None else None
    if last_activated is not None:
        activated = parsed(last_activated, "--last-activated")
        if issued_on is not None and activated < issued_on:  # a card is activated after it is issued
            raise UsageError("remind.order", activated=activated.isoformat(), issued=issued_on.isoformat())
        dues.append(rm.next_activation(activated, day, expires and expires.date))
    if expires:
        dues.append(expires)
    if not dues:
        raise UsageError("remind.nothing")
    if ics is not None:
        planned = rm.events(dues, day)
        summaries = {e.kind: t(f"ics.{e.kind}", s.lang) for e in planned}
        write_file(ics, rm.calendar(planned, summaries, t("remind.local", s.lang)), s.data_dir)
        warn(t("written", stderr_lang(s.lang), path=shown_path(ics)))
    s.respond(
        Reply(
            lambda _: views.remind_doc(dues, s.lang),
            lambda: shapes.remind(dues, day.isoformat(), t("remind.local", s.lang)),
        ),
        fmt,
    )


def _is_stdout(name: str) -> bool:
    """Whether the file `name` is where the answer goes: `-`, /dev/stdout, or another name of the
    same file (/dev/fd/1 of a pipe). The calendar and the answer there would be one unreadable mix."""
    import os
    import sys

    if name in ("-", "/dev/stdout"):
        return True
    try:
        return os.path.samestat(os.stat(name), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError, AttributeError):  # no such file yet, or stdout closed or in memory
        return False
