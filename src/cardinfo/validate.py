"""Validate regions.yaml and faq.yaml: parse safely, check the schema, then check the facts
against the division index (codes exist, names and levels are the official ones, ids unique).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from cardinfo import schema
from cardinfo.schema import Checker, Problem

_FILE_SPECS = {"regions": schema.REGIONS_FILE, "faq": schema.FAQ_FILE}


def _compose(checker: Checker, blob: bytes) -> yaml.Node | None:
    try:
        text = blob.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = blob[: exc.start].count(b"\n") + 1
        checker.problems.append(Problem(checker.file, line, "", "file is not UTF-8 text"))
        return None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        checker.problems.append(Problem(checker.file, line, "", "file contains a NUL byte (binary data?)"))
        return None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        reason = (exc.problem or exc.context or "syntax error").strip()
        checker.problems.append(Problem(checker.file, line, "", f"not valid YAML: {reason}"))
        return None
    except yaml.YAMLError as exc:
        checker.problems.append(Problem(checker.file, 1, "", f"not valid YAML: {exc}"))
        return None
    except RecursionError:
        checker.problems.append(Problem(checker.file, 1, "", "not valid YAML: nested too deeply"))
        return None
    if node is None:
        checker.problems.append(Problem(checker.file, 1, "", "file is empty; expected a YAML mapping"))
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


def _check_regions(checker: Checker, node: yaml.Node, plain: dict[str, Any]) -> None:
    """The facts behind the shapes: official codes, names, levels and provinces; unique ids and codes."""
    from cardinfo.data import places_path
    from cardinfo.places import Divisions

    divisions = Divisions(places_path())
    regions = plain["regions"]
    seen_ids: dict[str, int] = {}
    seen_codes: dict[str, int] = {}
    for i, (rnode, r) in enumerate(zip(_items(node, "regions"), regions, strict=False)):
        if not isinstance(r, dict) or not all(k in r for k in ("id", "code", "province", "place", "level")):
            continue
        field = f"regions[{i}]"
        if r["id"] in seen_ids:
            checker.fail(
                _value(rnode, "id"), f"{field}.id", f"duplicate id {r['id']!r} (first at record {seen_ids[r['id']]})"
            )
        seen_ids.setdefault(r["id"], i)
        code = r["code"]
        if code is None:
            within = r.get("within")
            if within is None:
                checker.fail(rnode, f"{field}.within", "required when code is null: the containing division")
            elif divisions.place(within) is None:
                checker.fail(_value(rnode, "within"), f"{field}.within", f"no division has code {within!r}")
            if r["level"] != "zone":
                checker.fail(_value(rnode, "level"), f"{field}.level", "expected zone for a place with no code")
            continue
        if code in seen_codes:
            checker.fail(
                _value(rnode, "code"),
                f"{field}.code",
                f"duplicate code {code} (first at record {seen_codes[code]}): one record per place",
            )
        seen_codes.setdefault(code, i)
        place = divisions.place(code)
        if place is None:
            checker.fail(_value(rnode, "code"), f"{field}.code", f"no official division has code {code}")
            continue
        if r["place"] != place.name:
            checker.fail(
                _value(rnode, "place"), f"{field}.place", f"expected the official name {place.name!r} for {code}"
            )
        if r["level"] != place.level:
            checker.fail(_value(rnode, "level"), f"{field}.level", f"expected {place.level!r} for {code}")
        if r["province"] != place.path[0]:
            checker.fail(_value(rnode, "province"), f"{field}.province", f"expected {place.path[0]!r} for {code}")


def _validate_one(name: str, path: Path, blob: bytes) -> tuple[list[Problem], Any]:
    checker = Checker(str(path))
    node = _compose(checker, blob)
    value: Any = None
    if node is not None:
        value = _FILE_SPECS[name](checker, node, "")
        if not checker.problems:
            (_check_regions if name == "regions" else _check_faq)(checker, node, value)
    return checker.problems, value


def validate(paths: list[Path], blobs: list[bytes]) -> tuple[list[Problem], dict[str, Any]]:
    """Every problem in regions.yaml and faq.yaml (empty when valid), and their plain values."""
    problems: list[Problem] = []
    plain: dict[str, Any] = {}
    for name, path, blob in zip(_FILE_SPECS, paths, blobs, strict=True):
        found, plain[name] = _validate_one(name, path, blob)
        problems += found
    if not problems:
        plain["faq_t2s"] = _faq_t2s(plain["faq"])
    return problems, plain


def _faq_t2s(faq: dict[str, Any]) -> dict[str, str]:
    """The traditional forms of the characters the FAQ's questions and keywords use, so that a
    question in traditional characters (換證要錢嗎) matches without opening the division index."""
    from cardinfo.data import places_path
    from cardinfo.faq import vocabulary_chars
    from cardinfo.places import Divisions

    words = vocabulary_chars()
    for t in faq["topics"]:
        words += t["question"]["zh"] + "".join(t["keywords"]["zh"])
        words += "".join(t.get("weak", {}).get("zh", []) + t.get("avoid", {}).get("zh", []))
        words += "".join(t.get("examples", {}).get("zh", []))
    return Divisions(places_path()).s2t_sources(set(words))


def _check_faq(checker: Checker, node: yaml.Node, faq: dict[str, Any]) -> None:
    seen: set[str] = set()
    for i, (tnode, topic) in enumerate(zip(_items(node, "topics"), faq["topics"], strict=False)):
        if topic["key"] in seen:
            checker.fail(_value(tnode, "key"), f"topics[{i}].key", f"duplicate topic key {topic['key']!r}")
        seen.add(topic["key"])
        if not topic.get("source") and not topic["caveats"]:
            checker.fail(tnode, f"topics[{i}]", "a topic needs the article's words (source) or a caveat with its url")


def check(paths: list[Path]) -> list[Problem]:
    """`cardinfo data check`: every problem in both files, a missing file included."""
    problems: list[Problem] = []
    for name, path in zip(_FILE_SPECS, paths, strict=True):
        try:
            blob = path.read_bytes()
        except OSError as exc:
            problems.append(Problem(str(path), 1, "", f"cannot read data file ({exc.strerror or exc})"))
            continue
        problems += _validate_one(name, path, blob)[0]
    return problems
