"""`cardinfo map`: the provinces as a tile map (terminal, plain list, SVG, PNG or a web page)."""

from pathlib import Path
from typing import Annotated, Any, Literal

import typer

from cardinfo.cli import OutputOption, Reply, Session, boundary, command, session

MapFormat = Literal["text", "svg", "html"]


def _map_tiles(s: Session) -> tuple[Any, list[Any]]:
    """The grid and each province's stage from the evidence: the records and the dated reports."""
    from cardinfo import tilemap

    grid = tilemap.load_grid()
    return grid, tilemap.stages(grid.tiles, tilemap.from_dataset(s.dataset))


def _map_svg(s: Session, standalone: bool = True) -> str:
    from cardinfo import svg

    grid, tiles = _map_tiles(s)
    article = s.dataset.article
    source = f"《{article['title']}》 {article['url']}"
    return svg.render(grid, tiles, s.lang, source, s.dataset.as_of, standalone, len(s.dataset.reports))


def page_of(s: Session) -> str:
    """The self-contained web page (the map, the records, the sources), as `map` and `export` write it."""
    from cardinfo import page

    return page.render(s.dataset, _map_tiles(s)[1], _map_svg(s, standalone=False), s.lang, s.name)


def _next_drawn(s: Session, width: int) -> str:
    """The next step below the drawn map, as the terminal draws any answer."""
    from cardinfo.render import Doc, rich_text
    from cardinfo.views import general_next

    return rich_text(general_next(Doc(s.lang), s.dataset, s.lang), width)


@command("map")
@boundary
def map_(
    ctx: typer.Context,
    fmt: Annotated[
        MapFormat | None,
        typer.Option(
            "--format", case_sensitive=False, help="text, svg or html (default: from --output's extension, else text)."
        ),
    ] = None,
    output: OutputOption = None,
) -> None:
    """Every province-level division on a tile map, by the stage the evidence inside it states.

    \b
    Examples:
      cardinfo map
      cardinfo --lang en map --plain
      cardinfo map --format svg --output map.svg
      cardinfo map --output status.html
    """
    from cardinfo import maptext
    from cardinfo.errors import UsageError
    from cardinfo.views import general_next, source_line

    if fmt is None:
        suffixes: dict[str, MapFormat] = {".svg": "svg", ".html": "html", ".htm": "html", ".txt": "text"}
        # no extension (mapfile, /dev/stdout, /dev/null, >(gzip …) as /dev/fd/63): the usual text map
        suffix = (Path(output).suffix.lower() or ".txt") if output and output != "-" else ".txt"
        if suffix not in suffixes:
            raise UsageError("output.format", path=str(output), choices="text, svg, html")
        fmt = suffixes[suffix]
    s = session(ctx)
    grid, tiles = _map_tiles(s)
    source = source_line(s.dataset, s.lang)
    reply = Reply(
        lambda _: general_next(maptext.plain_doc(tiles, s.lang, source), s.dataset, s.lang),
        lambda: None,
        terminal=lambda width: maptext.terminal(grid, tiles, s.lang, width, source) + _next_drawn(s, width),
        document=lambda kind: _map_svg(s) if kind == "svg" else page_of(s),
    )
    s.respond(reply, fmt, output)
