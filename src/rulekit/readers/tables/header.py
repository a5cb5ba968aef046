"""Header rows matched to the canonical fields asked for, and the Record each row becomes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rulekit.errors import InputError
from rulekit.readers.tables.cells import clean
from rulekit.readers.tables.problems import quoted

# Rows searched for the header: title lines, notes and blank lines above it are skipped.
HEADER_SEARCH_ROWS = 30


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


class Fields:
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


class Header:
    """A header row resolved to columns: which cell goes to which field or extra key."""

    def __init__(self, cells: Sequence[str | None], fields: Fields, where: str) -> None:
        self.cells = [clean(c) for c in cells]
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
                        kind="table",
                    )
                )
                continue
            taken[slot] = header
            self.columns.append(_Column(index, header, name))

    def record(self, cells: Sequence[str | None], fields: Fields, where: str) -> Record:
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


def find_header(
    rows: Iterable[tuple[int, Sequence[str | None]]], fields: Fields
) -> tuple[int, list[str | None]] | None:
    """(position, cells) of the first row with a known alias, or None.

    Only the first HEADER_SEARCH_ROWS non-empty rows are searched: title lines and notes sit
    above a header, but a data cell that happens to equal an alias must not become one.
    """
    seen = 0
    for position, raw in rows:
        cells = [clean(c) for c in raw]
        if not any(cells):
            continue
        if any(c and fields.canonical(c) for c in cells):
            return position, cells
        seen += 1
        if seen >= HEADER_SEARCH_ROWS:
            break
    return None


def no_header(name: str, found: list[str], fields: Fields, what: str) -> InputError:
    shown = ", ".join(quoted(h) for h in found[:20]) or "nothing"
    return InputError(
        f"no header row recognised in {what}: found {shown}; expected at least one of: "
        f"{fields.describe()}",
        name,
        kind="table",
    )
