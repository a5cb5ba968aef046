"""Run history (new, persisting since, fixed), reviews (误报 and 已整改 set aside, expiry) and
baselines, through the CLI as an inspector uses them, on the demo and on small exports."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import IGNORE_SITE_WIDE

from rulekit.cli import main
from rulekit.history import History
from rulekit.model import Finding, Target
from rulekit.report import Checked, Report, RunSummary

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "configs" / "demo.yaml"
TOWN = "示例县城关镇人民政府"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["run", *args])
    return result.exit_code, result.stdout, result.stderr


def _json(*args: str) -> dict:
    code, out, err = _run(*args, "--format", "json")
    assert code in (0, 1), err
    return json.loads(out)


@pytest.fixture(scope="module")
def demo_twice(tmp_path_factory):
    """The demo run twice against one history."""
    history = tmp_path_factory.mktemp("history") / "h.sqlite"
    first = _json(str(DEMO), "--no-cache", "--history", str(history))
    second = _json(str(DEMO), "--no-cache", "--history", str(history))
    return first, second, history


def test_a_second_run_marks_every_finding_persisting(demo_twice):
    first, second, _ = demo_twice
    assert {m["status"] for m in first["marks"].values()} == {"new"}
    assert set(first["marks"]) == {f["fingerprint"] for f in first["findings"]}
    assert first["fixed"] == []
    marks = second["marks"]
    assert {m["status"] for m in marks.values()} == {"persisting"}
    assert {m["runs"] for m in marks.values()} == {2}
    assert {m["since"] for m in marks.values()} == {"2022-05-31"}
    assert second["fixed"] == []


def test_history_command_shows_each_target_over_the_runs(demo_twice):
    _, _, history = demo_twice
    result = CliRunner().invoke(main, ["history", str(DEMO), "--history", str(history)])
    assert result.exit_code == 0, result.stderr
    town = [line for line in result.stdout.splitlines() if TOWN in line]
    assert town == [f"网站 “{TOWN}”：2022-05-31 不合格 1项  2022-05-31 不合格 1项"]
    assert any(line.startswith("账号 今日头条“示例公安”") for line in result.stdout.splitlines())


def test_findings_gone_since_the_last_run_are_listed_fixed(tmp_path):
    history = tmp_path / "h.sqlite"
    first = _json(str(DEMO), "--no-cache", "--history", str(history))
    after = _json(str(DEMO), "--no-cache", "--history", str(history),
                  "--ignore", "newmedia.silence")
    fixed = [f for f in after["fixed"] if f["rule"] == "newmedia.silence"]
    assert len(fixed) == 6 and {f["platform"] for f in fixed} >= {"今日头条"}
    assert all(f["fingerprint"] not in after["marks"] for f in fixed)
    # (the account with no last post date is an input finding of newmedia.silence: gone too)
    gone = {f["fingerprint"] for f in first["findings"]} - {
        f["fingerprint"] for f in after["findings"]}
    assert {f["fingerprint"] for f in after["fixed"]} == gone and len(gone) == 7
    code, text, _ = _run(str(DEMO), "--no-cache", "--history", str(history))
    again = len(first["findings"]) - len(gone)
    assert f"与上次检查相比：新发现7项，连续出现{again}项" in text  # they are back, as new


def test_a_review_entry_sets_a_finding_aside_and_changes_the_verdict(tmp_path):
    review = tmp_path / "review.yaml"
    doc = _json(str(DEMO), "--no-cache", "--no-history")
    stale = [f for f in doc["findings"] if f["rule"] == "site.home-stale"][0]
    town = [v for v in doc["verdicts"] if v["name"] == TOWN][0]
    assert town["outcome"] == "fail"
    added = CliRunner().invoke(main, [
        "review", str(DEMO), stale["fingerprint"], "--false-alarm", "--reason",
        "首页“通知公告”区块于5月30日更新，导出时未抓取", "--expires", "2022-06-30", "--by", "李四",
        "--review", str(review)])
    assert added.exit_code == 0, added.stderr
    after = _json(str(DEMO), "--no-cache", "--no-history", "--review", str(review))
    assert stale["fingerprint"] not in {f["fingerprint"] for f in after["findings"]}
    aside = after["set_aside"]
    assert [(a["fingerprint"], a["status"], a["expires"]) for a in aside] == [
        (stale["fingerprint"], "误报", "2022-06-30")]
    assert "导出时未抓取" in aside[0]["reason"] and "review.yaml:1" in aside[0]["source"]
    town = [v for v in after["verdicts"] if v["name"] == TOWN][0]
    assert town["outcome"] == "pass" and town["label"] == "合格"
    code, text, _ = _run(str(DEMO), "--no-cache", "--no-history", "--review", str(review))
    assert "已核减（" in text and "[误报] site.home-stale" in text
    assert "检查政府网站2个，合格1个，不合格1个，合格率50.00%" in text


def test_an_expired_review_is_a_finding_and_sets_nothing_aside(tmp_path):
    doc = _json(str(DEMO), "--no-cache", "--no-history")
    stale = [f for f in doc["findings"] if f["rule"] == "site.home-stale"][0]
    review = tmp_path / "review.yaml"
    review.write_text(f"- fingerprint: {stale['fingerprint']}\n  status: 已整改\n"
                      "  reason: 已更新\n  expires: 2022-05-30\n", encoding="utf-8")
    after = _json(str(DEMO), "--no-cache", "--no-history", "--review", str(review))
    assert stale["fingerprint"] in {f["fingerprint"] for f in after["findings"]}
    expired = [f for f in after["findings"] if f["rule"] == "review"]
    assert len(expired) == 1 and "2022-05-30到期" in expired[0]["message"]
    assert expired[0]["severity"] == "warning" and "set_aside" not in after


@pytest.mark.parametrize("text, problem", [
    ("- fingerprint: 062f89b950cc5a12\n  status: 误会\n  reason: x\n  expires: 2022-06-30\n",
     "review.yaml:2"),
    ("- fingerprint: 062f89b950cc5a12\n  status: 误报\n  reason: x\n  expires: 六月\n",
     "review.yaml:4"),
    ("- fingerprint: 062f89b950cc5a12\n  status: 误报\n  expires: 2022-06-30\n",
     "reason"),
])
def test_a_bad_review_file_stops_the_run_naming_its_line(tmp_path, text, problem):
    review = tmp_path / "review.yaml"
    review.write_text(text, encoding="utf-8")
    code, _, err = _run(str(DEMO), "--no-cache", "--no-history", "--review", str(review))
    assert code == 2 and problem in err, err


def test_review_command_refuses_what_is_not_a_fingerprint_or_date(tmp_path):
    runner = CliRunner()
    bad = runner.invoke(main, ["review", str(DEMO), "12345", "--fixed", "--reason", "x",
                               "--expires", "2022-06-30", "--review", str(tmp_path / "r.yaml")])
    assert bad.exit_code == 2 and "fingerprint" in bad.stderr
    bad = runner.invoke(main, ["review", str(DEMO), "0" * 16, "--fixed", "--reason", "x",
                               "--expires", "6/30", "--review", str(tmp_path / "r.yaml")])
    assert bad.exit_code == 2 and "not a date" in bad.stderr
    assert not (tmp_path / "r.yaml").exists()


def test_a_baseline_reports_only_what_is_new(export):
    export.page("zwgk/xzcf/a.html", "<p>当事人：张某，公民身份号码：110105199003071239</p>")
    config = export.config(IGNORE_SITE_WIDE)
    baseline = export.root / "base.json"
    made = CliRunner().invoke(main, ["baseline", "create", str(config), "-o", str(baseline)])
    assert made.exit_code == 0 and "1 findings" in made.stdout, made.stderr
    code, _, _ = _run(str(config), "--no-cache", "--no-history", "--baseline", str(baseline))
    assert code == 0  # nothing new
    export.page("zwgk/xzcf/b.html", "<p>当事人：王某，公民身份号码：610323199001010020</p>")
    doc = _json(str(config), "--no-cache", "--no-history", "--baseline", str(baseline))
    assert [f["url"].rsplit("/", 1)[1] for f in doc["findings"]] == ["b.html"]
    assert [a["status"] for a in doc["set_aside"]] == ["基线"]


def test_a_bad_baseline_is_an_error_naming_it(tmp_path):
    bad = tmp_path / "base.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    code, _, err = _run(str(DEMO), "--no-history", "--baseline", str(bad))
    assert code == 2 and "base.json" in err and "baseline" in err


def _report(names: list[object]) -> Report:
    summary = RunSummary(as_of=dt.date(2022, 5, 31), as_of_given=True, config=None,
                         version="0.1.0")
    findings = [Finding(rule="x.y", severity="error", message="m", fingerprint=f"{n:016x}",
                        target=Target(kind="page", site="s", url=f"http://a/{n}"))
                for n in range(3)]
    return Report(findings=findings, summary=summary,
                  checked=[Checked(kind="site", name=name) for name in names])  # type: ignore[arg-type]


def test_an_interrupted_write_leaves_the_history_as_it_was(tmp_path):
    history = History(tmp_path / "h.sqlite")
    history.record(_report(["s"]))
    with pytest.raises(sqlite3.Error):  # a target sqlite cannot store, after the findings
        history.record(_report(["s", object()]))
    db = sqlite3.connect(str(tmp_path / "h.sqlite"))
    assert db.execute("SELECT COUNT(*) FROM runs").fetchone() == (1,)
    assert db.execute("SELECT COUNT(*) FROM findings").fetchone() == (3,)
    history.close()


def test_a_history_that_is_not_a_database_stops_the_run_naming_it(tmp_path):
    junk = tmp_path / "h.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    code, _, err = _run(str(DEMO), "--no-cache", "--history", str(junk))
    assert code == 2 and "h.sqlite" in err and "--no-history" in err


def test_the_default_history_lives_beside_the_config_and_is_ignored_by_git(export):
    export.navigation()
    config = export.config(IGNORE_SITE_WIDE)
    cwd = os.getcwd()
    os.chdir(export.root)
    try:
        _run(str(config), "--no-cache")
    finally:
        os.chdir(cwd)
    state = export.root / ".rulekit"
    assert (state / "history.sqlite").is_file()
    assert (state / ".gitignore").read_text().endswith("*\n")


REASON = "首页通知公告区块5月30日已更新，导出时未抓取"


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """The demo with the town's stale home page reviewed as a false alarm, against a history
    whose first run had a finding the second no longer has, written in every format."""
    out = tmp_path_factory.mktemp("formats")
    doc = _json(str(DEMO), "--no-cache", "--no-history")
    stale = [f for f in doc["findings"] if f["rule"] == "site.home-stale"][0]
    review = out / "review.yaml"
    review.write_text(f"- fingerprint: {stale['fingerprint']}\n  status: 误报\n"
                      f"  reason: {REASON}\n  expires: 2022-06-30\n", encoding="utf-8")
    history = out / "h.sqlite"
    _json(str(DEMO), "--no-cache", "--history", str(history), "--select", "ALL")
    formats = ["text", "json", "md", "html", "sarif", "junit", "github", "xlsx"]
    reports = [f"{fmt}:{out / ('r.' + fmt)}" for fmt in formats]
    args = [str(DEMO), "--no-cache", "--history", str(history), "--review", str(review),
            "--ignore", "downloads.formats"]
    result = CliRunner().invoke(main, ["run", *args, *sum((["--report", r] for r in reports),
                                                          [])])
    assert result.exit_code == 1, result.stderr
    texts = {}
    for fmt in formats:
        path = out / f"r.{fmt}"
        if fmt == "xlsx":
            import openpyxl

            book = openpyxl.load_workbook(path)
            texts[fmt] = "\n".join(str(c.value) for ws in book.worksheets
                                   for row in ws.iter_rows() for c in row if c.value)
        else:
            texts[fmt] = path.read_text(encoding="utf-8")
    return texts


@pytest.mark.parametrize("fmt", ["text", "json", "md", "html", "sarif", "junit", "github",
                                 "xlsx"])
def test_every_format_shows_what_was_set_aside_and_why(reviewed, fmt):
    assert REASON in reviewed[fmt]


@pytest.mark.parametrize("fmt", ["text", "json", "md", "html", "xlsx"])
def test_every_office_format_lists_what_the_last_run_found_and_this_one_did_not(reviewed, fmt):
    # the nine downloads.formats findings of the first run are not in the second
    text = reviewed[fmt]
    assert "downloads.formats" in text and "未再发现" in text or fmt == "json"
    if fmt == "json":
        assert sum(f["rule"] == "downloads.formats" for f in json.loads(text)["fixed"]) == 9


def test_sarif_suppresses_what_a_review_set_aside(reviewed):
    results = json.loads(reviewed["sarif"])["runs"][0]["results"]
    suppressed = [r for r in results if r.get("suppressions")]
    assert len(suppressed) == 1 and suppressed[0]["ruleId"] == "site.home-stale"
    assert REASON in suppressed[0]["suppressions"][0]["justification"]
