"""The gaps heldout7's first run showed (benchmarks/README.md), each closed as a general rule:
a list item that names a person by a role glued to the name (二、包工头宋某某，公民身份号码…)
owns the phone after their ID; a role right after a closing bracket starts a new party
((个体工商户)经营者：刘某明, whose 联系电话 lines follow); a 合作社's 理事长 is its legal
representative, a person like a 法定代表人; an address does not run on across a line break
into a line that opens with a party's role (「住示例镇」 then 「当事人在…」). Each with the
look-alike that must stay quiet. Numbers are synthetic."""

from __future__ import annotations

from gap_readers import ID, MOBILE, USCC, addresses, phones

# --- a blacklist item naming a person by a role glued to the name --------------------------

def test_a_persons_mobile_in_a_blacklist_item_with_a_glued_role() -> None:
    text = ("拖欠农民工工资失信联合惩戒对象名单\n"
            f"一、示例县某某劳务有限公司，统一社会信用代码：{USCC}，住所：示例县工业大道18号。\n"
            f"二、包工头宋某某，公民身份号码：{ID}，户籍地：示例县大塅镇大塅村2组33号，"
            f"联系电话：{MOBILE}。\n")
    assert phones(text) == [MOBILE]


def test_a_companys_item_with_a_glued_word_stays_quiet() -> None:
    # a company's item: no person named, no ID: its phone is the company's
    text = ("拖欠农民工工资失信联合惩戒对象名单\n"
            f"一、劳务企业示例县某某劳务有限公司，统一社会信用代码：{USCC}，"
            f"联系电话：{MOBILE}。\n")
    assert phones(text) == []


# --- a 个体工商户's operator named after the bracket ---------------------------------------

def test_an_operators_mobile_on_its_own_line() -> None:
    text = ("示例县城市管理局\n行政处罚决定书\n"
            "当事人：示例县城关镇老刘烧烤店（个体工商户）经营者：刘某明\n"
            f"统一社会信用代码：{USCC}\n经营场所：示例县步行街15号\n联系电话：{MOBILE}\n"
            "当事人占道经营……\n")
    assert phones(text) == [MOBILE]
    assert addresses(text) == []  # the 经营场所 stays public


def test_a_shops_mobile_without_its_operator_stays_quiet() -> None:
    text = ("示例县城市管理局\n行政处罚决定书\n"
            "当事人：示例县城关镇老刘烧烤店（个体工商户）\n"
            f"统一社会信用代码：{USCC}\n经营场所：示例县步行街15号\n联系电话：{MOBILE}\n"
            "当事人占道经营……\n")
    assert phones(text) == []


# --- a 合作社's 理事长 ---------------------------------------------------------------------

def test_a_cooperatives_chairmans_mobile() -> None:
    text = ("示例县林业局\n行政处罚决定书\n"
            f"当事人：示例县青山林业专业合作社，统一社会信用代码：{USCC}，住所：示例县青山村3组，"
            f"理事长：韩某，身份证号码：{ID}，联系电话：{MOBILE}。\n当事人擅自改变林地用途……\n")
    assert phones(text) == [MOBILE]


def test_a_cooperatives_own_mobile_stays_quiet() -> None:
    text = ("示例县林业局\n行政处罚决定书\n"
            f"当事人：示例县青山林业专业合作社，统一社会信用代码：{USCC}，住所：示例县青山村3组，"
            f"联系电话：{MOBILE}。\n当事人擅自改变林地用途……\n")
    assert phones(text) == []


# --- an address does not run on into the next paragraph ------------------------------------

def test_a_township_residence_stops_at_the_paragraph_end() -> None:
    text = ("示例镇人民政府\n行政处罚决定书\n当事人：胡某某，男，1965年生，住示例镇\n"
            "当事人在示例镇大坪村3组11号旁违法占用耕地建房……\n")
    assert addresses(text) == []


def test_an_address_cut_by_a_hard_line_break_still_joins() -> None:
    text = ("当事人：胡某某，男，1965年生，住示例县温汤镇\n汤溪村5组12号。\n"
            "当事人在示例镇违法占用耕地建房……\n")
    assert addresses(text) == ["示例县温汤镇汤溪村5组12号"]
