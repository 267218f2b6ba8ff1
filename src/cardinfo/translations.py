"""English for the tool's own Chinese words in the data: the 注意 notes and the card functions."""

from __future__ import annotations

import functools


@functools.cache
def _table() -> dict[str, dict[str, str]]:
    import yaml  # only English runs that show notes or functions pay for it

    from cardinfo.data import bundled_dir

    with open(bundled_dir() / "translations.yaml", encoding="utf-8") as handle:
        loaded = yaml.safe_load(handle)
    return {part: dict(loaded.get(part) or {}) for part in ("notes", "functions")}


def note(text: str, lang: str) -> str:
    """A note as shown: the tool's own 注意 notes in English when asked; the article's words as written."""
    if lang != "en" or not text.startswith("注意"):
        return text
    return _table()["notes"].get(text, text)


def function(text: str, lang: str) -> str:
    """A card function in English beside its Chinese name (the article's word), when asked."""
    if lang != "en":
        return text
    english = _table()["functions"].get(text)
    return f"{english} ({text})" if english else text


def table() -> dict[str, dict[str, str]]:
    """Every entry, for the test that each note and function has one."""
    return _table()
