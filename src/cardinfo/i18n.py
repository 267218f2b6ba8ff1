"""The message catalogue: every text the tool writes, in Chinese (the default) and English."""

from __future__ import annotations

from cardinfo.record import Record

LANGS = ("zh", "en")


class Msg(Record):
    """A message not yet worded: a catalogue key and its values (a value may be a Msg too)."""

    key: str
    values: dict[str, object] = {}  # noqa: RUF012 - never mutated: Msg is a value


_TEXT: dict[str, tuple[str, str]] = {
    # status words: always written out, colour only decorates
    "status.issued": ("已经发放", "issued"),
    "status.issuing": ("正在换发", "issuing"),
    "status.preparing": ("准备换发", "preparing"),
    "status.unknown": ("文中未提及", "not covered by the source"),
    "match.exact": ("文中直接提到这个地方", "the article names this very place"),
    "match.ancestor": ("文中提到的是它的上级地区", "the article covers a place above it"),
    "match.descendant": ("文中提到的是它下面的地区", "the article covers places inside it"),
    "match.unknown": (
        "文中没有提到这个地方或它的上级",
        "the article says nothing about this place or any place above it",
    ),
    "match.ambiguous": ("这个名字对应多个地方", "several places have this name"),
    # field labels
    "label.place": ("地点", "Place"),
    "record.heading": ("{place}的记录", "Record for {place}"),
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
    "label.also_fits": ("也可能指", "Could also mean"),
    "label.related": ("同省其他记录", "Other records in the province"),
    "label.inside": ("文中提到的其下地区", "Places inside it that the source names"),
    "label.answer": ("答案", "Answer"),
    "label.caveat": ("资料补充", "What other sources add"),
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
    "written": ("已写入：{path}", "Written: {path}"),
    "written.records": ("已把{n}条记录写入：{path}", "{n} records written to {path}"),
    "label.years": ("{n}年", "{n} years"),
    "word.yes": ("是", "yes"),
    "word.in": ("位于{place}", "in {place}"),
    "word.none": ("文中未说明", "not stated"),
    "word.unverified": ("未核实", "not yet"),  # after "Officially verified": not "unverified"
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
    "matched.former_code": (
        "{query}是已撤销的区划代码，现为{name}",
        "{query} is a retired division code; today it is {name}",
    ),
    "matched.former_code_split": (
        "{query}是已撤销的区划代码，它的地方现分属{names}",
        "{query} is a retired division code; its area now lies in {names}",
    ),
    "matched.short": (
        "“{query}”是{name}的别称、简称或旧称",
        "“{query}” is another name (a short form, a nickname or an old name) of {name}",
    ),
    "matched.landmark": ("“{query}”位于{name}，按{name}回答", "“{query}” lies in {name}; the answer is for {name}"),
    "matched.moved": (
        "地址里的乡镇如今属{name}（地址写的是{written}），按{name}回答",
        "The township in this address belongs to {name} now (the address says {written}); the answer is for {name}",
    ),
    "matched.township-short": (
        "“{query}”是{name}境内一个乡镇或街道的名字，按{name}回答",
        "“{query}” names a township or subdistrict in {name}; the answer is for {name}",
    ),
    "matched.typo": ("“{query}”有一个字不符，按{name}回答", "“{query}” is read as {name} (one character differs)"),
    "matched.typo_two": ("“{query}”有两个字不符，按{name}回答", "“{query}” is read as {name} (two characters differ)"),
    "matched.alias": (
        "“{query}”是文中或常见的写法，正式名称为{name}",
        "“{query}” is how the article or people write it; the official name is {name}",
    ),
    "since": ("，自{since}", ", since {since}"),
    "status.narrow": (
        "原文列需要至少120列宽的终端；用 cardinfo region 地名 查看每个地方的原文，或加 --plain。",
        "The article's words need a terminal of 120 columns or more; see them with cardinfo region PLACE, or add --plain.",
    ),
    "status.count": ("共{n}条记录：", "{n} records:"),
    "summary.status_line": ("{n}条（文中所说{stated}个）", "{n} records (the article states {stated})"),
    "summary.by_province": ("各省份（{n}个）：", "By province ({n}):"),
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
    "remind.due_today": ("就是今天", "today"),
    "remind.expires_today": (
        "警告：证件今天（{date}）到期，请尽快到县级残联换领。",
        "Warning: the card expires today ({date}); exchange it at your county-level DPF now.",
    ),
    "remind.expired": (
        "警告：证件已于{date}到期，请尽快到县级残联换领。",
        "Warning: the card expired on {date}; exchange it at your county-level DPF soon.",
    ),
    "remind.expiring": (
        "警告：证件将在{days}天内（{date}）到期，请提前换领。",
        "Warning: the card expires within {days} days ({date}); exchange it in good time.",
    ),
    "remind.activation_overdue": (
        "警告：年度激活已于{date}到期，已过{days}天；如当地卡片功能要求激活，请尽快办理。",
        "Warning: the yearly activation was due on {date}, {days} days ago; if your local card functions need it, activate soon.",
    ),
    "remind.after_expiry": (
        "证件在下次激活日之前（{date}）到期：不必再激活，请换领新证。",
        "The card expires ({date}) before the next activation date: no further activation, exchange the card instead.",
    ),
    "remind.lead": (
        "提醒：到期前{expiry}天开始提醒（文字警告与日历闹钟相同）；年度激活提前{activation}天提醒。",
        "Reminders: the expiry is flagged {expiry} days ahead (the same in this text and in the calendar alarm); the yearly activation {activation} days ahead.",
    ),
    "remind.until": ("每年一次，直到{date}", "yearly, until {date}"),
    "ics.overdue-activation": (
        "第三代残疾人证：年度激活已逾期，请尽快办理",
        "Third-generation disability card: yearly activation is overdue",
    ),
    "ics.expired": (
        "第三代残疾人证：证件已到期，请换领",
        "Third-generation disability card: the card has expired; exchange it",
    ),
    "error.remind.ics_stdout": (
        "--ics {path} 会把日历写到标准输出，而答案也写在那里，两份内容混在一起无法使用：请给 --ics 一个文件名（例如 --ics card.ics）。",
        "--ics {path} would write the calendar to standard output, where the answer goes too, mixing the two: give --ics a file name (for example --ics card.ics).",
    ),
    "error.remind.order": (
        "--last-activated（{activated}）早于 --issued（{issued}）：证要先发放才能激活，请检查这两个日期。",
        "--last-activated ({activated}) is before --issued ({issued}): a card is activated after it is issued; check both dates.",
    ),
    "error.date.empty": ("{option}：请给出日期，例如 2025-03-01。", "{option}: Give a date, for example 2025-03-01."),
    "error.date.form": (
        "{option}：无法识别的日期“{value}”；可以写成 2025-03-01、2025/3/1、2025.3.1、20250301 或 2025年3月1日。",
        "{option}: “{value}” is not a date this tool reads; write it as 2025-03-01, 2025/3/1, 2025.3.1, 20250301 or 2025年3月1日.",
    ),
    "error.date.time": (
        "{option}：只写日期，不带时间：{example}。",
        "{option}: Give the date only, without a time: {example}.",
    ),
    "error.date.week": (
        "{option}：不接受ISO周日期；请写日历日期，例如 {example}。",
        "{option}: ISO week dates are not accepted; write the calendar date, for example {example}.",
    ),
    "error.date.year_first": (
        "{option}：年份写在最前面（年-月-日），例如 {example}。",
        "{option}: Put the year first (year-month-day), for example {example}.",
    ),
    "error.date.year_digits": (
        "{option}：年份请写满四位，例如 {example}。",
        "{option}: Write the year with four digits, for example {example}.",
    ),
    "error.date.year_range": (
        "{option}：年份应在{first}到{last}之间，例如 2025-03-01。",
        "{option}: The year must be between {first} and {last}, for example 2025-03-01.",
    ),
    "error.date.month_swapped": (
        "{option}：没有{month}月：月份在前、日在后，例如 {example}。",
        "{option}: There is no month {month}: the month comes before the day, for example {example}.",
    ),
    "error.date.month": (
        "{option}：没有{month}月：月份是1到12，例如 {example}。",
        "{option}: There is no month {month}: months run 1 to 12, for example {example}.",
    ),
    "error.date.not_leap": (
        "{option}：{year}年不是闰年，没有2月29日：是 {before} 还是 {after}？",
        "{option}: {year} is not a leap year, so it has no 29 February: {before} or {after}?",
    ),
    "error.date.day": (
        "{option}：{month}月只有{days}天，例如 {example}。",
        "{option}: Month {month} has only {days} days, for example {example}.",
    ),
    # the same mistakes where the numbers given make no real date to show as an example
    "error.date.time.plain": ("{option}：只写日期，不带时间。", "{option}: Give the date only, without a time."),
    "error.date.year_first.plain": (
        "{option}：年份写在最前面（年-月-日），而且要是真实的日期。",
        "{option}: Put the year first (year-month-day), and give a real date.",
    ),
    "error.date.year_digits.plain": (
        "{option}：年份请写满四位，而且要是真实的日期。",
        "{option}: Write the year with four digits, and give a real date.",
    ),
    "error.date.month_swapped.plain": (
        "{option}：没有{month}月：月份在前、日在后。",
        "{option}: There is no month {month}: the month comes before the day.",
    ),
    "error.date.month.plain": (
        "{option}：没有{month}月：月份是1到12。",
        "{option}: There is no month {month}: months run 1 to 12.",
    ),
    "ics.activation": ("第三代残疾人证：每年激活提醒", "Third-generation disability card: annual activation"),
    "ics.expiry": ("第三代残疾人证：有效期到期", "Third-generation disability card: expiry"),
    # the tile map (cardinfo map) and the web page (export --format html)
    "map.title": (
        "第三代残疾人证：各省级行政区的进展",
        "Third-generation disability certificate: progress by province",
    ),
    "map.stage.issued": ("已有地方发放", "issued in some places"),
    "map.stage.issuing": ("有地方正在换发", "issuing in some places"),
    "map.stage.preparing": ("有地方准备换发", "preparing in some places"),
    "map.stage.unknown": ("没有已知消息", "nothing known"),
    "map.stage.not_applicable": ("不适用", "not applicable"),
    "map.means.issued": (
        "省内至少一地的记录或报道说已经发放",
        "a record or report says it has been issued somewhere in it",
    ),
    "map.means.issuing": (
        "省内至少一地的记录或报道说正在换发",
        "a record or report says it is being issued somewhere in it",
    ),
    "map.means.preparing": (
        "省内至少一地的记录或报道说准备换发",
        "a record or report says it is being prepared somewhere in it",
    ),
    "map.means.unknown": (
        "没有记录或报道提到省内任何地方，不代表没有换发",
        "no record or report names any place in it; that does not mean nothing is happening",
    ),
    "map.means.not_applicable": (
        "不发内地残疾人证，当地另有证件",
        "the mainland certificate is not issued there; it has a document of its own",
    ),
    "map.legend": ("图例", "Legend"),
    "map.provinces": ("{n}个", "{n}"),
    "map.note": (
        "每个省级行政区显示省内任何记录或报道所述最进一步的阶段（已经发放 > 正在换发 > 准备换发），不代表全省都到了这一步。",
        "Each province shows the most advanced stage any record or report inside it states (issued > issuing > preparing), not the stage of every place there.",
    ),
    "map.note.symbols": (
        "符号后的数字是各阶段的条数。",
        "The numbers after the symbols count the items at each stage.",
    ),
    "map.count": ("{status}{n}条", "{status} {n}"),
    "source.kind.article": ("网络文章", "web article"),
    "source.kind.official": ("官方发布", "official"),
    "source.kind.newspaper": ("报纸", "newspaper"),
    "source.kind.repost": ("转载", "repost"),
    "source.kind.third-party": ("第三方网站", "third-party site"),
    "map.kind.record": ("记录{n}条", "{n} record(s)"),
    "map.kind.report": ("报道{n}篇", "{n} report(s)"),
    "map.narrow": (
        "终端太窄，画不下方块地图（至少需要{n}列）；以下逐省列出。",
        "The terminal is too narrow for the tile map (it needs {n} columns); each province is listed instead.",
    ),
    "map.desc": (
        "{n}个省级行政区各占一个方块，按大致地理位置排列；颜色和符号表示其阶段：{counts}。",
        "{n} province-level divisions, one square each, laid out roughly where they lie; colour and symbol give each one's stage: {counts}.",
    ),
    "map.source": (
        "资料：{source}（{date}），以及有日期的报道（{reports}篇，来源见 cardinfo sources）",
        "Sources: {source} ({date}), and dated reports ({reports}; see cardinfo sources)",
    ),
    "map.reports": (
        "各省的条数还包括{n}篇有日期的报道（{dates}，来自{sources}个来源），来源列表见 cardinfo sources。",
        "The counts also include {n} dated report(s) ({dates}, from {sources} source(s)); the list is in cardinfo sources.",
    ),
    "map.dates": ("{first}至{last}", "{first} to {last}"),
    # The order of the stages in words: a screen reader reads “>” as “greater than”.
    "map.note.stages": (
        "每个省级行政区显示省内任何记录或报道所述最进一步的阶段（从最进一步的起，依次为已经发放、正在换发、准备换发），不代表全省都到了这一步。",
        "Each province shows the most advanced stage any record or report inside it states (issued first, then issuing, then preparing), not the stage of every place there.",
    ),
    "page.confidence": ("可信度{level}", "confidence {level}"),
    "page.description": ("（说明：{text}）", "(description: {text})"),
    "page.title": ("第三代残疾人证到了我这里吗？", "Has the third-generation disability certificate reached my area?"),
    "page.map": ("地图", "Map"),
    "page.provinces": ("各省级行政区", "By province"),
    "page.records": ("文中提到的地方", "The places the source names"),
    "page.faq": ("常见问题", "Questions people ask"),
    "page.timeline": ("全国时间线", "National timeline"),
    "page.sources": ("资料来源", "Sources"),
    "page.next_step": ("下一步怎么办", "What to do next"),
    "page.sort": ("点击表头可排序", "Select a column heading to sort by it"),
    "page.made": (
        "由 cardinfo {version} 生成；页面不加载任何外部资源。",
        "Made with cardinfo {version}; the page loads nothing from elsewhere.",
    ),
    "page.publisher": ("发布者", "Publisher"),
    "page.link": ("网址", "URL"),
    "page.supports": ("用于", "Supports"),
    "faq.article_silent": ("（文中没有谈到这个问题）", "(the article does not discuss this)"),
    "topic.transition": ("过渡期", "transition"),
    "topic.fee": ("费用", "fee"),
    "topic.reassessment": ("重新评残", "reassessment"),
    "topic.qrcode": ("二维码", "qrcode"),
    "topic.validity": ("有效期", "validity"),
    "topic.rollout": ("推广", "rollout"),
    "topic.activation": ("激活", "activation"),
    "topic.process": ("流程", "process"),
    "topic.apply": ("在哪里办", "apply"),
    "topic.replace": ("补办", "replace"),
    "topic.documents": ("材料", "documents"),
    "topic.number": ("证号", "number"),
    "topic.functions": ("卡片功能", "functions"),
    "topic.transfer": ("户口迁移", "transfer"),
    "topic.expired": ("过期", "expired"),
    "topic.contact": ("联系谁", "contact"),
    "faq.topics": (
        "可以问的主题（cardinfo faq 主题或问题）：",
        "Topics you can ask about (cardinfo faq TOPIC or a question):",
    ),
    "suggest": ("您是不是要找：{names}", "Did you mean: {names}"),
    "error.prefix": ("cardinfo：", "cardinfo: "),
    # errors: domain code raises CardinfoError(key, **values); the CLI words it as error.<key>
    "error.place.empty": (
        "没有输入地名：请输入地名、拼音或6位区划代码。",
        "Empty query: type a place name, pinyin or a 6-digit code.",
    ),
    "error.province.empty": (
        "--province：没有输入省份：请输入省份名称、拼音或代码，或者去掉这个选项。",
        "--province: no province given: type a province's name, pinyin or code, or leave the option out.",
    ),
    "error.number.empty": (
        "没有输入号码：请输入20位残疾人证号（补发的22位）或18位居民身份证号。",
        "No number given: type a 20-digit certificate number (22 when replaced) or an 18-digit resident ID.",
    ),
    "error.place.too_long": (
        "查询太长（{n}个字符，最多{limit}个）。",
        "The query is too long ({n} characters; at most {limit}).",
    ),
    "error.place.none": ("找不到地方“{query}”。", "No place called “{query}”."),
    "error.place.postcode": (
        "“{query}”是邮政编码，不是行政区划代码：请输入地名（例如 昆明）或6位区划代码。",
        "“{query}” is a postcode, not a division code: type a place name (e.g. Kunming) or a 6-digit division code.",
    ),
    "note.option_ignored": (
        "cardinfo：{option} 只用于{applies_to}，这里没有作用。",
        "cardinfo: {option} applies to {applies_to} only; it does nothing here.",
    ),
    "note.question_with_all": (
        "cardinfo：有 --all，显示全部答案；问题“{question}”没有用到。",
        "cardinfo: --all shows every answer; the question '{question}' is not used.",
    ),
    "note.applies.records": ("逗号或制表符分隔的输出（CSV、TSV）", "CSV and TSV output"),
    "note.applies.text": ("文字输出", "text output"),
    "note.applies.batch": ("逐行查询文件（--input）", "a file of queries (--input)"),
    "note.province_also": (
        "--province {query}：按{chosen}筛选；它也可指{others}（要那个省，请写它的名字）。",
        "--province {query}: filtered by {chosen}; it can also mean {others} (type that province's name for it).",
    ),
    "error.province.none": ("--province：“{query}”不是省级地区。", "--province: “{query}” is not a province."),
    "error.faq.none": (
        "没有找到与“{query}”相关的主题。可以问的主题：",
        "No topic matches “{query}”. The topics are:",
    ),
    "error.faq.too_long": (
        "问题太长（{n}个字符，最多{limit}个）：请只写要问的那一句。",
        "The question is too long ({n} characters; at most {limit}): ask just the one question.",
    ),
    "error.date.format": (
        "{option}：日期应写成 YYYY-MM-DD（例如 2024-02-29），收到的是“{value}”。",
        "{option}: expected a date as YYYY-MM-DD (e.g. 2024-02-29), got “{value}”.",
    ),
    "error.date.future": (
        "{option}：{value} 在今天（{today}）之后；请写已经发生的日期。",
        "{option}: {value} is after today ({today}); give a date that has happened.",
    ),
    "error.remind.nothing": (
        "请给出 --last-activated 或 --issued 日期（YYYY-MM-DD）。",
        "Give --last-activated or --issued as a date (YYYY-MM-DD).",
    ),
    "error.format.unknown": (
        "--format 的值“{value}”无效；可选：{choices}。",
        "--format: '{value}' is not one of {choices}.",
    ),
    "error.format.extension": (
        "无法从文件名“{path}”看出格式；请用 --format 指定（{choices}），或换用相应的扩展名。",
        "The name '{path}' does not say which format to write; give --format ({choices}) or a matching extension.",
    ),
    "error.data.missing": ("{path}：数据文件不存在。", "{path}: the data file is missing."),
    "error.data.unreadable": (
        "{path}：无法读取数据文件（{reason}）。",
        "{path}: cannot read the data file ({reason}).",
    ),
    "error.data.invalid": ("数据有误：{problem}", "Data error: {problem}"),
    "error.index.missing": (
        "{path}：区划索引不存在（请重新安装 cardinfo，或运行 scripts/build_places.py）。",
        "{path}: the division index is missing (reinstall cardinfo, or run scripts/build_places.py).",
    ),
    "sqlite.malformed": ("文件已损坏或不完整", "the file is damaged or incomplete"),
    "sqlite.no_table": ("文件缺少应有的表", "the file lacks a table it should have"),
    "sqlite.not_database": ("不是 SQLite 数据库文件", "not an SQLite database file"),
    "sqlite.locked": ("另一个程序正在写入这个文件", "another program is writing to the file"),
    "sqlite.unopenable": ("无法打开这个文件", "the file cannot be opened"),
    "sqlite.other": ("SQLite 错误：{text}", "SQLite error: {text}"),
    "error.index.unreadable": (
        "{path}：区划索引无法读取（{reason}）；请重新安装 cardinfo。",
        "{path}: the division index cannot be read ({reason}); reinstall cardinfo.",
    ),
    "error.output.unwritable": ("无法写入 {path}：{reason}", "Cannot write {path}: {reason}"),
    "error.completion.no_shell": (
        "找不到 {shell} 程序，无法为它安装命令补全。",
        "{shell} is not installed here: its completion cannot be installed.",
    ),
    "error.completion.no_home": (
        "没有可用的家目录（HOME 为“{home}”：没有设置、不是绝对路径或不存在），无法安装命令补全；请设置 HOME。",
        "No usable home folder (HOME is '{home}': unset, relative or missing), so completion cannot be installed;"
        " set HOME.",
    ),
    "completion.installed": (
        "已为 {shell} 安装命令补全：{path}（新开一个终端后生效）",
        "{shell} completion installed in {path} (it takes effect in a new terminal)",
    ),
    "error.output.format": (
        "无法从 {path} 的扩展名判断格式；请用 --format（{choices}）。",
        "Cannot tell the format from the extension of {path}; use --format ({choices}).",
    ),
    "error.tilemap.invalid": (
        "{path}：方块地图数据有误（{problem}）。",
        "{path}: the tile map is not valid ({problem}).",
    ),
    "error.output.encoding": (
        "这个终端的编码（{encoding}）无法显示简体中文；请设置 PYTHONIOENCODING=utf-8（Windows 上先运行 chcp 65001），或使用 --lang en；也可以用 --format json 把结果（总是 UTF-8）重定向到文件：> 文件。",
        "This terminal's encoding ({encoding}) cannot show simplified Chinese text; set PYTHONIOENCODING=utf-8 (on Windows: chcp 65001), or use --lang en, or redirect --format json (always UTF-8) to a file: > FILE.",
    ),
    "error.cache.unremovable": ("无法删除缓存文件 {path}：{reason}", "Cannot remove the cache file {path}: {reason}"),
    "error.cache.unusable": (
        "CARDINFO_CACHE_DIR=“{value}”不能作缓存文件夹（须是绝对路径，且不是根目录 /），所以没有删除任何文件；请改正或取消这个设置。",
        "CARDINFO_CACHE_DIR=“{value}” cannot be the cache folder (it must be an absolute path other than /), so nothing was removed; correct it or unset it.",
    ),
    "error.cache.setting": (
        "CARDINFO_CACHE_DIR=“{value}”不能作缓存文件夹（{reason}），所以没有删除任何文件；请改正或取消这个设置。",
        "CARDINFO_CACHE_DIR=“{value}” cannot be the cache folder ({reason}), so nothing was removed; correct it or unset it.",
    ),
    "error.cache.unreadable": ("无法读取缓存文件夹 {path}：{reason}", "Cannot read the cache folder {path}: {reason}"),
    "error.os.file": ("无法使用 {path}：{reason}", "Cannot use {path}: {reason}"),
    "error.output.stdout": ("无法写入标准输出：{reason}", "Cannot write to standard output: {reason}"),
    "error.input.no_name": (
        "--input：没有给出文件名（用 - 表示标准输入）。",
        "--input: no file name given (use - for standard input).",
    ),
    "error.remind.ics_no_name": (
        "--ics：没有给出文件名（例如 --ics card.ics）。",
        "--ics: no file name given (for example --ics card.ics).",
    ),
    "error.output.no_name": (
        "没有给出文件名（用 - 表示标准输出）。",
        "No file name given (use - for standard output).",
    ),
    "reason.closed": ("已关闭", "it is closed"),
    "reason.folder_name": ("这是文件夹的写法，请给出文件名", "that names a folder; give a file name"),
    "reason.not_regular": (
        "不是普通文件（FIFO、设备或文件夹不能作数据文件）",
        "not a regular file (a FIFO, device or folder cannot be a data file)",
    ),
    "reason.input_is_output": (
        "它也是答案写入的文件：会把写出的行当作输入读回，永不结束（请写到另一个文件）",
        "it is also the file the rows are written to: they would be read back as input for ever (write to another file)",
    ),
    "reason.device_input": (
        "这是设备，不是逐行的文本（请给出文件、FIFO，或用 - 表示标准输入）",
        "it is a device, not lines of text (give a file, a FIFO, or - for standard input)",
    ),
    "reason.device_stdin": (
        "标准输入是设备，不是逐行的文本（请用 < 文件 或管道输入）",
        "standard input is a device, not lines of text (redirect a file or pipe lines into it)",
    ),
    "reason.no_reader": (
        "这是 FIFO，{seconds} 秒内没有程序读取它",
        "it is a FIFO and no program opened it for reading within {seconds} seconds",
    ),
    "reason.data_in_use": (
        "这是本次运行读取的数据文件，不能覆盖（请换一个文件名）",
        "it is a data file this run reads, which is not overwritten (choose another name)",
    ),
    "reason.too_large": ("超过{limit} MiB 的上限", "larger than the limit of {limit} MiB"),
    "paths.data": ("数据文件夹", "Data folder"),
    "paths.bundled": ("随附数据", "Bundled data"),
    "paths.index": ("区划索引", "Division index"),
    "paths.cache": ("缓存文件夹", "Cache folder"),
    "paths.no_cache": (
        "无（找不到可靠的主目录，不使用缓存；可设置 CARDINFO_CACHE_DIR）",
        "none (no usable home folder, so no cache; set CARDINFO_CACHE_DIR)",
    ),
    "paths.cache_setting": (
        "无（CARDINFO_CACHE_DIR=“{value}”不能作缓存文件夹：{reason}；不使用缓存）",
        "none (CARDINFO_CACHE_DIR=“{value}” cannot be the cache folder: {reason}; no cache)",
    ),
    "cache.cleared": ("已删除{n}个缓存文件：{folder}", "Removed {n} cache file(s) from {folder}"),
    # operating-system reasons, by errno name
    "os.ENOENT": ("文件夹或文件不存在", "no such file or folder"),
    "os.EACCES": ("没有权限", "permission denied"),
    "os.EPERM": ("不允许的操作", "operation not permitted"),
    "os.ENOSPC": ("磁盘已满", "no space left on the device"),
    "os.EFBIG": ("文件太大", "file too large"),
    "os.EISDIR": ("这是一个文件夹", "it is a folder"),
    "os.ENOTDIR": ("路径中有一部分不是文件夹", "part of the path is not a folder"),
    "os.EROFS": ("只读文件系统", "read-only file system"),
    "os.EIO": ("输入输出错误", "input/output error"),
    "os.ENAMETOOLONG": ("文件名太长", "file name too long"),
    "os.ELOOP": ("符号链接的层级太多（可能是循环链接）", "too many levels of symbolic links (a loop?)"),
    "os.EEXIST": ("文件已存在", "the file exists"),
    "os.EBUSY": ("设备或资源正忙", "device or resource busy"),
    "os.ETXTBSY": ("文件正在使用", "text file busy"),
    "os.EXDEV": ("不能跨文件系统移动", "cannot move across file systems"),
    "os.EINVAL": ("参数无效", "invalid argument"),
    "os.EMFILE": ("打开的文件太多", "too many open files"),
    "os.EDQUOT": ("超出磁盘配额", "disk quota exceeded"),
    "os.ENXIO": ("没有这个设备或地址", "no such device or address"),
    "os.ENODEV": ("没有这个设备", "no such device"),
    "os.ENFILE": ("系统打开的文件太多", "too many open files in the system"),
    "os.EAGAIN": ("资源暂时不可用，请稍后再试", "resource temporarily unavailable; try again"),
    "os.EPIPE": ("管道的另一端已关闭", "the other end of the pipe is closed"),
    "os.EBADF": ("文件描述符无效（可能已关闭）", "bad file descriptor (closed?)"),
    "os.ENOTEMPTY": ("文件夹不是空的", "the folder is not empty"),
    "os.ESPIPE": ("不能在其中定位（管道或终端）", "cannot seek in it (a pipe or terminal)"),
    "os.EOVERFLOW": ("数值太大，超出了数据类型的范围", "value too large for its data type"),
    "os.ENOMEM": ("内存不足", "not enough memory"),
    "os.ENOTSUP": ("不支持这个操作", "operation not supported"),
    "os.EOPNOTSUPP": ("不支持这个操作", "operation not supported"),  # ENOTSUP's other name (the same on Linux)
    "os.ESTALE": ("网络文件句柄已失效", "stale network file handle"),
    "os.EINTR": ("被信号中断", "interrupted by a signal"),
    "os.ETIMEDOUT": ("连接超时", "connection timed out"),
    "os.ECONNRESET": ("连接被对方重置", "connection reset by peer"),
    "os.ENOTCONN": ("连接已断开", "not connected"),
    "os.ENOLCK": ("没有可用的锁", "no locks available"),
    "os.ENOTTY": ("不是终端，不支持这个操作", "not a terminal: the operation is not supported"),
    "os.ENOSYS": ("系统不支持这个功能", "function not implemented"),
    "os.EILSEQ": ("字节序列无效", "invalid byte sequence"),
    # any other: the system's own words in English; in Chinese its errno name, never an English sentence
    "os.other": ("系统错误 {name}", "{text}"),
    "os.unknown": ("系统错误", "{text}"),
    "data.ok": ("数据有效：{files}", "Data is valid: {files}"),
    "paths.build": ("（构建编号 {id}）", " (build {id})"),
    "data.bad": ("发现{n}个数据问题：", "Found {n} data problem(s):"),
    # Typer's and Click's own words (cardinfo.clitext words usage errors and help with these)
    "click.usage": ("用法：{usage}", "Usage: {usage}"),
    "click.usage_prefix": ("用法：", "Usage: "),
    "click.options_metavar": ("[选项]", "[OPTIONS]"),
    "click.subcommand_metavar": ("命令 [参数]...", "COMMAND [ARGS]..."),
    "click.heading": ("{heading}：", "{heading}:"),
    "click.try": ("查看帮助：{command} {option}", "Try '{command} {option}' for help."),
    "click.error": ("错误：{message}", "Error: {message}"),
    "click.no_option": ("没有这个选项：{option}", "No such option: {option}"),
    "click.possible": ("（可用的选项：{names}）", " (Possible options: {names})"),
    "click.no_value": ("选项 {option} 不带值。", "Option '{option}' does not take a value."),
    "click.needs_value": ("选项 {option} 后面需要一个值。", "Option '{option}' requires a value."),
    "click.missing_argument": ("缺少参数 {name}。", "Missing argument '{name}'."),
    "click.missing_option": ("缺少选项 {name}。", "Missing option '{name}'."),
    "click.invalid": ("{hint} 的值无效：{message}", "Invalid value for '{hint}': {message}"),
    "click.choice": ("“{value}”不是可选的值（{choices}）。", "'{value}' is not one of {choices}."),
    "click.extra": ("多余的参数：{args}", "Got unexpected extra argument(s): {args}"),
    "click.file": ("无法打开文件“{name}”：{reason}", "Could not open file '{name}': {reason}"),
    "click.no_command": ("没有这个命令“{name}”。", "No such command {name!r}."),
    "click.did_you_mean": ("。您是不是要找：{names}？", ". Did you mean {names}?"),
    "click.missing_command": ("缺少命令。", "Missing command."),
    "click.aborted": ("已中止！", "Aborted!"),
    "click.section.options": ("选项", "Options"),
    "click.section.arguments": ("参数", "Arguments"),
    "click.section.commands": ("命令", "Commands"),
    "click.default": ("默认：{default}", "default: {default}"),
    "click.required": ("必填", "required"),
    "click.envvar": ("环境变量：{var}", "env var: {var}"),
    "click.dynamic": ("（动态）", "(dynamic)"),
    "click.shell": (
        "不支持的 shell“{shell}”；可选：bash、zsh、fish、powershell、pwsh。",
        "Unsupported shell '{shell}'; choose bash, zsh, fish, powershell or pwsh.",
    ),
    "click.no_shell": (
        "看不出用的是哪种 shell（环境变量 SHELL 没有设置）；请写明：{option} bash（或 zsh、fish、powershell、pwsh）。",
        "Cannot tell which shell this is (SHELL is not set); name it: {option} bash (or zsh, fish, powershell, pwsh).",
    ),
    # help: help.COMMAND is a command's help, help.COMMAND.PARAM an option's; help.any.PARAM any command's
    "help.root": (
        "第三代残疾人证（智能化残疾人证）在我所在的地方开始换发了吗？\n\n"
        "答案来自一篇约2020年的网络文章和其他有日期的报道，每条都注明来源、日期和可信度；均未经官方核实。",
        "Has the third-generation disability certificate (第三代残疾人证) reached my area?\n\n"
        "Answers from a web article of about 2020 and other dated reports, each with its source, date and confidence; none officially verified.",
    ),
    "help.root.data_dir": (
        "使用此文件夹里的数据文件（regions.yaml、faq.yaml、sources.yaml、reports.yaml）。",
        "Use the data files in this folder (regions.yaml, faq.yaml, sources.yaml, reports.yaml).",
    ),
    "help.root.lang": (
        "标签和答案的语言（zh 中文、en 英文；默认取 CARDINFO_LANG，再取系统语言）。",
        "Language of labels and answers (zh or en; default: CARDINFO_LANG, else the locale).",
    ),
    "help.root.plain": (
        "纯文本逐行输出：无颜色、无框线、无控制字符（可放在命令前或后）。",
        "Plain linear text: no colour, boxes or escape codes (before or after the command).",
    ),
    "help.root.version": ("显示版本并退出。", "Show the version and exit."),
    "help.any.help": ("显示此帮助并退出。", "Show this message and exit."),
    "help.any.install_completion": (
        "为当前 shell（或指定的 bash、zsh、fish、powershell）安装命令补全。",
        "Install completion for the current shell (or the one named: bash, zsh, fish, powershell).",
    ),
    "help.any.show_completion": (
        "显示当前 shell（或指定的 bash、zsh、fish、powershell）的补全脚本，以便自行安装。",
        "Show the completion script for the current shell (or the one named), to install it yourself.",
    ),
    "help.any.fmt": ("输出格式。", "Output format."),
    "help.any.output": (
        "写入此文件（原子写入）而不是标准输出；未给 --format 时按扩展名选格式。",
        "Write to this file (atomically) instead of stdout; without --format, the extension picks the format.",
    ),
    "help.region": (
        "中国任一地方（省、市、县、区、乡镇）的换发状态，或文件中每一行的。\n\n\b\n示例：\n"
        "  cardinfo region 昆明\n  cardinfo region 盘龙区\n  cardinfo region kunming --format json\n"
        "  cardinfo region 530100\n  cardinfo region --input places.txt --format csv > answers.csv\n"
        "  cut -d, -f3 addresses.csv | cardinfo region - > answers.ndjson",
        "Status of one place of China (province, city, county, district or town), or of every line of a file."
        "\n\n\b\nExamples:\n  cardinfo region 昆明\n  cardinfo region 盘龙区\n"
        "  cardinfo region kunming --format json\n  cardinfo region 530100\n"
        "  cardinfo region --input places.txt --format csv > answers.csv\n"
        "  cut -d, -f3 addresses.csv | cardinfo region - > answers.ndjson",
    ),
    "help.region.query": (
        "地方（名称、拼音、代码、地址、句子、身份证号或残疾人证号）；- 表示从标准输入读取。",
        "A place (name, pinyin, code, address, sentence, ID or certificate number); - reads standard input.",
    ),
    "help.region.input_": (
        "从文件逐行查询（- 表示标准输入）。",
        "One query per line from FILE (- for standard input).",
    ),
    "help.region.suggest": (
        "与 --input 一起用：为没有地名的行给出建议（较慢）。",
        "With --input: suggestions for lines that name no place (slower).",
    ),
    "help.region.fmt": (
        "text、json、ndjson、csv 或 tsv（用 --input 时：终端上为 text，否则为 ndjson）。",
        "text, json, ndjson, csv or tsv (with --input: text on a terminal, else ndjson).",
    ),
    "help.ask": (
        "用自己的话提问：地方、常见问题主题，或两者（也可直接写 cardinfo 问题……）。\n\n\b\n示例：\n"
        '  cardinfo ask 我在昆明，三代证要钱吗\n  cardinfo 昆明\n  cardinfo ask "is it free?" --format json',
        "Ask in your own words: the place, the FAQ topic, or both (also: cardinfo QUESTION...).\n\n\b\n"
        "Examples:\n  cardinfo ask 我在昆明，三代证要钱吗\n  cardinfo 昆明\n"
        '  cardinfo ask "is it free?" --format json',
    ),
    "help.ask.query": ("一个地方、一个问题，或两者都有的一句话。", "A place, a question, or a sentence with both."),
    "help.number": (
        "离线检查残疾人证号或身份证号并解释它（号码无效时退出码为1）。\n\n\b\n"
        "号码从不完整显示（只保留前6位和后4位），也从不保存。\n号码中的空格和短横线会被忽略。\n"
        "示例：\n  cardinfo number 号码\n  cardinfo number 号码 --format json",
        "Check a certificate or resident ID number offline and explain it (exit 1 if it is not valid).\n\n\b\n"
        "The number is never shown whole (its first 6 and last 4 characters are kept) and never stored.\n"
        "Spaces and dashes inside it are ignored.\nExamples:\n  cardinfo number NUMBER\n"
        "  cardinfo number NUMBER --format json",
    ),
    "help.number.number": (
        "残疾人证号（20或22位）或身份证号（18或15位）。",
        "A certificate number (20 or 22) or resident ID (18 or 15).",
    ),
    "meta.number": ("号码", "NUMBER"),
    "meta.ask.query": ("问题", "QUESTION"),
    "meta.input_": ("文件", "FILE"),
    "help.region.brief": ("只给答案和下一步。", "The answer line and the next step only."),
    "help.status": (
        "数据中每个地区的换发状态表。\n\n\b\n示例：\n  cardinfo status\n"
        "  cardinfo status --status 正在换发 --province 云南,四川\n  cardinfo status --output status.csv --bom",
        "The status table of every region the data covers.\n\n\b\nExamples:\n  cardinfo status\n"
        "  cardinfo status --status issuing --province 云南,四川\n  cardinfo status --output status.csv --bom",
    ),
    "help.status.status_": (
        "只列此状态：issued 已经发放、issuing 正在换发、preparing 准备换发。",
        "Only this status: issued (已经发放), issuing (正在换发), preparing (准备换发).",
    ),
    "help.status.province": (
        "只列这些省份（任何写法；多个用逗号分隔：云南,四川）。",
        "Only these provinces (any name form; several separated by commas: 云南,四川).",
    ),
    "help.status.fmt": (
        "输出格式：table、json、ndjson、csv、tsv、yaml 或 markdown。",
        "Output format: table, json, ndjson, csv, tsv, yaml or markdown.",
    ),
    "help.status.pilot": ("只列试点。", "Only pilots (试点)."),
    "help.status.bom": (
        "CSV/TSV 以 UTF-8 BOM 开头，便于中文 Windows 上的 Excel 打开。",
        "Start CSV/TSV with a UTF-8 BOM, for Excel on Chinese Windows.",
    ),
    "help.summary": (
        "按状态和省份计数，并列出文中所说的数字。\n\n\b\n示例：\n  cardinfo summary\n  cardinfo summary --format json",
        "Counts by status and by province, beside the counts the article states.\n\n\b\nExamples:\n"
        "  cardinfo summary\n  cardinfo summary --format json",
    ),
    "help.timeline": (
        "全国性的时间节点，按时间先后，照文中所说（未核实）。\n\n\b\n示例：\n  cardinfo timeline\n"
        "  cardinfo timeline --format json",
        "National milestones, oldest first, as the article states them (unverified).\n\n\b\nExamples:\n"
        "  cardinfo timeline\n  cardinfo timeline --format json",
    ),
    "help.faq": (
        "16个主题的解答，可用主题名或自己的话提问（找不到主题时不乱猜）。\n\n"
        "主题：transition 过渡期、fee 费用、reassessment 重新评残、qrcode 二维码、validity 有效期、"
        "rollout 推广、activation 激活、process 流程、apply 申领、replace 补换、documents 材料、"
        "number 证号、functions 功能、transfer 迁移、expired 过期、contact 联系。\n\n\b\n示例：\n"
        '  cardinfo faq\n  cardinfo faq fee\n  cardinfo faq 换证要钱吗\n  cardinfo --lang en faq "is it free?"',
        "Answers on 16 topics, by topic key or in your own words (no topic rather than a guess).\n\n"
        "Topics: transition fee reassessment qrcode validity rollout activation process "
        "apply replace documents number functions transfer expired contact.\n\n\b\n"
        "Examples:\n  cardinfo faq\n  cardinfo faq fee\n  cardinfo faq 换证要钱吗\n"
        '  cardinfo --lang en faq "is it free?"',
    ),
    "help.faq.question": (
        "主题（fee）、词语（费用）或问题（换证要钱吗）。",
        "A topic key (fee), a word (费用) or a question (换证要钱吗).",
    ),
    "help.faq.all_": ("列出全部答案。", "Every answer."),
    "help.remind": (
        "下次年度激活、10年有效期的到期日，以及日历提醒文件。\n\n\b\n示例：\n"
        "  cardinfo remind --last-activated 2026-03-01\n  cardinfo remind --issued 2017年2月28日 --ics card.ics",
        "Next annual activation; expiry of a 10-year card; an iCalendar reminder.\n\n\b\nExamples:\n"
        "  cardinfo remind --last-activated 2026-03-01\n  cardinfo remind --issued 2017/2/28 --ics card.ics",
    ),
    "help.remind.last_activated": (
        "上次激活的日期（2025-03-01、2025/3/1、2025年3月1日……）。",
        "When you last activated the card (2025-03-01, 2025/3/1, 2025年3月1日…).",
    ),
    "help.remind.issued": (
        "发证日期（2025-03-01、2025/3/1、2025年3月1日……）。",
        "When the card was issued (2025-03-01, 2025/3/1, 2025年3月1日…).",
    ),
    "help.remind.today": ("从这一天而不是今天算起。", "Count days from this date instead of today."),
    "help.remind.ics": (
        "另写一个手机日历可导入的 iCalendar 文件。",
        "Also write an iCalendar file for a phone calendar.",
    ),
    "help.export": (
        "整个数据集，供脚本使用；或一个独立的网页。\n\n\b\n示例：\n  cardinfo export > cardinfo.json\n"
        "  cardinfo export --output cardinfo.yaml\n  cardinfo export --output cardinfo.html",
        "The whole dataset, for scripts; or a self-contained web page.\n\n\b\nExamples:\n"
        "  cardinfo export > cardinfo.json\n  cardinfo export --output cardinfo.yaml\n"
        "  cardinfo export --output cardinfo.html",
    ),
    "help.map": (
        "全国34个省级行政区的方块地图，按其中的证据所说的阶段着色。\n\n\b\n示例：\n  cardinfo map\n"
        "  cardinfo --lang en map --plain\n  cardinfo map --format svg --output map.svg\n"
        "  cardinfo map --output status.html",
        "Every province-level division on a tile map, by the stage the evidence inside it states.\n\n\b\n"
        "Examples:\n  cardinfo map\n  cardinfo --lang en map --plain\n"
        "  cardinfo map --format svg --output map.svg\n  cardinfo map --output status.html",
    ),
    "help.sources": (
        "数据引用的每个来源：日期、可信度、地址，以及它支持哪些内容。\n\n\b\n示例：\n  cardinfo sources\n"
        "  cardinfo sources --format json",
        "Every source the data cites: its date, confidence, address and what it supports.\n\n\b\nExamples:\n"
        "  cardinfo sources\n  cardinfo sources --format json",
    ),
    "help.data": (
        "处理数据文件（见：cardinfo data check --help）。",
        "Work with the data files (see: cardinfo data check --help).",
    ),
    "help.data.check": (
        "检查数据文件并列出每个问题（有问题时退出码为3）。\n\n\b\n示例：\n  cardinfo data check\n"
        "  cardinfo data check ./my-data",
        "Validate the data files and report every problem (exit 3 if there are any).\n\n\b\nExamples:\n"
        "  cardinfo data check\n  cardinfo data check ./my-data",
    ),
    "help.data.check.directory": (
        "数据文件（regions.yaml、faq.yaml、sources.yaml、reports.yaml）所在的文件夹（默认：正在使用的数据）。",
        "Folder with the data files: regions.yaml, faq.yaml, sources.yaml, reports.yaml (default: the data in use).",
    ),
    "help.data.paths": (
        "数据、区划索引和数据缓存在哪里。\n\n\b\n示例：\n  cardinfo data paths\n"
        "  cardinfo --data-dir ./my-data data paths --format json",
        "Where the data, the division index and the data cache are.\n\n\b\nExamples:\n"
        "  cardinfo data paths\n  cardinfo --data-dir ./my-data data paths --format json",
    ),
    "help.data.clear-cache": (
        "删除缓存的、已检查过的数据副本（下次运行会重新检查）。\n\n\b\n示例：\n  cardinfo data clear-cache",
        "Remove the cached, validated copies of the data (the next run validates again).\n\n\b\nExamples:\n"
        "  cardinfo data clear-cache",
    ),
    "meta.query": ("地名", "PLACE"),
    "meta.status.fmt": ("<table|json|ndjson|csv|tsv|yaml|markdown>", "<table|json|ndjson|csv|tsv|yaml|markdown>"),
    "meta.question": ("问题", "QUESTION"),
    "meta.directory": ("文件夹", "FOLDER"),
    "meta.data_dir": ("文件夹", "FOLDER"),
    "meta.output": ("文件", "FILE"),
    "meta.ics": ("文件", "FILE"),
    "meta.last_activated": ("日期", "DATE"),
    "meta.issued": ("日期", "DATE"),
    "meta.today": ("日期", "DATE"),
    "meta.province": ("省份", "PROVINCE"),
    "exit.title": ("退出码：", "Exit codes:"),
    "exit.OK": (
        "已回答（文中没有提到的真实地方也算：状态为未提及）",
        "answered (also a real place the sources say nothing about)",
    ),
    "exit.NOT_FOUND": (
        "没有找到（建议写在标准错误输出）；或无法写入输出",
        "nothing matched (suggestions on stderr); or an output could not be written",
    ),
    "exit.USAGE": ("用法错误（选项或日期写错）", "usage error (bad option or date)"),
    "exit.DATA": (
        "数据错误（数据文件缺失、不是有效的 YAML 或不符合格式）",
        "data error (a data file is missing, not valid YAML, or breaks the schema)",
    ),
    "exit.INTERRUPTED": ("被中断（Ctrl-C）", "interrupted (Ctrl-C)"),
    "exit.PIPE_CLOSED": ("输出管道提前关闭", "the output pipe was closed early"),
    # evidence: sources, reports, the next step
    "status.not_applicable": ("不适用", "not applicable"),
    "confidence.High": ("高", "high"),
    "confidence.Medium-High": ("中高", "medium-high"),
    "confidence.Medium": ("中", "medium"),
    "confidence.Low": ("低", "low"),
    "confidence.Low-Medium": ("中低", "low-medium"),
    "word.undated": ("日期不详", "undated"),
    "date.quotes_rules": ("日期不详（引用{year}年的办法）", "undated (quotes the {year} rules)"),
    "date.circa": ("约{date}年", "c. {date}"),
    "cite.brief": ("{publisher} {date}", "{publisher} {date}"),
    "word.pilot": ("（试点）", " (pilot)"),
    "lead.since": ("，{date} 起", " since {date}"),
    "lead.as_of": ("，截至 {date}", " as of {date}"),
    "lead.evidence": ("{place}：{status}{since}（{via}{cite}）", "{place}: {status}{since} ({via}{cite})"),
    "lead.inside": (
        "{place}：其下有地方{status}{since}（{other}：{cite}）",
        "{place}: a place inside it is {status}{since} ({other}: {cite})",
    ),
    "via.record": ("据{other}的记录：", "from the record for {other}: "),
    "via.report": ("据{other}的报道：", "from a report on {other}: "),
    "cite": ("{publisher} {date}，可信度{confidence}", "{publisher} {date}, confidence {confidence}"),
    "cite.full": (
        "{publisher} {date}，可信度{confidence}；{url}",
        "{publisher} {date}, confidence {confidence}; {url}",
    ),
    "evidence.item": (
        "{date} {place}：{stage}{pilot}——“{quote}”{note}（{cite}）",
        "{date} {place}: {stage}{pilot} — “{quote}”{note} ({cite})",
    ),
    "evidence.note": ("；说明：{note}", "; note: {note}"),
    "label.evidence": ("各来源的说法（最新在前）", "What each source says (newest first)"),
    "label.next_step": ("下一步", "What to do next"),
    "label.document": ("当地证件", "Local document"),
    "label.issuer": ("签发机构", "Issued by"),
    "label.facts": ("来源", "Sources"),
    "label.command": ("查询命令", "Command"),
    "next.here": (
        "（户籍在{county}的，就是{county}残联）",
        " (for a household registered in {county}: the {county} DPF)",
    ),
    "next.source": ("（来源：{cites}）", " (source: {cites})"),
    "next.candidates": (
        "选一个地方再查一次，例如：{command}",
        "Pick one place and ask again, for example: {command}",
    ),
    "next.local": (
        "请向{issuer}查询「{document}」{cite}",
        "Ask {issuer} about the {document}{cite}",
    ),
    "lead.not_applicable": (
        "{place}：不适用——内地的残疾人证（第二代、第三代）不在这里签发；当地的证件是「{document}」",
        "{place}: not applicable — the mainland disability certificate (second or third generation) is not issued here; the local document is the {document}",
    ),
    "label.places_by_status": ("按全部证据的地点数", "Places by status, from all evidence"),
    "label.places": ("地点数", "Places"),
    "summary.places": (
        "共{n}个地点有记录或报道；每个地点的状态取关于它或其上级的最进一步的阶段。",
        "{n} places have a record or a report; each place's status is the most advanced stage stated about it or a place above it.",
    ),
    "label.publisher": ("发布者", "Publisher"),
    "label.kind": ("类型", "Kind"),
    "label.url": ("网址", "URL"),
    "label.note": ("说明", "Note"),
    "label.supports": ("支持的内容", "What it supports"),
    "label.title": ("标题", "Title"),
    "label.description": ("页面描述（本工具所写，非页面标题）", "Description (ours, not the page's title)"),
    "label.description_other": ("页面描述（本工具所写，只有英文）", "Description (ours, in Chinese only)"),
    "label.source_words": ("原文", "Source's words"),
    "label.rules": ("依据", "Rules"),
    "number.rules.certificate": (
        "《残疾人证管理办法》（2017年修订）第五条（证号20位：18位公民身份号码、1位残疾类别代码、1位残疾等级代码）、第二十条（补发的证号后加B1、B2…）；GB 11643-1999《公民身份号码》（前6位为行政区划代码）",
        "Disability Certificate Rules (2017 revision), Art. 5 (20 characters: the 18-character citizen ID number, a category digit and a grade digit) and Art. 20 (a replacement adds B1, B2, …); GB 11643-1999, Citizen identification number (the first 6 digits are the division code)",
    ),
    "number.rules.id": (
        "GB 11643-1999《公民身份号码》（前6位为行政区划代码，其后为出生日期和顺序码，第18位为ISO 7064 MOD 11-2校验码）",
        "GB 11643-1999, Citizen identification number (the first 6 digits are the division code, then the birth date and a sequence code; the 18th is an ISO 7064 MOD 11-2 check character)",
    ),
    "next.number_invalid": (
        "对照证件核对号码后重新输入；号码无误却仍显示无效的，请向发证的县级残联（或身份证的签发机关）核实。",
        "Check the number against the card and type it again; if it is right and still shown as not valid, ask the county-level DPF that issued the certificate (or the office that issued the ID card).",
    ),
    "sources.lead": ("共{n}个来源（文章是其中之一）：", "{n} sources (the article is one of them):"),
    "supports.records": ("{n}条地点记录（regions.yaml）", "{n} place records (regions.yaml)"),
    "supports.report": ("报道 {id}：{place} {stage} {date}", "report {id}: {place} {stage} {date}"),
    "supports.timeline": ("大事记 {date}：{event}", "timeline {date}: {event}"),
    "supports.next_step": ("下一步：{step}", "next step: {step}"),
    "supports.caveat": ("常见问题“{topic}”的补充", "an addition to the FAQ question “{topic}”"),
    "supports.check": ("当面核实的渠道", "where to check in person"),
    "supports.local": ("{place}的当地证件：{fact}", "{place}'s local document: {fact}"),
    "supports.none": ("研究笔记引用；数据中暂未使用", "cited in the research notes; not used by the data yet"),
    # numbers, ask and batch (cardinfo number / ask / region --input)
    "number.kind.id": ("居民身份证号码", "resident ID number"),
    "number.kind.certificate": ("残疾人证号", "disability certificate number"),
    "number.valid": ("{kind} {masked}：格式有效", "{kind} {masked}: well-formed"),
    "number.invalid": ("{kind} {masked}：无效", "{kind} {masked}: not valid"),
    "number.problem.length": (
        "长度不对：身份证号为15或18位，残疾人证号为20位（补发的22位，以B1至B9结尾）",
        "wrong length: an ID number has 15 or 18 characters, a certificate number 20 (22 when replaced, ending in B1 to B9)",
    ),
    "number.problem.characters": (
        "含有不该有的字符：只能是数字，身份证号第18位可为X，补发证号以B1至B9结尾",
        "unexpected characters: digits only, X allowed as the 18th, B1 to B9 at the end of a replaced certificate",
    ),
    "number.problem.division": (
        "前6位不是任何行政区划代码（现行或1981年以来撤销的）",
        "the first six digits are no division code (current, or retired since 1981)",
    ),
    "number.problem.birth_date": ("出生日期不是真实的日期", "the birth date is not a real date"),
    "number.problem.birth_future": ("出生日期晚于今天", "the birth date is after today"),
    "number.problem.check_digit": (
        "校验码不符（第18位，ISO 7064 MOD 11-2），可能有数字输错",
        "the check character (the 18th, ISO 7064 MOD 11-2) does not match: a digit may be mistyped",
    ),
    "number.problem.category": ("残疾类别（第19位）应为1至7", "the category digit (the 19th) must be 1 to 7"),
    "number.problem.grade": ("残疾等级（第20位）应为1至4", "the grade digit (the 20th) must be 1 to 4"),
    "number.problem.replacement": ("补发标记应为B1至B9", "the replacement suffix must be B1 to B9"),
    "label.problems": ("问题", "Problems"),
    "label.category": ("残疾类别", "Category"),
    "label.grade": ("残疾等级", "Grade"),
    "label.replacement": ("补发", "Replacement"),
    "label.issued_in": ("发证地（前6位）", "Issued in (first 6 digits)"),
    "ask.mainland_only": (
        "以下回答说的是内地的残疾人证，不适用于{place}（那里的证件是「{document}」）。",
        "The answer below is about the mainland certificate; it does not apply in {place} (the document there is the {document}).",
    ),
    "label.digits_place": ("前6位的地区代码", "Division of the first 6 digits"),
    "number.not_issued": (
        "内地的残疾人证不在{place}签发，那里的证件是「{document}」（见 cardinfo region {name}）；这个号码的前6位只说明它的地区代码。",
        "The mainland disability certificate is not issued in {place}; the document there is the {document} (see cardinfo region {name}). The first 6 digits only name that division's code.",
    ),
    "label.former_code": ("旧区划代码", "Retired division code"),
    "number.replacement": ("第{n}次补发（B{n}）", "replacement card no. {n} (B{n})"),
    "number.former": (
        "{code}（{names}，使用至{until}年）现为：{places}",
        "{code} ({names}, in use until {until}) is today: {places}",
    ),
    "error.number.length": (
        "{masked}：不是地名，也不是号码——{n}位数字，长度不对：身份证号为15或18位，残疾人证号为20位（补发的22位，以B1至B9结尾）",
        "{masked}: no place, and no number: {n} digits is the wrong length (an ID number has 15 or 18"
        " characters, a certificate number 20, or 22 when replaced, ending in B1 to B9)",
    ),
    "error.number.no_division": (
        "号码{masked}的前6位{code}不是任何行政区划代码（现行或1981年以来撤销的）。",
        "The first six digits {code} of {masked} are no division code (current, or retired since 1981).",
    ),
    "number.note": (
        "仅离线检查号码格式，不查询任何登记系统；号码不会被保存。",
        "Checked offline for its form only, against no register; the number is not kept.",
    ),
    "error.ask.none": (
        "没有从“{query}”中找到地方或问题主题。",
        "Found neither a place nor a question topic in “{query}”.",
    ),
    "error.ask.command": (
        "“{query}”不是地方，也不是问题；要运行这个命令，请输入：cardinfo {command}",
        "“{query}” is neither a place nor a question; to run the command, type: cardinfo {command}",
    ),
    "batch.empty": ("空行", "empty line"),
    "batch.encoding": ("这一行不是有效的UTF-8文本", "this line is not valid UTF-8 text"),
    "batch.too_long": ("这一行太长（超过4096字节）", "this line is too long (over 4096 bytes)"),
    "batch.progress": ("已处理{n}行", "lines read: {n}"),
    "error.region.nothing": (
        "请给出地名，或用 --input 文件（或 -，即标准输入）逐行查询。",
        "Give a place, or --input FILE (or -, standard input) for one query per line.",
    ),
    "error.region.both": (
        "请只给出地名或 --input 之一。",
        "Give either a place or --input, not both.",
    ),
    "batch.ambiguous": ("对应{n}个地方：{names}", "{n} places: {names}"),
    "error.input.unreadable": ("无法读取输入 {path}：{reason}", "Cannot read the input {path}: {reason}"),
    "exit.TERMINATED": ("被终止（SIGTERM）", "terminated (SIGTERM)"),
    "exit.HANGUP": (
        "终端或远程会话已关闭（SIGHUP），半写的文件已删除",
        "hung up (SIGHUP): the terminal or the ssh session closed, any file half written removed",
    ),
    # data problems: `file:line: field: what`; values quoted from the data stay as they are
    "problem.line": ("{file}:{line}: {field}: {what}", "{file}:{line}: {field}: {what}"),
    "problem.document": ("（整个文件）", "(document)"),
    "problem.found.mapping": ("映射（键值对）", "a mapping"),
    "problem.found.list": ("列表", "a list"),
    "problem.found.null": ("空值 null", "null"),
    "problem.text": ("应为文本，实际是{found}", "expected text, found {found}"),
    "problem.text_empty": ("应为非空文本", "expected non-empty text"),
    "problem.pattern": ("应为{what}，实际是{found}", "expected {what}, found {found}"),
    "problem.what.id": ("由小写字母、数字和连字符组成的编号", "an id of lower-case letters, digits and hyphens"),
    "problem.what.source_id": (
        "sources.yaml 中的来源编号（小写字母、数字和连字符）",
        "a source id (lower-case letters, digits and hyphens) from sources.yaml",
    ),
    "problem.what.code": ("加引号的6位或9位区划代码", "a 6- or 9-digit division code in quotes"),
    "problem.what.code6": ("加引号的6位区划代码", "a 6-digit division code in quotes"),
    "problem.what.within": ("所属上级区划的6位代码", "the 6-digit code of the division that contains the place"),
    "problem.what.topic_key": ("由小写字母组成的主题键", "a topic key of lower-case letters"),
    "problem.date": (
        "应为日期 YYYY、YYYY-MM 或 YYYY-MM-DD，实际是{found}",
        "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found {found}",
    ),
    "problem.date_real": ("应为真实存在的日期，实际是{value}", "expected a real calendar date, found {value}"),
    "problem.integer": ("应为整数，实际是{found}", "expected a whole number, found {found}"),
    "problem.at_most": ("应不超过{limit}，实际是{value}", "expected at most {limit}, found {value}"),
    "problem.count": (
        "应为0至{limit}的整数，实际是{value}",
        "expected a whole number from 0 to {limit}, found {value}",
    ),
    "problem.within_with_code": (
        "有 code 的记录不应再写 within（within 只用于没有代码的地方）",
        "a record with a code has no within (within is only for a place without a code)",
    ),
    "problem.schema_version": (
        "这个版本的 cardinfo 只读 schema_version {supported} 的数据，实际是 {found}",
        "this version of cardinfo reads data of schema_version {supported} only, found {found}",
    ),
    "problem.boolean": ("应为 true 或 false，实际是{found}", "expected true or false, found {found}"),
    "problem.one_of": ("应为 {values} 之一，实际是{found}{hint}", "expected one of {values}, found {found}{hint}"),
    "problem.hint.odd": ("（其中含有 {chars}）", " (it contains {chars})"),
    "problem.hint.near": ("（是不是 {name}？）", " (did you mean {name}?)"),
    "problem.hint.both": ("（其中含有 {chars}；是不是 {name}？）", " (it contains {chars}; did you mean {name}?)"),
    "problem.positive": ("应为大于0的整数，实际是{value}", "expected a whole number above 0, found {value}"),
    "problem.url": (
        "应为 http:// 或 https:// 网址，实际是{found}",
        "expected an http:// or https:// address, found {found}",
    ),
    "problem.list": ("应为列表，实际是{found}", "expected a list, found {found}"),
    "problem.min_items": ("应至少有{n}项", "expected at least {n} item(s)"),
    "problem.mapping": ("应为映射（键值对），实际是{found}", "expected a mapping, found {found}"),
    "problem.key_type": ("键应为文本，实际是{found}", "expected a text key, found {found}"),
    "problem.duplicate_key": ("键重复", "duplicate key"),
    "problem.unknown_key": ("未知的键；允许的键：{allowed}", "unknown key; allowed: {allowed}"),
    "problem.missing_key": ("缺少必填的键", "required key is missing"),
    "problem.alias": (
        "cardinfo 数据中不允许使用 YAML 别名（*name），请直接写出值",
        "YAML aliases (*name) are not allowed in cardinfo data; write the value out",
    ),
    "problem.tag": (
        "不支持的 YAML 标签 {tag}；只允许普通 YAML",
        "unsupported YAML tag {tag}; only plain YAML is allowed",
    ),
    "problem.not_utf8": ("文件不是 UTF-8 文本", "file is not UTF-8 text"),
    "problem.nul": ("文件含有 NUL 字节（是二进制数据吗？）", "file contains a NUL byte (binary data?)"),
    "problem.yaml": ("不是有效的 YAML：{reason}", "not valid YAML: {reason}"),
    "yaml.end": (
        "文件在中途结束了（引号或括号没有闭合？）",
        "the file ends too early (a quote or a bracket left open?)",
    ),
    "yaml.character": (
        "这里有一个字符不能开始一个值（如制表符、@ 或 `）",
        "a character that cannot start a value here (a tab, @ or `)",
    ),
    "yaml.colon": (
        "这里不能出现“键: 值”（冒号后少了空格，或缩进不对？）",
        "a key and value not allowed here (a colon without a space, or the indentation?)",
    ),
    "yaml.no_colon": ("缺少冒号“:”", "a colon ':' is missing"),
    "yaml.key": ("缩进不对：这里应该是一个键", "the indentation is wrong: a key was expected here"),
    "yaml.dash": ("列表缩进不对：这里应该以“-”开头", "the list's indentation is wrong: a '-' was expected here"),
    "yaml.content": ("这里缺少内容", "a value is missing here"),
    "yaml.deep": ("嵌套太深", "nested too deeply"),
    "yaml.alias": ("用了没有定义的别名（*）", "an alias (*) that was never defined"),
    "yaml.escape": ("引号里有未知的转义字符（\\）", "an unknown escape character (\\) inside quotes"),
    "yaml.block": ("缩进不对：上一段在这里没有结束", "the indentation is wrong: the block above does not end here"),
    "yaml.tab": ("用了制表符缩进：请改用空格", "a tab used for indentation: use spaces"),
    "yaml.bracket": (
        "方括号里的列表没有正确结束（少了“,”或“]”）",
        "a list in [ ] does not end right (a ',' or ']' missing)",
    ),
    "yaml.brace": (
        "花括号里的内容没有正确结束（少了“,”或“}}”）",
        "a mapping in {{ }} does not end right (a ',' or '}}' missing)",
    ),
    "yaml.special": ("有 YAML 不允许的字符（{code}）", "a character YAML does not allow ({code})"),
    "yaml.anchor": ("同一个锚点（&）定义了两次", "an anchor (&) defined twice"),
    "yaml.documents": ("一个文件里有多个文档（---）", "more than one document (---) in one file"),
    "yaml.other": ("语法错误", "{text}"),
    "problem.yaml_deep": ("不是有效的 YAML：嵌套太深", "not valid YAML: nested too deeply"),
    "problem.personal_number": (
        "含有一个像居民身份证号或残疾人证号的号码（{masked}）；数据中不能有个人号码，它会被原样显示和导出",
        "holds what looks like a resident ID or certificate number ({masked}); the data may hold no personal number, which would be shown and exported as written",
    ),
    "problem.date_after_today": ("日期{value}晚于今天", "dated {value}, after today"),
    "problem.report_not_issued": (
        "{place}不签发内地的残疾人证（见 not_issued），不能有关于它的换发报道",
        "the mainland certificate is not issued in {place} (see not_issued): no report of its stage there",
    ),
    "problem.empty_file": ("文件为空；应为 YAML 映射", "file is empty; expected a YAML mapping"),
    "problem.too_many": ("共{n}条记录，超过{limit}条的上限", "{n} records, more than the limit of {limit}"),
    "problem.text_too_long": (
        "这段文字有{n}个字符，超过每段{limit}个字符的上限",
        "this text has {n} characters, more than the limit of {limit} for one text",
    ),
    "problem.duplicate_id": (
        "编号 {id} 重复（首次出现在第{first}条记录）",
        "duplicate id {id} (first at record {first})",
    ),
    "problem.duplicate_report": (
        "编号 {id} 重复（首次出现在第{first}条报道）",
        "duplicate id {id} (first at report {first})",
    ),
    "problem.duplicate_code": (
        "代码 {code} 重复（首次出现在第{first}条记录）：每个地方只能有一条记录",
        "duplicate code {code} (first at record {first}): one record per place",
    ),
    "problem.duplicate_source": (
        "{name} 重复（首次出现在第{first}个来源）",
        "duplicate {name} (first at source {first})",
    ),
    "problem.duplicate_topic": ("主题键 {topic} 重复", "duplicate topic key {topic}"),
    "problem.within_required": (
        "code 为 null 时必填：所属的上级区划",
        "required when code is null: the containing division",
    ),
    "problem.within_unknown": ("没有代码为 {code} 的区划", "no division has code {code}"),
    "problem.within_only": ("只用于没有代码的地方（code: null）", "only for a place with no code (code: null)"),
    "problem.province_within": ("应为 {province}（within {code}）", "expected {province} for within {code}"),
    "problem.zone_level": ("没有代码的地方应为 zone", "expected zone for a place with no code"),
    "problem.code_unknown": ("没有代码为 {code} 的官方区划", "no official division has code {code}"),
    "problem.official_name": ("{code} 的官方名称应为 {name}", "expected the official name {name} for {code}"),
    "problem.level": ("{code} 的级别应为 {level}", "expected {level} for {code}"),
    "problem.province": ("{code} 所在省份应为 {province}", "expected {province} for {code}"),
    "problem.alias_taken": ("{name} 是 {other}（{code}）的官方名称", "{name} is the official name of {other} ({code})"),
    "problem.topic_source": (
        "主题需要文章原话（source）或带网址的说明（caveat）",
        "a topic needs the article's words (source) or a caveat with its url",
    ),
    "problem.id_not_listed": (
        "来源编号 {value} 不在 sources.yaml 中",
        "source id {value} is not listed in sources.yaml",
    ),
    "problem.url_not_listed": ("网址 {value} 不在 sources.yaml 中", "address {value} is not listed in sources.yaml"),
    "problem.unreadable": ("无法读取数据文件（{reason}）", "cannot read data file ({reason})"),
    # A character in a look-alike value (in a problem's hint): its code point in both languages, then in
    # Chinese its kind and the character, in English its Unicode name. The two differ on purpose (the
    # Unicode names are English only), so these keys are not `problem.` texts with the same values.
    "char.described": ("{code}（{kind}{shown}）", "{code} {name}"),
    "char.list": ("{first}、{rest}", "{first}, {rest}"),
    "char.kind.cyrillic": ("西里尔字母", "Cyrillic letter"),
    "char.kind.greek": ("希腊字母", "Greek letter"),
    "char.kind.latin": ("非ASCII的拉丁字母", "non-ASCII Latin letter"),
    "char.kind.fullwidth_digit": ("全角数字", "full-width digit"),
    "char.kind.fullwidth_letter": ("全角字母", "full-width letter"),
    "char.kind.fullwidth": ("全角符号", "full-width sign"),
    "char.kind.digit": ("非ASCII数字", "non-ASCII digit"),
    "char.kind.space": ("空格类字符", "space character"),
    "char.kind.invisible": ("不可见字符", "invisible character"),
    "char.kind.han": ("汉字", "Chinese character"),
    "char.kind.punctuation": ("标点符号", "punctuation mark"),
    "char.kind.other": ("非ASCII字符", "non-ASCII character"),
}


def t(key: str, lang: str = "zh", **values: object) -> str:
    """The text for `key` in `lang`, with `values` filled in (a Msg value is worded first)."""
    zh, en = _TEXT[key]
    filled = {k: t(v.key, lang, **v.values) if isinstance(v, Msg) else v for k, v in values.items()}
    return (en if lang == "en" else zh).format(**filled)


def os_reason(exc: OSError) -> Msg:
    """Why an operating-system call failed, in words of the catalogue. An errno it has no words
    for keeps the system's words in English and shows its name (ENOLINK) in Chinese."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    if f"os.{name}" in _TEXT:
        return Msg(f"os.{name}")
    text = str(exc.strerror or exc)
    return Msg("os.other", {"name": name, "text": text}) if name else Msg("os.unknown", {"text": text})


# What libyaml says is wrong with a data file, in words of the catalogue (its own words are English).
_YAML_PROBLEMS = (
    ("found unexpected end of stream", "yaml.end"),
    ("found character that cannot start any token", "yaml.character"),
    ("mapping values are not allowed", "yaml.colon"),
    ("could not find expected ':'", "yaml.no_colon"),
    ("did not find expected key", "yaml.key"),
    ("did not find expected '-' indicator", "yaml.dash"),
    ("did not find expected node content", "yaml.content"),
    ("exceeded maximum nesting depth", "yaml.deep"),
    ("found undefined alias", "yaml.alias"),
    ("found unknown escape character", "yaml.escape"),
    ("expected <block end>", "yaml.block"),
    ("found a tab character", "yaml.tab"),
    ("expected ',' or ']'", "yaml.bracket"),
    ("expected ',' or '}'", "yaml.brace"),
    ("found unexpected ':'", "yaml.colon"),
    ("found duplicate anchor", "yaml.anchor"),
    ("expected a single document", "yaml.documents"),
    ("but found another document", "yaml.documents"),
)


def yaml_reason(problem: str) -> Msg:
    """Why a data file is not valid YAML, from libyaml's words: the catalogue's, where it has them;
    else libyaml's own in English and a plain "syntax error" in Chinese."""
    key = next((key for words, key in _YAML_PROBLEMS if words in problem), None)
    return Msg(key) if key else Msg("yaml.other", {"text": problem})


def has(key: str) -> bool:
    return key in _TEXT


def status_word(status: str, lang: str = "zh") -> str:
    return t(f"status.{status}", lang)


def confidence_word(level: str, lang: str = "zh") -> str:
    """High / Medium-High / Medium / Low in the chosen language (the data keeps the English key)."""
    return t(f"confidence.{level}", lang) if f"confidence.{level}" in _TEXT else level
