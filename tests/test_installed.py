"""The installed command, run as people and scripts run it: odd terminals, pipes, the wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import REPO

EXE = Path(sys.executable).parent / "cardinfo"
pytestmark = [
    pytest.mark.slow,  # subprocesses: skip with -m "not slow"
    pytest.mark.skipif(not EXE.exists(), reason="cardinfo is not installed in this environment"),
]


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("CARDINFO_", "FORCE_COLOR", "NO_COLOR"))}
    full_env.update(env or {})
    return subprocess.run([str(EXE), *args], capture_output=True, env=full_env, cwd=cwd, timeout=60, check=False)


def test_runs_from_another_directory(tmp_path: Path) -> None:
    result = run("region", "昆明", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8").startswith("昆明市：正在换发")


def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cardinfo", "--help"], capture_output=True, cwd=tmp_path, check=False
    )
    assert result.returncode == 0 and b"region" in result.stdout


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_chinese_windows_consoles(encoding: str) -> None:
    for args in (["region", "昆明"], ["faq", "process"], ["faq", "rollout"], ["status"], ["summary"]):
        result = run(*args, env={"PYTHONIOENCODING": encoding})
        assert result.returncode == 0, result.stderr
        assert b"Traceback" not in result.stderr
        text = result.stdout.decode(encoding)
        assert "残疾人证" in text or "正在换发" in text


@pytest.mark.parametrize(
    ("encoding", "args"),
    [
        ("ascii", ("region", "昆明")),
        ("cp1252", ("faq", "fee")),
        ("big5", ("region", "昆明")),  # traditional characters only: 换发 and 残 are not in Big5
    ],
)
def test_a_console_that_cannot_show_simplified_chinese_refuses_a_chinese_answer(
    encoding: str, args: tuple[str, ...]
) -> None:
    result = run(*args, env={"PYTHONIOENCODING": encoding})
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    assert b"cannot show simplified Chinese" in result.stderr and b"--lang en" in result.stderr


@pytest.mark.parametrize(
    ("encoding", "args", "expected"),
    [
        ("cp1252", ("-h",), "Usage: cardinfo"),  # the help is in English there: shown, its few Chinese words as ?
        ("latin-1", ("region", "-h"), "Usage: cardinfo region"),
        ("cp1252", ("--lang", "en", "-h"), "Usage: cardinfo"),
        ("cp1252", ("--lang", "en", "region", "昆明"), "(Kunming): issuing"),
        ("cp437", ("--lang", "en", "faq", "fee"), "free"),
    ],
)
def test_english_on_a_console_without_chinese_is_shown(encoding: str, args: tuple[str, ...], expected: str) -> None:
    result = run(*args, env={"PYTHONIOENCODING": encoding})
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout.decode(encoding)


@pytest.mark.parametrize("locale_vars", [{"LANG": "C"}, {"LC_ALL": "C", "LANG": "C"}, {"LANG": "POSIX"}])
def test_c_locale(locale_vars: dict[str, str]) -> None:
    result = run("region", "盘龙区", env=locale_vars)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert "昆明市" in result.stdout.decode("utf-8")


@pytest.mark.parametrize("args", [["export"], ["status", "--format", "json"], ["status"]])
def test_pipe_closed_early(args: list[str]) -> None:
    shell = f"'{EXE}' {' '.join(args)} | head -c 20 >/dev/null; echo ${{PIPESTATUS[0]}}"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, timeout=60, check=False)
    assert result.stderr == b"", result.stderr
    assert result.stdout.strip() in (b"0", b"141")


def test_markup_and_escapes_from_the_command_line() -> None:
    for query in ("[bold]昆朋[/bold]", "\x1b[2J\x1b[31m昆朋", "昆\x07朋"):
        result = run("region", query, env={"FORCE_COLOR": "1"})
        assert result.returncode == 1 and b"\x1b" not in result.stderr and b"\x07" not in result.stderr
        assert b"Traceback" not in result.stderr
    literal = run("region", "[bold]昆朋[/bold]")
    assert "[bold]昆朋[/bold]" in literal.stderr.decode("utf-8")


def test_plain_after_the_command_and_no_color() -> None:
    for args, env in (
        (["status", "--plain"], {"FORCE_COLOR": "1"}),
        (["status"], {"NO_COLOR": "1", "FORCE_COLOR": "1"}),
    ):
        out = run(*args, env=env).stdout.decode("utf-8")
        assert "\x1b" not in out and "│" not in out and "状态：" in out


def test_wheel_carries_the_data(tmp_path: Path) -> None:
    pytest.importorskip("build")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("cardinfo-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for data_file in (
        "regions.yaml",
        "faq.yaml",
        "sources.yaml",
        "reports.yaml",
        "places.sqlite",
        "source/article.txt",
        "PROVENANCE.md",
        "tilemap.yaml",
        "former_codes.csv",  # generated from the division CSVs: retired codes for ID numbers
    ):
        assert f"cardinfo/data/{data_file}" in names
    raw = [n for n in names if n.endswith(".csv") and not n.endswith("/former_codes.csv")]
    assert not raw  # the raw CSV files stay in the repository
    licences = {n.rsplit("/", 1)[-1] for n in names if ".dist-info/licenses/" in n}
    assert {"LICENSE", "THIRD_PARTY_NOTICES.md"} <= licences
    notices = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("/THIRD_PARTY_NOTICES.md")))
    assert b"pypinyin" in notices and b"OpenCC" in notices and b"CC0" in notices


IMPORT_PROBE = """
import sys
sys.argv = ["cardinfo", *sys.argv[1:]]
from cardinfo.cli import main
try:
    main()
except SystemExit:
    pass
# _sqlite3: the C module, which cardinfo imports without sqlite3's Python layer; named sqlite3 here
names = ("rich", "yaml", "pydantic", "_sqlite3", "json", "csv")
print(" ".join(sorted(m.lstrip("_") for m in names if m in sys.modules)), file=sys.stderr)
"""


@pytest.mark.parametrize(
    ("args", "allowed"),
    [
        (["--version"], set()),
        # Record formats carry province_pinyin/place_pinyin: the data cache keeps them, not the index.
        (["status", "--format", "csv"], {"csv"}),
        (["status", "--format", "json"], {"json"}),
        (["--lang", "en", "status", "--format", "tsv"], {"csv"}),
        (["region", "盘龙区", "--format", "json"], {"sqlite3", "json"}),
        (["region", "昆明"], {"sqlite3"}),  # plain text to a pipe needs no Rich
        (["faq", "換證要錢嗎"], set()),  # traditional characters without the division index
        (["summary"], {"sqlite3"}),  # places by status from all evidence: records and reports on the tree
        (["status", "--format", "yaml"], {"yaml"}),
        (["sources"], set()),  # source notes in Chinese: the translations come from the cache, not YAML
        (["map", "--plain"], {"sqlite3"}),  # the tile grid from the cache, not YAML
        (["--lang", "en", "region", "昆明"], {"sqlite3"}),  # English notes and card functions: cached too
    ],
)
def test_a_run_imports_only_what_it_needs(tmp_path: Path, args: list[str], allowed: set[str]) -> None:
    """Start-up guard: Rich, YAML, the division index, JSON, CSV and pydantic (typer 0.29 imports it)
    stay out of the runs that do not use them."""
    env = {**os.environ, "CARDINFO_CACHE_DIR": str(tmp_path)}
    env.pop("FORCE_COLOR", None)
    for _ in range(2):  # the second run is served from the data cache
        result = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE, *args], capture_output=True, env=env, timeout=60, check=False
        )
    imported = set(result.stderr.decode().split())
    assert imported <= allowed, imported


def test_every_byte_written_before_the_process_ends(tmp_path: Path) -> None:
    """The console script ends without the interpreter's teardown: what it buffered must be out first,
    into a pipe and into a file, and the exit status must be the command's."""
    lines = ["昆明", "昆朋", "盘龙区"] * 3000  # ~9,000 answers: far more than any buffer
    source = tmp_path / "in.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    piped = run("region", "--input", str(source), "--format", "csv")
    assert piped.returncode == 0, piped.stderr
    rows = piped.stdout.decode("utf-8").splitlines()
    assert len(rows) == len(lines) + 1 and rows[-1].startswith(f"{len(lines)},盘龙区,")
    target = tmp_path / "out.csv"
    shell = f"'{EXE}' region --input '{source}' --format csv > '{target}'; echo $?"
    status = subprocess.run(["bash", "-c", shell], capture_output=True, timeout=60, check=False)
    assert status.stdout.strip() == b"0"
    assert target.read_bytes() == piped.stdout
    missing = run("region", "昆朋")
    assert missing.returncode == 1 and "昆朋" in missing.stderr.decode("utf-8")
