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
from collections.abc import Sequence
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
_WS = re.compile(r"[ \t\r\n\f\v]+")
_BLANK_LINES = re.compile(r"[ ]*\n[\n ]*")
_SPACE_RUN = re.compile(r"[ ]{2,}")
_CELL_SPACE = re.compile(r" *\t *")
_ROW_START = re.compile(r"\n\t")


_BLOCK, _CELL = "\x1e", "\x1f"  # structural marks, told apart from the page's own whitespace
#: What each tag does to the text: 1 hides its content, 2 is a block, 3 a cell, 4 a break.
_ACTION = {**dict.fromkeys(INVISIBLE, 1), **dict.fromkeys(BLOCKS, 2), **dict.fromkeys(CELLS, 3),
           "br": 4}
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1d]")  # not the marks


def block_text(root: etree._Element) -> str:
    """Return the visible text of ``root``, block-aware (iterative: deep nesting is safe).

    Text nodes are collected raw with marks for blocks and cells, and whitespace is folded in
    one pass over the joined string: one regex call per page, not one per text node.
    """
    parts: list[str] = []
    append = parts.append
    action = _ACTION.get
    skip_depth = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if tag.__class__ is not str:  # comments, processing instructions: only their tail
            if event == "end" and not skip_depth and el.tail:
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
            if el.tail and el is not root:
                append(el.tail)
    text = _WS.sub(" ", _CONTROL.sub(" ", "".join(parts)))
    return tidy(text.replace(_BLOCK, "\n").replace(_CELL, "\t"))


_HIDDEN_MARKUP = re.compile(
    r"<(script|style|noscript|template|head|title)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*>")


def markup_text(source: str) -> str:
    """Block-aware text from markup without a DOM: the fallback for pages whose nesting is
    too deep to parse. Tags are dropped, blocks and cells become breaks and tabs."""

    def mark(m: re.Match[str]) -> str:
        kind = _ACTION.get(m.group(2).lower())
        if kind in (2, 4):
            return _BLOCK
        if kind == 3 and not m.group(1):
            return _CELL
        return ""

    text = _TAG.sub(mark, _HIDDEN_MARKUP.sub(" ", source))
    text = _WS.sub(" ", _CONTROL.sub(" ", html.unescape(text)))
    return tidy(text.replace(_BLOCK, "\n").replace(_CELL, "\t"))


def tidy(text: str) -> str:
    """Collapse the separators block extraction leaves: spaces around breaks, empty lines.

    Every table cell opens with a tab; the first one of each row is dropped, so empty cells
    keep their place (``a\t\tc``) and columns stay aligned with their header.
    """
    text = _SPACE_RUN.sub(" ", text)
    text = _CELL_SPACE.sub("\t", text)
    text = _BLANK_LINES.sub("\n", text)
    text = _ROW_START.sub("\n", text)  # each cell opened with a tab: drop the row's first
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
    """``str.translate`` table of per-character NFKC, filled as characters are first met."""

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


def normalize(text: str) -> Normalized:
    """NFKC one character at a time (offsets stay mapped), zero-width characters removed.

    Full-width digits and letters (``６１０１``, ``Ｘ``) become ASCII; ``\u3000`` and NBSP
    become spaces. The translation runs in C; offsets are built per character only when a
    character of the text expands or vanishes (``㈱``, a zero-width space).
    """
    if text.isascii():
        return Normalized(text, range(len(text)))
    out = text.translate(_NFKC)
    if _NFKC.reshaping.isdisjoint(text):
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
# ``\s*(?:[:：]\s*)?``, not ``\s*[:：]?\s*``: two adjacent ``\s*`` split a run of spaces
# every possible way before failing, quadratic in the run (日期 + 100,000 U+3000 took
# minutes); this way a run is crossed once, whatever follows it.
_DATE_LABEL = re.compile(
    r"(?:发布时间|发布日期|发文日期|更新时间|(?<![\u4e00-\u9fff])(?:日期|时间))\s*(?:[:：]\s*)?"
    r"((?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2})"
)
_SOURCE_DATE = re.compile(
    r"来源\s*[:：][^\n]{0,40}(?:\n[^\n]{0,40}){0,2}?\n?((?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2})"
)


def parse_date_text(text: str) -> dt.date | None:
    """The first ``YYYY-MM-DD``-like date in ``text`` (any of - / . 年月日), or None."""
    m = _DATE.search(nfkc(text))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def labelled_date(text: str) -> dt.date | None:
    """The publish date a page shows: after 发布时间/发布日期/日期/时间, else after 来源."""
    for pattern in (_DATE_LABEL, _SOURCE_DATE):
        for m in pattern.finditer(text):
            found = parse_date_text(m.group(1))
            if found:
                return found
    return None
