"""Read the data files safely and hand back one validated Dataset, or raise DataError.

YAML is composed to nodes with the safe loader and checked against cardinfo.schema before any
value is built (cardinfo.validate). The validated values are cached, keyed on everything that
produced them, so later runs skip YAML (and its import) entirely.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from cardinfo import __version__, paths
from cardinfo.errors import DataError
from cardinfo.i18n import Msg, os_reason
from cardinfo.models import (
    Caveat,
    Dataset,
    FaqEntry,
    LocalFact,
    NextStep,
    NotIssued,
    Region,
    Report,
    Source,
    SourceRef,
    TimelineEvent,
)

if TYPE_CHECKING:
    from cardinfo.places import Divisions
    from cardinfo.schema import Problem

try:  # hashlib would load OpenSSL first (~2.5 ms a run); CPython always builds _blake2 in
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - another interpreter
    from hashlib import blake2b

MAX_FILE_BYTES = 16 * 1024 * 1024
"""Largest regions.yaml or faq.yaml accepted: 20,000 records of the bundled kind take ~13 MiB."""
KEEP_CACHES = 4
"""Cache files kept: the newest few (one per data version or data folder in use)."""

# The modules whose code decides what a cache file holds: validation and what it calls. Their
# source text is part of the cache key, so editing a rule re-validates on the next run.
_CODE = (
    *("data.py", "validate.py", "schema.py", "places.py", "models.py", "record.py", "text.py", "paths.py", "faq.py"),
    "romanise.py",  # the records' English names, kept with them
    "idnumber.py",  # the personal numbers no data text may hold
)
_MAGIC = b"cardinfo-cache-3\n"
_SETTLED_NS = 2_000_000_000  # a file changed this recently may change again within its timestamp: never remembered
_DIGEST = 32
_STALE_TMP_SECONDS = 3600
# The names cardinfo writes in its cache, and nothing else: KIND-DIGEST.bin for a cached value
# (Cache, derived), KIND-DIGEST.id for a memo (index_id, _stamp_path), DIGEST the first _NAME_HEX
# hex digits of a BLAKE2b digest; and the temporary file replace_file makes beside it
# (tempfile.mkstemp: the prefix, _TMP_LENGTH of tempfile's name characters, the suffix). Pruning
# and clear-cache remove only these: data-mine.bin or inputs-1.id in the folder are someone else's.
_VALUE_KINDS = ("data", "yaml", "vocabulary", "heard", "similarity", "soundpairs", "lexicon", "typos", "others")
_MEMO_KINDS = ("index", "inputs")
_NAME_HEX = 40
_TMP_PREFIX, _TMP_SUFFIX, _TMP_LENGTH = ".cardinfo-", ".tmp", 8
_TMP_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")  # tempfile._RandomNameSequence.characters
_HEX = frozenset("0123456789abcdef")


class NotReadable(ValueError):
    """A file that is not read: not a regular file, or larger than the limit (`limit` is set)."""

    def __init__(self, limit: int | None = None) -> None:
        why = f"larger than the limit of {limit >> 20} MiB" if limit else "not a regular file (a FIFO or device)"
        super().__init__(why)  # `data check` words it with read_reason, in the chosen language
        self.limit = limit


def read_reason(exc: ValueError) -> Msg:
    limit = exc.limit if isinstance(exc, NotReadable) else None
    return Msg("reason.too_large", {"limit": limit >> 20}) if limit else Msg("reason.not_regular")


def read_regular(path: Path, limit: int, own: bool = False) -> bytes:
    """The bytes of the regular file at `path`, if it holds at most `limit` of them.

    Raises OSError, or NotReadable: a FIFO or device (/dev/zero) would hang or never end, so
    only regular files are read, and never more than `limit` + 1 bytes of them. With `own` (a
    cache file), only a file of this user's that no one else may write, reached by no symbolic
    link, is read, and its access and modification times are set to now (pruning keeps the most
    recently used): a file someone else put in a shared cache folder is never believed.
    """
    # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags | (getattr(os, "O_NOFOLLOW", 0) if own else 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or (own and not _owned(info)):
            raise NotReadable()
        if own and os.utime in os.supports_fd:
            with contextlib.suppress(OSError):
                os.utime(fd)
        if info.st_size > limit:
            raise NotReadable(limit)
        chunks = []
        total = 0
        while chunk := os.read(fd, max(info.st_size + 1 - total, 1 << 16)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while being read
                raise NotReadable(limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _owned(info: os.stat_result) -> bool:
    """Whether a file is this user's and no one else may write it (where the system has owners)."""
    uid = getattr(os, "geteuid", None)
    return uid is None or (info.st_uid == uid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


def read_data_file(path: Path) -> bytes:
    try:
        return read_regular(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise DataError("data.missing", path=str(path)) from None
    except OSError as exc:
        raise DataError("data.unreadable", path=str(path), reason=os_reason(exc)) from None
    except ValueError as exc:
        raise DataError("data.unreadable", path=str(path), reason=read_reason(exc)) from None


def _digest(*parts: bytes) -> bytes:
    """BLAKE2b over the parts, each length-prefixed so no two lists of parts collide."""
    h = blake2b(digest_size=_DIGEST, person=b"cardinfo")
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.digest()


def _versions() -> bytes:
    """cardinfo's and Python's versions: marshal's format may change with Python."""
    return f"{__version__} {sys.implementation.cache_tag} {sys.version}".encode()


def _checksum(payload: bytes) -> bytes:
    """CRC-32 of a cache file's payload: catches a file cut short or damaged, at a tenth of BLAKE2b's
    cost on every run (the key, not this, says which inputs the payload belongs to)."""
    import zlib  # already loaded by the CLI's own imports

    return zlib.crc32(payload).to_bytes(4, "big")


def _code_paths() -> list[Path]:
    here = Path(__file__).parent
    return [here / name for name in _CODE]


def _content_digest(blobs: list[bytes]) -> bytes | None:
    """A digest of the data files' bytes and the validating modules' source, or None (no cache)
    if a module cannot be read."""
    try:
        code = [name.encode() + b"\0" + path.read_bytes() for name, path in zip(_CODE, _code_paths(), strict=True)]
    except OSError:
        return None
    return _digest(*code, *blobs)


def _stamp(files: list[Path]) -> tuple[str, int] | None:
    """What identifies these files' current contents without reading them: each one's path,
    device, inode, size and change times (a copy gets a new inode and change time even with
    `cp -p`), and when the newest of them last changed. None if one cannot be read."""
    parts = []
    newest = 0
    try:
        for path in files:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode):
                return None
            parts.append(
                f"{path}\0{info.st_dev}\0{info.st_ino}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ctime_ns}"
            )
            newest = max(newest, info.st_mtime_ns, info.st_ctime_ns)
    except (OSError, ValueError):  # ValueError: a NUL in the path (data_dir="\0x")
        return None
    return "\n".join(parts), newest


class Cache:
    """The validated data of one set of inputs, as a marshal file in the cache folder.

    Its key is a BLAKE2b digest of the data files, the validating code, the division index's
    build id, and the cardinfo and Python versions (marshal's format may change with Python).
    The file holds the key and a CRC-32 of its payload: a file renamed from another key, cut
    short or altered is a miss, and so is anything else unexpected inside it.
    """

    def __init__(self, folder: Path, key: bytes, kind: str = "data") -> None:
        self.folder = folder
        self.key = key
        assert kind in _VALUE_KINDS, f"{kind}: add it to _VALUE_KINDS, or pruning and clear-cache never see it"
        self.path = folder / f"{kind}-{key.hex()[:_NAME_HEX]}.bin"

    @classmethod
    def for_inputs(cls, blobs: list[bytes], divisions: Callable[[], Divisions]) -> Cache | None:
        """The cache for these data files, or None when there is no safe cache folder."""
        folder = paths.cache_dir()
        content = _content_digest(blobs) if folder is not None else None
        return cls.keyed(folder, content, divisions)

    @classmethod
    def for_files(cls, files: list[Path], divisions: Callable[[], Divisions]) -> Cache | None:
        """The cache for these data files as a run before saw them, without reading them: hashing
        the files and the code on every run cost more than the rest of loading. None if no run
        has recorded them unchanged (then `for_inputs` reads and hashes them)."""
        folder = paths.cache_dir()
        stamp = _stamp([*files, *_code_paths()]) if folder is not None else None
        if folder is None or stamp is None:
            return None
        known = _read_memo(_stamp_path(folder, stamp[0]), stamp[0])
        try:
            content = bytes.fromhex(known.decode("ascii")) if known is not None else b""
        except ValueError:  # not hex: damaged
            return None
        return cls.keyed(folder, content if len(content) == _DIGEST else None, divisions)

    @classmethod
    def keyed(cls, folder: Path | None, content: bytes | None, divisions: Callable[[], Divisions]) -> Cache | None:
        if folder is None or content is None:
            return None
        index = index_id(folder, divisions)
        if index is None:
            return None
        return cls(folder, _digest(_MAGIC, _versions(), content, index))

    def read(self) -> dict[str, Any] | None:
        try:
            raw = read_regular(self.path, 64 * MAX_FILE_BYTES, own=True)
        except (OSError, ValueError):
            return None
        head = len(_MAGIC)
        key, check, payload = (
            raw[head : head + _DIGEST],
            raw[head + _DIGEST : head + _DIGEST + 4],
            raw[head + _DIGEST + 4 :],
        )
        if raw[:head] != _MAGIC or key != self.key or check != _checksum(payload):
            return None
        try:
            value = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return None
        return value if isinstance(value, dict) else None

    def write(self, plain: dict[str, Any]) -> None:
        """Best effort: a cache that cannot be written only costs the next run some time."""
        payload = marshal.dumps(plain)
        store(self.path, _MAGIC + self.key + _checksum(payload) + payload)
        prune(self.folder)


def store(path: Path, data: bytes) -> None:
    """Write a cache file atomically, or not at all."""
    from cardinfo.output import replace_file

    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # (a new cache folder: this user's alone)
        replace_file(path, data, mode=0o600)  # (the user's alone, whatever the umask: only such a file is read)
    except OSError:
        pass


def cache_kind(name: str) -> str | None:
    """What a file of this name in the cache folder is, if cardinfo wrote it: its kind ("data",
    "index", ...), or "tmp" for a temporary file; None for any other name."""
    if name.startswith(_TMP_PREFIX) and name.endswith(_TMP_SUFFIX):
        middle = name[len(_TMP_PREFIX) : -len(_TMP_SUFFIX)]
        return "tmp" if len(middle) == _TMP_LENGTH and set(middle) <= _TMP_CHARS else None
    stem, _, extension = name.rpartition(".")
    kind, _, digest = stem.partition("-")
    kinds = {"bin": _VALUE_KINDS, "id": _MEMO_KINDS}.get(extension, ())
    return kind if kind in kinds and len(digest) == _NAME_HEX and set(digest) <= _HEX else None


def prune(folder: Path) -> None:
    """Keep the newest KEEP_CACHES files of each kind; drop temporary files a killed run left."""
    import time

    groups: dict[str, list[tuple[float, Path]]] = {}
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        kind = cache_kind(entry.name)
        if kind is None:
            continue
        try:
            mtime = entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if kind == "tmp":
            if time.time() - mtime > _STALE_TMP_SECONDS:
                with contextlib.suppress(OSError):  # best effort, as writing the cache is
                    Path(entry.path).unlink(missing_ok=True)
            continue
        groups.setdefault(kind, []).append((mtime, Path(entry.path)))
    for found in groups.values():
        for _, old in sorted(found, reverse=True)[KEEP_CACHES:]:
            with contextlib.suppress(OSError):  # an immutable file, a read-only mount: kept
                old.unlink(missing_ok=True)


def index_id(folder: Path, divisions: Callable[[], Divisions]) -> bytes | None:
    """What identifies the division index: the id its build wrote, else a digest of the file.

    Reading it means opening SQLite, which most commands never do, so it is remembered in a
    small file named after the index's path, inode, size and modification and change times (a
    file rewritten in place with its old mtime restored still has a new change time).
    """
    index = paths.places_path()
    try:
        info = os.stat(index)
    except OSError:
        return None  # validation will say the index is missing
    where = f"{index}\0{info.st_dev}\0{info.st_ino}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ctime_ns}"
    memo = folder / f"index-{_digest(where.encode()).hex()[:_NAME_HEX]}.id"
    known = _read_memo(memo, where)
    if known is not None and known.startswith((b"build:", b"blake2b:")) and _printable(known):
        return known
    build = divisions().build_id()
    if build is not None:
        found = f"build:{build}".encode("utf-8", "backslashreplace")[:190]
    else:
        try:
            found = b"blake2b:" + _digest(read_regular(index, 1 << 31)).hex().encode()
        except (OSError, ValueError):
            return None
    if not _printable(found):
        found = b"blake2b:" + _digest(found).hex().encode()
    _write_memo(memo, where, found)
    return found


def _memo_head(name: str) -> bytes:
    return _digest(name.encode()).hex().encode() + b"\n"


def _read_memo(path: Path, name: str) -> bytes | None:
    """What a memo file (index-*.id, inputs-*.id) remembers about `name`, or None. The file's name
    holds only part of the name's digest and the file starts with all of it: a memo renamed or
    copied from another name is not believed, as a data cache's key is checked."""
    try:
        raw = read_regular(path, 400, own=True)
    except (OSError, ValueError):
        return None
    head = _memo_head(name)
    return raw[len(head) :] if raw.startswith(head) else None


def _write_memo(path: Path, name: str, value: bytes) -> None:
    store(path, _memo_head(name) + value)


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Loading makes many objects and no reference cycles (a YAML node per value, a record per
    entry), so the cycle collector's passes over them are wasted: with 10,000 records they cost
    3/4 of validating (1.8 of 2.3 s) and half of a cached load. The collector is left as it was
    found (the command line keeps it off for a whole run but a batch)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _printable(text: bytes) -> bool:
    return all(32 <= byte < 127 for byte in text)


# The dataset last unpacked in this process, by its cache key: a second run in one process (the
# Python API, a test) reads it once. The key is the disk cache's, so it is never staler than that.
_LOADED: dict[tuple[bytes, tuple[Path, ...]], Dataset] = {}


def load(directory: str | Path | None = None, index: Callable[[], Divisions] | None = None) -> Dataset:
    """The validated dataset in `directory` (see paths.data_dir), from the cache when it is current.

    `index` gives the division index to validate against (the caller's, so a run opens it
    once); by default the bundled one, opened only if validation or the cache key needs it.
    """
    files = paths.data_files(paths.data_dir(directory))
    divisions = index or _opener()
    with _no_gc():
        cache = Cache.for_files(files, divisions)
        memo = (cache.key, tuple(files)) if cache is not None else None
        if memo is not None and memo in _LOADED:
            return _LOADED[memo]  # read already in this process, under the same key
        packed = cache.read() if cache is not None else None
        if packed is not None and memo is not None:
            with contextlib.suppress(KeyError, TypeError, ValueError, AttributeError, IndexError):
                dataset = unpack(packed, files)
                _LOADED.clear()  # one dataset at a time: the process's memory stays flat
                _LOADED[memo] = dataset
                return dataset
        inputs = [*files, *_code_paths()]
        stamp = _stamp(inputs)  # before reading: a write meanwhile changes it
        blobs = [read_data_file(p) for p in files]
        folder = paths.cache_dir()
        content = _content_digest(blobs) if folder is not None else None
        cache = Cache.keyed(folder, content, divisions)
        if folder is not None and content is not None and stamp is not None:
            _remember(folder, inputs, stamp, content)
        packed = cache.read() if cache is not None else None
        if packed is not None:
            with contextlib.suppress(KeyError, TypeError, ValueError, AttributeError, IndexError):
                return unpack(packed, files)  # else not what this code writes: validate again
        from cardinfo.validate import validate  # YAML is imported only on a cache miss

        problems, plain = validate(files, blobs, divisions())
        if problems:
            raise DataError("data.invalid", problem=problems[0].msg(), details=[p.msg() for p in problems[1:]])
        dataset = from_plain(plain, files)
        from cardinfo.romanise import english_names

        dataset = dataset._replace(english=english_names(dataset.regions, divisions()))
        if cache is not None:
            cache.write(pack(plain, dataset))
        return dataset  # (not kept in _LOADED: its key is the content's; a later load finds the file's)


def _stamp_path(folder: Path, stamp: str) -> Path:
    return folder / f"inputs-{_digest(stamp.encode()).hex()[:_NAME_HEX]}.id"


def _remember(folder: Path, files: list[Path], stamp: tuple[str, int], content: bytes) -> None:
    """Record the content digest read under the files' stamp taken before reading them, if they
    are unchanged since and settled: a file changed within the last two seconds could change
    again without its timestamps moving, so it is hashed again next run."""
    import time

    if _stamp(files) != stamp:
        return
    if time.time_ns() - stamp[1] < _SETTLED_NS:
        return
    _write_memo(_stamp_path(folder, stamp[0]), stamp[0], content.hex().encode())


def derived(kind: str, inputs: bytes, build: Callable[[], Any]) -> Any:
    """A value `build` computes from `inputs`, read from the cache by those inputs when a run before
    computed it (the data's own cache mechanism: the key, a CRC-32, the newest few kept). `inputs`
    must hold everything the value depends on, the building code's source included. A value
    marshal cannot store is computed every time."""
    folder = paths.cache_dir()
    cache = Cache(folder, _digest(_MAGIC, _versions(), kind.encode(), inputs), kind) if folder is not None else None
    packed = cache.read() if cache is not None else None
    if packed is not None and "value" in packed:
        return packed["value"]
    value = build()
    if cache is not None:
        with contextlib.suppress(ValueError):
            cache.write({"value": value})
    return value


def parsed_yaml(path: Path) -> Any:
    """A YAML file of the tool's own (the tile grid, the translations), parsed once and then read
    from the cache by its content, as the data is: most runs never import YAML (~20 ms).

    Raises OSError when the file cannot be read, ValueError (the parser's words) when it is no YAML.
    """
    raw = read_regular(path, MAX_FILE_BYTES)

    def parse() -> Any:
        import yaml

        try:  # the C loader where PyYAML has it: ~10x faster than the pure-Python one
            return yaml.load(raw.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise ValueError(str(exc)) from None

    return derived("yaml", raw, parse)


def check(folder: Path, divisions: Divisions) -> list[Problem]:
    """`cardinfo data check`: every problem in every file, an unreadable file included."""
    from cardinfo.validate import check as check_files

    with _no_gc():
        return check_files(paths.data_files(folder), divisions, lambda path: read_regular(path, MAX_FILE_BYTES))


def _opener() -> Callable[[], Divisions]:
    """Open the bundled division index on first use, once."""
    opened: list[Divisions] = []

    def divisions() -> Divisions:
        if not opened:
            from cardinfo.places import Divisions

            opened.append(Divisions(paths.places_path()))
        return opened[0]

    return divisions


def cache_files() -> list[Path]:
    """The files cardinfo wrote in its cache folder (data caches, index ids, temporary files)."""
    # (a symbolic link under a cache file's name too: never read, and removed with the rest)
    return sorted(Path(e.path) for e in _cache_entries() if e.is_file(follow_symlinks=False) or e.is_symlink())


def _cache_entries(strict: bool = False) -> list[os.DirEntry[str]]:
    """What the cache folder holds under the names of cardinfo's cache files. `strict`: a folder
    that is there but cannot be read raises its OSError (a missing one holds nothing)."""
    folder = paths.cache_dir()
    try:
        entries = list(os.scandir(folder)) if folder is not None else []
    except FileNotFoundError:
        return []
    except OSError:
        if strict:
            raise
        return []
    return [e for e in entries if cache_kind(e.name) is not None]


def clear_cache() -> list[Path]:
    """Remove every cache file cardinfo wrote; the files removed.

    Raises UsageError when CARDINFO_CACHE_DIR names a folder that cannot be the cache (the cache
    is then elsewhere, and that is not the folder the user asked to clear); OutputError naming
    the first file that could not be removed, after trying them all.
    """
    from cardinfo.errors import OutputError, UsageError

    unusable = paths.unusable_cache_setting()
    if unusable is not None:
        raise UsageError("cache.unusable", value=unusable)
    problem = paths.cache_setting_problem()
    if problem is not None:  # (a file there, or a folder above it that cannot be searched)
        raise UsageError("cache.setting", value=os.environ.get("CARDINFO_CACHE_DIR"), reason=os_reason(problem))
    try:
        entries = _cache_entries(strict=True)
    except OSError as exc:  # (not "removed 0 files" from a folder that cannot be read)
        raise OutputError("cache.unreadable", path=str(paths.cache_dir()), reason=os_reason(exc)) from None
    removed, failed = [], None
    for path in sorted(Path(e.path) for e in entries if e.is_file(follow_symlinks=False) or e.is_symlink()):
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            failed = failed or OutputError("cache.unremovable", path=str(path), reason=os_reason(exc))
        else:
            removed.append(path)
    for path in sorted(Path(e.path) for e in entries if e.is_dir(follow_symlinks=False)):
        # a folder under a cache file's name: no cache file can be written there
        import errno

        error = IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        failed = failed or OutputError("cache.unremovable", path=str(path), reason=os_reason(error))
    if failed is not None:
        raise failed
    return removed


def _row(value: Any) -> Any:
    """A record as nested plain tuples, which marshal can store (it cannot store a NamedTuple)."""
    return tuple(_row(v) for v in value) if isinstance(value, tuple) else value


_ALSO = SourceRef._fields.index("also")


def _source_of(row: tuple[Any, ...]) -> SourceRef:
    fields = list(row)
    if fields[_ALSO]:
        fields[_ALSO] = tuple(map(_source_of, fields[_ALSO]))
    return tuple.__new__(SourceRef, fields)


def _region_of(row: tuple[Any, ...]) -> Region:
    fields = list(row)
    if len(fields) != len(Region._fields):
        raise ValueError("a record of another shape")
    fields[_SOURCE] = _source_of(fields[_SOURCE])
    return tuple.__new__(Region, fields)  # Region(*fields) without unpacking 15 arguments


_SOURCE = Region._fields.index("source")


def pack(plain: dict[str, Any], dataset: Dataset) -> dict[str, Any]:
    """What the cache stores: the records as rows of Region's fields (unmarshalling 10,000
    tuples takes a third of the time of 10,000 dicts), the FAQ's topics as a marshalled blob each
    (half the file: a run that asks no question never unpacks them, and a question unpacks the
    topics it reads), the rest as the validator gave it."""
    faq = {**plain["faq"], "topics": tuple(marshal.dumps(t) for t in plain["faq"]["topics"])}
    return {**plain, "faq": faq, "regions": {"rows": [_row(r) for r in dataset.regions]}, "english": dataset.english}


def unpack(packed: dict[str, Any], files: list[Path]) -> Dataset:
    """The Dataset a cache file holds; KeyError, TypeError or ValueError if it holds anything else."""
    regions = tuple(map(_region_of, packed["regions"]["rows"]))
    blobs = packed["faq"]["topics"]
    if not isinstance(blobs, tuple) or not all(isinstance(b, bytes) for b in blobs):
        raise TypeError("topics")
    english = packed["english"]
    if not isinstance(english, dict):
        raise TypeError("english")
    plain = {**packed, "regions": {"regions": []}, "faq": {**packed["faq"], "topics": []}}
    return from_plain(plain, files)._replace(regions=regions, faq=Topics(blobs), english=english)


class Topics(Sequence[FaqEntry]):
    """The FAQ's topics, each unpacked from the cache the first time it is read: a run that asks
    no question (`region`, `status`) never pays for them, and a question answered by its words
    unpacks only the topic it answers (all 16 cost ~3 M instructions). Equal to the tuple of the
    same topics. `fingerprint` tells these topics from any others without unpacking them."""

    def __init__(self, blobs: tuple[bytes, ...]) -> None:
        self._blobs = blobs
        self._entries: list[FaqEntry | None] = [None] * len(blobs)

    @property
    def fingerprint(self) -> bytes:
        return _digest(*self._blobs)

    def _one(self, at: int) -> FaqEntry:
        entry = self._entries[at]
        if entry is None:
            entry = self._entries[at] = _topics([marshal.loads(self._blobs[at])])[0]
        return entry

    def _all(self) -> tuple[FaqEntry, ...]:
        return tuple(map(self._one, range(len(self._blobs))))

    @overload
    def __getitem__(self, at: int) -> FaqEntry: ...
    @overload
    def __getitem__(self, at: slice) -> tuple[FaqEntry, ...]: ...
    def __getitem__(self, at: int | slice) -> FaqEntry | tuple[FaqEntry, ...]:
        if isinstance(at, slice):
            return self._all()[at]
        return self._one(range(len(self._blobs))[at])  # IndexError as a tuple's, negative indexes too

    def __len__(self) -> int:
        return len(self._blobs)

    def __iter__(self) -> Iterator[FaqEntry]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return repr(self._all())


def _source(d: dict[str, Any], date: str, source_id: str) -> SourceRef:
    also = tuple(_source(a, date, source_id) for a in d.get("also", []))
    return SourceRef(d["section"], d["text"], date, also, source_id)


def _topics(raw: list[dict[str, Any]]) -> tuple[FaqEntry, ...]:
    """The FAQ entries of the topics as the validator gave them."""
    return tuple(
        FaqEntry(
            key=t["key"],
            question=t["question"],
            answer=t["answer"],
            keywords={k: tuple(v) for k, v in t["keywords"].items()},
            source=t.get("source", ""),
            also=tuple(t.get("also", [])),
            caveats=tuple(Caveat(**c) for c in t["caveats"]),
            weak={k: tuple(v) for k, v in t.get("weak", {}).items()},
            avoid={k: tuple(v) for k, v in t.get("avoid", {}).items()},
            examples={k: tuple(v) for k, v in t.get("examples", {}).items()},
        )
        for t in raw
    )


def from_plain(plain: dict[str, Any], files: list[Path]) -> Dataset:
    """Build the model from the plain values the validator produced."""
    sources = tuple(Source(**{"note": None, **s}) for s in plain["sources"]["sources"])
    article_url = plain["faq"]["article"]["url"]
    article_id = next((s.id for s in sources if s.url == article_url), "article")
    regions = tuple(
        Region(
            id=r["id"],
            province=r["province"],
            place=r["place"],
            code=r["code"],
            level=r["level"],
            status=r["status"],
            pilot=r["pilot"],
            since=r["since"],
            functions=tuple(r["functions"]),
            validity_years=r["validity_years"],
            first_batch=r["first_batch"],
            notes=tuple(r["notes"]),
            aliases=tuple(r["aliases"]),
            source=_source(r["source"], plain["faq"]["article"]["date"], article_id),
            within=r.get("within"),
        )
        for r in plain["regions"]["regions"]
    )
    faq_file = plain["faq"]
    topics = _topics(faq_file["topics"])
    timeline = tuple(TimelineEvent(**e) for e in faq_file["timeline"])
    reports_file = plain["reports"]
    reports = tuple(
        Report(**{"pilot": False, "note": None, "within": None, "districts": False, **r})
        for r in reports_file["reports"]
    )
    not_issued = tuple(
        NotIssued(n["code"], n["place"], n["document"], n["issuer"], tuple(LocalFact(**f) for f in n["facts"]))
        for n in reports_file.get("not_issued", [])
    )
    steps = tuple(NextStep(s["zh"], s["en"], tuple(s["sources"])) for s in faq_file["check_in_person"]["steps"])
    return Dataset(
        regions=regions,
        faq=topics,
        timeline=timeline,
        article=faq_file["article"],
        as_of=faq_file["as_of"],
        check_in_person=faq_file["check_in_person"],
        stated_counts=faq_file["stated_counts"],
        faq_t2s=plain["faq_t2s"],
        files=tuple(str(p) for p in files),
        sources=sources,
        reports=reports,
        not_issued=not_issued,
        next_steps=steps,
    )
