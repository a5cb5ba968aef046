"""A tabular input file read row by row, its problems counted by kind.

Rows come through the ``rulekit_read_table`` hook (CSV, XLSX, JSON, or a plugin's format); a
row that cannot be understood is left out and the rest are kept. Problems are reported one
per kind of problem and file (the count and the first rows), so a file of 250,000 bad rows
makes one finding, not 250,000.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import pluggy

from rulekit.errors import InputError
from rulekit.limits import Limits
from rulekit.readers.tables import ProblemLog, Record, quoted, row_problem
from rulekit.redact import redact

Report = Callable[[InputError], None]


class Table:
    """One input file's records; use in ``with``, which reports the problems at the end
    (what was found before a reader failed is still reported)."""

    def __init__(self, pm: pluggy.PluginManager, path: Path, fields: dict[str, list[str]],
                 report: Report, limits: Limits) -> None:
        self.pm, self.path, self.fields = pm, path, fields
        self.report, self.limits = report, limits
        self.log = ProblemLog(limits)

    def __enter__(self) -> Table:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Report the problems met so far, one per kind."""
        for problem in self.log.drain():
            self.report(problem)

    def __iter__(self) -> Iterator[Record]:
        """The records, one at a time (a bad row is never held). A plugin's reader is held
        to ``limits.records`` here too, since it may not know of it."""
        log, limits, path = self.log, self.limits, self.path
        if not path.is_file():
            log.add(InputError("file not found", str(path), kind="not-found"))
            return
        try:
            rows = self.pm.hook.rulekit_read_table(path=path, fields=self.fields, limits=limits)
        except InputError as exc:
            log.add(exc)
            return
        if rows is None:
            log.add(InputError("no reader for this table format (use .csv, .xlsx, .json or "
                               ".jsonl)", str(path), kind="table"))
            return
        count = 0
        try:
            for row in rows:
                if isinstance(row, InputError):
                    log.add(row)
                    continue
                if count >= limits.records:
                    log.add(InputError(
                        f"more than {limits.records:,} records (limits.records): reading "
                        f"stopped after {limits.records:,}, the rest of the file is not read",
                        row.where, kind="cut"))
                    break
                count += 1
                yield row
        except InputError as exc:
            log.add(exc)
        finally:
            close = getattr(rows, "close", None)
            if close is not None:
                close()

    def problem(self, where: str, message: str, group: str, kind: str = "table") -> None:
        """A row that is left out: ``message`` for the row, ``group`` for the count
        (``have no platform or account name``); ``kind`` the kind of input problem (a key
        of ``rulekit.wording.INPUT_KINDS``), a table's by default."""
        self.log.add(row_problem(where, message, group, kind=kind))

    def field(self, record: Record, name: str, parse: Callable[[Any], Any]) -> Any:
        """A field read with ``parse`` (a date, a yes/no); None when empty or unreadable
        (an unreadable value is a problem of the file, counted with the others like it)."""
        value = record.values.get(name)
        if value in (None, ""):
            return None
        try:
            return parse(value)
        except ValueError as exc:
            # The parsers quote the value: shown cut short and masked, and left out of the
            # group, so that every unreadable date of a column is one problem of the file.
            detail = str(exc)
            shown = quoted(str(value))
            group = detail.replace(repr(value), "…")
            message = detail.replace(repr(value), shown)
            if message == detail:
                message = redact(detail)
            self.log.add(row_problem(record.where, f"field {name!r}: {message}",
                                     f"have an unreadable {name!r}: {group}", kind="table",
                                     example=shown))
            return None
