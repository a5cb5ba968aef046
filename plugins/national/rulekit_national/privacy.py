"""Personal data left unmasked in published pages and attachments (seed 001)."""

from __future__ import annotations

import rulekit
from rulekit_national.address import find_personal_addresses
from rulekit_national.idnumber import distinct, find_id_numbers

PENALTY_TITLES = ("处罚决定书", "行政处罚决定", "处罚决定")


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
    15-digit number with ID context. Masked numbers and labelled look-alikes (credit codes,
    注册号, 文号 …) are not matches. One finding per distinct number per document."""
    text = page.text
    if not text:
        return
    for match in distinct(find_id_numbers(text, as_of)):
        yield rulekit.Problem(
            message=f"公开信息中含未脱敏的居民身份证号码：{match.masked}，"
                    "未对身份证号码进行模糊处理",
            evidence=match.context, key=match.masked)  # never the raw number: fingerprints
        # are hashes, and an ID's hash with six and four digits shown is brute-forceable


def _is_penalty(page) -> bool:
    if page.column.type == "penalty":
        return True
    title = page.title or ""
    return any(word in title for word in PENALTY_TITLES)


@rulekit.rule(
    "privacy.address",
    title="行政处罚决定书中含未脱敏的当事人详细住址",
    severity="error",
    scope="page",
    attachments=True,
    source="铜鼓县通报（seed 001）：“未对当事人身份证号码及详细地址进行模糊处理”",
)
def address(page):
    """Penalty decisions (a column of type ``penalty``, or a title with 处罚决定书): the
    address of a natural person, after a label such as 住址, that goes below the township.
    Masked addresses, county-level ones and company domiciles are not matches."""
    if not _is_penalty(page) or not page.text:
        return
    seen = set()
    for match in find_personal_addresses(page.text):
        if match.address in seen:
            continue
        seen.add(match.address)
        yield rulekit.Problem(
            message=f"行政处罚决定书中含未脱敏的当事人详细住址：{match.masked}",
            evidence=match.context, key=match.masked)
