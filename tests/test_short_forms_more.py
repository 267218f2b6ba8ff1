"""More names people write for places the division data names otherwise: short forms of autonomous
prefectures and counties (博州, 克州, 巴州, 塔县, 前郭县, 阜新县), former leagues and prefectures the
source gives no successor for (哲里木盟), a zone listed by its office (乌拉盖管理区管委会) and Garze;
alone, inside an address or a sentence; the places that share a name (巴州) named in `also`; and
the guards that keep a derived name from taking another place's.

Expected codes are the official ones of data/divisions/divisions.csv (a test checks each pair).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from cardinfo.lookup import Atlas
from cardinfo.text import normalise
from tests.helpers import (
    REPO,
    assert_answers_alone,
    assert_answers_code,
    assert_codes_are_official,
    assert_found_in_text,
    division_rows,
    index_rows,
    load_script,
    official_names,
)

SHORT_FORMS = REPO / "data" / "short_forms.csv"

# (what a person types, official name, code, matched_by)
ALONE = [
    ("博州", "博尔塔拉蒙古自治州", "652700", "short"),
    ("克州", "克孜勒苏柯尔克孜自治州", "653000", "short"),
    ("塔县", "塔什库尔干塔吉克自治县", "653131", "short"),
    ("前郭县", "前郭尔罗斯蒙古族自治县", "220721", "short"),
    ("前郭", "前郭尔罗斯蒙古族自治县", "220721", "short"),  # a listed X县 written without 县, as 武乡 is
    ("达茂", "达尔罕茂明安联合旗", "150223", "short"),  # (达茂旗 listed)
    ("阜新县", "阜新蒙古族自治县", "210921", "short"),  # was read as 新县 (信阳) inside it
    ("本溪县", "本溪满族自治县", "210521", "short"),
    ("哲里木盟", "通辽市", "150500", "former"),
    ("伊克昭盟", "鄂尔多斯市", "150600", "former"),
    ("昭乌达盟", "赤峰市", "150400", "former"),
    ("哲里木", "通辽市", "150500", "former"),
    ("乌拉盖管理区", "锡林郭勒盟", "152500", "zone"),
    ("乌拉盖管理区管委会", "锡林郭勒盟", "152500", "zone"),
    ("Garze Tibetan Autonomous Prefecture", "甘孜藏族自治州", "513300", "exonym"),
    ("Garze", "甘孜藏族自治州", "513300", "exonym"),
    ("Garzê County", "甘孜县", "513328", "exonym"),
]
# (text, the code the answer is or lies in)
IN_TEXT = [
    ("新疆博州博乐市青得里大街", "652700"),
    ("我是博州的，三代残疾证能办吗", "652700"),
    ("新疆克州阿图什市", "653000"),
    ("我在克州上班", "653000"),
    ("新疆巴州", "652800"),
    ("巴州库尔勒市人民东路", "652800"),
    ("新疆巴州若羌县", "652824"),
    ("吉林省松原市前郭县查干湖镇", "220721"),
    ("我老家是前郭县的", "220721"),
    ("吉林松原前郭", "220721"),
    ("新疆喀什地区塔县塔什库尔干镇", "653131"),
    ("我在塔县工作", "653131"),
    ("辽宁阜新县", "210921"),
    ("内蒙古哲里木盟开鲁县", "150523"),
    ("我户口本上还写着哲里木盟", "150500"),
    ("伊克昭盟东胜市", "150602"),
    ("我在伊克昭盟出生", "150600"),
    ("锡林郭勒盟乌拉盖管理区", "152500"),
    ("I live in Garze", "513300"),
    ("Garze Tibetan Autonomous Prefecture, Sichuan", "513300"),
    ("Kangding, Garze", "513301"),
]


def test_the_expected_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(ALONE, IN_TEXT)


@pytest.mark.parametrize(("query", "name", "code", "kind"), ALONE)
def test_a_name_alone_answers_its_place(cli: Any, query: str, name: str, code: str, kind: str) -> None:
    assert_answers_alone(cli, query, name, code, kind)


@pytest.mark.parametrize(("text", "code"), IN_TEXT)
def test_a_name_inside_an_address_or_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    assert_found_in_text(atlas, text, code)


def test_bazhou_alone_names_both_places_that_bear_it(cli: Any) -> None:
    # 巴州: 巴音郭楞's usual short form, and the division data's short name of 巴中's 巴州区
    body = cli("region", "巴州", "--format", "json").json()
    assert body["place"]["code"] == "652800" and body["matched_by"] == "short"
    assert [p["code"] for p in body["also"]] == ["511902"]
    assert body["also"][0]["path"] == ["四川省", "巴中市", "巴州区"]


@pytest.mark.parametrize(
    ("text", "code", "also"),
    [
        ("我住在巴州", "652800", ["511902"]),  # nothing else in the text decides: both are named
        ("四川巴中巴州", "511902", []),  # the city above decides
        ("四川省巴中市巴州区江北大道", "511902", []),
        ("新疆巴州和静县", "652827", []),
    ],
)
def test_the_text_s_other_names_decide_between_the_two_bazhou(
    atlas: Atlas, text: str, code: str, also: list[str]
) -> None:
    answer = atlas.answer(text)
    assert answer.place is not None and answer.place.code == code, (text, answer.place)
    assert [p.code for p in answer.also] == also


def test_a_township_sharing_the_name_keeps_its_own_full_name(atlas: Atlas) -> None:
    answer = atlas.answer("巴州镇")  # 民和县巴州镇 (Qinghai), whose short form 巴州 is shared
    assert answer.place is not None and answer.place.code == "630222104"


def test_a_listed_form_may_share_its_name_only_with_the_places_its_row_names() -> None:
    build = load_script("scripts/build_places.py")
    divisions = division_rows("divisions.csv")
    taken = {normalise("巴州"): {"511902", "630222104"}}
    kept, left = build.short_forms(divisions, [("652800", "巴州")], taken, {("652800", "巴州"): frozenset({"511902"})})
    assert ("652800", "巴州", "listed") not in kept
    assert left == [("652800", "巴州", "clash: ['630222104']")]  # the township was not named: refused
    both = frozenset({"511902", "630222104"})
    kept, left = build.short_forms(divisions, [("652800", "巴州")], taken, {("652800", "巴州"): both})
    assert ("652800", "巴州", "listed") in kept and left == []


def test_every_listed_form_names_its_place_and_only_the_places_it_shares_with() -> None:
    names = official_names()
    with SHORT_FORMS.open(encoding="utf-8", newline="") as handle:
        listed = list(csv.DictReader(handle))
    assert {r["name"] for r in listed} >= {"博州", "克州", "巴州", "塔县", "前郭县"}
    for r in listed:
        assert names[r["code"]] == r["official_name"] and r["name"] in r["source"], r
        shared = {c for c in r["shares_with"].split(";") if c}
        codes = {
            code
            for code, kind in index_rows("SELECT code, kind FROM key WHERE key = ? AND kind IN (0, 1)", (r["name"],))
        }
        assert codes == {r["code"]} | (shared & names.keys()), r["name"]


def test_dongxiang_county_is_gansus_today_and_was_fuzhous_until_2016(atlas: Atlas) -> None:
    # 东乡县 is how people write 东乡族自治县 (Gansu) and was 抚州's county until 2016 (now 东乡区):
    # typed alone it is the one of today, with the old one in `also`; in a text the other names decide.
    assert sorted(index_rows("SELECT code, kind FROM key WHERE key = '东乡县'")) == [("361003", 2), ("622926", 1)]
    answer = atlas.answer("东乡县")
    assert answer.place is not None and answer.place.code == "622926"
    assert "361003" in {p.code for p in answer.also}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("抚州市东乡县", "361003"),
        ("江西省抚州市东乡县孝岗镇", "361003"),
        ("甘肃省临夏州东乡族自治县", "622926"),
        ("我户口在甘肃临夏州东乡县，三代残疾证现在能办了吗？", "622926"),
        ("临夏东乡县", "622926"),
        ("江西东乡县", "361003"),
    ],
)
def test_both_dongxiang_are_found_by_their_own_names(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("本溪满族自治县", "本溪县"),
        ("阜新蒙古族自治县", "阜新县"),
        ("东乡族自治县", "东乡县"),  # a people's name that is the whole place name
        ("民和回族土族自治县", "民和县"),  # two peoples
        ("巴音郭楞蒙古自治州", None),  # not a county
        ("长阳土家族自治县", "长阳县"),
    ],
)
def test_the_county_rule_takes_the_peoples_off_the_official_name(name: str, form: str | None) -> None:
    build = load_script("scripts/build_places.py")
    peoples = build.people_names(
        division_rows("divisions.csv"), {r["code"]: r["short_name"] for r in division_rows("divisions_pinyin.csv")}
    )
    assert build.county_short_form(name, peoples) == form


def test_a_former_prefecture_follows_its_counties_only_into_one_prefecture() -> None:
    build = load_script("scripts/build_places.py")
    divisions = division_rows("divisions.csv")
    former = division_rows("divisions_former.csv")
    by_code: dict[str, list[dict[str, str]]] = {}
    for r in former:
        by_code.setdefault(r["code"], []).append(r)
    heirs = build.former_prefecture_successors(former, by_code, divisions)
    names = official_names()
    assert names[heirs[("152300", "哲里木盟", "1981")]] == "通辽市"
    assert names[heirs[("152700", "伊克昭盟", "1981")]] == "鄂尔多斯市"
    assert names[heirs[("132100", "邯郸地区", "1981")]] == "邯郸市"
    # 雁北地区's counties went to 大同 and 朔州, 晋东南地区's to 长治 and 晋城, 荆州地区's partly to
    # counties under the province: none of them is given a successor by name
    for key in (("142100", "雁北地区", "1981"), ("142500", "晋东南地区", "1981"), ("422400", "荆州地区", "1981")):
        assert key not in heirs
    # 白城地区's 扶余县 went to 松原 before 白城地区 ended: 白城地区 gets no successor by name
    assert ("222300", "白城地区", "1981") not in heirs
    assert all(len(code) == 6 and names[code] for code in heirs.values())
    assert len(heirs) == 96  # of the 200 former prefectures the source gives no successor


@pytest.mark.parametrize(
    ("name", "heirs"),
    [
        ("雁北地区", {"大同市", "朔州市"}),
        ("晋东南地区", {"长治市", "晋城市"}),
        ("巢湖地区", {"合肥市", "芜湖市", "马鞍山市"}),
    ],
)
def test_a_former_prefecture_split_among_several_is_a_choice_among_them(
    atlas: Atlas, name: str, heirs: set[str]
) -> None:
    answer = atlas.answer(name, suggest=False)
    assert answer.place is None and {c.place.name for c in answer.candidates} == heirs
    # its bare name is no key of theirs: 巢湖 is 巢湖市 (a county-level city) today
    bare = name.removesuffix("地区")
    assert not {code for (code,) in index_rows("SELECT code FROM key WHERE key = ?", (bare,))} & {
        c.place.code for c in answer.candidates
    }


def test_a_former_prefecture_some_of_whose_counties_no_prefecture_holds_is_no_key() -> None:
    # 荆州地区: 仙桃, 潜江 and 天门 are under the province today (荆州地区 reads as the text 荆州 + 地区)
    assert index_rows("SELECT code FROM key WHERE key = ?", ("荆州地区",)) == []


def test_an_old_address_is_read_by_its_county_not_by_the_prefecture_the_county_left(atlas: Atlas) -> None:
    # 扶余县 was in 白城地区 until 1987 and is 松原's today (扶余市, which kept the name, and 宁江区):
    # the answer is never 白城市 (the text names it, so it may be in also)
    answer = atlas.answer("吉林省白城地区扶余县")
    assert answer.place is not None and answer.place.code == "220781"
    assert "220702" in {p.code for p in answer.also}


def test_a_gone_prefecture_s_bare_name_is_no_key_when_townships_bear_it() -> None:
    # 龙溪地区 (漳州, until 1985) keeps its full name; 龙溪 alone stays the many 龙溪镇 and 龙溪乡
    assert index_rows("SELECT code, kind FROM key WHERE key = '龙溪地区'") == [("350600", 2)]
    assert {kind for _, kind in index_rows("SELECT code, kind FROM key WHERE key = '龙溪'")} == {5}


def test_a_zone_s_own_name_is_taken_only_when_free() -> None:
    build = load_script("scripts/build_places.py")
    assert build.zone_name("乌拉盖管理区管委会") == "乌拉盖管理区"
    assert build.zone_name("某某开发区管理委员会") == "某某开发区"
    assert build.zone_name("大柴旦行政委员会") == "大柴旦行政委员会"  # no office suffix
    assert build.zone_abbreviation("大柴旦行政委员会") == "大柴旦行委"  # how people shorten it
    assert build.zone_abbreviation("乌拉盖管理区管委会") is None
    assert index_rows("SELECT code, kind FROM key WHERE key = '乌拉盖管理区'") == [("152500", 8)]


def test_garze_county_is_the_county_not_the_prefecture(atlas: Atlas) -> None:
    answer = atlas.answer("Garze County, Sichuan")
    assert answer.place is not None and answer.place.code == "513328"


def test_every_new_english_name_is_in_exonyms_with_its_official_name() -> None:
    names = official_names()
    with (REPO / "data" / "exonyms.csv").open(encoding="utf-8", newline="") as handle:
        rows = {r["name"]: r for r in csv.DictReader(handle)}
    for name in ("Garze Tibetan Autonomous Prefecture", "Garze", "Garze County"):
        assert names[rows[name]["code"]] == rows[name]["official_name"]
    assert "Garze" in Path(REPO / "data" / "PROVENANCE.md").read_text(encoding="utf-8")


def test_a_unit_run_by_an_administrative_committee_is_found_by_its_short_form(atlas: Atlas) -> None:
    # 大柴旦行政委员会 (a statistical unit in 海西州) is written 大柴旦行委
    for text in ("大柴旦行委", "青海省海西州大柴旦行委"):
        answer = atlas.answer(text)
        assert answer.place is not None and answer.place.code == "632800", text
