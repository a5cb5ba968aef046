"""``--format xlsx``: a workbook laid out like the annexes of a notice (seed 002), for the
inspecting office to edit and attach: 汇总 (checked, failed, uncertain and pass rate per
kind), 不合格政府网站名单, 不合格政务新媒体名单, 不确定, 已核减 (what a review set aside), a
sheet per area (政府网站, 政务新媒体) with every finding, and, with a run history, 本次未再发现
(the last run's findings no longer found).

Every cell is written as text: a value from a page starting with ``=``, ``+``, ``-`` or ``@``
is never a formula (CSV/formula injection), even once the cell is edited (the cell is
quote-prefixed, as Excel marks text typed with a leading apostrophe). Characters a
spreadsheet cannot hold (control characters) are shown escaped, never dropped silently.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, BinaryIO

import rulekit
from rulekit.redact import unsurrogated
from rulekit.report import Report
from rulekit.reporters import verdict_lines
from rulekit_national import annex

if TYPE_CHECKING:  # (openpyxl and the numpy it loads are imported when a workbook is written,
    # not by every run and worker that loads the plugin)
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

#: The characters a worksheet cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE).
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

SUMMARY_HEAD = ("类型", "检查数", "合格", "不合格", "不确定", "合格率")
ASIDE_HEAD = ("序号", "对象", "规则", "问题", "核减类型", "理由", "有效至", "来源")
#: column widths by header, in characters
WIDTH = {"序号": 6, "问题": 60, "存在的突出问题": 60, "存在问题": 40, "位置": 50, "证据": 40,
         "理由": 40, "网站名称": 30, "账号名称": 24, "开设主体": 28, "对象": 28, "规则": 24}


def text(value: object) -> str:
    """A value as a cell's text."""
    out = unsurrogated("" if value is None else str(value))
    return ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", out)


def sheet(book: Workbook, title: str, head: Sequence[str],
          rows: Iterable[Sequence[object]]) -> Worksheet:
    """A sheet with a bold header and every cell as text."""
    from openpyxl.styles import Alignment, Font

    ws = book.create_sheet(title[:31])  # (a sheet's name holds 31 characters)
    ws.append(list(head))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row, 1):
            cell = ws.cell(row=r, column=c)
            cell.value = text(value)
            cell.data_type = "s"  # never a formula, whatever the text starts with
            cell.quotePrefix = True
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for c, name in enumerate(head, 1):
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = WIDTH.get(name, 14)
    ws.freeze_panes = "A2"
    return ws


class XlsxReporter:
    """The notice's annexes as a workbook."""

    def write(self, report: Report, out: BinaryIO) -> None:
        from openpyxl import Workbook

        book = Workbook()
        book.remove(book.active)
        counts = verdict_lines.counts(report)
        sheet(book, "汇总", SUMMARY_HEAD, [
            (c.label, c.checked, c.passed, c.failed, c.uncertain,
             "" if c.rate is None else f"{c.rate:.2f}%") for c in counts]
            + [("监测时间点", report.summary.as_of.isoformat(), "", "", "", "")])
        sheet(book, "不合格政府网站名单", annex.SITE_HEAD, annex.site_rows(report))
        for kind in annex.other_kinds(report) or ["account"]:
            label = "政务新媒体" if kind == "account" else verdict_lines.label_of(report, kind)
            sheet(book, f"不合格{label}名单", annex.ACCOUNT_HEAD, annex.account_rows(report, kind))
        sheet(book, "不确定", annex.UNSURE_HEAD, annex.unsure_rows(report))
        if report.set_aside:
            sheet(book, "已核减", ASIDE_HEAD, [
                (n, annex.owner_of(a.finding), a.finding.rule, a.finding.message, a.status,
                 a.reason, a.expires.isoformat() if a.expires else "", a.source)
                for n, a in enumerate(report.set_aside, 1)])
        for area, rows in annex.finding_rows(report):
            sheet(book, f"{area}问题清单", annex.FINDING_HEAD, rows)
        line = annex.history_line(report)
        if line:
            sheet(book, "本次未再发现", annex.FIXED_HEAD,
                  annex.fixed_rows(report) + [("", line, "", "", "")])
        buffer = io.BytesIO()
        book.save(buffer)
        out.write(buffer.getvalue())


@rulekit.hookimpl
def rulekit_reporters() -> dict[str, type[XlsxReporter]]:
    return {"xlsx": XlsxReporter}
