"""`cardinfo ask` (and the bare form `cardinfo QUESTION`): the place, the FAQ topic, or both."""

from typing import Annotated

import typer

from cardinfo.cli import Reply, TextFormatOption, boundary, command, session

# Commands' names in Chinese, typed alone as if they were commands (`cardinfo 状态`): the message
# names the command rather than offer places that sound alike.
COMMAND_WORDS = {
    "状态": "status",
    "换发状态": "status",
    "汇总": "summary",
    "概况": "summary",
    "时间线": "timeline",
    "常见问题": "faq",
    "问答": "faq",
    "来源": "sources",
    "出处": "sources",
    "提醒": "remind",
    "导出": "export",
    "地图": "map",
    "数据": "data",
    "号码": "number",
    "地区": "region",
}


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
        word = answer.query.strip(" \t\u3000?？!！。.")
        if word in COMMAND_WORDS:
            raise NotFound("ask.command", query=word, command=COMMAND_WORDS[word])
        hints = answer.miss.suggestions if answer.miss else []
        raise NotFound("ask.none", query=answer.query, suggestions=hints)
    s.respond(
        Reply(
            lambda _: queries.ask_doc(answer, s.dataset, s.lang, s.name),
            lambda: shapes.ask_answer(answer, s.dataset, s.lang),
        ),
        fmt,
    )
