"""The gaps heldout18's first run showed (benchmarks/README.md), each closed as a general rule,
with the look-alike that must still behave. Numbers are synthetic.

- A table's column of the people a decision names by what they did (违法行为人, 违法嫌疑人) is a
  column of names, as 姓名 is: a 治安 decision's table of offenders with a 住址 column gives
  each one's home address. A name header may carry a note in brackets, as an address header
  may (当事人姓名（名称）, 住址（住所）); a column that admits organisations (名称, 单位) gives a
  row's address only when its cell is a person's name: a company's row, and a business named
  without a company's words (示例县绿源农资), stay unreported, and so does a masked address.
- A header cut by a ``<br>`` in a cell that names two numbers (身份证号码<br>联系电话) is one
  row: the two lines are words only, the cell before the break names a number and so does
  the one after it, and together, the cut cell counted once, they are as wide as the row
  below. The rows under it, each cut the same way, are read whole against it, and a number
  after the break may be written +86. A header of two rows whose spanning cell names no
  number stays two rows.
- A row is cut also where a cell's text ends before a <br> and a long number (a phone's, an
  ID's) fills the rest of the cell after it (代领人韩某某<br>13912340078), as where a number is
  cut in two: the widths still have to add up to the row above. A short row that extraction
  left ending in text, followed by a row opening with its 序号, stays two rows.
- An item of a list written out that a hard line break (a pdf's, at the page's width) cut is
  one item: a line that opens no item, under lines that end with their sentence unfinished,
  belongs to the item above, so its mobile is in a list of people. A line after an item that
  closes its sentence starts text of its own.
"""

from __future__ import annotations

import datetime

from gap_readers import ID, MOBILE, MOBILE2, USCC, addresses, ids, phones
from rulekit_national.idnumber import TextScan

from rulekit.testing import rule_ids

ID2 = "410999196502143023"
ID3 = "36099919780412301X"  # ending in its check character X
ID4 = "440999196703051817"
MOBILE3 = "15179630042"
MOBILE4 = "18879410026"


def _rows(text: str, *starts: str) -> list[str]:
    """The table row read at the start of each line that begins ``starts``."""
    scan = TextScan(text, datetime.date.max)
    out = []
    for s in starts:
        begin, end, _ = scan.row(text.index(s))
        out.append(text[begin:end])
    return out


def _cell_table(rows: list[list[str]]) -> str:
    return ("<table border=1>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
            + "</table>")


def _masked(mobile: str) -> str:
    return f"{mobile[:3]}****{mobile[-4:]}"


# --- a decision's table of offenders ---------------------------------------------------------

def test_a_decision_table_of_offenders_gives_their_addresses(make_attachment, run_rule):
    """A 治安 decision attached as text, its offenders in a tab table headed 违法行为人; the
    place of the offence in the text, a masked address and a company's row are not homes."""
    text = ("示例县公安局\n行政处罚决定书\n示公（城）行罚决字〔2023〕0311号\n\n"
            "违法行为人基本情况：\n"
            "违法行为人\t性别\t身份证号码\t住址\n"
            f"韩某某\t男\t{ID}\t示例县城关镇沿河路12号\n"
            f"洪某\t女\t{ID2}\t示例县黄沙镇上坊村5组7号\n"
            "祝某某\t男\t510999********2210\t示例县黄沙镇****\n"
            f"示例县悦来娱乐有限公司\t\t{USCC}\t示例县城关镇府前路88号\n\n"
            "现查明：2023年3月1日凌晨，上述违法行为人在示例县城关镇沿河路18号出租屋内赌博，"
            "被我局民警当场查获。\n示例县公安局\n二〇二三年三月五日\n")
    doc = make_attachment(text, title="示例县公安局行政处罚决定书", column_type="penalty")
    problems = run_rule("privacy.address", page=doc)
    assert rule_ids(problems) == ["privacy.address"] * 2
    assert addresses(text) == ["示例县城关镇沿河路12号", "示例县黄沙镇上坊村5组7号"]
    suspects = ("违法嫌疑人姓名\t身份证号码\t现住址\n"
                f"韩某某\t{ID}\t示例县城关镇沿河路12号\n")
    assert addresses(suspects) == ["示例县城关镇沿河路12号"]


def test_a_table_of_parties_by_name_or_organisation_gives_only_the_persons(make_page,
                                                                          run_rule):
    """当事人姓名（名称） over 住址（住所）, as an Excel sheet exported into the penalty column:
    a person's row gives their home; a company's row, a business named without a company's
    words and a masked address do not."""
    title = "示例县农业农村局2023年第一季度行政处罚案件信息公开表"
    table = _cell_table([
        ["序号", "当事人姓名（名称）", "证件号码", "住址（住所）", "违法行为", "处罚决定"],
        ["1", "韩某某", ID, "示例县黄沙镇上坊村6组3号", "使用电鱼方法捕捞", "罚款500元"],
        ["2", "示例县绿源农资有限公司", USCC, "示例县城关镇工业大道18号", "经营假农药",
         "罚款10000元"],
        ["3", "示例县绿源农资", "92360999MA35L2BC0D", "示例县城关镇工业大道20号", "经营假种子",
         "警告"],
        ["4", "洪某", ID2, "示例县黄沙镇黄沙村委会***", "未按规定报告动物疫情", "警告"],
        ["5", "祝某某", ID4, "示例县城关镇新街78号附1号", "销售未经检疫的猪肉", "罚款3000元"],
    ])
    page = make_page(f"<h1>{title}</h1>{table}", title=title, column_type="penalty",
                     url="http://www.example.gov.cn/zwgk/xzcf/t20230412_3.html")
    problems = run_rule("privacy.address", page=page)
    assert rule_ids(problems) == ["privacy.address"] * 2
    assert addresses(page.normalized.text) == ["示例县黄沙镇上坊村6组3号", "示例县城关镇新街78号附1号"]


# --- a header cut in its ID and phone cell -----------------------------------------------------

def test_a_header_cut_in_its_id_and_phone_cell_over_rows_cut_the_same_way(make_page, run_rule):
    """The header's 身份证号码<br>联系电话 and every row's ID<br>mobile (one +86): the header
    is one row, and each row is as wide as it read whole."""
    title = "示例镇2023年生态护林员选聘结果公示"
    table = _cell_table([
        ["序号", "姓名", "身份证号码<br>联系电话", "所在村", "管护面积（亩）"],
        ["1", "韩某某", f"{ID}<br>{MOBILE}", "黄沙村", "1200"],
        ["2", "洪某", f"{ID3}<br>{MOBILE2}", "上坊村", "980"],
        ["3", "祝某某", f"{ID4}<br>+86 {MOBILE3}", "新塘村", "1050"],
        ["4", "黎某", "510999********2210<br>186****0071", "新塘村", "900"],
    ])
    body = (f"<h1>{title}</h1><p>经个人申请、村委会推荐、镇政府审核，拟聘用以下人员：</p>{table}"
            "<p>公示时间：2023年3月11日至3月17日，监督电话：0797-8261534。</p>")
    page = make_page(body, title=title, url="http://www.example.gov.cn/tzgg/t20230311_2.html")
    text = page.normalized.text
    assert _rows(text, "序号", "2\t洪某") == [
        "序号\t姓名\t身份证号码\n联系电话\t所在村\t管护面积(亩)",
        f"2\t洪某\t{ID3}\n{MOBILE2}\t上坊村\t980"]
    problems = run_rule("privacy.phone", page=page)
    assert rule_ids(problems) == ["privacy.phone"] * 3  # not the masked one, not the office's
    assert all(any(_masked(m) in p.message for p in problems) for m in (MOBILE, MOBILE2, MOBILE3))
    assert rule_ids(run_rule("privacy.id-number", page=page)) == ["privacy.id-number"] * 3


def test_a_header_of_two_rows_is_cut_only_in_a_cell_naming_two_numbers():
    """The look-alike: a header of two rows whose spanning cell (补贴金额 over 种粮 and 耕地)
    names no number stays two rows; the header cut in its ID and phone cell reads as one,
    whichever of its lines holds the column of names."""
    cut = ("序号\t姓名\t身份证号码\n联系电话\t补贴金额（元）\n"
           f"1\t韩某某\t{ID}\n{MOBILE}\t560\n")
    assert _rows(cut, "序号", "1\t") == ["序号\t姓名\t身份证号码\n联系电话\t补贴金额（元）",
                                       f"1\t韩某某\t{ID}\n{MOBILE}\t560"]
    assert phones(cut) == [MOBILE]
    # the names' column on the header's second line: the header row is read whole
    names_after = ("序号\t身份证号码\n联系电话\t姓名\t所在村\n"
                   f"1\t{ID}\n{MOBILE}\t韩某某\t黄沙村\n"
                   f"2\t{ID2}\n{MOBILE2}\t洪某\t上坊村\n")
    assert phones(names_after) == [MOBILE, MOBILE2]
    two = ("序号\t姓名\t身份证号码\t补贴金额\n种粮\t耕地\n"
           f"1\t韩某某\t{ID}\t300\t260\n")
    assert _rows(two, "序号", "种粮") == ["序号\t姓名\t身份证号码\t补贴金额", "种粮\t耕地"]


# --- a mobile after a cell's text and a <br> -------------------------------------------------

def test_a_mobile_below_a_proxys_name_in_its_cell(make_page, run_rule):
    """A 临时救助 table whose phone cell gives the 代领人 then, after a <br>, their mobile."""
    title = "示例县民政局2023年4月临时救助对象公示"
    table = _cell_table([
        ["序号", "姓名", "身份证号码", "联系电话", "救助金额（元）", "救助类别"],
        ["1", "韩某某", ID, MOBILE, "3000", "因病"],
        ["2", "洪某", ID2, f"代领人洪某某<br>{MOBILE2}", "1500", "因灾"],
        ["3", "祝某某", "510999********2210", "186****0071", "1000", "因残"],
    ])
    body = (f"<h1>{title}</h1><p>经个人申请、乡镇审核、县民政局审批，现将临时救助对象公示如下：</p>"
            f"{table}<p>监督电话：0797-8261534。</p>")
    page = make_page(body, title=title, url="http://www.example.gov.cn/tzgg/t20230507_4.html")
    problems = run_rule("privacy.phone", page=page)
    assert rule_ids(problems) == ["privacy.phone"] * 2
    assert all(any(_masked(m) in p.message for p in problems) for m in (MOBILE, MOBILE2))


def test_a_short_row_ending_in_text_stays_apart_from_the_next_row():
    """The look-alike: extraction left a row short (its empty cells dropped), ending in text,
    and the next row, as short, opens with its 序号; together they are as wide as the row
    above, but a 序号 is no number filling a cell. The cut cell below is still read whole."""
    text = ("序号\t姓名\t身份证号码\t联系电话\t救助金额（元）\t救助类别\n"
            f"1\t韩某某\t{ID}\t{MOBILE}\t3000\t因病\n"
            "2\t洪某\t代领\n"
            "3\t祝某某\t510999********2210\t186****0071\n"
            "4\t黎某某\t620999********1415\t139****2207\t800\t因残\n"
            f"5\t黎某\t{ID4}\t代领人黎某某\n{MOBILE4}\t2000\t支出型\n")
    assert _rows(text, "2\t洪某", "3\t祝某某", "5\t黎某\t") == [
        "2\t洪某\t代领", "3\t祝某某\t510999********2210\t186****0071",
        f"5\t黎某\t{ID4}\t代领人黎某某\n{MOBILE4}\t2000\t支出型"]
    assert phones(text) == [MOBILE, MOBILE4]
    assert ids(text) == [ID, ID4]


# --- an item cut by a pdf's hard line break ---------------------------------------------------

def test_an_item_cut_by_a_hard_line_break_keeps_its_mobile(make_attachment, run_rule):
    """A 低保 审核 公告 attached as a pdf's text: the first item's ID is broken over a line and
    its mobile is on the next line. A line after an item that closes its sentence starts text
    of its own, and the office's landline is not reported."""
    text = ("示例县城关镇人民政府\n关于城乡最低生活保障审核审批结果的公告\n\n"
            "根据《江西省最低生活保障办法》，经本人申请、镇人民政府审核，现将审核结果公告如下：\n"
            f"一、韩某某（身份证号码：{ID[:7]}\n{ID[7:]}），家庭人口3人，经核查家庭人均收入低于当"
            f"地低保标准，同意纳入城市低保，月保障金1260元。联系电话：{MOBILE}。\n"
            f"二、洪某（身份证号码：{ID2}），家庭人口1人，因家庭财产状况不符合规定，不予纳入低保。\n"
            "三、祝某某（身份证号码：510999********2210），家庭人口2人，同意纳入农村低保。\n"
            f"联系电话：{MOBILE2}\n"
            "如对上述结果有异议，请于公告之日起7日内向城关镇人民政府社会事务办反映，电话：0797-"
            "8261534。\n\n示例县城关镇人民政府\n2023年5月9日\n")
    doc = make_attachment(text, title="关于城乡最低生活保障审核审批结果的公告",
                          url="http://www.example.gov.cn/zwgk/P020230509001.pdf")
    problems = run_rule("privacy.phone", page=doc)
    assert rule_ids(problems) == ["privacy.phone"]
    assert _masked(MOBILE) in problems[0].message
    assert rule_ids(run_rule("privacy.id-number", page=doc)) == ["privacy.id-number"] * 2
