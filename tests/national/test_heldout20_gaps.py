"""The gaps heldout20's first run showed (benchmarks/README.md), each closed as a general rule,
with the look-alike that must still behave. Numbers are synthetic.

- A table whose header spans two rows (序号 | 当事人信息 | 决定书文号 over 姓名 | 身份证号 |
  家庭住址, by ``rowspan`` and ``colspan``) is read with the column names its header makes
  on the DOM's grid, each column named by its lowest header cell: the text writes such a
  header as two short lines, and counting a row's columns from either side named the wrong
  ones (the ID read under 决定书文号, the address under 处罚结果). Its lines stand for the
  whole header wherever a detector reads a header: the ID, phone and bank columns, whether
  the table is of people, and the address column. A spanned header that names the number's
  column otherwise (办件编号) or a table of companies gives nothing.
- A row whose first cells a ``rowspan`` above covers (乡镇 given once for two rows) is written
  with fewer cells than its header: its cells' columns are read on the DOM's grid too, not
  counted from both ends (the spaced card under 社会保障卡号 was read under 残疾证号 as well,
  whose veto won).
- A landline labelled as an office's by the office's name right before its label (团县委联系
  电话, 镇卫生院电话, 县残联咨询电话) is the office's, as 县民政局联系电话 was: any office whose
  name ends in 委, 院, 所, 站, 会 or 联. A party's landline labelled in its description stays
  reported.
- An account that its own name calls an office's 专户 or 收入户 right before its label (县民政局
  救助资金专户（账号：…）, 财政收入户账号：…) is the office's, on a page that lists persons' cards
  too; the persons' cards stay reported.
- A number after a sentence that names who collects for a list's person by kin or by a masked
  name (曾某由其妻代领，电话…; 委托其子代办) is that natural person's; an office that collects
  (由村委会代领) gives no person's number.
"""

from __future__ import annotations

from gap_readers import CARD, ID, MOBILE, banks, phones

from rulekit.testing import rule_ids

#: Made up: valid check digits, Luhn-valid cards, a mobile.
ID1, ID2, ID3 = "620999199208154859", "510999197609066329", "410999198803164636"
CARD1, CARD2 = "6222279870705318198", "6217208473487380985"
LIST_MOBILE = "18746877309"


def _masked_id(number: str) -> str:
    return number[:6] + "*" * 8 + number[-4:]


def _penalty_table(rows: str, group: str = "当事人信息",
                   under: tuple[str, str, str] = ("姓名", "身份证号", "家庭住址")) -> str:
    """A 公开表 exported from Excel: a title row across the table, then a header of two rows
    (序号, 决定书文号 and 处罚结果 span both; the group cell spans three columns)."""
    return ("<table border=1>"
            "<tr><td colspan=6>示例县自然资源局违法用地行政处罚结果公开表</td></tr>"
            f"<tr><td rowspan=2>序号</td><td colspan=3>{group}</td><td rowspan=2>决定书文号</td>"
            "<td rowspan=2>处罚结果</td></tr>"
            "<tr>" + "".join(f"<td>{h}</td>" for h in under) + "</tr>" + rows + "</table>")


def test_a_header_of_two_rows_names_each_column_by_its_lowest_cell(make_page, run_rule):
    """The persons' IDs and home addresses under a header whose 当事人信息 spans 姓名, 身份证号
    and 家庭住址 are found; a village with no house number is not an address to report."""
    rows = (f"<tr><td>1</td><td>范某某</td><td>{ID1}</td><td>示例县溪口镇坑头村1组2号</td>"
            "<td>示自然资罚字〔2023〕第17号</td><td>限期拆除</td></tr>"
            f"<tr><td>2</td><td>黎某</td><td>{ID2}</td><td>示例县溪口镇坑头村</td>"
            "<td>示自然资罚字〔2023〕第18号</td><td>罚款9600元</td></tr>")
    page = make_page("<h1>违法用地行政处罚结果公开表</h1>" + _penalty_table(rows),
                     title="示例县自然资源局违法用地行政处罚结果公开表", column_type="penalty",
                     url="http://www.example.gov.cn/zwgk/xzcf/t20231020_1.html")
    found = run_rule("privacy.id-number", page=page)
    assert rule_ids(found) == ["privacy.id-number"] * 2
    assert all(_masked_id(n) in p.message for n, p in zip((ID1, ID2), found, strict=True))
    addresses = run_rule("privacy.address", page=page)
    assert rule_ids(addresses) == ["privacy.address"]
    assert "1组2号" not in addresses[0].message  # (the evidence is masked)


def test_a_spanned_header_that_names_the_column_otherwise_gives_nothing(make_page, run_rule):
    """The look-alikes: the same header over a 办件编号 column (an ID-valid number that is
    the case's), and over a table of companies (单位名称, 统一社会信用代码, 住所)."""
    cases = (f"<tr><td>1</td><td>范某某</td><td>{ID1}</td><td>2023-10-12</td>"
             "<td>示自然资罚字〔2023〕第17号</td><td>限期拆除</td></tr>")
    page = make_page(_penalty_table(cases, group="办件信息",
                                    under=("申请人", "办件编号", "受理日期")),
                     title="示例县自然资源局行政处罚结果公开表", column_type="penalty",
                     url="http://www.example.gov.cn/zwgk/xzcf/t20231020_2.html")
    assert run_rule("privacy.id-number", page=page) == []
    firms = ("<tr><td>1</td><td>示例县坑头石材有限公司</td><td>91360999MA35L0QX5R</td>"
             "<td>示例县溪口镇坑头村1组2号</td><td>示自然资罚字〔2023〕第19号</td><td>罚款</td></tr>")
    page = make_page(_penalty_table(firms, group="当事人信息",
                                    under=("单位名称", "统一社会信用代码", "住所")),
                     title="示例县自然资源局行政处罚结果公开表", column_type="penalty",
                     url="http://www.example.gov.cn/zwgk/xzcf/t20231020_3.html")
    assert run_rule("privacy.address", page=page) == []


def test_a_list_whose_id_column_comes_first_over_a_two_row_header(make_page, run_rule):
    """A 特困 list: 身份证号 spans both header rows and comes first, 发放信息 spans 一卡通账号
    and 金额; the IDs, both cards (one set in U+3000-spaced groups) and the 代领人's mobile in
    备注 are the persons'."""
    spaced = "　".join(CARD1[i:i + 4] for i in range(0, len(CARD1), 4))
    table = ("<table><tr><td rowspan=2>身份证号</td><td rowspan=2>姓名</td>"
             "<td rowspan=2>乡镇</td><td colspan=2>发放信息</td><td rowspan=2>备注</td></tr>"
             "<tr><td>一卡通账号</td><td>金额（元）</td></tr>"
             f"<tr><td>{ID1}</td><td>吴某三</td><td>石鼓乡</td><td>{spaced}</td><td>3150</td>"
             f"<td>代领人：吴某兰（侄女）{LIST_MOBILE}</td></tr>"
             f"<tr><td>{ID2}</td><td>黄某生</td><td>竹源乡</td><td>{CARD2}</td><td>3150</td>"
             "<td></td></tr>"
             f"<tr><td>{ID3}</td><td>刘某妹</td><td>洋中镇</td><td></td><td>3150</td>"
             "<td>集中供养</td></tr></table>")
    title = "示例县2023年第三季度特困人员供养金发放名单"
    page = make_page(f"<h1>{title}</h1>{table}", title=title,
                     url="http://www.example.gov.cn/zwgk/shjz/t20230715_1.html")
    assert rule_ids(run_rule("privacy.id-number", page=page)) == ["privacy.id-number"] * 3
    assert rule_ids(run_rule("privacy.bank-account", page=page)) == [
        "privacy.bank-account"] * 2
    assert rule_ids(run_rule("privacy.phone", page=page)) == ["privacy.phone"]


# --- an office named by its own name before the label -----------------------------------------

def test_an_office_named_before_its_phone_label_is_the_office_whatever_its_kind():
    """A 志愿者 list's closing line gives the 团县委's landline: not a person's, though the
    persons' mobiles above it are."""
    listed = (f"1. 陈某远　身份证号：{ID}　手机：139 1234 0078\n"
              "团县委联系电话：0599-7813366\n")
    assert phones(listed) == [MOBILE]
    assert phones("镇卫生院电话：0599-7813366；县残联咨询电话：0599-7813367") == []
    party = (f"当事人张某，男，身份证号码：{ID}，住示例县城关镇1号，"
             "联系电话：0599-7813366。")
    assert phones(party) == ["0599-7813366"]


def test_an_account_named_as_an_offices_fund_account_is_the_offices():
    """An 账户变更 notice: the persons' new cards are theirs; the 救助资金专户 the money is
    paid from, and a 财政收入户, are the office's."""
    notice = (f"户名：朱某根　身份证号：{ID}\n新账号：{CARD}\n开户行：邮储银行示例县支行\n"
              "资金由县民政局救助资金专户（账号：7689731033220730254）统一拨付。")
    assert banks(notice) == [CARD]
    assert banks(f"财政收入户账号：{CARD}") == []


def test_a_number_after_who_collects_for_a_listed_person_is_that_persons():
    """A 发放名册's remark: the wife who collects for 曾某根 gives her mobile; an office that
    collects gives none."""
    assert phones(f"备注：曾某根由其妻代领，电话{MOBILE}。") == [MOBILE]
    assert phones(f"备注：委托其子代办，联系手机{MOBILE}。") == [MOBILE]
    assert phones(f"备注：由村委会代领，电话{MOBILE}。") == []


# --- a row shifted by a rowspan above ---------------------------------------------------------

def test_a_row_that_a_rowspan_above_shifts_keeps_its_columns(make_page, run_rule):
    """A 残疾人两项补贴 list whose 乡镇 cell spans two rows: the second row's spaced card is
    under 社会保障卡号, not under 残疾证号 (a number of the ID and a suffix, no bank number)."""
    spaced = " ".join(CARD2[i:i + 4] for i in range(0, 16, 4)) + " " + CARD2[16:]
    table = ("<table><tr><td>乡镇</td><td>姓名</td><td>身份证号码</td><td>残疾证号</td>"
             "<td>社会保障卡号</td><td>补贴金额</td></tr>"
             f"<tr><td rowspan=2>榕坪乡</td><td>钟某妹</td><td>{ID1}</td><td>{ID1}63B1</td>"
             f"<td>{CARD1}</td><td>152</td></tr>"
             f"<tr><td>温某华</td><td>{ID2}</td><td>{ID2}43</td><td>{spaced}</td>"
             "<td>304</td></tr></table>")
    title = "示例县2023年8月困难残疾人生活补贴和重度残疾人护理补贴发放名册"
    page = make_page(f"<h1>{title}</h1>{table}", title=title,
                     url="http://www.example.gov.cn/zwgk/shjz/t20230820_1.html")
    assert rule_ids(run_rule("privacy.bank-account", page=page)) == [
        "privacy.bank-account"] * 2
    assert rule_ids(run_rule("privacy.id-number", page=page)) == ["privacy.id-number"] * 2
