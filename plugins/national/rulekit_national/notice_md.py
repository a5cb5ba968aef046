"""``--format md``: the run as a notice's draft in Markdown, to paste and edit: the overall
figures (检查、合格、合格率), the annex lists laid out as seed 002's (不合格政府网站名单: 序号,
网站名称, 存在的突出问题; 不合格政务新媒体名单: 序号, 账号类型, 账号名称, 存在问题, 开设主体,
市(区)/省直), the uncertain ones, what a review set aside, then every finding by area.

Every cell is text from pages and lists: a ``|`` would split a table's row, a ``<`` open
HTML in a Markdown viewer, a ``[`` start a link, a newline end the row; each is escaped.
Masks (``360999********1234``) and underscores are left as written: they change no
structure, and a draft is read raw as often as rendered.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import BinaryIO

import rulekit
from rulekit.redact import printable
from rulekit.report import Report, Verdict
from rulekit.reporters import verdict_lines
from rulekit_national import annex

SITE_TABLE = annex.SITE_HEAD
ACCOUNT_TABLE = annex.ACCOUNT_HEAD


def cell(text: object) -> str:
    """Text safe in a Markdown table cell."""
    out = printable(str(text if text is not None else ""))
    for raw, safe in (("\\", "\\\\"), ("|", "\\|"), ("<", "&lt;"), (">", "&gt;"),
                      ("`", "\\`"), ("[", "\\["), ("]", "\\]")):
        out = out.replace(raw, safe)
    return out


def table(head: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    head = list(head)
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def site_name(v: Verdict) -> str:
    return f"“{v.name}”网"


class MarkdownReporter:
    """The notice's draft."""

    def write(self, report: Report, out: BinaryIO) -> None:
        text = io.StringIO()
        self.write_text(report, text)
        out.write(text.getvalue().encode("utf-8"))

    def write_text(self, report: Report, out: io.StringIO) -> None:
        run = report.summary
        out.write("# 政府网站与政务新媒体检查情况\n\n")
        out.write(f"监测时间点：{run.as_of.isoformat()}\n\n")
        out.write("## 总体情况\n\n")
        if report.verdicts:
            for count in verdict_lines.counts(report):
                out.write(f"- {cell(count.sentence())}。\n")
        else:
            out.write(f"- 检查网站{len(run.sites)}个、页面{run.pages}个，发现问题"
                      f"{len(report.findings)}项（本次运行未作合格判定）。\n")
        out.write("\n")
        sites = annex.site_rows(report)
        if sites:
            out.write(f"## 不合格政府网站名单（{len(sites)}个）\n\n")
            out.write(table(SITE_TABLE, sites))
            out.write("\n")
        for kind in annex.other_kinds(report):
            rows = annex.account_rows(report, kind)
            if not rows:
                continue
            label = verdict_lines.label_of(report, kind)
            name = "政务新媒体" if kind == "account" else label
            out.write(f"## 不合格{name}名单（{len(rows)}个）\n\n")
            out.write(table(ACCOUNT_TABLE, rows))
            out.write("\n")
        unsure = annex.unsure_rows(report)
        if unsure:
            out.write(f"## 不确定（{len(unsure)}个，证据不足，补充后再判定）\n\n")
            out.write(table(annex.UNSURE_HEAD, unsure))
            out.write("\n")
        if report.set_aside:
            out.write(f"## 已核减（{len(report.set_aside)}项）\n\n")
            out.write(table(("序号", "对象", "规则", "问题", "核减类型", "理由"), (
                (n, annex.owner_of(a.finding), a.finding.rule, a.finding.message, a.status,
                 a.reason) for n, a in enumerate(report.set_aside, 1))))
            out.write("\n")
        line = annex.history_line(report)
        if line:
            out.write(f"## 与上次检查相比\n\n{cell(line)}。\n\n")
            if report.fixed:
                out.write(table(annex.FIXED_HEAD, annex.fixed_rows(report)))
                out.write("\n")
        out.write(f"## 问题清单（{len(report.findings)}项）\n")
        for area, rows in annex.finding_rows(report):
            out.write(f"\n### {cell(area)}（{len(rows)}项）\n\n")
            out.write(table(annex.FINDING_HEAD, rows))


@rulekit.hookimpl
def rulekit_reporters() -> dict[str, type[MarkdownReporter]]:
    return {"md": MarkdownReporter}
