"""Text for the web page and the SVG, escaped, with each run in the other language marked by `lang`."""

from __future__ import annotations

from html import escape


def chinese(ch: str) -> bool:
    """A Chinese character or a mark of Chinese punctuation (、。《》「」，：（）)."""
    code = ord(ch)
    return (
        0x3400 <= code <= 0x9FFF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFF60
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFD
    )


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def runs(text: str, lang: str) -> list[tuple[str, bool]]:
    """`text` as (piece, in the other language) pairs. In English, a Chinese run goes from a
    Chinese character to the last one before an English letter (digits and punctuation between
    stay in it: 换发地方:昆明市, and a number just before it: 2019年12月); in Chinese, an English
    run likewise goes from a letter to the last letter (or a digit glued to it: B1) before a
    Chinese character."""
    other, inside = (chinese, _latin) if lang == "en" else (_latin, lambda ch: ch.isascii() and ch.isalnum())
    breaks = _latin if lang == "en" else chinese
    out: list[tuple[str, bool]] = []
    i, n = 0, len(text)
    while i < n:
        if not other(text[i]):
            j = i
            while j < n and not other(text[j]):
                j += 1
            out.append((text[i:j], False))
            i = j
            continue
        if lang == "en" and out and not out[-1][1]:  # a number glued to the Chinese is read with it: 2019年
            before = out[-1][0]
            digits = len(before) - len(before.rstrip("0123456789"))
            if digits:
                out[-1] = (before[:-digits], False)
                i -= digits
                if not out[-1][0]:
                    out.pop()
        end = j = i + 1  # `end`: just after the last character that belongs to the run
        while j < n and not breaks(text[j]):
            if other(text[j]) or (inside(text[j]) and end == j):
                end = j + 1
            j += 1
        out.append((text[i:end], True))
        i = end
    return out


def language(run: str, lang: str) -> str:
    """The language of a run in the other language than `lang`: Chinese in English; in Chinese,
    English, unless a letter of it is not English (Cartão: a Macao page in Portuguese), which is
    `und`, undetermined, rather than a guess."""
    if lang == "en":
        return "zh"
    return "und" if any(ch.isalpha() and not ch.isascii() and not chinese(ch) for ch in run) else "en"


def html(text: str, lang: str) -> str:
    """Escaped HTML, a run in the other language in `<span lang>` (so a screen reader switches voice)."""
    return "".join(
        f'<span lang="{language(p, lang)}">{escape(p)}</span>' if o else escape(p) for p, o in runs(text, lang)
    )


def svg(text: str, lang: str) -> str:
    """Escaped SVG text, a run in the other language in a `<tspan>` with `xml:lang` and `lang`."""
    return "".join(
        f'<tspan xml:lang="{language(p, lang)}" lang="{language(p, lang)}">{escape(p)}</tspan>' if o else escape(p)
        for p, o in runs(text, lang)
    )
