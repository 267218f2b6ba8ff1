"""Measure the personal-number mask both ways, on texts generated (seeded) from the division data.

Run with the project installed:  python bench/masking.py [--seed 11] [--numbers 1500] [--lists 20000]

1. Leaks: valid resident IDs (a real county's code, a birth date 1940–2013, the check digit computed)
   written in ten ways people split them (labels between the pieces, list marks, thousands separators,
   a birth date without its zeros, groups of six, a phone or a date before them); a leak is a text
   whose masked form still shows the birth date's digits (the 8, or its year outside the kept ends).
2. False masks: lists of 2–6 dates in six forms (2025-03-01, 2025/3/1, 2025.3.1, 20250301,
   2025年3月1日, 2025-3-1) joined by list marks or words, a third after a phone number; a false mask
   is a list the mask changes at all.
3. Time by length: mask_text on lines of lowercase hex with digits (a hash or token column), 500 and
   4,000 characters, median of 5; the ratio should stay near the lengths' (8), not their squares' (64):
   each run of digits once looked outward over the whole line for a cache file's digest.
Prints the rate of each by form; the targets are none of either.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from cardinfo.idnumber import check_digit, mask_text

ROOT = Path(__file__).resolve().parents[1]

WRITINGS: dict[str, Callable[[str], str]] = {
    "labels between": lambda n: f"前六位{n[:6]}，生日{n[6:14]}，后四位{n[14:]}",
    "commas": lambda n: f"{n[:6]},{n[6:14]},{n[14:]}",
    "enumeration commas, fours": lambda n: f"{n[:6]}、{n[6:10]}、{n[10:14]}、{n[14:]}",
    "slashes": lambda n: f"证号 {n[:6]} / {n[6:14]} / {n[14:]}",
    "date without zeros": lambda n: f"{n[:6]}，{n[6:10]}年{int(n[10:12])}月{int(n[12:14])}日，{n[14:]}",
    "thousands separators": lambda n: ",".join(n[k : k + 3] for k in range(0, 18, 3)),
    "groups of six": lambda n: f"{n[:6]} {n[6:12]} {n[12:]}",
    "nine and nine": lambda n: f"身份证{n[:9]}，后面是{n[9:]}",
    "after a phone": lambda n: f"电话0871-6034488，{n[:6]}，{n[6:14]}，{n[14:]}",
    "after a date": lambda n: f"2023-05-06 办的，证号{n[:6]}，{n[6:14]}，{n[14:]}",
}
DATES: dict[str, Callable[[dt.date], str]] = {
    "2025-03-01": lambda d: d.isoformat(),
    "2025/3/1": lambda d: f"{d.year}/{d.month}/{d.day}",
    "2025.3.1": lambda d: f"{d.year}.{d.month}.{d.day}",
    "20250301": lambda d: d.strftime("%Y%m%d"),
    "2025年3月1日": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "2025-3-1": lambda d: f"{d.year}-{d.month}-{d.day}",
}
BETWEEN = ("、", "，", ", ", "; ", " 或 ", " 到 ", "和")


def counties() -> list[str]:
    with (ROOT / "data" / "divisions" / "divisions.csv").open(encoding="utf-8", newline="") as handle:
        return [r["code"] for r in csv.DictReader(handle) if r["level"] == "county" and r["code"][0] in "123456"]


def leaks(rng: random.Random, codes: list[str], count: int) -> dict[str, int]:
    missed = dict.fromkeys(WRITINGS, 0)
    for _ in range(count):
        born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 27000))
        body = rng.choice(codes) + born.strftime("%Y%m%d") + f"{rng.randint(0, 999):03}"
        number = body + check_digit(body)
        for name, write in WRITINGS.items():
            shown = "".join(ch for ch in mask_text(write(number)) if ch.isdigit())
            inner = shown.replace(number[:6], "", 1)[:-4]  # (the kept first six and last four aside)
            missed[name] += number[6:14] in shown or number[6:10] in inner
    return missed


def false_masks(rng: random.Random, count: int) -> tuple[int, int]:
    changed = with_phone = 0
    for _ in range(count):
        days = [dt.date(2000, 1, 1) + dt.timedelta(days=rng.randint(0, 9500)) for _ in range(rng.randint(2, 6))]
        text = rng.choice(BETWEEN).join(rng.choice(list(DATES.values()))(d) for d in days)
        phone = rng.random() < 0.3
        if phone:
            text = f"电话0871-{rng.randint(6000000, 6999999)}，{text}"
        if mask_text(text) != text:
            changed += 1
            with_phone += phone
    return changed, with_phone


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--numbers", type=int, default=1500)
    parser.add_argument("--lists", type=int, default=20000)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    missed = leaks(rng, counties(), args.numbers)
    print(f"leaks: numbers whose birth date shows, of {args.numbers} per writing")
    for name, n in missed.items():
        print(f"  {name:28}{n:>6}  {n / args.numbers:6.1%}")
    changed, with_phone = false_masks(rng, args.lists)
    share = changed / args.lists
    print(f"false masks: date lists changed, of {args.lists}: {changed} ({share:.2%}), {with_phone} after a phone")
    timed = {size: _median_seconds("a1" * (size // 2)) for size in (500, 4000)}
    ratio = timed[4000] / timed[500]
    print(f"hex lines: 500 chars {1000 * timed[500]:.1f} ms, 4,000 chars {1000 * timed[4000]:.1f} ms ({ratio:.1f}x)")


def _median_seconds(text: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        mask_text(text)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


if __name__ == "__main__":
    main()
