"""A list kept in a temporary file, for what a walk must hold until it has listed everything.

A mirror's attachments are yielded after its pages (their checks need the pages that link
them), so the walk keeps each one's path until the listing ends: 42,000 of them at 100,000
pages, 10 MB as tuples, in proportion to the export. Here they go to an unnamed temporary
file in pickled chunks and come back in the order they were added.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator
from typing import IO, Any

#: Items held in memory before a chunk is written.
CHUNK = 4_096


class Spool:
    """Append items; iterate them back in order (after the appending is done)."""

    def __init__(self, chunk: int | None = None) -> None:
        self._chunk = chunk or CHUNK
        self._items: list[Any] = []
        self._file: IO[bytes] | None = None
        self._written = 0

    def append(self, item: Any) -> None:
        self._items.append(item)
        if len(self._items) >= self._chunk:
            if self._file is None:
                self._file = tempfile.TemporaryFile(prefix="rulekit-listing-")
            pickle.dump(self._items, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._written += len(self._items)
            self._items = []

    def __len__(self) -> int:
        return self._written + len(self._items)

    def __iter__(self) -> Iterator[Any]:
        if self._file is not None:
            self._file.seek(0)
            for _ in range(self._written // self._chunk):
                yield from pickle.load(self._file)
            self._file.seek(0, 2)  # (appending may go on after an iteration)
        yield from self._items

    def close(self) -> None:
        """Remove the file (it is removed too when the spool is dropped)."""
        if self._file is not None:
            self._file.close()
            self._file = None
