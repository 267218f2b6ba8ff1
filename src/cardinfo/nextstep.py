"""The next step on an answer: whom to ask, with the sources that say so (who, when, how sure), in zh or en."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cardinfo.i18n import confidence_word, t
from cardinfo.models import Dataset, Place, Source

if TYPE_CHECKING:
    from collections.abc import Callable

    from cardinfo.lookup import RegionAnswer


def cite(
    source: Source | None, lang: str, full: bool = False, date: str | None = None, confidence: str | None = None
) -> str:
    """Who said it, when, and how far to trust it: 邵阳日报 2022-07-15，可信度高.

    `date` and `confidence`, when given, are a fact's own (an FAQ caveat's), worded the same way."""
    if source is None:
        return ""
    publisher = publisher_as_written(source.publisher, lang)
    return t(
        "cite.full" if full else "cite",
        lang,
        publisher=publisher,
        date=date_word(date or source.date, lang),
        confidence=confidence_word(confidence or source.confidence, lang),
        url=source.url,
    )


def publisher_as_written(publisher: str, lang: str) -> str:
    """A publisher's own name, quoted where it is in the other language (a web address is no prose)."""
    chinese = any("\u3400" <= ch <= "\u9fff" for ch in publisher)
    if (lang == "en" and chinese) or (lang == "zh" and not chinese and " " in publisher):
        return f"“{publisher}”"
    return publisher


def date_word(date: str | None, lang: str) -> str:
    """A source's date as the reader reads it: 2022-07-15 as written; undated, c. 2023 in the reader's words."""
    if not date or date == "undated":
        return t("word.undated", lang)
    head, tail = "undated (quotes the ", " rules)"
    if date.startswith(head) and date.endswith(tail) and date[len(head) : -len(tail)].isdigit():
        return t("date.quotes_rules", lang, year=date[len(head) : -len(tail)])
    if date.startswith("c. "):
        return t("date.circa", lang, date=date[3:])
    return date


def source_at(dataset: Dataset, url: str) -> Source | None:
    """The source listed with this address (faq.yaml cites its sources by address)."""
    return next((s for s in dataset.sources if s.url == url), None)


def general_steps(dataset: Dataset, lang: str) -> list[str]:
    """The next step on an answer about no one place: the data's first step (the county-level 残联 of
    your household registration) and its last (the 12385 hotline), each with its sources."""
    worded = _worded(dataset, lang)
    if not worded:  # no steps in the data: its one-line "check in person"
        return [dataset.check_in_person[lang]]
    chosen = worded[:1] + worded[1:][-1:]
    return [said + cited for said, cited in chosen]


def _county(place: Place | None, lang: str = "zh", name: Callable[[str, str], str] | None = None) -> str:
    """The county-level division whose 残联 serves a place: itself, or the one a town lies in."""
    if place is None or not place.code:
        return ""
    if place.level == "county":
        if lang != "en" or not place.pinyin:
            return place.name
        from cardinfo.romanise import spelled  # as every other English place name is written

        return f"{place.name} ({spelled(place.code, place.pinyin, place.name)})"
    if place.level == "township" and len(place.path) >= 2:  # 石角镇's: 綦江区 (Qijiang) in English
        county = place.path[-2]
        return name(county, place.codes[-2]) if name is not None and len(place.codes) >= 2 else county
    return ""


def next_steps(
    answer: RegionAnswer, dataset: Dataset, lang: str, name: Callable[[str, str], str] | None = None
) -> list[str]:
    """What to do next, each step with its sources: the county 残联, the place of residence, 12385."""
    if answer.not_issued is not None:
        local = answer.not_issued
        fact = local.facts[0]
        said = t("next.source", lang, cites=cite(dataset.source(fact.source), lang))
        return [t("next.local", lang, issuer=local.issuer[lang], document=local.document[lang], cite=said)]
    steps = []
    county = _county(answer.place, lang, name)
    for n, (said, cited) in enumerate(_worded(dataset, lang)):
        here = t("next.here", lang, county=county) if n == 0 and county else ""
        steps.append(said + here + cited)
    if answer.match == "ambiguous" and answer.candidates:
        steps.insert(0, t("next.candidates", lang, command=command_for(answer.candidates[0].place)))
    return steps


# (id of the dataset, language) -> (that dataset, its steps worded): a batch words them once, not per row.
_WORDED: dict[tuple[int, str], tuple[Dataset, tuple[tuple[str, str], ...]]] = {}


def _worded(dataset: Dataset, lang: str) -> tuple[tuple[str, str], ...]:
    """Each next step of the data as (its text, its sources cited), in `lang`, worded once per dataset."""
    kept = _WORDED.get((id(dataset), lang))
    if kept is not None and kept[0] is dataset:  # the dataset itself is kept, so its id is not reused
        return kept[1]
    joiner = "；" if lang == "zh" else "; "
    worded = tuple(
        (
            step.en if lang == "en" else step.zh,
            t("next.source", lang, cites=joiner.join(cite(dataset.source(i), lang) for i in step.sources)),
        )
        for step in dataset.next_steps
    )
    if len(_WORDED) >= 8:  # a process that loads many datasets (the tests) keeps only the last few
        _WORDED.clear()
    _WORDED[(id(dataset), lang)] = (dataset, worded)
    return worded


def command_for(place: Place) -> str:
    """The command that asks about exactly this place (a zone, having no code, by its path)."""
    return f"cardinfo region {place.code}" if place.code else f"cardinfo region {''.join(place.path)}"
