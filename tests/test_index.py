"""The generated division index can be trusted: its keys are today's normalise(), it records
what built it, and rebuilding it from the committed inputs gives the same tables."""

from __future__ import annotations

import hashlib
import importlib.util
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cardinfo.text import normalise
from tests.helpers import REPO

INDEX = REPO / "data" / "places.sqlite"
TABLES = ("division", "key", "t2s", "charpy", "tone", "word", "lexicon", "lookalike", "reading")


def rows(path: Path, query: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


@pytest.mark.slow  # an exhaustive sweep: the full suite runs it
def test_every_key_is_a_fixed_point_of_normalise() -> None:
    keys = [k for (k,) in rows(INDEX, "SELECT DISTINCT key FROM key")]
    assert len(keys) > 50_000
    moved = [k for k in keys if normalise(k) != k]
    assert moved == [], f"{len(moved)} keys are no longer what normalise() makes of them, e.g. {moved[:5]}"


def test_the_index_records_what_built_it() -> None:
    meta = dict(rows(INDEX, "SELECT key, value FROM meta"))
    assert meta["tool:pypinyin"] == "0.55.0" and meta["tool:opencc-python-reimplemented"] == "0.1.7"
    assert len(meta["build_id"]) == 64
    inputs = [
        *sorted((REPO / "data" / "divisions").glob("*.csv")),
        *(REPO / "data" / f for f in ("exonyms.csv", "lexicon.csv")),
    ]
    for path in inputs:
        assert meta[f"sha256:{path.name}"] == hashlib.sha256(path.read_bytes()).hexdigest(), (
            f"{path.name} changed since the index was built: run scripts/build_places.py"
        )


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("pypinyin") is None or importlib.util.find_spec("opencc") is None,
    reason="the data-build extra (pypinyin, opencc-python-reimplemented) is not installed",
)
def test_a_rebuild_gives_the_same_tables(tmp_path: Path) -> None:
    out = tmp_path / "places.sqlite"
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_places.py"), "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    for table in (*TABLES, "meta"):
        query = f"SELECT * FROM {table} ORDER BY 1, 2"
        assert rows(out, query) == rows(INDEX, query), f"table {table} differs from a fresh build"
