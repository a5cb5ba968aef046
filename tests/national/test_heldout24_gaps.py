"""The gap heldout24's first run showed (benchmarks/README.md), closed as a general rule, with
the look-alike that must still behave. Numbers are synthetic.

- A row whose first cells a rowspan above covers (嘎查 given once for two rows) is read with
  its cells under their header's columns: the name column of a 合作社's row is its name, so
  its account is the 合作社's; a person's row below the same rowspan keeps its card reported.
"""

from __future__ import annotations

ID1 = "410999196105015554"
ID2 = "410999197802117733"
CARD1 = "6228481234567890128"  # Luhn-valid
CARD2 = "6217998765432109870"  # Luhn-valid
COOP_ACCOUNT = "9530202312345678988"
USCC = "93150000MA0N1CX77K"


def _rows(*rows: str) -> str:
    return "<table>" + "".join(rows) + "</table>"


def _page(make_page, body: str):
    title = "示例苏木2024年草原生态保护补助奖励资金发放公示"
    return make_page(f"<h1>{title}</h1>" + body, title=title,
                     url="http://www.example.gov.cn/zwgk/tzgg/t20240301_1.html")


HEADER = ("<tr><td>序号</td><td>嘎查</td><td>户主姓名</td><td>身份证号码</td>"
          "<td>补奖金额（元）</td><td>一卡通账号</td></tr>")


def test_an_organisations_row_under_a_rowspan(make_page, run_rule) -> None:
    table = _rows(
        HEADER,
        f"<tr><td>1</td><td rowspan=2>吉日嘎郎图嘎查</td><td>乌日娜</td><td>{ID1}</td>"
        f"<td>15498.00</td><td>{CARD1}</td></tr>",
        f"<tr><td>2</td><td>示例牧民专业合作社</td><td>{USCC}</td><td>38130.00</td>"
        f"<td>{COOP_ACCOUNT}</td></tr>")
    found = run_rule("privacy.bank-account", page=_page(make_page, table))
    assert len(found) == 1 and CARD1[:4] in found[0].message
    assert COOP_ACCOUNT[-4:] not in " ".join(f.message for f in found)


def test_a_persons_row_under_a_rowspan(make_page, run_rule) -> None:
    table = _rows(
        HEADER,
        f"<tr><td>1</td><td rowspan=2>吉日嘎郎图嘎查</td><td>乌日娜</td><td>{ID1}</td>"
        f"<td>15498.00</td><td>{CARD1}</td></tr>",
        f"<tr><td>2</td><td>道尔吉</td><td>{ID2}</td><td>14040.00</td><td>{CARD2}</td></tr>")
    found = run_rule("privacy.bank-account", page=_page(make_page, table))
    assert len(found) == 2
    assert all(n not in f.message for f in found for n in (CARD1, CARD2))
