"""Score the text finder on paths written inside sentences, generated from the division index.

Run with the project installed:  python bench/paths.py [--towns N] [--seed S] [--show N]

Three kinds, each place above written by its short name, the way people write an address in a
message: a city and one of its counties (我在陇南康县，想问残疾证), a province and one of its counties
(户口在甘肃宁县，想办残疾证), and a county and one of its townships (我家在无为陡沟镇，想办残疾证; a sample of
`--towns` townships). A text is right when it answers the county, or a township inside it. Where the
last character of one name and the first of the next make another place's name (信阳新县 holds
阳新县), only reading the path gets it right.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
from collections.abc import Iterator

from cardinfo import data, paths
from cardinfo.errors import NotFound
from cardinfo.lookup import Atlas
from cardinfo.places import Divisions

Row = tuple[str, str, str, str, str]  # code, name, level, parent, short


def texts(rows: dict[str, Row], towns: int, seed: int) -> Iterator[tuple[str, str, str]]:
    """(kind, text, the county's code) for every county, and for a sample of townships."""
    counties = [r for r in rows.values() if r[2] == "county" and r[3] in rows]
    for code, name, _, parent, short in counties:
        above = rows[parent]
        yield "city + county", f"我在{above[4] or above[1]}{short or name}，想问残疾证", code
        province = rows.get(above[3])
        if province is not None:
            yield "province + county", f"户口在{province[4] or province[1]}{short or name}，想办残疾证", code
    townships = sorted(r for r in rows.values() if r[2] == "township" and r[3] in rows)
    for _, name, _, parent, _ in random.Random(seed).sample(townships, min(towns, len(townships))):
        county = rows[parent]
        yield "county + township", f"我家在{county[4] or county[1]}{name}，想办残疾证", parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--towns", type=int, default=3000, help="townships sampled (default 3000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print up to N wrong texts")
    args = parser.parse_args()
    index = paths.places_path()
    con = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    rows: dict[str, Row] = {r[0]: r for r in con.execute("SELECT code, name, level, parent, short FROM division")}
    con.close()
    atlas = Atlas(data.load(), Divisions(index))
    totals: dict[str, list[int]] = {}
    shown = 0
    for kind, text, code in texts(rows, args.towns, args.seed):
        try:
            place = atlas.answer(text, suggest=False).place
            got = place.code if place is not None else "ambiguous"
        except NotFound:
            got = "none"
        hit = got == code or (len(got) == 9 and got.startswith(code))
        total = totals.setdefault(kind, [0, 0])
        total[0] += hit
        total[1] += 1
        if not hit and shown < args.show:
            shown += 1
            print(f"MISS {kind} | {text} | want {code} got {got}")
    for kind, (right, count) in totals.items():
        print(f"{kind:20} {count:6,} texts  {100 * right / count:6.2f}% right ({count - right} wrong)")


if __name__ == "__main__":
    main()
