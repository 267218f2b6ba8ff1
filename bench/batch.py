"""Benchmark `cardinfo region --input`: peak memory of a long batch against one query, and lines per second.

Run with the project installed:  python bench/batch.py [--lines 100000] [--runs 3] [--exe cardinfo]

The input is generated from the division index with a fixed seed: official names, short
names, pinyin, 6-digit codes, resident ID and certificate numbers built on real division codes,
addresses (`云南昆明盘龙区`), and a share of lines that name no place. Single queries and the
batch are run in turn (interleaved, so machine load hits both alike); the figure is the ratio of
medians of peak RSS (max resident set size, from wait4). Target: batch <= 1.5x one query.
Throughput is reported too; the corpus-based accuracy and throughput benchmark is bench/resolve.py.
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

from cardinfo.data import places_path  # noqa: E402  (the bench reads the same index the tool ships)
from cardinfo.idnumber import check_digit  # noqa: E402
from cardinfo.places import Divisions  # noqa: E402

TARGET = 1.5
MISSES = ["天气怎么样", "xyzzy", "昆名", "北京市朝阳区望京街道10号楼3单元", "Harbin"]


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
        single_rss: list[int] = []
        batch_rss: list[int] = []
        batch_time: list[float] = []
        for _ in range(args.runs):  # interleaved
            for query in ("昆明", "盘龙区", "北京市朝阳区"):
                _, rss, status = run([args.exe, "region", query, "--format", "json"])
                assert status == 0, (query, status)
                single_rss.append(rss)
            elapsed, rss, status = run([args.exe, "region", "--input", str(source), "--format", "ndjson"])
            assert status == 0, status
            batch_rss.append(rss)
            batch_time.append(elapsed)
        one, many = statistics.median(single_rss), statistics.median(batch_rss)
        ratio = many / one
        print(f"one query  : peak RSS median {one / 1024:.1f} MiB over {len(single_rss)} runs")
        print(f"{args.lines:,} lines: peak RSS median {many / 1024:.1f} MiB over {len(batch_rss)} runs")
        print(f"ratio      : {ratio:.2f}x (target <= {TARGET}x) -> {'met' if ratio <= TARGET else 'MISSED'}")
        best = min(batch_time)
        print(
            f"throughput : {args.lines / best:,.0f} lines/s (best of {len(batch_time)} runs, {best:.1f} s, one process)"
        )
        sys.exit(0 if ratio <= TARGET else 1)


if __name__ == "__main__":
    main()
