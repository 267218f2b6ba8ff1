"""Shared fixtures: the bundled data, the division index, and a runner for the CLI."""

from __future__ import annotations

import shutil
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cardinfo import data, paths
from cardinfo.lookup import Atlas
from cardinfo.models import Dataset
from cardinfo.places import Divisions
from tests.helpers import REPO as REPO  # re-exported: tests/test_docs.py imports it from here
from tests.helpers import run_cli

# The inner loop (`pytest -m "not slow"`) runs every test function, and of a table (a test given
# TABLE_ROWS rows or more) one row in SAMPLE_EVERY, spread over it from its first; the whole suite
# (CI, and the run before each commit) runs every row. The tables hold ~4,000 rows of ~3 ms each.
TABLE_ROWS = 10
SAMPLE_EVERY = 8


@pytest.hookimpl(tryfirst=True)  # before `-m "not slow"` deselects
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    tables: defaultdict[tuple[object, ...], list[pytest.Item]] = defaultdict(list)
    for item in items:
        if isinstance(item, pytest.Function) and hasattr(item, "callspec"):
            tables[item.path, item.cls, item.originalname].append(item)
    for rows in tables.values():
        for n, item in enumerate(rows if len(rows) >= TABLE_ROWS else ()):
            if n % SAMPLE_EVERY:
                item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def _session_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data cache for the whole run: validating the YAML again for each test cost ~30% of it."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated_env(_session_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test: the session's data cache (never the user's), no user settings leaking in."""
    monkeypatch.setenv("CARDINFO_CACHE_DIR", str(_session_cache))
    for var in ("CARDINFO_DATA_DIR", "CARDINFO_LANG", "NO_COLOR", "FORCE_COLOR", "ACCESSIBLE", "COLUMNS", "LC_ALL"):
        monkeypatch.delenv(var, raising=False)
    # The locale picks the language and the terminal decides on links: neither from the caller.
    for var in ("LC_MESSAGES", "LANG", "TERM_PROGRAM", "VTE_VERSION", "WT_SESSION", "KITTY_WINDOW_ID"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def fresh_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data cache of the test's own, for tests about the cache itself."""
    folder = tmp_path_factory.mktemp("fresh-cache")
    monkeypatch.setenv("CARDINFO_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return data.load(REPO / "data")


@pytest.fixture(scope="session")
def divisions() -> Divisions:
    return Divisions(paths.places_path())


@pytest.fixture(scope="session")
def atlas(dataset: Dataset, divisions: Divisions) -> Atlas:
    return Atlas(dataset, divisions)


@pytest.fixture
def data_copy(tmp_path: Path) -> Iterator[Path]:
    """A writable copy of the bundled data files, to break in a test."""
    for name in paths.DATA_FILES:
        shutil.copy(REPO / "data" / name, tmp_path / name)
    yield tmp_path


@pytest.fixture
def cli() -> Any:
    """Run cardinfo in-process: cli("region", "昆明") -> Result(exit_code, stdout, stderr)."""
    return run_cli


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection built (thousands of items and their tables) lives to the end: it is moved out
    of the garbage collector's sight, and collections are rarer (every 50,000 allocations, not 700),
    so full collections stop rescanning the datasets and indexes the tests keep. The collector's time
    in the inner loop, in one process: 4.5 -> 1.8 s. (The tool's own runs are short and keep the default.)"""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
