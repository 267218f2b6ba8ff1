"""Whether everyday words claim the characters of a name: 完成都还两说 is 完成 + 都, no 成都.

The few characters around the name are cut into words the most likely way, as a word segmenter
does (each word's chance its count's share of all counts, the cut with the largest product), with
the counts of data/lexicon.csv. A name that the best cut keeps whole, alone or inside a longer word
(太原始终: 太原 + 始终; 崇明岛上: 崇明岛), is a name; one a word crosses (太原始了: 太 + 原始 + 了) is not.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping

LONGEST = 3  # the lexicon's longest words (scripts/build_lexicon.py)
MARGIN = 4  # characters looked at either side of the name


def window(text: str, start: int, end: int, inside: Callable[[str], bool]) -> tuple[int, int]:
    """Up to MARGIN characters either side of text[start:end], as far as `inside` holds (Chinese)."""
    lo = start
    while lo > 0 and start - lo < MARGIN and inside(text[lo - 1]):
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < MARGIN and inside(text[hi]):
        hi += 1
    return lo, hi


def pieces(text: str, lo: int, hi: int) -> set[str]:
    """Every run of one to LONGEST characters in text[lo:hi]: the words to look up."""
    return {text[a:b] for a in range(lo, hi) for b in range(a + 1, min(a + LONGEST, hi) + 1)}


def best_cut(text: str, counts: Mapping[str, int], total: int) -> list[int]:
    """Where the most likely cut of `text` into words ends each word (a character no word holds is
    a word alone, counted once)."""
    n = len(text)
    log_total = math.log(total)
    score = [0.0] * (n + 1)
    step = [1] * (n + 1)
    for k in range(n - 1, -1, -1):
        best, size = -math.inf, 1
        for length in range(1, min(LONGEST, n - k) + 1):
            count = counts.get(text[k : k + length], 1 if length == 1 else 0)
            if count:
                value = math.log(count) - log_total + score[k + length]
                if value > best:
                    best, size = value, length
        score[k], step[k] = best, size
    ends, k = [], 0
    while k < n:
        k += step[k]
        ends.append(k)
    return ends


def crossed(text: str, start: int, end: int, counts: Mapping[str, int], total: int, after: bool = True) -> bool:
    """Whether a word of the best cut of `text` crosses an edge of text[start:end] (a word holding
    the whole name, or held inside it, crosses none); only its start unless `after`."""
    begin = 0
    for stop in best_cut(text, counts, total):
        if begin < start < stop < end or (after and start < begin < end < stop):
            return True
        begin = stop
    return False


def claimed(
    text: str,
    start: int,
    end: int,
    inside: Callable[[str], bool],
    lookup: Callable[[Collection[str]], dict[str, int]],
    total: int,
) -> bool:
    """Whether everyday words claim text[start:end]: `lookup` gives the counts of the words asked.

    A name that opens the text or a clause is a name, whatever word its last character could open:
    what comes first in a message is mostly what it is about (三明天就要交材料了, 太原来人说, 天水果园里);
    between two words, the words win (完成都还两说, 也太原始了)."""
    lo, hi = window(text, start, end, inside)
    if lo == start:
        return False
    return crossed(text[lo:hi], start - lo, end - lo, lookup(pieces(text, lo, hi)), total)
