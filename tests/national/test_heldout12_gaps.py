"""The gap heldout12's first run showed (benchmarks/README.md), closed as a general rule, with
the look-alike that must stay quiet. Numbers are synthetic.

- A column of the people who run the organisations of a list (农场主, 店主, 厂长, 理事长 …)
  is a column of people, like 法定代表人: in a 家庭农场 名录 whose rows name the farm and
  give its credit code, the 农场主's mobile is theirs, the farm's account is the farm's.
"""

from __future__ import annotations

from gap_readers import ACCOUNT, ID, MOBILE, USCC, banks, phones

HEADER = "序号\t家庭农场名称\t统一社会信用代码\t农场主\t身份证号\t联系电话\t开户账号\n"


def test_a_farm_owners_mobile_in_a_list_of_family_farms():
    text = ("示例县2022年县级示范家庭农场名录公示\n" + HEADER +
            f"1\t示例县龙口镇绿源家庭农场\t{USCC}\t邹某某\t{ID}\t{MOBILE}\t{ACCOUNT}\n")
    assert phones(text) == [MOBILE]
    assert banks(text) == []  # the farm's account is the farm's


def test_a_farms_own_number_with_no_owner_column_stays_quiet():
    text = ("示例县2022年县级示范家庭农场名录公示\n"
            "序号\t家庭农场名称\t统一社会信用代码\t联系电话\n"
            f"1\t示例县龙口镇绿源家庭农场\t{USCC}\t{MOBILE}\n")
    assert phones(text) == []
