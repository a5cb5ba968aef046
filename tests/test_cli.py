"""The command line end to end: exit statuses, text and JSON reports, rules listing."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from click.testing import CliRunner
from conftest import IGNORE_SITE_WIDE, SITE_WIDE

from rulekit.cli import main

ID = "110105199003071239"


def build(export):
    export.page("zwgk/xzcf/t20220501_1.html",
                f"<p>当事人：张某，男，身份证号码：{ID}，住址：江西省铜鼓县永宁镇城北村三组12号。</p>",
                meta={"ArticleTitle": "行政处罚决定书"})
    export.page("zwgk/zcwj/t20220501_2.html", "<p>发布日期：2022-05-01</p>"
                "<a href='a.pdf'>PDF版</a>")
    return export.config()


def test_run_text_report_in_chinese_exit_1(export):
    config = build(export)
    result = CliRunner().invoke(main, ["run", str(config)])
    assert result.exit_code == 1, result.output
    out = result.output
    assert "监测时间点：2022-05-31" in out
    assert "网站：示例县人民政府" in out
    assert "公开信息中含未脱敏的居民身份证号码" in out
    assert "政策文件未提供WPS和PDF两种(含两种)以上下载格式" in out
    assert "发现问题" in out and "privacy.id-number 1项" in out
    assert ID not in out and "三组12号" not in out


def test_run_json_report_to_file(export, tmp_path):
    config = build(export)
    report = tmp_path / "out" / "report.json"
    result = CliRunner().invoke(main, ["run", str(config), "--format", "json", "-o",
                                       str(report), "--select", "privacy"])
    assert result.exit_code == 1
    doc = json.loads(report.read_text(encoding="utf-8"))
    assert doc["version"] == 1 and doc["as_of"] == "2022-05-31"
    rules = sorted(f["rule"] for f in doc["findings"])
    assert rules == ["privacy.address", "privacy.id-number"]
    for f in doc["findings"]:
        assert {"rule", "message", "evidence", "severity", "site", "url"} <= set(f)
        assert f["site"] == "示例县人民政府"
    assert ID not in report.read_text(encoding="utf-8")


def test_clean_run_exits_0(export):
    export.navigation()  # what the navigation links to
    result = CliRunner().invoke(main, ["run", str(export.config(IGNORE_SITE_WIDE))])
    assert result.exit_code == 0, result.output
    assert "未发现问题" in result.output


def test_config_error_exits_2_with_location(export):
    path = export.config("rules:\n  selec: [privacy]\n")
    result = CliRunner().invoke(main, ["run", str(path)])
    assert result.exit_code == 2
    assert "config.yaml:" in result.output and "did you mean 'select'" in result.output


def test_unknown_format_exits_2(export):
    result = CliRunner().invoke(main, ["run", str(export.config()), "--format", "pdf"])
    assert result.exit_code == 2 and all(f in result.output for f in ("available: ", "github", "json", "junit", "md", "sarif", "text"))


def test_missing_as_of_uses_today_and_says_so(export):
    path = export.config()
    path.write_text(path.read_text(encoding="utf-8").replace("as_of: 2022-05-31\n", ""),
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(path)])
    assert "as_of not set" in result.output and "using today" in result.output


def test_rules_lists_every_rule_with_source_plugin():
    result = CliRunner().invoke(main, ["rules"])
    assert result.exit_code == 0
    lines = {line.split("\t")[0]: line for line in result.output.splitlines()}
    assert "newmedia.silence" in lines and "max_days=14" in lines["newmedia.silence"]
    assert "[national-privacy]" in lines["privacy.id-number"]


def test_console_script_runs_as_a_process(export):
    config = build(export)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "rulekit.cli", "run", str(config),
                           "--format", "json"], capture_output=True, env=env, timeout=120)
    assert proc.returncode == 1, proc.stderr.decode()
    assert json.loads(proc.stdout)["summary"]["findings"] >= 3
    assert proc.stderr == b""  # not a terminal: no progress display


def test_plugin_failure_exits_3_and_run_completes(export, tmp_path):
    (tmp_path / "bad.py").write_text(
        "import rulekit\n\n@rulekit.rule('county.bad', title='坏规则')\n"
        "def bad(page):\n    raise ValueError('oops')\n", encoding="utf-8")
    config = build(export)
    result = CliRunner().invoke(main, ["run", str(config), "-p", str(tmp_path / "bad.py"),
                                       "--format", "json"])
    assert result.exit_code == 3
    doc = json.loads(result.output)
    rules = {f["rule"] for f in doc["findings"]}
    assert {"plugin", "privacy.id-number", "downloads.formats"} <= rules


def test_confine_paths_refuses_an_export_outside_the_config_folder(tmp_path):
    inner = tmp_path / "office"
    inner.mkdir()
    (tmp_path / "elsewhere").mkdir()
    config = inner / "config.yaml"
    config.write_text("as_of: 2022-05-31\nsites:\n  - name: 示例县\n    export: ../elsewhere\n",
                      encoding="utf-8")
    loose = CliRunner().invoke(main, ["run", str(config)])
    assert loose.exit_code == 0, loose.output
    confined = CliRunner().invoke(main, ["run", str(config), "--confine-paths"])
    assert confined.exit_code == 2
    assert "config.yaml:4" in confined.output and "confined" in confined.output


def test_progress_shows_on_a_terminal_only(export):
    import pty

    export.navigation()  # what the navigation links to
    for i in range(120):
        export.page(f"xwzx/t{i}.html", f"<p>第{i}条新闻</p>")
    config = export.config()
    main_fd, tty = pty.openpty()
    proc = subprocess.run([sys.executable, "-m", "rulekit.cli", "run", str(config), "-o",
                           str(export.root / "report.txt"), "--ignore", ",".join(SITE_WIDE)],
                          stderr=tty, stdout=subprocess.PIPE, timeout=120)
    os.close(tty)
    shown = b""
    while True:
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(main_fd)
    assert proc.returncode == 0
    assert "示例县人民政府: 100 pages".encode() in shown
    assert shown.endswith(b"\r\x1b[K")  # the progress line is cleared at the end


def test_a_failing_reporter_plugin_exits_2_and_keeps_the_old_report(export, tmp_path):
    (tmp_path / "bad_reporter.py").write_text(
        "import rulekit\n\nclass Broken:\n    def write(self, findings, run, out):\n"
        "        raise RuntimeError('no ink')\n\n@rulekit.hookimpl\n"
        "def rulekit_make_reporter(format):\n    return Broken() if format == 'broken' else None\n",
        encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text("旧报告", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(build(export)), "-p",
                                       str(tmp_path / "bad_reporter.py"), "--format", "broken",
                                       "-o", str(report)])
    assert result.exit_code == 2 and "broken reporter failed: RuntimeError: no ink" in result.output
    assert report.read_text(encoding="utf-8") == "旧报告"
