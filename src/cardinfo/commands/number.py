"""`cardinfo number`: check a certificate or resident ID number offline and explain it."""

from typing import TYPE_CHECKING, Annotated

import typer

from cardinfo.cli import Reply, TextFormatOption, boundary, command, session
from cardinfo.errors import ExitCode

if TYPE_CHECKING:
    from cardinfo.render import Doc


@command("number")
@boundary
def number_command(
    ctx: typer.Context,
    number: Annotated[list[str], typer.Argument(help="A certificate number (20 or 22) or resident ID (18 or 15).")],
    fmt: TextFormatOption = "text",
) -> None:
    """Check a certificate or resident ID number offline and explain it (exit 1 if it is not valid).

    \b
    The number is never shown whole (its first 6 and last 4 characters are kept) and never stored.
    Spaces and dashes inside it are ignored.
    Examples:
      cardinfo number NUMBER
      cardinfo number NUMBER --format json
    """
    from cardinfo import queries, shapes, views
    from cardinfo.errors import NotFound

    s = session(ctx)
    if not "".join(number).strip():
        raise NotFound("number.empty")  # nothing typed (number ''): not "a resident ID of the wrong length"
    result, issued = queries.check_number(s.divisions, " ".join(number))

    def doc(_: int | None) -> "Doc":
        """The check, the rules it applies, and what to do next."""
        answer = queries.number_doc(result, issued, s.lang, s.name, queries.outside_of(s.dataset, issued))
        return views.number_next(answer, result.kind, result.valid, s.dataset, s.lang)

    s.respond(
        Reply(doc, lambda: shapes.number_check(result, issued, s.lang)),
        fmt,
    )
    if not result.valid:
        raise typer.Exit(ExitCode.NOT_FOUND)
