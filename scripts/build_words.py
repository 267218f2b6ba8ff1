"""Write data/words.csv: everyday words and idioms that hold a place's name but name no place.

Run:  python scripts/build_words.py JIEBA_DICT [--thuocl THUOCL_DATA] [--works data/works.csv] [--index INDEX]
      [--out data/words.csv]

JIEBA_DICT is `jieba/dict.txt` of jieba 0.42.1 (MIT; `pip download --no-deps jieba==0.42.1`, then
unpack it): one word a line, `word frequency tag`. Not a dependency of cardinfo, nor of its build:
the file this writes is committed, and `scripts/build_places.py` reads it into the index. The kinds:

- `idiom`: idioms and set phrases (tags `i` and `l`) of 4 to 7 Chinese characters that hold the
  official or short name of a division at county level or above and are no such name themselves
  (长治久安 holds 长治, 大同小异 大同): inside one, the name is no place.
- `word`: words of two characters that differ from the two-character name of a province or a
  prefecture-level division in one character of the same sound (信仰 and 信阳, 无息 and 无锡): typed
  alone, such a word is that word, not the city with a typo. Not the dictionary's own record of a
  city's name misspelt (株州 for 株洲, 荷泽 for 菏泽: tagged a place's name, rare, one sound from one city
  whose name it lists ten times as often, held by no longer word): that is the city typed wrong.
- `phrase`: other words of 3 to 8 characters that hold such a name and name no place: people's
  names (tags `nr`, `nrt`, `nrfg`: 王建安 holds 建安; a foreign one ending in a transliteration's
  last character, 拉, 娜, 尔, 勒 …: 海伦凯勒), idioms of other lengths, numbers and measures
  (`m`: 四平方公里), times (`t`: 解放前), verbs and adjectives (祝您长寿), and nouns (`n`, `nz`,
  `j`, `vn`) where the name does not open the word (天下太平, 问鼎中原) — a noun the name opens
  is mostly about the place (焦作人, 北京积水潭医院), so those are left out. Words tagged as
  places, organisations or directions (`ns`, `nt`, `s`, `f`) are left out, and so is any word
  that is a name in the index or holds a level word right after the name (安吉县城).
- `thing`: common nouns (`n`, `nz`, used 10 times or more) that a name opens and that name a thing
  (大理石, 三明治, 中山装, 普洱茶, 西安事变): the text finder reads one only where it ends a word — at
  the clause's end or before a little word such as 的, 了, 怎么 — since the same characters open
  places' and firms' names too (三明治疗中心, 大理石门村, 中山装饰城).
- `place`: names of other places (tag `ns`) that hold such a name after their first character
  (亚龙湾 holds 龙湾, 明尼苏达州 达州): the text finder reads one only where it starts a word, since
  such a name is often met across two words (山东武城 holds 东武城, 进入海口 入海口). An idiom of THUOCL's
  list that jieba tags so (一马平川, 夕阳西下) is an `idiom`, read wherever it stands.
- `common`: short forms of townships, of 3 characters or more, that the dictionary lists as everyday
  words (tags other than names, idioms and numbers: 体育场, 工业园, 人民广场, 汽车站), and of 2
  characters that it lists 100 times or more or as no noun or name (学院, 电力, 东北, 珠江, 正大): in
  a text they are no township. Not a famous place's name a township bears (鼓浪屿, 夫子庙, 十三陵: `_PROPER_TOWNS`),
  nor an old county's short form that the dictionary tags as a name and
  whose townships of that name all lie in the county today (塘沽, 通什, 蒲圻): that is a place.
- `join`: everyday words of two characters (listed 100 times or more, not tagged as a name, and no
  name of a county or anything above) that end in a name's first character or start with its last
  (更新, 余额; 混合, 肥料): a name whose first character closes such a word and whose last opens
  another (更新余额, 混合肥料) stands across two words and is no place.

With `--works`, the titles of `data/works.csv` (a curated, sourced list of poems, novels, films,
dramas, songs, games, sports clubs and brands: 琅琊榜, 赤壁赋, 成都蓉城, 宁德时代) are written as
`idiom` rows (`phrase` rows when 3 or 8 characters long, 琅琊榜, 吐鲁番的葡萄熟了: the text finder reads
both alike), whatever kind the dictionary gave them: inside such a title no name is a place. A title
that is itself a name of the index is left out (it names that place too), and so is one shorter than
3 or longer than 8 characters (the text finder reads words of 3-8 characters).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sqlite3
import sys
from collections.abc import Collection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cardinfo.textfind import SURNAMES  # noqa: E402  (the person names the resolver knows)


def is_chinese(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


def build(
    jieba_dict: Path, index: Path, thuocl: Path | None = None, works: Path | None = None
) -> list[tuple[str, str]]:
    con = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    names = {
        key
        for (key,) in con.execute(
            "SELECT k.key FROM key k JOIN division d ON d.code = k.code"
            " WHERE k.kind IN (0, 1) AND d.level != 'township' AND length(k.key) >= 2"
        )
    }
    cities = {
        key
        for (key,) in con.execute(
            "SELECT k.key FROM key k WHERE k.kind IN (0, 1) AND length(k.key) = 2 AND k.code LIKE '%00'"
        )
    }
    keys = {key for (key,) in con.execute("SELECT key FROM key")}
    # the two-character short names of provinces and prefectures themselves (株洲; not nicknames such as 羊城)
    shorts = {s for (s,) in con.execute("SELECT short FROM division WHERE level IN ('province', 'prefecture')")}
    towns = {key for (key,) in con.execute("SELECT key FROM key WHERE kind = 5 AND length(key) >= 3")}
    pairs = {key for (key,) in con.execute("SELECT key FROM key WHERE kind = 5 AND length(key) = 2")}
    # old counties' short forms (kind 6, keyed to today's county) and townships' (kind 5)
    former: dict[str, set[str]] = {}
    for key, code in con.execute("SELECT key, code FROM key WHERE kind = 6 AND length(key) = 2"):
        former.setdefault(key, set()).add(code)
    towns_of: dict[str, set[str]] = {}
    for key, code in con.execute("SELECT key, code FROM key WHERE kind = 5 AND length(key) = 2"):
        towns_of.setdefault(key, set()).add(code[:6])
    sound = dict(con.execute("SELECT ch, py FROM charpy"))
    con.close()
    found: dict[str, str] = {}
    lines = jieba_dict.read_text(encoding="utf-8").splitlines()
    # names of firms, clubs and places: the tail of a thing is none of them (not 上海申花, 烟台万华)
    brands = {w for w, _, tag in (line.split(" ") for line in lines) if tag in ("nz", "nt", "ns")}
    for line in lines:
        word, frequency, tag = line.split(" ")
        if not is_chinese(word) or word in names:
            continue
        inside = [(a, b) for a in range(len(word)) for b in range(a + 2, len(word) + 1) if word[a:b] in names]
        if tag in ("i", "l") and 4 <= len(word) <= 7:
            if inside and not word.endswith(_INSTITUTIONS):  # (曲阜师范大学 is tagged a set phrase)
                found[word] = "idiom"
        elif 3 <= len(word) <= 8 and word not in keys and _phrase(word, tag, int(frequency), inside, brands):
            found[word] = "place" if tag == "ns" else "thing" if _opened(tag, inside) else "phrase"
        elif 3 <= len(word) <= 8 and word not in keys and _named_thing(word, tag, int(frequency), inside, brands):
            found[word] = "thing"
        elif len(word) == 2 and any(_one_sound_apart(word, city, sound) for city in cities):
            found[word] = "word"
        if word in towns and word not in found and not tag.startswith(_NAME_TAGS) and word not in _PROPER_TOWNS:
            found[word] = "common"  # 体育场, 工业园, 人民广场: a township's short form, but an everyday word
    for word in _misspellings(lines, [w for w, kind in found.items() if kind == "word"], cities & shorts, sound):
        del found[word]  # 株州, 荷泽: the dictionary's record of a city's name misspelt, not a word of its own
    firsts, lasts = {name[0] for name in names}, {name[-1] for name in names}
    for line in lines:
        word, frequency, tag = line.split(" ")
        if (
            len(word) == 2
            and int(frequency) >= _JOINING
            and is_chinese(word)
            and word not in names
            and word not in found
            and (
                not tag.startswith(_NAME_TAGS)
                or (tag in _JOINING_TAGS and int(frequency) >= _JOINING_NAMED)
                or (word in _EVERYDAY_NS and word not in pairs)
            )
            and (word[1] in firsts or word[0] in lasts)
        ):
            found[word] = "join"  # 更新, 余额: around 新余 in 更新余额, two words and no place
        elif word in pairs and word not in found and word not in names and _common_pair(tag, int(frequency)):
            if tag.startswith(("ns", "nr")) and towns_of[word] <= former.get(word, set()):
                continue  # 塘沽, 通什, 蒲圻: a name of an old county, its townships inside it today: a place
            found[word] = "common"  # 学院, 电力, 东北, 珠江, 正大: two characters, a word before a township
    if thuocl is not None:
        for word, kind in _thuocl_words(thuocl, names, brands):
            # an idiom THUOCL lists is one even where jieba tags it a place's name (一马平川 ns)
            if (word not in found or (kind == "idiom" and found[word] == "place")) and word not in keys:
                found[word] = kind
    if works is not None:
        for title in read_works(works):
            if title not in keys and title not in names and 3 <= len(title) <= 8 and _holds(title, names):
                # 呼兰河传, 成都蓉城: a work's or a club's name, no place; 3 or 8 characters (琅琊榜) as a
                # phrase, the same span to the text finder (idiom rows are jieba's 4-7)
                found[title] = "idiom" if 4 <= len(title) <= 7 else "phrase"
    return sorted(found.items())


def read_works(path: Path) -> list[str]:
    """The titles of data/works.csv (`title,kind,source,quote`; lines starting with # are comments)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return [row["title"] for row in csv.DictReader(lines)]


THUOCL_LISTS = ("THUOCL_chengyu.txt", "THUOCL_food.txt", "THUOCL_lishimingren.txt")


def read_thuocl(path: Path) -> list[str]:
    """The words of one THUOCL list (`word<TAB>document frequency` a line), in its order."""
    return [line.split()[0] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _thuocl_words(folder: Path, names: Collection[str], brands: Collection[str]) -> list[tuple[str, str]]:
    """Idioms and foods of THUOCL that hold a name of the index (see the module's docstring)."""
    out: list[tuple[str, str]] = []
    for word in read_thuocl(folder / "THUOCL_chengyu.txt"):
        if is_chinese(word) and 4 <= len(word) <= 7 and word not in names and _holds(word, names):
            out.append((word, "idiom"))
    for word in read_thuocl(folder / "THUOCL_food.txt"):
        if not is_chinese(word) or not 3 <= len(word) <= 8 or word in names:
            continue
        opening = [b for b in range(2, len(word)) if word[:b] in names]
        if opening and _food(word, max(opening), brands):
            out.append((word, "food"))
    for word in read_thuocl(folder / "THUOCL_lishimingren.txt"):
        if is_chinese(word) and 3 <= len(word) <= 8 and word not in names and word[-1] not in _NO_PERSON_ENDS:
            held = [a for a in range(1, len(word)) for b in range(a + 2, len(word) + 1) if word[a:b] in names]
            if held and not any(word[:b] in names for b in range(2, len(word))):
                out.append((word, "phrase"))  # 花木兰, 阎锡山: a person's name holds 木兰, 锡山 (not 凌云上)
    return out


# How the list's entries that are no person end: commanderies, kingdoms, circuits, titles, roads (长沙郡,
# 中山国, 南海道, 海陵王, 咸丰帝, 金秀路).
_NO_PERSON_ENDS = frozenset("郡国道王帝侯公路塞馆")


def _holds(word: str, names: Collection[str]) -> bool:
    return any(word[a:b] in names for a in range(len(word)) for b in range(a + 2, len(word) + 1))


# One character after a name that is mostly a verb or a building there, whatever the list says
# (青海带 kelp, but 从青海带的特产; 长春卷了钱跑了; 安定堡 a fort; 龙凤配).
_NOT_FOOD_ENDS = frozenset("卷堡尊带徽配酸")
# How the name of a restaurant or an inn ends (广州酒家, 西安饭庄, 丰泽园, 正阳楼): one stands in its place.
_EATERY_ENDS = frozenset("园楼庄店馆厅家居堂斋坊宴城街")


def _food(word: str, end: int, brands: Collection[str]) -> bool:
    """Whether a food a name opens at `end` is a thing: not a restaurant, a brand or a level word
    after the name (广东省海南省)."""
    rest = word[end:]
    return (
        rest not in brands
        and rest not in _NOT_FOOD_ENDS
        and word[-1] not in _EATERY_ENDS
        and rest[0] not in _LEVEL_WORDS
        and not any(level in rest for level in ("省", "市", "县"))
    )


# How often jieba's dictionary must list a two-character word for it to count as an everyday word
# that a place's name can straddle (更新 and 余额 around 新余; 混合 and 肥料 around 合肥).
_JOINING = 100
# jieba tags some everyday words as names (普通 nz, 宁静 nr): those used this often join too (普通化学, 宁静安详)
_JOINING_TAGS = ("nz", "nr")
_JOINING_NAMED = 500
# ... and tags these everyday words ns, a place's name (东西, 城市, 美丽, 英雄): they join too (东西安全
# holds 西安 across 东西 and 安全). Read from the dictionary's 2,000 most frequent ns words of two
# characters: none names a place; a name of a division among them would be left out as names are.
# Townships' short forms that jieba tags as common nouns but that are one famous place's name, the township
# named after it (鼓浪屿 is 思明区's 鼓浪屿街道, 夫子庙 秦淮区's, 十三陵 昌平区's): in a text they are that place,
# not an everyday word (read off the `common` rows of three characters or more that name one township in China;
# not those holding another division's name, which the `common` row keeps from being read: 歌乐山 holds 乐山,
# 三元里 三元, 河西务 河西).
_PROPER_TOWNS = frozenset(
    word
    for line in (
        "鼓浪屿 夫子庙 大栅栏 十三陵 五角场 沙头角 交道口 建国门",
        "团结湖 腊子口 毓璜顶 函谷关 平型关 未央宫 将台堡",
    )
    for word in line.split()
)
_EVERYDAY_NS = frozenset(
    word
    for line in (
        "东西 城市 平原 外国 爱国 南北 英雄 朝廷 太阳 哥哥 海洋 湖泊 大桥 高原 上市 建国 美丽 山区 江湖 大街 王国 开国",
        "城镇 京城 阿哥 庆典 南路 深度 山脉 回国 治安 大国 新鲜 海峡 冰川 长度 山水 长大 莫非 普及 商城 内河 古典 阴阳",
        "江山 高山 大海 山坡 河谷 上马 福利 日志 青春 山河 神圣 中断 河水 山洞 都城 关联 海湾 广义 湖水 上山 江水 海关",
        "大洋 山峰 入口 入市 都市 重镇 大山 千古 城堡 深山 江河 伦理 泉水 渡江 大河 大湖 大江 治国 天黑 法典 池塘 天桥",
        "加盟 登山 密封 上门 黄沙 立马 海滨 沿河 海滩 西瓜 贵宾 入海 沧海 嘉宾 汉堡 北极 山林 二哥 契约 下山 上台 山寨",
        "西洋 东路 西路 北路 中路",
    )
    for word in line.split()
)


# A township's two-character short form that the dictionary lists is an everyday word when it is
# used this often, or is no noun or name at all (正大 "upright"); rarer nouns and names (博鳌, 豫园,
# 沙面, 公明) stay the townships' names.
_PAIR_COMMON = 100


def _common_pair(tag: str, frequency: int) -> bool:
    return frequency >= _PAIR_COMMON or tag not in ("n", "ns", "nr", "nz")


# Tags of names (people's, places', organisations', others') and of idioms and numbers, whose
# township short forms are left to the text (陆家嘴 is tagged nr, 春熙路 i, 三星堆 m).
_NAME_TAGS = ("nr", "ns", "nz", "nt", "i", "m")
# Tags whose words name no place wherever the name stands in them (王建安, 四平方公里, 解放前,
# 白云苍狗); for the others only where the name does not open the word (天下太平, not 焦作人).
_ANYWHERE_TAGS = frozenset({"nr", "nrt", "nrfg", "i", "z", "m", "t", "d"})
_INSIDE_TAGS = frozenset({"n", "nz", "j", "l", "v", "vn", "a", "ad"})
_LEVEL_WORDS = ("省", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "村", "城", "人", "籍", "话")
# Last characters of transliterated foreign names (安吉拉, 多伦斯): such a name is a person's.
_FOREIGN_ENDS = frozenset("拉娜丝尔斯妮莎娅勒")
# jieba's dictionary holds many fragments of frequency 2 or 3 (和资阳, 宁强盗, 叶城今): a phrase is
# taken from it only when it is used more often than that, or is plainly a person's name.
_COMMON = 5
_INSTITUTIONS = ("大学", "学院", "中学", "医院")  # a name ending so is a place's, whatever its tag
_NAMED_NOUN = 1000  # a three-character word jieba tags as a person's name but lists this often (汉白玉)
# Surnames that are also a verb before a place (调任开封): such a word is no person's name.
_VERBS = frozenset("任")


def _phrase(word: str, tag: str, frequency: int, inside: list[tuple[int, int]], brands: Collection[str]) -> bool:
    """Whether a word that holds names at `inside` (start, end) is a phrase that names no place."""
    held = [(a, b) for a, b in inside if (a, b) != (0, len(word))]
    if tag == "ns":
        return _another_place(word, frequency, held, inside)
    if not held or any(word[b : b + 1] in _LEVEL_WORDS or word[b - 1] in _LEVEL_WORDS for _, b in held):
        return False
    if tag.startswith("nr"):
        if len(word) == 3:  # a surname and a given name, or a foreign name; not 于长安, 从宁远, 任开封
            person = word[0] in SURNAMES and word[0] not in _VERBS and (1, 3) in held
            # ... or a noun used so often it is no one's name, the name inside it (汉白玉)
            return person or word[-1] in _FOREIGN_ENDS or (frequency >= _NAMED_NOUN and all(a > 0 for a, _ in held))
        return word[-1] in _FOREIGN_ENDS or frequency >= _COMMON
    if frequency < _COMMON:
        return False
    if tag in ("n", "nz") and frequency >= _THING and any(a == 0 for a, _ in held):
        return _thing(word, max(b for a, b in held if a == 0), brands)
    return tag in _ANYWHERE_TAGS or (tag in _INSIDE_TAGS and all(a > 0 for a, _ in held))


# A noun a name opens names a thing, not the place, when what follows the name is one or two
# characters that end in no word for a place, a people or an institution (大理石, 中山装, 三明治,
# 普洱茶, 交口称赞, 西安事变; not 焦作人, 天河机场, 大庆油田, 河北省委). Only common nouns: jieba's
# rarer ones are often fragments of two words.
_THING = 10
_PLACE_ENDS = frozenset(
    "人籍话腔队院场站路街巷道桥湖山河江海港湾岛城村镇乡区县市州省旗盟寨寺宫楼园店庙阁亭塔洞泉峡关门台铁"
    "厅局部所处馆校府署厂矿田井口坝堤渠林峰岭谷滩洲营堡屯庄庵观殿祠墓陵会社组帮派系族军兵网报团委郡"
)
# Words after a name that make a company seated there (昆明制药, 兖州煤业): the name stays its place.
_TRADES = ("制药", "药业", "煤业", "铝业", "碱业", "科技", "股份", "实业", "保险", "集团", "银行", "汽车", "电子")


def _opened(tag: str, inside: list[tuple[int, int]]) -> bool:
    """Whether a noun is one a name opens (大理石): a `thing` (see `_thing`)."""
    return tag in ("n", "nz") and any(a == 0 for a, _ in inside)


# jieba's tags for people's names, on three-character things a name opens too (景泰蓝 nr, 弥勒佛 nrt)
_THING_AS_NAME = ("nr", "nrt")


def _named_thing(word: str, tag: str, frequency: int, inside: list[tuple[int, int]], brands: Collection[str]) -> bool:
    """Whether a word jieba tags as a person's name, and that is none (not a surname and a given name),
    is a thing a name opens (景泰蓝, 黄梅戏, 太湖石, 丹凤眼): a `thing`, as the nouns of `_thing`."""
    opened = [b for a, b in inside if a == 0 and b < len(word)]
    return (
        tag in _THING_AS_NAME
        and len(word) == 3
        and frequency >= _THING
        and bool(opened)
        and not word.endswith("岩")  # 七星岩: a cave as often as a rock's name, a sight left to the landmarks
        and _thing(word, max(opened), brands)
    )


def _thing(word: str, end: int, brands: Collection[str]) -> bool:
    rest = word[end:]
    if rest in brands:
        return False  # 上海申花, 烟台万华: a club's or a firm's name, seated in the place
    return 1 <= len(rest) <= 2 and rest[-1] not in _PLACE_ENDS and rest not in _TRADES


# Words before a name that keep it the place it names (中国香港, 大上海, 老北京).
_KEEPING = ("中国", "中华", "大", "老", "新")


def _another_place(word: str, frequency: int, held: list[tuple[int, int]], inside: list[tuple[int, int]]) -> bool:
    """Whether a place's name (tag ns) that is no division holds a division's name after its start
    and names another place (亚龙湾 holds 龙湾, 高雄县 雄县, 明尼苏达州 达州, 五龙潭 龙潭): not when
    a name opens it (上海滩, 赣九江 after 赣's province) or a word that keeps the name its place (中国香港)."""
    if not held or frequency < _COMMON or any(a == 0 for a, _ in inside):
        return False
    first = min(a for a, _ in held)
    return word[:first] not in _KEEPING and len(word) - first > 1


MISSPELT_AT_MOST = 10  # a dictionary count: jieba 0.42.1 lists 株州 4 times, 荷泽 9 (株洲 85, 菏泽 337)
MISSPELT_RARER = 10  # ... and the city's own name at least this many times as often


def _misspellings(lines: list[str], words: list[str], cities: Collection[str], sound: dict[str, str]) -> list[str]:
    """Which of the `word` rows are the dictionary's record of a city's name misspelt by its sound (株州 for
    株洲, 荷泽 for 菏泽, 河肥 for 合肥), not words of their own: tagged a place's name (`ns`), listed
    MISSPELT_AT_MOST times or fewer, one sound from one city only, whose own name the dictionary lists
    MISSPELT_RARER times as often or more, and held by no longer word of the dictionary (not 暨南, in
    暨南大学; not 重山, in 重山峻岭; not 锡安, in 锡安山), other than the word with a level word (荷泽市)."""
    listed = {word: (int(count), tag) for word, count, tag in (line.split(" ") for line in lines)}
    rare = {w for w in words if listed.get(w, (0, ""))[1] == "ns" and listed[w][0] <= MISSPELT_AT_MOST}
    held = {
        w for line in lines for w in rare if w in (entry := line.split(" ")[0]) and entry[2:] not in ("", *"市县区州")
    }
    misspelt = []
    for word in sorted(rare - held):
        near = [city for city in cities if _one_sound_apart(word, city, sound)]
        if len(near) == 1 and listed.get(near[0], (0, ""))[0] >= MISSPELT_RARER * listed[word][0]:
            misspelt.append(word)
    return misspelt


def _one_sound_apart(word: str, city: str, sound: dict[str, str]) -> bool:
    differ = [k for k in range(2) if word[k] != city[k]]
    if len(differ) != 1:
        return False
    a, b = word[differ[0]], city[differ[0]]
    return a in sound and sound.get(a) == sound.get(b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jieba_dict", type=Path)
    parser.add_argument("--thuocl", type=Path, help="THUOCL's data folder (commit a30ce79): its idioms and foods")
    parser.add_argument("--works", type=Path, help="data/works.csv: titles of works, clubs and brands")
    parser.add_argument("--index", type=Path, default=ROOT / "data" / "places.sqlite")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "words.csv")
    args = parser.parse_args()
    rows = build(args.jieba_dict, args.index, args.thuocl, args.works)
    digest = hashlib.sha256(args.jieba_dict.read_bytes()).hexdigest()
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(f"# generated by scripts/build_words.py from jieba 0.42.1 dict.txt (MIT) sha256={digest}\n")
        if args.thuocl is not None:
            for name in THUOCL_LISTS:
                list_digest = hashlib.sha256((args.thuocl / name).read_bytes()).hexdigest()
                handle.write(f"# and THUOCL a30ce79 {name} (MIT) sha256={list_digest}\n")
        if args.works is not None:
            works_digest = hashlib.sha256(args.works.read_bytes()).hexdigest()
            handle.write(f"# and data/works.csv (curated titles) sha256={works_digest}\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("word", "kind"))
        writer.writerows(rows)
    kinds = ("idiom", "phrase", "thing", "food", "place", "word", "common", "join")
    counts = {kind: sum(k == kind for _, k in rows) for kind in kinds}
    print(f"wrote {args.out}: " + ", ".join(f"{n} {kind}s" for kind, n in counts.items()))


if __name__ == "__main__":
    main()
