"""Where things live: the bundled data, the data folder in use, the division index, the data cache.

A leaf module: it imports nothing of cardinfo's, so every other module may ask it.
"""

from __future__ import annotations

import os
from pathlib import Path

REGIONS_FILE = "regions.yaml"
FAQ_FILE = "faq.yaml"
PLACES_FILE = "places.sqlite"
SOURCES_FILE = "sources.yaml"
REPORTS_FILE = "reports.yaml"
DATA_FILES = (REGIONS_FILE, FAQ_FILE, SOURCES_FILE, REPORTS_FILE)  # the order validate() takes them in


def bundled_dir() -> Path:
    """The data shipped inside the package: cardinfo/data.

    The wheel puts data/ there (force-include in pyproject.toml); in the source tree
    src/cardinfo/data is a symbolic link to data/, so an editable install reads the files people
    edit. This is the folder `importlib.resources.files("cardinfo") / "data"` names for a package
    on the file system (tests/test_cache.py checks they agree); asking importlib.resources itself
    would import zipfile and tempfile on every run (~5 ms) for a package that cannot run from a
    zip anyway, since SQLite needs a real file.
    """
    return Path(__file__).resolve().parent / "data"


def places_path() -> Path:
    """The division index (always the bundled one: --data-dir holds only the YAML files)."""
    return bundled_dir() / PLACES_FILE


def data_dir(explicit: str | Path | None = None) -> Path:
    """--data-dir, else CARDINFO_DATA_DIR, else the bundled data (the folder of DATA_FILES)."""
    chosen = explicit or os.environ.get("CARDINFO_DATA_DIR")
    return Path(chosen) if chosen else bundled_dir()


def data_files(folder: Path) -> list[Path]:
    """The data files in `folder`, in the order of DATA_FILES."""
    return [folder / name for name in DATA_FILES]


def _usable(value: str | None) -> Path | None:
    """An absolute folder other than the root: a relative or empty one would mean the cwd."""
    if not value or not os.path.isabs(value):
        return None
    path = Path(value)
    return None if path == Path(path.anchor) else path


def home(strict: bool = False) -> Path | None:
    """The user's home folder when it is an absolute folder other than the root (HOME, else the passwd
    entry), whether it exists or not; None otherwise. `strict`: a HOME that is set but unusable (empty,
    relative, the root) is None too, not the passwd entry's."""
    given = _usable(os.environ.get("HOME"))
    if given is not None:
        return given
    if strict and "HOME" in os.environ:
        return None
    try:  # HOME unset or unusable: the passwd entry, if this uid has one (containers may not)
        import pwd

        return _usable(pwd.getpwuid(os.getuid()).pw_dir)
    except (ImportError, KeyError):
        return None


def cache_dir() -> Path | None:
    """Where the validated data is cached, or None when there is no safe place (no cache then).

    CARDINFO_CACHE_DIR, else $XDG_CACHE_HOME/cardinfo, else ~/.cache/cardinfo. Only absolute
    paths count (as the XDG spec says; an empty variable is as if unset): an empty or relative HOME
    would put the cache in the current folder, and HOME=/ in the root. A home that does not exist
    is not created.
    """
    explicit = _usable(os.environ.get("CARDINFO_CACHE_DIR"))
    if explicit is not None:  # (a file or a device there is no folder to cache in: no cache then)
        return explicit if cache_setting_problem() is None else None
    xdg = _usable(os.environ.get("XDG_CACHE_HOME"))
    if xdg is not None:
        return xdg / "cardinfo"
    found = home()
    # A home that does not exist (HOME=/nonexistent, as services have) is not made: no cache then.
    return found / ".cache" / "cardinfo" if found is not None and _is_folder(found) else None


def _is_folder(path: Path) -> bool:
    """Whether `path` is a folder; False too when the system will not say (a name too long, a folder
    above it that cannot be searched): no cache there then."""
    try:
        return path.is_dir()
    except OSError:
        return False


def cache_setting_problem() -> OSError | None:
    """Why CARDINFO_CACHE_DIR, set to an absolute folder, cannot be the cache (a file is there, or
    the system will not say what is), else None."""
    explicit = _usable(os.environ.get("CARDINFO_CACHE_DIR"))
    if explicit is None:
        return None
    try:
        is_folder = explicit.is_dir()  # (False too for a name not there)
        if not is_folder and explicit.exists():
            import errno

            return NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(explicit))
        if not is_folder:
            os.stat(explicit)  # not there: a file above it (/tmp/afile/sub) or a loop of links says so
    except FileNotFoundError:
        return None  # a folder to be made
    except OSError as exc:
        return exc
    return None


def unusable_cache_setting() -> str | None:
    """CARDINFO_CACHE_DIR when it is set but cannot be the cache (relative, or the root), else None.

    cache_dir() then looks elsewhere; `data clear-cache` refuses rather than clear that other folder.
    """
    value = os.environ.get("CARDINFO_CACHE_DIR")
    return value if value and _usable(value) is None else None
