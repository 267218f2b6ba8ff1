"""What several test files share: the repo's paths, a CLI runner, data-breaking and golden-file helpers."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import re
import sqlite3
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import typer.main
import yaml
from typer.testing import CliRunner

from cardinfo.cli import app
from cardinfo.idnumber import check_digit

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
GOLDEN = Path(__file__).parent / "golden"
ARTICLE = (DATA / "source" / "article.txt").read_text(encoding="utf-8")
ANSI = re.compile(r"\x1b\[[0-9;]*m")

# libyaml's loader when PyYAML has it: the pure-Python one takes ~0.2 s on an export.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """yaml.safe_load, through libyaml when it is there (the same safe subset of YAML)."""
    return yaml.load(text, Loader=_YAML_LOADER)


# ── the command line, in-process ───────────────────────────────────────────────────────────


class Result:
    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr

    def json(self) -> Any:
        return json.loads(self.stdout)


# The top-level command, built once: Typer's CliRunner.invoke builds it again on every call (~1 ms
# of the ~3 ms a run took). Click commands may run many times; the installed command runs in
# subprocesses in the slow tests, built afresh as a user's is.
_ROOT = typer.main.get_command(app)


def run_cli(*args: str, env: dict[str, str] | None = None, input: bytes | str | None = None) -> Result:
    """Run cardinfo in-process: run_cli("region", "昆明") -> Result(exit_code, stdout, stderr).
    Exits as Typer's CliRunner reads them; an exception that is no exit propagates to the test."""
    runner = CliRunner()
    with runner.isolation(input=input, env=env) as streams:
        try:
            _ROOT.main(args=list(args), prog_name="cardinfo")
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
            if not isinstance(exc.code, int | None):
                sys.stdout.write(f"{exc.code}\n")
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        out, err = (stream.getvalue().decode(runner.charset, "replace").replace("\r\n", "\n") for stream in streams[:2])
        return Result(code, out, err)


# ── numbers ────────────────────────────────────────────────────────────────────────────────


def make_id(division: str = "530102", birth: str = "19800101", seq: str = "123") -> str:
    """A resident ID with its right check digit."""
    body = division + birth + seq
    return body + check_digit(body)


# ── breaking a copy of the data ────────────────────────────────────────────────────────────


def replace(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    return path.read_text(encoding="utf-8").split(needle)[0].count("\n") + 1


def assert_data_error(cli: Any, data_dir: Path, file: str, line: int | None, field: str, expected: str) -> None:
    result = cli("--lang", "en", "--data-dir", str(data_dir), "region", "昆明")
    assert result.exit_code == 3, (result.stdout, result.stderr)
    assert result.stdout == ""
    first = result.stderr.splitlines()[0]
    assert "Traceback" not in result.stderr
    match = re.match(r"cardinfo: Data error: (.+):(\d+): (\S+): (.+)", first)
    assert match, first
    assert match.group(1).endswith(file)
    if line is not None:
        assert int(match.group(2)) == line, first
    assert field in match.group(3), first
    assert expected in match.group(4), first
    check = cli("--lang", "en", "data", "check", str(data_dir))
    assert check.exit_code == 3 and first.removeprefix("cardinfo: Data error: ") in check.stderr
    where = f"{match.group(1)}:{match.group(2)}: "  # the same in Chinese, and the field (a YAML key)
    zh = cli("--lang", "zh", "--data-dir", str(data_dir), "region", "昆明")
    assert zh.exit_code == 3 and zh.stderr.startswith(f"cardinfo：数据有误：{where}"), zh.stderr
    assert match.group(3) == "(document)" or zh.stderr.startswith(f"cardinfo：数据有误：{where}{match.group(3)}: ")


# ── golden files ───────────────────────────────────────────────────────────────────────────


def golden(name: str, text: str) -> None:
    """Compare with tests/golden/NAME.txt; CARDINFO_UPDATE_GOLDEN=1 rewrites the files."""
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("CARDINFO_UPDATE_GOLDEN") == "1":
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    assert path.exists(), f"missing golden file {path.name}: run with CARDINFO_UPDATE_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8"), f"output differs from {path.name}"


def fast_first(cases: list[Any]) -> list[Any]:
    """A sweep's cases with all but the first marked slow: the fast set keeps one of each kind of
    check (`pytest -m "not slow"`), the full suite and CI run them all."""
    import pytest

    out = []
    for n, case in enumerate(cases):
        if isinstance(case, type(pytest.param(None))):
            values, marks = case.values, list(case.marks)
        else:
            values, marks = (case if isinstance(case, tuple) else (case,)), []
        out.append(pytest.param(*values, marks=marks if n == 0 else [*marks, pytest.mark.slow]))
    return out


# ── the project's scripts, as modules ─────────────────────────────────────────────────────


def load_script(relative: str) -> ModuleType:
    """A script of the repository (scripts/…, bench/…) imported as a module: load_script("bench/scale.py")."""
    path = REPO / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ── the division data and the index, read as they are ────────────────────────────────────


def division_rows(name: str = "divisions.csv") -> list[dict[str, str]]:
    """The rows of one of the bundled division CSVs (data/divisions/NAME)."""
    with (REPO / "data" / "divisions" / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def official_names() -> dict[str, str]:
    """Each division's official name by its code, from the division data itself."""
    return {r["code"]: r["name"] for r in division_rows()}


def index_rows(query: str, params: tuple[str, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows of a query on the bundled division index, opened read-only."""
    from cardinfo import paths

    con = sqlite3.connect(f"file:{paths.places_path()}?mode=ro", uri=True)
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


# ── names: the same checks for every table of names (short forms, nicknames, exonyms) ─────────


def assert_answers_alone(cli: Any, query: str, name: str, code: str, kind: str) -> None:
    """`region QUERY` answers exactly this place, by this kind of name, with nothing in `also`."""
    result = cli("region", query, "--format", "json")
    assert result.exit_code == 0, result.stderr
    body = result.json()
    assert body["place"]["code"] == code and body["place"]["name"] == name
    assert body["matched_by"] == kind and body["also"] == []


def assert_found_in_text(atlas: Any, text: str, code: str) -> None:
    """A text with the name in it answers the place (or one inside it), with nothing in `also`."""
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None, (text, answer.match)
    assert code in answer.place.codes, (text, answer.place.path)
    assert answer.also == ()


def assert_answers_code(atlas: Any, text: str, code: str) -> None:
    """A text answers exactly this place (what it answered before a table of names grew)."""
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code, (text, answer.place)


def assert_answers_with_also(atlas: Any, text: str, code: str, also: str) -> None:
    """A text answers exactly this place and names the other one (`also`, a code) beside it."""
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code, (text, answer.place)
    assert also in {p.code for p in answer.also}, (text, answer.also)


def named_codes(atlas: Any, text: str) -> set[str]:
    """Every code the answer names: its place, the places above it, and those in `also` (none when
    the text names no place; the suggestions a miss would offer are not looked for)."""
    from cardinfo.errors import NotFound

    try:
        answer = atlas.answer(text, suggest=False)
    except NotFound:
        return set()
    named = set(answer.place.codes) if answer.place is not None else set()
    return named | {code for place in answer.also for code in place.codes}


def assert_codes_are_official(alone: Any, in_text: Any = ()) -> None:
    """Each expected (query, name, code, kind) names its division as the division data does, and
    each (text, code) is a code the data has."""
    names = official_names()
    for _, name, code, _ in alone:
        assert names[code] == name, (code, name)
    for _, code in in_text:
        assert code in names, code
