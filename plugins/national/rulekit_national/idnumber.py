"""Find unmasked resident ID numbers (居民身份证号码) in extracted page text.

The input is block-aware plain text (table cells separated by ``\\t``, blocks and line breaks
by ``\\n``) that may still hold full-width digits, zero-width characters and NBSP. Matching
works on the original string, folding characters one at a time, so every offset reported
points into the caller's text. See ``shared/spec/privacy.md`` for the pitfalls handled here.

Pure functions, standard library only.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["IdMatch", "distinct", "find_id_numbers", "is_valid_uscc", "mask_id", "redact_context"]

PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
     50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83})

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUES = {c: i for i, c in enumerate(_USCC_CHARS)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# One character in, one character out: full-width digits, X and * fold to ASCII.
_FOLD = {ord(c): a for c, a in zip("０１２３４５６７８９Ｘｘ＊", "0123456789Xx*", strict=True)}
_SEPARATORS = frozenset(" \u00a0\u3000-－\r\n")

_D = "0-9０-９"
_TC = f"[{_D}XxＸｘ×*＊○{_ZERO_WIDTH}]"          # characters inside a digit group
_START = f"[{_D}*＊×○]"                              # a token never starts with a letter
_SEP = r"(?:[ \u00a0\u3000\-－]|\r\n|\n|\r)"
# A token is groups of token characters joined by single separators; the lookahead skips,
# inside the regex engine, every run too short to hold a 15-character reading.
_TOKEN = re.compile(
    f"{_START}(?=(?:{_TC}|{_SEP}){{14}})"
    f"(?:{_TC}|{_SEP}(?=[{_ZERO_WIDTH}]*[{_D}XxＸｘ×*＊○]))*")
_ID18 = re.compile(r"[0-9]{17}[0-9X]")
_PLAIN = re.compile(r"[0-9]+[Xx]?")
_ID15 = re.compile(r"[0-9]{15}")

# Labels in front of a number. At one position the ID labels are tried first, so 身份证号
# never reads as the veto label 证号 and 身份证编号 never as 编号.
_LABELS = re.compile(
    r"(?P<id>(?:居民)?身份证(?:件)?(?:号码|编号|号)?|公民身份(?:证)?号码|身份号码"
    r"|证件(?:号码|编号|号))"
    r"|(?P<veto>统一社会信用代码|社会信用代码|信用代码|组织机构代码|机构代码|注册号|执照号"
    r"|流水号|订单号|批次号|批号|编号|单号|文号|条形码|条码|邮政编码|邮编|证号|账号|帐号)")
_CREDIT = re.compile(r"信用代码|统一代码|组织机构代码|注册号")
_LONG_DIGITS = re.compile(f"[{_D}]{{4}}")
_LABEL_LOOKBACK = 32   # characters searched for a label
_LABEL_GAP = 12        # a label must end at most this far before the number
_CREDIT_LOOKBACK = 40
_NO_KINDS: frozenset[str] = frozenset()
_Headers = dict[tuple[int, int, int], frozenset[str]]


@dataclass(frozen=True)
class IdMatch:
    """One occurrence of an unmasked ID number; ``start``/``end`` index the original text."""

    start: int
    end: int
    number: str
    kind: str
    masked: str
    context: str


def mask_id(number: str) -> str:
    """Keep the first six and last four characters so evidence never re-leaks the number."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def distinct(matches: Iterable[IdMatch]) -> list[IdMatch]:
    """Keep the first match of each number: rules report one finding per distinct number."""
    seen: set[str] = set()
    out: list[IdMatch] = []
    for m in matches:
        if m.number not in seen:
            seen.add(m.number)
            out.append(m)
    return out


def is_valid_uscc(code: str) -> bool:
    """GB 32100-2015 check (MOD 31): old all-digit credit codes can look like ID numbers."""
    code = code.upper()
    if len(code) != 18 or any(c not in _USCC_VALUES for c in code):
        return False
    total = sum(_USCC_VALUES[c] * w for c, w in zip(code, _USCC_WEIGHTS, strict=False))
    return _USCC_CHARS[(31 - total % 31) % 31] == code[17]


def _id18_ok(s: str, as_of: datetime.date) -> bool:
    if not _ID18.fullmatch(s) or int(s[:2]) not in PROVINCES:
        return False
    if not _date_ok(int(s[6:10]), int(s[10:12]), int(s[12:14]), as_of):
        return False
    total = sum(int(c) * w for c, w in zip(s, _ID_WEIGHTS, strict=False))
    return _ID_CHECK[total % 11] == s[17]


def _id15_ok(s: str, as_of: datetime.date) -> bool:
    if not _ID15.fullmatch(s) or int(s[:2]) not in PROVINCES:
        return False
    return _date_ok(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]), as_of)


def _date_ok(y: int, m: int, d: int, as_of: datetime.date) -> bool:
    if y < 1900:
        return False
    try:
        born = datetime.date(y, m, d)
    except ValueError:
        return False
    return born <= as_of


def _classify(s: str, as_of: datetime.date) -> str | None:
    if len(s) == 18:
        return "id18" if _id18_ok(s, as_of) else None
    if len(s) == 15:
        return "id15" if _id15_ok(s, as_of) else None
    return None


def _is_alnum_ascii(ch: str, last: bool) -> bool:
    """Whether ``ch`` is an ASCII letter or digit after NFKC (so ``Ａ`` and ``５`` count)."""
    if ch.isascii():
        return ch.isalnum()
    folded = unicodedata.normalize("NFKC", ch)
    if not folded:
        return False
    c = folded[-1] if last else folded[0]
    return c.isascii() and c.isalnum()


def _clear_before(text: str, start: int) -> bool:
    """No ASCII letter or digit right before ``start`` (zero-width characters skipped)."""
    i = start - 1
    while i >= 0 and text[i] in _ZERO_WIDTH:
        i -= 1
    return not (i >= 0 and _is_alnum_ascii(text[i], last=True))


def _clear_after(text: str, end: int) -> bool:
    """No ASCII letter or digit right at ``end`` (zero-width characters skipped)."""
    j = end
    while j < len(text) and text[j] in _ZERO_WIDTH:
        j += 1
    return not (j < len(text) and _is_alnum_ascii(text[j], last=False))


def _groups(text: str, s: int, e: int) -> list[tuple[str, list[int]]]:
    """Split a token into digit groups: folded characters and their original offsets."""
    groups: list[tuple[str, list[int]]] = []
    chars: list[str] = []
    pos: list[int] = []
    for i in range(s, e):
        c = text[i]
        if c in _ZERO_WIDTH:
            continue
        if c in _SEPARATORS:
            if chars:
                groups.append(("".join(chars), pos))
                chars, pos = [], []
            continue
        chars.append(c.translate(_FOLD))
        pos.append(i)
    if chars:
        groups.append(("".join(chars), pos))
    return groups


def _reading(raw: str) -> str:
    """The folded reading: a final x, X or × is the check character X."""
    if raw and raw[-1] in "x×":
        raw = raw[:-1] + "X"
    return raw


def _label_before(text: str, start: int) -> str | None:
    """'id' or 'veto' for the nearest label just before ``start``, else None."""
    lo = max(0, start - _LABEL_LOOKBACK)
    window = text[lo:start]
    cut = window.rfind("\n\n")
    if cut >= 0:
        window = window[cut + 2:]
    last = None
    for m in _LABELS.finditer(window):
        last = m
    if last is None:
        return None
    gap = window[last.end():]
    if len(gap) > _LABEL_GAP or _LONG_DIGITS.search(gap):
        return None
    return "id" if last.group("id") else "veto"


def _cell_kinds(cell: str) -> frozenset[str]:
    if _LONG_DIGITS.search(cell):
        return _NO_KINDS
    found = {"id" if m.group("id") else "veto" for m in _LABELS.finditer(cell)}
    if _CREDIT.search(cell):
        found.add("credit")
    return frozenset(found)


def _header_kinds(text: str, start: int, cache: _Headers) -> frozenset[str]:
    """Label kinds ('id', 'veto', 'credit') of the column header above a table cell.

    Walks up the tab-separated lines of the table to the nearest line with a label in the
    same column. Text extraction may drop empty cells, so when that line has a different
    number of cells the column is taken counted from the left and from the right. ``cache``
    (one per call) keeps long tables linear.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end < 0:
        line_end = len(text)
    if "\t" not in text[line_start:line_end]:
        return _NO_KINDS
    col = text.count("\t", line_start, start)
    ncells = text.count("\t", line_start, line_end) + 1
    visited: list[int] = []
    kinds = _NO_KINDS
    end = line_start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        key = (begin, col, ncells)
        if key in cache:
            kinds = cache[key]
            break
        line = text[begin:end]
        if "\t" not in line:
            break
        visited.append(begin)
        cells = line.split("\t")
        if len(cells) == ncells:
            kinds = _cell_kinds(cells[col])
        else:
            right = len(cells) - (ncells - col)
            kinds = frozenset().union(*(_cell_kinds(cells[i]) for i in {col, right}
                                        if 0 <= i < len(cells)))
        if kinds:
            break
        end = begin - 1
    for begin in visited:
        cache[(begin, col, ncells)] = kinds
    return kinds


def _accept(text: str, start: int, number: str, kind: str, headers: _Headers) -> bool:
    """Apply the label rules: vetoes, ID context for 15 digits, credit codes."""
    label = _label_before(text, start)
    if label == "veto":
        return False
    header: frozenset[str] | None = None
    if label is None:
        header = _header_kinds(text, start, headers)
        if "veto" in header and "id" not in header:
            return False
    if kind == "id15" and label != "id" and not (header and "id" in header):
        return False
    if kind == "id18" and label != "id":
        line_start = text.rfind("\n", 0, start) + 1
        credit = _CREDIT.search(text, max(line_start, start - _CREDIT_LOOKBACK), start)
        if not credit:
            if header is None:
                header = _header_kinds(text, start, headers)
            credit = "credit" in header
        if credit and is_valid_uscc(number):
            return False
    return True


def _token_matches(text: str, s: int, e: int, as_of: datetime.date, headers: _Headers
                   ) -> list[tuple[int, int, str, str]]:
    """Readings of one token, longest first from each group, never overlapping."""
    if _PLAIN.fullmatch(text, s, e):  # the common case: one ASCII run, no separators
        return _try_reading(text, text[s:e], range(s, e), as_of, headers) if e - s in (
            15, 18, 29) else []
    groups = _groups(text, s, e)
    if sum(len(g) for g, _ in groups) < 15:
        return []
    found: list[tuple[int, int, str, str]] = []
    n = len(groups)
    i = 0
    while i < n:
        k, total = i, 0
        while k < n and total + len(groups[k][0]) <= 29:
            total += len(groups[k][0])
            k += 1
        matched = False
        for last in range(k - 1, i - 1, -1):
            raw = "".join(g for g, _ in groups[i:last + 1])
            if len(raw) not in (15, 18, 29):
                continue
            pos = [p for _, ps in groups[i:last + 1] for p in ps]
            hits = _try_reading(text, raw, pos, as_of, headers)
            if hits:
                found.extend(hits)
                i = last + 1
                matched = True
                break
        if not matched:
            i += 1
    return found


def _try_reading(text: str, raw: str, pos: Sequence[int], as_of: datetime.date,
                 headers: _Headers) -> list[tuple[int, int, str, str]]:
    """Classify one reading; a glued 29-character one is tried as 18 + 11 and 11 + 18."""
    if len(raw) == 29:
        for a, b in ((0, 18), (11, 29)):
            number = _reading(raw[a:b])
            if not _id18_ok(number, as_of):
                continue
            start, end = pos[a], pos[b - 1] + 1
            # only the outer side needs a boundary: the inner side is the glued number
            outer = _clear_before(text, start) if a == 0 else _clear_after(text, end)
            if outer and _accept(text, start, number, "id18", headers):
                return [(start, end, number, "id18")]
        return []
    number = _reading(raw)
    kind = _classify(number, as_of)
    if kind is None:
        return []
    start, end = pos[0], pos[-1] + 1
    clear = _clear_before(text, start) and _clear_after(text, end)
    if not clear or not _accept(text, start, number, kind, headers):
        return []
    return [(start, end, number, kind)]


_CTX_RUN = re.compile(
    f"[{_D}XxＸｘ×*＊](?:[{_D}XxＸｘ×*＊{_ZERO_WIDTH}]|[ \\u00a0\\u3000\\-－](?=[{_D}]))*")
_CTX_DIGIT = re.compile(f"[{_D}XxＸｘ]")
_CTX_CLEAN = {**{ord(c): None for c in _ZERO_WIDTH}, **{ord(c): " " for c in "\r\n\t\u00a0\u3000"}}


def redact_context(piece: str, all_digits: bool = False) -> str:
    """Mask digit runs in an evidence snippet so it cannot re-leak a number.

    A run is masked when it has five or more digits or touches either end of the snippet
    (where it may be a cut-off part of a longer number); ``all_digits`` masks every digit.
    Line breaks, tabs, NBSP and U+3000 become spaces; zero-width characters are dropped.
    """
    def repl(m: re.Match[str]) -> str:
        run = m.group()
        digits = sum(c.isdigit() for c in run)
        if all_digits or digits >= 5 or m.start() == 0 or m.end() == len(piece):
            return _CTX_DIGIT.sub("*", run)
        return run

    out = _CTX_RUN.sub(repl, piece)
    return out.translate(_CTX_CLEAN)


def _context(text: str, start: int, end: int, masked: str, width: int = 10) -> str:
    left = redact_context(text[max(0, start - width):start])
    right = redact_context(text[end:end + width])
    return left + masked + right


def find_id_numbers(text: str, as_of: datetime.date) -> list[IdMatch]:
    """Every unmasked ID number in ``text``, one match per occurrence, in text order.

    ``as_of`` bounds the birth date: a number "born" after the check date is not an ID.
    """
    out: list[IdMatch] = []
    headers: _Headers = {}
    for tok in _TOKEN.finditer(text):
        for start, end, number, kind in _token_matches(text, tok.start(), tok.end(), as_of,
                                                       headers):
            masked = mask_id(number)
            out.append(IdMatch(start, end, number, kind, masked,
                               _context(text, start, end, masked)))
    return out
