"""Found by a red-team pass of the twelfth session: a locale without UTF-8, a closed stdin, numbers in
folder names, a folder under a cache file's name, numbers spread wider than the mask read."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cardinfo import paths
from tests.helpers import make_id

ID = make_id("530102", "19900307", "123")
MASKED = f"{ID[:6]}********{ID[-4:]}"


def cardinfo(*args: str, env: dict[str, str] | None = None, shell: str = "") -> subprocess.CompletedProcess[str]:
    """The CLI in a process of its own: `shell` (a redirection such as `<&-`) after the arguments."""
    argv = " ".join(f'"${k + 1}"' for k in range(len(args)))
    return subprocess.run(
        ["sh", "-c", f'"$0" -m cardinfo {argv} {shell}', sys.executable, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_chinese_arguments_in_a_locale_without_utf8_are_read_as_typed() -> None:
    """LC_ALL=C without UTF-8 mode: Python keeps 昆明's bytes as surrogates; 昆明 was then no place."""
    plain_c = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}
    found = cardinfo("--lang", "en", "region", "昆明", env=plain_c)
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith("??? (Kunming):")  # the console cannot show Chinese: ? for it, as documented
    asked = cardinfo("--lang", "en", "ask", "我在昆明，三代证要钱吗", env=plain_c)
    assert asked.returncode == 0, asked.stderr
    assert "Kunming" in asked.stdout


@pytest.mark.slow
def test_a_batch_from_a_file_with_stdin_closed_ends_cleanly(tmp_path: Path) -> None:
    """`region --input FILE <&-` wrote every row, then failed on the missing stdin with a traceback."""
    queries = tmp_path / "places.txt"
    queries.write_text("昆明\n盘龙区\n", encoding="utf-8")
    result = cardinfo("region", "--input", str(queries), "--format", "ndjson", shell="<&-")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_data_paths_masks_a_number_in_a_folder_name(cli: Any, tmp_path: Path) -> None:
    cache, data = tmp_path / f"c{ID}", tmp_path / f"d{ID}"
    cache.mkdir()
    shutil.copytree(paths.bundled_dir(), data, ignore=shutil.ignore_patterns("*.sqlite", "divisions"))
    args = ("--data-dir", str(data), "data", "paths")
    result = cli(*args, "--format", "json", env={"CARDINFO_CACHE_DIR": str(cache)})
    assert result.exit_code == 0, result.stderr
    assert ID not in result.stdout
    assert MASKED in result.json()["cache_dir"] and MASKED in result.json()["data_dir"]
    text = cli(*args, env={"CARDINFO_CACHE_DIR": str(cache)})
    assert ID not in text.stdout and MASKED in text.stdout


def test_clearing_the_cache_names_a_folder_it_cannot_remove(cli: Any, tmp_path: Path) -> None:
    """A folder under a cache file's name keeps the cache from ever being written: not a success."""
    cache = tmp_path / "cache"
    cache.mkdir()
    blocker = cache / ("data-" + "a" * 40 + ".bin")
    blocker.mkdir()
    result = cli("--lang", "en", "data", "clear-cache", env={"CARDINFO_CACHE_DIR": str(cache)})
    assert result.exit_code == 1
    assert str(blocker) in result.stderr
    assert blocker.is_dir()  # nothing of the user's is removed


@pytest.mark.parametrize(
    "typed",
    [f"{ID[:6]}    {ID[6:]}", f"{ID[:6]}\u3000\u3000\u3000\u3000{ID[6:]}", f"{ID[:6]}----{ID[6:]}"],
)
@pytest.mark.parametrize(
    "args",
    [("faq",), ("status", "--province"), ("region",), ("number",)],
)
def test_a_number_spread_wide_is_masked_wherever_it_is_echoed(cli: Any, typed: str, args: tuple[str, ...]) -> None:
    """The number reader skips any spaces or dashes, so `number` read such a number as valid while
    faq, status and region echoed it whole."""
    result = cli(*args, typed)
    assert ID not in "".join(ch for ch in result.stdout + result.stderr if ch.isdigit() or ch == "\n")


@pytest.mark.parametrize("typed", [f"{ID[:6]}.{ID[6:14]}.{ID[14:]}", f"{ID[:6]}/{ID[6:14]}/{ID[14:]}"])
def test_a_number_spread_with_marks_is_read_not_refused_for_its_length(cli: Any, typed: str) -> None:
    """ "18 digits, the wrong length" was the answer for an 18-digit ID with dots between its parts."""
    result = cli("region", typed, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["place"]["code"] == "530102"
    assert result.json()["number"]["masked"] == MASKED
    assert ID not in result.stdout


@pytest.mark.parametrize(("command", "fmt"), [("export", "html"), ("map", "html"), ("map", "svg")])
def test_escape_sequences_in_the_data_never_reach_a_page_or_a_map(
    cli: Any, tmp_path: Path, command: str, fmt: str
) -> None:
    """Text answers dropped them and JSON escaped them, but a page or a map written to the terminal
    carried the raw ESC bytes of a data file's answer (a colour, a terminal hyperlink)."""
    data = tmp_path / "data"
    shutil.copytree(paths.bundled_dir(), data, ignore=shutil.ignore_patterns("*.sqlite", "divisions"))
    faq = data / "faq.yaml"
    plain = '"办理第三代残疾人证不收取工本费。"'
    hostile = '"办理第三代残疾人证\\x1b[31m不收取\\x1b[0m工本费。\\x1b]8;;http://x\\x1b\\\\点我\\x1b]8;;\\x1b\\\\"'
    text = faq.read_text(encoding="utf-8")
    assert plain in text
    faq.write_text(text.replace(plain, hostile, 1), encoding="utf-8")
    assert cli("--data-dir", str(data), "data", "check").exit_code == 0  # the data itself is accepted
    result = cli("--data-dir", str(data), command, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout
    if command == "export":
        assert "不收取工本费" in result.stdout  # the words stay


@pytest.mark.parametrize("empty", ["", "  ", ",，、"])
def test_an_empty_province_is_a_usage_error_not_every_province(cli: Any, empty: str) -> None:
    """`status --province ''` answered all 58 records, as if the filter had not been asked for."""
    result = cli("--lang", "en", "status", "--province", empty, "--format", "json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("cardinfo: --province: no province given")


@pytest.mark.slow
def test_an_ascii_console_gets_question_marks_for_chinese_in_messages() -> None:
    """stdout showed `?` for the Chinese it could not encode, stderr `\\u6606\\u670b` escapes."""
    result = cardinfo("region", "昆朋", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 1
    assert result.stderr.startswith('cardinfo: No place called "??".')
    assert "\\u" not in result.stderr


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_installing_completion_says_so_in_the_language_asked_for(cli: Any, tmp_path: Path, lang: str) -> None:
    result = cli("--lang", lang, "--install-completion", "bash", env={"HOME": str(tmp_path)})
    assert result.exit_code == 0
    script = tmp_path / ".bash_completions" / "cardinfo.sh"
    assert script.is_file()
    said = {"zh": f"已为 bash 安装命令补全：{script}", "en": f"bash completion installed in {script}"}[lang]
    assert result.stdout.startswith(said)


@pytest.mark.slow  # a subprocess
@pytest.mark.skipif(
    shutil.which("pwsh") is not None or shutil.which("powershell") is not None, reason="PowerShell here"
)
def test_installing_completion_for_a_shell_that_is_not_there_names_the_shell(cli: Any, tmp_path: Path) -> None:
    """It said it could not write a file called powershell."""
    result = cli("--lang", "en", "--install-completion", "powershell", env={"HOME": str(tmp_path)})
    assert result.exit_code == 1
    assert result.stderr == "cardinfo: powershell is not installed here: its completion cannot be installed.\n"


@pytest.mark.parametrize(
    "typed",
    [
        f"4567      {ID[:6]} {ID[6:14]} {ID[14:]}",  # a short number, a wide gap, then the ID spread by spaces
        f"电话 0871 - 6123 4567      {ID[:6]} {ID[6:14]} {ID[14:]} 谢谢",
    ],
)
def test_a_number_after_a_short_one_and_a_wide_gap_is_still_masked(cli: Any, typed: str) -> None:
    """Found by a regression hunt: the gap joined 4567 and 530102 into a run too short to mask, and the
    rest of the ID was then too short as well: the whole ID was shown."""
    result = cli("faq", typed)
    assert ID not in "".join(ch for ch in result.stdout + result.stderr if ch.isdigit() or ch == "\n")


@pytest.mark.parametrize(
    "typed", [f"13812345678 - {ID}", f"{ID}    2024 - 01 - 02", f"{ID} -- 20240102", f"1      {ID}"]
)
def test_an_id_next_to_a_phone_number_or_a_date_still_answers_its_division(cli: Any, typed: str) -> None:
    result = cli("region", typed, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["place"]["code"] == "530102"
    assert ID not in result.stdout


@pytest.mark.parametrize(("command", "lang"), [("map", "zh"), ("map", "en"), ("export", "en")])
def test_a_page_uses_each_id_once(cli: Any, command: str, lang: str) -> None:
    """The map's group of provinces and the heading of the provinces' table were both #provinces, so
    the table's aria-labelledby named it by the whole map (an audit of the twelfth session)."""
    from html.parser import HTMLParser

    ids: list[str] = []

    class Ids(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            ids.extend(value for name, value in attrs if name == "id" and value)

    result = cli("--lang", lang, command, "--format", "html")
    assert result.exit_code == 0, result.stderr
    Ids().feed(result.stdout)
    assert ids and len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def _on_a_terminal(
    args: list[str], columns: int, stdout: bool = True, env: dict[str, str] | None = None
) -> tuple[int, str]:
    """The exit status and what the CLI writes to a terminal `columns` wide: stderr, and stdout too
    unless `stdout` is False (then it goes nowhere, as when a batch is written to a file)."""
    import fcntl
    import pty
    import struct
    import termios

    main, side = pty.openpty()
    fcntl.ioctl(side, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    try:
        environ = {**os.environ, "COLUMNS": str(columns), **(env or {})}
        out_to = side if stdout else subprocess.DEVNULL
        argv = [sys.executable, "-m", "cardinfo", *args]
        done = subprocess.run(argv, stdout=out_to, stderr=side, env=environ, timeout=120, check=False)
        os.close(side)
        written = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:
                break
            if not chunk:
                break
            written += chunk
    finally:
        os.close(main)
    return done.returncode, written.decode().replace("\r\n", "\n")


@pytest.mark.slow  # a subprocess
def test_no_progress_count_is_drawn_when_plain_text_is_asked_for(tmp_path: Path) -> None:
    """A count redrawn with escape codes is noise to a screen reader: none under --plain (or NO_COLOR,
    TERM=dumb, ACCESSIBLE), though stderr is a terminal."""
    queries = tmp_path / "q.txt"
    queries.write_text("昆明\n" * 3000, encoding="utf-8")
    code, drawn = _on_a_terminal(["--plain", "region", "--input", str(queries), "--format", "ndjson"], 80, stdout=False)
    assert code == 0
    assert "\x1b" not in drawn and "\r" not in drawn


@pytest.mark.parametrize("width", [30, 40, 60, 80])
def test_a_line_breaks_before_a_name_not_inside_it(width: int) -> None:
    """Chinese breaks between any two characters, and names were split at the line's end (河南省残疾⏎
    人联合会, 昆明⏎市): a short run of Chinese after a mark or a bracket moves to the next line whole."""
    from cardinfo.render import wrap

    text = "下一步：向户籍所在地的县级残联询问换发进度并办理，以它的答复为准。"
    text += "（来源：河南省残疾人联合会 2020-09-14，可信度高）"
    lines = wrap(text, width, len)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost
    assert any("河南省残疾人联合会" in line for line in lines)
    assert all(len(line) <= width for line in lines)
    assert not any(line.endswith(("（", "“")) for line in lines)  # a bracket goes with what it opens


def test_a_wrong_status_names_the_chinese_words_it_takes_too(cli: Any) -> None:
    result = cli("--lang", "zh", "status", "--status", "done")
    assert result.exit_code == 2
    assert "已经发放" in result.stderr and "issued" in result.stderr


def test_the_timeline_says_not_yet_where_a_claim_is_not_verified(cli: Any) -> None:
    text = cli("--lang", "en", "--plain", "timeline").stdout
    assert "Officially verified: not yet" in text and "verified: unverified" not in text


def test_a_path_or_a_url_in_a_field_is_never_cut_nor_padded_past_the_screen() -> None:
    """`data paths` cut /…/plac⏎es.sqlite at 80 columns, and `sources` padded the URL label to the
    longest label and put the URL after it, far past the screen (an audit of the twelfth session)."""
    import re

    from cardinfo.render import Doc, rich_text

    path = "/tmp/some/rather/long/folder/for/the/cardinfo/data/places.sqlite"
    url = "http://district.ce.cn/newarea/roll/201907/10/t20190710_32577011.shtml"
    doc = Doc("en").field("Division index", path).field("Description (ours, in Chinese only)", "x").field("URL", url)
    text = re.sub(r"\x1b\[[0-9;]*m", "", rich_text(doc, 60))
    lines = text.splitlines()
    assert path in lines and url in lines  # each whole, on a line of its own
    assert all(len(line) <= 60 for line in lines if line not in (path, url))


def test_the_next_step_for_a_town_names_its_county_with_its_pinyin_in_english(cli: Any) -> None:
    text = cli("--lang", "en", "--plain", "region", "重庆綦江石角镇").stdout
    assert "household registered in 綦江区 (Qijiang)" in text
    assert "户籍在綦江区的" in cli("--lang", "zh", "--plain", "region", "重庆綦江石角镇").stdout


@pytest.mark.slow
def test_a_wide_terminal_shows_each_command_summary_whole() -> None:
    """Click capped help at 80 columns, so `--help` cut every summary with "..." even at 200."""
    result = cardinfo("--lang", "en", "--help", env={"COLUMNS": "200"})
    assert result.returncode == 0
    line = next(x for x in result.stdout.splitlines() if x.strip().startswith("map "))
    assert line.rstrip().endswith("states.") and "..." not in line


def test_english_suggestions_in_a_batch_carry_the_pinyin_as_a_single_query_does(cli: Any) -> None:
    result = cli("--lang", "en", "region", "-", "--suggest", "--format", "text", input="昆朋\n")
    assert "云南省昆明市 (Kunming)" in result.stdout
    assert "云南省昆明市 (Kunming)" in cli("--lang", "en", "region", "昆朋").stderr


def test_a_development_zone_says_where_it_lies_in_english(cli: Any) -> None:
    lead = cli("--lang", "en", "--plain", "region", "宁波高新区").stdout.splitlines()[0]
    assert lead.startswith("宁波市高新区 (in Ningbo): issuing")


@pytest.mark.parametrize(("lang", "name"), [("zh", "云南省"), ("en", "Yunnan")])
def test_the_map_image_description_says_which_division_is_at_which_stage(cli: Any, lang: str, name: str) -> None:
    """The map is one image to a screen reader (role img): its description gave only counts per stage."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(cli("--lang", lang, "map", "--format", "svg").stdout.encode())
    desc = next(e for e in root.iter() if e.get("id") == "map-desc").text or ""
    assert name in desc and desc.count(",") + desc.count("、") >= 30  # every division named by stage


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [["--lang", "en", "status", "--province", "火星"], ["--lang", "zh", "status", "--province", "火星"]],
)
def test_messages_on_a_terminal_are_broken_to_its_width(args: list[str]) -> None:
    """A wrong province's suggestions were one line of 681 cells: the terminal broke it mid-word."""
    from cardinfo.render import cells

    _, text = _on_a_terminal(args, 60, env={"NO_COLOR": "1"})
    assert "(Beijing)" in text or "北京市" in text
    assert all(cells(line) <= 60 for line in text.splitlines())


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_help_paragraphs_fit_a_narrow_terminal_in_either_language(lang: str) -> None:
    """Click kept help at 50 columns on any screen and never broke a Chinese paragraph (it breaks at
    spaces): 98 cells at 80 columns. The exit-code table is kept as written."""
    from cardinfo.render import cells

    text = cardinfo("--lang", lang, "--help", env={"COLUMNS": "40"}).stdout
    head = text.split("\n\n")[1]  # the description under the usage line
    assert head.strip() and all(cells(line) <= 40 for line in head.splitlines())
