"""The hostile world in-process: odd output targets, odd data files, odd arguments (issue 9)."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import threading
from pathlib import Path
from typing import Any

import pytest

from cardinfo import data, output, validate
from cardinfo.errors import OutputError
from tests.helpers import REPO, load_script


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- output files -----------------------------------------------------------------------------


def test_b1_fifo_is_written_in_place_not_replaced(cli: Any, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = cli("status", "--format", "csv", "--output", str(fifo))
    reader.join(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced by a regular file"
    rows = list(csv.reader(io.StringIO(received[0].decode("utf-8"))))
    assert rows[0][0] == "id" and len(rows) > 10
    assert leftovers(tmp_path) == []


def test_b1_symlink_to_a_device_writes_the_device(cli: Any, tmp_path: Path) -> None:
    link = tmp_path / "null"
    link.symlink_to("/dev/null")
    result = cli("status", "--format", "csv", "--output", str(link))
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert leftovers(tmp_path) == []


def test_output_through_a_symlink_writes_its_target(cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target.name)
    assert cli("export", "--output", str(link)).exit_code == 0
    assert link.is_symlink() and json.loads(target.read_text(encoding="utf-8"))["schema_version"]


def test_output_keeps_the_mode_and_hard_links(cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "private.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    other = tmp_path / "other-name.csv"
    os.link(target, other)
    assert cli("status", "--format", "csv", "--output", str(target)).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert other.read_text(encoding="utf-8").startswith("id,"), "the hard link was broken"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders anyway")
def test_writable_file_in_a_read_only_folder(cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    tmp_path.chmod(0o555)
    try:
        assert cli("status", "--format", "csv", "--output", str(target)).exit_code == 0
        assert target.read_text(encoding="utf-8").startswith("id,")
    finally:
        tmp_path.chmod(0o755)


def test_read_only_folder_falls_back_to_writing_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a non-root user meets in a read-only folder: no temporary file can be made there."""
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    output.to_file(str(target), "new")
    assert target.read_text(encoding="utf-8") == "new"


def test_trailing_slash_empty_name_and_dash(cli: Any, tmp_path: Path) -> None:
    result = cli("--lang", "en", "status", "--format", "csv", "--output", f"{tmp_path}/newdir/")
    assert result.exit_code == 1 and "names a folder" in result.stderr
    assert not (tmp_path / "newdir").exists()
    empty = cli("--lang", "en", "status", "--format", "csv", "--output", "")
    assert empty.exit_code == 1 and "No file name given" in empty.stderr
    dash = cli("status", "--format", "csv", "--output", "-")
    assert dash.exit_code == 0 and dash.stdout.startswith("id,")
    folder = cli("--lang", "en", "export", "--output", str(tmp_path))
    assert folder.exit_code == 1 and "it is a folder" in folder.stderr


def test_b11_interrupted_write_leaves_the_old_file_and_no_temporary_file(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_text("previous", encoding="utf-8")
    real_write = os.write

    def interrupted(fd: int, chunk: Any) -> int:
        real_write(fd, bytes(chunk[:10]))
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        output.to_file(str(target), "x" * 200_000)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "previous"
    assert leftovers(tmp_path) == []


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    target.write_text("previous", encoding="utf-8")

    def full(fd: int, chunk: Any) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(OutputError) as caught:
        output.to_file(str(target), "new content")
    monkeypatch.undo()
    assert caught.value.key == "output.unwritable"
    assert target.read_text(encoding="utf-8") == "previous" and leftovers(tmp_path) == []


def test_short_writes_are_finished(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, chunk: real_write(fd, bytes(chunk[:7])))
    target = tmp_path / "out.txt"
    output.to_file(str(target), "第三代残疾人证" * 100)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "第三代残疾人证" * 100


# --- data files -------------------------------------------------------------------------------


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_b3_a_device_as_data_file_is_refused(cli: Any, data_copy: Path, device: str) -> None:
    (data_copy / "regions.yaml").unlink()
    (data_copy / "regions.yaml").symlink_to(device)
    result = cli("--lang", "en", "--data-dir", str(data_copy), "region", "昆明")
    assert result.exit_code == 3 and result.stdout == ""
    assert "not a regular file" in result.stderr


def test_b2_a_fifo_as_data_file_is_refused(cli: Any, data_copy: Path) -> None:
    (data_copy / "regions.yaml").unlink()
    os.mkfifo(data_copy / "regions.yaml")
    result = cli("--lang", "en", "--data-dir", str(data_copy), "region", "昆明")
    assert result.exit_code == 3 and "not a regular file" in result.stderr
    check = cli("--lang", "en", "data", "check", str(data_copy))
    assert check.exit_code == 3 and "not a regular file" in check.stderr


def test_file_size_limit(cli: Any, data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    size = (data_copy / "regions.yaml").stat().st_size
    monkeypatch.setattr(data, "MAX_FILE_BYTES", size - 1)
    result = cli("--lang", "en", "--data-dir", str(data_copy), "region", "昆明")
    assert result.exit_code == 3 and "larger than the limit" in result.stderr


def test_record_count_limit(cli: Any, data_copy: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: Path) -> None:
    monkeypatch.setattr(validate, "MAX_RECORDS", 10)
    result = cli("--lang", "en", "--data-dir", str(data_copy), "status")
    assert result.exit_code == 3 and "more than the limit of 10" in result.stderr


def test_b13_control_character_is_reported_on_its_line(cli: Any, data_copy: Path) -> None:
    path = data_copy / "regions.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines.insert(500, "  # a comment with an escape \x1b[31m")
    path.write_text("\n".join(lines), encoding="utf-8")
    result = cli("--lang", "en", "data", "check", str(data_copy))
    assert result.exit_code == 3
    assert "regions.yaml:501:" in result.stderr and "#x001b" in result.stderr


# --- arguments and dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["region", "\udcff\udcfe"], ["status", "--province", "\udcff"], ["faq", "\udcff"], ["region", "昆\udcff明"]],
)
def test_b4_bytes_that_are_not_utf8(cli: Any, args: list[str]) -> None:
    result = cli(*args)
    assert result.exit_code == 1 and result.stdout == ""
    assert "\ufffd" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--last-activated", "9999-12-31"],
        ["--issued", "9990-06-01"],
        ["--last-activated", "2024-W01-1"],
    ],
)
def test_b5_dates_out_of_range_or_form(cli: Any, args: list[str]) -> None:
    result = cli("remind", *args, "--today", "2026-01-01")
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""


def test_b5_calendar_at_the_end_of_time(cli: Any, tmp_path: Path) -> None:
    result = cli("remind", "--last-activated", "9998-12-31", "--ics", str(tmp_path / "x.ics"))
    assert result.exit_code == 2 and not (tmp_path / "x.ics").exists()


def test_faq_question_length_limit(cli: Any) -> None:
    result = cli("--lang", "en", "faq", "换证要钱吗" * 120)
    assert result.exit_code == 1 and "too long" in result.stderr
    assert len(result.stderr) < 400  # the question is not echoed whole


# --- terminal safety --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_delimited_formats_strip_escape_sequences(cli: Any, data_copy: Path, fmt: str) -> None:
    path = data_copy / "regions.yaml"
    text = path.read_text(encoding="utf-8")
    note = '      - "换发时间:目前至五一节后"\n'
    assert note in text
    path.write_text(text.replace(note, '      - "换发\\e[2J\\e]0;owned\\a时间"\n', 1), encoding="utf-8")
    result = cli("--data-dir", str(data_copy), "status", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "换发[2J]0;owned时间" in result.stdout


def test_force_color_zero_does_not_force_colour(cli: Any) -> None:
    result = cli("region", "昆明", env={"FORCE_COLOR": "0"})
    assert result.exit_code == 0 and "\x1b" not in result.stdout


def test_csv_bom_is_utf8_whatever_the_console(cli: Any) -> None:
    result = cli("status", "--format", "csv", "--bom")
    assert result.stdout.startswith("\ufeffid,")


def test_repository_data_is_the_bundled_data() -> None:
    from cardinfo import paths

    assert (paths.bundled_dir() / "regions.yaml").read_bytes() == (REPO / "data" / "regions.yaml").read_bytes()


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_batch_rows_strip_escape_sequences_from_the_input(cli: Any, tmp_path: Path, fmt: str) -> None:
    lines = tmp_path / "places.txt"
    lines.write_text("\x1b[31m昆明\x1b]0;owned\x07\n盘龙区\n", encoding="utf-8")
    result = cli("region", "--input", str(lines), "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert len(result.stdout.strip().splitlines()) == 3


def _places_of(atlas: Any) -> list[Any]:
    places = {}
    for item in (*atlas.dataset.regions, *atlas.dataset.reports):
        place = atlas._place_of(item)
        if place is not None:
            places[(place.code, place.name)] = place
    return list(places.values())


def test_nearest_is_records_for_without_related(atlas: Any) -> None:
    """summary asks every place for its records through an index: the answers must not change."""
    for place in _places_of(atlas):
        match, records, _ = atlas.records_for(place)
        assert atlas.nearest(place) == (match, records), place


@pytest.mark.slow
def test_nearest_on_many_records(tmp_path: Path, divisions: Any) -> None:

    from cardinfo.lookup import Atlas

    scale = load_script("bench/scale.py")
    atlas = Atlas(data.load(scale.make_data(tmp_path, 3000)), divisions)
    places = _places_of(atlas)
    assert len(places) > 2000
    for place in places[::7]:
        match, records, _ = atlas.records_for(place)
        assert atlas.nearest(place) == (match, records), place


@pytest.mark.parametrize(("raised", "status"), [(SystemExit(143), 143), (KeyboardInterrupt(), 130)])
def test_a_signal_inside_a_class_definition_still_ends_as_that_signal(raised: BaseException, status: int) -> None:
    """Python wraps what `__set_name__` raises in a RuntimeError: a Ctrl-C or SIGTERM landing there,
    while a module defines a class with a cached_property, must still end with 130 or 143, quietly."""
    from cardinfo import signalled

    class Interrupting:
        def __set_name__(self, owner: type, name: str) -> None:
            raise raised

    with pytest.raises(RuntimeError) as caught:
        type("Owner", (), {"attribute": Interrupting()})
    assert signalled(caught.value) == status
    assert signalled(RuntimeError("something else")) is None
