"""No module binds one top-level name twice: a second table of the same name silently replaces the
first for every use above it too (a `_NAMED_AFTER` for warships once undid the one for roads and bays,
and 北海道 became 北海市)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).resolve().parents[1] / "src" / "cardinfo").rglob("*.py"))


def _bound(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.Assign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        return [t.id for t in targets if isinstance(t, ast.Name)]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    return []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        for name in _bound(node):
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    assert not twice, f"{path.name}: " + ", ".join(twice)
