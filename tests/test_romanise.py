"""English place names: pinyin as one word, the kind a name keeps as an English word (Jilin City)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

import pytest

from cardinfo import paths
from cardinfo.places import Divisions
from cardinfo.romanise import pinyin, spelled


@pytest.fixture(scope="module")
def english(divisions: Divisions) -> dict[str, tuple[str, str, str, str]]:
    """Every division above the towns: code -> (official name, short name, parent code, English name)."""
    with sqlite3.connect(paths.places_path()) as con:
        rows = con.execute("SELECT code, name, short, parent FROM division WHERE level != 'township'").fetchall()
    return {code: (name, short, parent, pinyin(divisions, code) or "") for code, name, short, parent in rows}


@pytest.mark.parametrize(
    ("code", "syllables", "name", "expected"),
    [
        ("530100", "kun ming", "昆明市", "Kunming"),  # the short name's pinyin: no kind
        ("220200", "ji lin shi", "吉林市", "Jilin City"),
        ("430121", "chang sha xian", "长沙县", "Changsha County"),
        ("130133", "zhao xian", "赵县", "Zhao County"),
        ("310115", "pu dong xin qu", "浦东新区", "Pudong New Area"),
        ("441803", "qing xin qu", "清新区", "Qingxin District"),  # 清新 is the name, not 清 + 新区
        ("130406", "feng feng kuang qu", "峰峰矿区", "Fengfeng Mining District"),
        ("150521", "ke er qin zuo yi zhong qi", "科尔沁左翼中旗", "Ke'erqin Left Middle Banner"),
        ("150826", "hang jin hou qi", "杭锦后旗", "Hangjin Rear Banner"),
        ("210521", "ben xi man zu zi zhi xian", "本溪满族自治县", "Benxi Manchu Autonomous County"),
        ("622926", "dong xiang zu zi zhi xian", "东乡族自治县", "Dongxiang Autonomous County"),
        ("610100", "xi an", "西安市", "Xi'an"),  # not 先 (xian)
        ("610000", "shan xi", "陕西省", "Shaanxi"),
    ],
)
def test_spelled(code: str, syllables: str, name: str, expected: str) -> None:
    assert spelled(code, syllables, name) == expected


def test_no_name_keeps_its_kind_glued_on(english: dict[str, tuple[str, str, str, str]]) -> None:
    # Where the data keeps the kind in the short name (吉林市 is its own short name), the English
    # name ends in the kind as a word; "Jilinshi", "Changshaxian", "Tumotezuoqi" are gone.
    kept = {code: row for code, row in english.items() if row[0] == row[1] and row[3]}
    assert len(kept) > 100
    kinds = ("City", "County", "District", "Banner", "League", "Area")
    for code, (name, _, _, en) in kept.items():
        assert en.endswith(kinds) and " " in en, (code, name, en)


def test_no_two_places_on_one_path_or_under_one_parent_read_alike(
    english: dict[str, tuple[str, str, str, str]], divisions: Divisions
) -> None:
    siblings: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
    for code, (name, _, parent, en) in english.items():
        if not en:
            continue
        siblings[(parent, en)].append(name)
        place = divisions.place(code)
        assert place is not None
        above = [english[a][3] for a in place.codes[:-1] if a in english]
        assert en not in above, (code, name, en, above)
    assert not {key: names for key, names in siblings.items() if len(names) > 1}


def test_jilin_city_reads_as_english_writes_it(cli: Any) -> None:
    result = cli("--plain", "--lang", "en", "region", "吉林市")
    assert result.exit_code == 0
    assert result.stdout.startswith("吉林市 (Jilin City):")
    assert "Located in: 吉林省 (Jilin), 吉林市 (Jilin City)" in result.stdout
    assert "Jilinshi" not in result.stdout


def test_the_english_names_still_find_their_places(cli: Any) -> None:
    city = cli("--lang", "en", "region", "Jilin City", "--format", "json")
    assert city.exit_code == 0 and city.json()["place"]["code"] == "220200"
    province = cli("--lang", "en", "region", "Jilin", "--format", "json").json()
    assert province["place"]["code"] == "220000"
    assert [p["code"] for p in province["also"]] == ["220200"]
    text = cli("--plain", "--lang", "en", "region", "Jilin")
    assert "Could also mean: 吉林市 (Jilin City) in 吉林省 (Jilin)" in text.stdout


@pytest.mark.slow  # every division's English name typed back: ~2.7 s, the fast set's longest test
def test_every_english_name_cardinfo_writes_finds_its_place_again(
    english: dict[str, tuple[str, str, str, str]], divisions: Divisions
) -> None:
    """What the tool prints in English, typed back, is the same place: answered, or offered in `also`
    where several places share the name (Chaoyang District); never another place without a word."""
    from cardinfo import data
    from cardinfo.errors import NotFound
    from cardinfo.lookup import Atlas

    atlas = Atlas(data.load(), divisions)
    lost, wrong = [], []
    for code, (name, _, _, written) in english.items():
        if not written or code in ("710000", "810000", "820000"):
            continue
        try:
            answer = atlas.answer(written, suggest=False)
        except NotFound:
            lost.append(f"{written} ({name})")
            continue
        found = [answer.place.code] if answer.place is not None else [c.place.code for c in answer.candidates]
        if code not in found + [p.code for p in answer.also]:
            wrong.append(f"{written} ({name}) -> {found}")
    assert not wrong, f"{len(wrong)} English names give another place: {wrong[:10]}"
    assert not lost, f"{len(lost)} English names are not found: {lost[:10]}"


def test_the_next_step_names_the_county_as_every_other_english_line_does(cli: Any) -> None:
    text = cli("--plain", "--lang", "en", "region", "长沙县").stdout
    assert "the 长沙县 (Changsha County) DPF" in text and "Changshaxian" not in text
