"""Input findings lead with what the problem means for the inspection, in Chinese."""

from __future__ import annotations

import pytest

from rulekit.wording import input_problem


@pytest.mark.parametrize("detail, zh", [
    ("page is empty", "网页内容为空"),
    ("binary data in a file named as an HTML page", "文件不是可读取的网页"),
    ("declared charset utf-8 is wrong: the bytes are gb18030", "文字编码有误"),
    ("bytes are not valid gb18030: undecodable sequences replaced", "文字编码有误"),
    ("WARC record for http://x/a.html is truncated: 10 of 99 bytes missing", "文件不完整"),
    ("zip entry word/document.xml expands beyond the 50 MB limit", "文件过大或压缩比异常"),
    ("PDF is encrypted", "文件已加密"),
    ("not a valid OFD archive: OFD.xml missing", "附件文件损坏或格式不符"),
    ("XML part word/document.xml declares a DTD (DOCTYPE), refused for safety", "不安全的XML"),
    ("record outside the site: http://evil.example/ is not on www.example.gov.cn", "不属于本网站"),
    ("account row without platform or name", "表格或清单数据有误"),
    ("markup nested deeper than 2048 levels: the page was read as plain text past that point",
     "嵌套过深"),
    ("site export not found", "文件不存在"),
    ("something nobody foresaw", "无法读取"),
])
def test_reader_messages_read_in_chinese_with_the_detail_kept(detail, zh):
    text = input_problem(detail)
    kind, _, rest = text.partition("（")
    assert zh in kind and rest == f"{detail}）"


def test_a_given_kind_wins_over_the_words_of_the_message():
    # "row" in the message would read as a table problem: the reader's kind says otherwise
    assert input_problem("the 3rd row of the page was cut", "cut").startswith(
        "内容超出检查上限，超出部分未检查（")
    assert input_problem("whatever", "no-such-kind").startswith("无法读取（")
