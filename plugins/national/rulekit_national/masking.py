"""Detailed addresses, landlines and short account numbers masked in every output, whichever
rule or reader wrote them.

The core masks long numbers and mobile numbers; an address below the township, a landline
labelled as a person's and an account number under 15 digits are personal data it does not
know. A page title (``关于张三－江西省示例县永宁镇城北村三组12号的处罚``) becomes the evidence
of ``downloads.formats``, a file name becomes a finding's location: this hook lets the core
mask such an address wherever it appears, labelled (``住址：…``) or not. It errs towards
masking: a company's street number starred in a report costs nothing, a leaked home address
is the very thing the notices name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import rulekit
from rulekit_national.address import mask_address
from rulekit_national.numbers import unmasked_spans
from rulekit_national.privacy import address_details

#: A numbered place below the street: 三组, 12号, 3栋, 2单元, 501室.
_DETAIL = re.compile(
    r"(?:[0-9]+|[一二三四五六七八九十百千零〇两]+)(?:组|队|号|栋|幢|单元|室|户|排|弄|巷)"
    r"|[0-9]+-[0-9]+-[0-9]+")
#: What an address segment holds before its number: a village, road, estate or township.
_PLACE = re.compile(r"村|路|街|巷|弄|道|小区|社区|屯|苑|花园|公寓|大厦|镇|乡|里|庄|庭|湾|坊|寨")
#: Where an address segment starts: punctuation, brackets, spaces, a label's colon.
_STOP = "，,。；;、：:（()）【】〔〕[]《》“”\"'\n\t -_/|"
_REACH = 40
#: Where a phone or account number can be: seven digits, perhaps grouped.
_SEVEN_DIGITS = re.compile("[0-9](?:[ -]?[0-9]){6}")


def detailed_addresses(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` that are addresses below the township, labelled or not."""
    yield from address_details(text)
    for m in _DETAIL.finditer(text):
        start = m.start()
        low = max(0, start - _REACH)
        while start > low and text[start - 1] not in _STOP:
            start -= 1
        segment = text[start:m.end()]
        if not _PLACE.search(segment[:m.start() - start]):
            continue  # 〔2023〕12号, 第3号: a document number, not a place
        kept = mask_address(segment).rstrip("*")
        skip = len(kept) if segment.startswith(kept) else 0
        if start + skip < m.end():
            yield start + skip, m.end()


@rulekit.hookimpl
def rulekit_find_personal_data(text: str) -> list[tuple[int, int]]:
    found = unmasked_spans(text) if _SEVEN_DIGITS.search(text) else []
    if any(ch in text for ch in "组队号栋幢元室户排弄巷址住"):
        found.extend(detailed_addresses(text))
    return found
