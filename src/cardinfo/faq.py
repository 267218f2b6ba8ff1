"""Find the FAQ topic a question is about, by topic key, keywords and shared characters."""

from typing import NamedTuple

from cardinfo.errors import NotFound
from cardinfo.models import FaqEntry
from cardinfo.text import strip_controls


class FaqMatch(NamedTuple):
    """The best topic for a question, and a runner-up worth naming."""

    entry: FaqEntry
    score: float
    also: FaqEntry | None = None


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _words(text: str) -> str:
    """Lower-case latin words of `text`, space-separated and space-padded: " is it free "."""
    kept = "".join(ch if ch.isascii() and ch.isalnum() else " " for ch in text.lower())
    return f" {' '.join(kept.split())} "


def _bigrams(text: str) -> set[str]:
    han = "".join(ch for ch in text if _is_han(ch))
    return {han[i : i + 2] for i in range(len(han) - 1)}


def score(entry: FaqEntry, query: str) -> float:
    """How well `query` fits `entry`: whole keywords weigh by length, shared character pairs add."""
    total = 0.0
    words = _words(query)
    for word in entry.keywords.get("zh", ()):
        if word in query:
            total += len(word)
    for phrase in entry.keywords.get("en", ()):
        if _words(phrase) in words:  # whole words only: "valid" does not match "validity"
            total += len(phrase.split()) * 1.5
    vocabulary = _bigrams(entry.question["zh"] + "".join(entry.keywords.get("zh", ())))
    total += 0.5 * len(_bigrams(query) & vocabulary)
    return total


def find(topics: tuple[FaqEntry, ...], question: str, t2s: dict[str, str] | None = None, lang: str = "zh") -> FaqMatch:
    """The topic for a key (`fee`), a word (费用) or a question (换证要钱吗 / is it free?).

    A miss raises NotFound whose details list every topic with its question in `lang`.
    """
    query = strip_controls(question).strip()
    if t2s:
        query = "".join(t2s.get(ch, ch) for ch in query)
    by_key = {e.key: e for e in topics}
    if query.lower() in by_key:
        return FaqMatch(by_key[query.lower()], float("inf"))
    ranked = sorted(((score(e, query), i, e) for i, e in enumerate(topics)), key=lambda x: (-x[0], x[1]))
    if not ranked or ranked[0][0] <= 0.5:
        raise NotFound("faq.none", query=query, details=[f"{e.key}: {e.question[lang]}" for e in topics])
    best_score, _, best = ranked[0]
    also = None
    if len(ranked) > 1 and ranked[1][0] >= 1.0 and ranked[1][0] >= best_score / 2:
        also = ranked[1][2]
    return FaqMatch(best, best_score, also)
