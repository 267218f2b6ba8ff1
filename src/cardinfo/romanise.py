"""Place names as English writes them: a division's pinyin (Kunming), or its usual spelling (Shaanxi)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cardinfo.models import Region
    from cardinfo.places import Divisions

# English names that plain pinyin does not give, as data/tilemap.yaml (the map) writes them too:
# 陕西 would read as 山西's Shanxi; Neimenggu, Xianggang and Aomen are not what English readers know.
SPELLED = {"610000": "Shaanxi", "150000": "Inner Mongolia", "810000": "Hong Kong", "820000": "Macao"}

# The kind of place a name ends in, longest first, as English names it. The division data keeps the
# kind in a short name only where the bare name would be another place's (吉林市 under 吉林省, 长沙县
# under 长沙市) or too short to stand alone (赵县); glued onto the pinyin it read "Jilinshi", so the
# kind is written as a word after the name instead: Jilin City, Changsha County, Zhao County.
KINDS = (
    ("自治旗", "Autonomous Banner"),
    ("自治县", "Autonomous County"),
    ("联合旗", "United Banner"),
    ("新区", "New Area"),
    ("矿区", "Mining District"),
    ("市", "City"),
    ("县", "County"),
    ("区", "District"),
    ("旗", "Banner"),
    ("盟", "League"),
)
# The wing and position of an Inner Mongolian banner (科尔沁左翼中旗: Horqin Left Middle Banner); the
# word 翼 (wing) is left out, as the usual English names do.
POSITIONS = {"左翼": "Left", "右翼": "Right", "左": "Left", "右": "Right", "前": "Front", "中": "Middle", "后": "Rear"}
# A people named in an autonomous county's name after its place name (本溪满族自治县), where the
# pinyin would glue the two (Benximanzu); a people that is the whole name (东乡族) reads as pinyin.
PEOPLES = {"满族": "Manchu", "蒙古族": "Mongol"}
# The other way: the pinyin each English word inside a name stands for, so a name the tool wrote
# finds its place again (Ke'erqin Left Middle Banner: keerqin zuoyi zhong qi). A position has two
# readings (左翼 and 左: Alashan Left Banner is 阿拉善左旗); the kinds are level words of the finder.
PINYIN_OF_WORD = {
    "left": ("zuoyi", "zuo"),
    "right": ("youyi", "you"),
    "front": ("qian",),
    "middle": ("zhong",),
    "rear": ("hou",),
    "manchu": ("manzu",),
    "mongol": ("mengguzu",),
}


def province_code(r: Region) -> str:
    """The 6-digit code of the province a record lies in (from its own code or the one it lies within)."""
    anchor = r.code or r.within or ""
    return anchor[:2] + "0000" if len(anchor) >= 2 else ""


def joined(syllables: Iterable[str]) -> str:
    """`xi an` as one word: Xi'an (an apostrophe where a syllable starting a, o or e would run on)."""
    word = ""
    for syllable in syllables:
        word += f"'{syllable}" if word and syllable[:1] in "aoe" else syllable
    return word.capitalize()


def spelled(code: str, pinyin: str, name: str = "") -> str:
    """`kun ming` as English writes it: Kunming; with the official `name` whose pinyin it is
    (one syllable a character), a kind the name keeps becomes a word: `ji lin shi` Jilin City."""
    if code in SPELLED:
        return SPELLED[code]
    syllables = pinyin.split()
    if len(syllables) != len(name):
        return joined(syllables)
    words: list[str] = []
    # A kind of two characters or more needs a name of two before it: 清新区 is Qingxin District.
    kind = next((k for k in KINDS if name.endswith(k[0]) and len(name) - len(k[0]) >= min(2, len(k[0]))), None)
    if kind:
        name, syllables, words = name[: -len(kind[0])], syllables[: -len(kind[0])], [kind[1]]
    while words and words[-1].endswith("Banner"):  # 左翼中旗: two positions, Left Middle Banner
        position = next((p for p in POSITIONS if name.endswith(p) and len(name) > len(p)), None)
        if position is None:
            break
        name, syllables, words = name[: -len(position)], syllables[: -len(position)], [POSITIONS[position], *words]
    people = next((p for p in PEOPLES if name.endswith(p) and len(name) > len(p)), None)
    if people:
        name, syllables, words = name[: -len(people)], syllables[: -len(people)], [PEOPLES[people], *words]
    elif words and name.endswith("族") and len(name) > 1:  # 东乡族自治县, 鄂温克族自治旗: the people's name
        syllables = syllables[:-1]
    return " ".join([joined(syllables), *words])


def pinyin(divisions: Divisions, code: str) -> str | None:
    """The English name of the division with this code ("Kunming", "Jilin City"), or None where it
    has no pinyin (towns)."""
    place = divisions.place(code) if code else None
    if place is None or not (code in SPELLED or place.pinyin):
        return None
    return spelled(code, place.pinyin, place.name)


def english_names(records: Iterable[Region], divisions: Divisions) -> dict[str, str | None]:
    """The English name (or None) of every place the records name and of the provinces they lie in:
    the data cache keeps them, so scripts' formats carry them without opening the division index."""
    codes = {code for r in records for code in (province_code(r), r.code or "") if code}
    return {code: pinyin(divisions, code) for code in sorted(codes)}


def with_pinyin(
    records: Iterable[Region], known: Mapping[str, str | None], divisions: Callable[[], Divisions]
) -> tuple[Region, ...]:
    """The records with province_pinyin and place_pinyin filled in, for scripts: from `known` (the
    names english_names gave), asking the division index only for a place it lacks."""

    def english(code: str) -> str | None:
        if not code:
            return None
        return known[code] if code in known else pinyin(divisions(), code)

    return tuple(
        r._replace(province_pinyin=english(province_code(r)), place_pinyin=english(r.code or "")) for r in records
    )
