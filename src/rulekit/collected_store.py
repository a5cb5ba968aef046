"""The collect steps' values of one walk, kept on disk until the site rules' reduce.

A collect step gives a value per page (``links.broken`` the page's targets, ``columns.stale``
the page's column and date); the reduce needs every page's at once. Held in the driver they
grew with the export (links' alone were 20 MB at 20,000 pages, a gigabyte before strings
were shared), so a 100,000-page portal or a province's 600 sites would need memory in
proportion. Here each value arrives pickled (workers pickle it, so the driver neither
unpickles nor holds it) and goes to a temporary SQLite file; a site rule reads a step's
values as a read-only mapping of page URL to value, in the order the pages were merged.
"""

from __future__ import annotations

import pickle
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

#: Rows written in one go (the driver merges a page at a time).
_FLUSH = 2_000


def pack(value: Any) -> bytes:
    """A collected value as it travels and is stored."""
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


class CollectedStore:
    """Every collect step's values of one walk, in a temporary SQLite file removed by
    :meth:`close`. ``add`` buffers; reading a step flushes first."""

    def __init__(self, directory: str | None = None) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="rulekit-collected-", dir=directory))
        self.db = sqlite3.connect(self.folder / "collected.sqlite", isolation_level=None,
                                  check_same_thread=False)
        self.db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;"
            "CREATE TABLE value (step INTEGER NOT NULL, url TEXT NOT NULL, data BLOB NOT NULL,"
            " UNIQUE (step, url));")
        self.steps: dict[tuple[str, str], int] = {}
        self.pending: list[tuple[int, str, bytes]] = []

    def add(self, rule_id: str, name: str, url: str, data: bytes) -> None:
        """A page's packed value for a rule's step; a URL met again keeps its first place
        and its last value (as a dict assignment would)."""
        step = self.steps.setdefault((rule_id, name), len(self.steps))
        self.pending.append((step, db_text(url), data))
        if len(self.pending) >= _FLUSH:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.db.execute("BEGIN")
            self.db.executemany(
                "INSERT INTO value (step, url, data) VALUES (?, ?, ?) "
                "ON CONFLICT (step, url) DO UPDATE SET data = excluded.data", self.pending)
            self.db.execute("COMMIT")
            self.pending.clear()

    def names(self, rule_id: str) -> list[str]:
        """The step names of ``rule_id`` that gave a value for at least one page."""
        return [name for (rule, name) in self.steps if rule == rule_id]

    def values(self, rule_id: str, name: str) -> StoredValues:
        self.flush()
        return StoredValues(self, self.steps.get((rule_id, name), -1))

    def close(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class StoredValues(Mapping[str, Any]):
    """One step's values: page URL to value, in the order the pages were merged. Each
    value is read from disk when asked for, so iterating holds one page's at a time."""

    def __init__(self, store: CollectedStore, step: int) -> None:
        self.store, self.step = store, step

    def _rows(self, sql: str, *args: Any) -> Iterator[tuple[Any, ...]]:
        return self.store.db.execute(sql, (self.step, *args))

    def __getitem__(self, url: str) -> Any:
        row = self._rows("SELECT data FROM value WHERE step = ? AND url = ?", db_text(url)).fetchone()
        if row is None:
            raise KeyError(url)
        return pickle.loads(row[0])

    def __contains__(self, url: object) -> bool:
        return isinstance(url, str) and self._rows(
            "SELECT 1 FROM value WHERE step = ? AND url = ?", db_text(url)).fetchone() is not None

    def __iter__(self) -> Iterator[str]:
        for (url,) in self._rows("SELECT url FROM value WHERE step = ? ORDER BY rowid"):
            yield from_db_text(url)

    def __len__(self) -> int:
        return self._rows("SELECT COUNT(*) FROM value WHERE step = ?").fetchone()[0]

    def items(self) -> Iterator[tuple[str, Any]]:  # type: ignore[override]
        for url, data in self._rows(
                "SELECT url, data FROM value WHERE step = ? ORDER BY rowid"):
            yield from_db_text(url), pickle.loads(data)

    def values(self) -> Iterator[Any]:  # type: ignore[override]
        for (data,) in self._rows("SELECT data FROM value WHERE step = ? ORDER BY rowid"):
            yield pickle.loads(data)


def db_text(url: str) -> str:
    """A URL as SQLite stores it: a lone surrogate (a name that was not UTF-8) escaped, so
    that every URL can be written and read back as it was."""
    try:
        url.encode("utf-8")
    except UnicodeEncodeError:
        return "\x00" + url.encode("utf-8", "surrogatepass").hex()
    return url


def from_db_text(key: str) -> str:
    """The URL :func:`db_text` stored."""
    if key.startswith("\x00"):
        return bytes.fromhex(key[1:]).decode("utf-8", "surrogatepass")
    return key
