"""Answer a file of queries, one row per line, streamed: memory stays flat however long the input."""

import contextlib
import itertools
import json
import re
from collections import OrderedDict
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

from cardinfo.errors import NotFound
from cardinfo.i18n import status_word, t
from cardinfo.idnumber import check, mask_text, read_digit
from cardinfo.record import Record
from cardinfo.text import json_safe, spreadsheet_safe, strip_controls

if TYPE_CHECKING:
    from cardinfo.lookup import Atlas
    from cardinfo.models import Dataset
    from cardinfo.queries import Answer

FORMATS = ("text", "ndjson", "json", "csv", "tsv")
COLUMNS = ("line", "query", "match", "status", "code", "name", "level", "path", "as_of")
MAX_LINE = 4096  # bytes: a longer line is answered with an error, and not held in memory whole
_BOM = b"\xef\xbb\xbf"
ANSWERS_KEPT = 256  # distinct lines (and distinct answers) a batch remembers: memory stays flat


class Line(Record):
    """One input line: its number (from 1), its text, and why it could not be read, if so."""

    number: int
    text: str
    problem: str | None = None  # "encoding" or "too_long"


def read_lines(stream: IO[bytes], name: str = "-") -> Iterator[Line]:
    """The lines of a byte stream, decoded one by one: a bad line is reported, not fatal. UTF-8,
    or UTF-16 when the stream starts with its byte-order mark (Windows Notepad's "Unicode",
    PowerShell 5's `>`).

    A stream that fails while being read (a device error, a folder) is a usage error naming it.
    """
    peek = getattr(stream, "peek", None)
    head = _attempt(lambda: peek(4), name) if peek is not None else b"-"
    if not head:
        return  # at its end already (one Ctrl-D on an empty terminal ends it, as for `cat`)
    if head[:4] in _UTF32_BOMS:  # (before UTF-16's: FF FE 00 00 opens with FF FE)
        yield from _utf16_lines(stream, name, "utf-32")
        return
    if head[:2] in _UTF16_BOMS:
        yield from _utf16_lines(stream, name)
        return
    yield from _lines(stream.readline, name)


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


def _utf16_lines(stream: IO[bytes], name: str, encoding: str = "utf-16") -> Iterator[Line]:
    """The lines of a UTF-16 (or UTF-32) stream, as UTF-8 (a character that cannot be decoded becomes U+FFFD)."""
    import io

    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    try:
        yield from _lines(lambda limit: text.readline(limit).encode("utf-8"), name)
    finally:
        with contextlib.suppress(ValueError):  # (the stream closed already: a full disk, a closed pipe, Ctrl-C)
            text.detach()  # the caller closes its stream, not this wrapper


def _lines(read: "Callable[[int], bytes]", name: str) -> Iterator[Line]:
    """The lines `read(limit)` gives one by one (as a binary stream's readline), decoded as UTF-8."""
    for n, (raw, whole) in enumerate(_split(lambda limit: _attempt(lambda: read(limit), name)), 1):
        if not whole:
            yield Line(n, _preview(raw), "too_long")
            continue
        try:
            yield Line(n, raw.decode("utf-8"))
        except UnicodeDecodeError:
            yield Line(n, raw.decode("utf-8", "replace"), "encoding")


_SKIP_READ = 1 << 16  # bytes read at a time while skipping the rest of an over-long line


def _split(read: "Callable[[int], bytes]") -> Iterator[tuple[bytes, bool]]:
    """(content, whole) for each line of `read`, a readline with a limit: a line ends with LF, CRLF or a
    CR alone (an old Mac file; Notepad's UTF-16 read by lines), wherever a read's limit cuts it. A line
    longer than MAX_LINE bytes is not whole: its content is then its first MAX_LINE + 1 bytes, and the
    rest is skipped, never held. A read that ends inside a line below its limit is the input's end (a
    terminal's Ctrl-D after typing, as for `cat`): nothing is read after it. The UTF-8 mark opening
    the input is no part of its first line; the mark alone is no line."""
    buf = b""
    lf_due = False  # the last read ended on a CR: a LF opening the next read is its CRLF's
    first = True
    while True:
        size = MAX_LINE + 1 - len(buf) if len(buf) <= MAX_LINE else _SKIP_READ
        chunk = read(size)
        ended = not chunk or (not chunk.endswith((b"\n", b"\r")) and len(chunk) < size)
        if first and chunk.startswith(_BOM):
            chunk, ended = chunk[len(_BOM) :], not chunk[len(_BOM) :] and ended
        first = False
        if lf_due and chunk.startswith(b"\n"):
            chunk = chunk[1:]
        lf_due = False
        if len(buf) > MAX_LINE:  # skipping an over-long line: only its end matters
            at = _END.search(chunk)
            if at is None and not ended:
                continue
            yield buf, False
            buf = b""
            if at is None:
                return
            chunk, lf_due = _after(chunk, at.start())
        buf += chunk
        while (at := _END.search(buf)) is not None:
            line = buf[: at.start()]
            buf, lf_due = _after(buf, at.start())
            yield (line, True) if len(line) <= MAX_LINE else (line[: MAX_LINE + 1], False)
        if ended:
            if buf:
                yield (buf, True) if len(buf) <= MAX_LINE else (buf[: MAX_LINE + 1], False)
            return
        if len(buf) > MAX_LINE:
            buf = buf[: MAX_LINE + 1]  # (the preview's bytes: the rest is skipped)


_END = re.compile(rb"[\r\n]")


def _after(data: bytes, at: int) -> tuple[bytes, bool]:
    """What follows the line end at `at` in `data` (a CRLF taken whole), and whether it is a CR that
    ends `data`, whose LF may open the next read."""
    if data[at : at + 2] == b"\r\n":
        return data[at + 2 :], False
    return data[at + 1 :], data[at : at + 1] == b"\r" and at == len(data) - 1


def _attempt(read: "Callable[[], bytes]", name: str) -> bytes:
    """What `read` gives; a read that fails is a usage error naming the input."""
    try:
        return read()
    except OSError as exc:
        from cardinfo.errors import UsageError
        from cardinfo.i18n import os_reason

        raise UsageError("input.unreadable", path=name, reason=os_reason(exc)) from None


def _preview(raw: bytes) -> str:
    """The start of an over-long line, cut before any digits the cut would split (so none escape
    masking), masked as the whole of its first PREVIEW_READ bytes is: a number in pieces that
    starts in the preview ends within them."""
    from cardinfo.idnumber import head

    return head(raw[:PREVIEW_READ].decode("utf-8", "ignore"), 64)


PREVIEW_READ = 2048


def _missing(item: object) -> bool:
    """None, NaN (not equal to itself) or pandas' NA (whose comparison has no truth value)."""
    if item is None:
        return True
    try:
        return bool(item != item)
    except (TypeError, ValueError):
        return True  # pd.NA != pd.NA is NA: "boolean value of NA is ambiguous"


def lines_of(texts: Iterable[object]) -> Iterator[Line]:
    """Lines from any iterable (a list, a pandas column): each item is one query; None is empty;
    bytes are UTF-8 (as a file's line is), other values their str() (a column of codes as numbers)."""
    for n, item in enumerate(texts, 1):
        if isinstance(item, bytes | bytearray):
            text = bytes(item).decode("utf-8", "replace")
        else:
            try:
                text = "" if _missing(item) else str(item)
            except ValueError:  # an int of more than 4,300 digits: Python refuses to spell it out
                yield Line(n, "", "too_long")
                continue
        if len(text) > MAX_LINE:  # as a file's over-long line: not held, not searched
            yield Line(n, _preview(text[:PREVIEW_READ].encode("utf-8", "surrogatepass")), "too_long")
        else:
            yield Line(n, text)


def rows(
    dataset: "Dataset", atlas: "Atlas", lines: Iterable[Line], lang: str = "zh", suggest: bool = False
) -> Iterator[dict[str, Any]]:
    """One row per line, in order: the region JSON without `related`, or a `match: none` row.

    A number split over consecutive lines (530102199003 / 071238, a cell wrapped or a stray line
    break) is masked across them: the digits that end each line (any digits, an X after them; a list
    mark or a quote may follow them, 110105， / 19630527， / 4177, and a label may come before them,
    前六位530102 / 生日19730914 / 后四位5827) wait for the next lines' (at most SPLIT_LINES - 1 rows held
    back) and are masked together where they make a valid number, each line keeping its part of the mask.
    """
    held: list[list[Any]] = []  # [the line's last digits, its row, its piece's mask]
    for line, row in _rows(dataset, atlas, lines, lang, suggest):
        tail = _tail(line.text)
        head = _head(line.text) if held else None
        if head is not None and head != tail:
            # a number's last piece opening a line that goes on ("03071238",昆明: a wrapped cell, more cells after)
            piece = _masked_with_head(held, head)
            row = row if piece is None else _with_head_piece(row, piece[0], piece[1])
        if tail is None:
            yield from _masked_across(held, len(held))
            held = []
            yield row
            continue
        held.append([tail, row, None])
        if len(held) == SPLIT_LINES:
            yield from _masked_across(held, 1)
            held = held[1:]
    yield from _masked_across(held, len(held))


SPLIT_LINES = 6  # lines that one number may be split over (18 digits in threes)
# What may follow a number's digits at a line's end (110105，; a CSV cell's quote; 日 after a date)
_LINE_END = " \t,，、;；。.:：\"'“”‘’日"
# What is read through between a number's digits on one line: spaces, dashes, and a birth date's own marks
# (530102 19730914, 1990/03/07, 1990.03.07, 1990年03月07日)
_BETWEEN = " -/.年月"


def _tail(text: str) -> str | None:
    """The digits that end a line (as ASCII, an X after them; what `_LINE_END` holds after them aside);
    None for a line that ends in no digits, whose label before them is followed by fewer than four
    (昆明市官渡区2), or whose digits are a valid number by themselves."""
    chars = text.strip().rstrip(_LINE_END)
    k = len(chars)
    found = ["X"] if k >= 2 and chars[-1] in "Xx" and read_digit(chars[-2]) is not None else []
    k -= len(found)
    while k:
        if (digit := read_digit(chars[k - 1])) is not None:
            found.append(digit)
        elif not (chars[k - 1] in _BETWEEN and k >= 2 and read_digit(chars[k - 2]) is not None):
            break  # (a space, a dash or a date's mark between digits is read through: 530102 19730914)
        k -= 1
    digits = "".join(reversed(found))
    if not digits.rstrip("X") or len(digits) > 22 or (k and len(digits) < 4):
        return None
    if len(digits) in (18, 20) and check(digits).valid:
        return None  # a number whole on one line: masked there, joined to no other
    return digits


def _head(text: str) -> str | None:
    """The digits that open a line (as ASCII; what `_LINE_END` holds before them aside, a space or a dash
    between them read through, an X after them), or None."""
    chars = text.strip().lstrip(_LINE_END)
    found: list[str] = []
    for k, ch in enumerate(chars):
        if (digit := read_digit(ch)) is not None:
            found.append(digit)
        elif ch in "Xx" and found:
            found.append("X")
            break
        elif not (ch in _BETWEEN and found and k + 1 < len(chars) and read_digit(chars[k + 1]) is not None):
            break
    return "".join(found) or None


def _masked_with_head(held: list[list[Any]], head: str) -> tuple[str, str] | None:
    """Where the digits that end the held lines and the first digits of `head` make a valid number: each
    held line's piece noted (as `_masked_across` notes them), and the digits of `head` that end the number
    with their mask; else None."""
    from cardinfo.idnumber import mask

    for a in range(len(held)):
        before = "".join(entry[0] for entry in held[a:])
        for size in range(len(head), 0, -1):
            joined = before + head[:size]
            if 15 <= len(joined) <= 22 and check(joined).valid:
                masked, at = mask(joined), 0
                for entry in held[a:]:
                    entry[2] = entry[2] or masked[at : at + len(entry[0])]
                    at += len(entry[0])
                return head[:size], masked[at:]
    return None


def _with_head_piece(row: dict[str, Any], digits: str, piece: str) -> Any:
    """`row` with the digits its query opens with (after what `_LINE_END` holds; spaces and dashes between
    them kept) shown as `piece`, in every string of the row that holds the query."""
    query = row.get("query")
    if isinstance(query, str):
        slots: list[int] = []
        for k, ch in enumerate(query):
            if len(slots) == len(piece):
                break
            if read_digit(ch) is not None or (ch in "Xx" and slots):
                slots.append(k)
            elif not (ch in _LINE_END or ch in _BETWEEN or ch == "*"):
                break
        if len(slots) == len(piece):
            shown = list(query)
            for k, ch in zip(slots, piece, strict=True):
                shown[k] = ch
            return _replaced(row, query, "".join(shown))
    return _replaced(row, digits, piece)


def _masked_across(held: list[list[Any]], count: int) -> Iterator[dict[str, Any]]:
    """The first `count` rows of consecutive lines that end in digits: each piece of a valid number
    their digits make together masked (the pieces of later lines are noted for when they go). A line's
    row shows its piece's mask where its digits stood, whether it showed them as typed or masked on its
    own (530102 / 197309145827: the second line's own mask would show digits the number's hides)."""
    from cardinfo.idnumber import mask

    for a in range(len(held)):
        for b in range(a + 2, len(held) + 1):
            joined = "".join(entry[0] for entry in held[a:b])
            if 15 <= len(joined) <= 22 and check(joined).valid:
                masked, at = mask(joined), 0
                for entry in held[a:b]:
                    entry[2] = entry[2] or masked[at : at + len(entry[0])]
                    at += len(entry[0])
    for digits, row, piece in held[:count]:
        yield row if piece is None else _with_piece(row, digits, piece)


def _with_piece(row: dict[str, Any], digits: str, piece: str) -> Any:
    """`row` with the digits its query ends in (before what `_LINE_END` holds, as typed or as masked
    on their own; spaces and dashes between them kept) shown as `piece`, in every string of the row
    that holds the query."""
    query = row.get("query")
    if isinstance(query, str):
        stripped = query.rstrip(_LINE_END)
        slots: list[int] = []  # where the digits stand, last first (as typed or masked: 530102****0914)
        for k in range(len(stripped) - 1, -1, -1):
            if len(slots) == len(piece) or not (stripped[k] in "*Xx" + _BETWEEN or read_digit(stripped[k]) is not None):
                break
            if stripped[k] not in _BETWEEN:
                slots.append(k)
        if len(slots) == len(piece):
            shown = list(query)
            for k, ch in zip(reversed(slots), piece, strict=True):
                shown[k] = ch
            return _replaced(row, query, "".join(shown))
    return _replaced(row, digits, piece)


def _replaced(value: Any, old: str, new: str) -> Any:
    """`value` (a row) with `old` replaced by `new` in every string inside it."""
    if isinstance(value, str):
        return value.replace(old, new)
    if isinstance(value, dict):
        return {k: _replaced(v, old, new) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_replaced(v, old, new) for v in value]
    return value


def _rows(
    dataset: "Dataset", atlas: "Atlas", lines: Iterable[Line], lang: str = "zh", suggest: bool = False
) -> Iterator[tuple[Line, dict[str, Any]]]:
    """Each line and its row (see `rows`).

    Real columns repeat: the answers of the last ANSWERS_KEPT distinct lines are kept (never a
    line with a number in it), and the row of an answer already written is copied, not rebuilt.
    """
    from cardinfo import queries, shapes

    answers: OrderedDict[str, queries.Answer | NotFound] = OrderedDict()
    built: OrderedDict[Any, dict[str, Any] | None] = OrderedDict()  # None: an answer seen once
    for line in lines:
        query = mask_text(strip_controls(line.text))
        if line.problem is not None:
            yield line, shapes.batch_miss(line.number, query, t(f"batch.{line.problem}", lang), [])
            continue
        if not line.text.strip():
            yield line, shapes.batch_miss(line.number, query, t("batch.empty", lang), [])
            continue
        known = answers.get(line.text)
        if known is None:
            try:
                known = queries.region(atlas, line.text, suggest, related=False)
            except NotFound as exc:
                known = exc.with_traceback(None)  # its frames are not kept alive
            if query == line.text:  # nothing masked: no number is kept
                _keep(answers, line.text, known)
        else:
            answers.move_to_end(line.text)
        if isinstance(known, NotFound):
            hints = list(known.suggestions) if suggest else []
            values = {k: _cut(v) if k == "query" else v for k, v in known.values.items()}
            if known.key == "number.length":  # digits alone, one short or long: masked, as in its message
                query = str(known.values["masked"])
            yield line, shapes.batch_miss(line.number, query, t(f"error.{known.key}", lang, **values), hints)
            continue
        yield line, _row(known, dataset, line.number, lang, built)


def _keep(cache: "OrderedDict[Any, Any]", key: Any, value: Any) -> None:
    cache[key] = value
    cache.move_to_end(key)
    if len(cache) > ANSWERS_KEPT:
        cache.popitem(last=False)


def _row(
    answer: "Answer", dataset: "Dataset", line: int, lang: str, built: "OrderedDict[Any, dict[str, Any] | None]"
) -> dict[str, Any]:
    """The batch row of an answer: built anew the first time, kept the second, copied after that.

    An answer without a number is settled by the places found and how (the atlas works out the
    rest from the place), so those are the key; the query and the text that matched are its own.
    """
    from cardinfo import shapes

    region = answer.region
    if region.related:  # a batch row has no `related` (rows() asks for none)
        region = region._replace(related=())
        answer = answer._replace(region=region)
    if answer.number is not None:
        return shapes.batch_row(answer, dataset, line, lang)
    places = tuple(c.place for c in region.candidates)
    key = (region.place, places, region.match, region.matched_by, region.also)
    template = built.get(key)
    if template is None:
        row = shapes.batch_row(answer, dataset, line, lang)
        _keep(built, key, _copy(row) if key in built else None)  # seen once before: worth keeping
        return row
    built.move_to_end(key)
    copied: dict[str, Any] = _copy(template)
    copied["line"] = line
    copied["query"] = answer.query
    copied["matched_text"] = region.matched_text
    return copied


def _copy(value: Any) -> Any:
    """A copy of a JSON tree (dicts, lists, scalars): each row is the caller's own to change."""
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _cut(value: object, limit: int = 40) -> object:
    return value[:limit] + "…" if isinstance(value, str) and len(value) > limit else value


def cells(row: dict[str, Any]) -> list[str]:
    """A row's CSV/TSV cells (COLUMNS); an ambiguous row lists its candidates joined with `; `."""
    places = [row["place"]] if row.get("place") else row.get("candidates", [])

    def joined(key: str) -> str:
        if key == "path":
            return "; ".join(" / ".join(p["path"]) for p in places)
        return "; ".join(p[key] or "" for p in places)

    cells = [
        str(row["line"]),
        row["query"],
        row["match"],
        row["status"] or "",
        joined("code"),
        joined("name"),
        joined("level"),
        joined("path"),
        row.get("as_of") or "",
    ]
    return [spreadsheet_safe(cell) for cell in cells]  # a spreadsheet would run =… as a formula


Where = Callable[[str | None, list[str]], str]  # (a place's code, None for a zone; its path's names) -> words


def plain_path(code: str | None, names: list[str], lang: str = "zh") -> str:
    """A path as people read it: 云南省昆明市盘龙区, or Panlong District, Kunming, Yunnan (no `>`,
    which a screen reader says as "greater than")."""
    return "".join(names) if lang != "en" else ", ".join(reversed(names))


def text_line(
    row: dict[str, Any], lang: str, where: Where | None = None, named: Callable[[str], str] | None = None
) -> str:
    """One row for people, in words a screen reader reads well: `3. 盘龙区：云南省昆明市盘龙区，正在换发`,
    `3. 盘龙区: Panlong District (盘龙区), Kunming (昆明市), Yunnan (云南省): issuing`."""
    zh = lang != "en"
    path = where or (lambda code, names: plain_path(code, names, lang))
    lead = f"{row['line']}. {row['query']}{'：' if zh else ': '}"
    if row["match"] == "none":
        shown = [named(s) for s in row["suggestions"]] if named else row["suggestions"]  # 云南省昆明市 (Kunming)
        hint = t("suggest", lang, names=("、" if zh else ", ").join(shown)) if shown else ""
        return lead + str(row["error"]) + (f" {hint}" if hint else "")
    joiner = "，" if zh else ": "
    if row["match"] == "ambiguous":
        each = [f"{path(c['code'], c['path'])}{joiner}{status_word(c['status'], lang)}" for c in row["candidates"]]
        return lead + t("batch.ambiguous", lang, n=len(row["candidates"]), names=("；" if zh else "; ").join(each))
    place = row["place"]
    return lead + f"{path(place['code'], place['path'])}{joiner}{status_word(row['status'], lang)}"


def write(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    out: Callable[[str], None],
    lang: str = "zh",
    where: Where | None = None,
    named: Callable[[str], str] | None = None,
) -> int:
    """Write each row as it comes, in `fmt`; the number of rows written. `where` words a place's
    path in text rows and `named` a suggested name (the command gives English names their pinyin)."""
    count = 0
    plain = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps would make an encoder per row

    def encode(row: dict[str, Any]) -> str:
        return json_safe(plain(row))

    items = iter(rows)
    first = next(items, None)  # the first line is read before anything is written: a read error writes nothing
    if fmt == "json":
        out("[")
    elif fmt in ("csv", "tsv"):
        out(_delimited(list(COLUMNS), fmt))
    try:
        for row in itertools.chain(() if first is None else (first,), items):
            if fmt == "ndjson":
                out(encode(row) + "\n")
            elif fmt == "json":
                out(("\n" if not count else ",\n") + encode(row))
            elif fmt in ("csv", "tsv"):
                out(_delimited(cells(row), fmt))
            else:
                out(strip_controls(text_line(row, lang, where, named)) + "\n")
            count += 1
    except (KeyboardInterrupt, SystemExit):  # Ctrl-C, SIGTERM: the rows written still make one JSON array
        if fmt == "json":
            with contextlib.suppress(Exception):
                out("\n]\n" if count else "]\n")
        raise
    if fmt == "json":
        out("\n]\n" if count else "]\n")
    return count


def _delimited(values: list[str], fmt: str) -> str:
    """One CSV row (RFC 4180, CRLF) or TSV row (tabs and line breaks inside values become spaces)."""
    values = ["\n".join(strip_controls(line) for line in v.split("\n")) for v in values]  # no ESC or OSC
    if fmt == "tsv":
        return "\t".join(v.replace("\t", " ").replace("\r", " ").replace("\n", " ") for v in values) + "\n"
    return ",".join(_csv_cell(v) for v in values) + "\r\n"


def _csv_cell(value: str) -> str:
    if any(ch in value for ch in ',"\r\n') or value[:1].isspace() or value[-1:].isspace():
        return '"' + value.replace('"', '""') + '"'
    return value


def progress(
    lines: Iterable[Line],
    write: Callable[[str], None],
    lang: str,
    total: int = 0,
    position: Callable[[], int] | None = None,
    width: int = 80,
) -> Generator[Line, None, None]:
    """Pass lines through, redrawing a one-line count (and the share of `total` bytes) now and then.

    The line never reaches the screen's `width` (a line that wraps cannot be redrawn in place): on a
    narrow screen the share goes first, then the words, the count last.
    """
    import time

    from cardinfo.render import cells

    shown = 0.0
    try:
        for count, line in enumerate(lines, 1):
            yield line
            now = time.monotonic()
            if now - shown >= 0.1:
                shown = now
                share = f" {min(100, 100 * position() // total)}%" if total and position else ""
                words = t("batch.progress", lang, n=f"{count:,}")
                fits = [c for c in (words + share, words, f"{count:,}") if cells(c) < width]
                write("\r" + (fits[0] if fits else "") + "\x1b[K")
    finally:  # at the end, and when the batch stops early (Ctrl-C, SIGTERM, a closed pipe)
        if shown:
            write("\r\x1b[K")
