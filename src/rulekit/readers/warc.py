"""WARC files (``.warc``, ``.warc.gz``) from any crawler, read streaming with warcio.

Two passes over the file: pages first, then the attachments (found again by their record
offsets), so an attachment can inherit the column of the page linking to it. One record is
in memory at a time.

A record's URL is its ``WARC-Target-URI``. A crawl often wanders off the site (CDNs, other
government sites it links to); a record whose host is neither the site's ``base_url`` host
nor a subdomain of it is reported as an input problem and skipped, so another site's pages
are never reported as this site's.

warcio writes warnings about damaged records to standard error, quoting the record's bytes;
those bytes may hold personal data, so every call into warcio runs with standard error
captured, and a warning becomes an input problem that names the record, not its content.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

from rulekit.config import DEFAULT_BASE_URL, SiteConfig
from rulekit.errors import InputError
from rulekit.hookspecs import hookimpl
from rulekit.resource import ATTACHMENT_EXTENSIONS, Resource, url_extension

#: A record payload larger than this is reported, not read.
MAX_RECORD_BYTES = 64 * 1024 * 1024
_T = TypeVar("_T")
_ATTACHMENT_TYPES = ("application/pdf", "application/ofd", "application/msword",
                     "application/vnd.", "application/kswps", "application/wps",
                     "application/zip", "text/plain", "application/octet-stream")


def _is_warc(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and (name.endswith(".warc") or name.endswith(".warc.gz"))


def _headers(record: Any) -> tuple[str, str | None, int | None] | None:
    """URI, content type and HTTP status of a response record; None for other records."""
    if record.rec_type not in ("response", "resource"):
        return None
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
    if not uri.startswith(("http://", "https://")):
        return None
    status = None
    ctype = record.rec_headers.get_header("Content-Type")
    if record.http_headers is not None:
        code = record.http_headers.get_statuscode()
        status = int(code) if code and code.isdigit() else None
        ctype = record.http_headers.get_header("Content-Type") or None
    return uri, ctype, status


class _Records(ArchiveIterator):
    """warcio's iterator, noting whether the last gzip member it read was cut short.

    warcio ends a ``.warc.gz`` cut inside a member's trailer quietly, every record whole:
    the file is still damaged (a copy interrupted), and the run says so.
    """

    cut_short = False

    def read_to_end(self, record: Any = None) -> None:
        super().read_to_end(record)
        decompressor = getattr(self.reader, "decompressor", None) if self.reader else None
        self.cut_short = decompressor is not None and not getattr(decompressor, "eof", True)


def _quiet(call: Callable[[], _T]) -> tuple[_T, bool]:
    """Call into warcio with standard error captured; True if it tried to write a warning."""
    sink = io.StringIO()
    with contextlib.redirect_stderr(sink):
        value = call()
    return value, bool(sink.getvalue().strip())


def _resource(record: Any, where: str) -> Resource | InputError | None:
    head = _headers(record)
    if head is None:
        return None
    uri, ctype, status = head
    if (record.length or 0) > MAX_RECORD_BYTES + 64 * 1024:  # headers included: some slack
        return InputError(f"record payload over {MAX_RECORD_BYTES // 1_048_576} MB, not read",
                          where)
    data, warned = _quiet(lambda: record.content_stream().read(MAX_RECORD_BYTES + 1))
    if warned:
        return InputError(f"WARC record for {uri} cannot be decompressed: the payload is "
                          "corrupt", where)
    if len(data) > MAX_RECORD_BYTES:
        return InputError(f"record payload over {MAX_RECORD_BYTES // 1_048_576} MB, not read",
                          where)
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:  # warcio ends a cut-off record quietly: the bytes left to read tell
        return InputError(f"WARC record for {uri} is truncated: {missing} of {record.length} "
                          "bytes missing", where)
    return Resource(url=uri, load=lambda d=data: d, where=where, content_type=ctype,
                    status=status)


def _kind(uri: str, ctype: str | None) -> str | None:
    probe = Resource(url=uri, load=bytes, where="", content_type=ctype)
    if url_extension(uri) in ATTACHMENT_EXTENSIONS:
        return "attachment"
    if probe.is_html:
        return "page"
    if (ctype or "").lower().startswith(_ATTACHMENT_TYPES):
        return "attachment"
    return None


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


def _outside_error(uri: str, site_host: str, where: str) -> InputError:
    return InputError(f"record outside the site: {uri} is not on {site_host} or a subdomain "
                      "of it; skipped", where)


def iter_warc(path: Path, base_url: str | None = None) -> Iterator[Resource | InputError]:
    """Pages of a WARC file, then its attachments.

    With ``base_url``, records of other hosts are reported as input problems, not read.
    """
    site_host = _host(base_url) if base_url else None
    later: list[int] = []
    count = 0
    try:
        with path.open("rb") as fh:
            it = _Records(fh)
            records = iter(it)
            while True:
                record, warned = _quiet(lambda: next(records, None))
                if record is None:
                    break
                count += 1
                where = f"{path}#record {count}"
                if warned:
                    yield InputError("the WARC record before this one does not end where its "
                                     "Content-Length says: it may be cut or merged", where)
                head = _headers(record)
                kind = _kind(head[0], head[1]) if head else None
                if kind and head and _outside(head[0], site_host):
                    yield _outside_error(head[0], site_host or "", where)
                elif kind == "page":
                    res = _resource(record, where)
                    if res is not None:
                        yield res
                elif kind == "attachment":
                    offset, warned = _quiet(it.get_record_offset)  # skips the payload unread
                    later.append(offset)
                    if warned:
                        yield InputError("the WARC record does not end where its Content-Length "
                                         "says: it may be cut or merged", where)
        if it.cut_short:
            yield InputError(f"WARC file is truncated: the gzip member of record {count} ends "
                             "early", str(path))
    except Exception as exc:  # warcio raises many types on a damaged file; keep what was read
        yield InputError(f"WARC file is truncated or corrupt after record {count}: "
                         f"{type(exc).__name__}", str(path))
    if not later:
        return
    with path.open("rb") as fh:
        for offset in later:
            fh.seek(offset)
            where = f"{path}@{offset}"
            try:
                record, _ = _quiet(lambda: next(iter(ArchiveIterator(fh))))
                res = _resource(record, where)
            except Exception as exc:  # as above: one damaged record, not a failed run
                yield InputError(f"WARC record cannot be read: {type(exc).__name__}", where)
                continue
            if res is not None:
                yield res


@hookimpl
def rulekit_open_export(site: SiteConfig) -> Iterator[Resource | InputError] | None:
    if not _is_warc(site.export):
        return None
    # Without a configured base_url the site's host is unknown: every record is read.
    base = site.base_url if site.base_url != DEFAULT_BASE_URL else None
    return iter_warc(site.export, base)
