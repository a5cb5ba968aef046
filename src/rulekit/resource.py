"""What an export reader yields: one fetched page or file, its bytes loaded only when asked."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import unquote, urlsplit

HTML_EXTENSIONS = frozenset({"", ".html", ".htm", ".shtml", ".xhtml", ".jsp", ".php", ".asp",
                             ".aspx", ".do", ".action"})
#: Files that pages offer for download.
ATTACHMENT_EXTENSIONS = frozenset({".pdf", ".wps", ".doc", ".docx", ".ofd", ".xls", ".xlsx",
                                   ".et", ".txt", ".rtf", ".zip", ".rar", ".7z", ".ppt",
                                   ".pptx", ".dps", ".csv"})
#: The content types of the files pages offer for download, and the extension each stands
#: for; an extension's own type is the first listed for it (see :func:`type_of_extension`).
CONTENT_TYPES = {
    "application/pdf": ".pdf",
    "application/x-pdf": ".pdf",
    "application/ofd": ".ofd",
    "application/vnd.ofd": ".ofd",
    "application/msword": ".doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/kswps": ".wps",
    "application/wps-office.wps": ".wps",
    "application/vnd.ms-works": ".wps",
    "application/vnd.ms-excel": ".xls",
    "application/zip": ".zip",
    "text/plain": ".txt",
}
# Built from the end, so that the first type listed for an extension is the one kept.
_TYPE_OF_EXTENSION = {ext: ctype for ctype, ext in reversed(CONTENT_TYPES.items())}


@dataclass(frozen=True)
class Payload:
    """Bytes a reader has already read, as a resource's ``load``: unlike a lambda it can be
    pickled, so a resource read by the driver can be checked in a worker process."""

    data: bytes = field(repr=False)

    def __call__(self) -> bytes:
        return self.data


@dataclass(frozen=True)
class Resource:
    """A page or file of a site export.

    ``load`` returns the bytes (so a reader can stream and the engine holds one at a time).
    A ``load`` that can be pickled (a :class:`Payload`, a module-level function or class
    instance, a ``functools.partial`` of one) lets ``rulekit run -j`` read the resource in a
    worker process; any other is called by the driver and its bytes sent.
    ``where`` is what error messages name: a file path, or ``file.warc.gz#record 12``.
    ``info`` carries what a manifest knows beyond the bytes: ``column``, ``column_type``,
    ``title``, ``published``, ``attachments``.
    """

    url: str
    load: Callable[[], bytes]
    where: str
    content_type: str | None = None
    status: int | None = None
    info: Mapping[str, Any] = field(default_factory=dict)
    #: bytes of the content, where the export says without reading it (for the site index)
    size: int | None = None

    @cached_property
    def extension(self) -> str:
        """The URL's extension (kept: the walk, the queue and the index each ask for it)."""
        return url_extension(self.url)

    @property
    def is_html(self) -> bool:
        ctype = media_type(self.content_type)
        if ctype:
            return ctype in {"text/html", "application/xhtml+xml"}
        return self.extension in HTML_EXTENSIONS

    @property
    def is_page(self) -> bool:
        """Whether it is read as a page: HTML, and not named as a download (a ``.pdf`` a
        server mislabels ``text/html`` is still read as the file it is)."""
        return self.is_html and self.extension not in ATTACHMENT_EXTENSIONS


def url_extension(url: str) -> str:
    """The lower-case extension of a URL's path (``.pdf``), or of its ``filename=`` parameter."""
    path, query = _path_and_query(url)
    for param in query.split("&"):
        key, _, value = param.partition("=")
        if key.lower() in {"filename", "file", "fname", "name"} and "." in value:
            ext = _suffix(unquote(value))
            if ext in ATTACHMENT_EXTENSIONS:
                return ext
    return _suffix(unquote(path))


def _suffix(path: str) -> str:
    """The extension of a path's last name, lower-case: what follows its last dot, a name
    of dots included (``..7z`` is a 7z file to a server; ``posixpath.splitext`` sees none)."""
    name = path.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    return name[dot:].lower() if 0 <= dot < len(name) - 1 else ""


def media_type(content_type: str | None) -> str:
    """The media type of a ``Content-Type`` value, lower-case and without parameters
    (``application/pdf`` of ``Application/PDF; charset=binary``); "" for none."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def extension_of_type(content_type: str | None) -> str | None:
    """The extension a download's content type stands for (``.pdf``), or None."""
    return CONTENT_TYPES.get(media_type(content_type))


def type_of_extension(ext: str) -> str | None:
    """The content type of a download's extension (``application/pdf`` for ``.pdf``)."""
    return _TYPE_OF_EXTENSION.get(ext)


def _path_and_query(url: str) -> tuple[str, str]:
    """A URL's path and query, even when ``urlsplit`` refuses it (``http://[x/a.html``, an
    unbalanced bracket): one bad URL must not stop the reader that meets it."""
    try:
        parts = urlsplit(url)
    except ValueError:
        rest = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*", "", url).split("#", 1)[0]
        path, _, query = rest.partition("?")
        return path, query
    return parts.path, parts.query


#: How a page starts (in its first kilobytes), whatever its name or served type says.
_HTML_START = re.compile(rb"<!doctype\s+html|<html|<head|<meta|<body|<title", re.I)


def looks_like_html(head: bytes) -> bool:
    """Whether the first bytes of a file open an HTML document: the bytes decide what a file
    is when its name or content type does not (``text/plain``, no extension)."""
    return bool(_HTML_START.search(head[:2048]))


#: Why an entry of an export was not checked (the keys of the summary's ``not_checked``).
NOT_CHECKED = {
    "unreadable": "无法读取",
    "format not read": "格式不支持读取",
    "not content": "非内容文件（图片、样式、脚本等）",
    "outside the site": "不属于本网站",
    "outside the export": "位于导出目录之外",
    "not a page": "非网页响应（重定向、错误页等）",
    "hidden": "隐藏文件或目录（名称以“.”开头）",
    "not needed by the selected rules": "所选规则无需读取（附件、图片）",
}


@dataclass(frozen=True)
class Skipped:
    """An entry of an export that a reader saw and did not yield for checking.

    Readers yield one for every file or record they pass over on purpose (an image, a
    stylesheet, a revisit record), so the run accounts for every entry: checked, reported
    as an input problem, or counted here. ``reason`` is a key of :data:`NOT_CHECKED`.
    """

    url: str
    where: str
    reason: str
    #: what the export knows of the entry, for the site's index (a WARC's HTTP status, its
    #: redirect target and content type; None where the export does not say)
    status: int | None = None
    content_type: str | None = None
    location: str | None = None
    #: bytes of the entry's content, where the export says without reading it
    size: int | None = None

