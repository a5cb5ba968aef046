"""The gaps heldout19's first run showed (benchmarks/README.md), each closed as a general rule,
with the look-alike that must still behave. Numbers are synthetic.

- An account given for a holder named after 户名 (开户名, 账户名称, 收款人) right before its
  账号 is that holder's: an office, a court or a fund (医疗保障基金收入户, 执行款专户, a 局, a
  法院) holds it, not a person, whatever role word (户名) stands before the name. A person
  named as the 户名 still owns the account, on a page that also gives an office's 专户.
- A pdf's table set in spaces may set a row's cells on lines of their own: a line that holds
  one number only (the rest of a card, an amount) is part of the row above, not the table's
  end, so the rows below still find their header. A card that a hard line break cut at its
  cell's width (fewer than 16 digits ending a line, the rest opening the next) is one card
  when the join is 16–19 digits and Luhn-valid; its column is counted from its row's start,
  the rest of the row being on the lines below. A whole card ending its line is not joined to
  the next line's number, a join that is no card is not read, and a cut card is read only
  under a bank label or column, never as an unlabelled card of running text.
- A number in a cell of a person's row whose column names no number (备注) is a person's when
  the cell names, by a role and a person's name, who acts for the row's person (代领人：龙某
  （侄子），电话…; 代领人舒某(0797)…, in a tab table or one set in spaces): the row is judged
  a person's by the first of its cells a header names. A 代领人 that is an office (县敬老院),
  a remark naming no one, and a table of offices give no person's number.
- A decision an office serves on its party that is no penalty (查封决定书, 行政强制执行决定书,
  by its title or its own heading) is one of the phone rule's pages, as a penalty decision
  is: the party's mobile in its description is reported. A 信访 reply and a 公告 that only
  cites a 决定书 in a sentence stay outside; the address rule keeps to penalty decisions.
- A number that is the first cell of a tab table's row under another row (a list whose ID
  column comes first) takes no label from the row above: the header's last cells (一卡通账号,
  发放金额, 备注) name their own columns, and its own column's header decides. A number under
  a header naming it otherwise (办件编号), or named by a label cell of its own row, is no ID.
"""

from __future__ import annotations

from gap_readers import CARD, ID, MOBILE, banks, ids, phones

from rulekit.testing import rule_ids

#: Luhn-valid, made up: an office's account, a court's, and three persons' cards.
FUND = "6268413009120045181"
COURT = "5101447003182204731"
CARD2 = "6217994005217385"
CARD19 = "6230824007315082400"
CARD3 = "6228176600428511"


def _masked_card(card: str) -> str:
    return card[:4] + "*" * (len(card) - 8) + card[-4:]


def _cell_table(rows: list[list[str]]) -> str:
    return ("<table border=1>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
            + "</table>")


# --- an office's account named by its holder ------------------------------------------------

def test_an_account_whose_holder_is_a_fund_or_an_office_is_not_a_persons(make_page, run_rule):
    """A 缴费 guide that gives the 医保基金 收入户 for units paying by transfer, and a court's
    执行 notice that gives the court's account for the 执行款: neither is a person's, though a
    户名 (a holder's role) stands before each."""
    title = "示例县2024年度城乡居民基本医疗保险集中缴费指南"
    body = (f"<h1>{title}</h1><p>一、缴费标准：每人每年380元。</p>"
            "<p>二、缴费方式：1.微信小程序；2.各乡镇便民服务中心；3.对公转账（限单位代缴）："
            f"户名示例县医疗保障基金收入户，账号{FUND}，开户行示例县农村商业银行营业部。</p>"
            "<p>三、咨询电话：县医保局0797-6226789。</p>")
    page = make_page(body, title=title, url="http://www.example.gov.cn/tzgg/t20230612_1.html")
    assert run_rule("privacy.bank-account", page=page) == []
    notice = ("<h1>示例县人民法院执行裁定书公告送达</h1>"
              f"<p>被执行人韩某某，男，身份证号码：{ID}，住示例县黄沙镇上坊村2组6号：</p>"
              "<p>本院作出（2023）赣0999执528号执行裁定书，裁定冻结、划拨被执行人银行存款。</p>"
              f"<p>执行款缴纳：户名示例县人民法院，账号{COURT}，开户行中国工商银行示例县支行。</p>"
              "<p>执行局联系电话：0797-6238821</p>")
    court = make_page(notice, title="示例县人民法院执行裁定书公告送达",
                      url="http://www.example.gov.cn/tzgg/t20230612_2.html")
    assert run_rule("privacy.bank-account", page=court) == []
    assert rule_ids(run_rule("privacy.id-number", page=court)) == ["privacy.id-number"]
    for holder in ("开户名称：示例县财政局非税收入专户", "账户名称：示例县社会保险基金支出户",
                   "收款人：示例县人民法院执行款专户"):
        assert banks(f"{holder}，开户银行：示例县农商银行，账号：{FUND}。") == []


def test_a_persons_account_on_a_page_that_also_gives_an_office_account(make_page, run_rule):
    """The look-alike: a 补贴 list written out that names each person as the 户名 of their
    card, on a page that also gives the office's 专户 for refunds: the persons' cards are
    theirs, the 专户 is not."""
    title = "示例县2023年退役军人一次性补助发放名单公示"
    body = (f"<h1>{title}</h1>"
            f"<p>1. 户名：韩某某，开户行：示例县农商银行城关支行，账号：{CARD2}</p>"
            f"<p>2. 户名：洪某，账号：{CARD3}</p>"
            "<p>多领、错领的补助资金请退回：户名示例县退役军人事务局专户，"
            f"账号{FUND}。</p><p>联系电话：0797-6226711</p>")
    page = make_page(body, title=title, url="http://www.example.gov.cn/tzgg/t20230612_3.html")
    problems = run_rule("privacy.bank-account", page=page)
    assert rule_ids(problems) == ["privacy.bank-account"] * 2
    assert all(_masked_card(c) in p.message
               for c, p in zip((CARD2, CARD3), problems, strict=True))
    assert banks(f"户名：祝某某，卡号：{CARD}") == [CARD]


# --- a pdf's table set in spaces: cells on lines of their own ---------------------------------

def _spaced_roster(rows: str) -> str:
    return ("示例县2023年高龄老人长寿补贴发放花名册\n"
            "单位：黄沙镇                                        填报日期：2023年6月5日\n"
            "序号  姓名      身份证号码            银行卡号                 金额(元)  备注\n"
            + rows
            + "合计                                                          3600\n"
            "                                   第 1 页 共 1 页\n")


def test_cards_of_a_pdf_table_whose_rows_a_hard_line_break_cut(make_attachment, run_rule):
    """A 花名册 as a pdf's text, columns set in spaces: the first row's 19-digit card is cut
    by a hard line break at its cell's width and its amount set on a line of its own; the
    second row's card is printed in 4-4-4-4 groups under those lines. Both are the persons',
    and the masked card is not reported."""
    text = _spaced_roster(
        f"1     韩某某    {ID}    {CARD19[:7]}\n{CARD19[7:]}\n"
        "                                                              1200\n"
        f"2     洪某      410999196502143023    {CARD3[:4]} {CARD3[4:8]} {CARD3[8:12]} "
        f"{CARD3[12:]}      1200      已核实\n"
        "3     祝某某    62099919760916387X    6230********5765         1200\n")
    doc = make_attachment(text, title="示例县2023年高龄老人长寿补贴发放花名册（PDF）",
                          url="http://www.example.gov.cn/zwgk/P020230605001.pdf")
    problems = run_rule("privacy.bank-account", page=doc)
    assert rule_ids(problems) == ["privacy.bank-account"] * 2
    assert all(_masked_card(c) in p.message
               for c, p in zip((CARD19, CARD3), problems, strict=True))
    assert banks(text) == [CARD19, CARD3]


def test_a_number_ending_its_line_whole_is_not_joined_to_the_next():
    """The look-alikes: a whole card ending its row is not joined to the number that opens
    the next line, digits cut by a break whose join is no card stay unread, and a card cut by
    a break with neither a bank label nor a bank column (running text) is not read."""
    whole = _spaced_roster(
        f"1     韩某某    {ID}    {CARD19}\n"
        "3200  500\n")
    assert banks(whole) == [CARD19]
    no_card = _spaced_roster(
        f"1     韩某某    {ID}    {CARD19[:7]}\n{CARD19[7:-1]}{(int(CARD19[-1]) + 1) % 10}\n"
        "                                                              1200\n")
    assert banks(no_card) == []
    assert banks(f"当事人：韩某某，男，身份证号码：{ID}，因{CARD19[:7]}\n{CARD19[7:]}号案") == []
    assert banks(f"当事人：韩某某，银行卡号：{CARD19[:7]}\n{CARD19[7:]}。") == [CARD19]


# --- a 代领人's number in the 备注 column -----------------------------------------------------

def test_a_proxys_number_in_the_remarks_column_of_a_list(make_page, make_attachment, run_rule):
    """A 特困 list whose 备注 column names the 代领人 of a row and their mobile (the column
    naming no number), and a pdf 花名册 set in spaces whose 备注 gives a 代领人's landline
    written (区号): both are those persons' numbers."""
    title = "示例乡2023年第二季度特困人员供养金发放名单"
    table = _cell_table([
        ["身份证号", "姓名", "所在村", "供养方式", "一卡通账号", "发放金额（元）", "备注"],
        [ID, "韩某某", "杉木村", "分散供养", CARD2, "2196", ""],
        ["410999196502143023", "洪某", "枫木村", "集中供养", "", "2196", "县敬老院代管"],
        ["44099919670305181X", "祝某某", "坪上村", "分散供养", CARD3, "2196",
         f"代领人：祝某（侄子），电话{MOBILE}"],
    ])
    body = f"<h1>{title}</h1>{table}<p>示例乡人民政府主办　党政办电话：0797-6251234</p>"
    page = make_page(body, title=title, url="http://www.example.gov.cn/tzgg/t20230608_1.html")
    problems = run_rule("privacy.phone", page=page)
    assert rule_ids(problems) == ["privacy.phone"]
    assert f"{MOBILE[:3]}****{MOBILE[-4:]}" in problems[0].message
    text = _spaced_roster(
        f"1     韩某某    {ID}    {CARD3[:4]} {CARD3[4:8]} {CARD3[8:12]} {CARD3[12:]}"
        "      1200      代领人韩某(0797)6147886\n")
    doc = make_attachment(text, title="示例县2023年高龄老人长寿补贴发放花名册（PDF）",
                          url="http://www.example.gov.cn/zwgk/P020230605002.pdf")
    problems = run_rule("privacy.phone", page=doc)
    assert rule_ids(problems) == ["privacy.phone"]
    assert "0797-***7886" in problems[0].message


def test_a_remark_naming_no_proxy_or_an_office_gives_no_ones_number():
    """The look-alikes: a 备注 that names an office as the 代领人 (县敬老院), or names no one
    who acts for the row's person, gives no person's number; nor does a 代领人 named in a
    table of offices (a 联系人 column: not a list of people)."""
    header = "身份证号\t姓名\t所在村\t发放金额（元）\t备注\n"
    assert phones(header + f"{ID}\t韩某某\t杉木村\t2196\t代领人：县敬老院，电话0797-6251234\n") == []
    assert phones(header + f"{ID}\t韩某某\t杉木村\t2196\t已核实 0797-6251234\n") == []
    offices = ("单位名称\t联系人\t备注\n"
               "示例县民政局\t韩某\t代领人洪某 0797-6251234\n")
    assert phones(offices) == []
    spaced = _spaced_roster(
        f"1     韩某某    {ID}    {CARD3}      1200      镇敬老院(0797)6147886\n")
    assert phones(spaced) == []
    assert phones(header + f"{ID}\t韩某某\t杉木村\t2196\t代领人韩某 {MOBILE}\n") == [MOBILE]


# --- a decision served on a party, not a penalty ---------------------------------------------

_SEIZURE = ("当事人：韩某，男，公民身份号码：{id}，住址：示例县黄沙镇上坊村2组15号，"
            "联系电话：+86 {mobile}。\n"
            "经查，你在示例县黄沙镇上坊村未经批准擅自占用耕地建房。根据《中华人民共和国行政强制法》"
            "第二十二条的规定，本局决定对你的施工设备予以查封，查封期限为三十日。\n"
            "如不服本决定，可以在收到本决定书之日起六十日内申请行政复议。联系电话：0797-6238821。\n"
            "示例县自然资源局\n2023年5月18日\n")


def test_a_partys_mobile_in_a_decision_that_is_no_penalty(make_page, make_attachment,
                                                         run_rule):
    """A 查封决定书 published outside the penalty column, its title naming no 处罚决定书, and
    a 行政强制执行决定书 attached as text under that heading: the party's mobile is reported
    as in a penalty decision; the office's landline is not."""
    title = "示例县自然资源局查封决定书（示自然资强〔2023〕3号）"
    body = "".join(f"<p>{line}</p>" for line in
                   _SEIZURE.format(id=ID, mobile=MOBILE).splitlines())
    page = make_page(f"<h1>{title}</h1>{body}", title=title,
                     url="http://www.example.gov.cn/tzgg/t20230518_1.html")
    problems = run_rule("privacy.phone", page=page)
    assert rule_ids(problems) == ["privacy.phone"]
    assert f"{MOBILE[:3]}****{MOBILE[-4:]}" in problems[0].message
    assert run_rule("privacy.address", page=page) == []  # (addresses: penalty decisions only)
    text = ("示例县城市管理局\n行政强制执行决定书\n示城管强执〔2023〕3号\n\n"
            + _SEIZURE.format(id=ID, mobile=MOBILE))
    doc = make_attachment(text, title="示城管强执〔2023〕3号",
                          url="http://www.example.gov.cn/zwgk/P020230518001.pdf")
    assert rule_ids(run_rule("privacy.phone", page=doc)) == ["privacy.phone"]


def test_a_notice_that_only_cites_a_decision_is_no_decision(make_page, run_rule):
    """The look-alikes: a 信访 reply describing its writer, and a 公告 that cites a 查封决定书
    in a sentence (not its heading), stay outside the phone rule's pages; the same text under
    a 决定书 heading of its own is a decision."""
    reply = ("<h1>信访事项答复意见书</h1>"
             f"<p>信访人：韩某（身份证号码：{ID}，联系电话：{MOBILE}）</p>"
             "<p>你于2023年5月3日反映的问题，经调查答复如下：……</p>")
    page = make_page(reply, title="信访事项答复意见书",
                     url="http://www.example.gov.cn/tzgg/t20230520_1.html")
    assert run_rule("privacy.phone", page=page) == []
    notice = ("<h1>示例县自然资源局公告</h1>"
              f"<p>韩某（联系电话：{MOBILE}）：本局已于2023年5月18日作出《查封决定书》，"
              "因无法直接送达，现予公告。</p>")
    page = make_page(notice, title="示例县自然资源局公告",
                     url="http://www.example.gov.cn/tzgg/t20230520_2.html")
    assert run_rule("privacy.phone", page=page) == []
    headed = notice.replace("<h1>示例县自然资源局公告</h1>",
                            "<h1>示例县自然资源局公告</h1><p>扣押决定书</p>")
    page = make_page(headed, title="示例县自然资源局公告",
                     url="http://www.example.gov.cn/tzgg/t20230520_3.html")
    assert rule_ids(run_rule("privacy.phone", page=page)) == ["privacy.phone"]


# --- a list whose ID column comes first -------------------------------------------------------

def test_the_first_rows_id_of_a_list_whose_id_column_comes_first(make_page, run_rule):
    """A 特困 list headed 身份证号 first and 一卡通账号, 发放金额（元）, 备注 last: the header's last
    cells stand just before the first row's ID, but they label their own columns, not it.
    A full-width ID in a later row is read too."""
    title = "示例乡2023年第二季度特困人员供养金发放名单"
    table = _cell_table([
        ["身份证号", "姓名", "所在村", "一卡通账号", "发放金额（元）", "备注"],
        [ID, "韩某某", "杉木村", CARD2, "2196", ""],
        ["４１０９９９１９６５０２１４３０２３", "洪某", "枫木村", "", "2196", "县敬老院代管"],
    ])
    page = make_page(f"<h1>{title}</h1>{table}", title=title,
                     url="http://www.example.gov.cn/tzgg/t20230608_2.html")
    problems = run_rule("privacy.id-number", page=page)
    assert rule_ids(problems) == ["privacy.id-number"] * 2
    assert ids(page.normalized.text) == [ID, "410999196502143023"]


def test_a_number_opening_a_row_under_a_header_naming_it_otherwise_is_no_id():
    """The look-alikes: an 18-digit 办件编号 that passes every ID check, first in its row under
    a header naming it 办件编号, is not an ID; nor is one a label on its own row names (a row
    of label and value cells). The ID first in its row under 身份证号 is one, the header's
    last cell (一卡通账号 or 备注) just before it."""
    assert ids(f"身份证号\t姓名\t一卡通账号\n{ID}\t韩某某\t{CARD2}\n") == [ID]
    assert ids(f"办件编号\t申请人\t事项\t备注\n{ID}\t韩某\t户籍迁移\t\n") == []
    assert ids(f"申请人\t韩某\n业务流水号\t{ID}\n") == []
    assert ids(f"序号\t姓名\t一卡通账号\t备注\n1\t韩某某\t{CARD2}\t\n{ID}\t洪某\t\t\n") == [ID]
