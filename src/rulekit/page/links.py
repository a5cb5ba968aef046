"""A page's links: every anchor as an absolute URL, and which of them offer a file to download."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urljoin

from lxml import etree

from rulekit.model import Link
from rulekit.page.markup import text_of
from rulekit.resource import ATTACHMENT_EXTENSIONS, extension_of_type, url_extension
from rulekit.text import nfkc

#: A file path quoted inside a ``javascript:`` href or an ``onclick`` handler.
_SCRIPTED_FILE = re.compile(
    r"""['"]([^'"\s]+\.(?:pdf|wps|docx?|ofd|xlsx?|et|txt|rtf|zip|rar|7z|pptx?|dps))['"]""", re.I)
#: hrefs that are never downloads: static pages, images, styles, directories.
_NOT_DOWNLOAD = re.compile(
    r"(?:\.(?:s?html?|xhtml|png|jpe?g|gif|bmp|svg|webp|ico|css|js)|/)(?:#|$)", re.I)
#: Words that name a link's format in its visible text (``PDF版``, ``下载WPS``).
_TEXT_FORMATS = re.compile(r"(pdf|wps|docx?|ofd|xlsx?|et|txt|rtf|zip|rar)(?![a-z])", re.I)
#: Extensions of the scripts that serve downloads: their links' text may name the format.
_HANDLER_EXTENSIONS = frozenset({".jsp", ".php", ".asp", ".aspx", ".do", ".action", ".ashx"})


def base_url(root: etree._Element | None, url: str) -> str:
    """The URL relative links resolve against: ``<base href>`` or the page's own ``url``."""
    if root is not None:
        for el in root.iter("base"):
            href = (el.get("href") or "").strip()
            if href:
                try:
                    return urljoin(url, href)
                except ValueError:
                    break
    return url


def read_links(root: etree._Element | None, base: str, cap: int) -> tuple[list[Link], bool]:
    """Every ``<a href>`` of a DOM as an absolute URL with its visible text, up to ``cap`` of
    them; and whether there were more."""
    out: list[Link] = []
    for el, href in _anchors(root):
        link = _link(base, el, href)
        if link is None:
            continue
        if len(out) == cap:
            return out, True
        out.append(link)
    return out, False


def download_links(root: etree._Element | None, base: str) -> list[tuple[Link, str]]:
    """Links that offer a file for download, each with its format (``pdf``, ``wps`` …).

    Every page's attachments are needed (attachments inherit their page's column), so a
    cheap test on the raw ``href`` skips the many links that cannot be downloads before
    any URL is resolved.
    """
    out = []
    for el, href in _anchors(root):
        if _NOT_DOWNLOAD.search(href):
            continue
        link = _link(base, el, href)
        fmt = link_format(link) if link else None
        if fmt:
            out.append((link, fmt))
    return out


def link_format(link: Link, content_type: str | None = None) -> str | None:
    """A link's download format: from its URL, else its visible text, else a content type."""
    ext = url_extension(link.url)
    if ext in ATTACHMENT_EXTENSIONS:
        return ext[1:]
    if ext and ext not in _HANDLER_EXTENSIONS:
        return None  # a static page or an image is never a download, whatever its text says
    m = _TEXT_FORMATS.search(link.text)
    if m and len(link.text) <= 60:
        return m.group(1).lower()
    if content_type:
        ext = extension_of_type(content_type)
        if ext:
            return ext[1:]
    return None


def _anchors(root: etree._Element | None) -> Iterator[tuple[etree._Element, str]]:
    """Each ``<a>`` that leads somewhere, with its href: for a scripted download button, the
    file its script names."""
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


def _link(base: str, el: etree._Element, href: str) -> Link | None:
    try:
        url = urljoin(base, href)
    except ValueError:
        return None
    return Link(url=url, text=nfkc(text_of(el) or el.get("title") or ""))
