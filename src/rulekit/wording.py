"""Input problems in the inspectors' words.

Readers explain what is wrong in English for the people who fix exports and plugins; an
``input`` finding leads with what it means for the inspection, in Chinese, and keeps the
reader's explanation after it.
"""

from __future__ import annotations

import re

#: The kinds of input problem (``InputError(kind=...)``) and how a finding names each.
INPUT_KINDS: dict[str, str] = {
    "outside-site": "抓取记录不属于本网站，未检查",
    "symlink": "导出目录中的符号链接未读取",
    "not-found": "文件不存在",
    "encrypted": "文件已加密，无法读取内容",
    "too-large": "文件过大或压缩比异常，未读取",
    "warc-damaged": "抓取文件（WARC）部分损坏，已跳过损坏部分，其余照常检查",
    "parser-warning": "附件文件存在格式错误，已读取其文字，请核对",
    "cut": "内容超出检查上限，超出部分未检查",
    "truncated": "文件不完整，已被截断",
    "nested": "网页结构嵌套过深，超出部分已按纯文本检查",
    "unsafe-xml": "文件含有不安全的XML声明，已拒绝",
    "not-a-page": "文件不是可读取的网页",
    "empty-page": "网页内容为空",
    "encoding": "文字编码有误，部分文字可能无法识别",
    "damaged-attachment": "附件文件损坏或格式不符，无法读取内容",
    "table": "表格或清单数据有误",
    "unreadable": "无法读取",
}

#: For an error that gives no kind (a plugin's reader written before kinds): worked out
#: from its English message. First matching pattern wins: specific kinds before general.
_KINDS: tuple[tuple[str, str], ...] = (
    (r"outside the site", "抓取记录不属于本网站，未检查"),
    (r"symbolic link", "导出目录中的符号链接未读取"),
    (r"not found|no such file", "文件不存在"),
    (r"encrypted", "文件已加密，无法读取内容"),
    (r"MB, over|over the .* limit|payload over|expands beyond|compression ratio|too many",
     "文件过大或压缩比异常，未读取"),
    (r"junk after|WARC record [0-9]+ cannot be read|damaged parts",
     "抓取文件（WARC）部分损坏，已跳过损坏部分，其余照常检查"),
    (r" warned: |more library warning", "附件文件存在格式错误，已读取其文字，请核对"),
    (r"was cut|were dropped|first [0-9,]+ were checked|checked up to|is cut at|skipped whole"
     r"|stopped after", "内容超出检查上限，超出部分未检查"),
    (r"truncated|does not end where|cut off", "文件不完整，已被截断"),
    (r"nested deeper", "网页结构嵌套过深，超出部分已按纯文本检查"),
    (r"DTD|DOCTYPE|entit", "文件含有不安全的XML声明，已拒绝"),
    (r"binary data|not a regular file|no HTML", "文件不是可读取的网页"),
    (r"page is empty", "网页内容为空"),
    (r"charset|encoding|\bBOM\b|not valid (?:utf|gb)|not UTF-8|decode|undecodable",
     "文字编码有误，部分文字可能无法识别"),
    (r"OFD|docx|PDF|zip|archive|XML part", "附件文件损坏或格式不符，无法读取内容"),
    (r"JSON|row|column|header|field|xlsx|table|manifest|record", "表格或清单数据有误"),
)
_COMPILED = tuple((re.compile(p, re.I), zh) for p, zh in _KINDS)


def input_problem(detail: str, kind: str | None = None) -> str:
    """``网页内容为空（page is empty）``: the Chinese kind first, the reader's words after."""
    if kind is not None:
        return f"{INPUT_KINDS.get(kind, INPUT_KINDS['unreadable'])}（{detail}）"
    for pattern, zh in _COMPILED:
        if pattern.search(detail):
            return f"{zh}（{detail}）"
    return f"无法读取（{detail}）"
