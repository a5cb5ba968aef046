"""WARC files (``.warc``, ``.warc.gz``) from any crawler, read streaming with warcio.

Two passes over the file: pages first, then the attachments (found again by their record
offsets), so an attachment can inherit the column of the page linking to it. One record is
in memory at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from rulekit.config import SiteConfig
from rulekit.errors import InputError
from rulekit.hookspecs import hookimpl
from rulekit.resource import ATTACHMENT_EXTENSIONS, Resource, url_extension

#: A record payload larger than this is reported, not read.
MAX_RECORD_BYTES = 64 * 1024 * 1024
_ATTACHMENT_TYPES = ("application/pdf", "application/ofd", "application/msword",
                     "application/vnd.", "application/kswps", "application/wps",
                     "application/zip", "text/plain", "application/octet-stream")


def _is_warc(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and (name.endswith(".warc") or name.endswith(".warc.gz"))


def _headers(record) -> tuple[str, str | None, int | None] | None:
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


def _resource(record, where: str) -> Resource | InputError | None:
    head = _headers(record)
    if head is None:
        return None
    uri, ctype, status = head
    data = record.content_stream().read(MAX_RECORD_BYTES + 1)
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


def iter_warc(path: Path) -> Iterator[Resource | InputError]:
    """Pages of a WARC file, then its attachments."""
    later: list[int] = []
    count = 0
    try:
        with path.open("rb") as fh:
            it = ArchiveIterator(fh)
            for record in it:
                count += 1
                head = _headers(record)
                kind = _kind(head[0], head[1]) if head else None
                if kind == "page":
                    res = _resource(record, f"{path}#record {count}")
                    if res is not None:
                        yield res
                elif kind == "attachment":
                    later.append(it.get_record_offset())  # skips the payload unread
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield InputError(f"WARC file is truncated or corrupt after record {count}: {exc}",
                         str(path))
    if not later:
        return
    with path.open("rb") as fh:
        for offset in later:
            fh.seek(offset)
            where = f"{path}@{offset}"
            try:
                res = _resource(next(iter(ArchiveIterator(fh))), where)
            except (ArchiveLoadFailed, EOFError, OSError, ValueError, StopIteration) as exc:
                yield InputError(f"WARC record cannot be read: {exc}", where)
                continue
            if res is not None:
                yield res


@hookimpl
def rulekit_open_export(site: SiteConfig) -> Iterator[Resource | InputError] | None:
    return iter_warc(site.export) if _is_warc(site.export) else None
