"""The gaps heldout8's first run showed (benchmarks/README.md), each closed as a general rule:
a home address inside the bracket that describes a person (张某某（公民身份号码…，住…）) is
theirs, whatever companies the same 公告送达 also addresses; the people a 征收/补偿/安置 list
is of (被征收人, 被补偿人 …) head a table of people, so its 联系电话 and 收款账号 columns are
theirs; a 村民小组 is a group, not a person; a landline in a row that names a company is the
company's. Each with the look-alike that must stay quiet. Numbers are synthetic."""

from __future__ import annotations

from gap_readers import ACCOUNT, CARD, ID, MOBILE, USCC, addresses, banks, phones

LANDLINE = "0795-5542592"

# --- an address in a person's bracket, in a notice to several parties ----------------------


def test_an_address_in_a_persons_bracket_beside_a_company() -> None:
    text = (f"张某某（公民身份号码{ID}，住示例县带溪乡桃源村新屋组18号）、示例县兴旺石料场"
            f"（统一社会信用代码{USCC}，经营场所示例县带溪乡桃源村采石场）：\n"
            "因你们未经批准非法占用集体土地一案，本局已依法作出《行政处罚决定书》……\n")
    assert addresses(text) == ["示例县带溪乡桃源村新屋组18号"]


def test_a_companys_address_in_its_own_bracket_stays_quiet() -> None:
    text = (f"示例县兴旺石料场（统一社会信用代码{USCC}，住所示例县带溪乡桃源村采石场8号）、"
            f"张某（公民身份号码{ID}）：\n本局已依法作出《行政处罚决定书》……\n")
    assert addresses(text) == []


# --- 被征收人: a table of people --------------------------------------------------------------


def test_the_people_of_a_land_compensation_list_own_its_accounts_and_phones() -> None:
    text = ("关于排上村集体土地征收补偿费用发放情况的公示\n"
            "序号\t被征收人\t身份证号码\t补偿金额（元）\t开户银行\t收款账号\t联系电话\n"
            f"1\t曾某根\t{ID}\t60480\t示例县农商银行棋坪支行\t{CARD}\t{MOBILE}\n"
            f"2\t排上村上屋村民小组\t—\t148800\t示例县农商银行棋坪支行\t{ACCOUNT}\t—\n")
    assert banks(text) == [CARD]  # not the village group's account
    assert phones(text) == [MOBILE]


def test_a_list_of_offices_stays_quiet() -> None:
    text = ("征收实施单位联系方式\n序号\t征收实施单位\t经办人\t联系电话\n"
            f"1\t示例县房屋征收与补偿服务中心\t王某\t{MOBILE}\n")
    assert phones(text) == []


# --- a company's landline in a list whose 法定代表人 column holds people ---------------------


def test_a_companys_landline_in_a_credit_repair_list_stays_quiet() -> None:
    text = ("行政处罚信息信用修复结果的公示\n"
            "序号\t市场主体名称\t统一社会信用代码\t法定代表人（经营者）\t联系电话\n"
            f"1\t示例县老周烧烤店\t{USCC}\t周某\t{MOBILE}\n"
            f"2\t示例县恒信建材有限公司\t{USCC}\t戴某\t{LANDLINE}\n")
    assert phones(text) == [MOBILE]  # the operator's mobile is theirs; the landline is not


def test_a_persons_landline_in_a_list_of_villagers_is_reported() -> None:
    text = ("农村危房改造补助对象公示\n乡镇\t村\t户主\t联系电话\t补助金额\n"
            f"三都镇\t西岭村\t甘某\t{LANDLINE}\t15000\n")
    assert phones(text) == [LANDLINE]
