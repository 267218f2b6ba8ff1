"""Famous landmarks lead to their county: data/landmarks.csv, the LANDMARK keys the index builds from
it, and how `region` reads a landmark typed alone, inside a sentence, and beside a division's name;
and that no division's own name answers otherwise than before.

Expected codes are the official ones of data/divisions/divisions.csv (a test checks each pair).
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path
from typing import Any

import pytest

from cardinfo.errors import NotFound
from cardinfo.lookup import Atlas
from cardinfo.places import KIND_NAMES, KIND_RANK, LANDMARK, TOWNSHIP, TOWNSHIP_SHORT, Divisions, Resolver
from cardinfo.text import normalise
from tests.helpers import (
    REPO,
    assert_answers_alone,
    assert_answers_code,
    assert_codes_are_official,
    division_rows,
    index_rows,
    load_script,
    named_codes,
    official_names,
)

LANDMARKS = REPO / "data" / "landmarks.csv"
UNDIVIDED = ("710000", "810000", "820000")  # 台湾省, 香港, 澳门: no division rows beneath them

# (what a person types, official name, code, matched_by)
ALONE = [
    ("兵马俑", "临潼区", "610115", "landmark"),
    ("秦始皇帝陵博物院", "临潼区", "610115", "landmark"),
    ("布达拉宫", "城关区", "540102", "landmark"),
    ("莫高窟", "敦煌市", "620982", "landmark"),
    ("少林寺", "登封市", "410185", "landmark"),
    ("横店影视城", "东阳市", "330783", "landmark"),
    ("天安门广场", "东城区", "110101", "landmark"),
    ("八达岭长城", "延庆区", "110119", "landmark"),
    ("黄果树瀑布", "镇宁布依族苗族自治县", "520423", "landmark"),
    ("宽窄巷子", "青羊区", "510105", "landmark"),
    ("雁荡山", "乐清市", "330382", "landmark"),
    ("梵净山", "铜仁市", "520600", "landmark"),  # it spans three counties of one prefecture
    ("王府井大街", "东城区", "110101", "landmark"),
    ("雍和宫", "东城区", "110101", "landmark"),
    ("陈氏书院", "荔湾区", "440103", "landmark"),  # not 陈家祠: 陈家祠堂 is any Chen clan's hall
    ("杜甫草堂", "青羊区", "510105", "landmark"),
    ("雷峰塔", "西湖区", "330106", "landmark"),
    ("户部巷", "武昌区", "420106", "landmark"),
    ("八廓街", "城关区", "540102", "landmark"),
    ("鸡公山", "浉河区", "411502", "landmark"),  # a 5A area from the 5a-express list
    ("白帝城", "奉节县", "500236", "landmark"),
    ("无锡影视城", "滨湖区", "320211", "landmark"),
    # the fourth pass: new areas and zones that are no division, sights of 香港, 澳门 and 台湾 (which
    # have no rows beneath the province), universities
    ("郑东新区", "郑州市", "410100", "landmark"),  # not 浦东新区 with a typo
    ("金阳新区", "观山湖区", "520115", "landmark"),  # the district that replaced it; not 四川's 金阳县
    ("天津经济技术开发区", "滨海新区", "120116", "landmark"),
    ("南沙新区", "南沙区", "440115", "landmark"),  # 广州's, not 三沙's 南沙区
    ("光谷", "武汉市", "420100", "landmark"),
    ("大三巴", "澳门特别行政区", "820000", "landmark"),
    ("维多利亚港", "香港特别行政区", "810000", "landmark"),
    ("日月潭", "台湾省", "710000", "landmark"),
    ("阿里山", "台湾省", "710000", "landmark"),  # not 西藏's 阿里地区
    ("佛光山", "台湾省", "710000", "landmark"),  # not 光山县
    ("复旦大学", "杨浦区", "310110", "landmark"),
    # the fifth pass: sights a place name inside them led elsewhere, universities
    ("周口店", "房山区", "110111", "landmark"),  # not 周口市 by the name inside it
    ("黄龙洞", "武陵源区", "430811", "landmark"),  # 张家界's, not 陕西's 黄龙县
    ("南山竹海", "溧阳市", "320481", "landmark"),  # not a choice of the two 南山区
    ("肇兴侗寨", "黎平县", "522631", "landmark"),
    ("缙云山", "北碚区", "500109", "landmark"),  # not 浙江's 缙云县
    ("紫金山", "玄武区", "320102", "landmark"),  # not 广东's 紫金县
    ("盘龙城", "黄陂区", "420116", "landmark"),  # not 昆明's 盘龙区
    ("江北嘴", "江北区", "500105", "landmark"),  # 重庆's, not 宁波's 江北区
    ("栖霞山", "栖霞区", "320113", "landmark"),  # 南京's, not 烟台's 栖霞市
    ("天坛医院", "丰台区", "110106", "landmark"),  # moved from the 天坛 to 丰台 in 2018
    ("华中师范大学", "洪山区", "420111", "landmark"),
    ("西藏民族大学", "渭城区", "610404", "landmark"),  # in 咸阳, not 西藏自治区
    ("西南大学", "北碚区", "500109", "landmark"),
    ("对外经济贸易大学", "朝阳区", "110105", "landmark"),
    # the sixth pass: sights and 5A areas that answered nothing, only their city or a wrong place
    ("镇北堡西部影城", "西夏区", "640105", "landmark"),  # written without 视 (the row 镇北堡西部影视城)
    ("西江千户苗寨", "雷山县", "522634", "landmark"),
    ("乌鲁木齐大巴扎", "天山区", "650102", "landmark"),  # not 乌鲁木齐市 alone
    ("昆明翠湖", "五华区", "530102", "landmark"),
    ("沈阳故宫", "沈河区", "210103", "landmark"),  # not 沈阳市, nor 故宫's 东城区
    ("阳朔西街", "阳朔县", "450321", "landmark"),  # not a road named after 阳朔
    ("天津五大道", "和平区", "120101", "landmark"),
    ("屯溪老街", "屯溪区", "341002", "landmark"),
    ("沈阳中街", "沈河区", "210103", "landmark"),
    ("紫金港", "西湖区", "330106", "landmark"),  # 浙江大学's campus, not 广东's 紫金县
    ("浙大紫金港校区", "西湖区", "330106", "landmark"),
    ("江安校区", "双流区", "510116", "landmark"),  # 四川大学's campus, not 宜宾's 江安县
    ("金山寺", "润州区", "321111", "landmark"),
    ("古田旅游区", "上杭县", "350823", "landmark"),  # not 宁德's 古田县
    ("盘山风景名胜区", "蓟州区", "120119", "landmark"),  # 天津's, not 辽宁's 盘山县
    ("千佛山景区", "历下区", "370102", "landmark"),  # not 佛山市 by the name inside it
    ("云台山景区", "修武县", "410821", "landmark"),  # not 台山市 by the name inside it
    ("瘦西湖景区", "邗江区", "321003", "landmark"),  # the row 瘦西湖风景区 under another word; not 西湖区
    ("龙门石窟景区", "洛龙区", "410311", "landmark"),  # a township's name before 景区 had answered nothing
    ("太阳岛景区", "松北区", "230109", "landmark"),
    # the seventh pass: sights, streets and campuses of the provinces with the fewest rows
    ("水井巷", "城中区", "630103", "landmark"),  # 西宁's, not only 西宁市
    ("孟达天池", "循化撒拉族自治县", "630225", "landmark"),
    ("席力图召", "玉泉区", "150104", "landmark"),
    ("海宝塔", "兴庆区", "640104", "landmark"),  # not 延安's 宝塔区 by the name inside it
    ("长影旧址博物馆", "朝阳区", "220104", "landmark"),  # 长春's 朝阳区
    ("东北师范大学", "南关区", "220102", "landmark"),
    ("五公祠", "琼山区", "460107", "landmark"),
    ("白塔山公园", "城关区", "620102", "landmark"),  # 兰州's, not 辽阳's 白塔区
    ("五泉山", "城关区", "620102", "landmark"),  # not 徐州's 泉山区
    ("拉卜楞寺", "夏河县", "623027", "landmark"),
    ("意式风情区", "河北区", "120105", "landmark"),
    ("独乐寺", "蓟州区", "120119", "landmark"),
    ("果戈里大街", "南岗区", "230103", "landmark"),
    ("北陵公园", "皇姑区", "210105", "landmark"),
    ("鸭绿江断桥", "振兴区", "210603", "landmark"),
    ("哲蚌寺", "城关区", "540102", "landmark"),  # 拉萨's 城关区
    ("羊卓雍措", "浪卡子县", "540531", "landmark"),
    ("冈仁波齐", "普兰县", "542521", "landmark"),
    ("太原古县城", "晋源区", "140110", "landmark"),  # not 临汾's 古县 by the name inside it
]
# (text, the code the answer is or lies in)
IN_TEXT = [
    ("我家在兵马俑附近", "610115"),
    ("我们家离兵马俑不远", "610115"),  # 离 and 靠近 before a sight start its word too
    ("我家靠近布达拉宫", "540102"),
    ("我们家离长水机场不远", "530111"),
    ("布达拉宫旁边的社区", "540102"),
    ("我住在横店影视城附近，残疾证能换吗", "330783"),
    ("老家在少林寺山下", "410185"),
    ("我在宽窄巷子上班", "510105"),
    ("住在洪崖洞旁边", "500103"),
    ("苏州寒山寺附近", "320508"),
    ("西安市兵马俑", "610115"),
    ("拉萨布达拉宫", "540102"),
    ("我家住在南京路步行街附近", "310101"),
    ("老家在田子坊旁边的弄堂", "310101"),
    ("我在陕西历史博物馆上班", "610113"),
    ("住在楚河汉街附近，残疾证能换吗", "420106"),
    ("归元寺旁边的小区", "420105"),
    ("我在大召寺附近住", "150104"),
    ("甲秀楼附近的社区", "520102"),
    ("家住岳麓书院旁边", "430104"),
    ("我家就在永庆坊附近", "440103"),
    ("苏州狮子林旁边", "320508"),
    ("我住在郑东新区", "410100"),
    ("我住在金阳新区", "520115"),
    ("我在天津经济技术开发区上班", "120116"),
    ("户口在青岛西海岸新区", "370211"),  # not 青岛市 alone: the new area is 黄岛区
    ("我在光谷上班", "420100"),
    ("我在珠江新城上班", "440106"),
    ("我在大三巴牌坊旁边上班", "820000"),
    ("我老家在日月潭边上", "710000"),
    ("我在西门町开店", "710000"),
    ("我住在大屿山", "810000"),
    ("我在复旦大学读书", "310110"),
    ("我在华中科技大学读书", "420111"),
    # the fifth pass: famous areas whose name several townships bear, and universities
    ("我在三里屯上班", "110105"),
    ("我住在酒仙桥", "110105"),
    ("去牛街吃涮肉", "110102"),
    ("我家在天坛附近", "110101"),
    ("我在横店当群演", "330783"),
    ("我去汤山泡温泉", "320115"),
    ("我在仙林读书", "320113"),
    ("我在下沙读书", "330114"),
    ("我在江北嘴上班", "500105"),
    ("周口店北京人遗址", "110111"),
    ("北京天坛医院", "110106"),
    ("我在华中师范大学读书", "420111"),
    ("我在西南大学读书", "500109"),
    # the sixth pass
    ("我住在阳朔西街附近", "450321"),
    ("我家在天津五大道", "120101"),
    ("我在浙大紫金港校区读书", "330106"),
    ("我在沈阳中街上班", "210103"),
    ("去沈阳故宫玩", "210103"),
    ("我住在昆明翠湖边上", "530102"),
    ("我家在西江千户苗寨", "522634"),
    ("住在乌鲁木齐大巴扎附近", "650102"),
    ("我在上海城隍庙附近上班", "310101"),
    ("镇江金山寺旁边", "321111"),
    # the seventh pass
    ("我住在西宁水井巷", "630103"),
    ("塞上老街旁边的小区", "150104"),
    ("我住在海宝塔附近", "640104"),
    ("我在东北师范大学读书", "220102"),
    ("去雾凇岛看雾凇", "220203"),
    ("我在白塔山公园散步", "620102"),
    ("丹东鸭绿江断桥", "210603"),  # not 振安区 by 鸭绿江 alone
    ("我家在西开教堂旁边", "120101"),
    ("我住在防洪纪念塔旁边", "230102"),
    ("去哲蚌寺看晒佛", "540102"),
    ("我在太原古县城开店", "140110"),
    ("我住在沈阳站附近", "210102"),  # railway stations had answered their city only
    ("我家在长春站北边", "220103"),
    ("我在兰州西站上班", "620103"),
    ("天津西站附近的房子", "120106"),
    ("我在瑞金医院看病", "310101"),  # 上海's hospital, not 江西's 瑞金市
]
# (text, a code the answer must not name): sentences that hold a fourth-pass name's characters where
# they are no sight, and names left out because a sentence read them where they are none
NOT_A_SIGHT = [
    ("我们大三巴不得早点实习", "820000"),
    ("他挨了一个大三巴掌", "820000"),
    ("在山上开垦丁香花田", "710000"),
    ("说话太鲁莽，阁下见谅", "710000"),
    ("我在阿里山东分公司上班", "710000"),
    ("我们去阳光谷露营", "420100"),
    ("风光谷底的小村", "420100"),
    ("四川金阳县新区规划", "520115"),
    ("韶关曲江新区", "610113"),
    ("村前滩涂上养殖海带", "310115"),
    ("我在西安电子科技大学读书", "510100"),
    ("成都兰桂坊酒吧", "810000"),
    ("草原上有一块跑马地", "810000"),
    ("长颈鹿港湾动物园", "710000"),
    ("美国西海岸新区域", "370211"),  # 西海岸新区 left out: only 青岛西海岸新区 is a row
    ("无锡新区域规划", "320214"),  # 无锡新区 (新吴区's old name) left out
    ("吉林大学生就业", "220100"),  # 吉林大学 left out: X大学生 is X's students (北京大学: the universities pass)
    ("赤柱形的岩石", "810000"),  # 赤柱 (Stanley) left out
    ("祝你行旅顺利", "210212"),  # 旅顺 (旅顺口区) left out
    ("奉天市场", "210100"),  # 奉天市 left out, as 奉天 is (奉天承运)
    # the fifth pass: sentences that hold a new name's characters where they are no sight ...
    ("这周庄稼长势很好", "320583"),
    ("本周庄家出货", "320583"),
    ("黄牛街头倒票", "110102"),
    ("南宋庄园遗址", "110112"),
    ("煲汤山药要去皮", "320115"),
    ("昨天坛子里的米没了", "110101"),
    ("我们走下沙滩玩", "330114"),
    ("放下沙袋", "330114"),
    ("江西塘边村", "330421"),
    ("广西溪水清澈", "330106"),
    ("气势恢宏村落古朴", "341023"),
    # ... and names left out because a sentence read them where they are none
    ("借鉴国外滩涂开发经验", "310101"),  # 外滩 (the row is 上海外滩)
    ("回望京城的方向", "110105"),  # 望京
    ("四面山清水秀", "500116"),  # 四面山 (the row is 四面山景区)
    ("在花园口等我", "410108"),  # 花园口
    ("村后的白石山", "130630"),  # 白石山 (the row is 白石山景区)
    ("香山居士白居易", "110108"),  # 香山 (the row is 香山公园)
    ("我在华山医院看病", "610582"),
    ("和尚湖边打坐", "320581"),  # 尚湖 (常熟's lake; 和尚 "monk")  # 华山 (上海's 华山医院; the row is 华山景区)
]


def _table() -> list[dict[str, str]]:
    with LANDMARKS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.slow  # every row against the division data
def test_the_expected_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(ALONE, IN_TEXT)


def test_the_kind_is_appended_and_ranked_with_english_names() -> None:
    # appended after STAT_UNIT (8), so the kind numbers an index already holds keep their meaning
    assert LANDMARK == 9 and KIND_NAMES[LANDMARK] == "landmark" and KIND_RANK[LANDMARK] == KIND_RANK[7]
    assert load_script("scripts/build_places.py").LANDMARK == LANDMARK


def test_every_row_names_an_official_county_or_prefecture_and_quotes_its_source() -> None:
    names = official_names()
    levels = {r["code"]: r["level"] for r in division_rows()}
    shorts = {r["code"]: r["short_name"] for r in division_rows("divisions_pinyin.csv")}
    # 香港, 澳门 and 台湾 have no rows beneath them: a sight there leads to the province, and its quote
    # may name the place by a name of exonyms.csv for that province (台北 for 台湾省)
    with (REPO / "data" / "exonyms.csv").open(encoding="utf-8", newline="") as handle:
        locals_ = [(r["code"], r["name"]) for r in csv.DictReader(handle) if r["kind"] == "local"]
    rows = _table()
    assert len(rows) >= 250
    # a name has one row, or one for each of the two counties a sight lies between (壶口瀑布: 吉县, 宜川县)
    counties: dict[str, set[str]] = {}
    for r in rows:
        counties.setdefault(r["name"], set()).add(r["code"])
    assert sum(map(len, counties.values())) == len(rows), "two rows of one name and county"
    assert all(len(codes) <= 2 for codes in counties.values())
    for name, codes in counties.items():
        if len(codes) == 2:  # each row's quote says the sight is shared
            assert all("两省共有" in r["source"] or "shared" in r["source"] for r in rows if r["name"] == name)
    for r in rows:
        assert names[r["code"]] == r["official_name"], r
        undivided = r["code"] in UNDIVIDED
        assert levels[r["code"]] in ("county", "prefecture") or (undivided and levels[r["code"]] == "province"), r
        source = r["source"]
        assert r["name"] in source, r["name"]  # the quote holds the landmark's name ...
        # ... and the place it lies in, by its official or its short name (北川 for 北川羌族自治县)
        places = [r["official_name"], shorts[r["code"]]] + [name for code, name in locals_ if code == r["code"]]
        assert any(place in source for place in places), r["name"]


def test_a_sight_of_hong_kong_macau_or_taiwan_may_lead_to_the_province_and_no_other_province(tmp_path: Path) -> None:
    build = load_script("scripts/build_places.py")
    row = ("大三巴", "820000", "澳门特别行政区", "p: 大三巴牌坊位于中国澳门特别行政区")
    assert build._landmarks(_write(tmp_path, row), _divisions(), set()) == {("大三巴", "820000", LANDMARK)}
    with pytest.raises(SystemExit, match="not a county or prefecture"):  # 陕西 has counties: name one
        build._landmarks(_write(tmp_path, ("兵马俑", "610000", "陕西省", "p: 兵马俑位于陕西省")), _divisions(), set())


@pytest.mark.slow  # every landmark's index rows
def test_no_landmark_is_another_place_s_name() -> None:
    # each landmark's key has no other row in the index but townships', one of them outside the
    # landmark's county (乌镇: a township of 佳县 too); those the answer names in `also`
    for r in _table():
        rows = index_rows("SELECT code, kind FROM key WHERE key = ?", (normalise(r["name"]),))
        assert (r["code"], LANDMARK) in rows, r["name"]
        towns = [code for code, kind in rows if kind != LANDMARK]
        assert all(kind in (TOWNSHIP, TOWNSHIP_SHORT) for code, kind in rows if kind != LANDMARK), (r["name"], rows)
        county = r["code"][:4] if r["code"].endswith("00") else r["code"]
        assert not towns or any(not code.startswith(county) for code in towns), (r["name"], rows)


def test_a_landmark_that_is_a_township_elsewhere_names_it_in_also(cli: Any) -> None:
    body = cli("region", "乌镇", "--format", "json").json()
    assert body["place"]["code"] == "330483" and body["matched_by"] == "landmark"  # 桐乡市
    assert "610828103" in [p["code"] for p in body["also"]]  # 佳县's 乌镇
    text = cli("region", "乌镇", "--lang", "en").stdout
    assert "610828103" in text or "Jia" in text or "佳县" in text, text


def test_the_index_was_built_from_this_table() -> None:
    meta = dict(index_rows("SELECT key, value FROM meta"))
    assert meta["sha256:landmarks.csv"] == hashlib.sha256(LANDMARKS.read_bytes()).hexdigest(), (
        "data/landmarks.csv changed: run scripts/build_places.py"
    )
    # each landmark key is a row's name, or a row's name with its word for a scenic area swapped
    # for another (黄龙景区 -> 黄龙风景区), leading to the same county
    shared = {normalise(r["name"]): r["code"] for r in _table()}  # a sight two counties share: its other row
    rows = {normalise(r["name"]): r["code"] for r in reversed(_table())}
    scenic = ("风景名胜区", "旅游景区", "风景区", "旅游区", "景区")

    def stem(name: str) -> str:
        return next((name[: -len(w)] for w in scenic if name.endswith(w) and len(name) > len(w) + 1), name)

    stems = {stem(name): code for name, code in rows.items() if stem(name) != name}
    keys = index_rows(f"SELECT key, code FROM key WHERE kind = {LANDMARK}")
    assert set(rows) <= {key for key, _ in keys}
    for key, code in keys:
        assert (
            rows.get(key) == code
            or shared.get(key) == code
            or (stem(key) != key and stems.get(stem(key)) == code)
            or (key.endswith("机场") and rows.get(key[:-2] + "国际机场") == code)
            or _a_campus_written_short(key, code, rows)
        ), (key, code)


def _a_campus_written_short(key: str, code: str, rows: dict[str, str]) -> bool:
    """复旦邯郸校区 of the row 复旦大学邯郸校区, 浙大紫金港校区 of 浙江大学紫金港校区 (浙大: a row of
    浙江大学's county)."""
    for name, campus_code in rows.items():
        university, _, campus = name.partition("大学")
        if campus_code != code or not campus.endswith("校区") or not key.endswith(campus):
            continue
        short = key[: -len(campus)]
        if short == university or (short in rows and rows[short] == rows.get(university + "大学")):
            return True
    return False


def _write(tmp_path: Path, *rows: tuple[str, str, str, str]) -> Path:
    path = tmp_path / "landmarks.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "code", "official_name", "source"])
        writer.writerows(rows)
    return path


def _divisions() -> dict[str, tuple[str, str]]:
    return {r["code"]: (r["name"], r["level"]) for r in division_rows()}


@pytest.mark.parametrize(
    ("row", "says"),
    [
        (("黄山", "341003", "黄山区", "p: 黄山位于黄山区"), "already a name of ['341000', '341003']"),
        (("黄鹤楼", "420106", "武昌区", "p: 黄鹤楼位于武昌区"), "a township inside it ['420106007']"),
        (("兵马俑", "610115", "临潼区", ""), "names no source"),
        (("兵马俑", "610115", "临潼区", "p: 秦俑位于临潼区"), "does not quote the name"),
        (("兵马俑", "610115", "西安市", "p: 兵马俑位于临潼区"), "is '临潼区', not '西安市'"),
        (("兵马俑", "610000", "陕西省", "p: 兵马俑位于陕西省"), "not a county or prefecture"),
    ],
)
def test_the_builder_refuses_a_row_it_cannot_trust(tmp_path: Path, row: tuple[str, str, str, str], says: str) -> None:
    build = load_script("scripts/build_places.py")
    taken = {(normalise("黄山"), "341000", build.SHORT), (normalise("黄山"), "341003", build.SHORT)}
    taken.add(("黄鹤楼", "420106007", build.TOWNSHIP_SHORT))  # 武昌区's 黄鹤楼街道
    with pytest.raises(SystemExit, match=says.replace("[", r"\[").replace("]", r"\]")):
        build._landmarks(_write(tmp_path, row), _divisions(), taken)


def test_a_sight_two_counties_share_answers_both(tmp_path: Path, atlas: Atlas) -> None:
    build = load_script("scripts/build_places.py")
    rows = [
        ("壶口瀑布", code, name, "p: 壶口瀑布, 吉县与宜川县两省共有")
        for code, name in (("141028", "吉县"), ("610630", "宜川县"))
    ]
    keys = build._landmarks(_write(tmp_path, *rows), _divisions(), set())
    assert {("壶口瀑布", "141028", LANDMARK), ("壶口瀑布", "610630", LANDMARK)} <= keys
    with pytest.raises(SystemExit, match="or a third"):
        third = ("壶口瀑布", "141000", "临汾市", "p: 壶口瀑布在临汾市")
        build._landmarks(_write(tmp_path, *rows, third), _divisions(), set())
    for text in ("壶口瀑布", "我想去壶口瀑布"):
        answer = atlas.answer(text, suggest=False)
        assert answer.place is None and {c.place.code for c in answer.candidates} == {"141028", "610630"}, text
    settled = atlas.answer("山西吉县壶口瀑布", suggest=False).place  # the text settles which
    assert settled is not None and settled.code == "141028"


def test_the_builder_refuses_two_rows_of_one_name(tmp_path: Path) -> None:
    build = load_script("scripts/build_places.py")
    row = ("兵马俑", "610115", "临潼区", "p: 兵马俑位于临潼区")
    with pytest.raises(SystemExit, match="second row"):
        build._landmarks(_write(tmp_path, row, row), _divisions(), set())
    assert build._landmarks(_write(tmp_path, row), _divisions(), set()) == {("兵马俑", "610115", LANDMARK)}


@pytest.mark.parametrize(("query", "name", "code", "kind"), ALONE)
def test_a_landmark_alone_answers_its_county(cli: Any, query: str, name: str, code: str, kind: str) -> None:
    assert_answers_alone(cli, query, name, code, kind)


def test_a_sight_under_another_word_for_a_scenic_area_is_the_same_sight(atlas: Atlas) -> None:
    # the table's 黄龙景区 (松潘县), written 黄龙风景区: not 黄龙县 of 陕西 by the name inside it
    for text in ("黄龙风景区", "我家在黄龙风景名胜区附近"):
        place = atlas.answer(text, suggest=False).place
        assert place is not None and place.code == "513224", text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("太平机场", "230102"),  # the table's 太平国际机场 (道里区), not 阜新's 太平区
        ("我在哈尔滨太平机场等人", "230102"),
        ("地窝堡机场", "650104"),
        ("复旦邯郸校区", "310110"),  # the table's 复旦大学邯郸校区 (杨浦区), not 邯郸市
        ("浙大紫金港校区", "330106"),  # 浙大, a row of 浙江大学's county, and its campus
        ("我在复旦枫林校区上课", "310104"),
    ],
)
def test_a_sight_written_short_is_the_same_sight(atlas: Atlas, text: str, code: str) -> None:
    place = atlas.answer(text, suggest=False).place
    assert place is not None and place.code == code, (text, place)


@pytest.mark.parametrize(("text", "code"), IN_TEXT)
def test_a_landmark_inside_a_sentence(cli: Any, text: str, code: str) -> None:
    result = cli("region", text, "--format", "json")
    assert result.exit_code == 0, result.stderr
    body = result.json()
    assert body["place"]["code"] == code, (text, body["place"])
    assert body["matched_by"] in ("text", "path") and body["also"] == []


@pytest.mark.parametrize(
    ("text", "code", "also"),
    [
        ("我是北京市海淀区的，去过兵马俑", "110108", []),  # two names agree on 海淀区: it wins
        ("我住在陕西省西安市临潼区，兵马俑旁边", "610115", []),  # they agree
        ("兵马俑 海淀区", "110108", []),  # a sight a division disagrees with is not where the text is
        ("南京故宫", "320100", []),  # 故宫 after a city it does not lie in: the city stands (沈阳故宫 is a row)
        ("北京的兵马俑展览", "110000", []),
    ],
)
def test_a_division_that_disagrees_wins_or_is_named_in_also(cli: Any, text: str, code: str, also: list[str]) -> None:
    body = cli("region", text, "--format", "json").json()
    assert body["place"]["code"] == code, (text, body["place"])
    assert [p["code"] for p in body["also"]] == also


def test_a_landmark_s_answer_says_where_it_lies(cli: Any) -> None:
    zh = cli("region", "兵马俑", "--plain", env={"CARDINFO_LANG": "zh"})
    assert zh.exit_code == 0 and "“兵马俑”位于临潼区，按临潼区回答" in zh.stdout
    en = cli("region", "兵马俑", "--plain", env={"CARDINFO_LANG": "en"})
    assert en.exit_code == 0 and "“兵马俑” lies in 临潼区" in en.stdout


def test_a_landmark_holding_a_township_s_name_is_the_landmark(atlas: Atlas) -> None:
    # 横店 is two townships' short form (东阳市横店镇, 武汉黄陂区横店街道): 横店影视城 is the studio's
    answer = atlas.answer("横店影视城")
    assert answer.place is not None and answer.place.code == "330783" and answer.also == ()


@pytest.mark.slow  # every division: the full suite runs it
def test_every_division_s_official_name_still_answers_itself(divisions: Divisions) -> None:
    resolver = Resolver(divisions)
    wrong = []
    for r in division_rows():
        found = resolver.resolve(r["name"], suggest=False)
        if r["code"] not in [p.code for p in found.places] or found.kind == "landmark":
            wrong.append((r["name"], [p.code for p in found.places], found.kind))
    assert wrong == []


@pytest.mark.parametrize(("text", "code"), NOT_A_SIGHT)
def test_a_name_s_characters_where_they_are_no_sight_are_not_read_as_it(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("宁波江北新区", "330205"),
        ("重庆江北新区域规划", "500105"),
        ("嘉兴杭州湾新区", "330400"),
        ("河北安平县有古堡吗", "131125"),
    ],
)
def test_a_division_the_text_names_wins_over_a_fourth_pass_sight(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text)
    assert answer.place is not None and answer.place.code == code, (text, answer.place)


def test_names_the_fourth_pass_left_out_are_no_rows() -> None:
    landmarks = {r["name"] for r in _table()}
    with (REPO / "data" / "short_forms.csv").open(encoding="utf-8", newline="") as handle:
        short_forms = {r["name"] for r in csv.DictReader(handle)}
    for name in (
        "西海岸新区",
        "无锡新区",
        "中国光谷",
        "吉林大学",
        "赤柱",
        "中山大学",
    ):  # 北京大学, 重庆大学: see the end
        assert name not in landmarks, name
    for name in ("奉天", "奉天市", "奉天省", "旅顺"):
        assert name not in short_forms and name not in landmarks, name


# (name, the county it answers, a township of that name elsewhere, which `also` names)
SHARED = [
    ("三里屯", "110105", "130123002"),  # 正定县's 三里屯街道
    ("酒仙桥", "110105", "370812006"),  # 兖州区's
    ("牛街", "110102", "530628103"),
    ("天坛", "110101", "141027100"),  # 浮山县's 天坛镇
    ("宋庄", "110112", "320707114"),  # 赣榆区's
    ("庞各庄", "110115", "130225201"),
    ("观音桥", "500105", "511623105"),
    ("仙女山", "500156", "420984001"),  # 汉川市's 仙女山街道
    ("下沙", "330114", "350781102"),  # 邵武市's
    ("西溪", "330106", "330784111"),  # 永康市's
    ("天目山", "330112", "321204003"),  # 姜堰区's 天目山街道
    ("西塘", "330421", "430602100"),
    ("横店", "330783", "420116003"),  # 黄陂区's 横店街道
    ("周庄", "320583", "320281108"),  # 江阴市's: 昆山市's 周庄 lies in a zone the data lists as a township
    ("金鸡湖", "320500", "360821002"),  # a zone of 苏州, and 吉安县's 金鸡湖街道
    ("花果山", "320706", "410327208"),
    ("仙林", "320113", "511325103"),
    ("汤山", "320115", "520623001"),
    ("宏村", "341023", "361022101"),  # 黎川县's 宏村镇
    ("天柱山", "340882", "361124209"),  # 铅山县's 天柱山乡
    ("肇兴", "522631", "230421104"),  # 萝北县's 肇兴镇
    ("嵩山", "410185", "371002012"),  # 威海's 嵩山街道, which it answered alone before
]


@pytest.mark.parametrize(("name", "code", "town"), SHARED)
def test_a_famous_area_several_townships_bear_answers_its_county_and_names_them(
    cli: Any, name: str, code: str, town: str
) -> None:
    body = cli("region", name, "--format", "json").json()
    assert body["place"]["code"] == code and body["matched_by"] == "landmark", (name, body["place"])
    assert town in [p["code"] for p in body["also"]], (name, body["also"])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("黄陂区横店街道", "420116"),
        ("黎川县宏村镇", "361022"),
        ("正定县三里屯街道", "130123"),
        ("铅山县天柱山乡", "361124"),
        ("岳阳楼区西塘镇", "430602"),
        ("宁波市江北区外滩街道", "330205"),
    ],
)
def test_a_township_the_text_places_wins_over_a_fifth_pass_sight(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text)
    assert answer.place is not None and answer.place.code == code, (text, answer.place)


def test_names_the_fifth_pass_left_out_are_no_rows() -> None:
    landmarks = {r["name"] for r in _table()}
    # (外滩 was added afterwards: 国外 and 国内 are words, so 借鉴国外滩涂 reads no sight; so was 湖南大学, by the
    # eleventh pass, from a list of universities that names its district: 湖南大学生 reads no university)
    for name in ("望京", "四面山", "花园口", "白石山", "香山", "华山", "尚湖", "中山大学"):
        assert name not in landmarks, name


def test_provenance_and_the_docs_name_the_table() -> None:
    provenance = (REPO / "data" / "PROVENANCE.md").read_text(encoding="utf-8")
    assert "`landmarks.csv`" in provenance and f"{len(_table())} rows" in provenance
    assert "landmarks.csv" in (REPO / "docs" / "data-format.md").read_text(encoding="utf-8")
    assert "`landmark`" in (REPO / "docs" / "cli.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "code"),
    [("我家在木兰天池附近", "420116"), ("我在金沙遗址附近上班", "510105"), ("我家在古田会议会址旁", "350823")],
)
def test_a_place_name_opening_a_sights_name_is_no_place_there(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text, suggest=False)  # not 木兰县, 金沙县, 古田县: they stand inside the sight's name
    assert answer.place is not None and answer.place.code == code


@pytest.mark.parametrize(
    ("text", "code"), [("外滩", "310101"), ("我在外滩上班", "310101"), ("借鉴国外滩涂开发经验", None)]
)
def test_the_bund_and_not_abroad(atlas: Atlas, text: str, code: str | None) -> None:
    if code is None:  # 国外 (abroad) is a word: no sight starts inside it
        with pytest.raises(NotFound):
            atlas.answer(text, suggest=False)
        return
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code


# (text, a code the answer must not name): sentences that hold a sixth-pass name's characters where they
# mean no sight, or name another place of the same name
NOT_THE_SIXTH_PASS_SIGHT = [
    ("村里有三千户苗寨人家", "522634"),
    ("黄金山寺庙", "321111"),
    ("上海金山区金山寺", "321111"),  # the text names 金山区: not 镇江's temple
    ("宁德古田景区", "350823"),  # 古田县's own
    ("盘锦盘山风景区", "120119"),  # 盘山县's own
    ("宜宾江安校区", "510116"),
    ("连云港云台山景区", "410821"),  # 连云港's 云台山, not 焦作's
    ("广东佛山千佛山景区", "370102"),
    ("南京故宫", "210103"),
]


@pytest.mark.parametrize(("text", "code"), NOT_THE_SIXTH_PASS_SIGHT)
def test_a_sixth_pass_name_where_it_is_no_sight_or_another_place_s(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


def test_names_the_sixth_pass_left_out_are_no_rows() -> None:
    # 西街 and 中街 are many towns' streets (阳朔西街, 泉州西街 and 沈阳中街 are rows); 大巴扎 is 喀什's too;
    # 翠湖 and 翠湖公园 are lakes and parks of several cities; 玉泉校区 found no page naming its county
    landmarks = {r["name"] for r in _table()}
    for name in (
        "西街",
        "中街",
        "大巴扎",
        "翠湖",
        "翠湖公园",
        "玉泉校区",
        "邯郸校区",
        "望江校区",
        "老君山",
        "东湖景区",
    ):
        assert name not in landmarks, name


# (text, a code the answer must not name): sentences that hold a seventh-pass name's characters where
# they mean no sight, or a text that names the other place
NOT_THE_SEVENTH_PASS_SIGHT = [
    ("上海宝塔路", "640104"),  # 上海 before 宝塔: no 海宝塔
    ("北海宝塔", "640104"),
    ("延安宝塔区", "640104"),
    ("徐州泉山区", "620102"),
    ("苏州五泉山", "620102"),  # the text names another city: not 兰州's
    ("成都水井巷", "630103"),
    ("临汾古县", "140110"),
    ("你注意风区", "120105"),
    ("瑞金市人民医院", "310101"),  # 瑞金市's own hospital
    ("我在瑞金住院", "310101"),
]


@pytest.mark.parametrize(("text", "code"), NOT_THE_SEVENTH_PASS_SIGHT)
def test_a_seventh_pass_name_where_it_is_no_sight_or_another_place_s(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


def test_the_seventh_pass_rows_lie_in_the_provinces_with_the_fewest_rows() -> None:
    # the pass worked on 青海, 内蒙古, 吉林, 宁夏, 海南, 甘肃, 天津, 江西, 辽宁, 黑龙江, 西藏 and 山西
    added = {
        "水井巷",
        "席力图召",
        "长影旧址",
        "海宝塔",
        "五公祠",
        "拉卜楞寺",
        "独乐寺",
        "望仙谷",
        "北陵公园",
        "果戈里大街",
        "色拉寺",
        "太原古县城",
    }
    rows = {r["name"]: r["code"][:2] for r in _table() if r["name"] in added}
    assert set(rows) == added
    assert set(rows.values()) == {"63", "15", "22", "64", "46", "62", "12", "36", "21", "23", "54", "14"}


# The eighth pass: airports, hospitals known by a short name, railway stations, lakes and mountains, and a
# street, each as a person writes it alone: (query, official name, code)
EIGHTH_PASS_ALONE = [
    ("长水机场", "官渡区", "530111"),  # it answered nothing
    ("天河机场", "黄陂区", "420116"),  # 武汉's airport: it answered 广州's 天河区 by the name inside it
    ("白云机场", "广州市", "440100"),  # astride 白云区 and 花都区: it answered a choice of 广州's and 贵阳's 白云区
    ("江北机场", "渝北区", "500112"),  # 重庆's airport lies in 渝北区: it answered a choice of the two 江北区
    ("华西医院", "武侯区", "510107"),
    ("齐鲁医院", "历下区", "370102"),  # it answered 山东省 by the province's old name inside it
    ("湘雅医院", "开福区", "430105"),
    ("虹桥站", "闵行区", "310112"),
    ("北京南站", "丰台区", "110106"),  # it answered only 北京市
    ("滇池", "昆明市", "530100"),  # several districts of one city: the city
    ("洱海", "大理市", "532901"),
    ("异龙湖", "石屏县", "532525"),  # it answered 汕头's 龙湖区 by the name inside it
    ("淮河路步行街", "庐阳区", "340103"),
]


@pytest.mark.parametrize(("query", "name", "code"), EIGHTH_PASS_ALONE)
def test_an_eighth_pass_place_alone_answers_its_county(cli: Any, query: str, name: str, code: str) -> None:
    assert_answers_alone(cli, query, name, code, "landmark")


# the universities pass: universities by full name, their short names where one university bears them, and
# campuses named like a place elsewhere; (what a person types, official name, code, matched_by)
UNIVERSITIES = [
    ("西北工业大学", "长安区", "610116", "landmark"),  # 长安校区, the main campus; not 北京's or 深圳's 长安
    ("东南大学", "江宁区", "320115", "landmark"),  # 九龙湖, where the main teaching moved in 2006
    ("哈尔滨工业大学", "南岗区", "230103", "landmark"),
    ("上海交通大学", "闵行区", "310112", "landmark"),  # its largest campus; not 上海市 alone
    ("浙大", "西湖区", "330106", "landmark"),
    ("川大", "武侯区", "510107", "landmark"),
    ("西工大", "长安区", "610116", "landmark"),  # not 洛阳's 西工区
    ("哈工大", "南岗区", "230103", "landmark"),
    ("北师大", "海淀区", "110108", "landmark"),
    ("西交大", "碑林区", "610103", "landmark"),
    ("厦大", "思明区", "350203", "landmark"),
    ("复旦", "杨浦区", "310110", "landmark"),
    ("暨大", "天河区", "440106", "landmark"),
    ("电子科技大学清水河校区", "郫都区", "510117", "landmark"),  # not 呼和浩特's 清水河县
    ("四川大学望江校区", "武侯区", "510107", "landmark"),  # not 安庆's 望江县
    ("东南大学九龙湖校区", "江宁区", "320115", "landmark"),  # not 九龙县, nor 香港
    ("复旦大学张江校区", "浦东新区", "310115", "landmark"),  # not 复旦大学's 杨浦区
    ("复旦大学邯郸校区", "杨浦区", "310110", "landmark"),  # not 河北's 邯郸市
    ("复旦大学枫林校区", "徐汇区", "310104", "landmark"),
    ("天津大学卫津路校区", "南开区", "120104", "landmark"),
    ("北京理工大学良乡校区", "房山区", "110111", "landmark"),
    ("北洋园校区", "津南区", "120112", "landmark"),
]


@pytest.mark.parametrize(("query", "name", "code", "kind"), UNIVERSITIES)
def test_a_university_its_short_name_or_campus_answers_its_county(
    cli: Any, query: str, name: str, code: str, kind: str
) -> None:
    assert_answers_alone(cli, query, name, code, kind)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("我在华西医院住院", "510107"),
        ("家在长水机场附近", "530111"),
        ("我家住在滇池旁边", "530100"),
        ("我在广州南站上班", "440113"),
        ("我在梅里雪山脚下放牧", "533422"),
        ("华西医院温江院区", "510115"),  # the campus's own district, which the text names
    ],
)
def test_an_eighth_pass_place_in_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code, (text, answer.place)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("我在浙大读书", "330106"),
        ("川大旁边的小区，残疾证在哪办", "510107"),
        ("我是西工大的老师", "610116"),
        ("去北航怎么走", "110108"),
        ("我住厦大宿舍", "350203"),
        ("我在天津大学北洋园校区读书", "120112"),
        ("南京东南大学", "320115"),  # the city it lies in agrees
        ("川大江安校区", "510116"),  # not 宜宾's 江安县: 川大 is read, and its campus 江安 with it
    ],
)
def test_a_university_inside_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code and answer.also == (), (text, answer.place)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("浙大舟山校区", "330900"),  # a campus named after another place is there, not at the main campus
        ("北师大珠海校区", "440400"),
        ("厦大漳州校区", "350600"),
        ("暨大番禺校区", "440113"),
        ("哈工大威海校区", "371000"),
        ("上海交通大学徐汇校区", "310104"),
        ("西安电子科大", "610100"),  # 西安's, not the row 电子科大 (成都市)
        ("桂林电子科大", "450300"),
        ("宜宾江安县", "511523"),  # the counties the campus names had answered stay themselves
        ("安庆望江县", "340827"),
        ("呼和浩特清水河县", "150124"),
        ("洛阳西工区", "410303"),
    ],
)
def test_a_place_the_text_names_wins_over_a_university(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code, (text, answer.place)


# (text, a code the answer must not name): sentences where an eighth-pass name's characters mean no place,
# or where the text names another city's place of the same kind
NOT_THE_EIGHTH_PASS_PLACE = [
    ("他终于在上海站稳脚跟", "310106"),  # 上海站 is no row: 站稳 is "to gain a foothold"
    ("我在北京站稳了脚跟", "110101"),
    ("贵阳白云机场", "440100"),
    ("宁波江北机场路", "500112"),
    ("厦门中山医院", "310104"),  # 中山医院 is no row: several cities' hospitals bear it
    ("齐鲁医院青岛院区", "370102"),
    ("韶关曲江池塘", "610113"),
    ("蚌埠淮河路步行街", "340103"),
    ("彩虹桥站着一个人", "310112"),
]


@pytest.mark.parametrize(("text", "code"), NOT_THE_EIGHTH_PASS_PLACE)
def test_an_eighth_pass_name_where_it_is_no_place_or_another_city_s(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


def test_names_the_eighth_pass_left_out_are_no_rows() -> None:
    # bare city stations read across 站稳 and 站着; hospitals' names several cities share; names no page placed
    landmarks = {r["name"] for r in _table()}
    for name in ("北京站", "上海站", "武汉站", "协和医院", "中山医院", "同济医院", "人民医院", "王府井", "窄巷子"):
        assert name not in landmarks, name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("我在北大荒插过队", "110108"),  # 北大 left out: 北大荒, 北大西洋, 北大港, 北大营 hold it
        ("横渡北大西洋", "110108"),
        ("我在武大郎烧饼店上班", "420106"),  # 武大 left out: 武大郎
        ("我在华科电子上班", "420111"),  # 华科 left out: firms bear it
        ("东北大学", "110108"),
        ("湖北大学", "110108"),
    ],
)
def test_a_short_name_left_out_is_not_read_inside_other_words(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


def test_short_names_the_universities_pass_left_out_are_no_rows() -> None:
    # shared by several universities (人大 is also 人民代表大会), or words and names of other things
    landmarks = {r["name"] for r in _table()}
    for name in (
        "北大",
        "武大",
        "华科",
        "人大",
        "中大",
        "山大",
        "华师",
        "华师大",
        "南大",
        "交大",
        "苏大",
        "北科大",
        "重大",
    ):
        assert name not in landmarks, name


def test_the_universities_pass_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(UNIVERSITIES)


# universities named after their city or province, added last by the universities pass (the earlier passes had left
# 北京大学, 重庆大学 and 武汉大学 out: X大学生 is also X's students)
NAMED_AFTER_A_PLACE = [
    ("浙江大学", "西湖区", "330106", "landmark"),  # not 浙江省: the main campus, 紫金港
    ("四川大学", "武侯区", "510107", "landmark"),  # not 四川省: 望江 and 华西
    ("北京大学", "海淀区", "110108", "landmark"),
    ("天津大学", "津南区", "120112", "landmark"),  # 北洋园, the main campus since 2015
    ("武汉大学", "武昌区", "420106", "landmark"),
    ("深圳大学", "南山区", "440305", "landmark"),
]


@pytest.mark.parametrize(("query", "name", "code", "kind"), NAMED_AFTER_A_PLACE)
def test_a_university_named_after_its_city_or_province_answers_its_county(
    cli: Any, query: str, name: str, code: str, kind: str
) -> None:
    assert_answers_alone(cli, query, name, code, kind)


# English names of sights, as English writers name them (no leading "The": the text finder drops it),
# each typed alone: (query, official name, code). Before these rows each answered nothing, only the
# city or province, or a wrong place (noted).
ENGLISH_ALONE = [
    ("Bund", "黄浦区", "310101"),
    ("Forbidden City", "东城区", "110101"),
    ("Terracotta Army", "临潼区", "610115"),
    ("West Lake", "西湖区", "330106"),
    ("Potala Palace", "城关区", "540102"),
    ("Summer Palace", "海淀区", "110108"),
    ("Zhongguancun", "海淀区", "110108"),
    ("Lujiazui", "浦东新区", "310115"),
    ("Wangfujing", "东城区", "110101"),
    ("Sanlitun", "朝阳区", "110105"),
    ("Mount Emei", "峨眉山市", "511181"),
    ("Mount Tai", "泰安市", "370900"),  # it spans several counties of one prefecture, as the row 泰山景区
    ("Peking University", "海淀区", "110108"),  # it answered only 北京市
    ("Fudan University", "杨浦区", "310110"),
    ("Huaxi Hospital", "武侯区", "510107"),  # it answered 贵阳's 花溪区
    ("Ruijin Hospital", "黄浦区", "310101"),  # it answered 江西's 瑞金市
    ("Longmen Grottoes", "洛龙区", "410311"),  # it answered 广东's 龙门县
    ("Tianmen Mountain", "永定区", "430802"),  # it answered 湖北's 天门市
    ("Daming Lake", "历下区", "370102"),  # it answered 河北's 大名县
    ("Tianhe Airport", "黄陂区", "420116"),  # 武汉's airport: it answered 广州's 天河区
    ("Huanghua Airport", "长沙县", "430121"),  # it answered 河北's 黄骅市
    ("Lukou Airport", "江宁区", "320115"),  # it answered 株洲's 渌口区
    ("Wudang Mountains", "丹江口市", "420381"),  # it answered 贵阳's 乌当区
    ("Victoria Peak", "香港特别行政区", "810000"),
    ("Ruins of St. Paul's", "澳门特别行政区", "820000"),
    ("Sun Moon Lake", "台湾省", "710000"),
]


@pytest.mark.parametrize(("query", "name", "code"), ENGLISH_ALONE)
def test_an_english_name_of_a_sight_alone_answers_its_county(cli: Any, query: str, name: str, code: str) -> None:
    assert_answers_alone(cli, query, name, code, "landmark")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("浙江大学海宁校区", "330481"),  # a campus named after another place is there
        ("厦门大学翔安校区", "350213"),
        ("云南大学呈贡校区", "530114"),
        ("浙江大学紫金港校区", "330106"),
    ],
)
def test_a_campus_of_a_university_named_after_its_city_is_its_own_place(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code, (text, answer.place)


# X大学生 and X大学城 are X's students or university town, not the university X大学 (浙江大学生, 厦门大学城 in 集美区)
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("北京大学生运动会", "110108"),
        ("武汉大学生就业难", "420106"),
        ("浙江大学生就业", "330106"),
        ("厦门大学城", "350203"),
        ("云南大学城", "530102"),
    ],
)
def test_a_place_s_students_or_university_town_are_not_its_university(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


@pytest.mark.parametrize(
    ("text", "code"), [("北京大学生命科学学院", "110108"), ("同济大学城市规划学院", "310110"), ("浙江大学", "330106")]
)
def test_a_school_of_a_university_is_still_the_university(atlas: Atlas, text: str, code: str) -> None:
    assert code == atlas.answer(text, suggest=False).place.code, text  # type: ignore[union-attr]


def test_the_named_universities_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(NAMED_AFTER_A_PLACE)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I live near the Forbidden City", "110101"),
        ("My home is close to the Temple of Heaven", "110101"),
        ("We live next to the Terracotta Army museum", "610115"),
        ("I work in Lujiazui and live near the Bund", "310115"),  # two sights: the first named
        ("My grandmother lives by West Lake", "330106"),
        ("the Bund, Shanghai", "310101"),  # after its city, "the" dropped
        ("Lujiazui, Pudong, Shanghai", "310115"),
        ("Kuanzhai Alley, Chengdu", "510105"),
        ("Yellow Crane Tower, Wuhan", "420106"),
        ("Mount Emei, Sichuan", "511181"),
        ("I study at Peking University", "110108"),
        ("the North Bund, Hongkou", "310109"),  # not the Bund's 黄浦区
        ("Slender West Lake, Yangzhou", "321003"),  # 扬州's, not 杭州's West Lake
        ("Huizhou West Lake", "441302"),  # 惠州's, not 杭州's
        ("1266 Nanjing West Road, Shanghai", "310106"),  # not 南京市
        ("Nanjing East Road", "310101"),
        ("Xingwen Stone Forest", "511528"),  # 兴文县's, as it answered before (the Stone Forest's county in `also`)
        # a city the text names that disagrees with the sight: the city (as in Chinese text)
        ("West Lake, Huizhou", "441300"),
        ("Ming Tombs in Nanjing", "320100"),
        ("Tsinghua University Shenzhen International Graduate School", "440300"),
        ("I live near the Forbidden City in Beijing", "110101"),  # one that agrees stays
        ("The Bund, near Nanjing Road", "310101"),  # a road named after a city names no city
    ],
)
def test_an_english_name_of_a_sight_in_english_text(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


# (text, a code the answer must not name): English words that hold a sight's name where they mean no sight
NOT_THE_ENGLISH_SIGHT = [
    ("The farmers raised a bund along the field", "310101"),  # a bund is an embankment anywhere
    ("They built a stone forest of glass towers", "530126"),  # lower case in prose: no name
    ("Jinli Town, Gaoyao", "510107"),  # 高要区's 金利镇: Jinli alone is no row
    ("Wuhan University of Technology", "420106"),  # Wuhan University is no row
]


@pytest.mark.parametrize(("text", "code"), NOT_THE_ENGLISH_SIGHT)
def test_an_english_name_where_it_is_no_sight(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


def test_english_names_left_out_are_no_rows() -> None:
    # Nanjing Road spans 黄浦区 and 静安区 (a row cannot name 上海市); Wuhan and Xiamen University would be read
    # inside Wuhan University of Technology and Xiamen University of Technology; Purple Mountain and Huashan
    # are other places' names too (Huashan Hospital is 上海's); Jinli is 高要区's 金利镇 in pinyin; Tsinghua alone
    # is National Tsing Hua University's too (台湾's)
    landmarks = {normalise(r["name"]) for r in _table()}
    left_out = (
        "Nanjing Road",
        "Wuhan University",
        "Xiamen University",
        "Purple Mountain",
        "Huashan",
        "Jinli",
        "Tsinghua",
    )
    for name in left_out:
        assert normalise(name) not in landmarks, name


# English names of sights, second pass: the long names (up to 5 words) the builder now takes, each typed
# alone: (query, official name, code). Before these rows each answered nothing, only the city or
# province, or a wrong place (noted).
ENGLISH_LONG_ALONE = [
    ("Tsinghua University", "海淀区", "110108"),
    ("National Tsing Hua University", "台湾省", "710000"),  # 新竹's: not read as Tsinghua University
    ("West China Hospital", "武侯区", "510107"),
    ("Terracotta Warriors", "临潼区", "610115"),
    ("Big Wild Goose Pagoda", "雁塔区", "610113"),
    ("Oriental Pearl Tower", "浦东新区", "310115"),
    ("Shanghai Disneyland", "浦东新区", "310115"),  # it answered only 上海市
    ("Phoenix Ancient Town", "凤凰县", "433123"),
    ("Leshan Giant Buddha", "市中区", "511102"),  # it answered only 乐山市
    ("Humble Administrator's Garden", "姑苏区", "320508"),
    ("Wuhan Tianhe International Airport", "黄陂区", "420116"),  # it answered 广州's 天河区
    ("Shanghai Hongqiao International Airport", "长宁区", "310105"),  # it answered 天津's 红桥区
    ("Hongqiao Airport", "长宁区", "310105"),
    ("Beijing Capital International Airport", "朝阳区", "110105"),
    ("Chongqing Jiangbei International Airport", "渝北区", "500112"),  # it answered 江北区
    ("Nanjing Lukou International Airport", "江宁区", "320115"),  # it answered 株洲's 渌口区
    ("Changsha Huanghua International Airport", "长沙县", "430121"),  # it answered 河北's 黄骅市
    ("Chengdu Tianfu International Airport", "简阳市", "510185"),
    ("Jade Dragon Snow Mountain", "玉龙纳西族自治县", "530721"),
    ("Giant Panda Breeding Research Base", "成华区", "510108"),
    ("Badaling Great Wall", "延庆区", "110119"),
    ("Ming Tombs", "昌平区", "110114"),
    ("Chengde Mountain Resort", "双桥区", "130802"),  # it answered 承德市, 承德县 in `also`
    ("Three Gorges Dam", "夷陵区", "420506"),
    ("Mount Putuo", "普陀区", "330903"),  # 舟山's, not 上海's 普陀区
    ("Dianchi Lake", "昆明市", "530100"),  # it borders several districts, as the row 滇池
    ("Tian Tan Buddha", "香港特别行政区", "810000"),
    ("Kumbum Monastery", "湟中区", "630106"),
]


@pytest.mark.parametrize(("query", "name", "code"), ENGLISH_LONG_ALONE)
def test_a_long_english_name_of_a_sight_alone_answers_its_county(cli: Any, query: str, name: str, code: str) -> None:
    assert_answers_alone(cli, query, name, code, "landmark")


def test_the_long_english_names_codes_are_the_division_data_s() -> None:
    assert_codes_are_official([(query, name, code, "landmark") for query, name, code in ENGLISH_LONG_ALONE])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I live near the Terracotta Warriors", "610115"),
        ("We rent a flat close to the Big Wild Goose Pagoda", "610113"),
        ("My office is next to the Oriental Pearl Tower", "310115"),
        ("I study at Tsinghua University", "110108"),
        ("My father was treated at West China Hospital last year", "510107"),
        ("Our house is a short drive from Beijing Capital International Airport", "110105"),
        ("the Humble Administrator's Garden, Suzhou", "320508"),  # after its city
        ("Leshan Giant Buddha, Sichuan", "511102"),
        ("Sun Yat-sen Mausoleum, Nanjing", "320102"),
        ("Orange Isle, Changsha", "430104"),
        ("Hanging Temple, Datong", "140225"),
        ("Mount Putuo, Zhoushan", "330903"),
        ("I studied at National Tsing Hua University in Hsinchu", "710000"),
        ("Harbin Institute of Technology", "230103"),
        ("Xijiang Miao Village, Guizhou", "522634"),
    ],
)
def test_a_long_english_name_of_a_sight_in_english_text(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


# (text, the code it answered before the second pass and must still answer): names that hold one of the
# new rows' names (or a city's) where they mean another place
STILL_THE_OTHER_PLACE = [
    ("Zhejiang University of Technology", "330000"),  # Zhejiang University is no row (西湖区 would be wrong)
    ("Sichuan University of Science and Engineering", "510000"),  # 自贡's; Sichuan University is no row
    ("Nanjing University of Science and Technology", "320100"),  # Nanjing University is no row
    ("Tianjin University of Technology", "120000"),
    ("Chongqing University of Posts and Telecommunications", "500000"),
    ("Shanghai Jiao Tong University Xuhui campus", "310104"),  # Shanghai Jiao Tong University is no row
    ("Beijing Normal University, Zhuhai campus", "440400"),  # Beijing Normal University is no row
    ("Zhangye Danxia Mountain", "620700"),  # Danxia Mountain is no row; Mount Danxia (仁化县) is
    ("Jiangbei District, Chongqing", "500105"),  # the district, not the airport's 渝北区
    ("Guangzhou Tianhe District", "440106"),  # the district, not 武汉's airport
    ("Putuo District, Shanghai", "310107"),  # 上海's district, not 舟山's Mount Putuo
]


@pytest.mark.parametrize(("text", "code"), STILL_THE_OTHER_PLACE)
def test_a_name_holding_a_long_english_sight_s_name_still_answers_its_own_place(
    atlas: Atlas, text: str, code: str
) -> None:
    assert_answers_code(atlas, text, code)


def test_long_english_names_left_out_are_no_rows() -> None:
    # each would be read inside the name of another university, lake or mountain (the test above)
    landmarks = {normalise(r["name"]) for r in _table()}
    left_out = (
        "Zhejiang University",
        "Sichuan University",
        "Nanjing University",
        "Tianjin University",
        "Chongqing University",
        "Shanghai Jiao Tong University",
        "Beijing Normal University",
        "Xi'an Jiaotong University",
        "Thousand Island Lake",
        "Danxia Mountain",
    )
    for name in left_out:
        assert normalise(name) not in landmarks, name


# The ninth pass: bays and beaches, islands, old towns, a market street, new towns, ski resorts and parks people
# name where they are; (what a person types, official name, code, matched_by)
NINTH_PASS_ALONE = [
    ("海棠湾", "海棠区", "460202", "landmark"),  # it answered nothing
    ("巽寮湾", "惠东县", "441323", "landmark"),
    ("大梅沙", "盐田区", "440308", "landmark"),
    ("北海银滩", "银海区", "450503", "landmark"),  # it answered only 北海市, the city inside its name
    ("东山岛", "东山县", "350626", "landmark"),  # it answered nothing: several divisions are called 东山
    ("外伶仃岛", "香洲区", "440402", "landmark"),
    ("崇武古城", "惠安县", "350521", "landmark"),  # it answered 丽江's 古城区 by the word inside it
    ("黄龙溪古镇", "双流区", "510116", "landmark"),  # it answered 陕西's 黄龙县
    ("平乐古镇", "邛崃市", "510183", "landmark"),  # it answered 桂林's 平乐县
    ("赤坎古镇", "开平市", "440783", "landmark"),  # it answered 湛江's 赤坎区
    ("沙湾古镇", "番禺区", "440113", "landmark"),  # it answered a choice of the places called 沙湾
    ("古北水镇", "密云区", "110118", "landmark"),
    ("龚滩古镇", "酉阳土家族苗族自治县", "500242", "landmark"),
    ("汉正街", "硚口区", "420104", "landmark"),
    ("中新广州知识城", "黄埔区", "440112", "landmark"),  # it answered only 广州市
    ("万龙滑雪场", "崇礼区", "130709", "landmark"),
    ("亚布力滑雪场", "尚志市", "230183", "landmark"),
    ("玉渊潭公园", "海淀区", "110108", "landmark"),
    ("深圳湾公园", "深圳市", "440300", "landmark"),  # along the bay through 福田区 and 南山区: the city
]


@pytest.mark.parametrize(("query", "name", "code", "kind"), NINTH_PASS_ALONE)
def test_a_ninth_pass_place_alone_answers_its_county(cli: Any, query: str, name: str, code: str, kind: str) -> None:
    assert_answers_alone(cli, query, name, code, kind)


NINTH_PASS_IN_TEXT = [
    ("我家在三亚海棠湾附近", "460202"),
    ("我住在惠州双月湾旁边的小区", "441323"),
    ("我在青岛石老人海水浴场附近上班", "370212"),
    ("烟台养马岛上的渔村", "370612"),
    ("我在成都黄龙溪古镇开客栈", "510116"),
    ("我家在崇礼太舞滑雪小镇", "130709"),
    ("我每天去奥林匹克森林公园跑步", "110105"),
    ("家住共青森林公园对面", "310110"),
]


@pytest.mark.parametrize(("text", "code"), NINTH_PASS_IN_TEXT)
def test_a_ninth_pass_place_in_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code and answer.also == (), (text, answer.place)


# (text, the code it must answer): a division the text names before the sight's name is still that division
NINTH_PASS_OTHER_PLACE = [
    ("湛江赤坎古镇", "440802"),  # 湛江's 赤坎区, not 开平's old town
    ("桂林平乐古镇", "450330"),  # 桂林's 平乐县, not 邛崃's old town
    ("陕西黄龙溪古镇", "610631"),
    ("我在湛江赤坎区上班", "440802"),
    ("桂林平乐县", "450330"),
]


@pytest.mark.parametrize(("text", "code"), NINTH_PASS_OTHER_PLACE)
def test_a_division_the_text_names_wins_over_a_ninth_pass_sight(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


def test_the_ninth_pass_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(NINTH_PASS_ALONE, NINTH_PASS_IN_TEXT + NINTH_PASS_OTHER_PLACE)


def test_names_the_ninth_pass_left_out_are_no_rows() -> None:
    # no page read names the district (亚龙湾, 大东海), pages disagree (东极岛, 北大湖滑雪场), the place lies in
    # two districts of a province-level city (七浦路), or the name reads inside everyday words (知识城, 石老人)
    landmarks = {r["name"] for r in _table()}
    for name in ("亚龙湾", "大东海", "东极岛", "北大湖滑雪场", "七浦路", "知识城", "石老人", "小梅沙", "秀水街"):
        assert name not in landmarks, name


# The tenth pass: 5A areas and famous sights that answered nothing, only their city or province, or a wrong place
# by a division's name inside them; (what a person types, official name, code, matched_by)
TENTH_PASS_ALONE = [
    ("靖江王城", "秀峰区", "450302", "landmark"),  # it answered 泰州's 靖江市 by the name inside it
    ("木兰山", "黄陂区", "420116", "landmark"),  # it answered 黑龙江's 木兰县
    ("木兰围场", "围场满族蒙古族自治县", "130828", "landmark"),  # it answered 木兰县, 围场 only in `also`
    ("青天河", "博爱县", "410822", "landmark"),  # it answered 广州's 天河区
    ("灵山胜境", "滨湖区", "320211", "landmark"),  # it answered 钦州's 灵山县
    ("北岳恒山", "浑源县", "140225", "landmark"),  # it answered 鸡西's 恒山区
    ("老铁山", "旅顺口区", "210212", "landmark"),  # it answered 黄石's 铁山区
    ("红山森林动物园", "玄武区", "320102", "landmark"),  # it answered 赤峰's 红山区
    ("天涯海角游览区", "天涯区", "460204", "landmark"),
    ("良渚古城遗址", "余杭区", "330110", "landmark"),  # it answered 丽江's 古城区
    ("独克宗古城", "香格里拉市", "533401", "landmark"),  # it answered 丽江's 古城区 too
    ("圆通山", "五华区", "530102", "landmark"),  # it answered 咸宁's 通山县
    ("南华寺", "曲江区", "440205", "landmark"),  # it answered 楚雄's 南华县
    ("汉阳陵", "渭城区", "610404", "landmark"),  # it answered 武汉's 汉阳区
    ("天子山", "武陵源区", "430811", "landmark"),
    ("云南民族村", "西山区", "530112", "landmark"),  # it answered only 云南省
    ("四川博物院", "青羊区", "510105", "landmark"),  # it answered only 四川省
    ("天津博物馆", "河西区", "120103", "landmark"),  # it answered only 天津市
    ("上海中心大厦", "浦东新区", "310115", "landmark"),  # it answered only 上海市
    ("侵华日军南京大屠杀遇难同胞纪念馆", "建邺区", "320105", "landmark"),  # it answered only 南京市
    ("居庸关", "昌平区", "110114", "landmark"),
    ("中国国家博物馆", "东城区", "110101", "landmark"),
    ("艾提尕尔清真寺", "喀什市", "653101", "landmark"),
    ("禾木村", "布尔津县", "654321", "landmark"),
    ("松花湖", "吉林市", "220200", "landmark"),  # the lake runs through several counties of 吉林市
    ("松花湖风景区", "丰满区", "220211", "landmark"),
    ("花亭湖", "太湖县", "340825", "landmark"),  # it answered 盐城's 亭湖区
    ("居延海", "额济纳旗", "152923", "landmark"),
    ("格根塔拉草原", "四子王旗", "150929", "landmark"),
    ("罗布林卡", "城关区", "540102", "landmark"),
    ("桑耶寺", "扎囊县", "540521", "landmark"),
    ("雍布拉康", "乃东区", "540502", "landmark"),
    ("伏尔加庄园", "香坊区", "230110", "landmark"),
    ("圣索菲亚教堂", "道里区", "230102", "landmark"),
    ("虎头要塞", "虎林市", "230381", "landmark"),
    ("原子城", "海晏县", "632223", "landmark"),
    ("察尔汗盐湖", "海西蒙古族藏族自治州", "632800", "landmark"),  # in 格尔木市 and 都兰县, both of 海西州
    ("须弥山石窟", "原州区", "640402", "landmark"),
    ("南关清真大寺", "兴庆区", "640104", "landmark"),  # it answered 长春's 南关区
]


@pytest.mark.parametrize(("query", "name", "code", "kind"), TENTH_PASS_ALONE)
def test_a_tenth_pass_place_alone_answers_its_county(cli: Any, query: str, name: str, code: str, kind: str) -> None:
    assert_answers_alone(cli, query, name, code, kind)


def test_baimasi_alone_is_the_temple_and_names_the_township(cli: Any) -> None:
    # 洛阳's temple; 江陵县's 白马寺镇 bears the name too and is named in `also`
    result = cli("region", "白马寺", "--format", "json")
    assert result.exit_code == 0, result.stderr
    body = result.json()
    assert body["place"]["code"] == "410304" and body["matched_by"] == "landmark"
    assert [place["code"] for place in body["also"]] == ["421024103"]


TENTH_PASS_IN_TEXT = [
    ("我家在桂林靖江王府附近", "450302"),
    ("我住在武汉木兰山脚下", "420116"),
    ("我在良渚古城遗址附近上班", "330110"),
    ("周末去南京红山森林动物园看熊猫", "320102"),
    ("我家就在洛阳白马寺旁边", "410304"),
    ("我在三亚天涯海角景区上班", "460204"),
    ("家住上海辰山植物园对面", "310117"),
    ("我在厦门南普陀寺附近租房", "350203"),
    ("我在汉阳陵博物馆工作", "610404"),
    ("我住在罗布林卡附近", "540102"),
    ("我在察尔汗盐湖工作", "632800"),
    ("我家在哈尔滨索菲亚教堂旁边", "230102"),
]


@pytest.mark.parametrize(("text", "code"), TENTH_PASS_IN_TEXT)
def test_a_tenth_pass_place_in_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code and answer.also == (), (text, answer.place)


# The eleventh pass: universities named after their province, city or region, civil airports and railway stations
# named after their city, which answered only that province or city (or nothing, or another place's name inside
# theirs: 江汉大学 江汉区, 西华大学 西华县, 井冈山大学 井冈山市, 十堰武当山机场 丹江口市, 连云港花果山机场 海州区,
# 固原六盘山机场 泾源县, 九寨黄龙机场 陕西's 黄龙县); (what a person types, official name, code, matched_by)
ELEVENTH_PASS_ALONE = [
    ("贵州大学", "花溪区", "520111", "landmark"),  # it answered 贵州省
    ("宁夏大学", "西夏区", "640105", "landmark"),
    ("内蒙古大学", "赛罕区", "150105", "landmark"),
    ("青海大学", "城北区", "630105", "landmark"),
    ("山西大学", "小店区", "140105", "landmark"),  # 坞城, "山西大学主体校区"
    ("广西大学", "西乡塘区", "450107", "landmark"),
    ("海南大学", "美兰区", "460108", "landmark"),
    ("延边大学", "延吉市", "222401", "landmark"),  # it answered 延边朝鲜族自治州
    ("湖北大学", "武昌区", "420106", "landmark"),  # the list's 武昌主校区
    ("兰州大学", "城关区", "620102", "landmark"),  # the list's 本部 (榆中 is another campus)
    ("江汉大学", "蔡甸区", "420114", "landmark"),  # not 武汉's 江汉区 by the name inside it
    ("西华大学", "郫都区", "510117", "landmark"),  # not 河南's 西华县
    ("井冈山大学", "青原区", "360803", "landmark"),  # 吉安's, not 井冈山市
    ("三峡大学", "西陵区", "420502", "landmark"),  # it answered nothing
    ("四川外国语大学", "沙坪坝区", "500106", "landmark"),  # 重庆's, not 四川省
    ("中川机场", "兰州市", "620100", "landmark"),  # 中川镇 lies in 兰州新区, a zone of 兰州市
    ("河东机场", "灵武市", "640181", "landmark"),  # 银川's
    ("拉萨贡嘎机场", "贡嘎县", "540522", "landmark"),  # 山南's 贡嘎县, not 拉萨市
    ("龙嘉机场", "九台区", "220113", "landmark"),
    ("三亚凤凰机场", "天涯区", "460204", "landmark"),  # not 凤凰县
    ("哈尔滨太平国际机场", "道里区", "230102", "landmark"),
    ("地窝堡国际机场", "新市区", "650104", "landmark"),
    ("乌鲁木齐天山国际机场", "新市区", "650104", "landmark"),  # its name since 2025
    ("曹家堡国际机场", "互助土族自治县", "630223", "landmark"),  # 海东's, not 西宁市
    ("周水子机场", "甘井子区", "210211", "landmark"),
    ("硕放机场", "新吴区", "320214", "landmark"),
    ("潮汕机场", "榕城区", "445202", "landmark"),
    ("荷花机场", "永定区", "430802", "landmark"),
    ("三峡机场", "猇亭区", "420505", "landmark"),
    ("朝阳川机场", "延吉市", "222401", "landmark"),  # it answered 辽宁's 朝阳市
    ("九寨黄龙机场", "松潘县", "513224", "landmark"),  # it answered 陕西's 黄龙县
    ("十堰武当山机场", "茅箭区", "420302", "landmark"),  # it answered 丹江口市
    ("连云港花果山机场", "灌云县", "320723", "landmark"),  # it answered 海州区 (花果山 itself)
    ("固原六盘山机场", "原州区", "640402", "landmark"),  # it answered 泾源县
    ("咸阳机场", "渭城区", "610404", "landmark"),
    ("西安咸阳国际机场", "渭城区", "610404", "landmark"),  # it answered 西安市
    ("济南西站", "槐荫区", "370104", "landmark"),
    ("合肥南站", "包河区", "340111", "landmark"),
    ("沈阳南站", "浑南区", "210112", "landmark"),
    ("杭州南站", "萧山区", "330109", "landmark"),
    ("青岛北站", "李沧区", "370213", "landmark"),
    ("福州南站", "仓山区", "350104", "landmark"),
    ("池州九华山机场", "贵池区", "341702", "landmark"),  # it answered 青阳县, the mountain's county
    ("衡阳南岳机场", "衡南县", "430422", "landmark"),  # not 南岳区
    ("鄂州花湖机场", "鄂城区", "420704", "landmark"),
    ("恩施许家坪机场", "恩施市", "422801", "landmark"),  # it answered 恩施土家族苗族自治州
    ("栎社机场", "海曙区", "330203", "landmark"),
    ("重庆西站", "沙坪坝区", "500106", "landmark"),  # it answered 重庆市
    ("哈尔滨东站", "道外区", "230104", "landmark"),
    ("大连理工大学", "甘井子区", "210211", "landmark"),
    ("河南师范大学", "牧野区", "410711", "landmark"),  # it answered 河南省
    ("湖北民族大学", "恩施市", "422801", "landmark"),  # it answered 湖北省
    ("伊犁师范大学", "伊宁市", "654002", "landmark"),  # it answered 伊犁哈萨克自治州
    ("浙江师范大学", "婺城区", "330702", "landmark"),
]


@pytest.mark.parametrize(("query", "name", "code", "kind"), ELEVENTH_PASS_ALONE)
def test_an_eleventh_pass_place_alone_answers_its_county(cli: Any, query: str, name: str, code: str, kind: str) -> None:
    assert_answers_alone(cli, query, name, code, kind)


ELEVENTH_PASS_IN_TEXT = [
    ("我在贵州大学上班", "520111"),
    ("我在宁夏大学读书，想问残疾证", "640105"),
    ("我在延边大学当老师", "222401"),
    ("我家在银川河东机场附近", "640181"),  # after its city, as 昆明长水机场
    ("长春龙嘉机场旁边的小区", "220113"),
    ("我在拉萨贡嘎机场上班", "540522"),  # a row of its own: 拉萨 would have disagreed with 贡嘎县
    ("三亚凤凰机场附近的小区", "460204"),
    ("我住在西安咸阳国际机场附近", "610404"),
    ("我在乌鲁木齐地窝堡国际机场上班", "650104"),
    ("我在济南西站附近开店", "370104"),
    ("我在杭州南站旁边住", "330109"),
]


@pytest.mark.parametrize(("text", "code"), ELEVENTH_PASS_IN_TEXT)
def test_an_eleventh_pass_place_in_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code and answer.also == (), (text, answer.place)


# (text, the code it must answer): a division the text names is still that division, not a tenth-pass sight
TENTH_PASS_OTHER_PLACE = [
    ("黑龙江木兰县", "230127"),
    ("鸡西恒山区", "230303"),
    ("泰州靖江市王城路", "321282"),
    ("盐城亭湖区", "320902"),
    ("江陵县白马寺镇", "421024"),  # 荆州's township, not 洛阳's temple
    ("广州天河区", "440106"),
    ("长春南关清真大寺", "220102"),  # 长春 names 南关区 first
    ("格尔木察尔汗盐湖", "632801"),  # the county the text names, inside the lake's prefecture
]


@pytest.mark.parametrize(("text", "code"), TENTH_PASS_OTHER_PLACE)
def test_a_division_the_text_names_wins_over_a_tenth_pass_sight(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


# (text, a code the answer must not name): everyday words that hold a tenth-pass name, or a name left out
TENTH_PASS_NOT_THE_SIGHT = [
    ("我愿陪你到天涯海角", "460204"),  # the idiom: bare 天涯海角 is no row
    ("无论天涯海角我都跟着你", "460204"),
    ("看了电影云水谣", "350627"),  # the film: bare 云水谣 is no row
    ("暴雨淹城", "320412"),  # 淹城 is "to flood the town"
    ("我家的老龙头坏了", "130303"),  # an old tap, not 山海关's 老龙头 (left out)
    ("永乐宫廷礼仪", "140830"),  # not 芮城's 永乐宫 (left out)
]


@pytest.mark.parametrize(("text", "code"), TENTH_PASS_NOT_THE_SIGHT)
def test_words_holding_a_tenth_pass_name_are_no_sight(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


def test_the_tenth_pass_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(TENTH_PASS_ALONE, TENTH_PASS_IN_TEXT + TENTH_PASS_OTHER_PLACE + TENTH_PASS_NOT_THE_SIGHT)


def test_names_the_tenth_pass_left_out_are_no_rows() -> None:
    # an idiom or a film (天涯海角, 云水谣), everyday words that would read as the sight (淹城, 老龙头, 普宁寺, 永乐宫),
    # no page read names the district (黑虎泉; 象鼻山 has one since the fifteenth pass), or the place lies on a boundary
    # (人民英雄纪念碑, 日月山)
    landmarks = {r["name"] for r in _table()}
    for name in (
        "天涯海角",
        "云水谣",
        "淹城",
        "老龙头",
        "普宁寺",
        "永乐宫",
        "黑虎泉",
        "人民英雄纪念碑",
        "孔林",
        "日月山",
    ):
        assert name not in landmarks, name


# (text, the code it must answer): the first station of a journey, and a city the text names that disagrees
# with the airport of that name elsewhere, still decide
ELEVENTH_PASS_OTHER_PLACE = [
    ("北京西站到西安北站", "110106"),
    ("北京西站到济南西站", "110106"),
    ("济南西站到青岛北站", "370104"),
    ("福州南站到济南西站", "350104"),
    ("我从合肥南站坐车到福州南站", "340111"),
    ("重庆西站到重庆北站", "500106"),  # it answered 渝北区, the second station's
    ("成都西站到成都东站", "510105"),
    ("铜仁凤凰机场", "520600"),  # 铜仁's, not 三亚's
    ("汕头潮汕机场", "440500"),  # the text names 汕头 (a page puts the airport there; the row follows 揭阳's 榕城区)
    ("临沂河东区", "371312"),  # 临沂's district, not 银川's airport
    ("天津市河东区", "120102"),
    ("阜新太平区", "210904"),
    ("辽宁朝阳", "211300"),
    ("太原南站", "140100"),  # no row: only a page in traditional characters names 小店区
    ("南昌西站", "360100"),  # no row: pages say 红谷滩区, 新建区 and 青山湖区
]


@pytest.mark.parametrize(("text", "code"), ELEVENTH_PASS_OTHER_PLACE)
def test_a_place_the_text_names_first_wins_over_an_eleventh_pass_row(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


# (text, a code the answer must not name): the names these rows hold, where a text means something else
ELEVENTH_PASS_NOT_THE_ROW = [
    ("凤凰机场", "460204"),  # 三亚's and 铜仁's: the row is 三亚凤凰机场
    ("武当山", "420302"),  # the mountain stays 丹江口市's
    ("花果山", "320723"),  # the mountain stays 海州区's
    ("黄龙县", "513224"),
    ("河北大学生就业", "130606"),  # X大学生: the province's students, not 河北大学
    ("湖南大学城", "430104"),
    ("成都大学城", "510112"),
    ("九华山", "341702"),  # the mountain stays 青阳县's
    ("南岳区", "430422"),
    ("鄞州区栎社", "330203"),  # the text names 鄞州区 (栎社 was its 栎社镇 before 2016)
]


@pytest.mark.parametrize(("text", "code"), ELEVENTH_PASS_NOT_THE_ROW)
def test_an_eleventh_pass_name_where_it_means_something_else(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


def test_the_eleventh_pass_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(ELEVENTH_PASS_ALONE, ELEVENTH_PASS_IN_TEXT + ELEVENTH_PASS_OTHER_PLACE)


def test_names_the_eleventh_pass_left_out_are_no_rows() -> None:
    # only pages in traditional characters (两江机场, 太原南站), pages that disagree (南昌西站, 杭州西站), an airport
    # on the border of two prefectures (三义机场), a name no page read writes (地窝堡机场, 哈尔滨太平机场), campuses in
    # several districts or a college in another prefecture (辽宁大学, 南昌大学, 郑州大学), and bare X站 (站稳, 站着)
    landmarks = {r["name"] for r in _table()}
    airports_and_stations = ("两江机场", "三义机场", "地窝堡机场", "哈尔滨太平机场", "太原南站", "南昌西站", "杭州西站")
    for name in (*airports_and_stations, "辽宁大学", "南昌大学", "郑州大学", "济南站", "合肥站", "南京站", "太原站"):
        assert name not in landmarks, name


# The twelfth pass: squares, old streets, night markets, parks, temples, grasslands and sights people live
# near, each of which had answered nothing, only its city, or another place by a name inside it
TWELFTH_PASS_ALONE = [
    ("天水伏羲庙", "秦州区", "620502", "landmark"),  # it answered 天水市
    ("雷台汉墓", "凉州区", "620602", "landmark"),
    ("国际大巴扎", "天山区", "650102", "landmark"),
    ("古格王朝遗址", "札达县", "542522", "landmark"),
    ("鲁朗林海", "巴宜区", "540402", "landmark"),
    ("希拉穆仁草原", "达尔罕茂明安联合旗", "150223", "landmark"),
    ("乌兰布统草原", "克什克腾旗", "150425", "landmark"),  # it answered 青海's 乌兰县
    ("冰雪大世界", "松北区", "230109", "landmark"),
    ("东北虎林园", "松北区", "230109", "landmark"),  # it answered 虎林市
    ("中国雪乡", "海林市", "231083", "landmark"),
    ("铁人王进喜纪念馆", "让胡路区", "230604", "landmark"),
    ("龙脊梯田", "龙胜各族自治县", "450328", "landmark"),
    ("程阳风雨桥", "三江侗族自治县", "450226", "landmark"),
    ("海口骑楼老街", "龙华区", "460106", "landmark"),  # it answered 海口市
    ("兴隆热带植物园", "万宁市", "469006", "landmark"),  # it answered 河北's 兴隆县
    ("万绿园", "龙华区", "460106", "landmark"),  # it answered 长春's 绿园区
    ("坎布拉国家森林公园", "尖扎县", "632322", "landmark"),
    ("东关大寺", "城东区", "630102", "landmark"),
    ("羊卓雍错", "浪卡子县", "540531", "landmark"),  # as the row 羊卓雍措
    ("太原柳巷", "迎泽区", "140106", "landmark"),  # it answered 太原市
    ("正阳步行街", "秀峰区", "450302", "landmark"),  # it answered 驻马店's 正阳县
    ("曲水亭街", "历下区", "370102", "landmark"),  # it answered 拉萨's 曲水县
    ("天府广场", "青羊区", "510105", "landmark"),
    ("劈柴院", "市南区", "370202", "landmark"),
    ("五马街", "鹿城区", "330302", "landmark"),
    ("太原双塔寺", "迎泽区", "140106", "landmark"),  # it answered 太原市 with 朝阳's 双塔区 in `also`
    ("大连东方水城", "中山区", "210202", "landmark"),  # it answered 大连市 with 六盘水's 水城区 in `also`
    ("北京动物园", "西城区", "110102", "landmark"),  # it answered 北京市
    ("直隶总督署", "莲池区", "130606", "landmark"),
    ("中国朝鲜族民俗园", "延吉市", "222401", "landmark"),
    ("岭南天地", "禅城区", "440604", "landmark"),
    ("湘子桥", "湘桥区", "445102", "landmark"),
    ("青果巷", "天宁区", "320402", "landmark"),
    ("滨江道", "和平区", "120101", "landmark"),  # 天津's, not 沈阳's 和平区 (210102)
    ("南市食品街", "和平区", "120101", "landmark"),
    ("丽景门", "老城区", "410302", "landmark"),
    ("芜湖古城", "镜湖区", "340202", "landmark"),  # it answered 芜湖市 with 丽江's 古城区 in `also`
    ("南塘老街", "海曙区", "330203", "landmark"),
    ("河下古镇", "淮安区", "320803", "landmark"),
    ("多伦路", "虹口区", "310109", "landmark"),
    ("昆明大观楼", "西山区", "530112", "landmark"),  # it answered 昆明市
    ("重庆人民大礼堂", "渝中区", "500103", "landmark"),  # it answered 重庆市
    ("五爱市场", "沈河区", "210103", "landmark"),
    ("巴音布鲁克草原", "和静县", "652827", "landmark"),
    ("长春电影制片厂", "朝阳区", "220104", "landmark"),  # the old studio, 长影旧址, on 红旗街; it answered 长春市
    ("净月潭", "长春市", "220100", "landmark"),  # in the 净月 zone, which is no county: the city
]


@pytest.mark.parametrize(("query", "name", "code", "kind"), TWELFTH_PASS_ALONE)
def test_a_twelfth_pass_place_alone_answers_its_county(cli: Any, query: str, name: str, code: str, kind: str) -> None:
    assert_answers_alone(cli, query, name, code, kind)


TWELFTH_PASS_IN_TEXT = [
    ("我住在八廓街附近", "540102"),  # an earlier row, in the same sentence as the ones below
    ("我住在国际大巴扎附近", "650102"),
    ("我住在天水伏羲庙附近", "620502"),
    ("我家在冰雪大世界旁边", "230109"),
    ("东北虎林园附近的小区", "230109"),
    ("我住在曲水亭街附近", "370102"),
    ("我在万绿园上班", "460106"),
    ("离兴隆热带植物园不远", "469006"),
    ("我家在桂林正阳步行街旁边", "450302"),  # after its city it is still the street, not 正阳县
    ("我住在太原双塔寺附近", "140106"),
    ("我在天府广场上班", "510105"),
    ("我家在常州青果巷", "320402"),
    ("我住在多伦路附近", "310109"),
    ("我家在滨江道旁边", "120101"),
    ("洛阳丽景门附近的小区", "410302"),  # after its city, as 桂林正阳步行街
    ("我住在净月潭附近", "220100"),
]


@pytest.mark.parametrize(("text", "code"), TWELFTH_PASS_IN_TEXT)
def test_a_twelfth_pass_place_in_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code and answer.also == (), (text, answer.place)


# (text, the code it must answer): a division the text names, or the names these rows held, still decide
TWELFTH_PASS_OTHER_PLACE = [
    ("青海乌兰县", "632821"),
    ("承德兴隆县", "130822"),
    ("虎林市", "230381"),
    ("拉萨曲水县", "540124"),
    ("驻马店正阳县", "411724"),
    ("长春绿园区", "220106"),
    ("钟楼区青果巷", "320404"),  # the text names 钟楼区: it wins over the lane's 天宁区
    ("哈尔滨道里区冰雪大世界", "230102"),  # 道里区 first, 松北区 in `also`
    ("成都锦江区天府广场", "510104"),
    ("长春冰雪大世界", "220100"),  # another city's: the text names 长春
    ("淮阳伏羲庙", "411603"),  # 周口's temple of 伏羲, not 天水's
    ("内蒙古多伦县多伦路", "152531"),  # the county the street in 上海 is named after
    ("沈阳滨江道", "210100"),  # another city's road of the name: the text names 沈阳
    ("丽江古城区", "530702"),
    ("宜宾大观楼", "511502"),  # 宜宾's 大观楼 (a 街道 of 翠屏区): only 昆明大观楼 is a row
]


@pytest.mark.parametrize(("text", "code"), TWELFTH_PASS_OTHER_PLACE)
def test_a_division_the_text_names_wins_over_a_twelfth_pass_row(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


# (text, a code the answer must not name): names several places bear, or everyday words holding a row's name
TWELFTH_PASS_NOT_THE_ROW = [
    ("花街柳巷", "140106"),  # the idiom: bare 柳巷 is no row, only 太原柳巷
    ("双塔寺", "140106"),  # many cities' twin-pagoda temples: bare 双塔寺 is no row
    ("苏州东方水城", "210202"),  # 苏州 is called 东方水城 too: only 大连东方水城 is a row
    ("东方水城", "210202"),
    ("广济桥", "445102"),  # 塘栖 has a 广济桥 too: the rows are 潮州广济桥 and 湘子桥
    ("杭州塘栖广济桥", "445102"),
    ("韩湘子桥", "445102"),
    ("东门老街", "440303"),  # many towns' east-gate streets: the row is 深圳东门老街
]


@pytest.mark.parametrize(("text", "code"), TWELFTH_PASS_NOT_THE_ROW)
def test_a_twelfth_pass_name_where_it_means_something_else(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


def test_the_twelfth_pass_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(
        TWELFTH_PASS_ALONE, TWELFTH_PASS_IN_TEXT + TWELFTH_PASS_OTHER_PLACE + TWELFTH_PASS_NOT_THE_ROW
    )


def test_names_the_twelfth_pass_left_out_are_no_rows() -> None:
    # names several cities bear (八一广场, 南山寺, 通天岩, 骑楼老街, 吉庆街, 九眼桥 on a district line), an idiom
    # (柳巷: 花街柳巷), pages that name no county (正宁路夜市, 秋水广场, 交河故城, 果子沟大桥, 喀什古城) or disagree
    # (黄兴路步行街, 汉口江滩); 大观楼 is 宜宾's too, 长江索道 spans two districts, 怀远夜市 holds 怀远县's
    # name, 窄巷子 is any narrow lane
    landmarks = {r["name"] for r in _table()}
    for name in (
        "八一广场",
        "南山寺",
        "通天岩",
        "骑楼老街",
        "吉庆街",
        "九眼桥",
        "柳巷",
        "双塔寺",
        "正宁路夜市",
        "秋水广场",
        "交河故城",
        "果子沟大桥",
        "喀什古城",
        "黄兴路步行街",
        "汉口江滩",
        "广济桥",
        "东门老街",
        "大观楼",
        "长江索道",
        "怀远夜市",
        "窄巷子",
    ):
        assert name not in landmarks, name


# English names of sights, third pass: the English names of sights, universities and airports the tenth to
# twelfth landmarks passes (and earlier ones) gave Chinese rows, each typed alone: (query, official name,
# code). Before these rows each answered nothing, only its city or province, or a wrong place (noted).
ENGLISH_THIRD_ALONE = [
    ("Norbulingka", "城关区", "540102"),
    ("Samye Monastery", "扎囊县", "540521"),
    ("Yumbulagang Palace", "乃东区", "540502"),
    ("Yungbulakang Palace", "乃东区", "540502"),
    ("Yamdrok Lake", "浪卡子县", "540531"),
    ("Stork Tower", "永济市", "140881"),
    ("Guanque Tower", "永济市", "140881"),
    ("Longji Rice Terraces", "龙胜各族自治县", "450328"),
    ("Dragon's Backbone Rice Terraces", "龙胜各族自治县", "450328"),
    ("Chengyang Wind and Rain Bridge", "三江侗族自治县", "450226"),  # it answered 青岛's 城阳区
    ("Chengyang Bridge", "三江侗族自治县", "450226"),  # it answered 青岛's 城阳区
    ("Harbin Ice and Snow World", "松北区", "230109"),  # it answered only 哈尔滨市
    ("Harbin Siberian Tiger Park", "松北区", "230109"),  # it answered only 哈尔滨市
    ("Volga Manor", "香坊区", "230110"),
    ("Jingjiang Prince City", "秀峰区", "450302"),  # it answered 江苏's 靖江市
    ("Ningxia University", "西夏区", "640105"),  # it answered only 宁夏回族自治区
    ("Tibet University", "城关区", "540102"),
    ("Yanbian University", "延吉市", "222401"),
    ("Harbin Engineering University", "南岗区", "230103"),
    ("Xi'an Xianyang International Airport", "渭城区", "610404"),  # it answered 西安市
    ("Sunan Shuofang International Airport", "新吴区", "320214"),  # it answered 甘肃's 肃南裕固族自治县
    ("Harbin Taiping International Airport", "道里区", "230102"),  # it answered 阜新's 太平区
    ("Yinchuan Hedong Airport", "灵武市", "640181"),
    ("Lhasa Gonggar Airport", "贡嘎县", "540522"),  # it answered 拉萨市: the airport lies in 山南
    ("Urumqi Tianshan International Airport", "新市区", "650104"),  # it answered 天山区
    ("Urumqi Diwopu International Airport", "新市区", "650104"),
    ("Qingdao Jiaodong International Airport", "胶州市", "370281"),
    ("Changchun Longjia International Airport", "九台区", "220113"),
    ("Xining Caojiabao International Airport", "互助土族自治县", "630223"),
    ("Zhangjiajie Hehua International Airport", "永定区", "430802"),
    ("Songzanlin Monastery", "香格里拉市", "533401"),
    ("Id Kah Mosque", "喀什市", "653101"),
    ("Nanputuo Temple", "思明区", "350203"),
    ("South Putuo Temple", "思明区", "350203"),  # it answered a choice of the two 普陀区
    ("Songyang Academy", "登封市", "410185"),  # it answered 丽水's 松阳县
    ("Guoqing Temple", "天台县", "331023"),
    ("Qixia Temple", "栖霞区", "320113"),  # it answered a choice of 栖霞区 and 烟台's 栖霞市
    ("Simatai Great Wall", "密云区", "110118"),
    ("Juyongguan Great Wall", "昌平区", "110114"),
    ("Nanjing Massacre Memorial Hall", "建邺区", "320105"),  # it answered 南京市, 南靖县 in `also`
    ("Tsingtao Beer Museum", "市北区", "370203"),
    ("Chenshan Botanical Garden", "松江区", "310117"),
]


@pytest.mark.parametrize(("query", "name", "code"), ENGLISH_THIRD_ALONE)
def test_a_third_pass_english_name_alone_answers_its_county(cli: Any, query: str, name: str, code: str) -> None:
    assert_answers_alone(cli, query, name, code, "landmark")


def test_each_third_pass_english_row_leads_where_its_chinese_row_does() -> None:
    # every row of the block quotes "its county as the row X quotes it: Y", and X is a row of that same county
    rows = _table()
    chinese = {r["name"]: r for r in rows}
    block = [r for r in rows if r["name"] in {query for query, _, _ in ENGLISH_THIRD_ALONE}]
    assert len(block) == len(ENGLISH_THIRD_ALONE)
    for r in block:
        said = r["source"].split("its county as the row ", 1)[1].split(" quotes it: ", 1)
        row = chinese[said[0]]
        assert (row["code"], row["official_name"]) == (r["code"], r["official_name"]) and said[1].startswith(
            r["official_name"]
        ), r["name"]


THIRD_PASS_IN_TEXT = [
    ("I live near the Potala Palace and work by the Norbulingka", "540102"),
    ("my dad is in Guilin, close to the Longji Rice Terraces", "450328"),  # after its city: the sight, not 桂林市
    ("I live near the Jingjiang Prince City in Guilin", "450302"),
    ("Stork Tower, Yongji", "140881"),
    ("Volga Manor, Harbin", "230110"),
    ("Songyang Academy, Dengfeng", "410185"),
    ("Nanputuo Temple, Xiamen", "350203"),
    ("Tsingtao Beer Museum, Qingdao", "370203"),
    ("Chenshan Botanical Garden, Shanghai", "310117"),
    ("I study at Ningxia University in Yinchuan", "640105"),
    ("My sister teaches at Tibet University", "540102"),
    ("I flew into Urumqi Tianshan International Airport yesterday", "650104"),
    ("We live ten minutes from Sunan Shuofang International Airport", "320214"),
    ("I work at Harbin Taiping International Airport", "230102"),
    ("Our house is near Xi'an Xianyang International Airport", "610404"),
    ("My flat is close to Yamdrok Yumtso", "540531"),
    ("We rent a place next to the Chengyang Wind and Rain Bridge", "450226"),
    ("My dad lives by Juyong Pass", "110114"),
    ("Tibet University of Tibetan Medicine", "540102"),  # 西藏藏医药大学 lies in 城关区 too
]


@pytest.mark.parametrize(("text", "code"), THIRD_PASS_IN_TEXT)
def test_a_third_pass_english_name_in_english_text(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


# (text, the code it answered before the third pass and must still answer): the places whose names the new
# rows' names hold
THIRD_PASS_STILL_THE_OTHER_PLACE = [
    ("Chengyang District, Qingdao", "370214"),
    ("Qingdao Chengyang District", "370214"),
    ("Tianshan District, Urumqi", "650102"),
    ("Putuo District, Shanghai", "310107"),
    ("Qixia, Yantai", "370686"),
    ("Qixia District, Nanjing", "320113"),
    ("Jingjiang, Jiangsu", "321282"),
    ("Taiping District, Fuxin", "210904"),
    ("Sunan Yugur Autonomous County", "620721"),
    ("Songyang County", "331124"),
    ("Hedong District, Linyi", "371312"),
    ("Xianyang, Shaanxi", "610400"),
    ("Tibet University Nyingchi campus", "540400"),  # the campus's city, not 拉萨's 城关区
]


@pytest.mark.parametrize(("text", "code"), THIRD_PASS_STILL_THE_OTHER_PLACE)
def test_a_place_a_third_pass_name_holds_still_answers_itself(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


def test_the_third_pass_english_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(
        [(query, name, code, "landmark") for query, name, code in ENGLISH_THIRD_ALONE],
        THIRD_PASS_IN_TEXT + THIRD_PASS_STILL_THE_OTHER_PLACE,
    )


def test_english_names_the_third_pass_left_out_are_no_rows() -> None:
    # Siberian Tiger Park is 海林's 横道河子 park's name too; Ice and Snow World and Snow World are other
    # cities' shows; Saint Sophia Cathedral is Kyiv's and Novgorod's; the universities would be read inside
    # the longer names of others (Guizhou University of Engineering Science in 毕节, Lanzhou University of
    # Technology, Hunan University of Science and Technology in 湘潭, Inner Mongolia University of Technology,
    # Shanxi University of Finance and Economics); the pages read for Jieyang Chaoshan International Airport
    # say 揭东区 where the Chinese row says 榕城区
    landmarks = {normalise(r["name"]) for r in _table()}
    for name in (
        "Siberian Tiger Park",
        "Ice and Snow World",
        "Snow World",
        "Saint Sophia Cathedral",
        "St. Sophia Cathedral",
        "Guizhou University",
        "Lanzhou University",
        "Hunan University",
        "Inner Mongolia University",
        "Shanxi University",
        "Jieyang Chaoshan International Airport",
    ):
        assert normalise(name) not in landmarks, name


# English names of sights, fourth pass: the English names of sights, parks, grasslands and museums with
# Chinese rows that the third pass did not reach, each typed alone: (query, official name, code). Before
# these rows each answered nothing, only its city, or a wrong place (noted).
ENGLISH_FOURTH_ALONE = [
    ("Saihanba", "围场满族蒙古族自治县", "130828"),
    ("Olympic Forest Park", "朝阳区", "110105"),
    ("Banpo Museum", "灞桥区", "610111"),
    ("Hemu Village", "布尔津县", "654321"),
    ("Bayanbulak Grassland", "和静县", "652827"),
    ("Bayinbulak Grassland", "和静县", "652827"),
    ("Qiao Family Compound", "祁县", "140727"),
    ("Zhaozhou Bridge", "赵县", "130133"),  # it answered 黑龙江's 肇州县
    ("Anji Bridge", "赵县", "130133"),  # it answered 浙江's 安吉县
    ("Xinghai Square", "沙河口区", "210204"),  # it answered 青海's 兴海县
    ("Lingshan Grand Buddha", "滨湖区", "320211"),  # it answered 广西's 灵山县
    ("Lingshan Giant Buddha", "滨湖区", "320211"),  # it answered 广西's 灵山县
    ("Benxi Water Caves", "本溪满族自治县", "210521"),  # it answered only 本溪市
    ("Benxi Water Cave", "本溪满族自治县", "210521"),  # it answered only 本溪市
    ("Tianyi Pavilion", "海曙区", "330203"),
    ("Yandang Mountain", "乐清市", "330382"),
    ("Mount Jiuhua", "青阳县", "341723"),
    ("Jiuhua Mountain", "青阳县", "341723"),
    ("Yinxu", "殷都区", "410505"),
    ("Weizhou Island", "海城区", "450502"),
    ("Detian Falls", "大新县", "451424"),
    ("Detian Waterfall", "大新县", "451424"),
    ("Wuzhizhou Island", "海棠区", "460202"),
    ("Famen Temple", "扶风县", "610324"),
    ("Chaka Salt Lake", "乌兰县", "632821"),
    ("Hailuogou", "泸定县", "513322"),
    ("Hailuogou Glacier", "泸定县", "513322"),
    ("Nanluoguxiang", "东城区", "110101"),
    ("Baiyangdian", "安新县", "130632"),
    ("Baiyangdian Lake", "安新县", "130632"),
    ("Xiangshawan", "达拉特旗", "150621"),
    ("Whistling Dune Bay", "达拉特旗", "150621"),
    ("Mausoleum of Genghis Khan", "伊金霍洛旗", "150627"),
    ("Genghis Khan Mausoleum", "伊金霍洛旗", "150627"),
    ("Yuantouzhu", "滨湖区", "320211"),
    ("Turtle Head Isle", "滨湖区", "320211"),
    ("Maijishan Grottoes", "麦积区", "620503"),
    ("Heavenly Lake of Tianshan", "阜康市", "652302"),  # it answered 乌鲁木齐's 天山区
    ("Tianshan Tianchi", "阜康市", "652302"),  # it answered 乌鲁木齐's 天山区
    ("Sayram Lake", "博乐市", "652701"),
    ("Jingpo Lake", "宁安市", "231084"),
    ("Nalati Grassland", "新源县", "654025"),
    ("Keketuohai", "富蕴县", "654322"),
    ("Taiyuan Wusu International Airport", "小店区", "140105"),  # it answered 新疆's 乌苏市
    ("Hohhot Baita International Airport", "赛罕区", "150105"),  # it answered 辽阳's 白塔区
    ("Tianjin Binhai International Airport", "东丽区", "120110"),  # it answered 盐城's 滨海县
    ("Shenyang Taoxian International Airport", "浑南区", "210112"),  # it answered only 沈阳市
    ("Jinan Yaoqiang International Airport", "历城区", "370112"),  # it answered only 济南市
    ("Nanchang Changbei International Airport", "新建区", "360112"),  # it answered only 南昌市
    ("Nanning Wuxu International Airport", "江南区", "450105"),  # it answered only 南宁市
]


@pytest.mark.parametrize(("query", "name", "code"), ENGLISH_FOURTH_ALONE)
def test_a_fourth_pass_english_name_alone_answers_its_county(cli: Any, query: str, name: str, code: str) -> None:
    assert_answers_alone(cli, query, name, code, "landmark")


def test_each_fourth_pass_english_row_leads_where_its_chinese_row_does() -> None:
    # every row of the block quotes "its county as the row X quotes it: Y", and X is a row of that same county
    rows = _table()
    chinese = {r["name"]: r for r in rows}
    block = [r for r in rows if r["name"] in {query for query, _, _ in ENGLISH_FOURTH_ALONE}]
    assert len(block) == len(ENGLISH_FOURTH_ALONE)
    for r in block:
        said = r["source"].split("its county as the row ", 1)[1].split(" quotes it: ", 1)
        row = chinese[said[0]]
        assert (row["code"], row["official_name"]) == (r["code"], r["official_name"]) and said[1].startswith(
            r["official_name"]
        ), r["name"]


FOURTH_PASS_IN_TEXT = [
    ("I live near the Saihanba", "130828"),
    ("I live near the Olympic Forest Park", "110105"),
    ("my dad is in Xi'an, close to the Banpo Museum", "610111"),  # after its city: the sight, not 西安市
    ("Olympic Forest Park, Beijing", "110105"),
    ("Hemu Village, Burqin", "654321"),
    ("Lingshan Grand Buddha, Wuxi", "320211"),
    ("Zhaozhou Bridge, Shijiazhuang", "130133"),
    ("Xinghai Square, Dalian", "210204"),
    ("Qiao Family Compound, Jinzhong", "140727"),
    ("I live near the Nanluoguxiang", "110101"),
    ("My flat is close to Baiyangdian Lake", "130632"),
    ("We rent a place next to the Yuantouzhu", "320211"),
    ("My dad lives by Sayram Lake", "652701"),
    ("I live near the Jingpo Lake in Mudanjiang", "231084"),
    ("I flew into Taiyuan Wusu International Airport yesterday", "140105"),
    ("We live ten minutes from Hohhot Baita International Airport", "150105"),
    ("I work at Tianjin Binhai International Airport", "120110"),
]


@pytest.mark.parametrize(("text", "code"), FOURTH_PASS_IN_TEXT)
def test_a_fourth_pass_english_name_in_english_text(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


# (text, the code it answered before the fourth pass and must still answer): the places whose names the
# new rows' names hold
FOURTH_PASS_STILL_THE_OTHER_PLACE = [
    ("Tianshan District, Urumqi", "650102"),
    ("Anji, Huzhou", "330523"),
    ("Lingshan County", "450721"),
    ("Xinghai County", "632524"),
    ("Zhaozhou County", "230621"),
    ("Qi County, Shanxi", "140727"),
    ("Wusu, Tacheng", "654202"),
    ("Baita District, Liaoyang", "211002"),
    ("Binhai County, Yancheng", "320922"),
    ("Binhai New Area, Tianjin", "120116"),
]


@pytest.mark.parametrize(("text", "code"), FOURTH_PASS_STILL_THE_OTHER_PLACE)
def test_a_place_a_fourth_pass_name_holds_still_answers_itself(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


def test_the_fourth_pass_english_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(
        [(query, name, code, "landmark") for query, name, code in ENGLISH_FOURTH_ALONE],
        FOURTH_PASS_IN_TEXT + FOURTH_PASS_STILL_THE_OTHER_PLACE,
    )


def test_english_names_the_fourth_pass_left_out_are_no_rows() -> None:
    # the English pages read put White Horse Temple in 洛龙区 where the Chinese row says 瀍河回族区; Heavenly
    # Lake alone is 长白山's crater lake too; Yuntai Mountain is 连云港's too; Mount Yandang is the wider
    # range of several prefectures
    landmarks = {normalise(r["name"]) for r in _table()}
    for name in ("White Horse Temple", "Heavenly Lake", "Tianchi Lake", "Yuntai Mountain", "Yandang Mountains"):
        assert normalise(name) not in landmarks, name


# The thirteenth landmarks pass: squares, old and food streets, parks, lakes, mountains, temples,
# memorials, former sites, a famous village and a railway station of 河北, 山东, 河南, 安徽, 福建, 湖南,
# 湖北, 四川, 重庆, 陕西, 云南 and 贵州 that answered nothing, only their city, or another county whose
# name they hold (noted): (query, official name, code, matched_by)
THIRTEENTH_PASS_ALONE = [
    ("泉城广场", "历下区", "370102", "landmark"),  # it answered nothing
    ("济南芙蓉街", "历下区", "370102", "landmark"),  # it answered 济南市 (bare 芙蓉街 is no row)
    ("五龙潭公园", "天桥区", "370105", "landmark"),  # 济南's; 五龙潭 alone answered 长春's 龙潭区
    ("青岛五四广场", "市南区", "370202", "landmark"),  # it answered 青岛市
    ("台东步行街", "市北区", "370203", "landmark"),
    ("台东商业步行街", "市北区", "370203", "landmark"),
    ("十笏园", "潍城区", "370702", "landmark"),
    ("八大局便民市场", "张店区", "370303", "landmark"),
    ("二七广场", "二七区", "410103", "landmark"),
    ("应天门", "老城区", "410302", "landmark"),  # it answered 天门市
    ("万仙山", "辉县市", "410782", "landmark"),
    ("南湾湖", "浉河区", "411502", "landmark"),
    ("太昊陵", "淮阳区", "411603", "landmark"),
    ("商丘古城", "睢阳区", "411403", "landmark"),  # it answered 商丘市 with 丽江's 古城区 in `also`
    ("鼓岭", "晋安区", "350111", "landmark"),
    ("厦门北站", "集美区", "350211", "landmark"),  # it answered 厦门市
    ("沙坡尾", "思明区", "350203", "landmark"),
    ("古田会议旧址", "上杭县", "350823", "landmark"),  # it answered 宁德's 古田县
    ("大金湖", "泰宁县", "350429", "landmark"),  # it answered 江苏's 金湖县
    ("长沙五一广场", "芙蓉区", "430102", "landmark"),  # it answered 长沙市 with 长沙县 in `also`
    ("矮寨大桥", "吉首市", "433101", "landmark"),
    ("毛泽东故居", "韶山市", "430382", "landmark"),  # it answered nothing
    ("毛泽东同志故居", "韶山市", "430382", "landmark"),
    ("高椅岭", "苏仙区", "431003", "landmark"),
    ("光谷广场", "洪山区", "420111", "landmark"),  # 光谷 alone is 武汉市 (a zone)
    ("古德寺", "江岸区", "420102", "landmark"),
    ("遗爱湖", "黄州区", "421102", "landmark"),
    ("三苏祠", "东坡区", "511402", "landmark"),
    ("南山一棵树", "南岸区", "500108", "landmark"),
    ("南山一棵树观景台", "南岸区", "500108", "landmark"),
    ("白象居", "渝中区", "500103", "landmark"),
    ("成都大熊猫基地", "成华区", "510108", "landmark"),  # it answered 成都市
    ("西安回民街", "莲湖区", "610104", "landmark"),  # it answered 西安市 (bare 回民街 is no row)
    ("牛背梁国家森林公园", "柞水县", "611026", "landmark"),
    ("太白山国家森林公园", "眉县", "610326", "landmark"),  # it answered 太白县: the park lies in 眉县
    ("斗南花市", "呈贡区", "530114", "landmark"),
    ("斗南花卉市场", "呈贡区", "530114", "landmark"),
    ("海埂大坝", "西山区", "530112", "landmark"),
    ("喜洲古镇", "大理市", "532901", "landmark"),
    ("告庄西双景", "景洪市", "532801", "landmark"),
    ("告庄", "景洪市", "532801", "landmark"),
    ("中国天眼", "平塘县", "522727", "landmark"),  # it answered nothing
    ("海龙屯", "汇川区", "520303", "landmark"),
    ("天龙屯堡", "平坝区", "520403", "landmark"),
    ("遵义会议会址", "红花岗区", "520302", "landmark"),  # it answered 遵义市
    ("遵义会址", "红花岗区", "520302", "landmark"),
    ("黔灵山公园", "云岩区", "520103", "landmark"),
    ("黔灵山", "云岩区", "520103", "landmark"),  # it answered 钦州's 灵山县
    ("开滦国家矿山公园", "路南区", "130202", "landmark"),
    ("唐山地震遗址纪念公园", "路南区", "130202", "landmark"),
    ("丛台公园", "丛台区", "130403", "landmark"),  # it answered nothing
    ("崆山白云洞", "临城县", "130522", "landmark"),
    ("天河山", "信都区", "130503", "landmark"),  # it answered 广州's 天河区
    ("东昌湖", "东昌府区", "371502", "landmark"),  # it answered 通化's 东昌区
    ("光岳楼", "东昌府区", "371502", "landmark"),
    ("小岗村", "凤阳县", "341126", "landmark"),
    ("鸠兹广场", "镜湖区", "340202", "landmark"),
    ("芜湖方特", "鸠江区", "340207", "landmark"),  # it answered 芜湖市
    ("柳子庙", "零陵区", "431102", "landmark"),
    ("紫鹊界梯田", "新化县", "431322", "landmark"),
    ("紫鹊界", "新化县", "431322", "landmark"),
    ("观山湖公园", "观山湖区", "520115", "landmark"),
    ("乌蒙大草原", "盘州市", "520281", "landmark"),
    ("皇泽寺", "利州区", "510802", "landmark"),
    ("赭山公园", "镜湖区", "340202", "landmark"),
    ("建水古城", "建水县", "532524", "landmark"),  # it answered 建水县 with 丽江's 古城区 in `also`
    ("漳州古城", "芗城区", "350602", "landmark"),  # it answered 漳州市 with 丽江's 古城区 in `also`
    (
        "洪江古商城",
        "怀化市",
        "431200",
        "landmark",
    ),  # it answered 洪江市 with 商城县 in `also`; the 洪江 zone is no county
    ("铜官窑", "望城区", "430112", "landmark"),  # it answered 铜陵's 铜官区
    ("铜官窑古镇", "望城区", "430112", "landmark"),
    ("云南陆军讲武堂", "五华区", "530102", "landmark"),  # it answered 云南省
    ("三游洞", "西陵区", "420502", "landmark"),
]


@pytest.mark.parametrize(("query", "name", "code", "kind"), THIRTEENTH_PASS_ALONE)
def test_a_thirteenth_pass_place_alone_answers_its_county(
    cli: Any, query: str, name: str, code: str, kind: str
) -> None:
    assert_answers_alone(cli, query, name, code, kind)


def test_baishuiyang_alone_is_pingnan_s_and_names_linhai_s_township(cli: Any) -> None:
    # 白水洋 is 屏南's shallow river bed and 临海's township 白水洋镇: the sight's county, the township in `also`
    body = cli("region", "白水洋", "--format", "json").json()
    assert body["place"]["code"] == "350923" and body["place"]["name"] == "屏南县"
    assert [place["code"] for place in body["also"]] == ["331082106"]


THIRTEENTH_PASS_IN_TEXT = [
    ("我住在泉城广场附近", "370102"),
    ("我家在二七广场旁边", "410103"),
    ("我在光谷广场上班", "420111"),
    ("我住在黔灵山附近", "520103"),  # not 钦州's 灵山县
    ("我住在中国天眼附近", "522727"),
    ("离海龙屯不远", "520303"),
    ("我住在白水洋附近", "350923"),
    ("我在斗南花市上班", "530114"),
    ("我住在东昌湖附近", "371502"),  # not 通化's 东昌区
    ("我家在赭山公园旁边", "340202"),
    ("我住在告庄附近", "532801"),
    ("我家在古田会议旧址旁边", "350823"),  # not 宁德's 古田县
    ("我住在大金湖附近", "350429"),  # not 江苏's 金湖县
    ("我在厦门北站上班", "350211"),
    ("遵义会议会址附近的小区", "520302"),
    ("我住在天河山附近", "130503"),  # not 广州's 天河区
    ("我家在太昊陵旁边", "411603"),
    ("离毛泽东故居不远", "430382"),
]


@pytest.mark.parametrize(("text", "code"), THIRTEENTH_PASS_IN_TEXT)
def test_a_thirteenth_pass_place_in_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code and answer.also == (), (text, answer.place)


# (text, the code it must answer): a division the text names, or the place whose name a row holds, still decides
THIRTEENTH_PASS_OTHER_PLACE = [
    ("通化东昌区", "220502"),
    ("聊城东昌府区东昌湖", "371502"),
    ("广州天河区", "440106"),
    ("白水县", "610527"),
    ("临海白水洋镇", "331082"),
    ("江苏金湖县", "320831"),
    ("宝鸡太白县", "610331"),
    ("钦州灵山县", "450721"),
    ("宁德古田县", "350922"),
    ("湖北天门市", "429006"),
    ("丽江古城区", "530702"),
    ("商丘睢阳区商丘古城", "411403"),
    ("长沙天心区五一广场", "430103"),  # the text names 天心区: it wins over the square's 芙蓉区
    ("历城区泉城广场", "370112"),
    ("济南市市中区泉城广场", "370103"),  # 市中区 first, 历下区 in `also`
    ("信阳平桥区南湾湖", "411503"),  # 平桥区 first, 浉河区 in `also`
    ("福州鼓楼区鼓岭", "350102"),  # 鼓楼区 first, 晋安区 in `also`
    ("游仙区越王楼", "510704"),  # 越王楼 is no row
    ("怀化洪江市", "431281"),  # the county-level city, not the old town 洪江古商城 lies in
    ("信阳商城县", "411524"),
    ("铜陵铜官区", "340705"),
]


@pytest.mark.parametrize(("text", "code"), THIRTEENTH_PASS_OTHER_PLACE)
def test_a_division_the_text_names_wins_over_a_thirteenth_pass_row(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


# (text, a code the answer must not name): names several cities bear, works' titles and everyday words holding a name
THIRTEENTH_PASS_NOT_THE_ROW = [
    ("芙蓉街", "370102"),  # 长沙's 芙蓉区 and other towns' streets: the row is 济南芙蓉街
    ("回民街", "610104"),  # 银川's, 开封's ...: the row is 西安回民街
    ("银川回民街", "610104"),
    ("五四广场", "370202"),  # the row is 青岛五四广场
    ("五一广场", "430102"),  # 福州's too: the row is 长沙五一广场
    ("福州五一广场", "430102"),
    ("大熊猫基地", "510108"),  # 都江堰's, 雅安's, 卧龙's too: the row is 成都大熊猫基地
    ("雅安碧峰峡大熊猫基地", "510108"),
    ("太白山", "610326"),  # the mountain spans 眉县, 太白县 and 西安's 周至县: only the park is a row
    ("醉翁亭记", "341102"),  # the essay: 醉翁亭 is no row
    ("背诵醉翁亭记", "341102"),
    ("炎帝故里", "421321"),  # 宝鸡, 株洲, 高平 and 柘城 claim it too
    ("株洲炎帝故里", "421321"),
    ("一棵树", "500108"),  # any tree: the row is 南山一棵树
    ("天眼查", "522727"),  # a company-search site: the row is 中国天眼
    ("告诉庄家", "532801"),
]


@pytest.mark.parametrize(("text", "code"), THIRTEENTH_PASS_NOT_THE_ROW)
def test_a_thirteenth_pass_name_where_it_means_something_else(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


def test_the_thirteenth_pass_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(
        THIRTEENTH_PASS_ALONE, THIRTEENTH_PASS_IN_TEXT + THIRTEENTH_PASS_OTHER_PLACE + THIRTEENTH_PASS_NOT_THE_ROW
    )


def test_names_the_thirteenth_pass_left_out_are_no_rows() -> None:
    # names several places bear (芙蓉街, 回民街, 太古里: 北京's 三里屯太古里 too, 大熊猫基地, 五四广场,
    # 五一广场, 炎帝故里, 滴水洞; 杨家岭 and 红岩村 are villages' names, 鸽子窝 a pigeons' nest), a work's
    # title (醉翁亭: 醉翁亭记), a mountain over two prefectures (太白山), a rare character the text finder
    # does not read (蟳埔村), earlier passes' decisions kept (红旗渠, 武汉站, 老龙头, 普宁寺, 栈桥, 雾都)
    # and pages that name no county or disagree (龙洞堡机场, 永兴坊, 宝天曼, 罍街, 东坡赤壁, 越王楼,
    # 金马碧鸡坊, 新桥机场, 大理古城, 襄阳古城, 荆州古城, 石门栈道)
    landmarks = {r["name"] for r in _table()}
    for name in (
        "芙蓉街",
        "回民街",
        "太古里",
        "大熊猫基地",
        "熊猫基地",
        "五四广场",
        "五一广场",
        "炎帝故里",
        "滴水洞",
        "杨家岭",
        "红岩村",
        "鸽子窝",
        "醉翁亭",
        "太白山",
        "蟳埔村",
        "红旗渠",
        "武汉站",
        "老龙头",
        "普宁寺",
        "栈桥",
        "雾都",
        "龙洞堡机场",
        "永兴坊",
        "宝天曼",
        "罍街",
        "东坡赤壁",
        "越王楼",
        "金马碧鸡坊",
        "新桥机场",
        "大理古城",
        "襄阳古城",
        "荆州古城",
        "石门栈道",
    ):
        assert name not in landmarks, name


# The fourteenth landmarks pass: names that hold another division's name (中山大学康乐园 is no 康乐县's, 海珠广场
# no 海珠区's, 朝天门广场 no 朝天区's, 思南公馆 no 思南县's), provincial museums whose names hold their province's,
# and what residents name in the eighteen provinces of the brief: (query, official name, code, matched_by)
FOURTEENTH_PASS_ALONE = [
    ("中山大学康乐园", "海珠区", "440105", "landmark"),  # it answered 甘肃's 康乐县
    ("中山大学南校区", "海珠区", "440105", "landmark"),  # it answered 中山市, 中山区 in `also`
    ("中山大学南校园", "海珠区", "440105", "landmark"),  # it answered 中山市
    ("中山大学北校区", "越秀区", "440104", "landmark"),  # it answered 中山市
    ("中山舰博物馆", "江夏区", "420115", "landmark"),  # it answered 中山市
    ("中山舰旅游区", "江夏区", "420115", "landmark"),  # it answered 中山市
    ("中山码头", "鼓楼区", "320106", "landmark"),  # it answered 中山市
    ("南京中山码头", "鼓楼区", "320106", "landmark"),  # it answered 南京市, 中山市 in `also`
    ("兰州中山桥", "城关区", "620102", "landmark"),  # it answered 兰州市
    ("兰州白塔山", "城关区", "620102", "landmark"),  # it answered 兰州市, 辽阳's 白塔区 in `also`
    ("肇庆七星岩", "端州区", "441202", "landmark"),  # it answered 肇庆市, 桂林's 七星区 in `also`
    ("思南公馆", "黄浦区", "310101", "landmark"),  # it answered 贵州's 思南县
    ("兴庆宫公园", "碑林区", "610103", "landmark"),  # it answered 银川's 兴庆区
    ("兴庆公园", "碑林区", "610103", "landmark"),  # it answered nothing
    ("洪山广场", "武昌区", "420106", "landmark"),  # it answered nothing
    ("海珠广场", "越秀区", "440104", "landmark"),  # it answered nothing; it is no 海珠区's
    ("宁波老外滩", "江北区", "330205", "landmark"),  # it answered 宁波市
    ("望江楼公园", "武侯区", "510107", "landmark"),  # it answered 安徽's 望江县
    ("北航沙河校区", "昌平区", "110114", "landmark"),  # it answered 海淀区
    ("北京航空航天大学沙河校区", "昌平区", "110114", "landmark"),  # it answered 海淀区
    ("上海大学延长校区", "静安区", "310106", "landmark"),  # it answered 上海市
    ("吉林大学南湖校区", "朝阳区", "220104", "landmark"),  # it answered 吉林省, 吉林市 in `also`
    ("朝天门广场", "渝中区", "500103", "landmark"),  # it answered 广元's 朝天区
    ("朝天门码头", "渝中区", "500103", "landmark"),  # it answered 广元's 朝天区
    ("天桥艺术中心", "西城区", "110102", "landmark"),  # it answered 济南's 天桥区
    ("龙湾国家森林公园", "辉南县", "220523", "landmark"),  # it answered 温州's 龙湾区
    ("龙湾群国家森林公园", "辉南县", "220523", "landmark"),  # it answered 温州's 龙湾区
    ("甘肃省博物馆", "七里河区", "620103", "landmark"),  # it answered 甘肃省
    ("青海省博物馆", "城西区", "630104", "landmark"),  # it answered 青海省
    ("辉腾锡勒", "察哈尔右翼中旗", "150927", "landmark"),
    ("辉腾锡勒草原", "察哈尔右翼中旗", "150927", "landmark"),
    ("扎尕那", "迭部县", "623024", "landmark"),
    ("大连俄罗斯风情街", "西岗区", "210203", "landmark"),
    ("宛平城", "丰台区", "110106", "landmark"),  # it answered nothing
    ("户部山", "云龙区", "320303", "landmark"),
    ("项王故里", "宿城区", "321302", "landmark"),
    ("扬州个园", "广陵区", "321002", "landmark"),
    ("清晖园", "顺德区", "440606", "landmark"),
    ("小昭寺", "城关区", "540102", "landmark"),
    ("甘丹寺", "达孜区", "540104", "landmark"),
    ("国家海洋博物馆", "滨海新区", "120116", "landmark"),
    ("天津国家海洋博物馆", "滨海新区", "120116", "landmark"),
    ("伊犁果子沟", "霍城县", "654023", "landmark"),
    ("东方威尼斯水城", "中山区", "210202", "landmark"),  # it answered 六盘水's 水城区
    ("东方之门", "苏州市", "320500", "landmark"),  # it answered nothing; 苏州工业园区 is no county
    ("辽宁省博物馆", "浑南区", "210112", "landmark"),  # it answered 辽宁省
    ("内蒙古博物院", "新城区", "150102", "landmark"),  # it answered 内蒙古自治区
    ("宁夏博物馆", "金凤区", "640106", "landmark"),  # it answered 宁夏回族自治区
    ("宁夏回族自治区博物馆", "金凤区", "640106", "landmark"),  # it answered 宁夏回族自治区
    ("新疆维吾尔自治区博物馆", "沙依巴克区", "650103", "landmark"),  # it answered 新疆维吾尔自治区
    ("新疆博物馆", "沙依巴克区", "650103", "landmark"),  # it answered 新疆维吾尔自治区
    ("西藏博物馆", "城关区", "540102", "landmark"),  # it answered 西藏自治区
    ("广东省博物馆", "天河区", "440106", "landmark"),  # it answered 广东省
    ("浙江省博物馆", "西湖区", "330106", "landmark"),  # it answered 浙江省
    ("福建博物院", "鼓楼区", "350102", "landmark"),  # it answered 福建省
    ("福建省博物馆", "鼓楼区", "350102", "landmark"),  # it answered 福建省
    ("云南省博物馆", "官渡区", "530111", "landmark"),  # it answered 云南省
    ("宗山古堡", "江孜县", "540222", "landmark"),  # it answered nothing
    ("白居寺", "江孜县", "540222", "landmark"),
    ("北宁公园", "河北区", "120105", "landmark"),  # 天津's, not 河北省
    ("俄罗斯套娃广场", "满洲里市", "150781", "landmark"),
    ("马步芳公馆", "城东区", "630102", "landmark"),
    ("年保玉则", "久治县", "632625", "landmark"),
    ("年宝玉则", "久治县", "632625", "landmark"),
    ("二沙岛", "越秀区", "440104", "landmark"),
    ("景德镇御窑厂", "珠山区", "360203", "landmark"),  # it answered 景德镇市
    ("陶阳里", "珠山区", "360203", "landmark"),
    ("佛山祖庙", "禅城区", "440604", "landmark"),  # it answered 佛山市
    ("珠海渔女", "香洲区", "440402", "landmark"),  # it answered 珠海市
    ("海口火山口国家地质公园", "秀英区", "460105", "landmark"),  # it answered 海口市
    ("圣亚海洋世界", "沙河口区", "210204", "landmark"),
    ("大连圣亚海洋世界", "沙河口区", "210204", "landmark"),  # it answered 大连市
    ("大连圣亚", "沙河口区", "210204", "landmark"),
    ("东北烈士纪念馆", "南岗区", "230103", "landmark"),  # it answered nothing
    ("哈尔滨大剧院", "松北区", "230109", "landmark"),  # it answered 哈尔滨市
]


@pytest.mark.parametrize(("query", "name", "code", "kind"), FOURTEENTH_PASS_ALONE)
def test_a_fourteenth_pass_place_alone_answers_its_county(
    cli: Any, query: str, name: str, code: str, kind: str
) -> None:
    assert_answers_alone(cli, query, name, code, kind)


FOURTEENTH_PASS_IN_TEXT = [
    ("我在中山大学康乐园读书", "440105"),  # not 甘肃's 康乐县
    ("我家在海珠广场附近", "440104"),  # not 海珠区
    ("我住在兴庆宫公园旁边", "610103"),  # not 银川's 兴庆区
    ("我在天桥艺术中心上班", "110102"),  # not 济南's 天桥区
    ("我住在朝天门广场附近", "500103"),  # not 广元's 朝天区
    ("我住在思南公馆附近", "310101"),  # not 贵州's 思南县
    ("我在中山舰博物馆上班", "420115"),  # not 中山市
    ("南京中山码头附近", "320106"),
    ("我在北航沙河校区上学", "110114"),  # not 邢台's 沙河市
    ("我家在宛平城附近", "110106"),
    ("我在甘肃省博物馆上班", "620103"),
    ("离青海省博物馆不远", "630104"),
    ("我家在新疆博物馆旁边", "650103"),
    ("我住在西藏博物馆附近", "540102"),
    ("我在浙江省博物馆上班", "330106"),
    ("我住在东方之门附近", "320500"),  # 苏州工业园区, a zone: the city
    ("我住在扎尕那附近", "623024"),
    ("我家在辉腾锡勒草原", "150927"),
    ("我住在甘丹寺附近", "540104"),
    ("我在国家海洋博物馆上班", "120116"),
    ("宿迁项王故里", "321302"),  # it answered only 宿迁市
    ("我家在北宁公园附近", "120105"),
    ("我住在马步芳公馆附近", "630102"),
    ("离二沙岛不远", "440104"),
]


@pytest.mark.parametrize(("text", "code"), FOURTEENTH_PASS_IN_TEXT)
def test_a_fourteenth_pass_place_in_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code and answer.also == (), (text, answer.place)


# (text, the code it must answer): the division whose name a row holds still answers itself, and a division
# the text names still wins over a row's county (which `also` then names)
FOURTEENTH_PASS_OTHER_PLACE = [
    ("康乐县", "622922"),
    ("甘肃康乐县", "622922"),
    ("中山市", "442000"),
    ("大连中山区", "210202"),
    ("广州市中山大学", "440100"),
    ("思南县", "520624"),
    ("桂林七星岩", "450305"),  # 桂林's 七星岩 in 七星公园: the row is 肇庆七星岩
    ("辽阳白塔区", "211002"),
    ("银川兴庆区", "640104"),
    ("广元朝天区", "510812"),
    ("广元朝天门广场", "510812"),  # the text names 广元: its 朝天区, not 重庆's square
    ("济南天桥区天桥艺术中心", "370105"),  # the text names 天桥区
    ("望江县", "340827"),
    ("邢台沙河", "130582"),
    ("延长县", "610621"),
    ("温州龙湾", "330303"),
    ("东方市", "469007"),
    ("宜宾大观楼", "511502"),  # 宜宾's 大观楼街道: 大观楼 stays no row
    ("中山市中山码头", "442000"),  # the text names 中山市
    ("武汉洪山区洪山广场", "420111"),  # 洪山区 first, 武昌区 in `also`
    ("广州海珠区海珠广场", "440105"),  # 海珠区 first, 越秀区 in `also`
    ("西安新城区兴庆宫公园", "610102"),  # 新城区 first, 碑林区 in `also`
]


@pytest.mark.parametrize(("text", "code"), FOURTEENTH_PASS_OTHER_PLACE)
def test_a_division_the_text_names_wins_over_a_fourteenth_pass_row(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


def test_a_division_named_first_keeps_the_fourteenth_pass_row_in_also(atlas: Atlas) -> None:
    answer = atlas.answer("武汉洪山区洪山广场", suggest=False)
    assert answer.place is not None and answer.place.code == "420111"
    assert [place.code for place in answer.also] == ["420106"]


# (text, a code the answer must not name): names this pass left out, and everyday words holding a new name
FOURTEENTH_PASS_NOT_THE_ROW = [
    ("中山大学", "440105"),  # campuses in 广州, 珠海 and 深圳: only the campuses are rows
    ("中山舰事件", "420115"),  # the ship's history: only its museum and area are rows
    ("中山医院", "440104"),  # 上海's, 厦门's ... too
    ("七星岩", "441202"),  # 桂林's 七星岩 too: the row is 肇庆七星岩
    ("白塔山", "620102"),  # the row is 兰州白塔山
    ("这个园子真漂亮", "321002"),  # 个园 is no row (这个园子): the row is 扬州个园
    ("果子沟", "654023"),  # villages bear the name: the row is 伊犁果子沟
    ("沙河校区", "110114"),  # other universities' campuses: the rows name 北航
    ("南湖校区", "220104"),  # other universities' campuses: the row names 吉林大学
    ("望江楼", "510107"),  # the row is 望江楼公园
    ("东方水城", "210202"),  # 苏州's too (the twelfth pass); the row is 东方威尼斯水城
    ("上海博物馆", "310101"),  # two sites, 人民广场 and 浦东's 东馆: no row
]


@pytest.mark.parametrize(("text", "code"), FOURTEENTH_PASS_NOT_THE_ROW)
def test_a_fourteenth_pass_name_where_it_means_something_else(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


def test_the_fourteenth_pass_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(
        FOURTEENTH_PASS_ALONE, FOURTEENTH_PASS_IN_TEXT + FOURTEENTH_PASS_OTHER_PLACE + FOURTEENTH_PASS_NOT_THE_ROW
    )


def test_names_the_fourteenth_pass_left_out_are_no_rows() -> None:
    # names several places bear (康乐园, 中山公园, 中山路, 人民公园, 和平饭店, 和平门, 白云山, 白云观,
    # 凤凰岛, 七星岩, 白塔山, 个园, 果子沟, 永安里, 吴江路, 中山医院), the ship (中山舰), 中山大学 itself
    # (campuses in three cities), earlier passes' decisions kept (大观楼, 怀远夜市, 东方水城), names no page
    # places or places only in another script (太平机场, 凤凰机场, 广安门, 交河故城, 普陀宗乘之庙,
    # 南山滑雪场, 亚龙湾, 西北大学太白校区, 复旦邯郸校区), pages that disagree (中山大学东校区,
    # 东北大学南湖校区, 合肥工业大学屯溪路校区, 海南省博物馆), and museums on two sites (上海博物馆,
    # 黑龙江省博物馆), and 套娃广场 alone (the row is 俄罗斯套娃广场)
    landmarks = {r["name"] for r in _table()}
    for name in (
        "康乐园",
        "中山公园",
        "中山路",
        "人民公园",
        "和平饭店",
        "和平门",
        "白云山",
        "白云观",
        "凤凰岛",
        "七星岩",
        "白塔山",
        "个园",
        "果子沟",
        "永安里",
        "吴江路",
        "中山医院",
        "中山舰",
        "中山大学",
        "大观楼",
        "怀远夜市",
        "东方水城",
        "太平机场",
        "凤凰机场",
        "广安门",
        "交河故城",
        "普陀宗乘之庙",
        "南山滑雪场",
        "亚龙湾",
        "西北大学太白校区",
        "复旦邯郸校区",
        "中山大学东校区",
        "东北大学南湖校区",
        "合肥工业大学屯溪路校区",
        "海南省博物馆",
        "上海博物馆",
        "黑龙江省博物馆",
        "套娃广场",
    ):
        assert name not in landmarks, name


# The fifteenth landmarks pass: famous sights written alone or after their city, which had answered only the city,
# nothing, or another place — the 5A areas after their city (太原晋祠, 安顺龙宫) and the best-known sights of the
# provincial capitals: (query, official name, code, matched_by)
FIFTEENTH_PASS_ALONE = [
    ("蒙山大佛", "晋源区", "140110", "landmark"),  # it answered 广西's 蒙山县
    ("太原蒙山大佛", "晋源区", "140110", "landmark"),  # it answered 太原市, 蒙山县 in `also`
    ("昭觉寺", "成华区", "510108", "landmark"),  # it answered 凉山's 昭觉县
    ("丹噶尔古城", "湟源县", "630123", "landmark"),  # it answered 西藏's 噶尔县, 古城区 in `also`
    ("天河潭", "花溪区", "520111", "landmark"),  # it answered 广州's 天河区
    ("千龙湖", "望城区", "430112", "landmark"),  # it answered 汕头's 龙湖区
    ("南江大峡谷", "开阳县", "520121", "landmark"),  # it answered 四川's 南江县
    ("郑州商城遗址", "管城回族区", "410104", "landmark"),  # it answered 郑州市, 信阳's 商城县 in `also`
    ("侵华日军第七三一部队罪证陈列馆", "平房区", "230108", "landmark"),  # it answered nothing
    ("七三一部队罪证陈列馆", "平房区", "230108", "landmark"),
    ("731部队罪证陈列馆", "平房区", "230108", "landmark"),
    ("七星公园", "七星区", "450305", "landmark"),  # it answered nothing
    ("芦笛岩", "秀峰区", "450302", "landmark"),
    ("象鼻山", "象山区", "450304", "landmark"),  # the tenth pass found no page naming the district
    ("阅江楼", "鼓楼区", "320106", "landmark"),
    ("江南贡院", "秦淮区", "320104", "landmark"),
    ("灵谷寺", "玄武区", "320102", "landmark"),
    ("成都文殊院", "青羊区", "510105", "landmark"),  # it answered 成都市
    ("西岭雪山", "大邑县", "510129", "landmark"),
    ("西安书院门", "碑林区", "610103", "landmark"),  # it answered 西安市
    ("汉城湖", "未央区", "610112", "landmark"),
    ("景山公园", "西城区", "110102", "landmark"),
    ("国家大剧院", "西城区", "110102", "landmark"),
    ("上海新天地", "黄浦区", "310101", "landmark"),  # it answered 上海市
    ("黄帝故里", "新郑市", "410184", "landmark"),
    ("重庆湖广会馆", "渝中区", "500103", "landmark"),  # it answered 重庆市
    ("长沙太平街", "天心区", "430103", "landmark"),  # it answered 长沙市, 长沙县 in `also`
    ("三亚天涯海角", "天涯区", "460204", "landmark"),  # it answered 三亚市
    ("太原晋祠", "晋源区", "140110", "landmark"),  # it answered 太原市
    ("安顺龙宫", "西秀区", "520402", "landmark"),  # it answered 安顺市
    ("齐齐哈尔扎龙", "铁锋区", "230204", "landmark"),
    ("连云港连岛", "连云区", "320703", "landmark"),
    ("重庆濯水", "黔江区", "500114", "landmark"),
    ("石嘴山沙湖", "平罗县", "640221", "landmark"),
    ("洛阳白云山", "嵩县", "410325", "landmark"),
    ("渭南华山", "华阴市", "610582", "landmark"),
    ("威海华夏城", "环翠区", "371002", "landmark"),
    ("新乡宝泉", "辉县市", "410782", "landmark"),  # it answered 新乡市, 新乡县 in `also`
    ("宣城龙川", "绩溪县", "341824", "landmark"),  # it answered 宣城市, 河源's 龙川县 in `also`
    ("邵阳崀山", "新宁县", "430528", "landmark"),  # it answered 邵阳市, 邵阳县 in `also`
    ("龙岩古田", "上杭县", "350823", "landmark"),  # it answered 龙岩市, 宁德's 古田县 in `also`
    ("东营黄河口", "垦利区", "370505", "landmark"),  # it answered 河口区
    ("辛亥革命博物馆", "武昌区", "420106", "landmark"),  # it answered nothing
    ("杜甫江阁", "天心区", "430103", "landmark"),
    ("黄崖关", "蓟州区", "120119", "landmark"),  # 黄崖关长城 answered 蓟州区 already
    ("银子岩", "荔浦市", "450381", "landmark"),
    ("杭州湘湖", "萧山区", "330109", "landmark"),  # it answered 杭州市
    ("雁栖湖", "怀柔区", "110116", "landmark"),
    ("兆麟公园", "道里区", "230102", "landmark"),
]


@pytest.mark.parametrize(("query", "name", "code", "kind"), FIFTEENTH_PASS_ALONE)
def test_a_fifteenth_pass_sight_alone_answers_its_county(cli: Any, query: str, name: str, code: str, kind: str) -> None:
    assert_answers_alone(cli, query, name, code, kind)


FIFTEENTH_PASS_IN_TEXT = [
    ("我住在蒙山大佛附近", "140110"),  # not 蒙山县
    ("我住在昭觉寺附近", "510108"),  # not 昭觉县
    ("我家在丹噶尔古城", "630123"),  # not 噶尔县
    ("我住在天河潭附近", "520111"),  # not 天河区
    ("我住在桂林象鼻山附近", "450304"),  # it answered 桂林市
    ("我住在桂林七星公园附近", "450305"),
    ("我在南京阅江楼旁边上班", "320106"),  # it answered 南京市
    ("我家在成都西岭雪山脚下", "510129"),
    ("我住在北京景山公园附近", "110102"),
    ("离郑州黄帝故里不远", "410184"),
    ("我住在太原晋祠附近", "140110"),
    ("我家在安顺龙宫附近", "520402"),
    ("我住在渭南华山脚下", "610582"),
    ("我住在东营黄河口附近", "370505"),  # not 河口区
    ("我在西安汉城湖边住", "610112"),
    ("贵阳南江大峡谷附近的村子", "520121"),
    ("我住在兆麟公园附近", "230102"),
    ("我家在杭州湘湖边上", "330109"),
]


@pytest.mark.parametrize(("text", "code"), FIFTEENTH_PASS_IN_TEXT)
def test_a_fifteenth_pass_sight_in_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    answer = atlas.answer(text, suggest=False)
    assert answer.place is not None and answer.place.code == code and answer.also == (), (text, answer.place)


# (text, the code it must answer): the divisions whose names the rows hold still answer themselves, and a
# division the text names still wins
FIFTEENTH_PASS_OTHER_PLACE = [
    ("蒙山县", "450423"),
    ("昭觉县", "513431"),
    ("噶尔县", "542523"),
    ("天河区", "440106"),
    ("南江县", "511922"),
    ("商城县", "411524"),
    ("东营河口区", "370503"),
    ("邵阳县", "430523"),
    ("新乡县", "410721"),
    ("龙川县", "441622"),
    ("宁德古田", "350922"),  # 宁德's 古田县: the row is 龙岩古田
    ("广州白云山", "440111"),  # 广州's: the row is 洛阳白云山
    ("晋祠", "140110"),  # 晋祠镇 alone, as before
    ("东城区景山公园", "110101"),  # the text names 东城区
]


@pytest.mark.parametrize(("text", "code"), FIFTEENTH_PASS_OTHER_PLACE)
def test_a_division_the_text_names_wins_over_a_fifteenth_pass_row(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


# (text, a code the answer must not name): names this pass left out, and everyday words holding a new name
FIFTEENTH_PASS_NOT_THE_ROW = [
    ("书院门口", "610103"),  # at any academy's gate: the row is 西安书院门
    ("我愿陪你到天涯海角", "460204"),  # the idiom: the row is 三亚天涯海角
    ("文殊院", "510105"),  # temples of that name elsewhere: the row is 成都文殊院
    ("太平街", "430103"),  # streets of that name in many cities: the row is 长沙太平街
    ("湖广会馆", "500103"),  # 北京's too: the row is 重庆湖广会馆
    ("白云山", "410325"),  # 广州's, 贵州's ...: the row is 洛阳白云山
    ("华山", "610582"),  # 华山医院, 华山路 ...: the row is 渭南华山
    ("沙湖", "640221"),  # 武汉's too: the row is 石嘴山沙湖
    ("新天地", "310101"),  # the row is 上海新天地
    ("湘湖", "330109"),  # 浮梁县's 湘湖镇 and 长沙's 湘湖街道 too: the row is 杭州湘湖
    ("芙蓉区湘湖街道", "330109"),
]


@pytest.mark.parametrize(("text", "code"), FIFTEENTH_PASS_NOT_THE_ROW)
def test_a_fifteenth_pass_name_where_it_means_something_else(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


def test_the_fifteenth_pass_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(
        FIFTEENTH_PASS_ALONE, FIFTEENTH_PASS_IN_TEXT + FIFTEENTH_PASS_OTHER_PLACE + FIFTEENTH_PASS_NOT_THE_ROW
    )


def test_names_the_fifteenth_pass_left_out_are_no_rows() -> None:
    # names several places or things bear (书院门 alone, 湘湖 alone, 天涯海角, 文殊院, 太平街, 湖广会馆, 白云山,
    # 华山, 沙湖, 新天地, 圣索菲亚大教堂: Istanbul's too), places on a boundary (日月双塔: a page puts 杉湖 where
    # 秀峰区 and 象山区 meet; 汉口江滩: pages say 江岸区 and 江汉区), and pages that disagree or name no county
    # (永兴坊, 五龙潭, 大东海, 苏堤, 杭州宋城, 太古里)
    landmarks = {r["name"] for r in _table()}
    for name in (
        "书院门",
        "湘湖",
        "天涯海角",
        "文殊院",
        "太平街",
        "湖广会馆",
        "白云山",
        "华山",
        "沙湖",
        "新天地",
        "圣索菲亚大教堂",
        "日月双塔",
        "汉口江滩",
        "永兴坊",
        "五龙潭",
        "大东海",
        "苏堤",
        "杭州宋城",
        "太古里",
    ):
        assert name not in landmarks, name
