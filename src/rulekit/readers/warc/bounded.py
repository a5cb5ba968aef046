"""warcio's record reading, bounded: header lines capped, gzip inflated a mebibyte at a time.

warcio reads a header line by joining 16 KiB blocks until a newline comes, so a line that
never ends (a NUL-filled tail left by a copy, a runaway header in a gzip member that
inflates to a gibibyte) costs time quadratic in its length and memory as large as it. Here
header lines are capped at ``limits.line_bytes`` (and one record's headers, or the blank
lines after it, at as much in all), and :class:`Overlong` says where the cap was passed.

warcio writes warnings about damaged records to standard error, quoting the record's bytes;
those bytes may hold personal data, so every call into warcio runs through :func:`quietly`.
"""

from __future__ import annotations

import contextlib
import io
import sys
import zlib
from collections.abc import Callable
from typing import Any, TypeVar

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.utils import BUFF_SIZE

#: How much is inflated, or scanned for the next record, at a time.
SCAN = 1 << 20
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
_T = TypeVar("_T")
#: What warcio writes to standard error that is no warning about the record's framing.
_NOT_WARNINGS = ("Replacing spaces in invalid WARC-Target-URI",)


class Overlong(Exception):
    """A header line, or one record's headers in all, longer than the cap."""

    def __init__(self, what: str, start: int, head: bytes) -> None:
        super().__init__(what)
        self.what = what
        self.start = start  # where the line starts in the file (exact in a plain WARC)
        self.head = head  # its first bytes, to tell NUL padding from a runaway header


def _size(n: int) -> str:
    return f"{n // 1_048_576} MiB" if n >= 1_048_576 and n % 1_048_576 == 0 else f"{n} bytes"


class CappedReader(DecompressingBufferedReader):
    """warcio's buffered reader with ``readline`` capped at ``line_bytes``.

    warcio's own ``readline`` concatenates blocks until a newline, without end. ``budget``
    (set while a record's headers or the blank lines after it are read) caps the bytes of
    all those lines together, so a flood of short lines is stopped as well.
    """

    def __init__(self, stream: Any, line_bytes: int, block_size: int = BUFF_SIZE) -> None:
        super().__init__(stream, block_size=block_size)
        self.line_bytes = line_bytes
        self.budget: int | None = None

    def readline(self, length: int | None = None) -> bytes:
        if length == 0:
            return b""
        cap = self.line_bytes
        limit = cap if length is None or length < 0 else min(length, cap)
        parts: list[bytes] = []
        got = 0
        while got < limit:
            self._fillbuff()
            if self.empty():
                break
            part = self.buff.readline(limit - got)
            parts.append(part)
            got += len(part)
            if part.endswith(b"\n"):
                break
        line = b"".join(parts)
        asked_more = length is None or length < 0 or length > cap  # else the caller's limit
        if got >= cap and asked_more and not line.endswith(b"\n"):
            raise Overlong(f"a header line longer than {_size(cap)}", self._where() - got,
                           line[:64])
        if self.budget is not None:
            self.budget -= got
            if self.budget < 0:
                raise Overlong(f"headers (or blank lines) of one record longer than "
                               f"{_size(cap)} in all", self._where() - got, line[:64])
        return line

    def _decompress(self, data: bytes) -> bytes:
        """As warcio's, but inflating at most a mebibyte at a time: one 16 KiB block of a
        member can inflate to 16 MiB. The rest waits in the decompressor's
        ``unconsumed_tail`` until ``_fillbuff`` feeds it back."""
        if not (self.decompressor and data):
            return data
        try:
            return bytes(self.decompressor.decompress(data, SCAN))
        except zlib.error as exc:
            if self.num_block_read == 0:  # the first block: not gzip at all, a plain WARC
                self.decompressor = None
                return data
            sys.stderr.write(f"{exc}\n")  # as warcio: the caller turns it into a warning
            return b""

    def _fillbuff(self, block_size: int | None = None) -> None:
        while self.decompressor and self.decompressor.unconsumed_tail and self.empty():
            self._process_read(self.decompressor.unconsumed_tail)
        super()._fillbuff(block_size)

    def _where(self) -> int:
        """The file offset reached (meaningful in a plain WARC only)."""
        try:
            return int(self.stream.tell()) - self.rem_length()
        except (OSError, ValueError):
            return 0


class CappedRecords(ArchiveIterator):
    """warcio's iterator with capped header lines, noting what it was doing when it failed
    (``phase``) and whether the last gzip member it read was cut short.

    warcio ends a ``.warc.gz`` cut inside a member's trailer quietly, every record whole:
    the file is still damaged (a copy interrupted), and the run says so.
    """

    cut_short = False
    phase = "header"

    def __init__(self, fileobj: Any, line_bytes: int) -> None:
        super().__init__(fileobj)
        self.line_bytes = line_bytes
        self.reader = CappedReader(self.fh, line_bytes)  # nothing has been read yet

    def _next_record(self, next_line: Any) -> Any:
        self.phase = "header"
        self.reader.budget = self.line_bytes
        record = super()._next_record(next_line)
        self.reader.budget = None
        self.phase = "content"
        return record

    def read_to_end(self, record: Any = None) -> None:
        if self.record and not self.member_info and self.reader:
            self.phase = "end"
            self.reader.budget = self.line_bytes
        super().read_to_end(record)
        if self.reader:
            self.reader.budget = None
        decompressor = getattr(self.reader, "decompressor", None) if self.reader else None
        self.cut_short = decompressor is not None and not getattr(decompressor, "eof", True)


def quietly(call: Callable[[], _T]) -> tuple[_T, bool]:
    """Call into warcio with standard error captured; True if it tried to write a warning."""
    sink = io.StringIO()
    with contextlib.redirect_stderr(sink):
        value = call()
    lines = [line for line in sink.getvalue().splitlines()
             if line.strip() and not line.startswith(_NOT_WARNINGS)]
    return value, bool(lines)
