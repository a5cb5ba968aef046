"""Social security card numbers (社会保障卡卡号): one capital letter and eight digits
(``K12345678``), printed on the card and published in 补贴发放名单 and 社保卡领取公告 beside the
holder's name. rulekit's own mask leaves them (nine characters are neither an ID, a card nor
a phone number).

``outside.ss-card`` reports a labelled card number on a page or a readable attachment;
``rulekit_find_personal_data`` masks every card number in every text that leaves rulekit,
labelled or not, so that another rule's evidence (a page quoted around an old agency name)
never shows the number this rule looks for.
"""

from __future__ import annotations

import re

import rulekit

RULEKIT_API = "1"
#: A card number in the text the mask gives the hook: its digits are ASCII, but a letter
#: keeps its width (Ｋ１２３４５６７８ arrives as Ｋ12345678).
CARD = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9])([A-ZＡ-Ｚ])([0-9]{8})(?![0-9])")
#: What follows a card label, however short: evidence cut off mid-number still shows digits.
AFTER_LABEL = re.compile(r"(?:社会保障卡|社保卡)卡?号[:：]?\s*[A-ZＡ-Ｚ]?([0-9][0-9 ]*)")
LABELLED = re.compile(r"(社会保障卡卡号|社会保障卡号|社保卡卡号|社保卡号)[:：]?\s*"
                      r"([A-Z][0-9]{8})(?![0-9])")


def masked(number: str) -> str:
    return number[0] + "*" * 6 + number[-2:]


@rulekit.rule("outside.ss-card", title="公开信息中含未脱敏的社会保障卡卡号", scope="page",
              attachments=True, source="《个人信息保护法》第二十八条；本省社保卡信息公开规定")
def ss_card(page):
    """A page or attachment shows a social security card number unmasked."""
    for m in LABELLED.finditer(page.normalized.text):
        number = m.group(2)
        yield rulekit.Problem(message=f"公开信息中含未脱敏的社会保障卡卡号：{masked(number)}",
                              evidence=f"{m.group(1)}：{masked(number)}", key=masked(number))


@rulekit.hookimpl
def rulekit_find_personal_data(text):
    if not any(ch.isdigit() for ch in text):
        return None  # quick: most texts of a report have no number at all
    # keep the letter: enough to tell a card number from an ID number in a report
    spans = [(m.start(2), m.end(2)) for m in CARD.finditer(text)]
    if "卡" in text:  # err towards masking: a number cut short after its label, too
        spans += [m.span(1) for m in AFTER_LABEL.finditer(text)]
    return spans
