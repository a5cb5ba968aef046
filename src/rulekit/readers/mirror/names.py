"""A mirrored file's name, as a URL (the one it was fetched from) and as reports print it."""

from __future__ import annotations

import os
import re
from urllib.parse import quote, urljoin

#: wget saves ``downfile.jsp?id=3`` or ``list.html?page=2`` as that name on Linux, and with
#: ``@`` for ``?`` on Windows (``--restrict-file-names=windows``): the name carries the query.
SAVED_QUERY = re.compile(
    r"^(.*?\.(?:jsp|php|asp|aspx|do|action|ashx|cgi|s?html?))[?@](.+)\Z", re.I | re.S)


def file_url(base: str, rel: str) -> str:
    """The URL a mirrored file was fetched from: ``base`` + its path, with a saved query
    string (``downfile.jsp@classid=0&fileid=7``) turned back into one.

    A name that is not UTF-8 (``bad\\xff.html``) is percent-encoded from its bytes, as the
    crawler received them (``bad%FF.html``): quoting it as text would fail on the
    surrogate Python keeps for the byte."""
    m = SAVED_QUERY.match(rel)
    if m:
        return urljoin(base, quote(os.fsencode(m.group(1)), safe="/%")) + "?" + quote(
            os.fsencode(m.group(2)), safe="=&%+;,")
    return urljoin(base, quote(os.fsencode(rel), safe="/%"))


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as reports name it: a name that is not UTF-8 (``bad\\xff.html``, kept by Python
    as a lone surrogate no output encoding accepts) with its bytes escaped as ``\\xff``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")
