"""``--format md``: the run as a notice's draft in Markdown, to paste and edit: the overall
figures (检查、合格、合格率), the annex lists laid out as seed 002's (不合格政府网站名单: 序号,
网站名称, 存在的突出问题; 不合格政务新媒体名单: 序号, 账号类型, 账号名称, 存在问题, 开设主体,
市(区)/省直), the uncertain ones, then every finding by site and account.

Every cell is text from pages and lists: a ``|`` would split a table's row, a ``<`` open
HTML in a Markdown viewer, a ``[`` start a link, a newline end the row; each is escaped.
Masks (``360999********1234``) and underscores are left as written: they change no
structure, and a draft is read raw as often as rendered.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from itertools import groupby
from typing import BinaryIO

import rulekit
from rulekit.model import CORE_KINDS, Finding
from rulekit.redact import printable
from rulekit.report import Checked, Report, Verdict
from rulekit.reporters import verdict_lines

SITE_TABLE = ("序号", "网站名称", "存在的突出问题")
ACCOUNT_TABLE = ("序号", "账号类型", "账号名称", "存在问题", "开设主体", "市(区)/省直")


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
        details = {(c.kind, c.platform, c.name): c for c in report.checked}
        sites = [v for v in report.verdicts if v.kind == "site" and v.outcome == "fail"]
        if sites:
            out.write(f"## 不合格政府网站名单（{len(sites)}个）\n\n")
            out.write(table(SITE_TABLE, ((n, site_name(v), "；".join(v.problems))
                                         for n, v in enumerate(sites, 1))))
            out.write("\n")
        for kind in sorted({v.kind for v in report.verdicts} - {"site"}):
            failed = [v for v in report.verdicts if v.kind == kind and v.outcome == "fail"]
            if not failed:
                continue
            label = verdict_lines.label_of(report, kind)
            name = "政务新媒体" if kind == "account" else label
            out.write(f"## 不合格{name}名单（{len(failed)}个）\n\n")
            out.write(table(ACCOUNT_TABLE, (
                (n, v.platform or "", v.name, "；".join(v.problems),
                 _detail(details, v, "开设主体"), _detail(details, v, "市(区)/省直"))
                for n, v in enumerate(failed, 1))))
            out.write("\n")
        unsure = [v for v in report.verdicts if v.outcome == "uncertain"]
        if unsure:
            out.write(f"## 不确定（{len(unsure)}个，证据不足，补充后再判定）\n\n")
            out.write(table(("序号", "类型", "名称", "缺少的证据"), (
                (n, verdict_lines.label_of(report, v.kind),
                 f"{v.platform}“{v.name}”" if v.platform else v.name, "；".join(v.needed))
                for n, v in enumerate(unsure, 1))))
            out.write("\n")
        out.write(f"## 问题清单（{len(report.findings)}项）\n")
        ordered = sorted(report.findings, key=_group_key)
        for heading, group in groupby(ordered, key=lambda f: _group_key(f)[:2]):
            items = list(group)
            out.write(f"\n### {cell(heading[1])}（{len(items)}项）\n\n")
            out.write(table(("序号", "规则", "问题", "位置", "证据"), (
                (n, f.rule, f.message, f.target.url or f.target.path or "", f.evidence)
                for n, f in enumerate(items, 1))))


def _detail(details: dict[tuple[str, str | None, str], Checked], v: Verdict, key: str) -> str:
    found = details.get((v.kind, v.platform, v.name))
    return found.details.get(key, "") if found else ""


def _group_key(f: Finding) -> tuple[int, str, str, str]:
    t = f.target
    if t.kind in CORE_KINDS and t.site:
        return (0, f"网站：{t.site}", t.url or "", f.rule)
    if t.kind not in CORE_KINDS:
        name = f"{t.platform}“{t.name}”" if t.platform else f"“{t.name}”"
        return (1, f"账号：{name}" if t.kind == "account" else name, "", f.rule)
    return (2, "输入文件", t.path or "", f.rule)


@rulekit.hookimpl
def rulekit_reporters() -> dict[str, type[MarkdownReporter]]:
    return {"md": MarkdownReporter}
