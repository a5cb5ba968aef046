"""The notice's annex tables as rows, laid out as seed 002's (附件1 不合格政府网站名单, 附件2
不合格政务新媒体名单), with the uncertain ones and every finding by area: what the Markdown,
spreadsheet and HTML reports of a notice lay out, each in its own format."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby

from rulekit.model import CORE_KINDS, Finding
from rulekit.report import Checked, Report, Verdict
from rulekit.reporters import verdict_lines

SITE_HEAD = ("序号", "网站名称", "存在的突出问题")
ACCOUNT_HEAD = ("序号", "账号类型", "账号名称", "存在问题", "开设主体", "市(区)/省直")
UNSURE_HEAD = ("序号", "类型", "名称", "缺少的证据")
FINDING_HEAD = ("序号", "对象", "规则", "问题", "位置", "证据", "级别", "与上次相比")
FIXED_HEAD = ("序号", "对象", "规则", "问题", "位置")
SEVERITY = {"error": "问题", "warning": "提示", "info": "信息"}
#: the area of an input's items, as a notice heads them
AREAS = {"account": "政务新媒体", "letter": "网站留言"}


def site_rows(report: Report) -> list[tuple[object, ...]]:
    failed = [v for v in report.verdicts if v.kind == "site" and v.outcome == "fail"]
    return [(n, f"“{v.name}”网", "；".join(v.problems)) for n, v in enumerate(failed, 1)]


def account_rows(report: Report, kind: str = "account") -> list[tuple[object, ...]]:
    checked = {(c.kind, c.platform, c.name): c for c in report.checked}
    failed = [v for v in report.verdicts if v.kind == kind and v.outcome == "fail"]
    return [(n, v.platform or "", v.name, "；".join(v.problems),
             _detail(checked, v, "开设主体"), _detail(checked, v, "市(区)/省直"))
            for n, v in enumerate(failed, 1)]


def unsure_rows(report: Report) -> list[tuple[object, ...]]:
    unsure = [v for v in report.verdicts if v.outcome == "uncertain"]
    return [(n, verdict_lines.label_of(report, v.kind),
             f"{v.platform}“{v.name}”" if v.platform else v.name, "；".join(v.needed))
            for n, v in enumerate(unsure, 1)]


def other_kinds(report: Report) -> list[str]:
    """The kinds of input items judged besides sites (``account`` …)."""
    return sorted({v.kind for v in report.verdicts} - {"site"})


def area_of(f: Finding) -> str:
    """The area a finding belongs to: 政府网站, 政务新媒体, or the input it came from."""
    if f.target.kind in CORE_KINDS:
        return "政府网站" if f.target.site else "输入文件"
    return AREAS.get(f.target.kind, f.target.kind)


def owner_of(f: Finding) -> str:
    """The site or account a finding is about, as the notices name it."""
    t = f.target
    if t.kind in CORE_KINDS:
        return t.site or t.path or ""
    if t.platform:
        return f"{t.platform}“{t.name}”"
    return f"{t.site} {t.name}" if t.site else (t.name or "")


def finding_rows(report: Report) -> Iterator[tuple[str, list[tuple[object, ...]]]]:
    """Every finding, grouped by area, each row as FINDING_HEAD says."""
    order = {"政府网站": 0, "政务新媒体": 1}
    ordered = sorted(report.findings, key=lambda f: (order.get(area_of(f), 2), area_of(f),
                                                     owner_of(f), f.target.url or "", f.rule))
    for area, group in groupby(ordered, key=area_of):
        rows = []
        for n, f in enumerate(group, 1):
            mark = report.marks.get(f.fingerprint)
            rows.append((n, owner_of(f), f.rule, f.message,
                         f.target.url or f.target.path or "", f.evidence,
                         SEVERITY.get(f.severity, f.severity), mark.label if mark else ""))
        yield area, rows


def _detail(checked: dict[tuple[str, str | None, str], Checked], v: Verdict, key: str) -> str:
    found = checked.get((v.kind, v.platform, v.name))
    return found.details.get(key, "") if found else ""


def history_line(report: Report) -> str | None:
    """The findings against the last run, in a sentence; None without a history."""
    if not report.marks and not report.fixed:
        return None
    new = sum(m.status == "new" for m in report.marks.values())
    return (f"与上次检查相比：新发现{new}项，连续出现{len(report.marks) - new}项，"
            f"上次发现、本次未再发现{len(report.fixed)}项")


def fixed_rows(report: Report) -> list[tuple[object, ...]]:
    """The last run's findings this run no longer finds."""
    rows = []
    for n, item in enumerate(report.fixed, 1):
        owner = (f"{item.get('platform')}“{item.get('name')}”" if item.get("platform")
                 else item.get("site") or item.get("name") or "")
        rows.append((n, owner, item.get("rule", ""), item.get("message", ""),
                     item.get("url") or ""))
    return rows
