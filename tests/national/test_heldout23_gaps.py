"""The gaps heldout23's first run showed (benchmarks/README.md), each closed as a general rule,
with the look-alike that must still behave. Numbers are synthetic.

- A number on a table's next row, after a date that ended the row above (2023-11-08 / 6217…),
  is read under its own row's header (办件编号: no card), not under the date's; a card under
  a 银行卡号 header on such a row stays reported.
- A list of people with a 所在单位 column (志愿者 | 所在单位 | 服务时长 | 联系电话) is a list of
  the people themselves; a directory of officials (单位 | 姓名 | 职务 | 联系电话) stays theirs.
- A landline given in the description of someone described by their workplace (the lawyer
  of a 律师事务所 acting for the party) is the firm's; the party's own landline stays reported.
"""

from __future__ import annotations

from gap_readers import MOBILE, MOBILE2

ID1 = "410999196105015554"
#: Luhn-valid 19-digit numbers: as 办件编号 they are case numbers, as 银行卡号 cards
CASE1, CASE2 = "6217002023110800012", "6228302023110900048"
CARD1, CARD2 = "6228481234567890128", "6217998765432109870"


def _masked(mobile: str) -> str:
    return mobile[:3] + "****" + mobile[-4:]


def _page(make_page, body: str, title: str, penalty: bool = False):
    return make_page(f"<h1>{title}</h1>" + body, title=title,
                     column_type="penalty" if penalty else None,
                     url="http://www.example.gov.cn/zwgk/tzgg/t20231113_1.html")


def _table(header: tuple[str, ...], *rows: tuple[str, ...]) -> str:
    return "<table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in (header, *rows)
    ) + "</table>"


def test_a_rows_number_after_the_date_ending_the_row_above(make_page, run_rule) -> None:
    cases = _table(("办件编号", "事项名称", "申请人", "办理结果", "办结时间"),
                   (CASE1, "食品经营许可（新办）", "马*", "准予许可", "2023-11-08"),
                   (CASE2, "个体工商户设立登记", "祁**", "准予登记", "2023-11-09"))
    assert run_rule("privacy.bank-account",
                    page=_page(make_page, cases, "示例县政务服务中心办件结果公示")) == []
    cards = _table(("银行卡号", "姓名", "发放金额", "发放日期"),
                   (CARD1, "马某", "500", "2023-11-08"),
                   (CARD2, "祁某某", "500", "2023-11-09"))
    found = run_rule("privacy.bank-account",
                     page=_page(make_page, cards, "示例县2023年临时救助金发放公示"))
    assert len(found) == 2
    assert all(n not in f.message for f in found for n in (CARD1, CARD2))


def test_a_list_of_people_with_their_own_workplace(make_page, run_rule) -> None:
    volunteers = _table(("序号", "姓名", "所在单位", "服务时长（小时）", "联系电话"),
                        ("1", "魏某", "示例县第一中学", "326", MOBILE[:3] + " " + MOBILE[3:7]
                         + " " + MOBILE[7:]),
                        ("2", "丁某某", "北关社区", "281", MOBILE2))
    found = run_rule("privacy.phone",
                     page=_page(make_page, volunteers, "示例县2023年度优秀志愿者名单公示"))
    assert len(found) == 2
    assert all(any(_masked(m) in f.message for f in found) for m in (MOBILE, MOBILE2))
    directory = _table(("单位", "姓名", "职务", "联系电话"),
                       ("示例县民政局", "魏某", "办公室主任", MOBILE),
                       ("示例县人社局", "丁某某", "副局长", MOBILE2))
    assert run_rule("privacy.phone", page=_page(
        make_page, directory, "示例县2023年信息公开工作联络员名单")) == []


def test_a_lawyers_office_landline_is_the_firms(make_page, run_rule) -> None:
    body = (f"<p>当事人：何某某，男，汉族，身份证号：{ID1}，联系电话：{MOBILE}。</p>"
            "<p>委托代理人：周某，示例律师事务所律师，地址：示例市滨河路16号，"
            "电话：0795-8267711。</p>")
    found = run_rule("privacy.phone",
                     page=_page(make_page, body, "示例县城市管理综合执法局行政处罚决定书", True))
    assert len(found) == 1 and _masked(MOBILE) in found[0].message
    own = f"<p>当事人：何某某，男，汉族，身份证号：{ID1}，联系电话：0795-8267711。</p>"
    found = run_rule("privacy.phone",
                     page=_page(make_page, own, "示例县城市管理综合执法局行政处罚决定书", True))
    assert len(found) == 1 and "8267711" not in found[0].message
