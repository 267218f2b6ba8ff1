"""Found by a red-team pass in hostile setups (session 19): numbers split or mistyped, files written in
place, SIGHUP, a non-blocking stdin and one Ctrl-D on a terminal."""

from __future__ import annotations

import json
import os
import pty
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from cardinfo.idnumber import mask_text
from tests.helpers import make_id
from tests.test_hostile_faults import EXE, PRLIMIT, clean, env_with, shell

INSTALLED = pytest.mark.skipif(not EXE.exists(), reason="cardinfo is not installed in this environment")

ID = make_id("530102", "19900307", "123")
BIRTH = ID[6:14]
SPLIT = [  # the number as typed with a slip, or split by marks the plain mask does not join across
    ID[:10] + "O" + ID[11:] if ID[10] == "0" else ID[:9] + "O" + ID[10:],  # a letter O typed for a 0
    ID[:6] + "l" + ID[7:] if ID[6] == "1" else ID[:6] + "l" + ID[6:],  # an l typed for a 1
    f"{ID[:6]}，{ID[6:]}",  # a list mark between its parts
    f"{ID[:6]}....{ID[6:14]}....{ID[14:]}",  # four dots each
    f"{ID[:6]}\n\n\n\n{ID[6:]}",  # four line breaks
    f"{ID[:6]} {ID[6:14]}.{ID[14:]}",  # a space, then a dot
]


def shown(text: str) -> str:
    return re.sub(r"[^0-9Xx]", "", text)


@pytest.mark.parametrize("typed", SPLIT)
def test_a_split_or_mistyped_number_is_masked(typed: str) -> None:
    masked = mask_text(f"我的证号 {typed} 查一下")
    assert ID not in shown(masked) and BIRTH not in shown(masked), masked
    assert masked.count("*") >= 8


@pytest.mark.parametrize(
    "text", ["530102，530103，530104", "530102 2023.01.15", "电话12385", "昆明 530102，大理 532901"]
)
def test_codes_dates_and_lists_are_not_masked(text: str) -> None:
    assert mask_text(text) == text


@pytest.mark.parametrize("typed", SPLIT)
def test_a_split_number_is_masked_in_json_and_in_a_batch(cli: Any, typed: str) -> None:
    result = cli("region", typed, "--format", "json")
    assert ID not in shown(result.stdout + result.stderr)
    rows = cli("region", "-", "--format", "csv", input=typed.replace("\n", " ") + "\n")
    assert ID not in shown(rows.stdout) and BIRTH not in shown(rows.stdout)


@pytest.mark.slow
@INSTALLED
@pytest.mark.skipif(PRLIMIT is None, reason="prlimit is not installed")
def test_a_hard_linked_file_keeps_its_content_when_the_write_fails(tmp_path: Path) -> None:
    """A file with two names is written in place (both names keep pointing at it); a write the
    file-size limit stops must put the old content back, as a rename would have left it."""
    cache = tmp_path / "cache"
    cache.mkdir()
    assert shell('"$CARDINFO" export >/dev/null', cache).returncode == 0  # the cache, unlimited
    out, other = tmp_path / "a.json", tmp_path / "b.json"
    out.write_text("previous content", encoding="utf-8")
    os.link(out, other)
    result = shell(f'prlimit --fsize=4096 -- "$CARDINFO" --lang en export --output "{out}"', cache)
    assert result.returncode == 1 and "file too large" in clean(result)
    assert out.read_text(encoding="utf-8") == "previous content" == other.read_text(encoding="utf-8")
    assert os.stat(out).st_ino == os.stat(other).st_ino  # still one file under two names


def test_a_hard_linked_file_is_written_whole_when_it_can_be(cli: Any, tmp_path: Path) -> None:
    out, other = tmp_path / "a.json", tmp_path / "b.json"
    out.write_text("previous content " * 10_000, encoding="utf-8")  # longer than the new content
    os.link(out, other)
    assert cli("export", "--output", str(out)).exit_code == 0
    assert json.loads(other.read_text(encoding="utf-8"))["regions"]


@pytest.mark.slow
@INSTALLED
def test_a_batch_on_a_non_blocking_stdin_waits_for_its_lines(tmp_path: Path) -> None:
    """Whoever starts cardinfo may leave stdin non-blocking: a line that comes later is still read."""
    read, write = os.pipe()
    os.set_blocking(read, False)
    env = env_with(CARDINFO_CACHE_DIR=str(tmp_path / "cache"))
    proc = subprocess.Popen(
        [str(EXE), "region", "-", "--format", "csv"],
        stdin=read,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(read)
    os.write(write, "昆明\n".encode())
    time.sleep(1.0)
    os.write(write, "大理\n".encode())
    os.close(write)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode()
    assert [line.split(",")[1] for line in out.decode().splitlines()[1:]] == ["昆明", "大理"]


@pytest.mark.slow
@INSTALLED
@pytest.mark.skipif(sys.platform != "linux", reason="a pseudo-terminal")
def test_one_ctrl_d_ends_a_batch_typed_on_a_terminal(tmp_path: Path) -> None:
    env = env_with(CARDINFO_CACHE_DIR=str(tmp_path / "cache"), TERM="dumb")
    pid, fd = pty.fork()
    if pid == 0:  # the child: cardinfo reading its terminal
        os.execve(str(EXE), [str(EXE), "region", "-", "--format", "csv"], env)
    try:
        time.sleep(1.0)
        os.write(fd, b"\x04")  # Ctrl-D on an empty line
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                assert os.waitstatus_to_exitcode(status) == 0
                return
            time.sleep(0.05)
        pytest.fail("still reading after one Ctrl-D")
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(fd)


def test_yaml_output_carries_no_bidi_override_or_escape() -> None:
    from cardinfo.render import to_yaml

    text = to_yaml([{"note": "换发\u202e中\x1b[2J", "tags": ["a\u200bb"], "n": 1}])
    assert "\u202e" not in text and "\x1b" not in text and "\u200b" not in text
    assert "换发中[2J" in text and "ab" in text and "n: 1" in text


@pytest.mark.slow
@INSTALLED
def test_a_confirmation_on_a_console_without_chinese_is_in_english(tmp_path: Path) -> None:
    env = env_with(CARDINFO_CACHE_DIR=str(tmp_path / "cache"), PYTHONIOENCODING="ascii")
    out = tmp_path / "x.csv"
    result = subprocess.run(
        [str(EXE), "status", "--output", str(out)], capture_output=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 0 and "?" not in result.stderr.decode() and "written" in result.stderr.decode()


def test_install_completion_with_no_shell_named_speaks_the_runs_language(cli: Any, tmp_path: Path) -> None:
    """No shell named: the login shell's ($SHELL), and the message in Chinese as with one named."""
    result = cli("--install-completion", env={"HOME": str(tmp_path), "SHELL": "/bin/bash"})
    assert result.exit_code == 0 and "已为 bash 安装命令补全" in result.stdout
    assert (tmp_path / ".bash_completions" / "cardinfo.sh").exists()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_empty_number_or_province_is_named_as_such(cli: Any, lang: str) -> None:
    empty = cli("--lang", lang, "number", "")
    assert empty.exit_code == 1 and ("没有输入号码" if lang == "zh" else "No number given") in empty.stderr
    assert empty.stdout == ""
    province = cli("--lang", lang, "status", "--province", "")
    assert province.exit_code == 2 and "--province" in province.stderr


def test_a_data_file_of_another_schema_version_is_refused(cli: Any, tmp_path: Path) -> None:
    import shutil

    from cardinfo.paths import DATA_FILES
    from tests.helpers import REPO, replace

    for name in DATA_FILES:
        shutil.copy(REPO / "data" / name, tmp_path / name)
    replace(tmp_path / "regions.yaml", "schema_version: 1", "schema_version: 99")
    result = cli("--lang", "en", "--data-dir", str(tmp_path), "data", "check")
    assert result.exit_code == 3
    assert "regions.yaml" in result.stderr and "schema_version 1 only, found 99" in result.stderr


@pytest.mark.slow
def test_importing_the_package_takes_no_time_a_ctrl_c_could_land_in() -> None:
    """Until main() takes Ctrl-C over, a KeyboardInterrupt prints a traceback: the package's own import must be
    next to nothing (typing, ~4 ms, is imported by the CLI inside main(), where Ctrl-C ends quietly with 130)."""
    probe = "import sys; import cardinfo; print([m for m in ('typing', 'typer', 'cardinfo.cli') if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"
