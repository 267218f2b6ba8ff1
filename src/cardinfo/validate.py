"""Validate the data files: parse safely, check the schema, then check the facts against the
division index (codes exist, names and levels are the official ones, ids unique) and against
each other (every source a fact names is listed in sources.yaml).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from cardinfo import schema
from cardinfo.i18n import Msg, yaml_reason
from cardinfo.schema import Checker, Problem

if TYPE_CHECKING:
    from cardinfo.places import Divisions

_FILE_SPECS = {
    "regions": schema.REGIONS_FILE,
    "faq": schema.FAQ_FILE,
    "sources": schema.SOURCES_FILE,
    "reports": schema.REPORTS_FILE,
}
# libyaml's parser (PyYAML's wheels include it) composes 20x faster than the pure-Python one,
# with the same nodes and marks; both are safe loaders.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_RECORDS = 20_000  # twice the 10,000 the performance budget is measured at (docs/performance.md)
MAX_TEXT = 10_000  # characters in one text of the data


def _compose(checker: Checker, blob: bytes) -> yaml.Node | None:
    if blob in _COMPOSED:
        return _COMPOSED[blob]
    node = _composed(checker, blob)
    if node is not None:
        if len(_COMPOSED) >= COMPOSED_KEPT:
            _COMPOSED.clear()
        _COMPOSED[blob] = node
    return node


# Files composed in this process, by their bytes, with their nodes' tags checked: a process that
# validates data again (the tests, a notebook loading an edited copy) composes again only the files
# that changed (composing is ~3/4 of validating). Nodes are only read once composed. At most
# COMPOSED_KEPT (the bundled data's are ~5 MB).
_COMPOSED: dict[bytes, yaml.Node] = {}
COMPOSED_KEPT = 8


def _composed(checker: Checker, blob: bytes) -> yaml.Node | None:
    try:
        text = blob.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = blob[: exc.start].count(b"\n") + 1
        checker.problems.append(Problem(checker.file, line, "", "not_utf8"))
        return None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        checker.problems.append(Problem(checker.file, line, "", "nul"))
        return None
    del text  # compose the bytes: a 10,000-record file need not be held twice more in memory
    try:
        node = yaml.compose(blob, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        reason = (exc.problem or exc.context or "syntax error").strip()
        checker.problems.append(Problem(checker.file, line, "", "yaml", {"reason": yaml_reason(reason)}))
        return None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow: its first occurrence
        text = blob.decode("utf-8-sig")
        at = text.find(chr(exc.character)) if isinstance(exc.character, int) else -1
        line = text[:at].count("\n") + 1 if at >= 0 else 1
        code = f"#x{exc.character:04x}" if isinstance(exc.character, int) else "?"
        checker.problems.append(
            Problem(checker.file, line, "", "yaml", {"reason": Msg("yaml.special", {"code": code})})
        )
        return None
    except yaml.YAMLError as exc:
        checker.problems.append(Problem(checker.file, 1, "", "yaml", {"reason": yaml_reason(str(exc))}))
        return None
    except RecursionError:
        checker.problems.append(Problem(checker.file, 1, "", "yaml_deep"))
        return None
    if node is None:
        checker.problems.append(Problem(checker.file, 1, "", "empty_file"))
        return None
    return node if schema.check_tags(checker, node) else None


def _items(node: yaml.Node, key: str) -> list[yaml.Node]:
    """The item nodes of the list under `key` in a mapping node (for line numbers)."""
    value = _value(node, key)
    return list(value.value) if isinstance(value, yaml.SequenceNode) else []


def _value(node: yaml.Node, key: str) -> yaml.Node:
    """The value node of `key` in a mapping node, else the node itself (its line is close)."""
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key and isinstance(v, yaml.Node):
                return v
    return node


def _check_regions(checker: Checker, node: yaml.Node, plain: dict[str, Any], divisions: Divisions) -> None:
    """The facts behind the shapes: official codes, names, levels and provinces; unique ids and codes."""
    regions = plain["regions"]
    seen_ids: dict[str, int] = {}
    seen_codes: dict[str, int] = {}
    for i, (rnode, r) in enumerate(zip(_items(node, "regions"), regions, strict=False)):
        if not isinstance(r, dict) or not all(k in r for k in ("id", "code", "province", "place", "level")):
            continue
        field = f"regions[{i}]"
        if r["id"] in seen_ids:
            checker.fail(_value(rnode, "id"), f"{field}.id", "duplicate_id", id=repr(r["id"]), first=seen_ids[r["id"]])
        seen_ids.setdefault(r["id"], i)
        code = r["code"]
        if code is not None and r.get("within") is not None:
            checker.fail(_value(rnode, "within"), f"{field}.within", "within_with_code")
        if code is None:
            within = r.get("within")
            if within is None:
                checker.fail(rnode, f"{field}.within", "within_required")
            elif (inside := divisions.place(within)) is None:
                checker.fail(_value(rnode, "within"), f"{field}.within", "within_unknown", code=repr(within))
            elif r["province"] != inside.path[0]:
                checker.fail(
                    _value(rnode, "province"),
                    f"{field}.province",
                    "province_within",
                    province=repr(inside.path[0]),
                    code=within,
                )
            _check_names(checker, divisions, rnode, field, None, [r["place"], *r.get("aliases", [])])
            if r["level"] != "zone":
                checker.fail(_value(rnode, "level"), f"{field}.level", "zone_level")
            continue
        if code in seen_codes:
            checker.fail(_value(rnode, "code"), f"{field}.code", "duplicate_code", code=code, first=seen_codes[code])
        seen_codes.setdefault(code, i)
        place = divisions.place(code)
        if place is None:
            checker.fail(_value(rnode, "code"), f"{field}.code", "code_unknown", code=code)
            continue
        if r["place"] != place.name:
            checker.fail(_value(rnode, "place"), f"{field}.place", "official_name", name=repr(place.name), code=code)
        if r["level"] != place.level:
            checker.fail(_value(rnode, "level"), f"{field}.level", "level", level=repr(place.level), code=code)
        if r["province"] != place.path[0]:
            checker.fail(
                _value(rnode, "province"), f"{field}.province", "province", province=repr(place.path[0]), code=code
            )
        _check_names(checker, divisions, rnode, field, code, r.get("aliases", []))


def _check_names(
    checker: Checker, divisions: Divisions, rnode: yaml.Node, field: str, code: str | None, names: list[str]
) -> None:
    """An alias (or a zone's name) may not be another place's official name: it would take that
    place's questions (alias 北京市 on 昆明's record would answer 昆明 for 北京市)."""
    from cardinfo.places import FULL

    aliases = _items(rnode, "aliases")
    for n, name in enumerate(names):
        owners = sorted({c for c, kind in divisions.lookup(divisions.normalise(name)) if kind == FULL and c != code})
        if not owners:
            continue
        is_place = code is None and n == 0
        where = f"{field}.place" if is_place else f"{field}.aliases[{n - (code is None)}]"
        node = _value(rnode, "place") if is_place else aliases[n - (code is None)]
        other = divisions.place(owners[0])
        checker.fail(
            node, where, "alias_taken", name=repr(name), other=other.name if other else owners[0], code=owners[0]
        )


_FACT_CHECKS: dict[str, Any] = {}  # filled below: file name -> its check of the facts


def _validate_one(
    name: str, path: Path, blob: bytes, divisions: Divisions
) -> tuple[list[Problem], Any, yaml.Node | None]:
    checker = Checker(str(path))
    node = _compose(checker, blob)
    value: Any = None
    if node is not None and name == "regions" and len(_items(node, "regions")) > MAX_RECORDS:
        many = len(_items(node, "regions"))
        checker.fail(_value(node, "regions"), "regions", "too_many", n=many, limit=MAX_RECORDS)
    elif node is not None:
        value = _FILE_SPECS[name](checker, node, "")
        if not checker.problems:
            _FACT_CHECKS[name](checker, node, value, divisions)
        if blob not in _NUMBERLESS:
            found = len(checker.problems)
            _check_personal_numbers(checker, node, "")
            if len(checker.problems) == found:
                _numberless(blob)
    return checker.problems, value, None if checker.problems else node


# Files found to hold no personal number in this process, as bytes: a process that validates data again
# (the tests, a notebook loading another copy) reads again only the files that changed. At most
# NUMBERLESS_KEPT are kept (a few hundred kilobytes).
_NUMBERLESS: set[bytes] = set()
NUMBERLESS_KEPT = 16


# Texts of the data found free of personal numbers in this process: a file edited in one place is
# checked again only where it changed. At most NUMBERLESS_TEXTS_KEPT (the bundled data has ~5,000).
_NUMBERLESS_TEXTS: set[str] = set()
NUMBERLESS_TEXTS_KEPT = 50_000


def _numberless_text(text: str) -> None:
    if len(_NUMBERLESS_TEXTS) >= NUMBERLESS_TEXTS_KEPT:
        _NUMBERLESS_TEXTS.clear()
    _NUMBERLESS_TEXTS.add(text)


def _numberless(blob: bytes) -> None:
    if len(_NUMBERLESS) >= NUMBERLESS_KEPT:
        _NUMBERLESS.clear()
    _NUMBERLESS.add(blob)


def _masked_excerpt(text: str) -> str | None:
    """The masked text around the first digit the mask hides in `text` (what the mask shows, no more),
    or None when it hides none (a text the mask only drops invisible characters of is no number)."""
    from cardinfo.idnumber import mask_text

    shown = mask_text(text)
    if shown.count("*") <= text.count("*"):
        return None
    at = next(k for k, ch in enumerate(shown) if ch == "*" and text[k : k + 1] != "*")
    return shown[max(0, at - 10) : at + 14]


_SEAM = 64  # characters of a long item's each end read with its neighbours (a number is 22 at most, in pieces 40)


def _check_personal_numbers(checker: Checker, node: yaml.Node, field: str) -> None:
    """A resident ID or certificate number in any text of the data: the tool shows and exports the
    data's words as written, so such a number would be shown whole. Any text the mask would change
    is refused, however its number is written (spaced, in pieces, in words), and one a date follows
    too (5301…1234 2022-07-12); so is a list whose items the mask would change once joined (a number
    split over two items). In a web address, whose digits may be an article's id, only a number
    valid as a whole is refused."""
    from cardinfo.idnumber import is_number_shaped, mask, unspaced_runs

    if isinstance(node, yaml.ScalarNode) and len(str(node.value)) > MAX_TEXT:
        # no text of the data is that long (the longest is ~700 characters), and reading one for numbers
        # takes ~10 µs a character: a pasted page of 4 MB held every run for half a minute (red team 51)
        checker.fail(node, field, "text_too_long", n=len(str(node.value)), limit=MAX_TEXT)
        return
    if isinstance(node, yaml.ScalarNode) and field.rsplit(".", 1)[-1] in ("url", "urls"):
        # a web address may hold long runs of digits (article ids): only a number that is valid as
        # a whole (check character, birth date, category and grade) is refused there
        from cardinfo.idnumber import check

        text = str(node.value)
        for chars in unspaced_runs(text) if sum(map(str.isdigit, text)) >= 15 else ():
            if is_number_shaped(chars) and check(chars).valid:
                checker.fail(node, field, "personal_number", masked=mask(chars))
                return
    elif isinstance(node, yaml.ScalarNode):
        if isinstance(node.value, str) and node.value not in _NUMBERLESS_TEXTS:
            text = node.value
            excerpt = _masked_excerpt(text)
            if excerpt is not None:
                checker.fail(node, field, "personal_number", masked=excerpt)
                return
            # (a number's shape needs 15 digits or more: most texts, dates and all, have fewer)
            for chars in unspaced_runs(text) if sum(map(str.isdigit, text)) >= 15 else ():
                if is_number_shaped(chars):
                    checker.fail(node, field, "personal_number", masked=mask(chars))
                    return
            _numberless_text(text)
    elif isinstance(node, yaml.SequenceNode):
        found = len(checker.problems)
        for n, item in enumerate(node.value):
            _check_personal_numbers(checker, item, f"{field}[{n}]")
        # a number split over two items, as a table joins them ("1101051963052; 74177") or lines show them
        # (not said again for a list whose item holds one itself)
        texts = [str(item.value) for item in node.value if isinstance(item, yaml.ScalarNode)]
        # (each item is read alone above: joined, only where a number may cross from one to the next, the
        # ends of long items, so a list of many long texts reads in time linear in its items, red team 53)
        joined = "; ".join(t if len(t) <= 2 * _SEAM else f"{t[:_SEAM]} … {t[-_SEAM:]}" for t in texts)
        if len(texts) > 1 and len(checker.problems) == found and joined not in _NUMBERLESS_TEXTS:
            excerpt = _masked_excerpt(joined)
            if excerpt is not None:
                checker.fail(node, field, "personal_number", masked=excerpt)
            else:
                _numberless_text(joined)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = str(key.value) if isinstance(key, yaml.ScalarNode) else "?"
            _check_personal_numbers(checker, value, f"{field}.{name}" if field else name)


def validate(paths: list[Path], blobs: list[bytes], divisions: Divisions) -> tuple[list[Problem], dict[str, Any]]:
    """Every problem in the data files (empty when valid), and their plain values.

    `paths` and `blobs` are regions.yaml, faq.yaml, sources.yaml and reports.yaml, in that order.
    """
    problems: list[Problem] = []
    plain: dict[str, Any] = {}
    nodes: dict[str, tuple[Path, yaml.Node]] = {}
    for name, path, blob in zip(_FILE_SPECS, paths, blobs, strict=True):
        found, plain[name], node = _validate_one(name, path, blob, divisions)
        problems += found
        if node is not None:
            nodes[name] = (path, node)
    if len(nodes) == len(_FILE_SPECS):
        problems += _check_citations(nodes, plain)
    if not problems:
        plain["faq_t2s"] = _faq_t2s(plain["faq"], divisions)
    return problems, plain


def _faq_t2s(faq: dict[str, Any], divisions: Divisions) -> dict[str, str]:
    """The traditional forms of the characters the FAQ's questions and keywords use, so that a
    question in traditional characters (換證要錢嗎) matches without opening the division index."""
    from cardinfo.faq import vocabulary_chars

    words = vocabulary_chars()
    for t in faq["topics"]:
        words += t["question"]["zh"] + "".join(t["keywords"]["zh"])
        words += "".join(t.get("weak", {}).get("zh", []) + t.get("avoid", {}).get("zh", []))
        words += "".join(t.get("examples", {}).get("zh", []))
    return divisions.s2t_sources(set(words))


def _check_faq(checker: Checker, node: yaml.Node, faq: dict[str, Any], divisions: Divisions) -> None:
    seen: set[str] = set()
    for i, (tnode, topic) in enumerate(zip(_items(node, "topics"), faq["topics"], strict=False)):
        if topic["key"] in seen:
            checker.fail(_value(tnode, "key"), f"topics[{i}].key", "duplicate_topic", topic=repr(topic["key"]))
        seen.add(topic["key"])
        if not topic.get("source") and not topic["caveats"]:
            checker.fail(tnode, f"topics[{i}]", "topic_source")


def _check_sources(checker: Checker, node: yaml.Node, plain: dict[str, Any], divisions: Divisions) -> None:
    """Ids and addresses are unique: one entry per page."""
    seen_ids: dict[str, int] = {}
    seen_urls: dict[str, int] = {}
    for i, (snode, src) in enumerate(zip(_items(node, "sources"), plain["sources"], strict=False)):
        for key, seen in (("id", seen_ids), ("url", seen_urls)):
            if src[key] in seen:
                checker.fail(
                    _value(snode, key), f"sources[{i}].{key}", "duplicate_source", name=key, first=seen[src[key]]
                )
            seen.setdefault(src[key], i)


def _check_reports(checker: Checker, node: yaml.Node, plain: dict[str, Any], divisions: Divisions) -> None:
    """A report's place is a known division (or a zone within one) under its official name, not one
    where the mainland certificate is not issued (`not_issued`), and its date is no later than today."""
    import datetime as dt

    today = dt.date.today().isoformat()
    outside = {n["code"] for n in plain.get("not_issued", [])}
    seen: dict[str, int] = {}
    for i, (rnode, r) in enumerate(zip(_items(node, "reports"), plain["reports"], strict=False)):
        field = f"reports[{i}]"
        if r["id"] in seen:
            checker.fail(_value(rnode, "id"), f"{field}.id", "duplicate_report", id=repr(r["id"]), first=seen[r["id"]])
        seen.setdefault(r["id"], i)
        if str(r["date"]) > today[: len(str(r["date"]))]:
            checker.fail(_value(rnode, "date"), f"{field}.date", "date_after_today", value=str(r["date"]))
        where = divisions.place(r["code"] or r.get("within") or "")
        if where is not None and outside & set(where.codes):
            checker.fail(rnode, field, "report_not_issued", place=where.name)
        code, within = r["code"], r.get("within")
        if code is None:
            if within is None:
                checker.fail(rnode, f"{field}.within", "within_required")
            elif divisions.place(within) is None:
                checker.fail(_value(rnode, "within"), f"{field}.within", "within_unknown", code=repr(within))
            continue
        if within is not None:
            checker.fail(_value(rnode, "within"), f"{field}.within", "within_only")
        place = divisions.place(code)
        if place is None:
            checker.fail(_value(rnode, "code"), f"{field}.code", "code_unknown", code=code)
        elif r["place"] != place.name:
            checker.fail(_value(rnode, "place"), f"{field}.place", "official_name", name=repr(place.name), code=code)
    for i, (nnode, n) in enumerate(zip(_items(node, "not_issued"), plain.get("not_issued", []), strict=False)):
        place = divisions.place(n["code"])
        if place is None:
            checker.fail(_value(nnode, "code"), f"not_issued[{i}].code", "code_unknown", code=n["code"])
        elif n["place"] != place.name:
            checker.fail(
                _value(nnode, "place"), f"not_issued[{i}].place", "official_name", name=repr(place.name), code=n["code"]
            )


def _check_citations(nodes: dict[str, tuple[Path, yaml.Node]], plain: dict[str, Any]) -> list[Problem]:
    """Every source a fact names is in sources.yaml: by id (reports, timeline, next steps, local
    documents) or by address (faq.yaml's article, caveats and check-in-person sources)."""
    ids = {s["id"] for s in plain["sources"]["sources"]}
    urls = {s["url"] for s in plain["sources"]["sources"]}
    problems: list[Problem] = []

    def cite(file: str, node: yaml.Node, field: str, value: str, by_url: bool = False) -> None:
        if value not in (urls if by_url else ids):
            key = "url_not_listed" if by_url else "id_not_listed"
            line = node.start_mark.line + 1
            problems.append(Problem(str(nodes[file][0]), line, field, key, {"value": repr(value)}))

    rnode = nodes["reports"][1]
    for i, (n, r) in enumerate(zip(_items(rnode, "reports"), plain["reports"]["reports"], strict=False)):
        cite("reports", _value(n, "source"), f"reports[{i}].source", r["source"])
    for i, (n, entry) in enumerate(
        zip(_items(rnode, "not_issued"), plain["reports"].get("not_issued", []), strict=False)
    ):
        for j, (fnode, fact) in enumerate(zip(_items(n, "facts"), entry["facts"], strict=False)):
            cite("reports", _value(fnode, "source"), f"not_issued[{i}].facts[{j}].source", fact["source"])
    fnode = nodes["faq"][1]
    faq = plain["faq"]
    cite("faq", _value(_value(fnode, "article"), "url"), "article.url", faq["article"]["url"], by_url=True)
    for i, (n, e) in enumerate(zip(_items(fnode, "timeline"), faq["timeline"], strict=False)):
        cite("faq", _value(n, "source_id"), f"timeline[{i}].source_id", e["source_id"])
    person = _value(fnode, "check_in_person")
    for i, (n, src) in enumerate(zip(_items(person, "sources"), faq["check_in_person"]["sources"], strict=False)):
        cite("faq", _value(n, "url"), f"check_in_person.sources[{i}].url", src["url"], by_url=True)
    for i, (n, step) in enumerate(zip(_items(person, "steps"), faq["check_in_person"]["steps"], strict=False)):
        for j, (snode, sid) in enumerate(zip(_items(n, "sources"), step["sources"], strict=False)):
            cite("faq", snode, f"check_in_person.steps[{i}].sources[{j}]", sid)
    for i, (tnode, topic) in enumerate(zip(_items(fnode, "topics"), faq["topics"], strict=False)):
        for j, (cnode, caveat) in enumerate(zip(_items(tnode, "caveats"), topic["caveats"], strict=False)):
            cite("faq", _value(cnode, "url"), f"topics[{i}].caveats[{j}].url", caveat["url"], by_url=True)
    return problems


_FACT_CHECKS.update(regions=_check_regions, faq=_check_faq, sources=_check_sources, reports=_check_reports)


def check(paths: list[Path], divisions: Divisions, read: Callable[[Path], bytes]) -> list[Problem]:
    """`cardinfo data check`: every problem in every file, an unreadable file included.

    `read` reads one file; its OSError or ValueError (naming why) is reported as a problem.
    """
    blobs: list[bytes | None] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            blobs.append(read(path))
        except (OSError, ValueError) as exc:
            from cardinfo.data import read_reason
            from cardinfo.i18n import os_reason

            reason = os_reason(exc) if isinstance(exc, OSError) else read_reason(exc)
            problems.append(Problem(str(path), 1, "", "unreadable", {"reason": reason}))
            blobs.append(None)
    if not problems:
        return validate(paths, [b for b in blobs if b is not None], divisions)[0]
    for name, path, blob in zip(_FILE_SPECS, paths, blobs, strict=True):  # still check what could be read
        if blob is not None:
            problems += _validate_one(name, path, blob, divisions)[0]
    return problems
