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
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as _dt
import heapq
import io
import itertools
import json
import math
import re
import unicodedata
import warnings
import zipfile
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from rulekit.errors import InputError
from rulekit.hookspecs import hookimpl
from rulekit.limits import DEFAULT, Limits
from rulekit.redact import redact

__all__ = ["ProblemLog", "Record", "RowProblem", "quoted", "read_records", "row_problem",
           "rulekit_read_table"]

# Rows searched for the header: title lines, notes and blank lines above it are skipped.
HEADER_SEARCH_ROWS = 30
# Characters of a delimited file looked at to choose the delimiter.
SNIFF_CHARS = 64 * 1024
DELIMITERS = (",", "\t", ";", "|", "，")
CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# Keys under which a JSON export wraps its list of records, tried in this order.
JSON_LIST_KEYS = ("accounts", "posts", "registry", "records", "items", "data", "rows", "list")


@dataclass(frozen=True)
class Record:
    """One row of a table, with its values under canonical field names.

    ``values`` has every canonical field of the request (None when the file has no such
    column or the cell is empty); ``extra`` keeps the columns nobody asked for, so a check
    or a report can still show them.
    """

    where: str
    values: dict[str, str | None]
    extra: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- headers

_BRACKETED = re.compile(r"[(\[【〔<][^()\[\]【】〔〕<>]*[)\]】〕>]")
_HEADER_JUNK = re.compile(r"[\s*_\-:\"\u200b\u200c\u200d\u2060\ufeff]")


def _header_key(text: str) -> str:
    """Form in which a header and an alias are compared.

    NFKC (full-width letters and brackets become plain), bracketed notes such as "（必填）"
    removed, spaces, "*", "_", "-", ":" and stray quotes removed, case folded; so "*账号名称（必填）",
    "账号名称" and "Last Post At" / "last_post_at" meet.
    """
    norm = unicodedata.normalize("NFKC", text)
    bare = _BRACKETED.sub("", norm)
    key = _HEADER_JUNK.sub("", bare).casefold()
    if not key:  # the whole header was a bracketed note: keep it rather than lose it
        key = _HEADER_JUNK.sub("", norm).casefold()
    return key


class _Fields:
    """The requested canonical fields and the header keys that select them."""

    def __init__(self, fields: Mapping[str, Sequence[str]]) -> None:
        self.names = list(fields)
        self.aliases = {name: list(dict.fromkeys([name, *al])) for name, al in fields.items()}
        self.by_key: dict[str, str] = {}
        for name, aliases in self.aliases.items():
            for alias in aliases:
                key = _header_key(alias)
                if key:
                    self.by_key.setdefault(key, name)  # first field that claims a key keeps it

    def canonical(self, header: str) -> str | None:
        return self.by_key.get(_header_key(header))

    def describe(self) -> str:
        return "; ".join(f"{name} ({' / '.join(a)})" for name, a in self.aliases.items())


@dataclass
class _Column:
    index: int
    header: str
    field: str | None  # canonical field, or None for an extra column


class _Header:
    """A header row resolved to columns: which cell goes to which field or extra key."""

    def __init__(self, cells: Sequence[str | None], fields: _Fields, where: str) -> None:
        self.cells = [_clean(c) for c in cells]
        self.width = max((i + 1 for i, c in enumerate(self.cells) if c), default=0)
        self.columns: list[_Column] = []
        self.errors: list[InputError] = []
        taken: dict[str, str] = {}  # canonical field or extra name -> header that holds it
        for index, header in enumerate(self.cells[: self.width]):
            if not header:
                continue
            name = fields.canonical(header)
            slot = f"field:{name}" if name else f"extra:{header}"
            if slot in taken:
                what = f"a second {name!r} column" if name else "a repeated header"
                self.errors.append(
                    InputError(
                        f"duplicated column {index + 1} {quoted(header)}: {what} (first: "
                        f"{quoted(taken[slot])}); the first one is used, this one is ignored",
                        where,
                    )
                )
                continue
            taken[slot] = header
            self.columns.append(_Column(index, header, name))

    def record(self, cells: Sequence[str | None], fields: _Fields, where: str) -> Record:
        values: dict[str, str | None] = dict.fromkeys(fields.names)
        extra: dict[str, str] = {}
        for column in self.columns:
            value = cells[column.index] if column.index < len(cells) else None
            if column.field:
                values[column.field] = value
            elif value is not None:
                extra[column.header] = value
        # Cells under an empty header are kept too: data is never dropped silently.
        for index, value in enumerate(cells):
            if value is not None and (index >= self.width or not self.cells[index]):
                extra[f"column {index + 1}"] = value
        return Record(where, values, extra)


def _clean(value: str | None) -> str | None:
    """Stripped text, or None when nothing is left (empty cells are None)."""
    if value is None:
        return None
    text = value.strip().strip("\ufeff\u200b").strip()
    return text or None


def _find_header(
    rows: Iterable[tuple[int, Sequence[str | None]]], fields: _Fields
) -> tuple[int, list[str | None]] | None:
    """(position, cells) of the first row with a known alias, or None.

    Only the first HEADER_SEARCH_ROWS non-empty rows are searched: title lines and notes sit
    above a header, but a data cell that happens to equal an alias must not become one.
    """
    seen = 0
    for position, raw in rows:
        cells = [_clean(c) for c in raw]
        if not any(cells):
            continue
        if any(c and fields.canonical(c) for c in cells):
            return position, cells
        seen += 1
        if seen >= HEADER_SEARCH_ROWS:
            break
    return None


def _no_header(name: str, found: list[str], fields: _Fields, what: str) -> InputError:
    shown = ", ".join(quoted(h) for h in found[:20]) or "nothing"
    return InputError(
        f"no header row recognised in {what}: found {shown}; expected at least one of: "
        f"{fields.describe()}",
        name,
    )


# --------------------------------------------------------------------------- problems

#: Characters of a cell shown when a message quotes it: enough to recognise, never a page.
SHOWN_CHARS = 60
#: Kinds of row problem counted apart in one file; the rest are counted together, so a
#: file cannot make one finding per row by making every row wrong in its own way.
MAX_KINDS = 50
_NUMBERS = re.compile(r"[0-9]+")
_WHERE_ROW = re.compile(r"^(.*[:!])([^:!]*)$", re.DOTALL)


def quoted(value: str) -> str:
    """A cell value as a message may quote it: cut short and masked (IDs, phones, cards)."""
    text = value if len(value) <= SHOWN_CHARS else value[:SHOWN_CHARS] + "…"
    return repr(redact(text))


class RowProblem(InputError):
    """An InputError about one row (or line) of a table, counted with the others of its kind.

    ``message`` is what is said when the row is the only one of its kind; ``kind`` is the
    plural phrase said of all of them ("have no platform or account name"), without the
    values of any one row, so that rows group by it. ``example`` is a value of the row that
    the summary may quote (already cut short and masked).
    """

    def __init__(self, message: str, prefix: str, row: str, kind: str, *,
                 example: str | None = None, noun: str = "rows") -> None:
        super().__init__(message, f"{prefix}{row}")
        self.prefix = prefix
        self.row = row
        self.kind = kind
        self.example = example
        self.noun = noun


def row_problem(where: str, message: str, kind: str, *, example: str | None = None,
                noun: str = "rows") -> RowProblem:
    """A RowProblem for the row a record's ``where`` names ("accounts.csv:7",
    "accounts.xlsx:清单!7", "accounts.json:[6]"), so checks of records count like rows."""
    match = _WHERE_ROW.match(where)
    prefix, row = (match.group(1), match.group(2)) if match else ("", where)
    return RowProblem(message, prefix, row, kind, example=example, noun=noun)


@dataclass
class _Kind:
    first: InputError
    count: int = 0
    rows: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)


class ProblemLog:
    """The input problems of one file, one per kind: 250,000 rows without a name make one
    problem with the count and the first rows, not 250,000 findings.

    A kind seen once is reported exactly as it was raised. Memory is bounded by
    :data:`MAX_KINDS` and ``limits.examples``, whatever the number of bad rows.
    """

    def __init__(self, limits: Limits = DEFAULT) -> None:
        self.limits = limits
        self.kinds: dict[tuple[str, ...], _Kind] = {}

    def add(self, error: InputError) -> None:
        """Count ``error`` with its kind (RowProblem) or its message (any other)."""
        if isinstance(error, RowProblem):
            key: tuple[str, ...] = ("row", error.prefix, error.noun,
                                    _NUMBERS.sub("#", error.kind))
            row = error.row
        else:
            key, row = ("message", error.message), error.where or ""
        entry = self.kinds.get(key)
        if entry is None:
            if len(self.kinds) >= MAX_KINDS:
                key = ("other",)
                entry = self.kinds.get(key)
            if entry is None:
                entry = self.kinds[key] = _Kind(error)
        entry.count += 1
        shown = self.limits.examples
        if len(entry.rows) < shown:
            entry.rows.append(row)
        example = getattr(error, "example", None)
        if example is not None and len(entry.examples) < shown and example not in entry.examples:
            entry.examples.append(example)

    def drain(self) -> list[InputError]:
        """One InputError per kind, in the order the kinds were first seen; then empty."""
        out = [self._summary(key, entry) for key, entry in self.kinds.items()]
        self.kinds = {}
        return out

    def _summary(self, key: tuple[str, ...], entry: _Kind) -> InputError:
        if entry.count == 1 and key[0] != "other":
            return entry.first
        more = " …" if entry.count > len(entry.rows) else ""
        first = entry.first
        if key[0] == "row" and isinstance(first, RowProblem):
            rows = ", ".join(entry.rows)
            message = f"{entry.count:,} {first.noun} {first.kind} ({first.noun} {rows}{more})"
            if entry.examples:
                message += f"; for example {', '.join(entry.examples)}"
            where = first.prefix + ",".join(entry.rows) + (",…" if more else "")
            return InputError(message, where)
        wheres = ", ".join(entry.rows)
        if key[0] == "other":
            message = (f"{entry.count:,} more problems of other kinds, the first: "
                       f"{first.message} (at {wheres}{more})")
        else:
            message = f"{first.message} ({entry.count:,} times: {wheres}{more})"
        return InputError(message, entry.rows[0] if entry.rows else first.where)


def _cut_cells(cells: list[str | None], limit: int) -> bool:
    """Cut the cells longer than ``limit`` characters in place; say whether any was."""
    cut = False
    for index, cell in enumerate(cells):
        if cell is not None and len(cell) > limit:
            cells[index] = cell[:limit]
            cut = True
    return cut


_CONTROLS = re.compile("[\x00\ufdd0]")  # NUL, and _XML_BAD: what XLSX reading made of one


def _controls(cells: list[str | None]) -> bool:
    """Remove NUL characters from the cells in place (and the marks XLSX reading put for
    the control characters XML cannot hold); say whether there were any. Only the
    character goes: the cell and its row are read."""
    found = False
    for index, cell in enumerate(cells):
        if cell is not None and ("\x00" in cell or "\ufdd0" in cell):
            cells[index] = _clean(_CONTROLS.sub("", cell))
            found = True
    return found


def _control_problem(prefix: str, row: str, noun: str = "rows") -> RowProblem:
    return RowProblem(
        "a cell has NUL or other control characters (zero bytes, as a damaged export leaves "
        "them): they were removed and the row is read", prefix, row,
        "have cells with NUL or other control characters: they were removed and each row "
        "read", noun=noun)


def _why(error: BaseException) -> str:
    """An exception as a message may quote it: libraries put values in theirs, masked here."""
    return f"{type(error).__name__}: {redact(str(error))}"


def _cut_problem(prefix: str, row: str, limits: Limits) -> RowProblem:
    limit = limits.cell_chars
    return RowProblem(
        f"a cell is longer than {limit:,} characters (limits.cell_chars) and was cut there; "
        "the row is read", prefix, row,
        f"have a cell longer than {limit:,} characters (limits.cell_chars) that was cut there")


# --------------------------------------------------------------------------- entry point


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
    spec = _Fields(fields)
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError(f"file not found: {path}", path.name)
    if not path.is_file():
        raise InputError(f"not a file: {path}", path.name)
    if suffix in CSV_SUFFIXES:
        rows = _read_delimited(path, spec, limits)
    elif suffix in XLSX_SUFFIXES:
        rows = _read_xlsx(path, spec, limits)
    elif suffix in JSON_SUFFIXES:
        rows = _read_json(path, spec, limits)
    elif suffix in JSONL_SUFFIXES:
        rows = _read_jsonl(path, spec, limits)
    elif suffix in (".xls", ".et"):
        raise InputError(
            f"{suffix} (old binary Excel/WPS) is not read; save it as .xlsx or .csv", path.name
        )
    else:
        raise InputError(
            f"unknown table format {suffix or '(no extension)'!r}; expected .csv, .tsv, .txt, "
            ".xlsx, .json or .jsonl",
            path.name,
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


def _too_many(where: str, limits: Limits, what: str = "rows") -> InputError:
    """The problem of a file cut at ``limits.records``: every row counts (empty and bad
    ones too), so a file of a billion blank lines costs a million."""
    return InputError(
        f"more than {limits.records:,} {what} (limits.records): reading stopped after "
        f"{limits.records:,}, the rest of the file is not read", where)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", path.name) from None


def _open(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", path.name) from None


# --------------------------------------------------------------------------- lines

#: Bytes read at a time while skipping an overlong line or checking an encoding.
_CHUNK = 1024 * 1024
# Worded so that rulekit.wording calls them cuts ("skipped whole"), not unreadable files.
_LONG_LINE = ("line is longer than {cap:,} bytes (limits.line_bytes): skipped whole, up to the "
              "next newline; the lines after it are read")
_LONG_LINES = "are longer than {cap:,} bytes (limits.line_bytes) and were skipped whole"


def _binary_lines(handle: IO[bytes], cap: int) -> Iterator[bytes | None]:
    """The lines of ``handle`` (with their newline), None for each line over ``cap`` bytes.

    An overlong line is skipped to the next newline a chunk at a time, so a file with no
    newline at all costs ``cap`` bytes of memory, not its size.
    """
    readline = handle.readline
    while True:
        line = readline(cap + 1)
        if not line:
            return
        if len(line) > cap and not line.endswith(b"\n"):
            while True:
                more = readline(_CHUNK)
                if not more or more.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


class _Refilled(io.RawIOBase):
    """A byte stream served chunk by chunk from another: a subclass says in :meth:`_refill`
    how each chunk is made (transcoded, cleaned), this class serves it."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__()
        self.raw = raw
        self.pending = b""
        self.offset = 0
        self.eof = False

    def readable(self) -> bool:
        return True

    def _refill(self) -> bytes:
        """The next bytes to serve; sets ``self.eof`` once ``raw`` is read to its end."""
        raise NotImplementedError

    def readinto(self, buffer: Any) -> int:
        while self.offset >= len(self.pending) and not self.eof:
            self.pending = self._refill()
            self.offset = 0
        n = min(len(buffer), len(self.pending) - self.offset)
        buffer[:n] = self.pending[self.offset : self.offset + n]
        self.offset += n
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


class _Transcoded(_Refilled):
    """A UTF-16/32 file read as UTF-8 bytes, so its lines split on b"\\n" like the others."""

    def __init__(self, raw: IO[bytes], encoding: str) -> None:
        super().__init__(raw)
        self.decoder = codecs.getincrementaldecoder(encoding)("strict")

    def _refill(self) -> bytes:
        chunk = self.raw.read(64 * 1024)
        self.eof = not chunk
        return self.decoder.decode(chunk, final=self.eof).encode("utf-8")


class _CarriageReturns(io.RawIOBase):
    """A byte stream with each b"\\r" read as b"\\n", for files whose lines end at "\\r"
    alone (old Mac Excel): lines are split, and capped, on disk as in any other file. A
    "\\r" byte is never inside a UTF-8 or GB18030 character."""

    def __init__(self, inner: IO[bytes]) -> None:
        super().__init__()
        self.inner = inner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(len(buffer))
        if not data:
            return 0
        data = data.replace(b"\r", b"\n")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.inner.close()
        super().close()


_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decodes(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes as ``encoding``, checked a chunk at a time."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    with _open(path) as handle:
        try:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def _text_encoding(path: Path, head: bytes) -> str:
    """The encoding of a text table as Chinese offices save it, decided on the whole file.

    UTF-16/32 with a BOM (Excel's "Unicode text"), then UTF-8 with or without a BOM, then
    GB18030 (the superset of GBK and GB2312, which Excel in China writes), then
    charset-normalizer's guess on the first bytes if it keeps ASCII where it is; else
    GB18030, and the lines that do not decode are reported one by one.
    """
    for bom, encoding in _UTF16_32_BOMS:
        if head.startswith(bom):
            return encoding
    for encoding in ("utf-8", "gb18030"):
        if _decodes(path, encoding):
            return encoding
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(head).best()
    except Exception:  # a failing heuristic only means "no better guess"
        best = None
    if best is not None and best.encoding:
        probe = "\r\n\t,;|\"' 0aZ"
        try:
            if probe.encode(best.encoding) == probe.encode("ascii"):
                return best.encoding
        except (LookupError, UnicodeError):
            pass
    return "gb18030"


_LINE_ENDS = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
_NUL_LINE = ("line has NUL characters (zero bytes, as a damaged export or a database dump "
             "leaves them): they were removed and the rest of the row is read")
_NUL_LINES = "have NUL characters (zero bytes): they were removed and the rest of each row read"


class _TextLines:
    """The decoded lines of a text table, read from disk one at a time.

    Iterating gives (line number, text with its line end). Lines that cannot be used (over
    ``limits.line_bytes``, not decodable) are skipped and kept as problems, which the reader
    takes with :meth:`take_problems` between rows. Lines end at "\\n", "\\r\\n" or "\\r", as
    the csv module reads them.
    """

    def __init__(self, path: Path, limits: Limits) -> None:
        self.name = path.name
        self.limits = limits
        handle = _open(path)
        try:
            head = handle.read(SNIFF_CHARS)
            handle.seek(0)
            encoding = _text_encoding(path, head)
            if encoding in ("utf-16", "utf-32"):
                text = head.decode(encoding, errors="ignore")
                old_mac = "\r" in text and "\n" not in text
                handle = io.BufferedReader(_Transcoded(handle, encoding), _CHUNK)
                encoding = "utf-8"
            else:
                old_mac = b"\r" in head and b"\n" not in head
            if old_mac:  # lines end at "\r" alone (old Mac Excel): split them on disk too
                handle = io.BufferedReader(_CarriageReturns(handle), _CHUNK)
        except BaseException:
            handle.close()
            raise
        self.handle = handle
        self.encodings = list(dict.fromkeys([encoding, "utf-8", "gb18030"]))
        self.problems: list[InputError] = []
        self.number = 0
        self.skipped = 0
        self.nul_lines = 0  # lines that held NUL characters (removed, and said)

    def take_problems(self) -> list[InputError]:
        problems, self.problems = self.problems, []
        return problems

    def close(self) -> None:
        self.handle.close()

    def _skip(self, problem: InputError) -> bool:
        """Keep ``problem``; False once more lines were skipped than a file may cost."""
        self.skipped += 1
        if self.skipped > self.limits.records:
            self.problems.append(_too_many(problem.where or self.name, self.limits,
                                           "unreadable lines"))
            return False
        self.problems.append(problem)
        return True

    def _decode(self, raw: bytes) -> str | None:
        for encoding in self.encodings:
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                continue
        return None

    def __iter__(self) -> Iterator[tuple[int, str]]:
        prefix, cap = f"{self.name}:", self.limits.line_bytes
        lines = _binary_lines(self.handle, cap)
        while True:
            try:
                raw = next(lines, b"")
            except (UnicodeDecodeError, OSError) as exc:  # a UTF-16 file broken part-way
                self.number += 1
                self.problems.append(InputError(
                    f"the rest of the file cannot be read from line {self.number}: "
                    f"{type(exc).__name__}", f"{prefix}{self.number}"))
                return
            if raw == b"":
                return
            if raw is None:
                self.number += 1
                if not self._skip(RowProblem(
                        _LONG_LINE.format(cap=cap), prefix, str(self.number),
                        _LONG_LINES.format(cap=cap), noun="lines")):
                    return
                continue
            text = self._decode(raw)
            if text is None:
                self.number += 1
                if not self._skip(RowProblem(
                        "line is not UTF-8 or GB18030 text", prefix, str(self.number),
                        "are not UTF-8 or GB18030 text", noun="lines")):
                    return
                continue
            # A BOM opens every file that ``cat a.csv b.csv`` joined, not only the first: at
            # the start of a line it is never data, and left there it hides a quote.
            if text.startswith("\ufeff"):
                text = text[1:]
            if "\x00" in text:  # the csv module of Python 3.10 gives up the file on a NUL
                text = text.replace("\x00", "")
                self.nul_lines += 1
                self.problems.append(RowProblem(
                    _NUL_LINE, prefix, str(self.number + 1), _NUL_LINES, noun="lines"))
            cr = text.find("\r")
            if cr == -1 or cr == len(text) - 2 and text.endswith("\r\n"):
                self.number += 1
                yield self.number, text
                continue
            for part in _LINE_ENDS.findall(text):  # old Mac line ends inside one b"\n" line
                if part:
                    self.number += 1
                    yield self.number, part


# --------------------------------------------------------------------------- CSV

_QUOTED = re.compile(r'"[^"]*"')
#: Lines one quoted cell may span: an address or a note with line breaks inside quotes, as
#: Excel writes them. A quote still open after more lines, or after ``limits.cell_chars``
#: characters of them, is taken as unmatched (see :class:`_CsvRecords`).
MAX_QUOTED_LINES = 100
# Inside a quoted cell: anything up to a quote that is not doubled (or the end).
_IN_QUOTES = re.compile(r'[^"]*(?:""[^"]*)*')
# Worded as a row problem ("row" makes it a table problem for rulekit.wording), not a cut.
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
                                     noun="lines")
                yield number, self._record([text], self.literal)
                continue
            yield RowProblem(_BAD_QUOTE.format(why=why), self.prefix, str(number), _BAD_QUOTES,
                             noun="lines")


def _sample_rows(lines: Sequence[tuple[int, str]], delimiter: str, limits: Limits = DEFAULT
                 ) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of the rows of the first lines, as the reader will split them."""
    for item in _CsvRecords(lines, delimiter, limits, ""):
        if not isinstance(item, RowProblem) and not isinstance(item[1], csv.Error):
            yield item  # type: ignore[misc]


def _choose_delimiter(lines: Sequence[tuple[int, str]], spec: _Fields, limits: Limits) -> str:
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
        found = _find_header(rows, spec)
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


def _read_delimited(path: Path, spec: _Fields, limits: Limits
                    ) -> Iterator[Record | InputError]:
    name = path.name
    source = _TextLines(path, limits)
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
        found = _find_header(_sample_rows(sample, delimiter, limits), spec)
        if found is None:
            if source.nul_lines:  # NULs and no header: binary junk, not a damaged table
                raise InputError("not a text table (contains NUL characters)", name)
            raise _no_header(name, _find_first_cells(sample, delimiter), spec, "the first rows")
    except BaseException:
        source.close()
        raise
    return _delimited_rows(source, itertools.chain(sample, lines), delimiter, found[0],
                           spec, limits)


def _find_first_cells(lines: Sequence[tuple[int, str]], delimiter: str) -> list[str]:
    for _, row in _sample_rows(lines, delimiter):
        cells = [c for c in (_clean(x) for x in row) if c]
        if cells:
            return cells
    return []


def _delimited_rows(
    source: _TextLines, lines: Iterable[tuple[int, str]], delimiter: str,
    header_line: int, spec: _Fields, limits: Limits,
) -> Iterator[Record | InputError]:
    name = source.name
    prefix = f"{name}:"
    records = _CsvRecords(lines, delimiter, limits, prefix)
    records.header_line = header_line
    header: _Header | None = None
    seen = 0  # rows below the header, empty and bad ones too
    try:
        for item in records:
            yield from source.take_problems()
            if header is not None:
                seen += 1
                if seen > limits.records:
                    where = item.where if isinstance(item, RowProblem) else prefix + str(item[0])
                    yield _too_many(where or name, limits)
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
                                 f"cannot be parsed ({raw})")
                continue
            cells = [_clean(c) for c in raw]
            if header is None:
                header = _Header(cells, spec, prefix + start)
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
                    "are missing")
                continue
            surplus = [c for c in cells[header.width :] if c is not None]
            if surplus:
                yield RowProblem(
                    f"row has {len(cells)} cells but the header has {header.width} (an "
                    f"unquoted delimiter in a value?); cells past the header: "
                    f"{', '.join(quoted(s) for s in surplus[:3])}", prefix, start,
                    f"have more cells than the header ({header.width}; an unquoted delimiter "
                    "in a value?)", example=quoted(surplus[0]))
                continue
            if _cut_cells(cells, limits.cell_chars):
                yield _cut_problem(prefix, start, limits)
            yield header.record(cells, spec, prefix + start)
        yield from source.take_problems()
    finally:
        source.close()


# --------------------------------------------------------------------------- XLSX


def _cell_text(value: object) -> str | None:
    """Text of a spreadsheet or JSON value as a person reading the sheet would write it."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0) and value.tzinfo is None:
            return value.date().isoformat()  # a date cell: openpyxl gives it as midnight
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _dt.time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(value, ".15g")  # Excel shows 15 significant digits: 0.1+0.2 is 0.3
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return _clean(str(value))


#: XLSX files up to this size have their merged cells filled (read from the sheet's XML
#: beside the streamed rows); larger ones read merged cells as empty.
MERGE_FILL_MAX_BYTES = 10 * 1024 * 1024
#: Merged ranges filled in one sheet, and cells filled in all (hostile ranges can cover a
#: whole sheet): past either, the rest reads as empty and the file says so.
MAX_MERGED_RANGES = 10_000
MAX_FILLED_CELLS = 1_000_000
#: Columns of a sheet (XFD); a cell further right is ignored.
MAX_COLUMNS = 16_384


def _read_xlsx(path: Path, spec: _Fields, limits: Limits) -> Iterator[Record | InputError]:
    """Rows of the first sheet with a header, streamed whatever the file's size.

    openpyxl's read-only mode parses a row at a time; a fully loaded workbook costs about
    3 KB per cell (784 MB for 250,000 rows), so it is never used.
    """
    name = path.name
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise InputError("reading .xlsx needs openpyxl", name) from None
    try:
        with warnings.catch_warnings(), _without_dimension_scan():
            warnings.simplefilter("ignore")  # "no default style" and similar noise
            workbook = _load_workbook(openpyxl, path)
        fill_merged = path.stat().st_size <= MERGE_FILL_MAX_BYTES
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"not a readable .xlsx file: {exc}", name) from None
    except Exception as exc:  # openpyxl raises many types on a corrupt file
        raise InputError(f"not a readable .xlsx file: {type(exc).__name__}: {exc}", name) from None
    try:
        return _xlsx_first_table(workbook, spec, name, fill_merged, limits)
    except BaseException:
        workbook.close()
        raise


def _load_workbook(openpyxl: Any, path: Path) -> Any:
    """A read-only workbook whose XML parts are read through :class:`_XmlSafe`, so that a
    NUL in one shared string does not make the whole file unreadable."""
    try:
        from openpyxl.reader.excel import ExcelReader
    except ImportError:  # pragma: no cover - openpyxl moved it: the public way
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    reader = ExcelReader(path, read_only=True, data_only=True)
    reader.archive = _SafeArchive(reader.archive)
    read_strings = reader.read_strings

    def salvaged_strings() -> None:
        try:
            read_strings()
        except Exception as exc:  # one broken string must not cost the workbook
            reader.shared_strings = _salvage_strings(reader, exc)

    reader.read_strings = salvaged_strings
    try:
        reader.read()
    except BaseException:
        reader.archive.close()
        raise
    return reader.wb


#: What a shared string that cannot be read becomes: a row using it is left out, reported.
_BAD_STRING = "\ufdd1"
_SST_ROOT = re.compile(rb"<((?:[A-Za-z_][\w.-]{0,40}:)?sst)[\s>][^>]{0,4096}>")
_SST_UNIQUE = re.compile(rb"""\suniqueCount\s*=\s*["']\s*([0-9]{1,9})\s*["']""")
_SI_OPEN = re.compile(rb"<((?:[A-Za-z_][\w.-]{0,40}:)?si)(?=[\s/>])")


def _salvage_strings(reader: Any, error: Exception) -> list[str]:
    """The shared strings of a workbook whose table does not parse, read one by one: a
    string that does not parse becomes :data:`_BAD_STRING`.

    Cells point at strings by position, so this is done only when the strings found are
    exactly as many as the table says it holds (``uniqueCount``): a string whose tag is
    broken would shift every later one onto the wrong cells. Otherwise ``error`` is raised.
    """
    from xml.etree.ElementTree import ParseError, fromstring

    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHARED_STRINGS

    part = reader.package.find(SHARED_STRINGS)
    data = reader.archive.read(part.PartName[1:])
    root = _SST_ROOT.search(data[:64 * 1024])
    unique = _SST_UNIQUE.search(root.group(0)) if root else None
    if root is None or unique is None:
        raise error
    opening, closing = root.group(0), b"</" + root.group(1) + b">"
    starts = [(m.start(), m.group(1)) for m in _SI_OPEN.finditer(data, root.end())]
    if len(starts) != int(unique.group(1)):
        raise error
    strings: list[str] = []
    ends = [start for start, _ in starts[1:]] + [data.rfind(closing)]
    for (start, tag), end in zip(starts, ends, strict=True):
        chunk = data[start:end]
        close = chunk.rfind(b"</" + tag + b">")
        if close != -1:
            chunk = chunk[: close + len(tag) + 3]
        elif not chunk.rstrip().endswith(b"/>"):
            chunk += b"</" + tag + b">"  # not closed before the next string: closed for it
        try:
            node = fromstring(opening + chunk + closing)[0]
            strings.append(Text.from_tree(node).content.replace("x005F_", ""))  # as openpyxl
        except (ParseError, IndexError, TypeError, ValueError):
            strings.append(_BAD_STRING)
    return strings


#: What a control character that XML cannot hold (NUL, U+0001 …) becomes while an XLSX part
#: is read: a noncharacter, which the row reader removes and reports (see :func:`_controls`).
_XML_BAD = "\ufdd0"
_XML_BAD_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_XML_BAD_REFS = re.compile(
    rb"&#(?:0{0,8}(?:[0-8]|1[124-9]|2[0-9]|3[01])|[xX]0{0,8}(?:[0-8bBcCeEfF]|1[0-9a-fA-F]));")


class _XmlSafe(_Refilled):
    """A UTF-8 XML part of an XLSX with its forbidden control characters (raw, or written
    as "&#0;") replaced by :data:`_XML_BAD`: XML parsers refuse the whole part for one of
    them, and the shared strings are one part for the whole workbook. Bytes below 0x20 are
    never inside a UTF-8 character; UTF-16 parts are left as they are."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__(raw)
        self.tail = b""  # an unfinished "&#…" kept for the next chunk
        self.wide: bool | None = None

    def _clean(self, data: bytes) -> bytes:
        if self.wide is None:
            self.wide = data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]
        if self.wide:
            return data
        if _XML_BAD_BYTES.search(data):
            data = _XML_BAD_BYTES.sub(_XML_BAD.encode(), data)
        if b"&#" in data:
            data = _XML_BAD_REFS.sub(b"&#xFDD0;", data)
        return data

    def _refill(self) -> bytes:
        chunk = self.raw.read(64 * 1024)
        if chunk:
            data = self.tail + chunk
            amp = data.rfind(b"&", max(len(data) - 16, 0))
            if amp != -1 and b";" not in data[amp:]:
                data, self.tail = data[:amp], data[amp:]
            else:
                self.tail = b""
        else:
            self.eof = True
            data, self.tail = self.tail, b""
        return self._clean(data) if data else b""


class _SafeArchive:
    """An XLSX's zip archive whose XML parts open through :class:`_XmlSafe`."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive

    def open(self, name: Any, mode: str = "r", *args: Any, **kwargs: Any) -> IO[bytes]:
        handle = self._archive.open(name, mode, *args, **kwargs)
        part = str(getattr(name, "filename", name)).lower()
        if mode == "r" and part.endswith((".xml", ".rels")):
            return io.BufferedReader(_XmlSafe(handle))
        return handle

    def read(self, name: Any, pwd: bytes | None = None) -> bytes:
        with self.open(name, "r", pwd) as handle:
            return handle.read()

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._archive, attr)


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


_MERGE_CELL = re.compile(
    rb"<(?:[A-Za-z_][\w.-]{0,40}:)?mergeCell\s[^>]{0,200}?\bref\s*=\s*[\"']"
    rb"([A-Za-z]{1,3}[0-9]{1,7}(?::[A-Za-z]{1,3}[0-9]{1,7})?)[\"']")


def _merged_ranges(sheet: Any) -> tuple[list[tuple[int, int, int, int]], bool]:
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
        while chunk := source.read(_CHUNK):
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


class _MergedFill:
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


_XlsxRow = tuple[int, "tuple[object, ...] | InputError"]


class _Damaged(InputError):
    """A sheet's XML broke while it was read; ``error`` is why."""

    def __init__(self, message: str, where: str, error: Exception) -> None:
        super().__init__(message, where)
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


def _xlsx_rows(sheet: Any, fill: _MergedFill | None, prefix: str, limits: Limits
               ) -> Iterator[_XlsxRow]:
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


def _xlsx_values(number: int, cells: list[dict[str, Any]], fill: _MergedFill | None
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
        chunk = source.read(_CHUNK)
        eof = not chunk
        buffer += chunk


def _xlsx_salvage(sheet: Any, parser: Any, done: _RowsRead, error: Exception,
                  fill: _MergedFill | None, prefix: str, limits: Limits
                  ) -> Iterator[_XlsxRow]:
    """The rows of a sheet whose XML broke after the rows ``done``, read again one row at
    a time: a row that does not parse is reported and the next one read, and a cell that
    cannot be read keeps its text as written (or is read empty) and is reported."""
    from xml.etree.ElementTree import ParseError, fromstring

    where = prefix.rstrip("!")
    after = f"after row {done.last}" if done.count else "from its start"
    yield done.last, _Damaged(
        f"the sheet's XML is damaged ({_why(error)}); it was read again "
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
                        "are over the size of a row in a damaged sheet and were left out")
                    continue
                try:
                    element = fromstring(opening + text + closing)[0]
                except (ParseError, IndexError) as exc:
                    yield number, RowProblem(
                        f"row cannot be read ({_why(exc)}); the rows after it "
                        "are read", prefix, str(number),
                        "cannot be read (damaged sheet XML); the rows after them are read")
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
                            "after the one before it)")
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
                            "have a cell that cannot be read as its type says")
                yield number, _xlsx_values(number, cells, fill)
    except Exception as exc:  # the part itself cannot be read (damaged zip data)
        yield number, InputError(
            f"the rest of the sheet cannot be read: {_why(exc)}", where)


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


def _xlsx_first_table(workbook: Any, spec: _Fields, name: str, fill_merged: bool,
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
        rows: Iterator[_XlsxRow] = iter(())
        buffered: list[tuple[int, tuple[object, ...]]] = []
        try:
            fill = None
            if fill_merged and hasattr(sheet, "_get_source"):
                ranges, cut = _merged_ranges(sheet)
                if cut:
                    problems.append(InputError(
                        f"sheet {sheet.title!r} has more than {MAX_MERGED_RANGES:,} merged "
                        f"ranges: filling stopped after {MAX_MERGED_RANGES:,}, the others read "
                        "as empty",
                        f"{name}:{sheet.title}"))
                fill = _MergedFill(ranges) if ranges else None
            rows = _xlsx_rows(sheet, fill, prefix, limits)
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
                f"sheet {sheet.title!r} cannot be read: {_why(exc)}", name))
            continue
        texts = [(n, [_cell_text(v) for v in row]) for n, row in buffered]
        found = _find_header(texts, spec)
        if found is None:
            _close(rows)
            damaged = [e for e in problems if isinstance(e, _Damaged)]
            if not buffered and damaged:  # nothing could be read: a damaged sheet
                error = damaged[0].error
                unreadable.append(InputError(
                    f"sheet {sheet.title!r} cannot be read: {_why(error)}", name))
            elif not first_seen:
                first_seen = next(([c.replace(_BAD_STRING, "?") for c in r if c]
                                   for _, r in texts if any(r)), [])
            continue
        header_row = found[0]
        rest = itertools.chain((item for item in buffered if item[0] > header_row), rows)
        passed = [InputError(f"{e.message}; the table was read from sheet {sheet.title!r}",
                             e.where) for e in unreadable]
        return _xlsx_records(workbook, sheet.title, found[1], header_row, rest, spec, name,
                             fill, passed + problems, limits)
    workbook.close()
    if unreadable and not first_seen:
        raise unreadable[0]
    raise _no_header(name, first_seen, spec, "any sheet")


def _close(items: object) -> None:
    close = getattr(items, "close", None)
    if close is not None:
        close()


def _xlsx_records(
    workbook: Any,
    title: str,
    header_cells: list[str | None],
    header_row: int,
    rows: Iterator[_XlsxRow],
    spec: _Fields,
    name: str,
    fill: _MergedFill | None,
    problems: list[InputError],
    limits: Limits,
) -> Iterator[Record | InputError]:
    prefix = f"{name}:{title}!"
    seen = 0
    try:
        yield from problems
        header = _Header(header_cells, spec, f"{prefix}{header_row}")
        yield from header.errors
        while True:
            try:
                item = next(rows, None)
            except Exception as exc:  # pragma: no cover - _xlsx_rows reports its own
                yield InputError(
                    f"the rest of the sheet cannot be read: {_why(exc)}",
                    f"{name}:{title}",
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
                yield _too_many(f"{prefix}{number}", limits)
                break
            if number <= header_row:
                continue  # rows out of order in the XML: never above the header
            cells = [_cell_text(v) for v in raw]
            if not any(cells):
                continue
            if cells[: header.width] == header.cells[: header.width]:
                continue
            if any(c and _BAD_STRING in c for c in cells):
                yield RowProblem(
                    "a cell of the row is a shared string that cannot be read (damaged XML): "
                    "the row is left out", prefix, str(number),
                    "have a cell whose shared string cannot be read (damaged XML) and were "
                    "left out")
                continue
            if _controls(cells):
                yield _control_problem(prefix, str(number))
            if _cut_cells(cells, limits.cell_chars):
                yield _cut_problem(prefix, str(number), limits)
            # Merged cells are filled for small files (see _MergedFill); in a large file
            # they read as empty, like a short row's trailing cells.
            yield header.record(cells, spec, f"{prefix}{number}")
        if fill is not None and fill.exhausted:
            yield InputError(
                f"merged ranges cover more than {MAX_FILLED_CELLS:,} cells: filling stopped "
                f"after {MAX_FILLED_CELLS:,}, the cells past that read as empty",
                f"{name}:{title}")
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()
        workbook.close()


# --------------------------------------------------------------------------- JSON


class _JsonLiteral(str):
    """A JSON number kept as written: one Python cannot hold (``1e999999`` is infinite, an
    integer of over 4,300 digits is refused by ``int``), or NaN and Infinity. A check that
    needs a number reports it as unreadable; it never costs the other values."""


#: Digits of a JSON integer read as a number; a longer one is kept as written. ``int``
#: refuses more than 4,300 (Python 3.11+) and is quadratic in them before that.
JSON_INT_DIGITS = 4000


def _json_int(text: str) -> int | str:
    return int(text) if len(text) <= JSON_INT_DIGITS else _JsonLiteral(text)


def _json_float(text: str) -> float | str:
    value = float(text)
    return value if math.isfinite(value) else _JsonLiteral(text)


def _json_pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """Keep the first of duplicated keys, as for table headers (json keeps the last)."""
    result: dict[str, object] = {}
    for key, value in pairs:
        result.setdefault(key, value)
    return result


_JSON = json.JSONDecoder(
    object_pairs_hook=_json_pairs, parse_int=_json_int,
    parse_float=_json_float, parse_constant=_JsonLiteral)


def _json_loads(text: str) -> object:
    """One JSON value, in which no number can fail the parse (see :class:`_JsonLiteral`)."""
    return _JSON.decode(text)


class _ObjectMapper:
    """Maps JSON objects to records; key sets repeat, so each is resolved once."""

    def __init__(self, spec: _Fields, limits: Limits) -> None:
        self.spec = spec
        self.limits = limits
        self.cache: dict[tuple[str, ...], _Header] = {}
        self.reported: set[str] = set()
        self.damaged = False  # the document had undecodable bytes, read as U+FFFD

    def map(self, item: object, prefix: str, row: str, noun: str
            ) -> Iterator[Record | InputError]:
        where = f"{prefix}{row}"
        if not isinstance(item, dict):
            found = _json_type(item)
            yield RowProblem(f"expected an object, found {found}", prefix, row,
                             f"are not JSON objects (found {found})", noun=noun)
            return
        keys = tuple(str(k) for k in item)
        header = self.cache.get(keys)
        if header is None:
            if len(self.cache) >= 1000:  # a file whose every object has its own keys
                self.cache.clear()
            header = self.cache[keys] = _Header(list(keys), self.spec, where)
            for error in header.errors:
                if error.message not in self.reported:  # each duplicate once per file
                    self.reported.add(error.message)
                    yield error
        cells = [_cell_text(v) for v in item.values()]
        if _controls(cells):
            yield _control_problem(prefix, row, noun)
        if self.damaged and any(c and "\ufffd" in c for c in (*keys, *cells)):
            # Left out, as a CSV line that does not decode: a damaged name would be checked
            # as an account that does not exist.
            yield RowProblem(
                "the row has bytes that are not UTF-8 or GB18030 text (damaged characters) "
                "and is left out", prefix, row,
                "have bytes that are not UTF-8 or GB18030 text (damaged characters) and were "
                "left out", noun=noun)
            return
        if _cut_cells(cells, self.limits.cell_chars):
            yield _cut_problem(prefix, row, self.limits)
        yield header.record(cells, self.spec, where)


def _json_type(value: object) -> str:
    if isinstance(value, _JsonLiteral):
        return "a number"
    return {
        dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"
    }.get(type(value), "a number")


def _has_known_key(items: Iterable[object], spec: _Fields) -> bool:
    return any(
        isinstance(item, dict) and any(spec.canonical(str(k)) for k in item) for item in items
    )


def _first_keys(items: Iterable[object]) -> list[str]:
    return next(([str(k) for k in item] for item in items if isinstance(item, dict)), [])


def _decode(data: bytes, name: str) -> tuple[str, int]:
    """Text of a JSON document: UTF-16/32 with a BOM, UTF-8, GB18030, else a guess; and how
    many bytes could not be decoded.

    A document that is UTF-8 or GB18030 but for a few damaged bytes (a character cut in two
    by a bad copy) is read with each of them as U+FFFD, so that they cost only the records
    that hold them (:class:`_ObjectMapper` leaves those out), not the whole document.
    """
    for bom, encoding in _UTF16_32_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), 0
            except UnicodeDecodeError:
                break
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), 0
        except UnicodeDecodeError:
            continue
    lenient = []
    for encoding in ("utf-8-sig", "gb18030"):
        text = data.decode(encoding, errors="replace")
        lenient.append((text.count("\ufffd") - data.count("\ufffd".encode(encoding)), text))
    bad, text = min(lenient, key=lambda pair: pair[0])
    if bad <= max(16, len(data) // 1000):
        return text, max(bad, 1)
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:SNIFF_CHARS]).best()
    except Exception:  # a failing heuristic only means "cannot decode", said below
        best = None
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding), 0
        except (LookupError, UnicodeDecodeError):
            pass
    raise InputError("cannot decode the text: not UTF-8, GBK/GB18030 or a known encoding", name)


def _read_json(path: Path, spec: _Fields, limits: Limits) -> Iterator[Record | InputError]:
    """A JSON document is parsed whole, which costs several times its size in memory: one
    over ``limits.file_bytes`` is refused (JSONL, read a line at a time, has no such cap)."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", name) from None
    if size > limits.file_bytes:
        raise InputError(
            f"the JSON document is {size:,} bytes, over the {limits.file_bytes:,}-byte limit "
            "(limits.file_bytes) for a document parsed whole; it is not read. Export it as "
            "JSONL (one object a line), which is read at any size",
            name,
        )
    text, damaged = _decode(_read_bytes(path), name)
    if "\x00" in text:  # raw NULs fail the parse: escaped, they are removed with the row said
        text = text.replace("\x00", "\\u0000")
    try:
        data: object = _json_loads(text)
    except (ValueError, RecursionError) as exc:
        # One bad record (a syntax error, a value nested too deep) must not cost the
        # others: the list of records is read again one record at a time.
        data = _json_salvage(text, name, exc)
    del text
    items: list[object] | None = None
    if isinstance(data, list):
        items = data
    elif isinstance(data, dict):
        for key in JSON_LIST_KEYS:
            if isinstance(data.get(key), list):
                items = data[key]
                break
        else:
            lists = [v for v in data.values() if isinstance(v, list)]
            if len(lists) == 1:
                items = lists[0]
    if items is None:
        raise InputError(
            f"expected a list of objects, or an object with the list under one of "
            f"{', '.join(JSON_LIST_KEYS)}; found {_json_type(data)}",
            name,
        )
    if items and not _has_known_key(items, spec):
        raise _no_header(name, _first_keys(items), spec, "the object keys")
    return _json_records(items, spec, name, limits, damaged)


def _json_records(items: list[object], spec: _Fields, name: str, limits: Limits,
                  damaged: int = 0) -> Iterator[Record | InputError]:
    mapper = _ObjectMapper(spec, limits)
    prefix = f"{name}:"
    if damaged:
        mapper.damaged = True
        yield InputError(
            f"the document has bytes that are not UTF-8 or GB18030 text ({damaged:,} damaged "
            f"character{'s' if damaged > 1 else ''}): the rows that hold one are left out and "
            "reported, the others read", name)
    for index, item in enumerate(items):
        if index >= limits.records:
            yield _too_many(f"{prefix}[{index}]", limits, "items")
            return
        if isinstance(item, InputError):  # a record that could not be parsed (salvaged)
            yield item
            continue
        yield from mapper.map(item, prefix, f"[{index}]", "items")


_JSON_SPACE = re.compile(r"[ \t\n\r]*")
# Where a record may start again after a bad one: "{" after a comma (", {", "},\n  {").
_JSON_NEXT = re.compile(r",[ \t\n\r]*(?=\{)")


def _json_list_start(text: str) -> tuple[int, bool] | None:
    """Where the records' list of a document that does not parse opens (just after its
    "["), and whether it is the whole document; None when it cannot be found."""
    bom = 1 if text.startswith("\ufeff") else 0
    start = _JSON_SPACE.match(text, bom).end()  # type: ignore[union-attr]
    if text.startswith("[", start):
        return start + 1, True
    if not text.startswith("{", start):
        return None
    for key in JSON_LIST_KEYS:
        found = re.search(rf'"{key}"[ \t\n\r]*:[ \t\n\r]*\[', text)
        if found:
            return found.end(), False
    return None


def _json_resume(text: str, pos: int, error_pos: int | None, budget: list[int]
                 ) -> tuple[object, int] | None:
    """The first record that parses after the bad one at ``pos``, and where it ends.

    Tried where the parser failed (a record missing its "}" fails at the next one's "{")
    and at each "{" after a comma: a bad record's own text, an unclosed string included,
    cannot fool a search that does not follow its quotes. Failed tries are charged to
    ``budget`` (characters), so a hostile document costs a bounded multiple of its size.
    """
    starts: Iterable[int] = (m.end() for m in _JSON_NEXT.finditer(text, pos + 1))
    if error_pos is not None and error_pos > pos and text.startswith("{", error_pos):
        starts = itertools.chain([error_pos], starts)
    for start in starts:
        if budget[0] <= 0:
            return None
        try:
            return _JSON.raw_decode(text, start)
        except ValueError as exc:
            budget[0] -= max(getattr(exc, "pos", start) - start, 1)
        except RecursionError:
            budget[0] -= min(len(text) - start, 64 * 1024)
    return None


def _json_salvage(text: str, name: str, error: Exception) -> object:
    """The records of a JSON document that does not parse whole, read one by one; each
    record that does not parse is a RowProblem in its place, the others are read.

    Raises the document's error when its list of records cannot be found. After a bad
    record, reading goes on at the next record that parses (:func:`_json_resume`).
    """
    found = _json_list_start(text)
    if found is None:
        raise InputError(f"not valid JSON: {error}", name) from None
    pos, whole = found
    prefix = f"{name}:"
    items: list[object] = []
    end = len(text)
    closed = False
    budget = [4 * end + 1024 * 1024]
    while True:
        pos = _JSON_SPACE.match(text, pos).end()  # type: ignore[union-attr]
        if pos >= end:
            break
        if text[pos] == "]":
            closed = True
            pos += 1
            break
        try:
            item, pos = _JSON.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:
            detail = "nested too deep" if isinstance(exc, RecursionError) else str(exc)
            items.append(RowProblem(
                f"item is not valid JSON ({detail}); the items after it are read", prefix,
                f"[{len(items)}]", "are not valid JSON; the items after them are read",
                noun="items"))
            resumed = _json_resume(text, pos, getattr(exc, "pos", None), budget)
            if resumed is None:  # no record parses after it: said with it
                if budget[0] <= 0:
                    items.append(InputError(
                        f"the items after [{len(items) - 1}] cannot be told apart (damaged "
                        "JSON): they are not read", name))
                return items
            item, pos = resumed
        items.append(item)
        pos = _JSON_SPACE.match(text, pos).end()  # type: ignore[union-attr]
        if text.startswith(",", pos):
            pos += 1
    if not closed:
        items.append(InputError("the JSON document ends before its list of records is "
                                "closed (truncated?); the items before the end are read", name))
    elif whole and _JSON_SPACE.match(text, pos).end() < end:  # type: ignore[union-attr]
        items.append(InputError("text after the list of records is not JSON and is not "
                                "read", name))
    elif not any(isinstance(item, InputError) for item in items):
        items.append(InputError(f"not valid JSON ({error}), but each record is: all of them "
                                "were read", name))
    return items


def _jsonl_items(path: Path, limits: Limits) -> Iterator[tuple[int, object | InputError]]:
    """(line number, object or InputError) for each non-blank line, read as a stream."""
    name = path.name
    prefix = f"{name}:"
    cap = limits.line_bytes
    with _open(path) as handle:
        for number, raw in enumerate(_binary_lines(handle, cap), start=1):
            if number > limits.records:
                yield number, _too_many(f"{prefix}{number}", limits, "lines")
                return
            if raw is None:
                yield number, RowProblem(_LONG_LINE.format(cap=cap), prefix, str(number),
                                         _LONG_LINES.format(cap=cap), noun="lines")
                continue
            if raw.startswith(codecs.BOM_UTF8):  # any line: files joined by cat keep theirs
                raw = raw[len(codecs.BOM_UTF8) :]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    line = raw.decode("gb18030")
                except UnicodeDecodeError:
                    yield number, RowProblem("line is not UTF-8 or GB18030 text", prefix,
                                             str(number), "are not UTF-8 or GB18030 text",
                                             noun="lines")
                    continue
            if not line.strip():
                continue
            if "\x00" in line:  # raw NULs fail the parse: escaped, they are removed, said
                line = line.replace("\x00", "\\u0000")
            try:
                item = _json_loads(line)
            except (ValueError, RecursionError) as exc:
                yield number, RowProblem(f"line is not valid JSON: {exc}", prefix, str(number),
                                         "are not valid JSON", noun="lines")
                continue
            if not isinstance(item, dict):
                found = _json_type(item)
                item = RowProblem(f"expected an object, found {found}", prefix, str(number),
                                  f"are not JSON objects (found {found})", noun="lines")
            yield number, item


#: Lines looked through for the first object, whose keys must include a known one.
JSONL_PEEK_LINES = 1000


def _read_jsonl(path: Path, spec: _Fields, limits: Limits) -> Iterator[Record | InputError]:
    name = path.name
    items = _jsonl_items(path, limits)
    # Look ahead to the first object: a file none of whose keys is known is refused whole.
    # Only small problems are held meanwhile (lines that are not objects became problems).
    peeked: list[tuple[int, object | InputError]] = []
    for entry in items:
        peeked.append(entry)
        if isinstance(entry[1], dict):
            if not _has_known_key([entry[1]], spec):
                items.close()
                raise _no_header(name, _first_keys([entry[1]]), spec, "the first object's keys")
            break
        if len(peeked) >= JSONL_PEEK_LINES:
            break
    return _jsonl_records(itertools.chain(peeked, items), items, spec, name, limits)


def _jsonl_records(
    entries: Iterator[tuple[int, object | InputError]],
    items: Iterator[tuple[int, object | InputError]],
    spec: _Fields, name: str, limits: Limits,
) -> Iterator[Record | InputError]:
    mapper = _ObjectMapper(spec, limits)
    prefix = f"{name}:"
    try:
        for number, item in entries:
            if isinstance(item, InputError):
                yield item
            else:
                yield from mapper.map(item, prefix, str(number), "lines")
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()
