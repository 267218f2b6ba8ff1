"""Suggestions bound every name of the pool at once: the characters each shares with the query
(`places._Shared`) are exactly the matches difflib's quick_ratio counts, so the suggestions are those
a name-by-name bound gave."""

from __future__ import annotations

import random
from collections import Counter
from difflib import SequenceMatcher

import pytest

from cardinfo.places import _bound, _Shared

TEXTS = ["昆明市", "盘龙区", "kunming", "panlongqu", "", "aaab", "乌鲁木齐县", "abcabcabc", "明明明"]


def _shared_by_hand(query: str, text: str) -> int:
    return sum((Counter(query) & Counter(text)).values())


@pytest.mark.parametrize("query", ["昆明", "明明明明", "kunmingg", "aab", "a", "", "乌鲁木齐", "cab cab"])
def test_each_text_shares_what_a_multiset_intersection_counts(query: str) -> None:
    counts = _Shared(TEXTS).counts(query)
    assert list(counts) == [_shared_by_hand(query, text) for text in TEXTS]


def test_the_bound_is_difflibs_quick_ratio_above_a_half() -> None:
    random.seed(11)
    letters = "abcdefgkmnuz昆明市区县"
    texts = ["".join(random.choice(letters) for _ in range(random.randint(0, 12))) for _ in range(300)]
    shared = _Shared(texts)
    for _ in range(200):
        query = "".join(random.choice(letters) for _ in range(random.randint(1, 10)))
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(query)
        counts = shared.counts(query)
        for i, text in enumerate(texts):
            matcher.set_seq1(text)
            quick = matcher.quick_ratio()
            expected = quick if text and quick >= 0.5 else 0.0
            assert _bound(counts[i], len(text), len(query)) == expected, (query, text)


def test_counts_stay_right_when_the_kept_lanes_are_cleared(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Shared, "KEPT", 2)
    shared = _Shared(TEXTS)
    for query in ("昆明市", "kunming", "明明", "abc", "昆明市"):
        assert list(shared.counts(query)) == [_shared_by_hand(query, text) for text in TEXTS], query
