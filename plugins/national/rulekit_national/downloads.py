"""downloads.formats: policy documents must offer WPS and PDF downloads (seed 003)."""

from __future__ import annotations

import rulekit

#: Which extensions satisfy which group; a province that accepts only true ``.wps`` sets
#: ``groups: {wps: [wps]}``.
DEFAULT_GROUPS = {"pdf": ["pdf"], "wps": ["wps", "doc", "docx"], "ofd": ["ofd"]}
_NAMES = {"pdf": "PDF", "wps": "WPS", "ofd": "OFD", "doc": "DOC", "docx": "DOCX"}
#: Only document formats count towards the number of download formats.
DOCUMENT_FORMATS = frozenset({"pdf", "wps", "doc", "docx", "ofd", "rtf", "txt", "et", "xls",
                              "xlsx"})


def _label(fmt: str) -> str:
    return _NAMES.get(fmt, fmt.upper())


@rulekit.rule(
    "downloads.formats",
    meta={"verdict": {"item": "政策文件与解读", "points": 0.5}},
    title="政策文件未提供WPS和PDF两种以上下载格式",
    severity="error",
    scope="page",
    source="临夏州通报（seed 003）：“未提供WPS和PDF两种(含两种)以上下载格式”；"
           "《政府网站发展指引》（国办发〔2017〕47号）",
    options={
        "min_formats": {"type": "integer", "minimum": 1, "default": 2,
                        "description": "distinct download formats a policy document offers"},
        "require": {"type": "array", "items": {"type": "string"}, "default": ["pdf", "wps"],
                    "description": "format groups that must each be offered"},
        "groups": {"type": "object",
                   "additionalProperties": {"type": "array", "items": {"type": "string"}},
                   "default": DEFAULT_GROUPS,
                   "description": "group name -> the extensions that satisfy it"},
        "column_types": {"type": "array", "items": {"type": "string"}, "default": ["policy"],
                         "description": "column types whose documents are checked"},
    },
)
def formats(page, options):
    """A policy document (not the column's list page) offers downloads in at least
    ``min_formats`` distinct formats, covering every group in ``require``. A link's format
    comes from its URL (path or ``filename=``), else its text (``PDF版``, ``下载WPS``).

    ## Why
    Notices fail policy documents that offer a single format: readers on WPS Office and on
    PDF readers must both be able to open them, and the national guideline asks for
    downloads in WPS and PDF together.

    ## Example
    ```html
    <!-- rulekit: column policy -->
    <!-- rulekit: url http://www.example.gov.cn/zwgk/zcwj/202205/t20220512_1.html -->
    <h1>关于印发《示例县优化营商环境实施方案》的通知</h1>
    <p>发布日期：2022-05-12</p>
    <p>附件：<a href="W020220512.pdf">实施方案.pdf</a></p>
    ```

    ## Use instead
    ```html
    <!-- rulekit: column policy -->
    <!-- rulekit: url http://www.example.gov.cn/zwgk/zcwj/202205/t20220512_1.html -->
    <h1>关于印发《示例县优化营商环境实施方案》的通知</h1>
    <p>发布日期：2022-05-12</p>
    <p>附件：<a href="W020220512.pdf">PDF版</a> <a href="W020220512.wps">WPS版</a></p>
    ```
    """
    if page.column.type not in options["column_types"] or not page.is_article:
        return
    found = sorted({fmt for _link, fmt in page.attachments if fmt in DOCUMENT_FORMATS})
    groups = {**DEFAULT_GROUPS, **options["groups"]}
    missing = [g for g in options["require"] if not set(groups.get(g, [g])) & set(found)]
    if len(found) >= options["min_formats"] and not missing:
        return
    have = "、".join(_label(f) for f in found) or "无"
    lack = "、".join(_label(g) for g in missing)
    message = f"政策文件未提供WPS和PDF两种(含两种)以上下载格式：已提供{have}"
    if lack:
        message += f"，缺少{lack}"
    yield rulekit.Problem(message=message, evidence=page.title or "", key=",".join(found))
