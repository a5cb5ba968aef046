"""XLSX tables, streamed: the first sheet with a header row, then its rows as records."""

from __future__ import annotations

import contextlib
import itertools
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rulekit.errors import InputError
from rulekit.limits import Limits
from rulekit.readers.tables.cells import cell_text, cut_cells, drop_controls
from rulekit.readers.tables.header import (
    HEADER_SEARCH_ROWS,
    Fields,
    Header,
    Record,
    find_header,
    no_header,
)
from rulekit.readers.tables.problems import (
    RowProblem,
    control_problem,
    cut_problem,
    too_many,
    why,
)
from rulekit.readers.tables.xlsx_parts import BAD_STRING, SafeArchive, salvage_strings
from rulekit.readers.tables.xlsx_rows import (
    MAX_FILLED_CELLS,
    MAX_MERGED_RANGES,
    Damaged,
    MergedFill,
    XlsxRow,
    merged_ranges,
    xlsx_rows,
)


def read_xlsx(path: Path, spec: Fields, limits: Limits, fill_max_bytes: int
              ) -> Iterator[Record | InputError]:
    """Rows of the first sheet with a header, streamed whatever the file's size.

    openpyxl's read-only mode parses a row at a time; a fully loaded workbook costs about
    3 KB per cell (784 MB for 250,000 rows), so it is never used. Merged cells are filled
    in files of up to ``fill_max_bytes`` (see :data:`rulekit.readers.tables.MERGE_FILL_MAX_BYTES`).
    """
    name = path.name
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise InputError("reading .xlsx needs openpyxl", name, kind="unreadable") from None
    try:
        with warnings.catch_warnings(), _without_dimension_scan():
            warnings.simplefilter("ignore")  # "no default style" and similar noise
            workbook = _load_workbook(openpyxl, path)
        fill_merged = path.stat().st_size <= fill_max_bytes
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"not a readable .xlsx file: {exc}", name, kind="table") from None
    except Exception as exc:  # openpyxl raises many types on a corrupt file
        raise InputError(f"not a readable .xlsx file: {type(exc).__name__}: {exc}", name,
                         kind="table") from None
    try:
        return _xlsx_first_table(workbook, spec, name, fill_merged, limits)
    except BaseException:
        workbook.close()
        raise


def _load_workbook(openpyxl: Any, path: Path) -> Any:
    """A read-only workbook whose XML parts are read through :class:`SafeArchive`, so that a
    NUL in one shared string does not make the whole file unreadable."""
    try:
        from openpyxl.reader.excel import ExcelReader
    except ImportError:  # pragma: no cover - openpyxl moved it: the public way
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    reader = ExcelReader(path, read_only=True, data_only=True)
    reader.archive = SafeArchive(reader.archive)
    read_strings = reader.read_strings

    def salvaged_strings() -> None:
        try:
            read_strings()
        except Exception as exc:  # one broken string must not cost the workbook
            reader.shared_strings = salvage_strings(reader, exc)

    reader.read_strings = salvaged_strings
    try:
        reader.read()
    except BaseException:
        reader.archive.close()
        raise
    return reader.wb


@contextlib.contextmanager
def _without_dimension_scan() -> Iterator[None]:
    """Skip read-only openpyxl's search for each sheet's size while a workbook loads.

    openpyxl 3.1 looks for ``<dimension>`` when it opens a read-only sheet, and when the
    sheet has none (openpyxl's own write-only files, hostile ones) it parses the whole sheet
    to find out, since it stops at the end of ``<sheetData>``, not its start: a full extra
    pass over every sheet, blind to ``limits.records``. The size is not used here (each row
    is read to its own last cell), so the search is left out for the load, and restored.
    """
    try:
        from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    except ImportError:  # pragma: no cover - openpyxl moved it: pay for the scan
        yield
        return
    original = ReadOnlyWorksheet.__dict__.get("_get_size")
    if original is None:  # pragma: no cover - as above
        yield
        return
    ReadOnlyWorksheet._get_size = lambda self: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        ReadOnlyWorksheet._get_size = original  # type: ignore[method-assign]


def _xlsx_first_table(workbook: Any, spec: Fields, name: str, fill_merged: bool,
                      limits: Limits) -> Iterator[Record | InputError]:
    """Find the first sheet with a header row; the rows are then read lazily.

    A sheet that cannot be read is passed over for the next one, and said: a damaged
    cover sheet must not hide the table behind it.
    """
    first_seen: list[str] = []
    unreadable: list[InputError] = []
    for sheet in workbook.worksheets:
        if not hasattr(sheet, "iter_rows"):
            continue
        problems: list[InputError] = []
        prefix = f"{name}:{sheet.title}!"
        rows: Iterator[XlsxRow] = iter(())
        buffered: list[tuple[int, tuple[object, ...]]] = []
        try:
            fill = None
            if fill_merged and hasattr(sheet, "_get_source"):
                ranges, cut = merged_ranges(sheet)
                if cut:
                    problems.append(InputError(
                        f"sheet {sheet.title!r} has more than {MAX_MERGED_RANGES:,} merged "
                        f"ranges: filling stopped after {MAX_MERGED_RANGES:,}, the others read "
                        "as empty",
                        f"{name}:{sheet.title}", kind="cut"))
                fill = MergedFill(ranges) if ranges else None
            rows = xlsx_rows(sheet, fill, prefix, limits)
            nonempty = 0
            for number, values in rows:
                if isinstance(values, InputError):
                    problems.append(values)
                    continue
                buffered.append((number, values))
                nonempty += any(v is not None for v in values)
                if nonempty >= HEADER_SEARCH_ROWS:
                    break
        except Exception as exc:  # the sheet cannot be opened at all (a damaged part)
            _close(rows)
            unreadable.append(InputError(
                f"sheet {sheet.title!r} cannot be read: {why(exc)}", name, kind="table"))
            continue
        texts = [(n, [cell_text(v) for v in row]) for n, row in buffered]
        found = find_header(texts, spec)
        if found is None:
            _close(rows)
            damaged = [e for e in problems if isinstance(e, Damaged)]
            if not buffered and damaged:  # nothing could be read: a damaged sheet
                error = damaged[0].error
                unreadable.append(InputError(
                    f"sheet {sheet.title!r} cannot be read: {why(error)}", name, kind="table"))
            elif not first_seen:
                first_seen = next(([c.replace(BAD_STRING, "?") for c in r if c]
                                   for _, r in texts if any(r)), [])
            continue
        header_row = found[0]
        rest = itertools.chain((item for item in buffered if item[0] > header_row), rows)
        passed = [InputError(f"{e.message}; the table was read from sheet {sheet.title!r}",
                             e.where, kind=e.kind) for e in unreadable]
        return _xlsx_records(workbook, sheet.title, found[1], header_row, rest, spec, name,
                             fill, passed + problems, limits)
    workbook.close()
    if unreadable and not first_seen:
        raise unreadable[0]
    raise no_header(name, first_seen, spec, "any sheet")


def _close(items: object) -> None:
    close = getattr(items, "close", None)
    if close is not None:
        close()


def _xlsx_records(
    workbook: Any,
    title: str,
    header_cells: list[str | None],
    header_row: int,
    rows: Iterator[XlsxRow],
    spec: Fields,
    name: str,
    fill: MergedFill | None,
    problems: list[InputError],
    limits: Limits,
) -> Iterator[Record | InputError]:
    prefix = f"{name}:{title}!"
    seen = 0
    try:
        yield from problems
        header = Header(header_cells, spec, f"{prefix}{header_row}")
        yield from header.errors
        while True:
            try:
                item = next(rows, None)
            except Exception as exc:  # pragma: no cover - xlsx_rows reports its own
                yield InputError(
                    f"the rest of the sheet cannot be read: {why(exc)}",
                    f"{name}:{title}",
                    kind="table",
                )
                return
            if item is None:
                break
            number, raw = item
            if isinstance(raw, InputError):
                yield raw
                continue
            seen += 1
            if seen > limits.records:
                yield too_many(f"{prefix}{number}", limits)
                break
            if number <= header_row:
                continue  # rows out of order in the XML: never above the header
            cells = [cell_text(v) for v in raw]
            if not any(cells):
                continue
            if cells[: header.width] == header.cells[: header.width]:
                continue
            if any(c and BAD_STRING in c for c in cells):
                yield RowProblem(
                    "a cell of the row is a shared string that cannot be read (damaged XML): "
                    "the row is left out", prefix, str(number),
                    "have a cell whose shared string cannot be read (damaged XML) and were "
                    "left out", kind="table")
                continue
            if drop_controls(cells):
                yield control_problem(prefix, str(number))
            if cut_cells(cells, limits.cell_chars):
                yield cut_problem(prefix, str(number), limits)
            # Merged cells are filled for small files (see MergedFill); in a large file
            # they read as empty, like a short row's trailing cells.
            yield header.record(cells, spec, f"{prefix}{number}")
        if fill is not None and fill.exhausted:
            yield InputError(
                f"merged ranges cover more than {MAX_FILLED_CELLS:,} cells: filling stopped "
                f"after {MAX_FILLED_CELLS:,}, the cells past that read as empty",
                f"{name}:{title}", kind="cut")
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()
        workbook.close()
