"""links.broken and links.external: the links of a site's pages, judged against its export.

Seeds 003 (部分政府网站存在链接错误) and 004 (栏目链接无法正常访问); the indicators deduct for
every link that does not open (首页 −1, other pages −0.1 each). No link is fetched: a run has
no network, and the export (a mirror's files, a WARC's records with their status) is what
the site served. Each page's references are collected while it is read (``page.references``:
every ``a``, ``img``, ``script``, ``link``, ``iframe``, ``frame``, ``area``, ``embed``,
``object`` and scripted download button, resolved as a browser would), and the site rule
looks each internal one up in the export's index.
"""

from __future__ import annotations

import fnmatch
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import rulekit
from rulekit.site_index import INDEX_PAGES, IndexEntry, SiteIndex

#: The longest link text a finding quotes, and a target URL it names.
_TEXT_CHARS, _URL_CHARS = 60, 300
#: What a finding calls each kind of element when its link has no text of its own.
_TAG_WORDS = {"img": "图片", "script": "脚本", "link": "样式表", "iframe": "内嵌框架",
              "frame": "框架", "embed": "嵌入对象", "object": "嵌入对象", "source": "媒体",
              "video": "视频", "audio": "音频", "area": "图片热区"}
#: A cap on the links listed per domain in a links.external finding (the count is whole).
_EXAMPLES = 20


def site_hosts(base_url: str, extra: list[str] | tuple[str, ...] = ()) -> tuple[str, ...]:
    """The host names that are the site itself: ``base_url``'s, its ``www.``/bare twin, and
    any the config adds, in lower case."""
    try:
        host = (urlsplit(base_url).hostname or "").rstrip(".")
    except ValueError:
        host = ""
    twin = host[4:] if host.startswith("www.") else f"www.{host}"
    hosts = [h for h in (host, twin, *(e.lower().rstrip(".") for e in extra)) if h]
    return tuple(dict.fromkeys(hosts))


@lru_cache(maxsize=16_384)
def _host(url: str) -> str | None:
    """The host of an http(s) URL in lower case (no user, no port); None for another
    scheme. Read from the string, and remembered: every reference of every page passes
    here, most of them the template's, the same on every page."""
    head = url[:8].lower()
    if head.startswith("http://"):
        rest = url[7:]
    elif head.startswith("https://"):
        rest = url[8:]
    else:
        return None
    end = len(rest)
    for stop in "/?#\\":
        i = rest.find(stop, 0, end)
        if i >= 0:
            end = i
    host = rest[:end].rpartition("@")[2]
    if host.startswith("["):  # an IPv6 literal keeps its colons
        return host.partition("]")[0].lower() + "]"
    return host.partition(":")[0].lower().rstrip(".")


def _words(text: str, tag: str) -> str:
    """The link as a finding names it: its text, else the kind of element it is."""
    text = text if len(text) <= _TEXT_CHARS else text[:_TEXT_CHARS] + "…"
    return text or _TAG_WORDS.get(tag, "链接")


def _references(page: Any, hosts: tuple[str, ...], internal: bool) -> tuple[str, str]:
    """The page's distinct targets (no fragment) that are (or are not) the site's, each
    with the words of its first reference: ``(urls, words)``, each joined by newlines
    (:func:`_pairs` splits them). A page's hundred links as two strings, not a hundred
    pairs: the site rules read every page's, and two strings unpickle four times faster."""
    seen: dict[str, str] = {}
    for url, text, tag, _attr in page.references:
        if "#" in url:  # (a resolved URL holds no newline: they are dropped)
            url = url[:url.index("#")]
        if url in seen:
            continue
        host = _host(url)
        if host is None or (host in hosts) is not internal:
            continue
        seen[url] = _words(text, tag).replace("\n", " ")
    return "\n".join(seen), "\n".join(seen.values())


def _pairs(targets: tuple[str, str]) -> Iterator[tuple[str, str]]:
    """The (URL, words) pairs :func:`_references` joined."""
    urls, words = targets
    if urls:
        yield from zip(urls.split("\n"), words.split("\n"), strict=True)


_BROKEN_OPTIONS = {
    "index_pages": {
        "type": "array", "items": {"type": "string"}, "default": list(INDEX_PAGES),
        "description": "the pages that make a folder's URL (/zwgk/) valid, as servers try "
                       "them; a folder without one is a broken link"},
    "hosts": {
        "type": "array", "items": {"type": "string"}, "default": [],
        "description": "other host names of the same site (besides base_url's host and its "
                       "www./bare twin, over http and https)"},
    "ignore": {
        "type": "array", "items": {"type": "string"}, "default": [],
        "description": "URL patterns (shell globs, * any characters) of internal links not "
                       "checked: dynamic pages an export cannot hold (站内搜索 …)"},
}


@rulekit.rule(
    "links.broken",
    meta={"verdict": {"item": "链接可用性", "points": 0.1, "home_points": 1}},
    title="网站存在错误链接（链接无法正常访问）",
    severity="error",
    scope="site",
    source="临夏州通报（seed 003）：“部分政府网站存在链接错误”；宝鸡市通报（seed 004）：“栏目链接无法"
           "正常访问”；《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）：链接可用性",
    options=_BROKEN_OPTIONS,
)
def broken(site, index, collected, options):
    """Links from any page to a page or attachment of the site itself that the export does
    not hold, or that the server answered with an error (a WARC's 4xx or 5xx, also at the
    end of a redirect). Every reference counts: links, images, scripts, stylesheets,
    frames, image maps, embedded objects and scripted download buttons, resolved as a
    browser would (``<base href>``, root-relative, backslashes, escaped or raw Chinese
    names). The site is ``base_url``'s host and its ``www.``/bare twin, over http and
    https; links elsewhere are not fetched (the run has no network). A folder link
    (``/zwgk/``) is valid only when the folder has an index page (``index_pages``). One
    finding per page and target, naming the link's text and the target; ``--format json``
    carries both in each finding's ``details`` (``target``, ``link_text``, ``reason``,
    ``status``).

    ## Why
    Inspections fail sites whose links do not open: seed 003 reports 部分政府网站存在链接错误,
    seed 004 names towns whose 栏目链接无法正常访问, and the national indicators deduct for
    every link that does not open (one point on the home page, 0.1 elsewhere).

    ## Example
    ```html
    <!-- rulekit: url http://www.example.gov.cn/zwgk/tzgg/t20220512_1.html -->
    <html><head><title>关于开展安全生产检查的通知</title></head><body>
    <h1>关于开展安全生产检查的通知</h1>
    <p>附件：<a href="P020220512_检查表.doc">安全生产检查表</a></p>
    <p><a href="t20220512_1.html#top">返回顶部</a></p>
    </body></html>
    ```

    ## Use instead
    ```html
    <!-- rulekit: url http://www.example.gov.cn/zwgk/tzgg/t20220512_1.html -->
    <html><head><title>关于开展安全生产检查的通知</title></head><body>
    <h1>关于开展安全生产检查的通知</h1>
    <p><a href="http://www.example.gov.cn/zwgk/tzgg/t20220512_1.html#top">返回顶部</a>
    <a href="https://www.gov.cn/">中国政府网</a> <a href="javascript:window.print()">打印</a></p>
    </body></html>
    ```
    """
    hosts = site_hosts(site.base_url, options["hosts"])
    pages = options["index_pages"]
    ignore = options["ignore"]
    # each target judged once: the hashes of those judged (a portal's hundreds of thousands
    # of distinct targets as strings were the reduce's largest cost in memory; two URLs
    # sharing a 64-bit hash, about one chance in a billion, would be judged as one), and
    # the broken ones' verdicts
    judged: set[int] = set()
    broken_urls: dict[str, tuple[str, str, int | None]] = {}
    # in the order the pages were merged (the quickest read): what is found does not depend
    # on it, as each target is judged once wherever it is first met
    for page_url, (urls, words) in collected.internal.items():
        listed = urls.split("\n") if urls else []
        if not judged.issuperset(map(hash, listed)):  # (most pages: every target judged)
            fresh = set(map(hash, listed)).difference(judged)  # (hashes cached in the str)
            judged.update(fresh)
            for url in listed:
                h = hash(url)
                if h not in fresh:
                    continue
                fresh.discard(h)
                if any(fnmatch.fnmatchcase(url, pattern) for pattern in ignore):
                    continue
                verdict = _verdict(index, url, hosts, pages)
                if verdict is not None:
                    broken_urls[url] = verdict
        if broken_urls.keys().isdisjoint(listed):
            continue
        for url, text in zip(listed, words.split("\n"), strict=True):
            verdict = broken_urls.get(url)
            if verdict is None:
                continue
            reason, why, status = verdict
            shown = url if len(url) <= _URL_CHARS else url[:_URL_CHARS] + "…"
            yield rulekit.Problem(
                message=f"链接无法正常访问：“{text}”指向{shown}，{why}",
                evidence=f"“{text}” → {shown}", key=url,
                target=rulekit.Target(kind="page", site=site.name, url=page_url),
                details={"target": url, "link_text": text, "reason": reason,
                         "status": status})


def _verdict(index: SiteIndex, url: str, hosts: tuple[str, ...], pages: list[str]
             ) -> tuple[str, str, int | None] | None:
    """Why a link of the site is broken (a reason, its words, the status), or None."""
    if index.reaches_content(url, hosts=hosts, index_pages=pages):
        return None  # (most targets: told without reading their entry)
    entry: IndexEntry | None = index.find(url, hosts=hosts, index_pages=pages)
    if entry is None:
        return "missing", "网站导出中没有该页面或文件", None
    status = entry.status
    if status is not None and status >= 400:
        return "status", f"服务器返回错误（HTTP {status}）", status
    if entry.location and status is not None and 300 <= status < 400:
        try:
            target = urljoin(entry.url, entry.location)
        except ValueError:
            return "redirect", "跳转地址无效", status
        if _host(target) in hosts:  # a redirect to a page of the site it does not hold
            return "redirect", "跳转至网站导出中没有的页面", status
    return None


@broken.collect
def internal(page, site, options):
    """The site's own targets of the page, each with its link's words."""
    return _references(page, site_hosts(site.base_url, options["hosts"]), True)


@rulekit.rule(
    "links.external",
    title="网站外部链接（供人工审核）",
    severity="info",
    scope="site",
    default=False,
    source="《政府网站发展指引》（国办发〔2017〕47号）：链接外部网站须审核其内容；"
           "《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决：链接反动、暴力、色情等内容",
    options={
        "hosts": {"type": "array", "items": {"type": "string"}, "default": [],
                  "description": "other host names of the same site, not external"},
    },
)
def external(site, collected, options):
    """Every link to another site, grouped by domain, for an inspector to review: one
    finding per domain with the number of links and pages, and the links themselves (the
    first twenty, with the page that has each) in ``details``. Off by default: select
    ``links.external`` (or ``links``) to list them. Nothing is fetched.

    ## Why
    A government site answers for the sites it links to: the indicators make linking to
    reactionary, violent or pornographic content a veto item, and the guideline asks that
    outbound links be reviewed. An expired domain that now serves a casino is found by
    reading this list, not by any status code.

    ## Example
    ```html
    <!-- rulekit: url http://www.example.gov.cn/index.html -->
    <html><head><title>示例县人民政府</title></head><body>
    <p>友情链接：<a href="http://www.old-partner-site.com/">某合作网站</a></p>
    </body></html>
    ```

    ## Use instead
    ```html
    <!-- rulekit: url http://www.example.gov.cn/index.html -->
    <html><head><title>示例县人民政府</title></head><body>
    <p><a href="http://example.gov.cn/index.html">首页</a></p>
    </body></html>
    ```
    """
    by_domain: dict[str, dict[str, list[Any]]] = defaultdict(dict)
    for page_url, targets in collected.external.sorted_items():
        for url, text in _pairs(targets):
            domain = _host(url) or ""
            seen = by_domain[domain].setdefault(url, [text, []])
            seen[1].append(page_url)
    for domain in sorted(by_domain):
        links = by_domain[domain]
        pages = {p for _text, where in links.values() for p in where}
        listed = [{"target": url, "link_text": text, "pages": where[:5]}
                  for url, (text, where) in sorted(links.items())[:_EXAMPLES]]
        yield rulekit.Problem(
            message=f"外部链接：{domain}，{len(links)}个链接，见于{len(pages)}个页面，请人工审核",
            evidence="；".join(f"“{item['link_text']}” → {item['target']}"
                              for item in listed[:3]),
            key=domain,
            target=rulekit.Target(kind="site", site=site.name, url=site.base_url),
            details={"domain": domain, "links": len(links), "pages": len(pages),
                     "examples": listed})


@external.collect(name="external")
def external_targets(page, site, options):
    """The page's targets on other sites, each with its link's words."""
    return _references(page, site_hosts(site.base_url, options["hosts"]), False)

