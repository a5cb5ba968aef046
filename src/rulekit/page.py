"""The page a rule sees: one HTML page or readable attachment, parsed once, derived lazily.

Every page rule shares one :class:`Page`: it is decoded and parsed at most once, and its
text, links and metadata are computed on first use and cached. The engine drops the page
(and its DOM) before reading the next one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from rulekit.errors import InputProblem
from rulekit.model import Column, Link
from rulekit.readers.charset import BY_READER, Decoded, decode_html
from rulekit.resource import ATTACHMENT_EXTENSIONS, extension_of_type, url_extension
from rulekit.text import (
    HEADER_LINE,
    SOURCE_LINE,
    Normalized,
    block_text,
    header_date,
    markup_text,
    nfkc,
    normalize,
    parse_date_text,
    shown_date,
)

if TYPE_CHECKING:
    from rulekit.config import SiteConfig

#: The national page metadata (《政府网站发展指引》), in their canonical spelling.
NATIONAL_META = ("SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnDescription",
                 "ColumnKeywords", "ColumnType", "ArticleTitle", "PubDate", "ContentSource",
                 "Keywords", "Author", "Description", "Image", "Url")
_META_CANON = {name.lower(): name for name in NATIONAL_META}
#: Words that name a link's format in its visible text (``PDF版``, ``下载WPS``).
_TEXT_FORMATS = re.compile(r"(pdf|wps|docx?|ofd|xlsx?|et|txt|rtf|zip|rar)(?![a-z])", re.I)
_LIST_PAGE = re.compile(r"(?:^|/)(?:index|default|list)(?:_\d+)?\.[a-z]+$|/$", re.I)
#: HTML parser settings: no network, no entity expansion beyond HTML's own.
#: Plain ``etree`` elements, not ``lxml.html``'s: its per-element Python class lookup costs
#: more than the rest of the text extraction. ``huge_tree`` raises libxml2's nesting limit
#: from 256 to 2048 levels (Word pastes nest deep); pages are size-capped by the readers.
_PARSER = etree.HTMLParser(no_network=True, remove_comments=False, huge_tree=True,
                           recover=True, default_doctype=False)
MAX_DEPTH = 2048
_CLOSE_ROOT = re.compile(r"</(?:body|html)\s*>", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


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
        source = self.decoded.text.replace("\x00", "")
        if not source.strip():
            return None
        limits = self.site.limits
        source, dropped = cut_attributes(source, limits.attributes_per_element)
        if dropped:
            self.cut.append(InputProblem(
                f"an element with over {limits.attributes_per_element:,} attributes: "
                f"{dropped:,} attributes were dropped before reading the page", kind="cut"))
        # lxml refuses a str that starts with an XML encoding declaration (XHTML pages), and
        # libxml2 drops what follows </html>, which browsers show.
        source = _CLOSE_ROOT.sub("", _XML_DECLARATION.sub("", source, count=1))
        try:
            root = etree.fromstring(source, _PARSER)
        except (etree.ParserError, ValueError):
            return None
        if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in _PARSER.error_log):
            # libxml2 stops at 2048 levels and drops the rest: read the text another way
            self._flat_source = source
            self.parse_problem = (f"markup nested deeper than {MAX_DEPTH} levels: the page "
                                  "was read as plain text past that point")
        return root

    def release(self) -> None:
        """Drop the DOM and the raw bytes; derived values already computed stay."""
        self.__dict__.pop("tree", None)
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

    # -- metadata --------------------------------------------------------------------------
    @cached_property
    def meta(self) -> dict[str, str]:
        """The national ``<meta name=… content=…>`` tags (first non-empty value of each).

        Names are matched case-insensitively (``contentSource`` is ``ContentSource``); other
        meta names are kept as written.
        """
        found: dict[str, str] = {}
        if self.tree is None:
            return found
        for el in self.tree.iter("meta"):
            name = (el.get("name") or "").strip()
            content = el.get("content")
            if not name or content is None:
                continue
            content = " ".join(content.split())
            key = _META_CANON.get(name.lower(), name)
            if content and key not in found:
                found[key] = content
        return found

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
        if self.info.get("title"):
            return " ".join(str(self.info["title"]).split()), "manifest"
        if self.is_attachment:
            return self._parent_title, "parent page" if self._parent_title else None
        if self.meta.get("ArticleTitle"):
            return self.meta["ArticleTitle"], "ArticleTitle meta"
        root = self.tree
        if root is None:
            return None, None
        names = self._site_names
        for el in root.iter("title"):
            text = " ".join(text_of(el).split())
            if text:
                heading = article_heading(root, text, names)
                if heading:
                    return heading, "article heading"
                return strip_site_suffix(text, names), "<title>"
        m = _TITLE_FIELD.search(self.text)
        if m and m.group(1).strip():
            return " ".join(m.group(1).split()), "标题 field"
        for el in root.iter("h1"):
            text = " ".join(text_of(el).split())
            if text:
                return text, "<h1>"
        return None, None

    @cached_property
    def _site_names(self) -> frozenset[str]:
        """Names a title segment may give that are the site's or the column's, not the page's."""
        names = {self.site.name, self.meta.get("SiteName"), self.meta.get("ColumnName")}
        return frozenset(nfkc(n) for n in names if n)

    @cached_property
    def pub_dates(self) -> dict[str, dt.date]:
        """Every publish date the page gives, by where it is: ``manifest``, ``PubDate meta``,
        and the one the page shows (its label as written, ``来源 line`` or ``header line``)."""
        found: dict[str, dt.date] = {}
        for source, value in (("manifest", self.info.get("published")),
                              ("PubDate meta", self.meta.get("PubDate"))):
            date = _as_date(value)
            if date is not None:
                found[source] = date
        shown = self._shown_date
        if shown is not None:
            found[shown[1]] = shown[0]
        return found

    @cached_property
    def _shown_date(self) -> tuple[dt.date, str] | None:
        if self.is_attachment:
            return None
        text = self.normalized.text
        shown = shown_date(text)
        if shown is None and self.title:
            found = header_date(text, self.title)
            shown = (found, HEADER_LINE) if found else None
        return shown

    @cached_property
    def _pub(self) -> tuple[dt.date | None, str | None]:
        dates = self.pub_dates
        if "manifest" in dates:
            return dates["manifest"], "manifest"
        meta = dates.get("PubDate meta")
        shown = self._shown_date
        if shown is not None and shown[1] not in (SOURCE_LINE, HEADER_LINE) and shown[0] != meta:
            return shown  # the labelled date a reader sees beats a CMS's re-stamped meta
        if meta is not None:
            return meta, "PubDate meta"
        return shown if shown is not None else (None, None)

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
        source: dict[str, str | None] = {"name": None, "type": None}
        name = self.info.get("column")
        if name:
            source["name"] = "manifest"
        else:
            name = self.meta.get("ColumnName")
            source["name"] = "ColumnName meta" if name else None
        ctype = self.info.get("column_type")
        if ctype:
            source["type"] = "manifest"
        else:
            ctype = column_type_of(self.meta.get("ColumnType"), self.site.column_words)
            source["type"] = "ColumnType meta" if ctype else None
        if not ctype:
            ctype = column_type_of(name, self.site.column_words)
            source["type"] = f"column name ({source['name']})" if ctype else None
        for where, given in (("config", None), ("parent page", self._parent_column)):
            if ctype is not None and name is not None:
                break
            if where == "config":
                given = self.site.column_for(self.url)
            if given is None:
                continue
            if not name and given.name:
                name, source["name"] = given.name, where
            if not ctype and given.type:
                ctype, source["type"] = given.type, where
        return Column(name=name or None, type=ctype or None), source

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
        if self.is_attachment:
            return True, "an attachment: checked as a document"
        if self.info.get("title"):
            return True, "the manifest gives it a title"
        if _LIST_PAGE.search(urlsplit(self.url).path or "/"):
            own = self.own_documents()
            if own >= LIST_MIN_LINKS:
                return False, (f"a list page: its URL names an index and it links to {own} "
                               "documents of its own column")
            if "ArticleTitle" in self.meta:
                return True, "ArticleTitle meta (its URL names an index, but it lists nothing)"
            return False, "its URL names a list or index page"
        if "ArticleTitle" in self.meta:
            return True, "ArticleTitle meta"
        if self.pub_date is not None:
            return True, f"it has a publish date ({self.pub_date_source})"
        return False, "no ArticleTitle meta and no publish date"

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
        here = urlsplit(self.url)
        folder = here.path.rsplit("/", 1)[0] + "/"
        seen: set[str] = set()
        for link in self.links:
            try:
                there = urlsplit(link.url)
            except ValueError:
                continue
            path = there.path
            if (there.netloc != here.netloc or not path.startswith(folder) or path == here.path
                    or _LIST_PAGE.search(path) or url_extension(link.url)
                    in ATTACHMENT_EXTENSIONS):
                continue
            seen.add(path)
        return len(seen)

    # -- links -----------------------------------------------------------------------------
    @cached_property
    def base(self) -> str:
        """The URL relative links resolve against: ``<base href>`` or the page's own URL."""
        root = self.tree
        if root is not None:
            for el in root.iter("base"):
                href = (el.get("href") or "").strip()
                if href:
                    try:
                        return urljoin(self.url, href)
                    except ValueError:
                        break
        return self.url

    def _anchors(self) -> Iterator[tuple[etree._Element, str]]:
        root = self.tree
        if root is None:
            return
        for el in root.iter("a"):
            href = (el.get("href") or "").strip()
            if href.lower().startswith("javascript:") or (not href or href == "#"):
                # CMS download buttons: href="javascript:download('/u/W0201.pdf')" or an
                # onclick="window.open('…/通知.wps')": the file named in the script
                m = _SCRIPTED_FILE.search(href + " " + (el.get("onclick") or ""))
                if m:
                    yield el, m.group(1)
                continue
            if not href.startswith(("#", "mailto:", "tel:")):
                yield el, href

    def _link(self, el: etree._Element, href: str) -> Link | None:
        try:
            url = urljoin(self.base, href)
        except ValueError:
            return None
        return Link(url=url, text=nfkc(text_of(el) or el.get("title") or ""))

    @cached_property
    def links(self) -> list[Link]:
        """Every ``<a href>`` as an absolute URL with its visible text (up to the cap)."""
        cap = self.site.limits.links_per_page
        out = []
        for el, href in self._anchors():
            link = self._link(el, href)
            if link is None:
                continue
            if len(out) == cap:
                self.cut.append(InputProblem(f"page has over {cap:,} links: the first {cap:,} "
                                             "were checked", kind="cut"))
                break
            out.append(link)
        return out

    @cached_property
    def attachments(self) -> list[tuple[Link, str]]:
        """Links that offer a file for download, each with its format (``pdf``, ``wps`` …).

        Every page's attachments are needed (attachments inherit their page's column), so a
        cheap test on the raw ``href`` skips the many links that cannot be downloads before
        any URL is resolved.
        """
        out = []
        for el, href in self._anchors():
            if _NOT_DOWNLOAD.search(href):
                continue
            link = self._link(el, href)
            fmt = link_format(link) if link else None
            if fmt:
                out.append((link, fmt))
        return out


#: A start tag long enough to hold more attributes than any real page gives one element.
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{16384,}")
_ATTRIBUTE = re.compile(r"""\s*[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?""")


def cut_attributes(source: str, cap: int) -> tuple[str, int]:
    """Drop the attributes of one element past ``cap``: libxml2 checks each new attribute
    against all before it, so 200,000 on one element take minutes to parse."""
    if len(source) < 16384:
        return source, 0
    dropped = 0
    pieces: list[str] = []
    last = 0
    for m in _LONG_TAG.finditer(source):
        name_end = m.start() + 1
        while name_end < m.end() and not source[name_end].isspace():
            name_end += 1
        kept = 0
        pos = name_end
        for attr in _ATTRIBUTE.finditer(source, name_end, m.end()):
            if attr.start() != pos:
                break
            pos = attr.end()
            kept += 1
            if kept == cap:
                break
        if kept < cap:
            continue
        rest = len(_ATTRIBUTE.findall(source, pos, m.end()))
        if not rest:
            continue
        dropped += rest
        pieces.append(source[last:pos])
        last = m.end()
    if not dropped:
        return source, 0
    pieces.append(source[last:])
    return "".join(pieces), dropped


def text_of(el: etree._Element) -> str:
    """All the text inside an element (what ``lxml.html``'s ``text_content()`` gives)."""
    return "".join(el.itertext())


#: A file path quoted inside a ``javascript:`` href or an ``onclick`` handler.
_SCRIPTED_FILE = re.compile(
    r"""['"]([^'"\s]+\.(?:pdf|wps|docx?|ofd|xlsx?|et|txt|rtf|zip|rar|7z|pptx?|dps))['"]""", re.I)


#: hrefs that are never downloads: static pages, images, styles, directories.
_NOT_DOWNLOAD = re.compile(
    r"(?:\.(?:s?html?|xhtml|png|jpe?g|gif|bmp|svg|webp|ico|css|js)|/)(?:#|$)", re.I)


#: Separators between a page's title and the site's or column's name in ``<title>``; a
#: plain hyphen only before a name that ends like a site's (``1-10月`` is no separator).
_SITE_WORDS = (r"(?:网|网站|门户|门户网站|政府|公报|平台|官网|官方网站|首页|办公室|委员会|局|厅|"
               r"委|部|院|中心)")
_TITLE_SEPARATORS = re.compile(
    r"\s*(?:_+|\||｜|\s-+\s|－|—+|-(?=[^-]*" + _SITE_WORDS + r"$))\s*")
#: ``标题--文化--人民网``: a channel between double hyphens, then the site.
_CHANNEL = re.compile(r"\s*-{2,}[^-]{1,20}-{2,}")
#: A first segment that ends like this names the site: a home or column page's title.
_SITE_SUFFIX = re.compile(r"(?:网|网站|门户|门户网站|政府|公报|平台|官网|官方网站|首页)$")
#: A trailing segment that ends like this is the site's (or its department's) name.
_SITE_TAIL = re.compile(_SITE_WORDS + "$")
#: What may follow the article heading in ``<title>``: a separator, then the site.
_AFTER_HEADING = re.compile(r"[_\-|｜—－–·:：]")
#: Elements that may hold the article heading, in document order.
_HEADINGS = etree.XPath("//h1|//h2|//*[contains(@class,'title') or contains(@class,'Title')]")
#: A ``标 题：`` field (xxgk tables): the label then the value, in its cell or after a colon.
_TITLE_FIELD = re.compile(r"(?<![^\s])标[ \u3000\xa0]*题(?:[ \u3000\xa0]*[:：][ \t\u3000\xa0]*|\t)"
                          r"([^\n\t]{2,300})")
#: Characters of candidate headings read, all together, before the search gives up, and
#: how many candidates are looked at (real pages have at most a hundred or so; each of
#: 2,000 nested wrappers would walk down the whole nest again).
HEADING_BUDGET, MAX_HEADINGS = 200_000, 200
#: A list page links to at least this many documents of its own folder.
LIST_MIN_LINKS = 2


def strip_site_suffix(title: str, names: Collection[str] = ()) -> str:
    """``文章标题_某某市人民政府网站`` -> ``文章标题``: drop trailing site-name segments.

    A segment is the site's when it is one of ``names`` (the site's and the column's) or ends
    like a site's or department's name; ``--频道--`` and all after it go too. A title whose
    first segment names the site (a home or column page's) is kept whole.
    """
    channel = _CHANNEL.search(title)
    head = title[:channel.start()] if channel and channel.start() > 0 else title
    seps = list(_TITLE_SEPARATORS.finditer(head))
    first = head[:seps[0].start()] if seps else head
    if _SITE_SUFFIX.search(first.strip()):
        return title  # the whole title names the site: a home or column page
    cut = len(head)
    for sep in reversed(seps):
        segment = head[sep.end():cut].strip()
        if segment and segment not in names and not _SITE_TAIL.search(segment):
            break
        cut = sep.start()
    return head[:cut].strip() or title


def article_heading(root: etree._Element, title: str, names: Collection[str] = ()
                    ) -> str | None:
    """The page's heading that ``title`` (its ``<title>``) starts with, then a separator.

    That a heading opens ``<title>`` is what tells the article's heading from a logo, a
    section name or a sidebar; the site's own name (``names``, or a name that ends like a
    site's) never counts.
    """
    flat_title = "".join(title.split())
    limit = 2 * len(title) + 64  # a wrapper holding the whole page is no heading
    budget = [HEADING_BUDGET]
    for el in _HEADINGS(root)[:MAX_HEADINGS]:
        text = _short_text(el, limit, budget)
        if text is None:
            if budget[0] <= 0:
                return None
            continue
        flat = "".join(text.split())
        if len(flat) < 4 or not flat_title.startswith(flat):
            continue
        rest = flat_title[len(flat):]
        if rest and not _AFTER_HEADING.match(rest):
            continue
        if text in names or _SITE_SUFFIX.search(flat):
            continue
        return text
    return None


def _short_text(el: etree._Element, limit: int, budget: list[int]) -> str | None:
    """An element's text, whitespace collapsed, or None once it passes ``limit`` characters.

    ``budget`` is what all candidates may still read together: 2,000 nested wrappers
    classed ``title`` around one long text must not each read it.
    """
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        size += len(piece)
        budget[0] -= len(piece)
        if size > limit or budget[0] <= 0:
            return None
        parts.append(piece)
    return " ".join("".join(parts).split())


def _as_date(value: Any) -> dt.date | None:
    """A date given as a date, a datetime or text (``2020年08月02日``, ``2016-11-22 09:53``)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return parse_date_text(str(value)) if value else None


def link_format(link: Link, content_type: str | None = None) -> str | None:
    """A link's download format: from its URL, else its visible text, else a content type."""
    ext = url_extension(link.url)
    if ext in ATTACHMENT_EXTENSIONS:
        return ext[1:]
    if ext and ext not in {".jsp", ".php", ".asp", ".aspx", ".do", ".action", ".ashx"}:
        return None  # a static page or an image is never a download, whatever its text says
    m = _TEXT_FORMATS.search(link.text)
    if m and len(link.text) <= 60:
        return m.group(1).lower()
    if content_type:
        ext = extension_of_type(content_type)
        if ext:
            return ext[1:]
    return None


def column_type_of(value: str | None,
                   words: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> str | None:
    """The column type a ``ColumnType``/``ColumnName`` value means, or None if it says none:
    an English type name as such (``penalty``), else the first type whose Chinese words
    (given by plugins through ``rulekit_column_types``) the value holds."""
    if not value:
        return None
    value = nfkc(str(value))
    if value.isascii() and value.isalpha():
        return value.lower()
    for ctype, names in words:
        if any(word in value for word in names):
            return ctype
    return None
