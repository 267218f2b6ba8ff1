"""FAQ words people use for a topic that its own words did not hold: a deposit or a handling charge is a
fee, a photo's background colour or a letter of authority is what to bring, 支付宝 is applying online,
a yearly 认证 is activation; and a benefit named in a later clause, as a worry, leaves the card's own
question asked (换证会不会重新评级，怕评低了补贴少了)."""

from __future__ import annotations

import pytest

from cardinfo.faq import match
from cardinfo.models import Dataset


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("换三代证要交押金吗", "fee"),
        ("赶集时钱包被偷了 身份证残疾证全没了 残疾证能补不", "replace"),  # both lost: the certificate too
        ("残疾证和身份证都丢了怎么办", "replace"),
        ("残疾证能补吗 要多久", "replace"),
        ("孩子把新证掰弯了 还能用吗", "replace"),
        ("居民问三代证的事我答不上来 该往哪个部门反映", "contact"),
        ("领新卡要不要先付押金", "fee"),
        ("村里说先帮我们把钱垫上 换证的钱后面报销吗", "fee"),
        ("证件照要蓝底的还是白底的", "documents"),
        ("帮我妈去换证 要不要写委托书", "documents"),
        ("支付宝里能申请三代证吗", "apply"),
        ("支付宝上能不能申请", "apply"),
        ("在社区办理可以吗 还是要去县里", "apply"),
        ("听说残疾证每年要认证一次 是真的吗", "activation"),
        ("有事去哪咨询残疾证的问题", "contact"),
        ("my disability card is about to expire, what should i do", "expired"),
        ("if i change my registered residence does the certificate move too", "transfer"),
        ("我儿子换证的时候会不会重新评级 怕评低了补贴就少了", "reassessment"),
        ("户口迁到外省了 原来的残疾证还能用吗 补贴在哪领", "transfer"),
        ("三代证激活多久搞一次", "activation"),
        ("激活周期是多久", "activation"),  # not 周期 (how long the exchange takes: process)
        ("换证进度该问谁", "contact"),  # whom to ask, not the rollout's progress
        ("证过期了补贴会不会停", "expired"),  # a benefit after what happened to the card, told with 了
        ("残疾证到期了低保会停吗", "expired"),
        ("第三代证的有效期跟二代证比有变化吗", "validity"),  # the old card likened to, not asked about
        ("my brother got his card last month, do we need to activate it before he can use it?", "activation"),
        ("does the card give discounts at parks and museums?", "functions"),  # parks, not parking
        ("不知道换证的事该问哪个部门", "contact"),
        ("新证能不能在医院挂号用", "functions"),
        ("my grandma's card expird last month what do we do", "expired"),  # a letter left out
        ("我们村干部说换证要交50块，这合理吗", "fee"),  # a sum of money
        ("残疾证激活是几年一次", "activation"),
        ("我的残疾证显示已经到期，是不是就作废了", "expired"),  # what happened told, then whether it is void
        ("在哪里能查到当地残联的电话", "contact"),
        ("do I need my hukou booklet to get the third generation certificate", "documents"),
        ("wich office shud i call if the new card has problems", "contact"),
        ("跟二代证比 三代证多了什么功能", "functions"),
        # English benefits are asked about as Chinese ones are: the subject, unless after the card's own matter
        ("my card expired last year. will she lose her monthly allowance?", "expired"),
        ("can he get discounts at museums with the new card, and does it hold his subsidy too", "functions"),
        ("my grandma can't leave the house. what papers should i bring for her?", "documents"),  # no housing
        ("who do i ask about disability card stuff in my village?", "contact"),
        ("what size photo is required and what background color?", "documents"),
        ("nobody there has heard of the new card. is it only in big cities for now?", "rollout"),
        ("卡上的有效期是从哪天开始算的", "validity"),
        ("新证听说能刷地铁", "functions"),
        ("街道开始换新证了，但是我还没去，手里的老证还算数不算数", "transition"),
        ("新旧两种证能一起用一段时间吗", "transition"),
        ("旧证交了新证还没下来 这个空档期怎么办", "transition"),
        ("the card says not activated when i use it", "activation"),
        ("人在外地回不了老家 能在这边申请吗", "apply"),
        ("别人扫证上的码能看出证是真是假吗", "qrcode"),
        ("相片可以自己影吗", "documents"),
        ("换证要不要再查一遍视力", "reassessment"),
        ("去换证 身份证要不要带上", "documents"),
        ("can i use a selfie for the card photo", "documents"),
        ("the card got water damaged, can it be reissued", "replace"),
        ("我们这小县城啥时候能轮到", "rollout"),
        ("新卡看病能直接刷吗", "functions"),
    ],
)
def test_everyday_words_of_a_topic(dataset: Dataset, question: str, topic: str) -> None:
    found = match(dataset.faq, question, dataset.faq_t2s)
    assert found is not None and found.entry.key == topic, (question, found and found.entry.key)


@pytest.mark.parametrize(
    "question",
    [
        "残疾人家庭怎么申请低保",
        "残疾人怎么申请廉租房",
        "残疾人补贴怎么领",
        "支付宝扫码领红包",
        "how to renew my ID card",
        "身份证丢了怎么办",  # another document alone, or with another (not the certificate)
        "身份证和户口本都丢了",
        "残疾证能补贴多少",  # 补贴 is no 补
        "how do i apply for disability allowance",  # one clause: the benefit is what it asks
        "can i get a housing subsidy with the card",
        "will my pension stop if i change my card",
        "is there free parking with the card",
    ],
)
def test_a_benefit_asked_about_is_still_no_topic(dataset: Dataset, question: str) -> None:
    assert match(dataset.faq, question, dataset.faq_t2s) is None
