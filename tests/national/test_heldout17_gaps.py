"""The gaps heldout17's first run showed (benchmarks/README.md), each closed as a general rule,
with the look-alike that must still behave. Numbers are synthetic.

- A table cell whose text is a paragraph (``<td><p>…</p></td>``, as Word and many editors
  save every cell) is one cell of its row: the breaks at the cell's start and end are not
  lines of the page. Kept, they ended the row at every cell, and a table of people read as
  one value a line, with no column to hold its numbers. Two paragraphs inside one cell still
  break the line between them, and a table nested in a cell keeps its rows.
- A column headed by an ID and a phone (身份证号码/联系电话) holds both: the ID is read as
  one, and a number there that is not (a mobile below it after a <br>) is the phone, in a
  row of people only. (h1720's second mobile, under an ID ending in X in a table whose every
  row is cut in two, is still missed: the cut row is not read whole.)
- 被执行人 is a party's role, as 被处罚人 is: a 失信被执行人 list written out names each
  person after it, and their mobile is theirs; a company's item stays a company's.
"""

from __future__ import annotations

from gap_readers import CARD, ID, MOBILE, MOBILE2, USCC

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


# --- a column headed by an ID and a phone --------------------------------------------------

def test_a_mobile_under_an_id_in_a_column_headed_by_both(make_page, run_rule):
    title = "示例镇2023年度公益性岗位人员名单公示"
    body = (f"<h1>{title}</h1><table><tr><td>序号</td><td>姓名</td><td>证件号码/手机号</td>"
            "<td>岗位</td></tr>"
            f"<tr><td>1</td><td>韩某某</td><td>{ID}<br>{MOBILE}</td><td>保洁</td></tr></table>")
    page = make_page(body, title=title, url="http://www.example.gov.cn/gsgg/t20230301_3.html")
    problems = run_rule("privacy.phone", page=page)
    assert rule_ids(problems) == ["privacy.phone"]


def test_an_office_row_under_such_a_column_stays_quiet(make_page, run_rule):
    title = "示例镇2023年度公益性岗位用人单位名单公示"
    body = (f"<h1>{title}</h1><table><tr><td>序号</td><td>用人单位</td><td>证件号码/手机号</td>"
            "<td>岗位</td></tr>"
            f"<tr><td>1</td><td>示例镇卫生院</td><td>{USCC}<br>{MOBILE}</td><td>保洁</td></tr>"
            "</table>")
    page = make_page(body, title=title, url="http://www.example.gov.cn/gsgg/t20230301_4.html")
    assert run_rule("privacy.phone", page=page) == []


# --- 被执行人, the party of a court's enforcement ---------------------------------------------

def test_the_mobiles_of_a_list_of_judgment_debtors_written_out(make_page, run_rule):
    title = "示例县人民法院失信被执行人名单（第三批）"
    lines = ["现将第三批失信被执行人名单公布如下：",
             f"一、被执行人：韩小东，男，公民身份号码：{ID}，电话：{MOBILE[:3]}-{MOBILE[3:7]}-"
             f"{MOBILE[7:]}，案号：（2023）赣0999执301号。",
             f"二、被执行人：洪丽，女，公民身份号码：{ID2}，电话：{MOBILE2}，案号：（2023）赣0999执"
             "355号。",
             "联系电话：0797-8261534（执行局）"]
    body = f"<div>{title}</div><div>" + "<br>".join(lines) + "</div>"
    page = make_page(body, title=title, url="http://www.example.gov.cn/tzgg/t20230801_5.html")
    problems = run_rule("privacy.phone", page=page)
    assert rule_ids(problems) == ["privacy.phone", "privacy.phone"]  # not the court's


def test_a_company_judgment_debtors_number_stays_quiet(make_page, run_rule):
    title = "示例县人民法院失信被执行人名单（第四批）"
    lines = ["现将第四批失信被执行人名单公布如下：",
             f"一、被执行人：示例县宏达建材有限公司，统一社会信用代码：{USCC}，电话：0797-8261777，"
             "案号：（2023）赣0999执402号。",
             "二、被执行人：示例县顺安物流有限公司，统一社会信用代码：91360999MA35L1AB2C，"
             "电话：0797-8262888，案号：（2023）赣0999执417号。"]
    body = f"<div>{title}</div><div>" + "<br>".join(lines) + "</div>"
    page = make_page(body, title=title, url="http://www.example.gov.cn/tzgg/t20230801_6.html")
    assert run_rule("privacy.phone", page=page) == []
