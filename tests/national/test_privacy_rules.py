"""The privacy rules on pages and attachments whose column nobody configured."""

from __future__ import annotations

from rulekit.testing import rule_ids

PERSON = "当事人：李某，女，1985年6月15日出生，住址：江西省示例县永宁镇城北村三组12号。"


def test_attachment_headed_as_a_penalty_decision(make_attachment, run_rule):
    doc = make_attachment("示例县市场监督管理局\n行政处罚决定书\n示市监罚〔2022〕12号\n" + PERSON,
                          url="http://www.example.gov.cn/upload/P020220512.docx")
    assert rule_ids(run_rule("privacy.address", page=doc)) == ["privacy.address"]


def test_page_titled_only_by_its_number_but_headed_as_a_decision(make_page, run_rule):
    nav = "".join(f"<li><a href='/c{i}/'>栏目{i}</a></li>" for i in range(60))
    page = make_page(f"<ul>{nav}</ul><h1>示市监罚〔2022〕12号</h1>"
                     f"<p>示例县市场监督管理局行政处罚决定书</p><p>{PERSON}</p>",
                     url="http://www.example.gov.cn/xxgk/t20220512_1.html")
    assert rule_ids(run_rule("privacy.address", page=page)) == ["privacy.address"]


def test_other_documents_with_addresses_are_not_penalty_decisions(make_page, run_rule):
    page = make_page(f"<h1>关于表彰2021年度优秀志愿者的通报</h1><p>{PERSON}</p>",
                     url="http://www.example.gov.cn/xwzx/t20220512_2.html")
    assert run_rule("privacy.address", page=page) == []


def test_spaced_heading_as_formal_documents_set_it(make_attachment, run_rule):
    doc = make_attachment("示例县应急管理局\n行　政　处　罚　决　定　书\n" + PERSON)
    assert rule_ids(run_rule("privacy.address", page=doc)) == ["privacy.address"]
