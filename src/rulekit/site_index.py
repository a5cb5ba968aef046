"""Every URL a site export holds, read or not: where it is, its HTTP status and redirect.

Site rules ask for ``index`` to judge a link without fetching it: a link to a ``.wps``, an
image or a stylesheet that no reader opens is still in the export, and so not broken; a
link whose WARC response was a 404, or a redirect to one, is. The index is built while the
pages are read, only when a selected site rule asks for it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import urljoin

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


def _key(url: str) -> str:
    """The form URLs are looked up by: no fragment."""
    return url.split("#", 1)[0]


class SiteIndex(Mapping[str, IndexEntry]):
    """The export's URLs. ``index[url]`` (fragment ignored; a folder URL also finds its
    ``index.html``), ``url in index``, :meth:`resolve` follows redirects inside the export."""

    def __init__(self) -> None:
        self._entries: dict[str, IndexEntry] = {}

    def add(self, entry: IndexEntry) -> None:
        """Record an entry; of two for one URL (a WARC's revisit and its response), the one
        with content wins over a redirect or an error, and a checked one over a skipped one."""
        key = _key(entry.url)
        old = self._entries.get(key)
        if old is None or (entry.ok and not old.ok) or (entry.checked and not old.checked
                                                         and entry.ok == old.ok):
            self._entries[key] = entry

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

    def content_type(self, url: str) -> str:
        """The media type the export gives the URL ("" when it gives none)."""
        entry = self.get(url)
        return media_type(entry.content_type) if entry else ""
