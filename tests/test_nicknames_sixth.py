"""The 别称 and 古称 people write for province-level and prefecture-level divisions (金陵, 津门, 沪上,
汴梁, 甬城, 庐州, 椰城, 邕城, 锦官城, 三秦, 八闽 ...), listed in data/short_forms.csv with the pages
that give them; and the nicknames left out because several places bear them or a common word holds
them (洪都 in 洪都拉斯), which must not answer the city they are sometimes used for. (江城, 榕城, 山城,
花城, 星城 and 岛城 were left out here; the seventh session lists them, with the places they share the
name with and the everyday-word rule in texts: tests/test_nicknames_old_names.py, test_resolve_text.py.)

Expected codes are the official ones of data/divisions/divisions.csv (a test checks each pair).
"""

from __future__ import annotations

import csv
from typing import Any

import pytest

from cardinfo.lookup import Atlas
from tests.helpers import (
    REPO,
    assert_answers_alone,
    assert_answers_code,
    assert_codes_are_official,
    assert_found_in_text,
    named_codes,
)

# (the name, official name, code): each answers its division typed alone, as a short form
NICKNAMES = [
    ("燕京", "北京市", "110000"),
    ("津门", "天津市", "120000"),
    ("津沽", "天津市", "120000"),
    ("申城", "上海市", "310000"),
    ("沪上", "上海市", "310000"),
    ("渝州", "重庆市", "500000"),
    ("燕赵", "河北省", "130000"),  # also 定兴县燕赵镇's short form: the row names it
    ("三晋", "山西省", "140000"),
    ("三秦", "陕西省", "610000"),
    ("三湘", "湖南省", "430000"),
    ("八闽", "福建省", "350000"),
    ("八桂", "广西壮族自治区", "450000"),
    ("齐鲁", "山东省", "370000"),
    ("荆楚", "湖北省", "420000"),
    ("陇原", "甘肃省", "620000"),
    ("赣鄱", "江西省", "360000"),
    ("香江", "香港特别行政区", "810000"),
    ("金陵", "南京市", "320100"),  # also three townships' short form
    ("汴梁", "开封市", "410200"),
    ("汴京", "开封市", "410200"),
    ("豫章", "南昌市", "360100"),
    ("洪城", "南昌市", "360100"),
    ("甬城", "宁波市", "330200"),
    ("庐州", "合肥市", "340100"),
    ("椰城", "海口市", "460100"),
    ("刺桐城", "泉州市", "350500"),
    ("温陵", "泉州市", "350500"),
    ("邕城", "南宁市", "450100"),
    ("锦官城", "成都市", "510100"),
    ("穗城", "广州市", "440100"),
    ("鹅城", "惠州市", "441300"),
    ("鮀城", "汕头市", "440500"),
    ("甜城", "内江市", "511000"),
    ("凉都", "六盘水市", "520200"),
    ("鸢都", "潍坊市", "370700"),
    ("彭城", "徐州市", "320300"),
    ("雁城", "衡阳市", "430400"),
    ("宝庆", "邵阳市", "430500"),
    ("盛京", "沈阳市", "210100"),
    ("鹰城", "平顶山市", "410400"),
    ("张垣", "张家口市", "130700"),
    ("驼城", "榆林市", "610800"),
    ("嘉州", "乐山市", "511100"),
    ("庐陵", "吉安市", "360800"),
    ("禾城", "嘉兴市", "330400"),
    ("婺州", "金华市", "330700"),
    ("处州", "丽水市", "331100"),
    ("皋城", "六安市", "341500"),
    ("巴陵", "岳阳市", "430600"),
    ("潭州", "长沙市", "430100"),
    ("并州", "太原市", "140100"),
    ("洛邑", "洛阳市", "410300"),
    ("钢都", "鞍山市", "210300"),  # also 大石桥市钢都街道's short form
    ("火洲", "吐鲁番市", "650400"),
    ("镍都", "金昌市", "620300"),
    ("曹州", "菏泽市", "371700"),
    ("虔州", "赣州市", "360700"),
    ("会稽", "绍兴市", "330600"),
    ("杭城", "杭州市", "330100"),
    ("鹭城", "厦门市", "350200"),
    ("夏都", "西宁市", "630100"),  # also 禹州市夏都街道's short form
    ("五邑", "江门市", "440700"),
    ("喀什噶尔", "喀什地区", "653100"),  # the old name of 喀什市, 疏勒县 and 疏附县 together
]
# (text, the code the answer is or lies in): the kinds of sentence and address people write
IN_TEXT = [
    ("老家金陵", "320100"),
    ("在津门上学", "120000"),
    ("沪上打工", "310000"),
    ("俺是汴梁人", "410200"),
    ("我住在锦官城", "510100"),
    ("甬城打工", "330200"),
    ("老家庐州", "340100"),
    ("椰城美兰区", "460108"),
    ("我在刺桐城开店", "350500"),
    ("邕城青秀区", "450103"),
    ("我在三秦大地工作", "610000"),
    ("八闽大地的残疾人证", "350000"),
    ("赣鄱大地", "360000"),
    ("金陵玄武区", "320102"),
    ("申城浦东新区", "310115"),
    ("盛京沈河区", "210103"),
    ("我在杭城工作，三代证能办吗", "330100"),
    ("杭城西湖区", "330106"),
    ("鹭城思明区", "350203"),
    ("我是火洲人", "650400"),
    ("在洪城上班", "360100"),
    ("老家宝庆", "430500"),
    ("我在鹅城惠阳区", "441303"),
    ("南京金陵中学", "320100"),  # the city and its nickname agree
    ("五邑大学", "440700"),
    ("我在喀什噶尔老城", "653100"),
]
# Every nickname in the two kinds of sentence the task named: "老家X" and "在X上班"
SENTENCES = [(pattern.format(name), code) for name, _, code in NICKNAMES for pattern in ("老家{}", "我在{}上班")]
# Names that answered before and must answer the same now.
UNCHANGED = [
    ("上海市黄浦区金陵东路", "310101"),  # a street named after 南京, in 上海
    ("杭州余杭城区", "330110"),  # 余杭城区 holds 杭城: 余杭区 is read first
    ("余杭区", "330110"),
    ("营口大石桥钢都街道", "210882"),  # the township 钢都街道, in 营口, keeps its full name
    ("甘肃高台县骆驼城镇", "620724"),  # 骆驼城 holds 驼城: the township's name is read first
    ("夏都街道", "411081002"),  # 禹州's township keeps its full name
    ("禹州夏都街道", "411081"),
    ("骆驼城", "620724"),  # a township's short form alone answers its county (高台县), as an address does
    ("徐州", "320300"),
    ("南昌", "360100"),
]
# Nicknames left out (data/PROVENANCE.md says why): none of them may answer the city it is
# sometimes used for. (text, the code it must not answer)
LEFT_OUT = [
    ("我在洪都拉斯上班", "360100"),  # 洪都 (南昌) sits inside 洪都拉斯, Honduras
    ("洪都拉斯", "360100"),
    ("龙城", "140100"),  # 太原's, 柳州's, 常州's; 朝阳市龙城区's
    ("龙城", "450200"),
    ("锦城", "510100"),  # 成都's, but also 临安's seat 锦城街道
    ("琴岛", "370200"),  # inside 横琴岛; also 鼓浪屿's
    ("酒城", "510500"),  # inside 啤酒城
    ("果城", "511300"),  # inside 水果城
    ("珠城", "340300"),  # 蚌埠's and 北海's
    ("奉天承运", "210100"),  # 奉天 (沈阳) sits inside 奉天承运
    ("明州", "330200"),  # inside 怀俄明州, Wyoming
    ("旅客都要排队", "441400"),  # 客都 (梅州) would sit inside 旅客都
    ("海外华侨都很关心", "440700"),  # 侨都 (江门) would sit inside 华侨都
    ("琼州海峡", "460000"),  # 琼州 sits inside 琼州海峡, between 海南 and 广东
]


def test_the_expected_codes_are_the_division_data_s() -> None:
    assert_codes_are_official([(name, official, code, "short") for name, official, code in NICKNAMES], IN_TEXT)
    assert len({name for name, _, _ in NICKNAMES}) == len(NICKNAMES)


@pytest.mark.parametrize(("query", "name", "code"), NICKNAMES)
def test_a_nickname_alone_answers_its_place(cli: Any, query: str, name: str, code: str) -> None:
    assert_answers_alone(cli, query, name, code, "short")


@pytest.mark.parametrize(("text", "code"), IN_TEXT + SENTENCES)
def test_a_nickname_inside_an_address_or_a_sentence(atlas: Atlas, text: str, code: str) -> None:
    assert_found_in_text(atlas, text, code)


@pytest.mark.parametrize(("text", "code"), UNCHANGED)
def test_names_that_answered_before_answer_the_same(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


@pytest.mark.parametrize(("text", "code"), LEFT_OUT)
def test_a_left_out_nickname_does_not_answer_the_city(atlas: Atlas, text: str, code: str) -> None:
    assert code not in named_codes(atlas, text), text


def test_the_cli_says_not_found_for_honduras(cli: Any) -> None:
    result = cli("region", "我在洪都拉斯上班", "--format", "json")
    assert result.exit_code == 1, result.stdout


def test_each_nickname_quotes_its_source_and_provenance_names_it() -> None:
    with (REPO / "data" / "short_forms.csv").open(encoding="utf-8", newline="") as handle:
        rows = {r["name"]: r for r in csv.DictReader(handle)}
    provenance = (REPO / "data" / "PROVENANCE.md").read_text(encoding="utf-8")
    section = provenance[provenance.index("sixth session") :]
    for name, official, code in NICKNAMES:
        row = rows[name]
        assert (row["code"], row["official_name"]) == (code, official), name
        assert name in row["source"], name  # the quoted words use it
        assert name in section, name
    for name in ("洪都", "奉天", "酒城", "明州"):
        assert name not in rows, name  # left out, and said so
        assert name in section, name
