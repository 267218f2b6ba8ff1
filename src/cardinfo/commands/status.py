"""`cardinfo status`: the table of records, filtered."""

from typing import TYPE_CHECKING, Annotated, Literal

import typer

from cardinfo.cli import (
    OutputOption,
    Reply,
    Session,
    boundary,
    command,
    output_format,
    session,
    shown_path,
    split_list,
    stderr_lang,
    warn,
)

if TYPE_CHECKING:
    from cardinfo.places import Divisions

StatusChoice = Literal["issued", "issuing", "preparing"]


@command("status")
@boundary
def status(
    ctx: typer.Context,
    status_: Annotated[StatusChoice | None, typer.Option("--status", help="Only this status.")] = None,
    province: Annotated[str | None, typer.Option("--province", help="Only this province (any name form).")] = None,
    pilot: Annotated[bool, typer.Option("--pilot", help="Only pilots (试点).")] = False,
    fmt: Annotated[
        str | None, typer.Option("--format", help="table, json, ndjson, csv, tsv, yaml or markdown.")
    ] = None,
    output: OutputOption = None,
    bom: Annotated[
        bool, typer.Option("--bom", help="Start CSV/TSV with a UTF-8 BOM, for Excel on Chinese Windows.")
    ] = False,
) -> None:
    """The status table of every region the data covers.

    \b
    Examples:
      cardinfo status
      cardinfo status --status issuing --province 云南
      cardinfo status --format csv --bom --output status.csv
    """
    from cardinfo import render, shapes, views
    from cardinfo.lookup import filter_regions

    chosen = output_format(fmt, output, list(render.FORMATS), "table")
    s = session(ctx)
    provinces = split_list(province)
    if province is not None and not provinces:  # --province '' or ',，': not "every province" by accident
        from cardinfo.errors import UsageError

        raise UsageError("province.empty")
    divisions = s.divisions if provinces else None  # only --province needs the division index
    if divisions is not None:
        provinces = [name for part in provinces for name in _listed(part, divisions)]
    records = list(s.dataset.regions) if provinces else filter_regions(s.dataset, None, status_, None, pilot)
    if provinces:  # several provinces: each by any of its names, the records in the data's order
        chosen_ids = {r.id for p in provinces for r in filter_regions(s.dataset, divisions, status_, p, pilot)}
        records = [r for r in records if r.id in chosen_ids]
        _name_the_others(provinces, s)
    if chosen != "table":  # scripts get the pinyin beside every Chinese name
        records = list(s.with_pinyin(records))
    reply = Reply(
        lambda width: views.status_doc(records, s.dataset, s.lang, s.name, wide=width is None or width >= 120),
        lambda: shapes.records(records),
        records,
        render.Caption(views.source_line(s.dataset, s.lang), s.lang, s.name),
    )
    s.respond(reply, chosen, output, bom)
    if output is not None and output not in ("-", "/dev/stdout"):
        from cardinfo.i18n import t

        warn(t("written.records", stderr_lang(s.lang), n=len(records), path=shown_path(output)))


def _listed(part: str, divisions: "Divisions") -> list[str]:
    """A value of --province that lists provinces with spaces or semicolons (`云南 四川`, `Yunnan;Sichuan`):
    each, where every piece names a province and no two the same one; else the value as one name
    (`Inner Mongolia`, `云南 昆明`)."""
    import re

    from cardinfo.errors import NotFound
    from cardinfo.lookup import province_name

    pieces = [p for p in re.split(r"[\s;；]+", part) if p]
    if len(pieces) < 2:
        return [part]
    try:
        named = [province_name(divisions, piece) for piece in pieces]
    except NotFound:
        return [part]
    return pieces if len(set(named)) == len(named) else [part]


def _name_the_others(provinces: list[str], s: Session) -> None:
    """A province's name that fits another province too (shanxi: 山西, also 陕西) says so on stderr:
    nothing is picked silently."""
    from cardinfo.i18n import t
    from cardinfo.lookup import provinces_also

    for query in provinces:
        chosen, others = provinces_also(s.divisions, query)
        if others:
            lang = stderr_lang(s.lang)
            shown = [s.named(name) if lang == "en" else name for name in (chosen, *others)]
            joined = "、".join(shown[1:]) if lang == "zh" else ", ".join(shown[1:])
            warn(t("note.province_also", lang, query=query, chosen=shown[0], others=joined))
