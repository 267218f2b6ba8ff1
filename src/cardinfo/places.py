"""The division index: turn what a person types into a Place of China, or say why not.

Every look-up is an index hit in a read-only SQLite file (data/places.sqlite, built by
scripts/build_places.py), so its cost does not grow with the number of divisions; township
rows are only read when a query reaches them.
"""

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from cardinfo.errors import DataError, NotFound
from cardinfo.models import Place
from cardinfo.text import is_latin, normalise

# Key kinds in the index, best first (kept in step with scripts/build_places.py).
FULL, SHORT, FORMER, PINYIN, TOWNSHIP, TOWNSHIP_SHORT = range(6)
KIND_NAMES = {
    FULL: "full",
    SHORT: "short",
    FORMER: "former",
    PINYIN: "pinyin",
    TOWNSHIP: "township",
    TOWNSHIP_SHORT: "township-short",
}
LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2, "zone": 3, "township": 3}
MAX_QUERY = 64
# Longest first: the words for a kind of place people add after a pinyin name.
_LATIN_SUFFIXES = sorted(
    [
        "shi",
        "sheng",
        "qu",
        "xian",
        "zhen",
        "xiang",
        "jiedao",
        "zizhiqu",
        "zizhizhou",
        "zizhixian",
        "diqu",
        "meng",
        "city",
        "province",
        "district",
        "county",
        "town",
        "prefecture",
        "autonomousregion",
    ],
    key=len,
    reverse=True,
)


class Resolution(NamedTuple):
    """What a query named: one place, or several equally good ones (ambiguous)."""

    query: str
    places: tuple[Place, ...]
    kind: str

    @property
    def ambiguous(self) -> bool:
        return len(self.places) > 1


class Divisions:
    """Read-only access to the division index."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise DataError("index.missing", path=str(path))
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        self._places: dict[str, Place | None] = {}

    def _rows(self, sql: str, params: Sequence[str] = ()) -> list[tuple[Any, ...]]:
        """Run one read-only query; a damaged index is a data error, not a traceback."""
        try:
            return self._con.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise DataError("index.unreadable", path=str(self.path), reason=str(exc)) from None

    def _row(self, code: str) -> tuple[str, str, str, str] | None:
        rows = self._rows("SELECT name, level, parent, pinyin FROM division WHERE code = ?", (code,))
        return None if not rows else (rows[0][0], rows[0][1], rows[0][2], rows[0][3])

    def place(self, code: str) -> Place | None:
        """The Place with this code, with its path of names from the province down."""
        if code in self._places:
            return self._places[code]
        row = self._row(code)
        found: Place | None = None
        if row is not None:
            name, level, parent, pinyin = row
            above = self.place(parent) if parent else None
            path = (above.path if above else ()) + (name,)
            codes = (above.codes if above else ()) + (code,)
            found = Place(code, name, level, path, codes, pinyin)
        self._places[code] = found
        return found

    def lookup(self, key: str) -> list[tuple[str, int]]:
        """(code, kind) for every index entry of this normalised key."""
        return [(c, k) for c, k in self._rows("SELECT code, kind FROM key WHERE key = ?", (key,))]

    def t2s(self, text: str) -> dict[str, str]:
        """Traditional -> simplified for the characters of `text` that have a mapping."""
        chars = sorted({ch for ch in text if ord(ch) > 0x2E7F})
        if not chars:
            return {}
        marks = ",".join("?" * len(chars))
        return dict(self._rows(f"SELECT t, s FROM t2s WHERE t IN ({marks})", chars))

    def s2t_sources(self, simplified: set[str]) -> dict[str, str]:
        """Every traditional -> simplified pair whose simplified side is in `simplified`."""
        chars = sorted(simplified)
        marks = ",".join("?" * len(chars))
        return dict(self._rows(f"SELECT t, s FROM t2s WHERE s IN ({marks})", chars))

    def pinyin_of(self, text: str) -> str:
        """Toneless pinyin of a Chinese text, without spaces (unknown characters are kept)."""
        chars = sorted(set(text))
        marks = ",".join("?" * len(chars))
        table = dict(self._rows(f"SELECT ch, py FROM charpy WHERE ch IN ({marks})", chars))
        return "".join(table.get(ch, ch) for ch in text)

    def provinces(self) -> list[Place]:
        rows = self._rows("SELECT code FROM division WHERE level = 'province' ORDER BY code")
        return [p for (code,) in rows if (p := self.place(code)) is not None]

    def suggestion_pool(self) -> list[tuple[str, str, str, str]]:
        """(code, name, short, pinyin) of every division at county level and above."""
        rows = self._rows("SELECT code, name, short, pinyin FROM division WHERE level != 'township'")
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def normalise(self, query: str) -> str:
        return normalise(query, self.t2s(query))


def _best(places: list[Place]) -> list[Place]:
    """Apply the ranking rules to same-tier candidates: container first, then a lone top level."""
    unique = list({p.code: p for p in places}.values())
    if len(unique) <= 1:
        return unique
    for p in unique:
        if all(p.code in other.codes for other in unique):
            return [p]
    top = min(LEVEL_RANK.get(p.level, 9) for p in unique)
    at_top = [p for p in unique if LEVEL_RANK.get(p.level, 9) == top]
    return at_top if len(at_top) == 1 else sorted(unique, key=lambda p: (LEVEL_RANK.get(p.level, 9), p.code))


class Resolver:
    """Resolve a query to places: codes, aliases, full and short names, former names, pinyin."""

    def __init__(self, divisions: Divisions, aliases: dict[str, Callable[[], Place | None]] | None = None) -> None:
        self.divisions = divisions
        # name -> how to find its place: aliases come from the data, looked up only when typed
        self.aliases = {normalise(k): v for k, v in (aliases or {}).items()}

    def _tiers(self, key: str) -> tuple[list[Place], str]:
        places, kind = self._tier(key)
        if places or not is_latin(key):
            return places, kind
        # "Beijing Shi", "kunming city": pinyin or English with the kind of place after it.
        for suffix in _LATIN_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix) + 1:
                places, kind = self._tier(key[: -len(suffix)])
                if places:
                    return places, kind
        return [], ""

    def _tier(self, key: str) -> tuple[list[Place], str]:
        if key.isdigit() and len(key) in (6, 9):
            place = self.divisions.place(key)
            return ([place], "code") if place else ([], "")
        if key in self.aliases:
            place = self.aliases[key]()
            if place is not None:
                return [place], "alias"
        by_kind: dict[int, list[Place]] = {}
        for code, kind in self.divisions.lookup(key):
            place = self.divisions.place(code)
            if place is not None:
                by_kind.setdefault(kind, []).append(place)
        for kind in sorted(by_kind):
            return _best(by_kind[kind]), KIND_NAMES[kind]
        return [], ""

    def _split(self, key: str, depth: int = 0) -> list[Place]:
        """`云南昆明盘龙区`: a place written after the names of places that contain it."""
        if depth > 3 or is_latin(key):
            return []
        for cut in range(len(key) - 2, 1, -1):
            tail, _ = self._tiers(key[cut:])
            if not tail:
                continue
            heads, _ = self._tiers(key[:cut])
            heads = heads or self._split(key[:cut], depth + 1)
            inside = [t for t in tail if any(h.code in t.codes and h.code != t.code for h in heads)]
            if inside:
                return _best(inside)
        return []

    def resolve(self, query: str) -> Resolution:
        key = self.divisions.normalise(query)
        if not key:
            raise NotFound("place.empty", query=query)
        if len(key) > MAX_QUERY:
            raise NotFound("place.too_long", query=query, n=len(key), limit=MAX_QUERY)
        places, kind = self._tiers(key)
        if not places:
            places, kind = self._split(key), "path"
        if not places:
            raise NotFound("place.none", query=query, suggestions=self.suggest(key))
        return Resolution(query, tuple(places), kind)

    def suggest(self, key: str, limit: int = 5) -> list[str]:
        """Up to `limit` official names close to `key` in characters or in pinyin."""
        from difflib import SequenceMatcher  # only a miss pays for this

        if not key or len(key) > MAX_QUERY:
            return []
        latin = is_latin(key)
        # The query is the fixed second sequence: SequenceMatcher indexes it once for all candidates.
        by_pinyin = SequenceMatcher(None, autojunk=False)
        by_pinyin.set_seq2(key if latin else self.divisions.pinyin_of(key))
        by_chars = SequenceMatcher(None, autojunk=False)
        by_chars.set_seq2(key)

        def ratio(matcher: SequenceMatcher[str], text: str) -> float:
            matcher.set_seq1(text)
            if not text or matcher.real_quick_ratio() < 0.5 or matcher.quick_ratio() < 0.5:
                return 0.0
            return matcher.ratio()

        scored: list[tuple[float, int, str]] = []
        for code, name, short, pinyin in self.divisions.suggestion_pool():
            sound = ratio(by_pinyin, pinyin.replace(" ", "")) * 0.9
            score = sound
            if not latin:
                chars = max(ratio(by_chars, name), ratio(by_chars, short))
                score = max(sound, chars) + 0.1 * min(sound, chars)
            if score >= 0.6:
                scored.append((score, -len(code.rstrip("0")), code))
        scored.sort(reverse=True)
        names: list[str] = []
        for _, _, code in scored:
            place = self.divisions.place(code)
            if place is None:
                continue
            label = "".join(place.path[-2:]) if len(place.path) > 1 else place.name
            if label not in names:
                names.append(label)
            if len(names) == limit:
                break
        return names
