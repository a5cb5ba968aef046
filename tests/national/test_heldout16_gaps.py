"""The gaps heldout16's first run showed (benchmarks/README.md), each closed as a general rule,
with the look-alike that must still behave. Numbers are synthetic.

- The people a scheme or a fund is named for (城乡居民养老保险, 职工基本医疗保险, 学生资助) are
  no person a number belongs to: an account of such a fund, after the office's 缴入 or 汇入,
  is the office's; a student or a worker named as a person still owns theirs.
- A column headed as someone's number (监护人手机号码, 监护人银行卡号) beside that someone's
  column (监护人, 监护人姓名) holds that someone's number, whoever the row is of: in a child's
  row whose guardian is a 福利院 or a 福利中心, the number is the institution's. A bank's name
  in a 开户银行 column owns no account.
"""

from __future__ import annotations

from gap_readers import ACCOUNT, CARD, MOBILE, MOBILE2, banks, phones

CARD2 = "6228480012345671"  # Luhn-valid

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
