"""Rows of an XLSX sheet, streamed: merged cells filled, damaged XML read row by row."""

from __future__ import annotations

import heapq
import io
import re
from collections.abc import Iterator
from typing import IO, Any

from rulekit.errors import InputError
from rulekit.limits import Limits
from rulekit.readers.tables.problems import RowProblem, quoted, why
from rulekit.readers.tables.textlines import CHUNK

#: Merged ranges filled in one sheet, and cells filled in all (hostile ranges can cover a
#: whole sheet): past either, the rest reads as empty and the file says so.
MAX_MERGED_RANGES = 10_000
MAX_FILLED_CELLS = 1_000_000
#: Columns of a sheet (XFD); a cell further right is ignored.
MAX_COLUMNS = 16_384


_MERGE_CELL = re.compile(
    rb"<(?:[A-Za-z_][\w.-]{0,40}:)?mergeCell\s[^>]{0,200}?\bref\s*=\s*[\"']"
    rb"([A-Za-z]{1,3}[0-9]{1,7}(?::[A-Za-z]{1,3}[0-9]{1,7})?)[\"']")


def merged_ranges(sheet: Any) -> tuple[list[tuple[int, int, int, int]], bool]:
    """(min_row, min_col, max_row, max_col) of the sheet's merged ranges, and whether there
    were more than MAX_MERGED_RANGES.

    The ranges are listed after the rows in the sheet's XML, and read-only openpyxl does
    not keep them; they are found in one streamed pass over the raw XML, a chunk at a time
    (a "<mergeCell" cannot appear in cell text, where "<" is escaped).
    """
    from openpyxl.utils.cell import range_boundaries

    ranges: list[tuple[int, int, int, int]] = []
    tail = b""
    with sheet._get_source() as source:
        while chunk := source.read(CHUNK):
            buffer = tail + chunk
            end = 0
            if b"mergeCell" in buffer:
                for match in _MERGE_CELL.finditer(buffer):
                    end = match.end()
                    try:
                        min_col, min_row, max_col, max_row = range_boundaries(
                            match.group(1).decode("ascii"))
                    except ValueError:
                        continue
                    if len(ranges) >= MAX_MERGED_RANGES:
                        return ranges, True
                    ranges.append((min_row, min_col, max_row, max_col))
            tail = buffer[max(end, len(buffer) - 512) :]
    return ranges, False


class MergedFill:
    """Fills each row's merged cells with their range's top-left value, as Excel shows it.

    Ranges are taken in as the rows reach them and dropped once passed, so the work is the
    cells filled (capped at MAX_FILLED_CELLS), not the ranges times the rows.
    """

    def __init__(self, ranges: list[tuple[int, int, int, int]]) -> None:
        self.pending = sorted(ranges, reverse=True)  # popped from the end: lowest row first
        self.active: list[list[Any]] = []  # [min_row, min_col, max_row, max_col, value]
        self.ends: list[int] = []  # heap of the active ranges' last rows
        self.budget = MAX_FILLED_CELLS
        self.exhausted = False

    def fill(self, number: int, values: list[object]) -> list[object]:
        if self.exhausted:
            return values
        pending, active = self.pending, self.active
        while pending and pending[-1][0] <= number:
            min_row, min_col, max_row, max_col = pending.pop()
            if max_row >= number:
                active.append([min_row, min_col, max_row, max_col, None])
                heapq.heappush(self.ends, max_row)
        if self.ends and self.ends[0] < number:
            while self.ends and self.ends[0] < number:
                heapq.heappop(self.ends)
            self.active = active = [r for r in active if r[2] >= number]
        for entry in active:
            min_row, min_col, _, max_col, value = entry
            if number == min_row:
                value = entry[4] = values[min_col - 1] if min_col <= len(values) else None
                start = min_col + 1
            else:
                start = min_col
            end = min(max_col, MAX_COLUMNS)
            width = max(end - start + 1, 0)
            self.budget -= max(width, 1)
            if self.budget < 0:
                self.exhausted = True
                return values
            if value is None or width == 0:
                continue
            if len(values) < end:
                values.extend([None] * (end - len(values)))
            values[start - 1 : end] = [value] * width
        return values


XlsxRow = tuple[int, "tuple[object, ...] | InputError"]


class Damaged(InputError):
    """A sheet's XML broke while it was read; ``error`` is why."""

    def __init__(self, message: str, where: str, error: Exception) -> None:
        super().__init__(message, where, kind="table")
        self.error = error


class _RowsRead:
    """The numbers of the rows read before a sheet's XML broke, so that reading it again
    row by row neither repeats nor misses one: a bitmap up to Excel's last row (128 KiB),
    and past it (only a hostile file numbers rows so) any row up to the last one read."""

    EXCEL_ROWS = 1_048_576

    def __init__(self) -> None:
        self.bits = bytearray(self.EXCEL_ROWS // 8 + 1)
        self.count = 0
        self.last = 0

    def add(self, number: int) -> None:
        self.count += 1
        self.last = number
        if 0 < number <= self.EXCEL_ROWS:
            self.bits[number >> 3] |= 1 << (number & 7)

    def __contains__(self, number: int) -> bool:
        if 0 < number <= self.EXCEL_ROWS:
            return bool(self.bits[number >> 3] & 1 << (number & 7))
        return number <= self.last


def xlsx_rows(sheet: Any, fill: MergedFill | None, prefix: str, limits: Limits
               ) -> Iterator[XlsxRow]:
    """(row number, values) of each row the sheet's XML holds, streamed; (row number,
    InputError) for what could not be read.

    Rows missing from the XML are not made up: a row numbered 1,000,000,000 after row 2
    costs one row, not a billion empty ones (read-only openpyxl fills the gap). Each row is
    read up to its own last cell, whatever dimension the file claims. When the sheet's XML
    breaks (a bad cell value, a damaged tag), openpyxl's parse stops there for good; the
    rows after it are then read one by one (:func:`_xlsx_salvage`).
    """
    try:
        from openpyxl.worksheet._reader import WorkSheetParser
    except ImportError:  # pragma: no cover - openpyxl moved its parser: the public way
        sheet.reset_dimensions()
        yield from enumerate(sheet.iter_rows(values_only=True), start=1)
        return
    workbook = sheet.parent
    parser = WorkSheetParser(
        None, sheet._shared_strings, data_only=True, epoch=workbook.epoch,
        date_formats=workbook._date_formats, timedelta_formats=workbook._timedelta_formats)
    done = _RowsRead()
    try:
        with sheet._get_source() as source:
            parser.source = source
            for number, cells in parser.parse():
                done.add(number)
                yield number, _xlsx_values(number, cells, fill)
        return
    except Exception as exc:  # the sheet's XML breaks here; what follows is salvaged
        error = exc
    yield from _xlsx_salvage(sheet, parser, done, error, fill, prefix, limits)


def _xlsx_values(number: int, cells: list[dict[str, Any]], fill: MergedFill | None
                 ) -> tuple[object, ...]:
    width = min(max((c["column"] for c in cells), default=0), MAX_COLUMNS)
    values: list[object] = [None] * width
    for cell in cells:
        column = cell["column"]
        if 1 <= column <= width:
            values[column - 1] = cell["value"]
    if fill is not None:
        values = fill.fill(number, values)
    return tuple(values)


_ROW_OPEN = re.compile(rb"<((?:[A-Za-z_][\w.-]{0,40}:)?row)(?=[\s/>])")
_ROW_CLOSE = re.compile(rb"</(?:[A-Za-z_][\w.-]{0,40}:)?row\s*>")
_ROW_R = re.compile(rb"""^<[^>]{0,4096}?\sr\s*=\s*["']\s*([0-9]{1,9})\s*["']""")
_SHEET_ROOT = re.compile(rb"<((?:[A-Za-z_][\w.-]{0,40}:)?worksheet)[\s>][^>]{0,4096}>")
_MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_VALUE_TAG = f"{{{_MAIN_NS.decode()}}}v"


def _xml_rows(source: IO[bytes], cap: int) -> Iterator[tuple[bytes, bool]]:
    """(text, True) for each row element of a sheet's XML, found by its tags alone, so that
    a damaged row costs only itself (a row not closed before the next one is closed for
    it); (its first bytes, False) for a row over ``cap`` bytes, which is skipped."""
    buffer = b""
    eof = False
    while True:
        start = _ROW_OPEN.search(buffer)
        if start is None:
            buffer = buffer[-64:]  # a "<row" cut by the chunk boundary
        else:
            buffer = buffer[start.start() :]
            tag = start.group(1)
            tag_end = buffer.find(b">", len(tag) + 1)
            close = _ROW_CLOSE.search(buffer, 1)
            following = _ROW_OPEN.search(buffer, 1)
            row = None
            if tag_end != -1 and buffer[tag_end - 1 : tag_end] == b"/" and (
                    following is None or tag_end < following.start()):
                row = end = tag_end + 1  # <row r="7"/>
            elif close is not None and (following is None or close.start() < following.start()):
                row = end = close.end()
            elif following is not None or eof:  # not closed before the next row, or the end
                end = following.start() if following is not None else len(buffer)
                row = buffer[:end] + b"</" + tag + b">"
            if row is not None:
                yield (buffer[:row] if isinstance(row, int) else row), True
                buffer = buffer[end:]
                continue
            if len(buffer) > cap:
                yield buffer[:256], False
                buffer = b""
        if eof:
            return
        chunk = source.read(CHUNK)
        eof = not chunk
        buffer += chunk


def _xlsx_salvage(sheet: Any, parser: Any, done: _RowsRead, error: Exception,
                  fill: MergedFill | None, prefix: str, limits: Limits
                  ) -> Iterator[XlsxRow]:
    """The rows of a sheet whose XML broke after the rows ``done``, read again one row at
    a time: a row that does not parse is reported and the next one read, and a cell that
    cannot be read keeps its text as written (or is read empty) and is reported."""
    from xml.etree.ElementTree import ParseError, fromstring

    where = prefix.rstrip("!")
    after = f"after row {done.last}" if done.count else "from its start"
    yield done.last, Damaged(
        f"the sheet's XML is damaged ({why(error)}); it was read again "
        f"row by row {after}, and each row that cannot be read is reported", where, error)
    number = 0
    seen = done.count
    cap = 16 * limits.line_bytes
    try:
        with sheet._get_source() as source:
            head = source.read(64 * 1024)
            root = _SHEET_ROOT.search(head)
            opening = root.group(0) if root else b'<worksheet xmlns="' + _MAIN_NS + b'">'
            closing = b"</" + (root.group(1) if root else b"worksheet") + b">"
            for text, whole in _xml_rows(io.BufferedReader(_Prefixed(head, source)), cap):
                found = _ROW_R.match(text)
                number = int(found.group(1)) if found else number + 1
                if number in done:
                    continue  # read before the XML broke
                seen += 1
                if seen > limits.records:
                    return  # the caller counts rows and says so
                if not whole:
                    yield number, RowProblem(
                        f"row is over {cap:,} bytes of XML in a damaged sheet and was left "
                        "out", prefix, str(number),
                        "are over the size of a row in a damaged sheet and were left out",
                        kind="table")
                    continue
                try:
                    element = fromstring(opening + text + closing)[0]
                except (ParseError, IndexError) as exc:
                    yield number, RowProblem(
                        f"row cannot be read ({why(exc)}); the rows after it "
                        "are read", prefix, str(number),
                        "cannot be read (damaged sheet XML); the rows after them are read",
                        kind="table")
                    continue
                attribute = element.get("r")
                if found is None and attribute is not None:
                    given = _float_row(attribute)
                    if given is not None:
                        number = given  # "7.0", as openpyxl reads it
                    else:
                        yield number, RowProblem(
                            f"row number {quoted(attribute)} is not a number: read as row "
                            f"{number}, the one after the row before it", prefix, str(number),
                            "have a row number that is not a number (each read as the row "
                            "after the one before it)", kind="table")
                parser.row_counter, parser.col_counter = number, 0
                cells = []
                for cell in element:
                    try:
                        cells.append(parser.parse_cell(cell))
                    except Exception as exc:  # a value its type cannot hold
                        kept = None if cell.get("t") == "s" else cell.findtext(_VALUE_TAG)
                        cells.append({"column": _cell_column(cell, parser.col_counter),
                                      "value": kept})
                        yield number, RowProblem(
                            f"a cell of the row cannot be read as its type says "
                            f"({type(exc).__name__}); "
                            f"{'its text is kept' if kept is not None else 'it is read empty'}",
                            prefix, str(number),
                            "have a cell that cannot be read as its type says", kind="table")
                yield number, _xlsx_values(number, cells, fill)
    except Exception as exc:  # the part itself cannot be read (damaged zip data)
        yield number, InputError(
            f"the rest of the sheet cannot be read: {why(exc)}", where, kind="table")


def _float_row(attribute: str) -> int | None:
    """A row number written as a float ("7.0"), as openpyxl accepts it; else None."""
    try:
        value = float(attribute)
    except ValueError:
        return None
    return int(value) if value.is_integer() and 1 <= value <= 2**31 else None


def _cell_column(cell: Any, counter: int) -> int:
    """The column of a cell element: from its "r" ("B7" is 2), else the counter's."""
    from openpyxl.utils.cell import coordinate_to_tuple

    try:
        return coordinate_to_tuple(cell.get("r") or "")[1]
    except Exception:  # no or a bad "r": where openpyxl's counter is
        return max(counter, 1)


class _Prefixed(io.RawIOBase):
    """``head`` (already read from ``rest``) followed by the rest of ``rest``."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        super().__init__()
        self.head = head
        self.rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
