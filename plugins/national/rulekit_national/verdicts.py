"""合格, 不合格 or 不确定 for every site and account checked, by the indicators' own method.

《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号) judges a site or account in two steps:
any veto item (单项否决) found fails it; otherwise the deduction items are scored from 100,
each item's deductions never exceeding its points, and below 60 fails. Some vetoes count:
five or more stale columns, not one. Every part of that is the config's ``verdicts:``
section, with the national defaults below, so a province's own scheme is a config (or a
plugin of its own implementing ``rulekit_judge_report``), never a fork::

    verdicts:
      pass_score: 60
      items:                       # indicator items: veto, or deduction with its points
        链接可用性: {points: 5}
      rules:                       # replaces what a rule declares (meta={"verdict": …})
        links.broken: {item: 链接可用性, points: 0.1, home_points: 1}
        columns.stale: {item: 栏目不更新, count: 5}

A verdict that rests on missing evidence is 不确定, not 不合格: a site whose export could
not be read, an account whose last post date the list does not give, a target where a
plugin failed. A veto found stands whatever is missing.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import rulekit
from rulekit.config import Config
from rulekit.model import CORE_KINDS, Finding
from rulekit.report import Report, Verdict
from rulekit.rules import Rule

#: the national items; which rule counts towards which, with its points, each national rule
#: declares itself (``meta={"verdict": …}`` in its ``@rulekit.rule``). The points are as
#: provinces quote them, without the official table at hand (shared/spec/national.md):
#: options to set, as everything here
NATIONAL: dict[str, Any] = {
    "pass_score": 60,
    "items": {
        # [指标] 单项否决, websites
        "安全、泄密事故等严重问题": {"veto": True},
        "首页不更新": {"veto": True},
        "栏目不更新": {"veto": True},
        "互动回应差": {"veto": True},
        # [指标] 单项否决, new media
        "内容不更新": {"veto": True},
        # deduction items (points: confirm against the official table)
        "链接可用性": {"points": 5},
        "页面规范": {"points": 5},
        "信息发布": {"points": 10},
        "政策文件与解读": {"points": 10},
        "政务新媒体备案": {"points": 10},
        "互动与服务功能": {"points": 5},  # seed 001 菜单栏功能无法正常使用
        "互动回应": {"points": 10},
        "内容建设": {"points": 10},  # seed 002: 所发信息均为转发
        "严重错误": {"veto": True},  # [指标] a leader's name or title written wrong
        "内容准确": {"points": 5},  # wrong words of the office's library  # replies late (seed 004: 5 working days)
    },
}

_NUMBER = {"type": "number", "minimum": 0}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "pass_score": {"type": "number", "minimum": 0, "maximum": 100},
        "items": {"type": "object", "additionalProperties": {
            "type": "object", "additionalProperties": False,
            "properties": {"veto": {"type": "boolean"}, "points": _NUMBER}}},
        "rules": {"type": "object", "additionalProperties": {
            "anyOf": [{"type": "null"}, {
                "type": "object", "additionalProperties": False, "required": ["item"],
                "properties": {"item": {"type": "string"}, "count": {"type": "integer",
                                                                     "minimum": 1},
                               "points": _NUMBER, "home_points": _NUMBER}}]}},
    },
}

PASS, FAIL, UNSURE = "合格", "不合格", "不确定"


@rulekit.hookimpl
def rulekit_config_sections() -> dict[str, Any]:
    return {"verdicts": SCHEMA}


def declared(rules: Iterable[Rule]) -> dict[str, dict[str, Any]]:
    """What each rule says it counts towards (its ``meta["verdict"]``)."""
    return {r.id: dict(r.meta["verdict"]) for r in rules
            if isinstance(r.meta.get("verdict"), Mapping)}


def scheme(section: Mapping[str, Any] | None,
           rules: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """The national items and the rules' own declarations, with the config's
    ``verdicts:`` laid over them (an item or rule given replaces the declared one; a rule
    given as null counts towards nothing)."""
    out = copy.deepcopy(NATIONAL)
    out["rules"] = {k: dict(v) for k, v in (rules or {}).items()}
    section = section or {}
    if "pass_score" in section:
        out["pass_score"] = section["pass_score"]
    out["items"].update(section.get("items") or {})
    for rule_id, entry in (section.get("rules") or {}).items():
        if entry is None:
            out["rules"].pop(rule_id, None)
        else:
            out["rules"][rule_id] = entry
    return out


@rulekit.hookimpl
def rulekit_configure(config: Config) -> None:
    """Refuse a rule entry of the config that names an item the scheme does not have."""
    plan = scheme(config.sections.get("verdicts"))
    for rule_id, entry in plan["rules"].items():
        if entry["item"] not in plan["items"]:
            raise rulekit.ConfigError(
                f"{config.where('verdicts', 'rules', rule_id)}: verdicts: rule {rule_id} "
                f"counts towards the item {entry['item']!r}, which verdicts.items does not "
                f"have (items: {', '.join(plan['items'])})")


@rulekit.hookimpl
def rulekit_judge_report(report: Report, config: Config) -> None:
    plan = scheme(config.sections.get("verdicts"), declared(report.rules.values()))
    for rule_id, entry in list(plan["rules"].items()):
        if entry["item"] not in plan["items"]:  # a rule of a plugin naming an unknown item
            report.notes.append(f"规则{rule_id}声明计入的指标项“{entry['item']}”不在verdicts.items"
                                "中，其问题未计入合格判定")
            del plan["rules"][rule_id]
    homes = {site.name: _homes(site.base_url) for site in config.sites}
    by_target: dict[tuple[str, str | None, str], list[Finding]] = defaultdict(list)
    for f in report.findings:
        key = _key_of(f)
        if key is not None:
            by_target[key].append(f)
    for checked in report.checked:
        key = (checked.kind, checked.platform, checked.name)
        report.verdicts.append(judge(checked.kind, checked.name, checked.platform,
                                     by_target.get(key, []), plan,
                                     homes.get(checked.name, frozenset())))


def _key_of(f: Finding) -> tuple[str, str | None, str] | None:
    """The target a finding counts towards: its site for the exports' findings and for an
    input's item that names a site (a letter of its mailbox), else the item itself."""
    t = f.target
    if t.kind in CORE_KINDS or (t.site and not t.platform):
        return ("site", None, t.site) if t.site else None
    return (t.kind, t.platform, t.name or "")


def _homes(base_url: str) -> frozenset[str]:
    base = base_url if base_url.endswith("/") else base_url + "/"
    return frozenset({base, base + "index.html", base + "index.htm", base.rstrip("/")})


def judge(kind: str, name: str, platform: str | None, findings: Iterable[Finding],
          plan: Mapping[str, Any], homes: frozenset[str] = frozenset()) -> Verdict:
    """One target's verdict from its findings under ``plan``."""
    findings = list(findings)
    items, rules = plan["items"], plan["rules"]
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_rule[f.rule].append(f)
    vetoes, deducted, deciding = [], defaultdict(float), []
    titles: dict[str, str] = {}
    for rule_id, found in by_rule.items():
        entry = rules.get(rule_id)
        if not entry:
            continue
        titles[rule_id] = found[0].title or rule_id
        serious = [f for f in found if f.details.get("veto")]
        if serious and items.get("严重错误", {}).get("veto"):  # an entry the library marks 严重
            vetoes.append(("严重错误", rule_id, len(serious)))
            deciding.extend(f.fingerprint for f in serious)
            continue
        item = items[entry["item"]]
        if item.get("veto"):
            if len(found) >= entry.get("count", 1):
                vetoes.append((entry["item"], rule_id, len(found)))
                deciding.extend(f.fingerprint for f in found)
            continue
        points = sum(entry.get("home_points", entry.get("points", 0))
                     if f.target.url in homes else entry.get("points", 0) for f in found)
        deducted[entry["item"]] += points
    lost = {item: min(points, items[item].get("points", points))
            for item, points in deducted.items() if points}
    score = None if vetoes else round(100 - sum(lost.values()), 2)
    missing = [f for f in findings if f.rule in ("input", "plugin") and _decisive(f, kind)]
    details: dict[str, Any] = {}
    if vetoes:
        details["vetoes"] = [{"item": item, "rule": rule_id, "findings": n}
                             for item, rule_id, n in vetoes]
    if lost:
        details["deductions"] = {item: round(points, 2) for item, points in lost.items()}
    if vetoes:
        problems = [titles[rule_id] + (f"（{n}处）" if n > 1 else "")
                    for _, rule_id, n in vetoes]
        return Verdict(kind, name, "fail", FAIL, platform, None, problems, deciding,
                       details=details)
    if missing:
        needed = [_needed(f) for f in missing]
        return Verdict(kind, name, "uncertain", UNSURE, platform, None, [],  # (no score:
                       [f.fingerprint for f in missing], needed, details)  # evidence missing)
    if score is not None and score < plan["pass_score"]:
        worst = sorted(lost, key=lambda item: -lost[item])
        problems = [f"{item}扣{lost[item]:g}分" for item in worst]
        fingerprints = [f.fingerprint for f in findings
                        if (rules.get(f.rule) or {}).get("item") in lost]
        return Verdict(kind, name, "fail", FAIL, platform, score, problems, fingerprints,
                       details=details)
    return Verdict(kind, name, "pass", PASS, platform, score, details=details)


def _decisive(f: Finding, kind: str) -> bool:
    """Whether a missing input leaves the target's verdict open: a site's export as a whole
    (not one broken page among many), any input of an account; a plugin that failed."""
    if f.rule == "plugin":
        return True
    return f.target.kind == "site" if kind == "site" else True


def _needed(f: Finding) -> str:
    """What is missing, from the finding's message without its label (输入数据不完整：)."""
    head, sep, rest = f.message.partition("：")
    return rest if sep and rest and head.startswith(("输入", "插件")) else f.message
