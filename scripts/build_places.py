"""Regenerate data/places.sqlite, the division index cardinfo resolves places with.

Reads the official division CSV files in data/divisions/ (copied from the project's shared
folder; provenance and licences in data/divisions/SOURCE.md) and writes one SQLite file:

  division(code, name, level, parent, short, pinyin)  county level and above, and townships
  key(key, code, kind)                                 every normalised name a person may type
                                                       (kinds: see FULL ... LANDMARK below)
  t2s(t, s)                                            traditional -> simplified, one character
  charpy(ch, py)                                       toneless pinyin of a character, for suggestions
  tone(code, py)                                       pinyin with tone digits (fu2zhou1; every reading,
                                                       "|"-joined) of places sharing a toneless pinyin
  lexicon(word, count)                                 everyday words and their counts (data/lexicon.csv),
                                                       the places' names at least NAME_COUNT
  lookalike(other, ch)                                 a character (other) that looks like one of a
                                                       place's name (ch), data/lookalikes.csv
  reading(ch, py)                                      another toneless reading of a character of a
                                                       place's name (歙: xi, xie besides she), as misread
  meta(key, value)                                     what built the file: tool versions, input digests

Besides data/divisions/, it reads data/exonyms.csv: English and postal names (Peking, Harbin,
Inner Mongolia) and names of places inside 香港/澳门/台湾, which the division list has as one row each;
data/short_forms.csv: short forms people write that no rule derives (达茂旗, 博州), each with its source;
and data/landmarks.csv: famous scenic areas and landmarks (兵马俑, 布达拉宫), each with the county it lies in
and its source.

Needs the `data-build` extra (pypinyin, opencc-python-reimplemented); cardinfo itself does not.
Run:  python scripts/build_places.py [--src data/divisions] [--landmarks data/landmarks.csv] [--out data/places.sqlite]
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cardinfo.text import normalise  # noqa: E402  (the one normaliser, shared with run time)

# Key kinds, best first. The resolver ranks matches by this number.
FULL, SHORT, FORMER, PINYIN, TOWNSHIP, TOWNSHIP_SHORT, FORMER_SHORT, EXONYM, STAT_UNIT, LANDMARK = range(10)
_TOWNSHIP_SUFFIX = re.compile(r"(街道办事处|街道|民族乡|镇|乡|苏木)$")
# Township-level zones as people shorten them (青岛高新技术产业开发区 -> 青岛高新区, 北京经济技术开发区 -> 北京经开区).
_ZONE_WORDS = (("高新技术产业开发区", "高新区"), ("高新技术开发区", "高新区"), ("经济技术开发区", "经开区"))
# The count a place's name has in the lexicon at least: jieba counts some rarely (新密 3, 尚义 35), and a
# name counted as a rare word would lose to any everyday word across its edge.
NAME_COUNT = 100


def _town_short(name: str) -> str:
    """A township's name as people shorten it: without the word for its kind (李庄镇 -> 李庄), a zone
    by its usual short words (_ZONE_WORDS)."""
    for long, short in _ZONE_WORDS:
        if name.endswith(long) and len(name) >= len(long) + 2:
            return name[: -len(long)] + short
    return _TOWNSHIP_SUFFIX.sub("", name)


# A regiment of the Xinjiang Production and Construction Corps, as its township is listed (兵团一四三团,
# 兵团农九师一六六团, 兵团八十六团分部): people write the regiment by its number (一四三团, 143团).
_REGIMENT = re.compile(r"^兵团(?:农?第?[一二三四五六七八九十]+师)?([零一二三四五六七八九十]{2,4})团")
_DIGITS = {c: str(n) for n, c in enumerate("零一二三四五六七八九")}


def _regiment(name: str) -> list[str]:
    """The regiment's number as people write it, in characters and in digits; [] for no regiment."""
    found = _REGIMENT.match(name)
    if found is None:
        return []
    spoken = found.group(1)
    if "十" in spoken:  # 八十六: tens; 三十: 30
        tens, _, ones = spoken.partition("十")
        number = str(int(_DIGITS.get(tens, "1")) * 10 + int(_DIGITS.get(ones, "0") if ones else 0))
    else:  # 一四三, 一零四: digit by digit
        number = "".join(_DIGITS[c] for c in spoken)
    return [spoken + "团", number + "团"]


# A former name without the word for its kind (襄樊市 -> 襄樊), longest first.
_FORMER_SUFFIX = re.compile(r"(自治县|自治州|自治旗|地区|市|县|区|盟|旗)$")


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _follow(
    code: str, year: int, former: dict[str, list[dict[str, str]]], current: set[str], depth: int = 0
) -> set[str]:
    """The current codes that `code`, as it was in `year`, became.

    A code can be reused for another place later (422101 was 鄂城市, then 麻城市), so the row to
    follow is the one in force that year, not any row with that code.
    """
    rows = [r for r in former.get(code, []) if int(r["valid_from"]) <= year < int(r["valid_to"])]
    if not rows:
        return {code} if code in current else set()
    found: set[str] = set()
    for r in rows:
        found |= _row_successors(r, former, current, depth + 1)
    return found


def _row_successors(
    r: dict[str, str], former: dict[str, list[dict[str, str]]], current: set[str], depth: int = 0
) -> set[str]:
    """The current codes a former row became: its successor field followed to today."""
    if depth > 10:
        return set()
    targets = _former_targets(r["successor_codes"])
    if r["status"] == "renamed" and all("[" in t for t in r["successor_codes"].split(";") if t):
        targets = [r["code"]]  # renamed, same code: the bracketed parts are pieces split off on the way
    if not targets:
        return set()
    found: set[str] = set()
    for nxt in targets:
        found |= (
            {nxt} if nxt == r["code"] and nxt in current else _follow(nxt, int(r["valid_to"]), former, current, depth)
        )
    return found


def _former_targets(field: str) -> list[str]:
    parts = [p for p in field.split(";") if p]
    final = [p for p in parts if "[" not in p]
    return [p.split("[")[0] for p in (final or parts)]


def _traditional_map(names: set[str]) -> dict[str, str]:
    import opencc  # build-time only

    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    used = {ch for name in names for ch in name}
    mapping: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        trad, _, simp = line.partition("\t")
        simp = simp.split(" ")[0]
        # A character an official name uses as it is (乾县) is never converted.
        if len(trad) == 1 and simp and trad != simp and trad not in used:
            mapping[trad] = simp
    return mapping


def _char_pinyin() -> list[tuple[str, str]]:
    from pypinyin import Style, lazy_pinyin  # build-time only

    chars = [chr(cp) for cp in range(0x4E00, 0xA000)]
    return [(ch, py) for ch, py in zip(chars, lazy_pinyin(chars, style=Style.NORMAL), strict=True) if py != ch]


def _other_readings(rows: list[tuple[str, str, str, str, str, str]]) -> list[tuple[str, str]]:
    """(character, reading) for each reading pypinyin knows of a character of a county's or a city's name
    besides its usual one (歙 she: xi, xie; 陂 bei: pi, bi, po): how a name may be typed by someone who
    reads the character another way (黄山翕县 for 歙县, 武汉黄坡区 for 黄陂区)."""
    from pypinyin import Style, lazy_pinyin, pinyin  # build-time only

    chars = sorted({ch for r in rows if r[2] != "township" for ch in r[1] if "\u4e00" <= ch <= "\u9fff"})
    out: set[tuple[str, str]] = set()
    for ch, usual in zip(chars, lazy_pinyin(chars, style=Style.NORMAL), strict=True):
        out.update((ch, r) for r in pinyin(ch, style=Style.NORMAL, heteronym=True)[0] if r != usual and r.isalpha())
    return sorted(out)


def _tones(rows: list[tuple[str, str, str, str, str, str]], pinyin_keys: dict[str, set[str]]) -> list[tuple[str, str]]:
    """The short name's pinyin with tone digits (福州 fu2zhou1, 抚州 fu3zhou1) of each place a toneless
    pinyin names with another, where pypinyin reads it as the division list does: every reading its
    characters have for those syllables, joined by "|" (华 is huá and huà, so 华州区 is hua1zhou1|
    hua2zhou1|hua4zhou1: Huàzhōu may be it or 化州市, and tones do not choose)."""
    from itertools import product

    from pypinyin import Style, lazy_pinyin, pinyin  # build-time only

    def readings(ch: str, syllable: str) -> list[str]:
        bare = syllable.rstrip("12345")
        found = [r for r in pinyin(ch, style=Style.TONE3, heteronym=True)[0] if r.rstrip("12345") == bare]
        return sorted(set(found) | {syllable})

    shared = {code for codes in pinyin_keys.values() if len(codes) > 1 for code in codes}
    out = []
    for code, name, _level, _parent, short, py in rows:
        if code in shared:
            word = short or name
            syllables = lazy_pinyin(word, style=Style.TONE3)
            if "".join(s.rstrip("12345") for s in syllables) != py.replace(" ", "").replace("ü", "v"):
                continue
            every = product(*(readings(ch, s) for ch, s in zip(word, syllables, strict=False)))
            out.append((code, "|".join(sorted("".join(r) for r in every)).replace("ü", "v")))
    return sorted(out)


# The pinyin of a suffix, to drop from the pinyin when the suffix is dropped from the name.
_SUFFIX_PINYIN = {
    "自治旗": " zi zhi qi",
    "族自治旗": " zu zi zhi qi",
    "地区": " di qu",
    "新区": " xin qu",
    "市": " shi",
    "县": " xian",
    "区": " qu",
    "旗": " qi",
    "盟": " meng",
}
_KIND_SOUND = {"市": " shi", "县": " xian", "区": " qu", "旗": " qi", "盟": " meng", "州": " zhou"}
_KEPT_SUFFIX = re.compile(r"(族自治旗|自治旗|地区|新区|市|县|区|旗|盟)$")


def _bare_names(name: str, short: str, pinyin: str) -> list[tuple[str, str]]:
    """A short name the source left with its suffix (吉林市, 长沙县, 奈曼旗), without it, and its pinyin.

    The source keeps the suffix where the short form is also the short form of the place above
    (吉林 is 吉林省): people type it anyway, so the bare form is a key too, and `also` says both.
    """
    if short != name:
        return []
    found = _KEPT_SUFFIX.search(name)
    # 赵县 -> 赵 is too short to be a name; 东乡族自治县, 峰峰矿区 keep a word that needs its suffix.
    if not found or len(name) - len(found.group(1)) < 2 or name[: -len(found.group(1))].endswith(("自治", "矿")):
        return []
    suffix = found.group(1)
    sound = _SUFFIX_PINYIN[suffix]
    bare = [(name[: -len(suffix)], pinyin[: -len(sound)] if pinyin.endswith(sound) else "")]
    if suffix == "族自治旗":  # 鄂温克族自治旗: 鄂温克族 and 鄂温克
        bare.append((name[: -len("自治旗")], ""))
    return bare


def people_names(divisions: list[dict[str, str]], shorts: dict[str, str]) -> list[str]:
    """The peoples (…族) autonomous divisions are named for, read off the official names the data
    gives a short name for (民和回族土族自治县, short 民和: 回族, 土族), longest first."""
    found: set[str] = set()
    for r in divisions:
        name, short = r["name"], shorts.get(r["code"], "")
        kind = next((k for k in ("自治县", "自治州", "自治旗") if name.endswith(k)), "")
        if kind and short and short != name and name.startswith(short):
            found.update(p + "族" for p in name[len(short) : -len(kind)].split("族")[:-1] if p)
    return sorted(found, key=len, reverse=True)


def county_short_form(name: str, peoples: list[str]) -> str | None:
    """An autonomous county's name without its peoples and 自治 (本溪满族自治县 -> 本溪县,
    阜新蒙古族自治县 -> 阜新县), or a people's name that is the whole place name, with 县
    (东乡族自治县 -> 东乡县); None when the name is no such county or a people is not known."""
    if not name.endswith("自治县"):
        return None
    stem = name.removesuffix("自治县")
    last = ""
    while people := next((p for p in peoples if stem.endswith(p)), ""):
        stem, last = stem.removesuffix(people), people
    if not last:
        return None
    if not stem:  # the people's name is the place's: 东乡族 -> 东乡
        stem = last.removesuffix("族")
    return stem + "县" if len(stem) >= 2 else None


# What an office of a zone adds to the zone's name (乌拉盖管理区管委会 is the office of 乌拉盖管理区).
_ORGAN_SUFFIX = ("管理委员会", "管委会")


def zone_name(name: str) -> str:
    """A statistical unit's name without its office's suffix: 乌拉盖管理区管委会 -> 乌拉盖管理区."""
    for suffix in _ORGAN_SUFFIX:
        if name.endswith(suffix) and len(name) - len(suffix) >= 3:
            return name.removesuffix(suffix)
    return name


def zone_abbreviation(name: str) -> str | None:
    """How people shorten a unit run by an administrative committee: 大柴旦行政委员会 -> 大柴旦行委."""
    if name.endswith("行政委员会") and len(name) > len("行政委员会") + 1:
        return name.removesuffix("行政委员会") + "行委"
    return None


def former_prefecture_successors(
    former_rows: list[dict[str, str]],
    former_by_code: dict[str, list[dict[str, str]]],
    divisions: list[dict[str, str]],
) -> dict[tuple[str, str, str], str]:
    """The former prefectures that became one current prefecture (see `former_prefecture_heirs`)."""
    return {
        k: next(iter(v))
        for k, v in former_prefecture_heirs(former_rows, former_by_code, divisions).items()
        if len(v) == 1
    }


def former_prefecture_heirs(
    former_rows: list[dict[str, str]],
    former_by_code: dict[str, list[dict[str, str]]],
    divisions: list[dict[str, str]],
) -> dict[tuple[str, str, str], set[str]]:
    """(code, name, valid_from) -> the current prefectures a former prefecture became, for former
    prefectures whose successor field is empty (哲里木盟 -> {通辽市}).

    Read off every county it held while it bore that name, each followed to today: the current
    prefecture-level divisions that hold them. One (the usual case) is its successor. Several
    (雁北地区: 大同市 and 朔州市; 白城地区, whose 扶余县 is 松原's today) are where it went: its full
    name alone is a key of each, so it reads as a choice among them, and an old address naming a
    county as well is read by the county. A prefecture some of whose counties no prefecture holds
    today (荆州地区: 仙桃, 潜江 and 天门 are under the province) gets none.
    """
    current = {r["code"] for r in divisions}
    parent = {r["code"]: r["parent_code"] for r in divisions}
    level = {r["code"]: r["level"] for r in divisions}

    def prefecture_of(code: str) -> str:
        if level[code] == "prefecture":
            return code
        above = parent[code]
        return above if level.get(above) == "prefecture" else ""

    found: dict[tuple[str, str, str], set[str]] = {}
    for r in former_rows:
        if r["level"] != "prefecture" or r["successor_codes"]:
            continue
        start, end = int(r["valid_from"]), int(r["valid_to"])
        heirs: set[str] = set()
        for k in former_rows:
            if (
                k["level"] == "county"
                and (k["province_name"], k["prefecture_name"]) == (r["province_name"], r["name"])
                and int(k["valid_from"]) < end
                and int(k["valid_to"]) > start
            ):
                heirs |= {prefecture_of(c) for c in _row_successors(k, former_by_code, current)}
        if heirs and "" not in heirs:
            found[(r["code"], r["name"], r["valid_from"])] = heirs
    return found


# An Inner Mongolian banner's name: a stem, the wing (左翼, 右翼, 左, 右) and the position (前, 中, 后).
_BANNER = re.compile(r"(.+?)(左翼|右翼|左|右)?(前|中|后)?旗")
_DIRECTIONS = ("东", "西", "南", "北")


def banner_short_form(name: str) -> tuple[str, str] | None:
    """The usual abbreviation of a banner's official name and the rule that made it, or None.

    wing:      科尔沁左翼后旗 -> 科左后旗, 察哈尔右翼前旗 -> 察右前旗 (first character, wing, position)
    side:      土默特左旗 -> 土左旗, 新巴尔虎右旗 -> 新右旗 (first character, 左/右)
    position:  乌拉特中旗 -> 乌中旗, 鄂托克前旗 -> 鄂前旗 (first character, 前/中/后)
    direction: 东乌珠穆沁旗 -> 东乌旗 (the direction and the stem's first character)
    people:    鄂温克族自治旗 -> 鄂温克旗, 鄂伦春自治旗 -> 鄂伦春旗 (a people's name that is the whole
               place name, two or three characters, with 旗; 莫力达瓦达斡尔族自治旗 has a place name
               of its own, 莫力达瓦, which the division data gives)

    The side and position rules need a stem of three characters or more: a two-character stem
    (巴林左旗, 杭锦后旗) makes a four-character name, which people write whole.
    """
    people = name.removesuffix("自治旗").removesuffix("族")
    if name.endswith("自治旗") and 2 <= len(people) <= 3:
        return people + "旗", "people"
    found = _BANNER.fullmatch(name)
    if found is None:
        return None
    stem, wing, position = found.group(1), found.group(2) or "", found.group(3) or ""
    if wing.endswith("翼") and position and len(stem) >= 2:
        return stem[0] + wing[0] + position + "旗", "wing"
    if wing and not position and len(stem) >= 3:
        return stem[0] + wing + "旗", "side"
    if position and not wing and len(stem) >= 3:
        return stem[0] + position + "旗", "position"
    if not wing and not position and stem.startswith(_DIRECTIONS) and len(stem) >= 4:
        return stem[:2] + "旗", "direction"
    return None


def _short_form_rows(path: Path, names: dict[str, str]) -> list[tuple[str, str, frozenset[str]]]:
    """(code, short form, codes it shares the name with) from data/short_forms.csv; each row names
    the official name of its code and of every place it shares the name with, checked here."""
    found: list[tuple[str, str, frozenset[str]]] = []
    for line, r in enumerate(_rows(path), start=2):
        if names.get(r["code"]) != r["official_name"]:
            raise SystemExit(f"{path}:{line}: code {r['code']} is {names.get(r['code'])!r}, not {r['official_name']!r}")
        if not r["source"].strip():
            raise SystemExit(f"{path}:{line}: {r['name']!r} names no source")
        shares = frozenset(c for c in r["shares_with"].split(";") if c)
        found.append((r["code"], r["name"], shares))
    return found


def _in_order(short: str, name: str) -> bool:
    """Whether `short` is `name`'s characters, some left out, in their order (前郭 in 前郭尔罗斯…)."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def short_forms(
    divisions: list[dict[str, str]],
    listed: list[tuple[str, str]],
    taken: dict[str, set[str]],
    shared: dict[tuple[str, str], frozenset[str]] | None = None,
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(code, short form, rule) for every banner's abbreviation and every listed short form a place
    may have, and those left out (rule "clash: ..."): a form two banners would share, or one that
    is already some other place's name (`taken`: key -> codes), belongs to none of them.

    `shared`: (code, listed form) -> the places a listed form knowingly shares its name with (巴州 is
    巴音郭楞's and, in the division data, 巴州区's): those are no clash, and the index names them all,
    so `also` says so and a text's other names decide. Any other place with the name still is."""
    shared = shared or {}
    made = [(r["code"], *f) for r in divisions if (f := banner_short_form(r["name"]))]
    made += [(code, name, "listed") for code, name in listed]
    # 前郭县 -> 前郭: a listed county or banner form without its last word, as its official name loses it
    # (武乡县 -> 武乡), when the form abbreviates that name (its characters in order), not a former name (和阗县)
    official = {r["code"]: r["name"] for r in divisions}
    made += [
        (code, name[:-1], "listed, without 县/旗")
        for code, name in listed
        if name[-1] in "县旗" and len(name) >= 3 and _in_order(name[:-1], official.get(code, ""))
    ]
    makers: dict[str, set[str]] = {}
    for code, form, _ in made:
        makers.setdefault(normalise(form), set()).add(code)
    kept: list[tuple[str, str, str]] = []
    left: list[tuple[str, str, str]] = []
    for code, form, rule in made:
        others = (makers[normalise(form)] | taken.get(normalise(form), set())) - {code}
        others -= shared.get((code, form), frozenset()) if rule == "listed" else frozenset()
        (left if others else kept).append((code, form, rule if not others else f"clash: {sorted(others)}"))
    return kept, left


def _exonyms(path: Path, names: dict[str, str], pinyin_keys: dict[str, set[str]]) -> set[tuple[str, str, int]]:
    """Keys from data/exonyms.csv; each row names the official name of its code, checked here."""
    keys: set[tuple[str, str, int]] = set()
    for line, r in enumerate(_rows(path), start=2):
        if names.get(r["code"]) != r["official_name"]:
            raise SystemExit(f"{path}:{line}: code {r['code']} is {names.get(r['code'])!r}, not {r['official_name']!r}")
        key = normalise(r["name"])
        # An English name that is also some place's pinyin (taoyuan) would hide that place: leave it out.
        if pinyin_keys.get(key, {r["code"]}) - {r["code"]}:
            raise SystemExit(f"{path}:{line}: {r['name']!r} is also the pinyin of {sorted(pinyin_keys[key])}")
        keys.add((key, r["code"], EXONYM))
    return keys


def _landmarks(
    path: Path, divisions: dict[str, tuple[str, str]], keys: set[tuple[str, str, int]]
) -> set[tuple[str, str, int]]:
    """Keys from data/landmarks.csv: each row names the official name of its county (or prefecture;
    the province for 香港, 澳门 and 台湾, which have no rows beneath them) and quotes a source holding
    the landmark's name; a name that is already a key of the index (a division's, a zone's, a former
    or English name) is refused, so the table cannot hide a place. A name only townships have is
    taken when one of them lies outside the landmark's county (乌镇: 桐乡市's sight, and a township of
    佳县): the name alone answers the sight's county and names those townships in `also`; a name
    whose townships all lie inside the county is refused, as the township already answers there
    (黄鹤楼 is 武昌区's 黄鹤楼街道)."""
    from cardinfo.textfind import LONGEST_NAME, LONGEST_WORDS

    owners: dict[str, set[str]] = {}
    towns: dict[str, set[str]] = {}  # names only townships have, and their codes
    for key, code, kind in keys:
        (towns if kind in (TOWNSHIP, TOWNSHIP_SHORT) else owners).setdefault(key, set()).add(code)
    # 香港, 澳门 and 台湾 have no rows beneath them: a sight there (大三巴, 日月潭) leads to the province
    divided = {code[:2] for code, (_, level) in divisions.items() if level != "province"}
    found: dict[str, tuple[str, str, int]] = {}
    shared: set[tuple[str, str, int]] = set()  # the second county of a sight two share
    for line, r in enumerate(_rows(path), start=2):
        where = f"{path}:{line}: {r['name']!r}"
        name, level = divisions.get(r["code"], ("", ""))
        if name != r["official_name"]:
            raise SystemExit(f"{path}:{line}: code {r['code']} is {name or None!r}, not {r['official_name']!r}")
        if level not in ("county", "prefecture") and not (level == "province" and r["code"][:2] not in divided):
            raise SystemExit(f"{where} leads to {name} ({level}), not a county or prefecture")
        if r["name"] not in r["source"]:
            raise SystemExit(
                f"{where}: its source does not quote the name" if r["source"].strip() else f"{where} names no source"
            )
        key = normalise(r["name"])
        if key.isascii():  # English text is read by runs of words, not of characters (Tsinghua University)
            if not (len(key) >= 2 and len(r["name"].split()) <= LONGEST_WORDS):
                raise SystemExit(f"{where} is not 1 to {LONGEST_WORDS} words long: a text could not find it")
        elif not 2 <= len(key) <= LONGEST_NAME:
            raise SystemExit(f"{where} is not 2 to {LONGEST_NAME} characters long: a text could not find it")
        if key in found:  # a sight two counties share (壶口瀑布: 吉县 and 宜川县) has a row for each
            if found[key][1] == r["code"] or any(k == key for k, _, _ in shared):
                raise SystemExit(f"{where} is a second row of the same name and county, or a third")
            shared.add((key, r["code"], LANDMARK))
            continue
        if key in owners:
            raise SystemExit(f"{where} is already a name of {sorted(owners[key])}: leave it out or write it in full")
        if key in towns and all(town.startswith(_county_prefix(r["code"])) for town in towns[key]):
            raise SystemExit(f"{where} is already the name of a township inside it {sorted(towns[key])}: leave it out")
        found[key] = (key, r["code"], LANDMARK)
    # Other names people write for a row's sight, where no place and no other row has that name
    rows = [*found.values(), *shared]
    variants: dict[str, tuple[str, set[str]]] = {}  # the other name -> the row's name it is of, its counties
    clashes: set[str] = set()  # a variant two sights of different counties would give: neither
    for (other, code), (key, _, _) in ((named, row) for row in rows for named in _other_names(row, found)):
        if other in found or other in owners or other in towns or len(other) > LONGEST_NAME:
            continue
        of, codes = variants.setdefault(other, (key, set()))
        if of != key and code not in codes:
            clashes.add(other)
        codes.add(code)
    kept = {(other, code, LANDMARK) for other, (_, codes) in variants.items() if other not in clashes for code in codes}
    return {*rows, *kept}


# Words for a scenic area, longest first, that follow a sight's name interchangeably.
_SCENIC = ("风景名胜区", "旅游景区", "风景区", "旅游区", "景区")


def _other_names(row: tuple[str, str, int], found: dict[str, tuple[str, str, int]]) -> Iterator[tuple[str, str]]:
    """The names a row's sight is also written under: 黄龙景区 as 黄龙风景区 (the other words for a
    scenic area), 太平国际机场 as 太平机场, and 复旦大学邯郸校区 as 复旦邯郸校区 or, where a row of the
    university's own county is its short name (浙大 of 浙江大学), 浙大紫金港校区."""
    key, code, _ = row
    stem = next((key[: -len(word)] for word in _SCENIC if key.endswith(word) and len(key) > len(word) + 1), None)
    if stem is not None:
        yield from ((stem + word, code) for word in _SCENIC)
    if key.endswith("国际机场") and len(key) > 5:
        yield key[: -len("国际机场")] + "机场", code
    university, _, campus = key.partition("大学")
    if campus.endswith("校区") and len(campus) > 2 and len(university) >= 2:
        yield university + campus, code
        full = found.get(university + "大学")  # 浙江大学, and rows of its county it abbreviates (浙大)
        shorts = (k for k, c, _ in found.values() if full and c == full[1] and _abbreviates(k, full[0]))
        yield from ((short + campus, code) for short in shorts)


def _abbreviates(short: str, full: str) -> bool:
    """Whether `short` is written with characters of `full` in order, its first among them: 浙大 of
    浙江大学, 复旦 of 复旦大学; not the whole name."""
    if len(short) < 2 or short == full or short[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(char in rest for char in short[1:])


def _county_prefix(code: str) -> str:
    """The start every township code inside this county (or prefecture, 4 digits) shares."""
    return code[:4] if code.endswith("00") else code


def _lexicon(path: Path, rows: list[tuple[str, str, str, str, str, str]]) -> dict[str, int]:
    """The everyday words' counts, with the names of places at county level and above (full and
    short, as division rows have them) counted NAME_COUNT times at least."""
    lines = (line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#")
    counts = {r["word"]: int(r["count"]) for r in csv.DictReader(lines)}
    for _code, name, level, _parent, short, _pinyin in rows:
        for word in {name, short} if level != "township" else ():
            if 2 <= len(word) <= 3 and counts.get(word, 0) < NAME_COUNT:
                counts[word] = NAME_COUNT
    return counts


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _meta(inputs: list[Path]) -> list[tuple[str, str]]:
    import hashlib
    from importlib.metadata import version

    rows = [(f"tool:{name}", version(name)) for name in ("pypinyin", "opencc-python-reimplemented")]
    rows += [(f"sha256:{p.name}", _digest(p)) for p in inputs]
    # The code that decides the keys: this script and the normaliser it shares with run time.
    rows += [(f"sha256:{p.name}", _digest(p)) for p in (Path(__file__), ROOT / "src" / "cardinfo" / "text.py")]
    # One id for the whole build, which the data cache keys on: what went in and what made it.
    build_id = hashlib.sha256("\n".join(f"{k}={v}" for k, v in sorted(rows)).encode()).hexdigest()
    return sorted([*rows, ("build_id", build_id)])


def build(
    src: Path,
    out: Path,
    exonyms: Path,
    short_forms_csv: Path,
    words_csv: Path = ROOT / "data" / "words.csv",
    landmarks_csv: Path = ROOT / "data" / "landmarks.csv",
    lexicon_csv: Path = ROOT / "data" / "lexicon.csv",
    lookalikes_csv: Path = ROOT / "data" / "lookalikes.csv",
) -> dict[str, int]:
    divisions = list(_rows(src / "divisions.csv"))
    townships = list(_rows(src / "divisions_township.csv"))
    pinyin = {r["code"]: r for r in _rows(src / "divisions_pinyin.csv")}
    former_rows = list(_rows(src / "divisions_former.csv"))

    current = {r["code"] for r in divisions}
    t2s = _traditional_map({r["name"] for r in divisions} | {r["name"] for r in townships})
    former_by_code: dict[str, list[dict[str, str]]] = {}
    for r in former_rows:
        former_by_code.setdefault(r["code"], []).append(r)

    rows: list[tuple[str, str, str, str, str, str]] = []
    keys: set[tuple[str, str, int]] = set()
    bare_names: list[tuple[str, str, str, str]] = []
    peoples = people_names(divisions, {c: p["short_name"] for c, p in pinyin.items()})
    for r in divisions:
        p = pinyin.get(r["code"], {})
        short, py = p.get("short_name", ""), p.get("pinyin", "")
        rows.append((r["code"], r["name"], r["level"], r["parent_code"], short, py))
        keys.add((normalise(r["name"]), r["code"], FULL))
        if short:
            keys.add((normalise(short), r["code"], SHORT))
        if py:
            keys.add((normalise(py), r["code"], PINYIN))
        bare_names.extend((r["code"], r["parent_code"], b, bp) for b, bp in _bare_names(r["name"], short, py))
        # 大理州, 民和县, 鄂伦春旗: an autonomous prefecture, county or banner as people abbreviate it
        for suffix in ("自治州", "自治县", "自治旗"):
            if r["name"].endswith(suffix) and short and short != r["name"] and not short.endswith(suffix[-1]):
                bare_names.append((r["code"], r["parent_code"], short + suffix[-1], ""))
            # ... and as written without 自治县 (五峰土家族, 互助土族, 大理白族: 我是五峰土家族的)
            if (
                r["name"].endswith(suffix)
                and short
                and short != r["name"]
                and len(r["name"]) - len(suffix) > len(short)
            ):
                bare_names.append((r["code"], r["parent_code"], r["name"].removesuffix(suffix), ""))
        # 本溪县, 阜新县, 东乡县: a county the data gives no short name of its own (its full name instead)
        if short in ("", r["name"]) and (county := county_short_form(r["name"], peoples)):
            bare_names.append((r["code"], r["parent_code"], county, ""))
        # wuchuan xian, guandu qu, dali zhou: the pinyin of the short name and of the kind of place
        if py and short != r["name"] and r["name"][-1] in _KIND_SOUND:
            keys.add((normalise(py + _KIND_SOUND[r["name"][-1]]), r["code"], PINYIN))
    owners: dict[str, set[str]] = {}
    for key, code, kind in keys:
        if kind in (FULL, SHORT):
            owners.setdefault(key, set()).add(code)
    parents = {r["code"]: r["parent_code"] for r in divisions}
    for code, parent, bare, bare_py in bare_names:
        above = {parent, parents.get(parent, "")} - {""}
        if owners.get(normalise(bare), set()) <= above:  # free, or taken only by the place above
            keys.add((normalise(bare), code, SHORT))
            if bare_py:
                keys.add((normalise(bare_py), code, PINYIN))
    # 科左后旗, 土左旗, 达茂旗: banners as people abbreviate them, by rule or from a sourced list;
    # a form must be no other place's name: official, short, former, a township's or a zone's.
    taken: dict[str, set[str]] = {}
    for key, code, kind in keys:
        if kind in (FULL, SHORT):
            taken.setdefault(key, set()).add(code)
    for r in (*former_rows, *townships, *_rows(src / "divisions_stat_units.csv")):
        # a name without its suffix is taken only as long as a key would be: 吉镇's 吉 is none, so 吉 (吉林省) is free
        short = _town_short(r["name"])
        for name in {r["name"], short} if len(short) >= 2 else {r["name"]}:
            taken.setdefault(normalise(name), set()).add(r["code"])
    names = {r["code"]: r["name"] for r in divisions}
    listed = _short_form_rows(short_forms_csv, names)
    known = names.keys() | {r["code"] for r in townships}
    for _, form, shares in listed:
        if shares - known:
            raise SystemExit(f"{short_forms_csv}: {form!r} shares its name with unknown codes {sorted(shares - known)}")
    shared = {(code, form): shares for code, form, shares in listed}
    kept, _ = short_forms(divisions, [(code, form) for code, form, _ in listed], taken, shared)
    for code, form, _rule in kept:
        keys.add((normalise(form), code, SHORT))
    for r in townships:
        rows.append((r["code"], r["name"], "township", r["parent_code"], "", ""))
        keys.add((normalise(r["name"]), r["code"], TOWNSHIP))
        short = _town_short(r["name"])
        if short != r["name"] and len(short) >= 2:
            # a zone's short name is the name it goes by, read in a text as a full name is (青岛高新区)
            zone_short = short.endswith(tuple(words for _, words in _ZONE_WORDS))
            keys.add((normalise(short), r["code"], TOWNSHIP if zone_short else TOWNSHIP_SHORT))
        for regiment in _regiment(r["name"]):  # 兵团农九师一六六团 -> 一六六团, 166团
            keys.add((normalise(regiment), r["code"], TOWNSHIP_SHORT))
    current_keys = {k for k, _, kind in keys if kind in (FULL, SHORT)}
    named_or_town = current_keys | {k for k, _, kind in keys if kind in (TOWNSHIP, TOWNSHIP_SHORT)}
    # 哲里木盟 -> 通辽市: a former prefecture the source gives no successor, from its counties'
    heirs = former_prefecture_heirs(former_rows, former_by_code, divisions)
    for r in former_rows:
        short = _FORMER_SUFFIX.sub("", r["name"])
        successors = _row_successors(r, former_by_code, current)
        # (its bare name only when no township has it: 龙溪地区 is long gone, 龙溪镇 are many)
        unnamed = current_keys
        if not successors and (heir := heirs.get((r["code"], r["name"], r["valid_from"]))):
            # several: only the full name, as a choice among them (巢湖地区); never the bare name
            successors, unnamed = heir, named_or_town if len(heir) == 1 else {normalise(short)}
        for code in sorted(successors):
            keys.add((normalise(r["name"]), code, FORMER))
            if short != r["name"] and len(short) >= 2 and normalise(short) not in unnamed:
                keys.add((normalise(short), code, FORMER_SHORT))
    # 毕节地区毕节市, 哲里木盟通辽市, 巢湖市庐江县: a former county-level place after the name of its
    # prefecture, then or now, where reading the two names as today's places would go astray (毕节市 is
    # today the prefecture; 巢湖市 is today a county-level city, no prefecture of 庐江县). Only a place
    # that became one place: 巢湖市和县 also gave a corner to 鸠江区, and stays read as today's names.
    parent_of = {r["code"]: r["parent_code"] for r in divisions}
    name_of = {r["code"]: r["name"] for r in divisions}
    holders: dict[str, set[str]] = {}
    for key, code, kind in keys:
        if kind in (FULL, SHORT):
            holders.setdefault(key, set()).add(code)

    def ancestors(code: str) -> set[str]:
        found: set[str] = set()
        while code := parent_of.get(code, ""):
            found.add(code)
        return found

    for r in former_rows:
        successors = _row_successors(r, former_by_code, current)
        if r["level"] != "county" or r["prefecture_name"] in ("", "直辖") or len(successors) != 1:
            continue
        (code,) = successors
        # (not 泉州市泉州市: people type a name twice, 泉州市泉州市晋江市, as often as they write the old city)
        for prefecture in sorted({r["prefecture_name"], name_of.get(parent_of.get(code, ""), "")} - {"", r["name"]}):
            misread = code not in holders.get(normalise(r["name"]), set())
            named = holders.get(normalise(prefecture), set())
            astray = bool(named) and not named & ancestors(code)
            # (not 石家庄市井陉矿区: a place of that name lies in that prefecture today, and the text means it)
            today = any(named & ancestors(c) for c in holders.get(normalise(r["name"]), set()))
            if (misread or astray) and not today:
                keys.add((normalise(prefecture + r["name"]), code, FORMER))
    pinyin_keys: dict[str, set[str]] = {}
    for key, code, kind in keys:
        if kind == PINYIN:
            pinyin_keys.setdefault(key, set()).add(code)
    # A development zone or other NBS unit that is no official division (苏州工业园区) names the
    # official prefecture it lies in.
    named = {k for k, _, _ in keys} | {normalise(r["name"]) for r in townships}
    for r in _rows(src / "divisions_stat_units.csv"):
        keys.add((normalise(r["name"]), r["parent_code"], STAT_UNIT))
        # 乌拉盖管理区管委会 is listed by its office: the zone's own name, when no place has it
        if (zone := normalise(zone_name(r["name"]))) != normalise(r["name"]) and zone not in named:
            keys.add((zone, r["parent_code"], STAT_UNIT))
        if (abbreviated := zone_abbreviation(r["name"])) and normalise(abbreviated) not in named:
            keys.add((normalise(abbreviated), r["parent_code"], STAT_UNIT))
    keys |= _exonyms(exonyms, {r["code"]: r["name"] for r in divisions}, pinyin_keys)
    # 兵马俑 -> 临潼区: a landmark names the county it lies in, under a name no place has
    landmarks = _landmarks(landmarks_csv, {r["code"]: (r["name"], r["level"]) for r in divisions}, keys)
    keys |= landmarks

    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        con = sqlite3.connect(tmp)
        con.executescript(
            """
            CREATE TABLE division(code TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL,
                                  parent TEXT NOT NULL, short TEXT NOT NULL, pinyin TEXT NOT NULL)
                                  WITHOUT ROWID;
            CREATE TABLE key(key TEXT NOT NULL, code TEXT NOT NULL, kind INTEGER NOT NULL,
                             PRIMARY KEY(key, code, kind)) WITHOUT ROWID;
            CREATE TABLE t2s(t TEXT PRIMARY KEY, s TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE charpy(ch TEXT PRIMARY KEY, py TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE word(word TEXT PRIMARY KEY, kind TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE tone(code TEXT PRIMARY KEY, py TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE lexicon(word TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
            CREATE TABLE lookalike(other TEXT NOT NULL, ch TEXT NOT NULL, PRIMARY KEY(other, ch)) WITHOUT ROWID;
            CREATE TABLE reading(ch TEXT NOT NULL, py TEXT NOT NULL, PRIMARY KEY(ch, py)) WITHOUT ROWID;
            """
        )
        lexicon = _lexicon(lexicon_csv, rows)
        con.executemany("INSERT INTO lexicon VALUES (?,?)", sorted(lexicon.items()))
        con.execute("INSERT INTO meta VALUES ('lexicon_total', ?)", (str(sum(lexicon.values())),))
        words = csv.DictReader(line for line in words_csv.read_text(encoding="utf-8").splitlines() if line[:1] != "#")
        con.executemany("INSERT INTO word VALUES (?,?)", sorted((r["word"], r["kind"]) for r in words))
        con.executemany("INSERT INTO division VALUES (?,?,?,?,?,?)", sorted(rows))
        con.executemany("INSERT INTO key VALUES (?,?,?)", sorted(keys))
        con.executemany("INSERT INTO t2s VALUES (?,?)", sorted(t2s.items()))
        con.executemany("INSERT INTO charpy VALUES (?,?)", _char_pinyin())
        con.executemany("INSERT INTO tone VALUES (?,?)", _tones(rows, pinyin_keys))
        text = lookalikes_csv.read_text(encoding="utf-8")
        alike = csv.DictReader(line for line in text.splitlines() if line[:1] != "#")
        con.executemany("INSERT INTO lookalike VALUES (?,?)", sorted({(r["lookalike"], r["char"]) for r in alike}))
        con.executemany("INSERT INTO reading VALUES (?,?)", _other_readings(rows))
        inputs = [
            *sorted(src.glob("*.csv")),
            *(exonyms, short_forms_csv, words_csv, landmarks_csv, lexicon_csv, lookalikes_csv),
        ]
        con.executemany("INSERT INTO meta VALUES (?,?)", _meta(inputs))
        # Provinces the list has no places inside (香港, 澳门, 台湾), so a query need not scan for them.
        with_places = {row[3] for row in rows}
        undivided = sorted(r[0] for r in rows if r[2] == "province" and r[0] not in with_places)
        con.execute("INSERT INTO meta VALUES ('undivided', ?)", (",".join(undivided),))
        con.commit()
        con.execute("VACUUM")
        con.close()
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return {
        "divisions": len(rows),
        "keys": len(keys),
        "t2s": len(t2s),
        "short forms": len(kept),
        "landmark keys (rows, and the other names their sights are written under)": len(landmarks),
        "former prefectures followed through their counties": sum(len(v) == 1 for v in heirs.values()),
        "split among several": sum(len(v) > 1 for v in heirs.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=ROOT / "data" / "divisions")
    parser.add_argument("--exonyms", type=Path, default=ROOT / "data" / "exonyms.csv")
    parser.add_argument("--short-forms", type=Path, default=ROOT / "data" / "short_forms.csv")
    parser.add_argument("--words", type=Path, default=ROOT / "data" / "words.csv")
    parser.add_argument("--landmarks", type=Path, default=ROOT / "data" / "landmarks.csv")
    parser.add_argument("--lexicon", type=Path, default=ROOT / "data" / "lexicon.csv")
    parser.add_argument("--lookalikes", type=Path, default=ROOT / "data" / "lookalikes.csv")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "places.sqlite")
    args = parser.parse_args()
    counts = build(
        args.src, args.out, args.exonyms, args.short_forms, args.words, args.landmarks, args.lexicon, args.lookalikes
    )
    print(f"wrote {args.out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
