"""Found by red team 49 (hostile setups): a number wrapped over two batch lines whose second line goes on
after the digits, a data problem's key whose number
took the line's number into its mask, --input /dev/stdin with standard input closed, and a cache folder
whose path runs through a file or a loop of links."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import cardinfo
from tests.helpers import make_id

ID = make_id("530102", "19900307", "123")


@pytest.mark.parametrize(
    "lines",
    [
        [f'1,"张三","{ID[:10]}', f'{ID[10:]}",昆明'],  # a CSV cell wrapped, more cells after it
        [f"张三 {ID[:10]}", f"{ID[10:]} 昆明"],
        [f"ID {ID[:9]}", f"{ID[9:]} Kunming"],
        [f"身份证：{ID[:6]}", f"{ID[6:]}。谢谢"],
        [ID[:4], ID[4:8], ID[8:12], ID[12:16], ID[16:]],  # in fours: five lines
    ],
)
def test_a_number_wrapped_over_batch_lines_is_masked_whatever_follows_it(
    cli: Any, tmp_path: Path, lines: list[str]
) -> None:
    source = tmp_path / "in.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for fmt in ("csv", "ndjson", "text"):
        out = cli("region", "--input", str(source), "--format", fmt).stdout
        digits = "".join(ch for ch in out if ch.isdigit() or ch == "*")
        assert ID not in digits and ID[6:14] not in out, (fmt, out)
    rows = list(cardinfo.regions(lines))
    assert ID[6:14] not in "".join(str(r) for r in rows)


def test_the_piece_on_the_second_line_is_the_number_s_mask(cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text(f"张三 {ID[:10]}\n{ID[10:]} 昆明\n", encoding="utf-8")
    rows = cli("region", "--input", str(source), "--format", "csv").stdout.splitlines()[1:]
    assert rows[0].split(",")[1] == f"张三 {ID[:6]}****"
    assert rows[1].split(",")[1] == f"****{ID[14:]} 昆明" and rows[1].split(",")[4] == "530100"


def test_a_key_holding_a_number_keeps_the_line_s_number(cli: Any, data_copy: Path) -> None:
    path = data_copy / "faq.yaml"
    spaced = " ".join((ID[:4], ID[4:8], ID[8:12], ID[12:16], ID[16:]))
    path.write_text(f"x: 1\n'{spaced}': 1\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("--lang", "en", "data", "check", str(data_copy))
    assert result.exit_code == 3
    assert f"faq.yaml:2: {ID[:6]}********{ID[14:]}: unknown key" in result.stderr


@pytest.mark.slow  # a subprocess
@pytest.mark.parametrize("name", ["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"])
def test_standard_input_by_its_file_name_when_closed_is_unreadable(name: str) -> None:
    result = subprocess.run(
        ["sh", "-c", f'"$0" -m cardinfo --lang en region --input {name} <&-', sys.executable],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.decode() == f"cardinfo: Cannot read the input {name}: it is closed\n"


def test_a_cache_folder_under_a_file_or_in_a_loop_of_links_is_no_cache(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "afile").write_text("", encoding="utf-8")
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    for folder in (tmp_path / "afile" / "sub", tmp_path / "loop1"):
        monkeypatch.setenv("CARDINFO_CACHE_DIR", str(folder))
        cleared = cli("--lang", "en", "data", "clear-cache")
        assert (cleared.exit_code, cleared.stdout) == (2, "") and "cannot be the cache folder" in cleared.stderr
        shown = cli("--lang", "en", "data", "paths").stdout.splitlines()[-1]
        assert shown.startswith("Cache folder: none (") and "no cache" in shown
        assert cli("region", "昆明").exit_code == 0


@pytest.mark.slow  # a subprocess
@pytest.mark.parametrize("value", ["foo", "bash_source", "source_tcsh", "_"])
def test_a_stray_completion_variable_runs_the_command_as_asked(value: str) -> None:
    # Typer's completion scripts send source_bash, complete_zsh …; anything else set by mistake was
    # answered by Click's English "Invalid completion instruction." and exit 1, the command not run
    result = subprocess.run(
        [sys.executable, "-m", "cardinfo", "--lang", "zh", "region", "昆明", "--brief"],
        capture_output=True,
        timeout=60,
        check=False,
        env={**os.environ, "_CARDINFO_COMPLETE": value},
    )
    assert result.returncode == 0 and "昆明市" in result.stdout.decode(), result.stderr.decode()


@pytest.mark.slow  # a subprocess
def test_the_completion_script_still_comes_from_its_instruction() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cardinfo"],
        capture_output=True,
        timeout=60,
        check=False,
        env={**os.environ, "_CARDINFO_COMPLETE": "source_bash"},
    )
    assert result.returncode == 0 and "_cardinfo_completion()" in result.stdout.decode()
