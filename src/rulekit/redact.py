"""The last line of defence: no output ever carries an unmasked ID, phone or card number.

Rules mask their own evidence; this masks whatever any rule, plugin or error message lets
through, before a finding is made. It is deliberately blunt: every run of 15 or more digits
keeps its first six and last four characters, every mobile number its first three and last
four. Numbers are masked whatever surrounds them (``ID110105…``, ``*110105…``, a 30-digit run
that hides an ID inside it), as are numbers written in groups (``6222 0212 3456 7890 123``,
``1101 0519 9003 0712 39``). Masking repeats until nothing changes, so ``redact`` is
idempotent: a redacted message passed through it again is unchanged.
"""

from __future__ import annotations

import re
import unicodedata

_LONG_NUMBER = re.compile(
    r"(?<![0-9])([0-9]{6})([0-9][0-9 \-\u00a0]{3,10}[0-9][ \-\u00a0]?)([0-9]{3}[0-9Xx])"
    r"(?![0-9])")
#: Digits in groups of three or more joined by single separators (the last group may be
#: shorter): card numbers as printed, IDs split 4-4-4-4-2, and plain runs of any length.
_GROUPED = re.compile(
    r"(?<![0-9])[0-9]{3,}(?:[ \-\u00a0][0-9]{3,})*(?:[ \-\u00a0][0-9]{1,2})?[Xx]?(?![0-9])")
_MOBILE = re.compile(
    r"(?<![0-9])(\+?86[ -]?)?(1[3-9][0-9])([ \-\u00a0]?)([0-9]{4})([ \-\u00a0]?)([0-9]{4})"
    r"(?![0-9])")
#: Digits a masked number keeps at each end.
_KEEP_HEAD, _KEEP_TAIL = 6, 4
_MIN_DIGITS = 15


def _mask_grouped(match: re.Match[str]) -> str:
    """Mask every digit of a grouped number but the first six and the last four characters."""
    token = match.group(0)
    digits = sum(ch.isdigit() for ch in token)
    if digits < _MIN_DIGITS:
        return token
    out = []
    seen = 0
    tail = len(token) - _KEEP_TAIL
    for i, ch in enumerate(token):
        if ch.isdigit():
            seen += 1
            out.append(ch if seen <= _KEEP_HEAD or i >= tail else "*")
        else:
            out.append(ch)
    return "".join(out)


def _once(text: str) -> str:
    text = _LONG_NUMBER.sub(lambda m: m.group(1) + "*" * len(m.group(2)) + m.group(3), text)
    text = _GROUPED.sub(_mask_grouped, text)
    return _MOBILE.sub(lambda m: (m.group(1) or "") + m.group(2) + m.group(3) + "****"
                       + m.group(5) + m.group(6), text)


def redact(text: str) -> str:
    """Mask ID-, card- and phone-like numbers in ``text`` (full-width digits included)."""
    if not text or not any(ch.isdigit() for ch in text):
        return text
    if not text.isascii():
        text = "".join(unicodedata.normalize("NFKC", ch) if ch.isdigit() or ch in "Ｘｘ" else ch
                       for ch in text)
    # Each pass only turns digits into "*", so this ends; masking one number can expose the
    # edge of the next (a digit before it became "*"), hence more than one pass.
    for _ in range(len(text)):
        masked = _once(text)
        if masked == text:
            break
        text = masked
    return text


_ID18 = re.compile(r"(?<![0-9])([1-8][0-9]{5})([0-9]{8})([0-9]{3}[0-9Xx])(?![0-9])")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _is_id18(number: str) -> bool:
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == number[17].upper()


def redact_url(url: str) -> str:
    """Mask only real 18-character ID numbers in a URL (a file named after a person).

    Blunt masking would break the long numeric article ids many CMSs put in URLs, which the
    inspector needs to find the page; an ID number's check character tells the two apart.
    """
    if not url or not any(ch.isdigit() for ch in url):
        return url
    return _ID18.sub(lambda m: m.group(1) + "*" * 8 + m.group(3) if _is_id18(m.group(0))
                     else m.group(0), url)
