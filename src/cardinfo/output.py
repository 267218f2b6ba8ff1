"""Write what a command produced: to stdout, stderr or a file, whole or with a clear error.

Bytes go straight to the file descriptor in a loop, so a short write (an unbuffered stdout, a
file-size limit) is finished or reported, never silently cut. Machine formats are UTF-8 bytes
whatever the console's encoding; text for people is encoded as the console expects.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from cardinfo.errors import OutputError
from cardinfo.i18n import Msg, os_reason

_CHUNK = 1 << 16


class PipeClosed(Exception):
    """The reader of stdout went away (`cardinfo status | head -1`)."""


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte or raise OSError: os.write may write less than it was given."""
    view = memoryview(data)
    while view:
        try:
            written = os.write(fd, view[:_CHUNK])
        except BlockingIOError:  # a descriptor someone else made non-blocking: wait until writable
            import select

            select.select([], [fd], [])
            continue
        if written <= 0:
            raise OSError(0, "nothing could be written")
        view = view[written:]


def _silence(fd: int) -> None:
    """Point `fd` at /dev/null, so the interpreter's last flush cannot fail or print again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)
    except OSError:
        pass


def _silence_stream(stream: Any) -> None:
    fd = _descriptor(stream) if stream is not None else None
    if fd is not None:  # an in-memory stream (a test runner's) has nothing to redirect
        _silence(fd)


def silence_stdout() -> None:
    """After a closed pipe: nothing more may reach (or fail on) stdout."""
    _silence_stream(sys.stdout)


_LOSSY = [False]  # an English run: a console without Chinese shows its names as "?", not refused


def lossy(on: bool) -> None:
    _LOSSY[0] = on


# Symbols people's text uses, and what stands for each where the console's encoding lacks it (GBK has
# no ◐ or •): never "?", which is the map's symbol for "no news", and never one symbol for two stages.
_STAND_INS = {"◐": ("◎", "+"), "•": ("·", "-"), "●": ("*",), "○": ("o",), "×": ("x",)}


def _stood_in(text: str, encoding: str) -> str:
    """`text` with each symbol of _STAND_INS the encoding lacks written as the first stand-in it has."""
    for symbol, stand_ins in _STAND_INS.items():
        if symbol in text and not _encodes(symbol, encoding):
            text = text.replace(symbol, next((s for s in stand_ins if _encodes(s, encoding)), symbol))
    return text


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def encode(text: str, stream: Any, exact: bool) -> bytes:
    """`text` as the bytes to write: UTF-8 for machine formats, the console's encoding for people."""
    if exact:
        return text.encode("utf-8", "replace")  # only a lone surrogate (not a character) is replaced
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        text = _stood_in(text, encoding)
        if not _encodes("第三代残疾人证", encoding):
            if _LOSSY[0]:
                return text.encode(encoding, "replace")
            raise OutputError("output.encoding", encoding=encoding) from None
        return text.encode(encoding, "replace")  # a rare symbol becomes '?'; machine formats never do


def _descriptor(stream: Any) -> int | None:
    try:
        return int(stream.fileno())
    except (OSError, ValueError, AttributeError):  # a test runner's in-memory stream
        return None


def _write_stream(stream: Any, data: bytes) -> None:
    """Flush what the stream holds, then write `data` after it, bypassing its buffer."""
    stream.flush()
    fd = _descriptor(stream)
    if fd is not None:
        _write_all(fd, data)
        return
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        buffer.write(data)
        buffer.flush()
    else:
        stream.write(data.decode(getattr(stream, "encoding", None) or "utf-8", "replace"))
        stream.flush()


def to_stdout(text: str, exact: bool = False) -> None:
    """Write `text` to stdout whole. `exact`: a machine format, always UTF-8 and never lossy."""
    stream = sys.stdout
    if stream is None:
        raise OutputError("output.stdout", reason=Msg("reason.closed"))
    data = encode(text, stream, exact)
    try:
        _write_stream(stream, data)
    except BrokenPipeError:
        _silence_stream(stream)
        raise PipeClosed from None
    except (OSError, ValueError) as exc:  # ValueError: a closed stream object
        _silence_stream(stream)
        raise OutputError("output.stdout", reason=_reason(exc)) from None


def _reason(exc: Exception) -> Msg | str:
    return os_reason(exc) if isinstance(exc, OSError) else Msg("reason.closed")


def to_stderr(text: str) -> None:
    """Best effort: a closed or full stderr must not change the exit status."""
    stream = sys.stderr
    if stream is None:
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:  # the English fallback on an ASCII console: plain quotes, "?" for the rest
            plain = text.translate({0x201C: '"', 0x201D: '"', 0x2018: "'", 0x2019: "'", 0x2026: "...", 0x2014: "-"})
            data = plain.encode(encoding, "replace")
        _write_stream(stream, data)
    except (OSError, ValueError):
        _silence_stream(stream)


def finish() -> OutputError | PipeClosed | None:
    """At exit: flush what others (the option parser's help) left in stdout and stderr.

    A failure is returned for the CLI to report; either way the interpreter's own last flush
    then has nothing left that could fail (which would change the exit status to 120).
    """
    failure: OutputError | PipeClosed | None = None
    for is_stdout, stream in ((True, sys.stdout), (False, sys.stderr)):
        try:
            if stream is not None:
                stream.flush()
        except BrokenPipeError:
            _silence_stream(stream)
            failure = failure or (PipeClosed() if is_stdout else None)
        except (OSError, ValueError) as exc:
            _silence_stream(stream)
            if is_stdout:
                failure = OutputError("output.stdout", reason=_reason(exc))
    return failure


_KEPT_FOR_RESTORE = 64 * 1024 * 1024  # an old file up to this size is put back when writing in place fails


def _in_place(path: Path, data: bytes, create: bool) -> None:
    """Write into the file itself: devices and FIFOs, hard-linked files, read-only folders. A
    regular file whose writing fails (a full disk, a file-size limit, Ctrl-C) gets its old
    content back, as a file replaced by rename keeps it."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = stat.S_IFREG
    regular, fifo = stat.S_ISREG(mode), stat.S_ISFIFO(mode)
    flags = os.O_NOCTTY | (os.O_CREAT if create else 0)
    readable = regular
    try:
        fd = _open_fifo(path, flags) if fifo else os.open(path, flags | (os.O_RDWR if regular else os.O_WRONLY), 0o666)
    except PermissionError:
        if not regular:
            raise
        readable = False  # a file its owner may write but not read (mode 0222): written as `>` would
        fd = os.open(path, flags | os.O_WRONLY, 0o666)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            _write_all(fd, data)
            return
        size = os.fstat(fd).st_size
        if len(data) > _size_limit():  # (ulimit -f): refused before the file is touched, as the rename path is
            import errno

            raise OSError(errno.EFBIG, os.strerror(errno.EFBIG))
        before = os.pread(fd, size, 0) if readable and size <= _KEPT_FOR_RESTORE else None
        try:  # (the truncation inside: a signal right after it still finds the old content put back)
            os.ftruncate(fd, 0)
            _write_all(fd, data)
        except BaseException:
            if before is not None:
                with _signals_held(), contextlib.suppress(OSError):  # (a second Ctrl-C waits for it)
                    os.ftruncate(fd, 0)
                    os.pwrite(fd, before, 0)
            raise
    finally:
        os.close(fd)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP held back while the block runs, delivered when it ends."""
    import signal

    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:  # (Windows)
        yield
        return
    hangup = (signal.SIGHUP,) if hasattr(signal, "SIGHUP") else ()
    held = mask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM, *hangup})
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, held)


def _size_limit() -> float:
    """The largest file this process may write (RLIMIT_FSIZE's soft limit), or infinity."""
    import math

    try:
        import resource
    except ImportError:  # Windows has no such limit
        return math.inf
    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return math.inf if soft == resource.RLIM_INFINITY else soft


FIFO_WAIT = 10.0  # seconds a FIFO may go without a reader before the write is given up


class NoReader(OSError):
    """No program opened the FIFO for reading in FIFO_WAIT seconds."""


def _open_fifo(path: Path, flags: int) -> int:
    """Open a FIFO for writing once a program reads it. The shell's `>` would wait for ever;
    this waits FIFO_WAIT seconds (a reader started just after cardinfo still gets everything),
    then gives up with a reason, so a script never hangs on a FIFO nobody reads."""
    import errno
    import time

    nonblocking = getattr(os, "O_NONBLOCK", 0)
    deadline = time.monotonic() + FIFO_WAIT
    while True:
        try:
            fd = os.open(path, flags | os.O_WRONLY | nonblocking)
        except OSError as exc:
            if exc.errno != errno.ENXIO:
                raise
            if time.monotonic() > deadline:
                raise NoReader(errno.ENXIO, "no reader") from None
            time.sleep(0.05)
            continue
        os.set_blocking(fd, True)  # the reader is there: write as `>` would, waiting while it reads
        return fd


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def replace_file(target: Path, data: bytes, old: os.stat_result | None = None, mode: int | None = None) -> bool:
    """Write a temporary file beside `target` and rename it over; False when that cannot work here.
    It gets `mode` if given (a cache file: 0600), else the mode of the file it replaces (`old`),
    else the usual mode of a new file.

    The temporary file never outlives this call: an error, Ctrl-C or SIGTERM (which the console
    script turns into SystemExit) removes it before the exception goes on.
    """
    import signal
    import tempfile

    # Ctrl-C or SIGTERM between the file's creation and the `try` below would leave it behind:
    # hold them until the `try` is entered (where they are delivered, and it is removed).
    mask: Callable[[int, Iterable[int]], set[int]] = getattr(signal, "pthread_sigmask", lambda how, signals: set())
    hangup = (signal.SIGHUP,) if hasattr(signal, "SIGHUP") else ()  # (not on Windows)
    held = mask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM, *hangup})
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".cardinfo-", suffix=".tmp")
    except OSError:
        mask(signal.SIG_SETMASK, held)
        return False  # e.g. a writable file in a read-only folder
    try:
        mask(signal.SIG_SETMASK, held)
        try:
            _write_all(fd, data)
            if mode is not None:
                os.fchmod(fd, mode)
            elif old is not None:
                os.fchmod(fd, stat.S_IMODE(old.st_mode))
                if os.geteuid() == 0 and (old.st_uid, old.st_gid) != (0, 0):
                    os.fchown(fd, old.st_uid, old.st_gid)
            else:
                os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; a new file gets the usual mode
        finally:
            os.close(fd)
        try:
            os.replace(tmp, target)
        except OSError:  # a bind-mounted file (EBUSY) and the like: it can only be written in place
            os.unlink(tmp)
            return False
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _no_write_reason(path: Path) -> Msg:
    """Why os.access says a file cannot be written: a read-only file system, or its permissions."""
    try:
        read_only = bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        read_only = False
    return Msg("os.EROFS" if read_only else "os.EACCES")


def to_file(name: str, text: str | bytes) -> None:
    """Write `text` (UTF-8; bytes as they are) to the file `name` whole, or raise OutputError and
    leave it as it was.

    `-` is stdout. A symbolic link is written through to its target, an existing file keeps its
    mode (and its hard links, by being written in place), and a device or FIFO (/dev/stdout,
    >(cmd)) is written in place, never replaced by a regular file.
    """
    data = text if isinstance(text, bytes) else text.encode("utf-8", "replace")
    if name in ("-", "/dev/stdout"):  # our own stdout, where it is (a `>> log` keeps its offset)
        to_stdout(data.decode("utf-8", "replace"), exact=True)
        return
    if not name:
        raise OutputError("output.no_name")
    if name.endswith(("/", os.sep)) or (os.altsep and name.endswith(os.altsep)):
        raise OutputError("output.unwritable", path=name, reason=Msg("reason.folder_name"))
    path = Path(name).expanduser()
    try:
        old: os.stat_result | None = os.stat(path)  # follows symbolic links
    except FileNotFoundError:
        old = None
    except OSError as exc:
        raise OutputError("output.unwritable", path=name, reason=os_reason(exc)) from None
    try:
        if old is not None and stat.S_ISDIR(old.st_mode):
            raise OutputError("output.unwritable", path=name, reason=Msg("os.EISDIR"))
        if old is not None and not os.access(path, os.W_OK):
            # A file its owner made read-only: the rename below would replace it all the same,
            # where the shell's `>` says permission denied. (Root may write anything, as with `>`.)
            raise OutputError("output.unwritable", path=name, reason=_no_write_reason(path))
        if old is not None and (not stat.S_ISREG(old.st_mode) or path.parts[1:2] in (("dev",), ("proc",))):
            _in_place(path, data, create=False)  # /dev/fd/N, /proc/self/fd/N name an open file
            return
        target = Path(os.path.realpath(path))
        if old is not None and old.st_nlink > 1:
            _in_place(target, data, create=False)
        elif not replace_file(target, data, old):
            _in_place(target, data, create=True)
    except BrokenPipeError:
        raise PipeClosed from None
    except NoReader:
        reason = Msg("reason.no_reader", {"seconds": int(FIFO_WAIT)})
        raise OutputError("output.unwritable", path=name, reason=reason) from None
    except OSError as exc:
        raise OutputError("output.unwritable", path=name, reason=os_reason(exc)) from None
