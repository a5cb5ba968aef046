"""Every URL a site export holds, read or not: where it is, its HTTP status and redirect.

Site rules ask for ``index`` to judge a link without fetching it: a link to a ``.wps``, an
image or a stylesheet that no reader opens is still in the export, and so not broken; a
link whose WARC response was a 404, or a redirect to one, is. The index is built while the
pages are read, only when a selected site rule asks for it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes, urljoin, urlsplit

from rulekit.resource import Resource, Skipped, media_type, type_of_extension, url_extension


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One URL of the export. ``checked``: a reader yielded it for the rules (a page or a
    readable attachment); ``reason``: why not, for one that was passed over."""

    url: str
    where: str
    status: int | None = None
    content_type: str | None = None
    location: str | None = None
    checked: bool = False
    reason: str | None = None
    #: bytes, where the export says (a mirror's file, a WARC record's Content-Length)
    size: int | None = None

    @property
    def ok(self) -> bool:
        """The export holds the URL's content: no HTTP status recorded (a mirror's file), or
        a 2xx one."""
        return self.status is None or 200 <= self.status < 300


#: The pages a server answers a folder's URL with, in the order servers try them.
INDEX_PAGES: tuple[str, ...] = ("index.html", "index.htm", "default.htm", "default.html",
                                "index.shtml")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _text(part: str) -> str:
    """A URL's path or query with its escapes read: UTF-8, else GB18030 (an old CMS that
    escapes GBK bytes), else the bytes kept as they are; raw characters stay themselves."""
    if "%" not in part:
        return part
    data = unquote_to_bytes(part)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        return data.decode("utf-8", "surrogateescape")


def url_key(url: str) -> tuple[str, str, str] | None:
    """How a URL is compared with the export's: ``(host, path, query)`` with the host in
    lower case and without its default port, the scheme left out (``http`` and ``https``
    serve one site), a backslash read as a slash, escapes read (``%E9%80%9A`` is ``通``), no
    fragment. A name saved with its query escaped (``list.jsp%3Fid=5``) reads as
    ``list.jsp`` with ``id=5``. None for what cannot be parsed."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    host = (parts.hostname or "").rstrip(".")
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        host = f"{host}:{port}"
    path = _text(parts.path.replace("\\", "/")) or "/"
    query = _text(parts.query)
    if "?" in path:  # an escaped ? in a saved name
        path, extra = path.split("?", 1)
        query = extra + ("&" + query if query else "")
    return host, path, query


def _key(url: str) -> str:
    """The form URLs are looked up by: no fragment."""
    return url.split("#", 1)[0]


class SiteIndex(Mapping[str, IndexEntry]):
    """The export's URLs. ``index[url]`` (fragment ignored; a folder URL also finds its
    ``index.html``), ``url in index``, :meth:`resolve` follows redirects inside the export."""

    def __init__(self) -> None:
        self._entries: dict[str, IndexEntry] = {}
        #: host + path (+ ``?`` query) as :func:`url_key` reads it -> the entry's key; built
        #: on the first :meth:`find`, once the export is read
        self._keys: dict[str, str] | None = None

    def add(self, entry: IndexEntry) -> None:
        """Record an entry; of two for one URL (a WARC's revisit and its response), the one
        with content wins over a redirect or an error, and a checked one over a skipped one."""
        key = _key(entry.url)
        old = self._entries.get(key)
        if old is None or (entry.ok and not old.ok) or (entry.checked and not old.checked
                                                         and entry.ok == old.ok):
            self._entries[key] = entry
            self._keys = None

    def add_resource(self, res: Resource) -> None:
        self.add(IndexEntry(res.url, res.where, res.status, res.content_type, checked=True,
                            size=res.size))

    def add_skipped(self, skipped: Skipped) -> None:
        ctype = skipped.content_type or type_of_extension(url_extension(skipped.url))
        self.add(IndexEntry(skipped.url, skipped.where, skipped.status, ctype,
                            skipped.location, reason=skipped.reason, size=skipped.size))

    def __getitem__(self, url: str) -> IndexEntry:
        found = self.get(url)
        if found is None:
            raise KeyError(url)
        return found

    def get(self, url: str, default: IndexEntry | None = None) -> IndexEntry | None:  # type: ignore[override]
        key = _key(url)
        found = self._entries.get(key)
        if found is None and key.endswith("/"):
            found = self._entries.get(key + "index.html") or self._entries.get(key + "index.htm")
        if found is None and key.endswith(("/index.html", "/index.htm")):
            found = self._entries.get(key.rsplit("/", 1)[0] + "/")
        return default if found is None else found

    def __contains__(self, url: object) -> bool:
        return isinstance(url, str) and self.get(url) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def resolve(self, url: str, hops: int = 5) -> IndexEntry | None:
        """The entry a URL ends at, following redirects recorded in the export (at most
        ``hops``); None when it, or a redirect's target, is not in the export."""
        entry = self.get(url)
        while entry is not None and entry.location and hops > 0:
            entry = self.get(urljoin(entry.url, entry.location))
            hops -= 1
        return entry

    def find(self, url: str, *, hosts: Collection[str] = (),
             index_pages: Collection[str] = INDEX_PAGES, hops: int = 5) -> IndexEntry | None:
        """The entry a link leads to however it spells the URL, as a browser would reach it.

        Compared by :func:`url_key` (escaped or raw names, the host's case, a default port,
        http or https alike). ``hosts``: names of the same site (``www.`` and bare) tried
        in turn when the URL's host is one of them. The query counts only where the export
        holds the URL with that query (a mirror's ``list.jsp@id=5``); else it is dropped
        (``style.css?v=3`` is ``style.css``). A folder (``/zwgk/`` or ``/zwgk``) is found
        through its index page, the first of ``index_pages`` the export holds, or as the
        folder's own record (a WARC's). Redirects the export recorded are followed (at most
        ``hops``); one whose target is not in the export is returned itself, for the caller
        to judge where it leads. None: the export does not hold the URL."""
        entry = self._find(url, hosts, index_pages)
        while entry is not None and entry.location and hops > 0:
            try:
                target = urljoin(entry.url, entry.location)
            except ValueError:
                return entry
            following = self._find(target, hosts, index_pages)
            if following is None:
                return entry
            entry, hops = following, hops - 1
        return entry

    def _find(self, url: str, hosts: Collection[str], index_pages: Collection[str]
              ) -> IndexEntry | None:
        key = url_key(url)
        if key is None:
            return None
        keys = self._keys if self._keys is not None else self._build_keys()
        host, path, query = key
        tried = [host] + ([h for h in hosts if h != host] if host in hosts else [])
        for name in tried:
            found = keys.get(f"{name}{path}?{query}") if query else None
            found = found or keys.get(name + path)
            if found is None:
                folder = name + (path if path.endswith("/") else path + "/")
                found = next((keys[folder + p] for p in index_pages if folder + p in keys),
                             None)
                if found is None and not path.endswith("/"):
                    found = keys.get(folder)
            if found is not None:
                return self._entries[found]
        return None

    def _build_keys(self) -> dict[str, str]:
        keys: dict[str, str] = {}
        for stored in self._entries:
            key = url_key(stored)
            if key is None:
                continue
            host, path, query = key
            keys.setdefault(f"{host}{path}?{query}" if query else host + path, stored)
        self._keys = keys
        return keys

    def content_type(self, url: str) -> str:
        """The media type the export gives the URL ("" when it gives none)."""
        entry = self.get(url)
        return media_type(entry.content_type) if entry else ""
