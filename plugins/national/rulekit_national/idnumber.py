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
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate, compress, repeat
from operator import add

from rulekit.idcheck import check_character
from rulekit_national.table_headers import SpannedTables

__all__ = ["IdMatch", "TextScan", "distinct", "find_id_numbers", "header_cell", "is_valid_uscc",
           "label_window", "mask_id", "redact_context", "token_ids"]

PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
     50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83})

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
# inside the regex engine, every run too short to hold a 15-character reading. Each group is
# one ``{_TC}*`` (a tight loop in the engine), not one alternation per character.
_TOKEN = re.compile(
    f"{_START}(?=(?:{_TC}|{_SEP}){{14}})"
    f"{_TC}*(?:{_SEP}(?=[{_ZERO_WIDTH}]*[{_D}XxＸｘ×*＊○]){_TC}*)*")
_ID18 = re.compile(r"[0-9]{17}[0-9X]")
_PLAIN = re.compile(r"[0-9]+[Xx]?")
_ID15 = re.compile(r"[0-9]{15}")
# Where in a token's folded reading a number can start: a necessary condition only (a real
# province, a month, a day and, for 18 digits, a year from 1900), checked in C at every
# position, so a long token is walked from one possible start to the next, not group by group.
_PROV = "|".join(f"{p:02d}" for p in sorted(PROVINCES))
_MD = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
_SHAPE18 = re.compile(f"(?=(?:{_PROV})[0-9]{{4}}(?:19|[2-9][0-9])[0-9]{{2}}{_MD}[0-9]{{3}}[0-9Xx×])")
_SHAPE15 = re.compile(f"(?=(?:{_PROV})[0-9]{{6}}{_MD}[0-9]{{3}})")
_HAS_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH}]")
_SPLIT = re.compile("[ \u00a0\u3000\\-－\r\n]")
_DROP = {**_FOLD, **{ord(c): None for c in _SEPARATORS}}

# Labels in front of a number. At one position the ID labels are tried first, so 身份证号
# never reads as the veto label 证号 and 身份证编号 never as 编号.
_LABELS = re.compile(
    r"(?P<id>(?:居民)?身份证(?:件)?(?:号码|编号|号)?|公民身份(?:证)?号码|身份号码"
    # certificates numbered with their holder's ID number: the driving licence
    # (《机动车驾驶证申领和使用规定》), the road transport worker's 从业资格证
    r"|证件(?:号码|编号|号)|(?:机动车)?驾驶证(?:号码|编号|号)?|(?:从业)?资格证(?:书)?(?:号码|号))"
    r"|(?P<veto>统一社会信用代码|社会信用代码|信用代码|组织机构代码|机构代码|注册号|执照号"
    r"|流水号|订单号|批次号|批号|编号|单号|文号|条形码|条码|邮政编码|邮编|证号|账号|帐号)")
_CREDIT = re.compile(r"信用代码|统一代码|组织机构代码|注册号")
_LONG_DIGITS = re.compile(f"[{_D}]{{4}}")
_LABEL_LOOKBACK = 32   # characters searched for a label
_LABEL_GAP = 12        # a label must end at most this far before the number
_CREDIT_LOOKBACK = 40
_NO_KINDS: frozenset[str] = frozenset()
_SHORT_LINE = 2000     # tabs on a shorter line are counted, on a longer one looked up
#: What a line cut inside a cell may open with: a number, perhaps written +86.
_NUMBER_OPENS = re.compile(f"\\+?[{_D}]")
#: A long number that fills the rest of its cell (a phone's, an ID's; not a row's 序号).
_CELL_NUMBER = re.compile(f"\\+?[{_D}](?:[ \\-]?[{_D}]){{6,}}[Xx]?" r"(?=[\t\r\n]|$)")
#: A header cell that names a number: 身份证号码, 联系电话, 手机号, 银行账号, 联系方式.
_NUMBER_NAME = re.compile(r"[\u4e00-\u9fff]{0,8}(?:号码|证号|账号|帐号|卡号|电话|手机号?|联系方式)"
                          r"(?:[（(][^）)\t\n]{0,8}[）)])?")


class TextScan:
    """What one call learns about its text, so no candidate rescans a line or a table.

    Line breaks (and, for long lines, tabs) are indexed once, lazily, and looked up by
    bisection; a hostile page with 500,000 candidates on one 1 MB line otherwise rescans
    that line for each of them. Only long lines are kept split: caching every row of an
    ordinary table costs more (in garbage collection) than splitting it again.
    """

    def __init__(self, text: str, as_of: datetime.date,
                 tables: SpannedTables | None = None) -> None:
        self.text = text
        self.as_of = as_of
        #: what the DOM says of tables written with too few cells a line (``table_headers``):
        #: a spanned header's lines -> the column names they make together, read in their
        #: place; a row a rowspan pushes right -> the grid column of each of its cells
        self.headers = tables.headers if tables else {}
        self.placed = tables.rows if tables else {}
        #: header from a line up: (line, column, cells, classifier) -> (kinds, header line)
        self.walked: dict[tuple[int, int, int, Callable[[str], frozenset[str]]],
                          tuple[frozenset[str], int]] = {}
        self.long_cells: dict[int, tuple[str, ...]] = {}
        self.long_kinds: dict[tuple[int, int, Callable[[str], frozenset[str]]],
                              frozenset[str]] = {}
        self.kinds: dict[str, str | None] = {}
        self._breaks: list[int] | None = None
        self._tabs: list[int] | None = None
        self._split_rows: dict[int, bool] = {}

    def line_breaks(self) -> list[int]:
        """The offset of every ``\\n``, found on first use."""
        if self._breaks is None:
            self._breaks = [m.start() for m in re.finditer("\n", self.text)]
        return self._breaks

    def line(self, pos: int) -> tuple[int, int, int]:
        """(start, end, number) of the line holding ``pos``: ``rfind``/``find`` of ``\\n``."""
        breaks = self.line_breaks()
        k = bisect_left(breaks, pos)
        return (breaks[k - 1] + 1 if k else 0,
                breaks[k] if k < len(breaks) else len(self.text), k)

    def row(self, pos: int) -> tuple[int, int, int]:
        """(start, end, number of its first line) of the table row holding ``pos``: its line,
        or its line and the next or the one before where a line break inside a cell (a
        ``<br>``, a pdf's hard break) cut a number of the row in two (see ``_splits_row``)."""
        start, end, k = self.line(pos)
        breaks = self.line_breaks()
        if k < len(breaks) and self._splits_row(k):
            return start, breaks[k + 1] if k + 1 < len(breaks) else len(self.text), k
        if k and self._splits_row(k - 1):
            return breaks[k - 2] + 1 if k >= 2 else 0, end, k - 1
        return start, end, k

    def _splits_row(self, j: int) -> bool:
        """Whether the ``j``-th line break is inside a cell: a number ends before it (its
        last character a digit, or an ID's check character X after one) and a number starts
        after it (perhaps written +86), or the cell's text ends before it and a long number
        fills the rest of the cell after it (代领人刘某某<br>13912345678: a 序号 opening the
        next row is short), the lines on both sides are table rows, and their cells, the cut
        one counted once, add up to the nearest whole row above: the line above, or the two
        lines of a cut row above it (two rows of a table are each as wide as that row, never
        together). A header cut in a cell that names two numbers (身份证号码<br>联系电话) is
        one row too: see ``_header_cut``.

        In a table whose every row is cut, whether a row is cut depends on the one above it,
        and so on up the table: the chain is followed up iteratively, each break judged once,
        and then judged down, so a table of 60,000 cut rows costs no deep recursion."""
        memo = self._split_rows
        got = memo.get(j)
        if got is not None:
            return got
        chain: list[tuple[int, int]] = []
        i = j
        while i >= 0 and i not in memo:
            width = self._cut_width(i)
            if not width:
                memo[i] = self._header_cut(i)  # (judged by the row below: no chain)
                break
            chain.append((i, width))
            i -= 2  # the break that would cut the row above in two
        for i, width in reversed(chain):
            memo[i] = self._width_above(i) == width
        return memo[j]

    def cut_before(self, k: int) -> bool:
        """Whether line ``k`` is the second line of a row cut in two (see ``row``)."""
        return self._splits_row(k - 1)

    def _cut_width(self, j: int) -> int:
        """The cells of the lines on both sides of the ``j``-th line break, the cut one counted
        once (as tabs), where the break may be inside a cell; else 0."""
        text, breaks = self.text, self.line_breaks()
        b = breaks[j]
        before = b - 1 if b and text[b - 1] != "\r" else b - 2
        if not (j and before >= 0 and b + 1 < len(text) and _NUMBER_OPENS.match(text, b + 1)):
            return 0
        last = text[before]
        if not (last.isdigit() or (last in "XxＸｘ" and before and text[before - 1].isdigit())
                or (not last.isspace() and _CELL_NUMBER.match(text, b + 1))):
            return 0
        head = self.count_tabs(breaks[j - 1] + 1, b)
        if not head:
            return 0
        tail = self.count_tabs(b + 1, breaks[j + 1] if j + 1 < len(breaks) else len(text))
        return head + tail if tail else 0

    def _header_cut(self, j: int) -> bool:
        """Whether the ``j``-th line break is inside a cell of a table's header that names two
        numbers over a ``<br>`` (身份证号码<br>联系电话): the lines on both sides are table rows
        of words only (no digit), the cell before the break ends naming a number and the one
        after it names one, and the two lines, the cut cell counted once, are as wide as the
        row below them, whole or cut. (A header of two rows whose last cell spans the second
        row's, 联系方式 over 手机 and 固话, reads the same way, and its columns stay where they
        are; one whose spanning cell is not last, or names no number, is not joined.)"""
        text, breaks = self.text, self.line_breaks()
        if j + 1 >= len(breaks):
            return False
        lo, b, hi = breaks[j - 1] + 1 if j else 0, breaks[j], breaks[j + 1]
        if _ANY_DIGIT.search(text, lo, hi):
            return False
        tab_before, tab_after = text.rfind("\t", lo, b), text.find("\t", b, hi)
        if tab_before < 0 or tab_after < 0:
            return False
        if not (_NUMBER_NAME.fullmatch(text, tab_before + 1, b)
                and _NUMBER_NAME.fullmatch(text, b + 1, tab_after)):
            return False
        width = self.count_tabs(lo, hi)
        below = breaks[j + 2] if j + 2 < len(breaks) else len(text)
        return self.count_tabs(hi + 1, below) == width or (
            j + 2 < len(breaks) and self._cut_width(j + 2) == width)

    def _width_above(self, j: int) -> int:
        """The tabs of the row that ends at the line break before the ``j``-th: that line, or
        with the line before it when the break between them cuts a row (already judged)."""
        breaks = self.line_breaks()
        top = j - 1 if j >= 2 and self._split_rows.get(j - 2) else j
        return self.count_tabs(breaks[top - 2] + 1 if top >= 2 else 0, breaks[j - 1])

    def count_tabs(self, lo: int, hi: int) -> int:
        """``text.count("\\t", lo, hi)``: on a long line, by bisection in an index of tabs."""
        if hi - lo <= _SHORT_LINE:
            return self.text.count("\t", lo, hi)
        if self._tabs is None:
            self._tabs = [m.start() for m in re.finditer("\t", self.text)]
        return bisect_left(self._tabs, hi) - bisect_left(self._tabs, lo)

    def classify(self, number: str) -> str | None:
        """``_classify``, remembered: hostile pages repeat the same reading many times."""
        if number in self.kinds:
            return self.kinds[number]
        kind = self.kinds[number] = _classify(number, self.as_of)
        return kind


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
    return check_character(s[:17]) == s[17]


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
    """Split a token into digit groups: folded characters and their original offsets.

    One character at a time: only for tokens with zero-width characters (see ``_flatten``).
    """
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


def _flatten(text: str, s: int, e: int) -> tuple[str, list[int], Callable[[int], int]]:
    """A token's folded reading without separators, where each group starts in it, and a
    function from a position in the reading to the offset in ``text``.

    Built in C for the usual token: a per-character loop costs more than everything else
    on a token of 500,000 groups.
    """
    tok = text[s:e]
    if _HAS_ZERO_WIDTH.search(tok):
        groups = _groups(text, s, e)
        flat = "".join(g for g, _ in groups)
        bounds = list(accumulate((len(g) for g, _ in groups), initial=0))
        return flat, bounds, [p for _, ps in groups for p in ps].__getitem__
    lens = list(map(len, _SPLIT.split(tok)))
    starts = list(accumulate(map(add, lens, repeat(1)), initial=s))
    if 0 in lens:  # separators side by side (\r\n): no group between them
        starts, lens = list(compress(starts, lens)), list(compress(lens, lens))
    bounds = list(accumulate(lens, initial=0))

    def offset(i: int) -> int:
        g = bisect_right(bounds, i) - 1
        return starts[g] + i - bounds[g]

    return tok.translate(_DROP), bounds, offset


def _reading(raw: str) -> str:
    """The folded reading: a final x, X or × is the check character X."""
    if raw and raw[-1] in "x×":
        raw = raw[:-1] + "X"
    return raw


def label_window(text: str, start: int, lookback: int) -> int:
    """Where the labels of a number at ``start`` may begin: ``lookback`` characters before
    it, but never before its line when it stands in a table row (the header row above, with
    its 账号 or 编号, labels the columns, not this cell: the header lookup reads it), tabbed
    or set in spaces."""
    lo = max(0, start - lookback)
    nl = text.rfind("\n", lo, start)
    if nl >= 0 and (text.find("\t", nl + 1, start) >= 0 or _below_spaced_header(text, nl, start)):
        return nl + 1
    return lo


#: A header of a table set in spaces (a pdf's text): how long its line and its cells may be.
_SPACED_HEADER_MAX = 200
_SPACED_HEADER_CELL = 12
_ANY_DIGIT = re.compile(f"[{_D}]")


def _below_spaced_header(text: str, nl: int, start: int) -> bool:
    """Whether a number at ``start`` is a cell of the first row of a table set in spaces:
    cells of its own line stand before it (序号, 姓名), set apart by spaces, and the line
    above (ending at ``nl``) is a header: three or more short cells and no digits. The
    header's last cell (开户账号) names its own column, not the row's first number."""
    if not text[start - 1].isspace() or not text[nl + 1:start].split():
        return False  # the number opens its line, or is glued to the word before it
    above = text.rfind("\n", max(0, nl - _SPACED_HEADER_MAX - 1), nl)
    if above < 0 and nl > _SPACED_HEADER_MAX:
        return False  # too long a line for a header
    line = text[above + 1:nl]
    if "\t" in line or _ANY_DIGIT.search(line):
        return False
    cells = line.split()
    return len(cells) >= 3 and all(len(c) <= _SPACED_HEADER_CELL for c in cells)


def _label_before(text: str, start: int) -> str | None:
    """'id' or 'veto' for the nearest label just before ``start``, else None."""
    lo = label_window(text, start, _LABEL_LOOKBACK)
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
    return last.lastgroup


def _cell_kinds(cell: str) -> frozenset[str]:
    if _LONG_DIGITS.search(cell):
        return _NO_KINDS
    found = {m.lastgroup or "veto" for m in _LABELS.finditer(cell)}
    if _CREDIT.search(cell):
        found.add("credit")
    return frozenset(found)


def _header_kinds(scan: TextScan, start: int) -> frozenset[str]:
    """Label kinds ('id', 'veto', 'credit') of the column header above a table cell."""
    return header_cell(scan, start)[0]


def header_cell(scan: TextScan, start: int,
                cell_kinds: Callable[[str], frozenset[str]] = _cell_kinds
                ) -> tuple[frozenset[str], int]:
    """Kinds (by ``cell_kinds``) of the column header above the table cell at ``start``, and
    where that header's line starts (-1 when no header names the column).

    Walks up the tab-separated lines of the table to the nearest line with a label in the
    same column. Text extraction may drop empty cells, so when that line has a different
    number of cells the column is taken counted from the left and from the right. A row
    that a line break inside a cell cut in two is counted whole (``TextScan.row``). ``scan``
    remembers every walk, so long tables and long rows stay linear.
    """
    line_start, line_end, k = scan.row(start)  # (a row cut by a <br> is read whole)
    ncells = scan.count_tabs(line_start, line_end) + 1
    if ncells == 1:
        return _NO_KINDS, -1
    col = scan.count_tabs(line_start, start)
    placed = scan.placed.get(line_start)
    if placed is not None and len(placed[0]) == ncells:
        col, ncells = placed[0][col], placed[1]  # (a rowspan above took the cells before)
    text, breaks, walked = scan.text, scan.line_breaks(), scan.walked
    visited: list[int] = []
    found: tuple[frozenset[str], int] = (_NO_KINDS, -1)
    j = k - 1  # the line break that ends the line above
    while j >= 0 and breaks[j] > 0:
        end = breaks[j]
        step = 2 if j and scan.cut_before(j) else 1  # a row above cut in two is read whole
        begin = breaks[j - step] + 1 if j >= step else 0
        key = (begin, col, ncells, cell_kinds)
        if key in walked:
            found = walked[key]
            break
        if not scan.count_tabs(begin, end):
            break
        visited.append(begin)
        if end - begin <= _SHORT_LINE:
            spanned = scan.headers.get(begin)
            cells = list(spanned) if spanned else text[begin:end].split("\t")
            if len(cells) == ncells:
                kinds = cell_kinds(cells[col])
            else:
                right = len(cells) - (ncells - col)
                kinds = frozenset().union(*(cell_kinds(cells[i]) for i in {col, right}
                                            if 0 <= i < len(cells)))
        else:
            kinds = _long_line_kinds(scan, begin, end, col, ncells, cell_kinds)
        if kinds:
            found = (kinds, begin)
            break
        j -= step
    for begin in visited:
        walked[(begin, col, ncells, cell_kinds)] = found
    return found


def _long_line_kinds(scan: TextScan, begin: int, end: int, col: int, ncells: int,
                     cell_kinds: Callable[[str], frozenset[str]]) -> frozenset[str]:
    """The kinds of a column in a long line, which is split, and each cell read, once:
    a row of 60,000 cells is visited once for each column below it."""
    cells = scan.long_cells.get(begin)
    if cells is None:
        cells = scan.long_cells[begin] = tuple(scan.text[begin:end].split("\t"))
    wanted = {col} if len(cells) == ncells else {col, len(cells) - (ncells - col)}
    found = _NO_KINDS
    for i in wanted:
        if 0 <= i < len(cells):
            kinds = scan.long_kinds.get((begin, i, cell_kinds))
            if kinds is None:
                kinds = scan.long_kinds[(begin, i, cell_kinds)] = cell_kinds(cells[i])
            found = found | kinds
    return found


def _accept(scan: TextScan, start: int, number: str, kind: str) -> bool:
    """Apply the label rules: vetoes, ID context for 15 digits, credit codes."""
    text = scan.text
    label = _label_before(text, start)
    if label is not None and _opens_row(scan, start):
        label = None  # the row above's cells (a header's 一卡通账号, 备注) are not its label
    if label == "veto":
        return False
    header: frozenset[str] | None = None
    if label is None:
        header = _header_kinds(scan, start)
        if "veto" in header and "id" not in header:
            return False
    if kind == "id15" and label != "id" and not (header and "id" in header):
        return False
    if kind == "id18" and label != "id":
        lo = max(0, start - _CREDIT_LOOKBACK)
        nl = text.rfind("\n", lo, start)  # the line's start, if nearer than the lookback
        credit = _CREDIT.search(text, nl + 1 if nl >= 0 else lo, start)
        if not credit:
            if header is None:
                header = _header_kinds(scan, start)
            credit = "credit" in header
        if credit and is_valid_uscc(number):
            return False
    return True


def _opens_row(scan: TextScan, start: int) -> bool:
    """Whether a number at ``start`` is the first cell of a row of a tab table (a list whose
    ID column comes first) under another row: the labels before it are that row's cells,
    its header's last ones (一卡通账号, 发放金额, 备注), which name their own columns; the
    header lookup reads its own column."""
    row_start, row_end, _ = scan.row(start)
    text = scan.text
    if text[row_start:start].strip() or not scan.count_tabs(start, row_end) or not row_start:
        return False
    above = text.rfind("\n", 0, row_start - 1)
    return bool(scan.count_tabs(above + 1, row_start - 1))


def token_ids(scan: TextScan, s: int, e: int) -> list[tuple[int, int, str, str]]:
    """Readings of one token, longest first from each group, never overlapping.

    From each group in turn, the readings of 29, 18 and 15 characters that end at a group
    boundary are tried, longest first; a match resumes after it. Groups where no number can
    start (``_SHAPE18``/``_SHAPE15``) are skipped without a try, so the work follows the
    possible numbers, not the groups: 500,000 one-digit groups cost one regex pass.
    """
    text = scan.text
    if _PLAIN.fullmatch(text, s, e):  # the common case: one ASCII run, no separators
        return _try_reading(scan, text[s:e], s.__add__) if e - s in (15, 18, 29) else []
    flat, bounds, offset = _flatten(text, s, e)
    if len(flat) < 15:
        return []
    starts18 = [m.start() for m in _SHAPE18.finditer(flat)]
    # A 15-digit number needs an ID label (at most _LABEL_GAP before it: so only at the
    # token's head) or an ID column header.
    starts15 = [m.start() for m in _SHAPE15.finditer(flat, 0, min(len(flat), _LABEL_GAP + 15))]
    if _SHAPE15.search(flat, _LABEL_GAP + 1) and _id_header_possible(scan, s, e):
        starts15 = [m.start() for m in _SHAPE15.finditer(flat)]
    if not starts18 and not starts15:
        return []
    group_at = dict(zip(bounds, range(len(bounds)), strict=True))
    # the group a reading starts with: a 15 or an 18 alone or first in a 29, or 11 before
    # an 18 that is last in a 29
    starts = [*starts15, *starts18, *(p - 11 for p in starts18)]
    firsts = sorted({g for g in map(group_at.get, starts) if g is not None})
    found: list[tuple[int, int, str, str]] = []
    resume = 0
    for i in firsts:
        if i < resume:
            continue
        base = bounds[i]
        for length in (29, 18, 15):
            last = group_at.get(base + length)
            if last is None:
                continue
            hits = _try_reading(scan, flat[base:base + length],
                                lambda k, base=base: offset(base + k))
            if hits:
                found.extend(hits)
                resume = last
                break
    return found


def _id_header_possible(scan: TextScan, s: int, e: int) -> bool:
    """Whether a table header could make a number inside the token ``s:e`` an ID."""
    line_start, _, first = scan.line(s)
    _, line_end, last = scan.line(e - 1)
    if not scan.count_tabs(line_start, line_end):
        return False
    return first != last or "id" in _header_kinds(scan, s)


def _try_reading(scan: TextScan, raw: str, at: Callable[[int], int]
                 ) -> list[tuple[int, int, str, str]]:
    """Classify one reading; a glued 29-character one is tried as 18 + 11 and 11 + 18.

    ``at`` gives the offset in the text of a character of ``raw``: asked only for a number.
    """
    text = scan.text
    if len(raw) == 29:
        for a, b in ((0, 18), (11, 29)):
            number = _reading(raw[a:b])
            if scan.classify(number) != "id18":
                continue
            start, end = at(a), at(b - 1) + 1
            # only the outer side needs a boundary: the inner side is the glued number
            outer = _clear_before(text, start) if a == 0 else _clear_after(text, end)
            if outer and _accept(scan, start, number, "id18"):
                return [(start, end, number, "id18")]
        return []
    number = _reading(raw)
    kind = scan.classify(number)
    if kind is None:
        return []
    start, end = at(0), at(len(raw) - 1) + 1
    clear = _clear_before(text, start) and _clear_after(text, end)
    if not clear or not _accept(scan, start, number, kind):
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
    scan = TextScan(text, as_of)
    for tok in _TOKEN.finditer(text):
        for start, end, number, kind in token_ids(scan, tok.start(), tok.end()):
            masked = mask_id(number)
            out.append(IdMatch(start, end, number, kind, masked,
                               _context(text, start, end, masked)))
    return out
