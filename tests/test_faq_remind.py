"""FAQ in people's own words, reminders, and English."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cardinfo import remind
from cardinfo.errors import UsageError

ASKED = {
    "transition": ["二代证", "过渡期", "二代证还能用吗", "换证期间旧证还有效吗", "Can I still use my old card?"],
    "fee": ["费用", "收费", "换证要钱吗", "办三代证要交钱吗", "Is it free?"],
    "reassessment": ["评残", "鉴定", "要重新评残吗", "换证还要去医院鉴定吗", "Do I need a new assessment?"],
    "qrcode": ["二维码", "扫码", "卡上的二维码有什么用", "手机扫一扫能看到什么", "What is the QR code for?"],
    "validity": ["有效期", "到期", "有效期多久", "三代证能用几年", "How long is the card valid?"],
    "rollout": ["全国", "十三五", "什么时候全国推广", "我们这里何时开始", "When will it be rolled out nationwide?"],
    "activation": ["激活", "年审", "多久激活一次", "不激活会怎么样", "Do I have to activate it every year?"],
    "process": ["流程", "手续", "怎么换", "换证需要哪些步骤", "How do I apply?"],
}


# Each topic by its key and by one question stays in the fast set; the other wordings are slow.
@pytest.mark.parametrize(
    ("topic", "question"),
    [
        pytest.param(t, q, marks=() if q in (t, qs[2]) else pytest.mark.slow)
        for t, qs in ASKED.items()
        for q in [t, *qs]
    ],
)
def test_each_topic_by_key_words_and_questions(cli: Any, topic: str, question: str) -> None:
    result = cli("faq", question, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["topic"] == topic


def test_answer_shape_and_order(cli: Any) -> None:
    answer = cli("faq", "fee", "--format", "json").json()
    assert set(answer) >= {"topic", "question", "answer", "source"}
    assert answer["answer"] == "办理第三代残疾人证不收取工本费。"
    assert answer["source"]["text"] == "2、办理第三代残疾人证不收取工本费。"
    assert any("照相" in c["zh"] and c["url"].startswith("http") and c["date"] for c in answer["caveats"])
    text = cli("faq", "fee").stdout
    # The article's answer, then what other sources add, then where to check in person.
    assert text.index("不收取工本费") < text.index("资料补充") < text.index("12385")


def test_traditional_question(cli: Any) -> None:
    assert cli("faq", "換證要錢嗎", "--format", "json").json()["topic"] == "fee"


def test_two_topics_name_the_other(cli: Any) -> None:
    answer = cli("faq", "评残要钱吗", "--format", "json").json()
    assert answer["topic"] == "fee" and answer["see_also"] == "reassessment"
    assert "reassessment" in cli("faq", "评残要钱吗").stdout


def test_list_all_and_no_match(cli: Any) -> None:
    topics = cli("faq", "--format", "json").json()
    assert [t["topic"] for t in topics][:2] == ["transition", "fee"] and all(t["question"] for t in topics)
    everything = cli("faq", "--all", "--format", "json").json()
    assert len(everything) == len(topics) == 16
    # every answer ends with where to check in person, which names the 12385 hotline
    assert cli("faq", "--all").stdout.count("当面核实") == 16
    miss = cli("faq", "今天天气怎么样")
    assert miss.exit_code == 1 and miss.stdout == "" and "fee" in miss.stderr and "activation" in miss.stderr


def test_activation_says_three_times_and_local(cli: Any) -> None:
    text = cli("faq", "activation").stdout
    assert text.count("一年激活一次") >= 3
    assert "北京" in text and "10年" in text


# ── remind ───────────────────────────────────────────────────────────────────────────────


def test_add_years_leap_day() -> None:
    assert remind.add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert remind.add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert remind.add_years(date(2020, 2, 29), 10) == date(2030, 2, 28)
    assert remind.add_years(date(2023, 3, 1), 1) == date(2024, 3, 1)


def test_next_activation_and_expiry() -> None:
    due = remind.next_activation(date(2026, 3, 1), today=date(2026, 11, 29))
    assert (due.date, due.days_left, due.warning) == (date(2027, 3, 1), 92, False)
    late = remind.next_activation(date(2025, 1, 10), today=date(2026, 11, 29))
    assert late.date == date(2026, 1, 10) and late.days_left == -323 and late.warning
    soon = remind.expiry(date(2017, 1, 15), today=date(2026, 11, 29))
    assert soon.date == date(2027, 1, 15) and soon.days_left == 47 and soon.warning
    gone = remind.expiry(date(2016, 2, 29), today=date(2026, 11, 29))
    assert gone.date == date(2026, 2, 28) and gone.days_left < 0 and gone.warning
    fine = remind.expiry(date(2020, 6, 1), today=date(2026, 11, 29))
    assert not fine.warning


@pytest.mark.parametrize("bad", ["2024-02-30", "29/02/2024", "tomorrow", "", "2024-02-29T00:00"])
def test_bad_dates(cli: Any, bad: str) -> None:
    with pytest.raises(UsageError):
        remind.parse_date(bad, "--issued")
    result = cli("remind", "--issued", bad)
    assert result.exit_code == 2 and result.stdout == "" and "--issued" in result.stderr


def test_remind_cli(cli: Any) -> None:
    out = cli(
        "remind",
        "--last-activated",
        "2024-02-29",
        "--issued",
        "2016-12-01",
        "--today",
        "2026-11-29",
        "--format",
        "json",
    ).json()
    assert out["next_activation_due"] == {
        "date": "2025-02-28",
        "days_left": -639,
        "warning": True,
        "until": "2026-12-01",
    }
    assert out["expires"] == {"date": "2026-12-01", "days_left": 2, "warning": True}
    text = cli("remind", "--issued", "2016-12-01", "--today", "2026-11-29").stdout
    assert "2026-12-01" in text and "警告" in text and "当地" in text
    assert cli("remind").exit_code == 2


def test_ics_parses_with_a_real_parser(cli: Any, tmp_path: Path) -> None:
    icalendar = pytest.importorskip("icalendar")
    target = tmp_path / "card.ics"
    result = cli(
        "remind",
        "--last-activated",
        "2026-03-01",
        "--issued",
        "2024-02-29",
        "--today",
        "2026-11-29",
        "--ics",
        str(target),
    )
    assert result.exit_code == 0
    raw = target.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 2
    by_start = {e.decoded("DTSTART"): e for e in events}
    activation = by_start[date(2027, 3, 1)]
    assert activation.get("RRULE")["FREQ"] == ["YEARLY"]
    assert by_start[date(2034, 2, 28)].get("RRULE") is None
    for event in events:
        assert event.get("UID") and event.get("DTSTAMP") and "第三代残疾人证" in str(event.get("SUMMARY"))
    lead = {start: -next(iter(e.walk("VALARM"))).decoded("TRIGGER").days for start, e in by_start.items()}
    assert lead == {date(2027, 3, 1): remind.ACTIVATION_LEAD_DAYS, date(2034, 2, 28): remind.EXPIRY_LEAD_DAYS}


def test_ics_to_an_unwritable_place(cli: Any, tmp_path: Path) -> None:
    result = cli("remind", "--issued", "2020-01-01", "--ics", str(tmp_path / "missing" / "card.ics"))
    assert result.exit_code == 1 and "无法写入" in result.stderr


# ── English ──────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["region", "盘龙区"], "盘龙区 (Panlong): issuing (from the record for 昆明市 (Kunming): studyofnet.com"),
        (["region", "上海"], "the source says nothing about it"),
        (["region", "朝阳区"], "matches 2 places"),
        (["status", "--status", "issued"], "Status: issued"),
        (["summary"], "Why they differ"),
        (["timeline"], "Officially verified: not yet"),
        (["faq"], "Topics you can ask about"),
        (["faq", "is it free?"], "No production fee"),
        (["remind", "--issued", "2020-01-01", "--today", "2026-11-29"], "Expires: 2030-01-01"),
        (["data", "check"], "Data is valid"),
    ],
)
def test_english_on_every_command(cli: Any, args: list[str], expected: str) -> None:
    result = cli("--lang", "en", *args)
    assert result.exit_code == 0, result.stderr
    assert expected in result.stdout
    assert "not officially verified" in result.stdout or args[0] in ("remind", "data", "faq")


def test_english_from_the_environment(cli: Any) -> None:
    assert "issuing" in cli("region", "昆明", env={"CARDINFO_LANG": "en"}).stdout
    assert cli("region", "昆明", env={"CARDINFO_LANG": "fr"}).exit_code == 2
    miss = cli("--lang", "en", "region", "昆朋")
    assert "No place called" in miss.stderr and "Did you mean" in miss.stderr


def test_an_activation_before_the_issue_date_is_a_usage_error(cli: Any) -> None:
    result = cli("remind", "--issued", "2020-01-01", "--last-activated", "2019-01-01", "--today", "2026-11-29")
    assert result.exit_code == 2 and result.stdout == ""
    assert "2019-01-01" in result.stderr and "2020-01-01" in result.stderr
    same_day = cli("remind", "--issued", "2020-01-01", "--last-activated", "2020-01-01", "--today", "2026-11-29")
    assert same_day.exit_code == 0
