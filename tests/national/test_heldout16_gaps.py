"""The gaps heldout16's first run showed (benchmarks/README.md), each closed as a general rule,
with the look-alike that must still behave. Numbers are synthetic.

- The people a scheme or a fund is named for (城乡居民养老保险, 职工基本医疗保险, 学生资助) are
  no person a number belongs to: an account of such a fund, after the office's 缴入 or 汇入,
  is the office's; a student named as a person (学生韩某某) still owns theirs.
- A column headed as someone's number (监护人手机号码, 监护人银行卡号) beside that someone's
  column (监护人, 监护人姓名) holds that someone's number, whoever the row is of: in a child's
  row whose guardian is a 福利院 or a 福利中心, the number is the institution's. A bank's name
  in a 开户银行 column owns no account.
- A list of people written out item by item (（一）患者韩某某，身份证号码：…，联系电话：…；
  （二）…) is a published list of people, as a table of people is, whatever the page's title
  says (a 通知, a 催缴公告): its people's mobiles are reported. One item naming a person
  among items that name none (a letter's answer, 一、信访人韩某某（…）反映的…；二、…) is no
  list, nor is a letter to one person.
"""

from __future__ import annotations

from gap_readers import ACCOUNT, CARD, ID, MOBILE, MOBILE2, banks, phones

from rulekit.testing import rule_ids

CARD2 = "6228480012345671"  # Luhn-valid
ID2 = "410999196502143023"

# --- a fund named for its people ---------------------------------------------------------------


def test_the_account_of_a_fund_named_for_its_people_is_the_offices():
    text = ("二、缴费渠道：灵活就业人员可到县医保服务大厅窗口缴费，也可将保费汇入示例县职工基本医疗"
            "保险基金收入户（开户银行：示例县农村商业银行城关支行，"
            f"账号：{ACCOUNT}），汇款时请在附言中写明身份证号码。\n")
    assert banks(text) == []


def test_the_account_of_a_grant_scheme_named_for_students_is_the_offices():
    text = ("四、资金拨付：助学金由县学生资助管理中心统一拨付，拨付账户为学生资助专户，开户银行："
            f"示例县农村商业银行城关支行，账号：{ACCOUNT}。\n")
    assert banks(text) == []


def test_a_students_own_account_is_still_reported():
    text = ("经核实，多收的学费已退还学生韩某某，转入其银行卡（开户行：示例县农村商业银行城关支行，"
            f"账号：{ACCOUNT}）。\n")
    assert banks(text) == [ACCOUNT]


# --- a column of numbers headed as another column's person's -----------------------------------

REHAB = ("示例县2023年第二批残疾儿童康复救助资金发放表\n"
         "序号\t儿童姓名\t康复项目\t监护人姓名\t监护人手机号码\t监护人银行卡号\t救助金额（元）\n"
         f"1\t韩某\t言语训练\t韩某某（父亲）\t{MOBILE}\t{CARD}\t2400\n"
         f"2\t洪某某\t肢体康复\t示例县社会福利中心\t{MOBILE2}\t{CARD2}\t3000\n")


def test_a_guardians_numbers_are_the_guardians():
    assert phones(REHAB) == [MOBILE]  # not the 福利中心's
    assert banks(REHAB) == [CARD]


def test_a_banks_name_beside_a_card_owns_no_card():
    text = ("示例县2023年特困人员救助供养金发放名单\n"
            "序号\t姓名\t供养方式\t开户银行\t银行卡号\t金额（元）\n"
            f"1\t韩某某\t分散供养\t示例县农村信用合作联社\t{CARD}\t1100\n")
    assert banks(text) == [CARD]


# --- a list of people written out -----------------------------------------------------------


def _notice(make_page, body: str, title: str):
    return make_page(f"<h1>{title}</h1>{body}", title=title, column_type="notice",
                     url="http://www.example.gov.cn/tzgg/t20231105_2.html")


def test_the_mobiles_of_a_list_of_people_written_out(make_page, run_rule):
    title = "示例县人民医院关于办理住院预交金退费的通知"
    body = ("<p>下列出院患者的住院预交金余额尚未退还，请本人或委托代理人携带相关证件到住院收费处"
            "办理退费手续：</p>"
            f"<p>（一）患者韩某某，身份证号码：{ID}，联系电话：{MOBILE}，应退金额3260.00元；</p>"
            f"<p>（二）患者洪某，身份证号码：{ID2}，联系电话：{MOBILE2[:3]}\u3000{MOBILE2[3:7]}"
            f"\u3000{MOBILE2[7:]}，应退金额815.50元；</p>"
            "<p>（三）患者祝某某，身份证号码：510999********2210，联系电话：186****0071，"
            "应退金额96.00元。</p><p>咨询电话：0797-8261534</p>")
    problems = run_rule("privacy.phone", page=_notice(make_page, body, title))
    assert rule_ids(problems) == ["privacy.phone", "privacy.phone"]  # not the hospital's
    assert all(any(f"{m[:3]}****{m[-4:]}" in p.message for p in problems)
               for m in (MOBILE, MOBILE2))


def test_one_person_named_in_a_letters_numbered_answer_stays_quiet(make_page, run_rule):
    title = "关于韩某某信访事项的答复意见"
    body = ("<p>你反映的问题，经调查，现答复如下：</p>"
            f"<p>一、信访人韩某某（身份证号码：{ID}，联系电话：{MOBILE}）反映的小区供暖问题，"
            "已责成供热公司于11月15日前整改；</p>"
            "<p>二、如对本答复意见不服，可自收到之日起30日内向示例县人民政府申请复查。</p>")
    assert run_rule("privacy.phone", page=_notice(make_page, body, title)) == []


def test_a_letter_to_one_person_with_numbered_answers_stays_quiet(make_page, run_rule):
    title = "关于韩某某信访事项的答复意见"
    body = (f"<p>韩某某（身份证号码：{ID}，联系电话：{MOBILE}）：</p>"
            "<p>你反映的问题，经调查，现答复如下：</p>"
            "<p>一、你所在小区的供暖问题，已责成供热公司于11月15日前整改；</p>"
            "<p>二、如对本答复意见不服，可自收到之日起30日内向示例县人民政府申请复查。</p>")
    assert run_rule("privacy.phone", page=_notice(make_page, body, title)) == []
