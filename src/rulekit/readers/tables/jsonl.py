"""JSONL files: one object a line, read as a stream whatever their size."""

from __future__ import annotations

import codecs
import itertools
from collections.abc import Iterator
from pathlib import Path

from rulekit.errors import InputError
from rulekit.limits import Limits
from rulekit.readers.tables.header import Fields, Record, no_header
from rulekit.readers.tables.jsonvalues import (
    ObjectMapper,
    first_keys,
    has_known_key,
    json_loads,
    json_type,
)
from rulekit.readers.tables.problems import RowProblem, too_many
from rulekit.readers.tables.textlines import LONG_LINE, LONG_LINES, binary_lines, open_file


def _jsonl_items(path: Path, limits: Limits) -> Iterator[tuple[int, object | InputError]]:
    """(line number, object or InputError) for each non-blank line, read as a stream."""
    name = path.name
    prefix = f"{name}:"
    cap = limits.line_bytes
    with open_file(path) as handle:
        for number, raw in enumerate(binary_lines(handle, cap), start=1):
            if number > limits.records:
                yield number, too_many(f"{prefix}{number}", limits, "lines")
                return
            if raw is None:
                yield number, RowProblem(LONG_LINE.format(cap=cap), prefix, str(number),
                                         LONG_LINES.format(cap=cap), kind="cut",
                                         noun="lines")
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
                                             kind="encoding", noun="lines")
                    continue
            if not line.strip():
                continue
            if "\x00" in line:  # raw NULs fail the parse: escaped, they are removed, said
                line = line.replace("\x00", "\\u0000")
            try:
                item = json_loads(line)
            except (ValueError, RecursionError) as exc:
                yield number, RowProblem(f"line is not valid JSON: {exc}", prefix, str(number),
                                         "are not valid JSON", kind="table", noun="lines")
                continue
            if not isinstance(item, dict):
                found = json_type(item)
                item = RowProblem(f"expected an object, found {found}", prefix, str(number),
                                  f"are not JSON objects (found {found})", kind="table",
                                  noun="lines")
            yield number, item


#: Lines looked through for the first object, whose keys must include a known one.
JSONL_PEEK_LINES = 1000


def read_jsonl(path: Path, spec: Fields, limits: Limits) -> Iterator[Record | InputError]:
    name = path.name
    items = _jsonl_items(path, limits)
    # Look ahead to the first object: a file none of whose keys is known is refused whole.
    # Only small problems are held meanwhile (lines that are not objects became problems).
    peeked: list[tuple[int, object | InputError]] = []
    for entry in items:
        peeked.append(entry)
        if isinstance(entry[1], dict):
            if not has_known_key([entry[1]], spec):
                items.close()
                raise no_header(name, first_keys([entry[1]]), spec, "the first object's keys")
            break
        if len(peeked) >= JSONL_PEEK_LINES:
            break
    return _jsonl_records(itertools.chain(peeked, items), items, spec, name, limits)


def _jsonl_records(
    entries: Iterator[tuple[int, object | InputError]],
    items: Iterator[tuple[int, object | InputError]],
    spec: Fields, name: str, limits: Limits,
) -> Iterator[Record | InputError]:
    mapper = ObjectMapper(spec, limits)
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
