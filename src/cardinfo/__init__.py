"""cardinfo: has the third-generation disability certificate (第三代残疾人证) reached my area?

For scripts and notebooks, the same answers as the command line's JSON:

    >>> import cardinfo
    >>> cardinfo.region("盘龙区")["status"]
    'issuing'
    >>> [row["status"] for row in cardinfo.regions(["昆明", "朝阳区", "昆朋"])]
    ['issuing', None, None]

Every run of the command line imports this module, so each function imports what it needs
when it is called: defining them costs nothing at start-up.
"""

from __future__ import annotations

import sys

# Not `from typing import TYPE_CHECKING`: typing takes ~4 ms to import, and a Ctrl-C that lands in it, before
# main() has taken Ctrl-C over, printed a traceback (a red-team finding); the CLI imports typing inside main().
# Type checkers read a name TYPE_CHECKING as true wherever it comes from.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from types import FrameType
    from typing import Any

__version__ = "0.1.0"
__all__ = ["ask", "number", "region", "regions"]


def region(text: str, *, lang: str = "zh", data_dir: str | None = None) -> dict[str, Any]:
    """The region JSON of `cardinfo region TEXT --format json` for a place, address, sentence or number.

    Raises `cardinfo.errors.NotFound` (a LookupError; `.key`, `.values`, `.suggestions`) when the
    text names no place. A personal number in `text` appears only masked in the answer.
    """
    from cardinfo.queries import api_region

    return api_region(text, lang, data_dir)


def regions(
    texts: Iterable[object], *, lang: str = "zh", suggest: bool = False, data_dir: str | None = None
) -> Iterator[dict[str, Any]]:
    """One row per item, lazily, as `cardinfo region --input` writes them (ndjson rows).

    Each row is the region JSON without `related`, plus `line` (from 1); an item that names no
    place is a row with `"match": "none"`, `"error"` and `"suggestions"` (filled only with
    `suggest=True`, which is slower). None and NaN items are empty lines. Works on a list, a
    generator or a pandas Series; memory stays flat however many items there are.
    """
    from cardinfo.queries import api_regions

    return api_regions(texts, lang, suggest, data_dir)


def ask(text: str, *, lang: str = "zh", data_dir: str | None = None) -> dict[str, Any]:
    """`cardinfo ask TEXT --format json`: `{"query", "region", "faq"}`, either part None when it found nothing."""
    from cardinfo.queries import api_ask

    return api_ask(text, lang, data_dir)


def number(text: str, *, lang: str = "zh", data_dir: str | None = None) -> dict[str, Any]:
    """`cardinfo number TEXT --format json`: the checked number (masked) and the division it was issued in."""
    from cardinfo.queries import api_number

    return api_number(text, lang, data_dir)


def _terminated(signum: int, frame: FrameType | None) -> None:
    if _unraisable(frame):
        _again(signum)
        return
    import signal

    # ExitCode.HANGUP and TERMINATED, written out: a signal during start-up may arrive while
    # cardinfo.errors is itself being imported, and importing it here again would fail half-way.
    # Unwinding, `finally` blocks remove temporary files.
    raise SystemExit(129 if signum == getattr(signal, "SIGHUP", None) else 143)


def _interrupted(signum: int, frame: FrameType | None) -> None:
    if _unraisable(frame):
        _again(signum)
        return
    raise KeyboardInterrupt


# Python code whose exceptions Python prints as "Exception ignored in … Traceback" and drops: the
# callbacks of weak references (the import system's module locks, weakref's dictionaries and sets)
# and finalisers. A signal that lands there is sent again, to be handled once that code returns.
_CALLBACKS = frozenset(("cb", "remove", "_remove"))
_CALLBACK_FILES = ("<frozen importlib._bootstrap>", "weakref.py", "_weakrefset.py")


def _unraisable(frame: FrameType | None) -> bool:
    """Whether `frame` runs inside such code, itself or in a function it called."""
    while frame is not None:
        code = frame.f_code
        if code.co_name == "__del__" or (code.co_name in _CALLBACKS and code.co_filename.endswith(_CALLBACK_FILES)):
            return True
        frame = frame.f_back
    return False


def _again(signum: int) -> None:
    """Send the signal again once the callback has returned: at the first event of code outside it
    (sent at once, it would be handled inside the callback again, and its exception dropped)."""
    import os

    def resend(frame: FrameType, event: str, arg: object) -> None:
        if not _unraisable(frame):
            sys.setprofile(None)
            os.kill(os.getpid(), signum)

    sys.setprofile(resend)


def signalled(exc: BaseException) -> int | None:
    """The exit status a Ctrl-C or SIGTERM hidden inside `exc` asks for, or None. A signal that
    arrives while Python calls a class's `__set_name__` (a `cached_property` of a module being
    imported) comes out wrapped in a RuntimeError; it is still the signal."""
    seen: BaseException | None = exc
    for _ in range(8):  # a short chain: the wrapper, then what it wraps
        seen = seen.__cause__ or seen.__context__ if seen is not None else None
        if isinstance(seen, KeyboardInterrupt):
            return 130  # ExitCode.INTERRUPTED
        if isinstance(seen, SystemExit) and isinstance(seen.code, int):
            return seen.code
    return None


def main() -> None:
    """The console script. Ctrl-C while the CLI is still being imported ends quietly with 130
    (the CLI handles it from then on), and SIGTERM unwinds like an exit so nothing half-written
    is left behind; both before anything heavy is imported."""
    try:
        import gc
        import signal

        # One answer makes no reference cycles worth collecting, but the collector's passes over
        # the CLI's own imports cost ~15 M instructions a run: it stays off (a batch, whose
        # memory must stay flat over any number of lines, turns it back on).
        gc.disable()
        signal.signal(signal.SIGTERM, _terminated)
        signal.signal(signal.SIGINT, _interrupted)
        if hasattr(signal, "SIGHUP"):  # (not on Windows) a closed terminal or ssh session: as SIGTERM
            signal.signal(signal.SIGHUP, _terminated)
        from cardinfo.cli import main as run
    except KeyboardInterrupt:
        raise SystemExit(130) from None  # ExitCode.INTERRUPTED, before anything else is imported
    except RuntimeError as exc:
        status = signalled(exc)
        if status is None:
            raise
        raise SystemExit(status) from None
    try:
        run()
    except SystemExit as exc:
        if isinstance(exc.code, int):
            _leave(exc.code)
        raise
    finally:
        # The work is done: a signal now could only interrupt the interpreter's own shutdown, which
        # prints "Exception ignored … Traceback" from a finaliser. Let it finish quietly.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if hasattr(signal, "SIGHUP"):
            signal.signal(signal.SIGHUP, signal.SIG_IGN)


def _leave(status: int) -> None:
    """End the process with `status` once the output is flushed, without the interpreter's teardown.

    The CLI has written and flushed everything by now (its files are closed, the cache's files
    renamed into place, stdout's failures reported), and it keeps nothing that needs finalising.
    Tearing the interpreter down — freeing every module and object, a last garbage collection —
    cost ~32 M instructions a run, more than all of cardinfo's own start-up. Not for the Python
    API: only the console script and `python -m cardinfo` come here.
    """
    import contextlib
    import os

    for stream in (sys.stdout, sys.stderr):
        # A failure here was reported already by the CLI (a closed pipe, a full disk): the status says so.
        with contextlib.suppress(OSError, ValueError):
            if stream is not None:
                stream.flush()
    os._exit(status)
