"""A page's references, resolved as a browser would, and the index finding them however a
link spells the URL."""

from __future__ import annotations

import time

import pytest

from rulekit import builders
from rulekit.page import Page
from rulekit.site_index import IndexEntry, SiteIndex, url_key

BASE = "http://www.example.gov.cn/"


def refs(html: str, url: str = BASE + "zwgk/t1.html", **kw) -> list[tuple[str, str, str]]:
    return [(r.url, r.text, r.tag) for r in builders.page(html, url=url, **kw).references]


def test_every_kind_of_reference_with_its_tag_and_text():
    found = refs("""<html><body>
      <a href="a.html">通知</a><area href="/map.html" alt="地图"><img src="../img/1.png" alt="图">
      <script src="/js/a.js"></script><link rel="stylesheet" href="/css/a.css">
      <iframe src="f.html"></iframe><frame src="g.html"><embed src="e.swf">
      <object data="o.swf"></object>
      <a href="javascript:download('/u/W0201.pdf')">下载</a>
      <a href="#" onclick="window.open('附件.wps')">WPS版</a>
      <a href="http://other.cn/x"><img src="/logo.png" alt="外站"></a>
    </body></html>""")
    assert found == [
        (BASE + "zwgk/a.html", "通知", "a"), (BASE + "map.html", "地图", "area"),
        (BASE + "img/1.png", "图", "img"), (BASE + "js/a.js", "", "script"),
        (BASE + "css/a.css", "", "link"), (BASE + "zwgk/f.html", "", "iframe"),
        (BASE + "zwgk/g.html", "", "frame"), (BASE + "zwgk/e.swf", "", "embed"),
        (BASE + "zwgk/o.swf", "", "object"), (BASE + "u/W0201.pdf", "下载", "a"),
        (BASE + "zwgk/附件.wps", "WPS版", "a"), ("http://other.cn/x", "外站", "a"),
        (BASE + "logo.png", "外站", "img")]


@pytest.mark.parametrize(("inner", "text"), [
    ("通知公告", "通知公告"),
    ("  通知\t公告\n ", "通知 公告"),
    ("通知\u200b公告", "通知公告"),
    ("通知\u3000\u3000公告", "通知 公告"),
    ("ＰＤＦ版（１２３）", "PDF版(123)"),
    ("<span>关于</span> <b>通知</b>", "关于 通知"),
    ("a\u00a0b", "a b"),
    ("", "标题"),
])
def test_link_text_is_trimmed_collapsed_and_nfkc_whatever_its_shape(inner, text):
    """One text node or many, ASCII, full-width or with zero-width and ideographic spaces:
    the text a finding quotes is the same tidy NFKC string."""
    assert refs(f'<html><body><a href="a.html" title="标题">{inner}</a></body></html>') == [
        (BASE + "zwgk/a.html", text, "a")]


def test_what_is_not_a_link_and_what_a_comment_holds_are_left_out():
    found = refs("""<body><a href="javascript:void(0)">x</a><a href="#top">顶部</a>
      <a href="mailto:a@example.gov.cn">信箱</a><a href="tel:12345">电话</a>
      <img src="data:image/png;base64,AAAA"><a href="JavaScript:;">y</a><a href="">self</a>
      <a>no href</a><link rel="dns-prefetch" href="//cdn.example.com">
      <!-- <a href="old.html">旧栏目</a> --><!--[if IE]><script src="ie.js"></script><![endif]-->
      <a href="http://[">坏</a><a href="ok.html">好</a></body>""")
    assert [u for u, _t, _g in found] == [BASE + "zwgk/ok.html"]


def test_base_href_backslashes_white_space_and_raw_names():
    found = refs("""<head><base href="http://www.example.gov.cn/xxgk/"></head><body>
      <a href=" zcwj\\2022\\通知.html ">一</a><a href="a&#10;b.html">二</a>
      <a href="list.jsp?id=5&amp;p=1">三</a><a href="//www.example.gov.cn/x.html">四</a>
      <a href="/root.html">五</a><a href="../up.html">六</a></body>""")
    assert [u for u, _t, _g in found] == [
        BASE + "xxgk/zcwj/2022/通知.html", BASE + "xxgk/ab.html",
        BASE + "xxgk/list.jsp?id=5&p=1", BASE + "x.html", BASE + "root.html", BASE + "up.html"]


def test_raw_bytes_of_a_gbk_page_are_read_in_its_charset():
    html = ('<html><head><meta charset="gbk"></head><body><a href="附件/通知.pdf">通知</a>'
            '</body></html>').encode("gbk")
    page = Page(BASE + "zwgk/t1.html", html, site=builders.site(), where="t1.html")
    assert [(r.url, r.text) for r in page.references] == [
        (BASE + "zwgk/附件/通知.pdf", "通知")]


def test_a_page_with_100000_links_is_read_up_to_the_cap_quickly():
    body = "".join(f'<a href="/p/{i}.html">第{i}条</a>' for i in range(100_000))
    page = builders.page(f"<body>{body}</body>")
    started = time.perf_counter()
    found = page.references
    assert len(found) == page.site.limits.links_per_page
    assert any("references" in str(p) for p in page.problems)
    assert time.perf_counter() - started < 30  # a hang, not a timing: figures are benchmarks'


def test_a_huge_href_is_read_without_trouble():
    huge = "/" + "a" * 2_000_000 + ".html"
    assert refs(f'<body><a href="{huge}">长</a></body>')[0][0] == BASE.rstrip("/") + huge


# -- the index -------------------------------------------------------------------------------

def _index(*urls: str, **status: int) -> SiteIndex:
    index = SiteIndex()
    for url in urls:
        index.add(IndexEntry(url, url))
    return index


def test_url_key_reads_escapes_case_ports_and_saved_queries():
    assert url_key("HTTP://WWW.Example.gov.cn:80/a/%E9%80%9A%E7%9F%A5.pdf#x") == (
        "www.example.gov.cn", "/a/通知.pdf", "")
    assert url_key("https://www.example.gov.cn:443/a/通知.pdf") == (
        "www.example.gov.cn", "/a/通知.pdf", "")
    assert url_key("http://www.example.gov.cn:8080/") == ("www.example.gov.cn:8080", "/", "")
    assert url_key(BASE + "list.jsp%3Fid=5") == ("www.example.gov.cn", "/list.jsp", "id=5")
    assert url_key(BASE + "%B8%BD%BC%FE.pdf")[1] == "/附件.pdf"  # GBK escapes, not UTF-8
    assert url_key("http://www.example.gov.cn:99999/") is None
    assert url_key("http://[") is None


def test_find_however_the_link_spells_the_url():
    index = _index(BASE + "a/%E9%80%9A%E7%9F%A5.pdf", BASE + "b/说明.doc",
                   BASE + "css/a.css", BASE + "list.jsp?id=5", BASE + "q.jsp%3Fid=7")
    for url in ("http://WWW.EXAMPLE.GOV.CN:80/a/通知.pdf", "https://www.example.gov.cn/a/通知.pdf",
                BASE + "b/%E8%AF%B4%E6%98%8E.doc", BASE + "css/a.css?v=20220512",
                BASE + "list.jsp?id=5", BASE + "list.jsp?id=5#top", BASE + "q.jsp?id=7",
                "http://example.gov.cn/b/说明.doc"):
        assert index.find(url, hosts=("www.example.gov.cn", "example.gov.cn")) is not None, url
    assert index.find(BASE + "list.jsp?id=6") is None  # saved by query: another query is not
    assert index.find(BASE + "a/通知.ofd") is None
    assert index.find("http://example.gov.cn/b/说明.doc") is None  # not named a twin
    assert index.find("http://other.cn/b/说明.doc", hosts=("www.example.gov.cn",)) is None


@pytest.mark.parametrize("name", ["index.html", "index.htm", "default.htm", "default.html",
                                  "index.shtml"])
def test_a_folder_is_found_only_through_an_index_page(name):
    index = _index(BASE + f"zwgk/{name}", BASE + "empty/t1.html")
    assert index.find(BASE + "zwgk/") is not None and index.find(BASE + "zwgk") is not None
    assert index.find(BASE + "empty/") is None and index.find(BASE + "empty") is None
    assert index.find(BASE + "zwgk/", index_pages=("main.html",)) is None


def test_find_follows_redirects_and_returns_one_that_leaves_the_export():
    index = SiteIndex()
    index.add(IndexEntry(BASE + "old/", "#1", 301, location="https://www.example.gov.cn/new/"))
    index.add(IndexEntry(BASE + "new/index.html", "#2", 200))
    index.add(IndexEntry(BASE + "gone.html", "#3", 302, location="/missing.html"))
    index.add(IndexEntry(BASE + "dead.html", "#4", 301, location="/404.html"))
    index.add(IndexEntry(BASE + "404.html", "#5", 404))
    assert index.find(BASE + "old").url == BASE + "new/index.html"
    assert index.find(BASE + "gone.html").status == 302
    assert index.find(BASE + "dead.html").status == 404


def test_plain_paths_are_joined_as_urljoin_joins_them():
    """The shortcut for plain paths gives what ``urljoin`` gives, for every shape of href
    (dot segments, empty segments, queries, parameters, schemes, raw Chinese) under every
    shape of folder, the shortcut's own and the ones it leaves to ``urljoin``."""
    import itertools
    from urllib.parse import urljoin

    from rulekit.page.links import _join

    pieces = ["a", "b.html", "..", ".", "", "中文", "%E4%B8%AD", ";p", "?q", "#f", "http:",
              ".hidden", "x..", "c d"]
    hrefs = {"/".join(p) for n in (1, 2, 3) for p in itertools.product(pieces, repeat=n)}
    hrefs |= {"/" + h for h in hrefs} | {"//cdn.example.com/a.js", "http://other.cn/x"}
    hrefs |= {f"{scheme}{host}/{h}" for scheme in ("http://", "HTTPS://", "ftp://", "http:")
              for host in ("www.example.gov.cn", "h.cn:8080", "") for h in
              ("", "a/../b.html", "a.html?", "a.html#", "x?q=1#f", "中文/附件.pdf")}
    folders = ["http://www.example.gov.cn/", "https://h.cn:8080/a/b/", "http://h/a//b/",
               "http://h/./a/", "http://h/a/../", "http://h.cn/中文/", "http://h/a;x/",
               "HTTP://H/a/", "http://h/.x/"]
    for folder in folders:
        for href in sorted(hrefs):
            if href and href[0] != "?":
                assert _join(folder, href) == urljoin(folder, href), (folder, href)
