"""The data model: immutable records with no I/O, shared by every command and renderer.

Immutable records (`cardinfo.record.Record`, typing.NamedTuple's class syntax and behaviour)
rather than dataclasses: as typed, and far cheaper to define, which every run of the CLI pays
at import.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cardinfo.record import Record

STATUSES = ("issued", "issuing", "preparing")
LEVELS = ("province", "prefecture", "county", "township", "zone")
# Rollout only moves forward: a later stage outranks an earlier one.
STAGE_RANK = {"preparing": 0, "issuing": 1, "issued": 2}
CONFIDENCES = ("High", "Medium-High", "Medium", "Low")
SOURCE_KINDS = ("article", "official", "newspaper", "repost", "third-party")


class SourceRef(Record):
    """Where the article says it: its section, its own words, and the article's date."""

    section: str
    text: str
    date: str
    also: tuple[SourceRef, ...] = ()
    id: str = "article"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "section": self.section, "text": self.text, "date": self.date}
        if self.also:
            out["also"] = [a.to_dict() for a in self.also]
        return out


class Region(Record):
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
    # Filled in where an answer is written for scripts (status): the pinyin of the province and
    # of the place ("Yunnan", "Kunming"); None for a place with no pinyin of its own.
    province_pinyin: str | None = None
    place_pinyin: str | None = None

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
        if self.province_pinyin is not None or self.place_pinyin is not None:
            out["province_pinyin"] = self.province_pinyin
            out["place_pinyin"] = self.place_pinyin
        return out


class Caveat(Record):
    """What dated official material adds to, or corrects in, the article's answer."""

    zh: str
    en: str
    url: str
    date: str
    confidence: str

    def to_dict(self) -> dict[str, Any]:
        return {"zh": self.zh, "en": self.en, "url": self.url, "date": self.date, "confidence": self.confidence}


class FaqEntry(Record):
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


class TimelineEvent(Record):
    """A national milestone: what a source states (`source` its words, `source_id` the source)."""

    date: str
    zh: str
    en: str
    source: str
    verified: bool
    source_id: str = "article"

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "zh": self.zh,
            "en": self.en,
            "source": self.source,
            "source_id": self.source_id,
            "verified": self.verified,
        }


class Source(Record):
    """Where a fact comes from: a page, its publisher and date, and how far to trust it."""

    id: str
    title: str
    publisher: str
    url: str
    date: str | None
    confidence: str
    kind: str
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "publisher": self.publisher,
            "url": self.url,
            "date": self.date,
            "confidence": self.confidence,
            "kind": self.kind,
        }
        if self.note:
            out["note"] = self.note
        return out


class Report(Record):
    """A later dated statement of a place's stage, in its source's words."""

    id: str
    place: str
    code: str | None
    date: str
    stage: str
    quote: str
    source: str  # a Source id
    pilot: bool = False
    note: dict[str, str] | None = None
    within: str | None = None
    districts: bool = False  # it speaks of a city's districts only (市城区), not of its counties

    @property
    def anchor(self) -> str:
        """The division code this report hangs on: its own, or the one it lies within."""
        return self.code or self.within or ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "place": self.place,
            "code": self.code,
            "date": self.date,
            "stage": self.stage,
            "pilot": self.pilot,
            "quote": self.quote,
            "source": self.source,
        }
        if self.within is not None:
            out["within"] = self.within
        if self.note:
            out["note"] = dict(self.note)
        return out


class LocalFact(Record):
    """One sourced fact about a place's own document (Hong Kong, Macau, Taiwan)."""

    zh: str
    en: str
    quote: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        return {"zh": self.zh, "en": self.en, "quote": self.quote, "source": self.source}


class NotIssued(Record):
    """A place the mainland certificate is not issued in, and what is issued there instead."""

    code: str
    place: str
    document: dict[str, str]
    issuer: dict[str, str]
    facts: tuple[LocalFact, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "place": self.place,
            "document": dict(self.document),
            "issuer": dict(self.issuer),
            "facts": [f.to_dict() for f in self.facts],
        }


class NextStep(Record):
    """What a person can do next, in both languages, with the sources (ids) that say so."""

    zh: str
    en: str
    sources: tuple[str, ...]


class Dataset(Record):
    """Everything the YAML files hold, validated."""

    regions: tuple[Region, ...]
    faq: Sequence[FaqEntry]  # a tuple, or data.Topics: unpacked when first read
    timeline: tuple[TimelineEvent, ...]
    article: dict[str, str]
    as_of: str
    check_in_person: dict[str, Any]
    stated_counts: dict[str, Any]
    faq_t2s: dict[str, str]  # traditional -> simplified, for the characters the FAQ's words use
    files: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    reports: tuple[Report, ...] = ()
    not_issued: tuple[NotIssued, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    english: dict[str, str | None] = {}  # noqa: RUF012 (never mutated) the records' places' English names, by code

    def source(self, source_id: str) -> Source | None:
        """The source with this id (a few dozen: a scan costs less than building a dict)."""
        return next((s for s in self.sources if s.id == source_id), None)

    def outside(self, place: Place) -> NotIssued | None:
        """Where the mainland certificate is not issued, the entry of `place` or of a place above it
        (香港特别行政区; 金门县 inside 福建省), else None."""
        return next((n for n in self.not_issued if n.code in place.codes), None)


class Place(Record):
    """A division of China: its code, official name, level and the names above it."""

    code: str
    name: str
    level: str
    path: tuple[str, ...]
    codes: tuple[str, ...]
    pinyin: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The `place` of docs/cli.md: a development zone has no code (null)."""
        return {"code": self.code or None, "name": self.name, "level": self.level, "path": list(self.path)}
