"""The gaps heldout10's first run showed (benchmarks/README.md), each closed as a general rule,
each with the look-alike that must stay quiet. Numbers are synthetic.

- A label that is a line of its own (a definition list's ``<dt>住址</dt>``, a form printed
  one field per line) has its value on the next line (that line only).
- 住 after 均, 都 or 皆 (胡某、胡某某，均住示例县…) is a home-address label, like 住 after
  punctuation.
- A list's item number (1.当事人：…, 3．当事人：…) opens a party like punctuation does: a
  company's item above no longer makes a person's item the company's.
- An address labelled right after an organisation's name, or in the bracket opened after it
  (请当事人到示例县住房和城乡建设局（地址：…）领取), is that organisation's.
- A table header cell that names a number of its own kind, none of the labels (借据号,
  业务受理号), vetoes its column: a Luhn-valid 借据号 is no card.
- 单位电话 (公司电话, 企业电话) labels an organisation's number; a number's label after a
  role word (a header row's 姓名 then 执法证号) is not the name of a person.
- A table set in spaces (a pdf's text, no tabs) is read under its header: a number's column
  is counted from the end of its line (names glued to IDs, an account wrapped onto the next
  line); a number set off from an ID by a space is read like one of its own.
"""

from __future__ import annotations

from gap_readers import ACCOUNT, CARD, ID, MOBILE, USCC, addresses, banks, ids, phones

ID2 = "510999198510174471"

# --- a label on a line of its own ---------------------------------------------------------


def test_a_definition_lists_home_address_on_the_line_after_its_label() -> None:
    # <dl><dt>住址</dt><dd>…</dd>: one field per line, the 经营场所 beside it is the shop's
    text = ("示例县农业农村局行政处罚决定书\n当事人\n示例县青石镇惠农兽药店（个体工商户）\n"
            f"经营者\n曾某某\n身份证号码\n{ID}\n经营场所\n示例县青石镇新街口12号\n"
            "住址\n示例县青石镇上坊村委会枫树组17号\n联系电话\n13912340078\n"
            "2024年3月12日，本局执法人员对当事人经营场所进行检查……\n")
    assert addresses(text) == ["示例县青石镇上坊村委会枫树组17号"]


def test_a_companys_domicile_on_the_line_after_its_label_stays_quiet() -> None:
    text = ("当事人\n示例县青石镇惠农农资有限公司\n统一社会信用代码\n" + USCC + "\n"
            "法定代表人\n曾某某\n住所\n示例县青石镇新街口12号\n经营场所\n示例县青石镇新街口14号\n")
    assert addresses(text) == []


def test_a_label_with_nothing_after_it_does_not_take_the_next_field() -> None:
    # an empty <dd>: the next line is another field's label and value, not this one's
    text = (f"当事人\n曾某某\n身份证号码\n{ID}\n住址\n\n经营场所\n示例县青石镇新街口12号\n")
    assert addresses(text) == []


def test_a_label_inside_a_line_does_not_reach_the_next_line() -> None:
    # 「…经营场所和住址」 ending a sentence's line is no field of its own
    text = (f"当事人：曾某某，男，身份证号码：{ID}。\n本局执法人员核实了当事人的经营场所和住址\n"
            "示例县青石镇新街口12号为其经营场所。\n")
    assert addresses(text) == []


# --- 均住: two parties sharing a home -------------------------------------------------------


def test_two_parties_who_both_live_at_one_address() -> None:
    text = ("当事人：胡某、胡某某（系父子），均住示例县桃源乡河背村委会老街组36号；胡某身份证号码："
            f"{ID}，胡某某身份证号码：{ID2}。\n2024年4月2日，当事人未经许可……\n")
    assert addresses(text) == ["示例县桃源乡河背村委会老街组36号"]


def test_two_parties_who_both_live_in_a_township_stay_quiet() -> None:
    text = (f"当事人：胡某、胡某某（系父子），均住示例县桃源乡；胡某身份证号码：{ID}。\n"
            "两船均停靠示例县桃源乡河背村3组码头。\n")
    assert addresses(text) == []


# --- numbered items of a 公告送达 -----------------------------------------------------------


def test_a_persons_item_after_a_companys_item() -> None:
    text = ("现向你们公告送达行政处罚决定书：\n"
            f"1.当事人：蔡某某，公民身份号码：{ID}，户籍地址：示例县白沙镇白沙村委会新村组41号，"
            "决定书文号：示住建罚〔2024〕11号；\n"
            f"2.当事人：示例县宏达建筑劳务有限公司，统一社会信用代码：{USCC}，住所：示例县白沙镇"
            "工业路2号，决定书文号：示住建罚〔2024〕12号；\n"
            f"3．当事人：孔某，公民身份号码：{ID2}，户籍地址：示例市北湖区北门街道东风社区朝阳巷18号，"
            "决定书文号：示住建罚〔2024〕15号。\n")
    assert addresses(text) == ["示例县白沙镇白沙村委会新村组41号",
                               "示例市北湖区北门街道东风社区朝阳巷18号"]


def test_a_companys_item_after_a_persons_item_stays_quiet() -> None:
    text = ("现向你们公告送达行政处罚决定书：\n"
            f"1.当事人：蔡某某，公民身份号码：{ID}，送达地址：示例县白沙镇白沙村委会新村组41号；\n"
            "2.当事人：示例县宏达建筑劳务有限公司，住所：示例县白沙镇工业路2号，"
            "法定代表人：陈某；\n")
    assert addresses(text) == ["示例县白沙镇白沙村委会新村组41号"]


# --- an organisation's address in the bracket after its name -------------------------------


def test_the_offices_address_in_a_bracket_after_its_name_stays_quiet() -> None:
    text = (f"1.当事人：孔某，公民身份号码：{ID}，户籍地址：示例市北湖区北门街道东风社区朝阳巷18号。\n"
            "自公告发布之日起经过三十日，即视为送达。请当事人到示例县住房和城乡建设局（地址："
            "示例县建设大道66号）领取。联系人：涂某。\n")
    assert addresses(text) == ["示例市北湖区北门街道东风社区朝阳巷18号"]


def test_a_persons_address_in_the_bracket_after_their_name() -> None:
    text = (f"当事人：孔某（身份证号码：{ID}，地址：示例县城关镇朝阳巷18号），"
            "于2024年3月在示例县人民医院（地址：示例县城关镇健康路1号）门前……\n")
    assert addresses(text) == ["示例县城关镇朝阳巷18号"]


# --- a header cell that names its own number -----------------------------------------------

LOAN_RECEIPT = "6217419474491191421"  # Luhn-valid, like a card
LOAN_RECEIPT2 = "6230856795050594701"


def test_luhn_valid_loan_receipts_beside_the_loan_accounts_stay_quiet() -> None:
    text = ("2024年第一季度脱贫人口小额信贷贴息资金发放名单\n"
            "序号\t借款人\t身份证号\t贷款账号\t借据号\t贷款金额（元）\t贴息金额（元）\n"
            f"1\t邱某某\t{ID}\t{ACCOUNT}\t{LOAN_RECEIPT}\t50000\t531.25\n"
            f"2\t邱某\t{ID2}\t{CARD}\t{LOAN_RECEIPT2}\t30000\t318.75\n")
    assert banks(text) == [ACCOUNT, CARD]  # the 贷款账号, not the 借据号


def test_a_card_under_a_card_header_beside_a_receipt_number() -> None:
    text = ("序号\t姓名\t社保卡号\t业务受理号\t金额（元）\n"
            f"1\t邱某某\t{CARD}\t{LOAN_RECEIPT}\t860\n")
    assert banks(text) == [CARD]


# --- an organisation's phone, a header row's next cell -------------------------------------

STAFF = ("示例县农业农村局行政执法人员名单公示\n序号\t姓名\t执法证号\t执法类别\t执法区域\n"
         "1\t罗某\t13833853766\t农业综合\t示例县\n2\t刘某某\t13834275218\t农业综合\t示例县\n")


def test_the_units_phone_under_a_list_of_its_staff_stays_quiet() -> None:
    assert phones(STAFF + "单位电话：0795-7263521\n") == []


def test_a_landline_under_a_list_of_staff_stays_quiet() -> None:
    # 姓名 then 执法证号: a header row, not a person named 执法证号
    assert phones(STAFF + "联系电话：0795-7263521\n") == []


def test_a_partys_employers_phone_stays_quiet_and_their_own_is_reported() -> None:
    text = (f"当事人：罗某，男，身份证号码：{ID}，工作单位：示例县宏达建筑劳务有限公司，"
            "单位电话：0795-7263521，联系电话：0795-7263588。\n")
    assert phones(text) == ["0795-7263588"]


# --- a table set in spaces (a pdf's text) --------------------------------------------------

ID3 = "62099919950224824X"
PASSBOOK, PASSBOOK2, PASSBOOK3 = "183700102049", "330090707179", "551333702622"


def test_passbook_accounts_of_a_list_set_in_spaces() -> None:
    # names glued to the IDs, an account wrapped onto the next line, a masked row
    text = ("2024年耕地地力保护补贴发放清册\n乡镇：桃源乡　村委会：河背村　补贴标准：120.8元/亩\n"
            "序号 户主姓名 身份证号码 存折账号 面积（亩） 补贴金额（元）\n"
            f"1 罗某某{ID} {PASSBOOK} 4.82 582.26\n"
            f"2 罗某{ID2}\n{PASSBOOK2} 3.10 374.48\n"
            f"3 胡某某{ID3} {PASSBOOK3} 6.25 755.00\n"
            "4 胡某320999********4315 1375****2480 2.00 241.60\n"
            "合计 16.17 1953.34\n第 1 页\n")
    assert banks(text) == [PASSBOOK, PASSBOOK2, PASSBOOK3]
    assert ids(text) == [ID, ID2, ID3]


def test_a_mobile_after_an_id_in_a_list_set_in_spaces() -> None:
    text = ("序号 姓名 身份证号码 联系电话 救助金额（元）\n"
            f"1 罗某某{ID} {MOBILE} 1200\n")
    assert phones(text) == [MOBILE]


def test_numbers_under_other_columns_of_a_list_set_in_spaces_stay_quiet() -> None:
    text = ("序号 户主姓名 身份证号码 档案号 补贴金额（元）\n"
            f"1 罗某某{ID} {PASSBOOK} 582.26\n"
            "序号 单位名称 开户银行 账号 金额（元）\n"
            f"1 示例县河背村股份经济合作联合社 示例县农商银行 {PASSBOOK2} 5000\n\n"
            f"村集体收款 {PASSBOOK3} 5000\n")
    assert banks(text) == []
