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

import heapq
import pickle
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lz4.block

#: Rows written in one go (the driver merges a page at a time).
_FLUSH = 2_000
#: A packed value this long or longer is compressed, with LZ4: a page's links (11 KB on a
#: county portal, 3 KB compressed) cross from the worker to the driver, into the page
#: cache and the store, and back out for the reduce. Unpacking them cost a 20,000-page
#: re-run 0.17 s more; carrying 155 MB less saved it more than that. (zlib at its fastest
#: took 0.82 s to inflate them.)
_COMPRESS_FROM = 2048
_PLAIN, _LZ4 = b"p", b"l"


def pack(value: Any) -> bytes:
    """A collected value as it travels and is stored: pickled, compressed when long."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    if len(data) >= _COMPRESS_FROM:
        return _LZ4 + lz4.block.compress(data, store_size=True)
    return _PLAIN + data


def unpack(data: bytes) -> Any:
    """The value :func:`pack` packed."""
    if data[:1] == _LZ4:
        return pickle.loads(lz4.block.decompress(memoryview(data)[1:]))
    return pickle.loads(memoryview(data)[1:])


class Collected(dict):
    """What a site rule's collect steps gave: by step name, a read-only mapping of page URL
    to value, in the order the pages were read (``collected["hrefs"]`` or
    ``collected.hrefs``; an empty one for a step that saw no page). The values are read
    from disk as they are asked for; ``sorted_items()`` gives them in the URLs' order in
    one pass."""

    def __getattr__(self, name: str) -> Mapping[str, Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        return self.get(name, NoValues())


class CollectedStore:
    """Every collect step's values of one walk, in a temporary SQLite file removed by
    :meth:`close`. ``add`` buffers; a full buffer is written by a thread of its own (SQLite
    lets go of the GIL while it writes, so the driver merges the next pages meanwhile);
    reading a step waits for every write."""

    def __init__(self, directory: str | None = None) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="rulekit-collected-", dir=directory))
        self.path = self.folder / "collected.sqlite"
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;"
            "CREATE TABLE value (step INTEGER NOT NULL, url TEXT NOT NULL, data BLOB NOT NULL);")
        #: whether the (step, url) key is indexed: rows are appended during the walk and the
        #: index is built once, sorted, when the reduce first reads (keeping it up to date
        #: row by row took the writer 1.0 s at 20,000 pages against 0.4 s in all)
        self._indexed = False
        self.steps: dict[tuple[str, str], int] = {}
        self.pending: list[tuple[int, str, bytes]] = []
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="rulekit-collected")
        self._writing: Future[None] | None = None  # one batch at a time: memory stays flat

    def add(self, rule_id: str, name: str, url: str, data: bytes) -> None:
        """A page's packed value for a rule's step; a URL met again keeps its first place
        and its last value (as a dict assignment would)."""
        self.add_page(url, [(rule_id, name, data)])

    def add_page(self, url: str, values: list[tuple[str, str, bytes]]) -> None:
        """A page's packed values, each ``(rule_id, step name, data)``, with the URL made
        ready for SQLite once (the driver merges every page so); a URL met again keeps its
        first place and its last value."""
        key = db_text(url)
        steps, pending = self.steps, self.pending
        for rule_id, name, data in values:
            step = steps.get((rule_id, name))
            if step is None:
                step = steps[(rule_id, name)] = len(steps)
            pending.append((step, key, data))
        if len(pending) >= _FLUSH:
            self.flush()

    def flush(self) -> None:
        """Hand the buffered rows to the writer (after the batch it is writing)."""
        if self.pending:
            rows, self.pending = self.pending, []
            self.wait()
            self._writing = self._writer.submit(self._write, rows)

    def wait(self) -> None:
        """Until every row handed to the writer is in the file (its error raised here)."""
        if self._writing is not None:
            writing, self._writing = self._writing, None
            writing.result()

    def _write(self, rows: list[tuple[int, str, bytes]]) -> None:
        self.db.execute("BEGIN")
        try:
            self.db.executemany(
                "INSERT INTO value (step, url, data) VALUES (?, ?, ?) "
                "ON CONFLICT (step, url) DO UPDATE SET data = excluded.data" if self._indexed
                else "INSERT INTO value (step, url, data) VALUES (?, ?, ?)", rows)
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def names(self, rule_id: str) -> list[str]:
        """The step names of ``rule_id`` that gave a value for at least one page."""
        return [name for (rule, name) in self.steps if rule == rule_id]

    def values(self, rule_id: str, name: str) -> StoredValues:
        self.ready()
        return StoredValues(self.db, self.steps.get((rule_id, name), -1))

    def collected(self, rule_id: str) -> Collected:
        """Every step's values of ``rule_id``, as its reduce reads them."""
        self.ready()
        return _collected(self.db, self.steps, rule_id)

    def ready(self) -> None:
        """Every value written and indexed: the file is complete, for this process and
        others to read."""
        self.flush()
        self.wait()
        if not self._indexed:
            self._index()

    def shared(self) -> StoreFile:
        """The complete file, as another process of this machine opens it (read-only)."""
        self.ready()
        return StoreFile(str(self.path), dict(self.steps))

    def _index(self) -> None:
        """Index the rows by (step, url), once the walk has written them; a URL added twice
        (a WARC that fetched it twice) first keeps its first row, with its last value."""
        db = self.db
        try:
            db.execute("CREATE UNIQUE INDEX value_key ON value (step, url)")
        except sqlite3.IntegrityError:
            db.execute("BEGIN")
            db.execute("CREATE INDEX value_twice ON value (step, url)")
            db.execute(
                "UPDATE value SET data = (SELECT last.data FROM value AS last WHERE last.step ="
                " value.step AND last.url = value.url ORDER BY last.rowid DESC LIMIT 1)"
                " WHERE rowid IN (SELECT MIN(rowid) FROM value GROUP BY step, url"
                " HAVING COUNT(*) > 1)")
            db.execute("DELETE FROM value WHERE rowid NOT IN"
                       " (SELECT MIN(rowid) FROM value GROUP BY step, url)")
            db.execute("DROP INDEX value_twice")
            db.execute("COMMIT")
            db.execute("CREATE UNIQUE INDEX value_key ON value (step, url)")
        self._indexed = True

    def close(self) -> None:
        try:
            self.wait()
        except Exception:  # (closing after a failed write: the run reports the failure)
            pass
        self._writer.shutdown(wait=True)
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass(frozen=True)
class StoreFile:
    """A walk's collected values as a worker process reads them: the store's file, which
    the driver keeps (and removes) until the worker is done, and the steps' numbers."""

    path: str
    steps: dict[tuple[str, str], int]

    def collected(self, rule_id: str) -> tuple[Collected, sqlite3.Connection]:
        """The values of ``rule_id``'s steps, and the read-only connection to close after."""
        db = sqlite3.connect(f"{Path(self.path).as_uri()}?mode=ro", uri=True,
                             isolation_level=None, check_same_thread=False)
        return _collected(db, self.steps, rule_id), db


def _collected(db: sqlite3.Connection, steps: dict[tuple[str, str], int],
               rule_id: str) -> Collected:
    """The values of ``rule_id``'s steps (those that saw a page), read through ``db``."""
    return Collected({name: StoredValues(db, step) for (rule, name), step in steps.items()
                      if rule == rule_id})


#: A step's rows in the order they were written: its rowids from the index, then each row
#: by rowid. ``WHERE step = ? ORDER BY rowid`` sorted the whole rows, values and all, in a
#: temporary tree (0.36 s for links' 20,000 values of 8 KB; this way 0.09 s).
_IN_ORDER = ("SELECT {} FROM value WHERE rowid IN (SELECT rowid FROM value WHERE step = ?)"
             " ORDER BY rowid")


class StoredValues(Mapping[str, Any]):
    """One step's values: page URL to value, in the order the pages were merged. Each
    value is read from disk when asked for, so iterating holds one page's at a time."""

    def __init__(self, db: sqlite3.Connection, step: int) -> None:
        self.db, self.step = db, step

    def _rows(self, sql: str, *args: Any) -> Iterator[tuple[Any, ...]]:
        return self.db.execute(sql, (self.step, *args))

    def __getitem__(self, url: str) -> Any:
        row = self._rows("SELECT data FROM value WHERE step = ? AND url = ?", db_text(url)).fetchone()
        if row is None:
            raise KeyError(url)
        return unpack(row[0])

    def __contains__(self, url: object) -> bool:
        return isinstance(url, str) and self._rows(
            "SELECT 1 FROM value WHERE step = ? AND url = ?", db_text(url)).fetchone() is not None

    def __iter__(self) -> Iterator[str]:
        for (url,) in self._rows("SELECT url FROM value WHERE step = ? ORDER BY rowid"):
            yield from_db_text(url)

    def __len__(self) -> int:
        return self._rows("SELECT COUNT(*) FROM value WHERE step = ?").fetchone()[0]

    def items(self) -> Iterator[tuple[str, Any]]:  # type: ignore[override]
        """Page URL and value, in the order the pages were merged: the fastest way through
        a step (the rows are read in the order they were written)."""
        for url, data in self._rows(_IN_ORDER.format("url, data")):
            yield from_db_text(url), unpack(data)

    def values(self) -> Iterator[Any]:  # type: ignore[override]
        for (data,) in self._rows(_IN_ORDER.format("data")):
            yield unpack(data)

    def sorted_items(self) -> Iterator[tuple[str, Any]]:
        """``sorted(self.items())`` by URL, read in one pass of the file's index rather
        than a query a page. SQLite orders text as UTF-8 bytes, which is Python's order of
        code points; the few URLs :func:`db_text` escaped are sorted here and merged in."""
        plain = ((url, unpack(data)) for url, data in self._rows(
            "SELECT url, data FROM value WHERE step = ? AND url >= ? ORDER BY url", "\x01"))
        escaped = sorted(((from_db_text(url), data) for url, data in self._rows(
            "SELECT url, data FROM value WHERE step = ? AND url < ?", "\x01")),
            key=lambda row: row[0])
        if not escaped:  # (the usual case: every URL is UTF-8)
            yield from plain
            return
        yield from heapq.merge(plain, ((url, unpack(data)) for url, data in escaped),
                               key=lambda row: row[0])


class NoValues(Mapping[str, Any]):
    """The values of a step that saw no page (read like :class:`StoredValues`)."""

    def __getitem__(self, url: str) -> Any:
        raise KeyError(url)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def sorted_items(self) -> Iterator[tuple[str, Any]]:
        return iter(())


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
