"""The schema of regions.yaml and faq.yaml, checked on YAML nodes so every problem has a line.

A spec turns a YAML node into a plain value, or records a Problem naming the field and what
was expected. Only the plain YAML types are accepted: a node with any other tag (such as
`!!python/object`) is a problem, never constructed.
"""

import re
from collections.abc import Callable
from datetime import date
from typing import Any

import yaml

from cardinfo.i18n import Msg, t
from cardinfo.models import CONFIDENCES, LEVELS, SOURCE_KINDS, STATUSES
from cardinfo.record import Record
from cardinfo.text import strip_controls

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_PARTIAL_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")  # ASCII digits: ２０２０ is no ISO date
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_CODE = re.compile(r"[0-9]{6}|[0-9]{9}")
_KEY = re.compile(r"[a-z][a-z0-9_]*")
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*")
# Letters from other scripts that look like the Latin ones (the usual suspects in pasted text).
_LOOKALIKES = str.maketrans(
    "аеорсхуіјѕԁһԛԝАВЕКМНОРСТХІЈЅαοντικρΑΒΕΗΙΚΜΝΟΡΤΧΥΖ",
    "aeopcxyijsdhqwABEKMHOPCTXIJSaovtikpABEHIKMNOPTXYZ",
)


class Problem(Record):
    """One data problem: where it is, and what is wrong as a catalogue key (`problem.<key>`)
    with its values; values quoted from the data are already quoted (repr)."""

    file: str
    line: int
    field: str
    key: str
    values: dict[str, object] = {}  # noqa: RUF012 - never mutated: Problem is a value

    def msg(self) -> Msg:
        """The whole line, `file:line: field: what`, not yet worded. A key that holds a personal number is
        masked on its own, before the line is: the line's number before it is not read as one of its digits."""
        from cardinfo.idnumber import mask_text

        field: object = mask_text(self.field) if self.field else Msg("problem.document")
        what = Msg(f"problem.{self.key}", self.values)
        return Msg("problem.line", {"file": self.file, "line": self.line, "field": field, "what": what})

    def worded(self, lang: str) -> str:
        return t(self.msg().key, lang, **self.msg().values)

    def __str__(self) -> str:
        return self.worded("en")


class Checker:
    """Collects problems for one file while specs walk its nodes."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def fail(self, node: yaml.Node | None, field: str, key: str, **values: object) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.problems.append(Problem(self.file, line, field, key, values))


Spec = Callable[[Checker, yaml.Node, str], Any]


def _describe(node: yaml.Node) -> object:
    if isinstance(node, yaml.MappingNode):
        return Msg("problem.found.mapping")
    if isinstance(node, yaml.SequenceNode):
        return Msg("problem.found.list")
    if node.tag == _NULL:
        return Msg("problem.found.null")
    text = str(node.value)
    return repr(text if len(text) <= 40 else text[:40] + "…")


def text(allow_empty: bool = False) -> Spec:
    def spec(c: Checker, node: yaml.Node, field: str) -> Any:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _STR:
            return c.fail(node, field, "text", found=_describe(node))
        if not allow_empty and not strip_controls(node.value).strip():  # (nor only a space and a zero-width one)
            return c.fail(node, field, "text_empty")
        return node.value

    return spec


def matching(pattern: re.Pattern[str], what: str) -> Spec:
    """Text (or digits) matching `pattern`; `what` names it: the key `problem.what.<what>`."""

    def spec(c: Checker, node: yaml.Node, field: str) -> Any:
        if not isinstance(node, yaml.ScalarNode) or node.tag not in (_STR, _INT):
            return c.fail(node, field, "pattern", what=Msg(f"problem.what.{what}"), found=_describe(node))
        if not pattern.fullmatch(node.value):
            return c.fail(node, field, "pattern", what=Msg(f"problem.what.{what}"), found=_describe(node))
        return node.value

    return spec


def partial_date(c: Checker, node: yaml.Node, field: str) -> Any:
    """`2018`, `2019-12` or `2020-01-15`, quoted or not, and a real date."""
    if not isinstance(node, yaml.ScalarNode) or node.tag not in (_STR, _INT, _TIMESTAMP):
        return c.fail(node, field, "date", found=_describe(node))
    value = str(node.value)
    if not _PARTIAL_DATE.fullmatch(value):
        return c.fail(node, field, "date", found=_describe(node))
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return c.fail(node, field, "date_real", value=repr(value))
    return value


def integer(c: Checker, node: yaml.Node, field: str) -> Any:
    if not isinstance(node, yaml.ScalarNode) or node.tag != _INT:
        return c.fail(node, field, "integer", found=_describe(node))
    try:
        return int(node.value)
    except ValueError:
        return c.fail(node, field, "integer", found=_describe(node))


SCHEMA_VERSION = 1  # the data files' layout this code reads (docs/data-format.md)


def schema_version(c: Checker, node: yaml.Node, field: str) -> Any:
    """The data files' `schema_version`: the one this code reads, not a later layout read as if it were."""
    value = integer(c, node, field)
    if isinstance(value, int) and value != SCHEMA_VERSION:
        return c.fail(node, field, "schema_version", supported=SCHEMA_VERSION, found=value)
    return value


def boolean(c: Checker, node: yaml.Node, field: str) -> Any:
    if not isinstance(node, yaml.ScalarNode) or node.tag != _BOOL:
        return c.fail(node, field, "boolean", found=_describe(node))
    return node.value.lower() in ("true", "yes", "on")


def _char_kind(ch: str) -> str:
    """What kind of character a non-ASCII one is, for a reader without its Unicode name's language."""
    import unicodedata

    name, category = unicodedata.name(ch, ""), unicodedata.category(ch)
    if category[0] == "Z":
        return "space"
    if category[0] == "C":
        return "invisible"
    if name.startswith("FULLWIDTH "):
        return "fullwidth_digit" if category == "Nd" else "fullwidth_letter" if category[0] == "L" else "fullwidth"
    for script in ("CYRILLIC", "GREEK", "LATIN"):
        if name.startswith(f"{script} ") and category[0] == "L":
            return script.lower()
    if name.startswith("CJK "):
        return "han"
    return "digit" if category == "Nd" else "punctuation" if category[0] == "P" else "other"


def _char(ch: str) -> Msg:
    """One odd character: U+0456 CYRILLIC SMALL LETTER … in English, U+0456（西里尔字母“і”） in Chinese."""
    import unicodedata

    kind = _char_kind(ch)
    shown = "" if kind in ("space", "invisible") else f"“{ch}”"
    values = {"code": f"U+{ord(ch):04X}", "name": unicodedata.name(ch, "?"), "kind": Msg(f"char.kind.{kind}")}
    return Msg("char.described", {**values, "shown": shown})


def confusable_hint(value: str, values: tuple[str, ...]) -> object:
    """Why a value that looks allowed is not: its non-ASCII code points and the nearest value."""
    import difflib
    import unicodedata

    from cardinfo.idnumber import mask_text

    # (the characters of what is shown: a number's hidden digits are not listed, 530102１９９００３０７1238)
    odd = [_char(ch) for ch in dict.fromkeys(mask_text(value)) if not ch.isascii()]
    skeleton = unicodedata.normalize("NFKC", value).translate(_LOOKALIKES).strip().lower()
    nearest = [v for v in values if v.lower() == skeleton] or difflib.get_close_matches(skeleton, values, 1, 0.6)
    chars: object = ""
    for item in reversed(odd):  # a list the catalogue words: first、rest in Chinese, first, rest in English
        chars = Msg("char.list", {"first": item, "rest": chars}) if chars else item
    name = repr(nearest[0]) if nearest else ""
    if odd and nearest:
        return Msg("problem.hint.both", {"chars": chars, "name": name})
    if odd or nearest:
        return Msg("problem.hint.odd" if odd else "problem.hint.near", {"chars": chars, "name": name})
    return ""


def one_of(values: tuple[str, ...]) -> Spec:
    def spec(c: Checker, node: yaml.Node, field: str) -> Any:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _STR or node.value not in values:
            hint = confusable_hint(node.value, values) if isinstance(node, yaml.ScalarNode) else ""
            return c.fail(node, field, "one_of", values=", ".join(values), found=_describe(node), hint=hint)
        return node.value

    return spec


def positive(inner: Spec, at_most: int | None = None) -> Spec:
    """A whole number above zero (a validity of -5 years is a typo, not a fact), and at most `at_most`."""

    def spec(c: Checker, node: yaml.Node, field: str) -> Any:
        value = inner(c, node, field)
        if isinstance(value, int) and value <= 0:
            return c.fail(node, field, "positive", value=value)
        if isinstance(value, int) and at_most is not None and value > at_most:
            return c.fail(node, field, "at_most", limit=at_most, value=value if value < 10**12 else "…")
        return value

    return spec


COUNT_LIMIT = 100_000  # places an article could count (China has ~2,800 counties and ~38,000 townships)


def counted(c: Checker, node: yaml.Node, field: str) -> Any:
    """How many places a source counts: a whole number from 0 to COUNT_LIMIT (not -16, nor 10**400)."""
    value = integer(c, node, field)
    if isinstance(value, int) and not 0 <= value <= COUNT_LIMIT:
        return c.fail(node, field, "count", limit=COUNT_LIMIT, value=value if abs(value) < 10**12 else "…")
    return value


def url(c: Checker, node: yaml.Node, field: str) -> Any:
    """An absolute http(s) address with no spaces."""
    if not isinstance(node, yaml.ScalarNode) or node.tag != _STR or not _URL.fullmatch(node.value):
        return c.fail(node, field, "url", found=_describe(node))
    return node.value


def optional(inner: Spec) -> Spec:
    def spec(c: Checker, node: yaml.Node, field: str) -> Any:
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            return None
        return inner(c, node, field)

    return spec


def listing(inner: Spec, min_items: int = 0) -> Spec:
    def spec(c: Checker, node: yaml.Node, field: str) -> Any:
        if not isinstance(node, yaml.SequenceNode):
            return c.fail(node, field, "list", found=_describe(node))
        if len(node.value) < min_items:
            return c.fail(node, field, "min_items", n=min_items)
        return [inner(c, item, f"{field}[{i}]") for i, item in enumerate(node.value)]

    return spec


def mapping(required: dict[str, Spec], optional_fields: dict[str, Spec] | None = None) -> Spec:
    """A mapping with exactly these keys: every required one, any optional one, nothing else."""
    allowed = {**required, **(optional_fields or {})}

    def spec(c: Checker, node: yaml.Node, field: str) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return c.fail(node, field, "mapping", found=_describe(node))
        out: dict[str, Any] = {}
        prefix = f"{field}." if field else ""
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _STR:
                c.fail(key_node, field, "key_type", found=_describe(key_node))
                continue
            key = key_node.value
            if key in out:
                c.fail(key_node, prefix + key, "duplicate_key")
            elif key not in allowed:
                c.fail(key_node, prefix + key, "unknown_key", allowed=", ".join(allowed))
            else:
                out[key] = allowed[key](c, value_node, prefix + key)
        for key in required:
            if key not in out:
                c.fail(node, prefix + key, "missing_key")
        return out

    return spec


def check_tags(c: Checker, node: yaml.Node) -> bool:
    """Reject every tag but the plain YAML ones, and anchors reused as aliases, before anything
    is built: a reused node is how a "billion laughs" document blows up."""
    plain = {
        _STR,
        _INT,
        _BOOL,
        _NULL,
        _TIMESTAMP,
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:seq",
        "tag:yaml.org,2002:map",
    }
    ok = True
    seen: set[int] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            c.fail(current, "", "alias")
            return False
        seen.add(id(current))
        if current.tag not in plain:
            c.fail(current, "", "tag", tag=repr(current.tag))
            ok = False
        if isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
        elif isinstance(current, yaml.MappingNode):
            for k, v in current.value:
                stack.extend((k, v))
    return ok


_SOURCE_ID = matching(_ID, "source_id")
_SOURCE_ALSO = mapping({"section": one_of(STATUSES), "text": text()})
_TEXTS = listing(text())

REGION = mapping(
    {
        "id": matching(_ID, "id"),
        "province": text(),
        "place": text(),
        "code": optional(matching(_CODE, "code")),
        "level": one_of(LEVELS),
        "status": one_of(STATUSES),
        "pilot": boolean,
        "since": optional(partial_date),
        "functions": _TEXTS,
        "validity_years": optional(positive(integer, at_most=100)),
        "first_batch": optional(text()),
        "notes": _TEXTS,
        "aliases": _TEXTS,
        "source": mapping({"section": one_of(STATUSES), "text": text()}, {"also": listing(_SOURCE_ALSO)}),
    },
    {"within": matching(_CODE, "within")},
)

REGIONS_FILE = mapping({"schema_version": schema_version, "regions": listing(REGION, min_items=1)})

_BILINGUAL = mapping({"zh": text(), "en": text()})
_CAVEAT = mapping(
    {
        "zh": text(),
        "en": text(),
        "url": url,
        "date": text(),
        "confidence": one_of(("High", "Medium-High", "Medium", "Low-Medium", "Low")),
    }
)
_WORDS = mapping({}, {"zh": listing(text()), "en": listing(text())})
TOPIC = mapping(
    {
        "key": matching(_KEY, "topic_key"),
        "question": _BILINGUAL,
        "answer": _BILINGUAL,
        "keywords": mapping({"zh": listing(text(), 1), "en": listing(text(), 1)}),
        "caveats": listing(_CAVEAT),
    },
    {"source": text(), "also": _TEXTS, "weak": _WORDS, "avoid": _WORDS, "examples": _WORDS},
)
FAQ_FILE = mapping(
    {
        "schema_version": schema_version,
        "as_of": partial_date,
        "article": mapping(
            {"title": text(), "url": text(), "date": partial_date, "note_zh": text(), "note_en": text()}
        ),
        "check_in_person": mapping(
            {
                "zh": text(),
                "en": text(),
                "sources": listing(mapping({"url": url, "date": text()})),
                "steps": listing(mapping({"zh": text(), "en": text(), "sources": listing(_SOURCE_ID, 1)}), 1),
            }
        ),
        "topics": listing(TOPIC, min_items=1),
        "timeline": listing(
            mapping(
                {
                    "date": partial_date,
                    "zh": text(),
                    "en": text(),
                    "source": text(),
                    "source_id": _SOURCE_ID,
                    "verified": boolean,
                }
            )
        ),
        "stated_counts": mapping(
            {
                "issuing": counted,
                "preparing": counted,
                "issued": counted,
                "source": text(),
                "explanation": _BILINGUAL,
            }
        ),
    }
)

SOURCE = mapping(
    {
        "id": _SOURCE_ID,
        "title": text(),
        "publisher": text(),
        "url": url,
        "date": optional(partial_date),
        "confidence": one_of(CONFIDENCES),
        "kind": one_of(SOURCE_KINDS),
    },
    {"note": text()},
)
SOURCES_FILE = mapping({"schema_version": schema_version, "sources": listing(SOURCE, min_items=1)})

REPORT = mapping(
    {
        "id": matching(_ID, "id"),
        "place": text(),
        "code": optional(matching(_CODE, "code")),
        "date": partial_date,
        "stage": one_of(STATUSES),
        "quote": text(),
        "source": _SOURCE_ID,
    },
    {
        "pilot": boolean,
        "note": _BILINGUAL,
        "within": matching(_CODE, "within"),
        "districts": boolean,
    },
)
_LOCAL_FACT = mapping({"zh": text(), "en": text(), "quote": text(), "source": _SOURCE_ID})
NOT_ISSUED = mapping(
    {
        "code": matching(_CODE, "code6"),
        "place": text(),
        "document": _BILINGUAL,
        "issuer": _BILINGUAL,
        "facts": listing(_LOCAL_FACT, min_items=1),
    }
)
REPORTS_FILE = mapping(
    {"schema_version": schema_version, "reports": listing(REPORT)}, {"not_issued": listing(NOT_ISSUED)}
)
