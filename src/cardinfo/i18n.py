"""The message catalogue: every text the tool writes, in Chinese (the default) and English."""

from typing import NamedTuple

LANGS = ("zh", "en")


class Msg(NamedTuple):
    """A message not yet worded: a catalogue key and its values (a value may be a Msg too)."""

    key: str
    values: dict[str, object] = {}  # noqa: RUF012 - never mutated: Msg is a value


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
    "label.also_fits": ("也可能指", "Could also mean"),
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
    "ics.activation": ("第三代残疾人证：每年激活提醒", "Third-generation disability card: annual activation"),
    "ics.expiry": ("第三代残疾人证：有效期到期", "Third-generation disability card: expiry"),
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
    "error.place.too_long": (
        "查询太长（{n}个字符，最多{limit}个）。",
        "The query is too long ({n} characters; at most {limit}).",
    ),
    "error.place.none": ("找不到地方“{query}”。", "No place called “{query}”."),
    "error.province.none": ("“{query}”不是省级地区。", "“{query}” is not a province."),
    "error.faq.none": (
        "没有找到与“{query}”相关的主题。可以问的主题：",
        "No topic matches “{query}”. The topics are:",
    ),
    "error.date.format": (
        "{option}：日期应写成 YYYY-MM-DD（例如 2024-02-29），收到的是“{value}”。",
        "{option}: expected a date as YYYY-MM-DD (e.g. 2024-02-29), got “{value}”.",
    ),
    "error.remind.nothing": (
        "请给出 --last-activated 或 --issued 日期（YYYY-MM-DD）。",
        "Give --last-activated or --issued as a date (YYYY-MM-DD).",
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
    "error.index.unreadable": (
        "{path}：区划索引无法读取（{reason}）；请重新安装 cardinfo。",
        "{path}: the division index cannot be read ({reason}); reinstall cardinfo.",
    ),
    "error.output.unwritable": ("无法写入 {path}：{reason}", "Cannot write {path}: {reason}"),
    "error.output.encoding": (
        "这个终端的编码（{encoding}）无法显示中文；请设置 PYTHONIOENCODING=utf-8（Windows 上先运行 chcp 65001），或使用 --format json --output 文件。",
        "This terminal's encoding ({encoding}) cannot show Chinese text; set PYTHONIOENCODING=utf-8 (on Windows: chcp 65001), or use --format json --output FILE.",
    ),
    # operating-system reasons, by errno name (anything else keeps the system's own words)
    "os.ENOENT": ("文件夹或文件不存在", "no such file or folder"),
    "os.EACCES": ("没有权限", "permission denied"),
    "os.EPERM": ("不允许的操作", "operation not permitted"),
    "os.ENOSPC": ("磁盘已满", "no space left on the device"),
    "os.EFBIG": ("文件太大", "file too large"),
    "os.EISDIR": ("这是一个文件夹", "it is a folder"),
    "os.ENOTDIR": ("路径中有一部分不是文件夹", "part of the path is not a folder"),
    "os.EROFS": ("只读文件系统", "read-only file system"),
    "os.EIO": ("输入输出错误", "input/output error"),
    "data.ok": ("数据有效：{files}", "Data is valid: {files}"),
    "data.bad": ("发现{n}个数据问题：", "Found {n} data problem(s):"),
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
}


def t(key: str, lang: str = "zh", **values: object) -> str:
    """The text for `key` in `lang`, with `values` filled in (a Msg value is worded first)."""
    zh, en = _TEXT[key]
    filled = {k: t(v.key, lang, **v.values) if isinstance(v, Msg) else v for k, v in values.items()}
    return (en if lang == "en" else zh).format(**filled)


def os_reason(exc: OSError) -> Msg | str:
    """Why an operating-system call failed, as a catalogue message where there is one."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    return Msg(f"os.{name}") if f"os.{name}" in _TEXT else str(exc.strerror or exc)


def has(key: str) -> bool:
    return key in _TEXT


def status_word(status: str, lang: str = "zh") -> str:
    return t(f"status.{status}", lang)
