"""Labels and messages in Chinese (the default) and English; place names always stay Chinese."""

from __future__ import annotations

LANGS = ("zh", "en")

_TEXT: dict[str, tuple[str, str]] = {
    # status words: always written out, colour only decorates
    "status.issued": ("已经发放", "issued"),
    "status.issuing": ("正在换发", "issuing"),
    "status.preparing": ("准备换发", "preparing"),
    "status.unknown": ("文中未提及", "not covered by the source"),
    "match.exact": ("文中直接提到这个地方", "the source names this very place"),
    "match.ancestor": ("文中提到的是它的上级地区", "the source covers a place above it"),
    "match.descendant": ("文中提到的是它下面的地区", "the source covers places inside it"),
    "match.unknown": (
        "文中没有提到这个地方或它的上级",
        "the source says nothing about this place or any place above it",
    ),
    "match.ambiguous": ("这个名字对应多个地方", "several places have this name"),
    # field labels
    "label.place": ("地点", "Place"),
    "label.province": ("省份", "Province"),
    "label.code": ("区划代码", "Code"),
    "label.status": ("状态", "Status"),
    "label.pilot": ("试点", "Pilot"),
    "label.since": ("时间", "Since"),
    "label.functions": ("证卡功能", "Card functions"),
    "label.validity": ("有效期", "Validity"),
    "label.first_batch": ("先换发人员", "First batches"),
    "label.notes": ("备注", "Notes"),
    "label.source": ("原文", "Source (article's words)"),
    "label.also": ("原文另见", "Also in the article"),
    "label.match": ("匹配", "Match"),
    "label.path": ("所属", "Located in"),
    "label.related": ("同省其他记录", "Other records in the province"),
    "label.inside": ("文中提到的其下地区", "Places inside it that the source names"),
    "label.answer": ("答案", "Answer"),
    "label.caveat": ("官方资料补充", "What official material adds"),
    "label.confidence": ("可信度", "Confidence"),
    "label.check": ("当面核实", "Check in person"),
    "label.see_also": ("另见主题", "See also topic"),
    "label.date": ("日期", "Date"),
    "label.event": ("事件", "Event"),
    "label.verified": ("官方核实", "Officially verified"),
    "label.count": ("条数", "Records"),
    "label.stated": ("文中所说", "Stated in the article"),
    "label.why": ("为什么不同", "Why they differ"),
    "label.next_activation": ("下次激活", "Next activation"),
    "label.expires": ("到期日", "Expires"),
    "label.written": ("已写入", "Written"),
    "label.years": ("{n}年", "{n} years"),
    "word.yes": ("是", "yes"),
    "word.none": ("文中未说明", "not stated"),
    "word.unverified": ("未核实", "unverified"),
    # sentences
    "provenance": (
        "据约2020年的网络文章，未经官方核实；请向户籍地县级残联或12385热线核实。",
        "From a web article of about 2020, not officially verified; check with your county-level DPF (残联) or the 12385 hotline.",
    ),
    "lead.exact": ("{place}：{status}{since}", "{place}: {status}{since}"),
    "lead.ancestor": (
        "{place}：{status}{since}（据{record}的记录）",
        "{place}: {status}{since} (from the record for {record})",
    ),
    "lead.descendant": (
        "{place}：文中提到其下{n}个地方（{counts}），逐个见下",
        "{place}: the source names {n} place(s) inside it ({counts}); each is listed below",
    ),
    "count.status": ("{status}{n}个", "{n} {status}"),
    "lead.unknown": (
        "{place}：文中没有提到（不代表没有换发，请当面核实）",
        "{place}: the source says nothing about it (that does not mean no exchange; check in person)",
    ),
    "lead.ambiguous": (
        "“{query}”对应{n}个地方，请写得更具体：",
        "“{query}” matches {n} places; please be more specific:",
    ),
    "matched.former": ("“{query}”是旧称，现为{name}", "“{query}” is a former name; today it is {name}"),
    "matched.alias": (
        "“{query}”是文中或常见的写法，正式名称为{name}",
        "“{query}” is how the article or people write it; the official name is {name}",
    ),
    "since": ("，自{since}", ", since {since}"),
    "status.narrow": (
        "原文列需要至少120列宽的终端；用 cardinfo region 地名 查看每个地方的原文，或加 --plain。",
        "The article's words need a terminal of 120 columns or more; see them with cardinfo region PLACE, or add --plain.",
    ),
    "summary.lead": (
        "数据共{total}条记录；文中所说合计{stated}个地区。",
        "The data holds {total} records; the article states {stated} regions in all.",
    ),
    "remind.local": (
        "注意：文中说“一年激活一次”，但未找到全国性的激活规定，证件法定有效期为10年；每年激活是部分地方卡片功能（如北京的交通功能）的要求，请以当地规定为准。",
        "Note: the article says “activate once a year”, but no national activation rule was found and the certificate's legal validity is 10 years; annual activation is a rule of some local card functions (such as Beijing's transit function). Check your local rules.",
    ),
    "remind.overdue": ("已过期{days}天", "overdue by {days} days"),
    "remind.due_in": ("还有{days}天", "in {days} days"),
    "remind.expired": (
        "警告：证件已于{date}到期，请尽快到县级残联换领。",
        "Warning: the card expired on {date}; exchange it at your county-level DPF soon.",
    ),
    "remind.expiring": (
        "警告：证件将在{days}天内（{date}）到期，请提前换领。",
        "Warning: the card expires within {days} days ({date}); exchange it in good time.",
    ),
    "remind.nothing": (
        "请给出 --last-activated 或 --issued 日期（YYYY-MM-DD）。",
        "Give --last-activated or --issued as a date (YYYY-MM-DD).",
    ),
    "ics.activation": ("第三代残疾人证：每年激活提醒", "Third-generation disability card: annual activation"),
    "ics.expiry": ("第三代残疾人证：有效期到期", "Third-generation disability card: expiry"),
    "faq.topics": (
        "可以问的主题（cardinfo faq 主题或问题）：",
        "Topics you can ask about (cardinfo faq TOPIC or a question):",
    ),
    "faq.nomatch": ("没有找到与“{query}”相关的主题。", "No topic matches “{query}”."),
    "notfound": ("找不到地方“{query}”。", "No place called “{query}”."),
    "suggest": ("您是不是要找：{names}", "Did you mean: {names}"),
    "data.ok": ("数据有效：{files}", "Data is valid: {files}"),
    "data.bad": ("发现{n}个数据问题：", "Found {n} data problem(s):"),
}


def t(key: str, lang: str = "zh", **values: object) -> str:
    """The text for `key` in `lang`, with `values` filled in."""
    zh, en = _TEXT[key]
    return (en if lang == "en" else zh).format(**values)


def status_word(status: str, lang: str = "zh") -> str:
    return t(f"status.{status}", lang)
