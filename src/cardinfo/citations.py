"""Which facts each source supports, and every address the data cites: behind `cardinfo sources`."""

from collections.abc import Callable
from typing import Any

from cardinfo.i18n import status_word, t
from cardinfo.models import Dataset
from cardinfo.record import Record


class Use(Record):
    """One fact a source supports: what kind of fact, which one, and its words in both languages."""

    kind: str  # records | report | timeline | next_step | caveat | check | local
    ref: str  # the record count, report id, timeline date, step number, topic key or place code
    zh: str
    en: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "ref": self.ref, "zh": self.zh, "en": self.en}


def uses(dataset: Dataset, name: Callable[[str, str], str] | None = None) -> dict[str, list[Use]]:
    """Source id -> the facts it supports, in the order the data holds them.

    `name(place, code)` shows a place name in English (with its pinyin); without it, as written."""

    def place_words(place: str, code: str) -> dict[str, str]:
        return {"zh": place, "en": name(place, code) if name else place}

    by_url = {s.url: s.id for s in dataset.sources}
    found: dict[str, list[Use]] = {s.id: [] for s in dataset.sources}

    def add(source_id: str, use: Use) -> None:
        found.setdefault(source_id, []).append(use)

    def said(kind: str, ref: str, key: str, **values: str | dict[str, str]) -> Use:
        both = {lang: {k: v if isinstance(v, str) else v[lang] for k, v in values.items()} for lang in ("zh", "en")}
        return Use(kind, ref, t(key, "zh", **both["zh"]), t(key, "en", **both["en"]))

    records: dict[str, int] = {}
    for r in dataset.regions:
        records[r.source.id] = records.get(r.source.id, 0) + 1
    for source_id, n in records.items():
        add(source_id, said("records", str(n), "supports.records", n=str(n)))
    for rep in dataset.reports:
        stage = {"zh": status_word(rep.stage, "zh"), "en": status_word(rep.stage, "en")}
        add(
            rep.source,
            said(
                "report",
                rep.id,
                "supports.report",
                id=rep.id,
                place=place_words(rep.place, rep.code or rep.within or ""),
                stage=stage,
                date=rep.date,
            ),
        )
    for e in dataset.timeline:
        add(e.source_id, said("timeline", e.date, "supports.timeline", date=e.date, event={"zh": e.zh, "en": e.en}))
    for n, step in enumerate(dataset.next_steps, 1):
        for source_id in step.sources:
            add(source_id, said("next_step", str(n), "supports.next_step", step={"zh": step.zh, "en": step.en}))
    for entry in dataset.faq:
        for c in entry.caveats:
            question = {"zh": entry.question["zh"], "en": entry.question["en"]}  # not its key (fee): words
            add(by_url.get(c.url, c.url), said("caveat", entry.key, "supports.caveat", topic=question))
    for src in dataset.check_in_person.get("sources", []):
        add(by_url.get(src["url"], src["url"]), said("check", "check_in_person", "supports.check"))
    for place in dataset.not_issued:
        for fact in place.facts:
            fact_words = {"zh": fact.zh, "en": fact.en}
            where = place_words(place.place, place.code)
            add(fact.source, said("local", place.code, "supports.local", place=where, fact=fact_words))
    return found


def cited_urls(dataset: Dataset) -> set[str]:
    """Every address the data cites, directly (faq.yaml) or through a source id."""
    by_id = {s.id: s.url for s in dataset.sources}
    urls = {dataset.article["url"]}
    urls |= {src["url"] for src in dataset.check_in_person.get("sources", [])}
    urls |= {c.url for e in dataset.faq for c in e.caveats}
    ids = {r.source.id for r in dataset.regions} | {r.source for r in dataset.reports}
    ids |= {e.source_id for e in dataset.timeline} | {s for step in dataset.next_steps for s in step.sources}
    ids |= {f.source for p in dataset.not_issued for f in p.facts}
    return urls | {by_id.get(i, i) for i in ids}


def sources_json(dataset: Dataset) -> list[dict[str, Any]]:
    """`cardinfo sources --format json`: every source with what it supports."""
    found = uses(dataset)
    return [{**s.to_dict(), "supports": [u.to_dict() for u in found.get(s.id, [])]} for s in dataset.sources]
