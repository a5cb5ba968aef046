"""One WARC record: what it is (a page, an attachment, neither) and its payload, size-capped.

A page served as ``text/plain`` or ``application/octet-stream`` is read as a page when its
payload starts like one.
"""

from __future__ import annotations

from typing import Any

from rulekit.errors import InputError
from rulekit.readers.warc.bounded import quietly
from rulekit.resource import (
    ATTACHMENT_EXTENSIONS,
    HTML_EXTENSIONS,
    Payload,
    Resource,
    looks_like_html,
    media_type,
    url_extension,
)

#: A record payload larger than this is reported, not read.
MAX_RECORD_BYTES = 64 * 1024 * 1024
_ATTACHMENT_TYPES = ("application/pdf", "application/ofd", "application/msword",
                     "application/vnd.", "application/kswps", "application/wps",
                     "application/zip", "text/plain", "application/octet-stream")
#: Types a server sends when it does not know better: under a page's URL (``.html``, ``.jsp``,
#: none) the payload decides whether it is a page or a downloaded file.
_UNSURE_TYPES = frozenset({"text/plain", "application/octet-stream", "binary/octet-stream",
                           "application/x-download", "application/force-download",
                           "application/download", "application/unknown"})
_SNIFF = 2048


def response_headers(record: Any) -> tuple[str, str | None, int | None] | None:
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


def http_facts(record: Any) -> tuple[int | None, str | None, str | None]:
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


def record_kind(uri: str, ctype: str | None) -> str | None:
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


def is_ok(status: int | None) -> bool:
    """Whether a response holds what its URL names (a record without HTTP headers does)."""
    return status is None or 200 <= status < 300


def record_resource(record: Any, where: str) -> Resource | InputError | None:
    """A response record as a resource, its payload read; None if it is no response."""
    head = response_headers(record)
    if head is None:
        return None
    uri, ctype, status = head
    data = _payload(record, uri, where)
    if isinstance(data, InputError):
        return data
    return Resource(url=uri, load=Payload(data), where=where, content_type=ctype,
                    status=status, size=len(data))


def sniffed_page(record: Any, uri: str, ctype: str | None, status: int | None, where: str
                 ) -> Resource | InputError | None:
    """A record served under a page's URL as ``text/plain`` or ``application/octet-stream``:
    read as a page when its payload starts like one (the type said "text/html", keeping its
    charset), else None (a downloaded file, read with the attachments)."""
    stream = record.content_stream()
    head, warned = quietly(lambda: stream.read(_SNIFF))
    if warned:
        return InputError(f"WARC record for {uri} cannot be decompressed: the payload is "
                          "corrupt", where, kind="warc-damaged")
    if not looks_like_html(head):
        return None
    data = _payload(record, uri, where, stream, head)
    if isinstance(data, InputError):
        return data
    params = (ctype or "").partition(";")[2]
    return Resource(url=uri, load=Payload(data), where=where, status=status,
                    content_type="text/html" + (f";{params}" if params else ""), size=len(data))


def _payload(record: Any, uri: str, where: str, stream: Any = None, head: bytes = b""
             ) -> bytes | InputError:
    """A record's payload (after ``head``, its first bytes already read from ``stream``), or
    why it cannot be had: over the size cap, corrupt, or cut short."""
    if (record.length or 0) > MAX_RECORD_BYTES + 64 * 1024:  # headers included: some slack
        return InputError(f"record payload over {MAX_RECORD_BYTES // 1_048_576} MB, not read",
                          where, kind="too-large")
    stream = stream if stream is not None else record.content_stream()
    rest, warned = quietly(lambda: stream.read(MAX_RECORD_BYTES + 1 - len(head)))
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
