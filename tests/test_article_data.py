"""The data says what the article says, in its words, with official names and codes."""

from __future__ import annotations

import re

import pytest

from cardinfo.lookup import Atlas, summary
from cardinfo.models import Dataset
from cardinfo.places import Divisions
from tests.helpers import ARTICLE

# Every place the article names, as it writes it, with the record it must reach:
# (as written, record id, official name, code, status, pilot).
MENTIONS = [
    ("昆明市", "yunnan-kunming", "昆明市", "530100", "issuing", False),
    ("五华区", "yunnan-kunming-wuhua", "五华区", "530102", "issuing", False),
    ("昆明东川", "yunnan-kunming-dongchuan", "东川区", "530113", "issuing", False),
    ("綦江区", "chongqing-qijiang", "綦江区", "500110", "issuing", False),
    ("长寿区", "chongqing-changshou", "长寿区", "500115", "issuing", False),
    ("沙坪坝区", "chongqing-shapingba", "沙坪坝区", "500106", "issuing", False),
    ("双碑街", "chongqing-shapingba-shuangbei", "双碑街道", "500106007", "issuing", False),
    ("常德市", "hunan-changde", "常德市", "430700", "issuing", False),
    ("宁夏", "ningxia", "宁夏回族自治区", "640000", "issuing", False),
    ("瑞安市", "zhejiang-ruian", "瑞安市", "330381", "issuing", False),
    ("宁波市", "zhejiang-ningbo", "宁波市", "330200", "issuing", False),
    ("宁波市高新区", "zhejiang-ningbo-hightech", "宁波市高新区", None, "issuing", False),
    ("克拉玛依市", "xinjiang-karamay", "克拉玛依市", "650200", "issuing", False),
    ("乌鲁木齐市", "xinjiang-urumqi", "乌鲁木齐市", "650100", "issuing", False),
    ("伊犁哈萨克自治州", "xinjiang-ili", "伊犁哈萨克自治州", "654000", "issuing", False),
    ("塔城地区", "xinjiang-tacheng", "塔城地区", "654200", "issuing", False),
    ("阿勒泰地区", "xinjiang-altay", "阿勒泰地区", "654300", "issuing", False),
    ("泸州", "sichuan-luzhou", "泸州市", "510500", "issuing", False),
    ("领水县", "sichuan-linshui", "邻水县", "511623", "issuing", False),
    ("达州市", "sichuan-dazhou", "达州市", "511700", "issuing", False),
    ("天津市河东区", "tianjin-hedong", "河东区", "120102", "preparing", False),
    ("广西", "guangxi", "广西壮族自治区", "450000", "preparing", False),
    ("广东", "guangdong", "广东省", "440000", "preparing", False),
    ("深圳", "guangdong-shenzhen", "深圳市", "440300", "preparing", False),
    ("汕头", "guangdong-shantou", "汕头市", "440500", "preparing", False),
    ("齐齐哈尔市", "heilongjiang-qiqihar", "齐齐哈尔市", "230200", "preparing", False),
    ("哈尔滨", "heilongjiang-harbin", "哈尔滨市", "230100", "preparing", False),
    ("吉林省长春市", "jilin-changchun", "长春市", "220100", "preparing", True),
    ("辽宁沈阳市", "liaoning-shenyang", "沈阳市", "210100", "preparing", True),
    ("滁州市", "anhui-chuzhou", "滁州市", "341100", "preparing", True),
    ("合肥市包河区", "anhui-hefei-baohe", "包河区", "340111", "preparing", True),
    ("长沙市", "hunan-changsha", "长沙市", "430100", "preparing", True),
    ("西安市", "shaanxi-xian", "西安市", "610100", "preparing", True),
    ("渭南市", "shaanxi-weinan", "渭南市", "610500", "preparing", True),
    ("麻城市", "hubei-macheng", "麻城市", "421181", "preparing", True),
    ("北京", "beijing", "北京市", "110000", "issued", False),
    ("西宁市", "qinghai-xining", "西宁市", "630100", "issued", False),
    ("民和县", "qinghai-minhe", "民和回族土族自治县", "630222", "issued", False),
    ("秦皇岛市", "hebei-qinhuangdao", "秦皇岛市", "130300", "issued", False),
    ("南皮县", "hebei-nanpi", "南皮县", "130927", "issued", False),
    ("杭州", "zhejiang-hangzhou", "杭州市", "330100", "issued", False),
    ("宁波市镇海区", "zhejiang-ningbo-zhenhai", "镇海区", "330211", "issued", False),
    ("苏州市", "jiangsu-suzhou", "苏州市", "320500", "issued", False),
    ("泰州市", "jiangsu-taizhou", "泰州市", "321200", "issued", False),
    ("榆林市", "shaanxi-yulin", "榆林市", "610800", "issued", False),
    ("济南市", "shandong-jinan", "济南市", "370100", "issued", False),
    ("济宁市", "shandong-jining", "济宁市", "370800", "issued", False),
    ("甘肃", "gansu", "甘肃省", "620000", "issued", True),
    ("南宁市", "guangxi-nanning", "南宁市", "450100", "issued", False),
    ("鄂州市", "hubei-ezhou", "鄂州市", "420700", "issued", False),
    ("榆次区", "shanxi-jinzhong-yuci", "榆次区", "140702", "issued", False),
    ("太原市杏花岭区", "shanxi-taiyuan-xinghualing", "杏花岭区", "140107", "issued", False),
    ("漳州市", "fujian-zhangzhou", "漳州市", "350600", "issued", False),
    ("平和县", "fujian-zhangzhou-pinghe", "平和县", "350628", "issued", False),
    ("常山开发区", "fujian-zhangzhou-changshan", "常山开发区", None, "issued", False),
    ("保山市", "yunnan-baoshan", "保山市", "530500", "issued", False),
    ("郑州市", "henan-zhengzhou", "郑州市", "410100", "issued", False),
]


def test_every_record_is_a_mention(dataset: Dataset) -> None:
    ids = [m[1] for m in MENTIONS] + ["chongqing-qijiang-shijiao"]
    assert sorted(r.id for r in dataset.regions) == sorted(ids)


def test_a_name_the_heading_settles_lists_the_articles_place_first(atlas: Atlas) -> None:
    # The article writes 石角镇 under 重庆; three more 石角镇 exist in 广东, so the bare name is
    # ambiguous, with the article's own place (and its record) first.
    answer = atlas.answer("石角镇")
    assert answer.match == "ambiguous" and len(answer.candidates) == 4
    first = answer.candidates[0]
    assert first.place.path == ("重庆市", "綦江区", "石角镇") and first.match == "exact"
    assert first.records[0].id == "chongqing-qijiang-shijiao"
    assert any("交回二代残疾人证" in n for n in first.records[0].notes)


@pytest.mark.parametrize(("written", "rid", "name", "code", "status", "pilot"), MENTIONS)
def test_each_place_as_the_article_writes_it(
    atlas: Atlas, written: str, rid: str, name: str, code: str | None, status: str, pilot: bool
) -> None:
    assert written in ARTICLE
    answer = atlas.answer(written)
    assert answer.match == "exact", (written, answer.match, answer.candidates)
    record = answer.records[0]
    assert (record.id, record.place, record.code, record.status, record.pilot) == (rid, name, code, status, pilot)
    assert record.source.text in ARTICLE


def test_the_article_words_are_verbatim(dataset: Dataset) -> None:
    for r in dataset.regions:
        quoted = [r.source.text, *(a.text for a in r.source.also)]
        quoted += [n for n in r.notes if not n.startswith("注意")]
        quoted += [r.first_batch] if r.first_batch else []
        for text in quoted:
            assert text in ARTICLE, (r.id, text)
    for topic in dataset.faq:
        for text in (topic.source, *topic.also):
            assert text in ARTICLE, (topic.key, text)
    for event in dataset.timeline:
        if event.source_id == "article":  # the other sources' words are checked in test_evidence.py
            assert event.source in ARTICLE
    assert dataset.stated_counts["source"] in ARTICLE


def test_official_names_and_codes(dataset: Dataset, divisions: Divisions) -> None:
    for r in dataset.regions:
        place = divisions.place(r.anchor)
        assert place is not None, r.id
        assert place.path[0] == r.province
        if r.code is not None:
            assert place.name == r.place


def test_typos_keep_the_article_spelling_as_alias(dataset: Dataset) -> None:
    by_id = {r.id: r for r in dataset.regions}
    assert "领水县" in by_id["sichuan-linshui"].aliases and by_id["sichuan-linshui"].place == "邻水县"
    assert "民和县" in by_id["qinghai-minhe"].aliases
    assert "东川" in by_id["yunnan-kunming-dongchuan"].aliases
    assert "常山开发区" in by_id["fujian-zhangzhou-changshan"].place


def test_contradictions_are_noted_not_silent(dataset: Dataset) -> None:
    by_id = {r.id: r for r in dataset.regions}
    assert any("矛盾" in n for n in by_id["guangdong-shenzhen"].notes)
    assert any("计划" in n for n in by_id["xinjiang-urumqi"].notes)
    assert any("全覆盖" in n for n in by_id["xinjiang-karamay"].notes)
    nanning = by_id["guangxi-nanning"]
    assert nanning.status == "issued" and nanning.source.also[0].section == "preparing"
    beijing = by_id["beijing"]
    assert beijing.since == "2014" and any("激活" in n for n in beijing.notes)
    assert any("补贴" in n for n in beijing.notes)


def test_dates_are_as_precise_as_the_article(dataset: Dataset) -> None:
    by_id = {r.id: r for r in dataset.regions}
    assert by_id["hunan-changde"].since == "2020-01-15"
    assert by_id["sichuan-luzhou"].since == "2019-06"
    assert by_id["yunnan-baoshan"].since == "2018"
    assert by_id["jiangsu-suzhou"].since is None  # "2018年、2019年" is not assigned to a city
    assert by_id["yunnan-kunming-dongchuan"].first_batch and "1.2万" in by_id["yunnan-kunming-dongchuan"].first_batch


def test_summary_counts_the_records_beside_the_stated_counts(dataset: Dataset) -> None:
    s = summary(dataset)
    assert sum(s["by_status"].values()) == len(dataset.regions) == s["total"]
    for status, count in s["by_status"].items():
        assert count == sum(r.status == status for r in dataset.regions)
    assert s["stated_in_source"] == {"issuing": 16, "preparing": 14, "issued": 20}
    assert sum(sum(c.values()) for c in s["by_province"].values()) == len(dataset.regions)
    assert "16" in s["explanation"]["zh"] and "16" in s["explanation"]["en"]


def test_faq_topics_and_caveats(dataset: Dataset) -> None:
    keys = [e.key for e in dataset.faq]
    assert keys[:8] == ["transition", "fee", "reassessment", "qrcode", "validity", "rollout", "activation", "process"]
    for e in dataset.faq:
        assert e.answer["zh"] and e.answer["en"] and e.keywords["zh"] and e.keywords["en"]
        for c in e.caveats:
            assert c.url.startswith("http") and c.date
            assert c.confidence in ("High", "Medium-High", "Medium", "Low-Medium", "Low")
    activation = next(e for e in dataset.faq if e.key == "activation")
    assert activation.source.count("一年激活一次") == 3
    fee = next(e for e in dataset.faq if e.key == "fee")
    assert any("照相" in c.zh and "2017" in c.zh for c in fee.caveats)


def test_timeline_oldest_first_and_the_articles_claims_unverified(dataset: Dataset) -> None:
    dates = [e.date for e in dataset.timeline]
    assert dates == sorted(dates)
    article = [e.date for e in dataset.timeline if e.source_id == "article"]
    assert article == ["2014", "2017-03", "2018-08-14", "2019", "2020"]
    assert not any(e.verified for e in dataset.timeline if e.source_id == "article")


# What the article says that is not a fact about the certificate: its title, headings and field
# labels, exhortations to readers, and the site's disclaimer (whose gist every answer repeats).
NOT_FACTS = {
    "第三代残疾人证开始办吗(50个地区换发第三代残疾人证)",
    "请残友们做好准备",
    "随时准备换第三代智能化残疾人证",
    "先换发人员",
    "证卡功能",
    "卡片有效期",
    "注意事项",
    "准备换发地区请残友们耐心等待",
    "小编会随时关注最新进展",
    "关于第三代残疾人证",
    "你应该知道这6点",
}


def test_every_fact_of_the_article_is_quoted_somewhere(dataset: Dataset) -> None:
    """Each clause of the article is in some record's or topic's quoted words, or is not a fact."""
    quoted: list[str] = []
    for r in dataset.regions:
        quoted += [r.source.text, *(a.text for a in r.source.also), *(n for n in r.notes if not n.startswith("注意"))]
        quoted += [r.first_batch] if r.first_batch else []
    for topic in dataset.faq:
        quoted += [topic.source, *topic.also]
    quoted += [e.source for e in dataset.timeline] + [dataset.stated_counts["source"]]
    everything = "\n".join(quoted)
    provinces = {r.province for r in dataset.regions}
    body = ARTICLE.split(",免责声明")[0]  # the site's disclaimer closes the text
    missing = []
    for clause in re.split(r"[,。;!:、\n]", body):
        clause = clause.strip()
        if len(re.findall(r"[\u4e00-\u9fff]", clause)) < 3 or clause in NOT_FACTS or clause in provinces:
            continue
        if clause not in everything:
            missing.append(clause)
    assert missing == []
