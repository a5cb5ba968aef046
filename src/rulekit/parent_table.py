"""The page that links each attachment, kept on disk until the attachment is checked.

An attachment is checked with its parent (the linking page's URL, title and column: a
penalty column's attachment is read as a penalty decision). A mirror lists attachments
after every page, so a walk holds a parent for each attachment the pages link until the
last page is merged. Held as objects that grew with the export: at 100,000 pages (42,000
linked attachments and download handlers) they were most of the 35 MB the driver gained
late in the walk. Here they go to a private temporary SQLite file, written in batches.
"""

from __future__ import annotations

import pickle
import sqlite3

from rulekit.collected_store import db_text
from rulekit.page_check import Parent

#: Parents buffered before they are written (a page links a few attachments).
_FLUSH = 2_000


class ParentTable:
    """Attachment URL -> its first recorded parent (as ``dict.setdefault`` keeps it)."""

    def __init__(self) -> None:
        # "": a private database on disk, removed when closed; beyond SQLite's small cache
        # its pages go to the file
        self._db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                               "CREATE TABLE parent (url TEXT PRIMARY KEY, data BLOB NOT NULL);")
        self._pending: dict[str, Parent] = {}
        self._written = False  # whether any row is in the file (a page-only walk: never)

    def setdefault(self, url: str, parent: Parent) -> None:
        """Record ``parent`` for ``url`` unless one was recorded before."""
        self._pending.setdefault(url, parent)
        if len(self._pending) >= _FLUSH:
            self._flush()

    def get(self, url: str) -> Parent | None:
        """The parent recorded first for ``url``, or None."""
        if self._written:  # (a row written holds an earlier parent than one buffered)
            row = self._db.execute("SELECT data FROM parent WHERE url = ?",
                                   (db_text(url),)).fetchone()
            if row is not None:
                return pickle.loads(row[0])
        return self._pending.get(url)

    def _flush(self) -> None:
        rows = [(db_text(url), pickle.dumps(parent, protocol=pickle.HIGHEST_PROTOCOL))
                for url, parent in self._pending.items()]
        self._db.execute("BEGIN")
        self._db.executemany("INSERT OR IGNORE INTO parent (url, data) VALUES (?, ?)", rows)
        self._db.execute("COMMIT")
        self._pending.clear()
        self._written = True

    def close(self) -> None:
        """Remove the file."""
        self._db.close()
