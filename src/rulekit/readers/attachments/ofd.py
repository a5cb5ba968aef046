"""Text of OFD (GB/T 33190) packages: text codes placed on the page, grouped into lines.

Work is bounded by the input, not by what it repeats: a part drawn by many pages is parsed
once, and what a cap cuts (text codes, templates per page) is reported while the rest is read.
"""

from __future__ import annotations

import collections
import itertools
import math
import posixpath
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lxml import etree

from rulekit.errors import InputError
from rulekit.limits import DEFAULT, Limits
from rulekit.readers import attachments
from rulekit.readers.attachments.archive import (
    SafeZip,
    children,
    descendants,
    first,
    local_name,
    resolve_part,
    text_of,
)
from rulekit.readers.attachments.capture import note
from rulekit.readers.attachments.result import join_lines


@dataclass(slots=True)
class _Run:
    """One TextCode placed on the page (millimetres, y grows downwards)."""

    y: float
    x: float
    end: float
    size: float
    text: str


class _OfdState:
    """What reading one OFD has cost so far, and the parts it need not read again.

    A hostile 10 KB file points 2,000 pages at one content part, or one page at one template
    2,000 times: read naively, every use parses the part anew (17 s). Here a page part drawn
    again gives the text it gave, a template is parsed once and only its runs placed again,
    and the TextCodes placed in the whole file are capped at ``attachments.MAX_OFD_TEXT_CODES``.
    """

    def __init__(self, archive: SafeZip) -> None:
        self.archive = archive
        self.codes = 0  # TextCodes placed so far
        self.full = False  # MAX_OFD_TEXT_CODES reached: the rest of the file is cut
        self.pages_read = 0
        self.templates: dict[str, list[_Run]] = {}
        self._noted: set[str] = set()

    def take(self, codes: Iterable[_Run | None]) -> list[_Run]:
        """The runs of ``codes`` (one item per TextCode) while the file's cap allows."""
        runs: list[_Run] = []
        room = attachments.MAX_OFD_TEXT_CODES - self.codes
        taken = 0
        for run in codes:
            if taken >= room:
                self.cut()
                break
            taken += 1
            if run is not None:
                runs.append(run)
        self.codes += taken
        return runs

    def cut(self) -> None:
        self.full = True
        self.note_once("codes", f"OFD places more than {attachments.MAX_OFD_TEXT_CODES:,} "
                                f"text codes: the text up to page {self.pages_read + 1} was "
                                "read and is checked, the rest was cut")

    def note_once(self, kind: str, message: str) -> None:
        if kind not in self._noted:
            self._noted.add(kind)
            note(message)

    def template_runs(self, path: str) -> list[_Run]:
        """A template's runs, parsed at its first use and charged to the budget at each."""
        runs = self.templates.get(path)
        if runs is None:
            runs = self.templates[path] = self.take(_ofd_codes(self.archive.read_xml(path)))
            return runs
        self.archive.charge(self.archive.size(path))
        return self.take(runs)


def read_ofd(data: bytes, limits: Limits = DEFAULT) -> Iterator[str]:
    """Text of every page of every document in an OFD (GB/T 33190) package, page by page."""
    archive = SafeZip(data, "OFD")
    if archive.find("OFD.xml") is None:
        raise InputError("not a valid OFD archive: OFD.xml missing", kind="damaged-attachment")
    ofd = archive.read_xml("OFD.xml")
    if local_name(ofd.tag) != "OFD":
        raise InputError(f"not a valid OFD archive: OFD.xml root is {local_name(ofd.tag)!r}",
                         kind="damaged-attachment")
    doc_roots = [
        (root.text or "").strip()
        for body in children(ofd, "DocBody")
        for root in children(body, "DocRoot")
    ]
    doc_roots = [loc for loc in doc_roots if loc]
    if not doc_roots:
        raise InputError("not a valid OFD archive: OFD.xml has no DocBody/DocRoot",
                         kind="damaged-attachment")
    budget = attachments.MAX_PAGES
    state = _OfdState(archive)
    documents: set[str] = set()
    for loc in doc_roots:
        doc_path = resolve_part("", loc)
        if doc_path is None or archive.find(doc_path) is None:
            raise InputError(f"not a valid OFD archive: document {loc} missing",
                             kind="damaged-attachment")
        if doc_path in documents:  # the same document listed again: nothing new to read
            continue
        documents.add(doc_path)
        for page_text in _ofd_document(archive, doc_path, budget, state):
            yield page_text
            budget -= 1
        if budget <= 0 or state.full:
            break


def _ofd_document(archive: SafeZip, doc_path: str, budget: int,
                  state: _OfdState) -> Iterator[str]:
    doc = archive.read_xml(doc_path)
    doc_dir = posixpath.dirname(doc_path)
    templates: dict[str, str] = {}
    common = first(doc, "CommonData")
    if common is not None:
        for tpl in children(common, "TemplatePage"):
            tpl_path = resolve_part(doc_dir, tpl.get("BaseLoc", ""))
            if tpl.get("ID") and tpl_path:
                templates[tpl.get("ID", "")] = tpl_path
    pages = first(doc, "Pages")
    if pages is None:
        raise InputError(f"not a valid OFD archive: {doc_path} has no Pages",
                         kind="damaged-attachment")
    locs = [page.get("BaseLoc", "") for page in itertools.islice(children(pages, "Page"),
                                                                 max(budget, 0))]
    paths = [resolve_part(doc_dir, loc) for loc in locs]
    # Pages drawing a part already drawn show what it showed: its text is kept, not re-read.
    repeated = {path for path, count in collections.Counter(paths).items() if count > 1}
    done: dict[str, tuple[str, int]] = {}  # page part -> (its text, the bytes it drew)
    for loc, page_path in zip(locs, paths, strict=True):
        if state.full:
            return
        if page_path is None or archive.find(page_path) is None:
            raise InputError(f"not a valid OFD archive: page content {loc or '(none)'} missing",
                             kind="damaged-attachment")
        if page_path in done:
            text, drawn = done[page_path]
            archive.charge(drawn)
        else:
            text, drawn = _ofd_page(archive, page_path, templates, state)
            if page_path in repeated and not state.full:
                done[page_path] = (text, drawn)
        state.pages_read += 1
        yield text


def _ofd_page(archive: SafeZip, page_path: str, templates: dict[str, str],
              state: _OfdState) -> tuple[str, int]:
    """A page's text, and the declared bytes of the parts it drew (its content, templates)."""
    content = archive.read_xml(page_path)
    runs = state.take(_ofd_codes(content))
    drawn = archive.size(page_path)
    # Template pages (letterheads, form backgrounds) are drawn under the page content. One
    # drawn twice shows the same text at the same place: it is placed once.
    placed: set[str] = set()
    for ref in children(content, "Template"):
        tpl_path = templates.get(ref.get("TemplateID", ""))
        if (not tpl_path or tpl_path == page_path or tpl_path in placed
                or archive.find(tpl_path) is None):
            continue
        if len(placed) >= (cap := attachments.MAX_OFD_TEMPLATES_PER_PAGE):
            state.note_once("templates", f"OFD page {state.pages_read + 1} draws more than "
                                         f"{cap} templates: the first {cap} of it (and of any "
                                         "such page) were read, the rest skipped")
            break
        if state.full:
            break
        placed.add(tpl_path)
        drawn += archive.size(tpl_path)
        runs.extend(state.template_runs(tpl_path))
    return _ofd_lines(runs), drawn


def _floats(value: str | None, count: int) -> list[float] | None:
    """Parse "a b c ..." into exactly ``count`` floats, or None if malformed.

    Never splits more than ``count`` + 1 tokens: an attribute may be a megabyte long.
    """
    if not value:
        return None
    tokens = value.split(None, count)
    if len(tokens) != count:
        return None
    try:
        numbers = [float(v) for v in tokens]
    except ValueError:
        return None
    for number in numbers:
        if not math.isfinite(number):
            return None
    return numbers


def _ofd_codes(content: etree._Element) -> Iterator[_Run | None]:
    """Every TextCode on a page with its absolute baseline position, in document order;
    None for one that shows no text (so that the caller counts every TextCode)."""
    for obj in descendants(content, "TextObject"):
        box = _floats(obj.get("Boundary"), 4) or [0.0, 0.0, 0.0, 0.0]
        ctm = _floats(obj.get("CTM"), 6) or [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        a, b, c, d, e, f = ctm
        scale = abs(a * d - b * c) ** 0.5 or 1.0
        size = (_floats(obj.get("Size"), 1) or [box[3] / scale if box[3] else 3.5])[0] * scale
        size = max(size, 0.1)
        right = box[0] + box[2] if box[2] > 0 else None
        x = y = 0.0
        for code in children(obj, "TextCode"):
            text = text_of(code)
            # X/Y may be omitted to continue where the previous TextCode ended.
            x = _float_attr(code, "X", x)
            y = _float_attr(code, "Y", y)
            abs_x = box[0] + a * x + c * y + e
            abs_y = box[1] + b * x + d * y + f
            # Object-space width of the run: glyph origins from DeltaX, plus the last glyph.
            obj_size = size / scale
            width = (
                _advance(code.get("DeltaX"), text, obj_size) + _glyph_width(text[-1:]) * obj_size
            )
            end = abs_x + width * scale
            if right is not None:
                end = min(end, right)
            yield _Run(abs_y, abs_x, end, size, text) if text else None
            x += width


def _float_attr(elem: etree._Element, name: str, default: float) -> float:
    """One number (as ``_floats(value, 1)``, without a list: it is read for every TextCode)."""
    value = elem.get(name)
    if not value:
        return default
    try:
        number = float(value)
    except ValueError:
        return default
    return number if math.isfinite(number) else default


def _advance(delta_x: str | None, text: str, size: float) -> float:
    """Distance from the first to the last glyph origin, in object units.

    DeltaX gives the gaps ("g N v" repeats v N times); gaps it does not cover fall back to
    estimated glyph widths. Repeats are never expanded: a hostile "g 1000000000 1" must not
    allocate; and no more tokens are split than the gaps can use (three each, as "g 1 v"):
    a megabyte of DeltaX on a two-glyph code costs no more than three numbers.
    """
    needed = max(len(text) - 1, 0)
    total = 0.0
    used = 0
    tokens = (delta_x or "").split(None, 3 * needed)[: 3 * needed]
    i = 0
    try:
        while i < len(tokens) and used < needed:
            if tokens[i] == "g" and i + 2 < len(tokens):
                repeat = max(min(int(tokens[i + 1]), needed - used), 0)
                total += repeat * float(tokens[i + 2])
                used += repeat
                i += 3
            else:
                total += float(tokens[i])
                used += 1
                i += 1
    except ValueError:  # malformed DeltaX: estimate every gap
        total, used = 0.0, 0
    if total != total or abs(total) == float("inf"):
        total, used = 0.0, 0
    for char in text[used:needed]:
        total += _glyph_width(char) * size
    return total


def _glyph_width(char: str) -> float:
    """Approximate advance of a glyph in ems: CJK and full-width forms are square."""
    if not char:
        return 0.0
    return 1.0 if ord(char) >= 0x2E80 else 0.5


# A gap wider than this many font sizes between runs on one line separates fields (form cells,
# signature blocks), and is written as a tab so that numbers in neighbouring cells never merge.
_OFD_FIELD_GAP = 0.8
# Baselines closer than this many font sizes are on the same line.
_OFD_LINE_TOLERANCE = 0.5


def _ofd_lines(runs: list[_Run]) -> str:
    """Group runs into lines top-to-bottom, each line left-to-right."""
    lines: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: (r.y, r.x)):
        if lines:
            anchor = lines[-1][0]
            tolerance = _OFD_LINE_TOLERANCE * max(run.size, anchor.size)
            if abs(run.y - anchor.y) <= tolerance:
                lines[-1].append(run)
                continue
        lines.append([run])
    out: list[str] = []
    for line in lines:
        line.sort(key=lambda r: r.x)
        parts: list[str] = []
        prev: _Run | None = None
        for run in line:
            if prev is not None and run.x - prev.end > _OFD_FIELD_GAP * max(run.size, prev.size):
                parts.append("\t")
            parts.append(run.text)
            if prev is None or run.end > prev.end:
                prev = run
        out.append("".join(parts))
    return join_lines(out)
