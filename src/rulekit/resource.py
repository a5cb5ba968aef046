"""What an export reader yields: one fetched page or file, its bytes loaded only when asked."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

HTML_EXTENSIONS = frozenset({"", ".html", ".htm", ".shtml", ".xhtml", ".jsp", ".php", ".asp",
                             ".aspx", ".do", ".action"})
#: Files that pages offer for download.
ATTACHMENT_EXTENSIONS = frozenset({".pdf", ".wps", ".doc", ".docx", ".ofd", ".xls", ".xlsx",
                                   ".et", ".txt", ".rtf", ".zip", ".rar", ".7z", ".ppt",
                                   ".pptx", ".dps", ".csv"})


@dataclass(frozen=True)
class Resource:
    """A page or file of a site export.

    ``load`` returns the bytes (so a reader can stream and the engine holds one at a time).
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

    @property
    def extension(self) -> str:
        return url_extension(self.url)

    @property
    def is_html(self) -> bool:
        ctype = (self.content_type or "").split(";")[0].strip().lower()
        if ctype:
            return ctype in {"text/html", "application/xhtml+xml"}
        return self.extension in HTML_EXTENSIONS


def url_extension(url: str) -> str:
    """The lower-case extension of a URL's path (``.pdf``), or of its ``filename=`` parameter."""
    parts = urlsplit(url)
    for param in parts.query.split("&"):
        key, _, value = param.partition("=")
        if key.lower() in {"filename", "file", "fname", "name"} and "." in value:
            ext = posixpath.splitext(unquote(value))[1].lower()
            if ext in ATTACHMENT_EXTENSIONS:
                return ext
    return posixpath.splitext(unquote(parts.path))[1].lower()
