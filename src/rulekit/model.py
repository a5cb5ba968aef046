"""Small immutable records that flow between readers, rules and reporters."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

SEVERITIES = ("error", "warning", "info")


#: The target kinds of the site exports and input files; any other kind is an item of an
#: input plugin (an account, a letter), which reports group and sort after these.
CORE_KINDS = frozenset({"page", "attachment", "site", "file"})


@dataclass(frozen=True)
class Target:
    """Where a problem is: a page or attachment of a site, an account, or a whole site.

    ``kind`` is ``page``, ``attachment``, ``account``, ``site`` or ``file`` (an input file
    that is not a page, such as an inventory).  ``url`` is the attachment's own URL when the
    problem is inside an attachment; ``parent_url`` then names the page that links to it.
    """

    kind: str
    site: str | None = None
    url: str | None = None
    parent_url: str | None = None
    platform: str | None = None
    name: str | None = None
    path: str | None = None

    def key(self) -> str:
        """A stable string that identifies the target, for fingerprints and sorting."""
        if self.kind == "account":
            return f"account:{self.platform}:{self.name}"
        return f"{self.kind}:{self.site}:{self.url or self.path or ''}"


@dataclass(frozen=True)
class Finding:
    """One problem at one place, as every reporter receives it."""

    rule: str
    severity: str
    message: str
    target: Target
    evidence: str = ""
    title: str = ""
    plugin: str | None = None
    fingerprint: str = ""
    details: Mapping[str, Any] = field(default_factory=dict)
    #: what tells two findings with one masked fingerprint apart (two people whose masked
    #: IDs coincide): a hash of the unmasked key under a secret of the run, never reported
    identity: str = field(default="", compare=False, repr=False)

    def with_fingerprint(self, key: str | None = None) -> Finding:
        """Return a copy whose fingerprint stays the same while the problem stays the same."""
        basis = "\x1f".join([self.rule, self.target.key(), key if key is not None else self.message])
        digest = hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]
        return replace(self, fingerprint=digest)


@dataclass(frozen=True)
class Problem:
    """What a rule yields: the engine adds the rule id, target and fingerprint.

    ``key`` is what makes two problems of one rule at one target distinct (for example the
    number found); it defaults to the message. ``target`` overrides the default target (the
    page or account the rule was called with), as site-scope rules must do.
    """

    message: str
    evidence: str = ""
    severity: str | None = None
    key: str | None = None
    target: Target | None = None
    details: Mapping[str, Any] = field(default_factory=dict)


class Link(NamedTuple):
    """A hyperlink on a page: absolute URL and its visible text (NFKC, collapsed). A tuple,
    as :class:`Reference` is: a portal page has hundreds, built for every page."""

    url: str
    text: str


class Reference(NamedTuple):
    """Anything a page refers to (a link, an image, a script, a frame …): the absolute URL,
    the visible text (an anchor's, an image's ``alt``, else its ``title``; NFKC), and the
    element and attribute it was written in (``a``/``href``, ``img``/``src`` …). A tuple,
    so a page with thousands of them stays cheap to build and to send between processes."""

    url: str
    text: str
    tag: str
    attr: str


@dataclass(frozen=True)
class Column:
    """A site column (栏目) a page belongs to: its name and its type (``policy``, ``penalty`` …)."""

    name: str | None
    type: str | None
