"""The JSON shapes scripts rely on (docs/cli.md): one function per shape, nothing else builds them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cardinfo.models import Dataset

if TYPE_CHECKING:  # types only: a region run should not import the FAQ or reminder code
    from cardinfo.faq import FaqMatch
    from cardinfo.lookup import RegionAnswer
    from cardinfo.remind import Due


def source_line(dataset: Dataset) -> str:
    """The article a JSON answer rests on, as one line (always in Chinese: it is the article's title)."""
    return f"{dataset.article['note_zh']}：《{dataset.article['title']}》 {dataset.article['url']}"


def region_json(answer: RegionAnswer, dataset: Dataset) -> dict[str, Any]:
    return {
        "query": answer.query,
        "match": answer.match,
        "status": answer.status,
        "place": answer.place.to_dict() if answer.place else None,
        "records": [r.to_dict() for r in answer.records],
        "related": [r.to_dict() for r in answer.related],
        "candidates": [
            {**c.place.to_dict(), "status": c.status, "records": [r.to_dict() for r in c.records]}
            for c in answer.candidates
        ],
        "matched_by": answer.matched_by,
        "matched_text": answer.matched_text,
        "also": [p.to_dict() for p in answer.also],
        "as_of": dataset.as_of,
        "source": source_line(dataset),
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
    return {k: result[k] for k in keys}


def remind(dues: list[Due], today: str, note: str) -> dict[str, Any]:
    out: dict[str, Any] = {"today": today, "note": note}
    for due in dues:
        out["next_activation_due" if due.kind == "activation" else "expires"] = due.to_dict()
    return out


def export(d: Dataset) -> dict[str, Any]:
    """`export`: the whole dataset."""
    return {
        "schema_version": 1,
        "as_of": d.as_of,
        "sources": [{**d.article, "kind": "article"}],
        "regions": records(d.regions),
        "faq": [e.to_dict() for e in d.faq],
        "timeline": timeline(d),
        "stated_counts": d.stated_counts,
        "check_in_person": d.check_in_person,
    }
