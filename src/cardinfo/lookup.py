"""Answers about regions: which records apply to a place, the status filters, the summary."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from cardinfo.errors import NotFound
from cardinfo.models import STAGE_RANK, STATUSES, Dataset, NotIssued, Place, Region, Report
from cardinfo.record import Record

if TYPE_CHECKING:  # the index (and sqlite3) is imported only by the answers that need places
    from collections.abc import Sequence

    from cardinfo.places import Divisions


NOT_APPLICABLE = "not_applicable"
_STAGE_OF_RANK = {rank: stage for stage, rank in STAGE_RANK.items()}


class Basis(Record):
    """Which record or report a place's status rests on, and the date it gives for the stage."""

    kind: str  # record | report
    id: str
    date: str | None
    stage: str
    source: str  # the source's id
    place: str  # the name of the place the record or report is about
    relation: str  # self | above | inside: where that place is, seen from the question

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "date": self.date}


class Evidence(Record):
    """What the data says about a place, from every source: the status and what it rests on."""

    status: str
    basis: Basis | None
    reports: tuple[Report, ...]
    not_issued: NotIssued | None = None
    ahead: Basis | None = None  # a province or city: the most advanced evidence inside, when beyond `status`


class Candidate(Record):
    """One of several places a query may mean, with what the source says about it."""

    place: Place
    status: str
    records: tuple[Region, ...]
    match: str
    basis: Basis | None = None


class RegionAnswer(Record):
    """The answer to `cardinfo region QUERY` (shape: docs/cli.md, "region")."""

    query: str
    match: str
    status: str | None
    place: Place | None
    records: tuple[Region, ...]
    related: tuple[Region, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    matched_by: str = ""
    matched_text: str = ""  # the part of the query that named the place
    also: tuple[Place, ...] = ()  # other places the name fits, which a rule set aside
    reports: tuple[Report, ...] = ()
    basis: Basis | None = None
    not_issued: NotIssued | None = None
    ahead: Basis | None = None


def _covers(report: Report, place: Place) -> bool:
    """Whether a report about a place above `place` speaks for it: one about a city's districts only
    (市城区) not for a county, a county-level city or a banner of the city, nor a township in one."""
    county = place.path[2] if len(place.path) > 2 else place.name if place.level == "county" else ""
    return not report.districts or not county or county.endswith("区")


def _best(items: list[tuple[int, int, str, Basis]]) -> tuple[int, int, str, Basis] | None:
    """The most advanced stage; then the deepest place; then the earliest date; then the first
    in the data's order (min keeps the first of equal keys)."""
    return min(items, key=lambda e: (-e[0], -e[1], e[2]), default=None)


class Atlas:
    """The dataset's records placed on the division tree.

    A record's place in the tree is looked up only when a question concerns its province, and
    an alias's only when it is typed, so one answer reads a handful of index rows, not all.
    """

    def __init__(self, dataset: Dataset, divisions: Divisions) -> None:
        from cardinfo.places import Resolver

        self.dataset = dataset
        self.divisions = divisions
        self._anchors: dict[str, Place | None] = {}
        self._by_province: dict[str, list[Region]] | None = None
        self._positions: dict[str, dict[str, list[int]]] | None = None
        # A place's records and evidence, once worked out (a batch names the same places again);
        # townships are not kept, so memory stays flat however many a batch names.
        self._facts: dict[Place, tuple[str, tuple[Region, ...], tuple[Region, ...], Evidence]] = {}
        by_alias: dict[str, Region] = {}
        for r in dataset.regions:
            for name in (*r.aliases, *([r.place] if r.code is None else [])):
                by_alias[name] = r
        noted = {r.anchor for r in dataset.regions if len(r.anchor) == 9}
        noted |= {r.anchor for r in dataset.reports if len(r.anchor) == 9}
        noted |= {n.code for n in dataset.not_issued if len(n.code) == 9}  # (马祖乡: Taiwan's, not 连江县's)
        self.resolver = Resolver(
            divisions, {name: functools.partial(self._place_of, r) for name, r in by_alias.items()}, noted
        )

    def _anchor(self, r: Region | Report) -> Place | None:
        """The division a record hangs on (its own, or the one a zone lies within)."""
        if r.anchor not in self._anchors:
            self._anchors[r.anchor] = self.divisions.place(r.anchor)
        return self._anchors[r.anchor]

    def _place_of(self, r: Region | Report) -> Place | None:
        """The place a record is about; a zone (no code) as a Place inside its division."""
        inside = self._anchor(r)
        if inside is None or r.code is not None:
            return inside
        level = r.level if isinstance(r, Region) else "zone"
        return Place("", r.place, level, (*inside.path, r.place), inside.codes)

    def _codes_of(self, r: Region | Report) -> tuple[str, ...]:
        place = self._anchor(r)
        if place is None:
            return ()
        return place.codes + (("",) if r.code is None else ())

    def _depth(self, r: Region | Report) -> int:
        return len(self._codes_of(r))

    def reports_for(self, place: Place) -> tuple[list[Report], list[Report], list[Report]]:
        """(reports about the place, about places above it, about places inside it)."""
        about: list[Report] = []
        above: list[Report] = []
        inside: list[Report] = []
        province = place.codes[0][:2] if place.codes else ""
        for r in self.dataset.reports:
            if r.anchor[:2] != province:
                continue  # another province: neither above, inside nor the place itself
            codes = self._codes_of(r)
            if not codes:
                continue
            if (r.code is None and r.place == place.name) if place.code == "" else r.code == place.code:
                about.append(r)
            elif r.anchor in place.codes and r.code is not None:
                above.append(r)
            elif place.code and place.code in codes:
                inside.append(r)
        return about, above, inside

    def evidence(self, place: Place, match: str, records: list[Region], related: Sequence[Region] = ()) -> Evidence:
        """The place's status from every record and report: rollout only moves forward, so the
        most advanced stage stated about the place or a place above it; the nearer place, then
        the earlier date, then the data's order break a tie. A province or city with evidence
        only inside it takes the most advanced stage inside (as the map does) and says where."""
        outside = self.dataset.outside(place)
        if outside is not None:
            return Evidence(NOT_APPLICABLE, None, (), outside)
        about, above, inside = self.reports_for(place)
        near = place.level in ("province", "prefecture") or match == "descendant"
        shown = sorted(about + above + (inside if near else []), key=lambda r: r.date, reverse=True)
        # (stage rank, depth of the place it is about, date, basis): the best is the smallest key.
        own: list[tuple[int, int, str, Basis]] = []
        for rec in records if match in ("exact", "ancestor") else []:
            relation = "self" if self._is_about(rec, place) else "above"
            basis = Basis("record", rec.id, rec.since, rec.status, rec.source.id, rec.place, relation)
            own.append((STAGE_RANK[rec.status], self._depth(rec), rec.since or rec.source.date, basis))
        for k, rep in enumerate(about + above):  # (by position: a list's `in` would read every report again)
            if k >= len(about) and not _covers(rep, place):
                continue  # a city's districts started; a county of the city is not said to have (衡南县)
            relation = "self" if k < len(about) else "above"
            basis = Basis("report", rep.id, rep.date, rep.stage, rep.source, rep.place, relation)
            own.append((STAGE_RANK[rep.stage], self._depth(rep), rep.date, basis))
        found: list[tuple[int, int, str, Basis]] = []
        # the records inside: the answer's own when it has none of its place, else those among the related
        # (广西 has a record, and 南宁市's inside it is further on)
        within = records if match == "descendant" else [r for r in related if place.code in self._codes_of(r)[:-1]]
        for rec in within if near and place.code else []:
            basis = Basis("record", rec.id, rec.since, rec.status, rec.source.id, rec.place, "inside")
            found.append((STAGE_RANK[rec.status], 0, rec.since or rec.source.date, basis))
        for rep in inside if near else []:
            basis = Basis("report", rep.id, rep.date, rep.stage, rep.source, rep.place, "inside")
            found.append((STAGE_RANK[rep.stage], 0, rep.date, basis))
        best_inside = _best(found)
        best = _best(own)
        if best is None:
            status = _STAGE_OF_RANK[best_inside[0]] if best_inside else "unknown"
            return Evidence(status, best_inside[3] if best_inside else None, tuple(shown))
        ahead = best_inside[3] if best_inside and best_inside[0] > best[0] else None
        return Evidence(_STAGE_OF_RANK[best[0]], best[3], tuple(shown), None, ahead)

    @staticmethod
    def _is_about(r: Region, place: Place) -> bool:
        return (r.code is None and r.place == place.name) if place.code == "" else r.code == place.code

    def records_for(self, place: Place) -> tuple[str, list[Region], list[Region]]:
        """(match, records nearest first, related records in the same province)."""
        exact: list[Region] = []
        above: list[Region] = []
        inside: list[Region] = []
        same_province: list[Region] = []
        if self._by_province is None:
            self._by_province = {}
            for r in self.dataset.regions:
                self._by_province.setdefault(r.province, []).append(r)
        # records elsewhere can be neither above, inside nor near this place
        for r in self._by_province.get(place.path[0], ()):
            codes = self._codes_of(r)
            if not codes:
                continue
            # A zone has no code: only the record named after it is about that very place.
            is_exact = (r.code is None and r.place == place.name) if place.code == "" else r.code == place.code
            if is_exact:
                exact.append(r)
            elif r.anchor in place.codes and r.code is not None:
                above.append(r)
            elif place.code and place.code in codes:
                inside.append(r)
            elif codes[0] == place.codes[0]:
                same_province.append(r)
        above.sort(key=self._depth, reverse=True)
        inside.sort(key=lambda r: (self._depth(r), r.anchor))
        if exact:
            return "exact", exact + above, inside + same_province
        if above:
            return "ancestor", above, inside + same_province
        if inside:
            return "descendant", inside, same_province
        return "unknown", [], same_province

    def _index(self) -> dict[str, dict[str, list[int]]]:
        """Record positions by code, by zone name and by every code above them (for nearest())."""
        if self._positions is None:
            index: dict[str, dict[str, list[int]]] = {"code": {}, "zone": {}, "under": {}}
            for i, r in enumerate(self.dataset.regions):
                codes = self._codes_of(r)
                if not codes:
                    continue
                if r.code is None:
                    index["zone"].setdefault(r.place, []).append(i)
                else:
                    index["code"].setdefault(r.code, []).append(i)
                for code in set(codes):
                    index["under"].setdefault(code, []).append(i)
            self._positions = index
        return self._positions

    def nearest(self, place: Place) -> tuple[str, list[Region]]:
        """records_for(place) without the related records, from an index: the same match and
        records in the same order, at a cost that does not grow with the province's records
        (summary asks it for every place, which made it quadratic in the records)."""
        index, regions, province = self._index(), self.dataset.regions, place.path[0]

        def found(kind: str, key: str, skip: set[int] = set()) -> list[int]:  # noqa: B006 - never mutated
            return [i for i in index[kind].get(key, ()) if regions[i].province == province and i not in skip]

        exact = found("zone", place.name) if place.code == "" else found("code", place.code)
        above = sorted(i for code in dict.fromkeys(place.codes) for i in found("code", code, set(exact)))
        inside = found("under", place.code, {*exact, *above}) if place.code else []
        ranked_above = sorted((regions[i] for i in above), key=self._depth, reverse=True)
        ranked_inside = sorted((regions[i] for i in inside), key=lambda r: (self._depth(r), r.anchor))
        if exact:
            return "exact", [regions[i] for i in exact] + ranked_above
        if above:
            return "ancestor", ranked_above
        if inside:
            return "descendant", ranked_inside
        return "unknown", []

    def facts(self, place: Place) -> tuple[str, tuple[Region, ...], tuple[Region, ...], Evidence]:
        """(match, records, related, evidence) of a place: records_for and evidence, kept per place."""
        known = self._facts.get(place)
        if known is None:
            match, records, related = self.records_for(place)
            known = (match, tuple(records), tuple(related), self.evidence(place, match, records, related))
            if len(place.code) <= 6:
                self._facts[place] = known
        return known

    def answer(self, query: str, suggest: bool = True, typos: bool = True) -> RegionAnswer:
        """The answer for a place name, address or sentence; NotFound, with suggestions if `suggest`
        (and a text that names no place read as a name typed with a character wrong if `typos`)."""
        resolution = self.resolver.resolve(query, suggest=suggest, typos=typos)
        return self.answer_for(query, resolution.places, resolution.kind, resolution.matched_text, resolution.also)

    def answer_for(
        self, query: str, places: tuple[Place, ...], kind: str, matched_text: str = "", also: tuple[Place, ...] = ()
    ) -> RegionAnswer:
        """The answer for places already found (one, or several equally likely), from all evidence."""
        if len(places) > 1:
            candidates = []
            for place in places:
                match, records, _, found = self.facts(place)
                candidates.append(Candidate(place, found.status, records, match, found.basis))
            # Places the article names first, then those it covers from above, then the rest.
            rank = {"exact": 0, "descendant": 1, "ancestor": 2, "unknown": 3}
            candidates.sort(key=lambda c: (rank[c.match], c.place.codes))
            return RegionAnswer(
                query,
                "ambiguous",
                None,
                None,
                (),
                (),
                tuple(candidates),
                matched_by=kind,
                matched_text=matched_text,
                also=also,
            )
        place = places[0]
        match, records, related, found = self.facts(place)
        return RegionAnswer(
            query,
            match,
            found.status,
            place,
            records,
            related,
            reports=found.reports,
            basis=found.basis,
            not_issued=found.not_issued,
            ahead=found.ahead,
            matched_by=kind,
            matched_text=matched_text,
            also=also,
        )


def filter_regions(
    dataset: Dataset,
    divisions: Divisions | None,
    status: str | None = None,
    province: str | None = None,
    pilot: bool = False,
) -> list[Region]:
    """The records for `status --status/--province/--pilot`; a province by any of its names."""
    regions = list(dataset.regions)
    if status:
        regions = [r for r in regions if r.status == status]
    if pilot:
        regions = [r for r in regions if r.pilot]
    if province:
        if divisions is None:
            raise ValueError("filtering by province needs the division index")
        wanted = province_name(divisions, province)
        regions = [r for r in regions if r.province == wanted]
    return regions


def provinces_also(divisions: Divisions, query: str) -> tuple[str, list[str]]:
    """The province `--province QUERY` filters by, and the other provinces its name fits too
    (shanxi: 山西省, and 陕西省 in `also`)."""
    from cardinfo.places import Resolver

    try:
        found = Resolver(divisions).resolve(query, suggest=False)
    except NotFound:
        return "", []
    chosen = {p.path[0] for p in found.places if p.level == "province"}
    others = sorted({p.path[0] for p in found.also if p.level == "province"} - chosen)
    return (chosen.pop() if len(chosen) == 1 else ""), others


def province_name(divisions: Divisions, query: str) -> str:
    from cardinfo.places import Resolver

    try:
        places = Resolver(divisions).resolve(query, suggest=False).places
    except NotFound:  # no place at all (Mars): the same answer as a place that is no province
        places = ()
    provinces = {p.path[0] for p in places if p.level == "province"}
    if len(provinces) != 1:
        raise NotFound("province.none", query=query, suggestions=[p.name for p in divisions.provinces()])
    return provinces.pop()


def places_by_status(atlas: Atlas) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """Every place a record or report is about, counted by its status from all evidence."""
    places: dict[tuple[str, str], Place] = {}
    items: list[Region | Report] = [*atlas.dataset.regions, *atlas.dataset.reports]
    for item in items:
        place = atlas._place_of(item)
        if place is not None:
            places.setdefault((place.code, place.name), place)
    counts = dict.fromkeys(STATUSES, 0)
    rows = []
    for place in sorted(places.values(), key=lambda p: (p.codes, p.name)):
        match, records = atlas.nearest(place)
        found = atlas.evidence(place, match, records)
        counts[found.status] = counts.get(found.status, 0) + 1
        basis = found.basis.to_dict() if found.basis else None
        rows.append({**place.to_dict(), "status": found.status, "basis": basis})
    return counts, rows


def summary(dataset: Dataset, atlas: Atlas | None = None) -> dict[str, Any]:
    """Counts of the records by status and province, beside the counts the article states; with
    the division index, also the places counted by their status from all evidence."""
    by_status = {s: sum(r.status == s for r in dataset.regions) for s in STATUSES}
    by_province: dict[str, dict[str, int]] = {}
    for r in dataset.regions:
        row = by_province.setdefault(r.province, dict.fromkeys(STATUSES, 0))
        row[r.status] += 1
    stated = {s: dataset.stated_counts[s] for s in STATUSES}
    return {
        "total": len(dataset.regions),
        "by_status": by_status,
        "by_province": by_province,
        "stated_in_source": stated,
        "stated_total": sum(stated.values()),
        "stated_source": dataset.stated_counts["source"],
        "explanation": dataset.stated_counts["explanation"],
        **(_evidence_summary(atlas) if atlas is not None else {}),
    }


def _evidence_summary(atlas: Atlas) -> dict[str, Any]:
    counts, places = places_by_status(atlas)
    return {"places_by_status": counts, "places": places}
