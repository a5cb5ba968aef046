"""The gaps heldout4's first run showed (benchmarks/README.md), each closed as a general rule:
a 送达回证's 受送达人 is the party; an 经营者 column names a 个体工商户's operator; a card a
person holds (个人银行卡) is theirs in a business's decision; a role word glued to its field
(当事人银行卡号) is that role's; a list item written out names its account's holder. Each
with the look-alike that must stay quiet. Numbers are synthetic."""

from __future__ import annotations

from gap_readers import ACCOUNT, CARD, MOBILE, MOBILE2, addresses, banks, phones
from rulekit_national.address import party_at

# --- 送达回证: the 受送达人 is the party ------------------------------------------------

def _proof_of_service(served: str, address: str) -> str:
    return ("送达回证\n送达文书名称及文号\t行政处罚决定书 示市监罚处〔2023〕17号\n"
            f"受送达人\t{served}\n送达地址\t{address}\n受送达人联系电话\t{MOBILE}\n"
            f"送达人\t宋某（执法证号：{MOBILE2}）\n送达方式\t留置送达\n收件人签名\t{served}\n")


def test_a_person_served_in_a_proof_of_service_table() -> None:
    text = _proof_of_service("邝某", "示例县坪溪镇坪溪村委会上屋组8号")
    assert phones(text) == [MOBILE]  # the 送达人's 执法证号 is not a phone
    assert addresses(text) == ["示例县坪溪镇坪溪村委会上屋组8号"]


def test_a_company_served_in_a_proof_of_service_table_is_public() -> None:
    text = _proof_of_service("示例县某某建材有限公司", "示例县工业园区兴业路12号")
    assert phones(text) == [] and addresses(text) == []


def test_a_role_glued_to_its_field_is_the_party_its_earlier_marker_names() -> None:
    text = "受送达人：邝某\n受送达人联系电话：" + MOBILE
    assert party_at(text, text.index(MOBILE), len(text)).name == "邝某"


# --- a 个体工商户 list: the 经营者 column names the operator --------------------------

def test_an_operators_mobile_in_a_list_of_sole_traders() -> None:
    text = ("序号\t个体户名称\t经营者\t联系电话\t经营场所\n"
            f"1\t示例县某某小吃店\t莫某\t{MOBILE}\t示例县城关镇北街3号\n"
            f"2\t示例县某某修车铺\t示例县某某修车铺\t{MOBILE2}\t示例县城关镇西街5号\n")
    assert phones(text) == [MOBILE]  # the second row names no person: the shop's number


def test_a_list_of_shops_without_an_operator_column_names_no_one() -> None:
    text = ("序号\t个体户名称\t联系电话\t经营场所\n"
            f"1\t示例县某某小吃店\t{MOBILE}\t示例县城关镇北街3号\n")
    assert phones(text) == []


# --- bank numbers ------------------------------------------------------------------------

def test_an_investors_personal_bank_card_in_the_enterprises_decision() -> None:
    text = ("当事人：示例县某某茶叶经营部（个人独资企业），统一社会信用代码：91360999MA35L0QX5R，"
            "投资人：黎某。\n经查，当事人销售茶叶的货款均转入其投资人个人银行卡"
            f"（卡号：{CARD}），共计3.2万元。")
    assert banks(text) == [CARD]


def test_the_enterprises_own_account_stays_public() -> None:
    text = ("当事人：示例县某某茶叶经营部（个人独资企业），统一社会信用代码：91360999MA35L0QX5R。"
            f"\n经查，当事人将货款存入其对公账户（账号：{ACCOUNT}）。")
    assert banks(text) == []


def test_a_role_word_glued_to_the_card_label() -> None:
    text = (f"当事人：符某，男，身份证号码：略，联系电话：{MOBILE}。\n经查，当事人通过网店"
            f"销售商品共计52笔，当事人银行卡号：{CARD}。")
    assert banks(text) == [CARD]


def test_a_company_partys_glued_bank_account_stays_public() -> None:
    text = ("经查，当事人示例县某某贸易有限公司将货款存入公司账户，"
            f"当事人银行账号：{CARD}。")
    assert banks(text) == []


def test_an_account_in_a_list_written_out_in_running_text() -> None:
    text = ("关于退还示例县城关镇夜市摊位押金的公示\n经核实，下列摊主押金予以退还：\n"
            f"1. 骆某，开户行：示例农商银行城南支行，账号：{ACCOUNT}，退还金额1500元；\n"
            f"2. 示例县某某小吃店，开户行：示例农商银行城南支行，账号：{ACCOUNT[:-1]}7，"
            "退还金额1500元。")
    assert banks(text) == [ACCOUNT]  # the shop's account is not a person's
