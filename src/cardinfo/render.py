"""Turn answers into text: a registry of pure renderers, one per output format.

Commands build a `Doc` (a list of blocks) for people, or a list of records for machines.
People get either plain linear text (one `label: value` per line, no box drawing, no escape
codes: what a screen reader and a pipe want) or, on a terminal, Rich tables in the 16 basic
colours. Rich is imported only for that last case.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from cardinfo.models import Region
from cardinfo.text import strip_controls

STATUS_STYLE = {"issued": "green", "issuing": "cyan", "preparing": "yellow", "unknown": "magenta"}


class Doc:
    """An answer for people: titles, `label: value` fields, lists, tables and paragraphs."""

    def __init__(self, lang: str = "zh") -> None:
        self.lang = lang
        self.blocks: list[tuple[Any, ...]] = []

    def title(self, text: str) -> Doc:
        self.blocks.append(("title", text))
        return self

    def text(self, text: str) -> Doc:
        self.blocks.append(("text", text))
        return self

    def field(self, label: str, value: str, style: str = "") -> Doc:
        self.blocks.append(("field", label, value, style))
        return self

    def items(self, label: str, values: list[str]) -> Doc:
        if values:
            self.blocks.append(("items", label, values))
        return self

    def table(self, headers: list[str], rows: list[list[str]], styles: list[str] | None = None) -> Doc:
        self.blocks.append(("table", headers, rows, styles or [""] * len(rows)))
        return self

    def gap(self) -> Doc:
        self.blocks.append(("gap",))
        return self


def clean(value: object) -> str:
    """Text safe for a terminal: no control characters or escape sequences from data or input."""
    return strip_controls(str(value))


def plain(doc: Doc) -> str:
    """Linear text: one `label：value` per line, blank lines between records, nothing else."""
    sep = "：" if doc.lang == "zh" else ": "
    lines: list[str] = []
    for block in doc.blocks:
        kind = block[0]
        if kind == "title" or kind == "text":
            lines.append(clean(block[1]))
        elif kind == "field":
            lines.append(f"{clean(block[1])}{sep}{clean(block[2])}")
        elif kind == "items":
            lines.append(f"{clean(block[1])}{sep}")
            lines += [f"  {i}. {clean(v)}" for i, v in enumerate(block[2], 1)]
        elif kind == "table":
            headers, rows = block[1], block[2]
            for n, row in enumerate(rows):
                if n:
                    lines.append("")
                lines += [f"{clean(h)}{sep}{clean(v)}" for h, v in zip(headers, row, strict=True) if v != ""]
        elif kind == "gap":
            lines.append("")
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def rich_text(doc: Doc, width: int) -> str:
    """The same answer as Rich renders it for a colour terminal (long text folds, never cut)."""
    from rich import box
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    out = io.StringIO()
    console = Console(
        file=out,
        width=max(width, 20),
        force_terminal=True,
        color_system="standard",
        emoji=False,
        markup=False,
        highlight=False,
        legacy_windows=False,
    )
    grid: Table | None = None

    def flush() -> None:
        nonlocal grid
        if grid is not None:
            console.print(grid)
            grid = None

    for block in doc.blocks:
        kind = block[0]
        if kind == "field":
            if grid is None:
                grid = Table.grid(padding=(0, 1))
                grid.add_column(style="bold", no_wrap=True, overflow="fold")
                grid.add_column(overflow="fold")
            grid.add_row(Text(clean(block[1])), Text(clean(block[2]), style=block[3]))
            continue
        flush()
        if kind == "title":
            console.print(Text(clean(block[1]), style="bold"))
        elif kind == "text":
            console.print(Text(clean(block[1])))
        elif kind == "items":
            console.print(Text(clean(block[1]), style="bold"))
            bullets = Table.grid(padding=(0, 1))
            bullets.add_column(no_wrap=True)
            bullets.add_column(overflow="fold")
            for v in block[2]:
                bullets.add_row(" •", Text(clean(v)))
            console.print(bullets)
        elif kind == "table":
            table = Table(box=box.SQUARE, show_lines=False, header_style="bold")
            for i, h in enumerate(block[1]):
                # Short columns (status words, codes, dates) keep their width; long text folds, never "…".
                widest = max((cell_len(clean(row[i])) for row in block[2]), default=0)
                table.add_column(clean(h), overflow="fold", min_width=widest if widest <= 10 else None)
            for row, style in zip(block[2], block[3], strict=True):
                table.add_row(*[Text(clean(v), style=style if i == 0 else "") for i, v in enumerate(row)])
            console.print(table)
        elif kind == "gap":
            console.print()
    flush()
    return out.getvalue()


# ── machine formats for records ────────────────────────────────────────────────────────────


class Format(StrEnum):
    """Output formats of `cardinfo status`."""

    table = "table"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    tsv = "tsv"
    yaml = "yaml"
    markdown = "markdown"


COLUMNS = [
    "id",
    "province",
    "place",
    "code",
    "level",
    "status",
    "pilot",
    "since",
    "functions",
    "validity_years",
    "first_batch",
    "notes",
    "aliases",
    "within",
    "source_section",
    "source_text",
    "source_date",
]


def flat(region: Region) -> dict[str, str]:
    """One record as text cells: lists joined with `; `, booleans as true/false, null as empty."""
    d = region.to_dict()
    row: dict[str, str] = {}
    for col in COLUMNS:
        if col == "source_section":
            value: Any = region.source.section
        elif col == "source_text":
            value = region.source.text
        elif col == "source_date":
            value = region.source.date
        else:
            value = d.get(col)
        if isinstance(value, list):
            value = "; ".join(value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        row[col] = "" if value is None else str(value)
    return row


def to_json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _json(records: list[Region], provenance: str) -> str:
    return to_json([r.to_dict() for r in records])


def _ndjson(records: list[Region], provenance: str) -> str:
    import json

    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records)


def _delimited(records: list[Region], dialect: str) -> str:
    import csv

    out = io.StringIO()
    if dialect == "tsv":
        writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar=None, lineterminator="\n")
        rows = [[v.replace("\t", " ").replace("\n", " / ") for v in flat(r).values()] for r in records]
    else:
        writer = csv.writer(out, lineterminator="\r\n")
        rows = [list(flat(r).values()) for r in records]
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


def _yaml(records: list[Region], provenance: str) -> str:
    return to_yaml([r.to_dict() for r in records])


def to_yaml(value: Any) -> str:
    import yaml  # only the YAML format pays for it

    return str(yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=1000))


def _markdown(records: list[Region], provenance: str) -> str:
    """A table to publish, with where its facts come from under it."""

    def cell(v: str) -> str:
        return clean(v).replace("|", "\\|").replace("\n", "<br>")

    shown = ["province", "place", "code", "status", "pilot", "since", "source_text"]
    lines = ["| " + " | ".join(shown) + " |", "|" + "---|" * len(shown)]
    for r in records:
        row = flat(r)
        lines.append("| " + " | ".join(cell(row[c]) for c in shown) + " |")
    return "\n".join([*lines, "", clean(provenance)]) + "\n"


# Machine formats carry records only (the provenance is in each record's `source`); the
# Markdown table, made to be published, also states the source under it.
RECORD_RENDERERS: dict[Format, Callable[[list[Region], str], str]] = {
    Format.json: _json,
    Format.ndjson: _ndjson,
    Format.csv: lambda records, _: _delimited(records, "csv"),
    Format.tsv: lambda records, _: _delimited(records, "tsv"),
    Format.yaml: _yaml,
    Format.markdown: _markdown,
}
