"""FAQ routing: labelled questions go to their topic; anything else gets no topic, not a guess."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import pytest

from cardinfo.errors import NotFound
from cardinfo.faq import MAX_QUESTION, QuestionTooLong, find, match
from cardinfo.models import Dataset
from tests.helpers import load_yaml

LABELLED: dict[str, list[str]] = load_yaml((Path(__file__).parent / "faq_questions.yaml").read_text(encoding="utf-8"))
CASES = [(topic, q) for topic, questions in LABELLED.items() for q in questions]
MISROUTES = {  # issue 11: each of these got a wrong topic, or none
    "去哪里激活": "activation",
    "在哪里办": "apply",
    "坐公交免费吗": "functions",
    "三代证有什么用": "functions",
    "换证要带什么": "documents",
    "丢了怎么补办": "replace",
}


def routed(dataset: Dataset, question: str) -> str:
    found = match(dataset.faq, question, dataset.faq_t2s)
    return found.entry.key if found else "none"


def test_labelled_set_is_big_and_covers_every_topic(dataset: Dataset) -> None:
    assert len(CASES) >= 120
    assert set(LABELLED) == {e.key for e in dataset.faq} | {"none"}
    assert all(len(LABELLED[e.key]) >= 8 for e in dataset.faq)
    assert len({q for _, q in CASES}) == len(CASES), "a question is labelled twice"


@pytest.mark.slow  # every labelled question
def test_labelled_accuracy(dataset: Dataset) -> None:
    wrong = [(topic, q, routed(dataset, q)) for topic, q in CASES if routed(dataset, q) != topic]
    right = len(CASES) - len(wrong)
    print(f"\nFAQ routing: {right}/{len(CASES)} right ({right / len(CASES):.1%})")
    for topic, q, got in wrong:
        print(f"  {q!r}: expected {topic}, got {got}")
    assert right / len(CASES) >= 0.95
    # A wrong topic is worse than none: most misses must be honest "no topic" answers.
    confident_wrong = [w for w in wrong if w[2] != "none"]
    assert len(confident_wrong) <= len(CASES) // 50, confident_wrong


@pytest.mark.parametrize(("question", "topic"), MISROUTES.items())
def test_issue_11_misroutes_fixed(dataset: Dataset, question: str, topic: str) -> None:
    assert routed(dataset, question) == topic
    assert question in LABELLED[topic]


@pytest.mark.parametrize("question", LABELLED["none"])
def test_off_topic_questions_get_no_topic(dataset: Dataset, question: str) -> None:
    assert match(dataset.faq, question, dataset.faq_t2s) is None
    with pytest.raises(NotFound):
        find(dataset.faq, question, dataset.faq_t2s)


def test_every_topic_by_its_key_and_its_own_question(dataset: Dataset) -> None:
    for e in dataset.faq:
        assert find(dataset.faq, e.key).entry.key == e.key
        assert find(dataset.faq, e.key.upper()).entry.key == e.key
        assert routed(dataset, e.question["zh"]) == e.key, e.question["zh"]
        assert routed(dataset, e.question["en"]) == e.key, e.question["en"]


def _random_cjk(rng: random.Random, n: int) -> str:
    return "".join(chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(n))


def _random_latin(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz     ") for _ in range(n))


@pytest.mark.parametrize("make", [_random_cjk, _random_latin])
def test_100_kb_of_random_text_gets_no_answer(dataset: Dataset, make: Any) -> None:
    text = make(random.Random(11), 100_000)
    assert match(dataset.faq, text, dataset.faq_t2s) is None
    with pytest.raises(QuestionTooLong) as caught:
        find(dataset.faq, text, dataset.faq_t2s)
    assert isinstance(caught.value, NotFound)
    assert caught.value.values == {"n": 100_000, "limit": MAX_QUESTION}


@pytest.mark.slow  # hundreds of generated questions (the 100 KB one above is the fast one)
@pytest.mark.parametrize("make", [_random_cjk, _random_latin])
def test_random_text_within_the_limit_gets_no_answer(dataset: Dataset, make: Any) -> None:
    rng = random.Random(5)
    for size in (4, 12, 40, 150, MAX_QUESTION):
        for _ in range(40):
            assert match(dataset.faq, make(rng, size), dataset.faq_t2s) is None


@pytest.mark.slow  # hundreds of generated questions (the 100 KB one above is the fast one)
def test_shuffled_article_characters_rarely_get_an_answer(dataset: Dataset) -> None:
    """Characters the topics use, in random order: much harder than random text. At most 2%."""
    from tests.helpers import ARTICLE

    rng = random.Random(3)
    han = [ch for ch in ARTICLE if "\u4e00" <= ch <= "\u9fff"]
    samples = ["".join(rng.choice(han) for _ in range(rng.randint(4, 60))) for _ in range(500)]
    answered = sum(match(dataset.faq, s, dataset.faq_t2s) is not None for s in samples)
    assert answered <= 10


def test_too_long_question_on_the_command_line(cli: Any) -> None:
    result = cli("faq", "问" * (MAX_QUESTION + 1))
    assert result.exit_code == 1 and result.stdout == ""
    assert str(MAX_QUESTION) in result.stderr and "太长" in result.stderr
    english = cli("--lang", "en", "faq", "x" * (MAX_QUESTION + 1))
    assert english.exit_code == 1 and "too long" in english.stderr


def test_match_never_raises_on_odd_text(dataset: Dataset) -> None:
    odd = ["", "   ", "\x00\x1b[31m", "？？？", "🙂🙂", "ＱＲ", "a" * 10_000, "证" * MAX_QUESTION, "不不不不", "没没"]
    for text in odd:
        found = match(dataset.faq, text, dataset.faq_t2s)
        assert found is None or found.entry in dataset.faq
    assert match((), "换证要钱吗") is None


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("我在昆明，三代证要钱吗", "fee"),
        ("昆明市官渡区的三代证去哪里办", "apply"),
        ("我是云南省昆明市官渡区关上街道的，三代证丢了怎么补办", "replace"),
        ("天津河东区三代证什么时候开始换", "rollout"),
        ("Kunming: is the card free?", "fee"),
        ("Guandu District, Kunming: where do I apply?", "apply"),
    ],
)
def test_sentences_that_also_name_a_place(dataset: Dataset, sentence: str, topic: str) -> None:
    """What `cardinfo ask` passes: the place takes no topic's words, and the topic still answers."""
    assert routed(dataset, sentence) == topic


@pytest.mark.parametrize("place", ["昆明", "盘龙区", "Harbin", "云南省昆明市", "530102", "我在昆明"])
def test_a_place_alone_is_no_question(dataset: Dataset, place: str) -> None:
    assert match(dataset.faq, place, dataset.faq_t2s) is None


def test_forms_that_fold_together(dataset: Dataset) -> None:
    # yes-no questions "A不A", synonyms, full-width letters, traditional characters, typos
    for question, topic in [
        ("收不收费", "fee"),
        ("换证要不要钱", "fee"),
        ("二代证能不能用", "transition"),
        ("在什么地方办", "apply"),
        ("ＱＲ码", "qrcode"),
        ("補辦殘疾證", "replace"),
        ("activaton", "activation"),
        ("replacment card", "replace"),
    ]:
        assert routed(dataset, question) == topic, question


def test_examples_are_not_graded_on(dataset: Dataset) -> None:
    """The topics' example questions are data the matcher learns from, never the labelled ones."""
    examples = {q for e in dataset.faq for questions in e.examples.values() for q in questions}
    assert all(len(e.examples.get("zh", ())) >= 8 and len(e.examples.get("en", ())) >= 4 for e in dataset.faq)
    assert not examples & {q for _, q in CASES}


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("换证使唔使俾钱", "fee"),  # Cantonese: 使唔使 (need or not), 俾钱 (pay)
        ("三代證喺邊度激活", "activation"),  # 喺邊度: where
        ("殘疾證幾耐過期", "validity"),  # 幾耐: how long
        ("迁户口后残疾证咋办", "transfer"),
        ("残疾证多久机活", "activation"),  # 机活 sounds like 激活
        ("三代证有笑期多久", "validity"),  # 有笑期 sounds like 有效期
        ("how many years does the new card last", "validity"),
        ("我搬咗户口去广州，张残疾证点算", "transfer"),  # 搬咗户口: moved the hukou
        ("残疾证上的二维码有什么作用", "qrcode"),  # what the QR code is for, not what the card does
        ("new card need check my level again?", "reassessment"),
    ],
)
def test_cantonese_and_sound_alike_words(dataset: Dataset, question: str, topic: str) -> None:
    assert routed(dataset, question) == topic


@pytest.mark.parametrize(
    "question",
    [
        "低保能和残疾证一起办吗",
        "社保卡能坐公交吗",
        "passport renewal fee",
        "天气预报",
        "how to apply low income benefit",
        "健康码过期了怎么办",  # another code, not the certificate's QR code
        "出国旅游办签证要多久",
        "我的签证过期了怎么办",  # not heard as 钱证: a repair may not take another document's name away
    ],
)
def test_other_benefits_and_cards_get_no_topic(dataset: Dataset, question: str) -> None:
    assert match(dataset.faq, question, dataset.faq_t2s) is None


def test_sound_alike_words_without_the_division_index(dataset: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    """No pinyin table to read: a misspelt question gets no topic, and nothing raises."""
    from cardinfo import faq, paths

    monkeypatch.setattr(faq, "_BUILT", {})
    monkeypatch.setattr(faq, "_INPUTS", {})
    monkeypatch.setattr(paths, "places_path", lambda: Path("/nonexistent/places.sqlite"))
    assert match(dataset.faq, "残疾证多久机活", dataset.faq_t2s) is None
    assert routed(dataset, "三代证多久激活一次") == "activation"


def test_a_runner_up_is_named_when_close(dataset: Dataset) -> None:
    found = match(dataset.faq, "评残要钱吗", dataset.faq_t2s)
    assert found is not None and found.entry.key == "fee"
    assert found.also is not None and found.also.key == "reassessment"


@pytest.mark.slow  # an exhaustive sweep: the full suite runs it
def test_matching_cost_grows_linearly(dataset: Dataset) -> None:
    """Ten times the text costs about ten times the work, not a hundred (generous bounds: CI load)."""
    rng = random.Random(1)
    match(dataset.faq, "预热", dataset.faq_t2s)  # the vocabulary is built once

    def cost(size: int) -> float:
        texts = [_random_cjk(rng, size) for _ in range(20)]
        start = time.perf_counter()
        for text in texts:
            match(dataset.faq, text, dataset.faq_t2s)
        return time.perf_counter() - start

    small, large = cost(MAX_QUESTION // 10), cost(MAX_QUESTION)
    assert large < 40 * small
    assert large / 20 < 0.5  # seconds per longest question


DEV: dict[str, list[str]] = load_yaml((Path(__file__).parent / "faq_dev_questions.yaml").read_text(encoding="utf-8"))
DEV_CASES = [(topic, q) for topic, questions in DEV.items() for q in questions]


def test_development_set_is_big_mixed_and_apart(dataset: Dataset) -> None:
    """At least 160 questions over every topic, about half Chinese, about 15% with no topic, and
    none of them a labelled question or a topic's example."""
    assert len(DEV_CASES) >= 160
    assert set(DEV) == {e.key for e in dataset.faq} | {"none"}
    assert all(len(DEV[e.key]) >= 8 for e in dataset.faq)
    assert len(DEV["none"]) >= len(DEV_CASES) * 0.12
    chinese = sum(any("\u3400" <= ch <= "\u9fff" for ch in q) for _, q in DEV_CASES)
    assert 0.4 <= chinese / len(DEV_CASES) <= 0.6
    questions = [q for _, q in DEV_CASES]
    assert len(set(questions)) == len(questions)
    examples = {q for e in dataset.faq for qs in e.examples.values() for q in qs}
    assert not set(questions) & (examples | {q for _, q in CASES})


@pytest.mark.slow  # every question of the development set
def test_development_set_accuracy_and_precision(dataset: Dataset) -> None:
    """Floors the matcher reaches (98.2% right, 4 wrong topics of 381 when set): a regression fails."""
    got = [(topic, q, routed(dataset, q)) for topic, q in DEV_CASES]
    wrong = [g for g in got if g[2] != g[0]]
    print(f"\nFAQ development set: {len(got) - len(wrong)}/{len(got)} right")
    for topic, q, found in wrong:
        print(f"  {q!r}: expected {topic}, got {found}")
    assert (len(got) - len(wrong)) / len(got) >= 0.97
    confident_wrong = [w for w in wrong if w[2] != "none"]
    assert len(confident_wrong) <= len(got) // 80, confident_wrong  # a wrong topic is worse than none
    answered_off_topic = [q for topic, q, found in got if topic == "none" and found != "none"]
    assert len(answered_off_topic) <= len(DEV["none"]) // 15, answered_off_topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("canjizheng meinian yao jihuo ma", "activation"),  # 残疾证每年要激活吗
        ("sandaizheng zai nali ban", "apply"),
        ("Huan San Dai Zheng Yao Qian Ma?", "fee"),
        ("hukou qianzou le, canjizheng zenme ban", "transfer"),
    ],
)
def test_questions_typed_in_pinyin(dataset: Dataset, question: str, topic: str) -> None:
    assert routed(dataset, question) == topic


@pytest.mark.parametrize("question", ["ni hao ma", "wo xiang chi fan", "tianqi zenme yang", "he can hang in there"])
def test_pinyin_chatter_and_english_get_no_pinyin_topic(dataset: Dataset, question: str) -> None:
    assert match(dataset.faq, question, dataset.faq_t2s) is None


def test_the_syllables_are_the_index_own(dataset: Dataset) -> None:
    """The matcher's pinyin syllables are exactly those of the division index's charpy table."""
    import sqlite3

    from cardinfo import faq
    from cardinfo.paths import places_path

    con = sqlite3.connect(f"file:{places_path()}?mode=ro", uri=True)
    try:
        table = {py for (py,) in con.execute("SELECT DISTINCT py FROM charpy")}
    finally:
        con.close()
    assert set(faq._SYLLABLES.split()) == table


def test_pinyin_without_the_division_index(dataset: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    """No pinyin table to read: a pinyin question gets no topic, and nothing raises."""
    from cardinfo import faq, paths

    monkeypatch.setattr(faq, "_BUILT", {})
    monkeypatch.setattr(faq, "_INPUTS", {})
    monkeypatch.setattr(paths, "places_path", lambda: Path("/nonexistent/places.sqlite"))
    assert match(dataset.faq, "canjizheng meinian yao jihuo ma", dataset.faq_t2s) is None


@pytest.mark.parametrize(
    "question",
    [
        "公交卡怎么充值",
        "学生证丢了怎么补",
        "工作证过期了怎么办",
        "残疾人低保一个月多少钱",
        "my ID card is lost",
        "visa fee for China",
        "残疾人停车位怎么申请",  # a benefit asked for (申请), never a document brought along (用, 有)
        "残疾人专用车位在哪里办",
        "残疾人养老保险缴费有补助吗",
        "殘疾人嘅綜援點申請",  # Hong Kong's social security assistance
    ],
)
def test_another_card_or_benefit_gets_no_topic(dataset: Dataset, question: str) -> None:
    assert match(dataset.faq, question, dataset.faq_t2s) is None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("持证可以免费乘公交车吗", "functions"),  # 持证: holding the certificate, not another card
        ("新卡丢了怎么办", "replace"),
        ("lost card, what now", "replace"),  # what happened to the card, not which card
        ("残疾人证和低保能一起办吗", None),
        ("残疾证丢了，低保会受影响吗", "replace"),  # the certificate is named
        ("十年到了证要怎么弄", "expired"),  # 了 before 证 names no other card
        ("丢了怎么补卡", "replace"),  # what is done with the card, not which card
        ("怎么激活卡", "activation"),
        ("什么时候发证", "rollout"),
        ("my grandmother's card fell in the river", "replace"),  # "river" is no misspelt "driver"
        ("我手里是二代的，现在还算数吗", "transition"),  # 还算数: still counts
    ],
)
def test_which_card_a_question_is_about(dataset: Dataset, question: str, topic: str | None) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert (found.entry.key if found else None) == topic


# Blind batches written from the topics' questions and answers only (faqroute2): batch 2 before any
# change was made, batch 3 after the changes and before more tuning. Lists of {q, topic}.
BLIND = {
    name: load_yaml((Path(__file__).parent / f"faq_{name}.yaml").read_text(encoding="utf-8"))
    for name in ("blind2", "blind3")
}


@pytest.mark.parametrize(("name", "size"), [("blind2", 120), ("blind3", 80)])
def test_blind_batches_are_mixed_and_apart(dataset: Dataset, name: str, size: int) -> None:
    """Half Chinese, every topic, about 15% with no topic, and few questions the matcher was given
    (written without looking, the commonest short questions still came out word for word: 9 of
    batch 2's, 1 of batch 3's)."""
    items = BLIND[name]
    assert len(items) == size
    assert {item["topic"] for item in items} == {e.key for e in dataset.faq} | {"none"}
    assert 0.12 <= sum(item["topic"] == "none" for item in items) / size <= 0.2
    chinese = sum(any("\u3400" <= ch <= "\u9fff" for ch in item["q"]) for item in items)
    assert chinese == size // 2
    questions = [item["q"] for item in items]
    assert len(set(questions)) == size
    examples = {q for e in dataset.faq for qs in e.examples.values() for q in qs}
    assert len(set(questions) & (examples | {q for _, q in CASES} | {q for _, q in DEV_CASES})) <= size // 12


@pytest.mark.slow  # every question of a held-out set
@pytest.mark.parametrize(
    ("name", "floor", "most_wrong"),
    [
        ("blind2", 0.975, 1),  # 118/120 and no wrong topic when set; main had 112/120, 3 wrong
        ("blind3", 0.85, 5),  # 69/80 and 5 wrong when set; main had 68/80, 5 wrong
    ],
)
def test_blind_batch_floors(dataset: Dataset, name: str, floor: float, most_wrong: int) -> None:
    got = [(item["topic"], item["q"], routed(dataset, item["q"])) for item in BLIND[name]]
    wrong = [g for g in got if g[2] != g[0]]
    print(f"\nFAQ {name}: {len(got) - len(wrong)}/{len(got)} right")
    for topic, q, found in wrong:
        print(f"  {q!r}: expected {topic}, got {found}")
    assert (len(got) - len(wrong)) / len(got) >= floor
    assert len([w for w in wrong if w[2] != "none"]) <= most_wrong  # a wrong topic is worse than none


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # names of places and people are read past, in either language
        ("我在深圳工作，户口在湖南，能在深圳办吗", "apply"),
        ("I live in Shanghai but my hukou is in Anhui. Can I apply in Shanghai?", "apply"),
        ("人在深圳 证能在深圳办吗", "apply"),  # 深圳 before a space names no card called 深圳证
        ("when is the next train to Shanghai", None),  # a place and one word are no question
        ("how do I apply for a disabled parking permit", None),  # another benefit
        # every kind of vehicle is about what the card does, never about the fee
        ("持證坐巴士要錢嗎", "functions"),
        ("坐火车要钱吗", None),
        ("can i take a taxi free with the card", "functions"),
        # word families, not single phrasings
        ("残疾证被狗咬烂了", "replace"),
        ("my card snapped in half", "replace"),
        ("办下来要多长时间", "process"),
        ("how do I go about getting the 3rd gen card", "process"),  # getting: get
        ("换三代卡需要掏腰包吗", "fee"),
        ("any fees involved", "fee"),
        ("where do i go for the yearly activation", "activation"),
    ],
)
def test_phrasings_beyond_the_word_lists(dataset: Dataset, question: str, topic: str | None) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert (found.entry.key if found else None) == topic


def test_place_names_without_the_division_index(dataset: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    """No index, no place names: the question is read as it is, and nothing raises."""
    from cardinfo import paths

    monkeypatch.setattr(paths, "places_path", lambda: Path("/nonexistent/places.sqlite"))
    assert routed(dataset, "我在深圳工作，户口在湖南，能在深圳办吗") in ("apply", "none")
    assert routed(dataset, "换证要钱吗") == "fee"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # an `avoid` word (到期 for "transition") inside the topic's own longer word does not rule it out
        ("二代证还没到期，拿去景区还认吗", "transition"),
        ("证早就到期了，景区还认吗", "expired"),  # standing alone it still does
        # the 残 of another document's name (伤残人士登记证) does not name this certificate
        ("香港伤残人士登记证在哪申请", "none"),
        ("残疾证在哪申请", "apply"),
        # a wallet is another thing lost, unless the certificate was in it
        ("钱包丢了怎么办", "none"),
        ("钱包丢了，残疾证也在里面，怎么补办", "replace"),
        # a clause saying what the asker knows already is not the question
        ("办理流程和拍照登记我都知道，去的时候身上要备齐哪些东西", "documents"),
        ("有效期多久我已经查到了，就想知道去哪个部门申请", "apply"),
        ("证号我知道是身份证号加两位，那卡上的二维码是干什么的", "qrcode"),
        ("I know the card must be activated every year, but how long is it valid?", "validity"),
        # a generation word before another card's name is that card's (第三代社保卡), not this certificate
        ("第三代社保卡能坐公交吗", "none"),
        ("三代证能坐公交吗", "functions"),
        # 残疾正, 三代政: typed by voice
        ("三代政要带什么材料", "documents"),
        # after a story, what follows 想问的是 (请问, 问一下...) is the question
        ("我们社区有很多老人问能不能坐公交免费，我想问的是残疾证补办需要什么材料", "documents"),
        ("听说坐车景区都免费，这些都不急，请问残疾证到期了去哪换", "expired"),
        ("想问一下", "none"),  # nothing after it: the whole text, which asks nothing
        ("照相登记这些都清楚，就想问一句，整个下来要不要交钱", "fee"),
        # what stands before a second question (另外顺便问一下 ...) is the question
        ("换证要带什么材料？另外顺便问一下大概多久能拿到", "documents"),
        # a wheelchair (another matter's word) in the story, but the certificate named plainly
        ("我坐轮椅，新卡还没做好，这几个月公交还认我的二代证吗", "transition"),
    ],
)
def test_rules_on_what_a_question_is_about(dataset: Dataset, question: str, topic: str) -> None:
    assert routed(dataset, question) == topic


# What a question asks, beside what frames it: found by blind sets R, S, T and two regression hunts.
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # a benefit that describes who asks is beside the question (有低保的换证要钱吗)
        ("有低保的换证要钱吗", "fee"),
        ("有补助的人要激活吗", "activation"),
        # words people use for a topic
        # "being" is a word of its own, not "bring" with a typo (which would rule out transition)
        ("Is my old second-generation card still valid while new cards are being issued?", "transition"),
        ("三代證可以免費搭乘公車嗎", "functions"),  # 公車, 搭乘: Taiwan's and Hong Kong's words for the bus
        ("俺户口挪到城里了，这残疾证咋办", "transfer"),  # 挪: moved
        ("新证号跟我的身份证号前面一样，后面多的两位是什么意思", "number"),  # the ID number is compared with
        # everyday English words are neither typos nor topics
        ("I have never activated my card, is that a problem?", "activation"),  # never is no typo of every
        ("Do I need to sign a contract to get the card?", "none"),  # contract is no typo of contact
        # an assessment at expiry is the expired topic
        ("残疾证期满了要重新评定吗", "expired"),  # renewal at expiry: the expired answer says where it is asked
        ("My certificate expired, do I need a new assessment?", "expired"),
        ("换三代证要重新评残吗", "reassessment"),  # no expiry: the exchange's assessment
        ("二代证还没到期，换三代要重新鉴定吗", "reassessment"),
        # "how do I exchange it" after the situation asks how to deal with the situation
        ("证过期了，要怎么换新证", "expired"),
        ("迁户口了残疾证要怎么换", "transfer"),
        ("二代证要怎么换三代证", "process"),  # no situation: the exchange's steps
        # what 除了 sets aside is not what is asked
        ("第三代残疾人证除了证明身份，还有什么用途？", "functions"),
        ("卡是十年有效的我知道，那这卡除了证明残疾身份还能干嘛？", "functions"),
        ("除了身份证，还要带什么材料", "documents"),
        # the one question after a story
        # a story, then the one question: the question alone is read when the whole says too little
        ("打了好几次电话都没人接，去街道问又说不归他们管。拖了快一个月了，到底该找哪个部门、打什么电话？", "contact"),
        ("我爸腿脚不好，上个月摔了一跤。医保报销要打什么电话？", "none"),  # medical insurance, not the card
        ("二十年前评的肢体四级，现在更严重了。听说换新证可以重新鉴定等级，是真的吗？要去哪家医院？", "reassessment"),
        # what is asked within the exchange every question is about
        ("二代证换成三代证的时候，是不是还得重新做残疾鉴定？", "reassessment"),  # the exchange is the frame
        ("残疾人证的问题应该联系哪个部门？", "contact"),  # whom to contact, not where to apply
        ("三代证是在哪里发的？", "apply"),
        ("card expire, what do now?", "expired"),
        # what the newer rules leave alone
        ("医保局的人让我换新证，要带什么材料", "documents"),  # 医保局: an office, not the benefit asked about
        ("Do I need at least one photo?", "documents"),  # least, small, usual: words, neither typos nor topics
        ("Is there a small fee?", "fee"),
        ("What are the usual documents?", "documents"),
        # an English question after its scene
        # the scene is the exchange every question is about; the yes-or-no question after it is asked
        ("When I swap my old card for the new one, will I have to go through the assessment again?", "reassessment"),
        ("When I move to another city, do I need to transfer my card?", "transfer"),
        ("During the exchange, can I still use my old card?", "transition"),
        ("When the card is expired, can I still get discounts?", "expired"),  # the scene is the question's topic
        ("While my old certificate is still valid, do I have to swap?", "transition"),
    ],
)
def test_what_a_question_asks(dataset: Dataset, question: str, topic: str) -> None:
    assert routed(dataset, question) == topic


def test_a_question_then_what_was_heard_is_the_question(dataset: Dataset) -> None:
    """The clause after the question reports what someone said (我们这边有人说…); its words (我们这边, a
    word of the rollout) outweighed the question itself."""
    assert routed(dataset, "换证用不用花钱啊，我们这边有人说要收50") == "fee"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("我爸的新卡在菜市场被偷了，钱包一起没了，怎么补一张", "replace"),  # the wallet went with it: the card is asked
        ("新卡可唔可以直接拍卡搭巴士", "functions"),
    ],
)
def test_the_new_card_names_the_certificate_beside_other_things(dataset: Dataset, question: str, topic: str) -> None:
    """新卡, 新证: what people call the third-generation card; a wallet or an ID card beside it is no
    other document the question is about."""
    assert routed(dataset, question) == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("三代证和二代证的有效期一样长吗", "validity"),
        ("证丢了补办要多久能拿到", "replace"),  # how long a replacement takes: the loss is asked
        ("第三代殘疾人證正面印了哪些資料", "qrcode"),
        ("天津的三代证能当城市卡刷车吗", "functions"),
        ("俺爹那个老证还没换新的 这阵子拿出去用中不中", "transition"),
        ("听说换证得先去医院重新评残，那评残这一块是自己掏钱还是国家出？", "fee"),
        ("三代证带银行功能，丢了是先去银行挂失还是先去残联", "replace"),  # what the card has, in a clause of its own
    ],
)
def test_twenty_sixth_probe_questions(dataset: Dataset, question: str, topic: str) -> None:
    """Hard questions of a probe written this session (not blind: the words were added for them; words a
    regression hunt found deciding questions they only set the scene of were taken out again: 好多年, 村里能办,
    态度差, 带居住证, 支付宝扫, 城市卡, 拿出去用 …)."""
    assert routed(dataset, question) == topic


@pytest.mark.parametrize("question", ["户口迁移需要准备什么材料", "公交IC卡在哪充值"])
def test_moving_a_household_registration_or_topping_up_a_transit_card_gets_no_topic(
    dataset: Dataset, question: str
) -> None:
    assert routed(dataset, question) == "none"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("三代证能用好多年，可是每年都要激活吗", "activation"),  # how long it lasts only sets the scene
        ("激活三代证村里能办吗", "activation"),
        ("残疾证有效期到上个月，换证要带什么", "documents"),
        ("残联的电话号码后面几位是多少", "contact"),
    ],
)
def test_a_word_that_only_sets_the_scene_does_not_decide(dataset: Dataset, question: str, topic: str) -> None:
    assert routed(dataset, question) == topic


@pytest.mark.parametrize("question", ["快递员态度很差怎么办", "天津城市卡丢了怎么补", "支付宝扫码领红包"])
def test_other_services_complaints_and_cards_get_no_topic(dataset: Dataset, question: str) -> None:
    assert routed(dataset, question) == "none"


def test_a_validity_date_long_passed_is_an_expired_card(dataset: Dataset) -> None:
    """有效期早就过了: the date is past, the card expired (found after blind set AB was scored)."""
    question = "我婆婆的残疾证是2012年办的，今年翻出来一看有效期早就过了，这几年一直没人通知我们，现在还能换吗"
    assert routed(dataset, question) == "expired"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("殘疾人證跨省遷移怎麼辦理", "transfer"),  # found after blind set AC was scored
        ("新證可唔可以拍卡搭車", "functions"),
        ("我爸的残疾证到期好久了一直没去换 现在去还来得及吗", "expired"),
        ("新的残疾人证啥时候会到期", "validity"),  # when it will expire: how long it lasts
    ],
)
def test_moving_across_provinces_tapping_onto_a_bus_and_a_card_long_expired(
    dataset: Dataset, question: str, topic: str
) -> None:
    assert routed(dataset, question) == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # a story, then "A or not A" in its last clause: what is asked (fifteenth session, FAQ probe 28)
        ("过期的证拿去换新的，收不收费", "fee"),
        ("证件过期了想换个新的，要不要钱", "fee"),
        ("丢了的证补办下来，花不花钱", "fee"),
        # a condition, then the question: what follows the condition is asked
        ("要是得重新评残的话，换证的整个流程是怎么走的", "process"),
    ],
)
def test_the_clause_that_asks_decides(dataset: Dataset, question: str, topic: str) -> None:
    assert routed(dataset, question) == topic


@pytest.mark.parametrize(
    "question",
    [
        "can I activate my social security card online",
        "how do I replace my social security card",
        "is the metro free for seniors",
        "残疾人托养中心每个月收费多少",  # a care home's fee, not the certificate's
    ],
)
def test_other_cards_and_services_get_no_topic(dataset: Dataset, question: str) -> None:
    assert match(dataset.faq, question, dataset.faq_t2s) is None


def test_social_media_is_no_other_card(dataset: Dataset) -> None:
    assert routed(dataset, "social media says the old card is invalid, is that true") == "transition"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("huan sandaizheng yao chongxin pingcan ma", "reassessment"),  # 重新: chong, not zhong
        ("huan san dai zheng yao chong xin ping can ma", "reassessment"),
        ("sandaizheng you yinhang gongneng ma", "functions"),  # 银行: hang, not xing
    ],
)
def test_pinyin_reads_a_character_s_other_sound(dataset: Dataset, question: str, topic: str) -> None:
    assert routed(dataset, question) == topic


def test_what_follows_is_said_of_any_topic(dataset: Dataset) -> None:
    # found after blind set AD was scored (AD is not blind for these)
    assert routed(dataset, "不去激活会有什么影响") == "activation"
    assert routed(dataset, "过期了会有什么后果") == "expired"


def test_public_housing_is_another_benefit(dataset: Dataset) -> None:
    assert match(dataset.faq, "殘疾人可唔可以申請公屋", dataset.faq_t2s) is None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # what follows the words that say it matters most
        ("激活的事也想顺便问一下，但我最想知道的是：换证要不要交钱？", "fee"),
        ("有两件事，换证流程和要带的材料，重点是要带哪些材料", "documents"),
        # a pointer back to the first or the last of the questions before
        ("证件丢了怎么补办？新证有没有乘车功能？我主要想问前面这个。", "replace"),
        ("新证有没有乘车功能，还有丢了怎么补办，后者是我最关心的。", "replace"),
        ("两个问题：一是换证要不要钱，二是换证要带什么材料。第一个是我主要想问的。", "fee"),
        ("户口在外省，能不能在居住地办证——这是我主要想问的；另外激活的事也顺便问下。", "apply"),
        # a few words, the one topic they lead to, which the whole question also asks about
        ("换证要多久，要不要交钱，主要是钱的问题", "fee"),
    ],
)
def test_the_question_said_to_matter_most_is_answered(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("我知道要去残联办，也知道要带户口本，就是不清楚换证收不收费", "fee"),
        ("材料都准备好了，就想问去了以后的办理流程", "process"),
    ],
)
def test_what_the_asker_already_knows_is_not_what_is_asked(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("the chip on my card has a crack, can i get a new one", "replace"),
        # (a hunt found "years is up" and "change his grade" in other questions: a school's grade, a card
        # whose ten years end some day; those words were taken out again)
    ],
)
def test_english_words_for_a_cracked_card(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


@pytest.mark.parametrize(
    "question", ["驾驶正过期了怎么换要体检吗", "老年正怎么办要带什么才料", "残疾大学生注学金怎么申请"]
)
def test_another_document_or_service_typed_by_its_sound_is_asked_not_the_card(dataset: Dataset, question: str) -> None:
    assert match(dataset.faq, question, dataset.faq_t2s) is None


@pytest.mark.parametrize(("question", "topic"), [("残疾正过期了怎么换", "expired"), ("换证要钱吗", "fee")])
def test_the_cards_own_questions_are_not_read_as_another_documents(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # "this" after the words that say it matters most: the question just before
        ("新证什么时候能发下来，我最关心的是这个，顺便问下照相要钱吗", "rollout"),
        # a few words of a question asked before: that question whole
        ("评残去哪个医院？评残要多少钱？主要问去哪个医院", "reassessment"),
        # 我以为…: what the asker wrongly thought, not what they know
        ("我以为材料都准备好了，结果说还要照片，要带几张照片", "documents"),
        # another document written as it is: no typo of it is read
        ("孩子学生正在放假，带他去换证要带学生证吗", "documents"),
    ],
)
def test_pointers_mistakes_and_written_documents(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("三代证是不是一直有效啊", "validity"),
        ("换新证的时候还要给我测一次听力吗", "reassessment"),
        ("新证没下来之前，老证人家认不认", "transition"),
    ],
)
def test_words_blind_set_ae_showed(dataset: Dataset, question: str, topic: str) -> None:
    """一直有效, 测一次 and 认不认 (found missing by the blind set AE after its score)."""
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # what is not asked, then what is
        ("不是丢了也不是坏了，就是用满十年了，该怎么换", "expired"),
        ("不是问要带什么，是想问要不要交钱", "fee"),
        # ... and no such clause: 是不是 opens none
        ("是不是要钱", "fee"),
    ],
)
def test_a_clause_that_says_what_is_not_asked_is_left_out(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("我爸的残疾证丢了，请问应该如何办理", "replace"),
        ("老人的证已经过有效期了，想问一下怎么办理", "expired"),
        ("户口迁到女儿那边了，请问残疾证怎么办理", "transfer"),
        ("二代证还能用，请问三代证怎么办理", "process"),  # nothing happened to the card
    ],
)
def test_how_to_go_about_it_after_what_happened_to_the_card_is_what_happened(
    dataset: Dataset, question: str, topic: str
) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


def test_a_subsidy_of_the_fees_is_the_fee(dataset: Dataset) -> None:
    found = match(dataset.faq, "换证的照相费由个人承担还是有补贴", dataset.faq_t2s)
    assert found is not None and found.entry.key == "fee"


@pytest.mark.parametrize("question", ["三代证的证套去哪里买", "八達通唔見咗點算", "小区修盲道的钱找哪个部门申请"])
def test_a_holder_a_transit_card_and_accessibility_works_are_no_topic(dataset: Dataset, question: str) -> None:
    assert match(dataset.faq, question, dataset.faq_t2s) is None


def test_a_condition_before_the_card_is_no_other_cards_name(dataset: Dataset) -> None:
    found = match(dataset.faq, "如果证过期了好几年，还能拿去办事吗", dataset.faq_t2s)
    assert found is not None and found.entry.key == "expired"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # nothing told as done before how to go about it: the process
        ("听说可以免费换，想问一下怎么办理", "process"),
        # a long story, then what is not asked and what is: the question as written when the rest says too little
        ("我爸中风以后评的三级，现在走路都难了，不是想换证，就是想重新评个等级，应如何办理", "reassessment"),
        # 启动 and 哪一年 of other things
        ("三代证到哪一年全部换完", "rollout"),
        ("到哪一年才要激活", "activation"),
    ],
)
def test_near_misses_of_the_seventeenth_sessions_rules(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


@pytest.mark.parametrize("question", ["评残程序何时启动", "热线何时启动的"])
def test_starting_something_else_is_no_rollout(dataset: Dataset, question: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is None or found.entry.key != "rollout"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("换三代证第一步该做什么", "process"),
        ("激活第一步做什么", "activation"),  # a weak word: the topic it is the first step of decides
        ("what is the first step to swap my old card", "process"),
        ("县城这种小地方要等多久才有三代证", "rollout"),
    ],
)
def test_first_steps_and_small_places(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


def test_details_printed_wrong_are_no_topic(dataset: Dataset) -> None:
    assert match(dataset.faq, "要是证上信息有错怎么改", dataset.faq_t2s) is None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("新证有效期十年，那中间每年还需要激活吗", "activation"),  # what is known, then 那 and the question
        ("我们那开始换了，那边呢", "rollout"),  # 那边 is a place, not "then"
    ],
)
def test_the_question_after_that_is_asked(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


def test_a_holder_who_died_is_no_topic(dataset: Dataset) -> None:
    assert match(dataset.faq, "残疾人证持证人去世了家属要去注销吗", dataset.faq_t2s) is None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # what is set aside, or said as settled, is not asked (faqprobe 32)
        ("要不要重新评残先不管，整个换证要等多久才能拿到新卡", "process"),
        ("有人说三代证每年要激活，先不管这个，哪年全国都能换上？", "rollout"),  # 这个 points back
        ("不要钱就好，那换证从头到尾要几步", "process"),
        ("换新卡不花钱，那换了以后比老证多了啥好处", "functions"),
        ("每年激活是激活，我问的是这张卡本身总共能用几年", "validity"),
        ("挂失补办怎么弄残联都跟我讲了，剩下就一个问题：补一张要花钱不", "fee"),
        ("哈哈，三代证要钱吗", "fee"),  # laughing and asking
        ("lol how long is the new card valid", "validity"),
        ("呵呵，二代证还认不认", "transition"),
        ("材料都准备齐了吗？还差什么", "documents"),  # what is ready, asked
        ("我弟跟我说了三代证当公交卡用不要钱，真的假的", "functions"),  # what was told, asked about
        # words of the topics
        ("错过激活时间咋整", "activation"),
        ("不转会冻结吗", "transfer"),
        ("还没轮到我们换新的，旧证先凑合用着行不行", "transition"),
        ("听说新卡能当公交卡用还能免费，是不是每个城市都这样", "functions"),
    ],
)
def test_what_is_set_aside_is_not_asked(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


@pytest.mark.parametrize(
    "question",
    [
        "我爸拿到新卡高兴得跟小孩似的，哈哈",  # a joke or joy: nothing asked
        "lol this new card looks like a bank card, so fancy",
        "how do I apply for dibao in Beijing for my mother-in-law?",  # another benefit
        "殘疾人坐飛機有冇優先登機",  # flights
        # found by the hunt: words of the card's topics said of other things
        "你手机换了没有",
        "手机先凑合用吧",
        "手机能当公交卡用吗",
        "白送的东西能好用吗",
    ],
)
def test_laughter_dibao_and_flights_are_no_topic(dataset: Dataset, question: str) -> None:
    assert match(dataset.faq, question, dataset.faq_t2s) is None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("whats that square barcode thing on front of sandaizheng for", "qrcode"),  # the card in pinyin
        ("can my parents apply for the sandaizheng online instead of going to canlian in person?", "apply"),
    ],
)
def test_the_card_in_pinyin_names_it(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


def test_whether_a_condition_counts_as_a_disability_is_no_topic(dataset: Dataset) -> None:
    assert match(dataset.faq, "我爸中风以后半边身子不能动，这算残疾吗", dataset.faq_t2s) is None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("证号跟身份证号是一样的吗", "number"),  # the card's number beside the ID card's (blind AG)
        ("我爸残疾证有效期去年就满了 一直没去换 现在要去哪换", "expired"),
    ],
)
def test_the_number_beside_the_id_and_a_term_run_out(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


@pytest.mark.parametrize("question", ["导盲犬可以坐地铁吗", "身份证号是多少位"])
def test_guide_dogs_and_the_id_number_are_no_topic(dataset: Dataset, question: str) -> None:
    assert match(dataset.faq, question, dataset.faq_t2s) is None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # found by hunt 34
        ("我一直先不管激活，现在卡刷不了了怎么办", "activation"),  # put off, told of the past: asked about
        ("激活我一直先不管，现在卡刷不了了怎么办", "activation"),
        ("哈哈 那二维码是干嘛的", "qrcode"),  # laughing and asking
        ("嘿嘿 找谁问", "contact"),
    ],
)
def test_what_was_put_off_and_laughing_questions_are_asked(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


@pytest.mark.parametrize("question", ["驾驶证号在哪看", "结婚证证号", "canlian是什么意思"])
def test_other_documents_numbers_and_a_word_s_meaning_are_no_topic(dataset: Dataset, question: str) -> None:
    assert match(dataset.faq, question, dataset.faq_t2s) is None


@pytest.mark.parametrize(
    "question", ["我要投诉我们街道不给办证，该找哪个部门", "去残联补办证件，窗口态度太差了去哪投诉"]
)
def test_where_to_complain_is_whom_to_contact(dataset: Dataset, question: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == "contact"


def test_where_to_apply_stays_apply(dataset: Dataset) -> None:
    found = match(dataset.faq, "三代证在哪里办", dataset.faq_t2s)
    assert found is not None and found.entry.key == "apply"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # nineteenth session (FAQ probe 34): a date asks nothing; what is agreed to is set aside
        ("2025年12月到期了怎么办", "expired"),
        ("i know the card has a qr code and works on buses in fuzhou but how many years is it good for", "validity"),
        ("the new card is free and has a qr code, fine, but do they make you see a doctor again?", "reassessment"),
        ("老证还能用我就放心了，可换新证要是得重测智力，能不能不测", "reassessment"),
        ("my old booklet still works, fine, but when is the new card coming to my province", "rollout"),
    ],
)
def test_dates_and_what_is_agreed_to_do_not_decide(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic


@pytest.mark.parametrize(
    "question",
    ["残疾人买机票有优惠吗", "70岁以上老人坐公交是不是都免费", "長者咭喺邊度申請", "你能不能讲个笑话"],
)
def test_air_tickets_seniors_cards_and_jokes_are_no_topic(dataset: Dataset, question: str) -> None:
    assert match(dataset.faq, question, dataset.faq_t2s) is None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # found by FAQ hunt 35: a flight in a story, and what an assent settles
        ("我坐飞机去北京前证丢了，怎么补", "replace"),
        ("有效期十年，ok，那过期了怎么弄", "expired"),
        ("三代证要钱吗？不要。好的，那证号是怎么编的", "number"),
        ("补办咋弄", "replace"),  # a generic "how" does not outweigh the matter
        ("不要钱就放心了，就是不知道去哪办", "apply"),  # 不知道 asks nothing itself
        # found by blind set AH (after its score)
        ("三代证办下来管几年", "validity"),  # once issued: how long it lasts
        ("三代证咋个换嘛", "process"),  # 咋个: how, in the south-west
    ],
)
def test_a_flight_in_a_story_and_what_an_assent_settles(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic
