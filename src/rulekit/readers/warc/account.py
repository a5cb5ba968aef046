"""The first pass's account of what it does not check: records passed over, and other hosts'.

A crawl often wanders off the site (CDNs, other government sites it links to); a record
whose host is neither the site's ``base_url`` host nor a subdomain of it is reported as an
input problem and skipped, so another site's pages are never reported as this site's: the
first ``limits.examples`` one by one, the rest in one count, so a crawl that wandered far
gives a handful of findings, not one a record.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from rulekit.errors import InputError
from rulekit.readers.warc.records import http_facts
from rulekit.resource import Skipped


def host_of(url: str) -> str | None:
    """A URL's host, lower-case and without a trailing dot; None for a malformed URL."""
    try:
        host = urlsplit(url).hostname
    except ValueError:  # a malformed URI (bad port, unbalanced brackets)
        return None
    return host.rstrip(".").lower() if host else None


def is_outside(uri: str, site_host: str | None) -> bool:
    """Whether a record's URI is off the site: another host that is not a subdomain."""
    if site_host is None:
        return False
    host = host_of(uri)
    return host is None or not (host == site_host or host.endswith("." + site_host))


def _outside_error(uri: str, site_host: str, where: str, entry: bool = True) -> InputError:
    return InputError(f"record outside the site: {uri} is not on {site_host} or a subdomain "
                      "of it; skipped", where, entry=entry, kind="outside-site")


class Account:
    """What the first pass tells beyond pages: entries passed over (as :class:`Skipped`, when
    the caller wants them) and records of other hosts, the first ``examples`` of them named
    one by one and the rest counted, so a crawl that wandered off the site gives a handful
    of findings, not one a record."""

    #: distinct hosts counted for the summary (past it, records still counted)
    MAX_HOSTS = 1000

    def __init__(self, site_host: str | None, examples: int, skipped: bool) -> None:
        self.site_host = site_host
        self.examples = examples
        self.skipped = skipped
        self.shown = 0
        self.more = 0
        self.hosts: dict[str, int] = {}

    def skip(self, uri: str, where: str, reason: str, record: Any = None
             ) -> Iterator[Skipped]:
        if self.skipped:
            status, ctype, location = http_facts(record)
            yield Skipped(uri, where, reason, status, ctype, location, _length(record))

    def outside(self, uri: str, where: str, kind: str | None) -> Iterator[InputError | Skipped]:
        """A record of another host: pages and files named (by example), all counted."""
        if kind is None:  # an image of a CDN: nothing this site publishes is lost
            yield from self.skip(uri, where, "outside the site")
        elif self.shown < self.examples:
            self.shown += 1
            # with Skipped wanted, the entry is counted by its reason, not as "unreadable"
            yield _outside_error(uri, self.site_host or "", where, entry=not self.skipped)
            yield from self.skip(uri, where, "outside the site")
        else:
            self.more += 1
            host = host_of(uri) or "?"
            if host in self.hosts or len(self.hosts) < self.MAX_HOSTS:
                self.hosts[host] = self.hosts.get(host, 0) + 1
            yield from self.skip(uri, where, "outside the site")

    def summary(self, path: Path) -> Iterator[InputError]:
        if self.more:
            top = sorted(self.hosts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
            hosts = ", ".join(f"{host} ({n})" for host, n in top)
            yield InputError(f"{self.more} more records outside the site (pages and files; "
                             f"most on {hosts}): skipped, not reported one by one",
                             str(path), entry=False, kind="outside-site")


def _length(record: Any) -> int | None:
    """The record's payload length as its WARC header gives it (None when it does not)."""
    if record is None:
        return None
    try:
        value = record.rec_headers.get_header("Content-Length")
        return int(value) if value and value.strip().isdigit() else None
    except Exception:  # a damaged header block: indexed without a size
        return None
