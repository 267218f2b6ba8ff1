"""The JSON shapes scripts rely on (docs/cli.md): one function per shape, nothing else builds them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cardinfo.models import Dataset, Report

if TYPE_CHECKING:  # types only: a region run should not import the FAQ or reminder code
    from cardinfo.faq import FaqMatch
    from cardinfo.idnumber import NumberCheck
    from cardinfo.lookup import RegionAnswer
    from cardinfo.queries import Answer, AskAnswer, Issued
    from cardinfo.remind import Due


def source_line(dataset: Dataset) -> str:
    """The article a JSON answer rests on, as one line (always in Chinese: it is the article's title)."""
    return f"{dataset.article['note_zh']}：《{dataset.article['title']}》 {dataset.article['url']}"


def _report(report: Report, dataset: Dataset) -> dict[str, Any]:
    """A report with its source written out (title, publisher, URL, date, confidence)."""
    source = dataset.source(report.source)
    return {**report.to_dict(), "source": source.to_dict() if source else {"id": report.source}}


def region_json(answer: RegionAnswer, dataset: Dataset, lang: str = "zh") -> dict[str, Any]:
    """`region --format json`; `next_step` is in `lang`."""
    from cardinfo.nextstep import command_for, next_steps

    out = {
        "query": answer.query,
        "match": answer.match,
        "status": answer.status,
        "place": answer.place.to_dict() if answer.place else None,
        "records": [r.to_dict() for r in answer.records],
        "related": [r.to_dict() for r in answer.related],
        "candidates": [
            {
                **c.place.to_dict(),
                "status": c.status,
                "basis": c.basis.to_dict() if c.basis else None,
                "command": command_for(c.place),
                "records": [r.to_dict() for r in c.records],
            }
            for c in answer.candidates
        ],
        "reports": [_report(r, dataset) for r in answer.reports],
        "basis": answer.basis.to_dict() if answer.basis else None,
        "next_step": next_steps(answer, dataset, lang),
        "matched_by": answer.matched_by,
        "matched_text": answer.matched_text,
        "also": [p.to_dict() for p in answer.also],
        "as_of": dataset.as_of,
        "source": source_line(dataset),
    }
    if answer.not_issued is not None:
        out["not_applicable"] = answer.not_issued.to_dict()
    return out


def region_answer(answer: Answer, dataset: Dataset, lang: str) -> dict[str, Any]:
    """`region --format json` for what people paste: the query masked, and `number` for a number."""
    out = region_json(answer.region, dataset, lang)
    out["query"] = answer.query
    if answer.number is not None:
        number = number_check(answer.number, answer.issued, lang)
        del number["region"]  # the answer's own `place` says where
        out["number"] = number
    return out


def batch_row(answer: Answer, dataset: Dataset, line: int, lang: str) -> dict[str, Any]:
    """A row of `region --input`: the region JSON without `related`, its line number first."""
    row = {"line": line, **region_answer(answer, dataset, lang)}
    del row["related"]
    return row


def batch_miss(line: int, query: str, error: str, suggestions: list[str]) -> dict[str, Any]:
    """A row of `region --input` for a line that names no place."""
    return {
        "line": line,
        "query": query,
        "match": "none",
        "status": None,
        "place": None,
        "error": error,
        "suggestions": suggestions,
    }


def number_check(number: NumberCheck, issued: Issued | None, lang: str) -> dict[str, Any]:
    """`number --format json`: the number object plus `region`, the division it was issued in.

    A retired code that became several divisions gives the place that holds them all as
    `region`, and lists them under `former_division.successors`.
    """
    out = number.to_dict(lang)
    out["region"] = issued.region.to_dict() if issued and issued.region else None
    if issued is not None and issued.former is not None:
        out["former_division"] = {
            "code": issued.former.code,
            "names": issued.former.names.split(" / "),
            "until": issued.former.until,
            "successors": [p.to_dict() for p in issued.places],
        }
    return out


def ask_answer(answer: AskAnswer, dataset: Dataset, lang: str) -> dict[str, Any]:
    """`ask --format json`: the place part and the topic part, each null when it found nothing."""
    return {
        "query": answer.query,
        "region": region_answer(answer.region, dataset, lang) if answer.region else None,
        "faq": faq_json(answer.faq, dataset, lang) if answer.faq else None,
    }


def records(regions: Any) -> list[dict[str, Any]]:
    """`status --format json`: one record object per record."""
    return [r.to_dict() for r in regions]


def faq_list(dataset: Dataset, lang: str) -> list[dict[str, str]]:
    """`faq --format json`: the topics."""
    return [{"topic": e.key, "question": e.question[lang]} for e in dataset.faq]


def faq_json(match: FaqMatch, dataset: Dataset, lang: str) -> dict[str, Any]:
    e = match.entry
    return {
        "topic": e.key,
        "question": e.question[lang],
        "answer": e.answer[lang],
        "source": {"text": e.source or None, "also": list(e.also), "article": dataset.article, "as_of": dataset.as_of},
        "caveats": [c.to_dict() for c in e.caveats],
        "check_in_person": dataset.check_in_person,
        "see_also": match.also.key if match.also else None,
    }


def timeline(dataset: Dataset) -> list[dict[str, Any]]:
    return [e.to_dict() for e in dataset.timeline]


def summary(result: dict[str, Any]) -> dict[str, Any]:
    """`summary --format json`: counts of the records beside the counts the article states."""
    keys = ("total", "by_status", "by_province", "stated_in_source", "stated_total", "stated_source", "explanation")
    evidence = ("places_by_status", "places")  # places by their status from all evidence (needs the index)
    return {k: result[k] for k in (*keys, *evidence) if k in result}


def sources(dataset: Dataset) -> list[dict[str, Any]]:
    """`sources --format json`: every source with what it supports."""
    from cardinfo.citations import sources_json

    return sources_json(dataset)


def remind(dues: list[Due], today: str, note: str) -> dict[str, Any]:
    out: dict[str, Any] = {"today": today, "note": note}
    for due in dues:
        out["next_activation_due" if due.kind == "activation" else "expires"] = due.to_dict()
    return out


def export(d: Dataset) -> dict[str, Any]:
    """`export`: the whole dataset."""
    return {
        "schema_version": 2,
        "as_of": d.as_of,
        "sources": [src.to_dict() for src in d.sources],
        "regions": records(d.regions),
        "reports": [r.to_dict() for r in d.reports],
        "not_issued": [n.to_dict() for n in d.not_issued],
        "faq": [e.to_dict() for e in d.faq],
        "timeline": timeline(d),
        "stated_counts": d.stated_counts,
        "check_in_person": d.check_in_person,
    }
