"""Benchmark cardinfo: cold-start ratios, peak memory, and look-up time against table size.

Run with the project installed (`pip install .`):  python bench/startup.py [--runs 21]

1. Cold start: each command of the installed `cardinfo`, a bare `python -c pass` and the floor
   (a minimal two-command app on the same Typer) run in turn (interleaved, so machine noise hits
   all alike); prints each median and its ratio to the floor (limit 1.10), and to the same app
   leaving as cardinfo does (os._exit once flushed: no interpreter teardown), cardinfo's own share. Bytecode is compiled
   first and kept, as an installed package has it (PYTHONDONTWRITEBYTECODE is dropped).
2. Peak memory (max RSS) of `cardinfo region 石角镇` against `cardinfo --version`.
3. With --instructions: the instructions each run executes (valgrind callgrind), a figure that,
   unlike wall time, does not move with the machine's load.
4. Look-up time in-process on the real division index and on one made 10x larger with
   synthetic rows (a copy of the index with nine made-up copies of every row): median per query
   and the ratio.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS: dict[str, list[str]] = {
    "--version": ["--version"],
    "region 昆明": ["region", "昆明"],
    "region 盘龙区 --format json": ["region", "盘龙区", "--format", "json"],
    "region 石角镇": ["region", "石角镇"],
    "region (an address)": ["region", "云南省昆明市盘龙区拓东路1号"],
    "ask (a sentence)": ["我在昆明，三代证要钱吗"],
    "ask (a place alone: cardinfo 昆明)": ["昆明"],
    "ask (a question, no place)": ["三代证要钱吗"],
    "number": ["number", "11010519491231002X"],
    "sources": ["sources"],
    "map (plain)": ["map", "--plain"],
    "status --format csv": ["status", "--format", "csv"],
    "status (plain table)": ["status"],
    "summary": ["summary"],
    "timeline": ["timeline"],
    "faq fee": ["faq", "fee"],
    "faq 换证要钱吗": ["faq", "换证要钱吗"],
    "remind": ["remind", "--last-activated", "2026-03-01", "--today", "2026-11-29"],
    "export": ["export"],
}
FLOOR_LIMIT = 1.10  # every command within 10% of the minimal Typer app's start-up
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(argv: list[str]) -> tuple[float, int]:
    """Wall time (s) and peak RSS (KiB) of one run, output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss


# The floor any Typer CLI pays here: a minimal two-command app on the same interpreter.
MINIMAL_TYPER_APP = """
import typer
app = typer.Typer()
@app.command()
def hello(name: str) -> None:
    print(name)
@app.command()
def bye() -> None:
    pass
app()
"""
# The same app leaving as cardinfo's console script does: output flushed, then os._exit without the
# interpreter's teardown. Against it, a command's ratio is cardinfo's own share alone.
QUICK_EXIT_APP = MINIMAL_TYPER_APP.replace(
    "app()",
    "import os, sys\ntry:\n    app()\nexcept SystemExit as exc:\n"
    "    sys.stdout.flush(); sys.stderr.flush(); os._exit(exc.code or 0)",
)


def cold_start(exe: str, runs: int) -> None:
    python = str(Path(exe).parent / "python") if (Path(exe).parent / "python").exists() else sys.executable
    baseline = [python, "-c", "pass"]
    floor = [python, "-c", MINIMAL_TYPER_APP, "hello", "x"]
    quick = [python, "-c", QUICK_EXIT_APP, "hello", "x"]
    subprocess.run([python, "-m", "compileall", "-q", str(ROOT / "src")], check=False, env=ENV)
    for args in COMMANDS.values():  # warm the OS file cache, the bytecode and cardinfo's data cache
        run([exe, *args])
    fixed = ["python -c pass", "minimal Typer app", "quick-exit Typer app"]
    times: dict[str, list[float]] = {name: [] for name in [*fixed, *COMMANDS]}
    rss: dict[str, list[int]] = {name: [] for name in times}
    for _ in range(runs):
        runs_of = [("python -c pass", baseline), ("minimal Typer app", floor), ("quick-exit Typer app", quick)]
        for name, argv in runs_of + [(n, [exe, *a]) for n, a in COMMANDS.items()]:
            elapsed, peak = run(argv)
            times[name].append(elapsed)
            rss[name].append(peak)
    base = statistics.median(times["python -c pass"])
    print(f"cold start, median of {runs} interleaved runs (bare python: {base * 1000:.1f} ms)")
    typer_floor = statistics.median(times["minimal Typer app"])
    quick_floor = statistics.median(times["quick-exit Typer app"])
    print(f"  {'(minimal two-command Typer app)':32s} {typer_floor * 1000:7.1f} ms  {typer_floor / base:5.2f}x python")
    print(f"  {'(the same, leaving by os._exit)':32s} {quick_floor * 1000:7.1f} ms  {quick_floor / base:5.2f}x python")
    for name in COMMANDS:
        median = statistics.median(times[name])
        ratio = median / typer_floor
        verdict = "ok" if ratio <= FLOOR_LIMIT else f"OVER {FLOOR_LIMIT:g}x"
        print(
            f"  {name:32s} {median * 1000:7.1f} ms  {ratio:5.2f}x floor  (limit {FLOOR_LIMIT:g}x: {verdict}); "
            f"{median / quick_floor:5.2f}x the quick-exit app"
        )
    version_rss = statistics.median(rss["--version"])
    town_rss = statistics.median(rss["region 石角镇"])
    ratio = town_rss / version_rss
    print(
        f"peak memory: region 石角镇 {town_rss / 1024:.1f} MiB, --version {version_rss / 1024:.1f} MiB, "
        f"ratio {ratio:.2f}x (limit 1.5x: {'ok' if ratio <= 1.5 else 'OVER'})"
    )


def make_synthetic(real: Path, out: Path, copies: int) -> None:
    """The real index plus `copies` made-up copies of every row ("合成N…" names, "SN-" codes)."""
    import sqlite3

    shutil.copyfile(real, out)
    con = sqlite3.connect(out)
    for n in range(1, copies + 1):
        con.execute(
            "INSERT INTO division SELECT ?||code, ?||name, level, CASE parent WHEN '' THEN '' ELSE ?||parent END,"
            " short, pinyin FROM division WHERE code NOT LIKE 'S%'",
            (f"S{n}-", f"合成{n}", f"S{n}-"),
        )
        con.execute(
            "INSERT INTO key SELECT ?||key, ?||code, kind FROM key WHERE code NOT LIKE 'S%'", (f"合成{n}", f"S{n}-")
        )
    con.commit()
    con.execute("VACUUM")
    con.close()


def instructions(argv: list[str]) -> int:
    """Instructions one run executes, counted by valgrind's callgrind: repeatable, unlike time."""
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        capture_output=True,
        text=True,
        check=False,
        env=ENV,
    ).stderr
    return int(out.split("Collected :")[1].split()[0])


def instruction_counts(exe: str) -> None:
    python = str(Path(exe).parent / "python") if (Path(exe).parent / "python").exists() else sys.executable
    for args in COMMANDS.values():
        run([exe, *args])  # warm cardinfo's data cache
    base = instructions([python, "-c", "pass"])
    print(f"instructions (valgrind callgrind, one run each; bare python: {base / 1e6:.1f} M)")
    floor = instructions([python, "-c", MINIMAL_TYPER_APP, "hello", "x"])
    quick = instructions([python, "-c", QUICK_EXIT_APP, "hello", "x"])
    print(f"  {'(minimal two-command Typer app)':32s} {floor / 1e6:7.1f} M  {floor / base:5.2f}x")
    print(f"  {'(the same, leaving by os._exit)':32s} {quick / 1e6:7.1f} M  {quick / base:5.2f}x")
    for name, args in COMMANDS.items():
        count = instructions([exe, *args])
        print(f"  {name:32s} {count / 1e6:7.1f} M  {count / floor:5.2f}x floor  {count / quick:5.2f}x quick-exit app")


def lookup_scaling(repeats: int) -> None:
    import sqlite3

    sys.path.insert(0, str(ROOT / "src"))
    from cardinfo.data import load
    from cardinfo.lookup import Atlas
    from cardinfo.paths import places_path
    from cardinfo.places import Divisions

    queries = ["昆明", "盘龙区", "石角镇", "kunming", "530103", "崑明", "綦江县", "五华", "上海", "云南昆明盘龙区"]
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "places-x10.sqlite"
        make_synthetic(places_path(), big, copies=9)
        dataset = load()
        medians = {}
        for label, path in [("real", places_path()), ("10x", big)]:
            with sqlite3.connect(path) as con:
                rows = con.execute("SELECT count(*) FROM division").fetchone()[0]
            samples = []
            for _ in range(repeats):
                atlas = Atlas(dataset, Divisions(path))  # cold per repeat: no warm per-place cache
                start = time.perf_counter()
                for q in queries:
                    atlas.answer(q)
                samples.append((time.perf_counter() - start) / len(queries))
            medians[label] = statistics.median(samples)
            print(f"look-up on {label:4s} index ({rows:,} divisions): {medians[label] * 1e6:8.1f} µs per query")
        ratio = medians["10x"] / medians["real"]
        print(f"look-up time ratio 10x/real: {ratio:.2f} (limit 1.5: {'ok' if ratio <= 1.5 else 'OVER'})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--exe", default=shutil.which("cardinfo") or "cardinfo")
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--instructions", action="store_true", help="also count instructions with valgrind")
    args = parser.parse_args()
    if not args.skip_startup:
        cold_start(args.exe, args.runs)
    if args.instructions:
        instruction_counts(args.exe)
    lookup_scaling(repeats=max(5, args.runs // 2))


if __name__ == "__main__":
    main()
