"""Tables the text writes with too few cells a line, read from the DOM: spanned headers and rows.

Text extraction writes a header of two rows (序号 | 当事人信息 | 决定书文号 over 姓名 | 身份证号 |
家庭住址, joined by ``rowspan`` and ``colspan``) as two lines with fewer cells than the rows
below them, and counting a row's columns from either side then names the wrong column: a
身份证号 column read as 决定书文号, an address column as 处罚结果. The DOM knows the spans.
For each such table this gives, for every line of its header in the page's text, the one
row of column names the header makes, each column named by its lowest header cell
(姓名, not 当事人信息); the privacy detectors read those names where they read a header line.
Likewise a row whose first cells a ``rowspan`` above covers (乡镇 given once for several
rows) is written with fewer cells than its header, and its cells' grid columns are given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rulekit.text import nfkc

#: How many rows of a table are read for its header, and how deep a header may be.
_ROWS, _DEPTH = 6, 3
#: A header cell is short and holds no long number (a data row is no header).
_CELL_MAX = 24
_NUMBER = re.compile(r"[0-9]{5}")


class SpannedTables:
    """What a page's DOM says of the tables its text writes with too few cells a line.

    ``headers``: each line of a spanned header (by its start in the normalised text) → the
    header's column names. ``rows``: each data row that a ``rowspan`` from a row above
    pushes right (乡镇 or 村 given once for several rows: the text's row lacks that cell)
    → the grid column of each of its cells, and the table's width.
    """

    def __init__(self, tables: Iterable[Any], text: str) -> None:
        """``tables``: the page's ``<table>`` elements in document order
        (``page.elements("table")``)."""
        self.headers: dict[int, tuple[str, ...]] = {}
        self.rows: dict[int, tuple[tuple[int, ...], int]] = {}
        if "\t" not in text:
            return
        lines: _Lines | None = None
        for table in tables:
            header = _header(table)
            shifted = _shifted_rows(table)
            if header is None and not shifted:
                continue
            if lines is None:
                lines = _Lines(text)  # (once a page has such a table: most have none)
            if header is not None:
                rows, names = header
                for start in lines.find(rows):
                    self.headers[start] = names
            for cells, columns in shifted:
                for start in lines.find([cells]):
                    self.rows[start] = columns


def _shifted_rows(table: Any) -> list[tuple[tuple[str, ...], tuple[tuple[int, ...], int]]]:
    """The rows of ``table`` whose cells a rowspan from above pushes right: each row's own
    cells (as the text writes them) with the grid column of each, and the grid's width."""
    rows = [[c for c in tr if c.tag in ("td", "th")] for tr in table.iter("tr")
            if _table_of(tr) is table]
    if not any(_span(c, "rowspan") > 1 for row in rows[1:] for c in row):
        return []
    columns = _columns(rows)
    if columns is None:
        return []
    width = max((cols[-1] + _span(row[-1], "colspan")
                 for row, cols in zip(rows, columns, strict=True) if cols), default=0)
    out = []
    for row, cols in zip(rows, columns, strict=True):
        if cols and cols != tuple(range(len(cols))) and len(cols) == len(row):
            out.append((tuple(_cell_text(c) for c in row), (cols, width)))
    return out


def _columns(rows: list[list[Any]]) -> list[tuple[int, ...]] | None:
    """The grid column where each cell of each row starts, as a browser places them."""
    taken: dict[int, set[int]] = {}  # row -> columns taken by rowspans from above
    out = []
    for r, row in enumerate(rows):
        busy = taken.pop(r, set())
        c, cols = 0, []
        for cell in row:
            while c in busy:
                c += 1
            colspan, rowspan = _span(cell, "colspan"), _span(cell, "rowspan")
            if colspan > 64 or rowspan > 10_000:
                return None
            cols.append(c)
            for dr in range(1, min(rowspan, len(rows) - r)):
                taken.setdefault(r + dr, set()).update(range(c, c + colspan))
            c += colspan
        out.append(tuple(cols))
    return out


def _header(table: Any) -> tuple[list[tuple[str, ...]], tuple[str, ...]] | None:
    """The header rows' own cells (as the text writes each row) and the column names, when
    the table's header spans rows; else None."""
    rows = []
    for tr in table.iter("tr"):
        if _table_of(tr) is table:
            rows.append([c for c in tr if c.tag in ("td", "th")])
            if len(rows) == _ROWS:
                break
    grid = _grid(rows)
    if grid is None or not any(grid):
        return None
    width = max(len(r) for r in grid)
    first = 0
    while first < len(rows) and len(rows[first]) == 1 and _span(rows[first][0], "colspan") >= width:
        first += 1  # a title row across the whole table
    if first >= len(rows) or not any(_span(c, "colspan") > 1 for c in rows[first]):
        return None
    depth = max(_span(c, "rowspan") for c in rows[first])
    if not 2 <= depth <= _DEPTH or first + depth > len(rows):
        return None
    header_rows = rows[first:first + depth]
    texts = [[_cell_text(c) for c in row] for row in header_rows]
    if any(not t or len(t) > _CELL_MAX or _NUMBER.search(t) for row in texts for t in row):
        return None
    bottom = grid[first + depth - 1]
    if len(bottom) < width or any(cell is None for cell in bottom):
        return None
    names = tuple(_cell_text(cell) for cell in bottom)
    if len(set(names)) < 2:
        return None
    return [tuple(row) for row in texts], names


def _grid(rows: list[list[Any]]) -> list[list[Any]] | None:
    """The rows' cells placed on a grid as a browser places them (rowspan, colspan)."""
    grid: list[list[Any]] = [[] for _ in rows]
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while c < len(grid[r]) and grid[r][c] is not None:
                c += 1
            colspan, rowspan = _span(cell, "colspan"), _span(cell, "rowspan")
            if colspan > 64 or rowspan > 64:
                return None  # (no header spans that far)
            for dr in range(min(rowspan, len(rows) - r)):
                line = grid[r + dr]
                while len(line) < c + colspan:
                    line.append(None)
                for dc in range(colspan):
                    line[c + dc] = cell
            c += colspan
    return grid


def _span(cell: Any, name: str) -> int:
    try:
        return max(1, int((cell.get(name) or "1").strip() or 1))
    except ValueError:
        return 1


def _table_of(el: Any) -> Any:
    """The nearest table that holds ``el``."""
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _cell_text(cell: Any) -> str:
    return _key(nfkc("".join(cell.itertext())))


def _key(cell: str) -> str:
    return cell.replace(" ", "")


class _Lines:
    """The text's lines that hold cells, indexed by their cells (as header rows compare
    them), so each header is looked up, not searched for: a page of a thousand tables
    reads its text once."""

    def __init__(self, text: str) -> None:
        self.lines: list[tuple[int, tuple[str, ...]]] = []
        self.by_cells: dict[tuple[str, ...], list[int]] = {}
        pos = 0
        for line in text.split("\n"):
            if "\t" in line:
                cells = tuple(_key(nfkc(c)) for c in line.split("\t"))
                self.by_cells.setdefault(cells, []).append(len(self.lines))
            else:
                cells = (line,) if line else ()
            self.lines.append((pos, cells))
            pos += len(line) + 1

    def find(self, rows: list[tuple[str, ...]]) -> list[int]:
        """The starts of the lines that are the header ``rows``, one after another."""
        starts = []
        for i in self.by_cells.get(rows[0], ()):
            block = self.lines[i:i + len(rows)]
            if [cells for _, cells in block] == rows:
                starts.extend(start for start, _ in block)
        return starts
