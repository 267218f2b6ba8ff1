"""The data model: immutable records with no I/O, shared by every command and renderer.

NamedTuples rather than dataclasses: as immutable and as typed, and cheaper to define, which
every run of the CLI pays at import. For the same reason the modules that define NamedTuples do
not use `from __future__ import annotations`: with it, typing.NamedTuple compiles every field's
annotation string, which cost ~2 ms per run here.
"""

from typing import Any, NamedTuple

STATUSES = ("issued", "issuing", "preparing")
LEVELS = ("province", "prefecture", "county", "township", "zone")


class SourceRef(NamedTuple):
    """Where the article says it: its section, its own words, and the article's date."""

    section: str
    text: str
    date: str
    also: tuple["SourceRef", ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"section": self.section, "text": self.text, "date": self.date}
        if self.also:
            out["also"] = [a.to_dict() for a in self.also]
        return out


class Region(NamedTuple):
    """One place the article names, with its status under the article's heading."""

    id: str
    province: str
    place: str
    code: str | None
    level: str
    status: str
    pilot: bool
    since: str | None
    functions: tuple[str, ...]
    validity_years: int | None
    first_batch: str | None
    notes: tuple[str, ...]
    aliases: tuple[str, ...]
    source: SourceRef
    within: str | None = None

    @property
    def anchor(self) -> str:
        """The division code this record hangs on: its own, or the one it lies within."""
        return self.code or self.within or ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "province": self.province,
            "place": self.place,
            "code": self.code,
            "level": self.level,
            "status": self.status,
            "pilot": self.pilot,
            "since": self.since,
            "functions": list(self.functions),
            "validity_years": self.validity_years,
            "first_batch": self.first_batch,
            "notes": list(self.notes),
            "aliases": list(self.aliases),
            "source": self.source.to_dict(),
        }
        if self.within is not None:
            out["within"] = self.within
        return out


class Caveat(NamedTuple):
    """What dated official material adds to, or corrects in, the article's answer."""

    zh: str
    en: str
    url: str
    date: str
    confidence: str

    def to_dict(self) -> dict[str, Any]:
        return {"zh": self.zh, "en": self.en, "url": self.url, "date": self.date, "confidence": self.confidence}


class FaqEntry(NamedTuple):
    """One topic: the question, the article's answer and words, the official caveats."""

    key: str
    question: dict[str, str]
    answer: dict[str, str]
    keywords: dict[str, tuple[str, ...]]
    source: str  # "" when the article says nothing on the topic
    also: tuple[str, ...]
    caveats: tuple[Caveat, ...]
    weak: dict[str, tuple[str, ...]] = {}  # noqa: RUF012 (never mutated) words that only hint at the topic
    avoid: dict[str, tuple[str, ...]] = {}  # noqa: RUF012 (never mutated) words that rule the topic out
    examples: dict[str, tuple[str, ...]] = {}  # noqa: RUF012 (never mutated) questions people ask, for similarity

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "question": dict(self.question),
            "answer": dict(self.answer),
            "keywords": {k: list(v) for k, v in self.keywords.items()},
            "weak": {k: list(v) for k, v in self.weak.items()},
            "avoid": {k: list(v) for k, v in self.avoid.items()},
            "source": self.source,
            "also": list(self.also),
            "caveats": [c.to_dict() for c in self.caveats],
        }


class TimelineEvent(NamedTuple):
    """A national milestone as the article states it."""

    date: str
    zh: str
    en: str
    source: str
    verified: bool

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "zh": self.zh, "en": self.en, "source": self.source, "verified": self.verified}


class Dataset(NamedTuple):
    """Everything the YAML files hold, validated."""

    regions: tuple[Region, ...]
    faq: tuple[FaqEntry, ...]
    timeline: tuple[TimelineEvent, ...]
    article: dict[str, str]
    as_of: str
    check_in_person: dict[str, Any]
    stated_counts: dict[str, Any]
    faq_t2s: dict[str, str]  # traditional -> simplified, for the characters the FAQ's words use
    files: tuple[str, ...] = ()


class Place(NamedTuple):
    """A division of China: its code, official name, level and the names above it."""

    code: str
    name: str
    level: str
    path: tuple[str, ...]
    codes: tuple[str, ...]
    pinyin: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The contract's `place`: a development zone has no code (null)."""
        return {"code": self.code or None, "name": self.name, "level": self.level, "path": list(self.path)}
