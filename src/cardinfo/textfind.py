"""Find the place a free text names: the index's names found in it, then a check that they agree.

The technique of the address parsers cpca and jionlp (scan the text for every known name, then
keep the province, city and county that agree with each other), on cardinfo's own index and
without their silent guesses: when a rule picks one of several places, the others are `also`.
"""

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import NamedTuple

from cardinfo.models import Place

# Words that stand for a level of the division tree in an address, not for a place of their own.
FILLERS = ("中华人民共和国", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖县级行政单位", "市辖区")
# After a short name (北京, 中山) these mean a road, a village or a building named after the place.
_NAMED_AFTER = ("路", "街", "巷", "弄", "道", "号", "村", "桥", "里", "镇", "乡", "湾")
_NAMED_AFTER_2 = ("小区", "花园", "广场", "大厦", "公园", "社区", "胡同", "中学", "小学")
_MODIFIERS = "东西南北中大小新老一二三四五六七八九十马环"
_ROADS = ("路", "街", "巷", "道", "弄")
LONGEST_NAME = 16  # characters of the longest name in the index (积石山保安族东乡族撒拉族自治县 is 15)

Best = Callable[[list[Place]], tuple[list[Place], list[Place]]]


class Hit(NamedTuple):
    """A name found in the text: where (offsets in the scanned form), and the places it may mean."""

    start: int
    end: int
    places: tuple[Place, ...]
    ranks: tuple[int, ...]  # the kind rank of each place's name, 0 the best (an official full name)
    weak: bool = False  # too common a word to answer on its own in a longer text (城区, 渡口)
    short: bool = False  # only a short form (北京, 中山): in 北京路 it names a road, not the place
    loose: bool = False  # only a two-character short form (共和, 中山): a word more often than a place


class Found(NamedTuple):
    """What the text names: one place (or several it cannot tell apart), the others a rule set aside."""

    places: tuple[Place, ...]
    also: tuple[Place, ...]
    start: int
    end: int


def blank_fillers(form: str) -> str:
    """`北京市市辖区朝阳区` -> `北京市   朝阳区`: a level placeholder or the country names no place (offsets kept)."""
    for word in FILLERS:
        form = form.replace(word, " " * len(word))
    start = len(form) - len(form.lstrip())
    if form.startswith("中国", start):  # the country before an address (not 吉林中国新加坡食品区)
        form = form[:start] + "  " + form[start + 2 :]
    return form


def spans(form: str, shortest: int = 2) -> Iterable[tuple[int, int]]:
    """Every (start, end) of a run of letters that could be a name: no space inside, 2..16 long."""
    n = len(form)
    for i in range(n):
        if form[i] == " ":
            continue
        for j in range(i + shortest, min(n, i + LONGEST_NAME) + 1):
            if form[j - 1] == " ":
                break
            yield i, j


def named_after(form: str, end: int) -> bool:
    """True when what follows a short name makes it part of a road, village or building name.

    北京路, 中山村, 友谊大马路, 南京东路, 石门二路: the name, at most two words such as 大, 东 or 二,
    then a word for a road.
    """
    rest = form[end : end + 4]
    if rest[:1] in _NAMED_AFTER or rest[:2] in _NAMED_AFTER_2:
        return True
    return any(all(ch in _MODIFIERS for ch in rest[:skip]) and rest[skip : skip + 1] in _ROADS for skip in (1, 2))


def select(hits: Sequence[Hit], townships: Sequence[Hit] = ()) -> list[Hit]:
    """Names that do not overlap, the longer (then the better kind, then the earlier) first.

    A name inside a longer township name (石门 in 石门二路街道) is part of that name, not a place.
    """
    kept: list[Hit] = []
    taken: set[int] = set()
    hits = [
        h
        for h in hits
        if not any(t.start <= h.start and h.end <= t.end and t.end - t.start > h.end - h.start for t in townships)
    ]
    for h in sorted(hits, key=lambda h: (h.start - h.end, min(h.ranks), h.start)):
        if taken.isdisjoint(range(h.start, h.end)):
            kept.append(h)
            taken.update(range(h.start, h.end))
    return sorted(kept, key=lambda h: h.start)


class _Reading(NamedTuple):
    """One hit read as its best place(s), with the hits that agree with it."""

    # (hits that agree, not a loose word, depth of the place, minus the position of the hit)
    score: tuple[int, bool, int, int]
    hit: int
    picked: list[Place]
    also: list[Place]
    support: list[int]


def _read(i: int, hits: Sequence[Hit], codes: list[set[str]], best: Best, undivided: Collection[str]) -> _Reading:
    """The places hit `i` may mean, ranked: most agreement, nearest parent, better kind of name."""
    scored = []
    for place, rank in zip(hits[i].places, hits[i].ranks, strict=True):
        # another name supports this place when it names it or a place above it
        support = [
            j for j, named in enumerate(codes) if j == i or not named.isdisjoint(place.codes) or place in hits[j].places
        ]
        before = [j for j in support if j < i]
        gap = i - max(before) if before else 0
        scored.append(((len(support), -gap, -rank), place, support))
    top = max(s[0] for s in scored)
    tied = [s for s in scored if s[0] == top]
    picked, also = best([s[1] for s in tied])
    also += [s[1] for s in scored if s[0] != top and s[0][0] == top[0] and s[1] not in picked]
    # a place of a province the list does not divide (台北市 -> 台湾省) is as deep as any other
    depth = (9 if picked[0].code in undivided else len(picked[0].path)) if len(picked) == 1 else 0
    return _Reading((top[0], not hits[i].loose, depth, -hits[i].start), i, picked, also, tied[0][2])


def choose(hits: Sequence[Hit], best: Best, undivided: Collection[str] = ()) -> Found | None:
    """The deepest place whose ancestors the rest of the text agrees with; None when no name counts."""
    codes = [{p.code for p in h.places if p.code} for h in hits]
    readings = [_read(i, hits, codes, best, undivided) for i in range(len(hits))]
    # A common word (公园, 城区) is taken for a place only when another name agrees with it.
    readings = [r for r in readings if not hits[r.hit].weak or r.score[0] > 1]
    if not readings:
        return None
    win = max(readings, key=lambda r: r.score)
    also = list(win.also)
    if len(win.picked) == 1:
        chosen = win.picked[0]
        for r in readings:  # another name the text gives as much weight, not on the chosen one's path
            if r is not win and r.score[0] == win.score[0] and len(r.picked) == 1:
                other = r.picked[0]
                if other.code not in chosen.codes and other not in also:
                    also.append(other)
    covered = [hits[j] for j in win.support]
    return Found(tuple(win.picked), tuple(also), min(h.start for h in covered), max(h.end for h in covered))


def deepen(found: Found, townships: Sequence[Hit], form: str) -> Found:
    """A township named last, inside the place found (重庆綦江石角镇), is the deeper answer.

    A township inside only one of several places a name fits (向阳区 ... 桥南街道) settles which.
    """
    if len(found.places) > 1:
        holding = [p for p in found.places if any(p.code and p.code in t.codes for h in townships for t in h.places)]
        if len(holding) != 1:
            return found
        found = found._replace(
            places=tuple(holding), also=(*found.also, *(p for p in found.places if p not in holding))
        )
    place = found.places[0]
    for h in townships:
        inside = [t for t in h.places if place.code and place.code in t.codes]
        if len(inside) == 1 and h.start >= found.end and not form[h.end :].strip():
            return Found((inside[0],), (), found.start, h.end)
    return found


def alone(townships: Sequence[Hit]) -> Found | None:
    """A text naming only a township (我住在黑林铺街道): that township, if its name is unique."""
    chosen = select(townships)
    if len(chosen) == 1 and len(chosen[0].places) == 1:
        return Found(chosen[0].places, (), chosen[0].start, chosen[0].end)
    return None
