"""Answer what people paste (a place, a sentence, an ID or certificate number, a question), numbers masked."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardinfo.errors import NotFound
from cardinfo.lookup import RegionAnswer  # every use of this module answers a region
from cardinfo.models import Place
from cardinfo.record import Record

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from cardinfo.faq import FaqMatch
    from cardinfo.idnumber import NumberCheck
    from cardinfo.lookup import Atlas
    from cardinfo.models import Dataset, NotIssued, Region
    from cardinfo.places import Divisions
    from cardinfo.render import Doc
    from cardinfo.views import Namer

FORMER_CODES_FILE = "former_codes.csv"


class Former(Record):
    """A retired division code: its names, the year it went out of use, the current codes it became."""

    code: str
    names: str
    until: str
    successors: tuple[str, ...]


class Issued(Record):
    """Where a number was issued: its division(s) today, the retired code it had, if any, and
    `region`, the one place that holds them all (the division itself when there is one)."""

    places: tuple[Place, ...]
    former: Former | None
    region: Place | None


class Answer(Record):
    """A region answer with its query masked, and the number it came from, if any."""

    query: str
    region: RegionAnswer
    number: NumberCheck | None = None
    issued: Issued | None = None


class AskAnswer(Record):
    """`cardinfo ask`: the place part, the topic part, either, both or neither."""

    query: str
    region: Answer | None
    faq: Any  # FaqMatch | None (the FAQ module is imported only when a question is asked)
    miss: NotFound | None  # why the place part found nothing (its suggestions), when it did not


@functools.cache
def former_codes(path: Path) -> dict[str, Former]:
    """The retired-code table (data/former_codes.csv, made by scripts/build_former_codes.py)."""
    from cardinfo.errors import DataError

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        from cardinfo.i18n import os_reason

        raise DataError("data.unreadable", path=str(path), reason=os_reason(exc)) from None
    table: dict[str, Former] = {}
    for n, line in enumerate(lines, 1):
        if line.startswith("#") or line.startswith("code,"):
            continue
        parts = line.split(",")
        if len(parts) != 4 or not parts[0].isdigit():
            raise DataError("data.invalid", problem=f"{path}:{n}: not a row of code,names,until,successors")
        table[parts[0]] = Former(parts[0], parts[1], parts[2], tuple(parts[3].split(";")))
    return table


def former_codes_path() -> Path:
    from cardinfo.paths import bundled_dir

    return bundled_dir() / FORMER_CODES_FILE


def issued_in(divisions: Divisions, division: str) -> Issued | None:
    """The current division(s) of a number's first six digits: itself, or what a retired code became."""
    if not (division.isascii() and division.isdigit() and len(division) == 6):
        return None
    place = divisions.place(division)
    if place is not None:
        return Issued((place,), None, place)
    former = former_codes(former_codes_path()).get(division)
    if former is None:
        return None
    places = tuple(p for code in former.successors if (p := divisions.place(code)) is not None)
    return Issued(places, former, common_place(divisions, places)) if places else None


def check_number(divisions: Divisions, text: str) -> tuple[NumberCheck, Issued | None]:
    """Check a number and find where it was issued; a division no code ever had is a problem.

    A text longer than any place query may be (places.MAX_TEXT) is refused, not echoed back."""
    from cardinfo.idnumber import check

    refuse_long(text)
    result = check(text)
    issued = issued_in(divisions, result.division) if "characters" not in result.problems else None
    if issued is None and "length" not in result.problems and "characters" not in result.problems:
        problems = tuple(p for p in ("division", *result.problems))
        result = result._replace(valid=False, problems=problems)
    return result, issued


def refuse_long(text: str) -> None:
    """Raise NotFound for a text longer than any place query may be (places.MAX_TEXT), before any
    work on it; its message shows only the start, cut before any digits (so none escape masking)."""
    from cardinfo.places import MAX_TEXT

    if len(text) > MAX_TEXT:
        from cardinfo.idnumber import head

        raise NotFound("place.too_long", query=head(text), n=len(text), limit=MAX_TEXT)


def _text(value: object) -> str:
    """A query passed from Python: a str, else a TypeError that says so (not one from deep inside)."""
    if not isinstance(value, str):
        raise TypeError(f"cardinfo expects the text as a str, not {type(value).__name__}")
    return value


def common_place(divisions: Divisions, places: tuple[Place, ...]) -> Place | None:
    """The deepest place that contains every one of `places` (itself when there is one)."""
    shared = 0
    first = places[0].codes
    while shared < len(first) and all(len(p.codes) > shared and p.codes[shared] == first[shared] for p in places):
        shared += 1
    return divisions.place(first[shared - 1]) if shared else None


def find_number(text: str) -> str | None:
    """The first run in `text` shaped like an ID or certificate number, as its characters."""
    from cardinfo.idnumber import check, is_number_shaped, listed, runs

    # read as the mask reads it (530102.19900307.1238, 530102    199003071238): whatever is hidden as a
    # number is answered as one, never refused as a wrong length
    shaped = (chars for loose in (False, True) for _, _, chars in runs(text, loose) if is_number_shaped(chars))
    # as typed first: 13812345678 - 530102199003071238 holds an ID after a phone; then the pieces of a
    # list that make a valid number (530,102,198,709,161,230), not three codes (530102，530103，530104)
    found = next(shaped, None)
    if found is None and (joined := listed(text)) is not None and check(joined).valid:
        return joined
    return found


def masked(text: str) -> tuple[str, str]:
    """`text` as it may be shown (every run that may be a personal number masked) and as it may
    be read for a place (those runs left out). A text with no digit at all has no number to mask
    (idnumber reads no run without digits), and most queries are such: they skip the module."""
    from cardinfo.text import digit_like

    if not any(ch.isdigit() for ch in text) and digit_like(text) < _NUMBER_LIKE:
        return text, text
    from cardinfo.idnumber import mask_text, strip_numbers

    return mask_text(text), strip_numbers(text)


def region(atlas: Atlas, text: str, suggest: bool = True, related: bool = True, typos: bool = True) -> Answer:
    """`cardinfo region TEXT`: a number's division, or the place the text names; NotFound if none.

    A number anywhere in the text decides the place (the division of its first six digits); a
    longer run of digits that is not a number's shape never reaches the resolver, so nothing
    personal reaches its messages or suggestions. `related=False` (a batch row) leaves the
    related records out; `typos=False` does not read a text that names no place as a name typed with
    a character wrong.
    """
    refuse_long(text)
    shown, bare = masked(text)
    chars = find_number(text) if any(ch.isdigit() for ch in text) else None
    if chars is not None:
        number, issued = check_number(atlas.divisions, chars)
        if issued is None:
            raise NotFound("number.no_division", code=number.division, masked=number.masked)
        found = _issued_answer(atlas, shown, issued, number.masked)
        if not related:
            found = found._replace(related=())
        return Answer(shown, _with_pinyin(found, atlas), number, issued)
    code = text.strip().strip(_AROUND_CODE)
    if code.isascii() and code.isdigit() and len(code) in (6, 9):
        text = code  # a code copied with the cell's comma or quotes: 431382,
        bare = masked(text)[1]  # the code alone, as the resolver reads it
        issued = issued_in(atlas.divisions, code) if atlas.divisions.place(code) is None else None
        if issued is not None:  # a retired code: what it became, as at the start of a number (310108)
            found = _issued_answer(atlas, shown, issued, code)
            return Answer(shown, _with_pinyin(found if related else found._replace(related=()), atlas))
    digits = sum(ch.isdigit() for ch in text)
    alone = text.strip()
    if digits >= _NUMBER_LIKE and (not bare.strip() or all(ch.isdecimal() or ch in " -" for ch in alone)):
        from cardinfo.idnumber import mask, only_dates  # (only here: most queries hold no digits)

        if not only_dates(alone):
            # a number typed one digit short or long (too short for the mask's runs: masked here), not a
            # code and a date (530102 2023-05-06)
            shown = shown.strip() if shown != text else mask("".join(str(int(ch)) for ch in alone if ch.isdecimal()))
            raise NotFound("number.length", masked=shown, n=digits)
    try:
        answer = atlas.answer(bare, suggest=suggest, typos=typos)
    except NotFound as exc:
        from cardinfo.places import without_postcodes

        inside = _code_in(without_postcodes(bare))  # not a number's digits the mask hides, nor a postcode
        known = inside is not None and (atlas.divisions.place(inside) or issued_in(atlas.divisions, inside))
        if inside is not None and known and inside != text.strip():  # 区划代码 530122, 老代码610322
            return region(atlas, inside, suggest, related, typos)._replace(query=shown)
        if "query" in exc.values:
            exc.values["query"] = shown  # as typed, numbers masked
        raise
    answer = answer._replace(query=shown) if related else answer._replace(query=shown, related=())
    return Answer(shown, _with_pinyin(answer, atlas))


def _code_in(text: str) -> str | None:
    """The one run of 6 or 9 digits in `text` (between non-digits; other runs, such as a date's,
    aside), which the caller looks up as a division code; else None."""
    found: list[str] = []
    digits = ""
    for ch in text + " ":
        if ch.isascii() and ch.isdigit():
            digits += ch
            continue
        if digits:
            found.append(digits)
        digits = ""
    codes = [d for d in found if len(d) in (6, 9)]
    return codes[0] if len(codes) == 1 else None


_AROUND_CODE = " ,，;；.。、'\"“”‘’()（）[]【】"
_NUMBER_LIKE = 12  # digits: a text of only such a run is a personal number typed wrong, not a place


def _issued_answer(atlas: Atlas, shown: str, issued: Issued, masked: str) -> RegionAnswer:
    """Where a number was issued, as `number` says it: a retired code split among several places
    answers the place holding them all (郊区 130106 -> 石家庄市), its successors in `also`."""
    if issued.former is None:
        return atlas.answer_for(shown, issued.places, "number", masked)
    if len(issued.places) > 1 and issued.region is not None:
        return atlas.answer_for(shown, (issued.region,), "former-code", masked, also=issued.places)
    return atlas.answer_for(shown, issued.places, "former-code", masked)


def _with_pinyin(found: RegionAnswer, atlas: Atlas) -> RegionAnswer:
    """The answer's records with the pinyin of their province and place, for scripts."""
    return found._replace(
        records=_pinyin_records(found.records, atlas),
        related=_pinyin_records(found.related, atlas),
    )


@functools.lru_cache(maxsize=512)  # a batch names the same places, so the same records, again
def _pinyin_records(records: tuple[Region, ...], atlas: Atlas) -> tuple[Region, ...]:
    from cardinfo.romanise import with_pinyin

    return with_pinyin(records, atlas.dataset.english, lambda: atlas.divisions) if records else records


def ask(dataset: Dataset, atlas: Atlas, text: str) -> AskAnswer:
    """`cardinfo ask TEXT`: the place it names (or its number's), and the FAQ topic it asks about."""
    refuse_long(text)
    shown, bare = masked(text)
    miss: NotFound | None = None
    try:  # no spelling suggestions yet, nor the whole text read as a name typed with a character wrong:
        place: Answer | None = region(atlas, text, suggest=False, typos=False)  # a question is no such name
    except NotFound as exc:
        place, miss = None, exc
    if place is not None and place.region.matched_text.strip() == text.strip():
        return AskAnswer(shown, place, None, miss)  # the whole text is a place's name: no topic asked
    topic = faq_topic(dataset, bare)
    if place is None and topic is None:
        try:  # neither part answered: a name typed with a character wrong (昆名), else the place's
            place, miss = region(atlas, text), None  # suggestions for the message (三代证要钱吗 pays for neither)
        except NotFound as exc:
            miss = exc
    return AskAnswer(shown, place, topic, miss)


def faq_topic(dataset: Dataset, text: str) -> FaqMatch | None:
    """The FAQ topic `text` asks about, or None (the matcher reads whole sentences)."""
    from cardinfo.faq import match

    return match(dataset.faq, text, dataset.faq_t2s)


# ── the same answers for people ────────────────────────────────────────────────────────────


def outside_of(dataset: Dataset, issued: Issued | None) -> NotIssued | None:
    """The entry of the place a number's first six digits name, when the mainland certificate is not
    issued there (香港: 810000…), else None."""
    return dataset.outside(issued.places[0]) if issued is not None and issued.former is None else None


def number_fields(
    doc: Doc,
    number: NumberCheck,
    issued: Issued | None,
    lang: str,
    name: Namer | None = None,
    outside: NotIssued | None = None,
) -> None:
    """What a number says: valid or not and why, category, grade, replacement, where it was issued
    (or, for a place the mainland certificate is not issued in, only the place its digits name)."""
    from cardinfo.i18n import t
    from cardinfo.idnumber import CATEGORIES, GRADES
    from cardinfo.views import path_text

    def where(p: Any) -> str:
        return path_text(p.path, p.codes, lang, name or (lambda n, _: n))

    en = lang == "en"
    kind = t(f"number.kind.{number.kind}", lang)
    doc.title(t("number.valid" if number.valid else "number.invalid", lang, kind=kind, masked=number.masked))
    doc.items(t("label.problems", lang), [t(f"number.problem.{p}", lang) for p in number.problems])
    if number.category is not None:
        doc.field(t("label.category", lang), f"{number.category} {CATEGORIES[number.category][en]}")
    if number.grade is not None:
        doc.field(t("label.grade", lang), GRADES[number.grade][en])
    if number.replacement:
        doc.field(t("label.replacement", lang), t("number.replacement", lang, n=number.replacement))
    if issued is not None and issued.former is not None:
        places = ("、" if lang == "zh" else "; ").join(where(p) for p in issued.places)
        former = issued.former
        doc.field(
            t("label.former_code", lang),
            t("number.former", lang, code=former.code, names=former.names, until=former.until, places=places),
        )
    elif issued is not None and outside is not None:
        doc.field(t("label.digits_place", lang), where(issued.places[0]))
        place = issued.places[0]
        shown = (name or (lambda n, _: n))(place.name, place.code)
        doc.text(t("number.not_issued", lang, place=shown, name=place.name, document=outside.document[lang]))
    elif issued is not None:
        doc.field(t("label.issued_in", lang), where(issued.places[0]))
    doc.field(t("label.rules", lang), t(f"number.rules.{number.kind}", lang))  # where these parts' meanings come from
    doc.text(t("number.note", lang))


def number_doc(
    number: NumberCheck, issued: Issued | None, lang: str, name: Namer | None = None, outside: NotIssued | None = None
) -> Doc:
    from cardinfo.render import Doc

    doc = Doc(lang)
    number_fields(doc, number, issued, lang, name, outside)
    return doc


def region_doc(answer: Answer, dataset: Dataset, lang: str, name: Namer) -> Doc:
    """The region answer for people, after what its number says when it came from one."""
    from cardinfo import views
    from cardinfo.render import Doc

    doc = Doc(lang)
    if answer.number is not None:
        number_fields(doc, answer.number, answer.issued, lang, name, outside_of(dataset, answer.issued))
        doc.gap()
    doc.blocks += views.region_doc(answer.region, dataset, lang, name).blocks
    return doc


def ask_doc(answer: AskAnswer, dataset: Dataset, lang: str, name: Namer) -> Doc:
    """The place part, then the topic part."""
    from cardinfo import views
    from cardinfo.i18n import t
    from cardinfo.render import Doc

    doc = region_doc(answer.region, dataset, lang, name) if answer.region else Doc(lang)
    if answer.faq is not None:
        if doc.blocks:
            doc.gap()
        local = answer.region.region if answer.region is not None else None
        if local is not None and local.not_issued is not None and local.place is not None:
            # (我在香港，三代证要钱吗: the topic's answer is about the mainland card, not what is issued there)
            place = name(local.place.name, local.place.code or local.place.codes[-1])
            doc.text(t("ask.mainland_only", lang, place=place, document=local.not_issued.document[lang]))
        views.faq_doc(doc, answer.faq.entry, dataset, lang, answer.faq.also)
    return doc


# ── the Python API (cardinfo.region, .regions, .ask, .number call these) ──────────────────


@functools.cache
def loaded(data_dir: str | None = None) -> tuple[Dataset, Atlas]:
    """The dataset and the atlas over it, loaded once per data folder for a script's lifetime."""
    from cardinfo.data import load
    from cardinfo.lookup import Atlas
    from cardinfo.paths import places_path
    from cardinfo.places import Divisions

    divisions = Divisions(places_path())
    dataset = load(data_dir, lambda: divisions)  # one index connection: validation uses it too
    return dataset, Atlas(dataset, divisions)


def api_region(text: str, lang: str, data_dir: str | None) -> dict[str, Any]:
    from cardinfo import shapes

    text, lang = _text(text), _lang(lang)
    dataset, atlas = loaded(data_dir)
    return shapes.region_answer(region(atlas, text), dataset, lang)


def api_regions(texts: Iterable[object], lang: str, suggest: bool, data_dir: str | None) -> Iterator[dict[str, Any]]:
    from cardinfo import batch

    if isinstance(texts, str | bytes):
        raise TypeError("cardinfo.regions() expects an iterable of texts (a list, a column), not one text")
    lang = _lang(lang)
    dataset, atlas = loaded(data_dir)
    return batch.rows(dataset, atlas, batch.lines_of(texts), lang, suggest)


def api_ask(text: str, lang: str, data_dir: str | None) -> dict[str, Any]:
    from cardinfo import shapes

    text, lang = _text(text), _lang(lang)
    dataset, atlas = loaded(data_dir)
    return shapes.ask_answer(ask(dataset, atlas, text), dataset, lang)


def api_number(text: str, lang: str, data_dir: str | None) -> dict[str, Any]:
    from cardinfo import shapes

    text, lang = _text(text), _lang(lang)
    _, atlas = loaded(data_dir)
    return shapes.number_check(*check_number(atlas.divisions, text), lang)


def _lang(lang: object) -> str:
    if lang not in ("zh", "en"):
        from cardinfo.idnumber import mask_text

        # (the value masked, as every text the tool shows is: a number passed by mistake is no exception)
        shown = mask_text(lang) if isinstance(lang, str) else type(lang).__name__
        raise ValueError(f"lang must be 'zh' or 'en', not {shown!r}")
    return str(lang)
