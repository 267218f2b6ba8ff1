"""Benchmark the place resolver on a labelled corpus generated (seeded) from the division data.

Run:  python bench/resolve.py [--seed 20261129] [--write corpus.csv] [--peers] [--rounds 5] [--show-misses N]
      python bench/resolve.py --corpus FILE [--peers] [--show-misses N]

The corpus is made from data/divisions/*.csv and data/exonyms.csv, never from the resolver's
answers: each row is a query a person might type and the official code a person would expect.
Only names the division list gives one place are used where the query alone must settle it.
Kinds: clean names (full path, short form, county, city, province), postal / ID-card addresses,
sentences, English and pinyin, old names, and the kinds of address the cpca and jionlp test
suites exercise (landmarks, no city written, repeated or contradictory parts, 市辖区, development
zones, 香港/澳门/台湾, two cities in one sentence, a place followed by unrelated words).

Prints exact-code accuracy per kind, precision (of the answers given, how many are right; and how
many wrong answers came without the right place in `also`), and batch queries per second of CPU
time in one process on one core (median of --rounds interleaved rounds): Atlas.answer per line
(`cardinfo`) and the whole batch path, rows as `region --input` writes them (`rows`). With --peers,
cpca and jionlp (if installed; never cardinfo dependencies) run on the same corpora in the same
process, interleaved with cardinfo's timing.

--corpus FILE scores a labelled corpus kept elsewhere (a held-out one, written by hand) instead
of the generated one: a CSV with the header `kind,query,code`, where code is the official 6- or
9-digit division code a person expects, or one of two words:
- `none`: the text names no place (or only a number the tool itself finds invalid); the row is
  right when no place is answered and no choice among places is offered.
- `ambiguous`: several places fit and a person expects to be told so (朝阳区 alone); the row is
  right when the answer is ambiguous (candidates, no single place) or gives one place and names
  the others in `also`; one place given with nothing in `also` is a silent wrong answer.
A row with a code is right when exactly that place is answered. An ambiguous answer to such a row
is wrong but is no answer given (it does not count against precision). Precision is the share of
single places answered that are right (for `ambiguous` rows: that name others in `also`); a silent
wrong answer is a wrong place given without the expected one in `also`. cardinfo answers each row
as `cardinfo region` and `cardinfo.region()` do (a resident ID or certificate number in the text
decides the place, and one whose own check fails is no place); the generated corpus is not scored.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
DIVISIONS = ROOT / "data" / "divisions"
STREETS = [
    "人民路",
    "解放路",
    "建设路",
    "中山路",
    "和平路",
    "新华街",
    "胜利街",
    "文化路",
    "光明路",
    "长江路",
    "环城北路",
]
LANDMARKS = ["第一人民医院", "人民医院", "实验中学", "第二中学", "中心小学", "妇幼保健院", "汽车站", "人民公园"]
ESTATES = ["阳光小区", "幸福家园", "金色花园", "锦绣苑", "翠湖小区"]
SENTENCES = [
    "我在{}",
    "我住在{}，想问问三代证",
    "{}开始换发第三代残疾人证了吗",
    "请问{}的残疾人证能换了吗",
    "我是{}人，残疾证到期了",
    "我家在{}，证快过期了怎么办",
]
UNRELATED = ["天气", "房价", "美食", "怎么走", "有什么好玩的", "今天下雨吗"]
ENGLISH_LEVEL = {"市": "City", "区": "District", "县": "County", "旗": "Banner", "盟": "League"}


class Row(NamedTuple):
    kind: str
    query: str
    code: str


class Division(NamedTuple):
    code: str
    name: str
    level: str
    parent: str
    short: str
    pinyin: str


def _csv(name: str) -> list[dict[str, str]]:
    with (DIVISIONS / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


class Tree:
    """The division list, with which names and pinyin are unique, read straight from the CSV files."""

    def __init__(self) -> None:
        pinyin = {r["code"]: r for r in _csv("divisions_pinyin.csv")}
        self.by_code: dict[str, Division] = {}
        for r in _csv("divisions.csv"):
            p = pinyin.get(r["code"], {})
            self.by_code[r["code"]] = Division(
                r["code"], r["name"], r["level"], r["parent_code"], p.get("short_name", ""), p.get("pinyin", "")
            )
        self.names: dict[str, set[str]] = defaultdict(set)  # any full or short name -> codes
        self.sounds: dict[str, set[str]] = defaultdict(set)
        for d in self.by_code.values():
            self.names[d.name].add(d.code)
            if d.short:
                self.names[d.short].add(d.code)
            if d.pinyin:
                self.sounds[d.pinyin.replace(" ", "")].add(d.code)
        for r in _csv("divisions_former.csv"):
            self.names[r["name"]].add("former:" + r["code"])
        self.townships: dict[str, list[str]] = defaultdict(list)
        for r in _csv("divisions_township.csv"):
            if r["name"].endswith(("街道", "镇", "乡")):
                self.townships[r["parent_code"]].append(r["name"])
        self.zones = [r for r in _csv("divisions_stat_units.csv") if r["kind"] == "zone"]
        self.former = _csv("divisions_former.csv")

    def chain(self, code: str) -> list[Division]:
        out: list[Division] = []
        d: Division | None = self.by_code[code]
        while d is not None:
            out.append(d)
            d = self.by_code.get(d.parent)
        return out[::-1]

    def unique(self, name: str) -> bool:
        return len(self.names.get(name, ())) == 1

    def level(self, level: str) -> list[Division]:
        # 香港/澳门/台湾 and places with no pinyin row are left to their own kind
        return [d for d in self.by_code.values() if d.level == level and d.code[:2] not in ("71", "81", "82")]


def _short(d: Division) -> str:
    return d.short or d.name


def _english(d: Division) -> str:
    """How an English speaker writes a place: Capitalised pinyin and the word for its kind."""
    words = d.pinyin.split()
    suffix = next((w for z, w in ENGLISH_LEVEL.items() if d.name.endswith(z)), "")
    if d.short == d.name and suffix:  # the source kept the suffix in the short name: drop its syllable
        words = words[:-1]
    base = "".join(words).capitalize()
    if d.level == "province":
        return base + (" Province" if d.name.endswith("省") else "")
    return f"{base} {suffix}".strip()


def generate(seed: int, n: int = 40) -> list[Row]:
    rnd = random.Random(seed)
    tree = Tree()
    rows: list[Row] = []
    counties = [d for d in tree.level("county") if d.parent in tree.by_code]
    cities = tree.level("prefecture")
    provinces = tree.level("province")

    def path(d: Division) -> str:
        return "".join(x.name for x in tree.chain(d.code))

    def sample(items: list[Division], k: int, keep: Callable[[Division], bool] = lambda d: True) -> list[Division]:
        pool = [d for d in items if keep(d)]
        return rnd.sample(pool, min(k, len(pool)))

    # clean names
    for d in sample(counties, n):
        rows.append(Row("clean: full path", path(d), d.code))
    for d in sample(counties + cities, n, lambda d: bool(d.short) and d.short != d.name and tree.unique(d.short)):
        rows.append(Row("clean: short form", d.short, d.code))
    for d in sample(counties, n, lambda d: tree.unique(d.name)):
        rows.append(Row("clean: county", d.name, d.code))
    for d in sample(cities, n, lambda d: tree.unique(d.name)):
        rows.append(Row("clean: city", rnd.choice([d.name, _short(d)]) if tree.unique(_short(d)) else d.name, d.code))
    for d in provinces:
        rows.append(Row("clean: province", rnd.choice([d.name, _short(d)]), d.code))

    # postal and ID-card addresses
    for d in sample(counties, 2 * n):
        chain = tree.chain(d.code)
        head = "".join(x.name for x in chain if rnd.random() < 0.8 or x is chain[-1])
        street = f"{rnd.choice(STREETS)}{rnd.randint(1, 999)}号"
        extra = rnd.choice(
            ["", f"{rnd.choice(ESTATES)}{rnd.randint(1, 30)}栋{rnd.randint(1, 6)}单元{rnd.randint(101, 2802)}室"]
        )
        town = rnd.choice(tree.townships.get(d.code) or [""])
        if town and rnd.random() < 0.5:  # the ID-card form: township, village, group
            rows.append(
                Row(
                    "address: ID card",
                    f"{head}{town}{rnd.choice('东西南北')}村{rnd.randint(1, 9)}组{rnd.randint(1, 99)}号",
                    d.code,
                )
            )
        else:
            rows.append(Row("address: postal", f"{head}{street}{extra}", d.code))

    # sentences
    for d in sample(cities + counties, 2 * n, lambda d: tree.unique(d.name)):
        name = (
            d.name if d.level == "prefecture" or rnd.random() < 0.5 else "".join(x.name for x in tree.chain(d.code)[1:])
        )
        rows.append(Row("sentence", rnd.choice(SENTENCES).format(name), d.code))

    # English and pinyin
    for d in sample(cities, n, lambda d: len(tree.sounds[d.pinyin.replace(" ", "")]) == 1):
        prov = tree.by_code[d.parent]
        rows.append(Row("english: city, province", f"{_english(d)}, {_english(prov)}", d.code))
    for d in sample(counties, n, lambda d: bool(d.pinyin) and tree.by_code[d.parent].level == "prefecture"):
        city = tree.by_code[d.parent]
        if not city.pinyin:
            continue
        form = rnd.choice(["{c}, {p}", "{p} {c}", "{prov} {p} {c}"])
        query = form.format(
            c=_english(d), p=_english(city).removesuffix(" City"), prov=_english(tree.by_code[city.parent])
        )
        rows.append(Row("english: county, city", query if rnd.random() < 0.5 else query.lower(), d.code))
    with (ROOT / "data" / "exonyms.csv").open(encoding="utf-8", newline="") as handle:
        exonyms = [r for r in csv.DictReader(handle) if r["kind"] != "local"]
    counts: dict[str, int] = defaultdict(int)
    for r in exonyms:
        counts[r["name"]] += 1
    single = [r for r in exonyms if counts[r["name"]] == 1]
    for r in rnd.sample(single, min(n, len(single))):
        rows.append(
            Row("english: exonym", rnd.choice([r["name"], r["name"].upper(), f"I live in {r['name']}"]), r["code"])
        )

    # old names: a former name with one current successor, typed alone, in a path or in an address
    olds = []
    last_end: dict[str, int] = defaultdict(int)  # a code changed again later is no single answer
    for f in tree.former:
        last_end[f["code"]] = max(last_end[f["code"]], int(f["valid_to"]))
    for r in tree.former:
        targets = [t for t in r["successor_codes"].split(";") if t and "[" not in t]
        name = r["name"]
        later = any(last_end[t] > int(r["valid_to"]) for t in targets)
        if (
            len(targets) == 1
            and targets[0] in tree.by_code
            and len(tree.names[name]) == 1
            and len(name) >= 3
            and not later
        ):
            olds.append((r, targets[0]))
    for r, target in rnd.sample(olds, min(n, len(olds))):
        province = r["province_name"]
        rows.append(
            Row(
                "old name",
                rnd.choice([r["name"], f"{province}{r['name']}", f"{province}{r['name']}{rnd.choice(STREETS)}8号"]),
                target,
            )
        )

    # the kinds of address the cpca and jionlp test suites exercise (our own cases)
    k = n // 2
    for d in sample(counties, k):
        rows.append(Row("suite: landmark after county", path(d) + rnd.choice(LANDMARKS), d.code))
    for d in sample(counties, k, lambda d: len(tree.names[d.name]) == 1):
        prov = tree.chain(d.code)[0]
        rows.append(
            Row("suite: county, no city", f"{prov.name}{d.name}{rnd.choice(STREETS)}{rnd.randint(1, 99)}号", d.code)
        )
    for d in sample(counties, k):
        city = tree.by_code[d.parent]
        rows.append(Row("suite: repeated parts", f"{path(city)}{city.name}{d.name}{rnd.choice(STREETS)}", d.code))
    for d in sample(counties, k, lambda d: tree.by_code[d.parent].level == "prefecture"):
        city = tree.by_code[d.parent]
        others = [c for c in cities if c.parent == city.parent and c.code != city.code]
        if others:
            wrong = rnd.choice(others)  # a city of the same province written before the right one
            rows.append(
                Row(
                    "suite: contradictory parts",
                    f"{tree.by_code[city.parent].name}{wrong.name}{city.name}{d.name}12号",
                    d.code,
                )
            )
    for d in sample(counties, k, lambda d: tree.by_code[d.parent].level == "prefecture"):
        city = tree.by_code[d.parent]
        rows.append(Row("suite: 市辖区", f"{tree.by_code[city.parent].name}{city.name}市辖区{d.name}", d.code))
    for z in rnd.sample(tree.zones, min(k, len(tree.zones))):
        rows.append(
            Row("suite: development zone", f"{z['name']}{rnd.choice(STREETS)}{rnd.randint(1, 99)}号", z["parent_code"])
        )
    sar = [
        ("香港{}弥敦道{}号", ["九龙", "旺角", "油尖旺区", "尖沙咀", ""], "810000"),
        ("香港特别行政区{}{}号", ["沙田区", "荃湾", "湾仔区"], "810000"),
        ("澳门{}友谊大马路{}号", ["", "氹仔", "路环"], "820000"),
        ("台湾省{}中山路{}号", ["台北市", "高雄市", "台中市", "新竹县"], "710000"),
        ("台湾{}民生东路{}号", ["台北市", "台南市", ""], "710000"),
    ]
    for _ in range(k):
        form, parts, code = rnd.choice(sar)
        rows.append(Row("suite: 香港/澳门/台湾", form.format(rnd.choice(parts), rnd.randint(1, 300)), code))
    for a, b in [tuple(sample(cities, 2, lambda d: tree.unique(d.name))) for _ in range(k)]:
        rows.append(Row("suite: two cities", f"我从{a.name}到{b.name}出差", a.code))
    for d in sample(cities, k, lambda d: tree.unique(_short(d))):
        rows.append(Row("suite: unrelated words after", _short(d) + rnd.choice(UNRELATED), d.code))
    return rows


class Outcome(NamedTuple):
    code: str | None  # the one place answered, or None (a miss or an ambiguous answer)
    also: tuple[str, ...]
    candidates: tuple[str, ...] = ()  # an ambiguous answer's places (code is None then)


def cardinfo_batch() -> Callable[[list[str]], Iterator[Outcome]]:
    """cardinfo as a batch uses it: the index opened and its names loaded once, then one answer per line."""
    sys.path.insert(0, str(ROOT / "src"))
    from cardinfo import data
    from cardinfo.errors import NotFound
    from cardinfo.lookup import Atlas
    from cardinfo.places import Divisions

    atlas = Atlas(data.load(ROOT / "data"), Divisions(ROOT / "data" / "places.sqlite"))
    atlas.divisions.load_keys()  # what a batch does after its first few lines
    atlas.divisions.load_town_filter()  # ... and after its first FILTER_AFTER lines

    def answers(queries: list[str]) -> Iterator[Outcome]:
        for q in queries:
            try:
                answer = atlas.answer(q, suggest=False)
            except NotFound:
                yield Outcome(None, ())
                continue
            code = answer.place.code if answer.place is not None else None
            yield Outcome(code, tuple(p.code for p in answer.also))

    return answers


def cardinfo_rows() -> Callable[[list[str]], Iterator[Outcome]]:
    """cardinfo's whole batch path (`region --input`, `cardinfo.regions()`): rows, written as ndjson."""
    import io
    import json

    from cardinfo import batch, data
    from cardinfo.lookup import Atlas
    from cardinfo.places import Divisions

    dataset = data.load(ROOT / "data")
    atlas = Atlas(dataset, Divisions(ROOT / "data" / "places.sqlite"))
    atlas.divisions.load_keys()  # the loads a long batch makes once (timed once, by cardinfo_batch)
    atlas.divisions.load_town_filter()

    def answers(queries: list[str]) -> Iterator[Outcome]:
        sink = io.StringIO()
        encode = json.JSONEncoder(ensure_ascii=False).encode  # as batch.write() encodes each row
        for row in batch.rows(dataset, atlas, batch.lines_of(queries)):
            sink.write(encode(row) + "\n")
            code = row["place"]["code"] if row.get("place") and row["match"] != "ambiguous" else None
            yield Outcome(code, tuple(p["code"] for p in row.get("also", ())))

    return answers


def cardinfo_region() -> Callable[[list[str]], Iterator[Outcome]]:
    """cardinfo as `cardinfo region TEXT` answers (numbers in the text included), without suggestions."""
    sys.path.insert(0, str(ROOT / "src"))
    from cardinfo import data, queries
    from cardinfo.errors import NotFound
    from cardinfo.lookup import Atlas
    from cardinfo.places import Divisions

    atlas = Atlas(data.load(ROOT / "data"), Divisions(ROOT / "data" / "places.sqlite"))

    def answers(queries_: list[str]) -> Iterator[Outcome]:
        for q in queries_:
            try:
                found = queries.region(atlas, q, suggest=False, related=False)
            except NotFound:
                yield Outcome(None, ())
                continue
            if found.number is not None and not found.number.valid:
                yield Outcome(None, ())  # the tool says the number is not valid: no place
                continue
            region = found.region
            also = tuple(p.code for p in region.also)
            if region.place is None:
                yield Outcome(None, also, tuple(c.place.code for c in region.candidates))
            else:
                yield Outcome(region.place.code, also)

    return answers


def read_corpus(path: Path) -> list[Row]:
    """A labelled corpus `kind,query,code` (code: a division code, `none` or `ambiguous`)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [Row(r["kind"], r["query"], r["code"]) for r in csv.DictReader(handle)]


def right(row: Row, out: Outcome, county: bool = False) -> bool:
    """Whether an answer is what the row expects (see the module docstring for `none` and `ambiguous`).
    With `county`, a row expecting a township is right also when its county is answered."""
    if county and len(row.code) == 9 and out.code == row.code[:6]:
        return True
    if row.code == "none":
        return out.code is None and not out.candidates
    if row.code == "ambiguous":
        return bool(out.candidates) or (out.code is not None and bool(out.also))
    return out.code == row.code


def score_corpus(rows: list[Row], outcomes: list[Outcome], county: bool = False) -> dict[str, Any]:
    # per kind: rows right, rows, single places given, of them right, silent wrong, inside the expected place
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for row, out in zip(rows, outcomes, strict=True):
        ok = right(row, out, county)
        cell = per_kind[row.kind]
        cell[0] += ok
        cell[1] += 1
        if out.code is not None:
            cell[2] += 1
            cell[3] += ok
            cell[4] += not ok and row.code not in out.also
            cell[5] += not ok and inside(out.code, row.code)
    return dict(per_kind)


def inside(code: str, expected: str) -> bool:
    """Whether a division code lies inside another (a township in the county expected), not equal."""
    if not expected.isdigit() or code == expected:
        return False
    stem = expected[:2] if expected.endswith("0000") else expected[:4] if expected.endswith("00") else expected
    return code.startswith(stem)


def peer_systems() -> dict[str, Callable[[list[str]], list[Outcome]]]:
    """cpca and jionlp, those installed (benchmark only: never cardinfo dependencies)."""
    tree = Tree()
    peers: dict[str, Callable[[list[str]], list[Outcome]]] = {}
    for name, make in (
        ("cpca", lambda qs: list(cpca_answers(qs))),
        ("jionlp", lambda qs: list(jionlp_answers(qs, tree))),
    ):
        try:
            __import__(name)
        except ImportError:
            print(f"({name} is not installed: skipped)")
            continue
        peers[name] = make
    return peers


def run_corpus(path: Path, peers: bool, show_misses: int, county: bool = False) -> None:
    """Score cardinfo (and cpca, jionlp with --peers) on a labelled corpus; per kind and overall."""
    rows = read_corpus(path)
    queries = [r.query for r in rows]
    systems: dict[str, Callable[[list[str]], list[Outcome]]] = {}
    region = cardinfo_region()
    systems["cardinfo"] = lambda qs: list(region(qs))
    if peers:
        systems.update(peer_systems())
    results: dict[str, dict[str, list[int]]] = {}
    for name, answer in systems.items():
        outcomes = answer(queries)
        results[name] = score_corpus(rows, outcomes, county)
        if name == "cardinfo" and show_misses:
            wrong = [(r, o) for r, o in zip(rows, outcomes, strict=True) if not right(r, o, county)]
            for r, o in wrong[:show_misses]:
                got = o.code or ("ambiguous " + ",".join(o.candidates) if o.candidates else "none")
                print(f"MISS {r.kind} | {r.query} | want {r.code} got {got} also {','.join(o.also)}")
    names = list(results)
    kinds = list(dict.fromkeys(r.kind for r in rows))
    print(f"corpus: {len(rows)} rows from {path.name}\n")
    print(f"{'kind':22}{'rows':>6}" + "".join(f"{n + ' right':>16}{'prec':>7}{'silent':>7}" for n in names))
    for kind in [*kinds, "all"]:
        cells = ""
        for n in names:
            picked = list(results[n].values()) if kind == "all" else [results[n][kind]]
            ok, total, given, given_right, silent = (sum(c[i] for c in picked) for i in range(5))
            precision = f"{100 * given_right / given:6.1f}%" if given else "      -"
            cells += f"{100 * ok / total:15.1f}%{precision}{silent:>7}"
        print(f"{kind:22}{total:>6}{cells}")
    print(
        "\nright: exact code (none/ambiguous as defined above); prec: precision;"
        " silent: wrong places without it in also"
    )
    for n in names:
        deeper = sum(c[5] for c in results[n].values())
        print(f"{n}: {deeper} wrong answers are a place inside the one expected (a township of the county, ...)")


def cpca_answers(queries: list[str]) -> Iterator[Outcome]:
    import cpca  # benchmark only (an optional peer, never a dependency)

    frame = cpca.transform(queries)
    for code in frame["adcode"]:
        yield Outcome(str(code) if isinstance(code, str) and code else None, ())


def jionlp_answers(queries: list[str], tree: Tree) -> Iterator[Outcome]:
    import jionlp  # benchmark only (an optional peer, never a dependency)

    by_names = {tuple(x.name for x in tree.chain(c)): c for c in tree.by_code}
    for q in queries:
        try:
            found = jionlp.parse_location(q)
        except Exception:  # a peer's failure on one row is a miss, not the end of the run
            yield Outcome(None, ())
            continue
        names = tuple(found.get(k) for k in ("province", "city", "county") if found.get(k))
        code = next((by_names[names[:i]] for i in range(len(names), 0, -1) if names[:i] in by_names), None)
        if code is None and names:  # direct-controlled municipalities: the county hangs on the province
            code = by_names.get((names[0], *names[2:]))
        yield Outcome(code, ())


def score(rows: list[Row], outcomes: list[Outcome]) -> dict[str, Any]:
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    given = right = silent_wrong = 0
    for row, out in zip(rows, outcomes, strict=True):
        ok = out.code == row.code
        per_kind[row.kind][0] += ok
        per_kind[row.kind][1] += 1
        if out.code is not None:
            given += 1
            right += ok
            silent_wrong += not ok and row.code not in out.also
    return {"kinds": dict(per_kind), "given": given, "right": right, "silent_wrong": silent_wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--per-kind", type=int, default=40, help="rows per kind (a few kinds get more or fewer)")
    parser.add_argument("--write", type=Path, help="write the corpus as CSV (kind, query, code)")
    parser.add_argument("--peers", action="store_true", help="also run cpca and jionlp if they are installed")
    # One pass by default: a second pass over the same rows would time a peer's cache (cpca keeps one), not its work.
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="timed rounds, interleaved (each system in turn); the median counts. Round 1 is the scored"
        " corpus, later rounds corpora of other seeds, so no system times a second pass over the same rows",
    )
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print up to N wrong rows")
    parser.add_argument(
        "--county",
        action="store_true",
        help="with --corpus: a row expecting a township is right also when its county is answered (cardinfo"
        " answers an address's county, and a township typed alone itself; a corpus labelled with the deepest"
        " division throughout is scored both ways)",
    )
    parser.add_argument("--corpus", type=Path, help="score this labelled CSV (kind,query,code) instead; see above")
    args = parser.parse_args()
    if args.corpus:
        run_corpus(args.corpus, args.peers, args.show_misses, args.county)
        return

    rows = generate(args.seed, args.per_kind)
    queries = [r.query for r in rows]
    if args.write:
        with args.write.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([("kind", "query", "code"), *rows])
    started = time.perf_counter()
    batch = cardinfo_batch()
    print(
        f"cardinfo: index opened and names loaded in {1000 * (time.perf_counter() - started):.0f} ms (once per batch)"
    )
    # Each system first answers other rows (another seed), untimed: one-time start-up work
    # (cpca's first call, cardinfo's first reads) is not the batch rate, and no timed row is cached.
    warm = [r.query for r in generate(args.seed + 1, 10)]
    rows_path = cardinfo_rows()
    systems: dict[str, Callable[[list[str]], list[Outcome]]] = {
        "cardinfo": lambda qs: list(batch(qs)),
        "rows": lambda qs: list(rows_path(qs)),  # the same answers, as `region --input` writes them
    }
    if args.peers:
        systems.update(peer_systems())
    for name, answer in systems.items():
        answer(warm[:40] if name == "jionlp" else warm)
    corpora = [queries] + [
        [r.query for r in generate(args.seed + 100 + n, args.per_kind)] for n in range(1, args.rounds)
    ]
    scores: dict[str, dict[str, Any]] = {}
    rates: dict[str, list[float]] = defaultdict(list)
    for round_no, corpus in enumerate(corpora):  # one system after the other, round after round, in one process
        for name, answer in systems.items():
            if name == "jionlp" and round_no:
                continue  # ~150 queries/s: one round is enough to see it
            start = time.process_time()  # CPU time of this process: other load on the machine counts less
            outcomes = answer(corpus)
            rates[name].append(len(corpus) / (time.process_time() - start))
            if round_no == 0:
                scores[name] = score(rows, outcomes)
                if name == "cardinfo" and args.show_misses:
                    wrong = [(r, o) for r, o in zip(rows, outcomes, strict=True) if o.code != r.code]
                    for r, o in wrong[: args.show_misses]:
                        print(f"MISS {r.kind} | {r.query} | want {r.code} got {o.code} also {','.join(o.also)}")
    results = {name: (scores[name], statistics.median(rates[name])) for name in systems}

    names = list(results)
    kinds = list(dict.fromkeys(r.kind for r in rows))
    print(f"corpus: {len(rows)} rows, seed {args.seed}\n")
    print(f"{'kind':34}{'rows':>6}" + "".join(f"{n:>11}" for n in names))
    for kind in kinds:
        total = results[names[0]][0]["kinds"][kind][1]
        cells = "".join(f"{100 * results[n][0]['kinds'][kind][0] / total:10.1f}%" for n in names)
        print(f"{kind:34}{total:>6}{cells}")
    print()
    for n in names:
        s, rate = results[n]
        allright = sum(v[0] for v in s["kinds"].values())
        precision = 100 * s["right"] / s["given"] if s["given"] else 0.0
        spread = f" (median of {len(rates[n])}: {min(rates[n]):,.0f}-{max(rates[n]):,.0f})" if len(rates[n]) > 1 else ""
        print(
            f"{n:9} exact {100 * allright / len(rows):5.1f}%  precision {precision:5.1f}% "
            f"({s['given'] - s['right']} wrong of {s['given']} answers; {s['silent_wrong']} without the right place"
            f" in also)  {rate:9,.0f} queries/s{spread}"
        )
    print("\ncardinfo: Atlas.answer per line; rows: the whole batch path (rows as `region --input` writes them)")


if __name__ == "__main__":
    main()
