"""Inner Mongolia's banners as people write them: short forms (科左后旗, 土左旗, 达茂旗) and English
names (Alxa Left Banner, Horqin), alone, inside an address or a sentence; and the guard that keeps
a short form from taking a name that is some other place's.

Expected codes are the official ones of data/divisions/divisions.csv (each case names the
official name too, and a test checks the pair against that file).
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path
from typing import Any

import pytest

from cardinfo.errors import NotFound
from cardinfo.lookup import Atlas
from cardinfo.text import normalise
from tests.helpers import REPO, division_rows, index_rows, load_script, official_names

SHORT_FORMS = REPO / "data" / "short_forms.csv"

# (what a person types, official name, code, the rule that makes the short form)
SHORT = [
    ("科左后旗", "科尔沁左翼后旗", "150522", "wing"),
    ("科左中旗", "科尔沁左翼中旗", "150521", "wing"),
    ("科右中旗", "科尔沁右翼中旗", "152222", "wing"),
    ("察右前旗", "察哈尔右翼前旗", "150926", "wing"),
    ("土左旗", "土默特左旗", "150121", "side"),
    ("阿左旗", "阿拉善左旗", "152921", "side"),
    ("新右旗", "新巴尔虎右旗", "150727", "side"),
    ("苏左旗", "苏尼特左旗", "152523", "side"),
    ("鄂前旗", "鄂托克前旗", "150623", "position"),
    ("乌中旗", "乌拉特中旗", "150824", "position"),
    ("东乌旗", "东乌珠穆沁旗", "152525", "direction"),
    ("西乌旗", "西乌珠穆沁旗", "152526", "direction"),
    ("鄂温克旗", "鄂温克族自治旗", "150724", "people"),
    ("鄂伦春旗", "鄂伦春自治旗", "150723", "people"),
    ("达茂旗", "达尔罕茂明安联合旗", "150223", "listed"),
    ("莫旗", "莫力达瓦达斡尔族自治旗", "150722", "listed"),
]
# English names people write (data/exonyms.csv, sourced in data/PROVENANCE.md)
ENGLISH = [
    ("Alxa Left Banner", "阿拉善左旗", "152921"),
    ("Horqin", "科尔沁区", "150502"),
    ("Horqin Left Middle Banner", "科尔沁左翼中旗", "150521"),
    ("Horqin Right Wing Front Banner", "科尔沁右翼前旗", "152221"),
    ("Urumchi", "乌鲁木齐市", "650100"),
    ("Xin Barag Right Banner", "新巴尔虎右旗", "150727"),
    ("Hinggan League", "兴安盟", "152200"),
]


def test_the_expected_codes_are_the_division_data_s() -> None:
    names = official_names()
    for _, name, code, *_ in [*SHORT, *ENGLISH]:
        assert names[code] == name, (code, name)


@pytest.mark.parametrize(("query", "name", "code", "rule"), SHORT)
def test_a_short_form_answers_its_banner(cli: Any, query: str, name: str, code: str, rule: str) -> None:
    result = cli("region", query, "--format", "json")
    assert result.exit_code == 0, result.stderr
    body = result.json()
    assert body["place"]["code"] == code and body["place"]["name"] == name
    assert body["matched_by"] == "short" and body["matched_text"] == query and body["also"] == []


@pytest.mark.parametrize(("query", "name", "code", "rule"), [s for s in SHORT if s[3] != "listed"])
def test_each_rule_makes_the_form_from_the_official_name(query: str, name: str, code: str, rule: str) -> None:
    assert load_script("scripts/build_places.py").banner_short_form(name) == (query, rule)


@pytest.mark.parametrize(
    "name",
    [
        "巴林左旗",  # a stem of two characters: people write the four characters whole
        "杭锦后旗",
        "鄂托克旗",  # no wing, no position, no direction
        "正镶白旗",
        "达尔罕茂明安联合旗",  # irregular: only data/short_forms.csv gives 达茂旗
        "莫力达瓦达斡尔族自治旗",  # a place name of its own (莫力达瓦), which the division data gives
        "科尔沁区",  # no banner
    ],
)
def test_names_no_rule_fits_get_no_form(name: str) -> None:
    assert load_script("scripts/build_places.py").banner_short_form(name) is None


def test_a_form_no_rule_made_is_no_answer(atlas: Atlas) -> None:
    with pytest.raises(NotFound):
        atlas.answer("巴左旗", suggest=False)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("内蒙古通辽市科左后旗人民路5号", "150522"),
        ("内蒙古自治区呼和浩特市土左旗察素齐镇", "150121"),  # the town inside it: 150121…
        ("我的户口在乌中旗，三代证办了吗", "150824"),
        ("阿拉善盟阿左旗巴彦浩特镇王府街12号", "152921"),
        ("包头市达茂旗百灵庙镇", "150223"),
        ("锡林郭勒盟东乌旗", "152525"),
        ("通辽市科左后旗医院", "150522"),  # the banner's hospital, not a landmark named after a place
        ("呼和浩特土左旗站", "150121"),
    ],
)
def test_a_short_form_inside_an_address_or_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text)
    assert answer.place is not None, (text, answer.match)
    assert code in answer.place.codes, (text, answer.place.path)
    assert answer.also == ()


def test_a_short_form_leads_to_the_banner_not_to_a_township_named_after_it(atlas: Atlas) -> None:
    # 科右前旗工业园区 and 科右前旗现代农牧业园区 are township-level units inside 科尔沁右翼前旗
    answer = atlas.answer("科右前旗")
    assert answer.place is not None and answer.place.code == "152221" and answer.matched_by == "short"


@pytest.mark.parametrize(("query", "name", "code"), ENGLISH)
def test_an_english_name_answers_its_place(cli: Any, query: str, name: str, code: str) -> None:
    result = cli("region", query, "--format", "json")
    assert result.exit_code == 0, result.stderr
    body = result.json()
    assert body["place"]["code"] == code and body["place"]["name"] == name
    assert body["matched_by"] == "exonym" and body["also"] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Horqin Left Wing Middle Banner, Tongliao", "150521"),  # five words, then the city
        ("Horqin Right Wing Front Banner, Hinggan League, Inner Mongolia", "152221"),
        ("I was born in Alxa Left Banner", "152921"),
        ("Jarud Banner, Tongliao", "150526"),
    ],
)
def test_an_english_name_inside_a_text(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text)
    assert answer.place is not None and answer.place.code == code, (text, answer.place)
    assert answer.also == ()


def test_a_position_word_read_as_pinyin_is_no_place_of_its_own(atlas: Atlas) -> None:
    # Right reads as youyi inside a banner's name; alone it was 友谊县 (youyi) in Heilongjiang
    with pytest.raises(NotFound):
        atlas.answer("Alxa Right Banner", suggest=False)


def test_a_form_two_places_would_share_goes_to_neither() -> None:
    build = load_script("scripts/build_places.py")
    rows = division_rows()
    # Were 土左旗 also listed for 土默特右旗, the rule's 土左旗 (土默特左旗) would be ambiguous: both go.
    kept, left = build.short_forms(rows, [("150221", "土左旗")], {})
    assert ("150121", "土左旗", "side") not in kept
    assert {(code, form) for code, form, _ in left} == {("150121", "土左旗"), ("150221", "土左旗")}
    assert ("150221", "土右旗", "side") in kept  # the others stand


def test_a_form_that_is_another_place_s_name_is_not_taken() -> None:
    build = load_script("scripts/build_places.py")
    rows = division_rows()
    taken: dict[str, set[str]] = {}
    for key, code in index_rows("SELECT key, code FROM key WHERE kind IN (0, 1)"):
        taken.setdefault(key, set()).add(code)
    # 阿荣旗 is the official name of 150721: a list that gave it to 莫力达瓦 would be refused
    kept, left = build.short_forms(rows, [("150722", "阿荣旗")], taken)
    assert [(c, f) for c, f, _ in left] == [("150722", "阿荣旗")] and left[0][2].startswith("clash")
    assert len(kept) == 23  # the rules' forms: none clashes with a name of the index


def test_every_short_form_in_the_index_names_its_banner_alone() -> None:
    build = load_script("scripts/build_places.py")
    names = official_names()
    forms = {f[0]: code for code, name in names.items() if (f := build.banner_short_form(name))}
    with SHORT_FORMS.open(encoding="utf-8", newline="") as handle:
        forms |= {r["name"]: r["code"] for r in csv.DictReader(handle) if r["official_name"].endswith("旗")}
    assert (
        len(forms) == 33
    )  # 26, 伊旗 (伊金霍洛旗) and 额旗 (额济纳旗) listed since, and 准旗, 达旗, 克旗, 阿旗, 阿鲁旗
    for form, code in forms.items():
        assert index_rows("SELECT code, kind FROM key WHERE key = ?", (normalise(form),)) == [(code, 1)], form


def test_every_listed_short_form_names_a_source_and_its_official_name() -> None:
    names = official_names()
    with SHORT_FORMS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for r in rows:
        assert names[r["code"]] == r["official_name"], r
        assert r["name"] in r["source"], r  # the source's own words name the short form


def test_every_banner_s_official_name_still_answers_it_as_before(atlas: Atlas) -> None:
    for code, name in official_names().items():
        if name.endswith("旗"):
            answer = atlas.answer(name)
            assert answer.place is not None and answer.place.code == code and answer.matched_by == "full", name


def test_the_index_records_the_list_it_was_built_from() -> None:
    meta = dict(index_rows("SELECT key, value FROM meta"))
    digest = hashlib.sha256(Path(SHORT_FORMS).read_bytes()).hexdigest()
    assert meta["sha256:short_forms.csv"] == digest, "data/short_forms.csv changed: run scripts/build_places.py"
