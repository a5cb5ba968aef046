"""The last line of defence: no output ever carries an unmasked ID, phone or card number.

Rules mask their own evidence; this masks whatever any rule, plugin or error message lets
through, before a finding is made. It is deliberately blunt: every run of 15 or more digits
keeps its first six and last four characters, every mobile number its first three and last
four.
"""

from __future__ import annotations

import re
import unicodedata

_LONG_NUMBER = re.compile(
    r"(?<![0-9A-Za-z*])([0-9]{6})([0-9][0-9 \-\u00a0]{3,10}[0-9][ \-\u00a0]?)([0-9]{3}[0-9Xx])"
    r"(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9])(\+?86[ -]?)?(1[3-9][0-9])([0-9]{4})([0-9]{4})(?![0-9])")


def redact(text: str) -> str:
    """Mask ID-, card- and phone-like numbers in ``text`` (full-width digits included)."""
    if not text or not any(ch.isdigit() for ch in text):
        return text
    if not text.isascii():
        text = "".join(unicodedata.normalize("NFKC", ch) if ch.isdigit() or ch in "Ｘｘ" else ch
                       for ch in text)
    text = _LONG_NUMBER.sub(lambda m: m.group(1) + "*" * len(m.group(2)) + m.group(3), text)
    return _MOBILE.sub(lambda m: (m.group(1) or "") + m.group(2) + "****" + m.group(4), text)
