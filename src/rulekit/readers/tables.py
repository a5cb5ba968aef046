"""Read tabular records (inventories, post lists, registries) from CSV, XLSX, JSON and JSONL.

These files come from inspecting offices and the national reporting system, saved by Excel
in China or exported by a CMS: GBK or UTF-8 with a BOM, tab or full-width-comma separated,
with a merged title line above the header, Chinese or English headers with notes such as
"（必填）", dates as real cells or as text. The reader maps every row onto canonical field
names and never lets one bad row lose the others: a row it cannot read becomes an
InputError in the stream, naming the file and line.
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
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
from typing import Any

from rulekit.errors import InputError
from rulekit.hookspecs import hookimpl

__all__ = ["Record", "read_records", "rulekit_read_table"]

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
                        f"duplicated column {index + 1} {header!r}: {what} (first: "
                        f"{taken[slot]!r}); the first one is used, this one is ignored",
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
    shown = ", ".join(repr(h) for h in found[:20]) or "nothing"
    return InputError(
        f"no header row recognised in {what}: found {shown}; expected at least one of: "
        f"{fields.describe()}",
        name,
    )


# --------------------------------------------------------------------------- entry point


def read_records(
    path: Path, fields: Mapping[str, Sequence[str]]
) -> Iterator[Record | InputError]:
    """Records of a CSV, XLSX, JSON or JSONL file, keyed by the canonical names in ``fields``.

    ``fields`` maps each canonical name to its accepted header aliases. A file that cannot be
    read at all (missing, unknown extension, corrupt, no recognisable header) raises
    InputError here, before any row; a row that cannot be read is yielded as an InputError
    with its location and the iteration goes on.
    """
    path = Path(path)
    spec = _Fields(fields)
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError(f"file not found: {path}", path.name)
    if not path.is_file():
        raise InputError(f"not a file: {path}", path.name)
    if suffix in CSV_SUFFIXES:
        return _read_delimited(path, spec)
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path, spec)
    if suffix in JSON_SUFFIXES:
        return _read_json(path, spec)
    if suffix in JSONL_SUFFIXES:
        return _read_jsonl(path, spec)
    if suffix in (".xls", ".et"):
        raise InputError(
            f"{suffix} (old binary Excel/WPS) is not read; save it as .xlsx or .csv", path.name
        )
    raise InputError(
        f"unknown table format {suffix or '(no extension)'!r}; expected .csv, .tsv, .txt, "
        ".xlsx, .json or .jsonl",
        path.name,
    )


@hookimpl(trylast=True)
def rulekit_read_table(
    path: Path, fields: dict[str, list[str]]
) -> Iterator[Record | InputError] | None:
    """The built-in table reader as a plugin: CSV, XLSX, JSON and JSONL.

    Returns None for other extensions, so that a province's plugin may read its own format;
    old binary .xls/.et is answered with an InputError that says how to convert it.
    """
    suffix = Path(path).suffix.lower()
    known = CSV_SUFFIXES | XLSX_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | {".xls", ".et"}
    if suffix not in known:
        return None
    return read_records(path, fields)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", path.name) from None


# --------------------------------------------------------------------------- CSV

_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(data: bytes, name: str) -> str:
    """Text of a file as Chinese offices save it.

    UTF-16/32 with a BOM (Excel's "Unicode text"), then UTF-8 with or without a BOM, then
    GB18030 (the superset of GBK and GB2312, which Excel in China writes), then
    charset-normalizer's guess as a last resort.
    """
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

        best = from_bytes(data).best()
    except Exception:  # a failing heuristic only means "cannot decode", said below
        best = None
    if best is not None:
        return str(best)
    raise InputError("cannot decode the text: not UTF-8, GBK/GB18030 or a known encoding", name)


def _sample_rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text[:SNIFF_CHARS], newline=""), delimiter=delimiter)
    try:
        yield from enumerate(itertools.islice(reader, HEADER_SEARCH_ROWS * 3))
    except csv.Error:
        return


def _choose_delimiter(text: str, spec: _Fields) -> str:
    """The delimiter under which the header row names the most requested fields.

    csv.Sniffer's guess is tried first, then the candidates by how often they occur (ties go
    to the earlier); the header decides, because Chinese text fields are full of "，" and
    would fool both the sniffer and a count.
    """
    sample = text[:SNIFF_CHARS]
    candidates: list[str] = []
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
        if sniffed in DELIMITERS:
            candidates.append(sniffed)
    except csv.Error:
        pass
    counts = {d: sample.count(d) for d in DELIMITERS}
    candidates += sorted((d for d in DELIMITERS if d not in candidates), key=lambda d: -counts[d])
    best, best_key = candidates[0], (0, 0, 0)
    for delimiter in candidates:
        found = _find_header(_sample_rows(text, delimiter), spec)
        if found is None:
            continue
        header = [c for c in found[1] if c]
        matched = len({spec.canonical(c) for c in header} - {None})
        # Same fields matched: the delimiter that really splits the header wins; for a
        # one-column file, the one that splits the data least (ideally never).
        key = (matched, len(header), -counts[delimiter] if len(header) == 1 else 0)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def _read_delimited(path: Path, spec: _Fields) -> Iterator[Record | InputError]:
    name = path.name
    text = _decode(_read_bytes(path), name)
    if "\x00" in text:
        # Only binary junk has NULs in a text table; the csv module would refuse each line.
        raise InputError("not a text table (contains NUL characters)", name)
    delimiter = _choose_delimiter(text, spec)
    found = _find_header(_sample_rows(text, delimiter), spec)
    if found is None:
        first = _find_first_cells(text, delimiter)
        raise _no_header(name, first, spec, "the first rows")
    header_position = found[0]
    return _delimited_rows(text, delimiter, header_position, spec, name)


def _find_first_cells(text: str, delimiter: str) -> list[str]:
    for _, row in _sample_rows(text, delimiter):
        cells = [c for c in (_clean(x) for x in row) if c]
        if cells:
            return cells
    return []


def _delimited_rows(
    text: str, delimiter: str, header_position: int, spec: _Fields, name: str
) -> Iterator[Record | InputError]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: _Header | None = None
    position = -1
    last_line = 0  # reader.line_num after the previous row: the next row starts one later
    while True:
        start = last_line + 1
        try:
            raw = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"row cannot be parsed: {exc}", f"{name}:{start}")
            if reader.line_num == last_line:
                return  # the reader cannot move on: stop rather than loop
            last_line = reader.line_num
            continue
        last_line = reader.line_num
        position += 1
        where = f"{name}:{start}"
        if position < header_position:
            continue
        cells = [_clean(c) for c in raw]
        if header is None:
            header = _Header(cells, spec, where)
            yield from header.errors
            continue
        if not any(cells):
            continue  # empty rows (also ",,,," from Excel) are skipped silently
        if cells[: header.width] == header.cells[: header.width]:
            continue  # the header repeated (exports stitched from pages)
        if len(cells) < header.width:
            yield InputError(
                f"row has {len(cells)} cells but the header has {header.width}; "
                "cannot tell which are missing",
                where,
            )
            continue
        surplus = [c for c in cells[header.width :] if c is not None]
        if surplus:
            yield InputError(
                f"row has {len(cells)} cells but the header has {header.width} (an unquoted "
                f"delimiter in a value?); cells past the header: "
                f"{', '.join(repr(s) for s in surplus[:3])}",
                where,
            )
            continue
        yield header.record(cells, spec, where)


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


def _read_xlsx(path: Path, spec: _Fields) -> Iterator[Record | InputError]:
    name = path.name
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise InputError("reading .xlsx needs openpyxl", name) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style" and similar noise
            # A list small enough to load whole is loaded so merged cells can be filled;
            # a large one is streamed (read_only cannot see merged ranges).
            small = path.stat().st_size <= MERGE_FILL_MAX_BYTES
            workbook = openpyxl.load_workbook(path, read_only=not small, data_only=True)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"not a readable .xlsx file: {exc}", name) from None
    except Exception as exc:  # openpyxl raises many types on a corrupt file
        raise InputError(f"not a readable .xlsx file: {type(exc).__name__}: {exc}", name) from None
    try:
        return _xlsx_first_table(workbook, spec, name)
    except BaseException:
        workbook.close()
        raise


#: XLSX files up to this size are loaded whole, so merged cells can be filled.
MERGE_FILL_MAX_BYTES = 10 * 1024 * 1024


def _xlsx_rows(sheet: Any) -> Iterator[tuple[int, tuple[object, ...]]]:
    if hasattr(sheet, "reset_dimensions"):
        # The dimension other applications write is often wrong and would cut rows short;
        # without it each row is read up to its last cell, and missing rows come back empty.
        sheet.reset_dimensions()
        return enumerate(sheet.iter_rows(values_only=True), start=1)
    return enumerate(_filled_rows(sheet), start=1)


def _filled_rows(sheet: Any) -> Iterator[tuple[object, ...]]:
    """Rows of a fully loaded sheet with every merged cell carrying its range's value.

    Chinese inventories merge a 平台 or 认证主体 cell over the rows it applies to; Excel
    shows the value on each of those rows, and so must the records.
    """
    fill: dict[tuple[int, int], object] = {}
    for merged in sheet.merged_cells.ranges:
        value = sheet.cell(merged.min_row, merged.min_col).value
        for row in range(merged.min_row, merged.max_row + 1):
            for col in range(merged.min_col, merged.max_col + 1):
                fill[(row, col)] = value
    for r, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        if fill:
            row = tuple(fill.get((r, c), v) for c, v in enumerate(row, start=1))
        yield row


def _xlsx_first_table(workbook: Any, spec: _Fields, name: str) -> Iterator[Record | InputError]:
    """Find the first sheet with a header row; the rows are then read lazily."""
    first_seen: list[str] = []
    for sheet in workbook.worksheets:
        if not hasattr(sheet, "iter_rows"):
            continue
        rows = _xlsx_rows(sheet)
        buffered: list[tuple[int, tuple[object, ...]]] = []
        try:
            for item in rows:
                buffered.append(item)
                if sum(1 for _, r in buffered if any(v is not None for v in r)) >= (
                    HEADER_SEARCH_ROWS
                ):
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
            continue
        header_row = found[0]
        rest = itertools.chain((item for item in buffered if item[0] > header_row), rows)
        return _xlsx_records(workbook, sheet.title, found[1], header_row, rest, spec, name)
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
) -> Iterator[Record | InputError]:
    try:
        header = _Header(header_cells, spec, f"{name}:{title}!{header_row}")
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
                return
            number, raw = item
            cells = [_cell_text(v) for v in raw]
            if not any(cells):
                continue
            if cells[: header.width] == header.cells[: header.width]:
                continue
            # Merged cells are filled for files loaded whole (see _filled_rows); in a
            # streamed large file they read as empty, like a short row's trailing cells.
            yield header.record(cells, spec, f"{name}:{title}!{number}")
    finally:
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

    def __init__(self, spec: _Fields) -> None:
        self.spec = spec
        self.cache: dict[tuple[str, ...], _Header] = {}
        self.reported: set[str] = set()

    def map(self, item: object, where: str) -> Iterator[Record | InputError]:
        if not isinstance(item, dict):
            yield InputError(f"expected an object, found {_json_type(item)}", where)
            return
        keys = tuple(str(k) for k in item)
        header = self.cache.get(keys)
        if header is None:
            header = self.cache[keys] = _Header(list(keys), self.spec, where)
            for error in header.errors:
                if error.message not in self.reported:  # each duplicate once per file
                    self.reported.add(error.message)
                    yield error
        cells = [_cell_text(v) for v in item.values()]
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


def _read_json(path: Path, spec: _Fields) -> Iterator[Record | InputError]:
    name = path.name
    text = _decode(_read_bytes(path), name)
    try:
        data = json.loads(text, object_pairs_hook=_json_pairs)
    except (ValueError, RecursionError) as exc:
        raise InputError(f"not valid JSON: {exc}", name) from None
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
    return _json_records(items, spec, name)


def _json_records(items: list[object], spec: _Fields, name: str) -> Iterator[Record | InputError]:
    mapper = _ObjectMapper(spec)
    for index, item in enumerate(items):
        yield from mapper.map(item, f"{name}:[{index}]")


def _jsonl_items(path: Path) -> Iterator[tuple[int, object | InputError]]:
    """(line number, object or InputError) for each non-blank line, read as a stream."""
    name = path.name
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", name) from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    line = raw.decode("gb18030")
                except UnicodeDecodeError:
                    error = InputError("line is not UTF-8 or GB18030 text", f"{name}:{number}")
                    yield number, error
                    continue
            if not line.strip():
                continue
            try:
                yield number, json.loads(line, object_pairs_hook=_json_pairs)
            except (ValueError, RecursionError) as exc:
                yield number, InputError(f"line is not valid JSON: {exc}", f"{name}:{number}")


def _read_jsonl(path: Path, spec: _Fields) -> Iterator[Record | InputError]:
    name = path.name
    items = _jsonl_items(path)
    # Look ahead to the first object: a file none of whose keys is known is refused whole.
    peeked: list[tuple[int, object | InputError]] = []
    for entry in items:
        peeked.append(entry)
        if isinstance(entry[1], dict):
            if not _has_known_key([entry[1]], spec):
                items.close()
                raise _no_header(name, _first_keys([entry[1]]), spec, "the first object's keys")
            break
    return _jsonl_records(itertools.chain(peeked, items), spec, name)


def _jsonl_records(
    entries: Iterator[tuple[int, object | InputError]], spec: _Fields, name: str
) -> Iterator[Record | InputError]:
    mapper = _ObjectMapper(spec)
    for number, item in entries:
        if isinstance(item, InputError):
            yield item
        else:
            yield from mapper.map(item, f"{name}:{number}")
