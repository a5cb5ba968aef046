"""``--format md``: the notice's draft, with the annex tables of seed 002, on the demo."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

from click.testing import CliRunner
from rulekit_national.notice_md import ACCOUNT_TABLE, SITE_TABLE, MarkdownReporter

from rulekit.cli import main
from rulekit.model import Finding, Target
from rulekit.report import Checked, Report, RunSummary, Verdict

ROOT = Path(__file__).resolve().parents[2]


def _rows(text: str, head: tuple[str, ...]) -> list[list[str]]:
    """The rows of the table whose header is ``head``."""
    lines = text.splitlines()
    start = lines.index("| " + " | ".join(head) + " |")
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip("|").split(" | ")])
    return rows


def test_demo_draft_has_the_figures_and_the_annex_tables():
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, ["run", "configs/demo.yaml", "--no-cache",
                                           "--format", "md"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1
    text = result.stdout
    assert "- 检查政府网站2个，合格0个，不合格2个，合格率0.00%。" in text
    sites = _rows(text, SITE_TABLE)
    assert [r[1] for r in sites] == ["“示例县人民政府”网", "“示例县城关镇人民政府”网"]
    assert sites[1][2] == "首页不更新"
    accounts = _rows(text, ACCOUNT_TABLE)
    assert len(accounts) == 7 and [r[0] for r in accounts] == [str(n) for n in range(1, 8)]
    police = [r for r in accounts if r[2] == "示例公安"][0]
    assert police == ["1", "今日头条", "示例公安", "监测时间点前2周内无更新", "示例县公安局",
                      "宜春市"]
    assert "## 不确定（1个" in text and "抖音“示例县城管”" in text
    assert "360999********" in text and "## 问题清单（" in text


def test_a_cell_from_a_page_cannot_break_the_table():
    summary = RunSummary(as_of=dt.date(2022, 5, 31), as_of_given=True, config=None,
                         version="0.1.0")
    name = "示例|发布\n<script>"
    finding = Finding(rule="newmedia.silence", severity="error", message="无更新|x",
                      target=Target(kind="account", platform="微信公众号", name=name))
    report = Report(findings=[finding], summary=summary,
                    checked=[Checked(kind="account", name=name, platform="微信公众号",
                                     details={"开设主体": "县|局"})],
                    verdicts=[Verdict("account", name, "fail", "不合格", "微信公众号",
                                      problems=["无更新"])])
    out = io.BytesIO()
    MarkdownReporter().write(report, out)
    rows = _rows(out.getvalue().decode("utf-8"), ACCOUNT_TABLE)
    assert len(rows) == 1
    line = out.getvalue().decode("utf-8").splitlines()
    row = [x for x in line if x.startswith("| 1 | 微信公众号")][0]
    assert "示例\\|发布\\\\n&lt;script&gt;" in row and "县\\|局" in row
