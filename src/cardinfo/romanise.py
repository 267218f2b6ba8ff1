"""Place names as English writes them: a division's pinyin (Kunming), or its usual spelling (Shaanxi)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cardinfo.models import Region
    from cardinfo.places import Divisions

# English names that plain pinyin does not give, as data/tilemap.yaml (the map) writes them too:
# 陕西 would read as 山西's Shanxi; Neimenggu, Xianggang and Aomen are not what English readers know.
SPELLED = {"610000": "Shaanxi", "150000": "Inner Mongolia", "810000": "Hong Kong", "820000": "Macao"}


def province_code(r: Region) -> str:
    """The 6-digit code of the province a record lies in (from its own code or the one it lies within)."""
    anchor = r.code or r.within or ""
    return anchor[:2] + "0000" if len(anchor) >= 2 else ""


def spelled(code: str, pinyin: str) -> str:
    """`kun ming` as English writes it: Kunming."""
    return SPELLED.get(code) or pinyin.replace(" ", "").capitalize()


def pinyin(divisions: Divisions, code: str) -> str | None:
    """The pinyin of the division with this code ("Kunming"), or None where it has none (towns)."""
    place = divisions.place(code) if code else None
    if place is None or not (code in SPELLED or place.pinyin):
        return None
    return spelled(code, place.pinyin)


def with_pinyin(records: Iterable[Region], divisions: Divisions) -> tuple[Region, ...]:
    """The records with province_pinyin and place_pinyin filled in, for scripts."""
    return tuple(
        r._replace(province_pinyin=pinyin(divisions, province_code(r)), place_pinyin=pinyin(divisions, r.code or ""))
        for r in records
    )
