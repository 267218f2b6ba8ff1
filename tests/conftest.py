"""Shared fixtures: the bundled data, the division index, and a runner for the CLI."""

from __future__ import annotations

import shutil
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
