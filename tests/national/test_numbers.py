"""Phone and bank-account detectors: one pass with the ID numbers, whose number it is, and
every spelling a page uses. Numbers are synthetic (Luhn-valid card bodies made up here,
mobile numbers of a seeded shape); none is copied from a real document."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rulekit_national.numbers import (
    find_bank_accounts,
    find_phone_numbers,
    mask_number,
    scan_numbers,
    unmasked_spans,
)

from rulekit.text import normalize

AS_OF = datetime.date(2022, 5, 31)
MOBILE = "13912340078"
MOBILE2 = "18600420013"
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def make_id(body17: str = "36099919850615234") -> str:
    return body17 + "10X98765432"[sum(int(c) * w for c, w in zip(body17, WEIGHTS, strict=True))
                                  % 11]


def make_card(body: str = "622202123456789") -> str:
    """``body`` and the Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str(-total % 10)


ID = make_id()
CARD = make_card()                       # 16 digits
CARD19 = make_card("622848001234567801")  # 19 digits
ACCOUNT = "14250101040012346"            # an account number, not a card's (no Luhn)
PARTY = "当事人：李某，女，1985年6月15日出生，"


def phones(text: str) -> list[str]:
    return [m.value for m in find_phone_numbers(normalize(text).text)]


def banks(text: str) -> list[str]:
    return [m.value for m in find_bank_accounts(normalize(text).text)]


def full_width(s: str) -> str:
    return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


# --- mobile numbers: every spelling -----------------------------------------------------


@pytest.mark.parametrize("spelling", [
    MOBILE, f"{MOBILE[:3]} {MOBILE[3:7]} {MOBILE[7:]}", f"{MOBILE[:3]}-{MOBILE[3:7]}-{MOBILE[7:]}",
    full_width(MOBILE), f"+86 {MOBILE}", f"+86-{MOBILE}", f"0086{MOBILE}",
    f"{MOBILE[:3]}\u3000{MOBILE[3:7]}\u3000{MOBILE[7:]}", f"{MOBILE[:4]}\u200b{MOBILE[4:]}",
    f"{MOBILE[:7]}\n{MOBILE[7:]}",
])
def test_mobile_in_every_spelling(spelling: str) -> None:
    assert phones(f"{PARTY}联系电话：{spelling}。") == [MOBILE]


def test_mobile_without_label_in_the_party_description() -> None:
    assert phones(f"当事人：张某（男，1977年出生，{MOBILE}）") == [MOBILE]


def test_two_mobiles_after_one_label() -> None:
    assert phones(f"{PARTY}联系电话：{MOBILE}、{MOBILE2}") == [MOBILE, MOBILE2]
    assert phones(f"{PARTY}联系电话：{MOBILE} {MOBILE2}") == [MOBILE, MOBILE2]


def test_mobile_glued_to_an_id_in_cells_joined_without_a_tab() -> None:
    found = scan_numbers(normalize(f"姓名身份证号码联系电话\n杨某{ID}{MOBILE}\n").text, AS_OF)
    assert [i[2] for i in found.ids] == [ID]
    assert [m.value for m in found.phones] == [MOBILE]


@pytest.mark.parametrize("text", [
    f"{PARTY}联系电话：{MOBILE[:3]}****{MOBILE[-4:]}",        # masked
    f"{PARTY}联系电话：{MOBILE[:3]}＊＊＊＊{MOBILE[-4:]}",
    f"{PARTY}联系电话：{MOBILE[:3]}XXXX{MOBILE[-4:]}",
    f"{PARTY}流水号：2022{MOBILE}",                            # inside a longer run
    f"{PARTY}电话：{MOBILE}{MOBILE2}",                         # two glued: 22 digits
    f"{PARTY}手机：{MOBILE}X",                                 # part of a code
    f"{PARTY}快递单号：SF{MOBILE}",
    f"执法人员：冯某、许某，执法证号：{MOBILE}、{MOBILE2}。",      # Hebei's look like mobiles
    f"{PARTY}QQ号：{MOBILE}",
])
def test_not_a_personal_mobile(text: str) -> None:
    assert phones(text) == []


# --- whose number it is ---------------------------------------------------------------


@pytest.mark.parametrize("line", [
    f"联系人：王某，联系电话：{MOBILE}",
    f"本机关地址：示例县城关镇府前路1号，联系电话：{MOBILE}",
    f"如对本决定有异议，请与本局法规科联系，电话：{MOBILE}",
    f"本案承办人：程某，联系电话：{MOBILE}",
    f"举报电话：{MOBILE}",
    f"咨询电话：0795-8123456，{MOBILE}",
    f"示例县民政局联系电话：{MOBILE}",
])
def test_the_offices_numbers(line: str) -> None:
    assert phones(f"{PARTY}身份证号码：略。\n{line}") == []


def test_the_footers_numbers() -> None:
    text = (f"{PARTY}身份证号码：略。\n主办单位：示例县人民政府办公室\n"
            f"地址：示例县城关镇府前路1号 联系电话：0795-8123456 手机：{MOBILE}")
    assert phones(text) == []


def test_a_companys_own_number_and_its_representatives() -> None:
    text = (f"当事人：示例县某某商贸有限公司，统一社会信用代码：91360999MA35L0QX5R，联系电话："
            f"{MOBILE}，法定代表人：李某，手机：{MOBILE2}。")
    assert phones(text) == [MOBILE2]


def test_a_third_persons_mobile_in_the_facts() -> None:
    text = f"{PARTY}住址：略。\n经查，当事人向消费者杨某（联系电话：{MOBILE}）销售过期食品。"
    assert phones(text) == [MOBILE]


def test_the_party_named_by_the_office_in_one_sentence() -> None:
    text = f"{PARTY}\n2022年5月12日，本局执法人员对当事人张某（联系电话：{MOBILE}）的店铺进行检查"
    assert phones(text) == [MOBILE]


# --- landlines --------------------------------------------------------------------------


@pytest.mark.parametrize(("spelling", "value"), [
    ("0795-8123456", "0795-8123456"), ("0795 8123456", "0795-8123456"),
    ("07958123456", "0795-8123456"), ("(0795)8123456", "0795-8123456"),
    ("（0795）8123456", "0795-8123456"), ("0795—8123456", "0795-8123456"),
    ("029-88123456", "029-88123456"), ("8123456", "8123456"),
    ("０７９５－８１２３４５６", "0795-8123456"), ("0795-8123456-8001", "0795-8123456"),
])
def test_a_landline_labelled_as_a_persons(spelling: str, value: str) -> None:
    assert phones(f"{PARTY}住址：略，联系电话：{spelling}。") == [value]


@pytest.mark.parametrize("text", [
    f"{PARTY}身份证号码：略。\n联系电话：0795-8123456",            # no party near it
    "当事人：示例县某某商贸有限公司\n法定代表人：李某\n联系电话：0795-8123456",
    "当事人：示例县某某超市，负责人：金某，联系电话：0795-8123456",
    f"{PARTY}住址：略。\n监督电话：0795-8125678",
    f"{PARTY}经查，当事人于2022年05月12日销售…罚款20220512元。",  # a date, an amount
    f"{PARTY}联系电话：400-823-5566（公司客服）。",
    f"{PARTY}政务服务便民热线：12345，投诉举报电话：12315。",
])
def test_not_a_personal_landline(text: str) -> None:
    assert phones(text) == []


def test_landlines_only_with_the_option(make_page, run_rule) -> None:
    html = ("<h1>示例县市场监督管理局行政处罚决定书</h1>"
            f"<p>{PARTY}住址：略，联系电话：0795-8123456。</p>")
    page = make_page(html, column_type="penalty")
    assert [f.rule for f in run_rule("privacy.phone", page=page)] == ["privacy.phone"]
    page = make_page(html, column_type="penalty")
    assert run_rule("privacy.phone", page=page, options={"landlines": False}) == []


# --- bank numbers ---------------------------------------------------------------------


@pytest.mark.parametrize("spelling", [
    CARD, " ".join(CARD[i:i + 4] for i in range(0, 16, 4)),
    "-".join(CARD[i:i + 4] for i in range(0, 16, 4)), full_width(CARD),
])
def test_a_persons_card_in_every_spelling(spelling: str) -> None:
    assert banks(f"{PARTY}银行卡号：{spelling}（中国农业银行示例县支行）。") == [CARD]


def test_an_unlabelled_card_in_the_facts() -> None:
    text = f"{PARTY}住址：略。\n经查，当事人使用其本人名下银行卡{CARD19}收取货款共计8600元。"
    assert banks(text) == [CARD19]


def test_a_persons_account_after_its_label() -> None:
    text = (f"{PARTY}住址：略。\n户名：李某，开户行：中国建设银行示例县支行，账号：{ACCOUNT}。")
    assert banks(text) == [ACCOUNT]


@pytest.mark.parametrize("text", [
    f"{PARTY}住址：略。\n罚款缴至：户名：示例县财政局非税收入专户，开户行：中国农业银行示例县支行，"
    f"账号：{ACCOUNT}。",
    f"{PARTY}住址：略。\n收款人：国家金库示例县支库，账号：{CARD19}。",
    f"当事人：示例县某某建材有限公司，法定代表人：赵某。开户银行：中国建设银行示例县支行，"
    f"账号：{ACCOUNT}。",
    f"{PARTY}订单号：{CARD19}，交易流水号：{CARD}。",
    f"{PARTY}银行卡号：{CARD[:4]}********{CARD[-4:]}。",
    f"{PARTY}公民身份号码：{ID}。",                    # an ID is never also a card
    f"{PARTY}账号：略。",
    f"户名：示例县红十字会，开户行：中国农业银行示例县支行，账号：{CARD19}。",
    f"{PARTY}缴款码：{CARD19}。",
])
def test_not_a_personal_bank_number(text: str) -> None:
    assert banks(text) == []


def test_an_unlabelled_number_is_a_bank_number_only_as_a_card() -> None:
    assert banks(f"{PARTY}住址：略。\n经查，当事人转账{ACCOUNT}元。") == []


# --- tables -----------------------------------------------------------------------------


def test_a_list_of_people_with_phone_and_bank_columns() -> None:
    masked_card = CARD[:4] + "*" * 8 + CARD[-4:]
    text = ("序号\t姓  名\t身份证号码\t联系电话\t银行卡号\t金额\n"
            f"1\t王某\t{ID}\t{MOBILE}\t{CARD}\t860\n"
            f"2\t赵某\t360999********1234\t{MOBILE2[:3]}****{MOBILE2[-4:]}\t{masked_card}\t430\n"
            f"3\t钱某\t360999********5678\t0795-8123456\t{ACCOUNT}\t430\n")
    found = scan_numbers(normalize(text).text, AS_OF)
    assert [i[2] for i in found.ids] == [ID]
    assert [(m.value, m.table) for m in found.phones] == [(MOBILE, True), ("0795-8123456", True)]
    assert [m.value for m in found.banks] == [CARD, ACCOUNT]


def test_a_directory_of_offices_is_not_a_list_of_people() -> None:
    text = ("单位\t姓名\t职务\t联系电话\n"
            f"永宁镇人民政府\t陈某\t党政办主任\t{MOBILE}\n三都镇人民政府\t林某\t副主任\t0795-8123456\n")
    assert phones(text) == []


def test_a_row_of_a_company_in_a_table_of_parties() -> None:
    text = ("当事人\t联系电话\t银行账号\n"
            f"示例县某某有限公司\t{MOBILE}\t{CARD}\n张某\t{MOBILE2}\t{CARD19}\n")
    assert phones(text) == [MOBILE2]
    assert banks(text) == [CARD19]


def test_a_row_number_never_runs_into_the_last_cell() -> None:
    text = f"序号\t姓名\t银行卡号\n1\t王某\t{CARD}\n2\t李某\t{CARD19}\n"
    assert banks(text) == [CARD, CARD19]


# --- masking ----------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "kind", "masked"), [
    ("13912340078", "mobile", "139****0078"), ("0795-8123456", "landline", "0795-***3456"),
    ("8123456", "landline", "***3456"), (CARD, "card", CARD[:4] + "*" * 8 + CARD[-4:]),
    ("123456789012", "account", "1234****9012"),
])
def test_mask_number(value: str, kind: str, masked: str) -> None:
    assert mask_number(value, kind) == masked


@pytest.mark.parametrize(("text", "shown"), [
    ("0795-8123456", "0795-***3456"),                       # a finding's key
    ("3456789", "***6789"),
    ("123456789012", "1234****9012"),
    ("联系电话：0795-8123456，当事人", "联系电话：0795-***3456，当事人"),
    ("账号：1234 5678 9012", "账号：1234 **** 9012"),
    ("电话：3456789", "电话：***6789"),
    ("罚款人民币12345678元", "罚款人民币12345678元"),        # an amount is left alone
    ("发布日期：2022-05-12", "发布日期：2022-05-12"),
])
def test_unmasked_spans_cover_what_the_core_misses(text: str, shown: str) -> None:
    chars = list(text)
    for start, end in unmasked_spans(text):
        for i in range(start, end):
            if chars[i] not in " *":
                chars[i] = "*"
    assert "".join(chars) == shown


def test_the_output_mask_takes_landlines_and_short_accounts() -> None:
    """The masking hook reaches every output: a title holding a person's landline and
    account number is quoted masked by another rule's finding."""
    from rulekit.findings import masked as mask_finding
    from rulekit.model import Finding, Target
    from rulekit.testing import engine
    eng = engine()
    finding = Finding(rule="x.y", severity="error", title="t",
                      message="张某（电话：0795-8123456，账号：1234 5678 9012）",
                      target=Target(kind="page", url="http://www.example.gov.cn/a.html"))
    out = mask_finding(finding, "0795-8123456", masker=eng.masker)
    assert "8123456" not in out.message and "5678" not in out.message


# --- robustness -------------------------------------------------------------------------


@given(st.text(alphabet="0123456789 -\n\t*电话手机账号卡当事人张某男，：局", max_size=200))
def test_never_raises_and_offsets_are_sane(text: str) -> None:
    found = scan_numbers(text, AS_OF)
    for m in found.phones + found.banks:
        assert 0 <= m.start < m.end <= len(text)
        assert all(c.isdigit() for c in m.value.replace("-", ""))


def test_a_list_of_people_may_name_their_employer() -> None:
    text = ("序号\t姓名\t性别\t安置单位\t岗位\t联系电话\n"
            f"1\t童某\t女\t永宁镇人民政府\t保洁\t{MOBILE}\n")
    assert phones(text) == [MOBILE]


def test_an_alipay_account_is_the_partys_mobile() -> None:
    text = f"{PARTY}住址：略。\n经查，当事人在网店销售假冒商品，收款支付宝账号：{MOBILE}。"
    assert phones(text) == [MOBILE] and banks(text) == []


def test_a_person_described_in_brackets_in_a_companys_decision() -> None:
    text = ("被处罚单位：示例县某某服饰有限公司，法定代表人：关某。\n经查，该单位拖欠劳动者褚某"
            f"（身份证号码：略，联系电话：{MOBILE}）等12人工资。")
    assert phones(text) == [MOBILE]


def test_a_representatives_own_account_in_a_companys_decision() -> None:
    text = ("当事人：示例县某某商贸有限公司，法定代表人：鄢某。\n经查，当事人通过其法定代表人鄢某"
            f"个人银行账户（账号：{CARD}）收取货款。")
    assert banks(text) == [CARD]


@pytest.mark.parametrize("label", ["电机号：", "发动机号：", "合格证编码："])
def test_any_other_number_label_names_a_look_alike(label: str) -> None:
    assert banks(f"{PARTY}住址：略。\n当事人销售的电动自行车（{label}{CARD19}）不合格。") == []


def test_qualified_roles_of_a_company_are_people() -> None:
    text = ("被处罚单位：示例县某某石料有限公司，地址：示例县带溪乡石门村，主要负责人：柯某，职务：总经理，"
            f"联系电话：{MOBILE}。\n安全管理人员：宫某，联系电话：{MOBILE2}。")
    assert phones(text) == [MOBILE, MOBILE2]


@pytest.mark.parametrize("text", [
    "编号：" + "13 " * 20_000 + f"\n{PARTY}手机：{MOBILE}",
    "1 " * 20_000 + f"{PARTY}手机：{MOBILE}",
    f"{PARTY}" + "电话：0795-8123456，" * 5_000 + f"\n{PARTY}手机：{MOBILE}",
    f"{PARTY}" + "账号：12345678，" * 5_000 + f"\n{PARTY}手机：{MOBILE}",
])
def test_hostile_runs_keep_the_real_number(text: str) -> None:
    """Long runs of digit groups and labels cost linear work (times: bench_detectors.py)
    and never hide the real number after them."""
    assert MOBILE in phones(text)


def test_a_row_of_20000_numbers_under_a_wide_header_is_read_in_linear_time() -> None:
    """Each number of a table row asks whether the row is a person's: the row is split and
    judged once (once per number, a row of 20,000 mobiles took 11 s; now a fraction of one)."""
    text = ("姓名\t" + "\t".join(["联系电话"] * 20_000) + "\n"
            + "张某\t" + "\t".join([MOBILE] * 20_000) + "\n")
    found = scan_numbers(normalize(text).text, AS_OF, ids=False, banks=False).phones
    assert len(found) == 20_000


def test_dates_are_set_aside_and_a_number_beside_them_is_still_read() -> None:
    """A list page holds hundreds of dates; they are passed over in one match, and a date
    beside a number never hides it (nor becomes part of it)."""
    rows = "\n".join(f"关于公布第{i}批名单的公告 2022-0{1 + i % 9}-{10 + i % 19} 09"
                     for i in range(300))
    text = (f"{rows}\n当事人：张某，手机号码：{MOBILE} 2022-05-12\n"
            f"2022-5-12 收款人：李某，开户行：示例县农商银行，卡号：{make_card()}")
    found = scan_numbers(text, AS_OF)
    assert [m.value for m in found.phones] == [MOBILE]
    assert [m.value for m in found.banks] == [make_card()]
