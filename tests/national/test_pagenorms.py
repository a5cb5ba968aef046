"""site.footer-identifiers and site.page-metadata: one finding per template, not per page, on
footers written as government CMSes write them (badges drawn by scripts, GBK pages, footers
named footer_bg or found as the last block) and on every kind of page."""

from __future__ import annotations

from conftest import REAL
from rulekit_national.footer import IDENTIFIERS, read_footer

from rulekit.builders import site
from rulekit.page import Page

FULL_FOOTER = (
    '<div class="footer_bg"><div class="footer"><ul><li><a href="/lxwm/">联系我们</a>|</li>'
    '<li><a href="/wzdt/">网站地图</a></li></ul>'
    '<p>主办单位：示例县人民政府办公室　联系电话：0795-8123456</p>'
    '<p><a href="https://beian.miit.gov.cn/">赣ICP备12001234号-1</a>　'
    '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36099902000123">'
    "赣公网安备 36099902000123号</a>　网站标识码：3609990001</p>"
    '<div class="img1"><script type="text/javascript">document.write(unescape("%3Cspan '
    "id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/05/107/0000/4146/"
    "CA0510700004146.js' type='text/javascript'%3E%3C/script%3E\"));</script></div>"
    '<div class="img2"><script id="_jiucuo_" sitecode="3609990001" '
    'src="/images/jiucuo.js"></script></div></div></div>')


def _page_with(footer: str) -> str:
    return ("<h1>示例县召开安全生产工作会议</h1><p>发布时间：2022-05-12</p><p>会议要求……</p>"
            + footer)


def write(export, rel: str, body: str, *, meta: dict[str, str] | None = None,
          encoding: str = "utf-8") -> None:
    """A whole page as the county's CMS serves it (head, navigation, body) — with only the
    footer ``body`` brings, unlike the conftest page's."""
    charset = "gb2312" if encoding == "gbk" else encoding
    metas = "".join(f'<meta name="{k}" content="{v}">' for k, v in (meta or {}).items())
    html = (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset={charset}">{metas}<title>示例</title></head><body>'
            '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>'
            f'<div class="content">{body}</div></body></html>')
    export.file(f"site/{rel}", html.encode(encoding))


def findings(export, findings_of, rule: str, text: str = "") -> list:
    return findings_of(export.run(text), rule)


def test_a_complete_footer_passes_and_each_missing_identifier_is_named(export, findings_of):
    write(export, "xwzx/gzdt/t20220512_1.html", _page_with(FULL_FOOTER))
    assert findings(export, findings_of, "site.footer-identifiers") == []
    no_police = FULL_FOOTER.replace("赣公网安备 36099902000123号", "")
    write(export, "xwzx/gzdt/t20220512_2.html", _page_with(no_police))
    [f] = findings(export, findings_of, "site.footer-identifiers")
    assert f.message == ("网站页面底部未添加规定标识：缺少公安机关备案标识（共1个页面："
                         "http://www.example.gov.cn/xwzx/gzdt/t20220512_2.html）")
    assert f.details["missing"] == ["公安机关备案标识"]


def test_pages_that_share_a_footer_share_one_finding(export, findings_of):
    """Twelve pages of one template lacking the badge and the sitemap: one finding, with the
    count and three examples; a second template lacking something else: a second one."""
    lacking = FULL_FOOTER.replace("dcs.conac.cn", "example.org").replace(
        "_ideConac", "_x").replace('<li><a href="/wzdt/">网站地图</a></li>', "")
    for i in range(12):
        write(export, f"xwzx/gzdt/t202205{i + 10:02d}_{i}.html", _page_with(lacking))
    other = '<div id="bottom"><p>主办：示例县人民政府　电话：0795-8123456</p></div>'
    write(export, "zwgk/tzgg/t20220501_1.html", _page_with(other), encoding="gbk")
    found = sorted(findings(export, findings_of, "site.footer-identifiers"),
                   key=lambda f: -f.details["pages"])
    assert [f.details["pages"] for f in found] == [12, 1]
    first, second = found
    assert first.message.startswith("网站页面底部未添加规定标识：缺少党政机关网站标识、网站地图（共12个页面：")
    assert first.message.endswith("等）") and len(first.details["examples"]) == 3
    assert second.details["missing"] == ["党政机关网站标识", "我为政府网站找错", "网站地图",
                                         "网站标识码", "ICP备案编号", "公安机关备案标识"]
    assert second.target.url.endswith("zwgk/tzgg/t20220501_1.html")


def test_the_site_code_must_be_the_sites_own(export, findings_of):
    write(export, "xwzx/gzdt/t20220512_1.html", _page_with(FULL_FOOTER))
    options = "rules:\n  options:\n    site.footer-identifiers:\n      site_ids: {示例县人民政府: %s}\n"
    assert findings(export, findings_of, "site.footer-identifiers", options % "3609990001") == []
    [f] = findings(export, findings_of, "site.footer-identifiers", options % "3609990002")
    assert "网站标识码3609990001不是本网站的3609990002" in f.message


def test_a_footer_the_config_names_and_a_required_list(export, findings_of):
    """A template whose footer is a <table id="tb3"> that no name gives away, and a province
    that does not ask for 网站地图."""
    footer = FULL_FOOTER.replace('<div class="footer_bg"><div class="footer">',
                                 '<table id="tb3"><tr><td>').replace(
        "</div></div></div>", "</div></td></tr></table>").replace(
        '<li><a href="/wzdt/">网站地图</a></li>', "")
    write(export, "xwzx/gzdt/t20220512_1.html", _page_with(footer) + "<p>返回顶部</p>")
    assert findings(export, findings_of, "site.footer-identifiers")  # the last block: 返回顶部
    options = ("rules:\n  options:\n    site.footer-identifiers:\n"
               "      footer_xpath: \"//table[@id='tb3']\"\n")
    [f] = findings(export, findings_of, "site.footer-identifiers", options)
    assert f.details["missing"] == ["网站地图"]
    require = [n for n in IDENTIFIERS if n != "网站地图"]
    options += f"      require: [{', '.join(require)}]\n"
    assert findings(export, findings_of, "site.footer-identifiers", options) == []


def test_real_footers_read_as_their_pages_show_them():
    """Footers of shared/real pages: 邯郸's (footer_bg, the badge and 找错 drawn by scripts)
    holds all eight; 河北政府采购's has no footer class (the last block), with 公网安备 and its
    number split over a link; gov.cn's has no 网站地图."""
    def missing(name: str) -> set[str]:
        path = REAL / "pages" / name
        page = Page("http://www.example.gov.cn/a.html", path.read_bytes(), site=site(),
                    where=str(path))
        footer = read_footer(page.tree)
        assert footer is not None
        return set(IDENTIFIERS) - footer.found

    assert missing("hd_gov_cn_xxgk_detail_jspwrapped.html") == set()
    assert missing("ccgp_hebei_gov_cn_award_2021.html") == set()
    assert missing("gov_cn_homepage_2023-09-27.html") == {"网站地图"}
    assert missing("hrss_gd_gov_cn_login.html") == {"我为政府网站找错", "网站地图", "网站标识码"}


def test_each_page_and_footer_xpath_gets_its_own_footer_when_read_in_turn():
    # the footer search is remembered for the last page: pages read one after another, and
    # the same page with and without a site's footer_xpath, each get their own footer
    from rulekit_national.footer import read_footer_text

    def tree(footer: str):
        return Page("http://www.example.gov.cn/a.html",
                    f"<html><body><p>正文内容</p>{footer}</body></html>".encode(),
                    site=site(), where="t").tree

    a = tree('<div class="footer"><p>主办单位：示例县人民政府办公室</p>\n<p>网站地图</p></div>'
             '<table id="tb3"><tr><td>联系我们 网站标识码3609990001</td></tr></table>')
    b = tree('<div id="foot"><p>版权所有：示例市人民政府</p>\n<p>网站标识码3609990002</p></div>')
    assert read_footer(a).found == {"主办单位", "网站地图"}
    assert read_footer_text(b) == "版权所有：示例市人民政府"
    assert read_footer_text(a) == "主办单位：示例县人民政府办公室"
    assert read_footer(a, "//table[@id='tb3']").site_code == "3609990001"
    assert read_footer(a).site_code is None
    assert read_footer(b).site_code == "3609990002"


def test_metadata_by_kind_of_page_grouped(export, findings_of):
    every = {"SiteName": "示例县人民政府", "SiteDomain": "www.example.gov.cn",
             "SiteIDCode": "3609990001"}
    article = {**every, "ArticleTitle": "标题", "PubDate": "2022-05-12", "ContentSource": "县政府"}
    column = {**every, "ColumnName": "工作动态", "ColumnDescription": "工作动态",
              "ColumnKeywords": "工作动态", "ColumnType": "工作动态"}
    write(export, "index.html", "<p>首页</p>" + FULL_FOOTER, meta=every)
    write(export, "xwzx/gzdt/t20220512_1.html", "<h1>标题</h1><p>正文</p>", meta=article)
    for i in range(4):
        write(export, f"xwzx/gzdt/t2022051{i}_9{i}.html", "<h1>标题</h1><p>正文</p>",
              meta={**article, "ContentSource": ""})
    links = "".join(f'<li><a href="t2022051{i}_9{i}.html">标题{i}</a></li>' for i in range(4))
    write(export, "xwzx/gzdt/index.html", f"<ul>{links}</ul>",
          meta={k: v for k, v in column.items() if k != "ColumnDescription"})
    found = sorted(findings_of(export.run(), "site.page-metadata"),
                   key=lambda f: f.details["kind"])
    assert [(f.details["kind"], f.details["missing"], f.details["pages"]) for f in found] == [
        ("article", ["ContentSource"], 4), ("column", ["ColumnDescription"], 1)]
    assert found[0].message.startswith("网站页面未按规范设置元数据：文章页缺少ContentSource（共4个页面：")


def test_the_home_page_needs_only_the_site_tags(export, findings_of):
    write(export, "index.html", "<p>首页</p>", meta={"SiteName": "示例县人民政府"})
    [f] = findings_of(export.run(), "site.page-metadata")
    assert f.details == {"pages": 1, "examples": ["http://www.example.gov.cn/index.html"],
                         "kind": "home", "missing": ["SiteDomain", "SiteIDCode"]}




def test_a_group_keeps_its_count_and_the_first_three_urls_in_order():
    """A fault shared by every page of a portal keeps three URLs, not all of them: the
    same three (the smallest) whatever order the pages came in."""
    from rulekit_national.pagenorms import _Group

    urls = [f"http://www.example.gov.cn/xwzx/gzdt/t202205{n:02d}_1.html" for n in range(30)]
    group = _Group()
    for url in urls[10:][::-1] + urls[:10][::-2] + urls[:10][-2::-2]:
        group.add(url)
    assert group.count == 30
    assert group.examples == urls[:3]
