"""policy.interpretation-link and policy.search-box: policy documents and their interpretations
linked both ways, and a policy column's own search box (seed 003: 文件链接解读稿件，解读稿件与
政策文件做到互相跳转; 政策文件栏目要设置专门的搜索框).

Both are site rules. Each page gives what it is (a policy document, an interpretation, a
policy column's list page, any other page), its title and the site's pages it links to, or
the search boxes it holds; the reduce pairs documents with interpretations, and tells a
column's own search box from the one every page's template carries.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import rulekit
from rulekit.site_index import url_key
from rulekit.text import nfkc
from rulekit_national.pagenorms import is_home

#: Titles that name an interpretation (解读 of a document), besides its column's type: they
#: open with 图解 or 一图读懂, or end with 解读 (关于做好政策解读工作的通知 is a document).
_INTERPRETATION_TITLE = re.compile(r"^(?:图解|一图读懂|一图看懂)|(?:解读|政策问答|答记者问)$")
#: A document's title quoted in its interpretation's: 《…》.
_QUOTED = re.compile(r"《([^《》]{4,80})》")
#: What an interpretation's title adds to its document's: 关于《…》的政策解读 …
_TITLE_NOISE = re.compile(r"[《》“”\"'‘’\s]|的?(?:政策)?解读$|^(?:图解|一图读懂|一图看懂)[:：]?")
#: A search box: an input named or labelled for a search, or any text input of a form whose
#: action, id or class names one.
_SEARCH_WORDS = re.compile(r"search|sousuo|jiansuo|keyword|searchword|query|检索|搜索|关键[字词]",
                           re.I)
_TEXT_INPUTS = ("", "text", "search")


def _key(title: str) -> str:
    """A title as documents and interpretations are matched on: NFKC, no quotes or spaces."""
    return _TITLE_NOISE.sub("", nfkc(title))


@rulekit.rule(
    "policy.interpretation-link",
    meta={"verdict": {"item": "政策文件与解读", "points": 1}},
    title="政策文件与解读未相互关联",
    severity="warning",
    scope="site",
    source="临夏州通报（seed 003）：“在政府网站发布时做到文件链接解读稿件，解读稿件与政策文件做到"
           "互相跳转”",
)
def interpretation_link(site, collected):
    """A policy document and its interpretation (解读) that do not link to each other. An
    interpretation is a page of a 解读 column, or titled as one (…解读, 图解…, 一图读懂…,
    政策问答); its document is the policy document it links to, else the one whose title
    it quotes in 《》 or repeats. Each side without a link to the other is one finding: the
    document (政策文件未链接解读稿件) and the interpretation (解读稿件未链接政策文件). A
    document that no interpretation in the export names gives no finding: not every
    document is interpreted, and the export may not hold the interpretation.

    ## Why
    Notices ask that a policy document link to its interpretation and the interpretation back
    to the document (seed 003: 文件链接解读稿件，解读稿件与政策文件做到互相跳转), so a reader of
    either finds the other.

    ## Example
    ```html
    <!-- rulekit: url http://www.example.gov.cn/zwgk/zcwj/202205/t20220505_1.html -->
    <html><head><meta name="ColumnName" content="政策文件">
    <meta name="ArticleTitle" content="关于印发《示例县耕地保护专项资金管理办法》的通知"></head>
    <body><h1>关于印发《示例县耕地保护专项资金管理办法》的通知</h1><p>各乡（镇）……</p></body></html>
    <!-- rulekit: url http://www.example.gov.cn/zwgk/zcjd/202205/t20220510_1.html -->
    <html><head><meta name="ColumnName" content="政策解读">
    <meta name="ArticleTitle" content="《示例县耕地保护专项资金管理办法》政策解读"></head>
    <body><h1>《示例县耕地保护专项资金管理办法》政策解读</h1><p>一、出台背景……</p></body></html>
    ```

    ## Use instead
    ```html
    <!-- rulekit: url http://www.example.gov.cn/zwgk/zcwj/202205/t20220505_1.html -->
    <html><head><meta name="ColumnName" content="政策文件">
    <meta name="ArticleTitle" content="关于印发《示例县耕地保护专项资金管理办法》的通知"></head>
    <body><h1>关于印发《示例县耕地保护专项资金管理办法》的通知</h1><p>各乡（镇）……</p>
    <p>相关解读：<a href="../../zcjd/202205/t20220510_1.html">政策解读</a></p></body></html>
    <!-- rulekit: url http://www.example.gov.cn/zwgk/zcjd/202205/t20220510_1.html -->
    <html><head><meta name="ColumnName" content="政策解读">
    <meta name="ArticleTitle" content="《示例县耕地保护专项资金管理办法》政策解读"></head>
    <body><h1>《示例县耕地保护专项资金管理办法》政策解读</h1><p>一、出台背景……</p>
    <p>原文链接：<a href="../../zcwj/202205/t20220505_1.html">原文</a></p></body></html>
    ```
    """
    # one pass keeps each document's title and each interpretation whole; a document's
    # links are read back only for the documents an interpretation names (every document's
    # links held at once took the reduce of 100,000 pages from 183 to 427 MB)
    documents: dict[str, str] = {}
    interpretations: list[tuple[str, str, tuple[str, ...]]] = []
    for url, value in collected.pages.items():
        if value is None:
            continue
        kind, title, links = value
        if kind == "document":
            documents[url] = title
        elif kind == "interpretation":
            interpretations.append((url, title, links))
    # a link as the export's URLs are compared (http/https, escapes, the www twin)
    keys = {_same(url): url for url in documents}
    linked_from: dict[str, set[tuple[str, str, str] | str]] = {}
    by_title: dict[str, str] = {}  # a document by its title, and by the title it issues
    for url, title in sorted(documents.items()):
        for name in (title, *_QUOTED.findall(nfkc(title))):  # 印发《…》的通知
            by_title.setdefault(_key(name), url)
    for url, title, links in sorted(interpretations):
        linked = sorted({keys[k] for k in map(_same, links) if k in keys})
        named = _named_document(title, by_title)
        if named in linked:
            document = named
        elif len(linked) == 1:
            document = linked[0]
        else:  # none, or a sidebar of latest documents: the one its title names, if any
            document, linked = named, []
        if document is None:
            continue
        doc_title = documents[document]
        if not linked:
            yield rulekit.Problem(
                message=f"解读稿件未链接政策文件：“{title}”未链接其解读的《{doc_title}》",
                key=f"interpretation:{url}",
                target=rulekit.Target(kind="page", site=site.name, url=url),
                details={"document": document})
        if document not in linked_from:
            linked_from[document] = {_same(u) for u in collected.pages[document][2]}
        if _same(url) not in linked_from[document]:
            yield rulekit.Problem(
                message=f"政策文件未链接解读稿件：《{doc_title}》未链接其解读“{title}”",
                key=f"document:{document}",
                target=rulekit.Target(kind="page", site=site.name, url=document),
                details={"interpretation": url})


def _same(url: str) -> tuple[str, str, str] | str:
    """A URL as links to it are matched: host without ``www.``, path and query, the scheme
    and escapes aside (``url_key``)."""
    key = url_key(url)
    if key is None:
        return url
    host, path, query = key
    return (host[4:] if host.startswith("www.") else host, path, query)


def _named_document(title: str, by_title: dict[str, str]) -> str | None:
    """The document an interpretation's title names: quoted in 《》, or the whole title."""
    for quoted in _QUOTED.findall(nfkc(title)):
        if _key(quoted) in by_title:
            return by_title[_key(quoted)]
    return by_title.get(_key(title))


@interpretation_link.collect(name="pages")
def documents_and_interpretations(page, site):
    """A policy document or an interpretation: its kind, title and the site's pages it
    links to; None for any other page."""
    if page.tree is None or not page.is_article:
        return None
    ctype, title = page.column.type, page.title or ""
    if ctype == "interpretation" or _INTERPRETATION_TITLE.search(title.strip()):
        kind = "interpretation"
    elif ctype == "policy":
        kind = "document"
    else:
        return None
    host = _bare(urlsplit(page.url).hostname)
    links = sorted({link.url.split("#", 1)[0] for link in page.links
                    if _bare_host(link.url) == host})
    return (kind, title, tuple(links))


@rulekit.rule(
    "policy.search-box",
    meta={"verdict": {"item": "政策文件与解读", "points": 2}},
    title="政策文件栏目未设置单独搜索功能",
    severity="warning",
    scope="site",
    source="临夏州通报（seed 003）：“政府网站政策文件栏目没有设置单独搜索功能”；“政策文件栏目要设置专门"
           "的搜索框”",
)
def search_box(site, collected):
    """A policy-document column whose list pages hold no search box of their own. The site's
    search box, the one its template puts on every page (the header's 站内搜索), is not the
    column's: a list page passes with a search form or field that no page outside the policy
    columns carries (文件检索 by title, 文号, year …). One finding per column, on its first
    list page.

    ## Why
    Notices fail policy columns without a search of their own (seed 003: 政策文件栏目没有设置
    单独搜索功能), as a reader looking for one document cannot search the column alone.

    ## Example
    ```html
    <!-- rulekit: url http://www.example.gov.cn/zwgk/zcwj/index.html -->
    <html><head><meta name="ColumnName" content="政策文件"></head><body>
    <ul><li><a href="202205/t20220505_1.html">示例县耕地保护专项资金管理办法</a></li></ul>
    </body></html>
    ```

    ## Use instead
    ```html
    <!-- rulekit: url http://www.example.gov.cn/zwgk/zcwj/index.html -->
    <html><head><meta name="ColumnName" content="政策文件"></head><body>
    <form action="/search/zcwj" class="zcwj-search"><input type="text" name="title"
    placeholder="请输入文件标题或文号"><input type="submit" value="检索"></form>
    <ul><li><a href="202205/t20220505_1.html">示例县耕地保护专项资金管理办法</a></li></ul>
    </body></html>
    ```
    """
    # two passes over the stored values, not every page's held at once: the boxes of the
    # pages outside the policy columns (the site's), then the policy list pages in order
    boxes = collected.boxes
    site_wide = {box for value in boxes.values() if value is not None and not value[1]
                 for box in value[2]}
    columns: dict[str, list[tuple[str, bool]]] = {}
    for url, value in boxes.sorted_items():
        if value is not None and value[0] is not None:
            column, _policy, found = value
            own = any(box not in site_wide for box in found)
            columns.setdefault(column, []).append((url, own))
    for column, lists in sorted(columns.items()):
        if any(own for _, own in lists):
            continue
        yield rulekit.Problem(
            message=f"政策文件栏目未设置单独搜索功能：“{column}”栏目页没有专门的搜索框"
                    "（仅有全站搜索或没有搜索）",
            key=column, target=rulekit.Target(kind="page", site=site.name, url=lists[0][0]),
            details={"column": column, "pages": [u for u, _ in lists[:3]]})


@search_box.collect(name="boxes")
def search_boxes(page, site):
    """Every page: for a policy column's list page, its column; whether the page is of a
    policy column; the search boxes it holds (those of the other pages are the site's)."""
    if page.tree is None:
        return None
    policy = page.column.type == "policy"
    column = None
    if policy and not page.is_article and not is_home(page, site):
        column = page.column.name or urlsplit(page.url).path.rsplit("/", 1)[0] + "/"
    return (column, policy, _boxes(page))


@lru_cache(maxsize=16_384)
def _bare_host(url: str) -> str:
    """A URL's host without ``www.``, remembered: a site's template links the same pages
    from every page."""
    return _bare(_hostname(url))


def _hostname(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _bare(host: str | None) -> str:
    host = (host or "").lower()
    return host[4:] if host.startswith("www.") else host


def _boxes(page: Any) -> tuple[str, ...]:
    """Each search box of the page, as a signature: its form's action and the field's name."""
    found = []
    for field in page.elements("input"):
        if (field.get("type") or "").strip().lower() not in _TEXT_INPUTS:
            continue
        form = field.getparent()
        while form is not None and form.tag != "form":
            form = form.getparent()
        words = " ".join(field.get(a) or "" for a in ("name", "id", "class", "placeholder",
                                                     "value", "title"))
        where = " ".join(form.get(a) or "" for a in ("action", "id", "class", "name")) \
            if form is not None else ""
        if not _SEARCH_WORDS.search(f"{words} {where}"):
            continue
        action = (form.get("action") or "").strip() if form is not None else ""
        if action:
            try:
                action = urlsplit(urljoin(page.base, action)).path
            except ValueError:
                pass
        found.append(f"{action}|{field.get('name') or field.get('id') or ''}")
    return tuple(sorted(set(found)))
