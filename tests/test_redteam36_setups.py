"""Hostile setups a red-team pass found in session 20 and left for the next: a FIFO nobody reads, a
data file as the output, `--` before options, Chinese command words, file names with control
characters, a home that does not exist, an empty cache variable, narrow help and progress."""

from __future__ import annotations

import csv
import io
import os
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from cardinfo import output, paths
from cardinfo.render import cells

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")


@pytest.mark.slow  # waits for a FIFO's reader
@posix_only
def test_a_fifo_nobody_reads_is_given_up_with_a_reason(cli: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """`--output FIFO` with no reader waited for ever, as the shell's `>` does: a script hung."""
    monkeypatch.setattr(output, "FIFO_WAIT", 0.3)
    fifo = tmp_path / "answers"
    os.mkfifo(fifo)
    for lang, words in (("zh", "没有程序读取"), ("en", "no program opened it for reading")):
        result = cli("--lang", lang, "status", "--format", "csv", "--output", str(fifo))
        assert result.exit_code == 1
        assert words in result.stderr and str(fifo) in result.stderr


@pytest.mark.slow  # waits for a FIFO's reader
@posix_only
def test_a_fifo_whose_reader_comes_late_gets_everything(cli: Any, tmp_path: Path) -> None:
    fifo = tmp_path / "answers"
    os.mkfifo(fifo)
    read: list[bytes] = []

    def reader() -> None:
        threading.Event().wait(0.5)  # the reader starts after cardinfo has opened the FIFO's name
        with open(fifo, "rb") as stream:
            read.append(stream.read())

    late = threading.Thread(target=reader)
    late.start()
    result = cli("status", "--format", "csv", "--output", str(fifo))
    late.join(timeout=30)
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(read[0].decode("utf-8"))))
    assert rows[0][:4] == ["id", "province", "place", "code"] and len(rows) == 1 + 58


@pytest.mark.parametrize("name", ["regions.yaml", "faq.yaml", "link.yaml"])
def test_the_output_is_never_a_data_file_the_run_reads(cli: Any, data_copy: Path, name: str) -> None:
    """`--output regions.yaml` in the data folder replaced the data with a CSV: the next run failed."""
    (data_copy / "link.yaml").symlink_to(data_copy / "regions.yaml")
    before = {p.name: p.read_bytes() for p in data_copy.iterdir()}
    result = cli("--data-dir", str(data_copy), "status", "--format", "csv", "--output", str(data_copy / name))
    assert result.exit_code == 1 and "数据文件" in result.stderr
    assert {p.name: p.read_bytes() for p in data_copy.iterdir()} == before
    assert cli("--data-dir", str(data_copy), "region", "昆明").exit_code == 0


def test_the_division_index_is_no_output_either(cli: Any, tmp_path: Path) -> None:
    index = paths.places_path()
    size = index.stat().st_size
    result = cli("--lang", "en", "export", "--format", "json", "--output", str(index))
    assert result.exit_code == 1 and "a data file this run reads" in result.stderr
    assert index.stat().st_size == size


def test_a_new_file_beside_the_data_is_written(cli: Any, data_copy: Path) -> None:
    result = cli("--data-dir", str(data_copy), "status", "--format", "csv", "--output", str(data_copy / "out.csv"))
    assert result.exit_code == 0 and (data_copy / "out.csv").read_text(encoding="utf-8").startswith("id,")


def test_words_after_a_double_dash_are_the_question_options_included(cli: Any) -> None:
    """`cardinfo -- 昆明 --lang en` was a usage error: `ask` parsed `--lang` again as its option."""
    result = cli("--", "昆明", "--lang", "en", "--format", "json")
    assert result.exit_code == 0 and "昆明市" in result.stdout and "正在换发" in result.stdout
    assert cli("--lang", "en", "--", "昆明").stdout.startswith("昆明市 (Kunming)")


@pytest.mark.parametrize(
    ("word", "command"), [("状态", "status"), ("地图", "map"), ("导出", "export"), ("来源？", "sources")]
)
def test_a_command_named_in_chinese_gets_the_command_not_places(cli: Any, word: str, command: str) -> None:
    """`cardinfo 状态` offered 桓台县 and 长泰区, which sound alike, for a command typed in Chinese."""
    result = cli(word)
    assert result.exit_code == 1
    assert f"cardinfo {command}" in result.stderr and "是不是要找" not in result.stderr
    assert f"type: cardinfo {command}" in cli("--lang", "en", word).stderr


def test_a_command_word_inside_a_question_is_still_a_question(cli: Any) -> None:
    assert cli("昆明的状态").exit_code == 0


@posix_only
def test_a_file_name_with_a_line_break_is_shown_as_typed(cli: Any, tmp_path: Path) -> None:
    """A newline dropped from the name in the message named another file than the one given."""
    missing = tmp_path / "a\nb\tc.txt"
    result = cli("--lang", "en", "region", "--input", str(missing))
    assert result.exit_code == 2
    assert "a\\nb\\tc.txt" in result.stderr and "\n" not in result.stderr.rstrip("\n")
    written = tmp_path / "x\ny.csv"
    result = cli("--lang", "en", "status", "--format", "csv", "--output", str(written))
    assert result.exit_code == 0 and "x\\ny.csv" in result.stderr and written.exists()


def test_a_home_that_does_not_exist_is_not_created(tmp_path: Path, monkeypatch: Any) -> None:
    """HOME=/nonexistent (services have it) made that folder, and a cache inside it."""
    home = tmp_path / "nonexistent"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("CARDINFO_CACHE_DIR", raising=False)
    assert paths.cache_dir() is None
    home.mkdir()
    assert paths.cache_dir() == home / ".cache" / "cardinfo"


def test_an_empty_cache_variable_is_as_if_unset(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("CARDINFO_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert paths.cache_dir() == tmp_path / "cardinfo"
    assert paths.unusable_cache_setting() is None


@pytest.mark.parametrize("args", [("region", "-h"), ("-h",), ("status", "-h"), ("--lang", "en", "-h")])
def test_help_on_a_phone_fits_its_width(cli: Any, args: tuple[str, ...]) -> None:
    """At 36 columns the options took 30 and their help got four cells a line (`text、` alone)."""
    text = cli(*args, env={"COLUMNS": "36"}).stdout
    for line in text.splitlines():
        whole = line.strip().startswith(("cardinfo ", "cut ", "-"))  # an example, an option's name: kept to copy
        assert whole or cells(line) <= 36, line
    assert "\n      " in text  # each option's help under the option
