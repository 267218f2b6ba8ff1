"""Find, load and validate the data files; hand back one Dataset or raise DataError.

YAML is composed to nodes with the safe loader and checked against cardinfo.schema before any
value is built, so unsafe tags are reported, not constructed. A validated copy is cached,
keyed by the files' content, so later runs skip YAML (and its import) entirely.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from pathlib import Path
from typing import Any

from cardinfo import __version__
from cardinfo.errors import DataError
from cardinfo.i18n import os_reason
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

REGIONS_FILE = "regions.yaml"
FAQ_FILE = "faq.yaml"
SOURCES_FILE = "sources.yaml"
REPORTS_FILE = "reports.yaml"
DATA_FILES = (REGIONS_FILE, FAQ_FILE, SOURCES_FILE, REPORTS_FILE)  # the order validate() takes them in
PLACES_FILE = "places.sqlite"
_PACKAGE = Path(__file__).resolve().parent


def bundled_dir() -> Path:
    """The data shipped with cardinfo: inside the installed package, or the repository's data/."""
    inside = _PACKAGE / "data"
    return inside if (inside / REGIONS_FILE).is_file() else _PACKAGE.parents[1] / "data"


def places_path() -> Path:
    return bundled_dir() / PLACES_FILE


def data_dir(explicit: str | Path | None = None) -> Path:
    """--data-dir, else CARDINFO_DATA_DIR, else the bundled data."""
    chosen = explicit or os.environ.get("CARDINFO_DATA_DIR")
    return Path(chosen) if chosen else bundled_dir()


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise DataError("data.missing", path=str(path)) from None
    except OSError as exc:
        raise DataError("data.unreadable", path=str(path), reason=os_reason(exc)) from None


_MAGIC = b"cardinfo-cache-1\n"


def _cache_file(blobs: list[bytes]) -> Path | None:
    base = os.environ.get("CARDINFO_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    # Content-keyed with CRC-32 and Adler-32 of each file plus its length (zlib is loaded at
    # start-up anyway; hashlib would cost more than the parse a hit saves), and the Python
    # version, since the marshal format may change between versions.
    parts = [__version__, "py" + "".join(map(str, sys.version_info[:2]))]
    for blob in blobs:
        parts.append(f"{len(blob):x}-{zlib.crc32(blob):08x}{zlib.adler32(blob):08x}")
    try:
        parts.append(f"{places_path().stat().st_size:x}")
    except OSError:
        return None
    folder = root if os.environ.get("CARDINFO_CACHE_DIR") else root / "cardinfo"
    return folder / f"data-{'_'.join(parts)}.bin"


def _read_cache(path: Path) -> dict[str, Any] | None:
    """The validated data a previous run stored, or None if it is absent or damaged.

    marshal, not JSON: it is built in, so a cache hit imports nothing (json costs ~2 ms). The
    file is our own, in the user's cache folder; a CRC over the payload rejects a torn or
    damaged file before marshal reads it.
    """
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC)
    if not raw.startswith(_MAGIC) or len(raw) < head + 4:
        return None
    payload = raw[head + 4 :]
    if int.from_bytes(raw[head : head + 4], "big") != zlib.crc32(payload):
        return None
    try:
        value = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    return value if isinstance(value, dict) else None


def _write_cache(path: Path, plain: dict[str, Any]) -> None:
    """Best effort: a cache that cannot be written only costs the next run some time."""
    import tempfile

    payload = marshal.dumps(plain)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(_MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
        os.replace(tmp, path)
    except OSError:
        pass


def load(directory: str | Path | None = None) -> Dataset:
    """The validated dataset in `directory` (see data_dir), from the cache when it is current."""
    folder = data_dir(directory)
    paths = [folder / name for name in DATA_FILES]
    blobs = [_read(p) for p in paths]
    cache = _cache_file(blobs)
    plain = _read_cache(cache) if cache is not None else None
    if plain is not None:
        try:
            return from_plain(plain, paths)
        except (KeyError, TypeError, ValueError):
            pass  # a cache from an incompatible layout: validate again
    from cardinfo.validate import validate  # YAML is imported only on a cache miss

    problems, plain = validate(paths, blobs)
    if problems:
        raise DataError("data.invalid", problem=str(problems[0]), details=[str(p) for p in problems[1:]])
    if cache is not None:
        _write_cache(cache, plain)
    return from_plain(plain, paths)


def _source(d: dict[str, Any], date: str, source_id: str) -> SourceRef:
    also = tuple(_source(a, date, source_id) for a in d.get("also", []))
    return SourceRef(d["section"], d["text"], date, also, source_id)


def from_plain(plain: dict[str, Any], paths: list[Path]) -> Dataset:
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
    topics = tuple(
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
        for t in faq_file["topics"]
    )
    timeline = tuple(TimelineEvent(**e) for e in faq_file["timeline"])
    reports_file = plain["reports"]
    reports = tuple(Report(**{"pilot": False, "note": None, "within": None, **r}) for r in reports_file["reports"])
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
        files=tuple(str(p) for p in paths),
        sources=sources,
        reports=reports,
        not_issued=not_issued,
        next_steps=steps,
    )
