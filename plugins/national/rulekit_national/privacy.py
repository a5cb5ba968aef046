"""Personal data left unmasked in published pages and attachments (seed 001)."""

from __future__ import annotations

import re
from bisect import bisect_left

import rulekit
from rulekit_national.address import find_personal_addresses, mask_address
from rulekit_national.idnumber import distinct, find_id_numbers, redact_context

PENALTY_TITLES = ("处罚决定书", "行政处罚决定", "处罚决定")
#: An address after its label: in an ID number's evidence it is starred below the township,
#: so the evidence of one finding never shows what another rule would report.
_LABELLED_ADDRESS = re.compile(
    r"(住址|住所地?|户籍(?:所在)?地|居住地|现住址?|家住|地址)([:：为是]?)([^，,。；;\s]{2,60})")


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


@rulekit.rule(
    "privacy.id-number",
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
    text = page.text
    if not text:
        return
    matches = distinct(find_id_numbers(text, as_of))
    details = address_details(text) if matches else []
    for match in matches:
        yield rulekit.Problem(
            message=f"公开信息中含未脱敏的居民身份证号码：{match.masked}，"
                    "未对身份证号码进行模糊处理",
            evidence=id_evidence(text, match.start, match.end, match.masked, details),
            key=match.number)  # the engine masks it for the fingerprint; unmasked, it keeps
            # two people whose masked numbers coincide apart, and never leaves the run
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
    head = page.text[:HEADING_REACH] if page.is_attachment else _article_head(page)
    return bool(_DECISION_HEADING.search(head))


#: 处罚决定书 as formal documents set it, often with spaces between the characters.
_DECISION_HEADING = re.compile("处[\\s\u3000]*罚[\\s\u3000]*决[\\s\u3000]*定[\\s\u3000]*书")


def _article_head(page) -> str:
    """The text around the page's own heading: pages open with site navigation, so look
    where the title (often just a document number such as 示市监罚〔2022〕12号) stands."""
    text = page.text
    title = page.title or ""
    at = text.find(title) if title else -1
    start = at if at >= 0 else 0
    return text[max(0, start - 100):start + HEADING_REACH]


@rulekit.rule(
    "privacy.address",
    title="行政处罚决定书中含未脱敏的当事人详细住址",
    severity="error",
    scope="page",
    attachments=True,
    source="铜鼓县通报（seed 001）：“未对当事人身份证号码及详细地址进行模糊处理”",
)
def address(page):
    """Penalty decisions (a column of type ``penalty``, a title with 处罚决定书, or a
    document headed 行政处罚决定书) and their attachments: the address of a natural person, after a label such as 住址, 家庭住址,
    户籍地 or 现住, that goes below the township (a numbered 村/组, a 路/街/巷 with a 号, or
    a 栋/单元/室). Masked addresses, county- or township-level ones, a company's 住所, the
    place of business and the office's own address are not matches.

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
    seen = set()
    for match in find_personal_addresses(page.text):
        if match.address in seen:
            continue
        seen.add(match.address)
        yield rulekit.Problem(
            message=f"行政处罚决定书中含未脱敏的当事人详细住址：{match.masked}",
            evidence=match.context, key=match.address)  # masked by the engine, as above
