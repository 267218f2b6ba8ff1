"""Failures found by a red-team pass over the CLI, each kept as a test that failed before its fix."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from cardinfo import data, paths
from cardinfo.places import Divisions


def _settled_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "_SETTLED_NS", 0)


def _kunming_status(folder: Path) -> str:
    return next(r.status for r in data.load(folder).regions if r.id == "yunnan-kunming")


def test_stamp_memos_swapped_between_names_give_no_other_folders_answer(
    fresh_cache: Path, data_copy: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """inputs-*.id files renamed onto each other must not serve one data folder's answers for another's."""
    _settled_at_once(monkeypatch)
    other = tmp_path_factory.mktemp("other-data")
    for name in paths.DATA_FILES:
        shutil.copy(data_copy / name, other / name)
    regions = other / "regions.yaml"
    regions.write_text(
        regions.read_text(encoding="utf-8").replace("    status: issuing\n", "    status: preparing\n", 1),
        encoding="utf-8",
    )
    assert _kunming_status(data_copy) == "issuing"
    assert _kunming_status(other) == "preparing"
    one, two = sorted(fresh_cache.glob("inputs-*.id"))
    one_text, two_text = one.read_bytes(), two.read_bytes()
    one.write_bytes(two_text)
    two.write_bytes(one_text)
    assert _kunming_status(data_copy) == "issuing"
    assert _kunming_status(other) == "preparing"


def test_an_index_memo_under_another_name_is_not_believed(fresh_cache: Path, data_copy: Path) -> None:
    """index-*.id names the index by its path and stamp: a memo copied under that name from
    another index (another install, an older build) must not decide the data cache's key."""
    data.load(data_copy)
    (memo,) = fresh_cache.glob("index-*.id")
    right = memo.read_bytes()
    memo.write_bytes(b"build:some-other-index")
    assert data.index_id(fresh_cache, lambda: Divisions(paths.places_path())) == right.rpartition(b"\n")[2]


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    """cardinfo in a process of its own, with these environment variables (a console's encoding)."""
    base = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "CARDINFO_LANG")}
    return subprocess.run(
        [sys.executable, "-m", "cardinfo", *args], capture_output=True, env={**base, **env}, timeout=60, check=False
    )


@pytest.mark.slow  # a subprocess
@pytest.mark.parametrize("args", [("regoin", "昆明"), ("region", "--format", "bogus", "昆明"), ("昆明", "--brief")])
def test_usage_errors_on_a_console_that_cannot_show_chinese_are_in_english(args: tuple[str, ...]) -> None:
    """Click's usage errors were written in Chinese as \\uXXXX escapes; cardinfo's own errors already
    fall back to English on such a console."""
    result = _run(*args, PYTHONIOENCODING="ascii")
    assert result.returncode == 2
    stderr = result.stderr.decode("ascii")
    assert "\\u" not in stderr, stderr
    assert "Usage: cardinfo" in stderr and "Error: " in stderr, stderr


@pytest.mark.slow  # a subprocess
def test_an_english_error_on_an_ascii_console_has_plain_quotes() -> None:
    """The English fallback's “…” came out as \\u201c…\\u201d."""
    result = _run("region", "xyzzyq", PYTHONIOENCODING="ascii")
    assert result.returncode == 1
    assert result.stderr.decode("ascii").strip() == 'cardinfo: No place called "xyzzyq".'


def test_record_fields_come_from_lazy_annotations_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """From Python 3.14 (which requires-python allows) a class body without `from __future__ import
    annotations` holds no `__annotations__`, only an annotate function for annotationlib: Record
    read its fields from `__annotations__` alone, so every record class had none. This interpreter
    is older, so annotationlib is stood in for with its documented calls."""
    from cardinfo.record import Record

    def annotate(format: int) -> dict[str, object]:
        return {"code": "str", "name": "str"}

    lazy = types.ModuleType("annotationlib")
    lazy.Format = types.SimpleNamespace(FORWARDREF=3)  # type: ignore[attr-defined]
    lazy.get_annotate_from_class_namespace = lambda ns: ns.get("__annotate__")  # type: ignore[attr-defined]
    lazy.call_annotate_function = lambda func, format: func(format)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "annotationlib", lazy)
    record_type: Any = type(Record)  # the metaclass that builds every record class
    place = record_type("Place", (Record,), {"__annotate__": annotate, "__module__": __name__})
    assert place._fields == ("code", "name")
    assert place("530100", "昆明市").name == "昆明市"


def test_an_empty_bare_question_is_asked_like_a_blank_one() -> None:
    """`cardinfo ""` said "no such command “”" (exit 2) where `cardinfo " "` and `cardinfo ask ""`
    say no place was given (exit 1)."""
    from tests.helpers import run_cli

    empty, blank = run_cli(""), run_cli("ask", "")
    assert (empty.exit_code, empty.stderr) == (blank.exit_code, blank.stderr) == (1, blank.stderr)
    assert "命令" not in empty.stderr


def test_help_names_a_sub_command_of_data() -> None:
    """`cardinfo help data check` was taken for a question (exit 1: no place found)."""
    from tests.helpers import run_cli

    result = run_cli("--lang", "en", "help", "data", "check")
    assert result.exit_code == 0
    assert result.stdout == run_cli("--lang", "en", "data", "check", "--help").stdout
    assert result.stdout.startswith("Usage: cardinfo data check")


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_installing_completion_where_it_cannot_be_written_is_an_error_not_a_traceback(
    shell: str, tmp_path: Path
) -> None:
    """HOME a file (or any folder that cannot be made): Typer's installer raised NotADirectoryError."""
    from tests.helpers import run_cli

    home = tmp_path / "home"
    home.write_text("not a folder", encoding="utf-8")
    result = run_cli("--lang", "en", "--install-completion", shell, env={"HOME": str(home)})
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"cardinfo: Cannot write {home}"), result.stderr
    assert home.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.slow  # a subprocess
def test_a_batch_from_a_closed_stdin_is_unreadable_input() -> None:
    """`cardinfo region - <&-`: sys.stdin is None, and reading it was an AttributeError traceback."""
    result = subprocess.run(
        ["sh", "-c", '"$0" -m cardinfo --lang en region - <&-', sys.executable],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode() == "cardinfo: Cannot read the input -: it is closed\n"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("--", "--install-completion", "bash"), 1),  # after `--`: the words of a question
        (("ask", "--", "--install-completion", "bash"), 1),
        (("region", "昆明", "--install-completion", "bash"), 2),  # a root option, not region's
    ],
)
def test_completion_options_count_only_before_the_command(args: tuple[str, ...], code: int, tmp_path: Path) -> None:
    """Any `--install-completion SHELL` among the arguments installed completion (writing to
    ~/.bashrc), even after `--` or inside a region query."""
    from tests.helpers import run_cli

    result = run_cli("--lang", "en", *args, env={"HOME": str(tmp_path)})
    assert result.exit_code == code, result.stderr
    assert list(tmp_path.iterdir()) == []
    assert "completion" not in result.stdout


def test_an_index_rewritten_in_place_with_its_old_mtime_is_read_again(
    fresh_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index memo was named by the index's path, inode, size and mtime only: an index rewritten
    in place (`cp -p` over it, or a rebuild whose times were restored) kept its old build id."""
    import os
    import sqlite3

    index = tmp_path / "places.sqlite"
    shutil.copy(paths.places_path(), index)
    monkeypatch.setattr(paths, "places_path", lambda: index)
    ids = []
    for build in ("build-1", "build-2"):
        before = index.stat()
        with sqlite3.connect(index) as con:
            con.execute("INSERT OR REPLACE INTO meta VALUES ('build_id', ?)", (build,))
        con.close()
        os.utime(index, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert index.stat().st_size == before.st_size
        ids.append(data.index_id(fresh_cache, lambda: Divisions(index)))
    assert ids == [b"build:build-1", b"build:build-2"]


def _undeletable(monkeypatch: pytest.MonkeyPatch, prefix: str) -> None:
    """Files whose names start with `prefix` cannot be removed (an immutable file, a read-only mount)."""
    unlink = Path.unlink

    def refuse(self: Path, missing_ok: bool = False) -> None:
        if self.name.startswith(prefix):
            raise PermissionError(1, "Operation not permitted", str(self))
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse)


def test_a_cache_file_that_cannot_be_pruned_does_not_fail_the_run(
    fresh_cache: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pruning old cache files is best effort; a PermissionError from it came out of data.load,
    and the CLI then said it could not write standard output."""
    from tests.helpers import run_cli

    monkeypatch.setattr(data, "KEEP_CACHES", 0)  # every run prunes every file
    _undeletable(monkeypatch, "")
    result = run_cli("--lang", "en", "--data-dir", str(data_copy), "region", "昆明", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["status"] == "issuing"


def test_clear_cache_says_which_file_it_could_not_remove(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`data clear-cache` with a file it cannot remove said "Cannot write to standard output" and
    stopped at that file."""
    from tests.helpers import run_cli

    assert run_cli("region", "昆明").exit_code == 0
    assert len(list(fresh_cache.glob("data-*.bin"))) == 1
    _undeletable(monkeypatch, "index-")
    result = run_cli("--lang", "en", "data", "clear-cache")
    assert result.exit_code == 1
    (memo,) = fresh_cache.glob("index-*.id")
    assert result.stderr.startswith(f"cardinfo: Cannot remove the cache file {memo}: "), result.stderr
    assert "standard output" not in result.stderr
    assert [p.name for p in fresh_cache.iterdir()] == [memo.name]  # the rest were removed


def test_stdin_and_a_place_together_is_a_usage_error() -> None:
    """`region - 昆明` is `--input -` and a place, which docs/cli.md calls a usage error; it was
    answered as the query "- 昆明" (while `--input - 昆明` was refused)."""
    from tests.helpers import run_cli

    dash = run_cli("--lang", "en", "region", "-", "昆明", input="昆明\n")
    option = run_cli("--lang", "en", "region", "--input", "-", "昆明", input="昆明\n")
    assert (dash.exit_code, dash.stdout, dash.stderr) == (2, "", option.stderr)
    assert option.exit_code == 2
    words = run_cli("--lang", "en", "region", "Kunming", "-", "Yunnan", "--format", "json")  # a dash inside a query
    assert words.exit_code == 0 and words.json()["place"]["code"] == "530100"
