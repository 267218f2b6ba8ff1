"""The data cache: keyed on everything that produced it, checked when read, pruned, visible, clearable."""

from __future__ import annotations

import importlib.resources
import json
import marshal
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from cardinfo import data, paths
from cardinfo.places import Divisions
from tests.helpers import REPO


@pytest.fixture(autouse=True)
def _own_cache(fresh_cache: Path) -> Path:
    """These tests count and damage cache files: each has an empty cache of its own."""
    return fresh_cache


def cache_folder() -> Path:
    folder = paths.cache_dir()
    assert folder is not None
    return folder


def data_caches() -> list[Path]:
    return sorted(cache_folder().glob("data-*.bin"))


def no_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, validating would fail the test: the answer must come from the cache."""

    def refuse(*args: Any) -> Any:
        raise AssertionError("validated although the cache was current")

    monkeypatch.setattr("cardinfo.validate.validate", refuse)


def test_bundled_data_is_found_as_importlib_resources_finds_it() -> None:
    resource = importlib.resources.files("cardinfo") / "data"
    assert Path(str(resource)).resolve() == paths.bundled_dir().resolve()
    assert (paths.bundled_dir() / "regions.yaml").is_file() and paths.places_path().is_file()


def test_second_load_comes_from_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    first = data.load()
    assert len(data_caches()) == 1
    no_validation(monkeypatch)
    again = data.load()
    assert again == first
    assert [r.to_dict() for r in again.regions] == [r.to_dict() for r in first.regions]  # real SourceRefs


def test_the_faq_topics_from_the_cache_are_unpacked_only_when_read(monkeypatch: pytest.MonkeyPatch) -> None:
    first = data.load()
    no_validation(monkeypatch)
    monkeypatch.setattr(data, "_LOADED", {})  # read from the file, as a new run does
    again = data.load()
    assert isinstance(again.faq, data.Topics)
    unpacked = again.faq._entries
    assert unpacked == [None] * len(first.faq)  # a region run stops here
    assert len(again.faq) == len(first.faq) and unpacked == [None] * len(first.faq)  # counting unpacks none
    assert again.faq[1] == first.faq[1] and again.faq[-1] == first.faq[-1]
    assert [t is not None for t in unpacked].count(True) == 2  # one topic read, one unpacked
    with pytest.raises(IndexError):
        again.faq[len(first.faq)]
    assert [t.to_dict() for t in again.faq] == [t.to_dict() for t in first.faq]
    assert again.faq[:3] == first.faq[:3] and again.faq == first.faq


def test_a_question_its_words_answer_unpacks_only_the_topic_it_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    from cardinfo.faq import match

    first = data.load()
    expected = match(first.faq, "我在昆明，三代证要钱吗", first.faq_t2s)
    no_validation(monkeypatch)
    monkeypatch.setattr(data, "_LOADED", {})
    match(data.load().faq, "三代证怎么办", first.faq_t2s)  # a run before, which cached the vocabulary
    monkeypatch.setattr(data, "_LOADED", {})
    again = data.load()
    found = match(again.faq, "我在昆明，三代证要钱吗", again.faq_t2s)
    assert found is not None and expected is not None and found.entry.key == expected.entry.key == "fee"
    assert isinstance(again.faq, data.Topics)
    assert [t.key for t in again.faq._entries if t is not None] == ["fee"]


def test_b8_a_cache_renamed_from_other_data_is_not_served(
    cli: Any, data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The poisoning of issue 9 B8: another data folder's cache under the bundled data's name."""
    regions = data_copy / "regions.yaml"
    text = regions.read_text(encoding="utf-8")
    regions.write_text(text.replace("    status: issuing\n", "    status: preparing\n", 1), encoding="utf-8")
    assert cli("--data-dir", str(data_copy), "region", "昆明").stdout.startswith("昆明市：准备换发")
    (poisoned,) = data_caches()
    bundled = data.Cache.for_inputs([data.read_data_file(p) for p in paths.data_files(paths.bundled_dir())], _index)
    assert bundled is not None and bundled.path != poisoned
    shutil.copy(poisoned, bundled.path)
    assert cli("region", "昆明").stdout.startswith("昆明市：正在换发")


def _index() -> Divisions:
    return Divisions(paths.places_path())


def test_a_one_byte_change_is_a_new_key(data_copy: Path) -> None:
    blobs = [data.read_data_file(p) for p in paths.data_files(data_copy)]
    one = data.Cache.for_inputs(blobs, _index)
    blobs[0] = blobs[0].replace(b"# cardinfo", b"# Cardinfo", 1)
    other = data.Cache.for_inputs(blobs, _index)
    assert one is not None and other is not None and one.key != other.key and one.path != other.path


def settled_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written a moment ago count as settled (in use they must be two seconds old)."""
    monkeypatch.setattr(data, "_SETTLED_NS", 0)


def test_unchanged_data_is_not_read_or_hashed_again(data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settled_at_once(monkeypatch)
    first = data.load(data_copy)
    assert len(list(cache_folder().glob("inputs-*.id"))) == 1
    no_validation(monkeypatch)

    def refuse(path: Path) -> bytes:
        raise AssertionError(f"read {path} although nothing changed")

    monkeypatch.setattr(data, "read_data_file", refuse)
    assert data.load(data_copy) == first


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`touch -r`, `cp -p`, an editor restoring times: the change time still moves, so the data is read again."""
    settled_at_once(monkeypatch)
    regions = data_copy / "regions.yaml"
    before = data.load(data_copy)
    info = regions.stat()
    text = regions.read_text(encoding="utf-8")
    edited = text.replace("    status: issuing\n", "    status: issued \n", 1)  # same length in bytes
    assert len(edited.encode()) == info.st_size and edited != text
    regions.write_text(edited, encoding="utf-8")
    os.utime(regions, ns=(info.st_atime_ns, info.st_mtime_ns))
    after = data.load(data_copy)
    changed = [(a.id, a.status, b.status) for a, b in zip(before.regions, after.regions, strict=True) if a != b]
    assert len(changed) == 1 and changed[0][1:] == ("issuing", "issued")


def test_files_changed_a_moment_ago_are_hashed_again_next_time(data_copy: Path) -> None:
    data.load(data_copy)  # the copy was written just now: it could change again within its timestamp
    assert not list(cache_folder().glob("inputs-*.id"))
    assert len(data_caches()) == 1  # the data itself is cached all the same


def test_the_tools_own_yaml_is_parsed_once_then_read_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = tmp_path / "grid.yaml"
    grid.write_text("columns: 2\ntiles: [{code: '110000', name: 北京市}]\n", encoding="utf-8")
    first = data.parsed_yaml(grid)
    assert first == {"columns": 2, "tiles": [{"code": "110000", "name": "北京市"}]}
    monkeypatch.setitem(sys.modules, "yaml", None)  # importing YAML now fails: the answer must come from the cache
    assert data.parsed_yaml(grid) == first
    grid.write_text("columns: 3\ntiles: []\n", encoding="utf-8")
    with pytest.raises(ImportError):  # new content: parsed again, not served stale
        data.parsed_yaml(grid)
    monkeypatch.delitem(sys.modules, "yaml")
    assert data.parsed_yaml(grid) == {"columns": 3, "tiles": []}
    grid.write_text("columns: [\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line"):
        data.parsed_yaml(grid)


def test_the_faq_vocabulary_is_built_once_then_read_from_the_cache_and_never_stale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cardinfo import faq

    topics = data.load().faq
    built = faq._built(topics)
    monkeypatch.setattr(faq, "_BUILT", {})
    assert faq._vocabulary(topics) == built  # built, and stored
    assert len(list(cache_folder().glob("vocabulary-*.bin"))) == 1

    def refuse(given: object) -> object:
        raise AssertionError("built again although the cache was current")

    monkeypatch.setattr(faq, "_built", refuse)
    monkeypatch.setattr(faq, "_BUILT", {})
    assert faq._vocabulary(topics) == built  # read back whole: the same terms, credits and sets
    monkeypatch.undo()
    first = topics[0]
    changed = (
        first._replace(keywords={**first.keywords, "en": (*first.keywords.get("en", ()), "zyxwvu")}),
        *topics[1:],
    )
    assert "zyxwvu" in faq._vocabulary(changed).credits  # new words: built again, not served stale


@pytest.mark.parametrize("damage", ["truncate", "flip", "foreign", "garbage"])
def test_a_damaged_or_unexpected_cache_is_a_miss(cli: Any, damage: str) -> None:
    assert cli("region", "昆明").exit_code == 0
    (cache,) = data_caches()
    raw = cache.read_bytes()
    head = len(data._MAGIC) + 32
    if damage == "truncate":
        cache.write_bytes(raw[: len(raw) // 2])
    elif damage == "flip":
        cache.write_bytes(raw[:-1] + bytes([raw[-1] ^ 1]))
    else:  # a correctly sealed file whose content is not what this code writes
        payload = marshal.dumps({"regions": {"regions": [{"id": 1}]}, "faq": []} if damage == "foreign" else [1, 2])
        cache.write_bytes(raw[:head] + data._digest(payload) + payload)
    result = cli("region", "昆明")
    assert result.exit_code == 0 and result.stdout.startswith("昆明市：正在换发"), result.stderr
    assert "Traceback" not in result.stderr


def test_the_index_build_id_is_part_of_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = tmp_path / "places.sqlite"
    shutil.copy(paths.places_path(), index)
    assert Divisions(index).build_id()  # the bundled index says what built it
    with sqlite3.connect(index) as con:
        con.execute("DROP TABLE IF EXISTS meta")  # an index from before the build wrote one
    monkeypatch.setattr(paths, "places_path", lambda: index)
    folder = cache_folder()
    without = data.index_id(folder, lambda: Divisions(index))
    assert without is not None and without.startswith(b"blake2b:")  # no meta table: the file's digest
    ids: list[bytes | None] = []
    for build in ("build-1", "build-2"):
        with sqlite3.connect(index) as con:
            con.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            con.execute("INSERT OR REPLACE INTO meta VALUES ('build_id', ?)", (build,))
        os.utime(index, ns=(time.time_ns(), time.time_ns() + len(ids)))  # as a rebuild does
        ids.append(data.index_id(folder, lambda: Divisions(index)))
    assert ids == [b"build:build-1", b"build:build-2"]
    # remembered: the next run does not open SQLite to learn it
    assert data.index_id(folder, lambda: pytest.fail("opened the index again")) == b"build:build-2"


def test_only_the_newest_caches_are_kept(cli: Any) -> None:
    folder = cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    olds = [folder / f"data-{n:040x}.bin" for n in range(10)]  # the names cardinfo gives its caches
    for n, old in enumerate(olds):
        old.write_bytes(b"x")
        os.utime(old, (1_000_000 + n, 1_000_000 + n))
    stale = folder / ".cardinfo-killed_1.tmp"  # as tempfile.mkstemp names them
    stale.write_bytes(b"x")
    os.utime(stale, (1_000_000, 1_000_000))
    fresh = folder / ".cardinfo-running1.tmp"
    fresh.write_bytes(b"x")
    assert cli("region", "昆明").exit_code == 0
    kept = data_caches()
    assert len(kept) == data.KEEP_CACHES
    assert any(p not in olds for p in kept)  # the new one is among them
    assert not stale.exists() and fresh.exists()


def test_data_paths_and_clear_cache(cli: Any) -> None:
    assert cli("region", "昆明").exit_code == 0
    shown = cli("data", "paths", "--format", "json")
    assert shown.exit_code == 0, shown.stderr
    where = shown.json()
    assert Path(where["index"]) == paths.places_path()
    assert Path(where["cache_dir"]) == cache_folder()
    assert where["cache_files"] and all(Path(p).parent == cache_folder() for p in where["cache_files"])
    text = cli("--lang", "en", "data", "paths")
    assert "Division index: " in text.stdout and str(cache_folder()) in text.stdout
    cleared = cli("--lang", "en", "data", "clear-cache")
    assert cleared.exit_code == 0 and "Removed" in cleared.stdout
    assert data.cache_files() == []


@pytest.mark.parametrize("home", ["", "relative/home", "/"])
def test_no_cache_in_the_cwd_or_the_root(home: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for var in ("CARDINFO_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", home)
    monkeypatch.chdir(tmp_path)
    found = paths.cache_dir()
    assert found is None or (found.is_absolute() and found.parent.parent != Path("/"))
    assert found is None or not str(found).startswith(str(tmp_path))


def test_no_home_and_no_passwd_entry_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    import pwd

    for var in ("CARDINFO_CACHE_DIR", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(var, raising=False)

    def unknown(uid: int) -> Any:
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", unknown)
    assert paths.cache_dir() is None
    assert data.load().regions  # and the data still loads, validated each run


def test_relative_xdg_cache_home_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CARDINFO_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "cache")
    monkeypatch.setenv("HOME", str(tmp_path))  # a home that exists (one that does not is never made)
    assert paths.cache_dir() == tmp_path / ".cache" / "cardinfo"


@pytest.mark.slow
def test_editing_the_validator_invalidates_the_cache(tmp_path: Path) -> None:
    """Issue 8's reproduction: a rule that always fails must fail `region`, not be hidden by the cache."""
    package = tmp_path / "site" / "cardinfo"
    shutil.copytree(REPO / "src" / "cardinfo", package, ignore=shutil.ignore_patterns("__pycache__", "divisions"))
    env = {**os.environ, "PYTHONPATH": str(package.parent), "CARDINFO_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("CARDINFO_DATA_DIR", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "cardinfo", "--lang", "en", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )

    assert run("region", "昆明").returncode == 0
    assert run("region", "昆明").returncode == 0  # now from the cache
    with (package / "validate.py").open("a", encoding="utf-8") as source:
        source.write(
            "\n\n_checked = _validate_one\n\n\n"
            "def _validate_one(*args, **kwargs):  # every file gets one more problem\n"
            "    problems, *rest = _checked(*args, **kwargs)\n"
            '    extra = Problem(str(args[1]), 1, "", "yaml", {"reason": "a rule that always fails"})\n'
            "    return ([*problems, extra], *rest)\n"
        )
    region = run("region", "昆明")
    assert region.returncode == 3 and "a rule that always fails" in region.stderr and region.stdout == ""
    check = run("data", "check")
    assert check.returncode == 3 and "a rule that always fails" in check.stderr


@pytest.mark.slow
def test_data_paths_from_an_installed_wheel(tmp_path: Path) -> None:
    """A fresh install finds its data inside the package, where importlib.resources says it is."""
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path / "dist"), str(REPO)],
        capture_output=True,
        check=True,
        timeout=600,
    )
    wheel = next((tmp_path / "dist").glob("cardinfo-*.whl"))
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        capture_output=True,
        check=True,
        timeout=600,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "CARDINFO_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("CARDINFO_DATA_DIR", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, "-m", "cardinfo", *args]
        return subprocess.run(argv, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False)

    assert run("region", "昆明").returncode == 0
    shown = run("data", "paths", "--format", "json")
    assert shown.returncode == 0, shown.stderr
    where = json.loads(shown.stdout)
    package = target / "cardinfo"
    assert Path(where["bundled_dir"]) == package / "data" and Path(where["data_dir"]) == package / "data"
    assert Path(where["index"]) == package / "data" / "places.sqlite"
    assert Path(where["cache_dir"]) == tmp_path / "cache" and where["cache_files"]


def test_a_second_load_in_one_process_is_the_same_data() -> None:
    from cardinfo import data

    data.load()
    first = data.load()
    assert data.load() is first  # read once in a process (the Python API, the tests)


@pytest.mark.slow  # waits for the copy's files to be old enough for their stamps to be remembered
def test_a_load_after_an_edit_in_the_same_process_is_never_stale(data_copy: Path) -> None:
    from cardinfo import data

    time.sleep(2.2)
    data.load(data_copy)  # validated and cached; the stamps remembered
    first = data.load(data_copy)
    assert data.load(data_copy) is first
    path = data_copy / "regions.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("    status: issuing\n", "    status: issued\n", 1), encoding="utf-8"
    )
    second = data.load(data_copy)
    assert second is not first
    assert second.regions[0].status == "issued" != first.regions[0].status


def test_the_faq_matchers_cached_tables_follow_the_topics_they_are_built_from(monkeypatch: pytest.MonkeyPatch) -> None:
    """The vocabulary, the examples' features and the typo table are cached by the topics: topics
    with another example (or word) are matched by their own, in the same run and in the next."""
    from cardinfo import faq

    topics = tuple(data.load().faq)
    question = "what's the QR on the new card used for"
    assert faq.match(topics, question) is None
    at = next(i for i, t in enumerate(topics) if t.key == "qrcode")
    examples = {**topics[at].examples, "en": (*topics[at].examples.get("en", ()), question)}
    taught = (*topics[:at], topics[at]._replace(examples=examples), *topics[at + 1 :])
    found = faq.match(taught, question)
    assert found is not None and found.entry.key == "qrcode"
    monkeypatch.setattr(faq, "_BUILT", {})  # a new run: from the cache files
    monkeypatch.setattr(faq, "_INPUTS", {})
    assert faq.match(topics, question) is None
    again = faq.match(taught, question)
    assert again is not None and again.entry.key == "qrcode"
    assert faq.match(topics, "can i get it for free?") is not None  # a typo table built, for both
    worded = (
        *topics[:at],
        topics[at]._replace(keywords={**topics[at].keywords, "en": ("zebras",)}),
        *topics[at + 1 :],
    )
    assert faq.match(worded, "zebbras") is not None and faq.match(topics, "zebbras") is None
