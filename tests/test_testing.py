"""rulekit.testing: the fixtures a plugin author uses, on real-shaped pages and accounts."""

from __future__ import annotations

import datetime as dt
import types

import rulekit
from rulekit.testing import rule_ids

ID = "110105199003071239"


def test_make_page_and_run_one_national_rule(make_page, run_rule):
    page = make_page(f"<table><tr><td>张某</td><td>{ID}</td></tr></table>",
                     url="http://www.example.gov.cn/zwgk/shjz/t1.html")
    found = run_rule("privacy.id-number", page=page)
    assert rule_ids(found) == ["privacy.id-number"]
    assert ID not in found[0].message + found[0].evidence


def test_gbk_page_and_column(make_page, run_rule):
    page = make_page("<p>当事人：李某，女，身份证号码：略，住址：江西省示例县永宁镇城北村三组12号</p>",
                     encoding="gbk", column_type="penalty")
    assert page.decoded.encoding == "gb18030"
    assert rule_ids(run_rule("privacy.address", page=page)) == ["privacy.address"]


def test_accounts_and_registry(make_account, make_registry, run_rule):
    acc = make_account("示例发布", "微信订阅号", last_post_at=dt.date(2022, 5, 16))
    assert rule_ids(run_rule("newmedia.silence", account=acc)) == ["newmedia.silence"]
    registry = make_registry([("示例发布", "公众号")])
    assert run_rule("newmedia.unfiled", account=acc, registry=registry) == []
    assert run_rule("newmedia.silence", account=acc, options={"max_days": 20}) == []


def test_run_every_rule_of_a_plugin_object(make_page, run_rule):
    plugin = types.ModuleType("county_rules")

    @rulekit.rule("county.hotline", title="页面未公布12345热线")
    def hotline(page):
        assert "12345" in page.normalized.text, "页面未公布12345政务服务便民热线"

    plugin.hotline = hotline
    found = run_rule(page=make_page("<p>电话：0791-7654321</p>"), plugin=plugin)
    assert [f.message for f in found] == ["页面未公布12345政务服务便民热线"]
    assert run_rule(page=make_page("<p>热线：１２３４５</p>"), plugin=plugin) == []


def test_process_finding_hook_changes_and_drops(make_page):
    import dataclasses

    from rulekit.testing import engine

    class Region:
        @rulekit.hookimpl
        def rulekit_process_finding(self, report):
            if "downloads" in report.finding.rule:
                report.drop()
            else:
                report.finding = dataclasses.replace(
                    report.finding, details={**report.finding.details, "region": "示例市"})

    eng = engine(["privacy.id-number", "downloads.formats"], plugins=[Region()])
    page = make_page(f"<p>发布日期：2022-05-01</p><p>身份证号：{ID}</p>",
                     url="http://www.example.gov.cn/zwgk/zcwj/t20220501_1.html",
                     column_type="policy")
    found = eng.check_page(page)
    assert rule_ids(found) == ["privacy.id-number"]
    assert found[0].details["region"] == "示例市"


def test_process_finding_order_and_wrappers_follow_pluggy(make_page):
    import dataclasses

    from rulekit.testing import engine

    calls = []

    class First:
        @rulekit.hookimpl(tryfirst=True)
        def rulekit_process_finding(self, report):
            calls.append("first")
            report.finding = dataclasses.replace(report.finding, message="[甲]" + report.finding.message)

    class Plain:
        @rulekit.hookimpl
        def rulekit_process_finding(self, report):
            calls.append("plain:" + report.finding.message[:3])

    class Wrapper:
        @rulekit.hookimpl(wrapper=True)
        def rulekit_process_finding(self, report):
            calls.append("wrapper-before")
            result = yield
            calls.append("wrapper-after:" + report.finding.message[:3])
            return result

    eng = engine("privacy.id-number", plugins=[Plain(), First(), Wrapper()])
    found = eng.check_page(make_page(f"<p>身份证号：{ID}</p>"))
    assert found[0].message.startswith("[甲]")
    assert calls == ["wrapper-before", "first", "plain:[甲]", "wrapper-after:[甲]"]
