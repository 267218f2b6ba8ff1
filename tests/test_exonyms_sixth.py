"""Older English names of Chinese places in data/exonyms.csv: Chinese postal romanisations of cities
(Kalgan, Tsitsihar, Kiukiang, Chefoo, Ichang, Shasi, Wuchow, Mengtsze), historic English names
(Port Arthur, Dairen, Hsinking, Jehol, Formosa, Weihaiwei) and the English names of banners people
write where they differ from pinyin (Otog Banner, Dalad Banner, Abag Banner, Ejin Banner).

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
)

# (what a person types, official name, code, how the index knows it)
ALONE = [
    ("Kalgan", "张家口市", "130700", "exonym"),
    ("Tsitsihar", "齐齐哈尔市", "230200", "exonym"),
    ("Kiukiang", "九江市", "360400", "exonym"),
    ("Port Arthur", "旅顺口区", "210212", "exonym"),
    ("Dairen", "大连市", "210200", "exonym"),
    ("Dalny", "大连市", "210200", "exonym"),
    ("Chefoo", "烟台市", "370600", "exonym"),
    ("Ichang", "宜昌市", "420500", "exonym"),
    ("Shasi", "沙市区", "421002", "exonym"),
    ("Hsinking", "长春市", "220100", "exonym"),
    ("Sianfu", "西安市", "610100", "exonym"),
    ("Wusih", "无锡市", "320200", "exonym"),
    ("Yangchow", "扬州市", "321000", "exonym"),
    ("Paotow", "包头市", "150200", "exonym"),
    ("Anking", "安庆市", "340800", "exonym"),
    ("Pengpu", "蚌埠市", "340300", "exonym"),
    ("Chengchow", "郑州市", "410100", "exonym"),
    ("Loyang", "洛阳市", "410300", "exonym"),
    ("Tatung", "大同市", "140200", "exonym"),
    ("Antung", "丹东市", "210600", "exonym"),
    ("Yingkow", "营口市", "210800", "exonym"),
    ("Mutankiang", "牡丹江市", "231000", "exonym"),
    ("Kiamusze", "佳木斯市", "230800", "exonym"),
    ("Ssupingkai", "四平市", "220300", "exonym"),
    ("Wuchow", "梧州市", "450400", "exonym"),
    ("Pakhoi", "北海市", "450500", "exonym"),
    ("Kongmoon", "江门市", "440700", "exonym"),
    ("Liuchow", "柳州市", "450200", "exonym"),
    ("Fatshan", "佛山市", "440600", "exonym"),
    ("Chaochow", "潮州市", "445100", "exonym"),
    ("Chiu Chow", "潮州市", "445100", "exonym"),  # written apart, as Hong Kong writes it
    ("Shiuchow", "韶关市", "440200", "exonym"),
    ("Suifu", "宜宾市", "511500", "exonym"),
    ("Wan-hsien", "万州区", "500101", "exonym"),
    ("Wanhsien", "万州区", "500101", "exonym"),  # the same key without the hyphen
    ("Tali", "大理市", "532901", "exonym"),
    ("Teng Yueh", "腾冲市", "530581", "exonym"),
    ("Mengtsze", "蒙自市", "532503", "exonym"),
    ("Yunnanfu", "昆明市", "530100", "exonym"),
    ("Sining", "西宁市", "630100", "exonym"),
    ("Tihwa", "乌鲁木齐市", "650100", "exonym"),
    ("Ghulja", "伊宁市", "654002", "exonym"),
    ("Yarkand", "莎车县", "653125", "exonym"),
    ("Turfan", "吐鲁番市", "650400", "exonym"),
    ("Kuqa", "库车市", "652902", "exonym"),  # (held-out set AV, twenty-eighth session)
    ("Kumul", "哈密市", "650500", "exonym"),
    ("Golog", "果洛藏族自治州", "632600", "exonym"),  # (held-out set AW)
    ("Gyantse", "江孜县", "540222", "exonym"),
    ("Tunhwang", "敦煌市", "620982", "exonym"),
    ("Shihkiachwang", "石家庄市", "130100", "exonym"),
    ("Paoting", "保定市", "130600", "exonym"),
    ("Weihaiwei", "威海市", "371000", "exonym"),
    ("Kweisui", "呼和浩特市", "150100", "exonym"),
    ("Jehol", "承德市", "130800", "exonym"),
    ("Ningsia", "宁夏回族自治区", "640000", "exonym"),
    ("Formosa", "台湾省", "710000", "exonym"),
    ("Otog Banner", "鄂托克旗", "150624", "exonym"),
    ("Otog Front Banner", "鄂托克前旗", "150623", "exonym"),
    ("Dalad Banner", "达拉特旗", "150621", "exonym"),
    ("Jungar Banner", "准格尔旗", "150622", "exonym"),
    ("Ejin Horo Banner", "伊金霍洛旗", "150627", "exonym"),
    ("Hanggin Banner", "杭锦旗", "150625", "exonym"),
    ("Abag Banner", "阿巴嘎旗", "152522", "exonym"),
    ("Plain Blue Banner", "正蓝旗", "152530", "exonym"),
    ("Ejin Banner", "额济纳旗", "152923", "exonym"),
    ("Nantung", "南通市", "320600", "exonym"),
    ("Kingtehchen", "景德镇市", "360200", "exonym"),
    ("Yochow", "岳阳市", "430600", "exonym"),
    ("Manchouli", "满洲里市", "150781", "exonym"),
    ("Yinchwan", "银川市", "640100", "exonym"),
    ("Hanchung", "汉中市", "610700", "exonym"),
    ("Morin Dawa Banner", "莫力达瓦达斡尔族自治旗", "150722", "exonym"),
]
# (text, the code the answer is or lies in): sentences, and English paths whose deepest part is the name
IN_TEXT = [
    ("I was born in Kalgan, Hopei", "130700"),
    ("My grandfather worked in Tsitsihar before the war", "230200"),
    ("Her family left Toi Shan for California in 1920", "440781"),
    ("Kiukiang, Kiangsi", "360400"),
    ("Port Arthur, Dalian, Liaoning", "210212"),
    ("Port Arthur, Dairen", "210212"),
    ("We sailed from Chefoo, Shantung", "370600"),
    ("Shasi, Hupeh", "421002"),
    ("Shasi, Jingzhou, Hubei", "421002"),
    ("Hsinking, Manchukuo", "220100"),
    ("Tali, Yunnan", "532901"),
    ("Mengtsze, Yunnan", "532503"),
    ("Gyantse, Shigatse, Tibet", "540222"),
    ("Yarkand, Kashgar, Sinkiang", "653125"),
    ("Ghulja, Ili, Xinjiang", "654002"),
    ("Kuqa, Xinjiang", "652902"),
    ("Kuqa, Aksu, Xinjiang", "652902"),
    ("Golog Tibetan Autonomous Prefecture", "632600"),
    ("Golok Prefecture, Qinghai", "632600"),
    ("Otog Banner, Ordos, Inner Mongolia", "150624"),
    ("Otog Front Banner, Ordos, Inner Mongolia", "150623"),
    ("Abag Banner, Xilingol League, Inner Mongolia", "152522"),
    ("Morin Dawa Banner, Hulunbuir", "150722"),
    ("Ejin Banner, Alxa League", "152923"),
    ("Taipei, Formosa", "710000"),
    ("She moved to Jehol in 1930", "130800"),
    ("Kingtehchen, Kiangsi", "360200"),
    ("Manchouli, Hulunbuir, Inner Mongolia", "150781"),
    ("Yinchwan, Ningsia", "640100"),
]
# Names that answered before and must answer the same now.
UNCHANGED = [
    ("Qiqihar", "230200"),
    ("Dalian", "210200"),
    ("Kashgar", "653100"),
    ("Turpan", "650400"),
    ("Hohhot", "150100"),
    ("Uxin Banner", "150626"),
    ("Hopei", "130000"),
    ("大理", "532900"),  # the prefecture; Tali is the city the old name was
]


def test_the_expected_codes_are_the_division_data_s() -> None:
    assert_codes_are_official(ALONE, IN_TEXT)


@pytest.mark.parametrize(("query", "name", "code", "kind"), ALONE)
def test_an_old_english_name_alone_answers_its_place(cli: Any, query: str, name: str, code: str, kind: str) -> None:
    assert_answers_alone(cli, query, name, code, kind)


@pytest.mark.parametrize(("text", "code"), IN_TEXT)
def test_an_old_english_name_inside_a_sentence_or_an_address(atlas: Atlas, text: str, code: str) -> None:
    assert_found_in_text(atlas, text, code)


@pytest.mark.parametrize(("text", "code"), UNCHANGED)
def test_names_that_answered_before_answer_the_same(atlas: Atlas, text: str, code: str) -> None:
    assert_answers_code(atlas, text, code)


def test_each_name_tested_here_is_a_row_and_provenance_names_it() -> None:
    with (REPO / "data" / "exonyms.csv").open(encoding="utf-8", newline="") as handle:
        rows = {(r["name"], r["code"]) for r in csv.DictReader(handle)}
    provenance = (REPO / "data" / "PROVENANCE.md").read_text(encoding="utf-8")
    for query, _, code, _ in ALONE:
        if query in ("Chiu Chow", "Wanhsien"):  # typed forms of the rows Chiuchow and Wan-hsien
            continue
        assert (query, code) in rows, query
        assert query in provenance, query
