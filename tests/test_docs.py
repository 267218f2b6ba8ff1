"""docs/cli.md stays the whole interface: every command, option, exit code, JSON key and CSV column in it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
import typer.main

from cardinfo.cli import app
from cardinfo.errors import ExitCode
from tests.conftest import REPO

DOC = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
README = (REPO / "README.md").read_text(encoding="utf-8")
CHOICES = re.compile(r"<([a-z]+(?:\|[a-z]+)+)>")  # an option's choices as --help shows them: <text|json>


def section(text: str, heading: str, level: int = 2) -> str:
    """The part of `text` under the first heading of `level` that starts with `heading`, up to the next one."""
    marks = "#" * level
    match = re.search(rf"^{marks} {re.escape(heading)}.*$", text, re.MULTILINE)
    assert match, f"docs/cli.md has no heading {marks} {heading}"
    rest = text[match.end() :]
    end = re.search(rf"^#{{1,{level}}} ", rest, re.MULTILINE)
    return rest[: end.start()] if end else rest


def code_text(text: str) -> str:
    """Only what is written as code: `spans` and fenced blocks, where names of keys and options live."""
    blocks = re.findall(r"^```.*?^```", text, re.MULTILINE | re.DOTALL)
    spans = re.findall(r"`([^`]+)`", re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL))
    return "\n".join([*blocks, *spans])


def names(text: str) -> set[str]:
    """Every word (key, option, command) written as code in `text`."""
    return set(re.findall(r"-{0,2}[A-Za-z_][\w-]*", code_text(text)))


def commands() -> Iterator[tuple[str, Any]]:
    """Every command and sub-command, as "region" or "data paths", with its Click command."""

    def walk(group: Any, prefix: str, parent: Any) -> Iterator[tuple[str, Any]]:
        for name in group.list_commands(parent):
            command = group.get_command(parent, name)
            path = f"{prefix}{name}"
            yield path, command
            if hasattr(command, "list_commands"):
                yield from walk(command, f"{path} ", typer.Context(command, parent=parent, info_name=name))

    root = typer.main.get_command(app)
    yield from walk(root, "", typer.Context(root, info_name="cardinfo"))


def options(command: Any) -> list[str]:
    """Every option name the command's --help lists (the help option included)."""
    ctx = typer.Context(command)
    found = [o for p in command.get_params(ctx) if p.param_type_name == "option" and not p.hidden for o in p.opts]
    return found + [o for p in command.get_params(ctx) if p.param_type_name == "option" for o in p.secondary_opts]


COMMANDS = dict(commands())
COMMANDS_PART = section(DOC, "Commands")
SHAPES_PART = section(DOC, "JSON shapes")


def command_section(path: str) -> str:
    """The part of "## Commands" about one command: the `### ` heading that names it."""
    for heading in re.findall(r"^### (.+)$", COMMANDS_PART, re.MULTILINE):
        if path in [h.strip() for h in re.split(r",| and ", heading)]:
            return section(COMMANDS_PART, heading, level=3)
    raise AssertionError(f"docs/cli.md has no ### heading for `cardinfo {path}` under ## Commands")


def test_the_walk_finds_every_command() -> None:
    assert {"region", "ask", "number", "status", "summary", "sources", "timeline", "faq", "remind"} <= set(COMMANDS)
    assert {"map", "export", "data", "data check", "data paths", "data clear-cache"} <= set(COMMANDS)


@pytest.mark.parametrize("path", [p for p, c in COMMANDS.items() if not hasattr(c, "list_commands")])
def test_every_command_and_option_in_help_is_documented(cli: Any, path: str) -> None:
    part = command_section(path)
    assert f"cardinfo {path}" in code_text(part), path
    assert f"cardinfo {path}" in README, f"README.md does not show `cardinfo {path}`"
    listed = options(COMMANDS[path])
    for lang in ("zh", "en"):
        help_text = cli("--lang", lang, *path.split(), "--help").stdout
        for option in listed:
            assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", help_text), (lang, path, option)
        for choices in CHOICES.findall(help_text):  # every choice of every option, in this command's part
            missing = set(choices.split("|")) - names(part)
            assert not missing, (path, choices, missing)
    help_option = {"-h", "--help"}
    documented = names(part) | (help_option & names(section(DOC, "Global options")))
    assert set(listed) <= documented, (path, set(listed) - documented)


def test_global_options_are_documented(cli: Any) -> None:
    part = section(DOC, "Global options")
    root = typer.main.get_command(app)
    listed = options(root)
    help_text = cli("--lang", "en", "--help").stdout
    assert listed and all(o in help_text for o in listed)
    assert set(listed) <= names(part), set(listed) - names(part)
    assert "-h" in names(part)  # every command's help takes -h too


def test_every_exit_code_is_in_the_table() -> None:
    rows = re.findall(r"^\| (\d+) \| `([A-Z_]+)` \|", section(DOC, "Exit codes"), re.MULTILINE)
    assert {int(code): name for code, name in rows} == {e.value: e.name for e in ExitCode}


def shape_part(heading: str) -> set[str]:
    return names(section(SHAPES_PART, heading, level=3))


def assert_documented(keys: Any, heading: str) -> None:
    missing = set(keys) - shape_part(heading)
    assert not missing, f"docs/cli.md, JSON shapes, {heading}: {sorted(missing)} not described"


def test_region_keys_are_documented(cli: Any) -> None:
    for query in ("盘龙区", "吉林", "朝阳区", "香港", "云南", "株洲", "530102198001011237"):
        out = cli("region", query, "--format", "json").json()
        assert_documented(out, "region")
        for candidate in out["candidates"]:
            assert_documented(candidate, "region")
        for record in out["records"]:
            assert_documented(record, "Record")
            assert_documented(record["source"], "Record")
        for report in out["reports"]:
            assert_documented(report, "export")  # a report's keys, and its source's
            assert_documented(report["source"], "export")
        if out["basis"]:
            assert_documented(out["basis"], "region")
        if "not_applicable" in out:
            assert_documented(out["not_applicable"], "region")


def test_record_keys_are_documented(cli: Any) -> None:
    for lang in ("zh", "en"):
        for record in cli("--lang", lang, "status", "--format", "json").json():
            assert_documented(record, "Record")


def test_batch_row_keys_are_documented(cli: Any, tmp_path: Path) -> None:
    lines = tmp_path / "lines.txt"
    lines.write_text("盘龙区\n\nqqqzzxq\n朝阳区\n", encoding="utf-8")
    result = cli("region", "--input", str(lines), "--format", "json")
    assert result.exit_code == 0
    rows = result.json()
    assert [r["match"] for r in rows][:2] == ["ancestor", "none"]
    for row in rows:
        assert_documented(row, "batch rows")


def test_other_shapes_are_documented(cli: Any) -> None:
    ask = cli("ask", "我在昆明，三代证要钱吗", "--format", "json").json()
    assert ask["region"] and ask["faq"]
    assert_documented(ask, "ask")
    number = cli("number", "13010619800101123X", "--format", "json").json()
    assert "former_division" in number
    assert_documented(number, "number")
    assert_documented(number["former_division"], "number")
    assert_documented(cli("faq", "--format", "json").json()[0], "faq list and faq topic")
    topic = cli("faq", "fee", "--format", "json").json()
    assert_documented(topic, "faq list and faq topic")
    assert_documented(topic["source"], "faq list and faq topic")
    summary = cli("summary", "--format", "json").json()
    assert_documented(summary, "summary")
    assert_documented(summary["places"][0], "summary")
    assert_documented(cli("timeline", "--format", "json").json()[0], "timeline")
    remind = ["remind", "--last-activated", "2026-03-01", "--issued", "2017-01-15", "--today", "2026-11-29"]
    out = cli(*remind, "--format", "json").json()
    assert_documented(out, "remind")
    assert_documented(out["next_activation_due"], "remind")
    source = cli("sources", "--format", "json").json()[0]
    assert_documented(source, "sources")
    assert_documented(source["supports"][0], "sources")
    assert_documented(cli("data", "paths", "--format", "json").json(), "data paths")


def test_export_keys_are_documented(cli: Any) -> None:
    out = cli("export").json()
    assert out["schema_version"] == 2 and "schema_version" in shape_part("export")
    assert_documented(out, "export")
    for key in ("sources", "reports", "not_issued", "faq"):
        for item in out[key]:
            assert_documented(item, "export")
    assert_documented(out["stated_counts"], "export")
    assert_documented(out["check_in_person"], "export")


def test_csv_headers_appear_verbatim(cli: Any, tmp_path: Path) -> None:
    status = cli("status", "--format", "csv").stdout.splitlines()[0]
    lines = tmp_path / "lines.txt"
    lines.write_text("盘龙区\n", encoding="utf-8")
    batch = cli("region", "--input", str(lines), "--format", "csv").stdout.splitlines()[0]
    part = section(DOC, "CSV and TSV")
    for header in (status, batch):
        assert header.startswith(("id,", "line,")) and f"\n{header}\n" in part, header
    tsv = cli("status", "--format", "tsv").stdout.splitlines()[0]
    assert tsv.split("\t") == status.split(",")
