"""The export's index and the collect steps of site rules."""

from __future__ import annotations

import types

import pytest

import rulekit
from rulekit.resource import Resource, Skipped
from rulekit.rules import RuleDefinitionError
from rulekit.site_index import IndexEntry, SiteIndex

BASE = "http://www.example.gov.cn/"


def test_an_entry_with_content_wins_and_folders_find_their_index_page():
    index = SiteIndex()
    index.add_skipped(Skipped(BASE + "a.html", "x.warc#1", "not a page", status=404))
    index.add_resource(Resource(BASE + "a.html", lambda: b"", "x.warc#2", status=200))
    index.add_skipped(Skipped(BASE + "a.html", "x.warc#3", "not a page"))  # a revisit after
    assert index[BASE + "a.html#top"].where == "x.warc#2" and index[BASE + "a.html"].ok
    index.add_resource(Resource(BASE + "zwgk/index.html", lambda: b"", "zwgk/index.html"))
    assert BASE + "zwgk/" in index and BASE + "zwgk" not in index
    index.add_skipped(Skipped(BASE + "files/a.wps", "files/a.wps", "format not read"))
    assert index.content_type(BASE + "files/a.wps") == "application/kswps"


def test_redirects_are_followed_inside_the_export_only():
    index = SiteIndex()
    index.add(IndexEntry(BASE + "old.html", "#1", 301, location="/new.html"))
    index.add(IndexEntry(BASE + "new.html", "#2", 200))
    index.add(IndexEntry(BASE + "away.html", "#3", 302, location="http://other.cn/x"))
    index.add(IndexEntry(BASE + "loop.html", "#4", 301, location="/loop.html"))
    assert index.resolve(BASE + "old.html").url == BASE + "new.html"
    assert index.resolve(BASE + "away.html") is None
    assert index.resolve(BASE + "loop.html").status == 301  # hops run out: still a redirect


def test_a_large_index_keeps_its_order_and_every_name():
    """Past a batch of writes, entries come back in the order recorded, with a name that is
    not UTF-8 (a mirror's GBK file name, read with surrogates) and one added after a find."""
    index = SiteIndex()
    urls = [f"{BASE}zwgk/t{i:05d}.html" for i in range(5_000)]
    for i, url in enumerate(urls):
        index.add(IndexEntry(url, f"zwgk/t{i:05d}.html", size=i))
    odd = BASE + "files/\udcb9\udcab\udcb8\udce6.doc"
    index.add(IndexEntry(odd, "files/gbk-name.doc"))
    index.add(IndexEntry(urls[7], "a revisit", 404))  # an error never replaces content
    assert len(index) == 5_001 and list(index)[:3] == urls[:3] and list(index)[-1] == odd
    assert index[urls[7]].where == "zwgk/t00007.html" and index[urls[4_321]].size == 4_321
    assert index.find(odd).where == "files/gbk-name.doc"
    assert index.find(BASE.upper().replace("HTTP", "http") + "zwgk/t00042.html#top").size == 42
    index.add(IndexEntry(BASE + "late/index.html", "late/index.html"))
    assert index.find(BASE + "late/").where == "late/index.html"
    index.close()


def _mixed_index() -> SiteIndex:
    index = SiteIndex()
    index.add(IndexEntry(BASE + "a.html", "a.html"))  # a mirror's file
    index.add(IndexEntry(BASE + "zwgk/index.html", "zwgk/index.html"))  # a folder's page
    index.add(IndexEntry(BASE + "list.jsp?id=5", "list.jsp@id=5"))  # a saved query
    index.add(IndexEntry(BASE + "ok.html", "#1", 200))
    index.add(IndexEntry(BASE + "gone.html", "#2", 404))
    index.add(IndexEntry(BASE + "old.html", "#3", 301, location="/ok.html"))
    index.add(IndexEntry(BASE + "odd.html", "#4", 200, location="/a.html"))  # 200 that moves
    index.add(IndexEntry(BASE + "late.html", "#5", 404))
    index.add(IndexEntry(BASE + "late.html", "#6", 200))  # content wins over the error
    index.add(IndexEntry(BASE + "worse.html", "#7", 200))
    index.add(IndexEntry(BASE + "worse.html", "#8", 404))  # an error never replaces it
    return index


def test_reaches_content_says_what_find_says_without_reading_the_entry():
    """A link checker asks each target whether it leads to content; told from memory, the
    answer must be find's: content and no redirect, by every form find tries."""
    index = _mixed_index()
    twin = "http://example.gov.cn/"
    hosts = ("www.example.gov.cn", "example.gov.cn")
    urls = [BASE + "a.html", BASE + "a.html#top", BASE + "A.html", BASE + "zwgk/",
            BASE + "zwgk", BASE + "list.jsp?id=5", BASE + "list.jsp?id=6", BASE + "ok.html",
            BASE + "gone.html", BASE + "old.html", BASE + "odd.html", BASE + "late.html",
            BASE + "worse.html", BASE + "missing.html", twin + "a.html", twin + "zwgk/",
            "http://other.cn/a.html", "mailto:a@b.cn", BASE + "style.css?v=3"]
    told = set()
    for url in urls:
        for known in ((), hosts):
            entry = index.find(url, hosts=known)
            if index.reaches_content(url, hosts=known):  # never said of what find judges
                assert entry is not None and entry.ok and not entry.location, (url, known)
                told.add((url, known))
    # said of every target found directly with content; a redirect is left to find
    assert {url for url, known in told if not known} == {
        BASE + "a.html", BASE + "a.html#top", BASE + "zwgk/", BASE + "zwgk",
        BASE + "list.jsp?id=5", BASE + "ok.html", BASE + "late.html", BASE + "worse.html"}
    assert not index.reaches_content(BASE + "old.html") and index.find(BASE + "old.html").ok
    assert index.reaches_content(twin + "a.html", hosts=hosts)
    assert not index.reaches_content(twin + "a.html")
    index.close()
    # asked first whether each leads to content (its entries' rows not yet keyed), then
    # found: the same answers
    later = _mixed_index()
    asked = {(url, known) for url in urls for known in ((), hosts)
             if later.reaches_content(url, hosts=known)}
    assert asked == told
    fresh = _mixed_index()
    assert [later.find(u, hosts=k) for u in urls for k in ((), hosts)] == \
        [fresh.find(u, hosts=k) for u in urls for k in ((), hosts)]
    later.close()
    fresh.close()


def _site_plugin(calls: list[str]) -> types.ModuleType:
    @rulekit.rule("county.titles", title="标题重复", scope="site")
    def titles(collected):
        seen: dict[str, str] = {}
        for url, title in sorted(collected.title.items()):
            if title in seen:
                yield rulekit.Problem(message=f"标题重复：{title}", key=url)
            seen.setdefault(title, url)

    @titles.collect
    def title(page):
        calls.append(page.url)
        if "坏" in page.text:
            raise ValueError("bad page")
        return page.title

    module = types.ModuleType("county_site")
    module.titles = titles
    return module


def test_collect_runs_only_for_a_selected_rule_and_a_failure_costs_one_page(export):
    calls: list[str] = []
    export.page("a.html", "<p>一</p>", title="通知")
    export.page("b.html", "<p>二</p>", title="通知")
    export.page("c.html", "<p>坏</p>", title="其他")
    result = export.run("rules:\n  select: [privacy]\n", extra_plugins=[_site_plugin(calls)])
    assert calls == []  # not selected: nothing collected
    result = export.run("rules:\n  select: [county]\n", extra_plugins=[_site_plugin(calls)])
    assert len(calls) == 3
    assert [f.message for f in result.findings if f.rule == "county.titles"] == ["标题重复：通知"]
    (error,) = [f for f in result.findings if f.rule == "plugin"]
    assert "收集步骤title" in error.message and error.target.url.endswith("c.html")
    assert result.exit_code == 3


def test_only_a_site_rule_collects():
    @rulekit.rule("county.page", title="x", scope="page")
    def page_rule(page):
        return None

    with pytest.raises(RuleDefinitionError, match="only a site rule"):
        page_rule.collect(lambda page: 1)


def test_files_are_indexed_with_their_size(export):
    from rulekit.config import load
    from rulekit.readers.mirror import iter_mirror

    export.page("index.html", "<a href='/files/rules.wps'>wps</a>")
    export.file("site/files/rules.wps", b"\xd0\xcf\x11\xe0" + b"x" * 1000)
    site = load(export.config()).sites[0]
    index = SiteIndex()
    for item in iter_mirror(site, skipped=True):
        if isinstance(item, Skipped):
            index.add_skipped(item)
        elif isinstance(item, Resource):  # offered to the readers; none reads .wps
            index.add_resource(item)
    entry = index[BASE + "files/rules.wps"]
    assert entry.size == 1004 and entry.ok
    assert index[BASE + "index.html"].size > 0


def test_a_rule_off_by_default_runs_only_when_named():
    from rulekit.rules import rule, select

    on = rule("county.on", title="开")(lambda page: None)
    off = rule("county.off", title="关", default=False)(lambda page: None)
    ids = lambda *a: [r.id for r in select([on, off], *a)]  # noqa: E731
    assert ids(None, None) == ["county.on"] and ids(["ALL"], None) == ["county.on"]
    assert ids(["county"], None) == ["county.on", "county.off"]
    assert ids(["county.off"], None) == ["county.off"]
    assert ids(["ALL", "county.off"], ["county.on"]) == ["county.off"]
    assert ids(["county"], ["county.off"]) == ["county.on"]


def test_attachments_are_not_read_when_no_selected_rule_reads_them(export):
    export.page("zwgk/t1.html", '<a href="a.pdf">附件</a><img src="scan.png">')
    export.file("site/zwgk/a.pdf", b"%PDF-1.4 not really a pdf")
    result = export.run(select=["site.charset-declaration"])
    assert result.summary.not_checked.get("not needed by the selected rules") == 1
    assert not [f for f in result.findings if f.rule == "input"]
    result = export.run(select=["privacy.id-number"])  # reads attachments: the PDF is read
    assert "not needed by the selected rules" not in result.summary.not_checked
    assert [f for f in result.findings if f.rule == "input" and "a.pdf" in f.target.url]


# URLs as pages link them: plain ones (the short way) and every shape urlsplit must read
_URLS = [
    "http://www.example.gov.cn/", "http://www.example.gov.cn", "https://example.gov.cn/a/b.html",
    "HTTP://www.example.gov.cn/zwgk/index.html#top", "http://www.example.gov.cn/list.jsp?id=5",
    "http://www.example.gov.cn/list.jsp?id=5&p=2#x", "http://www.example.gov.cn/?",
    "http://www.example.gov.cn/a?b?c", "http://www.example.gov.cn/通知/关于.html",
    "http://www.example.gov.cn/%E9%80%9A%E7%9F%A5.html", "http://www.example.gov.cn/a%3Fid=5",
    "http://www.example.gov.cn/%CD%A8%D6%AA.html", "http://www.example.gov.cn\\zwgk\\a.html",
    "http://WWW.Example.GOV.cn/a.html", "http://www.example.gov.cn:80/a.html",
    "https://www.example.gov.cn:443/a.html", "http://www.example.gov.cn:8080/a.html",
    "http://www.example.gov.cn./a.html", "http://user@www.example.gov.cn/a.html",
    " http://www.example.gov.cn/a.html ", "http://www.example.gov.cn/a.html\u3000",
    "http://www.example.gov.cn/a\tb.html", "http://www.example.gov.cn/a b.html",
    "http://[::1]/a.html", "http://[x/a.html", "http://www.example.gov.cn:99999/a",
    "ftp://www.example.gov.cn/a.html", "http://www.example.gov.cn/a.html#frag ment",
    "http://www.example.gov.cn/a.html?q=%E4%B8%AD", "http://xn--fiqs8s.gov.cn/a.html",
    "http://www.example.gov.cn/../a.html", "http://www.example.gov.cn//a//b.html",
]


@pytest.mark.parametrize("url", _URLS)
def test_the_short_way_to_a_url_key_agrees_with_urlsplit(url):
    from rulekit.site_index import parsed_key, url_key

    assert url_key(url) == parsed_key(url)
