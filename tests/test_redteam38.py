"""Found by a red-team pass on hostile setups (session 22): one query's CSV in the console's encoding,
--install-completion cutting ~/.bashrc, a postcode read as a division code, numbers shown whole when
split over batch lines or typed with a character between, and smaller things."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import cardinfo
from cardinfo.errors import NotFound
from tests.helpers import make_id

ID = make_id("530102", "19900307", "123")
EXE = [sys.executable, "-m", "cardinfo"]


def _run(*args: str, env: dict[str, str] | None = None, limit: int | None = None) -> subprocess.CompletedProcess[bytes]:
    def limited() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    full = {**os.environ, **(env or {})}
    return subprocess.run([*EXE, *args], capture_output=True, env=full, preexec_fn=limited, timeout=60, check=False)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "tsv", "ndjson"])
@pytest.mark.parametrize("encoding", ["gbk", "ascii"])
def test_one_query_in_a_batch_format_is_utf8_whatever_the_console(fmt: str, encoding: str) -> None:
    """region 昆明 --format csv on a GBK console wrote GBK bytes; on an ASCII one, ? or half a file."""
    done = _run("region", "昆明", "--format", fmt, env={"PYTHONIOENCODING": encoding})
    assert done.returncode == 0, done.stderr
    assert "昆明市" in done.stdout.decode("utf-8")


@pytest.mark.slow
def test_install_completion_under_a_file_size_limit_leaves_bashrc_whole(tmp_path: Path) -> None:
    rc = tmp_path / ".bashrc"
    rc.write_text("".join(f'alias a{i}="echo {i}"\n' for i in range(6000)), encoding="utf-8")
    before = rc.read_bytes()
    done = _run("--install-completion", "bash", env={"HOME": str(tmp_path)}, limit=50 * 1024)
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    assert str(rc).encode() in done.stderr  # the file is named
    assert rc.read_bytes() == before


def test_a_failed_completion_script_leaves_bashrc_as_it_was(cli: Any, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".bash_completions" / "cardinfo.sh").mkdir(parents=True)  # the script's path is a folder
    rc = tmp_path / ".bashrc"
    rc.write_text("# my rc\n", encoding="utf-8")
    result = cli("--install-completion", "bash")
    assert result.exit_code == 1 and "cardinfo.sh" in result.stderr
    assert rc.read_text(encoding="utf-8") == "# my rc\n"


@pytest.mark.parametrize(("shell", "rc"), [("bash", ".bashrc"), ("zsh", ".zshrc")])
def test_completion_keeps_an_rc_file_that_is_not_utf8_byte_for_byte(
    cli: Any, tmp_path: Path, monkeypatch: Any, shell: str, rc: str
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    path = tmp_path / rc
    path.write_bytes(b'# caf\xe9\nalias ll="ls -l"\n')
    result = cli("--install-completion", shell)
    assert result.exit_code == 0, result.stderr
    after = path.read_bytes()
    assert (after.startswith(b'# caf\xe9\nalias ll="ls -l"\n') and b"compinit" in after) or b"source" in after
    assert cli("--install-completion", shell).exit_code == 0
    assert path.read_bytes() == after  # installed once: nothing added twice


@pytest.mark.parametrize("text", ["邮编650000", "postcode 710000", "邮政编码：510000", "Zip: 610000"])
def test_a_postcode_is_no_division_code(cli: Any, text: str) -> None:
    """邮编650000 (昆明's postcode) answered 新疆 (whose code it is), exit 0."""
    result = cli("region", text)
    assert result.exit_code == 1 and "邮政编码" in result.stderr
    english = cli("--lang", "en", "region", text)
    assert english.exit_code == 1 and "postcode" in english.stderr


def test_a_postcode_beside_a_place_leaves_the_place(cli: Any) -> None:
    assert (
        cli("region", "云南省昆明市盘龙区拓东路1号 邮编：650011", "--format", "json").json()["place"]["code"]
        == "530103"
    )
    assert cli("region", "区划代码 530103", "--format", "json").json()["place"]["code"] == "530103"  # a code stays one
    assert cli("region", "650000", "--format", "json").json()["place"]["code"] == "650000"


def test_a_number_split_over_batch_lines_is_masked_across_them(cli: Any, tmp_path: Path) -> None:
    lines = tmp_path / "in.txt"
    lines.write_text(f"{ID[:12]}\n{ID[12:]}\n昆明\n{ID[:4]}\n{ID[4:14]}\n{ID[14:]}\n530102\n530103\n", encoding="utf-8")
    out = cli("region", "--input", str(lines), "--format", "csv").stdout
    rows = [line.split(",")[1] for line in out.splitlines()[1:]]
    joined = rows[0] + rows[1]
    assert ID[6:14] not in joined and ID not in out and ID[4:14] not in out
    assert rows[3:6] == [ID[:4], ID[4:6] + "*" * 8, ID[14:]]  # the number's mask, cut where its lines were
    assert rows[6:] == ["530102", "530103"]  # a column of codes is no number


def test_thirteen_digits_alone_are_masked_in_a_batch_row() -> None:
    row = next(cardinfo.regions([ID[:13]]))
    assert ID[:13] not in json.dumps(row, ensure_ascii=False)


@pytest.mark.parametrize(
    "text", [ID[:10] + "a" + ID[10:], ID[:12] + "的" + ID[12:], f"前六位{ID[:6]}，生日{ID[6:14]}，后四位{ID[14:]}"]
)
def test_a_number_with_words_or_a_stray_character_inside_is_masked(cli: Any, text: str) -> None:
    shown = [cli("region", text).stderr, cli("region", text, "--format", "json").stdout, cli("ask", text).stderr]
    for part in shown:
        assert ID[6:14] not in part and ID[8:12] not in part, part


@pytest.mark.parametrize("text", ["1号楼2单元301室", "电话13812345678转123", "2023年12月01日到2024年1月2日"])
def test_short_numbers_between_words_are_not_masked(cli: Any, text: str) -> None:
    assert "*" not in cli("region", text, "--format", "json").stdout + cli("region", text).stderr


def test_a_huge_int_is_a_too_long_row_not_an_error() -> None:
    rows = list(cardinfo.regions(["昆明", 10**5000]))
    assert rows[0]["place"]["code"] == "530100" and rows[1]["match"] == "none"
    with pytest.raises(NotFound):
        cardinfo.region("x" * 10_000)


@pytest.mark.parametrize(("bom", "codec"), [(b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be")])
def test_a_utf32_file_is_read_as_utf32(cli: Any, tmp_path: Path, bom: bytes, codec: str) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(bom + "昆明\n五华区\n".encode(codec))
    out = cli("region", "--input", str(path), "--format", "csv").stdout.splitlines()
    assert len(out) == 3 and out[1].startswith("1,昆明,") and "\x00" not in "".join(out)


@pytest.mark.slow
@pytest.mark.parametrize("env", [{}, {"COMP_WORDS": "cardinfo reg", "COMP_CWORD": "x"}])
def test_completion_variables_missing_or_malformed_give_no_traceback(env: dict[str, str]) -> None:
    done = _run(env={"_CARDINFO_COMPLETE": "complete_bash", **env})
    assert done.returncode == 0 and b"Traceback" not in done.stderr


@pytest.mark.parametrize("columns", ["0", "-5"])
def test_a_columns_that_is_no_width_is_ignored(cli: Any, monkeypatch: Any, columns: str) -> None:
    from cardinfo.cli import env_columns

    monkeypatch.setenv("COLUMNS", columns)
    assert env_columns() is None
    monkeypatch.setenv("COLUMNS", "90")
    assert env_columns() == 90
