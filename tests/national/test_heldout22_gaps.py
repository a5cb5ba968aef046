"""The gaps heldout22's first run showed (benchmarks/README.md), each closed as a general rule,
with the look-alike that must still behave. Numbers are synthetic.

- A notice served on a party addresses them as 你: the number 你预留的联系电话 names is the
  party's, even in the sentence that says the office's staff dialled it; an office number
  offered to 你 (你可拨打本局电话…) stays the office's.
- An office named right before a bracketed phone label (县农业技术推广站（电话…）) is the
  office's number, as one before 电话 itself was; the list's people's mobiles stay reported.
- A list of applicants headed 申请主体 (persons and businesses alike) gives a person's row's
  account as the person's; a 合作社's or a company's row keeps its own.
- 户名为…收入户、账号为…: a holder named with 为 and set off by 、 is still the holder the
  account is given for (a fund's 收入户: the office's); the person's own account before it in
  the same sentence stays reported.
- A 地址 in the description of someone described by their workplace (a lawyer of a 律师事务所
  acting for the party) is the workplace's; a party's own 地址 with no workplace stays a home.
"""

from __future__ import annotations

from gap_readers import MOBILE, MOBILE2

from rulekit.testing import rule_ids

ID1 = "410999196105015554"
CARD = "6228611436027145"  # Luhn-valid
ACCT = "20281487798581520"
FUND = "8684485747829601969"


def _masked(mobile: str) -> str:
    return mobile[:3] + "****" + mobile[-4:]


def _page(make_page, body: str, title: str, penalty: bool = False):
    return make_page(f"<h1>{title}</h1>" + body, title=title,
                     column_type="penalty" if penalty else None,
                     url="http://www.example.gov.cn/zwgk/tzgg/t20231102_1.html")


def test_the_number_a_served_party_left_is_theirs(make_page, run_rule) -> None:
    body = (f"<p>温某某（公民身份号码：{ID1}）：</p><p>因你下落不明，本局执法人员多次拨打你预留的"
            f"联系电话{MOBILE}均无人接听，现依法向你公告送达《行政处罚事先告知书》。</p>"
            f"<p>如有疑问，你可拨打本局联系电话{MOBILE2}。</p>")
    page = _page(make_page, body, "示例县文体广电旅游局关于公告送达行政处罚事先告知书的公告")
    found = run_rule("privacy.phone", page=page)
    assert len(found) == 1 and _masked(MOBILE) in found[0].message


def test_an_office_named_before_a_bracketed_phone_label(make_page, run_rule) -> None:
    body = ("<table><tr><td>序号</td><td>姓名</td><td>性别</td><td>联系电话</td><td>所在村</td></tr>"
            f"<tr><td>1</td><td>杨某某</td><td>男</td><td>{MOBILE}</td><td>大寨村</td></tr></table>"
            "<p>注：地点为示例县农业技术推广站（电话0795-6255012）。</p>")
    found = run_rule("privacy.phone", page=_page(make_page, body, "2023年高素质农民培育学员花名册"))
    assert len(found) == 1 and _masked(MOBILE) in found[0].message


def test_a_list_of_applicants_of_either_kind(make_page, run_rule) -> None:
    rows = (("示例县鑫源农业专业合作社", "农民专业合作社", "3017912521615059294"),
            ("潘某某", "个人（返乡创业）", ACCT),
            ("示例县好运来餐饮有限公司", "小微企业", "2161101438308795155"),
            ("陆某", "个人（高校毕业生）", CARD))
    table = ("<table><tr><td>序号</td><td>申请主体</td><td>主体类型</td><td>开户银行</td>"
             "<td>账号</td><td>补贴金额（元）</td></tr>" + "".join(
                 f"<tr><td>{i}</td><td>{who}</td><td>{kind}</td><td>示例县农商银行</td>"
                 f"<td>{number}</td><td>5000</td></tr>" for i, (who, kind, number) in
                 enumerate(rows, 1)) + "</table>")
    found = run_rule("privacy.bank-account",
                     page=_page(make_page, table, "2023年第二批一次性创业补贴拨付情况公示"))
    assert rule_ids(found) == ["privacy.bank-account"] * 2
    assert all(n not in f.message for f in found for n in (ACCT, CARD))


def test_a_funds_income_account_named_with_wei_is_the_offices(make_page, run_rule) -> None:
    body = (f"<p>当事人：雷某某，女，身份证号码：{ID1}。</p><p>当事人已通过其本人银行账户（账号："
            f"{ACCT}）将8631.50元转入户名为示例县医疗保障基金收入户、账号为{FUND}的账户。</p>")
    found = run_rule("privacy.bank-account",
                     page=_page(make_page, body, "示例县医疗保障局行政处罚决定书", penalty=True))
    assert len(found) == 1 and ACCT[:4] in found[0].message and FUND[:4] not in found[0].message


def test_a_lawyers_firm_address_is_not_a_home(make_page, run_rule) -> None:
    body = ("<p>被处罚人：蒙某，男，汉族，身份证号码：" + ID1 + "，现居住于示例县岩门乡岩门村9组。</p>"
            "<p>委托代理人：覃某某，示例律师事务所律师，执业证号：15227201910876543，"
            "地址：示例市中华路66号金桐大厦12楼。</p>")
    found = run_rule("privacy.address",
                     page=_page(make_page, body, "示例县林业局行政处罚决定书", penalty=True))
    assert len(found) == 1 and "岩门" in found[0].message
    own = "<p>当事人：蒙某，男，汉族，地址：示例县岩门乡岩门村9组12号。</p>"
    assert len(run_rule("privacy.address", page=_page(
        make_page, own, "示例县林业局行政处罚决定书", penalty=True))) == 1
