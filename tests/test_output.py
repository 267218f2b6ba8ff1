"""What people see: plain linear text for screen readers and pipes, Rich tables on a terminal."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from cardinfo.cli import app
from cardinfo.render import FORMATS, RECORD_RENDERERS
from tests.helpers import ANSI, REPO, golden

BOX = re.compile(r"[\u2500-\u257f]")

COMMANDS = {
    "region-kunming": ["region", "昆明"],
    "region-panlong": ["region", "盘龙区"],
    "region-ambiguous": ["region", "朝阳区"],
    "region-unknown": ["region", "株洲"],
    "region-descendant": ["region", "云南"],
    "status-yunnan": ["status", "--province", "云南"],
    "summary": ["summary"],
    "timeline": ["timeline"],
    "faq-list": ["faq"],
    "faq-activation": ["faq", "activation"],
    "remind": ["remind", "--last-activated", "2026-03-01", "--issued", "2017-01-15", "--today", "2026-11-29"],
}


@pytest.mark.parametrize("name", COMMANDS)
def test_plain_golden(cli: Any, name: str) -> None:
    result = cli("--plain", *COMMANDS[name])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert not BOX.search(out) and "\x1b" not in out and "…" not in out
    golden(f"plain-{name}", out)


def test_long_text_folds_and_is_never_cut(cli: Any, dataset: Any) -> None:
    out = ANSI.sub("", cli("region", "昆明", env={"FORCE_COLOR": "1", "COLUMNS": "60"}).stdout)
    flat = re.sub(r"[\s\u2500-\u257f•]", "", out)
    record = next(r for r in dataset.regions if r.id == "yunnan-kunming")
    for text in [*record.notes, record.source.text]:
        assert re.sub(r"\s", "", text) in flat


def test_status_word_is_always_written(cli: Any) -> None:
    for env in ({}, {"FORCE_COLOR": "1", "COLUMNS": "80"}):
        out = ANSI.sub("", cli("region", "保山", env=env).stdout)
        assert "已经发放" in out


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}, {"ACCESSIBLE": "1"}])
def test_plain_wins_over_a_forced_terminal(cli: Any, env: dict[str, str]) -> None:
    out = cli("status", env={"FORCE_COLOR": "1", **env}).stdout
    assert not BOX.search(out) and "\x1b" not in out and "状态：" in out


def test_plain_before_or_after_the_command(cli: Any) -> None:
    forced = {"FORCE_COLOR": "1"}
    before = cli("--plain", "summary", env=forced).stdout
    after = cli("summary", "--plain", env=forced).stdout
    assert before == after and not BOX.search(after)


def test_markup_and_escapes_in_data_are_shown_safely(cli: Any, data_copy: Path) -> None:
    path = data_copy / "regions.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        '      - "换发时间:目前至五一节后"', '      - "[bold red]标记[/bold red] \\e[31m红\\e[0m \\a"', 1
    )
    path.write_text(text, encoding="utf-8")
    for env in ({}, {"FORCE_COLOR": "1", "COLUMNS": "100"}):
        out = cli("--data-dir", str(data_copy), "region", "昆明", env=env).stdout
        assert "[bold red]标记[/bold red]" in out
        # The data's ESC and BEL never reach the terminal (what is left of the sequence is inert text).
        assert "\x1b[31m红" not in out and "\x07" not in out


def test_help_is_plain_and_documents_exit_codes(cli: Any) -> None:
    for args in (["--help"], ["region", "--help"], ["data", "check", "--help"]):
        out = cli(*args, env={"FORCE_COLOR": "1"}).stdout
        assert not BOX.search(out) and "\x1b" not in out
    top = cli("--lang", "en", "--help").stdout
    assert "Exit codes" in top and "3  data error" in top
    error = cli("region", "--nope", env={"FORCE_COLOR": "1"})
    assert error.exit_code == 2 and not BOX.search(error.stderr) and "--nope" in error.stderr


def test_every_command_has_help_examples_and_is_in_the_readme(cli: Any) -> None:
    import typer.main

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    names = [n for n in group.list_commands(None) if n != "data"] + ["data check"]  # type: ignore[attr-defined]
    names_wanted = {"region", "ask", "number", "status", "faq", "timeline", "summary", "sources", "remind", "export"}
    assert set(names) == names_wanted | {"map", "data check"}
    for name in names:
        for lang, examples in (("en", "Examples:"), ("zh", "示例：")):
            help_text = cli("--lang", lang, *name.split(), "--help").stdout
            assert examples in help_text and f"cardinfo {name}" in help_text, name
        assert f"cardinfo {name}" in readme, name


def test_every_format_has_a_renderer() -> None:
    assert set(RECORD_RENDERERS) | {"table"} == set(FORMATS)


def test_version(cli: Any) -> None:
    from cardinfo import __version__

    result = cli("--version")
    assert result.exit_code == 0 and result.stdout == f"cardinfo {__version__}\n"
