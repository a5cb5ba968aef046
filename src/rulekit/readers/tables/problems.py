"""Row problems counted by kind, so that a file of bad rows makes a few findings, not one each."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rulekit.errors import InputError
from rulekit.limits import DEFAULT, Limits
from rulekit.redact import redact

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
    """An InputError about one row (or line) of a table, counted with the others like it.

    ``message`` is what is said when the row is the only one of its group; ``group`` is the
    plural phrase said of all of them ("have no platform or account name"), without the
    values of any one row, so that rows group by it. ``kind`` is the kind of input problem
    (a key of ``rulekit.wording.INPUT_KINDS``: ``table``, ``encoding``, ``cut`` …), which the
    group's summary keeps. ``example`` is a value of the row that the summary may quote
    (already cut short and masked).
    """

    def __init__(self, message: str, prefix: str, row: str, group: str, *,
                 kind: str | None = None, example: str | None = None,
                 noun: str = "rows") -> None:
        super().__init__(message, f"{prefix}{row}", kind=kind)
        self.prefix = prefix
        self.row = row
        self.group = group
        self.example = example
        self.noun = noun


def row_problem(where: str, message: str, group: str, *, kind: str | None = None,
                example: str | None = None, noun: str = "rows") -> RowProblem:
    """A RowProblem for the row a record's ``where`` names ("accounts.csv:7",
    "accounts.xlsx:清单!7", "accounts.json:[6]"), so checks of records count like rows."""
    match = _WHERE_ROW.match(where)
    prefix, row = (match.group(1), match.group(2)) if match else ("", where)
    return RowProblem(message, prefix, row, group, kind=kind, example=example, noun=noun)


@dataclass
class _Kind:
    first: InputError
    count: int = 0
    rows: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    #: the kinds of input problem counted here (one, but for the "other kinds" entry)
    input_kinds: set[str | None] = field(default_factory=set)

    @property
    def input_kind(self) -> str | None:
        """The kind the summary has: the problems', or ``table`` when they differ (a
        summary of problems of all sorts in one table file)."""
        return next(iter(self.input_kinds)) if len(self.input_kinds) == 1 else "table"


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
        """Count ``error`` with its group (RowProblem) or its message (any other)."""
        if isinstance(error, RowProblem):
            key: tuple[str, ...] = ("row", error.prefix, error.noun,
                                    _NUMBERS.sub("#", error.group))
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
        entry.input_kinds.add(error.kind)
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
            message = f"{entry.count:,} {first.noun} {first.group} ({first.noun} {rows}{more})"
            if entry.examples:
                message += f"; for example {', '.join(entry.examples)}"
            where = first.prefix + ",".join(entry.rows) + (",…" if more else "")
            return InputError(message, where, kind=entry.input_kind)
        wheres = ", ".join(entry.rows)
        if key[0] == "other":
            message = (f"{entry.count:,} more problems of other kinds, the first: "
                       f"{first.message} (at {wheres}{more})")
        else:
            message = f"{first.message} ({entry.count:,} times: {wheres}{more})"
        return InputError(message, entry.rows[0] if entry.rows else first.where,
                          kind=entry.input_kind)


def control_problem(prefix: str, row: str, noun: str = "rows") -> RowProblem:
    return RowProblem(
        "a cell has NUL or other control characters (zero bytes, as a damaged export leaves "
        "them): they were removed and the row is read", prefix, row,
        "have cells with NUL or other control characters: they were removed and each row "
        "read", kind="table", noun=noun)

def why(error: BaseException) -> str:
    """An exception as a message may quote it: libraries put values in theirs, masked here."""
    return f"{type(error).__name__}: {redact(str(error))}"


def cut_problem(prefix: str, row: str, limits: Limits) -> RowProblem:
    limit = limits.cell_chars
    return RowProblem(
        f"a cell is longer than {limit:,} characters (limits.cell_chars) and was cut there; "
        "the row is read", prefix, row,
        f"have a cell longer than {limit:,} characters (limits.cell_chars) that was cut there",
        kind="cut")


def too_many(where: str, limits: Limits, what: str = "rows") -> InputError:
    """The problem of a file cut at ``limits.records``: every row counts (empty and bad
    ones too), so a file of a billion blank lines costs a million."""
    return InputError(
        f"more than {limits.records:,} {what} (limits.records): reading stopped after "
        f"{limits.records:,}, the rest of the file is not read", where, kind="cut")
