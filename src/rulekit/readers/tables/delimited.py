"""CSV and other delimited text tables: the delimiter, quoted cells over lines, the rows."""

from __future__ import annotations

import csv
import itertools
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from rulekit.errors import InputError
from rulekit.limits import DEFAULT, Limits
from rulekit.readers.tables.cells import clean, cut_cells
from rulekit.readers.tables.header import (
    HEADER_SEARCH_ROWS,
    Fields,
    Header,
    Record,
    find_header,
    no_header,
)
from rulekit.readers.tables.problems import RowProblem, cut_problem, quoted, too_many
from rulekit.readers.tables.textlines import SNIFF_CHARS, TextLines

DELIMITERS = (",", "\t", ";", "|", "，")
_QUOTED = re.compile(r'"[^"]*"')
#: Lines one quoted cell may span: an address or a note with line breaks inside quotes, as
#: Excel writes them. A quote still open after more lines, or after ``limits.cell_chars``
#: characters of them, is taken as unmatched (see :class:`_CsvRecords`).
MAX_QUOTED_LINES = 100
# Inside a quoted cell: anything up to a quote that is not doubled (or the end).
_IN_QUOTES = re.compile(r'[^"]*(?:""[^"]*)*')
#: What is said of a quote that opens a cell and does not close (a problem of the table).
_BAD_QUOTE = ('a quote opens a cell here and {why}: it is taken as an unmatched quote, this '
              'line is left out and the lines after it are read as rows')
_BAD_QUOTE_HEADER = ("a quote opens a cell of the header row and {why}: it is read as a "
                     "plain character in the header")
_BAD_QUOTES = ("open a quoted cell that does not close as a row should (unmatched quote): each "
               "such line is left out and the lines after it are read as rows")


def _quote_state(text: str, delimiter: str, quoted: bool, strict: bool) -> bool | None:
    """Whether the csv module, reading the line ``text``, is inside a quoted cell at its end
    (True: the record goes on to the next line); ``quoted``: whether the line starts inside
    one.

    Mirrors the csv module's reading (non-strict, doubled quotes): a quote opens a cell only
    at its start; after the closing quote the cell goes on as plain text, in which quotes
    are plain characters. With ``strict``, a closing quote followed by anything but a
    delimiter or the line end gives None: what a line that continues a quoted cell must
    never do, and what an unmatched quote does when it takes the next line's quote for its
    own. Linear in the line.
    """
    pos, end = 0, len(text)
    while True:
        if quoted:
            pos = _IN_QUOTES.match(text, pos).end()  # type: ignore[union-attr]
            if pos >= end:
                return True
            quoted = False  # text[pos] is the closing quote; plain text may follow it
            pos += 1
            if strict and pos < end and text[pos] != delimiter and text[pos] not in "\r\n":
                return None
        elif pos < end and text[pos] == '"':
            quoted = True
            pos += 1
            continue
        found = text.find(delimiter, pos)
        if found == -1:
            return False
        pos = found + 1


class _Feed:
    """The lines of one record, handed to a csv reader kept for the whole file (making a
    reader for each row costs more than reading the row)."""

    __slots__ = ("texts",)

    def __init__(self) -> None:
        self.texts: list[str] = []  # reversed: popped from the end

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        if self.texts:
            return self.texts.pop()
        raise StopIteration


class _CsvRecords:
    """The records of a delimited file: (first line, cells), or a RowProblem for a line.

    A quoted cell may run over several lines (an address with a line break, as Excel
    writes it), but a quote that never closes must not swallow the rest of the file under
    one message. So a quote still open after :data:`MAX_QUOTED_LINES` lines or
    ``limits.cell_chars`` characters, or at the end of the file, or closing into a row
    whose cells do not fit the header (``width``, set once the header is read), is taken as
    unmatched: its line is reported and left out, and the lines it took are read again as
    rows of their own, from the next line on (a line that goes on a quoted cell never opens
    one itself, so no line is read more than twice).
    """

    def __init__(self, lines: Iterable[tuple[int, str]], delimiter: str, limits: Limits,
                 prefix: str) -> None:
        self.lines = iter(lines)
        self.replay: deque[tuple[int, str]] = deque()
        self.delimiter = delimiter
        self.max_chars = limits.cell_chars
        self.prefix = prefix
        self.width: int | None = None  # the header's, once read: a row must fit it
        self.header_line: int | None = None  # no quoted cell above the header runs into it
        self.feed = _Feed()
        self.reader = csv.reader(self.feed, delimiter=delimiter)
        # The same, strict: it fails on a line that ends inside quotes (and on text after a
        # closing quote), so a well-formed quoted line costs one parse and no scan.
        self.strict = csv.reader(self.feed, delimiter=delimiter, strict=True)
        self.literal = csv.reader(self.feed, delimiter=delimiter, quoting=csv.QUOTE_NONE)

    def _record(self, texts: list[str], reader: Any = None) -> list[str] | csv.Error:
        """The cells of the record made of ``texts`` (a line, or the lines of a quoted cell)."""
        feed = self.feed
        feed.texts = texts[::-1]
        try:
            cells = next(reader or self.reader, [])
        except csv.Error as exc:  # a cell over the csv module's field size limit
            feed.texts = []
            return exc
        if feed.texts:  # never: the lines were grouped as the csv module reads them
            feed.texts = []
            return csv.Error("the row ends before its lines do")
        return cells

    def _next(self) -> tuple[int, str] | None:
        if self.replay:
            return self.replay.popleft()
        return next(self.lines, None)

    def _fits(self, cells: list[str]) -> bool:
        width = self.width
        if width is None:
            return True
        return len(cells) >= width and not any(c.strip() for c in cells[width:])

    def __iter__(self) -> Iterator[tuple[int, list[str] | csv.Error] | RowProblem]:
        delimiter = self.delimiter
        while True:
            line = self._next()
            if line is None:
                return
            number, text = line
            if '"' not in text:  # what the csv module makes of a line without quotes
                yield number, text.rstrip("\r\n").split(delimiter)
                continue
            cells = self._record([text], self.strict)
            if not isinstance(cells, csv.Error):
                yield number, cells
                continue
            if not _quote_state(text, delimiter, False, False):
                yield number, self._record([text])
                continue
            span = [line]
            chars = 0
            while True:
                more = self._next()
                if more is None:
                    why = "is still open at the end of the file"
                    break
                span.append(more)
                chars += len(more[1])
                if self.width is None and self.header_line is not None \
                        and number < self.header_line <= more[0]:
                    why = "runs into the header row"
                    break
                state = _quote_state(more[1], delimiter, True, True) if '"' in more[1] else True
                if state is None:
                    why = (f"is closed {len(span) - 1} lines below by a quote with text right "
                           "after it")
                    break
                if not state:
                    cells = self._record([t for _, t in span])
                    if isinstance(cells, csv.Error) or self._fits(cells):
                        why = ""
                    else:
                        why = (f"closes {len(span) - 1} lines below into a row of {len(cells)} "
                               f"cells (the header has {self.width})")
                    break
                if len(span) > MAX_QUOTED_LINES or chars > self.max_chars:
                    why = (f"is still open after {len(span) - 1:,} lines ({chars:,} characters; "
                           f"a quoted cell may span {MAX_QUOTED_LINES} lines and "
                           f"{self.max_chars:,} characters, limits.cell_chars)")
                    break
            if not why:
                yield number, cells
                continue
            self.replay.extendleft(reversed(span[1:]))
            if self.width is None and number == (self.header_line or number):
                # The line may be the header, which must not be lost: its quote is read as
                # a plain character (and said, once the header is known).
                if self.header_line is not None:
                    yield RowProblem(_BAD_QUOTE_HEADER.format(why=why), self.prefix,
                                     str(number), "open a quoted cell in the header row that "
                                     "does not close (read as a plain character)",
                                     kind="table", noun="lines")
                yield number, self._record([text], self.literal)
                continue
            yield RowProblem(_BAD_QUOTE.format(why=why), self.prefix, str(number), _BAD_QUOTES,
                             kind="table", noun="lines")


def _sample_rows(lines: Sequence[tuple[int, str]], delimiter: str, limits: Limits = DEFAULT
                 ) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of the rows of the first lines, as the reader will split them."""
    for item in _CsvRecords(lines, delimiter, limits, ""):
        if not isinstance(item, RowProblem) and not isinstance(item[1], csv.Error):
            yield item  # type: ignore[misc]


def _choose_delimiter(lines: Sequence[tuple[int, str]], spec: Fields, limits: Limits) -> str:
    """The delimiter under which the header row names the most requested fields.

    Candidates are tried by how often they occur outside quotes in the first lines (ties
    go to the earlier in DELIMITERS); the header decides, because Chinese text fields are
    full of "，" and would fool a count alone. Linear in the sample: csv.Sniffer's regular
    expressions backtrack quadratically on quote-heavy lines (64 KiB took 21 s).
    """
    bare = _QUOTED.sub("", "".join(text for _, text in lines))
    counts = {d: bare.count(d) for d in DELIMITERS}
    candidates = sorted(DELIMITERS, key=lambda d: -counts[d])
    best, best_key = candidates[0], (0, 0, 0, 0)
    for delimiter in candidates:
        rows = list(_sample_rows(lines, delimiter, limits))
        found = find_header(rows, spec)
        if found is None:
            continue
        header = [c for c in found[1] if c]
        matched = len({spec.canonical(c) for c in header} - {None})
        # Same fields matched: the delimiter that really splits the header wins; for a
        # one-column file, the one that splits the data least (ideally never); then the
        # one that splits most rows below the header as wide as the header (what
        # csv.Sniffer weighs, counted here in one pass).
        width = len(found[1])
        fitting = sum(1 for position, row in rows if position > found[0] and len(row) == width)
        key = (matched, len(header), -counts[delimiter] if len(header) == 1 else 0, fitting)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def read_delimited(path: Path, spec: Fields, limits: Limits
                    ) -> Iterator[Record | InputError]:
    name = path.name
    source = TextLines(path, limits)
    try:
        lines = iter(source)
        sample: list[tuple[int, str]] = []
        chars = 0
        for number, text in lines:
            sample.append((number, text))
            chars += len(text)
            if chars >= SNIFF_CHARS or len(sample) >= HEADER_SEARCH_ROWS * 3:
                break
        delimiter = _choose_delimiter(sample, spec, limits)
        found = find_header(_sample_rows(sample, delimiter, limits), spec)
        if found is None:
            if source.nul_lines:  # NULs and no header: binary junk, not a damaged table
                raise InputError("not a text table (contains NUL characters)", name,
                                 kind="table")
            raise no_header(name, _find_first_cells(sample, delimiter), spec, "the first rows")
    except BaseException:
        source.close()
        raise
    return _delimited_rows(source, itertools.chain(sample, lines), delimiter, found[0],
                           spec, limits)


def _find_first_cells(lines: Sequence[tuple[int, str]], delimiter: str) -> list[str]:
    for _, row in _sample_rows(lines, delimiter):
        cells = [c for c in (clean(x) for x in row) if c]
        if cells:
            return cells
    return []


def _delimited_rows(
    source: TextLines, lines: Iterable[tuple[int, str]], delimiter: str,
    header_line: int, spec: Fields, limits: Limits,
) -> Iterator[Record | InputError]:
    name = source.name
    prefix = f"{name}:"
    records = _CsvRecords(lines, delimiter, limits, prefix)
    records.header_line = header_line
    header: Header | None = None
    seen = 0  # rows below the header, empty and bad ones too
    try:
        for item in records:
            yield from source.take_problems()
            if header is not None:
                seen += 1
                if seen > limits.records:
                    where = item.where if isinstance(item, RowProblem) else prefix + str(item[0])
                    yield too_many(where or name, limits)
                    return
            if isinstance(item, RowProblem):
                yield item
                continue
            number, raw = item
            start = str(number)
            if number < header_line:
                continue
            if isinstance(raw, csv.Error):
                yield RowProblem(f"row cannot be parsed: {raw}", prefix, start,
                                 f"cannot be parsed ({raw})", kind="table")
                continue
            cells = [clean(c) for c in raw]
            if header is None:
                header = Header(cells, spec, prefix + start)
                records.width = header.width
                yield from header.errors
                continue
            if not any(cells):
                continue  # empty rows (also ",,,," from Excel) are skipped silently
            if cells[: header.width] == header.cells[: header.width]:
                continue  # the header repeated (exports stitched from pages)
            if len(cells) < header.width:
                yield RowProblem(
                    f"row has {len(cells)} cells but the header has {header.width}; "
                    "cannot tell which are missing", prefix, start,
                    f"have fewer cells than the header ({header.width}); cannot tell which "
                    "are missing", kind="table")
                continue
            surplus = [c for c in cells[header.width :] if c is not None]
            if surplus:
                yield RowProblem(
                    f"row has {len(cells)} cells but the header has {header.width} (an "
                    f"unquoted delimiter in a value?); cells past the header: "
                    f"{', '.join(quoted(s) for s in surplus[:3])}", prefix, start,
                    f"have more cells than the header ({header.width}; an unquoted delimiter "
                    "in a value?)", kind="table", example=quoted(surplus[0]))
                continue
            if cut_cells(cells, limits.cell_chars):
                yield cut_problem(prefix, start, limits)
            yield header.record(cells, spec, prefix + start)
        yield from source.take_problems()
    finally:
        source.close()
