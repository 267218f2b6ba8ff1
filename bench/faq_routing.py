"""Measure FAQ routing on the held-out questions: accuracy, and how many were answered wrongly.

Run with the project installed:  python bench/faq_routing.py [--show] [--questions FILE]

The held-out set (bench/faq_heldout.yaml) was written blind, never tuned on; the test suite's
labelled set (tests/faq_questions.yaml) is what the matcher was tuned with. A wrong topic is worse
than none: "confidently wrong" counts the questions answered with another topic.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import yaml

from cardinfo import data
from cardinfo.faq import match

HELD_OUT = Path(__file__).resolve().parent / "faq_heldout.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument(
        "--questions", type=Path, default=HELD_OUT, help="another held-out set of the same shape ({q, topic} items)"
    )
    args = parser.parse_args()
    dataset = data.load()
    items = yaml.safe_load(args.questions.read_text(encoding="utf-8"))
    right = 0
    wrong: Counter[str] = Counter()
    misses: list[tuple[str, str, str]] = []
    for item in items:
        found = match(dataset.faq, item["q"], dataset.faq_t2s)
        got = found.entry.key if found else "none"
        if got == item["topic"]:
            right += 1
            continue
        misses.append((item["topic"], got, item["q"]))
        if got != "none":
            wrong[item["topic"]] += 1
    print(f"held-out FAQ routing: {right}/{len(items)} right ({right / len(items):.1%}); "
          f"confidently wrong {sum(wrong.values())} ({sum(wrong.values()) / len(items):.1%})")  # fmt: skip
    if args.show:
        for expected, got, question in misses:
            print(f"  expected {expected:12s} got {got:12s} {question}")


if __name__ == "__main__":
    main()
