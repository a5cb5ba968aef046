"""Personal data left unmasked in published pages and attachments (seed 001).

The four rules share one reading of each page (:func:`page_scan`): its normalised text
(``page.normalized``) is tokenised once for ID, phone and bank numbers, its addresses found
once, and each rule reports its part.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

import rulekit
from rulekit_national.address import address_match, address_spans, mask_address
from rulekit_national.idnumber import mask_id, redact_context
from rulekit_national.numbers import NumberMatch, Numbers, PersonItems, scan_numbers
from rulekit_national.table_headers import SpannedTables

PENALTY_TITLES = ("处罚决定书", "行政处罚决定", "处罚决定")
#: An address after its label: in an ID number's evidence it is starred below the township,
#: so the evidence of one finding never shows what another rule would report.
_LABELLED_ADDRESS = re.compile(
    r"(住址|住所地?|户籍(?:所在)?地|现居住于|居住地|现住址?|家住|地址)([:：为是]?)"
    r"([^，,。；;\s]{2,60})")


#: The longest span ``address_details`` returns (the third group of ``_LABELLED_ADDRESS``).
_DETAIL_MAX = 60


def address_details(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are labelled addresses below the township (anyone's: the
    evidence of an ID finding has no business showing any of them), in text order."""
    spans = []
    for m in _LABELLED_ADDRESS.finditer(text):
        kept = mask_address(m.group(3)).rstrip("*")
        skip = len(kept) if m.group(3).startswith(kept) else 0
        if m.start(3) + skip < m.end(3):
            spans.append((m.start(3) + skip, m.end(3)))
    return spans


def id_evidence(text: str, start: int, end: int, masked: str,
                details: list[tuple[int, int]], width: int = 10) -> str:
    """A little text either side of a number: the number masked, other numbers' digits and
    any address detail starred.

    ``details`` are in text order and short, so only those near the number are looked at:
    a page of 4,000 IDs and 4,000 addresses must not cost 4,000 x 4,000 steps.
    """
    lo, hi = max(0, start - width), min(len(text), end + width)
    chars = list(text[lo:hi])
    near = details[bisect_left(details, (lo - _DETAIL_MAX,)):bisect_left(details, (hi,))]
    for s, e in near:
        for i in range(max(s, lo), min(e, hi)):
            chars[i - lo] = "*"
    return (redact_context("".join(chars[:start - lo])) + masked
            + redact_context("".join(chars[end - lo:])))


class PageScan:
    """What the privacy rules find on one page, each part found once, on first use.

    Detectors read the normalised text; evidence is cut from the page's own text (its
    wording and punctuation as published), with the number masked and any address starred.
    """

    def __init__(self, page: Any, as_of: datetime.date) -> None:
        self.as_of = as_of
        self.text: str = page.text
        self._normalized = page.normalized
        #: spanned table headers' column names, by their lines (read from the DOM now: the
        #: scan outlives the page's DOM)
        self.tables = SpannedTables(page.elements("table"), self._normalized.text)

    @property
    def normalized_text(self) -> str:
        """The normalised text the detectors read (their offsets index it)."""
        return self._normalized.text

    @cached_property
    def numbers(self) -> Numbers:
        """ID, phone and bank numbers, from one tokenisation of the normalised text."""
        return scan_numbers(self._normalized.text, self.as_of, tables=self.tables)

    @cached_property
    def addresses(self) -> list[tuple[int, int, str]]:
        """Personal addresses as ``(start, end, label)`` in the page's own text."""
        return [(*self.original(s, e), label)
                for s, e, label in address_spans(self._normalized.text, self.tables.headers)]

    @cached_property
    def details(self) -> list[tuple[int, int]]:
        """Every address detail of the text (anyone's), starred in evidence."""
        found = address_details(self.text) + [(s, e) for s, e, _ in self.addresses]
        return sorted(set(found))

    def original(self, start: int, end: int) -> tuple[int, int]:
        """A span of the normalised text as a span of the page's own text."""
        return self._normalized.original_span(start, end)

    def evidence(self, start: int, end: int, masked: str) -> str:
        """Evidence for the number at ``start:end`` of the normalised text."""
        s, e = self.original(start, end)
        return id_evidence(self.text, s, e, masked, self.details)


_SCANS: WeakKeyDictionary[Any, PageScan] = WeakKeyDictionary()
T = TypeVar("T")


def _first_of_each(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    """One finding per distinct number per document: the first occurrence of each."""
    seen: set[str] = set()
    out = []
    for item in items:
        if key(item) not in seen:
            seen.add(key(item))
            out.append(item)
    return out


def _value(match: NumberMatch) -> str:
    return match.value


def page_scan(page: Any, as_of: datetime.date) -> PageScan:
    """The page's :class:`PageScan`, shared by every privacy rule that runs on the page."""
    scan = _SCANS.get(page)
    if scan is None or scan.as_of != as_of:
        scan = _SCANS[page] = PageScan(page, as_of)
    return scan


@rulekit.rule(
    "privacy.id-number",
    meta={"verdict": {"item": "安全、泄密事故等严重问题"}},
    title="公开信息中含未脱敏的居民身份证号码",
    severity="error",
    scope="page",
    attachments=True,
    source="铜鼓县通报（seed 001）：行政处罚决定书“未对当事人身份证号码……进行模糊处理”；"
           "GB 11643-1999 公民身份号码",
)
def id_number(page, as_of):
    """Every page and readable attachment, all columns: an 18-digit number with a real
    province code, a real birth date not after ``as_of`` and a valid check character, or a
    15-digit number with ID context. Full-width digits, numbers split across inline tags and
    glued table cells are seen; masked numbers and labelled look-alikes (统一社会信用代码,
    注册号, 文号 …) are not matches. One finding per distinct number per document; the
    evidence shows the number masked.

    ## Why
    Seed 001 (铜鼓县) reports penalty decisions published without masking the party's ID
    number; subsidy lists (低保、救助名单) leak numbers as often as penalty decisions do.

    ## Example
    ```html
    <p>当事人：张某，男，汉族，身份证号码：１１０１０５１９９００３０７１２３９，住址：略。</p>
    ```

    ## Use instead
    ```html
    <p>当事人：张某，男，汉族，身份证号码：110105********1239，住址：略。</p>
    ```
    """
    if not page.text:
        return
    scan = page_scan(page, as_of)
    for start, end, number, _kind in _first_of_each(scan.numbers.ids, lambda i: i[2]):
        masked = mask_id(number)
        yield rulekit.Problem(
            message=f"公开信息中含未脱敏的居民身份证号码：{masked}，未对身份证号码进行模糊处理",
            evidence=scan.evidence(start, end, masked),
            key=number)  # the engine masks it for the fingerprint; unmasked, it keeps two
        # people whose masked numbers coincide apart, and never leaves the run: fingerprints
        # are hashes, and an ID's hash with six and four digits shown is brute-forceable


#: How far into a document its own heading may stand (after navigation, or a seal line).
HEADING_REACH = 400


def _is_penalty(page) -> bool:
    """A penalty decision: by its column, its title, or (an attachment, a page whose title
    is only the decision's number) the heading its text starts with."""
    if page.column.type == "penalty":
        return True
    title = page.title or ""
    if any(word in title for word in PENALTY_TITLES):
        return True
    return _headed(page, _DECISION_HEADING)


def _headed(page, heading: re.Pattern[str]) -> bool:
    """Whether the document's own heading (see :func:`_head_span`) is ``heading``."""
    text = page.text
    lo, hi = (0, HEADING_REACH) if page.is_attachment else _head_span(page)
    # (the heading's line is read to its end, a little past the reach)
    nl = text.find("\n", hi, hi + _HEADING_LINE)
    return bool(heading.search(text, lo, nl if nl >= 0 else hi + _HEADING_LINE))


#: A decision an office serves on its party, whatever it decides: 查封（扣押）决定书, 行政强制
#: 执行决定书, 责令限期拆除决定书, 不予行政处罚决定书; and the notices it serves before one
#: in a penalty's procedure (行政处罚事先告知书, 听证告知书, often served by 公告; not a 信访
#: office's 受理告知书). They describe their party as a penalty decision does, and the
#: party's phone there is as personal.
DECISION_TITLES = ("决定书", "事先告知书", "听证告知书", "处罚告知书", "申辩告知书")


def _is_decision(page) -> bool:
    """A penalty decision, or another decision served on a party: by its title (…决定书) or
    the heading its text starts with."""
    if _is_penalty(page):
        return True
    title = page.title or ""
    return any(word in title for word in DECISION_TITLES) or _headed(page, _ANY_DECISION_HEADING)


#: 处罚决定书 as a document's own heading sets it: a line of its own (the office's name, 当场
#: or 林业 may stand before it, the decision's number in brackets after it), often with
#: spaces between the characters. Named inside a sentence (对你作出了……《行政处罚决定书》，),
#: in book-title marks or in a table's cell (处罚决定书文号), it is another document's name:
#: a 催告书 or a 公告 that cites a decision is not one.
_NOT_HEADING = "\n\t，,。；;：:、《》“”\""
_HEADING = (
    f"^[^{_NOT_HEADING}]{{0,40}}?%s决[ \u3000]*定[ \u3000]*书[ \u3000]*"
    # its number after it: （示市监罚〔2022〕12号）, or 示市监罚〔2022〕12号 unbracketed
    "(?:[（(〔\\[][^\n（(]{0,40}[）)〕\\]]"
    "|[\u4e00-\u9fff（）()]{1,12}[〔\\[（(【]?[0-9]{4}[〕\\]）)】]?[0-9]{1,6}号)?"
    "[ \u3000\r]*$")
_DECISION_HEADING = re.compile(_HEADING % "处[ \u3000]*罚[ \u3000]*", re.MULTILINE)
#: Any decision's heading, set the same way: 查封决定书, 行政强制执行决定书 on a line of its own.
_ANY_DECISION_HEADING = re.compile(_HEADING % "", re.MULTILINE)
_HEADING_LINE = 80


def _head_span(page) -> tuple[int, int]:
    """Where the page's own heading stands: pages open with site navigation, so look where
    the title (often just a document number such as 示市监罚〔2022〕12号) stands."""
    text = page.text
    title = page.title or ""
    at = text.find(title) if title else -1
    start = at if at >= 0 else 0
    return max(0, start - 100), start + HEADING_REACH


def _article_head(page) -> str:
    """The text around the page's own heading (see :func:`_head_span`)."""
    lo, hi = _head_span(page)
    return page.text[lo:hi]


@rulekit.rule(
    "privacy.address",
    meta={"verdict": {"item": "安全、泄密事故等严重问题"}},
    title="行政处罚决定书中含未脱敏的当事人详细住址",
    severity="error",
    scope="page",
    attachments=True,
    source="铜鼓县通报（seed 001）：“未对当事人身份证号码及详细地址进行模糊处理”",
)
def address(page, as_of):
    """Penalty decisions (a column of type ``penalty``, a title with 处罚决定书, or a
    document headed 行政处罚决定书) and their attachments: the address of a natural person
    that goes below the township (a numbered 村/组, a 路/街/巷 with a 号, or a 栋/单元/室),
    after a label such as 住址, 家庭住址, 户籍地, 现住 or 现居住于, or in the address column
    of a table headed 姓名 (or 当事人, 违法行为人) and 住址. A natural person: the party
    described with 性别, 出生, 身份证 …; a name that is a person's (吴某, 郑某); a label
    only a person has (家住, 家庭住址, 户籍地); 住址 with no organisation as the party; a
    个体工商户's operator (经营者 张某). Masked addresses, county- or township-level ones, a
    company's 住所, the 经营场所, the place of the offence, the office's own address, the
    地址 of someone described by their workplace (the 律师事务所 of a lawyer acting for the
    party) and the footer's are not matches.

    ## Why
    Seed 001 (铜鼓县): 「未对当事人身份证号码及详细地址进行模糊处理」.

    ## Example
    ```html
    <!-- rulekit: column penalty -->
    <h1>示例县市场监督管理局行政处罚决定书</h1>
    <p>当事人：李某，女，1985年6月15日出生，住址：江西省示例县永宁镇城北村三组12号。</p>
    ```

    ## Use instead
    ```html
    <!-- rulekit: column penalty -->
    <h1>示例县市场监督管理局行政处罚决定书</h1>
    <p>当事人：李某，女，1985年6月15日出生，住址：江西省示例县永宁镇****。</p>
    ```
    """
    if not _is_penalty(page) or not page.text:
        return
    scan = page_scan(page, as_of)
    seen = set()
    for start, end, label in scan.addresses:
        match = address_match(scan.text, start, end, label, scan.addresses)
        if match.address in seen:
            continue
        seen.add(match.address)
        yield rulekit.Problem(
            message=f"行政处罚决定书中含未脱敏的当事人详细住址：{match.masked}",
            evidence=match.context, key=match.address)  # masked by the engine, as above


#: What makes a page a published list of people, besides a table headed 姓名 (名单公示 …).
LIST_WORDS = ["名单", "公示", "名册", "花名册", "清册"]


def _is_list(page, words: list[str]) -> bool:
    """A published list: its title, or the heading its text opens with, names one."""
    title = page.title or ""
    if any(word in title for word in words):
        return True
    head = page.text[:HEADING_REACH] if page.is_attachment else _article_head(page)
    return any(word in head for word in words)


@rulekit.rule(
    "privacy.phone",
    meta={"verdict": {"item": "安全、泄密事故等严重问题"}},
    title="公开信息中含未脱敏的个人手机号码",
    severity="error",
    scope="page",
    attachments=True,
    source="《中华人民共和国个人信息保护法》第四条、第二十五条；《浙江省行政处罚结果信息网上公开"
           "暂行办法》第七条：自然人的通信方式应当隐去（confirm）；铜鼓县通报（seed 001）"
           "所称“泄露个人隐私”",
    options={
        "landlines": {"type": "boolean", "default": True,
                      "description": "also report a landline labelled as a natural person's"},
        "list_words": {"type": "array", "items": {"type": "string"}, "default": LIST_WORDS,
                       "description": "words in a title or heading that make a page a "
                                      "published list of people"},
    },
)
def phone(page, as_of, options):
    """Penalty decisions, the other decisions an office serves on a party (a title or heading
    naming a 决定书: 查封决定书, 行政强制执行决定书), the notices served before a penalty
    (行政处罚事先告知书, 听证告知书) and published lists (名单, 公示; any table headed 姓名 with a
    phone column; a list of people written out item by item, 1. 张某（身份证号：…，联系电话：…）;
    2. …): a natural person's mobile number (11 digits from 13–19, also spaced 3-4-4,
    full-width or after +86) and a landline labelled as a natural person's (联系电话 in the
    party's description); in a list's 备注 cell, the number of the person named as acting for
    the row's (代领人：龙某，电话…). On any page, a mobile number that the page itself writes
    masked elsewhere (来电号码：187****7751, then 电话联系来电人（187…）in the reply). The
    office's own numbers (举报电话, 咨询电话, the contact person, the footer), hotlines, a
    company's number, the landline of someone described by their workplace (the 律师事务所
    of a lawyer acting for the party), a directory of officials (单位 | 姓名 | 职务 | 电话),
    masked numbers (``139****5678``), digits inside longer runs and 执法证号 are not matches. One finding per distinct number per document; the evidence
    shows the number masked.

    ## Why
    A mobile number is a natural person's contact (通信方式), personal information that a
    published decision or list must not expose; notices report such pages as 泄露个人隐私
    (seed 001).

    ## Example
    ```html
    <!-- rulekit: column penalty -->
    <h1>示例县市场监督管理局行政处罚决定书</h1>
    <p>当事人：李某，女，1985年6月15日出生，联系电话：１３９ １２３４ ５６７８。</p>
    ```

    ## Use instead
    ```html
    <!-- rulekit: column penalty -->
    <h1>示例县市场监督管理局行政处罚决定书</h1>
    <p>当事人：李某，女，1985年6月15日出生，联系电话：139****5678。</p>
    ```
    """
    if not page.text:
        return
    scan = page_scan(page, as_of)
    phones = scan.numbers.phones
    if not (_is_decision(page) or _is_list(page, options["list_words"])):
        # a table of people is a published list, and so is a list of people written out;
        # and a number the page itself masks elsewhere (来电号码：187****7751) is personal
        items = PersonItems(scan.normalized_text)
        phones = [m for m in phones if m.table or items.holds(m.start) or m.masked_elsewhere]
    for m in _first_of_each(phones, _value):
        if m.kind == "landline" and not options["landlines"]:
            continue
        what = "手机号码" if m.kind == "mobile" else "联系电话"
        yield rulekit.Problem(
            message=f"公开信息中含未脱敏的个人{what}：{m.masked}，未对{what}进行模糊处理",
            evidence=scan.evidence(m.start, m.end, m.masked), key=m.value)


@rulekit.rule(
    "privacy.bank-account",
    meta={"verdict": {"item": "安全、泄密事故等严重问题"}},
    title="公开信息中含未脱敏的个人银行账号",
    severity="error",
    scope="page",
    attachments=True,
    source="《中华人民共和国个人信息保护法》第二十八条：金融账户属敏感个人信息；《浙江省行政"
           "处罚结果信息网上公开暂行办法》第七条：自然人的银行账号应当隐去（confirm）",
    options={
        "labelled_accounts": {"type": "boolean", "default": True,
                              "description": "also report an account number that is not a "
                                             "card's (no Luhn check) after 账号, 卡号 or 开户行 "
                                             "when its holder is a natural person"},
    },
)
def bank_account(page, as_of, options):
    """Every page and readable attachment, all columns: a natural person's bank card number
    (16–19 digits, Luhn-valid) or an account number after 账号, 卡号 or 开户行 (or under
    such a column of a table of people) when its holder is a natural person. The office's
    account for fines (收款人 国库, 财政局, 非税收入 …), an account whose 户名 names an office,
    a court or a fund (医疗保障基金收入户, 执行款专户), a company's account, masked numbers
    (``6222********1234``), order, serial and other labelled numbers are not matches. One
    finding per distinct number per document; the evidence shows the number masked.

    ## Why
    A bank account is sensitive personal information (金融账户): subsidy lists (惠农补贴、
    救助资金发放名单) and penalty decisions publish them with the holder's name.

    ## Example
    ```html
    <h1>永宁镇2022年耕地地力保护补贴发放名单</h1>
    <table>
    <tr><td>序号</td><td>姓名</td><td>银行卡号</td><td>金额（元）</td></tr>
    <tr><td>1</td><td>张某</td><td>6222 0212 3456 7894</td><td>860</td></tr>
    </table>
    ```

    ## Use instead
    ```html
    <h1>永宁镇2022年耕地地力保护补贴发放名单</h1>
    <table>
    <tr><td>序号</td><td>姓名</td><td>银行卡号</td><td>金额（元）</td></tr>
    <tr><td>1</td><td>张某</td><td>6222********7894</td><td>860</td></tr>
    </table>
    ```
    """
    if not page.text:
        return
    scan = page_scan(page, as_of)
    for m in _first_of_each(scan.numbers.banks, _value):
        if m.kind == "account" and not options["labelled_accounts"]:
            continue
        yield rulekit.Problem(
            message=f"公开信息中含未脱敏的个人银行账号：{m.masked}，未对银行账号进行模糊处理",
            evidence=scan.evidence(m.start, m.end, m.masked), key=m.value)
