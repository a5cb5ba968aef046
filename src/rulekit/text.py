"""Text shared by every rule that reads text: block-aware extraction and NFKC normalisation.

Rules must never see ``lxml``'s ``text_content()``: it glues table cells (name + ID + phone
become one digit run) and drops ``<br>``. Here inline elements are joined without spaces,
table cells are separated by ``\\t`` and blocks and line breaks by ``\\n``.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lxml import etree

#: Elements whose content is never visible text.
INVISIBLE = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe",
     "object", "embed", "svg", "canvas", "select", "option", "textarea"}
)
#: Elements that start and end a line of their own.
BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
     "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame",
     "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
     "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
     "tfoot", "thead", "tr", "ul", "caption", "input", "button"}
)
CELLS = frozenset({"td", "th"})
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
#: A line break and the empty lines and spaces after it (those before it go by str.replace:
#: a pattern that may start with a space is tried at every character, this one at breaks).
_LINE_BREAKS = re.compile(r"\n[\n ]*")
_SPACE_RUN = re.compile(r"  +")


_BLOCK, _CELL = "\x1e", "\x1f"  # structural marks, told apart from the page's own whitespace
_CELL_END = "\x1d"  # a cell's end: only to tell a block that fills the cell (below)
#: What each tag does to the text: 1 hides its content, 2 is a block, 3 a cell, 4 a break.
_ACTION = {**dict.fromkeys(INVISIBLE, 1), **dict.fromkeys(BLOCKS, 2), **dict.fromkeys(CELLS, 3),
           "br": 4}
#: A run of whitespace and control characters (not the marks): one space, in one pass.
_SPACES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1c \t\r\n\f\v]+")
#: ``comment`` and ``pi`` events: each comment or PI once, so the text after it is kept.
_WALK_EVENTS = ("start", "end", "comment", "pi")


_XB, _XC, _XE = "\ufdd0", "\ufdd1", "\ufdd2"  # the same marks for XSLT (XML allows no \x1e …)
#: The walk below, compiled: libxslt copies the text nodes in C with the marks around blocks
#: and cells (an invisible element's content is dropped, its tail kept; comments and PIs
#: give nothing, the text after them everything), in half the time of the Python walk.
_BLOCK_TEXT = etree.XSLT(etree.XML(
    '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
    '<xsl:output method="text" encoding="UTF-8"/>'
    f'<xsl:template match="{"|".join(sorted(INVISIBLE))}"/>'
    f'<xsl:template match="{"|".join(sorted(BLOCKS))}">{_XB}<xsl:apply-templates/>{_XB}'
    '</xsl:template>'
    f'<xsl:template match="td|th">{_XC}<xsl:apply-templates/>{_XE}</xsl:template>'
    f'<xsl:template match="br">{_XB}</xsl:template>'
    '<xsl:template match="comment()|processing-instruction()"/>'
    '</xsl:stylesheet>'))


def _cell_edges(block: str, cell: str, end: str) -> Callable[[str], str]:
    """Drop the breaks of a block that fills a table cell, then the cell-end marks.

    Word and many editors put each cell's text in a paragraph (``<td><p>…</p></td>``): its
    breaks at the cell's start and end are not lines of the page, and kept they would end the
    row at every cell (the tab of a cell that opens a line is dropped as a row's first), so a
    table would read as one value a line. Breaks between two blocks inside a cell stay, and so
    do those around a table nested in a cell (a cell mark next to them).
    """
    # Each pattern starts at a mark, never with a look-behind: a pattern that starts with
    # one is tried at every character of the page. The closing run (before a cell's end,
    # unless a cell mark or another cell's end comes before it) is found in the reversed
    # text, where it follows the end mark.
    opening = re.compile(f"{cell}[ {block}]+(?![ {block}{cell}])")
    # (``(?=(…))\1`` takes the whole run, as ``[…]++`` would on Python 3.11)
    closing = re.compile(f"{end}(?=([ {block}]+))\\1(?![{cell}{end}])")

    def edges(text: str) -> str:
        if end not in text:
            return text
        text = closing.sub(end, opening.sub(cell, text)[::-1])[::-1]
        return text.replace(end, "")

    return edges


def block_text(root: etree._Element) -> str:
    """Return the visible text of ``root``, block-aware.

    Compiled (XSLT) when libxslt can; the Python walk below when it cannot (a tree deeper
    than its template recursion allows). Both give the same text: a test compares them.
    """
    try:
        raw = str(_BLOCK_TEXT(root))
    except (etree.XSLTApplyError, etree.XSLTError, RecursionError):
        return walked_text(root)
    text = _EDGES_X(_SPACES.sub(" ", raw))
    return tidy(text.replace(_XB, "\n").replace(_XC, "\t"))


_EDGES = _cell_edges(_BLOCK, _CELL, _CELL_END)
_EDGES_X = _cell_edges(_XB, _XC, _XE)


def walked_text(root: etree._Element) -> str:
    """Return the visible text of ``root``, block-aware (iterative: deep nesting is safe).

    Text nodes are collected raw with marks for blocks and cells, and whitespace is folded in
    one pass over the joined string: one regex call per page, not one per text node.

    Comments and processing instructions are walked too (``iterwalk`` yields them only when
    asked for their own events): CMS templates put field markers such as
    ``<!--<$[字段]>-->`` inside article text, and the text after one is as visible as any.
    """
    parts: list[str] = []
    append = parts.append
    action = _ACTION.get
    skip_depth = 0
    for event, el in etree.iterwalk(root, events=_WALK_EVENTS):
        tag = el.tag
        if tag.__class__ is not str:  # a comment or processing instruction: only its tail
            if not skip_depth and el.tail:
                append(el.tail)
            continue
        kind = action(tag)
        if event == "start":
            if skip_depth or kind == 1:
                skip_depth += 1
                continue
            if kind == 2 or kind == 4:
                append(_BLOCK)
            elif kind == 3:
                append(_CELL)
            if el.text:
                append(el.text)
        else:
            if skip_depth:
                skip_depth -= 1
                if el.tail and not skip_depth:
                    append(el.tail)
                continue
            if kind == 2:
                append(_BLOCK)
            elif kind == 3:
                append(_CELL_END)
            if el.tail and el is not root:
                append(el.tail)
    text = _EDGES(_SPACES.sub(" ", "".join(parts)))
    return tidy(text.replace(_BLOCK, "\n").replace(_CELL, "\t"))


_HIDDEN_MARKUP = re.compile(
    r"<(script|style|noscript|template|head|title)\b.*?</\1\s*>|<!--.*?-->|<\?[^>]*>",
    re.S | re.I)
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*>")


def markup_text(source: str) -> str:
    """Block-aware text from markup without a DOM: the fallback for pages whose nesting is
    too deep to parse. Tags are dropped, blocks and cells become breaks and tabs."""

    def mark(m: re.Match[str]) -> str:
        kind = _ACTION.get(m.group(2).lower())
        if kind in (2, 4):
            return _BLOCK
        if kind == 3:
            return _CELL_END if m.group(1) else _CELL
        return ""

    # a hidden element leaves a space; a comment or PI nothing (``号码<!--x-->：`` is 号码：)
    text = _TAG.sub(mark, _HIDDEN_MARKUP.sub(lambda m: " " if m.group(1) else "", source))
    text = _EDGES(_SPACES.sub(" ", html.unescape(text)))
    return tidy(text.replace(_BLOCK, "\n").replace(_CELL, "\t"))


def tidy(text: str) -> str:
    """Collapse the separators block extraction leaves: spaces around breaks, empty lines.

    Every table cell opens with a tab; the first one of each row is dropped, so empty cells
    keep their place (``a\t\tc``) and columns stay aligned with their header.
    """
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    # no two spaces touch now, so one str.replace each way clears the spaces around a tab
    text = text.replace(" \t", "\t").replace("\t ", "\t")
    text = _LINE_BREAKS.sub("\n", text).replace(" \n", "\n")
    text = text.replace("\n\t", "\n")  # each cell opened with a tab: drop the row's first
    text = text.strip(" \n")
    return text[1:] if text.startswith("\t") else text


@dataclass(frozen=True)
class Normalized:
    """NFKC text with a map back to the original: ``offsets[i]`` is where char ``i`` came from.

    ``offsets`` is a ``range`` when every character maps to exactly one (the usual case: a
    full-width ``６`` becomes ``6`` in place), so no per-character list is built.
    """

    text: str
    offsets: Sequence[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the original text."""
        if not self.offsets:
            return (0, 0)
        last = self.offsets[end - 1] + 1 if end > start else self.offsets[start]
        return (self.offsets[start], last)


class _NFKCTable(dict):
    """Per-character NFKC (``None``: the character goes), filled as characters are first met."""

    def __init__(self) -> None:
        super().__init__()
        #: characters whose NFKC is not exactly one character (expanded or removed)
        self.reshaping: set[str] = set()

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        value = None if code in ZERO_WIDTH else unicodedata.normalize("NFKC", ch)
        if value is None or len(value) != 1:
            self.reshaping.add(ch)
        self[code] = value
        return value


_NFKC = _NFKCTable()


def _changing() -> re.Pattern[str]:
    """One character class of every BMP character that NFKC changes, the zero-width ones,
    and every character beyond the BMP (rare; the table decides each): the BMP's 3,000 of
    65,536 are found in a few milliseconds at import."""
    codes = [c for c in range(0x10000)
             if c in ZERO_WIDTH or unicodedata.normalize("NFKC", chr(c)) != chr(c)]
    ranges: list[str] = []
    first = last = codes[0]
    for c in [*codes[1:], -1]:
        if c == last + 1:
            last = c
            continue
        ranges.append(re.escape(chr(first)) + ("-" + re.escape(chr(last)) if last > first
                                               else ""))
        first = last = c
    return re.compile("[" + "".join(ranges) + "\U00010000-\U0010ffff]")


#: What NFKC changes in Chinese text is a few full-width marks a page (，：（）　｜): one scan
#: in C for them, each replaced from the table, is four times faster than ``str.translate``,
#: which looks every character up.
_CHANGING = _changing()


def normalize(text: str) -> Normalized:
    """NFKC one character at a time (offsets stay mapped), zero-width characters removed.

    Full-width digits and letters (``６１０１``, ``Ｘ``) become ASCII; ``\u3000`` and NBSP
    become spaces. Offsets are built per character only when a character of the text
    expands or vanishes (``㈱``, a zero-width space).
    """
    if text.isascii():
        return Normalized(text, range(len(text)))
    met: set[str] = set()

    def replace(m: re.Match[str]) -> str:
        ch = m.group()
        met.add(ch)
        return _NFKC[ord(ch)] or ""

    out = _CHANGING.sub(replace, text)
    if _NFKC.reshaping.isdisjoint(met):
        return Normalized(out, range(len(out)))
    parts: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        norm = _NFKC[ord(ch)]
        if norm:
            parts.append(norm)
            offsets.extend([i] * len(norm))
    return Normalized("".join(parts), tuple(offsets))


def nfkc(text: str) -> str:
    """NFKC of a short string (names, titles, link text), zero-width removed, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(ZERO_WIDTH)
    return " ".join(text.split())


_DATE = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})(?![0-9])"
)
_DATE_TEXT = r"(?<![0-9])((?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2})"
# ``\s*(?:[:：]\s*)?``, not ``\s*[:：]?\s*``: two adjacent ``\s*`` split a run of spaces
# every possible way before failing, quadratic in the run (日期 + 100,000 U+3000 took
# minutes); this way a run is crossed once, whatever follows it.
# 日期 and 时间 not after another character (成立日期), written so that every label starts
# with its first character: the search then skips to the few places a label may start
# instead of trying the pattern at every character of the page (six times faster).
_DATE_LABEL = re.compile(
    r"(发布时间|发布日期|发文日期|公告时间|公告日期|发稿时间|发表时间|更新时间"
    r"|日(?<![\u4e00-\u9fff]日)期|时(?<![\u4e00-\u9fff]时)间)\s*(?:[:：]\s*)?" + _DATE_TEXT
)
#: A date after 来源 (``来源：新华社 作者： 2023-12-01 14:43``), within two short lines.
_SOURCE_DATE = re.compile(r"来源\s*[:：][^\n]{0,40}(?:\n[^\n]{0,40}){0,2}?\n?" + _DATE_TEXT)
#: A date and time just before 来源 (``2020年02月18日 09:15 来源：``). Each optional part
#: starts with its own run of blanks, never two runs in a row (see ``_DATE_LABEL``).
_DATE_BEFORE_SOURCE = re.compile(
    _DATE_TEXT + r"(?:[ \t]*日)?(?:[ \t]*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[ \t]*"
    r"(?:信息|文章|稿件)?来源"
)
#: A date standing alone in a header line (``2021年06月10日 17:35``, ``| 2021-06-10 |``),
#: not one inside a sentence or a note (``(2007年6月29日第十届……会议通过)``).
_HEADER_DATE = re.compile(
    r"(?:^|(?<=[ \t|｜:：]))(?:19|20)[0-9]{2}[ ]?[-/.年][ ]?[0-9]{1,2}[ ]?[-/.月][ ]?[0-9]{1,2}"
    r"(?:日)?(?:[ ]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?(?=$|[ \t|｜])"
)
#: The header line under an article's heading: this many lines, each at most this long.
HEADER_LINES, HEADER_LINE_CHARS = 4, 80
SOURCE_LINE, HEADER_LINE = "来源 line", "header line"


def parse_date_text(text: str) -> dt.date | None:
    """The first ``YYYY-MM-DD``-like date in ``text`` (any of - / . 年月日), or None."""
    m = _DATE.search(nfkc(text))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def shown_date(text: str, title: str | None = None) -> tuple[dt.date, str] | None:
    """The publish date a reader sees on the page, and where: ``(date, source)``.

    ``text`` is the page's NFKC text. In order: a labelled date (source: the label as
    written, ``发布时间``, ``公告时间``, ``日期`` …), a date beside 来源 (``来源 line``), and an
    unlabelled date in the header line under the article's ``title`` when it is the only
    date there (``header line``). Labels that name other dates (成立日期, 成文日期) do not count.
    """
    for m in _DATE_LABEL.finditer(text):
        found = parse_date_text(m.group(2))
        if found:
            return found, m.group(1)
    for pattern in (_SOURCE_DATE, _DATE_BEFORE_SOURCE):
        for m in pattern.finditer(text):
            found = parse_date_text(m.group(1))
            if found:
                return found, SOURCE_LINE
    found = header_date(text, title) if title else None
    return (found, HEADER_LINE) if found else None


def header_date(text: str, title: str) -> dt.date | None:
    """The one date in the short lines under an article's heading (``2021年06月10日 17:35``).

    The heading is found by the title's first characters; the lines after it (at most
    ``HEADER_LINES``, stopping at the first longer than ``HEADER_LINE_CHARS``: the body) must
    hold exactly one date, or none is taken: a list of dated links is no header.
    """
    key = nfkc(title)[:12]
    if len(key) < 4:
        return None
    start = 0
    for _ in range(3):  # the breadcrumb, the heading, a sidebar link: the first few places
        i = text.find(key, start)
        if i < 0:
            return None
        start = i + len(key)
        line_end = text.find("\n", start)
        lines = text[start:line_end if line_end >= 0 else len(text)].split("\n")[:1]
        if line_end >= 0:
            lines += text[line_end + 1:line_end + 1 + HEADER_LINES * HEADER_LINE_CHARS].split(
                "\n")[:HEADER_LINES]
        dates: set[dt.date] = set()
        alone = False
        for line in lines:
            if len(line) > HEADER_LINE_CHARS:
                break
            for m in _DATE.finditer(line):
                try:
                    dates.add(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
                except ValueError:
                    continue
            alone = alone or _HEADER_DATE.search(line) is not None
        if dates:
            return dates.pop() if len(dates) == 1 and alone else None
    return None


def labelled_date(text: str) -> dt.date | None:
    """The publish date a page shows: after 发布时间/发布日期/公告时间/日期/时间, else beside 来源."""
    found = shown_date(text)
    return found[0] if found else None
