"""`cardinfo timeline`: the dated national milestones."""

import typer

from cardinfo.cli import Reply, TextFormatOption, boundary, command, session


@command("timeline")
@boundary
def timeline(
    ctx: typer.Context,
    fmt: TextFormatOption = "text",
) -> None:
    """National milestones, oldest first, as the article states them (unverified).

    \b
    Examples:
      cardinfo timeline
      cardinfo timeline --format json
    """
    from cardinfo import shapes, views

    s = session(ctx)
    s.respond(Reply(lambda _: views.timeline_doc(s.dataset, s.lang), lambda: shapes.timeline(s.dataset)), fmt)
