"""A page's links: every anchor as an absolute URL, which of them offer a file to download,
and every reference of any element (images, scripts, frames …) resolved as a browser would."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urljoin

from lxml import etree

from rulekit.model import Link, Reference
from rulekit.page.markup import text_of
from rulekit.resource import ATTACHMENT_EXTENSIONS, extension_of_type, url_extension
from rulekit.text import ZERO_WIDTH, nfkc

#: A file path quoted inside a ``javascript:`` href or an ``onclick`` handler.
_SCRIPTED_FILE = re.compile(
    r"""['"]([^'"\s]+\.(?:pdf|wps|docx?|ofd|xlsx?|et|txt|rtf|zip|rar|7z|pptx?|dps))['"]""", re.I)
#: How the URL of what is never a download ends (before a ``#`` or at its end): a static
#: page, an image, a style, a script, a folder.
_NOT_DOWNLOAD_ENDS = (".html", ".htm", ".shtml", ".shtm", ".xhtml", ".png", ".jpg", ".jpeg",
                      ".gif", ".bmp", ".svg", ".webp", ".ico", ".css", ".js", "/")
#: Words that name a link's format in its visible text (``PDF版``, ``下载WPS``).
_TEXT_FORMATS = re.compile(r"(pdf|wps|docx?|ofd|xlsx?|et|txt|rtf|zip|rar)(?![a-z])", re.I)
#: Extensions of the scripts that serve downloads: their links' text may name the format.
_HANDLER_EXTENSIONS = frozenset({".jsp", ".php", ".asp", ".aspx", ".do", ".action", ".ashx"})


def base_url(bases: Iterable[etree._Element], url: str) -> str:
    """The URL relative links resolve against: the first ``<base href>`` of a page's
    ``<base>`` elements, or the page's own ``url``."""
    for el in bases:
        href = (el.get("href") or "").strip()
        if href:
            try:
                return urljoin(url, href)
            except ValueError:
                break
    return url


def download_links(links: Iterable[Link]) -> list[tuple[Link, str]]:
    """The links that offer a file for download, each with its format (``pdf``, ``wps`` …).

    A cheap test on the URL skips the many links that cannot be downloads (pages, images,
    styles, folders) before their format is looked for.
    """
    out = []
    for link in links:
        if _never_download(link.url):
            continue
        fmt = link_format(link)
        if fmt:
            out.append((link, fmt))
    return out


def _never_download(url: str) -> bool:
    """Whether a URL names a page, image, style, script or folder (before any ``#``): one
    ``endswith`` on its end, not a search of the whole URL, as a page's links are many."""
    if url[-6:].lower().endswith(_NOT_DOWNLOAD_ENDS):
        return True
    if "#" not in url:
        return False
    return any(part.lower().endswith(_NOT_DOWNLOAD_ENDS) for part in url.split("#")[:-1])


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


#: The elements that refer to another resource, and the attribute each names it in.
REFERENCE_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "a": ("href",), "area": ("href",), "link": ("href",), "img": ("src",),
    "script": ("src",), "iframe": ("src",), "frame": ("src",), "embed": ("src",),
    "object": ("data",), "source": ("src",), "video": ("src",), "audio": ("src",),
}
#: Schemes a browser does not fetch from a server: never a link to check.
NOT_LINKS = ("javascript:", "mailto:", "tel:", "data:", "about:", "sms:", "vbscript:")
#: ``<link rel>`` values that name a host to warm up, not a resource.
_HINT_RELS = frozenset({"dns-prefetch", "preconnect"})
#: What browsers drop from a URL before reading it: tabs and line breaks anywhere.
_URL_NOISE = str.maketrans("", "", "\t\n\r")


def read_references(elements: Iterable[etree._Element] | None, base: str, cap: int
                    ) -> tuple[list[Reference], bool]:
    """Every reference of a page's elements (in document order, those named in
    :data:`REFERENCE_ATTRIBUTES`: ``a``, ``area``, ``img``, ``script``, ``link``, ``iframe``,
    ``frame``, ``embed``, ``object`` …, and the file a scripted download button names), as an
    absolute URL resolved as a browser resolves it, with its text, tag and attribute; up to
    ``cap`` of them, and whether there were more.

    Browsers' reading is followed: surrounding white space dropped and tabs and line breaks
    removed, a backslash read as a slash, the URL joined to ``base`` (the ``<base href>``
    or the page's URL). ``javascript:``, ``mailto:``, ``tel:``, ``data:`` and a bare
    fragment (``#top``) are not references; a URL that cannot be parsed (``http://[``) is
    passed over. Comments are not elements, so what a comment holds is never counted.
    """
    out: list[Reference] = []
    if elements is None:
        return out, False
    path = base.split("#", 1)[0].split("?", 1)[0]
    folder = path[:path.rfind("/") + 1] if path.count("/") > 2 else path + "/"
    for el in elements:
        tag = el.tag
        for attr in REFERENCE_ATTRIBUTES[tag]:
            raw = el.get(attr)
            if tag == "a" and (not raw or raw[0] in _MAYBE_SCRIPTED) and (
                    raw is None or _scripted(raw)):
                # a CMS download button: the file its href's or onclick's script names
                m = _SCRIPTED_FILE.search(raw or "")
                if m is None:
                    m, attr = _SCRIPTED_FILE.search(el.get("onclick") or ""), "onclick"
                raw = m.group(1) if m else None
            if not raw:
                continue
            url = _resolve(folder, raw)
            if url is None:
                if raw.lstrip()[:1] != "?":
                    continue
                try:  # (a query alone replaces the page's own: it depends on the whole base)
                    url = urljoin(base, raw.strip().translate(_URL_NOISE))
                except ValueError:
                    continue
            if tag == "link" and (el.get("rel") or "").strip().lower() in _HINT_RELS:
                continue
            if len(out) == cap:
                return out, True
            out.append(_new(Reference, (url, _reference_text(el, tag), tag, attr)))
    return out, False


#: A named tuple made without its generated ``__new__`` (half the cost: a page has
#: hundreds of references).
_new = tuple.__new__
#: How many resolved references and tidied link texts a process remembers: a site's
#: template repeats a few hundred, which stay; a page's own links pass through. Bounded so
#: that a worker's memory does not grow with the run: with 65,536 a worker grew by 44 MB
#: over 20,000 portal pages, with this by 11 MB.
_REMEMBERED = 16_384


@lru_cache(maxsize=_REMEMBERED)
def _resolve(folder: str, raw: str) -> str | None:
    """The absolute URL an attribute's value refers to from a page in ``folder``, read as a
    browser reads it; None when it is no reference (``#top``, ``javascript:``, ``mailto:``,
    a URL that cannot be parsed) or starts with ``?`` (resolved against the whole page URL
    by the caller). Remembered: a site's pages repeat their template's references."""
    href = raw.strip()
    if "\n" in href or "\t" in href or "\r" in href:  # (rare: translate only then)
        href = href.translate(_URL_NOISE)
    if not href or href[0] in "#?" or (
            ":" in href[:11] and href[:11].lower().startswith(NOT_LINKS)):
        return None
    if "\\" in href:  # in the path, as browsers read it; a query keeps its own
        path, sep, query = href.partition("?")
        href = path.replace("\\", "/") + sep + query
    try:
        return _join(folder, href) if len(href) < 1024 else urljoin(folder, href)
    except ValueError:  # http://[ : nothing a browser could fetch
        return None


#: A relative reference ``urljoin`` would only append to its folder (or to the site's
#: root): no scheme, query, fragment, parameters, empty segment or dot segment in it.
_PLAIN_HREF = re.compile(r"/?(?!\.)[^/?#:;\\]+(?:/(?!\.)[^/?#:;\\]+)*/?")
#: Leading ``../`` (and ``./``) segments of a relative reference.
_UP = re.compile(r"(?:\./)*(?:\.\./(?:\./)*)+")
#: A base folder ``urljoin`` keeps as it is: http(s), no empty segment or dot segment.
_PLAIN_FOLDER = re.compile(r"https?://[^/?#:;\\]+(?::[0-9]+)?/(?:(?!\.)[^/?#:;\\]+/)*")


def _join(folder: str, href: str) -> str:
    """``urljoin`` for a reference that does not start with ``?``: it depends on the base's
    folder only (:func:`_resolve` remembers it by folder: a site's pages share their
    template's references, so most are joined once per folder, not once per page). A plain
    path (``xxgk/t1.html``, ``/images/a.png``) under a plain folder is appended without
    parsing either: what ``urljoin`` gives it."""
    if _plain_folder(folder):
        if _PLAIN_HREF.fullmatch(href):
            if href[0] != "/":
                return folder + href
            return folder[:folder.index("/", folder.index("//") + 2)] + href
        up = _UP.match(href)
        if up and (up.end() == len(href) or _PLAIN_HREF.fullmatch(href, up.end())) and \
                href[up.end():up.end() + 1] != "/":
            # ../../images/a.png: that many folders up (never above the root), then the path
            origin = folder.index("/", folder.index("//") + 2)
            names = folder[origin + 1:-1].split("/") if len(folder) > origin + 1 else []
            keep = names[:max(0, len(names) - up.group().count(".."))]
            return folder[:origin + 1] + "".join(n + "/" for n in keep) + href[up.end():]
    scheme_end = folder.find(":")
    if scheme_end > 0 and _WITH_HOST.match(href):  # (a template's: the same in every folder)
        return _join_absolute(folder[:scheme_end].lower(), href)
    return urljoin(folder, href)


@lru_cache(maxsize=1024)
def _plain_folder(folder: str) -> bool:
    """Whether ``urljoin`` keeps a base folder as it is (asked once per folder, not once
    per reference: a page's references share its folder)."""
    return _PLAIN_FOLDER.fullmatch(folder) is not None


#: An absolute URL with a host: ``urljoin`` reads nothing of the base but its scheme.
_WITH_HOST = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#]")


@lru_cache(maxsize=8_192)
def _join_absolute(scheme: str, href: str) -> str:
    return urljoin(f"{scheme}://base/", href)


#: First characters of an href that may be a scripted button (``javascript:``, ``#``, empty
#: after white space); any other href is not one, without stripping it.
_MAYBE_SCRIPTED = frozenset("#jJ") | {chr(c) for c in range(0x3001) if chr(c).isspace()}


def _scripted(href: str) -> bool:
    href = href.strip()
    return not href or href == "#" or href[:11].lower().startswith("javascript:")


def _reference_text(el: etree._Element, tag: str) -> str:
    if tag == "a":
        # (most anchors hold one text node: read it without walking the subtree)
        text = (el.text or "") if len(el) == 0 else text_of(el)
        text = text.strip()
        if not text:  # an image link: its picture's alt
            img = next(el.iter("img"), None)
            text = (img.get("alt") or "") if img is not None else ""
    elif tag in ("img", "area"):
        text = el.get("alt") or ""
    else:
        text = ""
    text = text or el.get("title") or ""
    return _tidy(text) if text else ""


@lru_cache(maxsize=_REMEMBERED)
def _tidy(text: str) -> str:
    """A link's words as findings show them (NFKC, white space collapsed); a site's
    template repeats its links' words on every page, so each is tidied once."""
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        if _UNTIDY.search(text) is None:  # (most: nothing to collapse or remove)
            return text
        return " ".join(text.translate(ZERO_WIDTH).split())
    return nfkc(text)


#: What ``" ".join(text.translate(ZERO_WIDTH).split())`` would change in a text: white space
#: at either end, a run of it, white space other than a space, a zero-width character.
_UNTIDY = re.compile(r"^\s|\s$|\s\s|[^\S ]|[\u200b\u200c\u200d\u2060\ufeff]")
