"""The tile map: where each province-level division sits on the grid, and its stage from the evidence."""

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from cardinfo.errors import DataError
from cardinfo.models import Dataset, Region
from cardinfo.record import Record

TILEMAP_FILE = "tilemap.yaml"
# Rollout only moves forward: the most advanced stage comes first.
STAGES = ("issued", "issuing", "preparing")
# What a tile can show: a stage some evidence states, nothing known, or not applicable (HK, Macao, Taiwan).
TILE_STAGES = (*STAGES, "unknown", "not_applicable")
KINDS = ("record", "report")


class Tile(Record):
    """One province-level division's square on the grid."""

    code: str
    name: str  # official full name
    short: str
    en: str
    row: int
    col: int
    mainland_certificate: bool = True


class Grid(Record):
    columns: int
    rows: int
    tiles: tuple[Tile, ...]


class Evidence(Record):
    """One thing a source says: a stage somewhere inside a province (a record or a dated report)."""

    province: str  # the province-level code, e.g. "530000"
    stage: str  # issued | issuing | preparing
    kind: str  # record | report
    date: str = ""  # a report's date and its source's id, for the map's footer
    source: str = ""


class TileStage(Record):
    """A tile with its stage and the counts behind it."""

    tile: Tile
    stage: str  # one of TILE_STAGES
    counts: dict[str, int]  # evidence items by stage (only stages that occur), most advanced first
    kinds: dict[str, int]  # evidence items by kind (only kinds that occur)
    reports: tuple[tuple[str, str], ...] = ()  # (date, source id) of each dated report counted

    @property
    def total(self) -> int:
        """Evidence items at a stage (an item saying "not applicable" has none)."""
        return sum(self.counts.values())


def province_of(code: str) -> str:
    """The province-level code a 6- or 9-digit division code lies in."""
    return code[:2] + "0000"


def evidence(kind: str, places: Iterable[tuple[str | None, str]]) -> Iterator[Evidence]:
    """(division code, stage) pairs of one kind as evidence; a pair without a code is skipped."""
    for code, stage in places:
        if code:
            yield Evidence(province_of(code), stage, kind)


def from_records(regions: Iterable[Region]) -> Iterator[Evidence]:
    """The dataset's records as evidence (a zone counts in the division it lies within)."""
    return evidence("record", ((r.anchor, r.status) for r in regions))


def from_dataset(dataset: Dataset) -> Iterator[Evidence]:
    """Every record and every dated report of the dataset as evidence."""
    yield from from_records(dataset.regions)
    for r in dataset.reports:
        if r.anchor:
            yield Evidence(province_of(r.anchor), r.stage, "report", r.date, r.source)


def stages(tiles: Iterable[Tile], items: Iterable[Evidence]) -> list[TileStage]:
    """Each tile's stage: the most advanced stage any evidence inside it states.

    A tile with no evidence is `unknown` (nothing known, which is not the same as nothing
    happening); a division where the mainland certificate is not issued is `not_applicable`
    whatever is fed in (evidence saying so counts as an item, with no stage). Evidence for a code
    that is no tile is ignored.
    """
    by_stage: dict[str, dict[str, int]] = {}
    by_kind: dict[str, dict[str, int]] = {}
    reports: dict[str, list[tuple[str, str]]] = {}
    for item in items:
        if item.stage not in (*STAGES, "not_applicable") or item.kind not in KINDS:
            raise ValueError(f"evidence with an unknown stage or kind: {item}")
        counts = by_stage.setdefault(item.province, {})
        if item.stage in STAGES:
            counts[item.stage] = counts.get(item.stage, 0) + 1
        kinds = by_kind.setdefault(item.province, {})
        kinds[item.kind] = kinds.get(item.kind, 0) + 1
        if item.kind == "report":
            reports.setdefault(item.province, []).append((item.date, item.source))
    out = []
    for tile in tiles:
        counts = by_stage.get(tile.code, {})
        ordered = {s: counts[s] for s in STAGES if s in counts}
        kinds = {k: by_kind[tile.code][k] for k in KINDS if k in by_kind.get(tile.code, {})}
        stage = next(iter(ordered), "unknown") if tile.mainland_certificate else "not_applicable"
        out.append(TileStage(tile, stage, ordered, kinds, tuple(reports.get(tile.code, ()))))
    return out


def tally(tiles: Iterable[TileStage]) -> dict[str, int]:
    """How many tiles show each stage, in TILE_STAGES order."""
    result = dict.fromkeys(TILE_STAGES, 0)
    for t in tiles:
        result[t.stage] += 1
    return result


def load_grid(path: Path | None = None) -> Grid:
    """The grid from data/tilemap.yaml, checked: 34 distinct codes on distinct squares inside it."""
    from cardinfo.data import parsed_yaml
    from cardinfo.paths import bundled_dir

    path = path or bundled_dir() / TILEMAP_FILE
    try:
        raw: Any = parsed_yaml(path)
    except OSError as exc:
        from cardinfo.i18n import os_reason

        raise DataError("data.unreadable", path=str(path), reason=os_reason(exc)) from None
    except ValueError as exc:
        raise DataError("tilemap.invalid", path=str(path), problem=str(exc)) from None
    try:
        columns, rows = int(raw["columns"]), int(raw["rows"])
        tiles = tuple(
            Tile(
                str(t["code"]),
                str(t["name"]),
                str(t["short"]),
                str(t["en"]),
                int(t["row"]),
                int(t["col"]),
                bool(t.get("mainland_certificate", True)),
            )
            for t in raw["tiles"]
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(
            "tilemap.invalid", path=str(path), problem=f"a tile lacks a field or has a wrong value: {exc}"
        ) from None
    problems = []
    if len({t.code for t in tiles}) != len(tiles):
        problems.append("a code appears twice")
    if len({(t.row, t.col) for t in tiles}) != len(tiles):
        problems.append("two tiles share a square")
    problems += [f"{t.code} lies outside the grid" for t in tiles if not (0 <= t.row < rows and 0 <= t.col < columns)]
    problems += [f"{t.code} is not a province-level code" for t in tiles if province_of(t.code) != t.code]
    if problems:
        raise DataError("tilemap.invalid", path=str(path), problem="; ".join(problems))
    return Grid(columns, rows, tiles)
