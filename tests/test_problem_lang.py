"""Data problems speak the chosen language all the way down, and each keeps a stable key."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter
from typing import Any

import pytest

from cardinfo import data
from cardinfo.i18n import _TEXT
from cardinfo.places import Divisions
from tests.helpers import fast_first, replace

QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")  # values quoted from the data, a YAML parser's reason
WHERE = re.compile(r"(\S+):(\d+): (\S+): ")  # file:line: field:
ENGLISH_WORDS = re.compile(r"[A-Za-z]+ +[A-Za-z]+")  # two English words in a row (not a list of keys)
CHINESE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
DOCUMENT = {"zh": "（整个文件）", "en": "(document)"}

# (file, what is there, what it becomes, the problem keys `data check` then reports)
BREAKS = {
    "yaml syntax": ("regions.yaml", "    status: issuing\n", "    status: [issuing\n", {"yaml"}),
    "wrong type": ("regions.yaml", "    pilot: false\n", "    pilot: [false]\n", {"boolean"}),
    "unknown key": (
        "regions.yaml",
        "    validity_years: 10\n",
        "    validity_yeers: 10\n",
        {"unknown_key", "missing_key"},
    ),
    "missing key": ("regions.yaml", "    pilot: false\n", "", {"missing_key"}),
    "code shape": ("regions.yaml", '    code: "530100"\n', '    code: "5301"\n', {"pattern"}),
    "unknown code": ("regions.yaml", '    code: "530100"\n', '    code: "539999"\n', {"code_unknown"}),
    "impossible date": ("regions.yaml", '    since: "2020-04-17"\n', '    since: "2020-02-30"\n', {"date_real"}),
    "date shape": ("regions.yaml", '    since: "2020-04-17"\n', '    since: "17.04.2020"\n', {"date"}),
    "near value": ("regions.yaml", "    status: issuing\n", "    status: Issuing\n", {"one_of"}),
    "source url": (
        "sources.yaml",
        '    url: "http://district.ce.cn/newarea/roll/201411/29/t20141129_4010266.shtml"\n',
        '    url: "district.ce.cn/newarea/roll/201411/29/t20141129_4010266.shtml"\n',
        {"url"},
    ),
    "report's source": ("reports.yaml", "    source: ce-beijing-2014\n", "    source: ce-nowhere\n", {"id_not_listed"}),
}


def _prose(line: str) -> str:
    """A problem line without its `file:line: field:` and without the values quoted from the data."""
    return QUOTED.sub("", WHERE.sub("", line))


def _wheres(stderr: str, lang: str) -> list[str]:
    return [f"{m[1]}:{m[2]}: {m[3].replace(DOCUMENT[lang], '-')}" for m in WHERE.finditer(stderr)]


@pytest.mark.parametrize("name", fast_first(list(BREAKS)))
def test_a_data_problem_is_worded_in_one_language(cli: Any, data_copy: Path, divisions: Divisions, name: str) -> None:
    file, old, new, keys = BREAKS[name]
    replace(data_copy / file, old, new)
    assert {p.key for p in data.check(data_copy, divisions)} == keys  # the key is what scripts rely on
    listings = {}
    for lang in ("zh", "en"):
        region = cli("--lang", lang, "--data-dir", str(data_copy), "region", "昆明")
        check = cli("--lang", lang, "data", "check", str(data_copy))
        for result in (region, check):
            assert result.exit_code == 3 and result.stdout == "" and "Traceback" not in result.stderr
            assert f"{file}:" in result.stderr
            for line in result.stderr.splitlines():
                prose = _prose(line)
                if lang == "zh":
                    assert not ENGLISH_WORDS.search(prose), line
                    assert CHINESE.search(prose), line
                else:
                    assert not CHINESE.search(prose), line
        listings[lang] = check.stderr
    assert _wheres(listings["zh"], "zh") == _wheres(listings["en"], "en")  # file, line and field: the same


def test_a_yaml_reason_is_worded_in_the_language_asked_for(cli: Any, data_copy: Path) -> None:
    """The parser's own words are English: `不是有效的 YAML：'found unexpected end of stream'` put an
    English sentence in a Chinese message (a red-team finding). The known ones are worded in both."""
    replace(data_copy / "regions.yaml", "    status: issuing\n", "    status: [issuing\n")
    zh = cli("--lang", "zh", "--data-dir", str(data_copy), "region", "昆明").stderr
    en = cli("--lang", "en", "--data-dir", str(data_copy), "region", "昆明").stderr
    assert zh.startswith("cardinfo：数据有误：") and "不是有效的 YAML：" in zh
    assert en.startswith("cardinfo: Data error: ") and "not valid YAML: " in en
    reason = zh.split("不是有效的 YAML：", 1)[1].splitlines()[0]
    assert reason and not ENGLISH_WORDS.search(reason), reason


def test_a_yaml_problem_the_catalogue_does_not_know_keeps_the_parser_words_in_english_only() -> None:
    from cardinfo.i18n import t, yaml_reason

    unknown = yaml_reason("found a thing no one has seen")
    assert t("problem.yaml", "en", reason=unknown) == "not valid YAML: found a thing no one has seen"
    assert t("problem.yaml", "zh", reason=unknown) == "不是有效的 YAML：语法错误"
    assert t("problem.yaml", "en", reason=yaml_reason("found unexpected end of stream")).startswith(
        "not valid YAML: the file ends too early"
    )


def test_every_problem_text_has_both_languages_with_the_same_values() -> None:
    problems = {key: pair for key, pair in _TEXT.items() if key.startswith("problem.")}
    assert len(problems) > 40
    for key, (zh, en) in problems.items():
        names = [{f for _, f, _, _ in Formatter().parse(text) if f} for text in (zh, en)]
        assert names[0] == names[1], key
        assert not ENGLISH_WORDS.search(re.sub(r"\{\w+\}", "", zh).replace("cardinfo", "")), key
        assert not CHINESE.search(en), key


def test_data_paths_and_data_check_in_chinese_use_chinese_words_and_marks(cli: Any) -> None:
    paths = cli("--lang", "zh", "data", "paths").stdout
    assert "(build " not in paths and "（构建编号 " in paths
    checked = cli("--lang", "zh", "data", "check").stdout
    assert checked.startswith("数据有效：") and ", " not in checked and "、" in checked
