"""A red-team pass on the installed tool: clear-cache and others' files, read-only output files,
impossible date suggestions, two documents on stdout, help to a closed stdout, OS reasons left in
English, and endless devices as batch input."""

from __future__ import annotations

import errno
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from cardinfo import data
from cardinfo.errors import UsageError
from cardinfo.i18n import os_reason, t
from cardinfo.remind import parse_date

EXE = Path(sys.executable).parent / "cardinfo"
ENGLISH_WORDS = re.compile(r"[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){1,}")  # two English words in a row
installed = pytest.mark.skipif(not EXE.exists(), reason="cardinfo is not installed in this environment")


def run(argv: list[str], cache: Path, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CARDINFO_", "PYTHON"))}
    env["CARDINFO_CACHE_DIR"] = str(cache)
    return subprocess.run(argv, capture_output=True, env=env, timeout=60, check=False, **kwargs)


def stderr_of(result: subprocess.CompletedProcess[bytes]) -> str:
    text = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in text, text
    return text


# --- 1. clear-cache and pruning touch only the files cardinfo writes -------------------------

# Names of the cache's forms that cardinfo never writes: a user's or another tool's files.
FOREIGN = [
    "data-mine.bin",
    "inputs-1.id",
    "yaml-config.bin",
    "index-notes.id",
    "vocabulary-words.bin",
    ".cardinfo-notes.tmp",
    ".cardinfo-ABCDEFGH.tmp",
    "data-" + "0" * 39 + ".bin",  # one hex digit short
    "data-" + "0" * 40 + ".id",  # a value's name with a memo's extension
    "index-" + "0" * 40 + ".bin",
    "inputs-" + "A" * 40 + ".id",  # cardinfo writes lower-case hex
]


def fill(folder: Path) -> None:
    for name in FOREIGN:
        (folder / name).write_text("mine", encoding="utf-8")


def test_clear_cache_removes_only_the_names_cardinfo_writes(cli: Any, fresh_cache: Path) -> None:
    assert cli("region", "昆明").exit_code == 0
    written = sorted(p.name for p in fresh_cache.iterdir())
    assert any(n.startswith("data-") for n in written) and any(n.startswith("index-") for n in written)
    fd, tmp = tempfile.mkstemp(dir=fresh_cache, prefix=".cardinfo-", suffix=".tmp")  # as replace_file makes
    os.close(fd)
    fill(fresh_cache)
    shown = cli("data", "paths", "--format", "json").json()["cache_files"]
    assert sorted(Path(p).name for p in shown) == sorted([*written, Path(tmp).name])
    result = cli("--lang", "en", "data", "clear-cache")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"Removed {len(written) + 1} cache file(s)")
    assert sorted(p.name for p in fresh_cache.iterdir()) == sorted(FOREIGN)
    assert all(p.read_text(encoding="utf-8") == "mine" for p in fresh_cache.iterdir())


def test_pruning_keeps_files_cardinfo_did_not_write(
    cli: Any, fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(fresh_cache)
    for path in fresh_cache.iterdir():
        os.utime(path, (1_000_000, 1_000_000))  # old: a temporary file of ours this old is removed
    monkeypatch.setattr(data, "KEEP_CACHES", 0)  # every cache file of ours is pruned as soon as written
    assert cli("region", "昆明").exit_code == 0
    assert sorted(p.name for p in fresh_cache.iterdir()) == sorted(FOREIGN)


def test_the_matcher_knows_tempfiles_names() -> None:
    """What tempfile.mkstemp makes with cardinfo's prefix is a temporary file of cardinfo's."""
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(20):
            fd, name = tempfile.mkstemp(dir=folder, prefix=".cardinfo-", suffix=".tmp")
            os.close(fd)
            assert data.cache_kind(Path(name).name) == "tmp", name


@pytest.mark.parametrize("value", ["/", "//", "relative/cache", "."])
def test_clear_cache_refuses_an_unusable_cache_dir(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """CARDINFO_CACHE_DIR=/ made the cache fall back to the user's own folder, which clear-cache emptied."""
    real = tmp_path / "xdg"
    monkeypatch.delenv("CARDINFO_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(real))
    monkeypatch.chdir(tmp_path)
    assert cli("region", "昆明").exit_code == 0
    before = sorted((real / "cardinfo").iterdir())
    assert before
    monkeypatch.setenv("CARDINFO_CACHE_DIR", value)
    en = cli("--lang", "en", "data", "clear-cache")
    assert (en.exit_code, en.stdout) == (2, "")
    assert en.stderr == (
        f"cardinfo: CARDINFO_CACHE_DIR=“{value}” cannot be the cache folder (it must be an absolute path "
        "other than /), so nothing was removed; correct it or unset it.\n"
    )
    zh = cli("--lang", "zh", "data", "clear-cache")
    assert (zh.exit_code, zh.stdout) == (2, "")
    assert (
        zh.stderr.startswith(f"cardinfo：CARDINFO_CACHE_DIR=“{value}”不能作缓存文件夹")
        and "没有删除任何文件" in zh.stderr
    )
    assert sorted((real / "cardinfo").iterdir()) == before


# --- 2. an existing file the user may not write is not replaced ------------------------------

OUTPUTS = [
    ["export", "--output"],
    ["status", "--format", "csv", "--output"],
    ["map", "--format", "svg", "--output"],
    ["remind", "--issued", "2020-01-01", "--ics"],
]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write a read-only file (see the setpriv test below)")
@pytest.mark.parametrize("args", OUTPUTS)
def test_a_read_only_output_file_is_refused(cli: Any, tmp_path: Path, args: list[str]) -> None:
    target = tmp_path / "kept"
    target.write_text("previous", encoding="utf-8")
    target.chmod(0o444)
    en = cli("--lang", "en", *args, str(target))
    assert (en.exit_code, en.stdout) == (1, "")
    assert en.stderr == f"cardinfo: Cannot write {target}: permission denied\n"
    zh = cli("--lang", "zh", *args, str(target))
    assert zh.exit_code == 1 and zh.stderr == f"cardinfo：无法写入 {target}：没有权限\n"
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["kept"]


@pytest.mark.slow
@installed
@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root and setpriv")
@pytest.mark.parametrize("args", OUTPUTS)
def test_a_read_only_output_file_is_refused_for_a_user(tmp_path: Path, args: list[str]) -> None:
    """As a user who owns the file (root may write anything, as the shell's `>` does)."""
    uid = 54321
    home = tmp_path / "user"
    home.mkdir()
    target = home / "kept"
    target.write_text("previous", encoding="utf-8")
    target.chmod(0o444)
    os.chown(home, uid, uid)
    os.chown(target, uid, uid)
    # The interpreter may live under root's private home: keep only the right to read and search.
    caps = ["--inh-caps", "+dac_read_search", "--ambient-caps", "+dac_read_search"]
    user = ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", *caps, str(EXE)]
    for lang, message in (("en", f"Cannot write {target}: permission denied"), ("zh", f"无法写入 {target}：没有权限")):
        result = run([*user, "--lang", lang, *args, str(target)], home / "cache")
        assert (result.returncode, result.stdout) == (1, b""), result.stderr
        assert message in stderr_of(result)
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in home.iterdir() if p.name != "cache"] == ["kept"]


# --- 3. a date's example is a real date built from its numbers, or there is none -------------


@pytest.mark.parametrize(
    ("value", "example"),
    [
        ("03/15/2024", "2024-03-15"),
        ("15/03/2024", "2024-03-15"),
        ("12/31/2025", "2025-12-31"),
        ("01/03/2025", "2025-03-01"),
        ("13/13/2025", None),
        ("0-0-0", None),
        ("31/31/2025", None),
        ("25-02-30", None),
        ("2025-31-02", None),
        ("2025-13-45T10:00", None),
    ],
)
def test_remind_suggests_only_real_dates(cli: Any, value: str, example: str | None) -> None:
    en = cli("--lang", "en", "remind", "--issued", value, "--today", "2026-01-01")
    zh = cli("--lang", "zh", "remind", "--issued", value, "--today", "2026-01-01")
    assert (en.exit_code, en.stdout, zh.exit_code, zh.stdout) == (2, "", 2, "")
    if example is None:
        assert "for example" not in en.stderr and "例如" not in zh.stderr
        assert not re.search(r"\d{4}-\d\d-\d\d", en.stderr + zh.stderr)
    else:
        assert en.stderr.rstrip().endswith(f"for example {example}.")
        assert zh.stderr.rstrip().endswith(f"例如 {example}。")


def examples(error: UsageError) -> list[str]:
    return [str(error.values[k]) for k in ("example", "before", "after") if k in error.values]


def test_every_date_suggested_is_accepted() -> None:
    """Whatever numbers are given, in whatever order, a date offered as an example parses."""
    numbers = ["0", "1", "02", "12", "13", "29", "30", "31", "32", "99", "1899", "2024", "2025", "2200"]
    offered = 0
    for a, b, c in itertools.product(numbers, repeat=3):
        for value in (f"{a}/{b}/{c}", f"{a}-{b}-{c}", f"{a}-{b}-{c}T08:00"):
            try:
                parse_date(value, "--issued")
            except UsageError as error:
                for example in examples(error):
                    offered += 1
                    assert parse_date(example, "--issued").isoformat() == example, (value, example)
    assert offered > 1000


# --- 4. one document on stdout ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "text"])
@pytest.mark.parametrize("name", ["-", "/dev/stdout"])
def test_calendar_and_answer_both_on_stdout_is_a_usage_error(cli: Any, fmt: str, name: str) -> None:
    en = cli("--lang", "en", "remind", "--issued", "2020-01-01", "--ics", name, "--format", fmt)
    assert (en.exit_code, en.stdout) == (2, "")
    assert en.stderr == (
        f"cardinfo: --ics {name} would write the calendar to standard output, where the answer goes too, "
        "mixing the two: give --ics a file name (for example --ics card.ics).\n"
    )
    zh = cli("--lang", "zh", "remind", "--issued", "2020-01-01", "--ics", name, "--format", fmt)
    assert (zh.exit_code, zh.stdout) == (2, "")
    assert zh.stderr.startswith(f"cardinfo：--ics {name} 会把日历写到标准输出") and "--ics card.ics" in zh.stderr


@pytest.mark.slow  # a subprocess
@installed
def test_calendar_to_the_pipe_stdout_is_refused(tmp_path: Path) -> None:
    """/dev/fd/1 is stdout too, under another name."""
    result = run([str(EXE), "--lang", "en", "remind", "--issued", "2020-01-01", "--ics", "/dev/fd/1"], tmp_path)
    assert (result.returncode, result.stdout) == (2, b"")
    assert "would write the calendar to standard output" in stderr_of(result)


def test_calendar_to_a_file_and_json_on_stdout(cli: Any, tmp_path: Path) -> None:
    ics = tmp_path / "card.ics"
    result = cli("remind", "--issued", "2020-01-01", "--ics", str(ics), "--format", "json")
    assert result.exit_code == 0 and result.json()["expires"]
    assert ics.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


# --- 5. help to a closed stdout --------------------------------------------------------------


@pytest.mark.slow
@installed
@pytest.mark.parametrize("args", [["--help"], ["-h"], ["region", "--help"], ["help"], ["data", "check", "--help"]])
def test_help_to_a_closed_stdout_is_exit_1(tmp_path: Path, args: list[str]) -> None:
    for lang, message in (("en", "Cannot write to standard output: it is closed"), ("zh", "无法写入标准输出：已关闭")):
        result = run([str(EXE), "--lang", lang, *args], tmp_path, stdout=None, close_fds=True, preexec_fn=_close_stdout)
        assert result.returncode == 1
        assert message in stderr_of(result)


def _close_stdout() -> None:
    os.close(1)  # `>&-`


# --- 6. OS reasons in the chosen language ----------------------------------------------------


def test_no_english_sentence_in_a_chinese_os_reason() -> None:
    for number in sorted(errno.errorcode):
        reason = os_reason(OSError(number, os.strerror(number)))
        zh = t("error.output.unwritable", "zh", path="/tmp/x", reason=reason)
        assert not ENGLISH_WORDS.search(zh), zh
        en = t("error.output.unwritable", "en", path="/tmp/x", reason=reason)
        assert re.fullmatch(r"Cannot write /tmp/x: [^\u3400-\u9fff]+", en), en


@pytest.mark.parametrize(
    ("number", "zh", "en"),
    [
        (errno.ENXIO, "没有这个设备或地址", "no such device or address"),
        (errno.ENODEV, "没有这个设备", "no such device"),
        (errno.EROFS, "只读文件系统", "read-only file system"),
        (errno.ETXTBSY, "文件正在使用", "text file busy"),
        (errno.ENAMETOOLONG, "文件名太长", "file name too long"),
        (errno.EMFILE, "打开的文件太多", "too many open files"),
    ],
)
def test_common_os_reasons_are_worded(number: int, zh: str, en: str) -> None:
    reason = os_reason(OSError(number, os.strerror(number)))
    assert (t(reason.key, "zh", **reason.values), t(reason.key, "en", **reason.values)) == (zh, en)


def test_an_unknown_errno_shows_its_name_in_chinese() -> None:
    reason = os_reason(OSError(errno.ENOLINK, os.strerror(errno.ENOLINK)))
    assert t(reason.key, "zh", **reason.values) == "系统错误 ENOLINK"
    assert t(reason.key, "en", **reason.values) == os.strerror(errno.ENOLINK)
    no_errno = os_reason(OSError("something odd"))
    assert t(no_errno.key, "zh", **no_errno.values) == "系统错误"


@pytest.mark.slow
@installed
@pytest.mark.skipif(shutil.which("setsid") is None, reason="needs setsid")
@pytest.mark.parametrize(
    ("args", "status", "zh", "en"),
    [
        (["export", "--output", "/dev/tty"], 1, "无法写入 /dev/tty：", "Cannot write /dev/tty: "),
        (["region", "--input", "/dev/tty"], 2, "无法读取输入 /dev/tty：", "Cannot read the input /dev/tty: "),
    ],
)
def test_dev_tty_without_a_terminal(tmp_path: Path, args: list[str], status: int, zh: str, en: str) -> None:
    """In a new session (no controlling terminal) /dev/tty cannot be opened: ENXIO."""
    got = {}
    for lang in ("zh", "en"):
        result = run(["setsid", "-w", str(EXE), "--lang", lang, *args], tmp_path, stdin=subprocess.DEVNULL)
        assert (result.returncode, result.stdout) == (status, b"")
        got[lang] = stderr_of(result)
    assert got["zh"] == f"cardinfo：{zh}没有这个设备或地址\n"
    assert got["en"] == f"cardinfo: {en}no such device or address\n"


# --- 7. a device as batch input --------------------------------------------------------------


@pytest.mark.slow  # a subprocess
@pytest.mark.parametrize("args", [["region", "-"], ["region", "--input", "-"]])
def test_standard_input_that_is_an_endless_device_is_refused_at_once(tmp_path: Path, args: list[str]) -> None:
    """`region - < /dev/zero` was read forever, while `--input /dev/zero` was refused."""
    with open("/dev/zero", "rb") as zero:
        result = run([sys.executable, "-m", "cardinfo", "--lang", "en", *args], tmp_path, stdin=zero)
    assert (result.returncode, result.stdout) == (2, b"")
    assert stderr_of(result) == (
        "cardinfo: Cannot read the input -: standard input is a device, not lines of text "
        "(redirect a file or pipe lines into it)\n"
    )
    with open(os.devnull, "rb") as empty:  # /dev/null is empty input: no rows, exit 0
        assert run([sys.executable, "-m", "cardinfo", *args], tmp_path, stdin=empty).returncode == 0


@pytest.mark.slow  # a subprocess
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/full"])
def test_an_endless_device_as_input_is_refused_at_once(tmp_path: Path, device: str) -> None:
    """It was read forever: a line with no newline never ends. Run apart, so a hang is a failure."""
    argv = [sys.executable, "-m", "cardinfo", "--lang", "en", "region", "--input", device]
    result = run(argv, tmp_path)
    assert (result.returncode, result.stdout) == (2, b"")
    assert stderr_of(result) == (
        f"cardinfo: Cannot read the input {device}: it is a device, not lines of text "
        "(give a file, a FIFO, or - for standard input)\n"
    )
    zh = run([*argv[:3], "--lang", "zh", *argv[5:]], tmp_path)
    assert zh.returncode == 2 and stderr_of(zh) == (
        f"cardinfo：无法读取输入 {device}：这是设备，不是逐行的文本（请给出文件、FIFO，或用 - 表示标准输入）\n"
    )


@pytest.mark.slow  # a subprocess
def test_dev_null_fifos_and_stdin_stay_input(cli: Any, tmp_path: Path) -> None:
    empty = cli("region", "--input", os.devnull, "--format", "ndjson")
    assert (empty.exit_code, empty.stdout) == (0, "")
    piped = cli("region", "--input", "-", "--format", "ndjson", input="昆明\n")
    assert piped.exit_code == 0 and json.loads(piped.stdout)["place"]["code"] == "530100"
    fifo = tmp_path / "lines"
    os.mkfifo(fifo)
    writer = subprocess.Popen(["sh", "-c", f'printf "盘龙区\\n" > "{fifo}"'])
    try:
        result = cli("region", "--input", str(fifo), "--format", "ndjson")
    finally:
        writer.wait(timeout=30)
    assert result.exit_code == 0 and json.loads(result.stdout)["place"]["name"] == "盘龙区"
