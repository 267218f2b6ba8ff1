"""`cardinfo export`: the whole dataset, for scripts (JSON, YAML or a web page)."""

from typing import TYPE_CHECKING, Annotated, Literal, get_args

import typer

from cardinfo.cli import OutputOption, Reply, boundary, command, output_format, session

if TYPE_CHECKING:
    from cardinfo.render import Doc


ExportFormat = Literal["json", "yaml", "html"]


def _no_text() -> "Doc":
    raise AssertionError("this command has machine formats only")


@command("export")
@boundary
def export(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat | None, typer.Option("--format", help="json, yaml or html (a self-contained web page).")
    ] = None,
    output: OutputOption = None,
) -> None:
    """The whole dataset, for scripts.

    \b
    Examples:
      cardinfo export > cardinfo.json
      cardinfo export --format yaml --output cardinfo.yaml
      cardinfo export --format html --output cardinfo.html
    """
    from cardinfo import shapes

    s = session(ctx)
    chosen = output_format(fmt, output, list(get_args(ExportFormat)), "json")
    if chosen == "html":
        from cardinfo.commands.map import page_of

        s.respond(Reply(lambda _: _no_text(), lambda: None, document=lambda _: page_of(s)), chosen, output)
        return
    whole = shapes.export(s.dataset)
    s.respond(Reply(lambda _: _no_text(), lambda: whole), chosen, output)
