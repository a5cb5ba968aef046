"""The gaps heldout17's first run showed (benchmarks/README.md), each closed as a general rule,
with the look-alike that must still behave. Numbers are synthetic.

- A table cell whose text is a paragraph (``<td><p>…</p></td>``, as Word and many editors
  save every cell) is one cell of its row: the breaks at the cell's start and end are not
  lines of the page. Kept, they ended the row at every cell, and a table of people read as
  one value a line, with no column to hold its numbers. Two paragraphs inside one cell still
  break the line between them, and a table nested in a cell keeps its rows.
- A column headed by an ID and a phone (身份证号码/联系电话) holds both: the ID is read as
  one, and a number there that is not (a mobile below it after a <br>) is the phone, in a
  row of people only.
- A row that a <br> in a cell cut in two is read whole where a number ends before the break
  (an ID's check character X counts as a digit) and one starts after it, and the two lines
  add up to the nearest whole row above, a cut row above counted whole: in h1720 every row
  is cut, and the second one's ID ends in X. Two rows that end and begin with a number are
  twice that width, a row whose empty cells were dropped is not as wide with the next, and
  an X after a letter ends no number: each stays a row of its own.
- 被执行人 is a party's role, as 被处罚人 is: a 失信被执行人 list written out names each
  person after it, and their mobile is theirs; a company's item stays a company's.
"""

from __future__ import annotations

import datetime

from gap_readers import CARD, ID, MOBILE, MOBILE2, USCC, banks, ids, phones
from rulekit_national.idnumber import TextScan

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


# --- a table whose every row is cut in two -------------------------------------------------

IDX = "45099919800210100X"   # IDs ending in their check character X
IDX2 = "52099919850815115X"
MOBILE3 = "15179630042"


def _cell_table(rows: list[list[str]]) -> str:
    return ("<table border=1>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
            + "</table>")


def _rows(text: str, *starts: str) -> list[str]:
    """The table row read at the start of each line that begins ``starts``."""
    scan = TextScan(text, datetime.date.max)
    out = []
    for s in starts:
        begin, end, _ = scan.row(text.index(s))
        out.append(text[begin:end])
    return out


def test_every_row_cut_by_an_id_and_a_mobile_in_one_cell(make_page, run_rule):
    """Each row's ID, ending in X or not, then <br>, then the mobile: the break ends a number
    (an ID's check character X counts as a digit), and each cut row is as wide as the row
    above it read whole, the one above it cut too."""
    title = "示例镇2023年度乡村公益性岗位聘用人员名单公示"
    table = _cell_table([
        ["序号", "姓名", "性别", "所在村（社区）", "身份证号/手机号码", "岗位", "月补贴（元）"],
        ["1", "黄某某", "女", "新塘村", f"{IDX}<br>{MOBILE}", "保洁员", "800"],
        ["2", "韩某", "男", "黄沙村", f"{ID}<br>{MOBILE2}", "护路员", "800"],
        ["3", "洪某某", "女", "上坊村", f"{IDX2}<br>{MOBILE3}", "护林员", "1000"],
        ["4", "祝某", "男", "上坊村", "510999********2210<br>186****0071", "护林员", "1000"],
    ])
    page = _list_page(make_page, title, table, "<p>监督电话：0797-8261534（镇人社所）</p>")
    text = page.normalized.text
    assert f"{IDX}\n{MOBILE}\t保洁员" in text  # each row is cut in two lines
    assert _rows(text, "2\t韩某", MOBILE3) == [
        f"2\t韩某\t男\t黄沙村\t{ID}\n{MOBILE2}\t护路员\t800",
        f"3\t洪某某\t女\t上坊村\t{IDX2}\n{MOBILE3}\t护林员\t1000"]
    phone = run_rule("privacy.phone", page=page)
    assert rule_ids(phone) == ["privacy.phone"] * 3  # not the masked one, not the office's
    assert all(any(f"{m[:3]}****{m[-4:]}" in p.message for p in phone)
               for m in (MOBILE, MOBILE2, MOBILE3))
    assert rule_ids(run_rule("privacy.id-number", page=page)) == ["privacy.id-number"] * 3


def test_rows_that_end_and_begin_with_a_number_after_a_cut_row_stay_apart():
    """The look-alike: after a cut row, whole rows that end with a number (the 补贴) and
    begin with one (the 序号); a row with an ID ending in X and no mobile under it. Two
    rows are together twice the width of the row above, never as wide."""
    text = ("序号\t姓名\t身份证号码/联系电话\t岗位\t月补贴（元）\n"
            f"1\t黄某某\t{IDX}\n{MOBILE}\t保洁员\t800\n"
            f"2\t韩某\t{IDX2}\t护路员\t800\n"
            f"3\t洪某某\t{ID}\t护林员\t1000\n"
            f"4\t祝某\t{ID2}\n{MOBILE2}\t护林员\t1000\n")
    assert _rows(text, "1\t", "2\t", "3\t", "4\t") == [
        f"1\t黄某某\t{IDX}\n{MOBILE}\t保洁员\t800", f"2\t韩某\t{IDX2}\t护路员\t800",
        f"3\t洪某某\t{ID}\t护林员\t1000", f"4\t祝某\t{ID2}\n{MOBILE2}\t护林员\t1000"]
    assert phones(text) == [MOBILE, MOBILE2]
    assert ids(text) == [IDX, IDX2, ID, ID2]


def test_a_row_of_fewer_cells_ending_in_an_x_is_no_cut_row():
    """The look-alike: extraction dropped a row's empty cells, so it ends early, with an ID
    ending in X, and the next row begins with a number: the two lines together are wider
    than the row above, so each stays a row of its own. An X after a letter ends no number:
    a line ending in a model number is not joined, even where the widths add up."""
    text = ("序号\t户主\t身份证号码\t联系电话\t打卡账号\n"
            f"1\t邱某某\t{ID}\t{MOBILE}\t{CARD}\n"
            f"2\t黎某\t{IDX}\n"
            f"3\t洪某\t{IDX2}\t{MOBILE2}\t{CARD}\n")
    assert _rows(text, "2\t", "3\t") == [f"2\t黎某\t{IDX}", f"3\t洪某\t{IDX2}\t{MOBILE2}\t{CARD}"]
    assert ids(text) == [ID, IDX, IDX2]
    assert phones(text) == [MOBILE, MOBILE2]
    assert banks(text) == [CARD, CARD]
    models = ("序号\t设备\t型号\t数量\n1\t扫描仪\tDS-530\t2\n2\t投影仪\tCB-X\n"
              "49\t台\n")
    assert _rows(models, "2\t") == ["2\t投影仪\tCB-X"]


def test_a_long_table_of_cut_rows_is_read_without_deep_recursion():
    """60,000 rows, each cut: whether one is cut depends on every row above it, judged up the
    table once, without a recursion as deep as the table, whichever row is read first."""
    rows = [f"{i}\t某某\t{IDX if i % 2 else ID}\n{MOBILE}\t保洁员\t800" for i in range(1, 60_001)]
    text = "序号\t姓名\t身份证号码/联系电话\t岗位\t月补贴（元）\n" + "\n".join(rows) + "\n"
    scan = TextScan(text, datetime.date.max)
    last = text.rindex("60000\t")
    begin, end, _ = scan.row(last)
    assert text[begin:end] == rows[-1]
    middle = text.index("\n30001\t") + 1
    begin, end, _ = scan.row(middle)
    assert text[begin:end] == rows[30_000]
    assert scan.row(text.index(f"{MOBILE}\t保洁员\t800\n2\t"))[0] == text.index("1\t某某")
