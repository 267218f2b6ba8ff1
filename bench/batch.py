"""Benchmark `cardinfo region --input`: peak memory of a long batch against one query, and lines per second.

Run with the project installed:  python bench/batch.py [--lines 100000] [--runs 3] [--exe cardinfo]

The input is generated from the division index with a fixed seed: official names, short
names, pinyin, 6-digit codes, resident ID and certificate numbers built on real division codes,
addresses (`云南昆明盘龙区`), and a share of lines that name no place. Single queries and the
batch are run in turn (interleaved, so machine load hits both alike); the figure is the ratio of
medians of peak RSS (max resident set size, from wait4). Target: batch <= 1.5x one query.
Throughput is reported too; the corpus-based accuracy and throughput benchmark is bench/resolve.py.

The resolver keeps the county-level names in memory once a process has answered
PRELOAD_AFTER queries, and a bit filter of townships' names after FILTER_AFTER (cardinfo.places):
faster, at a fixed cost in memory that does not grow with the input. The same batch is also run
with both switched off, so both sides of the trade are measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cardinfo.idnumber import check_digit  # noqa: E402
from cardinfo.paths import places_path  # noqa: E402  (the bench reads the same index the tool ships)
from cardinfo.places import Divisions  # noqa: E402

TARGET = 1.5
LEAN = "import cardinfo.places as p; p.PRELOAD_AFTER = p.FILTER_AFTER = 10**12; from cardinfo.cli import main; main()"
MISSES = ["天气怎么样", "xyzzy", "昆朋", "北京市朝阳区望京街道10号楼3单元", "Harbin"]


def corpus(lines: int, seed: int = 20261129) -> list[str]:
    """`lines` queries of every kind, reproducible from `seed`."""
    rng = random.Random(seed)
    pool = Divisions(places_path()).suggestion_pool()
    out: list[str] = []
    for _ in range(lines):
        code, name, short, pinyin = rng.choice(pool)
        kind = rng.random()
        if kind < 0.3:
            out.append(name)
        elif kind < 0.5:
            out.append(short or name)
        elif kind < 0.6:
            out.append(pinyin.replace(" ", "") or name)
        elif kind < 0.7:
            out.append(code)
        elif kind < 0.85:
            born = f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            body = f"{code}{born}{rng.randint(0, 999):03d}"
            number = body + check_digit(body)
            out.append(number + (f"{rng.randint(1, 7)}{rng.randint(1, 4)}" if rng.random() < 0.5 else ""))
        elif kind < 0.99:
            out.append(name)
        else:
            out.append(rng.choice(MISSES))
    return out


def run(argv: list[str], stdin: Path | None = None) -> tuple[float, int, int]:
    """Wall time (s), peak RSS (KiB) and exit status of one run, output discarded."""
    start = time.perf_counter()
    with open(stdin or os.devnull, "rb") as source:
        proc = subprocess.Popen(argv, stdin=source, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--exe", default=shutil.which("cardinfo") or "cardinfo")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "queries.txt"
        source.write_text("\n".join(corpus(args.lines)) + "\n", encoding="utf-8")
        lean = [sys.executable, "-c", LEAN]
        batch_args = ["region", "--input", str(source), "--format", "ndjson"]
        single_rss: list[int] = []
        rss: dict[str, list[int]] = {"as shipped": [], "no preload": []}
        times: dict[str, list[float]] = {"as shipped": [], "no preload": []}
        for _ in range(args.runs):  # interleaved
            for query in ("昆明", "盘龙区", "北京市朝阳区"):
                _, peak, status = run([args.exe, "region", query, "--format", "json"])
                assert status == 0, (query, status)
                single_rss.append(peak)
            for variant, argv in (("as shipped", [args.exe, *batch_args]), ("no preload", [*lean, *batch_args])):
                elapsed, peak, status = run(argv)
                assert status == 0, (variant, status)
                rss[variant].append(peak)
                times[variant].append(elapsed)
        one = statistics.median(single_rss)
        print(f"one query: peak RSS median {one / 1024:.1f} MiB over {len(single_rss)} runs")
        ratios = {}
        for variant in rss:
            many = statistics.median(rss[variant])
            ratios[variant] = many / one
            best = min(times[variant])
            verdict = "met" if ratios[variant] <= TARGET else "MISSED"
            print(
                f"{args.lines:,} lines, {variant}: peak RSS median {many / 1024:.1f} MiB = {ratios[variant]:.2f}x "
                f"(target <= {TARGET}x: {verdict}); {args.lines / best:,.0f} lines/s (best of {args.runs}, one process)"
            )
        sys.exit(0 if ratios["as shipped"] <= TARGET else 1)


if __name__ == "__main__":
    main()
