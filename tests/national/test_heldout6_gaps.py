"""The gaps heldout6's first run showed (benchmarks/README.md), each closed as a general rule:
a row of label and value cells (当事人基本情况) names its numbers by the label cell beside
them, not the cell above; a person's role described after them (，系某某有限公司劳务班组长)
names their employer, not the party; a number after the body of a letter to a person (a
公告送达 whose addressee line ends 「）：」) is the sender's. Each with the look-alike that must
stay quiet. Numbers are synthetic."""

from __future__ import annotations

from gap_readers import ID, MOBILE, MOBILE2, USCC, addresses, phones

# --- a 当事人基本情况 table of label and value cells -------------------------------------

def _basics(party: str, kind: str, number: str) -> str:
    return ("示例县农业农村局\n行政处罚决定书\n"
            f"当事人\t{party}\t证件类型\t{kind}\n"
            f"证件号码\t{number}\t电话\t{MOBILE}\n"
            "当事人经营禁用农药……\n")


def test_the_phone_cell_of_a_persons_basics_table() -> None:
    assert phones(_basics("李某某", "居民身份证", ID)) == [MOBILE]


def test_the_phone_cell_of_a_companys_basics_table_stays_public() -> None:
    assert phones(_basics("示例县某某农资有限公司", "统一社会信用代码", USCC)) == []


def test_a_list_under_a_non_phone_column_stays_quiet() -> None:
    # a row of a list (name, number): the header above still names the column
    text = ("示例县城市管理局行政执法人员公示\n姓名\t执法证号\t执法门类\n"
            f"韩某\t{MOBILE}\t城市管理\n杨某\t{MOBILE2}\t城市管理\n")
    assert phones(text) == []


# --- a person's role at a company described after them -----------------------------------

def test_a_persons_mobile_after_his_role_at_a_company() -> None:
    text = (f"当事人：胡某（身份证号码{ID}），系示例县某某建筑工程有限公司承建项目的劳务班组长，"
            f"手机号码{MOBILE}。\n")
    assert phones(text) == [MOBILE]


def test_a_companys_phone_after_its_description_stays_public() -> None:
    text = (f"当事人：示例县某某建筑工程有限公司，统一社会信用代码：{USCC}，"
            f"系某某项目的承建单位，联系电话：{MOBILE}。\n")
    assert phones(text) == []


def test_a_persons_home_beside_his_companys_seat() -> None:
    text = (f"当事人：徐某，男，身份证号码：{ID}，住所：示例县双溪镇双溪村2组15号，"
            "系示例县金山矿业有限公司安全生产管理人员。\n"
            f"该公司住所：示例县双溪镇工业小区3号，统一社会信用代码：{USCC}。\n")
    assert addresses(text) == ["示例县双溪镇双溪村2组15号"]


def test_a_companys_seat_stays_public_after_a_described_role() -> None:
    text = (f"当事人：示例县金山矿业有限公司，统一社会信用代码：{USCC}，"
            "住所：示例县双溪镇工业小区3号，系示例县安全生产重点单位。\n")
    assert addresses(text) == []


# --- a letter to a person: the sender's number after the body ---------------------------

def test_the_offices_phone_at_the_end_of_a_notice_stays_quiet() -> None:
    text = ("示例县自然资源局公告送达行政处罚决定书\n"
            f"单某（公民身份号码{ID}，原住址示例县石桥镇石桥村6组20号）：\n"
            "因无法直接送达，现依法向你公告送达《行政处罚决定书》（示自然资罚〔2024〕30号）……\n"
            "联系电话：0795-7004321\n")
    assert phones(text) == []
    assert addresses(text) == ["示例县石桥镇石桥村6组20号"]


def test_the_addressees_own_phone_inside_the_salutation_is_reported() -> None:
    text = ("示例县自然资源局公告送达行政处罚决定书\n"
            f"单某（公民身份号码{ID}，联系电话：{MOBILE}）：\n"
            "因无法直接送达，现依法向你公告送达《行政处罚决定书》……\n")
    assert phones(text) == [MOBILE]
