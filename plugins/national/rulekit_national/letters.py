"""The ``letters:`` input: the site mailbox's letters (区长信箱, 市长信箱, 留言), and the rules
on answering them.

An export of the message board (CSV, XLSX or JSON; Chinese or English headers) is read a
letter at a time; the rules of scope ``letter`` receive one ``letter``. Its findings name the
site whose mailbox it is (``site:`` in the section, else the config's first site), so the
national verdicts count them towards that site. Deadlines count from ``as_of``; working days
follow the official calendar (``workdays``), and a date outside it is an input problem.

    letters:
      file: letters.xlsx
      site: 示例县人民政府
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

import rulekit
from rulekit.inputs import InputContext, InputData, InputKind, Item
from rulekit.model import Target
from rulekit.values import parse_datetime
from rulekit_national.workdays import OutsideCalendar, working_days_between

FIELDS: dict[str, list[str]] = {
    "id": ["id", "编号", "信件编号", "留言编号", "受理编号"],
    "channel": ["channel", "渠道", "栏目", "信箱", "来信渠道"],
    "category": ["category", "类别", "分类", "信件类型"],
    "title": ["title", "标题", "主题", "信件标题", "留言标题"],
    "question": ["question", "留言内容", "来信内容", "内容", "问题"],
    "submitted_at": ["submitted", "submitted_at", "提交时间", "来信时间", "留言时间",
                     "写信时间"],
    "replied_at": ["replied", "replied_at", "回复时间", "答复时间", "办结时间"],
    "reply": ["reply", "回复内容", "答复内容", "回复"],
}

SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["file"],
    "properties": {
        "file": {"type": "string", "description": "the message board's export"},
        "site": {"type": "string", "description": "the site whose mailbox it is"},
    },
}


@dataclass(frozen=True)
class Letter:
    """One letter of the export."""

    id: str
    where: str
    site: str | None = None
    channel: str | None = None
    title: str | None = None
    question: str | None = None
    submitted_at: dt.datetime | None = None
    replied_at: dt.datetime | None = None
    reply: str | None = None

    def target(self) -> Target:
        return Target(kind="letter", site=self.site, name=self.id, path=self.where)

    def answered_by(self, day: dt.date) -> bool:
        """Whether a reply was given on or before ``day`` (a reply after it did not exist
        yet at that monitoring point)."""
        return self.replied_at is not None and self.replied_at.date() <= day


def letter_item(letter: Letter) -> Item:
    return Item(value=letter, target=letter.target(), where=letter.where)


def load(ctx: InputContext) -> InputData:
    path = ctx.path("file")
    if path is None:
        return InputData()
    site = ctx.section.get("site") or (ctx.config.sites[0].name if ctx.config.sites else None)
    letters = []
    with ctx.table(path, FIELDS) as table:
        for n, rec in enumerate(table, 1):
            submitted = table.field(rec, "submitted_at", parse_datetime)
            letters.append(Letter(
                id=rec.values.get("id") or rec.values.get("title") or f"第{n}封",
                where=rec.where, site=site, channel=rec.values.get("channel"),
                title=rec.values.get("title"), question=rec.values.get("question"),
                submitted_at=submitted, replied_at=table.field(rec, "replied_at",
                                                               parse_datetime),
                reply=rec.values.get("reply")))
    return InputData(items=[letter_item(x) for x in letters], values={"letters": letters})


LETTERS = InputKind(section="letters", schema=SCHEMA, scope="letter", item="letter",
                    load=load, make_item=letter_item, values=frozenset({"letters"}),
                    paths=("file",), label="网站留言", every="letters")


@rulekit.hookimpl
def rulekit_add_inputs() -> list[InputKind]:
    return [LETTERS]


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day when that
    month is shorter: 3 months before 5月31日 is 2月28日)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for d in range(day.day, 27, -1):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    return dt.date(year, month, min(day.day, 28))


def _submitted(letter: Letter) -> dt.date:
    if letter.submitted_at is None:
        raise rulekit.InputError("留言未给出提交时间，无法判断是否按时答复", letter.where,
                                 kind="table")
    return letter.submitted_at.date()


@rulekit.rule(
    "messages.unanswered",
    meta={"verdict": {"item": "互动回应差"}},
    title="留言超过3个月未答复",
    severity="error",
    scope="letter",
    source="《政府网站与政务新媒体检查指标》单项否决「互动回应差」：监测时间点前1年内，咨询类栏目"
           "存在超过3个月未回应的有效留言；seed 002（2封信件均未回复）",
    options={"max_months": {"type": "integer", "minimum": 1, "default": 3,
                            "description": "months after which an unanswered letter fails"}},
)
def unanswered(letter, options, as_of):
    """A letter submitted in the year before ``as_of`` with no reply by ``as_of``, more
    than ``max_months`` calendar months after it was submitted (a letter of 2022-02-28 is
    late on 2022-05-31 with the default 3). A reply dated after ``as_of`` did not exist at
    the monitoring point. A letter with no submission time is an input problem.

    ## Why
    A veto item of the national indicators (互动回应差): in the year before the monitoring
    point, a valid message left unanswered for over 3 months. Seed 002 names sites whose
    「2封信件均未回复」.

    ## Example
    ```yaml
    as_of: 2022-05-31
    letter: {id: "2022-0112", submitted_at: 2022-02-20, title: 咨询低保办理}
    ```

    ## Use instead
    ```yaml
    as_of: 2022-05-31
    letter: {id: "2022-0112", submitted_at: 2022-02-20, replied_at: 2022-02-24, reply: 您好，已转民政局办理。}
    ```
    """
    submitted = _submitted(letter)
    if letter.answered_by(as_of) or submitted < months_before(as_of, 12):
        return
    limit = months_before(as_of, options["max_months"])
    if submitted < limit:
        days = (as_of - submitted).days
        yield rulekit.Problem(
            message=f"留言超过{options['max_months']}个月未答复：{letter.title or letter.id}（"
                    f"{submitted.isoformat()}提交，至监测时间点{days}天未答复）",
            evidence=f"{letter.where}：提交时间{submitted.isoformat()}，无回复",
            key=f"unanswered:{letter.id}")


@rulekit.rule(
    "messages.reply-overdue",
    meta={"verdict": {"item": "互动回应", "points": 1}},
    title="留言未在规定时限内答复",
    severity="error",
    scope="letter",
    source="seed 004（县级规定：5个工作日内答复）；《政府网站与政务新媒体检查指标》扣分项"
           "（互动回应的及时性）",
    options={"max_working_days": {
        "type": "integer", "minimum": 1, "default": 5,
        "description": "working days (official calendar) within which a letter is answered"}},
)
def reply_overdue(letter, options, as_of):
    """A letter of the year before ``as_of`` answered more than ``max_working_days``
    working days after it was submitted, or still unanswered at ``as_of`` after that many. Working days follow the
    State Council's holiday notices, with their make-up working days (调休); a date the
    installed calendar does not cover is an input problem, never a weekday guess. A letter
    unanswered for months is also ``messages.unanswered``'s (the veto).

    ## Why
    Seed 004's county rule: letters are answered within 5 working days; the indicators deduct
    for replies that come late.

    ## Example
    Submitted on the Friday before 劳动节 2022 (4月30日至5月4日放假, 5月7日星期六上班), answered
    on 5月11日: 6 working days.
    ```yaml
    as_of: 2022-05-31
    letter: {id: "2022-0431", submitted_at: 2022-04-29, replied_at: 2022-05-11}
    ```

    ## Use instead
    Answered on 5月10日: 5 working days, the Saturday 5月7日 among them.
    ```yaml
    as_of: 2022-05-31
    letter: {id: "2022-0431", submitted_at: 2022-04-29, replied_at: 2022-05-10}
    ```
    """
    submitted = _submitted(letter)
    if submitted < months_before(as_of, 12):  # the inspection looks at the year before
        return
    limit = options["max_working_days"]
    answered = letter.answered_by(as_of)
    end = letter.replied_at.date() if answered and letter.replied_at else as_of
    try:
        took = working_days_between(submitted, end)
    except OutsideCalendar as exc:
        raise rulekit.InputError(f"无法按法定工作日计算答复时限：{exc}", letter.where,
                                 kind="table") from None
    if took <= limit:
        return
    what = (f"{end.isoformat()}答复，用时{took}个工作日" if answered
            else f"至监测时间点仍未答复，已过{took}个工作日")
    yield rulekit.Problem(
        message=f"留言未在{limit}个工作日内答复：{letter.title or letter.id}（"
                f"{submitted.isoformat()}提交，{what}）",
        evidence=f"{letter.where}：提交{submitted.isoformat()}"
                 + (f"，回复{end.isoformat()}" if answered else "，无回复"),
        key=f"overdue:{letter.id}")


#: what a finished Chinese sentence ends with
_CLOSING = tuple("。！？!?…）)”』」")


def _plain(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


@rulekit.rule(
    "messages.reply-quality",
    meta={"verdict": {"item": "互动回应", "points": 0.5}},
    title="留言答复质量不高",
    severity="warning",
    scope="letter",
    source="陕西省通报（seed 002）：答复内容质量不高，存在答非所问、错别字、缺少标点符号、回复语句"
           "不规范等情况",
    options={"min_chars": {"type": "integer", "minimum": 1, "default": 15,
                           "description": "characters a reply has at least"},
             "max_overlap": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.8,
                             "description": "share of the reply that may repeat the letter"}},
)
def reply_quality(letter, options, as_of):
    """A reply given by ``as_of`` that is shorter than ``min_chars`` characters, that does
    not end a sentence (no closing punctuation: 。！？), or whose text is mostly the letter's
    own words repeated back (more than ``max_overlap`` of its characters, in runs of four or
    more, copied from the question). Each is one finding naming what is wrong. Whether a
    reply answers the question is the inspector's judgement: these are the signs a program
    can see.

    ## Why
    Seed 002 names replies 「答非所问」 and with 「错别字、缺少标点符号、回复语句不规范」 among
    the problems of the 我为政府网站找错 platform and site mailboxes.

    ## Example
    ```yaml
    as_of: 2022-05-31
    letter: {id: "2022-0501", submitted_at: 2022-05-06, replied_at: 2022-05-07, reply: 已收到}
    ```

    ## Use instead
    ```yaml
    as_of: 2022-05-31
    letter: {id: "2022-0501", submitted_at: 2022-05-06, replied_at: 2022-05-07, reply: 您好，请携带身份证到县公积金中心一楼窗口办理提取手续。}
    ```
    """
    if not letter.answered_by(as_of) or not letter.reply:
        return
    reply = _plain(letter.reply)
    wrong = []
    if len(reply) < options["min_chars"]:
        wrong.append(f"答复仅{len(reply)}字")
    if reply and not reply.endswith(_CLOSING):
        wrong.append("答复缺少结尾标点")
    question = _plain(" ".join(x for x in (letter.title, letter.question) if x))
    if question and len(reply) >= 8:
        grams = {question[i:i + 4] for i in range(len(question) - 3)}
        copied = set()
        for i in range(len(reply) - 3):
            if reply[i:i + 4] in grams:
                copied.update(range(i, i + 4))
        if len(copied) > options["max_overlap"] * len(reply):
            wrong.append("答复大部分为重复来信内容")
    if wrong:
        yield rulekit.Problem(
            message=f"留言答复质量不高：{letter.title or letter.id}（{'；'.join(wrong)}）",
            evidence=f"{letter.where}：答复“{letter.reply[:60]}”", key=f"quality:{letter.id}")
