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
        return _join(base, quote(os.fsencode(m.group(1)), safe="/%")) + "?" + quote(
            os.fsencode(m.group(2)), safe="=&%+;,")
    return _join(base, quote(os.fsencode(rel), safe="/%"))


#: A base ``urljoin`` keeps as it is: http(s), a host, a folder without dot or empty segments.
_PLAIN_BASE = re.compile(r"https?://[^/?#:;\\]+(?::[0-9]+)?/(?:(?!\.\.?/)[^/?#;\\]+/)*")


def _join(base: str, path: str) -> str:
    """``urljoin(base, path)`` for a quoted relative path: appended when neither side has
    anything ``urljoin`` would rewrite (a walk's every file passes here)."""
    if (_PLAIN_BASE.fullmatch(base) and path and path[0] != "/"
            and "//" not in path and "." not in path.split("/")[0][:1]
            and "/./" not in f"/{path}/" and "/../" not in f"/{path}/"):
        return base + path
    return urljoin(base, path)


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as reports name it: a name that is not UTF-8 (``bad\\xff.html``, kept by Python
    as a lone surrogate no output encoding accepts) with its bytes escaped as ``\\xff``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")
