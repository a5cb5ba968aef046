"""What a page says about itself: its national meta tags, publish date, column, and kind.

Each value comes with where it came from (the manifest, a meta tag, the text a reader sees,
the config), so ``rulekit inspect`` can say why a rule saw what it saw.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from lxml import etree

from rulekit.model import Column, Link
from rulekit.resource import ATTACHMENT_EXTENSIONS, url_extension
from rulekit.text import HEADER_LINE, SOURCE_LINE, header_date, nfkc, parse_date_text, shown_date

if TYPE_CHECKING:
    from rulekit.page import Page

#: The national page metadata (《政府网站发展指引》), in their canonical spelling.
NATIONAL_META = ("SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnDescription",
                 "ColumnKeywords", "ColumnType", "ArticleTitle", "PubDate", "ContentSource",
                 "Keywords", "Author", "Description", "Image", "Url")
_META_CANON = {name.lower(): name for name in NATIONAL_META}
_LIST_PAGE = re.compile(r"(?:^|/)(?:index|default|list)(?:_\d+)?\.[a-z]+$|/$", re.I)
#: A list page links to at least this many documents of its own folder.
LIST_MIN_LINKS = 2


def national_meta(metas: Iterable[etree._Element]) -> dict[str, str]:
    """The ``<meta name=… content=…>`` tags of a page, its ``<meta>`` elements in document
    order (first non-empty value of each), the national names in their canonical spelling
    (``contentSource`` is ``ContentSource``)."""
    found: dict[str, str] = {}
    for el in metas:
        name = (el.get("name") or "").strip()
        content = el.get("content")
        if not name or content is None:
            continue
        content = " ".join(content.split())
        key = _META_CANON.get(name.lower(), name)
        if content and key not in found:
            found[key] = content
    return found


# -- publish dates ---------------------------------------------------------------------------
def pub_dates(published: Any, pubdate_meta: str | None, shown: tuple[dt.date, str] | None
              ) -> dict[str, dt.date]:
    """Every publish date a page gives, by where it is (see :attr:`Page.pub_dates`): the
    manifest's ``published``, the ``PubDate`` meta, and the ``shown`` date with its label."""
    found: dict[str, dt.date] = {}
    for source, value in (("manifest", published), ("PubDate meta", pubdate_meta)):
        date = _as_date(value)
        if date is not None:
            found[source] = date
    if shown is not None:
        found[shown[1]] = shown[0]
    return found


def shown_date_of(page: Page) -> tuple[dt.date, str] | None:
    """The publish date the page's text shows, with its label (or where it stands)."""
    if page.is_attachment:
        return None
    text = page.normalized.text
    shown = shown_date(text)
    if shown is None and page.title:
        found = header_date(text, page.title)
        shown = (found, HEADER_LINE) if found else None
    return shown


def pub_date_of(dates: dict[str, dt.date], shown: tuple[dt.date, str] | None
                ) -> tuple[dt.date | None, str | None]:
    """The publish date among ``dates`` and where it came from (see :attr:`Page.pub_date`)."""
    if "manifest" in dates:
        return dates["manifest"], "manifest"
    meta = dates.get("PubDate meta")
    if shown is not None and shown[1] not in (SOURCE_LINE, HEADER_LINE) and shown[0] != meta:
        return shown  # the labelled date a reader sees beats a CMS's re-stamped meta
    if meta is not None:
        return meta, "PubDate meta"
    return shown if shown is not None else (None, None)


def _as_date(value: Any) -> dt.date | None:
    """A date given as a date, a datetime or text (``2020年08月02日``, ``2016-11-22 09:53``)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return parse_date_text(str(value)) if value else None


# -- column ----------------------------------------------------------------------------------
def column_of(page: Page, parent_column: Column | None
              ) -> tuple[Column, dict[str, str | None]]:
    """The page's column and where its name and type came from (see :attr:`Page.column`);
    ``parent_column`` is the column of the page linking to an attachment."""
    source: dict[str, str | None] = {"name": None, "type": None}
    name = page.info.get("column")
    if name:
        source["name"] = "manifest"
    else:
        name = page.meta.get("ColumnName")
        source["name"] = "ColumnName meta" if name else None
    ctype = page.info.get("column_type")
    if ctype:
        source["type"] = "manifest"
    else:
        ctype = column_type_of(page.meta.get("ColumnType"), page.site.column_words)
        source["type"] = "ColumnType meta" if ctype else None
    if not ctype:
        ctype = column_type_of(name, page.site.column_words)
        source["type"] = f"column name ({source['name']})" if ctype else None
    for where, given in (("config", None), ("parent page", parent_column)):
        if ctype is not None and name is not None:
            break
        if where == "config":
            given = page.site.column_for(page.url)
        if given is None:
            continue
        if not name and given.name:
            name, source["name"] = given.name, where
        if not ctype and given.type:
            ctype, source["type"] = given.type, where
    return Column(name=name or None, type=ctype or None), source


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


# -- article or list page --------------------------------------------------------------------
def article_of(page: Page) -> tuple[bool, str]:
    """Whether the page is an article, and why (see :attr:`Page.is_article`)."""
    if page.is_attachment:
        return True, "an attachment: checked as a document"
    if page.info.get("title"):
        return True, "the manifest gives it a title"
    if _LIST_PAGE.search(urlsplit(page.url).path or "/"):
        own = page.own_documents()
        if own >= LIST_MIN_LINKS:
            return False, (f"a list page: its URL names an index and it links to {own} "
                           "documents of its own column")
        if "ArticleTitle" in page.meta:
            return True, "ArticleTitle meta (its URL names an index, but it lists nothing)"
        return False, "its URL names a list or index page"
    if "ArticleTitle" in page.meta:
        return True, "ArticleTitle meta"
    if page.pub_date is not None:
        return True, f"it has a publish date ({page.pub_date_source})"
    return False, "no ArticleTitle meta and no publish date"


def count_own_documents(url: str, links: Iterable[Link]) -> int:
    """How many distinct pages under the folder of ``url`` its ``links`` lead to (index and
    list pages and downloads aside): the documents a column's list page lists."""
    here = urlsplit(url)
    folder = here.path.rsplit("/", 1)[0] + "/"
    seen: set[str] = set()
    for link in links:
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
