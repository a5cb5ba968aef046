"""Verdicts by the indicators' method: vetoes (some counted), deductions capped per item,
a pass score, 不确定 when evidence is missing; on the demo and on scheme edge cases."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from rulekit_national.verdicts import declared, judge, scheme

import rulekit
from rulekit.cli import main
from rulekit.config import load
from rulekit.engine import Engine
from rulekit.errors import ConfigError
from rulekit.model import Finding, Target
from rulekit.testing import engine

ROOT = Path(__file__).resolve().parents[2]
HOME = "http://www.example.gov.cn/"


@pytest.fixture(scope="module")
def demo():
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        run = CliRunner().invoke(main, ["run", "configs/demo.yaml", "--no-cache",
                                        "--format", "json"])
        text = CliRunner().invoke(main, ["run", "configs/demo.yaml", "--no-cache"])
    finally:
        os.chdir(cwd)
    assert run.exit_code == 1 and text.exit_code == 1
    return json.loads(run.stdout), text.stdout


def test_demo_verdicts_follow_the_findings(demo):
    doc, _ = demo
    verdicts = doc["verdicts"]
    assert len(verdicts) == len(doc["checked"])  # every site and account judged
    by = {(v["kind"], v.get("platform"), v["name"]): v for v in verdicts}
    silent = {(f["account"]["platform"], f["account"]["name"])
              for f in doc["findings"] if f["rule"] == "newmedia.silence"}
    mute = {(f["account"]["platform"], f["account"]["name"])
            for f in doc["findings"] if f["rule"] == "newmedia.no-interaction"}
    failed = {(v["platform"], v["name"]) for v in verdicts
              if v["kind"] == "account" and v["outcome"] == "fail"}
    assert failed == silent | mute and len(silent) == 6 and len(mute) == 1
    for key in silent:
        assert by[("account", *key)]["problems"] == ["监测时间点前2周内无更新"]
    assert by[("account", *mute.pop())]["problems"] == ["未提供有效互动功能"]
    unsure = [v for v in verdicts if v["outcome"] == "uncertain"]
    assert [(v["platform"], v["name"]) for v in unsure] == [("抖音", "示例县城管")]
    assert "最近更新时间" in unsure[0]["needed"][0]
    town = by[("site", None, "示例县城关镇人民政府")]
    assert town["outcome"] == "fail" and town["label"] == "不合格"
    assert town["problems"] == ["首页不更新"]
    county = by[("site", None, "示例县人民政府")]
    assert county["outcome"] == "fail"
    assert any(p.startswith("公开信息中含未脱敏的居民身份证号码") for p in county["problems"])
    fingerprints = {f["fingerprint"] for f in doc["findings"]}
    assert set(county["findings"]) <= fingerprints and county["findings"]
    # an unfiled account loses points but passes: 未报备 is a deduction, not a veto
    unfiled = {(f["account"]["platform"], f["account"]["name"])
               for f in doc["findings"] if f["rule"] == "newmedia.unfiled"} - silent
    assert unfiled and all(by[("account", *k)]["outcome"] == "pass" for k in unfiled)
    assert all(by[("account", *k)]["score"] == 90 for k in unfiled)


def test_demo_text_opens_with_the_pass_rates_as_a_notice_does(demo):
    _, text = demo
    assert "检查政府网站2个，合格0个，不合格2个，合格率0.00%" in text
    assert ("检查政务新媒体账号28个，合格20个，不合格7个，不确定1个（证据不足，未计入合格率），"
            "合格率74.07%") in text
    assert "不合格政务新媒体账号（7个）" in text
    assert text.index("检查结果") < text.index("网站：示例县人民政府（")


def _f(rule: str, url: str = HOME + "a.html", title: str = "", kind: str = "page") -> Finding:
    target = (Target(kind=kind, site="示例县", url=url) if kind != "account"
              else Target(kind="account", platform="微信公众号", name="示例发布"))
    return Finding(rule=rule, severity="error", message=f"{title or rule}：问题",
                   target=target, title=title or rule, fingerprint=f"{rule}{url}"[-16:])


HOMES = frozenset({HOME, HOME + "index.html"})
#: what the national rules declare they count towards
DECLARED = declared(engine().all_rules)


def test_a_counted_veto_needs_its_count():
    plan = scheme(None, DECLARED)
    four = [_f("columns.stale", f"{HOME}c{i}/", "栏目不更新") for i in range(4)]
    assert judge("site", "示例县", None, four, plan, HOMES).outcome == "pass"
    five = four + [_f("columns.stale", f"{HOME}c9/", "栏目不更新")]
    verdict = judge("site", "示例县", None, five, plan, HOMES)
    assert verdict.outcome == "fail" and verdict.problems == ["栏目不更新（5处）"]
    assert len(verdict.findings) == 5


def test_deductions_are_capped_per_item_and_home_links_cost_more():
    plan = scheme(None, DECLARED)
    other = [_f("links.broken", f"{HOME}p{i}.html") for i in range(30)]  # 30 × 0.1 = 3
    assert judge("site", "示例县", None, other, plan, HOMES).score == 97
    home = [_f("links.broken", HOME + "index.html") for _ in range(2)]  # 2 × 1
    assert judge("site", "示例县", None, other + home, plan, HOMES).score == 95
    many = other + [_f("links.broken", HOME) for _ in range(9)]  # 3 + 9 > 5: capped at 5
    verdict = judge("site", "示例县", None, many, plan, HOMES)
    assert verdict.score == 95 and verdict.outcome == "pass"
    assert verdict.details["deductions"] == {"链接可用性": 5}


def test_below_the_pass_score_fails_with_the_items_that_cost_most():
    plan = scheme({"items": {"链接可用性": {"points": 50}},
                   "rules": {"links.broken": {"item": "链接可用性", "points": 1}}}, DECLARED)
    found = [_f("links.broken", f"{HOME}p{i}.html") for i in range(45)]
    found += [_f("site.page-metadata", f"{HOME}m{i}.html") for i in range(4)]
    verdict = judge("site", "示例县", None, found, plan, HOMES)
    assert verdict.outcome == "fail" and verdict.score == 53
    assert verdict.problems == ["链接可用性扣45分", "页面规范扣2分"]


def test_missing_evidence_is_uncertain_but_a_veto_stands():
    plan = scheme(None, DECLARED)
    gone = Finding(rule="input", severity="error", message="输入无法读取：网站导出不存在",
                   target=Target(kind="site", site="示例县"), fingerprint="x" * 16)
    verdict = judge("site", "示例县", None, [gone], plan, HOMES)
    assert verdict.outcome == "uncertain" and verdict.label == "不确定" and verdict.score is None
    assert verdict.needed == ["网站导出不存在"]
    page_gone = Finding(rule="input", severity="error", message="输入无法读取：坏页面",
                        target=Target(kind="page", site="示例县", url=HOME + "b.html"))
    assert judge("site", "示例县", None, [page_gone], plan, HOMES).outcome == "pass"
    stale = _f("site.home-stale", HOME, "首页不更新")
    assert judge("site", "示例县", None, [gone, stale], plan, HOMES).outcome == "fail"


def test_a_province_scheme_is_a_config(export):
    # a page without the footer's identifiers: a deduction nationally, 25 points here
    export.file("site/index.html", "<html><head><title>首页</title></head><body>"
                "<p>示例县人民政府</p></body></html>")
    rules = "rules:\n  select: [site.footer-identifiers]\n"
    national = Engine(load(export.config(rules)))
    verdict = national.report(national.run()).verdicts[0]
    assert verdict.outcome == "pass" and verdict.score == 99
    province = Engine(load(export.config(rules + textwrap.dedent("""\
        verdicts:
          pass_score: 80
          items:
            页面规范: {points: 30}
          rules:
            site.footer-identifiers: {item: 页面规范, points: 25}
        """))))
    verdict = province.report(province.run()).verdicts[0]
    assert verdict.outcome == "fail" and verdict.score == 75
    assert verdict.problems == ["页面规范扣25分"]


def test_a_rule_counted_towards_an_unknown_item_is_refused_with_its_line(export):
    config = export.config("""\
        verdicts:
          rules:
            links.broken: {item: 链接可用, points: 1}
        """)
    with pytest.raises(ConfigError, match=r"config.yaml:\d+.*链接可用.*verdicts.items"):
        Engine(load(config))


def test_an_unknown_key_in_the_section_is_refused(export):
    config = export.config("verdicts:\n  pass_scor: 50\n")
    with pytest.raises(ConfigError, match="pass_scor"):
        Engine(load(config))


class _Broken:
    """A province's judge whose scoring table is missing."""

    @rulekit.hookimpl
    def rulekit_judge_report(self, report, config):
        raise RuntimeError("scoring table missing")


def test_a_failing_judge_costs_its_judgement_only(export):
    export.navigation()
    engine = Engine(load(export.config()), extra_plugins=[_Broken()])
    result = engine.run()
    report = engine.report(result)
    failed = [f for f in report.findings if f.rule == "plugin"]
    assert len(failed) == 1 and "scoring table missing" in failed[0].message
    assert result.exit_code == 3
    assert report.verdicts  # the national judge still judged


def test_every_national_rule_but_the_review_lists_declares_its_verdict_role():
    ids = {r.id for r in engine().all_rules if r.plugin.startswith("national-")}
    assert ids - set(DECLARED) == {"links.external", "privacy.scanned-unread"}
    assert DECLARED["columns.stale"] == {"item": "栏目不更新", "count": 5}


def test_a_province_rule_declares_its_own_item(export):
    rule = export.root / "province_rule.py"
    rule.write_text(
        "import rulekit\n\n"
        "@rulekit.rule('gansu.hotline', title='页面未公布12345热线', scope='page',\n"
        "              meta={'verdict': {'item': '首页不更新'}})\n"
        "def hotline(page):\n    assert '12345' in page.text, '页面未公布12345热线'\n"
        "@rulekit.rule('gansu.unknown', title='未知', scope='page',\n"
        "              meta={'verdict': {'item': '不存在的指标'}})\n"
        "def unknown(page):\n    assert False, '未知问题'\n", encoding="utf-8")
    export.file("site/index.html", "<html><body><p>首页</p></body></html>")
    config = export.config(f"plugins: [{rule}]\nrules:\n  select: [gansu]\n")
    eng = Engine(load(config))
    report = eng.report(eng.run())
    site = report.verdicts[0]
    assert site.outcome == "fail" and site.problems == ["页面未公布12345热线"]
    assert any("gansu.unknown" in note and "不存在的指标" in note for note in report.notes)
