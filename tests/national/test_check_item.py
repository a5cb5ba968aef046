"""Checking one account alone, as plugin authors' tests do: the input's run-wide values."""

from __future__ import annotations

import types

from rulekit_national.testing import account

import rulekit
from rulekit.testing import engine


def test_one_account_checked_alone_is_its_inventorys_only_account():
    seen = []

    @rulekit.rule("county.duplicate-name", title="清单中账号名称重复", scope="account")
    def duplicate(account, accounts, registry):
        seen.append((len(accounts), registry))
        if sum(a.name == account.name for a in accounts) > 1:
            yield "清单中账号名称重复"

    module = types.ModuleType("county_accounts")
    module.duplicate = duplicate
    eng = engine("county", plugins=[module])
    acc = account("示例发布")
    assert eng.check_item("account", acc) == []
    assert seen == [(1, [])]  # the input's 'every' value (accounts) is the item alone
    twice = [acc, account("示例发布", "新浪微博")]
    assert [f.message for f in eng.check_item("account", acc, accounts=twice)] == [
        "清单中账号名称重复"]
