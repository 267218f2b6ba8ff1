"""Township-level places inside a sentence (session 20): zones by their full or usual short names, a
township's two-character short form after its city, and a township settling which place an old name became."""

from __future__ import annotations

from typing import Any

import pytest


def _code(cli: Any, text: str) -> str | None:
    answer = cli("region", text, "--format", "json")
    return answer.json()["place"]["code"] if answer.exit_code == 0 else None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("北京经济技术开发区 我妈腿有残疾 经开区自己能办吗", "110115403"),  # a zone's full name, in a sentence
        ("我住在青岛高新技术产业开发区", "370214400"),
        ("青岛高新区的 姥姥腿脚不好 去哪办证", "370214400"),  # ... and its usual short name
        ("北京经开区", "110115403"),
        ("宜宾李庄 我爸中风了", "511502"),  # 李庄镇, of 翠屏区: a district of the city named
        ("杭州九堡 我爸中风了", "330102"),
        ("北京望京", "110105"),
        ("江干区九堡 我爷爷耳朵聋了", "330102"),  # 江干区 became 上城区 and 钱塘区; 九堡 lies in 上城区
    ],
)
def test_townships_named_in_a_sentence(cli: Any, text: str, code: str) -> None:
    assert _code(cli, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("西安小寨", "610100"),  # 小寨 is 蓝田县's town, a county: 西安小寨 means 雁塔区's 小寨路
        ("台北大安区", "710000"),  # no township of 台北 settles it as 自贡's 大安区
        ("信阳平桥区南湾湖", "411503"),  # the district written stays
        ("我们这个开发区", None),  # the word alone is no zone
    ],
)
def test_a_short_form_does_not_override_what_is_written(cli: Any, text: str, code: str | None) -> None:
    assert _code(cli, text) == code


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("狗把我妈的残疾证咬得稀烂，还能弄一张新的吗", "replace"),
        ("搬家的时候翻遍了都没找着那个残疾证，现在要用怎么办", "replace"),
        ("我知道丢了要挂失，就是不知道挂失以后多久能补出来", "replace"),
        ("明天去残联换证，我要拿哪些东西出门", "documents"),
        ("佛山而家發緊第三代殘疾證未呀", "rollout"),  # Cantonese: 發緊 is being issued, 未呀 yet
    ],
)
def test_faq_words_people_use(cli: Any, question: str, topic: str) -> None:
    assert cli("faq", question, "--format", "json").json()["topic"] == topic
