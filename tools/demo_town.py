"""The demo's second site: a town's small site (示例县城关镇人民政府) whose home page has not
been updated in the two weeks before the demo's monitoring point.

A county inspects its towns' sites beside its own (the seeds' notices list 乡镇 sites), and a
rule judged once per site (``site.home-stale``) needs a second site to pass on one and fail on
the other: the county's home page lists an item of 05-31, the town's latest is of 04-28.
Likewise for the policy rules: the town's 政策文件 column has a search of its own, and its
document and interpretation link to each other. The town's site is otherwise clean, so it
gives no other finding: every page carries the guideline's meta tags and the complete
footer, its columns are within their windows, and every link resolves. ``write`` writes it and returns one ledger
entry per case, in the shape of sitegen's ledger.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import sitegen

NAME = "示例县城关镇人民政府"
BASE_URL = "http://cgz.example-county.gov.cn/"
SITE_ID_CODE = "3609990002"
PLAN = "城关镇2022年森林防火工作方案"
DOCUMENT = f"城关镇人民政府关于印发《{PLAN}》的通知"
#: The columns: folder, name, type words, and their items (date, title).
COLUMNS = [
    ("tzgg", "通知公告", [("2022-04-28", "关于城关镇2022年春季森林防火工作的通知"),
                      ("2022-03-15", "关于开展城关镇农村人居环境整治“回头看”的通知")]),
    ("ghjh", "规划计划", [("2022-02-10", "城关镇2022年度重点工作计划")]),
    ("rsxx", "人事信息", [("2021-12-20", "城关镇2021年公益性岗位招聘结果公示")]),
    ("zcwj", "政策文件", [("2022-04-25", DOCUMENT)]),
    ("zcjd", "政策解读", [("2022-04-26", f"《{PLAN}》政策解读")]),
]
#: The town's policy column's own search, beside the list (the site has no other search).
SEARCH = """<form action="/search/zcwj.jsp" class="zcwj-search"><input type="text"
name="wjbt" placeholder="文件标题或文号"><input type="submit" value="文件检索"></form>"""
FOOTER = f"""<div class="footer">
<p><a href="/wzdt/index.html">网站地图</a>｜<a href="/index.html">网站首页</a></p>
<p>主办单位：{NAME}　地址：江西省宜春市示例县城关镇城南路8号　联系电话：0795-8126001</p>
<p><a href="https://beian.miit.gov.cn/">赣ICP备12001234号-3</a>　<a
href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36099902000125">赣公网安备
36099902000125号</a>　网站标识码：{SITE_ID_CODE}</p>
<div class="conac"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac'
%3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/14/000/0000/60429972/CA140000000604299720001.js'
type='text/javascript'%3E%3C/script%3E"));</script></div>
<div class="jiucuo"><script id="_jiucuo_" sitecode="{SITE_ID_CODE}"
src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
</div>"""


def _page(title: str, body: str, meta: dict[str, str]) -> str:
    metas = "".join(f'<meta name="{k}" content="{v}">\n' for k, v in {
        "SiteName": NAME, "SiteDomain": "cgz.example-county.gov.cn", "SiteIDCode": SITE_ID_CODE,
        **meta}.items())
    return f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{metas}<title>{title}</title>
</head><body>
<div class="nav"><a href="/index.html">首页</a>
{"".join(f'<a href="/{folder}/index.html">{name}</a>' for folder, name, _ in COLUMNS)}</div>
{body}
{FOOTER}
</body></html>
"""


def _path(folder: str, day: str, n: int) -> str:
    stamp = day.replace("-", "")
    return f"{folder}/{stamp[:6]}/t{stamp}_{n}.html"


def _extra(root: Path, folder: str, path: str) -> str:
    """What a policy document and its interpretation add to an item: the document's 成文日期,
    its PDF and WPS downloads (written beside it) and its link to the interpretation; the
    interpretation's link back to the document."""
    document, interpretation = _path("zcwj", "2022-04-25", 1), _path("zcjd", "2022-04-26", 1)
    if folder == "zcjd":
        return f'<p>原文链接：<a href="/{document}">{DOCUMENT}</a></p>'
    if folder != "zcwj":
        return ""
    stem = (root / path).parent / "P020220425001"
    stem.parent.mkdir(parents=True, exist_ok=True)
    stem.with_suffix(".pdf").write_bytes(sitegen.minimal_pdf())
    stem.with_suffix(".wps").write_bytes(sitegen._ole_placeholder(random.Random(path)))
    return ("<p>成文日期：2022-04-20</p><p>附件：<a href=\"P020220425001.pdf\">PDF版</a> "
            "<a href=\"P020220425001.wps\">WPS版</a></p>"
            f'<p>相关解读：<a href="/{interpretation}">《{PLAN}》政策解读</a></p>')


def write(root: Path) -> list[dict[str, Any]]:
    """Write the town's site under ``root`` and return its ledger."""
    pages: dict[str, str] = {}
    home_items = []
    for folder, name, items in COLUMNS:
        meta = {"ColumnName": name, "ColumnDescription": f"{NAME}{name}",
                "ColumnKeywords": name, "ColumnType": name}
        listed = []
        for n, (day, title) in enumerate(items, 1):
            path = _path(folder, day, n)
            pages[path] = _page(f"{title}_{NAME}", (
                f"<div class='article'><h1>{title}</h1><p>发布时间：{day}　来源：{NAME}</p>"
                "<p>各村（社区）、镇直各单位：现将有关事项通知如下，请认真抓好落实。</p>"
                f"{_extra(root, folder, path)}</div>"),
                {**meta, "ArticleTitle": title, "PubDate": f"{day} 09:00",
                 "ContentSource": NAME})
            listed.append(f'<li><a href="{path.split("/", 1)[1]}">{title}</a>'
                          f'<span class="date">{day}</span></li>')
            home_items.append((day, path, title))
        search = SEARCH if folder == "zcwj" else ""
        pages[f"{folder}/index.html"] = _page(
            f"{name}_{NAME}",
            f"<div class='list'><h2>{name}</h2>{search}<ul>{''.join(listed)}</ul></div>", meta)
    home_items.sort(reverse=True)
    rows = "".join(f'<li><a href="{path}">{title}</a><span class="date">{day[5:]}</span></li>'
                   for day, path, title in home_items)
    pages["index.html"] = _page(NAME, f"<div class='news'><h3>最新信息</h3><ul>{rows}</ul></div>",
                                {})
    columns = "".join(f'<li><a href="/{folder}/">{name}</a></li>' for folder, name, _ in COLUMNS)
    pages["wzdt/index.html"] = _page(
        f"网站地图_{NAME}", f"<div class='sitemap'><h2>网站地图</h2><ul>{columns}</ul></div>",
        {"ColumnName": "网站地图", "ColumnDescription": f"{NAME}网站栏目导航",
         "ColumnKeywords": "网站地图", "ColumnType": "网站地图"})
    for rel, html in pages.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    latest = home_items[0][0]
    return [{"kind": "site.home-stale", "site": NAME, "path": "index.html",
             "url": BASE_URL + "index.html", "latest": latest},
            {"kind": "decoy:policy-search-box", "site": NAME, "path": "zcwj/index.html",
             "url": BASE_URL + "zcwj/index.html"},
            {"kind": "decoy:interpretation-linked", "site": NAME,
             "path": _path("zcjd", "2022-04-26", 1),
             "url": BASE_URL + _path("zcjd", "2022-04-26", 1)}]
