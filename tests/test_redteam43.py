"""Red team 43, the world around cardinfo: completion with no usable shell or home, a signal right after
an in-place file is emptied, a cache folder that is a file, and names a console cannot show."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cardinfo import batch, output
from tests.test_hostile_faults import EXE, clean, shell

INSTALLED = pytest.mark.skipif(not EXE.exists(), reason="cardinfo is not installed in this environment")


def test_a_signal_right_after_an_in_place_file_is_emptied_puts_the_old_content_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hard-linked file is written in place; Ctrl-C landing just after its truncation left it empty."""
    out, other = tmp_path / "a.html", tmp_path / "b.html"
    out.write_text("precious old content\n", encoding="utf-8")
    os.link(out, other)
    truncate = os.ftruncate
    calls: list[int] = []

    def interrupted(fd: int, length: int) -> None:
        truncate(fd, length)
        calls.append(length)
        if len(calls) == 1:
            raise KeyboardInterrupt  # the signal's handler, run as the truncation returns

    monkeypatch.setattr(os, "ftruncate", interrupted)
    with pytest.raises(KeyboardInterrupt):
        output.to_file(str(out), b"new content")
    assert out.read_text(encoding="utf-8") == "precious old content\n" == other.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("option", "lang", "said"),
    [
        ("--install-completion", "en", "Cannot tell which shell this is (SHELL is not set)"),
        ("--show-completion", "zh", "看不出用的是哪种 shell"),
    ],
)
def test_completion_with_no_login_shell_asks_for_one(
    cli: Any, tmp_path: Path, option: str, lang: str, said: str
) -> None:
    """SHELL unset (Docker, cron): Typer's own installer guessed and rewrote ~/.bashrc unsafely."""
    (tmp_path / ".bashrc").write_bytes(b"# \xd6\xd0\xce\xc4\n")  # GBK: its installer raised UnicodeDecodeError
    result = cli("--lang", lang, option, env={"HOME": str(tmp_path), "SHELL": ""})
    assert result.exit_code == 2 and result.stdout == ""
    assert said in result.stderr and option in result.stderr
    assert (tmp_path / ".bashrc").read_bytes() == b"# \xd6\xd0\xce\xc4\n"
    assert not (tmp_path / ".bash_completions").exists()


def test_completion_for_an_unsupported_login_shell_is_a_usage_error(cli: Any, tmp_path: Path) -> None:
    result = cli("--lang", "en", "--install-completion", env={"HOME": str(tmp_path), "SHELL": "/bin/dash"})
    assert result.exit_code == 2 and result.stdout == ""
    assert "Unsupported shell 'dash'" in result.stderr


@pytest.mark.parametrize("home", ["not/yet", "relative", ""])
def test_completion_does_not_make_a_missing_home_nor_use_another(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, home: str
) -> None:
    """A missing HOME was made; an empty or relative one meant the current folder (or passwd's home)."""
    monkeypatch.chdir(tmp_path)
    given = str(tmp_path / home) if home == "not/yet" else home
    result = cli("--lang", "en", "--install-completion", "bash", env={"HOME": given, "SHELL": "/bin/bash"})
    assert result.exit_code == 1 and "No usable home folder" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_completion_message_masks_a_number_in_the_home_path(cli: Any, tmp_path: Path) -> None:
    home = tmp_path / "home" / "110105196305274177"
    home.mkdir(parents=True)
    result = cli("--lang", "en", "--install-completion", "bash", env={"HOME": str(home)})
    assert result.exit_code == 0, result.stderr
    assert "110105196305274177" not in result.stdout and "110105********4177" in result.stdout
    assert str(home) in (home / ".bashrc").read_text(encoding="utf-8")  # the file itself names it whole


def test_a_cache_dir_that_is_a_file_is_no_cache(cli: Any, tmp_path: Path) -> None:
    taken = tmp_path / "afile"
    taken.write_text("mine", encoding="utf-8")
    result = cli("data", "paths", "--format", "json", env={"CARDINFO_CACHE_DIR": str(taken)})
    assert result.exit_code == 0
    assert json.loads(result.stdout)["cache_dir"] is None
    assert taken.read_text(encoding="utf-8") == "mine"


def test_a_file_name_the_console_cannot_show_is_escaped_by_code_point(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from cardinfo.cli import shown_path

    class Gbk:
        encoding = "gbk"

    monkeypatch.setattr(sys, "stderr", Gbk())
    assert shown_path("/x/año😀.txt") == "/x/a\\u00f1o\\U0001f600.txt"
    assert shown_path("/x/昆明.txt") == "/x/昆明.txt"  # GBK shows it


def test_a_gbk_console_shows_the_map_s_stages_apart() -> None:
    """◐ (issuing) and • are not in GBK: they were written as "?", the symbol of "no news"."""
    shown = output.encode("◐ 正在换发\n ? 没有已知消息\n • 昆明", type("Gbk", (), {"encoding": "gbk"})(), False)
    assert shown.decode("gbk") == "◎ 正在换发\n ? 没有已知消息\n · 昆明"
    output.lossy(True)  # an English run on a console without Chinese
    try:
        assert output.encode("◐ • issuing", type("Ascii", (), {"encoding": "ascii"})(), False) == b"+ - issuing"
    finally:
        output.lossy(False)


def test_the_faq_answers_have_no_arrows_a_screen_reader_reads_as_symbols() -> None:
    from tests.helpers import DATA, load_yaml

    topics = load_yaml((DATA / "faq.yaml").read_text(encoding="utf-8"))["topics"]
    assert all("→" not in topic["answer"][lang] for topic in topics for lang in ("zh", "en"))


def test_an_interrupted_json_batch_still_closes_its_array() -> None:
    def rows() -> Iterator[dict[str, Any]]:
        yield {"line": 1}
        yield {"line": 2}
        raise KeyboardInterrupt  # Ctrl-C (SIGTERM is SystemExit) between two lines

    written: list[str] = []
    with pytest.raises(KeyboardInterrupt):
        batch.write(rows(), "json", written.append)
    assert json.loads("".join(written)) == [{"line": 1}, {"line": 2}]


def test_a_batch_whose_input_fails_to_read_writes_nothing(cli: Any, tmp_path: Path) -> None:
    """The CSV header (or JSON's "[") was written before the first line was read, then exit 2."""

    def failing() -> Iterator[dict[str, Any]]:
        raise OSError(5, "Input/output error")
        yield {}

    written: list[str] = []
    with pytest.raises(OSError):
        batch.write(failing(), "csv", written.append)
    assert written == []


@pytest.mark.slow
@INSTALLED
@pytest.mark.parametrize(
    ("words", "locale", "expected"),
    [
        ("--help", "en_US.UTF-8", "Cannot write to standard output"),
        ("--lang=en --help", "zh_CN.UTF-8", "Cannot write to standard output"),
        ("--lang zh faq en --help", "en_US.UTF-8", "无法写入标准输出"),  # `en` a question, not the language
    ],
)
def test_a_failure_writing_help_is_worded_in_the_run_s_language(
    tmp_path: Path, words: str, locale: str, expected: str
) -> None:
    result = shell(f'"$CARDINFO" {words} >/dev/full', tmp_path, LANG=locale, LC_ALL="", LC_MESSAGES="")
    assert result.returncode == 1 and expected in clean(result)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (["－－ｂｒｉｅｆ"], ["--brief"]),  # an input method in full-width mode
        (["--ｆｏｒｍａｔ", "ｊｓｏｎ"], ["--format", "json"]),
        (["－－ｌａｎｇ", "ｅｎ"], ["--lang", "en"]),
        (["--input", "ｆｉｌｅ"], ["--input", "ｆｉｌｅ"]),  # a path is the name typed
        (["--", "－－ｂｒｉｅｆ"], ["--", "－－ｂｒｉｅｆ"]),
    ],
)
def test_options_typed_in_full_width_are_those_options(typed: list[str], meant: list[str]) -> None:
    from cardinfo.clitext import dashed

    assert dashed(typed) == meant


def test_a_question_with_all_is_said_to_be_unused(cli: Any) -> None:
    result = cli("--lang", "en", "faq", "is it free", "--all", "--format", "json")
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 16
    assert "the question 'is it free' is not used" in result.stderr


@pytest.mark.slow
@INSTALLED
def test_on_a_console_without_chinese_a_miss_lists_its_topics_in_english_too(tmp_path: Path) -> None:
    """--lang zh on an ASCII console: the message fell back to English, its list of topics stayed Chinese (????)."""
    result = shell('"$CARDINFO" --lang zh faq nosuchtopic', tmp_path, PYTHONIOENCODING="ascii")
    said = clean(result)
    assert result.returncode == 1 and "No topic matches" in said
    assert "transition: Can I still use my second-generation certificate" in said and "??" not in said


def test_a_line_the_input_ends_inside_is_the_last_one_read() -> None:
    """A terminal's Ctrl-D after a typed query ends the line and the input; reading again waited for a third."""

    class Terminal:
        def __init__(self) -> None:
            self.given = [b"\xe6\x98\x86\xe6\x98\x8e"]  # 昆明, no newline: Ctrl-D pressed after it

        def peek(self, size: int) -> bytes:
            return self.given[0][:size]

        def readline(self, limit: int) -> bytes:
            assert self.given, "read again after the input ended"
            return self.given.pop()

    assert [line.text for line in batch.read_lines(Terminal())] == ["昆明"]  # type: ignore[arg-type]


def test_an_option_too_wide_for_a_phone_folds_after_a_bar() -> None:
    from cardinfo.clitext import _folded_option
    from cardinfo.render import cells

    lines = _folded_option("--format <table|json|ndjson|csv|tsv|yaml|markdown>", 40, cells)
    assert len(lines) == 2 and all(cells(line) <= 40 for line in lines)
    assert "".join(line.strip() for line in lines) == "--format <table|json|ndjson|csv|tsv|yaml|markdown>"


def test_an_indented_message_line_fits_a_twenty_column_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from cardinfo.cli import screen_lines
    from cardinfo.render import cells

    monkeypatch.setenv("COLUMNS", "20")
    shown = screen_lines("  您是不是要找：云南省、西藏自治区、青海省、宁夏回族自治区、台湾省、香港特别行政区")
    assert all(cells(line) <= 20 for line in shown.splitlines())
