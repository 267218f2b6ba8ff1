"""The next step on a region answer: whom to ask, with the sources that say so, in zh or en."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cardinfo.i18n import t
from cardinfo.models import Dataset, Place, Source

if TYPE_CHECKING:
    from cardinfo.lookup import RegionAnswer


def cite(source: Source | None, lang: str, full: bool = False) -> str:
    """Who said it, when, and how far to trust it: 邵阳日报 2022-07-15，可信度高."""
    if source is None:
        return ""
    publisher = source.publisher
    chinese = any("\u3400" <= ch <= "\u9fff" for ch in publisher)
    if (lang == "en" and chinese) or (lang == "zh" and not chinese and " " in publisher):
        publisher = f"“{publisher}”"  # a publisher's own name in the other language, quoted as written
    return t(
        "cite.full" if full else "cite",
        lang,
        publisher=publisher,
        date=source.date or t("word.undated", lang),
        confidence=t(f"confidence.{source.confidence}", lang),
        url=source.url,
    )


def _county(place: Place | None, lang: str = "zh") -> str:
    """The county-level division whose 残联 serves a place: itself, or the one a town lies in."""
    if place is None or not place.code:
        return ""
    if place.level == "county":
        if lang != "en" or not place.pinyin:
            return place.name
        from cardinfo.romanise import spelled  # as every other English place name is written

        return f"{place.name} ({spelled(place.code, place.pinyin, place.name)})"
    if place.level == "township" and len(place.path) >= 2:
        return place.path[-2]
    return ""


def next_steps(answer: RegionAnswer, dataset: Dataset, lang: str) -> list[str]:
    """What to do next, each step with its sources: the county 残联, the place of residence, 12385."""
    if answer.not_issued is not None:
        local = answer.not_issued
        fact = local.facts[0]
        said = t("next.source", lang, cites=cite(dataset.source(fact.source), lang))
        return [t("next.local", lang, issuer=local.issuer[lang], document=local.document[lang], cite=said)]
    steps = []
    county = _county(answer.place, lang)
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
