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
import re
import unicodedata
import warnings
import zipfile
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
_HEADER_JUNK = re.compile(r"[\s*_\-:\u200b\u200c\u200d\u2060\ufeff]")


def _header_key(text: str) -> str:
    """Form in which a header and an alias are compared.

    NFKC (full-width letters and brackets become plain), bracketed notes such as "（必填）"
    removed, spaces, "*", "_", "-" and ":" removed, case folded; so "*账号名称（必填）",
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


class _Transcoded(io.RawIOBase):
    """A UTF-16/32 file read as UTF-8 bytes, so its lines split on b"\\n" like the others."""

    def __init__(self, raw: IO[bytes], encoding: str) -> None:
        super().__init__()
        self.raw = raw
        self.decoder = codecs.getincrementaldecoder(encoding)("strict")
        self.pending = b""
        self.offset = 0
        self.eof = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self.offset >= len(self.pending) and not self.eof:
            chunk = self.raw.read(64 * 1024)
            self.eof = not chunk
            self.pending = self.decoder.decode(chunk, final=self.eof).encode("utf-8")
            self.offset = 0
        n = min(len(buffer), len(self.pending) - self.offset)
        buffer[:n] = self.pending[self.offset : self.offset + n]
        self.offset += n
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


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
        first = True
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
            if first:
                first = False
                if text is not None and text.startswith("\ufeff"):
                    text = text[1:]
            if text is None:
                self.number += 1
                if not self._skip(RowProblem(
                        "line is not UTF-8 or GB18030 text", prefix, str(self.number),
                        "are not UTF-8 or GB18030 text", noun="lines")):
                    return
                continue
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


def _sample_rows(lines: Sequence[str], delimiter: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(iter(lines), delimiter=delimiter)
    try:
        yield from enumerate(itertools.islice(reader, HEADER_SEARCH_ROWS * 3))
    except csv.Error:
        return


def _choose_delimiter(lines: Sequence[str], spec: _Fields) -> str:
    """The delimiter under which the header row names the most requested fields.

    Candidates are tried by how often they occur outside quotes in the first lines (ties
    go to the earlier in DELIMITERS); the header decides, because Chinese text fields are
    full of "，" and would fool a count alone. Linear in the sample: csv.Sniffer's regular
    expressions backtrack quadratically on quote-heavy lines (64 KiB took 21 s).
    """
    bare = _QUOTED.sub("", "".join(lines))
    counts = {d: bare.count(d) for d in DELIMITERS}
    candidates = sorted(DELIMITERS, key=lambda d: -counts[d])
    best, best_key = candidates[0], (0, 0, 0, 0)
    for delimiter in candidates:
        rows = list(_sample_rows(lines, delimiter))
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
        texts = [text for _, text in sample]
        if any("\x00" in text for text in texts):
            # Only binary junk has NULs in a text table.
            raise InputError("not a text table (contains NUL characters)", name)
        delimiter = _choose_delimiter(texts, spec)
        found = _find_header(_sample_rows(texts, delimiter), spec)
        if found is None:
            raise _no_header(name, _find_first_cells(texts, delimiter), spec, "the first rows")
    except BaseException:
        source.close()
        raise
    return _delimited_rows(source, itertools.chain(sample, lines), delimiter, found[0],
                           spec, limits)


def _find_first_cells(lines: Sequence[str], delimiter: str) -> list[str]:
    for _, row in _sample_rows(lines, delimiter):
        cells = [c for c in (_clean(x) for x in row) if c]
        if cells:
            return cells
    return []


class _Mark:
    """Line numbers the csv reader took for the current row."""

    first: int | None = None
    last: int = 0


def _marked(lines: Iterable[tuple[int, str]], mark: _Mark) -> Iterator[str]:
    for number, text in lines:
        if mark.first is None:
            mark.first = number
        mark.last = number
        yield text


def _delimited_rows(
    source: _TextLines, lines: Iterable[tuple[int, str]], delimiter: str,
    header_position: int, spec: _Fields, limits: Limits,
) -> Iterator[Record | InputError]:
    name = source.name
    prefix = f"{name}:"
    mark = _Mark()
    reader = csv.reader(_marked(lines, mark), delimiter=delimiter)
    header: _Header | None = None
    position = -1
    try:
        while True:
            mark.first = None
            before = mark.last
            try:
                raw = next(reader)
            except StopIteration:
                yield from source.take_problems()
                return
            except csv.Error as exc:
                yield from source.take_problems()
                start = str(mark.first if mark.first is not None else before + 1)
                yield RowProblem(f"row cannot be parsed: {exc}", prefix, start,
                                 f"cannot be parsed ({exc})")
                if mark.last == before:
                    return  # the reader cannot move on: stop rather than loop
                position += 1
                continue
            yield from source.take_problems()
            start = str(mark.first if mark.first is not None else before + 1)
            position += 1
            if position > limits.records + header_position:
                yield _too_many(prefix + start, limits)  # every row counts, empty ones too
                return
            if position < header_position:
                continue
            cells = [_clean(c) for c in raw]
            if header is None:
                header = _Header(cells, spec, prefix + start)
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
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
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


def _xlsx_rows(sheet: Any, fill: _MergedFill | None) -> Iterator[tuple[int, tuple[object, ...]]]:
    """(row number, values) of each row the sheet's XML holds, streamed.

    Rows missing from the XML are not made up: a row numbered 1,000,000,000 after row 2
    costs one row, not a billion empty ones (read-only openpyxl fills the gap). Each row is
    read up to its own last cell, whatever dimension the file claims.
    """
    try:
        from openpyxl.worksheet._reader import WorkSheetParser
    except ImportError:  # pragma: no cover - openpyxl moved its parser: the public way
        sheet.reset_dimensions()
        yield from enumerate(sheet.iter_rows(values_only=True), start=1)
        return
    workbook = sheet.parent
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source, sheet._shared_strings, data_only=True, epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats)
        for number, cells in parser.parse():
            width = min(max((c["column"] for c in cells), default=0), MAX_COLUMNS)
            values: list[object] = [None] * width
            for cell in cells:
                column = cell["column"]
                if 1 <= column <= width:
                    values[column - 1] = cell["value"]
            if fill is not None:
                values = fill.fill(number, values)
            yield number, tuple(values)


def _xlsx_first_table(workbook: Any, spec: _Fields, name: str, fill_merged: bool,
                      limits: Limits) -> Iterator[Record | InputError]:
    """Find the first sheet with a header row; the rows are then read lazily."""
    first_seen: list[str] = []
    for sheet in workbook.worksheets:
        if not hasattr(sheet, "iter_rows"):
            continue
        problems: list[InputError] = []
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
            rows = _xlsx_rows(sheet, fill)
            buffered: list[tuple[int, tuple[object, ...]]] = []
            nonempty = 0
            for item in rows:
                buffered.append(item)
                nonempty += any(v is not None for v in item[1])
                if nonempty >= HEADER_SEARCH_ROWS:
                    break
        except Exception as exc:  # corrupt sheet XML
            raise InputError(
                f"sheet {sheet.title!r} cannot be read: {type(exc).__name__}: {exc}", name
            ) from None
        texts = [(n, [_cell_text(v) for v in row]) for n, row in buffered]
        found = _find_header(texts, spec)
        if found is None:
            if not first_seen:
                first_seen = next(([c for c in r if c] for _, r in texts if any(r)), [])
            rows.close()
            continue
        header_row = found[0]
        rest = itertools.chain((item for item in buffered if item[0] > header_row), rows)
        return _xlsx_records(workbook, sheet.title, found[1], header_row, rest, spec, name,
                             fill, problems, limits)
    workbook.close()
    raise _no_header(name, first_seen, spec, "any sheet")


def _xlsx_records(
    workbook: Any,
    title: str,
    header_cells: list[str | None],
    header_row: int,
    rows: Iterator[tuple[int, tuple[object, ...]]],
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
            except Exception as exc:  # corrupt sheet XML part-way through
                yield InputError(
                    f"the rest of the sheet cannot be read: {type(exc).__name__}: {exc}",
                    f"{name}:{title}",
                )
                return
            if item is None:
                break
            number, raw = item
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


def _json_pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """Keep the first of duplicated keys, as for table headers (json keeps the last)."""
    result: dict[str, object] = {}
    for key, value in pairs:
        result.setdefault(key, value)
    return result


class _ObjectMapper:
    """Maps JSON objects to records; key sets repeat, so each is resolved once."""

    def __init__(self, spec: _Fields, limits: Limits) -> None:
        self.spec = spec
        self.limits = limits
        self.cache: dict[tuple[str, ...], _Header] = {}
        self.reported: set[str] = set()

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
        if _cut_cells(cells, self.limits.cell_chars):
            yield _cut_problem(prefix, row, self.limits)
        yield header.record(cells, self.spec, where)


def _json_type(value: object) -> str:
    return {
        dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"
    }.get(type(value), "a number")


def _has_known_key(items: Iterable[object], spec: _Fields) -> bool:
    return any(
        isinstance(item, dict) and any(spec.canonical(str(k)) for k in item) for item in items
    )


def _first_keys(items: Iterable[object]) -> list[str]:
    return next(([str(k) for k in item] for item in items if isinstance(item, dict)), [])


def _decode(data: bytes, name: str) -> str:
    """Text of a JSON document: UTF-16/32 with a BOM, UTF-8, GB18030, else a guess."""
    for bom, encoding in _UTF16_32_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:SNIFF_CHARS]).best()
    except Exception:  # a failing heuristic only means "cannot decode", said below
        best = None
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding)
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
    text = _decode(_read_bytes(path), name)
    try:
        data = json.loads(text, object_pairs_hook=_json_pairs)
    except (ValueError, RecursionError) as exc:
        raise InputError(f"not valid JSON: {exc}", name) from None
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
    return _json_records(items, spec, name, limits)


def _json_records(items: list[object], spec: _Fields, name: str, limits: Limits
                  ) -> Iterator[Record | InputError]:
    mapper = _ObjectMapper(spec, limits)
    prefix = f"{name}:"
    for index, item in enumerate(items):
        if index >= limits.records:
            yield _too_many(f"{prefix}[{index}]", limits, "items")
            return
        yield from mapper.map(item, prefix, f"[{index}]", "items")


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
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
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
            try:
                item = json.loads(line, object_pairs_hook=_json_pairs)
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
