"""The gaps heldout17's first run showed (benchmarks/README.md), each closed as a general rule,
with the look-alike that must still behave. Numbers are synthetic.

- A table cell whose text is a paragraph (``<td><p>…</p></td>``, as Word and many editors
  save every cell) is one cell of its row: the breaks at the cell's start and end are not
  lines of the page. Kept, they ended the row at every cell, and a table of people read as
  one value a line, with no column to hold its numbers. Two paragraphs inside one cell still
  break the line between them, and a table nested in a cell keeps its rows.
"""

from __future__ import annotations

from gap_readers import CARD, ID, MOBILE, MOBILE2

from rulekit.testing import rule_ids

ID2 = "410999196502143023"
CARD2 = "6228480012345671"  # Luhn-valid

SPR = "<span style='mso-spacerun:yes'>&nbsp;</span>"


def _word_cell(text: str) -> str:
    return ("<td valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal "
            "align=center style='text-align:center'><span style='font-family:仿宋_GB2312'>"
            f"<span lang=EN-US>{text}</span><o:p></o:p></span></p></td>")


def _word_table(rows: list[list[str]]) -> str:
    return ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>"
            + "".join("<tr>" + "".join(_word_cell(c) for c in row) + "</tr>" for row in rows)
            + "</table>")


def _spaced(number: str, *cuts: int) -> str:
    bounds = [0, *cuts, len(number)]
    return SPR.join(number[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True))


def _list_page(make_page, title: str, table: str, after: str = ""):
    body = (f"<p class=MsoNormal align=center>{title}</p>"
            "<p class=MsoNormal>经本人申请、村（居）委会评议、镇人民政府审核，现将名单公示如下：</p>"
            + table + after)
    return make_page(body, title=title, url="http://www.example.gov.cn/gsgg/t20230612_7.html")


# --- a cell that is a paragraph ----------------------------------------------------------------

def test_paragraph_cells_read_as_one_row(make_page):
    table = _word_table([["序号", "户主姓名", "联系电话"], ["1", "韩某某", MOBILE]])
    page = _list_page(make_page, "示例镇2023年度城乡低保对象名单公示", table)
    assert f"序号\t户主姓名\t联系电话\n1\t韩某某\t{MOBILE}" in page.normalized.text


def test_word_table_of_people_reports_their_numbers_split_by_spacerun(make_page, run_rule):
    title = "示例镇2023年度城乡低保对象名单公示"
    table = _word_table([
        ["序号", "户主姓名", "身份证号码", "手机号码", "一卡通账号", "月保障金（元）"],
        ["1", "韩某某", ID, _spaced(MOBILE, 3, 7), _spaced(CARD, 4, 8, 12), "560"],
        ["2", "洪某", ID2, MOBILE2, CARD2, "480"],
        ["3", "祝某某", "510999********2210", "186****0071", "6222********7413", "620"],
    ])
    page = _list_page(make_page, title, table,
                      "<p class=MsoNormal>监督电话：0797-8261534（镇民政办）</p>")
    phone = run_rule("privacy.phone", page=page)
    assert rule_ids(phone) == ["privacy.phone", "privacy.phone"]
    assert all(any(f"{m[:3]}****{m[-4:]}" in p.message for p in phone) for m in (MOBILE, MOBILE2))
    bank = run_rule("privacy.bank-account", page=page)
    assert rule_ids(bank) == ["privacy.bank-account", "privacy.bank-account"]


def test_word_table_of_offices_stays_quiet(make_page, run_rule):
    """The look-alike: the same Word cells, but the rows are offices with their own numbers."""
    title = "示例县2023年度农村低保资金专户及经办机构联系方式公示"
    table = _word_table([
        ["序号", "经办单位", "联系电话", "专户账号"],
        ["1", "示例县民政局", "0797-8261534", _spaced("14250101040012346", 4, 8, 12)],
        ["2", "示例县城关镇人民政府", "0797-8262210", "14250101040012353"],
    ])
    page = _list_page(make_page, title, table)
    assert run_rule("privacy.phone", page=page) == []
    assert run_rule("privacy.bank-account", page=page) == []


def test_two_paragraphs_in_one_cell_and_a_nested_table_keep_their_lines(make_page):
    body = ("<table><tr><td><p>第一段</p><p>第二段</p></td><td><p>右</p></td></tr>"
            "<tr><td><table><tr><td>内1</td><td>内2</td></tr><tr><td>内3</td><td>内4</td></tr>"
            "</table></td><td>外</td></tr></table>")
    text = make_page(body, title="版式").normalized.text
    assert "第一段\n第二段\t右" in text
    assert "内1\t内2\n内3\t内4\n" in text
