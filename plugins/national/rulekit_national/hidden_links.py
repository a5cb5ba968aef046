"""content.hidden-links (暗链): links a reader cannot see that lead off the site.

Hacked government pages carry links to gambling and adult sites hidden from visitors but
read by search engines: in an element styled out of sight (``display:none``,
``visibility:hidden``, zero size, a huge negative offset or indent, ``font-size:0``), by a
class or id a ``<style>`` block hides, inside a ``<marquee>``, or written by a script
(``document.write``, an ``eval``/``unescape``/``atob`` of an encoded string). Commercial
monitors sell this check; provinces name it in their notices.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

import rulekit
from rulekit_national.links import site_hosts

#: where a government page's hidden links legitimately lead: its collapsed menus (a drop-down
#: hidden until hovered) link to other government sites and the central media
TRUSTED = ("gov.cn", "12377.cn", "conac.cn", "people.com.cn", "xinhuanet.com", "news.cn",
           "cctv.com", "cctv.cn", "chinanews.com.cn", "qstheory.cn", "gmw.cn")

#: what a planted link's text or address says: gambling, lotteries, adult content, the
#: spam of hacked sites (a hidden share button or CMS credit says none of it)
SPAM_WORDS = ("博彩", "彩票", "赌场", "赌博", "娱乐城", "棋牌", "百家乐", "真人娱乐", "投注",
              "足球推荐", "老虎机", "葡京", "澳门", "威尼斯人", "太阳城", "时时彩", "六合彩",
              "色情", "成人", "情色", "黄色网站", "av", "伟哥", "代孕", "代开发票", "私服",
              "外挂", "网赌", "赌球", "电子游艺", "捕鱼", "casino", "bet", "poker", "slot",
              "porn", "sex", "xxx", "lottery", "gamble")

_HIDING = [
    (re.compile(r"display\s*:\s*none"), "display:none"),
    (re.compile(r"visibility\s*:\s*hidden"), "visibility:hidden"),
    (re.compile(r"(?<![-\w])(?:width|height)\s*:\s*0(?:px|em|%)?\s*(?:;|$|!)"), "零尺寸"),
    (re.compile(r"font-size\s*:\s*0(?:px|em|pt|%)?\s*(?:;|$|!)"), "font-size:0"),
    (re.compile(r"(?:left|top|right|text-indent|margin-left|margin-top)\s*:\s*-\d{3,}"),
     "移出可视区域"),
    (re.compile(r"opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!)"), "opacity:0"),
]
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE_SELECTOR = re.compile(r"^\s*([.#])([\w-]+)\s*$")
_SCRIPT_HREF = re.compile(r"""href\s*=\s*\\?["']?(https?://[^"'\\\s>]+)""", re.I)
_UNESCAPE = re.compile(r"""unescape\(\s*["']([^"']+)["']\s*\)""")
_ATOB = re.compile(r"""atob\(\s*["']([A-Za-z0-9+/=]{16,})["']\s*\)""")
#: What browsers drop from a URL before reading it: tabs and line breaks anywhere.
_URL_NOISE = str.maketrans("", "", "\t\n\r")
_COLOR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-f]{3,6}|[a-z]+)")
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(#[0-9a-f]{3,6}|[a-z]+)")


def _hiding(style: str) -> str | None:
    style = style.lower()
    for pattern, why in _HIDING:
        if pattern.search(style):
            return why
    fg, bg = _COLOR.search(style), _BACKGROUND.search(style)
    if fg and bg and _same_colour(fg.group(1), bg.group(1)):
        return "文字颜色与背景相同"
    return None


def _same_colour(a: str, b: str) -> bool:
    def norm(c: str) -> str:
        if re.fullmatch(r"#[0-9a-f]{3}", c):
            return "#" + "".join(ch * 2 for ch in c[1:])
        return {"white": "#ffffff", "black": "#000000"}.get(c, c)
    return norm(a) == norm(b)


def _hidden_classes(styles: Iterable[etree._Element]) -> dict[str, str]:
    """``.cls`` and ``#id`` selectors a page's ``<style>`` blocks hide, with how."""
    out: dict[str, str] = {}
    for style in styles:
        for selectors, body in _CSS_RULE.findall(style.text or ""):
            why = _hiding(body)
            if not why:
                continue
            for selector in selectors.split(","):
                m = _SIMPLE_SELECTOR.match(selector)
                if m:
                    out[m.group(1) + m.group(2)] = why
    return out


def _why_hidden(el: etree._Element, hidden: dict[str, str]) -> str | None:
    """Why an element, or one of its ancestors, is out of the reader's sight."""
    node: etree._Element | None = el
    while node is not None and isinstance(node.tag, str):
        if node.tag == "marquee":
            return "位于<marquee>滚动区域"
        if node.get("hidden") is not None:
            return "hidden属性"
        why = _hiding(node.get("style") or "")
        if why:
            return why
        for cls in (node.get("class") or "").split():
            if "." + cls in hidden:
                return f"样式类.{cls}（{hidden['.' + cls]}）"
        if node.get("id") and "#" + node.get("id") in hidden:
            return f"#{node.get('id')}（{hidden['#' + node.get('id')]}）"
        node = node.getparent()
    return None


def _may_lead_off_site(page: rulekit.Page, own: tuple[str, ...], hosts: tuple[str, ...]
                       ) -> bool:
    """Whether an anchor of the page may lead off the site, read from the references the
    page resolved once for every rule (an absolute href resolves to its own host): most
    pages link only to themselves and to trusted sites, and their anchors are then not
    walked again. True as well when the references stopped at the links cap."""
    refs = page.references
    if len(refs) >= page.site.limits.links_per_page:
        return True
    prefixes = _own_prefixes(own)
    for url, _text, tag, _attr in refs:
        if tag == "a" and not url.startswith(prefixes) and _leads_off_site(url, hosts):
            return True
    return False


@lru_cache(maxsize=16_384)
def _leads_off_site(url: str, hosts: tuple[str, ...]) -> bool:
    """:func:`_off_site` of a resolved URL, remembered: a site's template links the same
    government sites from every page (the URL strings are shared, their hashes kept)."""
    return _off_site(url, hosts) is not None


@lru_cache(maxsize=64)
def _own_prefixes(own: tuple[str, ...]) -> tuple[str, ...]:
    """How the URLs of the site's own pages start: ``http://host/`` and ``https://host/``."""
    return tuple(f"{scheme}://{host}/" for host in own for scheme in ("http", "https"))


def _decoded_scripts(text: str) -> Iterator[str]:
    """A script's text, and what its encoded strings decode to."""
    yield text
    for m in _UNESCAPE.finditer(text):
        yield unquote(m.group(1))
    for m in _ATOB.finditer(text):
        try:
            yield base64.b64decode(m.group(1)).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            continue


def _spam(words: tuple[str, ...], *texts: str) -> str | None:
    """The first spam word in ``texts`` (lower-cased; an ASCII word only as a whole word or
    domain label, so ``bet`` is not found in ``alphabet``)."""
    for text in texts:
        low = text.lower()
        for word in words:
            if word.isascii():
                if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", low):
                    return word
            elif word in low:
                return word
    return None


def _off_site(url: str, hosts: tuple[str, ...]) -> str | None:
    """The host of an absolute ``url`` (no tab or line break in it: hrefs have them
    dropped, script URLs cannot hold them) when it is off the site, else None. Its
    authority (what follows ``//`` up to ``/``, ``?`` or ``#``, as ``urlsplit`` cuts it)
    is read once per distinct value: a page names the same few hosts hundreds of times."""
    head = url[:8].lower()
    if head.startswith("http://"):
        start = 7
    elif head.startswith("https://"):
        start = 8
    else:  # (not what the rule passes: read as urlsplit reads it)
        try:
            return _foreign_host(urlsplit(url).netloc, hosts)
        except ValueError:
            return None
    end = len(url)
    for sep in "/?#":
        at = url.find(sep, start, end)
        if at >= 0:
            end = at
    return _foreign_host(url[start:end], hosts)


@lru_cache(maxsize=4096)
def _foreign_host(authority: str, hosts: tuple[str, ...]) -> str | None:
    """The host an authority (``user@Host.gov.cn:8080``) names, when it is neither the
    site's nor under a trusted domain; else None."""
    try:
        host = (urlsplit("http://" + authority).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    foreign = bool(host) and host not in hosts and not any(host.endswith("." + h)
                                                           for h in hosts)
    return host if foreign else None


@rulekit.rule(
    "content.hidden-links",
    meta={"verdict": {"item": "安全、泄密事故等严重问题"}},
    title="网站存在暗链",
    severity="error",
    scope="page",
    source="《政府网站与政务新媒体检查指标》单项否决「安全、泄密事故等严重问题」（链接反动、暴力、"
           "色情等内容）；各省通报“网站被植入暗链”",
    options={"hosts": {"type": "array", "items": {"type": "string"}, "default": [],
                       "description": "other names of the same site (not off-site)"},
             "trusted": {"type": "array", "items": {"type": "string"},
                         "default": list(TRUSTED),
                         "description": "domains (and their subdomains) a hidden link may lead "
                                        "to: a collapsed menu's links to government sites"},
             "words": {"type": "array", "items": {"type": "string"},
                       "default": list(SPAM_WORDS),
                       "description": "what a planted link's text or address says (gambling, "
                                      "adult content); a hidden link without one is a share "
                                      "button, a CMS credit, a collapsed menu"}},
)
def hidden_links(page, site, options):
    """A link off the site (another host than ``base_url``'s, its ``www.`` twin and
    ``hosts``, and not under a ``trusted`` domain: government sites and the central media,
    which a collapsed drop-down menu links to) that a reader cannot see: in an element, or under one, styled
    ``display:none``, ``visibility:hidden``, zero width or height, ``font-size:0``,
    ``opacity:0``, shifted a thousand pixels or more off screen, in its background's
    colour, with the ``hidden`` attribute, hidden by a ``.class`` or ``#id`` rule of a
    ``<style>`` block, or inside a ``<marquee>``; or an off-site link a script writes
    (``document.write``, an ``unescape``d or ``atob``-decoded string) — when its text,
    title or address says what planted links say (``words``: 博彩, 彩票, 娱乐城, 色情 …; a
    hidden share button, CMS credit or collapsed menu says none of it). One finding per page
    and host, naming how it is hidden.

    ## Why
    Hidden links to gambling or adult sites are planted in hacked sites for search engines.
    Linking such content is a veto item of the national indicators (安全、泄密事故等严重问题);
    provinces report 「网站被植入暗链」.

    ## Example
    ```html
    <!-- rulekit: url http://www.example.gov.cn/xwzx/a.html -->
    <p>示例县召开春耕生产工作会议。</p>
    <div style="position:absolute;left:-9999px"><a href="http://bet.example.com/">足球投注</a></div>
    ```

    ## Use instead
    ```html
    <!-- rulekit: url http://www.example.gov.cn/xwzx/a.html -->
    <p>示例县召开春耕生产工作会议。</p>
    <p><a href="http://www.gov.cn/">中国政府网</a></p>
    ```
    """
    if page.tree is None:
        return
    own = site_hosts(site.base_url, options["hosts"])
    hosts = own + tuple(t.lower().lstrip(".") for t in options["trusted"])
    words = tuple(w.lower() for w in options["words"])
    seen: set[str] = set()
    anchors = page.elements("a") if _may_lead_off_site(page, own, hosts) else ()
    hidden: dict[str, str] | None = None
    for a in anchors:
        href = (a.get("href") or "").strip()
        if "\t" in href or "\n" in href or "\r" in href:  # browsers drop them: "ht\ttp://"
            href = href.translate(_URL_NOISE)
        if not href.lower().startswith(("http://", "https://", "//")):
            continue
        # the host of an absolute href is its own: joined only when it leads off the site
        # (a portal's thousands of absolute links to itself cost a urljoin each)
        host = _off_site(href if href[1] != "/" else "http:" + href, hosts)
        if host is None or host in seen:
            continue
        url = urljoin(page.base, href)
        text = " ".join("".join(a.itertext()).split())[:40]
        if not _spam(words, text, a.get("title") or "", url):
            continue
        if hidden is None:
            hidden = _hidden_classes(page.elements("style"))
        why = _why_hidden(a, hidden)
        if why:
            seen.add(host)
            yield rulekit.Problem(
                message=f"网站存在暗链：页面中隐藏的链接“{text}”指向外部网站{host}（{why}）",
                evidence=f"“{text}” → {url}", key=f"hidden:{host}")
    for script in page.elements("script"):
        for text in _decoded_scripts(script.text or ""):
            if "document.write" not in text and text == (script.text or ""):
                continue  # a plain script's URLs are not links a page shows
            for m in _SCRIPT_HREF.finditer(text):
                host = _off_site(m.group(1), hosts)
                near = text[m.start():m.end() + 200]
                if host and host not in seen and _spam(words, m.group(1), near):
                    seen.add(host)
                    yield rulekit.Problem(
                        message=f"网站存在暗链：脚本写入指向外部网站{host}的链接（document.write"
                                "或编码字符串解码后写入）",
                        evidence=f"脚本：{m.group(1)}", key=f"hidden:{host}")
