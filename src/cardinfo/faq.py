"""Find the FAQ topic a question is about, or say honestly that none fits.

A question is cut into tokens (each Chinese character, each run of latin letters or digits).
Every place where a topic's keyword occurs is found; an occurrence inside a longer one counts
only as part of the longer one, so 免费乘车 is about transit, not the fee. A topic scores the
weight of the tokens its words cover (a Chinese character weighs 1, a latin word 2; `weak` words
half), and nothing at all if one of its `avoid` words is there (坐公交免费吗 is not about the fee).
The best topic answers only when the evidence is strong enough, clearly ahead of the runner-up,
and explains enough of the question: random text, or a question about the weather or a passport,
gets no topic rather than a confident wrong one. When the words leave it open, the question is
compared with each topic's example questions (IDF-weighted character pairs and latin words; by
their pinyin when nothing else answers), which answer colloquial and misspelt questions the
word lists miss. A question that still gets no topic is read once more without the names in it
(places from the division index, capitalised English names), which no topic explains. Every step
is a bounded amount of work per token, so the cost is linear in the question, which is capped at
MAX_QUESTION characters.
"""

from collections.abc import Callable, Sequence
from itertools import chain, pairwise
from typing import TYPE_CHECKING, Any

from cardinfo.errors import NotFound
from cardinfo.models import FaqEntry
from cardinfo.record import Record
from cardinfo.text import OTHER_READINGS, strip_controls

if TYPE_CHECKING:
    from cardinfo.places import Divisions

MAX_QUESTION = 500  # characters; a question, even with an address in it, is far shorter

# Words that carry no topic: function words, and the words that name the certificate itself.
# Naming the certificate (an "anchor") tells us the question is about it, so a question that does
# may leave more of its words unexplained (a place name, say) and still be answered.
_STOP_ZH = (
    "的 了 吗 嘛 呢 吧 啊 呀 么 我 你 您 他 她 我们 他们 咱 是 在 有 和 与 及 或 请 请问 问 问一下 问下"
    " 想 想问 想知道 一下 这 那 这个 那个 个 怎么 怎样 怎么样 如何 什么 啥 咋 能 会 要 需要 可以 能不能"
    " 可不可以 是否 能否 不 没 没有 都 也 还 就 才 又 再 很 该 应该 得 对 给 把 被 让 从 到 去 来 用 做 办"
    " 办理 领 拿 换 新 现在 目前 已经 还是 一定 必须 的话 哦 嗯 谢谢 你好 老师 小编 残友 知道 不知道 不清楚 不晓得"
    " 整个 下来 一共 总共 一句"
    " 张 本 为什么 哪些 一次 再次 家里 家人 孩子 父亲 母亲 爸爸 妈妈 老人 本人 自己 时 时候 上 里 中 多"
    " 几年前 十几年前 多年前 很多年前 前几年 去年 今年 年初 年底"  # when something happened, not how long it lasts
    # who asks, for whom, and how that person is: the people in a question, not its topic
    " 俺 俺家 咱们 咱家 我家 人家 别人 奶奶 爷爷 姥姥 姥爷 外婆 外公 老伴 老公 老婆 媳妇 丈夫 妻子 儿子 女儿 闺女"
    " 老头 老头子 老爷子 老太太 老太 哥哥 姐姐 弟弟 妹妹 亲戚 朋友 家属 亲属 监护人 腿脚不便 行动不便 不方便 年纪大"
    " 岁数大 七十多 八十多 聋人 聋哑 聋哑人 盲人 视障 坐轮椅 耳朵背 听不见 看不见 不识字 不懂 啥也不懂 听说 真的假的"
    " 到底 究竟 具体 大概 麻烦 请教 一般 通常"  # how hard one asks, not what about
    " 东西 身上"  # things, on one's person: said of anything
    " 影响 后果"  # 会有什么影响: what follows, said of any topic
)
_ANCHOR_ZH = (
    "残疾 残疾人 残疾证 残疾人证 残证 残疾卡 三代 第三代 三代证 三代卡 第三代残疾人证 二代 第二代 二代证"
    " 一代 智能化 智能 证 证件 证卡 卡 新证 旧证 新卡 旧卡 老卡 持证 凭证"
)
# Other documents and benefits: a question about them is not about the certificate (身份证丢了怎么办,
# 社保卡丢了怎么办, 低保怎么申请), unless it names the certificate too.
_OTHER_ZH = (
    "低保 社保卡 身份证 驾驶证 驾照 护照 结婚证 学生证 毕业证 房产证 营业执照 通行证 信用卡 港澳通行证"
    " 医保卡 老年卡 老人卡 银行卡 老年证 电话费 话费 派出所 公安 警察 养老金 养老保险 退休金 补贴 补助 救助 轮椅"
    " 辅具 辅助器具 助听器 假肢 康复 就业 工资 廉租房 公租房 住房 公交卡 交通卡 地铁卡 乘车卡 饭卡 校园卡 电话卡 手机卡"
    " 停车 停车证 停车位 车位 奖学金 助学金 贷款 个税 税收 减税 退税 买车 购车 汽车 摩托车 电动车 驾校"
    # an injury assessed for compensation; a residence permit asked about for itself (居住证怎么办)
    " 工伤 交通事故 车祸 打官司 官司 诉讼 司法鉴定 赔偿 理赔 保险公司 居住证 暂住证"
    # a wallet lost for itself (钱包丢了怎么办); Hong Kong's and Taiwan's own disability documents
    " 钱包 伤残人士 身心障碍 签证 健康码 行程码 核酸"
    # the assessment standard itself (评定标准是什么), not whether the card needs a new assessment
    " 评定标准 评残标准 鉴定标准 分级标准"
    # a disabled veteran's certificate, train tickets, statistics, home accessibility works
    " 残疾军人 伤残军人 12306 统计公报 无障碍改造 危房改造"
    # boarding a flight (残疾人坐飞机有没有优先登机); whether a condition counts as a disability (这算残疾吗)
    " 登机 航班 算残疾 算不算残疾 导盲犬"
    # moving the household registration for itself (户口迁移需要什么材料); topping up a transit card
    " 户口迁移 充值"
    # taxes (个人所得税减免, 购置税); rural medical insurance (农村合作医疗一年交多少钱)
    " 所得税 购置税 合作医疗 新农合 医疗保险"
    # retiring early on account of a disability (残疾人可以提前退休吗); starting a business
    " 退休 提前退休 病退 创业"
    # Hong Kong's social security assistance (綜援); medical insurance (医保报销要打什么电话)
    " 综援 医保 公屋"
    # the civil service exam and its places (残疾人考公务员有照顾吗); how grades are divided (等级怎么划分)
    " 公务员 考公 考编 划分"
    # care homes (托养中心一个月收多少钱); a holder for the card, bought in a shop (卡套在哪买)
    " 托养 卡套 证套"
    # Hong Kong's transit card (八达通唔见咗点算); the streets' and buildings' accessibility; details printed
    # wrong, to be corrected (证上信息有错怎么改: no topic says how)
    " 八达通 盲道 无障碍设施 无障碍厕所 无障碍通道 信息有错 信息错了 信息有误 信息错误"
    # a holder who died (持证人去世了要注销吗); how many people hold one (全国一共有多少人持证)
    " 去世 过世 多少人持有 多少人持证 持证人数"
    # air tickets (残疾证买机票有优惠吗: no topic says); seniors' cards and rides (70岁以上老人坐公交, 長者咭); a joke
    " 机票 岁以上老人 岁以上的老人 敬老卡 长者卡 长者咭 讲个笑话"
)
# Of those, benefits, services and other things asked for (残疾人专用车位怎么申请, 社保缴费有补助吗, 讲个笑话): asked
# about, never brought along; the subject even of a question that names the card.
_BENEFIT_WORDS = (
    "低保 养老金 养老保险 退休金 补贴 补助 救助 康复 就业 廉租房 公租房 住房 停车 停车位 车位 奖学金 助学金"
    " 贷款 个税 税收 减税 退税 所得税 购置税 合作医疗 新农合 医疗保险 退休 提前退休 病退 创业 综援 医保"
    " 公务员 考公 考编 托养 公屋 卡套 证套 讲个笑话"
)
# ... and in English, stemmed as `_stem` does (allowanc), where a benefit after the card's own matter leaves
# it asked (my mother's card expired last year … will she lose her monthly allowance)
_BENEFITS_EN = "housing subsidy subsidi allowanc pension scholarship loan dibao"
_BENEFITS = frozenset(_BENEFIT_WORDS.split()) | frozenset(_BENEFITS_EN.split())
_OTHER_WORDS_ZH = frozenset(_OTHER_ZH.split())
_OTHER_EN = (
    "passport driver driving licence license visa pension wheelchair job employment insurance police"
    " veteran veterans school"
    " housing subsidy subsidies allowance prosthesis rehabilitation"
    " permit parking scholarship loan tax taxes mortgage income credit"
    " security seniors senior"  # a social security card (not social media); free buses for seniors
    " dibao id identity"  # (an ID card to apply for; not one to bring, nor the ID number in the card's number)
)
_STOP_EN = (
    "i me my mine we our you your he she his her they them it its is are was were be been being am do does did"
    " can could will would should must may might shall have has had a an the to of in on for at by with"
    " from and or if what which who whom whose why how this that these those there here please need needs"
    " get got any some about tell know want wants ok hi hello thanks thank so not no yes as into than then"
    " also just only very much many more most one two me mum mom dad father mother son daughter child"
    " still again now new someone somebody anyone anything something other another different city town"
    " province district village place area see needed required require work"
    " grandma grandpa grandmother grandfather husband wife brother sister aunt uncle friend parent family"
    " elderly deaf blind pls please plz u ur s"
    " go going about involved exactly really actually kind sort thing things stuff way guys sir madam dear"
    # everyday words one letter from a word the topics know, which the typo repair would turn into it
    " never early small least better rather faster single usual usually mostly lately"
    " question questions"  # (who can I contact if I have questions)
)
_ANCHOR_EN = (
    "disability disabled disabilities certificate certificates cert card cards third generation 3rd gen"
    " second 2nd smart china chinese handicap handicapped"
    " sandaizheng erdaizheng canjizheng canjirenzheng"  # the card in pinyin
)
# The anchors that can only mean this certificate; the others (残疾人, 卡, card, China) may be about
# another card or benefit (残疾人低保, ID card), and name the certificate only together: a word for
# disability and a word for a card (disability card, 残疾人的证).
_NAME_ZH = (
    "残疾证 残疾人证 残证 残疾卡 三代 第三代 三代证 三代卡 第三代残疾人证 二代 第二代 二代证 一代 智能化 新卡 新证"
)
_NAME_EN = "third generation 3rd gen second generation 2nd gen sandaizheng erdaizheng canjizheng canjirenzheng"
_DISABILITY = frozenset(("残", "disability", "disabled", "disabl", "disabiliti"))
_CARD = frozenset(("证", "卡", "card", "certificate", "certificat", "cert", "booklet"))  # (and as stemmed)

# A topic word with one of these tokens in it names the certificate too (换证, 残联, 二维码, 12385).
_ANCHORING = "证 残 码 card certificate booklet 12385"
_WEIGHT_HAN = 1.0
_WEIGHT_WORD = 2.0
_WEIGHT_STOP = 0.25
_WEAK = 0.4  # a weak word counts this much of its weight
_MIN_SCORE = 1.5  # a two-character word, one latin word, or a three-character weak one
_MIN_SCORE_WHOLE = 0.8  # the same, when every word of the question is explained (流程, 怎么换三代证)
_LEAD = 1.0  # the best topic must lead the runner-up by this much ...
_LEAD_RATIO = 1.25  # ... or by this factor, else the question is ambiguous
_EXPLAINED = 0.6  # share of the question's content words a topic or anchor must explain
_EXPLAINED_ANCHORED = 0.25  # the same, when the question names the certificate


class FaqMatch(Record):
    """The best topic for a question, and a runner-up worth naming."""

    entry: FaqEntry
    score: float
    also: FaqEntry | None = None


class QuestionTooLong(NotFound):
    """The question is longer than MAX_QUESTION characters, so it is not matched at all."""


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _stem(word: str) -> str:
    """Fold plurals, -ing, long words' -ed and a final e: `fees` finds `fee`, `relocating` and
    `relocated` find `relocate`. (Short -ed words stay: `expired` is a topic apart from `expire`.)"""
    if word in ("housing", "parking"):
        return word  # (benefits asked about; a house is where someone lives, a park where discounts are)
    if len(word) > 5 and word.endswith("ing"):
        word = _undouble(word[:-3])
    elif len(word) > 7 and word.endswith("ed"):
        word = _undouble(word[:-2])
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:-1] if len(word) >= 5 and word.endswith("e") else word


def _undouble(stem: str) -> str:
    """getting -> get, stopped -> stop: the consonant doubled before -ing or -ed (not in "call")."""
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeioulsz":
        return stem[:-1]
    return stem


# Ways of saying the same thing, folded before matching (questions and keywords alike).
_SAME = (
    ("什么地方", "哪里"),
    ("哪个地方", "哪里"),
    ("啥地方", "哪里"),
    ("哪儿", "哪里"),
    ("怎样", "怎么"),
    ("如何", "怎么"),
    ("咋个", "怎么"),  # (Sichuan, Yunnan: 咋个换嘛)
    ("咋", "怎么"),
    ("啥", "什么"),
    ("干嘛", "干什么"),
    ("干吗", "干什么"),
    ("多长时间", "多久"),
    ("多少时间", "多久"),
    ("还可以", "还能"),
    ("可以用", "能用"),
    ("管用", "能用"),  # colloquial and northern: 还管用吗, 还中不中用, 还好使吗
    ("中用", "能用"),
    ("好使", "能用"),
    ("找不着", "找不到"),
    ("还算数", "还有效"),  # still counts: 二代的还算数吗
    ("还作数", "还有效"),
    ("残急", "残疾"),  # typed by sound: 残急人证, 三代正
    ("残及", "残疾"),
    ("代正", "代证"),
    ("疾正", "疾证"),  # and by voice input: 残疾正, 三代政, 交前 (钱)
    ("交前", "交钱"),
    ("过度期", "过渡期"),  # the everyday confusion of 渡 and 度
    ("花前", "花钱"),
    ("收前", "收钱"),
    ("代政", "代证"),
    ("二带", "二代"),  # 带 for 代 by voice: 二带证, 三带卡
    ("三带", "三代"),
    ("咋整", "怎么办"),
    ("咋办", "怎么办"),
    ("怎么搞", "怎么办"),  # colloquial, and Cantonese 点样搞 (点样 is 怎么)
)


# Cantonese words, in traditional and simplified writing, as Mandarin (點補辦 -> 怎么补办,
# 幾耐 -> 多久, 唔 -> 不); folded before the traditional characters are.
_CANTONESE = (
    ("點樣", "怎么"),
    ("点样", "怎么"),
    ("點算", "怎么办"),
    ("点算", "怎么办"),
    ("點", "怎么"),
    ("幾耐", "多久"),
    ("几耐", "多久"),
    ("幾多錢", "多少钱"),
    ("几多钱", "多少钱"),
    ("幾多", "多少"),
    ("几多", "多少"),
    ("幾時", "什么时候"),
    ("几时", "什么时候"),
    ("邊度", "哪里"),
    ("边度", "哪里"),
    ("邊個", "谁"),
    ("边个", "谁"),
    ("乜嘢", "什么"),
    ("而家", "现在"),
    ("發緊", "在发"),  # 緊: doing now (發緊未呀: being issued yet?)
    ("发紧", "在发"),
    ("換緊", "在换"),
    ("换紧", "在换"),
    ("辦緊", "在办"),
    ("办紧", "在办"),
    ("未呀", "了吗"),
    ("未啊", "了吗"),
    ("嗰", "那"),
    ("咩", "什么"),
    ("跌咗", "丢了"),  # lost: 個證跌咗
    ("唔見咗", "丢了"),
    ("唔见咗", "丢了"),
    ("咗", "了"),
    ("使唔使", "要不要"),  # need or not: 使唔使俾钱
    ("使錢", "花钱"),
    ("使钱", "花钱"),
    ("唔", "不"),
    ("冇", "没有"),
    ("俾", "给"),
    ("畀", "给"),
    ("嘅", "的"),
    ("喺", "在"),
    ("係", "是"),
    ("搵", "找"),
    ("睇", "看"),
    ("哋", "们"),
    ("佢", "他"),
    ("仲", "还"),
    ("揸", "拿"),
    ("攞", "拿"),
    ("啲", "些"),
)


def _cantonese(text: str) -> str:
    for variant, usual in _CANTONESE:
        if variant in text:
            text = text.replace(variant, usual)
    return text


def _fold(text: str) -> str:
    """Fold a yes-no question "A不A" / "A没A" to "A" (收不收费 -> 收费, 中不中用 -> 中用), then
    synonyms (中用 -> 能用)."""
    parts: list[int] = []
    start = 0
    for neg in "不没":  # only the places where 不 or 没 stands (a scan of every character costs more)
        i = text.find(neg, 1)
        while 0 < i < len(text) - 1:
            if text[i - 1] == text[i + 1] and _is_han(text[i - 1]):
                parts.append(i)
            i = text.find(neg, i + 1)
    if parts:
        cut: list[str] = []
        for i in sorted(parts):
            if i > start:
                cut.append(text[start:i])
                start = i + 2
        text = "".join(cut) + text[start:]
    for variant, usual in _SAME:
        if variant in text:
            text = text.replace(variant, usual)
    return text


_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # ＱＲ, １２３８５ from a Chinese keyboard
# Latin words and numbers, any other single character, and the line break that separates terms.
# (A pattern naming the CJK ranges would cost milliseconds to compile; this one costs nothing.)
_TOKEN = r"[a-z0-9]+|[^\x00-\x7f]|\n"


def _split(plain: str) -> list[list[str]]:
    """The tokens of each line of `plain` (already folded and lower-case)."""
    import re

    lines: list[list[str]] = [[]]
    line = lines[0]
    stems: dict[str, str] = {}  # a word's stem, worked out once per call (the data repeats words)
    for t in re.findall(_TOKEN, plain):
        if t == "\n":
            line = []
            lines.append(line)
        elif t.isascii():
            stem = stems.get(t)
            if stem is None:
                stem = stems[t] = _stem(t)
            line.append(stem)
        elif "\u3400" <= t <= "\u9fff" or "\uf900" <= t <= "\ufaff":  # _is_han, inline: every character
            line.append(t)
    return lines


def tokens(text: str) -> list[str]:
    """Chinese characters one by one, latin words and numbers whole, lower-case; the rest dropped."""
    return [t for line in _split(_fold(text.translate(_FULL_WIDTH)).lower()) for t in line]


def _weight(toks: tuple[str, ...], stop: frozenset[str] = frozenset()) -> float:
    """Chinese characters weigh 1 each, latin words 2 and latin stop words in a phrase a quarter
    of that ("how do i apply" weighs little more than "apply"); a phrase weighs at least a word."""
    if not any(map(str.isascii, toks)):
        return _WEIGHT_HAN * len(toks)  # Chinese only, the common case
    latin = [t for t in toks if t.isascii()]
    han = _WEIGHT_HAN * (len(toks) - len(latin))
    stops = sum(t in stop for t in latin)
    return han + max(_WEIGHT_WORD, _WEIGHT_WORD * (len(latin) - stops)) + _WEIGHT_STOP * stops


class _Vocabulary(Record):
    """Every term and what it means: topic credits, or neutral (stop or anchor). A term is keyed by
    its tokens joined with spaces (no token holds one: 残 疾 证, how to apply), and its credits are
    an index into `lists`, the distinct lists of (topic, weight): flat strings and small integers
    read back from the cache in half the time of tuples of tokens and a list per term."""

    credits: dict[str, int]  # term -> index into lists
    lists: tuple[tuple[tuple[int, float], ...], ...]
    neutral: dict[str, str]  # term -> "stop", "anchor", "name" or "other"
    avoid: list[list[tuple[str, ...]]]
    longest: int
    known: frozenset[str]  # every latin word and number of every term (a Han character is no typo)
    anchoring: frozenset[str]
    strong: frozenset[str]  # the terms that are some topic's keyword, not only a weak word

    def credit(self, term: str) -> tuple[tuple[int, float], ...]:
        """The (topic, weight) pairs a term credits; none for a term that credits no topic."""
        at = self.credits.get(term)
        return () if at is None else self.lists[at]


def _key(toks: Sequence[str]) -> str:
    """A term's key in the vocabulary: its tokens joined by spaces."""
    return " ".join(toks)


def _terms(words: list[str]) -> list[tuple[str, ...]]:
    """tokens() of many words at once (the data's words are written in plain ASCII and Chinese)."""
    return [tuple(line) for line in _split(_fold("\n".join(words)).lower())]


_BUILT: dict[tuple[str, int, bytes], tuple[Sequence[FaqEntry], Any]] = {}


def _cached(
    kind: str,
    topics: Sequence[FaqEntry],
    build: Callable[[], Any],
    make: Callable[[Any], Any] = tuple,
    extra: bytes = b"",
) -> Any:
    """What `build` computes from these topics (and the division index's pinyin), once per run and
    set of topics, and read from the cache by what it is built from: the topics (the fingerprint
    of topics the cache holds covers them without unpacking every topic), the index's id, this
    module's source (its own lists and rules) and text.py's, and `extra` (anything else the value
    depends on). `make` turns the value as marshal stores it into the one kept for the run."""
    built = _BUILT.get((kind, id(topics), extra))
    if built is not None and built[0] is topics:
        return built[1]
    import marshal

    from cardinfo import data

    if not any(topics_of is topics for topics_of, _ in _BUILT.values()):
        _BUILT.clear()  # one set of topics at a time: the data in use
    inputs = _inputs(topics)
    # no cache, or no index to name: nothing is cached by a key that misses it
    value = make(data.derived(kind, marshal.dumps(extra) + inputs, build) if inputs else build())
    _BUILT[(kind, id(topics), extra)] = (topics, value)
    return value


_INPUTS: dict[int, tuple[Sequence[FaqEntry], bytes]] = {}


def _inputs(topics: Sequence[FaqEntry]) -> bytes:
    """What every value `_cached` keeps is built from, but its own `extra` (worked out once per run
    and set of topics); empty when there is no cache or no index to name."""
    known = _INPUTS.get(id(topics))
    if known is not None and known[0] is topics:
        return known[1]
    _INPUTS.clear()
    _INPUTS[id(topics)] = (topics, inputs := _inputs_of(topics))
    return inputs


def _inputs_of(topics: Sequence[FaqEntry]) -> bytes:
    import marshal
    from pathlib import Path

    from cardinfo import data, paths

    def divisions() -> "Divisions":  # opened only when no run before noted the index's id
        from cardinfo.places import Divisions

        return Divisions(paths.places_path())

    folder = paths.cache_dir()
    index = data.index_id(folder, divisions) if folder is not None else None
    if index is None:
        return b""
    fingerprint = getattr(topics, "fingerprint", None)
    if not isinstance(fingerprint, bytes):
        fingerprint = repr(tuple(topics)).encode()  # every field of every topic
    here = Path(__file__)  # this module's rules, and text.py's (OTHER_READINGS)
    return marshal.dumps((fingerprint, index)) + here.read_bytes() + here.with_name("text.py").read_bytes()


def _vocabulary(topics: Sequence[FaqEntry]) -> _Vocabulary:
    """The terms of these topics and of the matcher's own lists (built once per set of topics and
    cached: building them cost a question ~45 M instructions, a seventh of a run)."""
    vocab: _Vocabulary = _cached("vocabulary", topics, lambda: tuple(_built(topics)), lambda v: _Vocabulary(*v))
    return vocab


def _built(topics: Sequence[FaqEntry]) -> _Vocabulary:
    """The vocabulary of these topics, built."""
    words: list[str] = []
    meanings: list[tuple[str, int, float]] = []  # (kind, topic, factor) of each word, in order
    for i, entry in enumerate(topics):
        kinds = (("credit", entry.keywords, 1.0), ("credit", entry.weak, _WEAK), ("avoid", entry.avoid, 0.0))
        for kind, lists, factor in kinds:
            for lang in ("zh", "en"):
                listed = lists.get(lang, ())
                words += listed
                meanings += [(kind, i, factor)] * len(listed)
    for role, text in (
        ("stop", _STOP_ZH + " " + _STOP_EN),
        ("anchor", _ANCHOR_ZH + " " + _ANCHOR_EN),
        ("name", _NAME_ZH + " " + _NAME_EN),
        ("other", _OTHER_ZH + " " + _OTHER_EN),
    ):
        split = text.split()
        words += split
        meanings += [(role, -1, 0.0)] * len(split)
    stop = frozenset(tokens(_STOP_EN))
    credits: dict[str, list[tuple[int, float]]] = {}
    neutral: dict[str, str] = {}
    avoid: list[list[tuple[str, ...]]] = [[] for _ in topics]
    strong: set[str] = set()
    for term, (kind, i, factor) in zip(_terms(words), meanings, strict=True):
        if not term:
            continue
        if kind == "credit":
            entries = credits.setdefault(_key(term), [])
            for j, _ in entries:
                if j == i:
                    break  # a topic's first word of this form counts (a keyword before a weak one)
            else:
                entries.append((i, factor * _weight(term, stop)))
            if factor == 1.0:
                strong.add(_key(term))
        elif kind == "avoid":
            avoid[i].append(term)
        else:
            neutral[_key(term)] = kind
    terms = [key.split(" ") for key in chain(credits, neutral)]
    longest = max(map(len, terms))
    known = frozenset(t for t in chain.from_iterable(terms) if not _is_han(t))  # what is asked of it
    distinct = sorted({tuple(entries) for entries in credits.values()})
    at = {entries: k for k, entries in enumerate(distinct)}
    index = {term: at[tuple(entries)] for term, entries in credits.items()}
    anchoring = frozenset(tokens(_ANCHORING))
    # the strong terms as the very strings of `index`: the cache stores each once (and a run reads it
    # back in a third less time)
    return _Vocabulary(
        index, tuple(distinct), neutral, avoid, longest, known, anchoring, frozenset(k for k in index if k in strong)
    )


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _typo_index(topics: Sequence[FaqEntry]) -> dict[str, tuple[str, ...]]:
    """Each latin word of the terms (5 letters or more) under each way of deleting one letter. Not
    the words of other documents: "river" is no misspelt "driver", and a misspelt "pasport" is
    no question about the certificate anyway. Built once per set of topics, and cached."""

    def build() -> dict[str, tuple[str, ...]]:
        vocab = _vocabulary(topics)
        terms = [*vocab.credits, *(term for term, role in vocab.neutral.items() if role != "other")]
        latin = {t for term in terms for t in term.split(" ") if not _is_han(t) and not t.isdigit()}
        index: dict[str, set[str]] = {}
        for word in latin:
            if len(word) >= 5:
                for variant in _deletions(word):
                    index.setdefault(variant, set()).add(word)
        return {variant: tuple(sorted(words)) for variant, words in index.items()}

    index: dict[str, tuple[str, ...]] = _cached("typos", topics, build, dict)
    return index


# Everyday English words one letter from a word the topics know, which are no typo of it and say
# something of their own (contract/contact, count/county, stated/started, missed/issued); the ones
# that say nothing (being/bring, never/every, early/yearly) are stop words above.
_REAL_WORDS = (
    "count counts counting status stated missed contract distinct added carries became stable nested"
    " parsed phased hashed letter father severe"
)


def _repair(token: str, known: frozenset[str], index: dict[str, tuple[str, ...]]) -> str:
    """A latin word one edit (a letter missing, extra, wrong or swapped) from exactly one known
    word becomes that word: "activaton" -> "activation". Short words and everyday words that are
    one letter from a known one (_REAL_WORDS) are left alone."""
    if len(token) < 5 or token in known or token.isdigit() or _is_han(token):
        return token
    if token in _NOT_TYPOS:
        return token
    found: set[str] = set()
    for variant in _deletions(token):
        found.update(index.get(variant, ()))
    found = {w for w in found if abs(len(w) - len(token)) <= 1}
    if len(found) > 1:  # "expird": a letter left out (expired) before one typed wrong (expire)
        left_out = {w for w in found if len(w) == len(token) + 1 and _holds_in_order(w, token)}
        found = left_out if len(left_out) == 1 else found
    return found.pop() if len(found) == 1 else token


def _holds_in_order(word: str, letters: str) -> bool:
    """Whether `word` has `letters` in it in that order (expired holds expird)."""
    rest = iter(word)
    return all(ch in rest for ch in letters)


class _Occurrence(Record):
    start: int
    end: int
    term: tuple[str, ...]
    key: str  # the term's key in the vocabulary


def _occurrences(toks: list[str], vocab: _Vocabulary) -> list[_Occurrence]:
    """Every known term in `toks`, except those lying inside a longer one (the maximal ones)."""
    found: list[_Occurrence] = []
    for start in range(len(toks)):
        for end in range(min(len(toks), start + vocab.longest), start, -1):
            key = " ".join(toks[start:end])
            if key in vocab.credits or key in vocab.neutral:
                found.append(_Occurrence(start, end, tuple(toks[start:end]), key))
                break  # the longest term starting here; shorter ones starting here lie inside it
    maximal: list[_Occurrence] = []
    reach = -1  # the furthest end of any term starting earlier
    for occ in found:  # ordered by start: one starting earlier contains this one iff it reaches its end
        if occ.end > reach:
            maximal.append(occ)
        reach = max(reach, occ.end)
    return maximal


_UNEXPLAINED, _STOP, _TOPIC, _ANCHOR = range(4)  # what covers a token, weakest first


class _Evidence(Record):
    scores: list[float]
    alive: list[bool]  # False for a topic one of whose `avoid` words is in the question
    explained: float  # weight of content covered by a topic word or an anchor
    content: float  # weight of all content (stop words left out)
    anchored: bool
    named: bool  # the certificate is named by a word that cannot mean another document (not 换证)
    other: bool  # another document (身份证, passport) is what the question is about
    plainly: bool  # the certificate is named outright (残疾证, 三代, 12385), not by a topic word (到期换证)
    # where a benefit asked about starts (持残疾证能领多少补贴), or -1, and its name; each topic's first word
    benefit: int = -1
    benefit_name: str = ""
    first: tuple[int, ...] = ()


_DATE_UNITS = frozenset("年月日号")


def _dated(toks: list[str]) -> set[int]:
    """Where a date stands (2025年12月, 3号): a time the question gives, that asks nothing itself."""
    return {j for k in range(len(toks) - 1) if toks[k].isdigit() and toks[k + 1] in _DATE_UNITS for j in (k, k + 1)}


def _evidence(topics: Sequence[FaqEntry], text: str) -> _Evidence:
    vocab = _vocabulary(topics)
    toks = tokens(text)
    if any(not _is_han(t) and t not in vocab.known for t in toks):  # only then build the typo index
        index = _typo_index(topics)
        toks = [_repair(t, vocab.known, index) for t in toks]
    # share[i][k]: how much token k counts for topic i. Overlapping words of one topic count
    # each token once (去哪 and 哪里 in 去哪里), at the rate of the strongest word covering it.
    share: list[dict[int, float]] = [{} for _ in range(len(topics))]
    covered = [_UNEXPLAINED] * len(toks)
    anchored = named = other = plainly = False
    benefit = -1
    benefit_name = ""
    bare: list[int] = []  # where 卡, 证, card or certificate stands as a word of its own
    benefits: list[int] = []  # where a benefit (补贴, 低保) is named
    elsewhere: set[int] = set()  # the tokens of other documents' names (the 残 of 伤残人士)
    occurrences = _occurrences(toks, vocab)
    others = {o.start for o in occurrences if _other_span(o.term, vocab) == (0, len(o.term))}
    for occ in occurrences:
        # the old card a question likens the new one to (有效期跟二代证比有变化吗) is no topic's word there
        likened = vocab.neutral.get(occ.key) == "name" and _likened(toks, occ.start, occ.end)
        # "last month" is when, not how long (it lasts)
        when = occ.term == ("last",) and occ.end < len(toks) and toks[occ.end] in _TIMES_EN
        for i, weight in () if likened or when else vocab.credit(occ.key):
            rate = weight / (occ.end - occ.start)
            for k in range(occ.start, occ.end):
                share[i][k] = max(share[i].get(k, 0.0), rate)
        role = "topic" if occ.key in vocab.credits else vocab.neutral[occ.key]
        if role == "other":
            elsewhere.update(range(occ.start, occ.end))
        names_card = role in ("anchor", "name") or (role == "topic" and any(t in vocab.anchoring for t in occ.term))
        mark = _ANCHOR if names_card else {"stop": _STOP, "other": _UNEXPLAINED}.get(role, _TOPIC)
        anchored = anchored or names_card
        # 证号 names the certificate; 换证, a weak word, may be about a driving licence (驾驶证换证);
        # 三代 right before another card's name is that card's generation (第三代社保卡)
        # 二代证 names the certificate plainly, also where a topic counts it as its own word (transition)
        name = role == "name" or (role == "topic" and vocab.neutral.get(occ.key) == "name")
        generation = name and occ.end in others and not _CARD & set(occ.term)
        plainly = plainly or (name and not generation) or "12385" in occ.term
        named = named or plainly or (names_card and occ.key in vocab.strong)
        # 社保卡 is both a topic word and another card; 身份证号码 (a word of the number topic) is
        # about the ID card; 要带身份证吗 asks what to bring, not about the ID card
        span = _other_span(occ.term, vocab)
        end = occ.start + span[1] if span is not None else 0
        # 需要身份证: the verb is inside the word; with my residence permit: before the whole word
        if span is not None and not _aside(toks, occ, span, end):
            named_benefit = "".join(toks[occ.start + span[0] : end])
            if named_benefit in _BENEFITS:
                benefits.append(occ.start + span[0])
            else:
                other = True
            if named_benefit in _BENEFITS and benefit < 0 and not "".join(toks[end : end + 3]).startswith(_BESIDE_CARD):
                benefit, benefit_name = occ.start + span[0], named_benefit
        for k in range(occ.start, occ.end):
            covered[k] = max(covered[k], mark)
        if occ.term[0] in _BARE and len(occ.term) == 1:
            bare.append(occ.start)
    if bare:
        breaks = _breaks(text)
        other = other or any(_another_card(toks, k, covered) for k in bare if k not in breaks)
    joined = "\x00" + "\x00".join(toks) + "\x00"
    alive = [
        not any(
            "\x00" + "\x00".join(term) + "\x00" in joined and _avoided(i, term, toks, occurrences, vocab)
            for term in words
        )
        for i, words in enumerate(vocab.avoid)
    ]
    # A topic ruled out by one of its `avoid` words scores nothing, and its words explain nothing.
    scores = [sum(s.values()) if ok else 0.0 for s, ok in zip(share, alive, strict=True)]
    explained = content = 0.0
    dated = _dated(toks)
    for k, (t, c) in enumerate(zip(toks, covered, strict=True)):
        if c == _STOP or (k in dated and c == _UNEXPLAINED):
            continue
        content += _weight((t,))
        if c == _ANCHOR or (c == _TOPIC and any(ok and k in s for s, ok in zip(share, alive, strict=True))):
            explained += _weight((t,))
    own = {t for k, t in enumerate(toks) if k not in elsewhere}
    plainly = plainly or bool(_DISABILITY & own and _CARD & own)
    first = tuple(min(s, default=len(toks)) for s in share)
    if benefits:
        # a benefit is what is asked about, unless it comes in a clause after the card's own matter
        # (换证会不会重新评级 怕评低了补贴就少了; 迁了户口 原来的证还能用吗 补贴在哪领)
        # (证过期了补贴会不会停: 了 after the card's own happening ends its clause too)
        told = {k + 1 for k, t in enumerate(toks) if t == "了" and _happened_before(topics, first, k)}
        clause = max((k for k in _breaks(text, words=False) | told if k <= benefits[0]), default=0)
        other = other or not any(f < clause for f in first)
    return _Evidence(
        scores, alive, explained, content, anchored, named or plainly, other, plainly, benefit, benefit_name, first
    )


def _happened_before(topics: Sequence[FaqEntry], first: Sequence[int], k: int) -> bool:
    """Whether a word of what happened to the card (lost, expired, moved: `_HAPPENINGS`) stands before `k`."""
    return any(f < k and topic.key in _HAPPENINGS for f, topic in zip(first, topics, strict=True))


def _avoided(topic: int, term: tuple[str, ...], toks: list[str], found: list[_Occurrence], vocab: _Vocabulary) -> bool:
    """Whether `term`, one of the topic's `avoid` words, stands in `toks` other than inside a longer
    word of that topic: 到期 rules out "transition", but not inside its own 还没到期."""
    n = len(term)
    for start in range(len(toks) - n + 1):
        if tuple(toks[start : start + n]) != term or _compared(toks, start, start + n):
            continue
        if vocab.neutral.get(_key(term)) == "other" and _listed_with_card(toks, start, start + n):
            continue  # 身份证残疾证全没了, 残疾证和身份证都丢了: the certificate too
        if _still_there(toks, start + n):
            continue  # (残疾证弄丢了，身份证户口本都在: the other papers are not what befell)
        inside = (o for o in found if o.start <= start and start + n <= o.end and o.end - o.start > n)
        if not any(any(i == topic for i, _ in vocab.credit(o.key)) for o in inside):
            return True
    return False


_STILL_THERE = ("都在", "还在", "都还在", "没丢", "都没丢", "没事", "都有", "还有", "好好的", "都好好的")


def _still_there(toks: list[str], end: int) -> bool:
    """Whether the document ending at `end`, with others listed after it, is said to be still at hand
    (身份证户口本都在, 身份证还在)."""
    after = "".join(toks[end : end + 12])
    for paper in _LISTED_PAPERS:
        after = after.replace(paper, "")
    return after.lstrip(_LISTING + "也").startswith(_STILL_THERE)


# The certificate's names, and the words that list two documents together (身份证和残疾证, 残疾证、户口本).
_CARD_NAMES = ("残疾证", "残疾人证", "残疾卡", "残疾人卡", "残疾人证件", "三代证")
_LISTING = "和跟与及、，, "


def _listed_with_card(toks: list[str], start: int, end: int) -> bool:
    """Whether another document at tokens `start`..`end` is listed with the certificate, right before or
    after it (身份证残疾证全没了, 残疾证和身份证都丢了): what befalls both befalls the certificate."""
    after = "".join(toks[end : end + 8]).lstrip(_LISTING)
    before = "".join(toks[max(0, start - 8) : start]).rstrip(_LISTING)
    return after.startswith(_CARD_NAMES) or before.endswith(_CARD_NAMES)


# A document the certificate is compared with (跟身份证一样, 和护照一样长吗): not the one asked about.
_LIKE_BEFORE = frozenset(("跟", "和", "与", "同", "像"))
_LIKE_AFTER = ("一样", "一般", "似的", "相同", "差不多")


def _compared(toks: list[str], start: int, end: int) -> bool:
    """Whether the word at tokens `start`..`end` is what something is likened to (跟身份证一样,
    跟我的身份证号前面一样)."""
    before = [t for t in toks[max(0, start - 5) : start] if t not in _BRING_FILLERS and t not in _EARLIER]
    after = "".join(toks[end : end + 5])
    after = after[2:] if after.startswith(_PARTS) else after
    return bool(before) and before[-1] in _LIKE_BEFORE and after.startswith(_LIKE_AFTER)


_TIMES_EN = frozenset(("month", "year", "week", "time", "night", "day", "summer", "winter", "spring", "autumn", "fall"))


def _likened(toks: list[str], start: int, end: int) -> bool:
    """Whether the word at tokens `start`..`end` is what something is set against (跟二代证比, 和二代证相比)."""
    before = toks[start - 1] if start > 0 else ""
    after = "".join(toks[end : end + 4]).lstrip("证的")
    return before in _LIKE_BEFORE and after.startswith(("比", "相比", "对比", "比较", "不同", "区别", "有什么不同"))


_PARTS = ("前面", "后面", "开头", "前边", "后边")  # 跟身份证号前面一样: part of it is alike
_EARLIER = frozenset(("以", "之", "前", "原", "来", "以前", "之前", "原来"))  # 跟之前身份证号码一样


# Words after which another document is something to bring along or to compare with, not what the
# question is about (要带身份证吗, 需要身份证原件吗, 凭户口本办理, 证号比身份证多两位, 能当银行卡用吗).
_BRING_WORDS = "带 拿 携 提 备 印 凭 示 交 附 要 需 用 比 当 作 有 bring take show need than as with have using"
_BRING = frozenset(_BRING_WORDS.split())
# Between the verb and the document: 带上, 带着, 带好, 带齐, 带她的身份证, bring my passport.
_BRING_FILLER_WORDS = "上 着 好 齐 她 他 我 你 您 的 my the a your his her"
_BRING_FILLERS = frozenset(_BRING_FILLER_WORDS.split())


# Tokens between the card's matter and a benefit asked about, at least (到期后还能领补贴; not 申请低保).
_BENEFIT_GAP = 3


def _said_first(query: str, first: int, benefit: int) -> bool:
    """Whether the topic word at token `first` is said before the benefit at token `benefit`, as the
    card's own matter: a few words earlier (残疾证到期后还能领补贴吗) or in an earlier clause (残疾证丢了，
    低保会受影响吗); not the verb the benefit goes with (申请低保, 能领多少补贴)."""
    if first >= benefit:
        return False
    toks = tokens(query)
    done = "了" in toks[first:benefit]  # 残疾证丢了补贴还能领吗: the card's matter is a clause of its own
    return done or first <= benefit - _BENEFIT_GAP or any(first < k <= benefit for k in _breaks(query))


# After a benefit: what makes it describe who asks (有低保的) or name an office (医保局的人让我换新证).
# 低保户 and 五保户 are households, 退休后 a time, 补贴申请表 a form (填补贴申请表 too).
_DESCRIBED = ("的", "局", "科", "户", "后", "申请表", "表")
# After a benefit, words that make it describe the question rather than be asked about, where the
# certificate is named (else the question is still another document's or office's business): a proof
# (低保证明), an office (康复中心, 康复医院), who asks (低保家庭, 退休职工), the card's function (补贴功能,
# 补贴发放卡). (退休了, 康复了 and 就业了 are asked about: 退休了残疾证还有用吗 gets no topic.)
_BESIDE_CARD = (
    *("证明", "中心", "医院", "服务", "机构", "站", "家庭", "人员", "对象", "职工", "干部", "老人", "群体"),
    *("功能", "发放卡"),
)


def _aside(toks: list[str], occ: "_Occurrence", span: tuple[int, int], end: int) -> bool:
    """Whether another document or benefit, at tokens `span` of the word `occ` (its name ending at
    `end`), is beside the question rather than its subject: a document brought along or compared
    with (要带身份证吗, 跟我的身份证号前面一样), a benefit that describes who asks (有低保的换证要钱吗). A
    benefit asked about (残疾人专用车位怎么申请, 社保缴费有补助吗) is the subject, whatever verb is before it."""
    start = occ.start
    name = "".join(toks[start + span[0] : start + span[1]])
    if name in _BENEFITS:
        filled = "填" in toks[max(0, start + span[0] - 3) : start + span[0]]  # 填一个补贴申请: a form
        if name in _FEE_AIDS and "费" in toks[max(0, start + span[0] - 12) : start + span[0]]:
            return True  # 照相费和鉴定费是个人承担还是有补贴: who pays the fee
        return filled or "".join(toks[end : end + 3]).startswith(_DESCRIBED)
    at = (start + span[0], start)
    if _shown(toks, start + span[0], end):
        return True
    numbered = toks[end : end + 1] in (["number"], ["numbers"], ["no"]) or toks[end : end + 2] == ["card", "number"]
    # the ID (card) number beside the certificate's, which holds it (my card number is like my ID number)
    if name in ("id", "identity") and numbered:
        return True
    return any(_brought(toks, a, end) for a in at) or any(_compared(toks, a, occ.end) for a in at)


# Seen or given away: another document's number or details as what the card or its code shows
# (扫我证上的二维码会不会把我的身份证号都看去了, 会显示身份证信息吗), not the document asked about
_SHOWN = ("看到", "看见", "看去", "看得到", "看得见", "显示", "泄露", "泄漏", "暴露", "读到", "读出", "扫出", "扫到")
_DETAILS = ("号", "信息", "资料")
_READ_FROM = ("扫", "二维码", "芯片", "证上", "卡上", "码上")


def _shown(toks: list[str], start: int, end: int) -> bool:
    """Whether the document at tokens `start`..`end` is named by its number or details, with a word of
    seeing or leaking them around it and the card's code or chip, or a scan, elsewhere in the text."""
    if not "".join(toks[end : end + 2]).startswith(_DETAILS):
        return False
    around = "".join(toks[max(0, start - 12) : end + 10])
    read = "".join(toks[:start]) + "".join(toks[end:])  # what shows it: the card's code or chip, scanned
    return any(word in around for word in _SHOWN) and any(word in read for word in _READ_FROM)


def _brought(toks: list[str], start: int, end: int) -> bool:
    """Whether the document at tokens `start`..`end` is named as something to bring or to compare
    with (带上身份证, bring my passport, 比身份证多两位, 身份证复印件要不要)."""
    before = [t for t in toks[max(0, start - 3) : start] if t not in _BRING_FILLERS]
    after = [t for t in toks[end : end + 4] if t not in ("要", "需", "的", "是")]  # 居住证要原件吗
    if before and before[-1] in _AND:  # 带户口本和身份证: the verb before the first of the two
        return any(t in _BRING for t in toks[max(0, start - 8) : start - 1])
    # (身份证要不要带上, 身份证要吗: whether it is needed, to bring; 身份证户口本要带吗: two named together)
    ahead, behind = "".join(toks[end : end + 8]), "".join(toks[max(0, start - 6) : start])
    rest = _past_papers(ahead)
    others = rest != ahead or _past_papers(behind[::-1], backwards=True) != behind[::-1]
    rest = rest.lstrip("都也还")  # (户口本身份证都要带吗; the question's 不要 and 吗 are no tokens: 要不要 reads 要)
    if others and (rest.startswith(("要带", "带", "需要带", "用带")) or rest in ("要", "要吗", "需要", "需要吗")):
        return True
    needed = toks[end : end + 1] in (["要"], ["需"]) and after[:1] in (["带"], ["吗"])
    # (not 护照要带什么材料, 办居住证要带什么: what to bring for that document, its business)
    needed = needed and not "".join(toks[end + 2 : end + 4]).startswith(("什么", "哪些", "啥"))
    # (is a residence permit required, passport needed?: to bring)
    needed = needed or bool(_NEEDED_EN & {t for t in toks[end : end + 2] if t not in ("is", "are")})
    return (bool(before) and before[-1] in _BRING) or needed or any(tuple(after[: len(c)]) == c for c in _COPIES)


_LISTED_PAPERS = ("户口本", "户口簿", "身份证", "居住证", "照片")  # (named one after another: 身份证户口本要带吗)


def _past_papers(text: str, backwards: bool = False) -> str:
    """`text` after the documents' names (and the marks between them) it opens with; `backwards`: `text`
    is reversed, and so are the names."""
    names = tuple(p[::-1] for p in _LISTED_PAPERS) if backwards else _LISTED_PAPERS
    while True:
        text = text.lstrip("、， 和")
        name = next((p for p in names if text.startswith(p)), "")
        if not name:
            return text
        text = text[len(name) :]


_NEEDED_EN = frozenset(("requir", "required", "need", "needed", "necessari", "necessary", "mandatori", "mandatory"))


_AND = frozenset(("和", "与", "及", "、", "跟", "还有", "and"))
_FEE_AIDS = frozenset(("补贴", "补助", "减免"))  # after a fee: who pays it


# After a document: its copy or original is something to bring (身份证复印件, 户口本原件, id card copy).
_COPIES = (("复", "印"), ("原", "件"), ("照", "片"), ("copy",), ("copies",))


def _other_span(term: tuple[str, ...], vocab: _Vocabulary) -> tuple[int, int] | None:
    """Where in `term` another document's name lies, as (start, end): (0, 3) for 身份证 itself,
    (2, 5) in 需要身份证, a word of the documents topic; None when it holds none."""
    if vocab.neutral.get(_key(term)) == "other":
        return 0, len(term)
    for n in range(len(term) - 1, 0, -1):  # one token: an English word (residence permit)
        for i in range(len(term) - n + 1):
            if vocab.neutral.get(_key(term[i : i + n])) == "other" and len("".join(term[i : i + n])) > 1:
                return i, i + n
    return None


_BARE = frozenset(("卡", "证", "card", "cert", _stem("certificate")))
_NOT_TYPOS = frozenset(_stem(w) for w in _REAL_WORDS.split())


def _breaks(text: str, words: bool = True) -> set[int]:
    """The indexes of the tokens of `text` that follow a space or punctuation mark: 人在深圳，证能
    在深圳办吗 has no card called 深圳证. Without `words`, not a space between two latin words (only
    the clauses of an English sentence: how do i apply for disability allowance is one)."""
    folded = _fold(text.translate(_FULL_WIDTH)).lower()
    found: set[int] = set()
    n = 0
    for line in folded.split("\n"):
        latin = False  # the chunk before ended with a latin letter or digit
        for chunk in line.split():
            for k, piece in enumerate("".join(ch if ch.isalnum() else " " for ch in chunk).split()):
                if words or k > 0 or not (latin and piece[0].isascii() and chunk[0].isalnum()):
                    found.add(n)
                n += len(_split(piece)[0])
            latin = chunk[-1].isascii() and chunk[-1].isalnum()
    return found


def _another_card(toks: list[str], k: int, covered: list[int]) -> bool:
    """Whether the 卡/证/card at `k` is some other card by the words before it, words the matcher
    does not know: 学生证, 会员卡 (two characters or more: 补卡 and 发证 say what is done with the
    card), sim card, marriage certificate. Not 新卡, 残疾人的证, 激活卡 or lost card (known words)."""
    if k == 0 or covered[k - 1] != _UNEXPLAINED:
        return False
    if k >= 2 and toks[k - 2] + toks[k - 1] in _NO_CARDS_NAME:
        return False  # 如果证过期了: a word that names no card
    return not _is_han(toks[k - 1]) or (k >= 2 and _is_han(toks[k - 2]) and covered[k - 2] == _UNEXPLAINED)


# Two characters before 卡 or 证 that are no card's name: words that join or point (如果证过期了, 这张卡).
_NO_CARDS_NAME_WORDS = (
    "如果 要是 假如 万一 因为 所以 但是 可是 然后 现在 已经 这张 那张 这个 那个 本人 自己"
    " 两种 这种 那种 哪种 一张 两张 几张 新老 新旧"  # (新老两种证: how many, not which card)
)
_NO_CARDS_NAME = frozenset(_NO_CARDS_NAME_WORDS.split())


def match(topics: Sequence[FaqEntry], text: str, t2s: dict[str, str] | None = None) -> FaqMatch | None:
    """The topic `text` asks about, or None when none is clearly meant; never raises.

    `text` may be a whole sentence with other things in it ("我在昆明，三代证要钱吗"); text longer
    than MAX_QUESTION characters gets None. The topic words decide when they are clear; similarity
    to the topics' example questions answers when they are not, and settles a close call.
    """
    query = strip_controls(text).strip()
    if not topics or not query or len(query) > MAX_QUESTION:
        return None
    query = _money(_phone_number(_cantonese(query)))
    if t2s:
        query = "".join(t2s.get(ch, ch) for ch in query)
    query = _from_pinyin(topics, query) or query
    if _laughing(query):
        return None  # 我爸拿到新卡高兴得跟小孩似的，哈哈: a joke or joy, nothing asked
    undescribed = _undescribed(query)  # 带银行功能的残疾证丢了: the loss is asked, unless nothing else is
    found = _match_words(topics, undescribed, t2s) if undescribed != query else None
    return found or _match_words(topics, query, t2s)


def _money(query: str) -> str:
    """`query` with a sum of money said as a number and 块 or 元 (要交50块, 收了20元), or Cantonese 蚊 after a
    number in figures or words (八十蚊), written 块钱, a fee's word."""
    out: list[str] = []
    for k, ch in enumerate(query):
        out.append(ch)
        before = query[k - 1] if k > 0 else ""
        counted = before.isdigit() or (ch == "蚊" and before != "" and before in _NUMERALS)
        if ch in "块元蚊" and counted and query[k + 1 : k + 2] != "钱":
            out[-1] = "块钱"
    return "".join(out)


_NUMERALS = frozenset("一二两三四五六七八九十百千")  # (not 块 after them: 一块去 is "together")


# Words of calling someone (残联的号码, 打个电话问问 号码是多少, the number for the federation): a number
# beside them is a telephone's, unless words of the card's own number are there too (证号, 几位, made up).
_CALLING = ("残联", "热线", "客服", "电话", "打给", "打过去", "拨", "联系", "办公室")
_CALLING_EN = frozenset(("federation", "office", "hotline", "call", "ring", "contact", "dpf"))
_CARD_NUMBER = (
    "证号",
    "证的号码",
    "证上的号码",
    "证上号码",
    "证号码",
    "卡号",
    "卡的号码",
    "卡上的号码",
    "位",
    "数字",
    "编",
)
_CARD_NUMBER_EN = ("certificate number", "card number", "cert number", "id number", "digit", "made up", "mean")


def _phone_number(query: str) -> str:
    """`query` with a number that is a telephone's said so (残联的号码是多少 → 残联的电话号码是多少; "the
    number for the federation" → "phone number"): 号码 alone is a word of the certificate number's topic."""
    calling = "号码" in query and "电话号码" not in query and any(w in query for w in _CALLING)
    if calling and not any(w in query for w in (*_CARD_NUMBER, "身份证")):
        query = query.replace("号码", "电话号码")
    lower = query.lower().replace("'s ", " ")
    words = lower.replace(",", " ").replace("?", " ").replace(".", " ").split()
    if "number" not in words or "phone" in lower or not _CALLING_EN & set(words):
        return query
    on_card = ("number on" in lower or "number of" in lower) and ("card" in lower or "cert" in lower)
    if on_card or any(w in lower for w in _CARD_NUMBER_EN):
        return query  # (the card's own number: how is the certificate number made up)
    return " ".join("phone number" if w.lower() == "number" else w for w in query.split(" "))


# Laughter (呵呵 is mostly scorn: 呵呵，残联又不接电话), and the words that ask beside it (哈哈，咋补; lol how long…)
_LAUGHTER = ("哈哈", "嘿嘿", "233", "hhh", "haha", "lol", "lmao", "😂", "🤣", "😄", "😆")
_EN_ASKING = frozenset(
    ("how", "what", "when", "where", "why", "which", "who", "does", "do", "is", "are", "can", "could", "will", "would")
)


def _laughing(query: str) -> bool:
    """Whether a text laughs and asks nothing: no question mark, no word or form that asks."""
    lowered = query.lower()
    if not any(word in lowered for word in _LAUGHTER) or any(mark in query for mark in "？?"):
        return False
    asking = (*_QUESTION_WORDS, *_ASKING_ENDS, "几", "哪", "啥", "谁", "干嘛")
    if any(word in query for word in asking) or _a_or_not_a(query):
        return False
    return not _EN_ASKING & set(lowered.replace(",", " ").split())


def _match_words(topics: Sequence[FaqEntry], query: str, t2s: dict[str, str] | None) -> FaqMatch | None:
    """The topic of a question already folded to Mandarin and simplified characters, or None."""
    query = _without_known(_without_aside(query))
    undenied = _without_denied(query)
    # what is not asked left out (不是丢了也不是坏了，就是十年到了); when what is left says too little for a
    # topic (a long story, then 不是想换证，就是想重新评个等级), the question as written
    found = _topic_of(topics, undenied, t2s) if undenied != query else None
    return found or _topic_of(topics, query, t2s)


def _topic_of(topics: Sequence[FaqEntry], query: str, t2s: dict[str, str] | None) -> FaqMatch | None:
    """The topic of a question whose asides and known or denied clauses are settled, or None."""
    mainly = _mainly(query)
    asked = mainly or _asked(query)
    ev = _evidence(topics, asked) if asked else _evidence(topics, query)
    best = _decide(topics, asked, t2s, ev) if asked else None
    before = query[: query.rfind(asked)] if asked and asked in query else ""
    if best is not None and not mainly and topics[best].key in _AFTER_HAPPENINGS and _told_done(before):
        # how to go about it, after what happened to the card, told as done (残疾证丢了，请问应如何办理;
        # 已过有效期，请问应如何办理换领; not 听说可以免费换，想问一下怎么办理): the question is what happened
        whole = _evidence(topics, query)
        told = _decide(topics, query, t2s, whole)
        if told is not None and topics[told].key in _HAPPENINGS and whole.scores[told] > ev.scores[best]:
            best, ev = told, whole
    if best is None and mainly:
        # a few words of a question asked before (评残去哪个医院？…主要问去哪个医院): that question whole
        words = mainly.rstrip("。.！!？? ")
        earlier = [p for p in query.translate(_PARTS_BREAK).split("\n") if words in p and p.strip() != words]
        if earlier and len(words) >= 2:
            ev = _evidence(topics, earlier[0])
            best = _decide(topics, earlier[0], t2s, ev)
    if best is None and mainly:
        # what matters most, said in a few words (重点是钱的问题): the one topic they lead to, when the
        # whole question asks about it too
        ranked = sorted(range(len(topics)), key=lambda i: -ev.scores[i])
        whole = _evidence(topics, query)
        top = ranked[0]
        if ev.scores[top] > 0 and ev.scores[top] > ev.scores[ranked[1]] and whole.scores[top] > 0 and whole.alive[top]:
            best, ev = top, whole
    if best is None:
        ev = _evidence(topics, query)
        best = _decide(topics, query, t2s, ev)
    if best is None:
        # Names of places and people say nothing about the topic: read the question again
        # without them (我在深圳工作，户口在湖南，能在深圳办吗), but a question that does not name the
        # card then needs two topic words, not one (when is the next train to Shanghai).
        bare = _without_names(topics, query)
        if bare != query:
            ev = _evidence(topics, bare)
            if ev.anchored or max(ev.scores) >= 2 * _MIN_SCORE:
                best = _decide(topics, bare, t2s, ev)
        # 二维马有什么用: a word typed with a character of the same sound; not a place's name alone (昆明)
        heard = _heard(topics, query) if best is None and sum(map(_is_han, bare)) >= 2 else query
        # not a repair that takes another document's name away (签证 heard as 钱证: 我的签证过期了怎么办)
        if best is None and heard != query and not any(w in query and w not in heard for w in _OTHER_WORDS_ZH):
            ev = _evidence(topics, heard)
            best = _decide(topics, heard, t2s, ev)
    elif ev.scores[best] < 2 * _MIN_SCORE and sum(map(_is_han, query)) >= 4:
        # a weak answer (二位码有什么作用: functions, by 有什么作用 alone) may come from a typo of a
        # stronger topic's word: read it again as heard, and take that when its words say more
        heard = _heard(topics, query, shortest=3)  # not 坚定 as 鉴定, 不发 as 补发: real words too
        # not when a character heard otherwise is one of the found topic's words (要迁吗 is no 要钱吗)
        own = "".join((*topics[best].keywords.get("zh", ()), *topics[best].weak.get("zh", ())))
        if heard != query and not any(
            a != b and a in own and a not in _PARTICLES | _LINKS for a, b in zip(query, heard, strict=False)
        ):
            again = _evidence(topics, heard)
            other = _decide(topics, heard, t2s, again)
            if other is not None and other != best and again.scores[other] > ev.scores[best]:
                best, ev = other, again
    if best is not None and not asked and topics[best].key in _AFTER_HAPPENINGS:
        # what happened to the card told as done, then whether the card still counts or how to go on (my
        # hukou moved after marriage, is the old card still valid; 证件用满十年了，接下来要办什么手续): what happened
        # (a move, which befalls the registration, only before whether the card still counts: 我搬家了，换证
        # 流程是什么 asks the process)
        happened = _happened_first(topics, query, moves=topics[best].key == "transition")
        if happened is not None:
            best, ev = happened, _evidence(topics, query)
    if best is not None and not ev.named and not ev.other and _may_name_another(query):
        # a topic found in a question that names no card may be about another document or service
        # typed by its sound (驾驶正过期了怎么换, 残疾大学生注学金怎么申请): then it asks none of them
        heard = _heard(topics, query, shortest=3, others=True)
        written = any(w in query for w in _OTHER_WORDS_ZH)  # (学生正在放假 … 要带学生证吗: one written as it is)
        if heard != query and not written and _evidence(topics, heard).other:
            return None
    story = best is not None and any(map(_is_han, query))
    for last in [q for q in _last_questions(query) if len(q.rstrip("？?")) < len(query.rstrip("？?"))] if story else ():
        again = _evidence(topics, last)
        other = _decide(topics, last, t2s, again)
        if best is None or other is None or other == best:
            continue
        # a weak topic the story gave (坐车: functions) when the question that ends it says another as
        # strongly, which another document in the story had taken out (……身份证已经补好了，残疾证该怎么补办？)
        weak = ev.scores[best] < 2 * _MIN_SCORE and again.scores[other] >= ev.scores[best]
        # or a topic only the sentences told before the question give (……社区让我们去县残联。…换这个证要不要
        # 交钱？: not where to apply), unless it is what happened to the card (……已经过了有效期，不能用了。
        # ……现在该怎么处理？: expired, whatever the question's own words)
        told = again.scores[best] == 0 and _after_a_sentence(query, last)
        if weak or (told and topics[best].key not in _HAPPENINGS):
            best, ev = other, again
            break
    for last in _last_questions(query) if best is None and _a_story_of_the_card(topics, query) else ():
        # a story, then the question (……到处踢皮球。……，到底该找哪个部门、打什么电话？): the question alone
        ev = _evidence(topics, last)
        best = _decide(topics, last, t2s, ev)
        if best is not None and ev.scores[best] == 0:
            # the question alike only to a topic's examples (残疾证该怎么重新办), after a story whose first clause
            # tells what befell the card (钱包被偷了，身份证和残疾证都在里面。身份证我去补了，…): what befell it
            happened = _befell_first(topics, query)
            best, ev = (happened, _evidence(topics, query)) if happened is not None else (best, ev)
        if best is not None:
            break
    if best is None:
        return None
    if topics[best].key in _NEAR_QUALIFYING and _qualifying(query.lower()):
        return None  # 几级残疾才能办证, 轻度残疾能办吗: who qualifies (not where, nor the number)
    if any(w in query for w in _COMPLAINING) and topics[best].key in ("apply", "process"):
        # where to complain (我要投诉我们街道不给办证，该找哪个部门): whom to contact, not where to apply (the
        # topics are unpacked only here: a question answered by its words unpacks the one it answers)
        contact = next((i for i, t in enumerate(topics) if t.key == "contact" and ev.scores[i] > 0), None)
        best = best if contact is None else contact
    ranked = sorted(range(len(topics)), key=lambda i: (-ev.scores[i], i))
    runner = next((i for i in ranked if i != best), None)
    runner_score = ev.scores[runner] if runner is not None else 0.0
    also = (
        topics[runner]
        if runner is not None and runner_score >= _MIN_SCORE and runner_score >= ev.scores[best] / 2
        else None
    )
    return FaqMatch(topics[best], ev.scores[best], also)


_COMPLAINING = ("投诉", "举报")  # a complaint about the office or its staff
# Who qualifies for a certificate, or from which grade (几级残疾才能办残疾证, 什么样的残疾可以办证, 多少级算残疾,
# 轻度残疾能办吗; what level of disability qualifies): no topic answers it, and the nearest ones (where to apply,
# the number's grade digit, the assessment) would answer something else
_QUALIFYING = (
    r"[几多少哪]级.{0,8}(才能|才可以|才够|可以|能|够|算)(办|领|申|拿|评|残)"
    r"|(够|达到|符合|够得上).{0,4}[几多少哪]级"
    r"|什么(样的?|程度的?)(的)?残疾.{0,6}(能|可以|才能|才可以)(办|领|申)"
    r"|轻度.{0,8}(能|可以)(办|领|申)|(能|可以|会)评(上)?[几多少哪]级"
    r"|(which|what) (disability )?(grade|level) (will|would|can|could|does|do)"
    r"|(level|grade|degree|severe|severity|kind of disabilit|what disabilit).{0,40}(qualif|eligib)"
    r"|(qualif|eligib).{0,30}(level|grade|degree)|who (is eligible|qualifies|can get)"
    # 这种情况能办残疾证吗 (after telling one's condition); 一级和四级有啥区别, 几级是什么意思: what the grades are
    r"|(这种|这样的?|我这种?|我这样的?)(情况|病|残疾|程度|伤)?.{0,4}(能|可以|能不能|可不可以|够不够|够)(办|申请|领)"
    r"|[一二三四1-4]级.{0,4}(和|跟|与|同).{0,4}[一二三四1-4]级.{0,10}(区别|不同|差别|不一样)"
    r"|(几级|等级).{0,6}(什么意思|啥意思|怎么分|怎么划分|怎么定|标准是)"
)


def _qualifying(query: str) -> bool:
    import re

    return re.search(_QUALIFYING, query) is not None


_NEAR_QUALIFYING = frozenset(
    ("apply", "number", "process", "reassessment", "replace")
)  # (手指断了评几级: no card broke)
# the card lost or broken, expired, moved, not activated in time
_HAPPENINGS = frozenset(("replace", "expired", "transfer", "activation"))
# What a question asks after one of those was told (…，请问应如何办理; 已经到期，是不是就作废了): that happening
_AFTER_HAPPENINGS = frozenset(("process", "transition"))


_PAST_EN = frozenset(("lost", "broke", "broken", "stolen", "torn", "ran", "gone"))


def _happened_first(topics: Sequence[FaqEntry], query: str, moves: bool = True) -> int | None:
    """The topic of what happened to the card (`_HAPPENINGS`), when the first clause of `query` tells
    it as done (了, 已; a past tense) and a clause follows; else None."""
    clauses = [c for c in query.translate(_PARTS_BREAK).split("\n") if c.strip()]
    if len(clauses) < 2:
        return None
    told = clauses[0]
    if not _told_done(told):
        return None
    # the clause alone need not explain itself (after marriage): one topic's words, clearly ahead, about
    # the card (孩子丢了, 我的腿断了, 体检报告过期了 befall no card); a move is the household registration's
    ev = _evidence(topics, told)
    scores = ev.scores
    top, second = sorted(range(len(topics)), key=lambda i: -scores[i])[:2]
    clear = scores[top] >= _MIN_SCORE and scores[top] - scores[second] >= _LEAD
    of_card = (ev.anchored and not any(w in told for w in _NOT_THE_CARD)) or (moves and topics[top].key == "transfer")
    return top if clear and of_card and topics[top].key in _HAPPENINGS else None


def _befell_first(topics: Sequence[FaqEntry], query: str) -> int | None:
    """The topic of what befell the card (`_HAPPENINGS`), told as done in the story's first sentence, the
    card named in it (钱包被偷了，身份证和残疾证都在里面。…), one topic's words clearly ahead; else None."""
    import re

    first = re.split("[。！？!?]", query, maxsplit=1)[0]
    if first == query or not _told_done(first):
        return None
    ev = _evidence(topics, first)
    top, second = sorted(range(len(topics)), key=lambda i: -ev.scores[i])[:2]
    clear = ev.scores[top] >= _MIN_SCORE and ev.scores[top] - ev.scores[second] >= _LEAD
    of_card = ev.anchored and not any(w in first for w in _NOT_THE_CARD)
    return top if clear and of_card and topics[top].key in _HAPPENINGS else None


# Papers of the assessment, which expire or are lost on their own (评残报告过期了, 体检结果丢了)
_NOT_THE_CARD = ("报告", "结论", "鉴定书", "体检", "证明", "结果")


def _told_done(text: str) -> bool:
    """Whether `text` tells something as done: 了 or 已, or an English past tense (moved, lost)."""
    words = text.lower().replace(",", " ").split()
    return "了" in text or "已" in text or any((w.endswith("ed") and len(w) > 4) or w in _PAST_EN for w in words)


def _a_story_of_the_card(topics: Sequence[FaqEntry], query: str) -> bool:
    """Whether a story's last question may be read alone: always in Chinese; in English only when the
    story names the card and not another document (not My cat is missing. Who should I call?, nor My
    passport expired. How do I renew it?: English full stops end every story's sentences)."""
    if any(map(_is_han, query)):
        return True
    whole = _evidence(topics, query)
    return whole.anchored and not (whole.other and not whole.plainly)


# A clause that says the asker knows something already (激活我知道，…; 不问流程，就问…) is not what
# they ask: its topic words are left out, when what is left still says something.
_KNOWN = (
    *("我知道", "已经知道", "都知道", "也知道", "早就知道", "大概知道", "查到了", "不问", "不是问", "我懂", "看明白了"),
    *("讲过了", "说过了", "都清楚了", "我清楚", "都准备好了", "已经弄好了", "已经办好了"),
    *("问清楚了", "弄清楚了", "搞清楚了", "打听清楚了", "都准备齐了"),
    "报道过",
    *("i know", "i already know", "not asking about", "i understand"),
)
# ... or a clause that ends glad of what is settled (不要钱就好，那换证要几步)
_SETTLED = ("就好", "挺好", "那就好", "就行了", "就放心了", "没问题", "就不急", "不着急")
# Words that point back: a set-aside clause of nothing else sets aside the clause before it (…，先不管这个，…)
_POINTERS = ("这个", "这些", "那个", "那些", "这事", "那事")
# A clause of nothing but assent sets aside the one before it too (the card is free, fine, but…; 不要钱，行，那…)
_ASSENT = frozenset(("fine", "ok", "okay", "alright", "all right", "good", "great", "got it", "好的", "行", "知道了"))
_CLAUSE_MARKS = "，,。；;！!？?\n"
_CLAUSE_BREAKS = {ord(mark): "\n" for mark in _CLAUSE_MARKS + " \t"}  # 残疾人可以申请低保吗 我爸有残疾证


# Words that say what the question is after a story (……现在想问的是残疾人证该怎么挂失补办？): what follows
# the last of them is asked first, and the whole text only when that part names no topic.
_ASKING = (
    *("想问的是", "想问一下", "想问一句", "问一句", "想问下", "我想问", "就想问", "只想问", "主要想问", "想问问"),
    *("我问的是", "剩下就一个问题", "就一个问题"),
    *("请问", "问一下", "问问", "问下", "就想知道", "只想知道", "想知道", "就是不清楚", "只是不清楚"),
    *("i want to know", "i'd like to know", "i would like to know", "my question is", "what i want to know is"),
)
_BY_THE_WAY = ("顺便", "另外", "还想")  # 顺便问一下: a second question, not the one asked


_FRAMES = ("when ", "while ", "during ")  # an English clause that sets the scene
_YES_NO = ("will i ", "do i ", "does it ", "is it ", "can i ", "should i ", "must i ", "do we ", "will it ")
_ASKING_WHEN = ("when will", "when can", "when do", "when does", "when is", "when are", "when should")
_EXCHANGING = ("swap", "switch", "exchang", "chang", "getting the new", "get the new")


def _cost_asked(lower: str) -> str:
    """The fee asked in an English yes-or-no or how-much question about doing something (Does replacing a
    lost card cost anything? How much does it cost to replace it? Is replacing it free? Do I have to pay
    to swap it?), as the words "does it cost" or "is it free"; else "". What is done is only the matter
    the fee is asked of."""
    words = lower.rstrip("?.! ").split()
    if words[:1] in (["does"], ["do"], ["will"], ["would"]) and "cost" in words[-3:]:
        return "does it cost"
    # Do I have to pay anything to swap my card? Must I pay for the photos? (not Do I have to pay the bus fare?)
    paid = words.index("pay") + 1 if "pay" in words[2:5] else 0
    matter = any(w in _CARD_MATTERS_EN or w == "anything" for w in words[paid:]) if paid else False
    if words[:1] in (["do"], ["will"], ["would"], ["must"], ["should"]) and matter:
        return "does it cost"
    if words[:2] == ["how", "much"] and "cost" in words[:5]:
        return "does it cost"
    done = any(w in _CARD_MATTERS_EN for w in words[1:-1])  # (not Is the bus free?, Is the parking free?)
    if words[:1] in (["is"], ["are"]) and words[-1:] == ["free"] and done:
        return "is it free"
    return ""


_CARD_MATTERS_EN = frozenset(
    (
        *("it", "card", "certificate", "exchange", "replacement", "assessment", "photo", "photos"),
        *("replacing", "exchanging", "getting", "applying", "swapping", "renewing", "reissuing", "switching"),
    )
)


_FOR_WHAT = ("to", "for", "when", "if")  # what a thing asked about is for (a fee to exchange …)


# Words that say which of several questions matters most (……，但主要想问：X; 第二个是我主要想问的): see _mainly.
_MAINLY = (
    *("主要想问的是", "主要想问", "主要问的是", "主要问", "主要想知道", "主要想了解", "主要担心", "主要关心"),
    *("最想问", "最想知道", "最关心的是", "最关心", "最担心", "更想了解", "更想知道", "重点是", "主要是"),
    *("my main question is", "mainly want to know", "mainly i want to know", "mainly asking", "most of all"),
)
_FORMER = ("第一个", "前一个", "前面这个", "前面那个", "前者", "一是", "头一个", "the first")
_THIS = ("这个", "呢个", "那个", "这点", "这一点", "这个问题", "this one")  # what matters most is "this", just before
_LATTER = ("第二个", "后一个", "后面这个", "后面那个", "后者", "二是", "the second")
_PARTS_BREAK = {ord(mark): "\n" for mark in "，,。；;？?！!：:—"}


def _mainly(query: str) -> str:
    """The question a text says matters most, or "": what follows the last words that say so
    (……，但主要想问：X; 重点是钱的问题), or the first or the last of the questions before them when they
    point back (第二个是我主要想问的, 主要问前面这个, 后者是我主要担心的)."""
    lower = query.lower()
    at, _, word = max((lower.rfind(w), len(w), w) for w in _MAINLY)  # the last; of those there, the longest
    if at < 0:
        return ""
    rest = query[at + len(word) :].lstrip("，,：: 的是")
    clause_start = max(query.rfind(m, 0, at) for m in "，,。；;？?！!：:—")
    said = lower[clause_start + 1 : at] + lower[at : at + len(word) + 8]
    pointed = "former" if any(w in said for w in _FORMER) else "latter" if any(w in said for w in _LATTER) else ""
    this = not pointed and said.lstrip().startswith(("这是", "这个是", "这才是", "这就是", "this is"))
    pointer = next((w for w in _THIS if rest.startswith(w)), "")
    this = this or (
        not pointed and bool(pointer) and not rest[len(pointer) : len(pointer) + 1].isalnum()
    )  # 主要问这个，
    if this:
        pointed = "latter"  # ……想问能不能在北京办新证——这是我主要想问的: the question right before
    if not pointed:
        return rest if sum(map(str.isalnum, rest.rstrip("。.！!？?"))) >= 2 else ""
    parts = [p for p in query[: clause_start + 1].translate(_PARTS_BREAK).split("\n") if sum(map(str.isalnum, p)) >= 4]
    parts = [p for p in parts if not p.rstrip().endswith(("问题", "事", "个问题", "questions"))]  # 两个问题：
    if len(parts) < (1 if this else 2):
        return ""
    return parts[0] if pointed == "former" else parts[-1]


def _asked(query: str) -> str:
    """The part of a question that says what is asked, or "" (the whole is): what follows the last
    words that say so (……想问的是 X), or what stands before a second question (X？另外顺便问一下 Y;
    X？Y？)."""
    at = -1
    lower = query.lower()  # (the English words: I want to know whether …)
    for word in _ASKING:
        start = (lower if word.isascii() else query).rfind(word)
        if start < 0:
            continue
        way = next((w for w in _BY_THE_WAY if query[:start].endswith(w)), "")
        if way:
            first = query[: start - len(way)].rstrip("，,。；;？?！! ")
            return first if sum(map(str.isalnum, first)) >= 4 else ""
        at = max(at, start + len(word))
    rest = query[at:].lstrip("，,：:、 ") if at > 0 else ""
    if sum(map(str.isalnum, rest)) >= 4:
        return rest
    # a condition, then the question (换三代证要重新评残的话，整个流程是怎样的): what follows the condition
    at = max(query.rfind("的话，"), query.rfind("的话,"))
    rest = query[at + 3 :] if at > 0 else ""
    if _question(rest) and sum(map(str.isalnum, rest)) >= 5:
        return rest
    # what is known, then the question it leads to (新证有效期十年，那中间每年还需要激活吗): the last clause
    # opened by 那 (那么), when it asks
    at = max(query.rfind("，那"), query.rfind(",那"))
    rest = query[at + 1 :].removeprefix("那么").removeprefix("那") if at > 0 else ""
    if _question(rest) and sum(map(str.isalnum, rest)) >= 5 and not rest.startswith(("边", "里", "个", "些", "张")):
        return rest
    # "When I swap my old certificate for the new card, will I have to …?": the frame is the exchange
    # every question is about; the yes-or-no question after it is what is asked
    lower = query.lower()
    comma = lower.find(",")
    scene = lower[:comma]
    if (
        comma > 0
        and scene.startswith(_FRAMES)
        and not scene.startswith(_ASKING_WHEN)  # When will the card be issued, …: a question itself
        and any(word in scene for word in _EXCHANGING)  # the scene is the exchange, not a topic of its own
        and lower[comma + 1 :].lstrip().startswith(_YES_NO)
    ):
        return query[comma + 1 :].strip()
    # "Does replacing a lost card cost anything?": the fee is asked, the replacing is its matter
    cost = _cost_asked(lower)
    if cost:
        return cost
    # "Is there a fee to exchange my old certificate?": whether there is a thing is asked, and what it is
    # for (the exchange, the old card) is only the matter it is asked of
    words = query.split()
    if [w.lower() for w in words[:2]] in (["is", "there"], ["are", "there"]) and words[2:3] in (["a"], ["an"], ["any"]):
        for_what = next((k for k, w in enumerate(words[4:6], 4) if w.lower() in _FOR_WHAT), 0)
        if for_what:
            return " ".join(words[:for_what])
    # two questions in a row (要收费吗？需要带什么？): the first is the one asked, the second goes with it
    mark = min((i for i in (query.find("？"), query.find("?")) if i >= 0), default=-1)
    first, second = query[:mark], query[mark + 1 :]
    if mark > 0 and sum(map(str.isalnum, first)) >= 4 and sum(map(str.isalnum, second)) >= 4:
        return first
    # or with a comma between them (换证收不收费，还有多久能拿到), when the first part ends as a
    # question does and the second is one too
    mark = min((i for i in (query.find("，"), query.find(",")) if i >= 0), default=-1)
    first, second = query[:mark], query[mark + 1 :]
    if mark > 0 and _ends_asking(first) and (_question(second) or _told(second)):
        return first
    # a story, then the question in its last clause as "A or not A" (……，到底换三代证收不收钱): that clause
    asking = query.rstrip("？?！! ")
    cut = max(asking.rfind(m) for m in "，,。；; ")
    # (or after 但是 with no mark: ……开始换新证了但是我还没去换那现在这个老的还算数不算数啊)
    cut = max([cut, *(at + len(w) - 1 for w in _BUT if (at := asking.rfind(w)) > 0)])
    last = query[cut + 1 :] if cut > 0 else ""
    earlier = query[:cut].translate(_CLAUSE_BREAKS).split("\n")
    if _a_or_not_a(last) and sum(map(str.isalnum, last)) >= 4 and not any(map(_ends_asking, earlier)):
        return last
    return _without_situation(query)


# How people tell whether the exchange has started where they are (我们这边还没开始换, 已经开始换三代证了):
# the asker's situation, which another clause's question comes after.
_SITUATION = ("开始换", "开始办", "没开始", "在换了", "还没换", "已经换", "开始发", "没有换")


def _without_situation(query: str) -> str:
    """The clauses of `query` that are not the asker's situation (二代残疾证现在还认不认 我们这边还没开始换:
    the old card is asked, not when the exchange starts), when one clause tells whether the exchange
    has started, asking nothing, and another asks; else ""."""
    if not any(word in query for word in _SITUATION):
        return ""
    import re

    clauses = re.findall(r"[^，,。；;！!？?\s]+[？?]?", query)

    def asks(clause: str) -> bool:
        bare = clause.rstrip("？? ").rstrip(_PARTICLE_ENDS)
        return (
            clause.endswith(("？", "?"))
            or _question(clause)
            or _a_or_not_a(clause)
            or any(word in clause for word in _ASKING_TIME)
            or (len(bare) >= 3 and bare.endswith(("不", "没", "没有")))
        )

    stated = [c for c in clauses if any(word in c for word in _SITUATION) and not asks(c)]
    rest = [c for c in clauses if c not in stated]
    if stated and any(map(asks, rest)) and sum(len(c) for c in rest) >= 4:
        return "，".join(rest)
    return ""


_BUT = ("但是", "可是", "不过")


def _a_or_not_a(clause: str) -> bool:
    """Whether a clause asks "A or not A" (收不收费, 要不要钱, 需不需要)."""
    return any(
        clause[k] in "不没"
        and (clause[k - 1] == clause[k + 1] or (k >= 2 and clause[k - 2 : k] == clause[k + 1 : k + 3]))
        for k in range(1, len(clause) - 1)
    )  # (算数不算数, 可以不可以: two characters)


def _after_a_sentence(query: str, last: str) -> bool:
    """Whether `last`, a question that ends `query`, follows a sentence that ends before it (。！；)."""
    cut = query.rfind(last.rstrip("？?"))
    return cut > 0 and query[:cut].rstrip().endswith(("。", "！", "!", "；", ";"))


def _last_questions(query: str) -> list[str]:
    """The questions that end a story, read alone: the last sentence (what follows the last 。 or !),
    up to its first question mark when it asks two (……是真的吗？要去哪家医院？), then that question's last
    clause; only when the story before it asks nothing, and each part says enough (four letters or
    characters)."""
    folded = query.rstrip()
    tail = folded[max(folded.rfind(mark) for mark in "，,") + 1 :]
    asks = any(word in tail for word in _ASKING_WORDS) and any(word in tail for word in ("证", "卡"))
    if asks and not folded.endswith(("？", "?", "。", "！", "!")):
        folded += "？"  # 我在农村，残疾证怎么换: the last clause asks about the card, its mark left out
    if not folded.endswith(("？", "?")):
        # a message typed without marks (voice input: clauses parted by spaces, ending 吗 or 呢) ends
        # the same way: its last clause after a space is its question
        bare = folded.rstrip(_PARTICLE_ENDS)
        if not (" " in folded and bare.endswith(("吗", "呢", "么")) and not any(m in folded for m in "。！!；;？?")):
            return []
        folded = folded[: folded.rfind(" ")] + "。" + folded[folded.rfind(" ") + 1 :] + "？"
    cut = max(folded.rfind(end) for end in ("。", "！", "!", "；", ";", "\n", ". "))  # (". ": English prose)
    # (one sentence: its last clause alone only where it asks about the card, 我在农村，残疾证怎么换)
    story, last = (folded[: cut + 1], folded[cut + 1 :].strip()) if cut >= 0 else ("", folded.strip() if asks else "")
    if "？" in story or "?" in story:
        return []
    marks = [i for i in (last.find("？"), last.find("?")) if i >= 0]
    first = last[: min(marks) + 1] if marks else last
    comma = max(first.rfind(mark) for mark in "，,")
    clause = first[comma + 1 :].strip() if comma >= 0 else ""
    return [part for part in dict.fromkeys((first, clause)) if sum(map(str.isalnum, part)) >= 4]


_ASKING_WORDS = ("怎么", "咋", "如何", "吗", "呢", "哪", "什么", "啥", "多少", "多久")  # in a clause that asks
# How a clause that asks ends (…要钱吗, …要多久, …收不收费, 去哪办); a clause that reports what
# someone asked or said (我老公问多少钱, 邻居说…) is context, not the question.
_ASKING_ENDS = (
    *("吗", "呢", "么", "多久", "多少", "多少钱", "什么", "啥", "怎么办", "咋办", "哪里", "哪儿", "几天"),
    *("有什么用", "有啥用", "多少位", "几位"),
)
_ASKING_TIME = ("什么时候", "啥时候", "几时")  # 三代证什么时候能换啊: a question wherever it stands
_REPORTED = ("问我", "问他", "问她", "问多少", "问什么", "听说", "说过", "说是", "他说", "她说", "人说", "们说")
_PARTICLE_ENDS = "啊呀吧嘛哈哦噢"


def _ends_asking(clause: str) -> bool:
    text = clause.rstrip(" ?？").rstrip(_PARTICLE_ENDS)
    if sum(map(str.isalnum, text)) < 4 or any(word in text for word in _REPORTED):
        return False
    if text.endswith(_ASKING_ENDS) or any(word in text for word in _ASKING_TIME):
        return True
    # A不A / A没A in the clause's last few characters (收不收费, 要不要年审)
    return any(text[k] in "不没" and text[k - 1] == text[k + 1] for k in range(max(1, len(text) - 5), len(text) - 1))


# Words that make a clause a question (换证要钱吗, 要多久, 去哪办, 收不收费, 卡套在哪里买).
# Not 几 or 哪 alone (这几年, 塞哪儿去了 are no questions), nor 是不是 (mostly rhetorical).
_QUESTION_WORDS = (
    *("吗", "呢", "么", "多久", "多少", "什么", "怎么", "怎样", "能不能", "要不要", "在哪", "去哪"),
    *("有没有", "可不可以", "会不会", "行不行", "用不用", "收不收", "咋"),
)


def _told(clause: str) -> bool:
    """A clause that reports what someone said, asking nothing (我们这边有人说要收50)."""
    said = any(word in clause for word in ("说", "听说", "告诉"))
    return said and not _question(clause) and not clause.rstrip(" ?？").endswith(("吗", "呢", "不", "么", "没"))


def _question(clause: str) -> bool:
    if sum(map(str.isalnum, clause)) < 4:
        return False
    # 啥 asks but in 没啥 (没啥用: nothing much)
    return any(word in clause for word in _QUESTION_WORDS) or ("啥" in clause and "没啥" not in clause)


_CARD_WORDS = ("残疾证", "残疾人证", "三代证", "新证", "证", "卡")


def _undescribed(query: str) -> str:
    """`query` without words that only describe the card (带银行功能的残疾证丢了: the card is lost, the
    question is not about its bank function; so too a clause of its own, 三代证带银行功能，丢了…)."""
    at = query.find("功能的")
    start = max(query.rfind("带", max(0, at - 8), at), query.rfind("有", max(0, at - 8), at)) if at > 0 else -1
    if start >= 0 and query.startswith(_CARD_WORDS, at + 3):
        return query[:start] + query[at + 3 :]
    at = max(query.find("功能，"), query.find("功能,"))
    start = max(query.rfind("带", max(0, at - 8), at), query.rfind("有", max(0, at - 8), at)) if at > 0 else -1
    if start > 0 and query[:start].endswith(_CARD_WORDS) and query[at + 3 :].strip():
        return query[:start] + query[at + 2 :]
    return _undescribed_en(query)


# How English describes the card by a function before saying what happened to it (my card with the
# bank function was stolen), and the words of what happened that make the function only a description.
_WITH_FUNCTION = (" with the ", " with a ", " with its ", " with ", " that has the ", " that has a ", " which has the ")
_HAPPENED_EN = ("lost", "lose", "stolen", "broken", "broke", "damaged", "missing", "cracked", "snapped")


def _undescribed_en(query: str) -> str:
    """`query` without an English description of the card by one of its functions, when the card was
    lost or damaged (lost card with bank function, how to report: the loss is asked)."""
    lower = query.lower()
    if "function" not in lower or not any(word in lower for word in _HAPPENED_EN):
        return query
    for lead in _WITH_FUNCTION:
        at = lower.find(lead)
        end = lower.find(" function", at + 1) if at >= 0 else -1
        if at >= 0 and 0 < end - at - len(lead) <= 12:  # (one or two words: bank, bus, bank card)
            end += len(" function") + lower.startswith("s", end + len(" function"))
            return query[:at] + query[end:]
    return query


def _without_aside(query: str) -> str:
    """`query` without what it sets aside: 除了 up to 还 or the clause's end (除了证明身份，还有什么用途:
    not a question about proving who one is), when enough is left to ask something."""
    at = query.find("除了")
    if at < 0:
        return query
    ends = [k for k in (query.find("还", at), *(query.find(m, at) for m in _CLAUSE_MARKS)) if k > at]
    rest = query[:at] + query[min(ends) :] if ends else query[:at]
    return rest if sum(map(str.isalnum, rest)) >= 4 else query


# A clause that says what is not asked, before the one that says what is (不是丢了也不是坏了，就是十年到了):
# the first words of each.
_DENIED = ("不是", "也不是", "并不是", "倒不是")
_INSTEAD = ("就是", "而是", "只是", "是", "我是想问", "是想问", "但是")


def _without_denied(query: str) -> str:
    """`query` without the clauses that say what is not asked, when a later clause says what is
    (不是丢了也不是坏了，就是十年到了，要怎么换; not 是不是要钱, whose 不是 opens no clause)."""
    clauses = query.translate(_CLAUSE_BREAKS).split("\n")
    denied = [k for k, c in enumerate(clauses) if c.lower().startswith(_DENIED)]
    if not denied:
        return query
    last = denied[-1]
    if not any(c.lower().startswith(_INSTEAD) and not c.startswith("是不是") for c in clauses[last + 1 :]):
        return query
    rest = "，".join(c for k, c in enumerate(clauses) if k not in denied and c)
    return rest if sum(map(str.isalnum, rest)) >= 4 else query


def _set_aside(clause: str) -> bool:
    """A clause that sets its matter aside or says it is settled: ending 先不管 (…先不管这个) or opening 先不说
    (要不要重新评残先不管; 先不说钱的事; not 我一直先不管激活, told of the past), or ending glad of it (不要钱就好)."""
    bare = clause.strip(_CLAUSE_MARKS + " ")
    if "一直" in bare:
        return False  # 激活我一直先不管: put off all along, told of the past
    return (
        bare.endswith(("先不管", "先不管这个", "先不管那个", *_SETTLED))
        or bare.startswith(("先不说", "先不管"))
        or bare.lower() in _ASSENT
    )


def _but_opens_clause(query: str) -> str:
    """English `but` mid-sentence as a clause's start: a comma put before it."""
    lowered, start = query.lower(), 0
    out: list[str] = []
    while (at := lowered.find(" but ", start + 1 if out else start)) >= 0:
        out += [query[start:at].rstrip(","), ","]
        start = at
    return "".join(out) + query[start:] if out else query


def _without_known(query: str) -> str:
    query = _but_opens_clause(query)  # (i know it has a qr code but how long…: a clause of its own)
    lowered = query.lower()
    parts = query.translate(_CLAUSE_BREAKS).split("\n")
    if not any(marker in lowered for marker in _KNOWN) and not any(map(_set_aside, parts)):
        return query
    clauses: list[str] = []
    start = 0
    for i, ch in enumerate(query + "\n"):
        if ch in _CLAUSE_MARKS:
            clauses.append(query[start : i + 1])
            start = i + 1
    # (我以为…: a mistake, not known; 材料都准备齐了吗？: asked, not known)
    known = [
        ((any(marker in c.lower() for marker in _KNOWN) and "以为" not in c) or _set_aside(c))
        and not c.strip(_CLAUSE_MARKS.replace("？", "").replace("?", "") + " ").endswith(("吗", "？", "?"))
        for c in clauses
    ]
    for k in range(1, len(clauses)):
        # a clause that only points back (有人说要激活，先不管这个，…): the one before it is set aside too
        bare = clauses[k].strip(_CLAUSE_MARKS + " ")
        if known[k] and any(w in clauses[k] for w in _POINTERS) and len(bare) <= 6:
            known[k - 1] = True
        if bare.lower() in _ASSENT:  # (三代证要钱吗？不要。好的，那证号…: all that came before is settled)
            known[:k] = [True] * k
    kept = [c for c, out in zip(clauses, known, strict=True) if not out]
    rest = "".join(kept).strip()
    return rest if len(kept) < len(clauses) and sum(map(str.isalnum, rest)) >= 4 else query


def _decide(topics: Sequence[FaqEntry], query: str, t2s: dict[str, str] | None, ev: _Evidence) -> int | None:
    """The topic the words and the examples choose for `query` (whose evidence is `ev`), or None."""
    if ev.other and not ev.plainly and not _card_number_beside_id(query):
        return None  # about another document (身份证丢了怎么办, 驾驶证到期换证), not the certificate
    ranked = sorted(range(len(topics)), key=lambda i: (-ev.scores[i], i))
    top = ev.scores[ranked[0]]
    second = ev.scores[ranked[1]] if len(ranked) > 1 else 0.0
    best = ranked[0] if _words_decide(ev, top, second) else None
    if best is None or top - second < _NARROW:
        best = _with_examples(topics, query, t2s, ev, best, top - second)
    if best is None and any(_is_han(ch) for ch in query) and _heard(topics, query) == query:
        # 机活 for 激活; not where a word typed by its sound is read again later (评惨 for 评残)
        best = _with_examples(topics, query, t2s, ev, None, 0.0, by_sound=True)
    if best is not None and ev.benefit >= 0 and not _said_first(query, ev.first[best], ev.benefit):
        # A benefit the card opens is what is asked (持残疾证能免购置税吗, 能领多少补贴): no topic is about
        # benefits. Not when the card's own matter is said first (残疾证到期后还能领补贴吗: expired), nor
        # for a benefit a story only tells of (她每周去做康复，……二代证还能用吗？).
        clauses = [c for c in query.translate(_CLAUSE_BREAKS).split("\n") if ev.benefit_name in c]
        if any(_question(c) for c in clauses):
            return None
    return best


def _card_number_beside_id(query: str) -> bool:
    """Whether the card's number is asked about beside the ID card's (证号跟身份证号是一样的吗): 证号 stands
    in the question more often than inside 身份证号."""
    return "身份证号" in query and query.count("证号") > query.count("身份证号")


def _without_names(topics: Sequence[FaqEntry], query: str) -> str:
    """`query` without the names in it that the matcher does not know: Chinese place names from the
    division index, and capitalised words inside an English sentence (I live in Shanghai but my
    hukou is in Anhui). They say nothing about the topic, yet count as words no topic explains."""
    vocab = _vocabulary(topics)
    if any(_is_han(ch) for ch in query):
        others = [word for word in _OTHER_ZH.split() if word in query]
        for name in _place_names(query, vocab):
            if not any(name in word for word in others):  # 合作 (合作市) inside 合作医疗 stays
                query = query.replace(name, " ")
    if not any("A" <= ch <= "Z" for ch in query):
        return query
    kept: list[str] = []
    start = True  # the first word of a sentence is capitalised anyway
    for word in query.split(" "):
        core = word.strip(".,;:!?()\"'")
        capital = not start and core.isascii() and core.isalpha() and core[:1].isupper() and core[1:].islower()
        kept.append("" if capital and _stem(core.lower()) not in vocab.known else word)
        start = not core or word.rstrip()[-1:] in ".!?"
    return " ".join(kept)


_PLACE_LONGEST = 8  # characters: 新疆维吾尔自治区 and shorter; longer names are written shorter in questions


def _place_names(query: str, vocab: _Vocabulary) -> list[str]:
    """The official and short names of places in `query` (深圳, 湖南省), longest first, that are no
    word of the matcher's own; empty when the division index cannot be read."""
    import _sqlite3 as sqlite3  # as places.py: without sqlite3's Python layer

    from cardinfo.paths import places_path

    runs = "".join(ch if _is_han(ch) else " " for ch in query).split()
    words = {
        run[i:j] for run in runs for i in range(len(run)) for j in range(i + 2, min(len(run), i + _PLACE_LONGEST) + 1)
    }
    words = {w for w in words if _key(w) not in vocab.credits and _key(w) not in vocab.neutral}
    if not words:
        return []
    found: set[str] = set()
    try:
        con = sqlite3.connect(f"file:{places_path()}?mode=ro", uri=True)
        try:
            listed = sorted(words)
            for at in range(0, len(listed), 500):
                part = listed[at : at + 500]
                marks = ",".join("?" * len(part))
                sql = f"SELECT DISTINCT key FROM key WHERE kind IN (0, 1) AND key IN ({marks})"
                found.update(key for (key,) in con.execute(sql, part).fetchall())
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return []
    return sorted(found, key=len, reverse=True)


def _with_examples(
    topics: Sequence[FaqEntry],
    query: str,
    t2s: dict[str, str] | None,
    ev: _Evidence,
    best: int | None,
    words_lead: float,
    by_sound: bool = False,
) -> int | None:
    """The topic words' choice (`best`, None if unclear), confirmed, settled or overruled by
    the similarity to the topics' example questions."""
    similar, lead, unseen = _similar_choice(topics, query, t2s, by_sound)
    if similar is None or not ev.alive[similar]:
        return best
    if not ev.anchored and unseen > 1 and not (ev.scores[similar] >= _MIN_SCORE and lead >= _SIM_CLEAR):
        # A question that does not name the card must read wholly like the examples, or like
        # one topic's far more than any other's, in words that topic's own words include.
        return best
    if similar != best and ev.scores[similar] > 0:
        # The examples point to another topic the words also name: take it when the words'
        # choice is unclear or narrow, or when the examples are far clearer.
        if best is None or words_lead < _NARROW or lead >= _SIM_CLEAR:
            return similar
    elif best is None and ev.anchored:
        return similar  # no topic word, but the question names the card and reads like the examples
    return best


# A question typed in toneless pinyin (canjizheng meinian yao jihuo ma) is read as the Chinese the
# FAQ's own words and examples would write for those sounds (残疾证每年要激活吗). Every toneless
# syllable of Mandarin, as the division index's charpy table writes them (a test keeps them equal).
_SYLLABLES = (
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang "
    "cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan "
    "chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de den deng di dian "
    "diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo "
    "fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai "
    "han hang hao he hei hen heng hm hong hou hu hua huai huan huang hui hun huo ji jia jian jiang "
    "jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai "
    "kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu "
    "lo long lou lu luan lun luo lv lve m ma mai man mang mao me mei men meng mi mian miao mie min "
    "ming miu mo mou mu n na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu "
    "nong nou nu nuan nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping "
    "po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng "
    "ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she "
    "shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo "
    "ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang "
    "wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao "
    "ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan "
    "zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou "
    "zu zuan zui zun zuo"
)
_PINYIN_MIN = 3  # syllables: fewer is no question, and English words (he, can, man) are syllables too


def _syllabify(word: str, syllables: frozenset[str]) -> list[str] | None:
    """`word` cut into the fewest pinyin syllables (xian stays xian, not xi an), or None."""
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            head, found = best[start], best[end]
            if head is not None and word[start:end] in syllables and (found is None or len(head) + 1 < len(found)):
                best[end] = [*head, word[start:end]]
    return best[len(word)]


def _pinyin_syllables(query: str, vocab: _Vocabulary) -> list[str] | None:
    """The syllables of a question written wholly in pinyin, or None when it is not (English)."""
    if not query.isascii():
        return None
    words = "".join(ch if ch.isalpha() else " " for ch in query.lower()).split()
    if not words or sum(w in vocab.known for w in words) * 2 >= len(words):
        return None  # mostly English words (the question "can i use it" is not pinyin)
    syllables = frozenset(_SYLLABLES.split())
    found: list[str] = []
    for word in words:
        cut = _syllabify(word, syllables)
        if cut is None:
            return None
        found += cut
    return found if len(found) >= _PINYIN_MIN else None


def _sound_lexicon(topics: Sequence[FaqEntry]) -> dict[tuple[str, ...], str]:
    """The FAQ's Chinese words (and, as one-syllable words, its commonest character for each
    sound) under their pinyin; empty when the pinyin table cannot be read. Built once per set of
    topics, and cached."""

    def build() -> dict[tuple[str, ...], str]:
        from collections import Counter

        words: list[str] = (_STOP_ZH + " " + _ANCHOR_ZH + " " + _NAME_ZH).split()
        text = ""
        for entry in topics:
            for lists in (entry.keywords, entry.weak):
                words += lists.get("zh", ())
            text += entry.question["zh"] + "".join(entry.examples.get("zh", ()))
        words = [_fold(w) for w in words]
        text = _fold(_cantonese(text + "".join(words)))
        pinyin = _char_pinyin(set(text))
        lexicon: dict[tuple[str, ...], str] = {}
        for ch, _ in Counter(ch for ch in text if ch in pinyin).most_common():
            lexicon.setdefault((pinyin[ch],), ch)  # the commonest character for each sound
        for word in sorted(words, key=len):  # the longer word last: 残疾证 over 残疾, on its own sounds
            if len(word) > 1 and all(ch in pinyin for ch in word):
                readings: list[tuple[str, ...]] = [()]
                for ch in word:  # a character read two ways gives its word both (重新: chong xin, 银行: yin hang)
                    sounds = (pinyin[ch], *((OTHER_READINGS[ch],) if ch in OTHER_READINGS else ()))
                    readings = [(*r, sound) for r in readings for sound in sounds]
                for reading in readings:
                    lexicon.setdefault(reading, word)
        return lexicon

    lexicon: dict[tuple[str, ...], str] = _cached("lexicon", topics, build, dict)
    return lexicon


def _from_pinyin(topics: Sequence[FaqEntry], query: str) -> str | None:
    """A pinyin question in the FAQ's Chinese, the longest known word first; None if not pinyin."""
    sounds = _pinyin_syllables(query, _vocabulary(topics))
    if sounds is None:
        return None
    lexicon = _sound_lexicon(topics)
    if not lexicon:
        return None
    longest = max(len(k) for k in lexicon)
    out: list[str] = []
    i = 0
    while i < len(sounds):
        for n in range(min(longest, len(sounds) - i), 0, -1):
            word = lexicon.get(tuple(sounds[i : i + n]))
            if word is not None:
                out.append(word)
                i += n
                break
        else:
            return None  # a sound the FAQ never uses: not a question about it
    return "".join(out)


def _words_decide(ev: _Evidence, top: float, second: float) -> bool:
    """The topic words alone name one topic: enough of them, clearly ahead, explaining enough."""
    whole = ev.content > 0 and ev.explained == ev.content  # every word is a topic word or names the card
    if top < (_MIN_SCORE_WHOLE if whole else _MIN_SCORE) or (top - second < _LEAD and top < second * _LEAD_RATIO):
        return False
    share = ev.explained / ev.content if ev.content else 0.0
    return share >= (_EXPLAINED_ANCHORED if ev.anchored else _EXPLAINED)


def find(topics: Sequence[FaqEntry], question: str, t2s: dict[str, str] | None = None, lang: str = "zh") -> FaqMatch:
    """The topic for a key (`fee`), a word (费用) or a question (换证要钱吗 / is it free?).

    Raises QuestionTooLong (a NotFound) for a question over MAX_QUESTION characters, and NotFound
    whose details list every topic with its question in `lang` when no topic is clearly meant.
    """
    query = strip_controls(question).strip()
    if len(query) > MAX_QUESTION:
        raise QuestionTooLong("faq.too_long", n=len(query), limit=MAX_QUESTION)
    by_key = {e.key: e for e in topics}
    if query.lower() in by_key:
        return FaqMatch(by_key[query.lower()], float("inf"))
    found = match(topics, query, t2s)
    if found is None:
        raise NotFound("faq.none", query=query, details=[f"{e.key}: {e.question[lang]}" for e in topics])
    return found


def vocabulary_chars() -> str:
    """The Chinese characters the matcher's own word lists use (for the traditional-character map)."""
    return "".join(ch for ch in _STOP_ZH + _ANCHOR_ZH + _OTHER_ZH if _is_han(ch))


# Similarity to the questions people ask (each topic's `examples`, question and words): a second
# opinion for the phrasings the word lists miss. A question and a topic share features: pairs of
# adjacent Chinese characters, latin words and word pairs, and, when nothing else answers, the
# pairs in toneless pinyin (机活 sounds like 激活, 残疾正 like 残疾证). Each feature weighs its IDF over
# the topics, so 残疾证, which every topic has, counts little and 激活 much.
_PINYIN_PAIR = 0.6  # a pair that only sounds alike counts this much of one written alike
_UNSEEN = 0.25  # a feature no topic has (a place, a name, chatter) counts this much of a rare one
_SIM_SHARE = 0.3  # share of the question's feature weight the best topic must explain ...
_SIM_EVIDENCE = 6.0  # ... and this much feature weight in all (three or four telling pairs)
_SIM_LEAD = 1.5  # ... leading the runner-up by this factor
_NARROW = 1.5  # the words' lead below which the examples settle a close call
_SIM_CLEAR = 3.0  # the examples' lead at which they overrule the words


class _Similarity(Record):
    topics_of: dict[str, list[int]]  # feature -> the topics that have it
    idf: dict[str, float]
    unseen: float  # the weight of a feature no topic has
    stop: frozenset[str]


def _pairs(toks: list[str], stop: frozenset[str], pinyin: dict[str, str] | None = None) -> set[str]:
    """The features of one question's tokens; with `pinyin`, its sound pairs instead."""
    found: set[str] = set()
    for a, b in pairwise(toks):
        if pinyin is not None:
            if a in pinyin and b in pinyin:
                found.add(f"{pinyin[a]} {pinyin[b]}")
        elif _is_han(a) and _is_han(b):
            found.add(a + b)
        elif not _is_han(a) and not _is_han(b) and not (a in stop and b in stop):
            found.add(f"{a} {b}")
    if pinyin is None:
        found.update(t for t in toks if not _is_han(t) and t not in stop)
    return found


def _index(groups: list[tuple[int, set[str]]], n: int) -> tuple[dict[str, list[int]], dict[str, float]]:
    import math

    topics_of: dict[str, list[int]] = {}
    for i, features in groups:
        for feature in features:
            if not topics_of.get(feature) or topics_of[feature][-1] != i:
                topics_of.setdefault(feature, []).append(i)
    return topics_of, {f: math.log((n + 1) / len(ts)) for f, ts in topics_of.items()}


def _lines(topics: Sequence[FaqEntry], t2s: dict[str, str] | None) -> list[tuple[int, list[str]]]:
    """(topic, tokens) of every example, question and word of every topic."""
    owners: list[int] = []
    texts: list[str] = []
    for i, entry in enumerate(topics):
        for lang in ("zh", "en"):
            for text in (entry.question[lang], *entry.examples.get(lang, ())):
                owners.append(i)
                texts.append(text.replace("\n", " "))
    joined = _cantonese("\n".join(texts))
    if t2s:
        joined = joined.translate({ord(k): v for k, v in t2s.items() if len(k) == 1})
    return list(zip(owners, _split(_fold(joined.translate(_FULL_WIDTH)).lower()), strict=True))


def _t2s_key(t2s: dict[str, str] | None) -> bytes:
    import marshal

    return marshal.dumps(sorted((t2s or {}).items()))


def _similarity(topics: Sequence[FaqEntry], t2s: dict[str, str] | None) -> _Similarity:
    """The features of every topic (built once per set of topics and cached: ~20 ms to build)."""

    def build() -> tuple[dict[str, list[int]], dict[str, float], float, frozenset[str]]:
        import math

        stop = frozenset(tokens(_STOP_EN))
        topics_of, idf = _index([(i, _pairs(toks, stop)) for i, toks in _lines(topics, t2s)], len(topics))
        return topics_of, idf, math.log(len(topics) + 1), stop

    sim: _Similarity = _cached("similarity", topics, build, lambda v: _Similarity(*v), _t2s_key(t2s))
    return sim


def _sound_pairs(
    topics: Sequence[FaqEntry], t2s: dict[str, str] | None
) -> tuple[dict[str, list[int]], dict[str, float], dict[str, str]]:
    """The topics' sound pairs (features of pinyin), their weights and the pinyin of the topics'
    characters (built on first need, and cached)."""

    def build() -> tuple[dict[str, list[int]], dict[str, float], dict[str, str]]:
        lines = _lines(topics, t2s)
        pinyin = _char_pinyin({t for _, line in lines for t in line})
        stop = frozenset(tokens(_STOP_EN))
        return (*_index([(i, _pairs(line, stop, pinyin)) for i, line in lines], len(topics)), pinyin)

    pairs: tuple[dict[str, list[int]], dict[str, float], dict[str, str]] = _cached(
        "soundpairs", topics, build, tuple, _t2s_key(t2s)
    )
    return pairs


_PARTICLES = frozenset("吗呢吧啊呀嘛么的了")  # in many topics' words, and the end of many typos (二维吗)
_LINKS = frozenset("为是")  # in a few topics' words (作为身份证件), and typed for others (二为码)


def _heard(topics: Sequence[FaqEntry], query: str, shortest: int = 2, others: bool = False) -> str:
    """`query` with each piece that sounds like a topic's word of two or more Chinese characters and
    differs from it in one character written as that word (二维马 -> 二维码, 挂是 -> 挂失); the word must
    be the only one of its sound, or all of its sound must count for the same topics (交费, 缴费), and the
    piece no word of the matcher's own (身份证 is no 身分证).
    Pinyin input methods make such typos; the question is read again."""
    vocab = _vocabulary(topics)
    by_sound = _word_sounds(topics, others)  # (or another document's or service's word: 驾驶正 for 驾驶证)
    pinyin = _char_pinyin(set(query))
    if not by_sound or not pinyin:
        return query

    def sound(text: str) -> str | None:
        return " ".join(pinyin[ch] for ch in text) if all(ch in pinyin for ch in text) else None

    sizes = sorted({len(words[0]) for words in by_sound.values() if len(words[0]) >= shortest}, reverse=True)
    out, at = [], 0
    while at < len(query):
        for n in sizes:
            piece = query[at : at + n]
            own = " ".join(piece)  # a word of the matcher's own (身份证 is no typo of 身分证)
            mine = own in vocab.credits or own in vocab.neutral
            heard = by_sound.get(sound(piece) or "", ()) if len(piece) == n and not mine else ()
            credited = {vocab.credits.get(" ".join(word)) for word in heard}
            if len(heard) > 1 and len(credited) == 1 and None not in credited:
                heard = heard[:1]  # words of one sound that say the same (交费, 缴费 for 叫费): any of them
            if len(heard) == 1 and sum(a != b for a, b in zip(piece, heard[0], strict=True)) == 1:
                if _in_everyday_word(query, at, at + n, heard[0]):
                    continue  # 的时候 is no 的士 (taxi) 候: the character changed closes an everyday word
                out.append(heard[0])
                at += n
                break
        else:
            out.append(query[at])
            at += 1
    return "".join(out)


def _in_everyday_word(query: str, start: int, end: int, word: str) -> bool:
    """Whether the one character of `query[start:end]` that `word` would change stands at its edge and
    makes an everyday word with the character beside it (时候 in 的时候, which sounds like 的士): jieba's
    count of that pair, in the division index's lexicon, at least EVERYDAY_PAIR."""
    at = next(k for k, (a, b) in enumerate(zip(query[start:end], word, strict=True)) if a != b)
    pairs = ([query[start - 1 : start + 1]] if at == 0 and start > 0 else []) + (
        [query[end - 1 : end + 1]] if at == end - start - 1 and end < len(query) else []
    )
    return any(count >= EVERYDAY_PAIR for count in _lexicon_counts(pairs).values())


EVERYDAY_PAIR = 1000  # (a place's name counts at least 100 in the lexicon: 新平)


def _lexicon_counts(words: list[str]) -> dict[str, int]:
    """jieba's counts of `words` from the division index's lexicon (empty if unreadable)."""
    return _index_lookup("SELECT word, count FROM lexicon WHERE word IN", [w for w in words if all(map(_is_han, w))])


def _may_name_another(query: str) -> bool:
    """Whether three characters of `query` are, but for one, a word of three characters or more for
    another document or service (驾驶正: 驾驶证): cheap, before the characters' sounds are read (the
    division index, which a question need not open)."""
    words = {w for w in _OTHER_WORDS_ZH if len(w) >= 3 and all(map(_is_han, w))}
    gaps = {w[:at] + "?" + w[at + 1 :] for w in words for at in range(len(w))}
    return any(
        query[a : a + n][:at] + "?" + query[a : a + n][at + 1 :] in gaps
        for n in {len(w) for w in words}
        for a in range(len(query) - n + 1)
        for at in range(n)
    )


def _word_sounds(topics: Sequence[FaqEntry], others: bool = False) -> dict[str, tuple[str, ...]]:
    """The topics' words (with `others`, the words for other documents and services: 驾驶证, 助学金)
    of two or more Chinese characters under their sound (toneless pinyin, syllables spaced), cached
    as the vocabulary is: working them out cost a question ~6 ms."""

    def build() -> dict[str, tuple[str, ...]]:
        vocab = _vocabulary(topics)
        keys = [k for k, role in vocab.neutral.items() if role == "other"] if others else vocab.credits
        terms = (key.split(" ") for key in keys)
        words = {"".join(t) for t in terms if len(t) >= 2 and all(_is_han(x) and len(x) == 1 for x in t)}
        pinyin = _char_pinyin(set("".join(words)))
        by_sound: dict[str, set[str]] = {}
        for word in words:
            if all(ch in pinyin for ch in word):
                by_sound.setdefault(" ".join(pinyin[ch] for ch in word), set()).add(word)
        return {key: tuple(sorted(found)) for key, found in by_sound.items()}

    by_sound: dict[str, tuple[str, ...]] = _cached("others" if others else "heard", topics, build, dict)
    return by_sound


def _char_pinyin(chars: set[str]) -> dict[str, str]:
    """Toneless pinyin of these characters from the division index's table (empty if unreadable)."""
    return _index_lookup("SELECT ch, py FROM charpy WHERE ch IN", [ch for ch in chars if _is_han(ch)])


def _index_lookup(select: str, keys: list[str]) -> dict[str, Any]:
    """key -> value for those of `keys` the division index has, by `select` (… WHERE column IN) run on them
    500 at a time; empty when the index cannot be read."""
    import _sqlite3 as sqlite3  # as places.py: without sqlite3's Python layer

    from cardinfo.paths import places_path

    asked = sorted(set(keys))
    table: dict[str, Any] = {}
    if not asked:
        return table
    try:
        con = sqlite3.connect(f"file:{places_path()}?mode=ro", uri=True)
        try:
            for start in range(0, len(asked), 500):
                part = asked[start : start + 500]
                table.update(con.execute(f"{select} ({','.join('?' * len(part))})", part).fetchall())
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return {}
    return table


def _similar(
    topics: Sequence[FaqEntry], query: str, t2s: dict[str, str] | None, by_sound: bool = False
) -> tuple[list[float], float, float]:
    """Each topic's weight of the question's features, the weight of all its features that some
    topic has, and the weight of those no topic has. `by_sound` adds the pinyin pairs."""
    sim = _similarity(topics, t2s)
    toks = tokens(query)
    scores = [0.0] * len(topics)
    known = unknown = 0.0
    for feature in _pairs(toks, sim.stop):
        if feature in sim.topics_of:
            weight = sim.idf[feature]
            for i in sim.topics_of[feature]:
                scores[i] += weight
            known += weight
        else:
            unknown += sim.unseen
    if by_sound:
        sounds_of, sound_idf, pinyin = _sound_pairs(topics, t2s)
        missing = {t for t in toks if _is_han(t) and t not in pinyin}
        if missing:
            pinyin = {**pinyin, **_char_pinyin(missing)}
        for feature in _pairs(toks, sim.stop, pinyin):
            if feature in sounds_of:
                weight = _PINYIN_PAIR * sound_idf[feature]
                for i in sounds_of[feature]:
                    scores[i] += weight
                known += weight
    return scores, known, unknown


def _similar_choice(
    topics: Sequence[FaqEntry], query: str, t2s: dict[str, str] | None, by_sound: bool = False
) -> tuple[int | None, float, int]:
    """The topic whose examples the question is clearly most like (or None), its lead, and how
    many of the question's features no topic has."""
    scores, known, unknown = _similar(topics, query, t2s, by_sound)
    ranked = sorted(range(len(topics)), key=lambda i: (-scores[i], i))
    top = scores[ranked[0]]
    second = scores[ranked[1]] if len(ranked) > 1 else 0.0
    lead = top / second if second else float("inf")
    unseen = round(unknown / _similarity(topics, t2s).unseen)
    if top < _SIM_EVIDENCE or top < _SIM_SHARE * (known + _UNSEEN * unknown) or lead < _SIM_LEAD:
        return None, lead, unseen
    return ranked[0], lead, unseen
