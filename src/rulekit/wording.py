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

#: ONLY the fallback for an error that gives no kind: a plugin's reader or rule written
#: before kinds (``InputError`` without ``kind=``, a plain str among an attachment's
#: ``problems``). rulekit's own readers and the national plugin always give the kind, and a
#: test holds them to it (tests/test_input_kinds.py), so nothing of theirs is worded by these
#: patterns. The kind is worked out from the English message: first matching pattern wins,
#: specific kinds before general.
_KINDS: tuple[tuple[str, str], ...] = (
    (r"outside the site", "outside-site"),
    (r"symbolic link", "symlink"),
    (r"not found|no such file", "not-found"),
    (r"encrypted", "encrypted"),
    (r"MB, over|over the .* limit|payload over|expands beyond|compression ratio|too many",
     "too-large"),
    (r"junk after|WARC record [0-9]+ cannot be read|damaged parts", "warc-damaged"),
    (r" warned: |more library warning", "parser-warning"),
    (r"was cut|were dropped|first [0-9,]+ were checked|checked up to|is cut at|skipped whole"
     r"|stopped after", "cut"),
    (r"truncated|does not end where|cut off", "truncated"),
    (r"nested deeper", "nested"),
    (r"DTD|DOCTYPE|entit", "unsafe-xml"),
    (r"binary data|not a regular file|no HTML", "not-a-page"),
    (r"page is empty", "empty-page"),
    (r"charset|encoding|\bBOM\b|not valid (?:utf|gb)|not UTF-8|decode|undecodable", "encoding"),
    (r"OFD|docx|PDF|zip|archive|XML part", "damaged-attachment"),
    (r"JSON|row|column|header|field|xlsx|table|manifest|record", "table"),
)
_COMPILED = tuple((re.compile(p, re.I), kind) for p, kind in _KINDS)


def guessed_kind(detail: str) -> str:
    """The kind an English message without one reads as (the fallback of :data:`_KINDS`)."""
    for pattern, kind in _COMPILED:
        if pattern.search(detail):
            return kind
    return "unreadable"


def input_problem(detail: str, kind: str | None = None) -> str:
    """``网页内容为空（page is empty）``: the Chinese of the kind first, the reader's words
    after; without a kind, the kind is guessed from the words (:data:`_KINDS`)."""
    if kind is None:
        kind = guessed_kind(detail)
    return f"{INPUT_KINDS.get(kind, INPUT_KINDS['unreadable'])}（{detail}）"
