"""What the privacy detectors find in a passage, as the heldout gap tests compare it.

Shared by ``test_heldout*_gaps.py``: each reads a passage through the page's
normalisation (NFKC, as rules see ``page.normalized``) and returns the values found.
Numbers are made up: the mobiles, a Luhn-valid card, an account number with no Luhn check,
an ID number with a county code ending in 99, and a credit code.
"""

from __future__ import annotations

import datetime

from rulekit_national.address import find_personal_addresses
from rulekit_national.idnumber import find_id_numbers
from rulekit_national.numbers import find_bank_accounts, find_phone_numbers

from rulekit.text import normalize

MOBILE = "13912340078"
MOBILE2 = "18600420013"
ID = "130999197608113129"
CARD = "6222021234567894"
ACCOUNT = "14250101040012346"
USCC = "91360999MA35L0QX5R"


def ids(text: str) -> list[str]:
    return [m.number for m in find_id_numbers(normalize(text).text, datetime.date.max)]


def phones(text: str) -> list[str]:
    return [m.value for m in find_phone_numbers(normalize(text).text)]


def banks(text: str) -> list[str]:
    return [m.value for m in find_bank_accounts(normalize(text).text)]


def addresses(text: str) -> list[str]:
    """Each address found, with the line breaks an attachment wrapped it at removed."""
    return ["".join(m.address.split()) for m in find_personal_addresses(normalize(text).text)]
