"""Answers as people read them (a render.Doc) and as scripts read them (the JSON of docs/cli.md)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cardinfo.i18n import has, status_word, t
from cardinfo.models import Dataset, FaqEntry, Place, Region, Source
from cardinfo.nextstep import (
    cite,
    command_for,
    date_word,
    general_steps,
    next_steps,
    publisher_as_written,
    source_at,
)
from cardinfo.render import STATUS_STYLE, Doc
from cardinfo.romanise import province_code

if TYPE_CHECKING:  # types only: a region run should not import the FAQ or reminder code
    from cardinfo.faq import FaqMatch
    from cardinfo.lookup import Basis, RegionAnswer
    from cardinfo.remind import Due

Namer = Callable[[str, str], str]  # (name, code) -> name as shown (with pinyin in English)


def source_line(dataset: Dataset, lang: str) -> str:
    note = dataset.article["note_en" if lang == "en" else "note_zh"]
    return (
        f"{note}：《{dataset.article['title']}》 {dataset.article['url']}"
        if lang == "zh"
        else f"{note}: 《{dataset.article['title']}》 {dataset.article['url']}"
    )


def path_text(path: tuple[str, ...], codes: tuple[str, ...], lang: str, name: Namer) -> str:
    """云南省，昆明市，盘龙区: separators a screen reader reads as a pause (not “>”, read as “greater than”)."""
    shown = [name(n, c) for n, c in zip(path, (*codes, *[""] * len(path)), strict=False)]
    return ("，" if lang == "zh" else ", ").join(shown)


def _place_in(path: tuple[str, ...], codes: tuple[str, ...], lang: str, name: Namer) -> str:
    """吉林市（吉林省）: a place, then where it lies, so a list of places never reads as one path."""
    here = name(path[-1], codes[-1] if len(codes) == len(path) else "")
    if len(path) == 1:
        return here
    above = path_text(path[:-1], codes[: len(path) - 1], lang, name)
    return f"{here}（{above}）" if lang == "zh" else f"{here} in {above}"


def _as_written(text: str, lang: str, marks: str = "“”") -> str:
    """A source's own name or title, quoted where it is in the other language than the answer's."""
    chinese = any("\u3400" <= ch <= "\u9fff" for ch in text)
    other = not chinese if lang == "zh" else chinese
    return f"{marks[0]}{text}{marks[1]}" if other and not text.startswith(("《", "“")) else text


def quoted(text: str, lang: str) -> str:
    """The article's own words as a quotation: in English, marked so the Chinese reads as quoted."""
    return f"“{text}”" if lang == "en" else text


def _join(parts: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(parts)


def _since(value: str | None, lang: str) -> str:
    return t("since", lang, since=value) if value else ""


def region_fields(doc: Doc, r: Region, lang: str, name: Namer) -> None:
    """The details of one record, the article's own words last."""
    from cardinfo import translations

    none = t("word.none", lang)
    doc.title(t("record.heading", lang, place=name(r.place, r.code or r.within or "")))
    doc.field(t("label.status", lang), status_word(r.status, lang), _style(r.status))
    doc.field(t("label.since", lang), r.since or none)
    if r.pilot:
        doc.field(t("label.pilot", lang), t("word.yes", lang))
    doc.field(t("label.code", lang), r.code or none)
    if r.functions:
        shown = [translations.function(f, lang) for f in r.functions]
        doc.field(t("label.functions", lang), ("、" if lang == "zh" else "; ").join(shown))
    if r.validity_years:
        doc.field(t("label.validity", lang), t("label.years", lang, n=r.validity_years))
    if r.first_batch:
        doc.field(t("label.first_batch", lang), quoted(r.first_batch, lang))
    doc.items(
        t("label.notes", lang),
        [translations.note(n, lang) if n.startswith("注意") else quoted(n, lang) for n in r.notes],
    )
    doc.field(
        t("label.source", lang),
        f"[{status_word(r.source.section, lang)}] {quoted(r.source.text.replace(chr(10), ' / '), lang)}",
    )
    for also in r.source.also:
        doc.field(t("label.also", lang), f"[{status_word(also.section, lang)}] {quoted(also.text, lang)}")


def _style(status: str) -> str:
    return STATUS_STYLE.get(status, "")


def _short_list(records: tuple[Region, ...], dataset: Dataset, lang: str, name: Namer) -> list[str]:
    """One line per record: the place, its status and since when, and briefly whose words those are."""
    sep = "：" if lang == "zh" else ": "
    return [
        f"{name(r.place, r.code or r.within or '')}{sep}{status_word(r.status, lang)}{_since(r.since, lang)}"
        + _brief_cite(dataset.source(r.source.id), lang)
        for r in records
    ]


def _brief_cite(source: Source | None, lang: str) -> str:
    """（studyofnet.com 2020）: a source named briefly, its publisher and date."""
    if source is None:
        return ""
    said = t(
        "cite.brief", lang, publisher=publisher_as_written(source.publisher, lang), date=date_word(source.date, lang)
    )
    return f"（{said}）" if lang == "zh" else f" ({said})"


def _lead(
    answer: RegionAnswer, dataset: Dataset, lang: str, shown: str, basis: Basis | None, name: Namer | None = None
) -> str:
    """The stage first, with its date and its source: 邵阳市：正在换发，2022-07 起（邵阳日报 2022-07-15，可信度高）."""
    if basis is None:
        return t("lead.unknown", lang, place=shown)
    values = {
        "place": shown,
        "status": status_word(basis.stage, lang),
        "since": _held_since(basis, dataset, lang),
        "cite": cite(dataset.source(basis.source), lang),
        "other": _basis_place(basis, dataset, name),
    }
    if basis.relation == "inside":
        return t("lead.inside", lang, **values)
    via = t(f"via.{basis.kind}", lang, other=values["other"]) if basis.relation == "above" else ""
    return t("lead.evidence", lang, via=via, **values)


def _basis_place(basis: Basis, dataset: Dataset, name: Namer | None) -> str:
    """The place a status rests on, as shown (in English with its pinyin)."""
    if name is None:
        return basis.place
    items = dataset.regions if basis.kind == "record" else dataset.reports
    found = next((i for i in items if i.id == basis.id), None)
    return name(basis.place, (found.code or found.within or "") if found is not None else "")


def _evidence_items(answer: RegionAnswer, dataset: Dataset, lang: str, name: Namer) -> list[str]:
    """What each source says about the place, above it (and inside a province or city), newest first."""
    rows: list[tuple[str, str]] = []
    for rep in answer.reports:
        note = t("evidence.note", lang, note=rep.note[lang]) if rep.note else ""
        rows.append(
            (
                rep.date,
                _item(
                    lang,
                    rep.date,
                    name(rep.place, rep.code or rep.within or ""),
                    rep.stage,
                    rep.pilot,
                    rep.quote,
                    note,
                    dataset.source(rep.source),
                ),
            )
        )
    for rec in answer.records if answer.match != "descendant" else ():
        date = rec.since or rec.source.date
        quote = rec.source.text.replace("\n", " / ")
        rows.append(
            (
                date,
                _item(
                    lang,
                    date,
                    name(rec.place, rec.code or rec.within or ""),
                    rec.status,
                    rec.pilot,
                    quote,
                    "",
                    dataset.source(rec.source.id),
                ),
            )
        )
    rows.sort(key=lambda row: row[0], reverse=True)
    return [text for _, text in rows]


def _item(
    lang: str, date: str, place: str, stage: str, pilot: bool, quote: str, note: str, source: Source | None
) -> str:
    return t(
        "evidence.item",
        lang,
        date=date,
        place=place,
        stage=status_word(stage, lang),
        pilot=t("word.pilot", lang) if pilot else "",
        quote=quote,
        note=note,
        cite=cite(source, lang, full=True),
    )


def _held_since(basis: Basis, dataset: Dataset, lang: str) -> str:
    """When the stage held: "since" its date, or "as of" it where a report's date is only its page's
    (the page gives no other: 无锡, a lawyer's answer of 2024-01-29, says nothing of when it began)."""
    if not basis.date:
        return ""
    source = dataset.source(basis.source) if basis.kind == "report" else None
    page = source is not None and source.date == basis.date
    return t("lead.as_of" if page else "lead.since", lang, date=basis.date)


def _candidate_said(basis: Basis | None, dataset: Dataset, lang: str) -> str:
    """One candidate's stage with its date and source: 已经发放，2014-11-28 起（京华时报… 2014-11-29，可信度中高）."""
    if basis is None:
        return t("status.unknown", lang)
    since = _held_since(basis, dataset, lang)
    cited = cite(dataset.source(basis.source), lang)
    where = (f"（{cited}）" if lang == "zh" else f" ({cited})") if cited else ""
    return f"{status_word(basis.stage, lang)}{since}{where}"


def region_doc(answer: RegionAnswer, dataset: Dataset, lang: str, name: Namer) -> Doc:
    doc = Doc(lang)
    if answer.match == "ambiguous":
        doc.title(t("lead.ambiguous", lang, query=answer.query, n=len(answer.candidates)))
        for c in answer.candidates:
            where = path_text(c.place.path, c.place.codes, lang, name) + (
                f"（{c.place.code}）" if lang == "zh" else f" ({c.place.code})"
            )
            doc.field(where, f"{_candidate_said(c.basis, dataset, lang)} — {command_for(c.place)}", _style(c.status))
        doc.gap().items(t("label.next_step", lang), next_steps(answer, dataset, lang, name))
        doc.gap().text(source_line(dataset, lang))
        return doc
    place = answer.place
    assert place is not None
    # a development zone has no code of its own: it is named by the city it lies in (in Ningbo)
    shown = name(place.name, place.code or (place.codes[-1] if place.codes else ""))
    if answer.not_issued is not None:
        return _not_issued_doc(doc, answer, dataset, lang, shown, name)
    doc.title(_lead(answer, dataset, lang, shown, answer.basis, name))
    if answer.ahead is not None:  # a province or city whose places inside are further on than itself
        doc.text(_lead(answer, dataset, lang, shown, answer.ahead, name))
    if answer.match == "descendant":
        counts = [
            t("count.status", lang, status=status_word(st, lang), n=n)
            for st in ("issuing", "issued", "preparing")
            if (n := sum(r.status == st for r in answer.records))
        ]
        doc.text(t("lead.descendant", lang, place=shown, n=len(answer.records), counts=_join(counts, lang)))
    _how_matched(doc, answer, place, shown, lang, name)
    doc.field(t("label.path", lang), path_text(place.path, place.codes, lang, name))
    if answer.also:  # a rule picked this place: name the others the query fits
        others = [_place_in(p.path, p.codes, lang, name) for p in answer.also]
        doc.field(t("label.also_fits", lang), ("；" if lang == "zh" else "; ").join(others))
    doc.field(t("label.match", lang), t(f"match.{answer.match}", lang))
    doc.gap().items(t("label.evidence", lang), _evidence_items(answer, dataset, lang, name))
    for r in answer.records if answer.match != "descendant" else ():
        doc.gap()
        region_fields(doc, r, lang, name)
    if answer.match == "descendant":
        doc.gap().items(t("label.inside", lang), _short_list(answer.records, dataset, lang, name))
    doc.gap().items(t("label.related", lang), _short_list(answer.related, dataset, lang, name))
    doc.gap().items(t("label.next_step", lang), next_steps(answer, dataset, lang, name))  # the answer ends with it
    doc.gap().text(source_line(dataset, lang))
    return doc


def _how_matched(doc: Doc, answer: RegionAnswer, place: Place, shown: str, lang: str, name: Namer) -> None:
    """A line saying how the query names the place, where the name shown is not what was typed
    (an old name, a typo, a landmark: 大三巴 lies in 澳门; 星城 is 长沙's nickname)."""
    if (
        answer.matched_by in ("former", "alias", "typo", "landmark", "township-short")
        and answer.query.strip() != place.name
    ):
        typed = answer.matched_text.strip() if answer.matched_by == "typo" else ""  # 石家装桥西区 in a sentence
        key = "matched.typo_two" if _wrong_characters(typed, place.name) == 2 else f"matched.{answer.matched_by}"
        doc.text(t(key, lang, query=typed or answer.query.strip(), name=shown))
    elif answer.matched_by == "moved" and answer.also:  # 余杭区临平街道: the township is 临平区's now
        written = name(answer.also[0].name, answer.also[0].code)
        doc.text(t("matched.moved", lang, name=shown, written=written))
    elif answer.matched_by == "short" and answer.query.strip() not in place.name:  # 星城, 迪化, 沪: say whose
        doc.text(t("matched.short", lang, query=answer.query.strip(), name=shown))
    elif answer.matched_by == "former-code" and answer.matched_text.isdigit():  # a retired code typed alone
        split = _join([_place_in(p.path, p.codes, lang, name) for p in answer.also], lang)
        key = "matched.former_code_split" if answer.also else "matched.former_code"
        doc.text(t(key, lang, query=answer.matched_text, name=shown, names=split))


def _wrong_characters(typed: str, name: str) -> int:
    """How many characters a name typed by its sound has wrong (七七哈尔 for 齐齐哈尔市: two), or 0 when
    it is not the name's length with or without its kind word."""
    form = next((f for f in (name, name[:-1]) if len(f) == len(typed)), "")
    return sum(a != b for a, b in zip(typed, form, strict=True)) if form else 0


def _not_issued_doc(doc: Doc, answer: RegionAnswer, dataset: Dataset, lang: str, shown: str, name: Namer) -> Doc:
    local = answer.not_issued
    assert local is not None and answer.place is not None
    doc.title(t("lead.not_applicable", lang, place=shown, document=local.document[lang]))
    _how_matched(doc, answer, answer.place, shown, lang, name)
    doc.field(t("label.path", lang), path_text(answer.place.path, answer.place.codes, lang, name))
    doc.field(t("label.document", lang), local.document[lang])
    doc.field(t("label.issuer", lang), local.issuer[lang])
    facts = [
        f"{f.en if lang == 'en' else f.zh}——“{f.quote}”（{cite(dataset.source(f.source), lang, full=True)}）"
        if lang == "zh"
        else f"{f.en} — “{f.quote}” ({cite(dataset.source(f.source), lang, full=True)})"
        for f in local.facts
    ]
    doc.gap().items(t("label.facts", lang), facts)
    doc.gap().items(t("label.next_step", lang), next_steps(answer, dataset, lang, name))
    return doc


def region_brief_doc(answer: RegionAnswer, dataset: Dataset, lang: str, name: Namer) -> Doc:
    """`region --brief`: the answer line (with the candidates of an ambiguous name), then the next step."""
    full = region_doc(answer, dataset, lang, name)
    doc = Doc(lang)
    doc.blocks.append(full.blocks[0])
    if answer.ahead is not None:  # (云南省：准备换发 … 其下有地方已经发放: the line that says so stays)
        doc.blocks.append(full.blocks[1])
    if answer.match == "ambiguous":
        doc.blocks += [b for b in full.blocks if b[0] == "field"]
    doc.items(t("label.next_step", lang), next_steps(answer, dataset, lang, name))
    return doc


def general_next(doc: Doc, dataset: Dataset, lang: str, steps: tuple[str, ...] = ()) -> Doc:
    """The next step on an answer about no one place: `steps` first, then whom to ask (with its sources)."""
    return doc.gap().items(t("label.next_step", lang), [*steps, *general_steps(dataset, lang)])


def status_doc(records: list[Region], dataset: Dataset, lang: str, name: Namer, wide: bool = True) -> Doc:
    """The status table, the place first and a count first; the article's words where there is room."""
    doc = Doc(lang)
    doc.title(t("status.count", lang, n=len(records)))
    keys = ["label.place", "label.province", "label.status", "label.code", "label.pilot", "label.since"]
    headers = [t(k, lang) for k in keys] + ([t("label.source", lang)] if wide else [])
    rows = []
    for r in records:
        row = [
            name(r.place, r.code or r.within or ""),
            name(r.province, province_code(r)),
            status_word(r.status, lang),
            r.code or "",
            t("word.yes", lang) if r.pilot else "",
            r.since or "",
        ]
        rows.append(row + ([quoted(r.source.text.replace("\n", " / "), lang)] if wide else []))
    doc.table(headers, rows, [_style(r.status) for r in records], styled=2)
    if not wide:
        doc.gap().text(t("status.narrow", lang))
    general_next(doc, dataset, lang)
    doc.gap().text(source_line(dataset, lang))
    return doc


def summary_doc(s: dict[str, Any], dataset: Dataset, lang: str, name: Namer | None = None, linear: bool = False) -> Doc:
    """Counts by status beside the article's; then by province (linear: one line per province)."""
    doc = Doc(lang)
    codes = {r.province: province_code(r) for r in dataset.regions}
    shown = name or (lambda n, _: n)
    doc.title(t("summary.lead", lang, total=s["total"], stated=s["stated_total"]))
    if linear:
        for k, v in s["by_status"].items():
            doc.field(status_word(k, lang), t("summary.status_line", lang, n=v, stated=s["stated_in_source"][k]))
    else:
        doc.table(
            [t("label.status", lang), t("label.count", lang), t("label.stated", lang)],
            [[status_word(k, lang), str(v), str(s["stated_in_source"][k])] for k, v in s["by_status"].items()],
            [_style(k) for k in s["by_status"]],
        )
    doc.gap().field(t("label.why", lang), s["explanation"][lang])
    doc.field(t("label.source", lang), quoted(s["stated_source"], lang))
    doc.gap()
    if linear:
        doc.title(t("summary.by_province", lang, n=len(s["by_province"])))
        sep = "，" if lang == "zh" else ", "
        for p, counts in s["by_province"].items():
            parts = [t("count.status", lang, status=status_word(k, lang), n=n) for k, n in counts.items() if n]
            doc.field(shown(p, codes.get(p, "")), sep.join(parts))
    else:
        doc.table(
            [t("label.province", lang)] + [status_word(k, lang) for k in s["by_status"]],
            [
                [shown(p, codes.get(p, ""))] + [str(n) for n in counts.values()]
                for p, counts in s["by_province"].items()
            ],
        )
    if "places_by_status" in s:
        places = s["places_by_status"]
        doc.gap().title(t("label.places_by_status", lang))
        doc.text(t("summary.places", lang, n=sum(places.values())))
        doc.table(
            [t("label.status", lang), t("label.places", lang)],
            [[status_word(k, lang), str(v)] for k, v in places.items()],
            [_style(k) for k in places],
        )
    general_next(doc, dataset, lang)
    doc.gap().text(source_line(dataset, lang))
    return doc


def sources_doc(dataset: Dataset, lang: str, name: Namer | None = None) -> Doc:
    """`cardinfo sources`: every source, with its date, confidence, address and what it supports."""
    from cardinfo.citations import uses

    found = uses(dataset, name)
    doc = Doc(lang).title(t("sources.lead", lang, n=len(dataset.sources)))
    for src in dataset.sources:
        doc.gap().field("id", src.id)
        _title(doc, src.title, lang)
        doc.field(t("label.publisher", lang), _as_written(src.publisher, lang))
        doc.field(t("label.date", lang), src.date or t("word.undated", lang))
        doc.field(t("label.confidence", lang), t(f"confidence.{src.confidence}", lang))
        doc.field(t("label.kind", lang), t(f"source.kind.{src.kind}", lang))
        doc.field(t("label.url", lang), src.url)
        if src.note:
            from cardinfo import translations

            doc.field(t("label.note", lang), translations.source_note(src.note, lang))
        supports = [f"{u.en if lang == 'en' else u.zh}" for u in found.get(src.id, [])]
        doc.items(t("label.supports", lang), supports or [t("supports.none", lang)])
    return general_next(doc, dataset, lang)


def _title(doc: Doc, title: str, lang: str) -> None:
    """A page's own title, quoted as written; a [description] (the tool's words) labelled as one, never quoted."""
    if not (title.startswith("[") and title.endswith("]")):
        doc.field(t("label.title", lang), _as_written(title, lang, "《》"))
        return
    words = title[1:-1]
    chinese = any("\u3400" <= ch <= "\u9fff" for ch in words)
    if chinese == (lang == "zh"):
        doc.field(t("label.description", lang), words)
    else:  # the data has it in the other language only: marked off as such, and labelled ours
        doc.field(t("label.description_other", lang), f"“{words}”")


def timeline_doc(dataset: Dataset, lang: str) -> Doc:
    doc = Doc(lang)
    rows = [
        [
            e.date,
            e.en if lang == "en" else e.zh,
            t("word.yes", lang) if e.verified else t("word.unverified", lang),
            f"{quoted(e.source, lang)}（{cite(dataset.source(e.source_id), lang)}）"
            if lang == "zh"
            else f"{quoted(e.source, lang)} ({cite(dataset.source(e.source_id), lang)})",
        ]
        for e in dataset.timeline
    ]
    labels = ("label.date", "label.event", "label.verified", "label.source_words")  # not every quote is the article's
    doc.table([t(k, lang) for k in labels], rows)
    general_next(doc, dataset, lang)
    doc.gap().text(source_line(dataset, lang))
    return doc


def topic_name(key: str, lang: str) -> str:
    """A topic as people read it, with the key to type beside it in Chinese: 费用（fee）."""
    if not has(f"topic.{key}"):
        return key
    name = t(f"topic.{key}", lang)
    return f"{name}（{key}）" if lang == "zh" else name if name == key else f"{name} ({key})"


def faq_list_doc(dataset: Dataset, lang: str) -> Doc:
    doc = Doc(lang).title(t("faq.topics", lang))
    for e in dataset.faq:
        doc.field(topic_name(e.key, lang), e.question[lang])
    return doc.gap().text(source_line(dataset, lang))


def faq_answers_doc(matches: list[FaqMatch], dataset: Dataset, lang: str) -> Doc:
    """One or more FAQ answers, a blank line between them."""
    doc = Doc(lang)
    for n, m in enumerate(matches):
        if n:
            doc.gap()
        faq_doc(doc, m.entry, dataset, lang, m.also)
    return doc


def faq_doc(doc: Doc, entry: FaqEntry, dataset: Dataset, lang: str, also: FaqEntry | None = None) -> Doc:
    doc.title(entry.question[lang])
    doc.field(t("label.answer", lang), entry.answer[lang])
    doc.field(t("label.source", lang), quoted(entry.source, lang) if entry.source else t("faq.article_silent", lang))
    doc.items(t("label.also", lang), [quoted(a, lang) for a in entry.also])
    for c in entry.caveats:  # each with its publisher, its own date and confidence, as a region answer cites
        cited = cite(source_at(dataset, c.url), lang, date=c.date, confidence=c.confidence)
        where = f"（{cited}）" if lang == "zh" else f" ({cited})"
        doc.field(t("label.caveat", lang), f"{c.en if lang == 'en' else c.zh}{where if cited else ''} {c.url}")
    doc.field(t("label.check", lang), dataset.check_in_person[lang])
    if also is not None:
        sep = "：" if lang == "zh" else ": "
        doc.field(t("label.see_also", lang), f"{topic_name(also.key, lang)}{sep}{also.question[lang]}")
    doc.text(source_line(dataset, lang))
    return doc


def number_next(doc: Doc, kind: str, valid: bool, dataset: Dataset, lang: str) -> Doc:
    """After a number's check (which names the rules its parts come from): what to do (retype it, if
    it is not valid)."""
    steps = () if valid else (t("next.number_invalid", lang),)
    return general_next(doc.gap(), dataset, lang, steps)


def remind_doc(dues: list[Due], lang: str) -> Doc:
    """Each date with the days left, a warning line for anything overdue or near, the lead times."""
    from cardinfo.remind import ACTIVATION_LEAD_DAYS, EXPIRY_LEAD_DAYS

    doc = Doc(lang)
    expires = next((d for d in dues if d.kind == "expiry"), None)
    for due in dues:
        label = t("label.next_activation" if due.kind == "activation" else "label.expires", lang)
        days = (
            t("remind.overdue", lang, days=-due.days_left)
            if due.days_left < 0
            else t("remind.due_in", lang, days=due.days_left)
            if due.days_left
            else t("remind.due_today", lang)
        )
        when = [days]
        if due.kind == "activation" and due.until and due.days_left >= 0 and due.date <= due.until:
            when.append(t("remind.until", lang, date=due.until.isoformat()))
        shown = "，".join(when) if lang == "zh" else "; ".join(when)
        doc.field(
            label,
            f"{due.date.isoformat()}（{shown}）" if lang == "zh" else f"{due.date.isoformat()} ({shown})",
            "red" if due.warning else "",
        )
        if due.kind == "activation" and expires is not None and (expires.days_left < 0 or due.date > expires.date):
            doc.text(t("remind.after_expiry", lang, date=expires.date.isoformat()))
        elif due.kind == "activation" and due.days_left < 0:
            doc.text(t("remind.activation_overdue", lang, date=due.date.isoformat(), days=-due.days_left))
        if due.kind == "expiry" and due.warning:
            key = (
                "remind.expired"
                if due.days_left < 0
                else "remind.expiring"
                if due.days_left
                else "remind.expires_today"
            )
            doc.text(t(key, lang, date=due.date.isoformat(), days=max(due.days_left, 0)))
    doc.text(t("remind.lead", lang, expiry=EXPIRY_LEAD_DAYS, activation=ACTIVATION_LEAD_DAYS))
    doc.gap().text(t("remind.local", lang))
    return doc.text(t("provenance", lang))
