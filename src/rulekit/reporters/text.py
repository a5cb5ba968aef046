"""The text report, for inspectors: Chinese, grouped by site and account, counts at the end."""

from __future__ import annotations

import io
from itertools import groupby
from typing import BinaryIO, TextIO

from rulekit.hookspecs import hookimpl
from rulekit.model import CORE_KINDS, Finding
from rulekit.redact import printable as p
from rulekit.report import Report, RunSummary
from rulekit.reporters import verdict_lines
from rulekit.resource import NOT_CHECKED

SEVERITY_LABEL = {"error": "问题", "warning": "提示", "info": "信息"}




def _group(f: Finding, labels: dict[str, str]) -> tuple[int, str]:
    t = f.target
    if t.kind not in CORE_KINDS:  # an item of an input plugin: an account, a letter …
        label = labels.get(t.kind, t.kind)
        name = f"{p(t.platform)}“{p(t.name or '')}”" if t.platform else f"“{p(t.name or '')}”"
        return (1, f"{p(label)}：{name}")
    if t.site:
        return (0, f"网站：{p(t.site)}")
    return (2, f"输入文件：{p(t.path or t.url or '')}")


class TextReporter:
    """Plain text, one block per site or account.

    Every text an export can influence goes through :func:`printable`: a file name or URL
    holding a newline cannot add a line of its own (a fake ``[问题]``) to the report.
    """

    def write(self, report: Report, out: BinaryIO) -> None:
        text = io.TextIOWrapper(out, encoding="utf-8", newline="")  # streamed, not one str
        try:
            self.write_text(report.findings, report.summary, text, report)
            text.flush()
        finally:
            text.detach()  # the stream is the caller's: left open

    def write_text(self, findings: list[Finding], run: RunSummary, out: TextIO,
                   report: Report | None = None) -> None:
        """The report as text (what :meth:`write` encodes as UTF-8): the verdicts first,
        as a notice opens, when a plugin judged the run."""
        date_note = "" if run.as_of_given else "（配置未指定，使用今天）"
        out.write(f"监测时间点：{run.as_of.isoformat()}{date_note}\n")
        if report is not None:
            for heading, items in verdict_lines.lines(report):
                out.write(f"\n{heading}：\n")
                numbered = heading != verdict_lines.COUNTS
                for n, item in enumerate(items, 1):
                    out.write(f"  {n}. {item}\n" if numbered else f"  {item}\n")
            for note in report.notes:
                out.write(f"\n{p(note)}\n")
        def group_of(f: Finding) -> tuple[int, str]:
            return _group(f, run.labels)

        ordered = sorted(findings, key=lambda f: (group_of(f), f.target.url or "", f.rule))
        for (_, heading), group in groupby(ordered, key=group_of):
            items = list(group)
            out.write(f"\n{heading}（{len(items)}项）\n")
            for f, more in _grouped(items):
                where = f.target.url or f.target.path or ""
                if f.target.kind not in CORE_KINDS:
                    where = f.target.path or ""
                label = SEVERITY_LABEL.get(f.severity, f.severity)
                mark = report.marks.get(f.fingerprint) if report is not None else None
                again = f"（{mark.label}）" if mark is not None and mark.status != "new" else ""
                out.write(f"  [{label}] {p(f.rule)} {p(f.message)}{again}\n")
                if where:
                    out.write(f"      位置：{p(where)}\n")
                if f.target.parent_url:
                    out.write(f"      所在页面：{p(f.target.parent_url)}\n")
                if f.evidence:
                    out.write(f"      证据：{p(f.evidence)}\n")
                if more:
                    out.write(f"      （同一位置另有{more}项同类问题未逐条列出，"
                              "完整清单见 --format json）\n")
        if report is not None:
            self.write_review(report, out)
        counts = run.counts(findings)
        out.write("\n")
        skipped = sum(run.not_checked.values())
        if skipped:
            reasons = "、".join(f"{NOT_CHECKED.get(reason, p(reason))}{n}个"
                                for reason, n in sorted(run.not_checked.items()))
            out.write(f"导出文件共{run.entries}项，已检查{run.checked}项，未检查{skipped}项"
                      f"（{reasons}）。\n")
        items = "".join(f"、{p(run.labels.get(scope, scope))}{n}个"
                        for scope, n in run.items.items())
        out.write(f"共检查网站{len(run.sites)}个、页面{run.pages}个、附件{run.attachments}个"
                  f"{items}；")
        if counts:
            detail = "，".join(f"{p(rule)} {n}项" for rule, n in counts.items())
            out.write(f"发现问题{len(findings)}项：{detail}。\n")
        else:
            out.write("未发现问题。\n")


    def write_review(self, report: Report, out: TextIO) -> None:
        """What was set aside and why, and the findings against the last run."""
        if report.set_aside:
            out.write(f"\n已核减（复核为误报、已整改或属基线，不计入问题和判定，{len(report.set_aside)}项）\n")
            for n, a in enumerate(report.set_aside, 1):
                f = a.finding
                until = f"，有效至{a.expires.isoformat()}" if a.expires else ""
                out.write(f"  {n}. [{a.status}] {p(f.rule)} {p(f.message)}\n")
                out.write(f"      位置：{p(f.target.url or f.target.path or f.target.name or '')}\n")
                out.write(f"      理由：{p(a.reason)}{until}（{p(a.source)}）\n")
        if report.marks:
            new = sum(m.status == "new" for m in report.marks.values())
            again = len(report.marks) - new
            out.write(f"\n与上次检查相比：新发现{new}项，连续出现{again}项，"
                      f"上次发现、本次未再发现{len(report.fixed)}项\n")
            for item in report.fixed[:MAX_LISTED]:
                where = item.get("url") or item.get("name") or item.get("site") or ""
                out.write(f"  未再发现 {p(item['rule'])} {p(item['message'] or '')} {p(where)}\n")
            if len(report.fixed) > MAX_LISTED:
                out.write(f"  （另有{len(report.fixed) - MAX_LISTED}项，完整清单见 --format json）\n")


#: Findings of one rule at one place listed one by one; the rest are counted.
MAX_LISTED = 20


def _grouped(items: list[Finding]) -> list[tuple[Finding, int]]:
    """Each finding to list, with how many more of its rule at its place are not listed:
    a page leaking 20,000 ID numbers is one block with a count, not 20,000 blocks."""
    out: list[tuple[Finding, int]] = []
    for _, same in groupby(items, key=lambda f: (f.target.url, f.target.path, f.rule)):
        group = list(same)
        listed = group[:MAX_LISTED]
        out.extend((f, 0) for f in listed[:-1])
        out.append((listed[-1], len(group) - len(listed)))
    return out


@hookimpl
def rulekit_reporters() -> dict[str, type[TextReporter]]:
    return {"text": TextReporter}
