"""Every command in both languages, plain and on a terminal: Chinese is Chinese, English is English.

In `--lang zh` no line holds an English sentence; in `--lang en` no Chinese is left once the
allowed kinds are taken out: place names with their pinyin beside them, the article's words in
quotation marks, a Chinese term in brackets after its English, and commands or dates to type.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

ANSI = re.compile(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b]*\x1b\\")
CJK = re.compile(r"[\u3400-\u9fff]")
URL = re.compile(r"https?://\S+")
ENGLISH_SENTENCE = re.compile(r"\b[A-Za-z]{2,}\b(?: +\b[A-Za-z]{2,}\b){2,}")
COMMAND = re.compile(r"cardinfo\b[^。，）]*")  # a command to type, to the end of its clause
PLACE_WITH_PINYIN = re.compile(r"[\u3400-\u9fff·]+ \((?:in )?[A-Z][A-Za-z'’ -]*[);]")
GLOSS = re.compile(r"\([^()]*[\u3400-\u9fff][^()]*\)")  # 身份识别 in "identification (身份识别)"
TO_TYPE = re.compile(r"\d{4}年\d+月\d+日|云南,四川|cardinfo \S+ [^\s]*[\u3400-\u9fff]\S*")

RUNS: list[tuple[list[str], int]] = [
    (["region", "昆明"], 0),
    (["region", "盘龙区"], 0),
    (["region", "云南"], 0),
    (["region", "株洲"], 0),
    (["region", "朝阳区"], 0),
    (["region", "东川"], 0),
    (["region", "双碑"], 0),
    (["region", "宁波"], 0),
    (["region", "吉林"], 0),
    (["region", "邵阳"], 0),
    (["region", "香港"], 0),
    (["region", "盘龙区", "--brief"], 0),
    (["region", "昆朋"], 1),
    (["region", "kunmnig"], 1),
    (["status", "--province", "火星"], 1),
    (["status"], 0),
    (["status", "--province", "云南,四川"], 0),
    (["summary"], 0),
    (["timeline"], 0),
    (["faq"], 0),
    (["faq", "fee"], 0),
    (["faq", "评残要钱吗"], 0),
    (["faq", "--all"], 0),
    (["faq", "火星天气"], 1),
    (["remind", "--last-activated", "2025-01-10", "--issued", "2016-12-01", "--today", "2026-11-29"], 0),
    (["remind", "--issued", "2014-05-01", "--today", "2026-11-29"], 0),
    (["remind", "--issued", "2026-02-29"], 2),
    (["remind", "--issued", "2024-W01-1"], 2),
    (["remind"], 2),
    (["data", "check"], 0),
    (["region", "--nope"], 2),
    (["region"], 2),
    (["status", "--format", "xml"], 2),
    (["status", "--status", "done"], 2),
    (["status", "--output", "s.xlsx"], 2),
    (["regoin", "昆明"], 2),
    (["我在昆明，三代证要钱吗"], 0),
    (["ask", "is it free?"], 0),
    (["number", "530102199001011234"], 1),
    (["-h"], 0),
    *[([name, "-h"], 0) for name in ("region", "status", "summary", "timeline", "faq", "remind", "export")],
    (["data", "check", "-h"], 0),
    (["map"], 0),
    (["map", "-h"], 0),
    (["sources"], 0),
    (["sources", "-h"], 0),
    (["ask", "-h"], 0),
    (["number", "-h"], 0),
]
# One run of each kind stays in the fast set (an answer, a miss, a topic, a date error, a usage
# error, a misspelt command, a question, help); the whole sweep is marked slow.
FAST = [
    ["region", "昆明"],
    ["region", "昆朋"],
    ["faq", "fee"],
    ["remind", "--issued", "2026-02-29"],
    ["region", "--nope"],
    ["regoin", "昆明"],
    ["ask", "is it free?"],
    ["region", "-h"],
]
SWEEP = [pytest.param(args, code, marks=() if args in FAST else pytest.mark.slow) for args, code in RUNS]
MODES = {"plain": ["--plain"], "terminal": []}
# Wide enough that a table cell keeps a name beside its pinyin (test_screens covers narrow screens).
TERMINAL = {"FORCE_COLOR": "1", "COLUMNS": "200"}


def _unquoted(line: str) -> str:
    """The line without the article's quoted words: “…” (which may nest) and 《…》."""
    out, depth = [], 0
    for ch in line:
        if ch in "“《":
            depth += 1
        elif ch in "”》" and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    return "".join(out)


def chinese_left(line: str) -> str:
    text = TO_TYPE.sub("", URL.sub("", line))
    text = PLACE_WITH_PINYIN.sub("", _unquoted(text))
    return "".join(CJK.findall(GLOSS.sub("", text)))


# An English name in brackets beside its Chinese one: 劳工及福利局（Labour and Welfare Bureau）.
ENGLISH_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])[（(][A-Za-z][^（）()\u3400-\u9fff]*[）)]")


def english_sentence(line: str) -> str:
    """Three English words in a row outside commands to type, addresses, quoted names or titles,
    and English names in brackets beside their Chinese ones."""
    match = ENGLISH_SENTENCE.search(ENGLISH_GLOSS.sub("", _unquoted(COMMAND.sub("", URL.sub("", line)))))
    return match.group(0) if match else ""


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("args", "code"), SWEEP, ids=lambda v: " ".join(v) if isinstance(v, list) else str(v))
def test_chinese_output_has_no_english_sentence(cli: Any, args: list[str], code: int, mode: str) -> None:
    result = cli(*MODES[mode], *args, env=TERMINAL if mode == "terminal" else None)
    assert result.exit_code == code, result.stderr
    text = ANSI.sub("", result.stdout + result.stderr)
    assert text.strip()
    found = [(line, english_sentence(line)) for line in text.splitlines() if english_sentence(line)]
    assert not found, found


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("args", "code"), SWEEP, ids=lambda v: " ".join(v) if isinstance(v, list) else str(v))
def test_english_output_has_no_chinese_but_names_and_quotes(cli: Any, args: list[str], code: int, mode: str) -> None:
    if mode == "terminal" and args == ["map"]:
        pytest.skip("the tile map writes each pinyin under its name inside the tile (tests/test_map.py)")
    result = cli("--lang", "en", *MODES[mode], *args, env=TERMINAL if mode == "terminal" else None)
    assert result.exit_code == code, result.stderr
    text = ANSI.sub("", result.stdout + result.stderr)
    assert text.strip()
    # Quotations and glosses may run over a line break: check the text as one line (examples of
    # commands to type, which may name a place, left out).
    lines = [line.strip(" │") for line in text.splitlines() if not line.strip().startswith("cardinfo ")]
    left = chinese_left(" ".join(lines))
    assert not left, [line for line in text.splitlines() if chinese_left(line)]


def test_the_checks_catch_what_they_are_for() -> None:
    assert english_sentence("错误：No such option: --nope")
    assert not english_sentence("用法：cardinfo region [选项] {地名}")
    assert not english_sentence("隶属劳工及福利局（Labour and Welfare Bureau）")
    assert english_sentence("隶属 Labour and Welfare Bureau")
    assert chinese_left("Status: 正在换发")
    assert chinese_left("Place: 昆明市")  # a place name without its pinyin
    assert not chinese_left("Place: 昆明市 (Kunming), 石角镇 (in Qijiang)")
    assert not chinese_left("Source (article's words): [issuing] “换发地方:昆明市,其中“五华区”10个街道”")
    assert not chinese_left("Card functions: identification (身份识别)")
