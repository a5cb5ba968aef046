"""JUnit XML, the test report every CI shows (GitLab's merge-request widget, Jenkins, Azure):
one test suite per rule, one test case per rule and target checked.

A rule of the site exports (scope ``page`` or ``site``) has a case per site checked, a rule of
an input (``account`` …) a case per item of that input, so a CI page lists what passed as well
as what failed; a case fails with every finding of its rule at its target. Findings the
engine makes itself (``input``, ``plugin``) are cases of their own suite, one per target.
"""

from __future__ import annotations

from collections import defaultdict
from typing import BinaryIO

from lxml import etree

from rulekit.hookspecs import hookimpl
from rulekit.model import CORE_KINDS, Finding
from rulekit.redact import unsurrogated
from rulekit.report import Checked, Report

_LABEL = {"error": "问题", "warning": "提示", "info": "信息"}


def _site_scope(scope: str) -> bool:
    return scope in ("page", "site")


def target_name(f: Finding) -> str:
    """The test case a finding belongs to: its site, or its input item."""
    t = f.target
    if t.kind in CORE_KINDS:
        return t.site or t.path or t.url or ""
    return f"{t.platform}：{t.name}" if t.platform else (t.name or t.path or "")


def checked_name(c: Checked) -> str:
    return f"{c.platform}：{c.name}" if c.platform else c.name


def _clean(text: str) -> str:
    """Text XML 1.0 can hold: control characters (a page's stray \\x0b) as ``\\x0b``."""
    text = unsurrogated(text)
    return "".join(ch if ch in "\t\n\r" or ord(ch) >= 0x20 else f"\\x{ord(ch):02x}"
                   for ch in text)


class JunitReporter:
    """Writes ``<testsuites>`` with a ``<testsuite>`` per rule."""

    def write(self, report: Report, out: BinaryIO) -> None:
        by_rule: dict[str, dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
        for f in report.findings:
            by_rule[f.rule][target_name(f)].append(f)
        aside: dict[tuple[str, str], list[str]] = defaultdict(list)
        for a in report.set_aside:
            aside[(a.finding.rule, target_name(a.finding))].append(
                f"[{a.status}] {a.finding.message}\n    理由：{a.reason}")
        suites = etree.Element("testsuites", name="rulekit")
        total = failed = 0
        ids = list(report.rules) + sorted(set(by_rule) - set(report.rules))
        for rule_id in ids:
            rule = report.rules.get(rule_id)
            found = by_rule.get(rule_id, {})
            if rule is not None:
                wanted = "site" if _site_scope(rule.scope) else rule.scope
                names = [checked_name(c) for c in report.checked if c.kind == wanted]
            else:
                names = []
            names += [n for n in found if n not in names]
            if not names:
                continue
            suite = etree.SubElement(suites, "testsuite", name=rule_id)
            fails = 0
            for name in names:
                case = etree.SubElement(suite, "testcase", classname=_clean(rule_id),
                                        name=_clean(name or rule_id))
                problems = found.get(name)
                if problems:
                    fails += 1
                    first = problems[0]
                    title = _clean(first.title or rule_id)
                    failure = etree.SubElement(
                        case, "failure", type=first.severity,
                        message=_clean(f"{title}：{len(problems)}项"))
                    failure.text = _clean("\n".join(_line(p) for p in problems))
                if (rule_id, name) in aside:  # what a review set aside, and why
                    out_text = etree.SubElement(case, "system-out")
                    out_text.text = _clean("已核减：\n" + "\n".join(aside[(rule_id, name)]))
            suite.set("tests", str(len(names)))
            suite.set("failures", str(fails))
            suite.set("errors", "0")
            total += len(names)
            failed += fails
        suites.set("tests", str(total))
        suites.set("failures", str(failed))
        suites.set("errors", "0")
        out.write(etree.tostring(suites, xml_declaration=True, encoding="UTF-8",
                                 pretty_print=True))


def _line(f: Finding) -> str:
    where = f.target.url or f.target.path or ""
    label = _LABEL.get(f.severity, f.severity)
    evidence = f"\n    {f.evidence}" if f.evidence and f.evidence not in f.message else ""
    return f"[{label}] {f.message}" + (f"\n    {where}" if where else "") + evidence


@hookimpl
def rulekit_reporters() -> dict[str, type[JunitReporter]]:
    return {"junit": JunitReporter}
