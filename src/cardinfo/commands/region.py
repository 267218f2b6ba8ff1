"""`cardinfo region`: the status of one place, or of every line of a file."""

import contextlib
import functools
import os
import sys
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from cardinfo.cli import (
    Reply,
    Session,
    boundary,
    command,
    emit,
    env_columns,
    ignored,
    is_tty,
    screen_lines,
    session,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Generator
    from typing import BinaryIO

    from cardinfo.batch import Line
    from cardinfo.places import Divisions
    from cardinfo.render import Doc


RegionFormat = Literal["text", "json", "ndjson", "csv", "tsv"]


@command("region")
@boundary
def region(
    ctx: typer.Context,
    query: Annotated[
        list[str] | None,
        typer.Argument(
            help="A place (name, pinyin, code, address, sentence, ID or certificate number); - reads standard input."
        ),
    ] = None,
    fmt: Annotated[
        RegionFormat | None,
        typer.Option(
            "--format",
            case_sensitive=False,
            help="text, json, ndjson, csv or tsv (with --input: text on a terminal, else ndjson).",
        ),
    ] = None,
    input_: Annotated[
        str | None, typer.Option("--input", metavar="FILE", help="One query per line from FILE (- for standard input).")
    ] = None,
    suggest: Annotated[
        bool, typer.Option("--suggest", help="With --input: suggestions for lines that name no place (slower).")
    ] = False,
    brief: Annotated[bool, typer.Option("--brief", help="The answer line and the next step only.")] = False,
) -> None:
    """Status of one place of China (province, city, county, district or town), or of every line of a file.

    \b
    Examples:
      cardinfo region 昆明
      cardinfo region 盘龙区
      cardinfo region kunming --format json
      cardinfo region 530100
      cardinfo region --input places.txt --format csv > answers.csv
      cut -d, -f3 addresses.csv | cardinfo region - > answers.ndjson
    """
    from cardinfo import queries
    from cardinfo.errors import UsageError

    s = session(ctx)
    words = query or []
    if words[:1] == ["-"] and input_ is None:  # `region - …` is `region --input - …`
        words, input_ = words[1:], "-"
    if input_ is not None:
        if words:
            raise UsageError("region.both")
        if not input_:
            raise UsageError("input.no_name")
        if brief:
            ignored("--brief", "text", s.lang)
        return _region_batch(s, input_, fmt, suggest)
    if not words:
        raise UsageError("region.nothing")
    if suggest:
        ignored("--suggest", "batch", s.lang)
    if brief and fmt not in (None, "text"):
        ignored("--brief", "text", s.lang)
    answer = queries.region(s.atlas, " ".join(words))
    if fmt in ("ndjson", "csv", "tsv"):
        from cardinfo import batch, shapes

        where = _english_path(s.atlas.divisions) if s.lang == "en" else None
        named = s.named if s.lang == "en" else None
        row = shapes.batch_row(answer, s.dataset, 1, s.lang)
        batch.write([row], fmt, functools.partial(emit, exact=True), s.lang, where, named)  # UTF-8, as a batch
        return

    def doc(_: int | None) -> "Doc":
        if brief and answer.region is not None:
            from cardinfo.views import region_brief_doc

            return region_brief_doc(answer.region, s.dataset, s.lang, s.name)
        return queries.region_doc(answer, s.dataset, s.lang, s.name)

    def data() -> Any:
        from cardinfo.shapes import region_answer  # only the JSON needs it

        return region_answer(answer, s.dataset, s.lang)

    s.respond(Reply(doc, data), fmt or "text")


_STDIN_NAMES = ("/dev/stdin", "/dev/fd/0", "/proc/self/fd/0")  # standard input's names as a file


def _region_batch(s: Session, source: str, fmt: "RegionFormat | None", suggest: bool) -> None:
    """`region --input FILE`: one row per line, written as it is answered."""
    import gc

    from cardinfo import batch
    from cardinfo.errors import UsageError
    from cardinfo.i18n import Msg, os_reason

    gc.enable()  # the CLI runs without the cycle collector; a batch of any length keeps its memory flat
    chosen = fmt or ("text" if is_tty(sys.stdout) else "ndjson")
    atlas = s.atlas  # a data error stops the run before any input is read
    if sys.stdin is None and (source == "-" or source in _STDIN_NAMES):  # `<&-` (/dev/stdin is then another file)
        raise UsageError("input.unreadable", path=source, reason=Msg("reason.closed"))
    drawing: Generator[Line, None, None] | None = None
    try:
        stream = sys.stdin.buffer if source == "-" else open(source, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise UsageError("input.unreadable", path=source, reason=os_reason(exc)) from None
    try:
        if _endless(stream):  # `region - < /dev/zero` too
            reason = "reason.device_stdin" if source == "-" else "reason.device_input"
            raise UsageError("input.unreadable", path=source, reason=Msg(reason))
        if _same_file(stream, sys.stdout):  # `region --input f >> f`: its own rows read back, for ever
            raise UsageError("input.unreadable", path=source, reason=Msg("reason.input_is_output"))
        _blocking(stream)
        lines = batch.read_lines(stream, source)
        if is_tty(sys.stderr) and not is_tty(sys.stdout) and not s.plain_asked:  # no count redrawn for a screen reader
            total = os.fstat(stream.fileno()).st_size if source != "-" else 0
            width = _stderr_width()
            lines = drawing = batch.progress(lines, _draw, s.lang, total, stream.tell if total else None, width)
        out: Callable[[str], None] = functools.partial(emit, exact=chosen != "text")  # machine formats: UTF-8
        if chosen == "text" and is_tty(sys.stdout):  # rows for people on a terminal: broken as answers are
            out = _on_screen
        where = _english_path(atlas.divisions) if s.lang == "en" else None
        named = s.named if s.lang == "en" else None
        batch.write(batch.rows(s.dataset, atlas, lines, s.lang, suggest), chosen, out, s.lang, where, named)
    finally:
        if drawing is not None:
            drawing.close()  # Ctrl-C or SIGTERM mid-batch: the count's line is cleared, as at a normal end
        if sys.stdin is None or stream is not sys.stdin.buffer:  # `<&-`: no stdin to compare with
            stream.close()


def _blocking(stream: "BinaryIO") -> None:
    """Reads of the input wait for its lines: a stdin left non-blocking by whoever started the
    run would otherwise end the batch at the first moment no line is there yet, as if at its end."""

    with contextlib.suppress(OSError, ValueError, AttributeError):  # no descriptor (a test's stream), Windows
        os.set_blocking(stream.fileno(), True)


def _on_screen(row: str) -> None:
    emit(screen_lines(row.rstrip("\n")))


def _english_path(divisions: "Divisions") -> "Callable[[str | None, list[str]], str]":
    """A place's path in English text rows: Panlong District (盘龙区), Kunming (昆明市), Yunnan (云南省)."""
    from cardinfo.romanise import pinyin

    def where(code: str | None, names: list[str]) -> str:
        place = divisions.place(code) if code else None  # a development zone's record has no code
        if place is None or len(place.codes) != len(names):
            return ", ".join(reversed(names))
        pairs = zip(place.codes, names, strict=True)
        return ", ".join(reversed([f"{en} ({name})" if (en := pinyin(divisions, c)) else name for c, name in pairs]))

    return where


def _same_file(stream: "BinaryIO", out: Any) -> bool:
    """Whether the input is the regular file stdout writes to (as `cat f >> f` refuses)."""
    import stat

    try:
        a, b = os.fstat(stream.fileno()), os.fstat(out.fileno())
    except (OSError, ValueError, AttributeError):  # no descriptor under one of them
        return False
    return stat.S_ISREG(a.st_mode) and (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _endless(stream: "BinaryIO") -> bool:
    """A device that is no terminal (/dev/zero, /dev/urandom, a disk): read as lines, it would be
    read forever or hold no lines. /dev/null (empty) and a terminal (typed lines) are input, and
    so is a stream with no file under it (the Python API's, a test runner's)."""
    import stat

    try:
        fd = stream.fileno()
    except (OSError, ValueError):  # io.UnsupportedOperation is both
        return False
    info = os.fstat(fd)
    if not (stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode)) or os.isatty(fd):
        return False
    try:
        return info.st_rdev != os.stat(os.devnull).st_rdev
    except OSError:
        return True


def _stderr_width() -> int:
    """The width of the terminal the progress line is drawn on (stderr: stdout is a file or a pipe)."""
    columns = env_columns()
    if columns is not None:
        return columns
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, AttributeError, ValueError):  # no descriptor, or not a terminal after all
        return 80


def _draw(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()
