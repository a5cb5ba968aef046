"""JSON values and objects as table rows: numbers kept as written, keys mapped to fields."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator

from rulekit.errors import InputError
from rulekit.limits import Limits
from rulekit.readers.tables.cells import cell_text, cut_cells, drop_controls
from rulekit.readers.tables.header import Fields, Header, Record
from rulekit.readers.tables.problems import RowProblem, control_problem, cut_problem


class JsonLiteral(str):
    """A JSON number kept as written: one Python cannot hold (``1e999999`` is infinite, an
    integer of over 4,300 digits is refused by ``int``), or NaN and Infinity. A check that
    needs a number reports it as unreadable; it never costs the other values."""


#: Digits of a JSON integer read as a number; a longer one is kept as written. ``int``
#: refuses more than 4,300 (Python 3.11+) and is quadratic in them before that.
JSON_INT_DIGITS = 4000


def _json_int(text: str) -> int | str:
    return int(text) if len(text) <= JSON_INT_DIGITS else JsonLiteral(text)


def _json_float(text: str) -> float | str:
    value = float(text)
    return value if math.isfinite(value) else JsonLiteral(text)


def _json_pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """Keep the first of duplicated keys, as for table headers (json keeps the last)."""
    result: dict[str, object] = {}
    for key, value in pairs:
        result.setdefault(key, value)
    return result


JSON_DECODER = json.JSONDecoder(
    object_pairs_hook=_json_pairs, parse_int=_json_int,
    parse_float=_json_float, parse_constant=JsonLiteral)


def json_loads(text: str) -> object:
    """One JSON value, in which no number can fail the parse (see :class:`JsonLiteral`)."""
    return JSON_DECODER.decode(text)


class ObjectMapper:
    """Maps JSON objects to records; key sets repeat, so each is resolved once."""

    def __init__(self, spec: Fields, limits: Limits) -> None:
        self.spec = spec
        self.limits = limits
        self.cache: dict[tuple[str, ...], Header] = {}
        self.reported: set[str] = set()
        self.damaged = False  # the document had undecodable bytes, read as U+FFFD

    def map(self, item: object, prefix: str, row: str, noun: str
            ) -> Iterator[Record | InputError]:
        where = f"{prefix}{row}"
        if not isinstance(item, dict):
            found = json_type(item)
            yield RowProblem(f"expected an object, found {found}", prefix, row,
                             f"are not JSON objects (found {found})", kind="table", noun=noun)
            return
        keys = tuple(str(k) for k in item)
        header = self.cache.get(keys)
        if header is None:
            if len(self.cache) >= 1000:  # a file whose every object has its own keys
                self.cache.clear()
            header = self.cache[keys] = Header(list(keys), self.spec, where)
            for error in header.errors:
                if error.message not in self.reported:  # each duplicate once per file
                    self.reported.add(error.message)
                    yield error
        cells = [cell_text(v) for v in item.values()]
        if drop_controls(cells):
            yield control_problem(prefix, row, noun)
        if self.damaged and any(c and "\ufffd" in c for c in (*keys, *cells)):
            # Left out, as a CSV line that does not decode: a damaged name would be checked
            # as an account that does not exist.
            yield RowProblem(
                "the row has bytes that are not UTF-8 or GB18030 text (damaged characters) "
                "and is left out", prefix, row,
                "have bytes that are not UTF-8 or GB18030 text (damaged characters) and were "
                "left out", kind="encoding", noun=noun)
            return
        if cut_cells(cells, self.limits.cell_chars):
            yield cut_problem(prefix, row, self.limits)
        yield header.record(cells, self.spec, where)


def json_type(value: object) -> str:
    if isinstance(value, JsonLiteral):
        return "a number"
    return {
        dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"
    }.get(type(value), "a number")


def has_known_key(items: Iterable[object], spec: Fields) -> bool:
    return any(
        isinstance(item, dict) and any(spec.canonical(str(k)) for k in item) for item in items
    )


def first_keys(items: Iterable[object]) -> list[str]:
    return next(([str(k) for k in item] for item in items if isinstance(item, dict)), [])
