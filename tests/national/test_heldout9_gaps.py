"""The gaps heldout9's first run showed (benchmarks/README.md), each closed as a general rule,
each with the look-alike that must stay quiet. Numbers are synthetic.

- 主办：… (with its colon) opens a site footer, like 主办单位: the address after it is the
  site's organiser's, not a party's.
- A table row that a line break inside a cell (a ``<br>``, a pdf's hard break) cut in two,
  through a number, is read whole: its cells are looked up under their own headers.
- With no column of people, a column of the parties' representatives (法定代表人, 实际控制人,
  负责人) makes a table of people: a row's mobile is its representative's, or its party's when
  the row names no organisation; an organisation's account and landline stay its own.
- 住 before a colon (，住：示例县…) is a home-address label, like 住 before a place; a bracket
  after a person's name that says what they are at a business (熊某某（…经营部经营者）)
  describes the person: the party is still a natural person.
- An account called a 个人（银行）结算账户 (or 储蓄, 存款 账户) is a person's, like 个人银行账户.
"""

from __future__ import annotations

from gap_readers import (
    ACCOUNT,
    CARD,
    ID,
    MOBILE,
    MOBILE2,
    USCC,
    addresses,
    banks,
    ids,
    phones,
)

# --- 主办： opens the footer -------------------------------------------------------------


def test_the_footers_address_after_zhuban_stays_quiet() -> None:
    text = (f"当事人：张某某，男，身份证号码：{ID}，住址：示例县永宁镇城西村西坑组5号。\n"
            "……本局决定罚款伍佰元。\n示例县市场监督管理局 2024年5月6日\n"
            "主办：示例县人民政府办公室　地址：示例县城关镇人民大道99号　邮政编码：336999\n"
            "办公室电话：0795-7000888　网站标识码：3609990002\n")
    assert addresses(text) == ["示例县永宁镇城西村西坑组5号"]  # not the organiser's


def test_an_organiser_named_in_the_facts_is_no_footer() -> None:
    text = ("当事人：李某，女，系示例县龙舟赛的主办方负责人，"
            "住址：示例县永宁镇新街村3组6号。\n经查，当事人未经许可……\n")
    assert addresses(text) == ["示例县永宁镇新街村3组6号"]


# --- a row cut in two by a line break inside a cell ----------------------------------------

ID2 = "510999198510174471"


def test_an_id_cut_by_a_br_under_a_two_row_header() -> None:
    text = ("带溪乡2024年农村危房改造补助资金发放公示\n"
            "序号\t村组\t农户信息\t补助资金\n"
            "户主\t身份证号码\t联系电话\t改造方式\t金额（元）\t打卡账号\n"
            f"1\t新塘村上坊组\t邱某某\t{ID}\t{MOBILE}\t修缮加固\t15000\t{CARD}\n"
            f"2\t黄沙村上黄组\t黎某\t{ID2[:10]}\n{ID2[10:]}\t{MOBILE2}\t拆除重建\t35000\t{CARD}\n")
    assert ids(text) == [ID, ID2]
    assert phones(text) == [MOBILE, MOBILE2]  # the second row's, after the cut, too
    assert banks(text) == [CARD, CARD]  # not the two halves of the cut ID


def test_an_id_broken_across_lines_in_extracted_text() -> None:
    # OCR-like text: the header's letters spaced out, an ID wrapped in its cell
    text = ("示 例 县 2024 年 4 月 医 疗 救 助 资 金 发 放 花 名 册\n"
            "序号\t姓 名\t身 份 证 号 码\t救助对象类别\t救助金额\t社保卡银行账号\n"
            f"1\t郑某某\t{ID}\t特困人员\t5470.95\t{CARD}\n"
            f"2\t熊某\t{ID2[:7]}\n{ID2[7:]}\t低保对象\t2188.80\t\n")
    assert ids(text) == [ID, ID2]
    assert banks(text) == [CARD]


def test_rows_of_a_table_are_not_joined() -> None:
    # one row ends with a number and the next begins with one: two rows as wide as the
    # header, never one
    text = ("序号\t户主\t身份证号码\t联系电话\t打卡账号\n"
            f"1\t邱某某\t{ID}\t{MOBILE}\t{ACCOUNT}\n"
            f"2\t黎某\t{ID2}\t{MOBILE2}\t{CARD}\n")
    assert banks(text) == [ACCOUNT, CARD]
    assert phones(text) == [MOBILE, MOBILE2]


def test_a_number_cut_under_a_file_number_header_stays_quiet() -> None:
    text = ("序号\t户主\t档案编号\t联系电话\n"
            f"1\t邱某某\t2024001\t{MOBILE}\n"
            f"2\t黎某\t{ID2[:10]}\n{ID2[10:]}\t{MOBILE2}\n")
    assert ids(text) == []  # the row read whole: its number is under 档案编号
    assert phones(text) == [MOBILE, MOBILE2]


# --- a column of the parties' representatives ----------------------------------------------

def test_the_representatives_mobiles_in_a_list_of_parties() -> None:
    text = ("示例县拖欠农民工工资失信联合惩戒对象名单\n"
            "序号\t失信主体名称\t统一社会信用代码/身份证号码\t法定代表人（实际控制人）\t身份证号码"
            "\t联系电话\t列入日期\n"
            f"1\t示例县恒通建筑工程有限公司\t{USCC}\t易某某\t{ID}\t{MOBILE}\t2024-05-10\n"
            f"2\t严某某（个人）\t{ID2}\t—\t—\t{MOBILE2}\t2024-05-10\n")
    assert phones(text) == [MOBILE, MOBILE2]  # the representative's, the person's own


def test_a_companys_account_and_landline_beside_its_representative_stay_quiet() -> None:
    text = ("2024年度企业稳岗返还资金拨付名单\n"
            "序号\t市场主体\t法定代表人\t开户银行\t银行账号\t联系电话\n"
            f"1\t示例县恒通建筑工程有限公司\t易某某\t示例县农商银行\t{ACCOUNT}\t0795-5542592\n"
            f"2\t示例县兴旺石料场\t—\t示例县农商银行\t{CARD}\t{MOBILE}\n")
    assert banks(text) == []  # the companies' accounts
    assert phones(text) == []  # a company's landline; a mobile of a company naming nobody


# --- 住： as a field, a bracket naming the party's business, 个人结算账户 ---------------------


def test_zhu_with_its_colon_is_a_home_address() -> None:
    text = (f"当事人：熊某某，男，身份证号码：{ID}，住：示例县永宁镇新街村5组40号。\n"
            "经查，当事人……\n")
    assert addresses(text) == ["示例县永宁镇新街村5组40号"]


def test_zhu_with_its_colon_at_township_level_stays_quiet() -> None:
    text = f"当事人：熊某某，男，身份证号码：{ID}，住：示例县永宁镇。\n经查，当事人……\n"
    assert addresses(text) == []


def test_a_bracket_naming_the_business_a_person_runs_keeps_the_party_a_person() -> None:
    text = (f"当事人：熊某某（示例县永宁镇熊记建材经营部经营者），男，身份证号码：{ID}，"
            "住址：示例县永宁镇新街村5组40号。\n你欠缴2023年度个人所得税（经营所得）……\n")
    assert addresses(text) == ["示例县永宁镇新街村5组40号"]


def test_the_personal_settlement_account_to_be_debited_is_the_partys() -> None:
    text = (f"当事人：熊某某，男，身份证号码：{ID}。\n"
            "你欠缴2023年度个人所得税及滞纳金，经本局限期缴纳后仍未缴纳。根据《中华人民共和国税收"
            "征收管理法》第四十条，经县局局长批准，决定从你在示例县农村商业银行永宁支行开立的个人"
            f"结算账户（账号：{ACCOUNT}）中扣缴上述税款及滞纳金。\n")
    assert banks(text) == [ACCOUNT]


def test_a_companys_settlement_account_and_domicile_stay_quiet() -> None:
    text = (f"当事人：示例县恒通建筑工程有限公司（法定代表人：易某某），统一社会信用代码：{USCC}，"
            "住所：示例县城关镇建设路66号3栋。\n"
            "你单位欠缴2023年度企业所得税，经本局限期缴纳后仍未缴纳。根据《中华人民共和国税收征收"
            "管理法》第四十条，决定从你单位在示例县农村商业银行城关支行开立的单位银行结算账户"
            f"（账号：{ACCOUNT}）中扣缴上述税款。\n")
    assert addresses(text) == []
    assert banks(text) == []  # 单位银行结算账户: the company's
