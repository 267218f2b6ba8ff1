"""Whether a name in an English sentence is a place, or a thing or a person named after one.

A name is a place unless the words around make it a thing named after the place (Sichuan pepper,
Harbin beer, a bottle of Luzhou Laojiao) or a person (Yu Lin from HR, my friend Yanan, Liu
Xiangyang), and no word makes it a place (lives in Lanzhou; hukou: Ganzhou; Zhaotong, Yunnan;
Has Kunming started…?). A text of a few words (Guandu District, Kunming; kunming yunnan) is no
sentence and keeps its names. Imported by the text finder for latin texts only.
"""

from __future__ import annotations

from collections.abc import Collection

from cardinfo.textfind import LEVEL_WORDS

# (not `and`, `of`: names hold them, Li and Miao Autonomous County, University of Science and Technology)
_EN_PROSE = frozenset(
    (
        *("the", "a", "an", "my", "our", "his", "her", "their", "your", "is", "are", "was", "were", "am", "i"),
        *("we", "he", "she", "they", "it", "this", "that", "these", "those", "but", "with", "for"),
        *("to", "in", "on", "at", "from", "by", "be", "been", "have", "has", "had", "do", "does", "did", "not"),
        *("can", "will", "would", "should", "just", "so", "if"),
    )
)
# (not: a place denied is a place the text names, Yulin in Guangxi, not Yulin in Shaanxi)
_EN_AT = frozenset(
    (
        *("in", "at", "from", "to", "near", "around", "outside", "inside", "into", "towards", "via", "not"),
        *("reach", "reached", "reaches", "visit", "visited", "visiting", "leave", "left", "covers", "cover"),
    )
)
# between the word of place and the name: in rural Yunnan, in the city of Lanzhou, back to Shantou
_EN_ON_THE_WAY = frozenset(
    (
        *("the", "rural", "urban", "downtown", "central", "northern", "southern", "eastern", "western", "north"),
        *("south", "east", "west", "old", "greater", "suburban", "city", "county", "town", "district", "province"),
        *("prefecture", "of", "back", "home", "here", "there"),
    )
)
# before the name, in its clause: where someone's registration or home is (hukou: Ganzhou; my home is Ningpo)
_EN_HOME = frozenset(
    (
        *("hukou", "hometown", "home", "ancestral", "registered", "registration", "residence", "resident"),
        *("address", "native", "based", "born"),  # (not live: live-action Mulan; lives in Lanzhou has its in)
    )
)
# after the name: what is there (the Rui'an office, Kunming's government), or that it is someone's place
_EN_ITS_OWN = frozenset(
    (
        *("office", "government", "hospital", "bureau", "federation", "dpf", "branch", "police", "court"),
        *("resident", "residents", "native", "local", "locals", "side", "area", "one", "campus"),  # the Beijing one
    )
)
_EN_IS_HOME = (("is", "where"), ("was", "where"), ("is", "home"))  # (not is my: Zhang Ye is my physio)
# after a name that opens a question (Has Kunming started…?) or a clause (Kunming has started…)
_EN_ASKING = frozenset(("has", "have", "does", "do", "did", "is", "are", "will", "can", "could"))
_EN_STARTING = frozenset(
    (
        *("start", "started", "starts", "begin", "began", "begun", "issue", "issued", "issues", "issuing"),
        *("replace", "replaced", "replacing", "switched", "switch", "rolled", "roll", "offer", "offers"),
        *("provide", "provides", "accept", "accepts"),
    )
)
_EN_ASKED = frozenset(("?", ",", ".", "it", "them", "yet", "already", "too", "also"))
# Words after a name that make it a thing named after the place: foods, goods, brands' words, teams, works
_EN_THINGS = frozenset(
    (
        *("beer", "beers", "lager", "pepper", "peppers", "peppercorns", "sauce", "duck", "noodles", "noodle"),
        *("rice", "vinegar", "wine", "liquor", "baijiu", "tea", "teas", "melon", "melons", "pork", "beef"),
        *("chicken", "mutton", "lamb", "fish", "cuisine", "hotpot", "pot", "dumplings", "dumpling", "buns"),
        *("opera", "silk", "porcelain", "celadon", "ceramics", "ham", "tangerines", "oranges", "teapot"),
        *("clay", "cola", "soda", "yogurt", "yoghurt", "milk", "insurance", "trucks", "truck", "suv"),
        *("minivan", "limo", "pickup", "sedan", "motors", "airlines", "airways", "express", "noon"),
        *("rebellion", "uprising", "dynasty", "launch", "crew", "rocket", "supercomputer", "apso", "suit"),
        *("spray", "capsules", "pills", "shares", "stock", "stocks", "fans", "inn", "cherry", "cherries"),
        *("embroidery", "brocade", "jade", "laojiao", "moutai", "baiyao", "guapian", "houkui", "tieguanyin"),
        *("cigarettes", "tobacco", "sausage", "jerky", "pancake", "pancakes", "crab", "crabs", "lychee"),
        *("fc", "club", "tigers", "leopards", "dragons", "lions", "sharks", "eagles", "bulls", "guoan"),
        *("song", "songs", "mahjong", "apptec", "food", "foods", "tofu", "fireworks", "massacre", "index"),
        *("restaurants", "cafes"),
    )
)
# Old spellings the world knows as brands: in a sentence, the beer (a cold Tsingtao), unless said a place
_EN_BRANDS = frozenset(("tsingtao",))
# What a person does, after a name that opens a clause (Jinhua helped me fill in the form)
_EN_PERSON_DOES = frozenset(
    (
        *("said", "says", "told", "tells", "sent", "sends", "helped", "helps", "asked", "emailed", "texted"),
        *("messaged", "called", "wrote", "promised", "approved", "gave", "married", "replied", "answered"),
        *("reported", "reports", "announced", "announces", "stated", "teaches", "taught"),
    )
)
# ... and a measure of a good before it (a bottle of Luzhou Laojiao, a tin of Longjing)
_EN_MEASURES = frozenset(
    ("bottle", "bottles", "can", "cans", "cup", "glass", "pack", "packet", "box", "tin", "bag", "jar", "bowl", "cake")
)
# Words before a name that make it a person's (my friend Yanan, Dr. Zhong Nanshan, an intern called Gao Ping)
_EN_PEOPLE = frozenset(
    (
        *("dr", "mr", "mrs", "ms", "miss", "prof", "professor", "teacher", "colleague", "coworker", "friend"),
        *("boss", "manager", "lead", "intern", "classmate", "roommate", "neighbour", "neighbor", "landlord"),
        *("landlady", "niece", "nephew", "named", "called", "player", "actor", "actress", "singer", "poet"),
        *("emperor", "general", "author", "writer", "director", "coach", "nurse", "doctor", "officer"),
        *("dog", "cat", "puppy", "kitten", "pet", "parrot", "hamster", "horse", "pony", "rabbit", "bunny"),
    )
)
_EN_TITLES = frozenset(("dr", "mr", "mrs", "ms", "prof", "st"))
# Words before a name that make it a ship's or a work's (the carrier Shandong, Zhao Lei's song Chengdu)
_EN_NAMED_THINGS = frozenset(
    (
        *("carrier", "destroyer", "frigate", "cruiser", "submarine", "warship", "ship", "boat", "vessel"),
        *("yacht", "liner", "tanker", "freighter", "song", "album", "film", "movie", "novel", "poem"),
    )
)
# Common Chinese surnames in pinyin that are no English words (not he, an, so)
_EN_SURNAMES = frozenset(
    (
        *("wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu"),
        *("hu", "guo", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao"),
        *("peng", "zeng", "xiao", "tian", "dong", "yuan", "pan", "cai", "jiang", "yu", "du", "ye", "cheng"),
        *("su", "wei", "lu", "ding", "ren", "shen", "yao", "cui", "zhong", "tan", "fan", "jin", "shi", "liao"),
        *("jia", "xia", "fu", "fang", "bai", "zou", "meng", "xiong", "qin", "qiu", "xue", "yan", "duan", "lei"),
        *("hou", "long", "gu", "mao", "hao", "gong", "shao", "wan", "qian", "dai", "kong", "gao", "lai"),
        *("yi", "ji", "tong", "bao", "chang", "hui", "mei", "xing", "heng", "kang", "rong", "ning", "qi", "nie"),
        *("wen", "hong", "mu", "shu", "ge", "bi", "gan", "zhan", "zhuo", "pu", "lian", "ai", "cang"),
    )
)
# English words people borrow from Chinese that are names too: hukou (户口) is 湖口县's pinyin
_EN_LOANS = frozenset(("hukou",))
# English words, or two run together, that spell a place's pinyin: guide (贵德县), and a (安达市)
_EN_WORDS_TOO = frozenset(("guide", "anda"))


def _english_words(text: str) -> list[tuple[int, int, str]]:
    """The words of an English text with where they are, lower case, and the marks between as words."""
    import re

    return [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"[^\W_]+(?:'[^\W_]+)?|[,.;:!?()]", text)]


def _joined(between: str) -> bool:
    """Whether two names with `between` between them are one path: a space, a comma, a kind word
    (Chaoyang District, Beijing) or `in` (Lu'an in Anhui)."""
    words = [w for w in between.replace(",", " , ").lower().split() if w != ","]
    return len(between) <= 20 and all(w in LEVEL_WORDS or w in ("in", "autonomous") for w in words)


def prose(text: str) -> bool:
    """Whether a text in latin letters is a sentence of English, not a name or an address."""
    words = [w.split("'")[0] for _, _, w in _english_words(text) if w[:1].isalnum()]  # that's: that
    # one word of prose in a sentence (Sichuan pepper makes my tongue numb); two beside a kind word,
    # which an official name may hold (Qiongzhong Li and Miao Autonomous County, Hainan); a person's
    # title counts (Professor Yu Lin teaches linear algebra)
    needed = 2 if any(w in LEVEL_WORDS for w in words) else 1
    return len(words) >= 5 and sum(w in _EN_PROSE or w in _EN_PEOPLE for w in words) >= needed


def placed(text: str, start: int, end: int, named: Collection[tuple[int, int]]) -> bool:
    """Whether English prose leaves text[start:end] a place: unless it names a thing or a person
    (_EN_THINGS, _EN_PEOPLE), where no word makes it a place (_said_in_english); `named` are where
    the other names are, as spans of `text`."""
    if _venue(text, end):
        return False  # dinner at Hunan Kitchen: a restaurant, even where a word of place comes before
    said = _said_in_english(text, start, end, named)
    if text[start:end].lower().replace(" ", "") in _EN_WORDS_TOO:
        # an English word first (guide the eye; an owner and a group): a place only capitalised where
        # words make it one (Guide County, in Guide, Qinghai)
        return said is True and text[start].isupper()
    return said is not False and (said is True or not _thing_or_person(text, start, end))


_EN_VENUES = frozenset(("kitchen", "restaurant", "bistro", "diner", "cafe", "eatery", "canteen", "bakery"))


def _venue(text: str, end: int) -> bool:
    """Whether the word right after a name makes it a restaurant's (Chengdu Kitchen, Hunan Restaurant)."""
    after = _english_words(text[end:])
    return bool(after) and after[0][2] in _EN_VENUES


def _thing_or_person(text: str, start: int, end: int) -> bool:
    """Whether English words make a name a thing's (Sichuan pepper, a bottle of Luzhou Laojiao) or a
    person's (Yu Lin, Dr. Zhong Nanshan, my friend Yanan, Liu Xiangyang from accounts)."""
    words = _english_words(text)
    first = next((n for n, (a, _, _) in enumerate(words) if a >= start), len(words))
    last = next((n for n, (_, b, _) in enumerate(words) if b >= end), len(words) - 1)
    before = [w for _, _, w in words[max(0, first - 3) : first] if w != "."][-2:]  # (Ms. Lin Zhi)
    after = [w for _, _, w in words[last + 1 : last + 5]]
    if any(w in _EN_THINGS for w in after[:2]) or text[start:end].lower() in _EN_BRANDS:
        return True  # Harbin beer, Lanzhou beef noodles, Yixing clay teapot, Xinjiang Flying Tigers
    if after[:1] and any(ch.isdigit() for ch in after[0]) and any(ch.isalpha() for ch in after[0]):
        return True  # a Changan CS75, a Haval H6: a maker's model
    if after[:1] and after[0] in _EN_PERSON_DOES and (not before or before[-1] in ",.;!?"):
        return True  # Jinhua helped me fill in the form
    if after[:1] in (["is"], ["was"]) and any(w in _EN_PEOPLE for w in after[1:4]):
        return True  # Kai Feng is the new intern
    if (before[-1:] and before[-1] in _EN_NAMED_THINGS) or (before[-2:-1] and before[-2] in _EN_NAMED_THINGS):
        return True  # the carrier Shandong, the song Chengdu, the ship the Ningbo
    if before[-1:] == ["the"] and before[-2:-1] and before[-2] in _EN_PEOPLE:
        return True  # a boat called the Ningbo
    if len(before) == 2 and before[1] == "of" and before[0] in _EN_MEASURES:
        return True  # a bottle of Luzhou Laojiao, a box of Anxi Tieguanyin
    if before[-1:] and before[-1] in _EN_PEOPLE:
        return True  # Dr. Zhong Nanshan, my friend Yanan, our landlord Mr. Huang Shan
    written = text[start:end].split()
    if len(written) > 1 and written[0].lower() in _EN_SURNAMES:
        return True  # Yu Lin, Xu Chang, Gao Ping: a surname and a given name, not Yulin or Xuchang
    if first and words[first - 1][1] + 1 == start and before[-1:] and before[-1] in _EN_SURNAMES:
        capital = text[words[first - 1][0]].isupper() or text.islower()
        return capital  # Liu Xiangyang, Wang Jianhua, Su Dongpo's poems
    return False


def _said_in_english(text: str, start: int, end: int, named: Collection[tuple[int, int]]) -> bool | None:
    """True where English words make text[start:end] a place (see _EN_AT), False where they make it
    no place (hukou, the word), None where they say neither."""
    words = _english_words(text)
    first = next((n for n, (a, _, _) in enumerate(words) if a >= start), len(words))
    last = next((n for n, (_, b, _) in enumerate(words) if b >= end), len(words) - 1)
    before = [w for _, _, w in words[max(0, first - 6) : first]]
    after = [w for _, _, w in words[last + 1 : last + 4]]
    name = text[start:end].lower().replace(" ", "")
    if name in _EN_LOANS:
        return bool(after) and after[0] in LEVEL_WORDS  # Hukou County; else the word, 户口
    if after[:1] and (after[0] in LEVEL_WORDS or after[0] in ("autonomous", "new", "mining")):
        return True  # Guandu District, Dongxiang Autonomous County
    if any(a >= end and _joined(text[end:a]) for a, _ in named):
        return True  # Zhaotong, Yunnan; Lu'an in Anhui
    if any(b <= start and _joined(text[b:start]) for _, b in named):
        return True  # Yunnan after Zhaotong, or after Chaoyang District,; Yunnan Kunming
    if after[:1] and (after[0] in _EN_ITS_OWN or tuple(after[:2]) in _EN_IS_HOME):
        return True  # the Rui'an office; Cixi is where my family lives; Hohhot resident here; the Beijing one
    if first == 0 and after[:1] and after[0] in (",", ":", "(", "!"):
        return True  # Harbin, right off Central Street; Yanji, Korean-Chinese family
    if before[-1:] in ([","], ["("]) and any(w in _EN_AT for w in before[-4:-1]):
        return True  # in Humen, Dongguan; in Toisan (Taishan); retired to Yalong Bay, Sanya
    if before[-1:] == ["by"] and before[-2:-1] and before[-2] in ("right", "close", "live", "lives", "living"):
        return True  # we live right by Shapotou (not a book by Su Dongpo)
    k = len(before)
    while k and before[k - 1] in _EN_ON_THE_WAY and before[k - 1] not in _EN_AT:
        k -= 1
    if k and before[k - 1] in _EN_AT:
        return True  # lives in Lanzhou, from the city of Shantou
    # (the dot of a title is no sentence's end: Ms. Lin Zhi, please come)
    ends = [n for n, w in enumerate(before) if w in ",.;!?" and not (w == "." and n and before[n - 1] in _EN_TITLES)]
    clause = before[max((n + 1 for n in ends), default=0) :]
    if any(w in _EN_HOME for w in clause):
        return True  # hukou: Ganzhou; hometown Yibin
    asked = len(clause) == 1 and clause[0] in _EN_ASKING
    if not (asked or not clause):
        return None
    verbs = [w for w in after if w not in _EN_ASKING and w != "not"][:1]
    if verbs and (verbs[0] in _EN_STARTING or verbs[0] in _EN_ASKED):
        return True  # Has Kunming started…? Kunming has issued…; Beijing has it, does Tianjin?
    return True if asked and "?" in after[:3] else None  # Is Qujing far?
