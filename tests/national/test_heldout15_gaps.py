"""The gaps heldout15's first run showed (benchmarks/README.md), each closed as a general rule,
with the look-alike that must stay quiet. Numbers are synthetic.

- A table set in spaces (a docx's or pdf's text): the header's last cell (开户账号) names its
  own column, not the first number of the row below it (an ID under 身份证号 is an ID); and a
  group of eight digits or more is a number of its own wherever it stands, never the tail of
  shorter groups before it (an amount's cell, then an account's).
- A column of an organisation's members (a 合作社's 成员 or 社员, 股东, 会员) names the
  list's people when no column of people does: a row is a person's when its cell is a
  person's name.
- A table cell that is an address (翠湖社区12栋301室) names a place, not an organisation,
  whatever 社 or 局 its street's name holds: the row is still its person's.
- A document's own heading 处罚决定书 is a line of its own; one named inside a sentence
  (对你作出的……《行政处罚决定书》) is another document's, and a 催告书 or 告知书 that cites a
  decision is not a penalty decision (rules.md, privacy.address: "Looks at").
"""

from __future__ import annotations

from gap_readers import ACCOUNT, CARD, ID, MOBILE, banks, ids, phones

from rulekit.testing import rule_ids

ID2 = "410999196502143023"
ACCOUNT2 = "620512340017"  # a 12-digit 存折 account, no Luhn check
ACCOUNT3 = "620512340093"
CARD2 = "6228480012345671"  # Luhn-valid
LANDLINE = "0797-8261534"

# --- a table set in spaces ------------------------------------------------------------------

BONUS_LIST = ("示例县2023年度农村部分计划生育家庭奖励扶助金发放清册\n"
              "发放单位：示例县卫生健康委员会\n"
              "序号　户主　身份证号码　奖扶人数　发放金额　存折账号\n"
              f"1　韩某某　{ID}　2　1920　{ACCOUNT2}\n"
              f"2　蔡某　{ID2}　1　960　{ACCOUNT3}\n"
              "3　龚某某　510999********2210　1　960　6205****0071\n")


def test_a_spaced_lists_first_row_is_read_by_its_columns():
    assert ids(BONUS_LIST) == [ID, ID2]
    assert banks(BONUS_LIST) == [ACCOUNT2, ACCOUNT3]  # the IDs are not, nor the amounts


def test_a_mobile_after_an_amount_in_a_spaced_list():
    text = ("示例县2023年第一季度临时救助发放名单\n序号　姓名　救助金额　联系电话\n"
            f"1　韩某某　1500　{MOBILE}\n")
    assert phones(text) == [MOBILE]


def test_a_card_printed_in_groups_under_a_label_is_still_read_whole():
    text = "补助资金已打入受助人韩某某的银行卡，卡号：" + " ".join(
        CARD[i:i + 4] for i in range(0, 16, 4)) + "。\n"
    assert banks(text) == [CARD]


def test_a_certificate_number_after_an_amount_in_a_spaced_list_stays_quiet():
    text = ("示例县2023年度农业技术员职称证书领取名单\n"
            "序号　姓名　所在乡镇　补贴金额　证书编号\n"
            "1　郑某某　城关镇　800　320512340017\n"
            "2　舒某　永宁镇　800　320512340093\n")
    assert banks(text) == []


def test_a_label_on_its_own_line_still_names_the_number_below_it():
    text = "收款人：韩某某，开户行：示例县农村商业银行城关支行，银行卡号：\n" + CARD + "\n"
    assert banks(text) == [CARD]


# --- a column of a 合作社's members ---------------------------------------------------------

DIVIDEND = (f"示例县青山茶叶专业合作社（统一社会信用代码：93360999MA3ABCDE1X）2023年度按交易量返还"
            f"盈余，款项由本社账户（开户行：示例县农村商业银行青山支行，账号：{ACCOUNT}）转入各社员"
            "的银行卡，明细如下：\n"
            "社员\t茶青交售量（公斤）\t返还金额（元）\t收款银行卡号\n"
            f"严某某\t1820\t3640\t{' '.join(CARD[i:i + 4] for i in range(0, 16, 4))}\n"
            f"付某\t960\t1920\t{' '.join(CARD2[i:i + 4] for i in range(0, 16, 4))}\n")


def test_the_cards_of_a_cooperatives_members_are_reported():
    assert banks(DIVIDEND) == [CARD, CARD2]  # the 合作社's own account stays quiet


def test_a_member_that_is_a_company_stays_quiet():
    text = ("社员\t返还金额（元）\t收款卡号\n"
            f"示例县青山茶业有限公司\t5200\t{CARD2}\n"
            f"严某某\t3640\t{CARD}\n")
    assert banks(text) == [CARD]


def test_a_list_of_member_offices_stays_quiet():
    text = ("示例县河长制成员单位工作经费拨付表\n成员单位\t联系人\t拨付金额（元）\t单位账号\n"
            f"示例县水利局\t任某\t20000\t{CARD}\n")
    assert banks(text) == []


# --- an address cell in a row of people -----------------------------------------------------

def test_a_persons_landline_beside_an_address_in_a_community():
    text = ("示例县公安局交通警察大队2023年3月无证驾驶处罚情况公示\n"
            "姓名\t性别\t住址\t联系电话\t处罚决定\n"
            f"卢某某\t男\t示例县城北街道光明社区5栋2单元301室\t{LANDLINE}\t罚款1500元，行政拘留10日\n"
            f"贝某\t女\t示例县城南街道供销社宿舍3栋101室\t{MOBILE}\t罚款1000元\n")
    assert phones(text) == [LANDLINE, MOBILE]


def test_a_companys_landline_whose_name_holds_she_stays_quiet():
    text = ("单位名称\t法定代表人\t住所\t联系电话\n"
            f"示例县青山旅行社\t郑某\t示例县城北街道光明社区5栋101室\t{LANDLINE}\n")
    assert phones(text) == []


# --- what is a penalty decision ---------------------------------------------------------------

PERSON = "（公民身份号码：" + ID + "，住址：示例县永宁镇石桥村4组17号）"


def test_a_notice_that_cites_a_decision_is_not_one(make_page, run_rule):
    page = make_page("<h1>示例县城市管理局限期履行告知书</h1>"
                     f"<p>鲁某某{PERSON}：</p>"
                     "<p>本局于2023年4月1日对你作出的示城管罚字〔2023〕17号行政处罚决定书，"
                     "你至今未履行。现告知你在收到本告知书之日起十日内履行。</p>"
                     "<p>《行政处罚决定书》</p>",
                     title="示例县城市管理局限期履行告知书", column_type="notice",
                     url="http://www.example.gov.cn/tzgg/t20230501_3.html")
    assert run_rule("privacy.address", page=page) == []
    assert rule_ids(run_rule("privacy.id-number", page=page)) == ["privacy.id-number"]


def test_a_decision_headed_on_a_line_of_its_own_with_its_number(make_page, make_attachment,
                                                                 run_rule):
    page = make_page("<h1>示城管罚字〔2023〕17号</h1><p>示例县城市管理局</p>"
                     "<p>行政处罚决定书（示城管罚字〔2023〕17号）</p>"
                     f"<p>当事人：鲁某某{PERSON}。</p>",
                     title="示城管罚字〔2023〕17号", column_type="notice",
                     url="http://www.example.gov.cn/tzgg/t20230501_4.html")
    assert rule_ids(run_rule("privacy.address", page=page)) == ["privacy.address"]
    doc = make_attachment("示例县城市管理局行政处罚决定书 示城管罚字〔2023〕17号\n"
                          f"当事人：鲁某某{PERSON}。\n")
    assert rule_ids(run_rule("privacy.address", page=doc)) == ["privacy.address"]
