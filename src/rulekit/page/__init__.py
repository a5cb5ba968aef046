"""The page a rule sees: one HTML page or readable attachment, parsed once, derived lazily.

Every page rule shares one :class:`Page`: it is decoded and parsed at most once, and its
text, links and metadata are computed on first use and cached. The engine drops the page
(and its DOM) before reading the next one.

:class:`Page` reads the page (bytes to text, DOM and block text); what it derives lives
beside it: ``markup`` (parsing, bounded), ``titles``, ``metadata`` (meta tags, publish dates,
column, article or list page) and ``links`` (links, downloads and their formats).
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import TYPE_CHECKING, Any

from lxml import etree

from rulekit.errors import InputProblem
from rulekit.model import Column, Link, Reference
from rulekit.page.links import (
    REFERENCE_ATTRIBUTES,
    base_url,
    download_links,
    link_format,
    read_references,
)
from rulekit.page.markup import MAX_DEPTH, parse_html, prepare
from rulekit.page.metadata import (
    article_of,
    column_of,
    column_type_of,
    count_own_documents,
    national_meta,
    pub_date_of,
    pub_dates,
    shown_date_of,
)
from rulekit.page.titles import strip_site_suffix, title_of
from rulekit.readers.charset import BY_READER, Decoded, decode_html
from rulekit.text import Normalized, block_text, markup_text, normalize

if TYPE_CHECKING:
    from rulekit.config import SiteConfig

__all__ = ["INDEXED_TAGS", "Page", "column_type_of", "link_format", "strip_site_suffix"]

#: The tags :meth:`Page.elements` finds in one walk of a page's tree, shared by every rule:
#: what refers to another resource, the head's tags, and what rules look for page by page.
INDEXED_TAGS = frozenset({*REFERENCE_ATTRIBUTES, "meta", "title", "h1", "base", "style",
                          "input", "table"})


class Page:
    """An HTML page or a readable attachment, as page rules receive it.

    ``kind`` is ``html`` or ``attachment``. For an attachment, ``text`` is the extracted
    text, ``parent_url`` the page that links to it, and ``title`` that page's title.
    """

    def __init__(
        self,
        url: str,
        data: bytes,
        *,
        site: SiteConfig,
        where: str,
        kind: str = "html",
        content_type: str | None = None,
        status: int | None = None,
        info: dict[str, Any] | None = None,
        attachment_text: str | None = None,
        parent_url: str | None = None,
        parent_title: str | None = None,
        parent_column: Column | None = None,
    ) -> None:
        self.url = url
        self.data = data
        self.site = site
        self.where = where
        self.kind = kind
        self.content_type = content_type
        self.status = status
        self.info = info or {}
        self.parent_url = parent_url
        self._attachment_text = attachment_text
        self._flat_source: str | None = None
        self.parse_problem: str | None = None
        #: what a cap cut from this page, or a reader warned of (each an ``input`` finding;
        #: the rest is checked): :class:`~rulekit.errors.InputProblem` values, each with its
        #: kind (a plain str, as a plugin may add, is worded from its text)
        self.cut: list[str] = []
        self._parent_title = parent_title
        self._parent_column = parent_column

    def __repr__(self) -> str:
        return f"<Page {self.kind} {self.url}>"

    @property
    def is_attachment(self) -> bool:
        return self.kind == "attachment"

    # -- decoding and parsing: once ------------------------------------------------------
    @cached_property
    def decoded(self) -> Decoded:
        """The page's text and the encoding used (``problem`` says if decoding was unclean)."""
        if self.is_attachment:
            return Decoded(self._attachment_text or "", "utf-8", decided_by=BY_READER)
        return decode_html(self.data, self.content_type)

    @cached_property
    def tree(self) -> etree._Element | None:
        """The parsed DOM, or None for attachments and pages with no markup at all."""
        if self.is_attachment:
            return None
        source = self.decoded.text
        if b"\x00" in self.data:  # (decoded text holds NUL only where its bytes do)
            source = source.replace("\x00", "")
        if not source or source.isspace():
            return None
        limits = self.site.limits
        source, dropped = prepare(source, limits.attributes_per_element)
        if dropped:
            self.cut.append(InputProblem(
                f"an element with over {limits.attributes_per_element:,} attributes: "
                f"{dropped:,} attributes were dropped before reading the page", kind="cut"))
        root, flat = parse_html(source)
        if flat is not None:  # markup past libxml2's depth: read the text another way
            self._flat_source = flat
            self.parse_problem = (f"markup nested deeper than {MAX_DEPTH} levels: the page "
                                  "was read as plain text past that point")
        return root

    @cached_property
    def _indexed(self) -> tuple[list[etree._Element], dict[str, list[etree._Element]]]:
        root = self.tree
        if root is None:
            return [], {}
        found = list(root.iter(*INDEXED_TAGS))
        by_tag: dict[str, list[etree._Element]] = {}
        for el in found:
            by_tag.setdefault(el.tag, []).append(el)
        return found, by_tag

    def elements(self, *tags: str) -> list[etree._Element]:
        """The page's elements named ``tags`` (lower case), in document order: what
        ``page.tree.iter(*tags)`` gives. Each walk of a tree costs about as much as
        walking it all, so the tags of :data:`INDEXED_TAGS` (references, ``meta``,
        ``title``, ``h1``, ``base``, ``style``, ``input``, ``table``) are found in one walk
        shared by every rule; another tag walks the tree for itself."""
        if all(tag in INDEXED_TAGS for tag in tags):
            found, by_tag = self._indexed
            if len(tags) == 1:
                return list(by_tag.get(tags[0], ()))
            return [el for el in found if el.tag in tags]
        root = self.tree
        return list(root.iter(*tags)) if root is not None else []

    def release(self) -> None:
        """Drop the DOM and the raw bytes; derived values already computed stay."""
        self.__dict__.pop("tree", None)
        self.__dict__.pop("_indexed", None)
        self.data = b""
        self._flat_source = None

    @property
    def problems(self) -> list[str]:
        """What went wrong reading this page (undecodable bytes, markup too deep, what a cap
        cut): each is reported as an ``input`` finding while the page is still checked.
        Each is an :class:`~rulekit.errors.InputProblem` with its kind (``encoding``,
        ``nested``, ``cut`` …), but for a plain str a plugin put in :attr:`cut`."""
        _ = self.tree  # parsing is what finds markup problems; the cuts of the text and
        # links caps are known once a rule has asked for them (the engine asks after rules)
        found: list[str] = []
        if self.decoded.problem:
            found.append(InputProblem(self.decoded.problem, kind="encoding"))
        if self.parse_problem:
            found.append(InputProblem(self.parse_problem, kind="nested"))
        return found + [p for p in self.cut if p]

    # -- text ------------------------------------------------------------------------------
    @cached_property
    def text(self) -> str:
        """Visible text, block-aware: ``\\t`` between table cells, ``\\n`` between blocks."""
        if self.is_attachment:
            return self._attachment_text or ""
        root = self.tree
        if root is None:
            return ""
        if self._flat_source is not None:
            text = markup_text(self._flat_source)
        else:
            body = root.find("body")
            text = block_text(body if body is not None else root)
        cap = self.site.limits.page_chars
        if len(text) > cap:
            self.cut.append(InputProblem(f"page text over {cap:,} characters: checked up to "
                                         "there, the rest was cut", kind="cut"))
            text = text[:cap]
        return text

    @cached_property
    def normalized(self) -> Normalized:
        """``text`` after NFKC (full-width digits as ASCII) with an offset map back."""
        return normalize(self.text)

    # -- metadata (rulekit.page.titles, rulekit.page.metadata) -----------------------------
    @cached_property
    def meta(self) -> dict[str, str]:
        """The national ``<meta name=… content=…>`` tags (first non-empty value of each).

        Names are matched case-insensitively (``contentSource`` is ``ContentSource``); other
        meta names are kept as written.
        """
        return national_meta(self.elements("meta"))

    @cached_property
    def title(self) -> str | None:
        """The document's title; :attr:`title_source` says where it came from.

        In order: the manifest's; the ``ArticleTitle`` meta; the article heading (the page's
        heading that ``<title>`` starts with, so a logo or a section name never is);
        ``<title>`` without the site name and its separators; a ``标 题：`` field; the first
        ``<h1>``. For an attachment: the manifest's title, else the linking page's title.
        """
        return self._title[0]

    @property
    def title_source(self) -> str | None:
        """Where :attr:`title` came from (``ArticleTitle meta``, ``article heading`` …)."""
        return self._title[1]

    @cached_property
    def _title(self) -> tuple[str | None, str | None]:
        return title_of(self, self._parent_title)

    @cached_property
    def pub_dates(self) -> dict[str, dt.date]:
        """Every publish date the page gives, by where it is: ``manifest``, ``PubDate meta``,
        and the one the page shows (its label as written, ``来源 line`` or ``header line``)."""
        return pub_dates(self.info.get("published"), self.meta.get("PubDate"),
                         self._shown_date)

    @cached_property
    def _shown_date(self) -> tuple[dt.date, str] | None:
        return shown_date_of(self)

    @cached_property
    def _pub(self) -> tuple[dt.date | None, str | None]:
        return pub_date_of(self.pub_dates, self._shown_date)

    @property
    def pub_date(self) -> dt.date | None:
        """The publish date: manifest; else the labelled date the page shows (发布时间 …) when
        it disagrees with the PubDate meta; else PubDate; else a date beside 来源 or alone in
        the header line. :attr:`pub_dates` keeps every one, :attr:`pub_date_source` says
        which was used."""
        return self._pub[0]

    @property
    def pub_date_source(self) -> str | None:
        """Where :attr:`pub_date` came from: a key of :attr:`pub_dates`, or None."""
        return self._pub[1]

    @cached_property
    def _column(self) -> tuple[Column, dict[str, str | None]]:
        return column_of(self, self._parent_column)

    @property
    def column(self) -> Column:
        """The column (栏目): manifest, then the page's meta tags, then the config's columns,
        then (for an attachment) the page linking to it."""
        return self._column[0]

    @property
    def column_source(self) -> dict[str, str | None]:
        """Where the column's ``name`` and ``type`` each came from (``ColumnName meta``,
        ``config``, ``parent page`` …), None for what nothing says."""
        return self._column[1]

    @cached_property
    def _article(self) -> tuple[bool, str]:
        return article_of(self)

    @property
    def is_article(self) -> bool:
        """Whether this is a document (an article), not a column's list page or the home page.

        A column's ``index.html`` that links to documents of its own column is a list page
        even when its template stamps an ``ArticleTitle`` meta on it.
        """
        return self._article[0]

    @property
    def article_reason(self) -> str:
        """Why :attr:`is_article` is what it is, in English (for ``rulekit inspect``)."""
        return self._article[1]

    def own_documents(self) -> int:
        """How many distinct pages under this page's own folder it links to (index and list
        pages and downloads aside): the documents a column's list page lists."""
        return count_own_documents(self.url, self.links)

    # -- links (rulekit.page.links) ----------------------------------------------------------
    @cached_property
    def base(self) -> str:
        """The URL relative links resolve against: ``<base href>`` or the page's own URL."""
        return base_url(self.elements("base"), self.url)

    @cached_property
    def links(self) -> list[Link]:
        """Every ``<a href>`` (and scripted download button) as an absolute URL with its
        visible text: the anchors among :attr:`references`, read in the same one pass."""
        new = tuple.__new__  # (a Link without its generated __new__: half the cost)
        return [new(Link, (url, text)) for url, text, tag, _attr in self.references
                if tag == "a"]

    @cached_property
    def references(self) -> list[Reference]:
        """Every reference of the page (``a``, ``area``, ``img``, ``script``, ``link``,
        ``iframe``, ``frame``, ``embed``, ``object``, scripted download buttons) as
        ``Reference(url, text, tag, attr)``, resolved as a browser would (up to the links
        cap). Computed only when a rule asks for it."""
        cap = self.site.limits.links_per_page
        refs, more = read_references(self.elements(*REFERENCE_ATTRIBUTES), self.base, cap)
        if more:
            self.cut.append(InputProblem(f"page has over {cap:,} references (links, images, "
                                         f"scripts …): the first {cap:,} were checked",
                                         kind="cut"))
        return refs

    @cached_property
    def attachments(self) -> list[tuple[Link, str]]:
        """Links that offer a file for download, each with its format (``pdf``, ``wps`` …)."""
        return download_links(self.links)
