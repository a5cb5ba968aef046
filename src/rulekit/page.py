"""The page a rule sees: one HTML page or readable attachment, parsed once, derived lazily.

Every page rule shares one :class:`Page`: it is decoded and parsed at most once, and its
text, links and metadata are computed on first use and cached. The engine drops the page
(and its DOM) before reading the next one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from rulekit.model import Column, Link
from rulekit.readers.charset import Decoded, decode_html
from rulekit.resource import ATTACHMENT_EXTENSIONS, url_extension
from rulekit.text import (
    Normalized,
    block_text,
    labelled_date,
    markup_text,
    nfkc,
    normalize,
    parse_date_text,
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
_CONTENT_TYPES = {
    "application/pdf": ".pdf", "application/ofd": ".ofd", "application/msword": ".doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/kswps": ".wps", "application/wps-office.wps": ".wps",
    "application/vnd.ms-works": ".wps", "application/vnd.ms-excel": ".xls",
    "application/zip": ".zip", "text/plain": ".txt",
}
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
        #: what a cap cut from this page (each an ``input`` finding; the rest is checked)
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
            return Decoded(self._attachment_text or "", "utf-8")
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
            self.cut.append(f"an element with over {limits.attributes_per_element:,} attributes: "
                            f"{dropped:,} attributes were dropped before reading the page")
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
        """What went wrong reading this page (undecodable bytes, markup too deep): each is
        reported as an ``input`` finding while the page is still checked."""
        _ = self.tree  # parsing is what finds markup problems; the cuts of the text and
        # links caps are known once a rule has asked for them (the engine asks after rules)
        return [p for p in (self.decoded.problem, self.parse_problem, *self.cut) if p]

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
            self.cut.append(f"page text over {cap:,} characters: checked up to there, the "
                            "rest was cut")
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
        """ArticleTitle meta, else ``<title>`` without its site-name suffix, else ``<h1>``.

        For an attachment: the manifest's title, else the title of the page linking to it.
        """
        if self.info.get("title"):
            return " ".join(str(self.info["title"]).split())
        if self.is_attachment:
            return self._parent_title
        if self.meta.get("ArticleTitle"):
            return self.meta["ArticleTitle"]
        root = self.tree
        if root is None:
            return None
        for tag in ("title", "h1"):
            for el in root.iter(tag):
                text = " ".join(text_of(el).split())
                if text:
                    return strip_site_suffix(text) if tag == "title" else text
        return None

    @cached_property
    def pub_date(self) -> dt.date | None:
        """The publish date: manifest, PubDate meta, else the visible labelled date."""
        for value in (self.info.get("published"), self.meta.get("PubDate")):
            if isinstance(value, dt.datetime):
                return value.date()
            if isinstance(value, dt.date):
                return value
            if value:
                found = parse_date_text(str(value))
                if found:
                    return found
        if self.is_attachment:
            return None
        return labelled_date(self.normalized.text)

    @cached_property
    def column(self) -> Column:
        """The column (栏目): manifest, then the page's meta tags, then the config's columns."""
        name = self.info.get("column") or self.meta.get("ColumnName")
        ctype = self.info.get("column_type") or column_type_of(self.meta.get("ColumnType"))
        ctype = ctype or column_type_of(name)
        if ctype is None or name is None:
            configured = self.site.column_for(self.url)
            if configured is not None:
                name = name or configured.name
                ctype = ctype or configured.type
        if (ctype is None or name is None) and self._parent_column is not None:
            name = name or self._parent_column.name
            ctype = ctype or self._parent_column.type
        return Column(name=name, type=ctype)

    @cached_property
    def is_article(self) -> bool:
        """Whether this is a document (an article), not a column's list page or the home page."""
        if self.is_attachment:
            return True
        if self.info.get("title") or "ArticleTitle" in self.meta:
            return True
        if _LIST_PAGE.search(urlsplit(self.url).path or "/"):
            return False
        return self.pub_date is not None

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
                self.cut.append(f"page has over {cap:,} links: the first {cap:,} were checked")
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


_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜| - |－|—|-(?=[^-]*(?:网|网站|平台)$))\s*")
_SITE_SUFFIX = re.compile(r"(?:网|网站|门户|门户网站|政府|公报|平台|官网|官方网站|首页)$")


def strip_site_suffix(title: str) -> str:
    """``文章标题_某某市人民政府网站`` -> ``文章标题``: drop trailing site-name segments."""
    parts = _TITLE_SEPARATORS.split(title)
    if _SITE_SUFFIX.search(parts[0]):
        return title  # the whole title names the site: a home or column page
    while len(parts) > 1 and (not parts[-1].strip() or _SITE_SUFFIX.search(parts[-1].strip())):
        parts.pop()
    return "_".join(p for p in parts if p) if len(parts) > 1 else parts[0]


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
        ext = _CONTENT_TYPES.get(content_type.split(";")[0].strip().lower())
        if ext:
            return ext[1:]
    return None


#: Column types named in Chinese in ``ColumnType``/``ColumnName`` metas, and the config's
#: type names they mean.
_COLUMN_WORDS = (
    ("penalty", ("行政处罚", "处罚决定", "处罚信息", "双公示")),
    ("policy", ("政策文件", "规范性文件", "政策法规", "政府文件")),
    ("notice", ("通知公告", "公示公告", "公告")),
    ("news", ("要闻", "动态", "新闻", "资讯")),
    ("personnel", ("人事",)),
    ("planning", ("规划",)),
)


def column_type_of(value: str | None) -> str | None:
    """The column type a ``ColumnType``/``ColumnName`` value means, or None if it says none."""
    if not value:
        return None
    value = nfkc(str(value))
    if value.isascii() and value.isalpha():
        return value.lower()
    for ctype, words in _COLUMN_WORDS:
        if any(word in value for word in words):
            return ctype
    return None
