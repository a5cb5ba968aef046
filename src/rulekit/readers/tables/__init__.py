"""Read tabular records (inventories, post lists, registries) from CSV, XLSX, JSON and JSONL.

These files come from inspecting offices and the national reporting system, saved by Excel
in China or exported by a CMS: GBK or UTF-8 with a BOM, tab or full-width-comma separated,
with a merged title line above the header, Chinese or English headers with notes such as
"（必填）", dates as real cells or as text. The reader maps every row onto canonical field
names and never lets one bad row lose the others: a row it cannot read becomes an
InputError in the stream, naming the file and line.

Whatever the file holds, reading it costs time linear in its size and memory independent of
it (``rulekit.limits``): text tables and JSONL are read a line at a time (a line over
``line_bytes`` is skipped to the next newline), XLSX is streamed, a JSON document over
``file_bytes`` is refused, cells are cut at ``cell_chars`` and rows at ``records``. Bad
rows are counted by kind, so a file with 250,000 bad rows gives one InputError per kind
(the count and the first rows), not 250,000.

A bad line, cell or record costs only itself, and the reader goes on after it: a NUL
character is removed from its cell (XLSX parts are read with the control characters XML
forbids masked, so one in a shared string does not fail the workbook); a quote that opens a
cell and never closes is bounded (``MAX_QUOTED_LINES``, ``cell_chars``) and its line left
out, the lines it took read again as rows; a JSON number Python cannot hold is kept as
written, and a JSON document that does not parse is read again record by record; a sheet
whose XML breaks is read on row by row, and a sheet that cannot be read at all is passed
over for the next one.

This module is the plugin the engine registers and the entry point, :func:`read_records`; the
readers are its submodules (``delimited`` over ``textlines``, ``xlsx`` over ``xlsx_rows`` and
``xlsx_parts``, ``jsondoc``, ``jsonl`` and ``jsonvalues``), sharing ``header`` (fields and
records), ``cells`` and ``problems`` (row problems counted by kind).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from rulekit.errors import InputError
from rulekit.hookspecs import hookimpl
from rulekit.limits import DEFAULT, Limits
from rulekit.readers.tables.delimited import read_delimited
from rulekit.readers.tables.header import Fields, Record
from rulekit.readers.tables.jsondoc import read_json
from rulekit.readers.tables.jsonl import read_jsonl
from rulekit.readers.tables.problems import ProblemLog, RowProblem, quoted, row_problem
from rulekit.readers.tables.xlsx import read_xlsx

__all__ = ["ProblemLog", "Record", "RowProblem", "quoted", "read_records", "row_problem",
           "rulekit_read_table"]

CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
#: XLSX files up to this size have their merged cells filled (read from the sheet's XML
#: beside the streamed rows); larger ones read merged cells as empty.
MERGE_FILL_MAX_BYTES = 10 * 1024 * 1024


def read_records(
    path: Path, fields: Mapping[str, Sequence[str]], limits: Limits = DEFAULT
) -> Iterator[Record | InputError]:
    """Records of a CSV, XLSX, JSON or JSONL file, keyed by the canonical names in ``fields``.

    ``fields`` maps each canonical name to its accepted header aliases. A file that cannot be
    read at all (missing, unknown extension, corrupt, no recognisable header) raises
    InputError here, before any row; the rows that cannot be read are yielded as InputErrors,
    one per kind of problem with the count and first rows, after the records, and the
    reading goes on. ``limits`` bounds what one file may cost (lines, cells, rows, the size
    of a JSON document).
    """
    path = Path(path)
    spec = Fields(fields)
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError(f"file not found: {path}", path.name, kind="not-found")
    if not path.is_file():
        raise InputError(f"not a file: {path}", path.name, kind="unreadable")
    if suffix in CSV_SUFFIXES:
        rows = read_delimited(path, spec, limits)
    elif suffix in XLSX_SUFFIXES:
        rows = read_xlsx(path, spec, limits, MERGE_FILL_MAX_BYTES)
    elif suffix in JSON_SUFFIXES:
        rows = read_json(path, spec, limits)
    elif suffix in JSONL_SUFFIXES:
        rows = read_jsonl(path, spec, limits)
    elif suffix in (".xls", ".et"):
        raise InputError(
            f"{suffix} (old binary Excel/WPS) is not read; save it as .xlsx or .csv", path.name,
            kind="table",
        )
    else:
        raise InputError(
            f"unknown table format {suffix or '(no extension)'!r}; expected .csv, .tsv, .txt, "
            ".xlsx, .json or .jsonl",
            path.name,
            kind="table",
        )
    return _bounded(rows, limits)


@hookimpl(trylast=True)
def rulekit_read_table(
    path: Path, fields: dict[str, list[str]], limits: Limits | None = None
) -> Iterator[Record | InputError] | None:
    """The built-in table reader as a plugin: CSV, XLSX, JSON and JSONL.

    Returns None for other extensions, so that a province's plugin may read its own format;
    old binary .xls/.et is answered with an InputError that says how to convert it.
    ``limits`` is taken when the caller passes it (pluggy hands an implementation's keyword
    arguments over when given), else the defaults apply.
    """
    suffix = Path(path).suffix.lower()
    known = CSV_SUFFIXES | XLSX_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | {".xls", ".et"}
    if suffix not in known:
        return None
    return read_records(path, fields, limits or DEFAULT)


def _bounded(rows: Iterator[Record | InputError], limits: Limits
             ) -> Iterator[Record | InputError]:
    """Records as they come, and the problems counted by kind, given at the end."""
    log = ProblemLog(limits)
    try:
        for item in rows:
            if isinstance(item, InputError):
                log.add(item)
            else:
                yield item
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()
    yield from log.drain()
