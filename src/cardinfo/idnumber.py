"""Check a resident ID or disability certificate number offline, and mask such numbers in any text.

A resident ID (公民身份号码, GB 11643-1999) is 18 characters: the 6-digit division code where it
was issued, the birth date YYYYMMDD, a 3-digit sequence and an ISO 7064 MOD 11-2 check character
(0-9 or X); the older 15-digit form has the birth date as YYMMDD in the 1900s and no check
character. A disability certificate number (《中华人民共和国残疾人证管理办法》, 2017, Art. 5) is
the holder's 18-character ID, one category digit (1-7) and one grade digit (1-4); a replacement
after loss adds B1 for the first, B2 for the second, and so on (Art. 20) — 22 characters.

Nothing here prints, logs or keeps a number: callers show `masked` (first 6 and last 4 kept).
Plain string operations, no regular expressions: nothing is compiled at import.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING

from cardinfo.record import Record
from cardinfo.text import DIGIT_LETTERS, EN_DIGITS, SPOKEN_DIGITS, digit_like, english_digits

if TYPE_CHECKING:  # datetime is imported when a number is checked, not by every run that masks
    import datetime as dt

# Category and grade digits as Art. 5 lists them; the names as docs/cli.md (number) gives them.
CATEGORIES: dict[int, tuple[str, str]] = {
    1: ("视力", "visual"),
    2: ("听力", "hearing"),
    3: ("言语", "speech"),
    4: ("肢体", "physical"),
    5: ("智力", "intellectual"),
    6: ("精神", "mental"),
    7: ("多重", "multiple"),
}
GRADES: dict[int, tuple[str, str]] = {
    1: ("一级", "grade 1"),
    2: ("二级", "grade 2"),
    3: ("三级", "grade 3"),
    4: ("四级", "grade 4"),
}
# Problem keys, in the order a number is read; each has a message `number.problem.KEY` in i18n.
PROBLEMS = (
    "length",
    "characters",
    "division",
    "birth_date",
    "birth_future",
    "check_digit",
    "category",
    "grade",
    "replacement",
)
LENGTHS = (15, 18, 20, 22)
# A run of at least this many digits is treated as a personal number and masked wherever it
# is echoed: IDs are 15 or 18, and a mistyped one a digit or two shorter; division codes are 6
# or 9 and the statistical village codes 12, which stay as typed.
MASK_FROM_DIGITS = 14
LOOSE_GAP = 3  # characters between two digits that masking still reads as one number
_LIST_MARKS = frozenset("、，,;；。")  # these separate the items of a list (dates, numbers), not a number's parts
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)  # 2**(17-i) mod 11
_CHECK = "10X98765432"  # check character for (sum of weighted digits) mod 11
_FULLWIDTH = {chr(0xFF10 + d): str(d) for d in range(10)}
# Between digits: spaces and dashes people type, and U+FFFD, which stands in for an undecodable
# byte (so a damaged line still has its number masked whole).
_SEPARATORS = frozenset(" -\u3000\u00a0\u2010\u2011\u2012\u2013\u2014\u2212\uff0d\ufffd")
_X = frozenset("Xx\uff38\uff58")
_B = frozenset("Bb\uff22\uff42")


class NumberCheck(Record):
    """What a number says about itself; `masked` is the only form of it fit to show."""

    kind: str  # "id" or "certificate"
    masked: str
    valid: bool
    problems: tuple[str, ...]
    division: str  # the first six characters: the division code where the ID was issued
    category: int | None
    grade: int | None
    replacement: int  # 0, or n for the n-th replacement (suffix Bn)

    def to_dict(self, lang: str = "zh") -> dict[str, object]:
        """The `number` object of docs/cli.md; names of category and grade in `lang`."""
        en = lang == "en"
        return {
            "kind": self.kind,
            "masked": self.masked,
            "valid": self.valid,
            "problems": list(self.problems),
            "category": None
            if self.category is None
            else {"code": self.category, "name": CATEGORIES[self.category][en]},
            "grade": None if self.grade is None else {"code": self.grade, "name": GRADES[self.grade][en]},
            "replacement": self.replacement,
        }


def read_digit(ch: str) -> str | None:
    """The ASCII digit a character writes (full-width, Arabic-Indic, mathematical, superscript,
    circled …: whatever Unicode counts as a digit), or None."""
    if "0" <= ch <= "9":
        return ch
    if ch in _FULLWIDTH:
        return _FULLWIDTH[ch]
    if not ch.isdigit():
        return None
    import unicodedata

    value = unicodedata.digit(ch, -1)
    return str(value) if 0 <= value <= 9 else None


def compact(text: str) -> str:
    """The number as its characters only: no spaces or dashes, full-width to ASCII, X and B upper case."""
    out = []
    for ch in text:
        if ch in _SEPARATORS:
            continue
        d = read_digit(ch)
        out.append(d if d is not None else "X" if ch in _X else "B" if ch in _B else ch)
    return "".join(out)


def mask(number: str) -> str:
    """First 6 and last 4 characters kept, the rest as `*` (of 15, a first-generation ID, the last 3: its
    fourth last is a digit of the birth date); a short string keeps less, never all."""
    n = len(number)
    if n >= MASK_FROM_DIGITS:
        head, tail = 6, 3 if n == 15 else 4
    else:  # not a number's shape: still hide at least half of it
        head = max(0, (n - 1) // 4)
        tail = head
    return number[:head] + "*" * (n - head - tail) + number[n - tail :]


def check_digit(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character of an 18-character ID's first 17 digits."""
    return _CHECK[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _birth(text: str, today: "dt.date") -> str | None:
    """The birth-date problem of YYYYMMDD, or None when it is a real date up to today."""
    import datetime as dt

    try:
        born = dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return "birth_date"
    if born.year < 1880:
        return "birth_date"
    return "birth_future" if born > today else None


def check(text: str, today: "dt.date | None" = None) -> NumberCheck:
    """Read a resident ID (15 or 18) or certificate number (20, or 22 with B1-B9) and list its problems.

    `division` is not checked here (this module reads no data): the caller adds the `division`
    problem when the first six digits are no division code, past or present.
    """
    import datetime as dt

    number = compact(text)
    spaced = list(runs(_visible(text), loose=True)) if not number.isalnum() else []
    if len(spaced) == 1 and not compact(_outside(_visible(text), spaced[0])).strip(_MARKS):
        number = spaced[0][2]  # 530102.19900307.1238: the digits the mask reads as one number, read so too
    number = listed(number) or number  # 530102，19870916，1230 or 530,102,198,709,161,230
    today = today or dt.date.today()
    n = len(number)
    kind = "certificate" if n > 18 else "id"
    problems: list[str] = []
    category = grade = None
    replacement = 0
    if n not in LENGTHS:
        problems.append("length")
    head = number[:18] if n >= 18 else number
    tail = number[18:]
    id_ok = _digits(head[:17]) and ((n == 15 and _digits(head)) or (n >= 18 and head[17] in "0123456789X"))
    cert_ok = True
    if n >= 20:
        cert_ok = _digits(tail[:2]) and (n == 20 or (tail[2:3] == "B" and _digits(tail[3:])))
    allowed = (ch.isdigit() or (k == 17 and ch == "X") or (k == 20 and ch == "B") for k, ch in enumerate(number))
    if not (number.isascii() and all(allowed)):
        problems.append("characters")  # (not for a digit left out: 17 digits are a wrong length only)
    if id_ok and n in (15, 18, 20, 22):
        problems += filter(None, [_birth("19" + head[6:12] if n == 15 else head[6:14], today)])
        if n >= 18 and check_digit(head[:17]) != head[17]:
            problems.append("check_digit")
    if cert_ok and n in (20, 22):
        category, grade = int(tail[0]), int(tail[1])
        if category not in CATEGORIES:
            problems.append("category")
            category = None
        if grade not in GRADES:
            problems.append("grade")
            grade = None
        if n == 22:
            replacement = int(tail[3])
            if replacement == 0:
                problems.append("replacement")
    return NumberCheck(kind, mask(number), not problems, tuple(problems), number[:6], category, grade, replacement)


_UNLISTED = str.maketrans(dict.fromkeys(",，、;；'’_·.", None))  # list marks and thousands separators
_MARKS = "".join(chr(c) for c in range(0x21, 0x30)) + ":;<=>?@[\\]^_`{|}~"  # ASCII punctuation


def _outside(text: str, run: tuple[int, int, str]) -> str:
    return text[: run[0]] + text[run[1] :]


def runs(text: str, loose: bool = False) -> Iterator[tuple[int, int, str]]:
    """(start, end, characters) of every run of digits in `text` that may be a personal number.

    A run may hold single spaces or dashes between digits (`5301 0219 …`), an X after a digit,
    and a B-and-digit suffix; it counts when it has at least MASK_FROM_DIGITS digits or X.
    `loose` (for masking) also joins digits across up to LOOSE_GAP characters that are neither
    letters nor digits: two spaces, " - ", dots, slashes, control or zero-width characters; not
    the marks that separate a list's items (、，;).
    """
    if len(text) < MASK_FROM_DIGITS or sum(map(str.isdigit, text)) + sum(map(_X.__contains__, text)) < MASK_FROM_DIGITS:
        return  # most queries: too few digits to hold a number (str.isdigit counts full-width ones too)
    i, n = 0, len(text)
    while i < n:
        if read_digit(text[i]) is None:
            i += 1
            continue
        start, chars, j = i, [], i
        spacing = ""  # in loose mode the first gap's characters: every other gap must be the same
        first_gap = 0  # where the first gap began: a run too short to count is read again from after it
        while j < n:
            ch = text[j]
            d = read_digit(ch)
            if d is not None:
                chars.append(d)
            elif ch in _X and chars and chars[-1] != "X":
                chars.append("X")
            elif (
                ch in _SEPARATORS
                and j + 1 < n
                and read_digit(text[j + 1]) is not None
                and (not loose or spacing in ("", ch) or spacing in _SEPARATORS)
            ):
                spacing = spacing or ch
                first_gap = first_gap or j
            elif loose and (gap := _gap(text, j)) and spacing in ("", text[j : j + gap]):
                # one kind of spacing through a number (530102.19900307.1238), not a code then a date
                # (530102 2023.01.15)
                spacing = text[j : j + gap]
                first_gap = first_gap or j
                j += gap - 1
            elif ch in _B and j + 1 < n and read_digit(text[j + 1]) is not None:
                chars += ["B", read_digit(text[j + 1]) or ""]
                j += 2
                break
            else:
                break
            j += 1
        if only_dates(text[start:j]) or only_codes(text[start:j]):  # 2025-03-01 2025-03-02; 530102 530103
            i = j
        elif sum(c != "B" for c in chars) >= MASK_FROM_DIGITS and not _in_digest(text, start, j):
            yield start, j, "".join(chars)
            i = j
        else:  # 4567      530102 19900307 1238: the number after a short one is still a number
            i = first_gap or j


_HEX_LOWER = frozenset("0123456789abcdef")


_CACHE_NAMES = ("data-", "yaml-", "vocabulary-", "index-", "inputs-")


def _in_digest(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside the 40-hex-digit digest of one of cardinfo's own cache
    files' names (index-<digest>.id), which is no personal number. Nothing else is spared."""
    a, b = start, end
    while a and text[a - 1] in _HEX_LOWER and b - a <= 40:  # (no further than a digest's length: a line
        a -= 1  # of hex asks this of thousands of runs)
    while b < len(text) and text[b] in _HEX_LOWER and b - a <= 40:
        b += 1
    return (
        b - a == 40
        and not text[a:b].isdigit()  # a digest has letters (all 40 digits: 7 in a billion); numbers have none
        and text[:a].endswith(_CACHE_NAMES)
        and text[b:].startswith((".bin", ".id", ".tmp"))
        and all(ch in _HEX_LOWER for ch in text[start:end])
        and not any(_valid_at(text, k, b) for k in range(a, b - 14))
    )  # (nor a valid number made to look like one: data-530102199003071238aaaa….bin, data-130106730307123aaaa….bin)


def _valid_at(text: str, start: int, end: int) -> bool:
    """Whether a valid resident ID (18 digits, or 15 opening with a province's code) or certificate number
    starts at `start` in text[:end], all digits."""
    return any(
        start + length <= end
        and (chars := text[start : start + length]).isdigit()
        and (length > 15 or chars[:2] in _PROVINCES)
        and check(chars).valid
        for length in (15, 18, 20)
    )


_BETWEEN_DATES = str.maketrans(dict.fromkeys(",，、;；~～至到或和", " "))
_DATE_MARKS = str.maketrans(dict.fromkeys("/.年月", "-"))  # 2025/3/1, 2025.3.1, 2025年3月1日: as 2025-3-1


def _real_date(year: str, month: str, day: str) -> bool:
    """Whether the digits write a day of the calendar between 1900 and 2099 (2025, 3, 01)."""
    import datetime as dt

    if not (year.isdigit() and month.isdigit() and day.isdigit()):
        return False
    try:
        return 1900 <= dt.date(int(year), int(month), int(day)).year < 2100
    except ValueError:
        return False


def only_dates(run: str) -> bool:
    """Whether a run is dates written out in full, one after another (2025-03-01 2025-03-02), or a
    division code and dates (530102 2023-05-06): no number, as no division's code starts like a year
    (19, 20) and a month never reaches 13."""
    words = run.translate(_BETWEEN_DATES).split()
    dates = codes = compact = 0
    for word in words:
        parts = word.translate(_DATE_MARKS).rstrip("日").split("-")
        if len(parts) == 1 and len(word) == 6 and word.isdigit():
            codes += 1  # a division's code
            continue
        if all(len(p) == 8 and p.isdigit() for p in parts):  # 20150301-20250301: a period, compact
            days = [(p[:4], p[4:6], p[6:]) for p in parts]
            compact += 1
        elif len(parts) == 3 and len(parts[0]) == 4 and all(p.isdigit() and len(p) <= 4 for p in parts):
            days = [(parts[0], parts[1], parts[2])]
        else:
            return False
        if not all(_real_date(*day) for day in days):
            return False
        dates += len(days)
    # (not a code and a compact date, 530102 19730914: an ID's first fourteen digits)
    return dates >= 1 and dates + codes >= 2 and not (compact and codes)


def only_codes(run: str) -> bool:
    """Whether a run is division codes in a list (530102 530103 530104): each of six digits, opening with
    a province's two; an ID's birth year (19, 20) opens none, so an ID in groups of six is no such list."""
    words = run.replace("-", " ").split()
    return len(words) >= 2 and all(len(w) == 6 and w.isdigit() and w[:2] in _PROVINCES for w in words)


_PROVINCES = frozenset(
    f"{a}{b}"
    for a, bs in (("1", "12345"), ("2", "123"), ("3", "1234567"), ("4", "123456"), ("5", "01234"), ("6", "12345"))
    for b in bs
) | {"71", "81", "82"}


def _gap(text: str, at: int) -> int:
    """The length of the run of characters at `at` that are neither letters nor digits, when a
    digit follows it: any number of spaces and dashes (the number reader skips them all, so the
    mask must join across them too: 530102    199003071238), and at most LOOSE_GAP other marks; else 0."""
    others = 0
    for k in range(at, len(text)):
        ch = text[k]
        if read_digit(ch) is not None:
            return k - at
        if ch.isalnum() or ch in _LIST_MARKS:
            return 0
        if ch not in _SEPARATORS:
            others += 1
            if others > LOOSE_GAP:
                return 0
    return 0


def unspaced_runs(text: str) -> Iterator[str]:
    """The characters of every run of digits written without a gap (any digit Unicode knows, as
    ASCII; an X after a digit; a B and a digit): a number followed by a date after a space
    (５３０１…２３４ 2022-07-12) is one such run, where `runs` reads the two as one longer run."""
    if not any(map(str.isdigit, text)):
        return  # (every character `read_digit` reads is a digit to Unicode)
    i, n = 0, len(text)
    while i < n:
        if read_digit(text[i]) is None:
            i += 1
            continue
        chars: list[str] = []
        while i < n and (d := read_digit(text[i])) is not None:
            chars.append(d)
            i += 1
        if i < n and text[i] in _X:
            chars.append("X")
            i += 1
        if i + 1 < n and text[i] in _B and read_digit(text[i + 1]) is not None:
            chars += ["B", read_digit(text[i + 1]) or ""]
            i += 2
        yield "".join(chars)


def _digits_in(text: str) -> bool:
    """Whether `text` holds a digit of any kind the mask reads: one Unicode counts, one said aloud
    (五, 〇, Ⅸ, the invisible tag digits), or enough English digit words for `_digit_words` to write."""
    return (
        any(map(str.isdigit, text))
        or any(map(SPOKEN_DIGITS.__contains__, text))
        or english_digits(text) >= MASK_FROM_DIGITS
    )


def _readable(text: str) -> int:
    """How many characters of `text` the mask may read as a number's digits, dates' padding aside:
    digits, digits said aloud, X's, and letters typed for digits where a digit follows them, the
    only place `_pieces` reads one (1990OO3; not the o's and l's of words)."""
    letters = 0
    for k, ch in enumerate(text) if any(map(DIGIT_LETTERS.__contains__, text)) else ():
        if k and read_digit(ch) is not None:  # the letters right before this digit
            j = k
            while j and text[j - 1] in DIGIT_LETTERS:
                j -= 1
            letters += k - j
    return (
        sum(map(str.isdigit, text))
        + sum(map(SPOKEN_DIGITS.__contains__, text))
        + sum(map(_X.__contains__, text))
        + letters
    )


def mask_text(text: str) -> str:
    """`text` with every run that may be a personal number masked (first 6 and last 4 kept),
    however its digits are spaced (see `runs`, loose) or split (see `_pieces`). A text with enough
    digits for a number (one at least a digit or said aloud) loses its invisible characters first
    (format characters, combining marks, Hangul fillers), so none can hide a number's digits from the
    mask and show it whole."""
    if digit_like(text) + sum(map(_X.__contains__, text)) < MASK_FROM_DIGITS:
        return text  # most texts: too few digits, X's and digit words for any run or pieces the mask reads
    if not _digits_in(text):
        return text  # letters typed for digits (O, l, I) count only beside a digit: English prose has none
    text = _digit_words(_visible(text))
    if _readable(text) < MASK_FROM_DIGITS:
        return text  # (English prose with a date: its o's and l's are no digits, no digit follows them)
    return _masked_read(text)


def _masked_read(text: str) -> str:
    """`text`, its invisible characters gone and its digit words written as digits, with every run
    and every number in pieces the mask reads masked (mask_text's work after its quick exits)."""
    if digit_like(text) >= PIECES_FROM:
        text = _spelt_apart(text)
    found = list(runs(text, loose=True))
    for piece in _pieces(text):  # (a piece holding runs replaces them: 530102 19900307.1238 whole)
        if all(piece[0] <= a and b <= piece[1] for a, b, _ in found if a < piece[1] and piece[0] < b):
            found = [run for run in found if not (run[0] < piece[1] and piece[0] < run[1])] + [piece]
        elif not any(a <= piece[0] and piece[1] <= b for a, b, _ in found):
            found.append(piece)  # a run across two numbers' pieces (…1238 5301…): masked as one span
    parts: list[str] = []
    last = 0
    for start, end, chars in _merged(found):
        parts += [text[last:start], mask(chars)]
        last = end
    return "".join(parts) + text[last:] if parts else text


# Digits said in English, as English voice input writes a number (one one zero one zero five …).
_EN_DIGITS = dict(zip(("oh", "o", *EN_DIGITS), "000123456789", strict=True))
_TIMES = {"double": 2, "triple": 3}  # ... said twice or three times over (double five, triple zero)


def _digit_words(text: str) -> str:
    """`text` with a run of MASK_FROM_DIGITS or more digits said in English words (one one zero …,
    "x" after them for an ID's check character) written in digits, so the mask reads them."""
    if english_digits(text) < MASK_FROM_DIGITS:
        return text  # (a cheap count first: most texts cannot hold such a run)
    lower = text.lower()
    words: list[tuple[int, int, str]] = []  # each ASCII word: start, end, the digits it says or ""
    k, n = 0, len(text)
    while k < n:
        if not (lower[k].isascii() and lower[k].isalpha()):
            k += 1
            continue
        start = k
        while k < n and lower[k].isascii() and lower[k].isalpha():
            k += 1
        word = lower[start:k]
        digit = _EN_DIGITS.get(word, "X" if word == "x" else "")
        said = words[-1] if words else (0, 0, "")
        if digit not in ("", "X") and lower[said[0] : said[1]] in _TIMES and said[1] + 1 == start:
            words[-1] = (said[0], k, digit * _TIMES[lower[said[0] : said[1]]])  # double five: 55
            continue
        words.append((start, k, digit))
    spans: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []
    for start, end, digit in [*words, (n, n, "")]:
        joined = bool(run) and digit and all(ch in " ,-" for ch in text[run[-1][1] : start])
        if digit and (joined or not run):
            run.append((start, end, digit))
            continue
        if sum(len(d) for *_, d in run if d != "X") >= MASK_FROM_DIGITS:
            spans.append((run[0][0], run[-1][1], "".join(d for *_, d in run)))
        run = [(start, end, digit)] if digit and digit != "X" else []
    for start, end, digits in reversed(spans):
        text = text[:start] + digits + text[end:]
    return text


SPLIT_GAP = 16  # characters of any kind between two pieces of a number written apart (，出生年月日为, " / birthday ")
SPLIT_RUNS = 22  # pieces a number written apart may have (530,102,198,709,161,230; one digit each, 5丨3丨0…)


def _spelt_apart(text: str) -> str:
    """`text` with a number written in pieces with words or a stray character between them
    (前六位530102，生日19900307，后四位1238; 5301021990a03071238; 4,4,0,3,…,0,X) masked where the pieces'
    digits make a valid number, also where a piece holds the end of one number and the start of the
    next (110105，19630527，4177320502，19920304，0586): each digit keeps its part of the number's mask
    (first 6 and last 4 shown)."""
    seen = _unescaped(text) if "%" in text else text  # 530102%2D19900307: %2D parts, no digit 2
    seen = _padded_dates(seen)  # 生日1990年3月7日: the date's digits as a number holds them
    dated = _date_spans(text)  # where dates are written: no number's division code starts inside one
    found = _spelt_pieces(seen)
    out = list(text)
    first = 0
    while first < len(found):  # each cluster: pieces no more than SPLIT_GAP apart, none a number itself
        last = first + 1
        while (
            last < len(found)
            and found[last][0] - found[last - 1][1] <= SPLIT_GAP
            and not _whole(found[last - 1][2])
            and not _whole(found[last][2])
        ):
            last += 1
        if last - first > 1:
            _mask_windows(seen, found[first:last], out, dated)
            _mask_reordered(found[first:last], out)
        first = last
    return "".join(out)


REORDERED_PIECES = 4  # pieces of a number written out of order (后四位1238，前六位530102，生日19900307) the mask tries


def _mask_reordered(pieces: list[tuple[int, int, str]], out: list[str]) -> None:
    """Star in `out` the digits of a valid 18-digit ID or 20-digit certificate number (its check digit
    passes, a province's code opens it, its birth year is 19xx or 20xx) that two to REORDERED_PIECES
    pieces make in another order than written, their digits exactly that many: labels such as 后四位 and
    前六位 say where each piece goes, so the number can be read back (身份证后四位1238，前六位530102，
    生日19900307). Each digit keeps its part of the number's mask (first 6 and last 4 shown)."""
    from itertools import permutations

    digits = [p for p in pieces if p[2].rstrip("X").isdigit()]
    if not 2 <= len(digits) <= REORDERED_PIECES or any(len(d) < 3 for _, _, d in digits):
        return  # (a number's parts as people label them: 前六位, 生日, 后四位; not a list of small numbers)
    if sum(len(d) for _, _, d in digits) not in (18, 20):
        return
    for order in permutations(digits):
        number = "".join(d for _, _, d in order)
        if number[:2] not in _PROVINCES or number[6:8] not in ("19", "20") or not check(number).valid:
            continue
        where = [a + j for a, _, d in order for j in range(len(d))]
        for k, star in enumerate(mask(number)):
            if star == "*":
                out[where[k]] = "*"
        return


def _date_spans(text: str) -> set[int]:
    """The positions of the dates written in `text` (2025-03-01, 2025.3.1, 2025年3月1日, and eight
    digits alone that are one, 20250301), whose digits no number's division code opens among."""
    spans: set[int] = set()
    n, k = len(text), 0
    while k < n:
        if not text[k].isdigit():
            k += 1
            continue
        j = k
        while j < n and (text[j].isdigit() or (text[j] in "-/.年月日" and j + 1 < n and text[j + 1].isdigit())):
            j += 1
        j += j < n and text[j] == "日"
        word = text[k:j].translate(_DATE_MARKS).rstrip("日")
        parts = word.split("-")
        if len(parts) == 1 and len(word) == 8:
            parts = [word[:4], word[4:6], word[6:]]
        if len(parts) == 3 and len(parts[0]) == 4 and all(1 <= len(p) <= 2 for p in parts[1:]) and _real_date(*parts):
            spans.update(range(k, j))
        k = j
    return spans


def _padded_dates(text: str) -> str:
    """`text` with each date whose month or day has one digit (1990年3月7日, 1990.3.7) padded as a
    number holds it (1990年03月07日 read as 1990 0 3 0 7): the mark before such a month or day read as
    its 0, so that the pieces' digits make the number's and each stands where the date is written."""
    if "19" not in text and "20" not in text:
        return text
    out: list[str] | None = None
    n = len(text)
    for k in range(n - 7):
        if text[k : k + 2] not in ("19", "20") or (k and text[k - 1].isdigit()) or not text[k : k + 4].isdigit():
            continue
        j, fields = k + 4, []  # (where its mark stands, the digits after it)
        for marks in ("年.-/", "月.-/"):  # the month after the year's mark, the day after the month's
            if j >= n or text[j] not in marks:
                break
            end = j + 1
            while end < n and end - j <= 2 and text[end].isascii() and text[end].isdigit():
                end += 1
            fields.append((j, text[j + 1 : end]))
            j = end
        if len(fields) != 2 or not all(d for _, d in fields) or (j < n and text[j].isdigit()):
            continue
        (_, month), (_, day) = fields
        if not _real_date(text[k : k + 4], month, day):
            continue
        for mark, digits in fields:
            if len(digits) == 1:
                out = out or list(text)
                out[mark] = "0"
    return "".join(out) if out else text


def _unescaped(text: str) -> str:
    """`text` with the hex digits of each character a web address writes as %XX (%2D, %0A) made %
    signs: they part a number's pieces there, and are none of its digits."""
    out = list(text)
    for k in range(len(text) - 2):
        if text[k] == "%" and text[k + 1] in _HEX and text[k + 2] in _HEX:
            out[k + 1] = out[k + 2] = "%"
    return "".join(out)


_HEX = _HEX_LOWER | frozenset("ABCDEF")


def _spelt_pieces(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each run of digits (or Chinese numerals said aloud) in `text`, an X
    after one, and a lone X close after a piece (440304，20010811，000，X: an ID's check character)."""
    found: list[tuple[int, int, str]] = []
    k, n = 0, len(text)
    while k < n:
        if read_digit(text[k]) is None and text[k] not in SPOKEN_DIGITS:
            if text[k] in _X and found and k - found[-1][1] <= SPLIT_GAP and not _in_word(text, k):
                found.append((k, k + 1, "X"))
            k += 1
            continue
        start, chars = k, []
        while k < n and (d := read_digit(text[k]) or SPOKEN_DIGITS.get(text[k])) is not None:
            chars.append(d)
            k += 1
        if k < n and text[k] in _X:
            chars.append("X")
            k += 1
        alone = len(chars) == 2 and _apart(text, start, k)  # 、零九、: a pair said apart
        if len(chars) < 3 and all(ch in SPOKEN_DIGITS for ch in text[start:k]) and not alone:
            continue  # 后四位, 一个, 两三天: a word's numeral, no piece of a number said aloud
        if _in_digest(text, start, k):
            continue  # (the digest in a cache file's name: data-68c5d825….bin)
        found.append((start, k, "".join(chars)))
    return found


def _apart(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is set apart on both sides by the text's ends, spaces or marks that
    part a list's items (、零九、), not by other characters of a word (两三天)."""
    return (start == 0 or text[start - 1] in _APART) and (end == len(text) or text[end] in _APART)


_APART = _LIST_MARKS | {" "}


def _whole(digits: str) -> bool:
    """Whether a piece is a valid number by itself (`runs` masks it), so that no window joins it
    to its neighbours: an ID and the 1 and 1 after it would make a certificate number."""
    return len(digits) in (18, 20) and check(digits).valid


def _letters_then_digit(text: str, at: int) -> bool:
    """Whether letters typed for digits from `at` on (ｌｌＯ) are followed by a digit."""
    while at < len(text) and text[at] in DIGIT_LETTERS:
        at += 1
    return at < len(text) and read_digit(text[at]) is not None


def _in_word(text: str, at: int) -> bool:
    """Whether the character at `at` stands inside a Latin word (the x of "box"), not alone."""
    return (at > 0 and text[at - 1].isascii() and text[at - 1].isalpha()) or (
        at + 1 < len(text) and text[at + 1].isascii() and text[at + 1].isalpha()
    )


def _mask_windows(text: str, pieces: list[tuple[int, int, str]], out: list[str], dated: set[int]) -> None:
    """Star in `out` the digits of every valid 18-digit ID or 20-digit certificate number that a
    window of `pieces`' digits makes across two pieces or more with more than spaces or dashes
    between them (those `runs` and `_pieces` mask), none opening inside a date (`dated`: a list of
    dates holds windows whose check digit passes by chance). A 15-digit old ID, which has no check
    digit, only where its division code is a piece of its own and it ends where a piece does
    (130106，730307，123): 2025-03-01、…、20250301 或 2025年 would be one anywhere."""
    digits = "".join(d for _, _, d in pieces)
    where: list[tuple[int, int]] = []  # each digit: its position in `text`, and its piece's index
    for index, (a, _, d) in enumerate(pieces):
        where += [(a + j, index) for j in range(len(d))]
    parted = [
        any(ch not in _SEPARATORS for ch in text[pieces[i][1] : pieces[i + 1][0]]) for i in range(len(pieces) - 1)
    ]
    # a number opens a piece, or follows right after another in the same piece (4177320502: one's end,
    # the next one's code), never from the middle of a phone's digits or a date's
    opens = {s for s in range(len(digits)) if s == 0 or where[s - 1][1] != where[s][1]}
    ends = {s + 1 for s in range(len(digits)) if s + 1 == len(digits) or where[s + 1][1] != where[s][1]}
    lengths = [len(d) for _, _, d in pieces]
    for s in range(len(digits)):
        for length in (15, 18, 20):
            window = digits[s : s + length]
            # (cheap first: a province's code opens a number, and its birth year is 19xx or 20xx)
            if len(window) < length or s not in opens or window[:2] not in _PROVINCES:
                continue
            if length > 15 and window[6:8] not in ("19", "20"):
                continue
            # a 15-digit old ID, which has no check digit: only its division code a piece of its own, and the
            # window ending where a piece does (130106，730307，123; not six digits in the middle of a date list)
            if length == 15 and not _old_id_pieces(where, s, ends, lengths):
                continue
            p0, p1 = where[s][1], where[s + length - 1][1]
            if p1 == p0 or p1 - p0 >= SPLIT_RUNS or not any(parted[p0:p1]) or where[s][0] in dated:
                continue
            if not check(window).valid:
                continue
            opens.add(s + length)
            for j, star in enumerate(mask(window)):  # (stars only: another window's never come back)
                if star == "*":
                    out[where[s + j][0]] = "*"


def _old_id_pieces(where: list[tuple[int, int]], s: int, ends: set[int], lengths: list[int]) -> bool:
    """Whether the 15 digits from `s` are pieces an old ID is written in: its division code a piece of six
    digits, every piece three digits or more (130106，730307，123; not 第3、4、5、6、7、8、9、10、11、12、13条), and
    the window ending where a piece does."""
    first, last = where[s][1], where[s + 14][1]
    return (
        s + 15 in ends
        and lengths[first] == 6
        and where[s + 5][1] == first
        and all(lengths[k] >= 3 for k in range(first, last + 1))
    )


def _merged(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans in order, those that overlap joined into one (its characters the first's, then
    what each later one adds past the end so far, in proportion: never fewer than any one of them)."""
    merged: list[tuple[int, int, str]] = []
    for start, end, chars in sorted(found):
        if merged and start < merged[-1][1]:
            a, b, held = merged[-1]
            if end > b:  # the characters past b, as many as the share of this span beyond b
                extra = chars[max(0, len(chars) - (end - b) * len(chars) // max(1, end - start)) :]
                held += extra
            merged[-1] = (a, max(b, end), held)
        else:
            merged.append((start, end, chars))
    return merged


PIECES_GAP = 8  # marks between two pieces of a number that masking still reads as one
PIECES_FROM = 15  # digits in pieces that make a number: an ID's 15 or more (not a code and a date, 14)


def _pieces(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, characters) of digits a number's length (PIECES_FROM to 22) in pieces
    that `runs` leaves apart: across any marks up to PIECES_GAP long (530102....19900307....1238,
    530102 19900307.1238, lines), across one list mark (530102，199003071238: two pieces, not a
    list of three codes), or with a letter typed for a digit between two digits (5301021990O3071238)."""
    if digit_like(text) < PIECES_FROM:
        return
    i, n = 0, len(text)
    while i < n:
        # (a letter for a digit opens a number too, before a digit and not inside a word: ｌ101051…)
        opening = text[i] in DIGIT_LETTERS and not _in_word(text, i) and _letters_then_digit(text, i)
        if read_digit(text[i]) is None and text[i] not in SPOKEN_DIGITS and not opening:
            i += 1
            continue
        start, j, pieces, listed = i, i, 1, False
        chars: list[str] = []
        while j < n:
            ch = text[j]
            d = read_digit(ch) or SPOKEN_DIGITS.get(ch)
            if (
                d is None and ch in DIGIT_LETTERS and (chars or j == start)
            ):  # a letter (or several: 199OO3) before a digit
                d = DIGIT_LETTERS[ch] if _letters_then_digit(text, j) else None
            if d is not None:
                chars.append(d)
                j += 1
                continue
            if ch in _X and chars and chars[-1] != "X":
                chars.append("X")
                j += 1
                continue
            k = j
            while k < n and k - j < PIECES_GAP and not text[k].isalnum() and read_digit(text[k]) is None:
                k += 1
            if k == j or k >= n or (read_digit(text[k]) is None and text[k] not in SPOKEN_DIGITS):
                break  # (五三零一零二 一九九零…: voice input's digits go on after a pause too)
            listed = listed or any(text[m] in _LIST_MARKS for m in range(j, k))
            pieces += 1
            j = k
        if only_dates(text[start:j]) or only_codes(text[start:j]):
            pass  # 2025-03-01 2025-03-02: dates one after another
        elif (
            PIECES_FROM <= len(chars) <= max(LENGTHS)
            and not (listed and pieces > 2)
            and not (listed and not _checked("".join(chars)))  # (a phone, a list mark, a date: no number)
            and not _in_digest(text, start, j)
        ):
            yield start, j, "".join(chars)
        elif len(chars) > max(LENGTHS) and not _in_digest(text, start, j):
            yield from _numbers_in(text, start, j)  # two numbers side by side: 5301…1238，5301…1238
        i = j


def _checked(chars: str) -> bool:
    """Whether `chars` are a valid number that has a check digit (not a 15-digit old ID, which any
    six digits and a date make: 0871-6034488，20201220)."""
    return len(chars) != 15 and check(chars).valid


def _numbers_in(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """The numbers in a run of pieces too long for one (several numbers listed or side by side):
    from each piece, the most pieces whose digits make a number's length (PIECES_FROM to 22)."""
    spans: list[tuple[int, int, str]] = []  # each piece: a run of digits (and letters typed for them)
    k = start
    while k < end:
        if read_digit(text[k]) is None and text[k] not in SPOKEN_DIGITS and not (text[k] in DIGIT_LETTERS and spans):
            k += 1
            continue
        a, chars = k, []
        while k < end and (d := read_digit(text[k]) or SPOKEN_DIGITS.get(text[k]) or DIGIT_LETTERS.get(text[k])):
            chars.append(d)
            k += 1
        if k < end and text[k] in _X:
            chars.append("X")
            k += 1
        spans.append((a, k, "".join(chars)))
    # a list mark before a piece (the mark between 530102，199003071238): a list's items are no number
    listed = [n > 0 and any(ch in _LIST_MARKS for ch in text[spans[n - 1][1] : spans[n][0]]) for n in range(len(spans))]
    first = 0
    while first < len(spans):
        total, last = 0, None
        for n in range(first, len(spans)):
            total += len(spans[n][2])
            if total > max(LENGTHS) or (n - first >= 2 and any(listed[first + 1 : n + 1])):
                break
            joined = "".join(chars for _, _, chars in spans[first : n + 1])
            # (across a list mark, only a valid number: 0871-6184777，20240905 is a phone and a date)
            if total >= PIECES_FROM and (not any(listed[first + 1 : n + 1]) or _checked(joined)):
                last = n
        if last is None:
            if len(spans[first][2]) > max(LENGTHS):  # two numbers run together: masked as one
                yield spans[first]
            first += 1
            continue
        yield spans[first][0], spans[last][1], "".join(chars for _, _, chars in spans[first : last + 1])
        first = last + 1


def head(text: str, limit: int = 40) -> str:
    """The start of a text too long to show, cut back past any digits (and what separates them)
    at the cut, so no part of a number the cut would split is shown unmasked; then "…"."""
    cut = mask_text(text)[:limit]  # masked whole first: a number the cut would split is masked too
    end = len(cut)
    while end and (
        cut[end - 1].isdigit() or cut[end - 1] in _X or cut[end - 1] in DIGIT_LETTERS or not cut[end - 1].isalnum()
    ):
        end -= 1
    return mask_text(cut[:end]) + "…"


_FILLERS = frozenset("\u115f\u1160\u3164\uffa0")  # Hangul fillers: letters to Python, invisible to a reader


def _visible(text: str) -> str:
    if digit_like(text) < MASK_FROM_DIGITS:
        return text  # most texts: too few digits to hold a number, left as they are
    import unicodedata

    return "".join(
        ch
        for ch in text
        if ch in "\n\t" or (ch not in _FILLERS and unicodedata.category(ch) not in ("Cf", "Mn", "Me", "Cc"))
    )


def strip_numbers(text: str) -> str:
    """`text` with every run that may be a personal number replaced by a space, and the hidden digits
    of a number written in pieces too."""
    text = _visible(text)
    if digit_like(text) >= PIECES_FROM:  # the digits of a number in pieces too (前九位110119200，后九位…)
        spelt = _spelt_apart(text)
        text = "".join(" " if m == "*" and c != "*" else c for c, m in zip(text, spelt, strict=True))
    parts: list[str] = []
    last = 0
    for start, end, _ in runs(text, loose=True):
        parts += [text[last:start], " "]
        last = end
    return "".join(parts) + text[last:] if parts else text


def listed(text: str) -> str | None:
    """The number a text of a number's pieces and list marks or thousands separators between
    them makes (530102，19870916，1230; 530,102,198,709,161,230), when it has a number's shape."""
    chars = compact(text.strip())
    joined = chars.translate(_UNLISTED)
    return joined if joined != chars and is_number_shaped(joined) else None


def is_number_shaped(chars: str) -> bool:
    """True for the shapes of an ID or certificate number (whatever its check digit says)."""
    n = len(chars)
    if n == 15:
        return _digits(chars)
    if n not in (18, 20, 22) or not _digits(chars[:17]) or chars[17] not in "0123456789X":
        return False
    return n == 18 or (_digits(chars[18:20]) and (n == 20 or (chars[20] == "B" and _digits(chars[21]))))
