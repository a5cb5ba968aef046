"""Gansu's own rules for rulekit: a worked example of a province plugin.

Two checks the national rules do not make, as a province would add them: policy documents
offer an OFD (版式文件) download, and every page's footer shows the site identification code
and the ICP filing number. rulekit loads this module through the ``rulekit.plugins`` entry
point in pyproject.toml and collects every ``@rulekit.rule`` function in it.

The requirements are illustrative: a real province plugin quotes its own inspection rules
(检查细则) in each rule's ``source``.
"""

from __future__ import annotations

import re

import rulekit

#: The rulekit plugin API this package is written for; rulekit refuses another major version.
RULEKIT_API = "1"

#: The names a format is given in messages.
_LABELS = {"ofd": "OFD", "pdf": "PDF", "wps": "WPS", "doc": "DOC", "docx": "DOCX"}


@rulekit.rule(
    "gansu.ofd-download",
    title="政策文件未提供OFD版式文件下载",
    severity="error",
    scope="page",
    source="示例：甘肃省政府网站检查细则（假设条目）“政策文件应提供OFD版式文件下载”；"
           "GB/T 33190-2016《电子文件存储与交换格式 版式文档》",
    options={
        "column_types": {"type": "array", "items": {"type": "string"}, "default": ["policy"],
                         "description": "column types whose documents are checked"},
        "formats": {"type": "array", "items": {"type": "string"}, "minItems": 1,
                    "default": ["ofd"],
                    "description": "download formats that count as the 版式 file"},
    },
)
def ofd_download(page, options):
    """A policy document (an article of a ``policy`` column, not its list page) offers an
    OFD download. A link's format comes from its URL (``W020220512.ofd``,
    ``download.jsp?id=3&filename=通知.ofd``), else from its text (``OFD版``).

    ## Why
    OFD (GB/T 33190) is the national fixed-layout format for government documents; the
    province asks every policy document to offer it beside the WPS and PDF downloads the
    national indicators require.

    ## Example
    ```html
    <!-- rulekit: column policy -->
    <!-- rulekit: url http://www.gansu.gov.cn/gsszf/c100054/202205/t20220512_1.html -->
    <h1>关于印发《甘肃省优化营商环境实施方案》的通知</h1>
    <p>发布日期：2022-05-12</p>
    <p>附件：<a href="W020220512.pdf">PDF版</a> <a href="W020220512.wps">WPS版</a></p>
    ```

    ## Use instead
    ```html
    <!-- rulekit: column policy -->
    <!-- rulekit: url http://www.gansu.gov.cn/gsszf/c100054/202205/t20220512_1.html -->
    <h1>关于印发《甘肃省优化营商环境实施方案》的通知</h1>
    <p>发布日期：2022-05-12</p>
    <p>附件：<a href="W020220512.pdf">PDF版</a> <a href="W020220512.ofd">OFD版</a></p>
    ```
    """
    if page.column.type not in options["column_types"] or not page.is_article:
        return
    offered = sorted({fmt for _link, fmt in page.attachments})
    if set(options["formats"]) & set(offered):
        return
    have = "、".join(_LABELS.get(f, f.upper()) for f in offered) or "无"
    yield rulekit.Problem(message=f"政策文件未提供OFD版式文件下载：已提供{have}",
                          evidence=page.title or "", key=",".join(offered))


_ID_CODE = re.compile(r"网站标识码\s*:?\s*([0-9A-Za-z]{10})(?![0-9A-Za-z])")
_ICP = re.compile(r"([\u4e00-\u9fff])\s*ICP\s*备\s*([0-9]{4,12})\s*号(?:-[0-9]+)?", re.I)


@rulekit.rule(
    "gansu.footer-filing",
    title="页面底部未标注网站标识码和ICP备案编号",
    severity="error",
    scope="page",
    source="《政府网站发展指引》（国办发〔2017〕47号）：页面底部功能区列明网站标识码、"
           "ICP备案编号等；示例：甘肃省政府网站检查细则（假设条目）",
    options={
        "icp_prefix": {"type": "string", "minLength": 1, "maxLength": 1, "default": "陇",
                       "description": "the province's abbreviation that starts its ICP numbers"},
        "footer_chars": {"type": "integer", "minimum": 0, "default": 500,
                         "description": "how much of the end of the page counts as its footer "
                                        "(0: the whole page)"},
    },
)
def footer_filing(page, options):
    """Every web page's footer (the last ``footer_chars`` characters of its normalised text)
    shows the site identification code (网站标识码, the same as the page's ``SiteIDCode``
    meta tag when it has one) and an ICP filing number; an ICP number of another province
    is a warning.

    ## Why
    The national guideline asks every page's footer to list the site identification code
    and the ICP filing number, so the public can tell an official site from an imitation.

    ## Example
    ```html
    <meta name="SiteIDCode" content="6200000001">
    <div class="footer">主办：甘肃省人民政府办公厅 网站标识码：6200000001</div>
    ```

    ## Use instead
    ```html
    <meta name="SiteIDCode" content="6200000001">
    <div class="footer">主办：甘肃省人民政府办公厅 网站标识码：6200000001
    陇ICP备05000152号</div>
    ```
    """
    text = page.normalized.text  # NFKC: full-width digits and colons are ASCII here
    footer = text[-options["footer_chars"]:] if options["footer_chars"] else text
    evidence = footer[-80:].replace("\n", " ").replace("\t", " ")
    meta_code = page.meta.get("SiteIDCode")
    codes = [m.group(1) for m in _ID_CODE.finditer(footer)]
    if not codes:
        yield rulekit.Problem(message="页面底部未标注网站标识码", evidence=evidence,
                              key="id-code")
    elif meta_code and meta_code not in codes:
        yield rulekit.Problem(
            message=f"页面底部网站标识码{codes[-1]}与SiteIDCode元数据{meta_code}不一致",
            evidence=evidence, key=f"id-code:{codes[-1]}:{meta_code}")
    icp = list(_ICP.finditer(footer))
    if not icp:
        yield rulekit.Problem(message="页面底部未标注ICP备案编号", evidence=evidence, key="icp")
    elif not any(m.group(1) == options["icp_prefix"] for m in icp):
        found = icp[-1].group(0)
        yield rulekit.Problem(
            message=f"页面底部ICP备案编号不是本省（{options['icp_prefix']}ICP备）编号：{found}",
            evidence=evidence, severity="warning", key=f"icp:{found}")
