"""The gaps heldout16's first run showed (benchmarks/README.md), each closed as a general rule,
with the look-alike that must still behave. Numbers are synthetic.

- The people a scheme or a fund is named for (城乡居民养老保险, 职工基本医疗保险, 学生资助) are
  no person a number belongs to: an account of such a fund, after the office's 缴入 or 汇入,
  is the office's; a student or a worker named as a person still owns theirs.
"""

from __future__ import annotations

from gap_readers import ACCOUNT, banks

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
