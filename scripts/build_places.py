"""Regenerate data/places.sqlite, the division index cardinfo resolves places with.

Reads the official division CSV files in data/divisions/ (copied from the project's shared
folder; provenance and licences in data/divisions/SOURCE.md) and writes one SQLite file:

  division(code, name, level, parent, short, pinyin)  county level and above, and townships
  key(key, code, kind)                                 every normalised name a person may type
  t2s(t, s)                                            traditional -> simplified, one character
  charpy(ch, py)                                       toneless pinyin of a character, for suggestions

Needs the `data-build` extra (pypinyin, opencc-python-reimplemented); cardinfo itself does not.
Run:  python scripts/build_places.py [--src data/divisions] [--out data/places.sqlite]
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cardinfo.text import normalise  # noqa: E402  (the one normaliser, shared with run time)

# Key kinds, best first. The resolver ranks matches by this number.
FULL, SHORT, FORMER, PINYIN, TOWNSHIP, TOWNSHIP_SHORT = range(6)
_TOWNSHIP_SUFFIX = re.compile(r"(街道办事处|街道|民族乡|镇|乡|苏木)$")


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _successors(code: str, former: dict[str, list[str]], current: set[str], depth: int = 0) -> set[str]:
    """Follow a former code to the current codes it became (unbracketed parts first)."""
    if code in current:
        return {code}
    if depth > 10 or code not in former:
        return set()
    found: set[str] = set()
    for nxt in former[code]:
        found |= _successors(nxt, former, current, depth + 1)
    return found


def _former_targets(field: str) -> list[str]:
    parts = [p for p in field.split(";") if p]
    final = [p for p in parts if "[" not in p]
    return [p.split("[")[0] for p in (final or parts)]


def _traditional_map(names: set[str]) -> dict[str, str]:
    import opencc  # build-time only

    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    used = {ch for name in names for ch in name}
    mapping: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        trad, _, simp = line.partition("\t")
        simp = simp.split(" ")[0]
        # A character an official name uses as it is (乾县) is never converted.
        if len(trad) == 1 and simp and trad != simp and trad not in used:
            mapping[trad] = simp
    return mapping


def _char_pinyin() -> list[tuple[str, str]]:
    from pypinyin import Style, lazy_pinyin  # build-time only

    chars = [chr(cp) for cp in range(0x4E00, 0xA000)]
    return [(ch, py) for ch, py in zip(chars, lazy_pinyin(chars, style=Style.NORMAL), strict=True) if py != ch]


def build(src: Path, out: Path) -> dict[str, int]:
    divisions = list(_rows(src / "divisions.csv"))
    townships = list(_rows(src / "divisions_township.csv"))
    pinyin = {r["code"]: r for r in _rows(src / "divisions_pinyin.csv")}
    former_rows = list(_rows(src / "divisions_former.csv"))

    current = {r["code"] for r in divisions}
    t2s = _traditional_map({r["name"] for r in divisions} | {r["name"] for r in townships})
    former_next = {r["code"]: _former_targets(r["successor_codes"]) for r in former_rows}

    rows: list[tuple[str, str, str, str, str, str]] = []
    keys: set[tuple[str, str, int]] = set()
    for r in divisions:
        p = pinyin.get(r["code"], {})
        short, py = p.get("short_name", ""), p.get("pinyin", "")
        rows.append((r["code"], r["name"], r["level"], r["parent_code"], short, py))
        keys.add((normalise(r["name"]), r["code"], FULL))
        if short:
            keys.add((normalise(short), r["code"], SHORT))
        if py:
            keys.add((normalise(py), r["code"], PINYIN))
    for r in townships:
        rows.append((r["code"], r["name"], "township", r["parent_code"], "", ""))
        keys.add((normalise(r["name"]), r["code"], TOWNSHIP))
        short = _TOWNSHIP_SUFFIX.sub("", r["name"])
        if short != r["name"] and len(short) >= 2:
            keys.add((normalise(short), r["code"], TOWNSHIP_SHORT))
    for r in former_rows:
        for code in sorted(_successors(r["code"], former_next, current)):
            keys.add((normalise(r["name"]), code, FORMER))

    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        con = sqlite3.connect(tmp)
        con.executescript(
            """
            CREATE TABLE division(code TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL,
                                  parent TEXT NOT NULL, short TEXT NOT NULL, pinyin TEXT NOT NULL)
                                  WITHOUT ROWID;
            CREATE TABLE key(key TEXT NOT NULL, code TEXT NOT NULL, kind INTEGER NOT NULL,
                             PRIMARY KEY(key, code, kind)) WITHOUT ROWID;
            CREATE TABLE t2s(t TEXT PRIMARY KEY, s TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE charpy(ch TEXT PRIMARY KEY, py TEXT NOT NULL) WITHOUT ROWID;
            """
        )
        con.executemany("INSERT INTO division VALUES (?,?,?,?,?,?)", sorted(rows))
        con.executemany("INSERT INTO key VALUES (?,?,?)", sorted(keys))
        con.executemany("INSERT INTO t2s VALUES (?,?)", sorted(t2s.items()))
        con.executemany("INSERT INTO charpy VALUES (?,?)", _char_pinyin())
        con.commit()
        con.execute("VACUUM")
        con.close()
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return {"divisions": len(rows), "keys": len(keys), "t2s": len(t2s)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=ROOT / "data" / "divisions")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "places.sqlite")
    args = parser.parse_args()
    counts = build(args.src, args.out)
    print(f"wrote {args.out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
