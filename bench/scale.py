"""Benchmark cardinfo against the size of its data: time and peak memory per command, cold and warm.

Run with the project installed:  python bench/scale.py [--sizes 1000 10000 100000] [--runs 3]

For each size it generates a regions.yaml of that many synthetic records (real divisions from
the bundled index, in code order, then made-up zones inside real counties; statuses, notes and
source words copied from the bundled records), keeps the other bundled data files, and runs each command
of the installed `cardinfo --data-dir` on it: once with an empty cache (cold: validation and the
cache write), then `--runs` times with the cache in place (warm, median), each warm run followed
by the same command on the bundled data (interleaved, so machine load hits both alike). Figures
per process: wall time, CPU time (user + system, which load moves less) and peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
COMMANDS: dict[str, list[str]] = {
    "region 昆明": ["region", "昆明"],
    "region 石角镇 --format json": ["region", "石角镇", "--format", "json"],
    "status --format csv": ["status", "--format", "csv"],
    "status (Rich table)": ["status"],
    "summary": ["summary"],
    "faq fee": ["faq", "fee"],
    "export": ["export"],
    "export --format yaml": ["export", "--format", "yaml"],
}
HEADER = """\
# SYNTHETIC benchmark data made by bench/scale.py: {n} records that no source states.
# Real division names and codes (the bundled index), invented statuses: never use as facts.
schema_version: 1
regions:
"""


def _divisions() -> list[tuple[str, str, str, str]]:
    """(code, name, level, province name) of every division, in code order."""
    with sqlite3.connect(f"file:{DATA / 'places.sqlite'}?mode=ro", uri=True) as con:
        rows = con.execute("SELECT code, name, level, parent FROM division ORDER BY code").fetchall()
    by_code = {code: (name, level, parent) for code, name, level, parent in rows}

    def province(code: str) -> str:
        while by_code[code][2]:
            code = by_code[code][2]
        return str(by_code[code][0])

    return [(code, name, level, province(code)) for code, name, level, _ in rows]


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def make_data(folder: Path, count: int) -> Path:
    """Write regions.yaml with `count` synthetic records (and the other bundled data files) into `folder`."""
    import yaml

    templates: list[dict[str, Any]] = yaml.safe_load((DATA / "regions.yaml").read_text(encoding="utf-8"))["regions"]
    divisions = _divisions()
    counties = [d for d in divisions if d[2] == "county"]
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "regions.yaml").open("w", encoding="utf-8") as out:
        out.write(HEADER.format(n=count))
        for i in range(count):
            t = templates[i % len(templates)]
            if i < len(divisions):
                code, name, level, province = divisions[i]
                where = f'    code: "{code}"\n'
            else:  # more records than divisions: zones inside real counties
                within, _, _, province = counties[i % len(counties)]
                code, name, level = f"zone{i}", f"合成园区{i}", "zone"
                where = f'    code: null\n    within: "{within}"\n'
            notes = "".join(f"      - {_quote(n)}\n" for n in t["notes"])
            out.write(
                f"  - id: gen-{code}\n    province: {province}\n    place: {name}\n{where}"
                f"    level: {level}\n    status: {t['status']}\n    pilot: {str(t['pilot']).lower()}\n"
                f"    since: {_quote(t['since']) if t['since'] else 'null'}\n"
                f"    functions: [{', '.join(t['functions'])}]\n"
                f"    validity_years: {t['validity_years'] if t['validity_years'] is not None else 'null'}\n"
                f"    first_batch: {_quote(t['first_batch']) if t['first_batch'] else 'null'}\n"
                f"    notes:{chr(10) if notes else ' []' + chr(10)}{notes}    aliases: []\n"
                f"    source:\n      section: {t['source']['section']}\n      text: {_quote(t['source']['text'])}\n"
            )
    for name in ("faq.yaml", "sources.yaml", "reports.yaml"):  # the other data files, as bundled
        shutil.copy(DATA / name, folder / name)
    return folder


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float, int, int]:
    """Wall time (s), CPU time (s, user + system), peak RSS (KiB) and exit status of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def measure(exe: str, folder: Path, runs: int, tmp: Path) -> dict[str, dict[str, Any]]:
    """Per command: the cold run on `folder` (empty cache), then `runs` warm runs on it and on the
    bundled data in turn (interleaved, so the machine's load hits both alike)."""
    env = {**os.environ, "COLUMNS": "160", "FORCE_COLOR": "1"}
    env.pop("CARDINFO_DATA_DIR", None)
    sized = {**env, "CARDINFO_CACHE_DIR": str(tmp / "cache-sized")}
    bundled = {**env, "CARDINFO_CACHE_DIR": str(tmp / "cache-bundled")}
    figures: dict[str, dict[str, Any]] = {}
    for name, args in COMMANDS.items():
        shutil.rmtree(tmp / "cache-sized", ignore_errors=True)
        cold = run([exe, "--data-dir", str(folder), *args], sized)
        run([exe, *args], bundled)  # the bundled data's cache
        warm, base = [], []
        for _ in range(runs):
            warm.append(run([exe, "--data-dir", str(folder), *args], sized))
            base.append(run([exe, *args], bundled))
        figures[name] = {"cold": cold, "warm": warm, "bundled": base}
    return figures


def _median(rows: list[tuple[float, float, int, int]], i: int) -> float:
    return statistics.median(r[i] for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--runs", type=int, default=3, help="warm runs per command (median)")
    parser.add_argument("--exe", default=shutil.which("cardinfo") or str(Path(sys.executable).parent / "cardinfo"))
    parser.add_argument("--make", nargs=2, metavar=("FOLDER", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        make_data(Path(args.make[0]), int(args.make[1]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for size in args.sizes:
            # Generated in a child process: a child's peak memory (ru_maxrss) counts the memory of
            # the process it was forked from, which must stay small for the figures to be true.
            folder = base / f"data-{size}"
            subprocess.run([sys.executable, __file__, "--make", str(folder), str(size)], check=True)
            mib = (folder / "regions.yaml").stat().st_size / (1 << 20)
            print(f"\n{size} records (regions.yaml {mib:.1f} MiB); warm: median of {args.runs}, interleaved")
            print(f"  {'command':28s} {'cold wall/CPU/peak':>24s} | {'warm wall/CPU/peak':>23s} | bundled warm | ratio")
            for name, f in measure(args.exe, folder, args.runs, base).items():
                cw, cc, cm, cs = f["cold"]
                ww, wc, wm = _median(f["warm"], 0), _median(f["warm"], 1), max(r[2] for r in f["warm"])
                bw, bc = _median(f["bundled"], 0), _median(f["bundled"], 1)
                status = "" if cs == 0 and all(r[3] == 0 for r in f["warm"]) else f"  (exit {cs})"
                print(
                    f"  {name:28s} {cw:6.2f} s {cc:5.2f} s {cm / 1024:5.0f} MiB | {ww:5.2f} s {wc:5.2f} s "
                    f"{wm / 1024:4.0f} MiB | {bw:5.2f} s {bc:4.2f} s | {ww / bw:4.2f}x wall {wc / bc:4.2f}x CPU{status}"
                )


if __name__ == "__main__":
    main()
