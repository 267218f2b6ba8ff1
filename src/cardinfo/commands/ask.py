"""`cardinfo ask` (and the bare form `cardinfo QUESTION`): the place, the FAQ topic, or both."""

from typing import Annotated

import typer

from cardinfo.cli import Reply, TextFormatOption, boundary, command, session


@command("ask")
@boundary
def ask_command(
    ctx: typer.Context,
    query: Annotated[list[str], typer.Argument(help="A place, a question, or a sentence with both.")],
    fmt: TextFormatOption = "text",
) -> None:
    """Ask in your own words: the place, the FAQ topic, or both (also: cardinfo QUESTION...).

    \b
    Examples:
      cardinfo ask 我在昆明，三代证要钱吗
      cardinfo 昆明
      cardinfo ask "is it free?" --format json
    """
    from cardinfo import queries, shapes
    from cardinfo.errors import NotFound

    s = session(ctx)
    answer = queries.ask(s.dataset, s.atlas, " ".join(query))
    if answer.region is None and answer.faq is None:
        if answer.miss is not None and answer.miss.key != "place.none":
            raise answer.miss
        hints = answer.miss.suggestions if answer.miss else []
        raise NotFound("ask.none", query=answer.query, suggestions=hints)
    s.respond(
        Reply(
            lambda _: queries.ask_doc(answer, s.dataset, s.lang, s.name),
            lambda: shapes.ask_answer(answer, s.dataset, s.lang),
        ),
        fmt,
    )
