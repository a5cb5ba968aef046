"""A page's footer (页面底部功能区) and the identifiers the national guideline puts in it.

The guideline (国办发〔2017〕47号, its page design annex) and seed 003 ask every page to carry
in its footer: 党政机关网站标识, the 我为政府网站找错 entry, 网站地图, 主办单位 and 联系方式,
网站标识码, ICP备案编号 and 公安机关备案标识. Sites write them as text (网站标识码：3609990001,
赣ICP备12001234号-1), as links and images (beian.miit.gov.cn, an alt of 党政机关) and as
scripts that draw them (dcs.conac.cn for the 党政机关 badge, jiucuo.js for 找错), so each is
looked for in the footer's visible text and in its markup's attributes and scripts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from rulekit.text import INVISIBLE, nfkc

#: Classes and ids that name a footer in the templates of government CMSes (footer, foot,
#: bottom, copyright, 版权 as bq/banquan, 底部 as dibu/db_).
_FOOTER_NAME = re.compile(r"foot|bottom|copyright|(?:^|[-_ ])(?:bq|banquan|dibu)(?:$|[-_ \d])",
                          re.I)
_SITE_CODE = re.compile(r"网站标识码\s*[:：]?\s*(bm[0-9]{8}|[0-9]{10})(?![0-9])", re.I)
_ICP = re.compile(r"[\u4e00-\u9fff]\s*ICP\s*备\s*[0-9]{6,10}(?![0-9])", re.I)
_POLICE = re.compile(r"[\u4e00-\u9fff]\s*公网安备\s*[0-9]{14}(?![0-9])")
_CONTACT = re.compile(r"联系|电话|邮箱|信箱|e-?mail", re.I)


@dataclass(frozen=True)
class Footer:
    """What one page's footer holds: which element it is (``template``: its tag, id and
    class, which the pages of one template share), which identifiers it carries, and its
    网站标识码."""

    template: str
    found: frozenset[str]
    site_code: str | None


def _text_has(pattern: re.Pattern[str]) -> Callable[[str, str], bool]:
    return lambda text, _markup: pattern.search(text) is not None


def _conac(text: str, markup: str) -> bool:
    return "conac.cn" in markup or "_ideconac" in markup or "党政机关" in text + markup


def _jiucuo(text: str, markup: str) -> bool:
    return "jiucuo" in markup or "找错" in text + markup or "zfwzgl.www.gov.cn" in markup


def _sitemap(text: str, markup: str) -> bool:
    return "网站地图" in text + markup or "sitemap" in markup or "/wzdt" in markup


#: Each identifier, by the Chinese name a finding gives it, and how it is recognised in the
#: footer's NFKC text and its lower-cased markup (attributes and scripts).
IDENTIFIERS: dict[str, Callable[[str, str], bool]] = {
    "党政机关网站标识": _conac,
    "我为政府网站找错": _jiucuo,
    "网站地图": _sitemap,
    "主办单位": lambda text, _m: "主办" in text,
    "联系方式": lambda text, _m: _CONTACT.search(text) is not None,
    "网站标识码": _text_has(_SITE_CODE),
    "ICP备案编号": _text_has(_ICP),
    "公安机关备案标识": _text_has(_POLICE),
}


_Found = tuple[etree._Element, "tuple[str, frozenset[str]] | None"]


#: The last footer search, (root, xpath, found): a page's footer is searched by the footer
#: rule and again by columns.blank (where an article's text ends), and the search reads
#: the footer's text. One entry, so at most one page's DOM outlives its page a while.
_last_search: tuple[etree._Element, str | None, _Found | None] | None = None


def _footer(root: etree._Element, xpath: str | None = None) -> _Found | None:
    """:func:`_search_footer`, once per page and ``xpath``."""
    global _last_search
    last = _last_search  # (one read: another thread may replace it meanwhile)
    if last is not None and last[0] is root and last[1] == xpath:
        return last[2]
    found = _search_footer(root, xpath)
    _last_search = (root, xpath, found)
    return found


def _search_footer(root: etree._Element, xpath: str | None = None) -> _Found | None:
    """The page's footer, with its contents when the search already read them: the last
    element ``xpath`` finds when a site names it; else, of the outermost elements whose tag
    is ``footer`` or whose id or class names a footer, the last that holds an identifier (a
    login box's "verifybox-bottom" after the footer holds none), or the last of them; else
    the body's last block with visible text."""
    if xpath:
        found = [e for e in root.xpath(xpath) if isinstance(e, etree._Element)]
        return (found[-1], None) if found else None
    body = root.find("body")
    if body is None:
        body = root
    # Right to left, each element before its descendants: the first named element met is
    # the last outermost one, and a footer sits at the end, so the walk is short.
    fallback: etree._Element | None = None
    stack = list(body)
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or el.tag in INVISIBLE:
            continue
        if el.tag == "footer" or _FOOTER_NAME.search(
                f"{el.get('id') or ''} {el.get('class') or ''}"):
            contents = _contents(el)
            if contents[1]:
                return el, contents
            fallback = fallback if fallback is not None else el
            continue  # (what holds no identifier holds none inside either)
        stack.extend(el)
    if fallback is not None:
        return fallback, None
    for el in reversed(body):
        if isinstance(el.tag, str) and el.tag not in INVISIBLE and "".join(el.itertext()).strip():
            return el, None
    return None


#: The values of every attribute under an element but its styles.
_ATTRIBUTES = etree.XPath(".//@*[not(name()='style')]")


def _contents(el: etree._Element) -> tuple[str, frozenset[str]]:
    """An element's NFKC text (its scripts' too: a badge is drawn by one) and the
    identifiers it holds."""
    return _identified("".join(el.itertext()), " ".join(str(v) for v in _ATTRIBUTES(el)))


@lru_cache(maxsize=256)
def _identified(raw_text: str, attributes: str) -> tuple[str, frozenset[str]]:
    """What :func:`_contents` makes of an element's text and attributes, remembered: every
    page of a template carries the same footer, whose text would be normalised and
    searched for each identifier on every page."""
    text = nfkc(raw_text)
    markup = f"{attributes} {text}".lower()
    return text, frozenset(name for name, test in IDENTIFIERS.items() if test(text, markup))


def read_footer_text(root: etree._Element | None) -> str | None:
    """The first line of text of a page's footer (where its footer starts in the page's
    text), or None when the page has none."""
    hit = _footer(root) if root is not None else None
    if hit is None:
        return None
    for line in "".join(hit[0].itertext()).split("\n"):
        line = " ".join(line.split())
        if len(line) >= 4:
            return line[:20]
    return None


def read_footer(root: etree._Element | None, xpath: str | None = None) -> Footer | None:
    """The identifiers of a page's footer, or None when the page has no footer at all."""
    if root is None:
        return None
    hit = _footer(root, xpath)
    if hit is None:
        return None
    el, contents = hit
    text, found = contents or _contents(el)
    code = _SITE_CODE.search(text)
    template = f"<{el.tag}" + "".join(f' {a}="{el.get(a)}"' for a in ("id", "class")
                                      if el.get(a)) + ">"
    return Footer(template, found, code.group(1).lower() if code else None)
