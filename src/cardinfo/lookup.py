"""Answers about regions: which records apply to a place, the status filters, the summary."""

import functools
from typing import TYPE_CHECKING, Any, NamedTuple

from cardinfo.errors import NotFound
from cardinfo.models import STATUSES, Dataset, Place, Region

if TYPE_CHECKING:  # the index (and sqlite3) is imported only by the answers that need places
    from cardinfo.places import Divisions


class Candidate(NamedTuple):
    """One of several places a query may mean, with what the source says about it."""

    place: Place
    status: str
    records: tuple[Region, ...]
    match: str


class RegionAnswer(NamedTuple):
    """The answer to `cardinfo region QUERY` (shape: the contract's region JSON)."""

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


class Atlas:
    """The dataset's records placed on the division tree.

    A record's place in the tree is looked up only when a question concerns its province, and
    an alias's only when it is typed, so one answer reads a handful of index rows, not all.
    """

    def __init__(self, dataset: Dataset, divisions: "Divisions") -> None:
        from cardinfo.places import Resolver

        self.dataset = dataset
        self.divisions = divisions
        self._anchors: dict[str, Place | None] = {}
        self._by_province: dict[str, list[Region]] | None = None
        by_alias: dict[str, Region] = {}
        for r in dataset.regions:
            for name in (*r.aliases, *([r.place] if r.code is None else [])):
                by_alias[name] = r
        self.resolver = Resolver(
            divisions, {name: functools.partial(self._place_of, r) for name, r in by_alias.items()}
        )

    def _anchor(self, r: Region) -> Place | None:
        """The division a record hangs on (its own, or the one a zone lies within)."""
        if r.id not in self._anchors:
            self._anchors[r.id] = self.divisions.place(r.anchor)
        return self._anchors[r.id]

    def _place_of(self, r: Region) -> Place | None:
        """The place a record is about; a zone (no code) as a Place inside its division."""
        inside = self._anchor(r)
        if inside is None or r.code is not None:
            return inside
        return Place("", r.place, r.level, (*inside.path, r.place), inside.codes)

    def _codes_of(self, r: Region) -> tuple[str, ...]:
        place = self._anchor(r)
        if place is None:
            return ()
        return place.codes + (("",) if r.code is None else ())

    def _depth(self, r: Region) -> int:
        return len(self._codes_of(r))

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

    def answer(self, query: str, suggest: bool = True) -> RegionAnswer:
        """The answer for a place name, address or sentence; NotFound, with suggestions if `suggest`."""
        resolution = self.resolver.resolve(query, suggest=suggest)
        found = (resolution.kind, resolution.matched_text, resolution.also)
        if resolution.ambiguous:
            candidates = []
            for place in resolution.places:
                match, records, _ = self.records_for(place)
                status = records[0].status if records else "unknown"
                candidates.append(Candidate(place, status, tuple(records), match))
            # Places the article names first, then those it covers from above, then the rest.
            rank = {"exact": 0, "descendant": 1, "ancestor": 2, "unknown": 3}
            candidates.sort(key=lambda c: (rank[c.match], c.place.codes))
            return RegionAnswer(query, "ambiguous", None, None, (), (), tuple(candidates), *found)
        place = resolution.places[0]
        match, records, related = self.records_for(place)
        status = records[0].status if records else "unknown"
        return RegionAnswer(query, match, status, place, tuple(records), tuple(related), (), *found)


def filter_regions(
    dataset: Dataset,
    divisions: "Divisions | None",
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
        wanted = _province_name(divisions, province)
        regions = [r for r in regions if r.province == wanted]
    return regions


def _province_name(divisions: "Divisions", query: str) -> str:
    from cardinfo.places import Resolver

    resolution = Resolver(divisions).resolve(query)
    provinces = {p.path[0] for p in resolution.places if p.level == "province"}
    if len(provinces) != 1:
        raise NotFound("province.none", query=query, suggestions=[p.name for p in divisions.provinces()])
    return provinces.pop()


def summary(dataset: Dataset) -> dict[str, Any]:
    """Counts of the records by status and province, beside the counts the article states."""
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
    }
