"""The gap heldout14's first run showed (benchmarks/README.md), closed as a general rule, with
the case that must still be reported. Numbers are synthetic.

- A collective named by its people (村民小组, 居民委员会) is an organisation, not a 村民 or
  居民: the account a 征收 notice pays its compensation into is the group's.
"""

from __future__ import annotations

from gap_readers import ACCOUNT, CARD, banks

NOTICE = ("示例县城南片区棚户区改造项目房屋征收补偿公告\n城南村第三村民小组集体土地补偿款将拨付至"
          "该村民小组账户：开户行示例县农村商业银行城南支行，账号：" + ACCOUNT + "。\n")


def test_a_village_groups_account_in_a_compensation_notice_stays_quiet():
    assert banks(NOTICE) == []


def test_a_villagers_card_named_in_running_text_is_still_reported():
    text = ("示例县临时救助金发放公告\n救助金已发放至村民张某的银行卡（卡号：" + CARD + "）。\n")
    assert banks(text) == [CARD]
