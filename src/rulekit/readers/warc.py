"""WARC files (``.warc``, ``.warc.gz``) from any crawler, read streaming with warcio.

Two passes over the file: pages first, then the attachments (found again by their record
offsets), so an attachment can inherit the column of the page linking to it. One record is
in memory at a time.

A record's URL is its ``WARC-Target-URI``. A crawl often wanders off the site (CDNs, other
government sites it links to); a record whose host is neither the site's ``base_url`` host
nor a subdomain of it is reported as an input problem and skipped, so another site's pages
are never reported as this site's: the first ``limits.examples`` one by one, the rest in
one count, so a crawl that wandered far gives a handful of findings, not one a record.

Every record is accounted for, and one bad record costs only itself: it is yielded for
checking, named in an input problem (a URI that is no URL, a payload cut short), or, when
the caller asks (``skipped=True``, as the engine does), yielded as a
:class:`~rulekit.resource.Skipped` with its reason: requests, metadata and revisits, and
redirects or errors with nothing in them, are "not a page"; images, stylesheets and scripts
"not content". An image is named by its record's offset (``file@offset``), so that
:func:`load_record` can read it later if a penalty page shows it (it may be a scan). A page served as ``text/plain`` or ``application/octet-stream`` is read as a
page when its payload starts like one.

warcio writes warnings about damaged records to standard error, quoting the record's bytes;
those bytes may hold personal data, so every call into warcio runs with standard error
captured, and a warning becomes an input problem that names the record, not its content.

warcio reads a header line by joining 16 KiB blocks until a newline comes, so a line that
never ends (a NUL-filled tail left by a copy, a runaway header in a gzip member that
inflates to a gibibyte) costs time quadratic in its length and memory as large as it. Here
header lines are capped at ``limits.line_bytes`` (and one record's headers, or the blank
lines after it, at as much in all). Past the cap, or at anything that is not a record, the
reader reports the damage and resynchronises: in a plain WARC at the next ``WARC/1.``, in a
``.warc.gz`` at the end of the damaged gzip member (inflated and dropped a mebibyte at a
time), else at the next gzip header; nothing found is "junk after the last record".
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import zlib
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.utils import BUFF_SIZE

from rulekit.config import DEFAULT_BASE_URL, SiteConfig
from rulekit.errors import InputError, os_kind
from rulekit.hookspecs import hookimpl
from rulekit.images import is_image
from rulekit.limits import DEFAULT, Limits
from rulekit.resource import (
    ATTACHMENT_EXTENSIONS,
    HTML_EXTENSIONS,
    Resource,
    Skipped,
    looks_like_html,
    media_type,
    url_extension,
)

#: A record payload larger than this is reported, not read.
MAX_RECORD_BYTES = 64 * 1024 * 1024
#: Past this many damaged parts in one file, the rest of it is not read: each costs a scan.
MAX_RESYNCS = 1000
_SCAN = 1 << 20
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_T = TypeVar("_T")
_ATTACHMENT_TYPES = ("application/pdf", "application/ofd", "application/msword",
                     "application/vnd.", "application/kswps", "application/wps",
                     "application/zip", "text/plain", "application/octet-stream")
#: Types a server sends when it does not know better: under a page's URL (``.html``, ``.jsp``,
#: none) the payload decides whether it is a page or a downloaded file.
_UNSURE_TYPES = frozenset({"text/plain", "application/octet-stream", "binary/octet-stream",
                           "application/x-download", "application/force-download",
                           "application/download", "application/unknown"})
#: What warcio writes to standard error that is no warning about the record's framing.
_NOT_WARNINGS = ("Replacing spaces in invalid WARC-Target-URI",)
_SNIFF = 2048


def _is_warc(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and (name.endswith(".warc") or name.endswith(".warc.gz"))


def _headers(record: Any) -> tuple[str, str | None, int | None] | None:
    """URI, content type and HTTP status of a response record; None for other records."""
    if record.rec_type not in ("response", "resource"):
        return None
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
    if not uri.lower().startswith(("http://", "https://")):
        return None
    status = None
    ctype = record.rec_headers.get_header("Content-Type")
    if record.http_headers is not None:
        code = record.http_headers.get_statuscode()
        status = int(code) if code and code.isdigit() else None
        ctype = record.http_headers.get_header("Content-Type") or None
    return uri, ctype, status


def _http_facts(record: Any) -> tuple[int | None, str | None, str | None]:
    """HTTP status, content type and redirect target of a record (a response or a revisit),
    for the site's index; Nones where the record has no HTTP headers."""
    headers = getattr(record, "http_headers", None) if record is not None else None
    if headers is None:
        return None, None, None
    try:
        code = headers.get_statuscode()
        status = int(code) if code and code.isdigit() else None
        return status, headers.get_header("Content-Type"), headers.get_header("Location")
    except Exception:  # a damaged header block: the entry is still indexed, without facts
        return None, None, None


class _Overlong(Exception):
    """A header line, or one record's headers in all, longer than the cap."""

    def __init__(self, what: str, start: int, head: bytes) -> None:
        super().__init__(what)
        self.what = what
        self.start = start  # where the line starts in the file (exact in a plain WARC)
        self.head = head  # its first bytes, to tell NUL padding from a runaway header


def _size(n: int) -> str:
    return f"{n // 1_048_576} MiB" if n >= 1_048_576 and n % 1_048_576 == 0 else f"{n} bytes"


class _CappedReader(DecompressingBufferedReader):
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
            raise _Overlong(f"a header line longer than {_size(cap)}", self._where() - got,
                            line[:64])
        if self.budget is not None:
            self.budget -= got
            if self.budget < 0:
                raise _Overlong(f"headers (or blank lines) of one record longer than "
                                f"{_size(cap)} in all", self._where() - got, line[:64])
        return line

    def _decompress(self, data: bytes) -> bytes:
        """As warcio's, but inflating at most a mebibyte at a time: one 16 KiB block of a
        member can inflate to 16 MiB. The rest waits in the decompressor's
        ``unconsumed_tail`` until ``_fillbuff`` feeds it back."""
        if not (self.decompressor and data):
            return data
        try:
            return bytes(self.decompressor.decompress(data, _SCAN))
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


class _Records(ArchiveIterator):
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
        self.reader = _CappedReader(self.fh, line_bytes)  # nothing has been read yet

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


def _quiet(call: Callable[[], _T]) -> tuple[_T, bool]:
    """Call into warcio with standard error captured; True if it tried to write a warning."""
    sink = io.StringIO()
    with contextlib.redirect_stderr(sink):
        value = call()
    lines = [line for line in sink.getvalue().splitlines()
             if line.strip() and not line.startswith(_NOT_WARNINGS)]
    return value, bool(lines)


def _read(record: Any, uri: str, where: str, stream: Any = None, head: bytes = b""
          ) -> bytes | InputError:
    """A record's payload (after ``head``, its first bytes already read from ``stream``), or
    why it cannot be had: over the size cap, corrupt, or cut short."""
    if (record.length or 0) > MAX_RECORD_BYTES + 64 * 1024:  # headers included: some slack
        return InputError(f"record payload over {MAX_RECORD_BYTES // 1_048_576} MB, not read",
                          where, kind="too-large")
    stream = stream if stream is not None else record.content_stream()
    rest, warned = _quiet(lambda: stream.read(MAX_RECORD_BYTES + 1 - len(head)))
    data = head + rest
    if warned:
        return InputError(f"WARC record for {uri} cannot be decompressed: the payload is "
                          "corrupt", where, kind="warc-damaged")
    if len(data) > MAX_RECORD_BYTES:
        return InputError(f"record payload over {MAX_RECORD_BYTES // 1_048_576} MB, not read",
                          where, kind="too-large")
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:  # warcio ends a cut-off record quietly: the bytes left to read tell
        return InputError(f"WARC record for {uri} is truncated: {missing} of {record.length} "
                          "bytes missing", where, kind="truncated")
    return data


def _resource(record: Any, where: str) -> Resource | InputError | None:
    head = _headers(record)
    if head is None:
        return None
    uri, ctype, status = head
    data = _read(record, uri, where)
    if isinstance(data, InputError):
        return data
    return Resource(url=uri, load=lambda d=data: d, where=where, content_type=ctype,
                    status=status)


def _record_at(fh: Any, offset: int, where: str, limits: Limits
               ) -> Resource | InputError | None:
    """The response record at ``offset``, read again; None if it is no response record."""
    fh.seek(offset)
    try:
        record, _ = _quiet(lambda: next(iter(_Records(fh, limits.line_bytes))))
        return _resource(record, where)
    except Exception as exc:  # one damaged record, not a failed run
        return InputError(f"WARC record cannot be read: {type(exc).__name__}", where,
                          kind="warc-damaged")


def load_record(path: Path, offset: int, limits: Limits = DEFAULT) -> bytes:
    """The payload of the record at ``offset`` (an image passed over by the first pass), with
    the caps of every record; raises :class:`InputError` when it cannot be had."""
    where = f"{path}@{offset}"
    try:
        with path.open("rb") as fh:
            res = _record_at(fh, offset, where, limits)
    except OSError as exc:
        raise InputError(f"WARC file cannot be opened: {exc.strerror or exc}", where,
                         kind=os_kind(exc)) from None
    if isinstance(res, InputError):
        raise res
    if res is None:
        raise InputError("no WARC response record at this offset", where, kind="warc-damaged")
    return res.load()


def _sniffed_page(record: Any, uri: str, ctype: str | None, status: int | None, where: str
                  ) -> Resource | InputError | None:
    """A record served under a page's URL as ``text/plain`` or ``application/octet-stream``:
    read as a page when its payload starts like one (the type said "text/html", keeping its
    charset), else None (a downloaded file, read with the attachments)."""
    stream = record.content_stream()
    head, warned = _quiet(lambda: stream.read(_SNIFF))
    if warned:
        return InputError(f"WARC record for {uri} cannot be decompressed: the payload is "
                          "corrupt", where, kind="warc-damaged")
    if not looks_like_html(head):
        return None
    data = _read(record, uri, where, stream, head)
    if isinstance(data, InputError):
        return data
    params = (ctype or "").partition(";")[2]
    return Resource(url=uri, load=lambda d=data: d, where=where, status=status,
                    content_type="text/html" + (f";{params}" if params else ""))


def _kind(uri: str, ctype: str | None) -> str | None:
    """"page", "attachment", "sniff" (a page's URL, a type that does not say), or None."""
    probe = Resource(url=uri, load=bytes, where="", content_type=ctype)
    ext = url_extension(uri)
    if ext in ATTACHMENT_EXTENSIONS:
        return "attachment"
    if probe.is_html:
        return "page"
    media = media_type(ctype)
    if media in _UNSURE_TYPES and ext in HTML_EXTENSIONS:
        return "sniff"
    if media.startswith(_ATTACHMENT_TYPES):
        return "attachment"
    return None


def _ok(status: int | None) -> bool:
    """Whether a response holds what its URL names (a record without HTTP headers does)."""
    return status is None or 200 <= status < 300


def _host(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname
    except ValueError:  # a malformed URI (bad port, unbalanced brackets)
        return None
    return host.rstrip(".").lower() if host else None


def _outside(uri: str, site_host: str | None) -> bool:
    """Whether a record's URI is off the site: another host that is not a subdomain."""
    if site_host is None:
        return False
    host = _host(uri)
    return host is None or not (host == site_host or host.endswith("." + site_host))


def _outside_error(uri: str, site_host: str, where: str, entry: bool = True) -> InputError:
    return InputError(f"record outside the site: {uri} is not on {site_host} or a subdomain "
                      "of it; skipped", where, entry=entry, kind="outside-site")


class _Account:
    """What the first pass tells beyond pages: entries passed over (as :class:`Skipped`, when
    the caller wants them) and records of other hosts, the first ``examples`` of them named
    one by one and the rest counted, so a crawl that wandered off the site gives a handful
    of findings, not one a record."""

    #: distinct hosts counted for the summary (past it, records still counted)
    MAX_HOSTS = 1000

    def __init__(self, site_host: str | None, examples: int, skipped: bool) -> None:
        self.site_host = site_host
        self.examples = examples
        self.skipped = skipped
        self.shown = 0
        self.more = 0
        self.hosts: dict[str, int] = {}

    def skip(self, uri: str, where: str, reason: str, record: Any = None
             ) -> Iterator[Skipped]:
        if self.skipped:
            status, ctype, location = _http_facts(record)
            yield Skipped(uri, where, reason, status, ctype, location)

    def outside(self, uri: str, where: str, kind: str | None) -> Iterator[InputError | Skipped]:
        """A record of another host: pages and files named (by example), all counted."""
        if kind is None:  # an image of a CDN: nothing this site publishes is lost
            yield from self.skip(uri, where, "outside the site")
        elif self.shown < self.examples:
            self.shown += 1
            # with Skipped wanted, the entry is counted by its reason, not as "unreadable"
            yield _outside_error(uri, self.site_host or "", where, entry=not self.skipped)
            yield from self.skip(uri, where, "outside the site")
        else:
            self.more += 1
            host = _host(uri) or "?"
            if host in self.hosts or len(self.hosts) < self.MAX_HOSTS:
                self.hosts[host] = self.hosts.get(host, 0) + 1
            yield from self.skip(uri, where, "outside the site")

    def summary(self, path: Path) -> Iterator[InputError]:
        if self.more:
            top = sorted(self.hosts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
            hosts = ", ".join(f"{host} ({n})" for host, n in top)
            yield InputError(f"{self.more} more records outside the site (pages and files; "
                             f"most on {hosts}): skipped, not reported one by one",
                             str(path), entry=False, kind="outside-site")


def _find(fh: Any, magic: bytes, start: int) -> int | None:
    """The offset of the next ``magic`` at or after ``start``, read a mebibyte at a time."""
    fh.seek(start)
    pos, tail = start, b""
    while True:
        chunk = fh.read(_SCAN)
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
            chunk = fh.read(_SCAN)
            if not chunk:
                return None
            pos += len(chunk)
            while chunk and not inflate.eof:
                inflate.decompress(chunk, _SCAN)
                chunk = inflate.unconsumed_tail
    except zlib.error:
        return None
    return pos - len(inflate.unused_data)


def _damage(fh: Any, it: _Records, exc: Exception, gz: bool, size: int, start: int,
            last: int | None) -> tuple[int, int | None, bytes]:
    """Where the unreadable part starts, where reading can go on (None: nowhere), and the
    first bytes of the part.

    The damage is past the last record read from ``start`` on (at ``last``), or inside it
    when it comes after its payload. warcio counts inflated bytes as file bytes when a gzip
    member is damaged, so its offset can fall behind: then the damage starts where the last
    good record's member ends."""
    # warcio's offset is the start of the record being read; past a record's payload (the
    # blank lines that should follow it) a plain WARC's damage starts at the overlong line
    overlong_after = isinstance(exc, _Overlong) and it.phase == "end" and not gz
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
        resume = _member_end(fh, bad) if head.startswith(_GZIP_MAGIC) else None
        if resume is None:
            resume = _find(fh, _GZIP_MAGIC, bad + 1)
    elif _WARC_MAGIC.startswith(head[:len(_WARC_MAGIC)]) or head.startswith(_WARC_MAGIC):
        # a damaged record: what warcio read of it may hold "WARC/1." (in a header line,
        # a payload quoting a WARC) that starts no record
        resume = _find(fh, _WARC_MAGIC, max(bad + 1, consumed))
    else:
        # junk (NUL bytes, a stray line) framed no record: warcio may have read on into the
        # next record's first line along with it, which must not be skipped with the junk
        resume = _find(fh, _WARC_MAGIC, bad + 1)
    return bad, (resume if resume is not None and resume < size else None), head


def _damage_error(path: Path, exc: Exception, *, gz: bool, phase: str, count: int, bad: int,
                  resume: int | None, head: bytes, size: int) -> tuple[InputError, bool]:
    """The input problem for a damaged part (junk where a record should start, or a bad
    record), with where reading goes on; and whether it was a record (it takes a number)."""
    if isinstance(exc, _Overlong) and gz and exc.head and not exc.head.strip(b"\0"):
        head = exc.head  # a gzip member that inflates to NUL bytes
    magic = _GZIP_MAGIC if gz else _WARC_MAGIC
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
    if isinstance(exc, _Overlong):
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


def _first_pass(path: Path, acct: _Account, limits: Limits,
                later: list[int]) -> Iterator[Resource | InputError | Skipped]:
    """Pages, and the offsets of attachment records into ``later``; past damage, reading
    resumes at the next record."""
    count = damaged = unshown = 0
    start: int | None = 0
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(f"WARC file cannot be opened: {exc.strerror}", str(path),
                         kind=os_kind(exc))
        return
    with fh:
        gz = fh.read(2) == _GZIP_MAGIC[:2]
        size = os.fstat(fh.fileno()).st_size
        while start is not None:
            fh.seek(start)
            it = _Records(fh, limits.line_bytes)
            records = iter(it)
            last: int | None = None  # the offset of the last record read from ``start`` on
            try:
                while True:
                    record, warned = _quiet(partial(next, records, None))
                    if record is None:
                        break
                    count += 1
                    where = f"{path}#record {count}"
                    if warned:
                        yield InputError("the WARC record before this one does not end where "
                                         "its Content-Length says: it may be cut or merged",
                                         where, entry=False, kind="warc-damaged")
                    # warcio's offset is past the records read, unless a damaged member
                    # before this one misled it: then it cannot be sought again
                    offset = it.offset if it.offset >= (start if last is None else last + 1) \
                        else None
                    last = offset if offset is not None else last
                    try:
                        yield from _look(it, record, count, where, acct, later, offset,
                                         str(path))
                    except Exception as exc:
                        if isinstance(exc, _Overlong) or it.phase == "end":
                            raise  # framing the next record failed: damage, handled below
                        # this record only (its URI, its payload): warcio frames the next
                        yield InputError(f"WARC record {count} cannot be read: "
                                         f"{type(exc).__name__}", where, kind="warc-damaged")
                if it.cut_short:
                    yield InputError(f"WARC file is truncated: the gzip member of record "
                                     f"{count} ends early", str(path), entry=False,
                                     kind="truncated")
                break
            except Exception as exc:  # warcio raises many types on a damaged file
                if damaged >= MAX_RESYNCS:
                    yield InputError(f"more than {MAX_RESYNCS} damaged parts: the rest of "
                                     f"the file after record {count} is not read", str(path),
                                     entry=False, kind="cut")
                    break
                damaged += 1
                try:
                    bad, start, head = _damage(fh, it, exc, gz, size, start, last)
                except OSError:  # the file cannot be read on: say what was lost, as before
                    bad, start, head = it.offset, None, _GZIP_MAGIC if gz else _WARC_MAGIC
                error, numbered = _damage_error(path, exc, gz=gz, phase=it.phase, count=count,
                                                bad=bad, resume=start, head=head, size=size)
                count += numbered
                if damaged <= limits.examples or start is None:
                    yield error
                else:
                    unshown += 1
                    if numbered:  # a lost record, not named: still counted as one
                        yield from acct.skip("", error.where or str(path), "unreadable")
    yield from acct.summary(path)
    if unshown:
        yield InputError(f"{unshown} more damaged parts of the file were skipped (the first "
                         "are reported one by one)", str(path), entry=False,
                         kind="warc-damaged")


def _look(it: _Records, record: Any, number: int, where: str, acct: _Account,
          later: list[int], offset: int | None, path: str
          ) -> Iterator[Resource | InputError | Skipped]:
    """What one record gives in the first pass: a page, an error, an entry passed over, or
    an attachment's offset (None: not known) for the second pass. An image is passed over
    named by its offset (``path@offset``), from which :func:`load_record` reads it."""
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
    head = _headers(record)
    if head is None:  # request, metadata, revisit, warcinfo; dns: responses
        revisit = record.rec_type == "revisit" and uri.lower().startswith(("http://", "https://"))
        yield from acct.skip(uri, where, "not a page", record if revisit else None)
        return
    uri, ctype, status = head
    try:
        urlsplit(uri)
    except ValueError as exc:  # http://[x: no host to judge it by, no URL to report it under
        yield InputError(f"WARC record {number} cannot be read: its WARC-Target-URI {uri} is "
                         f"not a URL ({exc})", where, kind="warc-damaged")
        return
    kind = _kind(uri, ctype)
    if _outside(uri, acct.site_host):
        yield from acct.outside(uri, where, kind)
        return
    if kind is None:  # images, stylesheets, scripts
        if offset is not None and _ok(status) and is_image(uri):
            where = f"{path}@{offset}"  # it may be a scan: images.Scans may read it later
        yield from acct.skip(uri, where, "not content", record)
        return
    if kind in ("page", "sniff"):
        res = (_resource(record, where) if kind == "page"
               else _sniffed_page(record, uri, ctype, status, where))
        if isinstance(res, Resource) and not _ok(status) and not res.load().strip():
            yield from acct.skip(uri, where, "not a page", record)  # a redirect, an empty 404
            return
        if res is not None:
            yield res
            return
    if not _ok(status):  # a 404 for a .pdf: its body is an error page, not the file
        yield from acct.skip(uri, where, "not a page", record)
    elif offset is None:
        yield InputError("the attachment's place in the file is unknown after a damaged "
                         "gzip member before it: not read", where, kind="warc-damaged")
    else:
        later.append(offset)  # the record's start: kept even if what follows is junk
    _, warned = _quiet(it.get_record_offset)  # skips the payload unread
    if warned:
        yield InputError("the WARC record does not end where its Content-Length "
                         "says: it may be cut or merged", where, entry=False,
                         kind="warc-damaged")


def iter_warc(path: Path, base_url: str | None = None, limits: Limits = DEFAULT, *,
              skipped: bool = False) -> Iterator[Resource | InputError | Skipped]:
    """Pages of a WARC file, then its attachments.

    With ``base_url``, records of other hosts are reported as input problems, not read
    (the first ``limits.examples`` one by one, then their count). ``limits.line_bytes`` caps
    a header line: warcio alone would read one without end. With ``skipped``, every other
    record (a request, an image, a redirect) is yielded as a :class:`Skipped` with its
    reason, so a run can account for each record (the engine asks for them).
    """
    acct = _Account(_host(base_url) if base_url else None, limits.examples, skipped)
    later: list[int] = []
    yield from _first_pass(path, acct, limits, later)
    if not later:
        return
    with path.open("rb") as fh:
        for offset in later:
            res = _record_at(fh, offset, f"{path}@{offset}", limits)
            if res is not None:
                yield res


@hookimpl
def rulekit_open_export(site: SiteConfig) -> Iterator[Resource | InputError | Skipped] | None:
    if not _is_warc(site.export):
        return None
    # Without a configured base_url the site's host is unknown: every record is read.
    base = site.base_url if site.base_url != DEFAULT_BASE_URL else None
    return iter_warc(site.export, base, getattr(site, "limits", DEFAULT), skipped=True)
