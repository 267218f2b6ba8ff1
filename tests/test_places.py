"""What people type resolves to the place they mean, and to the nearest record."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardinfo.errors import DataError, NotFound
from cardinfo.lookup import Atlas
from cardinfo.places import Divisions


def where(atlas: Atlas, query: str) -> tuple[str, ...]:
    answer = atlas.answer(query)
    assert answer.place is not None, (query, answer.match)
    return answer.place.path


@pytest.mark.parametrize(
    ("query", "path", "kind"),
    [
        ("昆明", ("云南省", "昆明市"), "short"),
        ("昆明市", ("云南省", "昆明市"), "full"),
        ("  昆明市 ", ("云南省", "昆明市"), "full"),
        ("ｋｕｎｍｉｎｇ", ("云南省", "昆明市"), "pinyin"),  # full-width latin
        ("kunming", ("云南省", "昆明市"), "pinyin"),
        ("Kun Ming", ("云南省", "昆明市"), "pinyin"),
        ("530100", ("云南省", "昆明市"), "code"),
        ("530103", ("云南省", "昆明市", "盘龙区"), "code"),
        ("500110108", ("重庆市", "綦江区", "石角镇"), "code"),
        ("盘龙区", ("云南省", "昆明市", "盘龙区"), "full"),
        ("盘龙", ("云南省", "昆明市", "盘龙区"), "short"),
        ("崑明", ("云南省", "昆明市"), "short"),
        ("遼寧", ("辽宁省",), "short"),
        ("瀋陽", ("辽宁省", "沈阳市"), "short"),
        ("綦江县", ("重庆市", "綦江区"), "former"),
        ("东川市", ("云南省", "昆明市", "东川区"), "former"),
        ("榆次市", ("山西省", "晋中市", "榆次区"), "former"),
        ("领水县", ("四川省", "广安市", "邻水县"), "alias"),
        ("双碑街道", ("重庆市", "沙坪坝区", "双碑街道"), "township"),
        ("黑林铺街道", ("云南省", "昆明市", "五华区", "黑林铺街道"), "township"),
        ("云南昆明盘龙区", ("云南省", "昆明市", "盘龙区"), "path"),
        ("昆明市盘龙区", ("云南省", "昆明市", "盘龙区"), "path"),
        ("lingshui", ("海南省", "陵水黎族自治县"), "pinyin"),  # pinyin is pinyin: not the article's typo
        ("Kūnmíng", ("云南省", "昆明市"), "pinyin"),  # tone marks
        ("Lǚliáng", ("山西省", "吕梁市"), "pinyin"),
        ("Beijing Shi", ("北京市",), "pinyin"),  # with the kind of place after the name
        ("kunming city", ("云南省", "昆明市"), "pinyin"),
        ("北京朝阳区", ("北京市", "朝阳区"), "path"),  # the path settles an ambiguous name
        ("重庆綦江石角镇", ("重庆市", "綦江区", "石角镇"), "path"),
    ],
)
def test_query_forms(atlas: Atlas, query: str, path: tuple[str, ...], kind: str) -> None:
    answer = atlas.answer(query)
    assert answer.place is not None and answer.place.path == path
    assert answer.matched_by == kind


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("长沙", ("湖南省", "长沙市")),  # 长沙市 contains 长沙县
        ("吉林", ("吉林省",)),  # 吉林省 contains 吉林市
        ("克拉玛依", ("新疆维吾尔自治区", "克拉玛依市")),  # contains 克拉玛依区
        ("乌鲁木齐", ("新疆维吾尔自治区", "乌鲁木齐市")),  # contains 乌鲁木齐县
        ("西安", ("陕西省", "西安市")),  # a lone prefecture beats two counties called 西安区
        ("河北", ("河北省",)),  # a province beats 天津's 河北区
        ("河南", ("河南省",)),  # and 青海's 河南县
    ],
)
def test_ranking_takes_the_container_or_the_lone_higher_level(
    atlas: Atlas, query: str, expected: tuple[str, ...]
) -> None:
    assert where(atlas, query) == expected


@pytest.mark.parametrize(
    ("query", "paths"),
    [
        ("朝阳区", {("北京市", "朝阳区"), ("吉林省", "长春市", "朝阳区")}),
        ("五华", {("云南省", "昆明市", "五华区"), ("广东省", "梅州市", "五华县")}),
        ("taizhou", {("江苏省", "泰州市"), ("浙江省", "台州市")}),
        ("河东区", {("天津市", "河东区"), ("山东省", "临沂市", "河东区")}),
    ],
)
def test_same_level_ties_are_ambiguous(atlas: Atlas, query: str, paths: set[tuple[str, ...]]) -> None:
    answer = atlas.answer(query)
    assert answer.match == "ambiguous" and answer.place is None and answer.status is None
    assert {c.place.path for c in answer.candidates} == paths
    for c in answer.candidates:
        assert c.status in ("issued", "issuing", "preparing", "unknown")


@pytest.mark.parametrize(
    ("query", "path", "others"),
    [
        ("Fúzhōu", ("福建省", "福州市"), {"抚州市"}),  # fu2zhou1, not 抚州 fu3zhou1
        ("Fǔzhōu", ("江西省", "抚州市"), {"福州市"}),
        ("fu3 zhou1", ("江西省", "抚州市"), {"福州市"}),  # tone digits
        ("Tāizhōu", ("浙江省", "台州市"), {"泰州市"}),
        ("Tàizhōu Shì", ("江苏省", "泰州市"), {"台州市"}),
        ("Yùlín", ("广西壮族自治区", "玉林市"), {"榆林市"}),  # 榆林 is Yúlín
        # sù zhōu is 宿州市 and 酒泉's 肃州区 too: the city, as a name alone answers a city over a district
        ("Sùzhōu", ("安徽省", "宿州市"), {"苏州市", "肃州区"}),
    ],
)
def test_tones_tell_apart_names_that_sound_alike(
    atlas: Atlas, query: str, path: tuple[str, ...], others: set[str]
) -> None:
    answer = atlas.answer(query)
    assert answer.place is not None and answer.place.path == path
    assert {p.name for p in answer.also} == others  # the ones the tones set aside are named, not dropped


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("Fuzhou", {"福州市", "抚州市"}),  # no tones
        ("Fǔzhòu", {"福州市", "抚州市"}),  # tones no place has
        ("Huàzhōu", {"化州市", "华州区"}),  # both are read so (华 is huá and huà)
        ("hua4zhou1", {"化州市", "华州区"}),
    ],
)
def test_pinyin_without_telling_tones_stays_a_choice(atlas: Atlas, query: str, names: set[str]) -> None:
    answer = atlas.answer(query)
    assert answer.match == "ambiguous"
    assert {c.place.name for c in answer.candidates} == names


def test_full_name_beats_short_name(atlas: Atlas) -> None:
    # 五华区 is the full name of exactly one place, so it is not ambiguous like 五华.
    assert where(atlas, "五华区") == ("云南省", "昆明市", "五华区")


def test_match_kinds(atlas: Atlas) -> None:
    exact = atlas.answer("昆明")
    assert exact.match == "exact" and exact.status == "issuing" and exact.records[0].code == "530100"

    ancestor = atlas.answer("盘龙区")
    assert ancestor.match == "ancestor" and ancestor.status == "issuing"
    assert ancestor.records[0].id == "yunnan-kunming"

    township = atlas.answer("黑林铺街道")  # township -> county (五华区 has a record) before city
    assert township.match == "ancestor" and township.records[0].id == "yunnan-kunming-wuhua"
    assert [r.id for r in township.records] == ["yunnan-kunming-wuhua", "yunnan-kunming"]

    descendant = atlas.answer("云南")
    assert descendant.match == "descendant"
    assert {r.place: r.status for r in descendant.records}["保山市"] == "issued"
    assert descendant.records[0].place == "昆明市"
    # A report about the province itself (its 2018 roll-out notice) is its status; the places
    # inside that are further on are named beside it.
    assert descendant.status == "preparing" and descendant.basis and descendant.basis.id == "yunnan-2018"
    assert descendant.ahead and descendant.ahead.place == "保山市"

    unknown = atlas.answer("上海")
    assert unknown.match == "unknown" and unknown.status == "unknown" and unknown.records == ()

    near = atlas.answer("株洲")
    assert near.match == "unknown" and {r.place for r in near.related} == {"常德市", "长沙市"}


def test_sub_places_reach_the_person_who_asks(atlas: Atlas) -> None:
    wuhua = atlas.answer("五华区")
    assert wuhua.match == "exact" and any("10个街道" in n for n in wuhua.records[0].notes)
    dongchuan = atlas.answer("东川区")
    assert dongchuan.records[0].first_batch and "1.2万" in dongchuan.records[0].first_batch
    assert dongchuan.records[0].since == "2020-04-17"
    zone = atlas.answer("宁波高新区")
    assert zone.match == "exact" and zone.records[0].code is None
    assert [r.id for r in zone.records] == ["zhejiang-ningbo-hightech", "zhejiang-ningbo"]
    county = atlas.answer("云霄县")  # 常山开发区 lies inside it
    assert county.match == "ancestor" and county.records[0].id == "fujian-zhangzhou"
    assert county.related[0].id == "fujian-zhangzhou-changshan"


def test_nested_records_order_nearest_first(atlas: Atlas) -> None:
    zhenhai = atlas.answer("镇海区")
    assert [r.status for r in zhenhai.records] == ["issued", "issuing"]  # 镇海区 then 宁波市


def test_suggestions_for_a_typo(atlas: Atlas) -> None:
    with pytest.raises(NotFound) as caught:
        atlas.answer("昆朋")
    assert caught.value.suggestions[0] == "云南省昆明市"
    assert len(caught.value.suggestions) <= 5
    with pytest.raises(NotFound) as caught:
        atlas.answer("kunmign")
    assert "云南省昆明市" in caught.value.suggestions


def test_markup_around_a_name_is_text_not_markup(atlas: Atlas) -> None:
    answer = atlas.answer("[bold]昆明[/bold]")  # a text that names 昆明; the brackets are only characters
    assert answer.place is not None and answer.place.code == "530100" and answer.matched_text == "昆明"


@pytest.mark.parametrize("query", ["", "   ", "\x1b[2J", "x" * 10_000, "火星市", "zzzzqqq"])
def test_nonsense_is_a_clean_miss(atlas: Atlas, query: str) -> None:
    with pytest.raises(NotFound):
        atlas.answer(query)


def test_a_damaged_or_missing_index_is_a_data_error(tmp_path: Path) -> None:
    junk = tmp_path / "places.sqlite"
    junk.write_bytes(b"not a database" * 100)
    with pytest.raises(DataError) as caught:
        Divisions(junk).place("530100")
    assert caught.value.exit_code == 3 and "places.sqlite" in str(caught.value.values["path"])
    with pytest.raises(DataError):
        Divisions(tmp_path / "absent.sqlite")


def _suggest_by_difflib(divisions: Divisions, key: str) -> list[str]:
    """Suggestions as plain difflib scores them, every name compared in full: what the resolver's
    bounds must give too, only sooner."""
    from difflib import SequenceMatcher

    from cardinfo.text import is_latin

    def ratio(a: str, b: str) -> float:
        matcher = SequenceMatcher(None, a, b, autojunk=False)
        return matcher.ratio() if a and matcher.quick_ratio() >= 0.5 else 0.0

    latin = is_latin(key)
    sound_key = key if latin else divisions.pinyin_of(key)
    scored = []
    for code, name, short, pinyin in divisions.suggestion_pool():
        sound = ratio(pinyin.replace(" ", ""), sound_key) * 0.9
        chars = 0.0 if latin else max(ratio(name, key), ratio(short, key))
        score = sound if latin else max(sound, chars) + 0.1 * min(sound, chars)
        if score >= 0.6:
            scored.append((score, -len(code.rstrip("0")), code))
    labels: list[str] = []
    for _, _, code in sorted(scored, reverse=True):
        place = divisions.place(code)
        assert place is not None
        label = "".join(place.path[-2:]) if len(place.path) > 1 else place.name
        if label not in labels:
            labels.append(label)
    return labels[:5]


@pytest.mark.slow
def test_suggestions_are_what_comparing_every_name_in_full_gives(atlas: Atlas, divisions: Divisions) -> None:
    import random

    pool = divisions.suggestion_pool()
    rng = random.Random(7)
    queries = ["火星", "xyzzy", "北京朝杨", "guandu qu", "桂林阳朔县城"]
    # long texts, where only names of a length near theirs can score (the rest are not compared)
    queries += [
        "换证要本人到场吗还是带什么证明就行",
        "双江拉祜族佤族布朗族傣族自治线",
        "shuangjiang lahuzu wazu zizhixian",
    ]
    for _, name, short, pinyin in rng.sample(pool, 30):
        word = short or name
        at = rng.randrange(len(word))
        queries.append(word[:at] + rng.choice("民洲阳山") + word[at + 1 :])  # one character wrong
        sound = pinyin.replace(" ", "")
        queries.append(sound[:-1] if len(sound) > 4 else sound + "g")  # a letter short or too many
    for query in queries:
        key = divisions.normalise(query)
        assert atlas.resolver.suggest(key) == _suggest_by_difflib(divisions, key), query


def test_names_starting_reads_every_prefix_however_many(divisions: Divisions) -> None:
    """A long text gives hundreds of prefixes: none is dropped (the query goes in batches)."""
    many = {chr(0x4E00 + i) + chr(0x4E00 + j) for i in range(20) for j in range(20)} | {"呼和", "巴彦"}
    names = {name for name, _ in divisions.names_starting(many, shortest=4)}
    assert {"呼和浩特", "巴彦淖尔"} <= names
