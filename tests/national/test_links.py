"""links.broken and links.external on realistic exports: GBK pages and Chinese file names,
<base href>, saved-query files, folders' index pages, the www twin, WARC 404s and
redirects, and hostile pages."""

from __future__ import annotations

import io
import json
from pathlib import Path

from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rulekit.cli import main

BASE = "http://www.example.gov.cn/"


def _site(export):
    """The pages every page's navigation links to (the home page, 政务公开)."""
    export.page("index.html", "<p>首页</p>")
    export.page("zwgk/index.html", "<p>政务公开</p>")


def _broken(result) -> list[tuple[str, str, str]]:
    return sorted((f.target.url, f.details["target"], f.details["link_text"])
                  for f in result.findings if f.rule == "links.broken")


def test_missing_pages_attachments_images_and_scripts_are_reported_once_per_page(export):
    _site(export)
    export.page("zwgk/tzgg/t1.html", """
        <p><a href="t2.html">关于开展检查的通知</a> <a href="t2.html#p2">同一目标</a>
        <a href="P020220512.pdf">附件下载</a> <a href="P020220512_缺失.doc">检查表</a>
        <img src="/images/缺失.png"> <script src="/js/none.js"></script>
        <link rel="stylesheet" href="/css/a.css?v=3"> <iframe src="/frame.html"></iframe>
        <a href="javascript:download('/uploads/W0201.wps')">WPS版</a></p>""")
    export.page("zwgk/tzgg/t2.html", '<a href="t1.html">上一篇</a><a href="t3.html">下一篇</a>')
    export.file("site/zwgk/tzgg/P020220512.pdf", b"%PDF-1.4")
    export.file("site/css/a.css", "body{}")
    export.file("site/frame.html", "<html><body>框</body></html>")
    result = export.run(select=["links.broken"])
    page1, page2 = BASE + "zwgk/tzgg/t1.html", BASE + "zwgk/tzgg/t2.html"
    assert _broken(result) == [
        (page1, BASE + "images/缺失.png", "图片"), (page1, BASE + "js/none.js", "脚本"),
        (page1, BASE + "uploads/W0201.wps", "WPS版"),
        (page1, BASE + "zwgk/tzgg/P020220512_缺失.doc", "检查表"),
        (page2, BASE + "zwgk/tzgg/t3.html", "下一篇")]
    messages = [f.message for f in result.findings if f.rule == "links.broken"]
    assert "链接无法正常访问：“检查表”指向http://www.example.gov.cn/zwgk/tzgg/P020220512_缺失.doc，" \
           "网站导出中没有该页面或文件" in messages


def test_gbk_pages_chinese_names_escaped_or_raw_and_base_href(export):
    _site(export)
    export.page("xxgk/zcwj/t1.html", """
        <a href="附件/实施方案.pdf">实施方案</a>
        <a href="%E9%99%84%E4%BB%B6/%E5%AE%9E%E6%96%BD%E6%96%B9%E6%A1%88.pdf">同一文件</a>
        <a href="附件\\解读.doc">解读</a> <a href="附件/没有.pdf">没有的附件</a>""",
                encoding="gbk")
    export.page("xxgk/t2.html", """<base href="http://www.example.gov.cn/xxgk/zcwj/">
        <a href="附件/实施方案.pdf">方案</a><a href="t9.html">缺页</a>""")
    export.file("site/xxgk/zcwj/附件/实施方案.pdf", b"%PDF-1.4")
    export.file("site/xxgk/zcwj/附件/解读.doc", b"\xd0\xcf\x11\xe0")
    result = export.run(select=["links.broken"])
    assert _broken(result) == [
        (BASE + "xxgk/t2.html", BASE + "xxgk/zcwj/t9.html", "缺页"),
        (BASE + "xxgk/zcwj/t1.html", BASE + "xxgk/zcwj/附件/没有.pdf", "没有的附件")]


def test_saved_query_files_folders_index_pages_and_the_www_twin(export):
    _site(export)
    export.page("zwgk/t1.html", """
        <a href="/list.jsp?id=5">列表五</a><a href="/list.jsp?id=6">列表六</a>
        <a href="/down.jsp?fileid=7">下载</a><a href="/ztzl/">专题</a><a href="/ztzl">专题2</a>
        <a href="/kong/">空栏目</a><a href="/old/">旧栏目</a>
        <a href="https://example.gov.cn/zwgk/t1.html">本页</a>
        <a href="http://EXAMPLE.gov.cn:80/zwgk/none.html">孪生域名缺页</a>
        <a href="http://www.other.gov.cn/none.html">外站</a>
        <!-- <a href="/commented-out.html">注释里的链接</a> -->""")
    export.file("site/list.jsp@id=5", "<html><body>列表</body></html>")
    export.file("site/down.jsp%3Ffileid=7", b"%PDF-1.4")
    export.page("ztzl/default.htm", "<p>专题</p>")
    export.page("kong/t1.html", "<p>栏目下的文章</p>")
    export.page("old/index.shtml", "<p>旧</p>")
    result = export.run(select=["links.broken"])
    page = BASE + "zwgk/t1.html"
    assert _broken(result) == [
        ("http://www.example.gov.cn/zwgk/t1.html", "http://EXAMPLE.gov.cn:80/zwgk/none.html",
         "孪生域名缺页"),
        (page, BASE + "kong/", "空栏目"), (page, BASE + "list.jsp?id=6", "列表六")]
    # index pages are an option: without .shtml, /old/ has none
    result = export.run("rules:\n  options:\n    links.broken:\n"
                        "      index_pages: [index.html, default.htm]\n",
                        select=["links.broken"])
    assert (page, BASE + "old/", "旧栏目") in _broken(result)


def _warc(path: Path, records: list[tuple[str, str, bytes, list[tuple[str, str]]]]) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, body, headers in records:
            http = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8"),
                                             *headers], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response",
                                                          payload=io.BytesIO(body),
                                                          http_headers=http))
    return path


def test_warc_errors_and_redirects(tmp_path):
    links = "".join(f'<a href="/{n}">{t}</a>' for n, t in [
        ("gone.html", "已删除"), ("error.html", "出错"), ("moved.html", "已迁移"),
        ("moved-away.html", "迁往外站"), ("moved-gone.html", "迁往错误页"),
        ("moved-nowhere.html", "迁往缺页"), ("zwgk", "政务公开"), ("never.html", "未抓取")])
    _warc(tmp_path / "site.warc.gz", [
        (BASE + "index.html", "200 OK", f"<html><body>{links}</body></html>".encode(), []),
        (BASE + "gone.html", "404 Not Found", b"", []),
        (BASE + "error.html", "500 Internal Server Error", b"", []),
        (BASE + "moved.html", "301 Moved", b"", [("Location", "https://www.example.gov.cn/new.html")]),
        (BASE + "new.html", "200 OK", b"<html><body>new</body></html>", []),
        (BASE + "moved-away.html", "302 Found", b"", [("Location", "http://www.gov.cn/")]),
        (BASE + "moved-gone.html", "301 Moved", b"", [("Location", "/gone.html")]),
        (BASE + "moved-nowhere.html", "301 Moved", b"", [("Location", "/nowhere.html")]),
        (BASE + "zwgk", "301 Moved", b"", [("Location", "/zwgk/")]),
        (BASE + "zwgk/", "200 OK", b"<html><body>zwgk</body></html>", []),
    ])
    config = tmp_path / "config.yaml"
    config.write_text("as_of: 2022-05-31\nsites:\n  - name: 示例\n    export: site.warc.gz\n"
                      f"    base_url: {BASE}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(config), "--select", "links.broken",
                                       "--format", "json"])
    found = json.loads(result.stdout)["findings"]
    got = sorted((f["details"]["target"].rsplit("/", 1)[1], f["details"]["reason"],
                  f["details"]["status"]) for f in found if f["rule"] == "links.broken")
    assert got == [("error.html", "status", 500), ("gone.html", "status", 404),
                   ("moved-gone.html", "status", 404), ("moved-nowhere.html", "redirect", 301),
                   ("never.html", "missing", None)]


def test_json_lets_a_script_count_pairs_and_distinct_targets_and_masks_them(export):
    _site(export)
    for n in (1, 2, 3):
        export.page(f"zwgk/t{n}.html", '<a href="/gs/11010519491231002X.html">公示</a>'
                                       '<a href="/none.html">缺页</a>')
    result = CliRunner().invoke(main, ["run", str(export.config()), "--select", "links.broken",
                                       "--format", "json"])
    assert result.exit_code == 1
    found = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "links.broken"]
    pairs = {(f["target"]["url"], f["details"]["target"]) for f in found}
    assert len(found) == len(pairs) == 6
    assert len({f["details"]["target"] for f in found}) == 2
    assert {f["details"]["link_text"] for f in found} == {"公示", "缺页"}
    assert "11010519491231002X" not in result.stdout  # masked as every output is


def test_external_links_are_never_broken_and_listed_per_domain_only_when_selected(export):
    _site(export)
    export.page("zwgk/t1.html", """<a href="http://www.gov.cn/zhengce/">中国政府网</a>
        <a href="https://www.gov.cn/">中国政府网首页</a><a href="http://casino.example.com/">某网站</a>
        <a href="ftp://files.example.com/a.zip">ftp</a>""")
    export.page("zwgk/t2.html", '<a href="http://www.gov.cn/zhengce/">政策</a>')
    result = export.run()  # select: ALL
    assert not [f for f in result.findings if f.rule.startswith("links.")]
    result = export.run(select=["links"])
    external = {f.details["domain"]: f for f in result.findings if f.rule == "links.external"}
    # (every test page's footer links the 党政机关 badge and the 找错 script too)
    assert sorted(external) == ["bszs.conac.cn", "casino.example.com", "www.gov.cn",
                                "zfwzgl.www.gov.cn"]
    gov = external["www.gov.cn"]
    assert (gov.details["links"], gov.details["pages"]) == (2, 2)
    assert gov.message == "外部链接：www.gov.cn，2个链接，见于2个页面，请人工审核"
    assert not _broken(result)


def test_hostile_pages_cost_only_themselves(export):
    _site(export)
    many = '<a href="/none-first.html">先</a>' + "".join(
        f'<a href="/zwgk/index.html?p={i}">第{i}条</a>' for i in range(100_000))
    export.page("zwgk/many.html", many)
    huge = "/" + "长" * 100_000 + ".html"
    export.page("zwgk/bad.html", f'<a href="http://[">坏</a><a href="http://h:99999/">端口</a>'
                                 f'<a href="{huge}">超长</a><a href="\x00x.html">空字符</a>')
    result = export.run(select=["links.broken"])
    broken = _broken(result)
    assert (BASE + "zwgk/many.html", BASE + "none-first.html", "先") in broken
    long_one = [f for f in result.findings if f.rule == "links.broken"
                and f.details["target"].endswith("长.html")]
    assert len(long_one) == 1 and len(long_one[0].message) < 500
    assert [f for f in result.findings if f.rule == "input" and "references" in f.message]
    assert "plugin" not in {f.rule for f in result.findings}


def test_same_findings_with_workers(export):
    _site(export)
    for n in range(30):
        export.page(f"zwgk/t{n}.html", f'<a href="t{n + 1}.html">下一篇</a>')
    one = export.run(select=["links.broken"], jobs=1)
    two = export.run(select=["links.broken"], jobs=2, parallel_after=0)
    assert _broken(one) == _broken(two) == [
        (BASE + "zwgk/t29.html", BASE + "zwgk/t30.html", "下一篇")]


def test_every_page_linking_a_broken_target_is_reported_whatever_order_the_walk_meets_them(export):
    # the walk meets a folder's files before its subfolders (zwgk/b.html, zwgk/z.html, then
    # zwgk/b/c.html), which is not the URLs' order; the reduce reads the pages as merged
    _site(export)
    for name in ("zwgk/b.html", "zwgk/z.html", "zwgk/b/c.html", "zwgk/a/d.html"):
        export.page(name, f'<p><a href="/zwgk/缺失.html">共同的缺失页面</a>'
                          f'<a href="{name.rsplit("/", 1)[-1]}x.pdf">本页附件</a></p>')
    result = export.run()
    shared = sorted(page for page, target, _ in _broken(result) if target.endswith("缺失.html"))
    assert shared == [BASE + p for p in ("zwgk/a/d.html", "zwgk/b.html", "zwgk/b/c.html",
                                         "zwgk/z.html")]
    own = sorted(page for page, target, _ in _broken(result) if target.endswith("x.pdf"))
    assert own == shared
