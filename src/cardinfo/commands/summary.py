"""`cardinfo summary`: counts by status and the places under each."""

import typer

from cardinfo.cli import Reply, TextFormatOption, boundary, command, session


@command("summary")
@boundary
def summary(
    ctx: typer.Context,
    fmt: TextFormatOption = "text",
) -> None:
    """Counts by status and by province, beside the counts the article states.

    \b
    Examples:
      cardinfo summary
      cardinfo summary --format json
    """
    from cardinfo import shapes, views
    from cardinfo.lookup import summary as summarise

    s = session(ctx)
    result = summarise(s.dataset, s.atlas)
    s.respond(
        Reply(
            lambda width: views.summary_doc(result, s.dataset, s.lang, s.name, linear=width is None),
            lambda: shapes.summary(result),
        ),
        fmt,
    )
