"""Turn answers into text: a registry of pure renderers, one per output format.

Commands build a `Doc` (a list of blocks) for people, or a list of records for machines.
People get either plain linear text (one `label: value` per line, no box drawing, no escape
codes: what a screen reader and a pipe want) or, on a terminal, Rich tables in the 16 basic
colours. Rich is imported only for that last case.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cardinfo.models import Region
from cardinfo.record import Record
from cardinfo.text import spreadsheet_safe, strip_controls, strip_controls_but_lines

if TYPE_CHECKING:  # Rich is imported only to draw on a terminal
    from rich.console import Console

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

    def table(self, headers: list[str], rows: list[list[str]], styles: list[str] | None = None, styled: int = 0) -> Doc:
        """Rows under headers; `styles` colour each row's column `styled` (a status, say)."""
        self.blocks.append(("table", headers, rows, styles or [""] * len(rows), styled))
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
            lines += _url_lines(clean(block[1]))
        elif kind == "field":
            lines += _url_lines(f"{clean(block[1])}{sep}{clean(block[2])}")
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


# ── terminal layout: our own line breaking, so URLs and numbers are never split ──────────────

# No line starts with a closing mark, no line ends with an opening one (the common kinsoku rule).
_CLOSING = frozenset("，。、；：！？）」』”’》〉】〕,.;:!?)]}%")
_OPENING = frozenset("（「『“‘《〈【〔([{")
_SHORT_CELL = 22  # a cell this wide or narrower (a place name up to 11 characters, a status, a date) is never broken


# East Asian wide ranges (CJK, kana, hangul, full-width forms): two cells each on a terminal.
# A table of ranges rather than Rich or unicodedata, so plain runs import neither.
_WIDE = (
    (0x1100, 0x115F),
    (0x2E80, 0x303E),
    (0x3041, 0xA4CF),
    (0xAC00, 0xD7A3),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFF60),
    (0xFFE0, 0xFFE6),
    (0x20000, 0x3FFFD),
)


def _is_wide(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _WIDE)


def atoms(text: str) -> list[str]:
    """Pieces a line may break between: spaces, single CJK characters (a number keeps the
    character after it: 2020年), words and numbers whole, a URL whole, punctuation glued on."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            j = i
            while j < n and text[j].isspace():
                j += 1
        elif text.startswith(("http://", "https://"), i):
            j = i  # an address may hold Chinese (an IRI); it ends at a space or Chinese punctuation
            while j < n and not text[j].isspace() and not (text[j] in _CLOSING and _is_wide(text[j])):
                j += 1
            while j > i and text[j - 1] in ".,;:!?)]":  # a sentence's full stop is not the URL's
                j -= 1
        elif not _is_wide(ch) and ch not in _CLOSING:
            j = i
            while j < n and not text[j].isspace() and not _is_wide(text[j]):
                j += 1
                if text.startswith(("http://", "https://"), j):
                    break
            while text[j - 1].isdigit() and j < n and _is_wide(text[j]) and text[j] not in _OPENING:
                j += 1  # a number keeps its unit (10个), a date stays whole (2020年4月17日)
                if j < n and text[j].isascii() and text[j].isdigit():
                    while j < n and text[j].isascii() and text[j].isdigit():
                        j += 1
        else:
            j = i + 1
        piece = text[i:j]
        glue = out and (piece[0] in _CLOSING or (out[-1][-1] in _OPENING and not out[-1].isspace()))
        if glue and not piece.isspace() and not _is_url(piece) and not _is_url(out[-1]):
            out[-1] += piece
        else:
            out.append(piece)
        i = j
    return out


def _is_url(piece: str) -> bool:
    return piece.startswith(("http://", "https://"))


def _is_address(piece: str) -> bool:
    """A URL or a file's path (/work/data/places.sqlite, ~/x): whole on a line of its own, never cut,
    so it can be copied."""
    return _is_url(piece) or (piece.startswith(("/", "~/")) and piece.count("/") >= 2 and " " not in piece)


def cells(text: str) -> int:
    """Terminal cells of `text` without Rich: two for East Asian wide characters, else one."""
    return sum(2 if _is_wide(ch) else 1 for ch in text)


def wrap(text: str, width: int, measure: Callable[[str], int] | None = None) -> list[str]:
    """Lines of at most `width` cells, broken only between atoms; a URL gets a line of its own
    and is never broken, even when it is wider than the line (the terminal then shows it whole).

    `measure` counts cells (Rich's count by default, which the terminal layout must agree with)."""
    if measure is None:
        from rich.cells import cell_len

        measure = cell_len
    lines: list[str] = []
    line = ""
    for paragraph in text.split("\n"):
        start = len(lines)
        for piece in atoms(paragraph):
            if piece.isspace():
                if line:
                    line += " "
                continue
            if _is_url(piece) or (_is_address(piece) and measure(line + piece) > width):  # a path: when it must
                if line.strip():
                    lines.append(line.rstrip())
                lines.append(piece)
                line = ""
                continue
            if measure(line + piece) <= width or not line.strip():
                line += piece
            else:
                keep = _phrase_start(line)  # 河南省残疾人联合会 moves whole, not 河南省残疾 | 人联合会
                lines.append(line[:keep].rstrip())
                line = line[keep:] + piece
            while measure(line) > width and not _is_address(line):  # one word wider than the line
                cut = _cut(line, width, measure)
                if cut >= len(line):
                    break  # a number wider than the line: whole, on a line of its own
                lines.append(line[:cut])
                line = line[cut:]
        if line.strip() or len(lines) == start:
            lines.append(line.rstrip())
        line = ""
    return lines or [""]


_PHRASE = 10  # characters: the longest run of Chinese moved whole to the next line (a name, a short phrase)


def _phrase_start(line: str) -> int:
    """Where the run of Chinese that `line` ends with begins, when the line breaks inside it: after
    the last mark, space or opening bracket within _PHRASE characters, so a name is not split
    (（来源：河南省残疾人联合会); len(line) when the run is longer or the line would be left too short."""
    if not line or not _is_wide(line[-1]) or line[-1] in _CLOSING:
        return len(line)
    for back in range(1, min(_PHRASE, len(line) // 3) + 1):  # two thirds of the line stay
        at = len(line) - back  # the run would start here
        before = line[at - 1]
        if before in _OPENING:  # （“师宗县…: the brackets go with what they open
            while at > 1 and line[at - 1] in _OPENING:
                at -= 1
            return at
        if before.isspace() or before in _CLOSING:
            return at
        if not _is_wide(before):
            return len(line)  # 10个街道: a number keeps its unit; a Latin word its neighbour
    return len(line)


def _cut(text: str, width: int, measure: Callable[[str], int]) -> int:
    """Where to break a piece wider than the line: as late as fits, never inside a number."""
    cut = 1
    while cut < len(text) and measure(text[: cut + 1]) <= width:
        cut += 1
    back = cut
    while 0 < back < len(text) and (text[back - 1].isdigit() or text[back - 1] in ".,") and text[back].isdigit():
        back -= 1
    if back > 0:
        return back
    while cut < len(text) and text[cut].isdigit():  # the number alone is wider than the line
        cut += 1
    return cut


def _min_width(text: str) -> int:
    """The narrowest a cell can be without breaking an atom (short cells stay whole)."""
    from rich.cells import cell_len

    whole = cell_len(text)
    if whole <= _SHORT_CELL:
        return whole
    return max((cell_len(a) for a in atoms(text) if not a.isspace()), default=0)


def column_widths(headers: list[str], rows: list[list[str]], width: int) -> list[int] | None:
    """Widths that show every column whole inside `width`, or None when there are none."""
    from rich.cells import cell_len

    columns = [[h, *(row[i] for row in rows)] for i, h in enumerate(headers)]
    mins = [max(_min_width(clean(v)) for v in col) for col in columns]
    wants = [max(cell_len(clean(v)) for v in col) for col in columns]
    room = width - (3 * len(headers) + 1)  # box.SQUARE: a border and two spaces of padding each
    if sum(mins) > room:
        return None
    widths = list(mins)
    spare = room - sum(widths)
    while spare > 0:
        hungry = [i for i, w in enumerate(widths) if w < wants[i]]
        if not hungry:
            break
        for i in hungry:
            if spare == 0:
                break
            widths[i] += 1
            spare -= 1
    return widths


def links_supported(env: dict[str, str]) -> bool:
    """Terminals known to show OSC 8 hyperlinks; others would print the escape as junk."""
    if env.get("TERM") in ("dumb", "linux") or "CARDINFO_NO_LINKS" in env:
        return False
    program = env.get("TERM_PROGRAM", "")
    if program in ("iTerm.app", "WezTerm", "vscode", "Hyper", "ghostty", "Tabby", "rio"):
        return True
    if env.get("WT_SESSION") or env.get("KITTY_WINDOW_ID") or env.get("KONSOLE_VERSION"):
        return True
    try:
        return int(env.get("VTE_VERSION", "0")) >= 5000  # GNOME Terminal, Tilix and other VTE terminals
    except ValueError:
        return False


def _url_lines(text: str) -> list[str]:
    """A URL on a line of its own, after the words it belongs to (easy to skip, copy or open).

    The URLs are the pieces `atoms` would give (from http:// or https:// to a space or a wide closing
    mark, a sentence's last stop left out); found directly, as a line of sources holds many."""
    if "://" not in text:
        return [text]
    words: list[str] = []
    urls: list[str] = []
    i, n = 0, len(text)
    while i < n:
        found = [at for at in (text.find("http://", i), text.find("https://", i)) if at >= 0]
        if not found:
            break
        start = j = min(found)
        words.append(text[i:start])
        while j < n and not text[j].isspace() and not (text[j] in _CLOSING and _is_wide(text[j])):
            j += 1
        while text[j - 1] in ".,;:!?)]":  # (never into "http://" itself)
            j -= 1
        urls.append(text[start:j])
        i = j
    words.append(text[i:])
    head = "".join(words).strip()
    return ([head] if head else []) + urls


def terminal_console(out: io.StringIO, width: int) -> Console:
    """A Rich console writing into `out`: the 16 basic colours, nothing read as markup or emoji."""
    from rich.console import Console

    return Console(
        file=out,
        width=width,
        force_terminal=True,
        color_system="standard",
        emoji=False,
        markup=False,
        highlight=False,
        legacy_windows=False,
    )


def rich_text(doc: Doc, width: int, links: bool = False) -> str:
    """The answer for a colour terminal: lines broken by `wrap`, tables only where every column
    fits whole, otherwise the same rows as `label: value` fields. Nothing is cut."""
    from rich import box
    from rich.cells import cell_len
    from rich.style import Style
    from rich.table import Table
    from rich.text import Text

    width = max(width, 20)
    out = io.StringIO()
    console = terminal_console(out, width)

    def line(text: str, style: str = "", indent: int = 0) -> Text:
        shown = Text(" " * indent)
        shown.append(text, style=Style(link=text) if links and _is_url(text) else style)
        return shown

    def say(text: Text) -> None:
        console.print(text, no_wrap=True, overflow="ignore", crop=False, soft_wrap=True)

    def paragraph(text: str, style: str = "", indent: int = 0, first: str = "", first_style: str = "") -> None:
        pad = cell_len(first) if first else indent
        for n, part in enumerate(wrap(clean(text), width - pad)):
            shown = Text.assemble((first, first_style)) if n == 0 and first else Text(" " * pad)
            if _is_address(part) and pad + cell_len(part) > width:
                if n == 0 and first:  # the label on a line of its own, not padded out before the address
                    say(Text.assemble((first.rstrip(), first_style)))
                shown = Text()  # a long URL or path starts at the margin: whole, and as little wrapped as can be
            shown.append(part, style=Style(link=part) if links and _is_url(part) else style)
            say(shown)

    def fields(run: list[tuple[str, str, str]]) -> None:
        label_width = max(cell_len(clean(label)) for label, _, _ in run)
        stacked = label_width + 1 + 16 > width  # too narrow for label and value side by side
        for label, value, style in run:
            if stacked:
                paragraph(label, "bold")
                paragraph(value, style, indent=2)
            else:
                head = clean(label)
                first = head + " " * (label_width - cell_len(head) + 1)
                paragraph(value, style, first=first, first_style="bold")

    run: list[tuple[str, str, str]] = []
    for block in doc.blocks:
        kind = block[0]
        if kind == "field":
            run.append((block[1], block[2], block[3]))
            continue
        if run:
            fields(run)
            run = []
        if kind == "title":
            paragraph(block[1], "bold")
        elif kind == "text":
            paragraph(block[1])
        elif kind == "items":
            paragraph(block[1], "bold")
            for v in block[2]:
                paragraph(v, first=" • ")
        elif kind == "table":
            headers, rows, styles, styled = block[1], block[2], block[3], block[4]
            widths = column_widths(headers, rows, width)
            if widths is None:  # a table would crop or stack characters: the rows as fields
                for n, (row, style) in enumerate(zip(rows, styles, strict=True)):
                    if n:
                        console.print()
                    cells = zip(headers, row, strict=True)
                    fields([(h, v, style if i == styled else "") for i, (h, v) in enumerate(cells) if v != ""])
                continue
            table = Table(box=box.SQUARE, show_lines=False, header_style="bold", expand=False)
            for h, w in zip(headers, widths, strict=True):
                table.add_column(Text("\n".join(wrap(clean(h), w))), width=w, min_width=w, max_width=w, no_wrap=True)
            for row, style in zip(rows, styles, strict=True):
                table.add_row(
                    *[
                        Text("\n".join(wrap(clean(v), w)), style=style if i == styled else "")
                        for i, (v, w) in enumerate(zip(row, widths, strict=True))
                    ]
                )
            console.print(table)
        elif kind == "gap":
            console.print()
    if run:
        fields(run)
    return out.getvalue()


# ── machine formats for records ────────────────────────────────────────────────────────────


# Output formats of `cardinfo status`: plain strings, not an enum class (defining one costs every
# run ~1 M instructions; this module is imported by every answer).
FORMATS = ("table", "json", "ndjson", "csv", "tsv", "yaml", "markdown")


# What a file's extension says it holds (`--output FILE` without `--format`).
EXTENSION_FORMATS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".json": "json",
    ".ndjson": "ndjson",
    ".jsonl": "ndjson",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".md": "markdown",
    ".svg": "svg",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",  # the plain text people read (status calls it its table)
}


def format_for_path(path: str) -> str | None:
    """The format a file name's extension asks for (`s.CSV` -> csv), or None when it names none."""
    dot = path.rfind(".")
    if dot <= max(path.rfind("/"), path.rfind("\\")):
        return None
    return EXTENSION_FORMATS.get(path[dot:].lower())


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
    "province_pinyin",
    "place_pinyin",
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
    """`value` as JSON indented by two spaces, non-ASCII text as it is: what json.dumps(value,
    ensure_ascii=False, indent=2) writes (which builds an indented document in pure Python, through a
    generator per level: ~3 times slower on an export of the whole data set)."""
    try:
        return _indented(value) + "\n"
    except _Unusual:
        import json

        from cardinfo.text import json_safe

        return json_safe(json.dumps(value, ensure_ascii=False, indent=2)) + "\n"


class _Unusual(Exception):
    """A value `_indented` leaves to json.dumps (a key not text, a float not finite, another type)."""


def _indented(value: Any) -> str:
    """json.dumps(value, ensure_ascii=False, indent=2) as `json_safe` leaves it: a text with an
    invisible character (every one is unprintable to Python) gets it as a \\u escape."""
    try:  # the C function json.dumps quotes with; from json itself only where CPython has none
        from _json import encode_basestring
    except ImportError:  # pragma: no cover - another Python
        from json.encoder import encode_basestring

    from cardinfo.text import json_escaped

    def quoted(text: str) -> str:
        return encode_basestring(text) if text.isprintable() else json_escaped(encode_basestring(text))

    parts: list[str] = []
    put = parts.append

    def write(item: Any, indent: str) -> None:
        if isinstance(item, str):
            put(quoted(item))
        elif item is None:
            put("null")
        elif item is True or item is False:
            put("true" if item else "false")
        elif isinstance(item, int):
            put(int.__repr__(item))
        elif isinstance(item, float) and item - item == 0:  # finite (NaN and infinities are left to json)
            put(float.__repr__(item))
        elif isinstance(item, dict):
            if not item:
                put("{}")
                return
            inner = indent + "  "
            opening = "{\n" + inner
            for key, each in item.items():
                if not isinstance(key, str):
                    raise _Unusual
                put(opening)
                put(quoted(key))
                put(": ")
                if type(each) is str:  # most values: quoted here, without a call of write
                    put(quoted(each))
                else:
                    write(each, inner)
                opening = ",\n" + inner
            put("\n" + indent + "}")
        elif isinstance(item, (list, tuple)):
            if not item:
                put("[]")
                return
            inner = indent + "  "
            opening = "[\n" + inner
            for each in item:
                put(opening)
                if type(each) is str:
                    put(quoted(each))
                else:
                    write(each, inner)
                opening = ",\n" + inner
            put("\n" + indent + "]")
        else:
            raise _Unusual

    write(value, "")
    return "".join(parts)


def _json(records: list[Region], caption: Caption) -> str:
    return to_json([r.to_dict() for r in records])


def _ndjson(records: list[Region], caption: Caption) -> str:
    import json

    from cardinfo.text import json_safe

    return "".join(json_safe(json.dumps(r.to_dict(), ensure_ascii=False)) + "\n" for r in records)


def _delimited(records: list[Region], dialect: str) -> str:
    import csv

    out = io.StringIO()
    if dialect == "tsv":
        # (no quoting at all: a " in a text is written as it is, as the batch's TSV writes it)
        writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        rows = [[clean(v.replace("\t", " ").replace("\n", " / ")) for v in flat(r).values()] for r in records]
    else:  # a quoted cell may hold a line break; no other control character (ESC, OSC) gets through
        writer = csv.writer(out, lineterminator="\r\n")
        rows = [["\n".join(clean(line) for line in v.split("\n")) for v in flat(r).values()] for r in records]
    rows = [[spreadsheet_safe(cell) for cell in row] for row in rows]  # (a data text opening with =, +, -, @)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


def _yaml(records: list[Region], caption: Caption) -> str:
    return to_yaml([r.to_dict() for r in records])


def to_yaml(value: Any) -> str:
    """YAML of `value`, without the control and format characters YAML would write raw (a bidi
    override in a note: nothing a terminal or an editor acts on), as CSV and text drop them."""
    import yaml  # only the YAML format pays for it

    return str(yaml.safe_dump(_printable(value), allow_unicode=True, sort_keys=False, width=1000))


def _printable(value: Any) -> Any:
    if isinstance(value, str):
        return strip_controls_but_lines(value)
    if isinstance(value, dict):
        return {_printable(k): _printable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_printable(v) for v in value]
    return value


class Caption(Record):
    """What a published table says beside its rows: the line naming its source, the table's
    language, and how it names a place (`name(place, code)`: in English with the pinyin)."""

    text: str = ""
    lang: str = "zh"
    name: Callable[[str, str], str] | None = None


def _markdown(records: list[Region], caption: Caption) -> str:
    """A table for people to publish, in the caption's language (headers, status words, place names
    with their pinyin in English, the article's words quoted), with where its facts come from under it.
    Scripts read the CSV, TSV or JSON, whose columns stay as docs/cli.md gives them."""
    from cardinfo.i18n import status_word, t
    from cardinfo.romanise import province_code

    lang = caption.lang
    name = caption.name or (lambda place, _code: place)

    def cell(v: str) -> str:  # the data's words as text: no markup, link or picture of their own
        return _markdown_text(clean(v)).replace("\n", "<br>")

    keys = ["label.province", "label.place", "label.code", "label.status", "label.pilot", "label.since", "label.source"]
    lines = ["| " + " | ".join(cell(t(k, lang)) for k in keys) + " |", "|" + "---|" * len(keys)]
    for r in records:
        words = r.source.text
        row = [
            name(r.province, province_code(r)),
            name(r.place, r.code or r.within or ""),
            r.code or "",
            status_word(r.status, lang),
            t("word.yes", lang) if r.pilot else "",
            r.since or "",
            f"“{words}”" if lang == "en" else words,
        ]
        lines.append("| " + " | ".join(cell(v) for v in row) + " |")
    return "\n".join([*lines, "", _markdown_text(clean(caption.text))]) + "\n"


_MARKDOWN_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "\\|", "[": "\\[", "]": "\\]"})


def _markdown_text(text: str) -> str:
    """Text a Markdown renderer shows as written: HTML written as entities (<script> does not run), and no
    [link](…) or ![picture](…) forms (a `javascript:` link, an outside image) — only the data's words."""
    return text.replace("\\", "\\\\").translate(_MARKDOWN_ESCAPES)


# Machine formats carry records only (the source is in each record's `source`); the
# Markdown table, made to be published, also states the source under it.
RECORD_RENDERERS: dict[str, Callable[[list[Region], Caption], str]] = {
    "json": _json,
    "ndjson": _ndjson,
    "csv": lambda records, _: _delimited(records, "csv"),
    "tsv": lambda records, _: _delimited(records, "tsv"),
    "yaml": _yaml,
    "markdown": _markdown,
}
