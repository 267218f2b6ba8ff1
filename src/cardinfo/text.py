"""Normalise what people type, once, the same way for building the index and for querying it.

Plain string operations rather than regular expressions: compiling a pattern costs about a
millisecond at start-up, which every run of the CLI would pay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re
    from collections.abc import Sequence

_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 '’-·.")
_DROP_SEPARATORS = {ord(c): None for c in " '’-·.\t"}
# C0/C1 control characters and invisible format characters: escape sequences start with one.
_CONTROLS = {
    cp: None
    for start, end in ((0x00, 0x1F), (0x7F, 0x9F), (0x200B, 0x200F), (0x2028, 0x202E), (0x2060, 0x206F))
    for cp in range(start, end + 1)
} | dict.fromkeys((0xFEFF, 0xAD, 0x061C, 0x180E, *range(0xE0000, 0xE0080)))
# (soft hyphen, the Arabic letter mark, the Mongolian vowel separator, the tag characters that can carry
# text unseen: invisible format characters too)


_JSON_ESCAPES: dict[int, str] = {}

# The other sound of characters the index's pinyin table reads one way (重 zhong, 行 xing, 长 zhang, 地 di,
# 得 de, 都 dou), as words and place names often read them: 重新, 银行, 长期, 当地, 得 dei, 成都 du. Read by
# the FAQ's pinyin questions and the text finder's names typed by sound. Also 咀 zui, the 嘴 of place names
# (尖沙咀, 石咀山 for 石嘴山), and 咯 ka (咯血), the 喀 of 日喀则 and 喀什 typed by its sound.
OTHER_READINGS = {
    "重": "chong",
    "行": "hang",
    "长": "chang",
    "地": "de",
    "得": "dei",
    "都": "du",
    "勒": "le",
    "咀": "zui",
    "咯": "ka",
}


def json_safe(encoded: str) -> str:
    """JSON text with the control and format characters JSON leaves raw (DEL, C1 such as the
    one-character escape U+009B, zero-width and bidi overrides) written as \\u escapes: the same
    data, and nothing a terminal acts on. (JSON already escapes C0 characters.)"""
    # A regular expression finds one in C (~8 µs a row); translating every row would cost ~110 µs.
    invisible = "[\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\U000e0000-\U000e007f]"
    if not _pattern("json_invisible", invisible).search(encoded):
        return encoded
    return json_escaped(encoded)


def _json_escape(cp: int) -> str:
    """A code point as JSON writes it escaped: \\uXXXX, or beyond the BMP its UTF-16 surrogate pair."""
    if cp <= 0xFFFF:
        return f"\\u{cp:04x}"
    high, low = divmod(cp - 0x10000, 0x400)
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


def json_escaped(encoded: str) -> str:
    """`json_safe` without looking first: every such character of `encoded` written as a \\u escape."""
    if not _JSON_ESCAPES:
        _JSON_ESCAPES.update({cp: _json_escape(cp) for cp in _CONTROLS if cp >= 0x7F})
    return encoded.translate(_JSON_ESCAPES)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A CSV or TSV cell a spreadsheet will not run as a formula: a leading `'` before =, +, -, @ (OWASP's advice)."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def strip_controls(text: str) -> str:
    """Drop control and format characters, so nothing raw reaches a terminal."""
    # (every one of them is unprintable to Python: a printable text, most of them, has none to drop)
    return text if text.isprintable() else text.translate(_CONTROLS)


# Characters that show nothing and join nothing in Chinese or English text, which strip_controls may
# keep: the combining grapheme joiner, Hangul fillers, Khmer inherent vowels, Mongolian free variation
# selectors, variation selectors (U+FE00-FE0F); beyond the BMP, the ranges below (shorthand format
# controls, musical formatting, tags, variation selectors supplement)
_INVISIBLE = frozenset(
    "\u034f\u115f\u1160\u3164\uffa0\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f"
    "\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f"
)
_ASTRAL_INVISIBLE = ((0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE007F), (0xE0100, 0xE01EF))


def _astral_invisible(ch: str) -> bool:
    return ch >= "\U0001bca0" and any(a <= ord(ch) <= b for a, b in _ASTRAL_INVISIBLE)


def visible(text: str) -> bool:
    """Whether `text` holds none of the invisible characters `without_selectors` drops."""
    if not _INVISIBLE.isdisjoint(text):
        return False
    return max(text, default=" ") < "\U0001bca0" or not any(map(_astral_invisible, text))


def without_selectors(text: str) -> str:
    """A query without its invisible characters (variation selectors, Hangul fillers, the combining
    grapheme joiner, tags), which are no part of a name (昆\ufe0f明 and 昆\u3164明 are 昆明). Text
    shown keeps them: they change how a character looks at most."""
    if visible(text):
        return text
    return "".join(ch for ch in text if ch not in _INVISIBLE and not _astral_invisible(ch))


def strip_controls_but_lines(text: str) -> str:
    """`strip_controls` for a whole document (a page, a map): its line breaks and tabs kept."""
    if not _KEEP_LINES:
        _KEEP_LINES.update({cp: None for cp in _CONTROLS if cp not in (0x09, 0x0A)})
    return text.translate(_KEEP_LINES)


_KEEP_LINES: dict[int, None] = {}


def is_latin(text: str) -> bool:
    """True for a query written in latin letters (pinyin), digits and separators only."""
    return bool(text) and all(ch in _LATIN for ch in text)


def normalise(text: str, t2s: dict[str, str] | None = None) -> str:
    """NFKC (full-width to half-width), lower case, no controls or spaces; traditional to simplified.

    Pinyin keeps no separators ("Kun Ming" -> "kunming") and writes ü as v, as the division
    list does ("lv liang").
    """
    import unicodedata  # only queries need it; every run imports strip_controls from here

    text = without_selectors(strip_controls(unicodedata.normalize("NFKC", text))).strip().lower()
    text = text.replace("ü", "v").replace("u:", "v")
    decomposed = text if text.isascii() else unicodedata.normalize("NFD", text)
    if decomposed != text:
        # Pinyin with tone marks (Kūnmíng, Lǚliáng) is pinyin: drop the marks, keep ü as v.
        bare = decomposed.replace("u\u0308", "v")
        bare = "".join(ch for ch in bare if not unicodedata.combining(ch))
        if is_latin(bare):
            text = bare
    if is_latin(text):
        return drop_tone_numbers(text).translate(_DROP_SEPARATORS)
    text = "".join(text.split())
    if t2s:
        text = "".join(t2s.get(ch, ch) for ch in text)
    return text


def drop_tone_numbers(text: str) -> str:
    """Pinyin with tone numbers (gui4 yang2, yan4an1) as pinyin: a text whose every digit is 0-5
    right after a letter has them dropped; any other digit (a code, a house number) keeps all."""
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    if not digits or any(text[i] > "5" or not text[i - 1 : i].isalpha() for i in digits):
        return text
    return "".join(ch for ch in text if not ch.isdigit())


_TONE_MARKS = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}  # ā á ǎ à, decomposed
_VOWELS = frozenset("aeiouv")


def toned(text: str) -> str | None:
    """Pinyin with its tones as digits after each syllable (Fúzhōu, fu2 zhou1 -> fu2zhou1), to tell
    apart names that sound alike but for the tone (福州 fu2zhou1, 抚州 fu3zhou1); None without tones."""
    import unicodedata

    text = unicodedata.normalize("NFD", strip_controls(text)).lower().replace("u\u0308", "v")
    if not all(ch.isascii() or unicodedata.combining(ch) for ch in text):
        return None  # Chinese characters, or letters no pinyin has
    if not any(ch in _TONE_MARKS for ch in text) and drop_tone_numbers(text) == text:
        return None
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        i += 1
        if ch not in _TONE_MARKS:
            out.append(ch)
            continue
        while i < n and text[i] in _VOWELS:  # the rest of the syllable: its vowels, then n, ng or r
            out.append(text[i])
            i += 1
        for end in ("ng", "n", "r"):
            if text.startswith(end, i) and (i + len(end) == n or text[i + len(end)] not in _VOWELS):
                out.append(end)
                i += len(end)
                break
        out.append(_TONE_MARKS[ch])
    return "".join(ch for ch in out if ch.isascii() and ch.isalnum())


def is_cjk(ch: str) -> bool:
    """A Chinese character (the unified ideographs and their extension A)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def scan_form(text: str, t2s: dict[str, str] | None = None) -> tuple[str, Sequence[int]]:
    """The text as the index spells it, one character at a time, with where each came from.

    Letters and digits are kept (NFKC, lower case, traditional to simplified); everything else
    (punctuation of any width, spaces, symbols) becomes a space, so no name is found across it.
    `origin[i]` is the index in `text` of the character that gave `form[i]`.
    """
    import unicodedata

    table = {ord(t): s for t, s in (t2s or {}).items()}
    whole = unicodedata.normalize("NFKC", text).lower()
    if len(whole) == len(text) and whole.isprintable() and visible(whole):  # the usual case, in C
        return _pattern("non_word", r"[\W_]").sub(" ", whole.translate(table)), range(len(text))
    form: list[str] = []
    origin: list[int] = []
    for i, raw in enumerate(text):  # (an invisible character gives none: 昆\u200b明 and 昆\ufe0f明 are 昆明)
        for ch in without_selectors(strip_controls(unicodedata.normalize("NFKC", raw))).lower().translate(table):
            form.append(ch if ch.isalnum() else " ")
            origin.append(i)
    return "".join(form), origin


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _pattern(name: str, expression: str) -> re.Pattern[str]:
    """A regular expression compiled on first use, not at import (every run imports this module)."""
    if name not in _PATTERNS:
        import re

        _PATTERNS[name] = re.compile(expression)
    return _PATTERNS[name]


# Characters that may write a personal number's digits besides digits: letters typed for them
# (5301O2l99…: O for 0, l for 1) and digits said aloud to voice input (五三零一零二…, 〇 and 幺 too).
DIGIT_LETTERS = (
    {"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"}
    | {
        "\uff2f": "0",
        "\uff4f": "0",
        "\uff29": "1",
        "\uff4c": "1",
        "\uff5c": "1",
    }  # their full-width forms: Ｏ ｏ Ｉ ｌ ｜
    | {"\u041e": "0", "\u043e": "0", "\u039f": "0", "\u03bf": "0"}  # Cyrillic and Greek O, which look the same
)
SPOKEN_DIGITS = (
    {c: str(n) for n, c in enumerate("零一二三四五六七八九")}
    | {c: str(n) for n, c in enumerate("零壹贰叁肆伍陆柒捌玖", 0)}  # the financial numerals (大写)
    | {"貳": "2", "參": "3", "叄": "3", "陸": "6", "兩": "2"}  # ... in traditional characters (壹伍柒捌玖 are both)
    | {"〇": "0", "幺": "1", "两": "2", "\U0001f10b": "0", "\U0001f10c": "0"}  # (and 🄋 🄌, dingbat zeros)
    | {"\u25cb": "0", "\u25ef": "0"}  # ○ ◯, written for 〇 (二○○五年)
    | {"洞": "0", "拐": "7", "勾": "9"}  # as radio and telephone operators say 0, 7 and 9 (幺 for 1, 两 for 2)
    | {chr(0xE0030 + n): str(n) for n in range(10)}  # the invisible tag digits, which would carry a number unseen
    | {chr(0x3020 + n): str(n) for n in range(1, 10)}  # Hangzhou numerals 〡〢〣 … 〩
    | {chr(0x2160 + n - 1): str(n) for n in range(1, 10)}  # Roman numerals Ⅰ … Ⅸ, and ⅰ … ⅸ
    | {chr(0x2170 + n - 1): str(n) for n in range(1, 10)}
)


EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def english_digits(text: str) -> int:
    """How many digits said in English words `text` may hold (one one zero …: English voice input)."""
    lower = text.lower()
    if not any(map(_ENGLISH_DIGIT_LETTERS.__contains__, lower)):
        return 0
    return sum(lower.count(word) for word in EN_DIGITS) + lower.count(" oh ")


_ENGLISH_DIGIT_LETTERS = frozenset("".join(EN_DIGITS))
# the characters besides Unicode's digits that `digit_like` counts (none of them is a digit itself)
_LIKE_DIGITS = frozenset(ch for ch in (*DIGIT_LETTERS, *SPOKEN_DIGITS) if not ch.isdigit())


def digit_like(text: str) -> int:
    """How many characters of `text` may write a number's digits, and English words that may say
    one: below 14 no number can hide in it, and masking is not needed (the gate before every mask).
    (Counted by C-level maps: it runs on every text the tool shows.)"""
    return sum(map(str.isdigit, text)) + sum(map(_LIKE_DIGITS.__contains__, text)) + english_digits(text)
