"""Site-wide technical checks on how pages are served: the declared character encoding."""

from __future__ import annotations

import rulekit
from rulekit.readers.charset import canonical

#: Where a page declares its charset, as the finding names it.
_PLACES = {"meta tag": "meta标签", "HTTP header": "HTTP响应头", "byte-order mark": "字节顺序标记（BOM）"}


def _name(encoding: str) -> str:
    return encoding.upper().replace("UTF-16-", "UTF-16").replace("UTF-32-", "UTF-32")


@rulekit.rule(
    "site.charset-declaration",
    meta={"verdict": {"item": "页面规范", "points": 0.5}},
    title="网页声明的字符编码与实际不符",
    severity="warning",
    scope="page",
    source="HTML 标准“Specifying the document's character encoding”：声明的字符编码须与文档实际"
           "使用的编码一致；浏览器按声明解码",
)
def charset_declaration(page):
    """A page's declared character encoding (its byte-order mark, else the HTTP header's
    charset, else its ``<meta charset>``) names the encoding its bytes are in. A page whose
    declaration fails where another charset decodes the bytes cleanly is read in the one
    that works and checked as usual; this rule reports the declaration. Bytes that no charset
    decodes are an ``input`` problem instead, not this rule's.

    ## Why
    Browsers decode a page in the charset it declares, not the one its bytes are in: a
    template that says ``gb2312`` around a UTF-8 article shows visitors mojibake (乱码),
    though every file of the export reads perfectly. The HTML standard requires the
    declaration to match the encoding used.

    ## Example
    ```html
    <!-- rulekit: url http://www.example.gov.cn/xwzx/gzdt/202205/t20220512_1.html -->
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>示例县召开安全生产工作会议_示例县人民政府</title></head>
    <body><h1>示例县召开安全生产工作会议</h1><p>发布时间：2022-05-12</p></body></html>
    ```

    ## Use instead
    ```html
    <!-- rulekit: url http://www.example.gov.cn/xwzx/gzdt/202205/t20220512_1.html -->
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>示例县召开安全生产工作会议_示例县人民政府</title></head>
    <body><h1>示例县召开安全生产工作会议</h1><p>发布时间：2022-05-12</p></body></html>
    ```
    """
    decoded = page.decoded
    if not decoded.mismatch:
        return
    place = _PLACES.get(decoded.declared_in or "", decoded.declared_in or "")
    used = _name(decoded.encoding)
    declared = decoded.declared or ""
    if decoded.declared_in == "byte-order mark":
        said = f"{place}表明为{_name(declared)}"
    elif declared and canonical(declared):
        said = f"{place}声明为{declared}"
    else:
        said = f"{place}声明为“{declared}”（不是网页可用的字符编码）"
    yield rulekit.Problem(
        message=f"网页声明的字符编码与实际不符，浏览器可能显示乱码：{said}，实际为{used}",
        evidence=decoded.mismatch, key=f"{decoded.declared_in}:{declared}->{decoded.encoding}")

