"""JSON documents: decoded, parsed whole, and read record by record when they do not parse."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from rulekit.errors import InputError, os_kind
from rulekit.limits import Limits
from rulekit.readers.charset import find_bom
from rulekit.readers.tables.header import Fields, Record, no_header
from rulekit.readers.tables.jsonvalues import (
    JSON_DECODER,
    ObjectMapper,
    first_keys,
    has_known_key,
    json_loads,
    json_type,
)
from rulekit.readers.tables.problems import RowProblem, too_many
from rulekit.readers.tables.textlines import SNIFF_CHARS, WIDE_CODECS

# Keys under which a JSON export wraps its list of records, tried in this order.
JSON_LIST_KEYS = ("accounts", "posts", "registry", "records", "items", "data", "rows", "list")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", path.name,
                         kind=os_kind(exc)) from None


def _decode(data: bytes, name: str) -> tuple[str, int]:
    """Text of a JSON document: UTF-16/32 with a BOM, UTF-8, GB18030, else a guess; and how
    many bytes could not be decoded.

    A document that is UTF-8 or GB18030 but for a few damaged bytes (a character cut in two
    by a bad copy) is read with each of them as U+FFFD, so that they cost only the records
    that hold them (:class:`ObjectMapper` leaves those out), not the whole document.
    """
    bom = find_bom(data)
    if bom is not None and bom.codec in WIDE_CODECS:
        try:
            return data.decode(bom.codec), 0
        except UnicodeDecodeError:
            pass
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
    raise InputError("cannot decode the text: not UTF-8, GBK/GB18030 or a known encoding", name,
                     kind="encoding")


def read_json(path: Path, spec: Fields, limits: Limits) -> Iterator[Record | InputError]:
    """A JSON document is parsed whole, which costs several times its size in memory: one
    over ``limits.file_bytes`` is refused (JSONL, read a line at a time, has no such cap)."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", name,
                         kind=os_kind(exc)) from None
    if size > limits.file_bytes:
        raise InputError(
            f"the JSON document is {size:,} bytes, over the {limits.file_bytes:,}-byte limit "
            "(limits.file_bytes) for a document parsed whole; it is not read. Export it as "
            "JSONL (one object a line), which is read at any size",
            name,
            kind="too-large",
        )
    text, damaged = _decode(_read_bytes(path), name)
    if "\x00" in text:  # raw NULs fail the parse: escaped, they are removed with the row said
        text = text.replace("\x00", "\\u0000")
    try:
        data: object = json_loads(text)
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
            f"{', '.join(JSON_LIST_KEYS)}; found {json_type(data)}",
            name,
            kind="table",
        )
    if items and not has_known_key(items, spec):
        raise no_header(name, first_keys(items), spec, "the object keys")
    return _json_records(items, spec, name, limits, damaged)


def _json_records(items: list[object], spec: Fields, name: str, limits: Limits,
                  damaged: int = 0) -> Iterator[Record | InputError]:
    mapper = ObjectMapper(spec, limits)
    prefix = f"{name}:"
    if damaged:
        mapper.damaged = True
        yield InputError(
            f"the document has bytes that are not UTF-8 or GB18030 text ({damaged:,} damaged "
            f"character{'s' if damaged > 1 else ''}): the rows that hold one are left out and "
            "reported, the others read", name, kind="encoding")
    for index, item in enumerate(items):
        if index >= limits.records:
            yield too_many(f"{prefix}[{index}]", limits, "items")
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
            return JSON_DECODER.raw_decode(text, start)
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
        raise InputError(f"not valid JSON: {error}", name, kind="table") from None
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
            item, pos = JSON_DECODER.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:
            detail = "nested too deep" if isinstance(exc, RecursionError) else str(exc)
            items.append(RowProblem(
                f"item is not valid JSON ({detail}); the items after it are read", prefix,
                f"[{len(items)}]", "are not valid JSON; the items after them are read",
                kind="table", noun="items"))
            resumed = _json_resume(text, pos, getattr(exc, "pos", None), budget)
            if resumed is None:  # no record parses after it: said with it
                if budget[0] <= 0:
                    items.append(InputError(
                        f"the items after [{len(items) - 1}] cannot be told apart (damaged "
                        "JSON): they are not read", name, kind="table"))
                return items
            item, pos = resumed
        items.append(item)
        pos = _JSON_SPACE.match(text, pos).end()  # type: ignore[union-attr]
        if text.startswith(",", pos):
            pos += 1
    if not closed:
        items.append(InputError("the JSON document ends before its list of records is "
                                "closed (truncated?); the items before the end are read", name,
                                kind="truncated"))
    elif whole and _JSON_SPACE.match(text, pos).end() < end:  # type: ignore[union-attr]
        items.append(InputError("text after the list of records is not JSON and is not "
                                "read", name, kind="table"))
    elif not any(isinstance(item, InputError) for item in items):
        items.append(InputError(f"not valid JSON ({error}), but each record is: all of them "
                                "were read", name, kind="table"))
    return items
