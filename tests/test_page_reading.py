"""Reading pages right: text after comments and PIs, mis-declared charsets, publish dates,
titles, and a column's list page that carries an ArticleTitle meta."""

from __future__ import annotations

import datetime as dt
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import REAL, page_html

from rulekit.builders import installed_column_words, run_rule
from rulekit.config import ColumnConfig, SiteConfig
from rulekit.page import Page
from rulekit.readers.charset import BY_BYTES, BY_DECLARATION, BY_LINE, decode_html

SITE = SiteConfig(name="示例县人民政府", export=Path("."), base_url="http://www.example.gov.cn/",
                  columns=(ColumnConfig("政策文件", "policy", "/zwgk/zcwj/"),),
                  column_words=installed_column_words())  # as in a run: the plugins' words
REAL_PAGES = sorted((REAL / "pages").glob("*.html")) if (REAL / "pages").is_dir() else []
EXPECT = (json.loads((REAL / "expect.json").read_text(encoding="utf-8"))
          if (REAL / "expect.json").is_file() else [])
ID = "110105199003071239"  # valid check digit; synthetic


def make(html: str, url: str = "http://www.example.gov.cn/zwgk/t20220512_1.html",
         encoding: str = "utf-8", content_type: str | None = None, site: SiteConfig = SITE
         ) -> Page:
    return Page(url, html.encode(encoding), site=site, where="test", content_type=content_type)


def flat(text: str) -> str:
    return " ".join(text.split())


# -- text: every text node counts, comments and PIs included --------------------------------

#: What rulekit never shows as text (``rulekit.text.INVISIBLE``), written out again here so
#: the check below does not borrow the definition it checks.
HIDDEN = {"script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe",
          "object", "embed", "svg", "canvas", "select", "option", "textarea"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "keygen"}


class VisibleRuns(HTMLParser):
    """Runs of visible text from the raw markup, by the standard library's tokenizer (not
    libxml2): data between two tags, outside hidden elements; comments and PIs dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.hidden = 0
        self.runs: list[str] = []
        self.buffer: list[str] = []

    def flush(self) -> None:
        run = flat("".join(self.buffer))
        if run:
            self.runs.append(run)
        self.buffer = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.flush()
        if tag not in VOID:
            self.open.append(tag)
            self.hidden += tag in HIDDEN

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        self.flush()

    def handle_endtag(self, tag: str) -> None:
        self.flush()
        if tag in self.open:
            while self.open:
                closed = self.open.pop()
                self.hidden -= closed in HIDDEN
                if closed == tag:
                    break

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.buffer.append(data)

    def handle_comment(self, data: str) -> None:
        self.flush()

    def handle_pi(self, data: str) -> None:
        self.flush()


def visible_runs(markup: str) -> list[str]:
    parser = VisibleRuns()
    parser.feed(markup)
    parser.close()
    parser.flush()
    return parser.runs


@pytest.mark.skipif(not REAL_PAGES, reason="shared/real not beside")
@pytest.mark.parametrize("path", REAL_PAGES, ids=[p.name for p in REAL_PAGES])
def test_every_visible_run_of_a_real_page_is_in_its_text(path: Path) -> None:
    page = Page("http://www.example.gov.cn/a/t1.html", path.read_bytes(), site=SITE,
                where=path.name)
    text = flat(page.text)
    runs = visible_runs(page.decoded.text)
    assert len(runs) > 20
    missing = [run for run in runs if run not in text]
    assert not missing, missing[:5]


def test_text_after_a_cms_field_marker_is_read_and_the_id_found() -> None:
    html = page_html(f"<p>身份证号码：<!--<$[字段]>-->{ID}</p>"
                     "<p>住址：<!--<$[住址]>begin-->江西省示例县桥头乡滨江社区府前路76号"
                     "<!--<$[住址]>end--></p>")
    page = make(html)
    assert f"身份证号码：{ID}" in page.text
    assert "住址：江西省示例县桥头乡滨江社区府前路76号" in page.text
    assert "$[字段]" not in page.text  # the comment itself is not text
    found = run_rule("privacy.id-number", page=page)
    assert [f.rule for f in found] == ["privacy.id-number"]


def test_text_after_processing_instructions_and_in_gbk_tables() -> None:
    html = page_html(
        "<table><tr><td>姓名</td><td>身份证号</td></tr>"
        "<tr><td>张<!-- TRS -->某</td><td>１１０１０５<?php echo $mid; ?>１９９００３０７１２３９</td></tr>"
        "</table><p>备注<?xml-stylesheet href='a'?>：无</p>"
        "<script>var x = '不可见';</script><style>.a{content:'不可见'}</style>"
        "<template><p>不可见</p></template>", charset="gbk")
    page = make(html, encoding="gbk")
    assert page.decoded.encoding == "gb18030" and page.decoded.problem is None
    assert "姓名\t身份证号\n张某\t１１０１０５１９９００３０７１２３９" in page.text
    assert "备注：无" in page.text
    assert "不可见" not in page.text and "php" not in page.text
    assert ID in page.normalized.text


def test_broken_markup_with_comments_keeps_every_run() -> None:
    html = ("<html><body><div><p>第一段<!-- 未闭合注释的前一个 -->接着<b>加粗<!--x-->之后"
            "<table><tr><td>甲<!--a-->乙<td>丙</table><p>末尾<!--unclosed")
    page = Page("http://x/t.html", html.encode(), site=SITE, where="t")
    for run in ("第一段", "接着", "加粗", "之后", "甲", "乙", "丙", "末尾"):
        assert run in page.text
    assert "甲乙\t丙" in page.text


def test_too_deep_markup_read_as_plain_text_drops_comments_and_pis() -> None:
    html = ("<html><body>" + "<div>" * 3000 + "号码<!--注释-->：<?pi x?>" + ID
            + "</div>" * 3000 + "</body></html>")
    page = Page("http://x/t.html", html.encode(), site=SITE, where="t")
    assert f"号码：{ID}" in page.text
    assert page.parse_problem is not None  # read by markup_text, not the DOM


# -- charset: a declaration the bytes disprove is read anyway, and its own rule's finding --

GB_PAGE_UTF8_BYTES = page_html(f"<p>当事人：张某，身份证号码：{ID}</p>",
                               charset="gb2312").encode("utf-8")


def test_page_declaring_gb2312_in_clean_utf8_is_read_whole() -> None:
    page = Page("http://www.example.gov.cn/t.html", GB_PAGE_UTF8_BYTES, site=SITE, where="t")
    decoded = page.decoded
    assert decoded.encoding == "utf-8" and decoded.problem is None
    assert decoded.declared == "gb2312" and decoded.declared_in == "meta tag"
    assert decoded.decided_by == BY_BYTES
    assert decoded.mismatch == "the meta tag declares gb2312 but the bytes are utf-8"
    assert "当事人：张某" in page.text and page.problems == []


def test_mis_declared_page_in_a_run_gives_the_rules_finding_and_no_input_finding(
        export, findings_of) -> None:
    export.file("site/zwgk/xzcf/t20220512_1.html", GB_PAGE_UTF8_BYTES)
    export.page("zwgk/xzcf/t20220512_2.html", "<p>行政处罚决定书</p>", encoding="gbk")
    result = export.run()
    assert findings_of(result, "input") == []
    found = findings_of(result, "site.charset-declaration")
    assert len(found) == 1
    assert found[0].target.url.endswith("t20220512_1.html")
    assert found[0].severity == "warning"
    assert found[0].message.startswith("网页声明的字符编码与实际不符，浏览器可能显示乱码")
    assert "gb2312" in found[0].message and "UTF-8" in found[0].message
    ids = findings_of(result, "privacy.id-number")
    assert [f.target.url for f in ids] == [found[0].target.url]  # the page was checked


def test_gbk_bytes_declared_utf8_in_the_http_header() -> None:
    data = "<p>行政处罚决定书 朱镕基</p>".encode("gbk")
    decoded = decode_html(data, "text/html; charset=UTF-8")
    assert decoded.encoding == "gb18030" and decoded.problem is None
    assert decoded.declared_in == "HTTP header" and "朱镕基" in decoded.text
    assert "HTTP header declares utf-8" in decoded.mismatch


def test_a_declaration_that_fits_is_no_mismatch() -> None:
    for data, declared in ((page_html("<p>政策文件</p>", charset="gbk").encode("gbk"), None),
                           (page_html("<p>政策文件</p>").encode(), None),
                           (b"<p>plain ascii</p>", "text/html; charset=gb2312")):
        decoded = decode_html(data, declared)
        assert decoded.mismatch is None and decoded.problem is None
        assert decoded.decided_by == BY_DECLARATION
    assert run_rule("site.charset-declaration",
                    page=make(page_html("<p>政策文件</p>", charset="gbk"), encoding="gbk")) == []


def test_only_bytes_nothing_decodes_are_an_input_problem() -> None:
    data = page_html("<p>行政处罚\x01</p>", charset="gbk").encode("gbk").replace(
        b"\x01", b"\x81\x20\xff\xfe\x80")
    page = Page("http://www.example.gov.cn/t.html", data, site=SITE, where="t")
    assert page.decoded.decided_by == BY_LINE and page.decoded.mismatch is None
    assert page.problems and "not valid gb18030" in page.problems[0]
    found = run_rule("site.charset-declaration", page=page)
    assert [f.rule for f in found] == ["input"]


def test_undeclared_utf8_is_no_mismatch() -> None:
    decoded = decode_html("<p>当事人</p>".encode())
    assert decoded.declared is None and decoded.mismatch is None
    assert decoded.how == "nothing declared: the bytes decode cleanly as utf-8"


# -- publish dates -------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "date", "source"), [
    ("<p>公告时间：2021-06-10</p>", dt.date(2021, 6, 10), "公告时间"),
    ("<p>发布时间：２０２２年０６月０２日</p>", dt.date(2022, 6, 2), "发布时间"),
    ("<table><tr><td>发布日期：</td><td>2021-11-02</td></tr></table>", dt.date(2021, 11, 2),
     "发布日期"),
    ("<p>日期：2022/05/12</p>", dt.date(2022, 5, 12), "日期"),
    ("<div class='info'>2020年02月18日 09:15 来源：示例县人民政府办公室</div>",
     dt.date(2020, 2, 18), "来源 line"),
    ("<div>来源：新华社</div><div>作者：</div><div>2023-12-01 14:43</div>",
     dt.date(2023, 12, 1), "来源 line"),
    ("<h1>示例县召开防汛工作会议</h1><div>2021年06月10日 17:35</div>"
     "<p>会议要求，各乡镇要压实防汛责任，确保安全度汛，各部门要加强值守，及时报告汛情。</p>",
     dt.date(2021, 6, 10), "header line"),
])
def test_each_form_of_the_shown_date(body: str, date: dt.date, source: str) -> None:
    page = make(page_html(body, title="示例县召开防汛工作会议_示例县人民政府"))
    assert (page.pub_date, page.pub_date_source) == (date, source)


@pytest.mark.parametrize("body", [
    "<p>成立日期：2015-12-10</p>",  # another date's label
    "<h1>示例县召开防汛工作会议</h1><p>（2021年6月10日县委常委会会议通过）</p>",  # a note
    "<h1>示例县召开防汛工作会议</h1><p>2021-06-10</p><p>2021-06-11</p>",  # two dates
])
def test_dates_that_are_not_the_publish_date(body: str) -> None:
    page = make(page_html(body, title="示例县召开防汛工作会议_示例县人民政府"))
    assert page.pub_date is None and page.pub_date_source is None


def test_the_shown_date_wins_over_a_pubdate_meta_fourteen_years_later() -> None:
    page = make(page_html("<p>发布时间：2008-03-15</p>", meta={"PubDate": "2022-03-15 10:00"}))
    assert page.pub_date == dt.date(2008, 3, 15) and page.pub_date_source == "发布时间"
    assert page.pub_dates == {"PubDate meta": dt.date(2022, 3, 15),
                              "发布时间": dt.date(2008, 3, 15)}


def test_pubdate_meta_wins_over_an_unlabelled_date_and_when_they_agree() -> None:
    page = make(page_html("<p>2020年02月18日 09:15 来源：办公室</p>", meta={"PubDate": "2020-02-19"}))
    assert (page.pub_date, page.pub_date_source) == (dt.date(2020, 2, 19), "PubDate meta")
    page = make(page_html("<p>发布日期：2020-02-19</p>", meta={"PubDate": "2020年02月19日"}))
    assert (page.pub_date, page.pub_date_source) == (dt.date(2020, 2, 19), "PubDate meta")


def test_manifest_date_wins() -> None:
    page = Page("http://x/t.html", page_html("<p>发布时间：2008-03-15</p>").encode(), site=SITE,
                where="t", info={"published": "2022-01-02"})
    assert (page.pub_date, page.pub_date_source) == (dt.date(2022, 1, 2), "manifest")


# -- titles --------------------------------------------------------------------------------

def titled(title: str | None, body: str, meta: str = "") -> Page:
    head = f"<title>{title}</title>" if title is not None else ""
    return make(f'<html><head><meta charset="utf-8">{meta}{head}</head><body>{body}</body></html>')


@pytest.mark.parametrize(("title", "body", "expected", "source"), [
    ("关于开展网络安全检查的通知_中央网络安全和信息化委员会办公室",
     "<h1 class='logo'>中国网信网</h1><h1>关于开展网络安全检查的通知</h1>",
     "关于开展网络安全检查的通知", "article heading"),
    ("非遗展演走进社区--文化--人民网", "<div class='title'>非遗展演走进社区</div>",
     "非遗展演走进社区", "article heading"),
    ("非遗展演走进社区--文化--人民网", "<p>正文</p>", "非遗展演走进社区", "<title>"),
    ("关于开展网络安全检查的通知_中央网络安全和信息化委员会办公室", "<p>正文</p>",
     "关于开展网络安全检查的通知", "<title>"),
    ("2022年工作要点 - 示例县人民政府", "<p>正文</p>", "2022年工作要点", "<title>"),
    ("2022年工作要点 | 示例县人民政府门户网站", "<p>正文</p>", "2022年工作要点", "<title>"),
    ("2022年工作要点—示例县教育局", "<p>正文</p>", "2022年工作要点", "<title>"),
    ("1-10月固定资产投资结构趋稳", "<h2>相关链接</h2>", "1-10月固定资产投资结构趋稳", "<title>"),
    ("邯郸市人民政府-政府信息公开指南", "<h1>邯郸市人民政府</h1>", "邯郸市人民政府-政府信息公开指南",
     "<title>"),
    ("中国政府网_中央人民政府门户网站", "<h2>要闻</h2>", "中国政府网_中央人民政府门户网站", "<title>"),
])
def test_title_forms(title: str, body: str, expected: str, source: str) -> None:
    page = titled(title, body)
    assert (page.title, page.title_source) == (expected, source)


def test_article_title_meta_first() -> None:
    page = titled("中标公告详细页面", "<h1>别的标题</h1>",
                  '<meta name="ArticleTitle" content="电脑采购项目中标公告">')
    assert (page.title, page.title_source) == ("电脑采购项目中标公告", "ArticleTitle meta")


def test_title_field_of_a_gbk_page_without_title() -> None:
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            "</head><body><table class='xxgk'><tr><td>索 引 号：</td><td>014364305/2021-00200</td>"
            "</tr><tr><td>标　　题：</td><td>示例县人民政府关于印发《２０２２年工作要点》的通知</td></tr>"
            "</table><div>正文</div></body></html>")
    page = make(html, encoding="gbk")
    assert page.title == "示例县人民政府关于印发《２０２２年工作要点》的通知"
    assert page.title_source == "标题 field"
    page = make("<html><body><p>标 题：关于做好防汛工作的通知</p></body></html>")
    assert (page.title, page.title_source) == ("关于做好防汛工作的通知", "标题 field")


@pytest.mark.skipif(not EXPECT, reason="shared/real not beside")
@pytest.mark.parametrize("entry", EXPECT, ids=[e["file"] for e in EXPECT])
def test_real_titles_and_dates_say_where_they_came_from(entry: dict) -> None:
    data = (REAL / entry["file"]).read_bytes()
    page = Page("http://www.example.gov.cn/a/t1.html", data, site=SITE, where=entry["file"])
    assert "".join((page.title or "").split()) == "".join(entry["title"].split())
    assert page.title_source is not None
    assert (page.pub_date.isoformat() if page.pub_date else None) == entry["pub_date"]
    assert (page.pub_date_source is None) == (entry["pub_date"] is None)


# -- a column's list page with an ArticleTitle meta ------------------------------------------

LIST_BODY = ("<ul class='list'>"
             "<li><a href='202205/t20220512_21.html'>关于印发《优化营商环境实施方案》的通知</a>"
             "<span>2022-05-12</span></li>"
             "<li><a href='./202205/t20220506_2.html'>关于进一步加强安全生产工作的通知</a>"
             "<span>2022-05-06</span></li></ul>"
             "<div class='page'>共2条 <a href='index_1.html'>下一页</a></div>")
STAMPED = {"ArticleTitle": "政策文件", "PubDate": "2022-05-12", "ColumnName": "政策文件",
           "ColumnType": "政策文件"}


def test_list_page_stamped_with_article_title_is_a_list_page() -> None:
    url = "http://www.example.gov.cn/zwgk/zcwj/index.html"
    page = make(page_html(LIST_BODY, meta=STAMPED), url=url)
    assert page.own_documents() == 2
    assert not page.is_article and "list page" in page.article_reason
    assert run_rule("downloads.formats", page=page) == []


def test_index_page_that_lists_nothing_of_its_own_is_still_an_article() -> None:
    url = "http://www.example.gov.cn/zwgk/zcwj/202205/t20220512_21/index.html"
    body = ("<h1>关于印发《优化营商环境实施方案》的通知</h1><p>正文</p>"
            "<a href='/zwgk/zcwj/'>返回列表</a><a href='P020220512.pdf'>方案.pdf</a>"
            "<a href='P020220512.wps'>方案.wps</a>")
    page = make(page_html(body, meta=STAMPED), url=url)
    assert page.is_article and page.article_reason.startswith("ArticleTitle meta")
    assert run_rule("downloads.formats", page=page) == []  # PDF and WPS offered


def test_documents_under_the_list_page_are_articles() -> None:
    url = "http://www.example.gov.cn/zwgk/zcwj/202205/t20220512_21.html"
    page = make(page_html("<p>正文</p>", meta=STAMPED), url=url)
    assert page.is_article
    found = run_rule("downloads.formats", page=page)
    assert [f.rule for f in found] == ["downloads.formats"]


def test_column_sources() -> None:
    page = make(page_html("<p>x</p>", meta={"ColumnName": "规范性文件"}),
                url="http://www.example.gov.cn/zwgk/zcwj/t1.html")
    assert page.column.name == "规范性文件" and page.column.type == "policy"
    assert page.column_source == {"name": "ColumnName meta",
                                  "type": "column name (ColumnName meta)"}
    page = make(page_html("<p>x</p>"), url="http://www.example.gov.cn/zwgk/zcwj/t1.html")
    assert page.column_source == {"name": "config", "type": "config"}


def test_title_search_over_nested_title_wrappers_stays_cheap() -> None:
    import time

    for inner in ("字" * 200_000, "字" * 50):
        html = ("<html><head><title>防汛工作会议_示例县人民政府</title></head><body>"
                + "<div class='title'>" * 2000 + inner + "</div>" * 2000
                + "<h1>防汛工作会议</h1></body></html>")
        page = Page("http://x/t.html", html.encode(), site=SITE, where="t")
        _ = page.tree
        started = time.perf_counter()
        assert page.title == "防汛工作会议"
        # a guard against the quadratic search (minutes), not a speed figure
        assert time.perf_counter() - started < 30
