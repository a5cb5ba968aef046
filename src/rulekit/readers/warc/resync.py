"""Reading on past damage in a WARC: where the damaged part starts and ends, and what to say.

Past a header line over the cap, or at anything that is not a record, reading resynchronises:
in a plain WARC at the next ``WARC/1.``, in a ``.warc.gz`` at the end of the damaged gzip
member (inflated and dropped a mebibyte at a time), else at the next gzip header; nothing
found is "junk after the last record".
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

from rulekit.errors import InputError
from rulekit.readers.warc.bounded import GZIP_MAGIC, SCAN, WARC_MAGIC, CappedRecords, Overlong


def locate_damage(fh: Any, it: CappedRecords, exc: Exception, gz: bool, size: int, start: int,
                  last: int | None) -> tuple[int, int | None, bytes]:
    """Where the unreadable part starts, where reading can go on (None: nowhere), and the
    first bytes of the part.

    The damage is past the last record read from ``start`` on (at ``last``), or inside it
    when it comes after its payload. warcio counts inflated bytes as file bytes when a gzip
    member is damaged, so its offset can fall behind: then the damage starts where the last
    good record's member ends."""
    # warcio's offset is the start of the record being read; past a record's payload (the
    # blank lines that should follow it) a plain WARC's damage starts at the overlong line
    overlong_after = isinstance(exc, Overlong) and it.phase == "end" and not gz
    bad = exc.start if overlong_after else it.offset
    try:  # everything warcio consumed is damaged: the next record starts after it
        consumed = int(it.fh.tell()) - it.reader.rem_length() if it.reader else bad + 1
    except (OSError, ValueError):
        consumed = bad + 1
    lowest = start if last is None else last + (it.phase != "end")
    if bad < lowest:
        end = _member_end(fh, last) if gz and last is not None else None
        bad = end if end is not None and end >= lowest else lowest
    fh.seek(bad)
    head = fh.read(64)
    if gz:
        resume = _member_end(fh, bad) if head.startswith(GZIP_MAGIC) else None
        if resume is None:
            resume = _find(fh, GZIP_MAGIC, bad + 1)
    elif WARC_MAGIC.startswith(head[:len(WARC_MAGIC)]) or head.startswith(WARC_MAGIC):
        # a damaged record: what warcio read of it may hold "WARC/1." (in a header line,
        # a payload quoting a WARC) that starts no record
        resume = _find(fh, WARC_MAGIC, max(bad + 1, consumed))
    else:
        # junk (NUL bytes, a stray line) framed no record: warcio may have read on into the
        # next record's first line along with it, which must not be skipped with the junk
        resume = _find(fh, WARC_MAGIC, bad + 1)
    return bad, (resume if resume is not None and resume < size else None), head


def damage_error(path: Path, exc: Exception, *, gz: bool, phase: str, count: int, bad: int,
                 resume: int | None, head: bytes, size: int) -> tuple[InputError, bool]:
    """The input problem for a damaged part (junk where a record should start, or a bad
    record), with where reading goes on; and whether it was a record (it takes a number)."""
    if isinstance(exc, Overlong) and gz and exc.head and not exc.head.strip(b"\0"):
        head = exc.head  # a gzip member that inflates to NUL bytes
    magic = GZIP_MAGIC if gz else WARC_MAGIC
    nul = bool(head) and not head.strip(b"\0")
    if nul:
        what = "NUL bytes where a record header should start"
    elif not magic.startswith(head[: len(magic)]) and not head.startswith(magic):
        what = ("bytes that are not a gzip-compressed WARC record" if gz
                else "bytes that are not a WARC record")
    else:
        what = None  # a record (or gzip member) starts there: the record is damaged
    if what is not None:
        if resume is None:
            return InputError(f"junk after the last record (record {count}): {what}, "
                              f"{size - bad} bytes to the end of the file, not read",
                              f"{path}@{bad}", entry=False, kind="warc-damaged"), False
        return InputError(f"junk after record {count}: {what}; {resume - bad} bytes skipped "
                          "to the next record", f"{path}@{bad}", entry=False,
                          kind="warc-damaged"), False
    new = phase == "header"  # else the damage is in the record just read, after its payload
    number = count + 1 if new else count
    where = f"{path}#record {number}"
    if isinstance(exc, Overlong):
        reason = exc.what
    elif resume is None:  # as before: most often a file cut short
        return InputError(f"WARC file is truncated or corrupt after record {count}: "
                          f"{type(exc).__name__}", str(path), entry=new,
                          kind="truncated"), new
    else:
        reason = f"the record is damaged ({type(exc).__name__})"
    if resume is None:
        return InputError(f"WARC record {number} cannot be read: {reason}; no record follows "
                          "it", where, entry=new, kind="warc-damaged"), new
    return InputError(f"WARC record {number} cannot be read: {reason}; {resume - bad} bytes "
                      "skipped to the next record", where, entry=new, kind="warc-damaged"), new


def _find(fh: Any, magic: bytes, start: int) -> int | None:
    """The offset of the next ``magic`` at or after ``start``, read a mebibyte at a time."""
    fh.seek(start)
    pos, tail = start, b""
    while True:
        chunk = fh.read(SCAN)
        if not chunk:
            return None
        buf = tail + chunk
        found = buf.find(magic)
        if found >= 0:
            return pos - len(tail) + found
        tail = buf[-(len(magic) - 1):]
        pos += len(chunk)


def _member_end(fh: Any, start: int) -> int | None:
    """Where the gzip member at ``start`` ends: inflated and dropped, a mebibyte at a time.

    None if there is no gzip member there, or it is corrupt or cut short."""
    fh.seek(start)
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    pos = start
    try:
        while not inflate.eof:
            chunk = fh.read(SCAN)
            if not chunk:
                return None
            pos += len(chunk)
            while chunk and not inflate.eof:
                inflate.decompress(chunk, SCAN)
                chunk = inflate.unconsumed_tail
    except zlib.error:
        return None
    return pos - len(inflate.unused_data)
