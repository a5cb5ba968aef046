"""A page's title: which heading names the document, with the site's name taken off."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from lxml import etree

from rulekit.page.markup import text_of
from rulekit.text import nfkc

if TYPE_CHECKING:
    from rulekit.page import Page

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


def title_of(page: Page, parent_title: str | None) -> tuple[str | None, str | None]:
    """The page's title and where it came from (see :attr:`rulekit.page.Page.title`);
    ``parent_title`` is the title of the page linking to an attachment."""
    if page.info.get("title"):
        return " ".join(str(page.info["title"]).split()), "manifest"
    if page.is_attachment:
        return parent_title, "parent page" if parent_title else None
    if page.meta.get("ArticleTitle"):
        return page.meta["ArticleTitle"], "ArticleTitle meta"
    root = page.tree
    if root is None:
        return None, None
    names = _site_names(page)
    for el in page.elements("title"):
        text = " ".join(text_of(el).split())
        if text:
            heading = article_heading(root, text, names)
            if heading:
                return heading, "article heading"
            return strip_site_suffix(text, names), "<title>"
    m = _TITLE_FIELD.search(page.text)
    if m and m.group(1).strip():
        return " ".join(m.group(1).split()), "标题 field"
    for el in page.elements("h1"):
        text = " ".join(text_of(el).split())
        if text:
            return text, "<h1>"
    return None, None


def _site_names(page: Page) -> frozenset[str]:
    """Names a title segment may give that are the site's or the column's, not the page's."""
    names = {page.site.name, page.meta.get("SiteName"), page.meta.get("ColumnName")}
    return frozenset(nfkc(n) for n in names if n)


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
