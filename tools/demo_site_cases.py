"""Pages of the demo for the site checks of the national indicators, beyond what sitegen plants.

Each case is a page shaped as county CMSes write them, with the finding it must give or the
look-alike it must not: a policy document put online 32 working days after it was signed
(disclosure.publish-lag), one put online in time, and one whose template comments its
成文日期 out (nothing to judge) and whose template leaves out the ContentSource meta
(site.page-metadata); and the site map page, under the complete footer that these pages and
the reading cases share (site.footer-identifiers passes it, while sitegen's template lacks
网站地图). ``plant`` writes them into the demo export and returns one ledger entry per case, in
the shape of sitegen's ledger (look-alikes as ``decoy:`` kinds).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import sitegen

FOLDER = "zwgk/zcwj/202204"
SITEMAP = "wzdt/index.html"
#: The footer every identifier of the guideline is in (页面底部功能区): site map, 主办单位 and
#: 联系方式, ICP and 公安 filings, 网站标识码, the 党政机关 badge and 我为政府网站找错, both drawn by
#: their scripts as real templates do.
FOOTER = f"""<div class="footer_bg"><div class="footer">
<p><a href="/{SITEMAP}">网站地图</a>｜<a href="/index.html">网站首页</a></p>
<p>主办单位：示例县人民政府办公室　地址：江西省宜春市示例县城关镇府前路1号　联系电话：0795-8123456</p>
<p><a href="https://beian.miit.gov.cn/">赣ICP备12001234号-1</a>　<a
href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36099902000123">赣公网安备
36099902000123号</a>　网站标识码：{sitegen.SITE_ID_CODE}</p>
<div class="conac"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac'
%3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/14/000/0000/60429971/CA140000000604299710001.js'
type='text/javascript'%3E%3C/script%3E"));</script></div>
<div class="jiucuo"><script id="_jiucuo_" sitecode="{sitegen.SITE_ID_CODE}"
src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
</div></div>"""


def _stem(published: str) -> str:
    return "P0" + published.replace("-", "") + "1"


def _document(title: str, signed: str, published: str, *, commented: bool = False,
              source: bool = True) -> str:
    """A policy document of the 信息公开 platform: its index table, then the text and the
    download links (PDF and WPS, so that downloads.formats passes it)."""
    signed_row = (f"<!--<tr><td>成文日期：</td><td>{signed}</td></tr>-->" if commented else
                  f"<tr><td>成文日期：</td><td>{signed}</td></tr>")
    return f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="示例县人民政府">
<meta name="SiteDomain" content="www.example-county.gov.cn">
<meta name="SiteIDCode" content="{sitegen.SITE_ID_CODE}">
<meta name="ColumnName" content="政策文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{published} 10:00">
{'<meta name="ContentSource" content="示例县人民政府办公室">' if source else ""}
<title>{title}_示例县人民政府</title>
</head><body>
<div class="top"><a href="/">首页</a> &gt; 政务公开 &gt;
<a href="/zwgk/zcwj/">政策文件</a></div>
<table class="xxgk-table">
<tr><td>索引号：</td><td>011401016/2022-00{len(title) % 90 + 10}</td></tr>
<tr><td>发布机构：</td><td>示例县人民政府办公室</td></tr>
{signed_row}
<tr><td>发布日期：</td><td>{published}</td></tr>
</table>
<div class="article"><h1>{title}</h1>
<p>各乡（镇）人民政府，县直各单位：</p>
<p>经县人民政府同意，现将本方案印发给你们，请结合实际认真贯彻执行。</p>
<p>附件：<a href="{_stem(published)}.pdf">PDF版</a>
<a href="{_stem(published)}.wps">WPS版</a></p>
</div>
{FOOTER}
</body></html>
"""


def plant(county: Path, base_url: str) -> list[dict[str, Any]]:
    """Write the cases under ``county`` and return their ledger entries."""
    cases = [
        # signed 2022-03-01, online 2022-04-15: 32 working days (清明's 调休 Saturday counts)
        ("disclosure.publish-lag", "t20220415_4610001.html",
         "示例县人民政府办公室关于印发《示例县2022年农村人居环境整治工作方案》的通知",
         "2022-03-01", "2022-04-15", False),
        ("decoy:publish-in-time", "t20220411_4610002.html",
         "示例县人民政府办公室关于印发《示例县2022年森林防火工作方案》的通知",
         "2022-03-28", "2022-04-11", False),
        ("decoy:signing-date-commented-out", "t20220419_4610003.html",
         "示例县人民政府办公室关于做好2022年春季农业生产工作的通知",
         "2021-12-01", "2022-04-19", True),
    ]
    ledger = []
    for kind, name, title, signed, published, commented in cases:
        path = f"{FOLDER}/{name}"
        (county / path).parent.mkdir(parents=True, exist_ok=True)
        (county / path).write_bytes(_document(title, signed, published, commented=commented,
                                              source=not commented).encode("utf-8"))
        stem = county / FOLDER / _stem(published)  # the downloads the page offers exist
        stem.with_suffix(".pdf").write_bytes(sitegen.minimal_pdf())
        stem.with_suffix(".wps").write_bytes(sitegen._ole_placeholder(random.Random(name)))
        ledger.append({"kind": kind, "path": path, "url": base_url + path, "signed": signed,
                       "published": published})
    ledger += _hacked(county, base_url, f"{FOLDER}/{cases[0][1]}")
    ledger += _columns(county, base_url)
    ledger += _interpretation(county, base_url, cases[1])
    ledger.append({"kind": "policy.search-box", "path": "zwgk/zcwj/index.html",
                   "url": f"{base_url}zwgk/zcwj/index.html", "column": "政策文件"})
    # the template of the third document leaves ContentSource out
    ledger.append({"kind": "site.page-metadata", "path": f"{FOLDER}/{cases[2][1]}",
                   "url": f"{base_url}{FOLDER}/{cases[2][1]}", "missing": ["ContentSource"]})
    (county / SITEMAP).parent.mkdir(parents=True, exist_ok=True)
    (county / SITEMAP).write_bytes(_sitemap().encode("utf-8"))
    ledger.append({"kind": "decoy:complete-footer", "path": SITEMAP, "url": base_url + SITEMAP})
    return ledger


#: what a hacked template carries: a gambling link in a block its style hides (暗链), and,
#: beside it, a share button hidden until clicked (by design: must not be reported)
HACKED = """<style>.yqlj-hide{display:none}</style>
<div class="yqlj-hide"><a href="http://www.88yule-example.com/">澳门葡京娱乐城</a></div>
<div class="share" style="display:none"><a href="http://service.weibo.com/share/share.php"
>分享到新浪微博</a></div>
"""


def _hacked(county: Path, base_url: str, path: str) -> list[dict[str, Any]]:
    """Plant HACKED in the page at ``path``, before its end."""
    page = county / path
    data = page.read_bytes().replace(b"</body>", HACKED.encode("utf-8") + b"</body>")
    # and a typo of the kind word libraries list (以人名为中心 for 以人民为中心)
    data = data.replace("<p>经县人民政府同意".encode(), "<p>坚持以人名为中心的发展思想。经县人民政府同意".encode())
    page.write_bytes(data)
    return [{"kind": "content.hidden-links", "path": path, "url": base_url + path,
             "host": "www.88yule-example.com"},
            {"kind": "content.sensitive-words", "path": path, "url": base_url + path,
             "word": "以人名为中心"},
            {"kind": "decoy:hidden-share-button", "path": path, "url": base_url + path}]


def _page(title: str, column: str, body: str, *, day: str | None = None) -> str:
    """A page of the county's 信息公开 columns, its metas as the guideline lists them."""
    metas = {"SiteName": "示例县人民政府", "SiteDomain": "www.example-county.gov.cn",
             "SiteIDCode": sitegen.SITE_ID_CODE, "ColumnName": column}
    if day:
        metas.update(ArticleTitle=title, PubDate=f"{day} 09:00", ContentSource="示例县人民政府办公室")
    else:
        metas.update(ColumnDescription=f"示例县人民政府{column}", ColumnKeywords=column,
                     ColumnType=column)
    head = "".join(f'<meta name="{k}" content="{v}">\n' for k, v in metas.items())
    shown = f"<p>发布日期：{day}</p>" if day else ""
    return f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{head}<title>{title}_示例县人民政府</title>
</head><body>
<div class="top"><a href="/">首页</a> &gt; {column}</div>
<div class="article"><h1>{title}</h1>{shown}
{body}
</div>
{FOOTER}
</body></html>
"""


def _columns(county: Path, base_url: str) -> list[dict[str, Any]]:
    """A 规划计划 column last updated 2021-03-15, over a year before as_of (columns.stale),
    a 人事信息 column whose list page lists nothing and a 人事任免 column whose two items are
    empty pages (columns.blank)."""
    docs = [("202103/t20210315_4620001.html", "示例县2021年国民经济和社会发展计划", "2021-03-15"),
            ("202012/t20201228_4620002.html", "示例县“十四五”规划编制工作方案", "2020-12-28")]
    _column(county, "zwgk/ghjh", "规划计划", docs, "<p>经县人民政府同意，现予公布。</p>")
    (county / "zwgk/rsxx").mkdir(parents=True, exist_ok=True)
    (county / "zwgk/rsxx/index.html").write_bytes(
        _page("人事信息", "人事信息", "<ul></ul><p>暂无信息</p>").encode("utf-8"))
    # a 人事任免 column that lists two items whose pages hold only their title and date
    empty = [("202205/t20220516_4620003.html", "示例县人民政府关于王某某等同志职务任免的通知",
              "2022-05-16"),
             ("202205/t20220523_4620004.html", "示例县2022年拟提拔任用干部任前公示", "2022-05-23")]
    _column(county, "zwgk/rsrm", "人事任免", empty, "<p>【打印本页】【关闭窗口】</p>")
    return [{"kind": "columns.stale", "path": f"zwgk/ghjh/{docs[1][0]}",
             "url": f"{base_url}zwgk/ghjh/{docs[1][0]}", "column": "规划计划",
             "latest": docs[0][2]},
            {"kind": "columns.blank", "path": "zwgk/rsxx/index.html",
             "url": f"{base_url}zwgk/rsxx/index.html", "column": "人事信息"},
            {"kind": "columns.blank", "path": "zwgk/rsrm/index.html", "variant": "empty",
             "url": f"{base_url}zwgk/rsrm/index.html", "column": "人事任免"}]


def _column(county: Path, folder: str, name: str, docs: list[tuple[str, str, str]],
            body: str) -> None:
    """A column's documents (each ``(path under the folder, title, date)``, with ``body``
    under its title) and its list page, which lists them with their dates."""
    items = []
    for rel, title, day in docs:
        path = county / folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_page(title, name, body, day=day).encode("utf-8"))
        items.append(f'<li><a href="{rel}">{title}</a><span>{day}</span></li>')
    (county / folder / "index.html").write_bytes(
        _page(name, name, f"<ul>{''.join(items)}</ul>").encode("utf-8"))


def _interpretation(county: Path, base_url: str, case: tuple[Any, ...]) -> list[dict[str, Any]]:
    """An interpretation of the 森林防火 plan that links to its document (原文链接), while the
    document has no link to it: policy.interpretation-link reports the document."""
    _kind, name, title, _signed, _published, _commented = case
    plan = title[title.index("《") + 1:title.index("》")]
    heading = f"《{plan}》政策解读"
    path = "zwgk/zcjd/202204/t20220413_4630001.html"
    page = f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="示例县人民政府">
<meta name="SiteDomain" content="www.example-county.gov.cn">
<meta name="SiteIDCode" content="{sitegen.SITE_ID_CODE}">
<meta name="ColumnName" content="政策解读">
<meta name="ColumnType" content="政策解读">
<meta name="ArticleTitle" content="{heading}">
<meta name="PubDate" content="2022-04-13 15:00">
<meta name="ContentSource" content="示例县应急管理局">
<title>{heading}_示例县人民政府</title>
</head><body>
<div class="top"><a href="/">首页</a> &gt; 政务公开 &gt; 政策解读</div>
<div class="article"><h1>{heading}</h1><p>发布时间：2022-04-13　来源：示例县应急管理局</p>
<p>一、出台背景。为做好2022年森林防火工作，县政府办公室印发了该方案。</p>
<p>二、主要内容。方案明确了责任分工、火源管控和应急处置等要求。</p>
<p>原文链接：<a href="/{FOLDER}/{name}">{title}</a></p></div>
{FOOTER}
</body></html>
"""
    (county / path).parent.mkdir(parents=True, exist_ok=True)
    (county / path).write_bytes(page.encode("utf-8"))
    document = f"{FOLDER}/{name}"
    return [{"kind": "policy.interpretation-link", "path": document,
             "url": base_url + document, "interpretation": base_url + path}]


def _sitemap() -> str:
    """The site map page: every column, under the complete footer."""
    columns = [("工作动态", "/xwzx/gzdt/"), ("通知公告", "/zwgk/tzgg/"), ("社会救助", "/zwgk/shjz/"),
               ("政策文件", "/zwgk/zcwj/"), ("行政处罚", "/zwgk/xzcf/")]
    items = "".join(f'<li><a href="{href}">{name}</a></li>' for name, href in columns)
    return f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="示例县人民政府">
<meta name="SiteDomain" content="www.example-county.gov.cn">
<meta name="SiteIDCode" content="{sitegen.SITE_ID_CODE}">
<meta name="ColumnName" content="网站地图">
<meta name="ColumnDescription" content="示例县人民政府网站栏目导航">
<meta name="ColumnKeywords" content="网站地图">
<meta name="ColumnType" content="网站地图">
<title>网站地图_示例县人民政府</title>
</head><body>
<div class="top"><a href="/">首页</a> &gt; 网站地图</div>
<div class="sitemap"><h2>网站地图</h2><ul>{items}</ul></div>
{FOOTER}
</body></html>
"""
