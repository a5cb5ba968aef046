"""The guideline's page norms, site-wide: footer identifiers and page metadata (seed 003;
《政府网站发展指引》 and its web page design annex).

Both are site rules that collect a small value from each page and report once per template:
pages that share a footer (or lack the same meta tags on the same kind of page) share one
finding, with the number of pages and a few of their URLs, as an inspector would write it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from typing import Any

import rulekit
from rulekit_national.footer import IDENTIFIERS, read_footer

#: Pages named in a finding, besides the count.
EXAMPLES = 3
#: What a page of each kind carries (national.md, "Page metadata").
META = {
    "every": ["SiteName", "SiteDomain", "SiteIDCode"],
    "column": ["ColumnName", "ColumnDescription", "ColumnKeywords", "ColumnType"],
    "article": ["ArticleTitle", "PubDate", "ContentSource"],
}
_KIND_NAME = {"home": "首页", "column": "栏目页", "article": "文章页"}
_NO_FOOTER = "（未找到网页底部）"


class _Group:
    """The pages of one fault: how many, and the first few URLs in order (all of them,
    on a portal where one template lacks its footer, would be every page's URL)."""

    def __init__(self) -> None:
        self.count = 0
        self.examples: list[str] = []

    def add(self, url: str) -> None:
        self.count += 1
        if len(self.examples) < EXAMPLES or url < self.examples[-1]:
            bisect.insort(self.examples, url)
            del self.examples[EXAMPLES:]


def _grouped(values: Mapping[str, Any], fault: Any) -> dict[Any, _Group]:
    """The pages by what ``fault`` says is wrong with their value (None: nothing)."""
    groups: dict[Any, _Group] = {}
    for url, value in values.items():
        if value is None:
            continue
        key = fault(value)
        if key is not None:
            group = groups.get(key)
            if group is None:
                group = groups[key] = _Group()
            group.add(url)
    return groups


def _problems(site: Any, groups: dict[Any, _Group], message: Any, evidence: Any,
              details: Any) -> Iterator[rulekit.Problem]:
    """One problem per group, the largest first, located at its first page."""
    for key, group in sorted(groups.items(), key=lambda kv: (-kv[1].count, str(kv[0]))):
        examples = group.examples
        shown = "、".join(examples) + ("等" if group.count > len(examples) else "")
        yield rulekit.Problem(
            message=f"{message(key)}（共{group.count}个页面：{shown}）", evidence=evidence(key),
            key=repr(key), target=rulekit.Target(kind="page", site=site.name, url=examples[0]),
            details={"pages": group.count, "examples": examples, **details(key)})


@rulekit.rule(
    "site.footer-identifiers",
    meta={"verdict": {"item": "页面规范", "points": 1}},
    title="网站页面底部未添加规定标识",
    severity="error",
    scope="site",
    source="《政府网站发展指引》（国办发〔2017〕47号）附件《政府网站网页设计规范》：页面底部功能区"
           "应列明党政机关网站标识、“我为政府网站找错”、网站地图、主办单位及联系方式、网站标识码、"
           "ICP备案编号、公安机关备案标识；临夏州通报（seed 003）：“网页设计不规范，网站部分页面"
           "底部未添加规定标识”，“所有页面底部添加网站标识码等7种标识”",
    options={
        "require": {"type": "array", "items": {"enum": list(IDENTIFIERS)},
                    "default": list(IDENTIFIERS),
                    "description": "the identifiers every page's footer carries"},
        "footer_xpath": {"type": ["string", "null"], "default": None,
                         "description": "XPath of the footer element, for a template whose "
                                        "footer is not named footer/foot/bottom/copyright"},
        "site_ids": {"type": "object",
                     "additionalProperties": {"type": ["string", "integer"]},
                     "default": {},
                     "description": "site name -> its 网站标识码: a footer giving another "
                                    "code is reported"},
    },
)
def footer_identifiers(site, collected, options):
    """Every page's footer (页面底部功能区: the element named footer, foot, bottom or
    copyright, else the body's last block; or the one ``footer_xpath`` names) carries each
    identifier of ``require``: 党政机关网站标识 (the conac.cn badge), the 我为政府网站找错
    entry, 网站地图, 主办单位, 联系方式, 网站标识码 (10 digits, or bm and 8), ICP备案编号 and
    公安机关备案标识 (14 digits). With ``site_ids``, the 网站标识码 must be the site's own.
    Pages that share a footer share one finding, with the number of pages and examples.

    ## Why
    The guideline's page design norm puts these identifiers in every page's footer, and
    notices fail sites whose pages lack them (seed 003: 网站部分页面底部未添加规定标识).

    ## Example
    ```html
    <!-- rulekit: url http://www.example.gov.cn/xwzx/gzdt/202205/t20220512_1.html -->
    <h1>示例县召开安全生产工作会议</h1><p>发布时间：2022-05-12</p>
    <div class="footer"><p>主办单位：示例县人民政府办公室　联系电话：0795-8123456</p>
    <p>赣ICP备12001234号-1　网站标识码：3609990001</p></div>
    ```

    ## Use instead
    ```html
    <!-- rulekit: url http://www.example.gov.cn/xwzx/gzdt/202205/t20220512_1.html -->
    <h1>示例县召开安全生产工作会议</h1><p>发布时间：2022-05-12</p>
    <div class="footer"><p><a href="/wzdt/">网站地图</a></p>
    <p>主办单位：示例县人民政府办公室　联系电话：0795-8123456</p>
    <p>赣ICP备12001234号-1　赣公网安备 36099902000123号　网站标识码：3609990001</p>
    <a href="https://bszs.conac.cn/sitename?method=show&amp;id=1"><img src="/images/dzjg.png"
    alt="党政机关"></a><script id="_jiucuo_" sitecode="3609990001"
    src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
    ```
    """
    require = options["require"]
    expected = str(options["site_ids"].get(site.name) or "").lower() or None

    def fault(value: tuple[str, tuple[str, ...], str | None]) -> Any:
        template, found, code = value
        missing = tuple(name for name in require if name not in found)
        wrong = code if expected and code and code != expected else None
        return (template, missing, wrong) if missing or wrong else None

    def message(key: tuple[str, tuple[str, ...], str | None]) -> str:
        _template, missing, wrong = key
        parts = [f"缺少{'、'.join(missing)}"] if missing else []
        if wrong:
            parts.append(f"网站标识码{wrong}不是本网站的{expected}")
        return "网站页面底部未添加规定标识：" + "，".join(parts)

    yield from _problems(site, _grouped(collected.footers, fault), message,
                         lambda key: f"网页底部：{key[0]}",
                         lambda key: {"missing": list(key[1]), "template": key[0]})


@footer_identifiers.collect
def footers(page, options):
    if page.tree is None:
        return None  # nothing to read (an empty page is an input finding of its own)
    footer = read_footer(page.tree, options["footer_xpath"])
    if footer is None:
        return (_NO_FOOTER, (), None)
    return (footer.template, tuple(sorted(footer.found)), footer.site_code)


def is_home(page: Any, site: Any) -> bool:
    """Whether the page is the site's home page (its root, or the root's index page)."""
    root = site.base_url.rstrip("/")
    folder, _, name = page.url.rpartition("/")
    return page.url.rstrip("/") == root or (folder == root and name.startswith(("index.",
                                                                                "default.")))


def page_kind(page: Any, site: Any) -> str:
    """``home``, ``column`` (a list page) or ``article``, as the metadata norm tells them."""
    if is_home(page, site):
        return "home"
    return "article" if page.is_article else "column"


@rulekit.rule(
    "site.page-metadata",
    meta={"verdict": {"item": "页面规范", "points": 0.5}},
    title="网站页面未按规范设置元数据",
    severity="warning",
    scope="site",
    source="《政府网站发展指引》（国办发〔2017〕47号）附件《政府网站网页设计规范》：每个页面标注"
           "SiteName、SiteDomain、SiteIDCode；栏目页加标ColumnName、ColumnDescription、"
           "ColumnKeywords、ColumnType；文章页加标ArticleTitle、PubDate、ContentSource",
    options={
        "require": {"type": "object",
                    "properties": {k: {"type": "array", "items": {"type": "string"}}
                                   for k in META},
                    "additionalProperties": False, "default": META,
                    "description": "meta tags of every page, of column pages, of articles"},
    },
)
def page_metadata(site, collected, options):
    """Every page carries the guideline's ``<meta name=… content=…>`` tags: ``SiteName``,
    ``SiteDomain`` and ``SiteIDCode``; column (list) pages also ``ColumnName``,
    ``ColumnDescription``, ``ColumnKeywords`` and ``ColumnType``; articles also
    ``ArticleTitle``, ``PubDate`` and ``ContentSource``. A tag with an empty ``content``
    counts as missing. Pages of one kind that lack the same tags share one finding.

    ## Why
    Search engines, the national government website platform and the monitoring systems read
    these tags to know a page's site, column and date; the guideline's page design norm
    requires them.

    ## Example
    ```html
    <!-- rulekit: url http://www.example.gov.cn/xwzx/gzdt/202205/t20220512_1.html -->
    <html><head><meta name="SiteName" content="示例县人民政府">
    <title>示例县召开安全生产工作会议</title></head>
    <body><h1>示例县召开安全生产工作会议</h1><p>发布时间：2022-05-12</p></body></html>
    ```

    ## Use instead
    ```html
    <!-- rulekit: url http://www.example.gov.cn/xwzx/gzdt/202205/t20220512_1.html -->
    <html><head><meta name="SiteName" content="示例县人民政府">
    <meta name="SiteDomain" content="www.example.gov.cn">
    <meta name="SiteIDCode" content="3609990001">
    <meta name="ArticleTitle" content="示例县召开安全生产工作会议">
    <meta name="PubDate" content="2022-05-12 09:30">
    <meta name="ContentSource" content="示例县应急管理局">
    <title>示例县召开安全生产工作会议</title></head>
    <body><h1>示例县召开安全生产工作会议</h1><p>发布时间：2022-05-12</p></body></html>
    ```
    """
    def fault(value: tuple[str, tuple[str, ...]]) -> Any:
        return value if value[1] else None

    yield from _problems(
        site, _grouped(collected.metas, fault),
        lambda key: f"网站页面未按规范设置元数据：{_KIND_NAME[key[0]]}缺少{'、'.join(key[1])}",
        lambda key: f"{_KIND_NAME[key[0]]}缺少：{'、'.join(key[1])}",
        lambda key: {"kind": key[0], "missing": list(key[1])})


@page_metadata.collect
def metas(page, site, options):
    if page.tree is None:
        return None
    kind = page_kind(page, site)
    wanted = {**META, **options["require"]}
    names = wanted["every"] + ([] if kind == "home" else wanted[kind])
    return (kind, tuple(n for n in names if not page.meta.get(n)))
