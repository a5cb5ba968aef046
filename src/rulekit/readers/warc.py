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


def _record_resource(record, where: str) -> Resource | InputError | None:
    if record.rec_type not in ("response", "resource"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    uri = uri.strip("<> ")
    if not uri.startswith(("http://", "https://")):
        return None
    status = None
    ctype = record.rec_headers.get_header("Content-Type")
    if record.http_headers is not None:
        code = record.http_headers.get_statuscode()
        status = int(code) if code and code.isdigit() else None
        ctype = record.http_headers.get_header("Content-Type") or None
    data = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(data) > MAX_RECORD_BYTES:
        return InputError(f"record payload over {MAX_RECORD_BYTES // 1_048_576} MB, not read",
                          where)
    return Resource(url=uri, load=lambda d=data: d, where=where, content_type=ctype,
                    status=status)


def _is_attachment(res: Resource) -> bool:
    if url_extension(res.url) in ATTACHMENT_EXTENSIONS:
        return True
    ctype = (res.content_type or "").lower()
    return not res.is_html and ctype.startswith(_ATTACHMENT_TYPES)


def iter_warc(path: Path) -> Iterator[Resource | InputError]:
    """Pages of a WARC file, then its attachments."""
    later: list[int] = []
    count = 0
    try:
        with path.open("rb") as fh:
            it = ArchiveIterator(fh)
            for record in it:
                count += 1
                where = f"{path}#record {count}"
                offset = it.get_record_offset()
                res = _record_resource(record, where)
                if res is None:
                    continue
                if isinstance(res, InputError) or res.is_html:
                    yield res
                elif _is_attachment(res):
                    later.append(offset)
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
                record = next(iter(ArchiveIterator(fh)))
                res = _record_resource(record, where)
            except (ArchiveLoadFailed, EOFError, OSError, ValueError, StopIteration) as exc:
                yield InputError(f"WARC record cannot be read: {exc}", where)
                continue
            if res is not None:
                yield res


@hookimpl
def rulekit_open_export(site: SiteConfig) -> Iterator[Resource | InputError] | None:
    return iter_warc(site.export) if _is_warc(site.export) else None
