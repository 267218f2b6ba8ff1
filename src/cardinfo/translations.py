"""The tool's own words in the data in the other language: 注意 notes, card functions, source notes."""

from __future__ import annotations

import functools


@functools.cache
def _table() -> dict[str, dict[str, str]]:
    from cardinfo.data import parsed_yaml  # cached: YAML is imported only when the file changed
    from cardinfo.paths import bundled_dir

    loaded = parsed_yaml(bundled_dir() / "translations.yaml")
    return {part: dict(loaded.get(part) or {}) for part in ("notes", "functions", "source_notes")}


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


def source_note(text: str, lang: str) -> str:
    """A note on a source (written in English in sources.yaml) in Chinese when asked."""
    if lang != "zh":
        return text
    return _table()["source_notes"].get(text, text)


def table() -> dict[str, dict[str, str]]:
    """Every entry, for the test that each note and function has one."""
    return _table()
