"""The division index: turn what a person types into a Place of China, or say why not.

Every look-up is an index hit in a read-only SQLite file (data/places.sqlite, built by
scripts/build_places.py), so its cost does not grow with the number of divisions; township
rows are only read when a query reaches them. A process that asks many questions (a batch)
keeps the county-level names in memory after its first few queries, and a filter of township
names after a few thousand.
"""

from __future__ import annotations

# The C module alone: sqlite3's Python layer (its datetime adapters) costs ~1.5 M instructions a run.
import _sqlite3 as sqlite3
from collections.abc import Callable, Collection, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardinfo.errors import DataError, NotFound
from cardinfo.models import Place
from cardinfo.record import Record
from cardinfo.text import drop_tone_numbers, is_latin, normalise, toned

if TYPE_CHECKING:  # the text finder is imported only when a query is more than one name, difflib on a miss
    from difflib import SequenceMatcher

    from cardinfo.i18n import Msg
    from cardinfo.textfind import TextFinder

_LONGEST_PINYIN = 30  # letters of the longest pinyin name (xinjiangweiwuerzizhiqu is 22)
# Key kinds in the index (numbers kept in step with scripts/build_places.py).
FULL, SHORT, FORMER, PINYIN, TOWNSHIP, TOWNSHIP_SHORT, FORMER_SHORT, EXONYM, STAT_UNIT, LANDMARK = range(10)
KIND_NAMES = {
    FULL: "full",
    SHORT: "short",
    FORMER: "former",
    PINYIN: "pinyin",
    TOWNSHIP: "township",
    TOWNSHIP_SHORT: "township-short",
    FORMER_SHORT: "former",
    EXONYM: "exonym",
    STAT_UNIT: "zone",
    LANDMARK: "landmark",
}
# Best first: an official name, then the short form, an old name, an English name or a landmark, pinyin.
KIND_RANK = {
    FULL: 0,
    SHORT: 1,
    FORMER: 2,
    STAT_UNIT: 2,
    EXONYM: 3,
    LANDMARK: 3,
    FORMER_SHORT: 4,
    PINYIN: 5,
    TOWNSHIP: 6,
    TOWNSHIP_SHORT: 7,
}
ALIAS_RANK = 1
LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2, "zone": 3, "township": 3}
MAX_QUERY = 64  # a whole query longer than this (normalised) is no name of the index
MAX_TEXT = 500  # characters of text searched for a place
PRELOAD_AFTER = 16  # queries in one process after which the county-level names are kept in memory
FILTER_AFTER = 2000  # ... and the filter of townships' names is built (by then their SQL cost as much)
_SQL_BATCH = 500  # keys per IN (...) query, below every SQLite build's limit on parameters
# Bits of a batch's filter of townships' names (256 KiB for ~60,000 names: ~3% of other texts pass it).
_TOWN_BITS = 1 << 21
TOWNS_KEPT = 1024  # township places a batch keeps (then forgets them all): memory stays flat

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


Found = tuple[int, int, list[tuple[str, int]]]  # a name in a text: start, end, its (code, kind) rows
# How a township's full name ends: a town, a township, a subdistrict, a sumu; and the township-level
# zones, farms and areas the division data lists (北京经济技术开发区, 红星农场, 亦庄地区, 苏州工业园区)
_TOWN_ENDS = (
    "镇",
    "乡",
    "街道",
    "苏木",
    "开发区",
    "园区",
    "工业园",
    "农场",
    "林场",
    "牧场",
    "地区",
    "新区",
    "示范区",
    "管理区",
)


def _find_all(text: str, word: str) -> Iterator[int]:
    """Every index where `word` occurs in `text`."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _lengths_by_prefix(names: Collection[str]) -> dict[str, tuple[int, ...]]:
    """First two characters -> the lengths of the names that start with them, longest first."""
    lengths: dict[str, set[int]] = {}
    for name in names:
        lengths.setdefault(name[:2], set()).add(len(name))
    return {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}


# SQLite's own words for what is wrong with a file, and the catalogue's words for them (its other
# messages are shown as they are, after their kind in the run's language).
_SQLITE_REASONS = (
    ("malformed", "sqlite.malformed"),
    ("no such table", "sqlite.no_table"),
    ("no such column", "sqlite.no_table"),
    ("not a database", "sqlite.not_database"),
    ("locked", "sqlite.locked"),
    ("disk i/o error", "os.EIO"),
    ("unable to open", "sqlite.unopenable"),
)


def sqlite_reason(exc: Exception) -> Msg:
    """Why SQLite could not read the index, in words of the catalogue."""
    from cardinfo.i18n import Msg

    text = str(exc)
    key = next((k for words, k in _SQLITE_REASONS if words in text.lower()), None)
    return Msg(key) if key else Msg("sqlite.other", {"text": text})


class Resolution(Record):
    """What a query named: one place, or several equally good ones (ambiguous).

    `also`: the other places the name fits when a rule picked one; `matched_text`: the part of
    the query that named the place.
    """

    query: str
    places: tuple[Place, ...]
    kind: str
    also: tuple[Place, ...] = ()
    matched_text: str = ""

    @property
    def ambiguous(self) -> bool:
        return len(self.places) > 1


class Divisions:
    """Read-only access to the division index."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise DataError("index.missing", path=str(path))
        self.path = path
        # read-only and immutable: one connection serves every thread of a program using the API (a first call in
        # one thread, the next in another, raised "SQLite objects created in a thread can only be used in …")
        self._con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._places: dict[str, Place | None] = {}
        # Filled by load_keys() for a batch: names (and townships' names) by their first two characters.
        self._memory: dict[str, list[tuple[str, int]]] | None = None
        self._lengths: dict[str, tuple[int, ...]] = {}
        self._t2s: dict[str, str] | None = None
        self._longest_town = 0
        # Filled by load_town_filter(): one bit per hash of a township's name, so a text no township
        # has skips the SQL query (a set bit may be another text's: SQL still decides).
        self._town_bits = bytearray()
        self._towns: dict[str, Place | None] = {}  # a batch's last few township places
        self._words: dict[str, str] | None = None
        self._lexicon_total: int | None = None
        self._joins: dict[str, str] = {}  # a batch's `join` words: first character -> the second ones

    def _rows(self, sql: str, params: Sequence[str] = ()) -> list[tuple[Any, ...]]:
        """Run one read-only query; a damaged index is a data error, not a traceback."""
        try:
            return self._con.execute(sql, params).fetchall()
        except UnicodeEncodeError:  # bytes of a command-line argument that were not UTF-8: no key has them
            return self._rows(sql, [p.encode("utf-8", "replace").decode("utf-8") for p in params])
        except sqlite3.Error as exc:
            raise DataError("index.unreadable", path=str(self.path), reason=sqlite_reason(exc)) from None

    def _row(self, code: str) -> tuple[str, str, str, str] | None:
        rows = self._rows("SELECT name, level, parent, pinyin FROM division WHERE code = ?", (code,))
        return None if not rows else (rows[0][0], rows[0][1], rows[0][2], rows[0][3])

    def short_name(self, code: str) -> str:
        """The division data's own short name of a place ("" for none)."""
        rows = self._rows("SELECT short FROM division WHERE code = ?", (code,))
        return str(rows[0][0]) if rows else ""

    def place(self, code: str) -> Place | None:
        """The Place with this code, with its path of names from the province down."""
        if code in self._places:
            return self._places[code]
        if code in self._towns:
            return self._towns[code]
        return self._place_of_row(code, self._row(code))

    def seat(self, place: Place) -> Place | None:
        """The city of the same name inside a prefecture that is no city (阿勒泰地区: 阿勒泰市), or None:
        what "Altay City" names."""
        if place.level != "prefecture" or place.name.endswith(("市", "自治州")):
            return None
        city = place.name.removesuffix("地区").removesuffix("盟") + "市"
        rows = self._rows("SELECT code FROM division WHERE parent = ? AND name = ?", (place.code, city))
        return self.place(rows[0][0]) if rows else None

    def _place_of_row(self, code: str, row: tuple[str, str, str, str] | None) -> Place | None:
        """The Place of a division row (name, level, parent, pinyin), kept for the next time."""
        found: Place | None = None
        if row is not None:
            name, level, parent, pinyin = row
            above = self.place(parent) if parent else None
            path = (above.path if above else ()) + (name,)
            codes = (above.codes if above else ()) + (code,)
            found = Place(code, name, level, path, codes, pinyin)
        if len(code) == 6 or self._memory is None:
            self._places[code] = found
        else:  # a batch keeps only its last few townships: memory stays flat
            if len(self._towns) >= TOWNS_KEPT:
                self._towns.clear()
            self._towns[code] = found
        return found

    def lookup(self, key: str) -> list[tuple[str, int]]:
        """(code, kind) for every index entry of this normalised key."""
        if self._memory is not None and (key in self._memory or not self._may_be_town(key)):
            return self._memory.get(key, [])  # townships of the same name never outrank these
        return [(c, k) for c, k in self._rows("SELECT code, kind FROM key WHERE key = ?", (key,))]

    def lookup_many(self, keys: Collection[str], townships: bool = False) -> dict[str, list[tuple[str, int]]]:
        """key -> [(code, kind)] for those of `keys` in the index: county-level names, or township names."""
        found: dict[str, list[tuple[str, int]]] = {}
        if not townships and self._memory is not None:
            memory = self._memory
            return {key: memory[key] for key in memory.keys() & keys}  # the intersection runs in C
        if townships and self._town_bits:  # _may_be_town() for each key, without a call per key
            bits, mask, longest = self._town_bits, _TOWN_BITS - 1, self._longest_town
            keys = [k for k in keys if len(k) <= longest and bits[(at := hash(k) & mask) >> 3] >> (at & 7) & 1]
        ordered = sorted(keys)
        for i in range(0, len(ordered), _SQL_BATCH):
            chunk = ordered[i : i + _SQL_BATCH]
            marks = ",".join("?" * len(chunk))
            if not townships:
                sql = f"SELECT key, code, kind FROM key WHERE key IN ({marks}) AND kind NOT IN (4, 5)"
                for key, code, kind in self._rows(sql, chunk):
                    found.setdefault(key, []).append((code, kind))
                continue
            # A township found is asked for next: its division row comes in the same query.
            sql = (
                "SELECT k.key, k.code, k.kind, d.name, d.level, d.parent, d.pinyin FROM key k"
                f" JOIN division d ON d.code = k.code WHERE k.key IN ({marks}) AND k.kind = 4"
            )
            for key, code, kind, name, level, parent, pinyin in self._rows(sql, chunk):
                found.setdefault(key, []).append((code, kind))
                if code not in self._places and code not in self._towns:
                    self._place_of_row(code, (name, level, parent, pinyin))
        return found

    def names_starting(self, prefixes: Collection[str], shortest: int) -> list[tuple[str, str]]:
        """(name, code) of every official name and short form at county level and above that starts
        with one of `prefixes` and has at least `shortest` characters (a range of the key index each)."""
        ranges = [(p, p[:-1] + chr(ord(p[-1]) + 1)) for p in sorted(prefixes) if p]
        found: list[tuple[str, str]] = []
        for i in range(0, len(ranges), _SQL_BATCH // 2):  # one query a batch: SQLite reads each range of
            chunk = ranges[i : i + _SQL_BATCH // 2]  # the key index (its OR optimisation)
            sql = (
                "SELECT key, code FROM key WHERE (" + " OR ".join(["(key >= ? AND key < ?)"] * len(chunk)) + ")"
                f" AND kind IN ({FULL}, {SHORT}) AND length(key) >= {int(shortest)}"
            )
            found += [(key, code) for key, code in self._rows(sql, [bound for pair in chunk for bound in pair])]
        return found

    def town_short_forms(self, pieces: Collection[str], shortest: int = 3) -> dict[str, list[str]]:
        """Those of `pieces` (`shortest` characters or more) that are townships' short forms: piece -> codes."""
        longest = self._longest_town or max(map(len, pieces), default=0)  # known once a batch loaded it
        asked = sorted(k for k in pieces if shortest <= len(k) <= longest)
        found: dict[str, list[str]] = {}
        for i in range(0, len(asked), _SQL_BATCH):
            chunk = asked[i : i + _SQL_BATCH]
            marks = ",".join("?" * len(chunk))
            sql = (
                "SELECT k.key, k.code, d.name, d.level, d.parent, d.pinyin FROM key k"
                f" JOIN division d ON d.code = k.code WHERE k.key IN ({marks}) AND k.kind = {TOWNSHIP_SHORT}"
            )
            for key, code, name, level, parent, pinyin in self._rows(sql, chunk):
                found.setdefault(key, []).append(code)
                if code not in self._places and code not in self._towns:
                    self._place_of_row(code, (name, level, parent, pinyin))
        return found

    def names_in(self, form: str) -> tuple[list[Found], list[Found]]:
        """Every name of the index inside a scanned text: county-level names, and townships' full names.

        Each is (start, end, [(code, kind)]). County-level names come from memory in a batch, else
        from one SQL query for every piece of the text that could be a name; townships' names
        always from SQL, and only for pieces that end as one does (镇, 乡, 街道, 苏木).
        """
        from cardinfo.textfind import LONGEST_NAME, spans

        ends = sorted({at + len(end) for end in _TOWN_ENDS if end in form for at in _find_all(form, end)})
        towns: list[Found] = []
        if ends:  # pieces with no space inside: they start after the last space before their end
            town_pieces = [
                (i, j, form[i:j])
                for j in ends
                for i in range(max(0, j - LONGEST_NAME, form.rfind(" ", 0, j) + 1), j - 2)
            ]
            town_rows = self.lookup_many({piece for _, _, piece in town_pieces}, townships=True)
            towns = [(i, j, town_rows[piece]) for i, j, piece in town_pieces if piece in town_rows]
        if self._memory is None:
            pieces = list(spans(form))
            rows = self.lookup_many({form[i:j] for i, j in pieces})
            return [(i, j, rows[form[i:j]]) for i, j in pieces if form[i:j] in rows], towns
        memory, lengths = self._memory, self._lengths
        names = []
        size = len(form)
        for i in range(size - 1):
            for n in lengths.get(form[i : i + 2], ()):
                if i + n <= size and (named := memory.get(form[i : i + n])) is not None:
                    names.append((i, i + n, named))
        return names, towns

    def load_keys(self) -> None:
        """Keep the county-level names in memory: for a batch, a dict beats SQL (about 3 MB)."""
        if self._memory is not None:
            return
        # From here names come from memory: SQLite's page cache need not hold 2 MB of the index's
        # pages beside them (a 100,000-line batch peaked 1.8 MiB higher with the default cache).
        self._con.execute("PRAGMA cache_size = -256")
        memory: dict[str, list[tuple[str, int]]] = {}
        same: dict[str, str] = {}  # one string per code: a division has many keys (~50,000 rows, ~4,000 codes)
        for key, code, kind in self._stream("SELECT key, code, kind FROM key WHERE kind NOT IN (4, 5)"):
            memory.setdefault(key, []).append((same.setdefault(code, code), kind))
        self._lengths = _lengths_by_prefix(memory)
        self._longest_town = self._rows("SELECT max(length(key)) FROM key WHERE kind IN (4, 5)")[0][0] or 0
        self._t2s = dict(self._stream("SELECT t, s FROM t2s"))
        rows = self._rows("SELECT code, name, level, parent, pinyin FROM division WHERE level != 'township'")
        for code, name, level, parent, pinyin in sorted(rows, key=lambda r: LEVEL_RANK.get(r[2], 9)):
            above = self._places.get(parent) if parent else None
            path = (above.path if above else ()) + (name,)
            codes = (above.codes if above else ()) + (code,)
            self._places.setdefault(code, Place(code, name, level, path, codes, pinyin))
        self._memory = memory

    def load_town_filter(self) -> None:
        """Keep one bit per township name's hash (256 KiB): a text that is no township's name then
        skips its SQL query. Reading the ~80,000 names costs ~45 ms, as many SQL queries do."""
        if self._town_bits:
            return
        self._longest_town = self._rows("SELECT max(length(key)) FROM key WHERE kind IN (4, 5)")[0][0] or 0
        bits, mask = bytearray(_TOWN_BITS >> 3), _TOWN_BITS - 1
        for (key,) in self._stream("SELECT key FROM key WHERE kind IN (4, 5)"):
            at = hash(key) & mask  # str hashes differ between processes, never within one
            bits[at >> 3] |= 1 << (at & 7)
        self._town_bits = bits

    def _may_be_town(self, key: str) -> bool:
        """False when no township (or its short form) has this name; True when one may (SQL says)."""
        if len(key) > self._longest_town:
            return False
        if not self._town_bits:
            return True
        at = hash(key) & (_TOWN_BITS - 1)
        return bool(self._town_bits[at >> 3] >> (at & 7) & 1)

    def _stream(self, sql: str) -> Iterator[tuple[Any, ...]]:
        """The rows of one read-only query, one at a time (no list of them all in memory)."""
        try:
            yield from self._con.execute(sql)
        except sqlite3.Error as exc:
            raise DataError("index.unreadable", path=str(self.path), reason=sqlite_reason(exc)) from None

    def t2s(self, text: str) -> dict[str, str]:
        """Traditional -> simplified for the characters of `text` that have a mapping."""
        if text.isascii():  # pinyin and English: no character has one
            return {}
        if self._t2s is not None:
            return {ch: self._t2s[ch] for ch in self._t2s.keys() & set(text)}
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

    def char_pinyin(self, chars: Collection[str]) -> dict[str, str]:
        """The toneless pinyin of each of `chars` the index knows (one query)."""
        asked = sorted(set(chars))
        if not asked:
            return {}
        marks = ",".join("?" * len(asked))
        return dict(self._rows(f"SELECT ch, py FROM charpy WHERE ch IN ({marks})", asked))

    def readings(self, chars: Collection[str]) -> dict[str, set[str]]:
        """The other toneless readings of each of `chars` that a place's name holds (歙: xi, xie besides
        she), one query."""
        asked = sorted(set(chars))
        if not asked:
            return {}
        marks = ",".join("?" * len(asked))
        found: dict[str, set[str]] = {}
        for ch, py in self._rows(f"SELECT ch, py FROM reading WHERE ch IN ({marks})", asked):
            found.setdefault(ch, set()).add(py)
        return found

    def lookalikes(self, typed: Collection[str]) -> set[tuple[str, str]]:
        """(typed, ch) for each of `typed` that looks like a character `ch` of a place's name (亳 for
        毫: data/lookalikes.csv), one query."""
        asked = sorted(set(typed))
        if not asked:
            return set()
        marks = ",".join("?" * len(asked))
        return set(self._rows(f"SELECT other, ch FROM lookalike WHERE other IN ({marks})", asked))

    def pinyin_of(self, text: str) -> str:
        """Toneless pinyin of a Chinese text, without spaces (unknown characters are kept)."""
        table = self.char_pinyin(text)
        return "".join(table.get(ch, ch) for ch in text)

    def tones(self, codes: Collection[str]) -> dict[str, str]:
        """The readings with tone digits ("fu2zhou1", "hua1zhou1|hua2zhou1|hua4zhou1") of those of `codes`
        whose toneless pinyin another place shares."""
        marks = ",".join("?" * len(codes))
        return dict(self._rows(f"SELECT code, py FROM tone WHERE code IN ({marks})", list(codes)))

    def township_names(self, code: str) -> list[str]:
        """The official names of the townships of the county with this code."""
        return [
            name for (name,) in self._rows("SELECT name FROM division WHERE parent = ? AND level = 'township'", (code,))
        ]

    def words(self, candidates: Collection[str]) -> dict[str, str]:
        """Those of `candidates` that are everyday words or idioms holding a place's name but naming
        no place (data/words.csv): word -> "idiom" (长治久安), "phrase" (王建安, 天下太平), "word"
        (信仰, one sound from 信阳) or "join" (更新 and 余额, around 新余). One query asks for the few
        candidates; a batch keeps them all in memory instead (the ~10,000 `join` words packed)."""
        if self._words is None and self._memory is not None:
            self._words = dict(self._stream("SELECT word, kind FROM word WHERE kind != 'join'"))
            seconds: dict[str, list[str]] = {}
            for (word,) in self._stream("SELECT word FROM word WHERE kind = 'join'"):
                seconds.setdefault(word[0], []).append(word[1])
            # ~10,000 words of two characters, as strings of second characters: a tenth of the memory
            self._joins = {first: "".join(rest) for first, rest in seconds.items()}
        if self._words is not None:
            found = {w: self._words[w] for w in candidates if w in self._words}
            joins = self._joins
            found.update((w, "join") for w in candidates if len(w) == 2 and w[1] in joins.get(w[0], ""))
            return found
        asked = sorted(set(candidates))
        if not asked:
            return {}
        marks = ",".join("?" * len(asked))
        return dict(self._rows(f"SELECT word, kind FROM word WHERE word IN ({marks})", asked))

    def counts(self, candidates: Collection[str]) -> dict[str, int]:
        """How often those of `candidates` that are everyday words occur (data/lexicon.csv, jieba's
        counts; a place's name at least 100): word -> count. One query for the few asked."""
        asked = sorted(set(candidates))
        if not asked:
            return {}
        marks = ",".join("?" * len(asked))
        return dict(self._rows(f"SELECT word, count FROM lexicon WHERE word IN ({marks})", asked))

    def lexicon_total(self) -> int:
        """The sum of the lexicon's counts (what a word's count is a share of)."""
        if self._lexicon_total is None:
            rows = self._rows("SELECT value FROM meta WHERE key = 'lexicon_total'")
            self._lexicon_total = int(rows[0][0]) if rows else 1
        return self._lexicon_total

    def undivided(self) -> frozenset[str]:
        """Codes of the provinces the list has no places inside (香港, 澳门, 台湾)."""
        # The build writes them into `meta`: finding them here scanned the table (20-35 ms a query).
        rows = self._rows("SELECT value FROM meta WHERE key = 'undivided'")
        return frozenset(rows[0][0].split(",")) if rows and rows[0][0] else frozenset()

    def provinces(self) -> list[Place]:
        rows = self._rows("SELECT code FROM division WHERE level = 'province' ORDER BY code")
        return [p for (code,) in rows if (p := self.place(code)) is not None]

    def suggestion_pool(self) -> list[tuple[str, str, str, str]]:
        """(code, name, short, pinyin) of every division at county level and above."""
        rows = self._rows("SELECT code, name, short, pinyin FROM division WHERE level != 'township'")
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def normalise(self, query: str) -> str:
        return normalise(query, self.t2s(query))

    def build_id(self) -> str | None:
        """The id its build wrote into the `meta` table, or None for an index without one."""
        try:
            rows = self._con.execute("SELECT value FROM meta WHERE key = 'build_id'").fetchall()
        except sqlite3.Error:
            return None
        return str(rows[0][0]) if rows and rows[0][0] else None


def _best(places: list[Place]) -> tuple[list[Place], list[Place]]:
    """Pick among places one name fits: the one containing the others, else a lone top level.

    Returns (picked, also): one place and the others a rule set aside, or several equally good
    places (ambiguous) and nothing set aside.
    """
    unique = list({p.code or p.name: p for p in places}.values())
    if len(unique) <= 1:
        return unique, []
    for p in unique:
        if all(p.code in other.codes for other in unique):
            return [p], [o for o in unique if o is not p]
    top = min(LEVEL_RANK.get(p.level, 9) for p in unique)
    at_top = [p for p in unique if LEVEL_RANK.get(p.level, 9) == top]
    if len(at_top) == 1:
        return at_top, [o for o in unique if o is not at_top[0]]
    return sorted(unique, key=lambda p: (LEVEL_RANK.get(p.level, 9), p.code)), []


def successor(places: list[Place], key: str) -> list[Place]:
    """An old name that became several places (莱芜市, 武威地区): the one that kept the name, if one did."""
    stem = key.removesuffix("地区").removesuffix("盟").rstrip("市县区")
    keeps = [p for p in places if p.name.startswith(stem)]
    return keeps if len(keeps) == 1 and len(places) > 1 else places


def _bound(shared: int, n: int, m: int) -> float:
    """difflib's quick_ratio (an upper bound of its ratio) of a text of length `n` and the query of
    length `m` that share `shared` characters; 0.0 below 0.5, where a name is too far to suggest, and
    for an empty text."""
    if not n:
        return 0.0
    quick = 2.0 * shared / (n + m)
    return quick if quick >= 0.5 else 0.0


class _Shared:
    """For every text of a list at once, how many characters it shares with a query, each counted as
    often as both hold it: the matches difflib's quick_ratio counts, without a loop over the texts.

    Each (character, k) is one integer whose 16-bit lanes say, text by text, whether the text holds
    the character at least k times; the sum of a query's integers holds the counts, lane by lane (no
    lane carries into the next: no text is 65,535 characters long). Kept as asked for, up to `KEPT`."""

    KEPT = 512  # (character, k) integers, each two bytes a text: ~3 MB for the suggestion pool

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self._lanes: dict[tuple[str, int], int] = {}

    def counts(self, query: str) -> Sequence[int]:
        from array import array
        from collections import Counter
        from sys import byteorder

        total = 0
        for ch, times in Counter(query).items():
            for k in range(1, times + 1):
                lane = self._lanes.get((ch, k))
                if lane is None:
                    if len(self._lanes) >= self.KEPT:
                        self._lanes.clear()
                    lane = self._lanes[(ch, k)] = self._lane(ch, k)
                total += lane
        counts = array("H")
        counts.frombytes(total.to_bytes(2 * len(self.texts), byteorder))
        return counts

    def _lane(self, ch: str, k: int) -> int:
        from array import array
        from itertools import repeat
        from sys import byteorder

        held = array("H", [times >= k for times in map(str.count, self.texts, repeat(ch))])
        return int.from_bytes(held.tobytes(), byteorder)


class _Pool:
    """The suggestion pool: (code, name, short, pinyin) of every division at county level and above,
    each name's pinyin without spaces, the (length, index) pairs of its pinyin, names and short forms,
    sorted, and the characters each shares with a query."""

    def __init__(self, entries: list[tuple[str, str, str, str]]) -> None:
        self.entries = entries
        self.sounds = [pinyin.replace(" ", "") for _, _, _, pinyin in entries]
        names = [name for _, name, _, _ in entries]
        shorts = [short for _, _, short, _ in entries]
        self.lengths = tuple(sorted((len(t), i) for i, t in enumerate(texts)) for texts in (self.sounds, names, shorts))
        self.shared = tuple(_Shared(texts) for texts in (self.sounds, names, shorts))


def _lengths(lengths: list[tuple[int, int]], m: int, need: float) -> list[tuple[int, int]]:
    """The (length, index) pairs, sorted, whose length n may give 2·min(n, m) / (n + m) ≥ `need`."""
    import math
    from bisect import bisect_left, bisect_right

    low = math.floor(need * m / (2 - need)) - 1  # n ≤ m: 2n / (n + m) ≥ need
    high = math.ceil((2 - need) * m / need) + 1  # n ≥ m: 2m / (n + m) ≥ need
    return lengths[bisect_left(lengths, (low, -1)) : bisect_right(lengths, (high, len(lengths)))]


def _ratio(matcher: SequenceMatcher[str], text: str, quick: float) -> float:
    """`matcher`'s ratio with `text`, whose `_quick` bound is `quick` (0.0 when that is 0.0)."""
    if not quick:
        return 0.0
    matcher.set_seq1(text)
    return matcher.ratio()


# Words after a place that say "there" or "near it" (乌镇那边, 黄鹤楼下面, 滕王阁附近), and before it
# (在, 去): with nothing else, the name is read as if typed alone, so a sight that is a township's
# short name (黄鹤楼街道) answers as it does alone.
_NEAR_AFTER = (
    *("那边", "那儿", "那里", "那块", "那片", "那一块", "那一带", "这边", "这里", "这块", "这一带"),
    *("附近", "旁边", "周边", "周围", "一带", "下面", "脚下", "边上", "对面", "门口"),
)
_NEAR_BEFORE = ("在", "去", "到", "住")


_POSTCODE_LABELS = ("邮政编码", "邮编", "邮码", "postal code", "postcode", "post code", "zip code", "zipcode", "zip")
_POSTCODE_GAPS = frozenset(" :：是为=#-")


def without_postcodes(text: str) -> str:
    """`text` with every 6-digit number a postcode label names (邮编650000, postcode: 710000) blanked
    out: a postcode has a division code's shape but not its meaning (650000 is 昆明's postcode and
    新疆's code)."""
    lowered = text.lower()
    if not any(label in lowered for label in _POSTCODE_LABELS):
        return text
    chars = list(text)
    for label in _POSTCODE_LABELS:
        at = lowered.find(label)
        while at >= 0:
            k = at + len(label)
            while k < len(text) and text[k] in _POSTCODE_GAPS:
                k += 1
            j = k
            while j < len(text) and text[j].isdigit():
                j += 1
            if j - k == 6:
                chars[at:j] = " " * (j - at)  # the label too: what is left is the rest of the text
            at = lowered.find(label, at + len(label))
    return "".join(chars)


def _near(key: str) -> str | None:
    """The name in a normalised key made of a name and words for "near it" (乌镇那边), or None."""
    if not key.endswith(_NEAR_AFTER):
        return None
    word = next(w for w in _NEAR_AFTER if key.endswith(w))  # 那一带 stands before 一带 in the tuple
    name = key[: -len(word)]
    if name.startswith(_NEAR_BEFORE):
        name = name[1:]
    return name if len(name) >= 2 else None


def _unspaced(text: str) -> str | None:
    """Chinese typed with spaces between its characters (贵 州 省 遵 义 市), written together; None
    for any other text. At least half the pieces must be one character, all of them Chinese."""
    from cardinfo.text import is_cjk

    parts = text.split()
    if len(parts) < 3 or not all(all(is_cjk(ch) for ch in part) for part in parts):
        return None
    return "".join(parts) if 2 * sum(len(part) == 1 for part in parts) >= len(parts) else None


class Resolver:
    """Resolve a query to places: codes, aliases, full and short names, former names, pinyin, text."""

    def __init__(
        self,
        divisions: Divisions,
        aliases: dict[str, Callable[[], Place | None]] | None = None,
        noted: Collection[str] = (),
    ) -> None:
        self.divisions = divisions
        # name -> how to find its place: aliases come from the data, looked up only when typed
        self.aliases = {normalise(k): v for k, v in (aliases or {}).items()}
        self.noted = noted  # townships the data speaks of: a text ending in one answers it, not its county
        self._queries = 0
        self._finder: TextFinder | None = None
        self._pool: _Pool | None = None  # built at the first miss

    def _tiers(self, key: str) -> tuple[list[Place], str, list[Place]]:
        places, kind, also = self._latin_tiers(key)
        if len(places) > 1 and not also and key.isascii():
            places, also = self._spelled_apart(key, places)
        return places, kind, also

    def _spelled_apart(self, key: str, places: list[Place]) -> tuple[list[Place], list[Place]]:
        """Places one pinyin fits, less those whose English name is that pinyin with a letter added
        to tell them apart (shanxi: 山西省; 陕西省 is Shaanxi), which go to `also`; all of them when
        that sets none or all aside."""
        codes = [p.code for p in places]
        marks = ",".join("?" * len(codes))
        sql = f"SELECT code, key FROM key WHERE kind = {EXONYM} AND code IN ({marks})"
        other = {
            code
            for code, name in self.divisions._rows(sql, codes)
            if len(name) == len(key) + 1 and any(name[:i] + name[i + 1 :] == key for i in range(len(name)))
        }
        kept = [p for p in places if p.code not in other]
        if not kept or len(kept) == len(places):
            return places, []
        return kept, [p for p in places if p.code in other]

    def _latin_tiers(self, key: str) -> tuple[list[Place], str, list[Place]]:
        places, kind, also = self._tier(key)
        if places or not key.isascii() or not is_latin(key):  # normalise() leaves pinyin ASCII
            return places, kind, also
        # "Beijing Shi", "kunming city": pinyin or English with the kind of place after it.
        from cardinfo.textfind import PINYIN_OF, fits

        for suffix in _LATIN_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix) + 1:
                # "Chaoyang County": chaoyangxian (朝阳县) and chaoyang, then the places that are counties
                named, kind, also = self._tier(key[: -len(suffix)] + PINYIN_OF.get(suffix, "\0"))
                bare, bare_kind, bare_also = self._tier(key[: -len(suffix)])
                every = list(dict.fromkeys(named + also + bare + bare_also))
                fit = [p for p in every if fits(p, suffix)]
                if fit:  # "Jilin City" is 吉林市, not 吉林省
                    places, also = _best(fit)
                    if len(places) > 1 and not also:  # "Shanxi Province": 山西省 (陕西省 is Shaanxi)
                        places, also = self._spelled_apart(key[: -len(suffix)], places)
                    return places, kind or bare_kind, also
                seat = self.divisions.seat(every[0]) if len(every) == 1 and suffix in ("city", "shi") else None
                if seat is not None:  # "Altay City" is 阿勒泰市, inside 阿勒泰地区
                    return [seat], kind or bare_kind, []
                if named or bare:
                    return (named, kind, also) if named else (bare, bare_kind, bare_also)
        return [], "", []

    def _tier(self, key: str) -> tuple[list[Place], str, list[Place]]:
        """The places the best kind of name matching the whole key gives, and those a rule set aside."""
        if key.isdigit() and len(key) in (6, 9):
            place = self.divisions.place(key)
            return ([place], "code", []) if place else ([], "", [])
        if key in self.aliases:
            place = self.aliases[key]()
            if place is not None:
                return [place], "alias", []
        by_kind: dict[int, list[Place]] = {}
        for code, kind in self.divisions.lookup(key):
            place = self.divisions.place(code)
            if place is not None:
                by_kind.setdefault(kind, []).append(place)
        for kind in sorted(by_kind, key=KIND_RANK.__getitem__):
            places = by_kind[kind]
            kept = successor(places, key) if kind in (FORMER, FORMER_SHORT) else places
            picked, also = _best(kept)
            if kind == TOWNSHIP_SHORT and len(picked) == 1:  # 中关村, 陆家嘴: an area, answered at its county
                picked = self._county(picked[0])  # as an address is (a choice keeps the townships: 石角)
            also += [p for p in places if p not in kept]
            # 九龙 is 九龙县 by rank, but people also mean Hong Kong's 九龙 by it: say so
            also += [p for p in by_kind.get(EXONYM, []) if p not in picked and p not in also]
            # 东乡县 is 东乡族自治县 by a form the index derived, but was 抚州's county until 2016: say so
            if kind == SHORT and FORMER in by_kind and all(self._derived(key, p) for p in picked):
                also += [p for p in by_kind[FORMER] if p not in picked and p not in also]
            # 乌镇 is 桐乡市's sight, and a township of 佳县 too: say so
            if kind == LANDMARK:
                towns = by_kind.get(TOWNSHIP, []) + by_kind.get(TOWNSHIP_SHORT, [])
                also += [t for t in towns if not any(p.code in t.codes for p in picked) and t not in also]
            return picked, KIND_NAMES[kind], also
        return [], "", []

    def _county(self, town: Place) -> list[Place]:
        """The county a township lies in, unless the data speaks of the township itself (`noted`:
        石角镇 has a record of its own)."""
        county = self.divisions.place(town.codes[-2]) if town.code not in self.noted and len(town.codes) > 1 else None
        return [county or town]

    def _derived(self, key: str, place: Place) -> bool:
        """Whether `key` is a short form the index derived for `place`, not the data's own short name."""
        return normalise(self.divisions.short_name(place.code)) != key

    def resolve(self, query: str, suggest: bool = True, typos: bool = True) -> Resolution:
        """The place(s) a query names; NotFound (with suggestions unless `suggest` is False) if none.
        `typos=False`: a text that names no place is not read as a name with a character wrong."""
        found = self._resolve(query, suggest, typos)
        if (found.ambiguous or found.also) and (tones := toned(query)):
            found = self._by_tone(found, tones)
        return found

    def _by_tone(self, found: Resolution, tones: str) -> Resolution:
        """Of the places a pinyin names, the one whose tones the query wrote (Fúzhōu: 福州, not 抚州
        Fǔzhōu; Tāizhōu: 台州市, not 泰州市 Tàizhōu), the others in `also`; as found when the tones
        pick none or several (a place whose tones the index lacks may fit any)."""
        pool = found.places + found.also
        known = self.divisions.tones([p.code for p in pool])
        # a place with several readings (华州区: hua1zhou1|hua2zhou1|hua4zhou1) fits any; one not known (朝阳) too
        kept = [p for p in pool if p.code not in known or any(r in tones for r in known[p.code].split("|"))]
        cities = [p for p in kept if p.level in ("province", "prefecture")]
        if len(kept) > 1 and len(cities) == 1 and len(kept) < len(pool):
            # a city's and a district's readings alike (Sùzhōu: 宿州市, and 酒泉's 肃州区): the city, as its
            # name alone answers, the district in `also`
            kept = cities
        if len(kept) != 1 or found.places == tuple(kept):
            return found
        return found._replace(places=tuple(kept), also=tuple(p for p in pool if p not in kept))

    def _resolve(self, query: str, suggest: bool, typos: bool = True) -> Resolution:
        t2s = self.divisions.t2s(query)
        key = normalise(query, t2s)
        if not key:
            raise NotFound("place.empty", query=query)
        if len(query) > MAX_TEXT:
            raise NotFound("place.too_long", query=query, n=len(query), limit=MAX_TEXT)
        if (bare := without_postcodes(query)) != query:  # 邮编650000: no code of a place
            if not normalise(bare, t2s):
                raise NotFound("place.postcode", query=query)
            return self._resolve(bare, suggest, typos)._replace(query=query)
        self._queries += 1
        if self._queries == PRELOAD_AFTER:
            self.divisions.load_keys()
        elif self._queries == FILTER_AFTER:
            self.divisions.load_town_filter()
        if len(key) <= MAX_QUERY:
            places, kind, also = self._tiers(key)
            if places:
                return Resolution(query, tuple(places), kind, tuple(also), query.strip())
        near = _near(key)
        if near is not None:  # 黄鹤楼那边, 乌镇附近: the name before the words for "near" read as typed alone
            places, kind, also = self._tiers(near)
            if self._named_near(near, places, kind):
                return Resolution(query, tuple(places), kind, tuple(also), near)
        found = self.find(drop_tone_numbers(query) if is_latin(query.strip().lower()) else query, t2s, typos)
        if found is not None and found.query != query:  # read without its tone numbers: gan1su4 tian1shui3
            found = found._replace(query=query, matched_text=query.strip())
        if found is None and len(query.split()) == 1 and (spaced := self._spaced(key)) is not None:
            found = self.find(spaced, typos=typos)  # fujianningdexiapu: read as fujian ningde xiapu
            found = found._replace(query=query, matched_text=query.strip()) if found is not None else None
        if found is None and (joined := _unspaced(query)) is not None:
            found = self.find(joined, t2s, typos)  # 贵 州 省 遵 义 市: one character at a time, read together
            found = found._replace(query=query, matched_text=query.strip()) if found is not None else None
        if found is not None:
            return found
        raise NotFound("place.none", query=query, suggestions=self.suggest(key) if suggest else [])

    def _named_near(self, name: str, places: list[Place], kind: str) -> bool:
        """Whether a name before words for "near it" names one place as plainly as a sight does:
        a name of three characters or more, or a landmark's, English or pinyin one, and no old
        name, no everyday word (汽车站, 市区, 江南, 东区, 王家 are not read so: the text finder weighs them)."""
        if len(places) != 1 or kind in (KIND_NAMES[FORMER], KIND_NAMES[FORMER_SHORT]):
            return False
        if len(name) < 3 and kind not in (KIND_NAMES[LANDMARK], KIND_NAMES[EXONYM], KIND_NAMES[PINYIN]):
            return False
        return not self.divisions.words((name,))

    def _spaced(self, key: str) -> str | None:
        """Pinyin names written together (fujianningdexiapu, kunmingguandu), split into the fewest
        names the index knows as pinyin or English; None unless such names make up the whole key."""
        n = len(key)
        if not 6 <= n <= MAX_QUERY or not key.isascii() or not key.isalpha():
            return None
        pieces = {key[i:j] for i in range(n) for j in range(i + 2, min(n, i + _LONGEST_PINYIN) + 1)}
        names = {
            piece
            for piece, rows in self.divisions.lookup_many(pieces).items()
            if any(kind in (PINYIN, EXONYM) for _, kind in rows)
        }
        best: list[list[str] | None] = [[], *([None] * n)]  # the fewest names that spell key[:i]
        for i in range(n):
            before = best[i]
            if before is None:
                continue
            for j in range(i + 2, min(n, i + _LONGEST_PINYIN) + 1):
                after = best[j]
                # a kind word after a name (zhejiang sheng ningbo shi) counts as a piece, never first
                fits = key[i:j] in names or (i > 0 and key[i:j] in _LATIN_SUFFIXES)
                if fits and (after is None or len(before) + 1 < len(after)):
                    best[j] = [*before, key[i:j]]
        parts = best[n]
        return " ".join(parts) if parts is not None and len(parts) > 1 else None

    def find(self, text: str, t2s: dict[str, str] | None = None, typos: bool = True) -> Resolution | None:
        """The place a longer text names (an address, a sentence, several names), or None."""
        if self._finder is None:
            from cardinfo.textfind import TextFinder  # only a query that is more than one name pays for it

            self._finder = TextFinder(self.divisions, self.aliases, self.noted)
        return self._finder.find(text, t2s, typos)

    def _within_reach(self, pool: _Pool, key: str, sound_key: str, latin: bool) -> list[int]:
        """The indices of the suggestion pool's names whose length alone lets them reach a
        suggestion's score.

        difflib's ratio of texts of lengths n and m is at most 2·min(n, m) / (n + m), so a name far
        shorter or longer than the query cannot score 0.6: `suggest` would skip it after its
        checks (for a sentence of 18 characters, nine names in ten). Those left are the names
        whose characters, short form's characters or pinyin lie in the lengths that can."""
        by_sound, by_name, by_short = pool.lengths
        # 1.1 · 0.9 · ratio (pinyin) or 1.1 · ratio (characters) must reach 0.6: a length n within
        # [low · m, high · m] of the query's m, each bound widened a little (the checks that follow
        # are exact)
        reach = {i for _, i in _lengths(by_sound, len(sound_key), 0.6 / 0.99)}
        if not latin:
            for lengths in (by_name, by_short):
                reach.update(i for _, i in _lengths(lengths, len(key), 0.6 / 1.1))
        return sorted(reach)

    def suggest(self, key: str, limit: int = 5) -> list[str]:
        """Up to `limit` official names close to `key` in characters or in pinyin."""
        from difflib import SequenceMatcher  # only a miss pays for this

        if not key or len(key) > MAX_QUERY:
            return []
        if self._pool is None:
            self._pool = _Pool(self.divisions.suggestion_pool())
        pool = self._pool
        latin = is_latin(key)
        # The query is the fixed second sequence: SequenceMatcher indexes it once for all candidates.
        sound_key = key if latin else self.divisions.pinyin_of(key)
        by_pinyin = SequenceMatcher(None, autojunk=False)
        by_pinyin.set_seq2(sound_key)
        by_chars = SequenceMatcher(None, autojunk=False)
        by_chars.set_seq2(key)
        # Upper bounds first (a ratio is never above its quick ratio), for every name at once: most
        # of ~3,200 names cannot reach the 0.6 a suggestion needs, and difflib's full ratio is the dear part.
        sound_shared = pool.shared[0].counts(sound_key)
        name_shared = pool.shared[1].counts(key) if not latin else sound_shared
        short_shared = pool.shared[2].counts(key) if not latin else sound_shared

        scored: list[tuple[float, int, str]] = []
        for i in self._within_reach(pool, key, sound_key, latin):
            code, name, short, _ = pool.entries[i]
            sound_text = pool.sounds[i]
            sound_quick = _bound(sound_shared[i], len(sound_text), len(sound_key))
            name_quick = 0.0 if latin else _bound(name_shared[i], len(name), len(key))
            short_quick = 0.0 if latin else _bound(short_shared[i], len(short), len(key))
            if max(sound_quick * 0.9, name_quick, short_quick) * 1.1 < 0.6:
                continue
            sound = _ratio(by_pinyin, sound_text, sound_quick) * 0.9
            score = sound
            if not latin:
                chars = max(_ratio(by_chars, name, name_quick), _ratio(by_chars, short, short_quick))
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
