"""Property-based tests: any text on every query path, and broken YAML, never crash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardinfo import remind
from cardinfo.errors import NotFound, UsageError
from cardinfo.faq import find
from cardinfo.i18n import has
from cardinfo.lookup import Atlas
from cardinfo.models import Dataset
from cardinfo.places import Divisions
from cardinfo.validate import validate
from tests.helpers import REPO

pytestmark = pytest.mark.slow  # subprocesses and generated cases: skip with -m "not slow"

REGIONS = (REPO / "data" / "regions.yaml").read_text(encoding="utf-8")
FAQ = (REPO / "data" / "faq.yaml").read_bytes()
SOURCES = (REPO / "data" / "sources.yaml").read_bytes()
REPORTS = (REPO / "data" / "reports.yaml").read_bytes()
FILES = [Path(name) for name in ("regions.yaml", "faq.yaml", "sources.yaml", "reports.yaml")]
PLACE_CHARS = st.sampled_from(list("昆明盘龙区市县镇省云南吉林长沙西安朝阳五华石角崑遼瀋kunmig 0123456789[]/\x1b\x00"))
QUERIES = st.one_of(st.text(max_size=80), st.text(PLACE_CHARS, max_size=12))
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(query=QUERIES)
def test_region_resolution_answers_or_misses(atlas: Atlas, query: str) -> None:
    try:
        answer = atlas.answer(query)
    except NotFound as exc:
        assert all("\x1b" not in h for h in exc.suggestions)
        return
    assert answer.match in ("exact", "ancestor", "descendant", "unknown", "ambiguous")
    assert (answer.place is None) == (answer.match == "ambiguous")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES)
def test_region_command_never_leaks_control_characters(cli: Any, query: str) -> None:
    if query.startswith("-") or not query.strip():
        return  # an option-looking or empty argument is the parser's business (exit 2 / miss)
    result = cli("region", query, env={"FORCE_COLOR": "1"})
    assert result.exit_code in (0, 1), result.stderr
    assert "\x1b[2J" not in result.stdout + result.stderr and "\x00" not in result.stdout + result.stderr


@FAST
@given(question=st.text(max_size=80))
def test_faq_finds_or_lists_topics(dataset: Dataset, question: str) -> None:
    try:
        match = find(dataset.faq, question)
    except NotFound as exc:
        assert len(exc.details) == len(dataset.faq)
        return
    assert match.entry.key in {e.key for e in dataset.faq}


@FAST
@given(value=st.text(max_size=20))
def test_dates_parse_or_say_the_form(value: str) -> None:
    try:
        remind.parse_date(value, "--issued")
    except UsageError as exc:
        import re

        from cardinfo.i18n import t

        for lang in ("zh", "en"):  # every mistake is answered with an accepted example
            assert re.search(r"\d{4}-\d{2}-\d{2}", t(f"error.{exc.key}", lang, **exc.values))


def _lines_mutated(data: st.DataObject) -> str:
    lines = REGIONS.splitlines()
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "dup", "garble", "indent", "swap"]))
        if action == "drop":
            del lines[i]
        elif action == "dup":
            lines.insert(i, lines[i])
        elif action == "garble":
            lines[i] = data.draw(st.text(max_size=30))
        elif action == "indent":
            lines[i] = " " + lines[i]
        else:
            j = data.draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_broken_regions_yaml_is_reported_not_raised(data: st.DataObject, divisions: Divisions) -> None:
    text = _lines_mutated(data)
    problems, _ = validate(FILES, [text.encode("utf-8", "surrogatepass"), FAQ, SOURCES, REPORTS], divisions)
    for p in problems:
        assert p.file == "regions.yaml" and p.line >= 1 and has(f"problem.{p.key}")
        assert p.worded("zh") and p.worded("en")  # every value it names fills its text


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(value=yaml_values)
def test_generated_documents_are_validated_not_trusted(value: object, divisions: Divisions) -> None:
    blob = yaml.safe_dump(value, allow_unicode=True).encode("utf-8")
    problems, _ = validate(FILES, [blob, blob, blob, blob], divisions)
    assert problems  # nothing generated at random is a valid cardinfo dataset


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80).map(lambda t: "".join(ch for ch in t if not ch.isdigit())))
def test_a_text_without_digits_is_shown_and_read_as_typed(text: str) -> None:
    """queries.masked() skips the masking module for a text with no digit: that module must leave
    such a text as it is (so skipping it hides nothing)."""
    from cardinfo import idnumber, queries

    assert not any(ch.isdigit() for ch in text)
    assert queries.masked(text) == (text, text) == (idnumber.mask_text(text), idnumber.strip_numbers(text))
