"""The last line of defence: nothing that leaves rulekit carries unmasked personal data.

Rules mask their own evidence; this masks whatever any rule, plugin, reader or library lets
through: every field of every finding, every report, every line on standard error.

Numbers are found the way the rules find them, on a normalised view of the text: full-width
and other decimal digits read as ASCII, zero-width characters (U+200B, U+FEFF …) dropped,
U+3000 and the other spaces read as a space, U+FF0D and the other dashes as ``-``. What is
found is masked in the original text, so the message keeps its wording.

In text (:func:`redact`) it is deliberately blunt: every run of 15 or more digits, alone or
in groups (``6222 0212 3456 7890 123``), keeps its first six and last four digits, and every
mobile number its first three and last four. In URLs and file names (:func:`redact_url`) a
CMS's long article ids must survive, so only what looks like personal data is masked: ID
numbers (18 characters with a birth date; 15 digits), mobile numbers, Luhn-valid card
numbers, and an ID hidden inside a longer run. Plugins add detectors of their own (the
national plugin's addresses) through :class:`Masker`. Masking is idempotent.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import unquote

from rulekit.idcheck import checksum_ok

#: A detector a plugin adds: spans ``(start, end)`` of personal data in a normalised text.
Detector = Callable[[str], Iterable[tuple[int, int]]]

#: Characters that render as nothing: dropped from the normalised view.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067"
    "\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufeff\ufe00\ufe0f")
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d")
_LETTER_X = {"Ｘ": "X", "ｘ": "x", "×": "x"}

_SEP = r"[ \-]"
_LONG_NUMBER = re.compile(
    r"(?<![0-9])([0-9]{6})([0-9][0-9 \-]{3,10}[0-9][ \-]?)([0-9]{3}[0-9Xx])(?![0-9])")
#: Digits in groups joined by single separators: card numbers as printed, IDs split 6-8-4 or
#: digit by digit, and plain runs of any length.
_GROUPED = re.compile(rf"(?<![0-9])[0-9]+(?:{_SEP}[0-9]+)*[Xx]?(?![0-9])")
_MOBILE = re.compile(
    r"(?<![0-9])(\+?86[ -]?)?(1[3-9][0-9])([ -]?)([0-9]{4})([ -]?)([0-9]{4})(?![0-9])")
_RUN = re.compile(r"[0-9]+[Xx]?")
_KEEP_HEAD, _KEEP_TAIL = 6, 4
_MIN_DIGITS = 15
_MAX_PASSES = 4
#: A first-generation (15-digit) ID: a region code, then YYMMDD. TRS names attachments
#: P0 + date + serial (``P020220420599004``): those start with 0 and stay readable.
_ID15_SHAPE = re.compile(
    r"[1-8][0-9]{5}[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}")
_ID18_SHAPE = re.compile(
    r"[1-8][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}"
    r"[0-9Xx]")


# -- the normalised view ----------------------------------------------------------------------

#: A character as ``repr()`` escapes it in an error message (``'1101\\u200b05…'``).
_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|U[0-9a-fA-F]{8})")


def _escaped(text: str) -> dict[int, tuple[int, str]]:
    """Escapes of invisible characters, spaces and dashes: start -> (end, what they read as)."""
    out: dict[int, tuple[int, str]] = {}
    for m in _ESCAPE.finditer(text):
        ch = chr(int(m.group()[2:], 16))
        if ch in _INVISIBLE:
            out[m.start()] = (m.end(), "")
        elif ch in _DASHES:
            out[m.start()] = (m.end(), "-")
        elif ch.isspace():
            out[m.start()] = (m.end(), " ")
    return out


def normalised(text: str) -> tuple[str, list[int] | None]:
    """The text as the detectors read it, and each of its characters' index in ``text``
    (None when the two are the same)."""
    escaped = _escaped(text) if "\\" in text else {}
    if text.isascii() and not escaped:
        return text, None
    out: list[str] = []
    index: list[int] = []
    skip_to = 0
    for i, ch in enumerate(text):
        if i < skip_to:
            continue
        if i in escaped:
            skip_to, reads = escaped[i]
            if reads:
                out.append(reads)
                index.append(i)
            continue
        if ch in _INVISIBLE:
            continue
        if ch.isascii():
            out.append(ch)
        elif ch.isdigit():
            out.append(str(unicodedata.digit(ch, 0)))
        elif ch in _DASHES:
            out.append("-")
        elif ch.isspace():
            out.append(" ")
        else:
            out.append(_LETTER_X.get(ch, ch))
        index.append(i)
    return "".join(out), index


def _apply(text: str, index: list[int] | None, positions: Iterable[int]) -> str:
    """``text`` with the characters at normalised ``positions`` replaced by ``*``."""
    chars = list(text)
    for p in positions:
        chars[index[p] if index is not None else p] = "*"
    return "".join(chars)


# -- text: blunt ------------------------------------------------------------------------------

def _grouped_positions(match: re.Match[str]) -> list[int]:
    """Digits of a grouped number to mask: all but the first six and the last four."""
    token = match.group(0)
    digits = [i for i, ch in enumerate(token) if ch.isdigit() or ch in "Xx"]
    if sum(token[i].isdigit() for i in digits) < _MIN_DIGITS:
        return []
    return [match.start() + i for i in digits[_KEEP_HEAD:-_KEEP_TAIL]]


def _text_positions(norm: str) -> set[int]:
    found: set[int] = set()
    for m in _LONG_NUMBER.finditer(norm):
        found.update(i for i in range(m.start(2), m.end(2)) if norm[i].isdigit())
    for m in _GROUPED.finditer(norm):
        found.update(_grouped_positions(m))
    for m in _MOBILE.finditer(norm):
        found.update(range(m.start(4), m.end(4)))
    return found


#: A URL inside a sentence (a site rule's message names the pages it groups): read as a URL,
#: percent-encoding included, up to a space, a quote or Chinese punctuation.
_URL_IN_TEXT = re.compile(r"https?://[^\s\"'<>、，。；！？）】」』]+", re.I)


def redact(text: str, detectors: Sequence[Detector] = ()) -> str:
    """Mask ID-, card- and phone-like numbers in ``text``, and what ``detectors`` find; a URL
    inside the text is masked as :func:`redact_url` masks one (``%E5%BC%A0…13712345678``)."""
    if not text:
        return text
    if "://" in text:
        text = _URL_IN_TEXT.sub(lambda m: redact_url(m.group(), detectors), text)
    if not detectors and not any(ch.isdigit() for ch in text):
        return text
    for _ in range(_MAX_PASSES):
        norm, index = normalised(text)
        found = _text_positions(norm)
        for detect in detectors:
            for start, end in detect(norm):
                found.update(i for i in range(max(0, start), min(end, len(norm)))
                             if norm[i] not in " *")
        found = {i for i in found if norm[i] != "*"}
        if not found:
            return text
        text = _apply(text, index, found)
    # Masking one number can expose the next (a digit before it became "*"); past a few
    # passes, mask every digit of every long run outright rather than loop on.
    norm, index = normalised(text)
    rest = [i for m in _GROUPED.finditer(norm) for i in _grouped_positions(m)]
    return _apply(text, index, rest)


# -- URLs and file names: conservative -----------------------------------------------------



def _luhn(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _run_positions(start: int, run: str) -> list[int]:
    """What to mask of one digit run of a URL or file name, as positions in the text."""
    n = len(run)
    digits = run.rstrip("Xx")
    if n == 11 and re.fullmatch(r"1[3-9][0-9]{9}", run):
        return list(range(start + 3, start + 7))  # a mobile number: 137****5678
    keep = (_KEEP_HEAD, n - _KEEP_TAIL)
    if n == 15 and _ID15_SHAPE.fullmatch(run):
        return list(range(start + keep[0], start + keep[1]))  # a first-generation ID
    if n == 18 and _ID18_SHAPE.fullmatch(run):
        return list(range(start + keep[0], start + keep[1]))
    if 16 <= n <= 19 and digits == run and (_luhn(run) or run.startswith("62")):
        return list(range(start + keep[0], start + keep[1]))  # a bank card (62: UnionPay)
    if n > 18:  # an ID inside a longer run: mask that window
        out: list[int] = []
        for i in range(n - 17):
            window = run[i:i + 18]
            if checksum_ok(window) and _ID18_SHAPE.fullmatch(window):
                out.extend(range(start + i + _KEEP_HEAD, start + i + 18 - _KEEP_TAIL))
        return out
    return []


def _url_positions(norm: str) -> set[int]:
    found: set[int] = set()
    for m in _RUN.finditer(norm):
        found.update(_run_positions(m.start(), m.group()))
    for m in _MOBILE.finditer(norm):  # spaced or dashed: 137-1234-5678
        if m.group(3) or m.group(5) or m.group(1):
            found.update(range(m.start(4), m.end(4)))
    return found


def redact_url(url: str, detectors: Sequence[Detector] = ()) -> str:
    """Mask personal data in a URL or file name, keeping the ids a CMS puts there.

    A percent-encoded URL is also read decoded (``%E5%BC%A0%E4%B8%89`` is 张三); when that
    reading holds personal data, the masked decoded form is returned.
    """
    if not url:
        return url
    masked = _redact_url_once(url, detectors)
    if "%" in masked:
        decoded = unquote(masked, errors="replace")
        if decoded != masked:
            again = _redact_url_once(decoded, detectors)
            if again != decoded:
                return again
    return masked


def _redact_url_once(url: str, detectors: Sequence[Detector]) -> str:
    norm, index = normalised(url)
    found = _url_positions(norm)
    for detect in detectors:
        for start, end in detect(norm):
            found.update(i for i in range(max(0, start), min(end, len(norm))) if norm[i] != "*")
    found = {i for i in found if norm[i] != "*"}
    return _apply(url, index, found) if found else url


# -- printing ----------------------------------------------------------------------------------

_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe to print on one line: control characters, line and paragraph separators
    and bidi overrides escaped (``\\n``, ``\\x1b``, ``\\u202e``), so an export cannot forge a
    line of a report; undecodable bytes of a file name (lone surrogates) as ``\\xff``."""
    if not text:
        return text
    text = unsurrogated(text)
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"),
                            text)
    return text


def unsurrogated(text: str) -> str:
    """``text`` with the undecodable bytes of a file name (lone surrogates) as ``\\xff``:
    encodable, hashable, and never printed raw."""
    if text.isascii() or not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no byte produced
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


class Masker:
    """The core's masking plus every plugin's detectors: one mask for all outputs."""

    def __init__(self, detectors: Sequence[Detector] = ()) -> None:
        self.detectors = tuple(detectors)

    def text(self, text: str) -> str:
        return redact(unsurrogated(text), self.detectors) if text else text

    def url(self, url: str) -> str:
        return redact_url(unsurrogated(url), self.detectors) if url else url
