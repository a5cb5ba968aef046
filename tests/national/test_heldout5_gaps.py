"""The gaps heldout5's first run showed (benchmarks/README.md), each closed as a general rule:
a 税务 decision's 纳税人名称 names its party; an item of a list written out that names a
person by a role and describes them by their ID number; a 退税 list's 纳税人名称 column
names a person or a business, row by row; a pdf's hard line breaks inside an address after
住; the office's own address after 本 + an agency word. Each with the look-alike that must
stay quiet. Numbers are synthetic."""

from __future__ import annotations

from gap_readers import ACCOUNT, CARD, ID, MOBILE, MOBILE2, addresses, banks, phones

# --- 税务 decisions: 纳税人名称 names the party ------------------------------------------

def _tax_decision(taxpayer: str, number: str) -> str:
    return ("税务行政处罚决定书（简易）\n示税简罚〔2024〕22号\n"
            f"纳税人名称：{taxpayer}\n纳税人识别号：{number}\n"
            "生产经营地址：示例县城关镇解放路23号\n"
            f"联系电话：{MOBILE}\n"
            "违法事实：你（单位）未按期进行纳税申报。罚款金额：200元。\n")


def test_a_taxpayer_who_is_a_person_owns_the_phone_on_its_own_line() -> None:
    assert phones(_tax_decision("柴某", ID)) == [MOBILE]


def test_a_company_taxpayers_phone_stays_public() -> None:
    assert phones(_tax_decision("示例县某某商贸有限公司", "91360999MA35L0QX5R")) == []


# --- a list written out: a role, a person's name, their ID, then their mobile ------------

def test_a_persons_mobile_in_a_list_item_written_out() -> None:
    text = ("示例县拖欠农民工工资失信联合惩戒对象名单\n"
            "一、示例县某某劳务有限公司，统一社会信用代码：91360999MA35L0QX5R，法定代表人：洪某。\n"
            f"二、包工头：廖某，身份证号码：{ID}，手机号码：{MOBILE}。\n")
    assert phones(text) == [MOBILE]


def test_a_list_item_naming_no_person_or_the_officer_stays_quiet() -> None:
    text = ("示例县拖欠农民工工资失信联合惩戒对象名单\n"
            f"一、示例县某某劳务有限公司，手机号码：{MOBILE}。\n"
            f"二、承办人：毛某，身份证号码：略，联系电话：{MOBILE2}。\n"
            f"三、项目：示例县某某安置房，联系电话：{MOBILE2}。\n")
    assert phones(text) == []


# --- a 退税 list: the 纳税人名称 column names a person or a business -----------------------

def _refund_list(name: str, number: str) -> str:
    return ("示例县多缴税费退还情况公示\n纳税人名称\t退税金额\t收款账号\t开户银行\n"
            f"{name}\t356.20\t{number}\t中国建设银行示例县支行\n")


def test_a_persons_card_in_a_refund_list() -> None:
    assert banks(_refund_list("施某", CARD)) == [CARD]


def test_a_companys_account_in_a_refund_list_stays_public() -> None:
    assert banks(_refund_list("示例县某某五金有限公司", CARD)) == []
    assert banks(_refund_list("示例县某某五金有限公司", ACCOUNT)) == []


# --- pdf text: 住 at a line end, the address over several lines ----------------------------

def test_an_address_wrapped_over_several_lines_after_zhu() -> None:
    text = ("行政处罚决定书\n当事人：\n雷某，男，汉族，\n1966年8月出生，身份证号：\n"
            f"{ID}，住\n示例县城关街道\n西关社区东风路\n17号院3号楼2单元\n501室。\n"
            "经查，当事人未取得建设工程规划许可证……\n")
    assert addresses(text) == ["示例县城关街道西关社区东风路17号院3号楼2单元501室"]


def test_a_real_next_line_is_not_joined_to_the_address() -> None:
    text = ("行政处罚决定书\n当事人：雷某，男，汉族，住址：示例县城关街道东风路17号\n"
            "2单元门前堆放杂物。\n经查……\n")
    # the next line starts with a detail but says more: it is not the address's rest
    assert addresses(text) == ["示例县城关街道东风路17号"]
    text = ("行政处罚决定书\n当事人：雷某，男，汉族，住\n示例县城关街道东风路17号\n"
            "联系电话：略\n")
    assert addresses(text) == ["示例县城关街道东风路17号"]


# --- the office's own address: 本 + an agency word --------------------------------------

def test_the_offices_own_address_stays_public() -> None:
    for office in ("本大队", "本支队", "本所", "本站", "本中心", "本分局"):
        text = (f"被处罚人：庞某，男，现住：陕西省示例县韦曲街道樱花路9号5栋3单元402室。\n"
                f"{office}地址：示例县长安路1号。")
        assert addresses(text) == ["陕西省示例县韦曲街道樱花路9号5栋3单元402室"], office


def test_the_partys_own_address_after_a_sentence_about_the_case_is_kept() -> None:
    text = "被处罚人：庞某，男，本案当事人，地址：示例县长安路1号5栋302室。"
    assert addresses(text) == ["示例县长安路1号5栋302室"]
