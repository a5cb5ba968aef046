"""Page reading: decoding, block-aware text, metadata, dates, links, on real and own pages."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import REAL, page_html
from hypothesis import example, given
from hypothesis import strategies as st

from rulekit.builders import installed_column_words
from rulekit.config import ColumnConfig, SiteConfig
from rulekit.model import Link
from rulekit.page import Page, link_format, strip_site_suffix
from rulekit.text import labelled_date, parse_date_text, shown_date

SITE = SiteConfig(name="示例县人民政府", export=Path("."), base_url="http://www.example.gov.cn/",
                  columns=(ColumnConfig("政策文件", "policy", "/zwgk/zcwj/"),),
                  column_words=installed_column_words())  # as in a run: the plugins' words
EXPECT = (json.loads((REAL / "expect.json").read_text(encoding="utf-8"))
          if (REAL / "expect.json").is_file() else [])


def make(body_or_html: str, url: str = "http://www.example.gov.cn/zwgk/t1.html",
         encoding: str = "utf-8", full: bool = False, **kw) -> Page:
    html = body_or_html if full else page_html(body_or_html, **kw)
    return Page(url, html.encode(encoding), site=SITE, where="test")


@pytest.mark.parametrize("entry", EXPECT, ids=[e["file"] for e in EXPECT])
def test_real_pages_metadata(entry):
    data = (REAL / entry["file"]).read_bytes()
    page = Page("http://www.example.gov.cn/a/t1.html", data, site=SITE, where=entry["file"])
    assert page.decoded.encoding == entry["encoding"].replace("utf8", "utf-8")
    assert page.decoded.problem is None
    assert page.meta.get("SiteName") == entry["site_name"]
    assert page.meta.get("SiteIDCode") == entry["site_id_code"]
    assert page.meta.get("ColumnName") == entry["column_name"]
    assert page.meta.get("ColumnType") == entry["column_type"]
    assert "".join((page.title or "").split()) == "".join(entry["title"].split())
    expected_date = entry["pub_date"]
    assert (page.pub_date.isoformat() if page.pub_date else None) == expected_date
    expected_links = entry["attachment_links"]
    if entry["file"].endswith("gsxt_gov_cn_company_detail.html"):
        # href="…/jianyizhuxiao.docx&#10;": expect.json counts hrefs literally ending in
        # .docx; browsers strip the trailing newline (URL spec), so it is a real download.
        expected_links += 1
    assert len(page.attachments) == expected_links


def test_inline_elements_join_and_cells_stay_apart():
    page = make("<p>身份证号：<span>610102</span><span>19900101</span>1234</p>"
                "<table><tr><td>张某</td><td>13912345678</td></tr></table>"
                "<p>第一行<br>第二行</p>")
    text = page.text
    assert "身份证号：610102199001011234" in text
    assert "张某\t13912345678" in text
    assert "第一行\n第二行" in text
    assert "_hmt" not in text  # scripts are not visible text


def test_full_width_digits_normalized_with_offsets():
    page = make("<p>号码６１０１０２</p>")
    norm = page.normalized
    i = norm.text.index("610102")
    start, end = norm.original_span(i, i + 6)
    assert page.text[start:end] == "６１０１０２"


def test_gbk_page_declared_gb2312_decodes_rare_characters():
    page = make("<p>朱镕基 王堃 住址</p>", encoding="gb18030", charset="gb2312")
    assert page.decoded.encoding == "gb18030"
    assert "朱镕基 王堃" in page.text
    assert page.decoded.problem is None


def test_wrongly_declared_charset_is_read_and_reported():
    # the bytes read whole in GB18030: a mismatch for site.charset-declaration, not a problem
    page = make("<p>行政处罚决定书</p>", encoding="gbk", charset="utf-8")
    assert "行政处罚决定书" in page.text
    assert "gb18030" in page.decoded.mismatch and page.decoded.problem is None


def test_bom_wins_over_meta():
    html = page_html("<p>政策文件</p>", charset="gbk").encode("utf-8")
    page = Page("http://x/t.html", b"\xef\xbb\xbf" + html, site=SITE, where="t")
    assert page.decoded.encoding == "utf-8"
    assert "政策文件" in page.text


@pytest.mark.parametrize("text, expected", [
    ("发布时间：2022-06-02 10:00", dt.date(2022, 6, 2)),
    ("发布日期:2022-6-2", dt.date(2022, 6, 2)),
    ("日期：2022/06/02", dt.date(2022, 6, 2)),
    ("时间 2022年6月2日", dt.date(2022, 6, 2)),
    ("发布时间：２０２２年０６月０２日", dt.date(2022, 6, 2)),
    ("成立日期：2015-12-10", None),
])
def test_visible_publish_date(text, expected):
    assert make(f"<p>{text}</p>").pub_date == expected


def test_pubdate_meta_chinese_format_and_the_shown_date_wins():
    page = make("<p>发布时间：2020-08-02</p>", meta={"PubDate": "2020年08月02日"})
    assert page.pub_date == dt.date(2020, 8, 2) and page.pub_date_source == "PubDate meta"
    # when they disagree, the labelled date a reader sees wins (was: PubDate first)
    page = make("<p>发布时间：2020-01-01</p>", meta={"PubDate": "2020年08月02日"})
    assert page.pub_date == dt.date(2020, 1, 1) and page.pub_date_source == "发布时间"
    assert page.pub_dates["PubDate meta"] == dt.date(2020, 8, 2)


def test_column_from_meta_then_config():
    assert make("<p>x</p>", meta={"ColumnType": "政策文件"}).column.type == "policy"
    page = make("<p>x</p>", url="http://www.example.gov.cn/zwgk/zcwj/202205/t1.html")
    assert page.column.type == "policy" and page.column.name == "政策文件"
    assert make("<p>x</p>", url="http://www.example.gov.cn/xwzx/t1.html").column.type is None


def test_list_page_is_not_an_article():
    url = "http://www.example.gov.cn/zwgk/zcwj/index.html"
    assert not make("<p>发布时间：2022-05-01</p>", url=url).is_article
    assert make("<p>发布时间：2022-05-01</p>", url=url.replace("index", "t2022_1")).is_article


@pytest.mark.parametrize("url, text, fmt", [
    ("http://x/a/W020220512.pdf", "附件", "pdf"),
    ("http://x/a/W020220512.WPS", "附件", "wps"),
    ("http://x/download.jsp?id=12&filename=%E9%80%9A%E7%9F%A5.docx", "下载", "docx"),
    ("http://x/download.jsp?id=12", "PDF版", "pdf"),
    ("http://x/download.jsp?id=13", "下载WPS版", "wps"),
    ("http://x/a/t1.html", "相关文件.pdf", None),
    ("http://x/a/logo.png", "PDF", None),
])
def test_link_format(url, text, fmt):
    assert link_format(Link(url, text)) == fmt


def test_title_suffix_stripped_but_site_titles_kept():
    assert strip_site_suffix("关于印发方案的通知_示例县人民政府") == "关于印发方案的通知"
    assert strip_site_suffix("中国政府网_中央人民政府门户网站") == "中国政府网_中央人民政府门户网站"
    assert strip_site_suffix("1-10月固定资产投资") == "1-10月固定资产投资"


def test_broken_markup_still_yields_text():
    html = ("<html><head><title>t</title><body><table><tr><td>张三<td>"
            "<p>未闭合段落<div>内容</span></table>")
    page = Page("http://x/t.html", html.encode(), site=SITE, where="t")
    assert "张三" in page.text and "内容" in page.text


def test_deep_nesting_does_not_crash():
    html = "<html><body>" + "<div>" * 50_000 + "深处" + "</div>" * 50_000 + "</body></html>"
    page = Page("http://x/t.html", html.encode(), site=SITE, where="t")
    assert isinstance(page.text, str)


def test_empty_cells_keep_columns_aligned():
    page = make("<table><tr><th>姓名</th><th>身份证号</th><th>住址</th></tr>"
                "<tr><td>张三</td><td></td><td>某村</td></tr>"
                "<tr><td></td><td>号码</td><td>某镇</td></tr></table>")
    assert "姓名\t身份证号\t住址\n张三\t\t某村\n\t号码\t某镇" in page.text


# -- properties: the format and date detectors never raise, and say only what they can ------
FORMATS = {"pdf", "wps", "doc", "docx", "ofd", "xls", "xlsx", "et", "txt", "rtf", "zip", "rar",
           "7z", "ppt", "pptx", "dps", "csv"}


@given(url=st.text(max_size=120), text=st.text(max_size=80),
       ctype=st.none() | st.text(max_size=40))
def test_link_format_never_raises(url, text, ctype):
    assert link_format(Link(url, text), ctype) in FORMATS | {None}


@given(stem=st.text(st.characters(blacklist_characters="?#/%", blacklist_categories=("Cs",)),
                    min_size=1, max_size=30),
       ext=st.sampled_from(sorted(FORMATS)), upper=st.booleans(), text=st.text(max_size=30))
@example(stem=".", ext="7z", upper=False, text="")  # ..7z: a name of dots has its extension
def test_link_to_a_file_has_that_files_format(stem, ext, upper, text):
    from urllib.parse import quote

    url = "http://www.example.gov.cn/upload/" + quote(stem) + "." + (ext.upper() if upper else ext)
    assert link_format(Link(url, text)) == ext


@given(st.text(max_size=200))
def test_date_detectors_never_raise(text):
    for found in (parse_date_text(text), labelled_date(text)):
        assert found is None or 1900 <= found.year <= 2099


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from(["{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}", "{y}年{m}月{d}日", "{y}.{m:02d}.{d:02d}"]),
       st.sampled_from(["发布时间：", "发布日期:", "日期 ", "时间："]))
def test_labelled_dates_in_every_form(date, form, label):
    text = "索引号：014512345/2022-00123\n" + label + form.format(y=date.year, m=date.month,
                                                                      d=date.day)
    assert labelled_date(text) == date


def test_scripted_download_buttons_are_links_to_their_files():
    page = make('<a href="javascript:void(0)" onclick="window.open(\'/upload/W0201.wps\')">WPS</a>'
                "<a href=\"javascript:download('/upload/W0201.pdf')\">下载</a>"
                '<a href="javascript:;">打印</a><a href="#">顶部</a>')
    assert sorted((link.url, fmt) for link, fmt in page.attachments) == [
        ("http://www.example.gov.cn/upload/W0201.pdf", "pdf"),
        ("http://www.example.gov.cn/upload/W0201.wps", "wps"),
    ]


def test_pages_images_styles_and_folders_are_never_downloads_whatever_their_text_says():
    hrefs = ["/zwgk/t1.html#top", "/zwgk/", "/zwgk/t2.SHTML", "/images/scan.JPEG",
             "/index.xhtml", "/upload/W0301.pdf#page=2", "/upload/W0302.PDF",
             "/download.jsp?id=7", "/zwgk/t3.htm#p.pdf", "/style/site.css#v2",
             "/upload/W0304.ofd"]
    page = make("".join(f'<a href="{href}">附件下载PDF</a>' for href in hrefs))
    assert [(link.url.removeprefix("http://www.example.gov.cn"), fmt)
            for link, fmt in page.attachments] == [
        ("/upload/W0301.pdf#page=2", "pdf"), ("/upload/W0302.PDF", "pdf"),
        ("/download.jsp?id=7", "pdf"), ("/upload/W0304.ofd", "ofd")]


def _normalize_slowly(text):
    """The definition: NFKC per character, zero-width removed, offsets kept."""
    import unicodedata

    out, offsets = [], []
    for i, ch in enumerate(text):
        if ch in "\u200b\u200c\u200d\u2060\ufeff":
            continue
        norm = unicodedata.normalize("NFKC", ch)
        out.append(norm)
        offsets.extend([i] * len(norm))
    return "".join(out), offsets


@given(st.text(max_size=300) | st.text(alphabet="６１０１Ｘ　\u00a0\u200b㈱½，：（）身份证号ｘ", max_size=60))
def test_fast_normalize_equals_the_definition(text):
    from rulekit.text import normalize

    norm = normalize(text)
    want_text, want_offsets = _normalize_slowly(text)
    assert norm.text == want_text and list(norm.offsets) == want_offsets


REAL_PAGES = sorted(p for p in REAL.glob("**/*") if p.suffix.lower() in (".html", ".htm", ".shtml"))


@pytest.mark.parametrize("path", REAL_PAGES[:40] or [None], ids=lambda p: p.name if p else "none")
def test_elements_are_what_a_walk_of_the_tree_gives(path):
    """page.elements finds the indexed tags in one walk shared by every rule: the same
    elements, in the same order, as walking the tree for them, on real pages (GBK, tables,
    broken markup, CMS comments) and for tags outside the index."""
    if path is None:
        pytest.skip("no real pages beside the repository")
    page = Page("http://www.example.gov.cn/zwgk/t1.html", path.read_bytes(), site=SITE,
                where=path.name)
    root = page.tree
    assert root is not None
    for tags in [("a",), ("meta",), ("title",), ("script",), ("input",), ("table",),
                 ("img", "a"), ("a", "area", "link", "img", "script", "iframe", "frame",
                                "embed", "object", "source", "video", "audio"),
                 ("td",), ("div", "a"), ("base",), ("blink",)]:
        assert page.elements(*tags) == list(root.iter(*tags)), tags


def test_elements_given_back_are_the_callers_to_keep():
    page = make('<html><body><p><a href="a.html">一</a><script>var a;</script>'
                '<a href="b.html">二</a></p></body></html>', full=True)
    anchors = page.elements("a")
    assert [a.text for a in anchors] == ["一", "二"]
    anchors.clear()  # a rule that edits its list does not change another rule's
    assert [a.text for a in page.elements("a")] == ["一", "二"]


@pytest.mark.parametrize("text, expected", [
    ("日期：2022-06-02", (dt.date(2022, 6, 2), "日期")),  # a label at the very start
    ("x时间 2022年6月2日", (dt.date(2022, 6, 2), "时间")),  # after a letter
    ("（日期：2022/06/02）", (dt.date(2022, 6, 2), "日期")),  # after a bracket
    ("成立日期：2015-12-10\n办理时间：2016-01-01", None),  # after a character: another date
    ("成立日期：2015-12-10\n发布时间：2022-06-02", (dt.date(2022, 6, 2), "发布时间")),
    ("日日期：2015-12-10 时时间：2016-01-01", None),
    ("\n时间：2022-6-2", (dt.date(2022, 6, 2), "时间")),
])
def test_a_date_label_is_one_not_written_after_another_character(text, expected):
    assert shown_date(text) == expected
