"""The gaps heldout11's first run showed (benchmarks/README.md), each closed as a general rule,
each with the look-alike that must stay quiet. Numbers are synthetic.

- 职务 in a person's description names their post at an employer (职务：某某矿业有限公司主要
  负责人), like 工作单位: not the party, who is still a person; and a person's 工作单位地址
  (所在单位地址 …) is their employer's address, not the office's own, so it does not make the
  labels after it on the line the office's.
- An organisation's name with a note in brackets after it (城东村第三村民小组（集体）) is
  still an organisation's: the words that end such a name are looked for before the note.
- A table with no column of names but a column of ID numbers (身份证号码, 证件号码) is a
  table of people, whatever its name column says (购机者): a row is a person's when its cell
  under the ID header holds an ID number, masked or not (a 合作社's row holds its credit code),
  and no cell before it names an organisation (the 经销商 after it may).
"""

from __future__ import annotations

from gap_readers import ACCOUNT, CARD, ID, MOBILE, USCC, addresses, banks, phones

ID2 = "510999198510174471"
CARD2 = "6228480013912347"
CARD2_DASHED = "6228-4800-1391-2347"
CARD3 = "6217001234567893"

# --- 职务 and 工作单位地址 in a person's description ---------------------------------------

OFFICER = ("示例县应急管理局行政处罚决定书\n被处罚人：罗某某，性别：男，身份证号码：" + ID + "，职务："
           "示例县宏发矿业有限公司主要负责人，工作单位地址：示例县白沙镇工业区9号，家庭住址："
           "示例县白沙镇新街村2组18号，联系电话：+86 " + MOBILE + "。\n"
           "违法事实及证据：……你作为该公司主要负责人，未组织制定并实施本单位安全生产教育和培训"
           "计划。\n")


def test_a_companys_officer_fined_personally_has_his_home_address_reported() -> None:
    # his 工作单位地址 is the company's: not reported, and not the office's address either
    assert addresses(OFFICER) == ["示例县白沙镇新街村2组18号"]


def test_a_companys_officer_fined_personally_has_his_mobile_reported() -> None:
    assert phones(OFFICER) == [MOBILE]


def test_a_company_fined_with_its_officers_post_stays_quiet() -> None:
    # the company is the party: its 住所 and its representative's 住址 are not a person's home
    text = (f"被处罚单位：示例县宏发矿业有限公司，统一社会信用代码：{USCC}，住所：示例县白沙镇"
            "工业区9号。\n主要负责人：罗某某，职务：总经理，住址：示例县白沙镇新街村2组18号。\n")
    assert addresses(text) == []


def test_the_offices_unit_address_still_makes_its_line_the_offices() -> None:
    text = (f"当事人：王某，女，身份证号码：{ID}，住址：略。\n"
            "单位地址：示例县城关镇府前路1号，联系地址：示例县城关镇府前路1号3楼302室\n")
    assert addresses(text) == []


# --- an organisation's name with a note in brackets -----------------------------------------

def test_a_villagers_groups_account_beside_villagers_cards_stays_quiet() -> None:
    text = ("示例县城东片区集体土地征收补偿款发放明细表\n"
            "序号\t被征收人\t身份证号码\t地类\t面积（亩）\t补偿金额（元）\t收款账号\t开户行\n"
            f"1\t严某某\t{ID}\t水田\t1.26\t60480\t{CARD}\t示例县农商银行城东支行\n"
            f"2\t城东村第三村民小组（集体）\t—\t林地\t12.4\t148800\t{ACCOUNT}\t"
            "示例县农商银行城东支行\n")
    assert banks(text) == [CARD]


def test_a_villager_with_a_note_after_his_name_keeps_his_card() -> None:
    text = ("序号\t被征收人\t身份证号码\t补偿金额（元）\t收款账号\n"
            f"1\t严某某（城东村）\t{ID}\t60480\t{CARD}\n"
            f"2\t柳某（代领）\t{ID2}\t27200\t{CARD2}\n")
    assert banks(text) == [CARD, CARD2]


# --- a table of people known by its ID column ------------------------------------------------

SUBSIDY = ("龙岗乡2022年农机购置补贴资金兑付公示\n"
           "序号\t村\t购机者\t身份证号码\t机具品目\t补贴额（元）\t收款账号\n"
           f"1\t黄竹村\t祝某某\t{ID}\t轮式拖拉机\t8400\t{CARD}\n"
           f"2\t龙岗村\t鲁某\t{ID2}\t微耕机\t1000\t{CARD2_DASHED}\n"
           f"3\t龙岗村\t示例县龙岗乡丰裕农机专业合作社\t{USCC}\t联合收割机\t60000\t{ACCOUNT}\n")


def test_the_buyers_cards_of_a_list_known_by_its_id_column() -> None:
    assert banks(SUBSIDY) == [CARD, CARD2]  # the 合作社's account is its own


def test_a_masked_id_still_makes_its_row_a_persons() -> None:
    text = ("序号\t申领人\t证件号码\t联系电话\t补助金额（元）\n"
            f"1\t祝某某\t410999********1478\t{MOBILE}\t1200\n")
    assert phones(text) == [MOBILE]


def test_rows_of_organisations_in_a_list_known_by_its_id_column_stay_quiet() -> None:
    # a row with no ID, and a company's row that gives its representative's ID
    text = ("序号\t购机者\t身份证号码\t补贴额（元）\t收款账号\n"
            f"1\t示例县龙岗乡丰裕农机专业合作社\t—\t60000\t{ACCOUNT}\n"
            f"2\t示例县宏发农业开发有限公司\t{ID}\t30000\t{CARD3}\n")
    assert banks(text) == []


def test_a_list_of_machines_with_no_id_column_stays_quiet() -> None:
    text = ("序号\t购机者\t机具品目\t补贴额（元）\t收款账号\n"
            f"1\t示例县龙岗乡丰裕农机专业合作社\t联合收割机\t60000\t{CARD3}\n")
    assert banks(text) == []


def test_a_dealer_named_after_the_id_does_not_make_the_row_a_companys() -> None:
    # the 经销商 (a company) is named after the buyer's ID: the row is still the buyer's
    text = ("序号\t购机者\t身份证号码\t经销商\t补贴额（元）\t收款账号\n"
            f"1\t祝某某\t{ID}\t示例县丰收农机销售有限公司\t8400\t{CARD3}\n")
    assert banks(text) == [CARD3]
