"""`cardinfo sources`: every source the data cites, with what each supports."""

import typer

from cardinfo.cli import Reply, TextFormatOption, boundary, command, session


@command("sources")
@boundary
def sources(
    ctx: typer.Context,
    fmt: TextFormatOption = "text",
) -> None:
    """Every source the data cites: its date, confidence, address and what it supports.

    \b
    Examples:
      cardinfo sources
      cardinfo sources --format json
    """
    from cardinfo import shapes, views

    s = session(ctx)
    s.respond(Reply(lambda _: views.sources_doc(s.dataset, s.lang, s.name), lambda: shapes.sources(s.dataset)), fmt)
