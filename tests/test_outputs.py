"""Several reports from one run: --report FORMAT:PATH, the config's output: list, a
reporter plugin that writes bytes, and one failing output that costs only itself."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from rulekit.cli import main
from rulekit.errors import ConfigError
from rulekit.outputs import Output

ID = "110105199003071239"

ZIP_REPORTER = '''
import io, json, zipfile
import rulekit

class ZipReporter:
    """A binary format: the findings of each rule as a file of a zip archive."""

    def write(self, report, out):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for rule, n in report.summary.counts(report.findings).items():
                archive.writestr(rule + ".txt", str(n))
            archive.writestr("checked.json", json.dumps(
                [c.as_dict() for c in report.checked], ensure_ascii=False))
        out.write(buffer.getvalue())

class Broken:
    def write(self, report, out):
        raise RuntimeError("no ink")

class Halfway:
    """Streams part of its report, then fails."""

    def write(self, report, out):
        out.write("半份报告".encode("utf-8"))
        raise RuntimeError("ran dry")

@rulekit.hookimpl
def rulekit_reporters():
    return {"zip": ZipReporter, "broken": Broken, "halfway": Halfway}
'''


def build(export) -> Path:
    export.page("zwgk/xzcf/t20220501_1.html",
                f"<p>当事人：张某，男，身份证号码：{ID}，住址：江西省铜鼓县永宁镇城北村三组12号。</p>",
                meta={"ArticleTitle": "行政处罚决定书"})
    export.page("zwgk/tzgg/t20220502_2.html", "<p>通知</p>")
    return export.config()


def test_two_reports_from_one_run(export, tmp_path):
    config = build(export)
    a, b = tmp_path / "out" / "a.json", tmp_path / "b.txt"
    result = CliRunner().invoke(main, ["run", str(config), "--report", f"json:{a}",
                                       "--report", f"text:{b}"])
    assert result.exit_code == 1, result.output
    doc = json.loads(a.read_text(encoding="utf-8"))
    assert doc["summary"]["by_rule"]["privacy.id-number"] == 1
    assert doc["checked"] == [{"kind": "site", "name": "示例县人民政府", "pages": 2,
                               "attachments": 0}]
    text = b.read_text(encoding="utf-8")
    assert "privacy.id-number" in text and "监测时间点：2022-05-31" in text
    assert ID not in a.read_text(encoding="utf-8") + text  # masked in both
    assert result.output == ""  # nothing on standard output when every report has a file


def test_the_configs_output_list_resolves_from_its_folder(export, tmp_path):
    build(export)
    config = export.config("output:\n  - json:reports/run.json\n"
                           "  - {format: text, path: reports/run.txt}\n  - text\n")
    result = CliRunner().invoke(main, ["run", str(config)])
    assert result.exit_code == 1, result.output
    folder = config.parent / "reports"
    assert json.loads((folder / "run.json").read_text(encoding="utf-8"))["version"] == 1
    assert "监测时间点" in (folder / "run.txt").read_text(encoding="utf-8")
    assert "监测时间点" in result.output  # "text" alone: standard output
    # --report replaces the config's list
    other = tmp_path / "only.json"
    result = CliRunner().invoke(main, ["run", str(config), "--report", f"json:{other}"])
    assert other.exists() and result.output == ""


def test_a_reporter_plugin_writes_bytes_beside_the_others(export, tmp_path):
    config = build(export)
    (tmp_path / "zip_reporter.py").write_text(ZIP_REPORTER, encoding="utf-8")
    out = tmp_path / "report.zip"
    result = CliRunner().invoke(main, ["run", str(config), "-p", str(tmp_path / "zip_reporter.py"),
                                       "--report", f"zip:{out}", "--report", "json:-"])
    assert result.exit_code == 1, result.output
    with zipfile.ZipFile(out) as archive:
        assert archive.read("privacy.id-number.txt") == b"1"
        assert json.loads(archive.read("checked.json"))[0]["pages"] == 2
    assert json.loads(result.stdout)["summary"]["findings"] >= 1


def test_a_failing_output_costs_only_itself(export, tmp_path):
    config = build(export)
    (tmp_path / "zip_reporter.py").write_text(ZIP_REPORTER, encoding="utf-8")
    kept, good = tmp_path / "old.txt", tmp_path / "good.json"
    kept.write_text("旧报告", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(config), "-p", str(tmp_path / "zip_reporter.py"),
                                       "--report", f"broken:{kept}", "--report", f"json:{good}"])
    assert result.exit_code == 2
    assert "broken reporter failed: RuntimeError: no ink" in result.stderr
    assert kept.read_text(encoding="utf-8") == "旧报告"  # the old report is left whole
    assert json.loads(good.read_text(encoding="utf-8"))["summary"]["findings"] >= 1


def test_an_unknown_format_is_refused_before_the_run(export, tmp_path):
    config = build(export)
    result = CliRunner().invoke(main, ["run", str(config), "--report", "pdf:a.pdf"])
    assert result.exit_code == 2
    assert "unknown report format 'pdf'" in result.stderr
    assert "available: github, html, json, junit, md, sarif, text, xlsx" in result.stderr
    assert not (tmp_path / "a.pdf").exists()


@pytest.mark.parametrize("spec", ["json:", ":a.json", ""])
def test_a_malformed_report_spec_says_how_to_write_it(spec):
    with pytest.raises(ConfigError, match="FORMAT:PATH"):
        Output.parse(spec)


def test_a_reporter_failing_halfway_leaves_no_half_report(export, tmp_path):
    """Reports are streamed to their file, and to standard output only once complete: a
    reporter that fails after writing part of its report leaves the old file whole, no
    temporary file behind, and nothing of it on standard output."""
    config = build(export)
    (tmp_path / "zip_reporter.py").write_text(ZIP_REPORTER, encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    kept = out_dir / "report.txt"
    kept.write_text("旧报告", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(config), "-p", str(tmp_path / "zip_reporter.py"),
                                       "--report", f"halfway:{kept}", "--report", "halfway"])
    assert result.exit_code == 2
    assert result.stderr.count("halfway reporter failed: RuntimeError: ran dry") == 2
    assert kept.read_text(encoding="utf-8") == "旧报告"
    assert [p.name for p in out_dir.iterdir()] == ["report.txt"]
    assert "半份报告" not in result.stdout


def test_the_json_report_is_written_as_json_dumps_writes_it(export, tmp_path):
    """The JSON report is streamed a finding at a time; its bytes are still exactly those of
    ``json.dumps(document, ensure_ascii=False, indent=2)``, findings nested and all."""
    config = build(export)
    export.page("zwgk/xzcf/t20220503_3.html",
                f"<p>当事人：李某，女，身份证号：{ID[:-1]}X，联系电话：13912345678，"
                "住址：江西省铜鼓县永宁镇城南村五组3号。</p>",
                meta={"ArticleTitle": "行政处罚决定书"})
    report = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["run", str(config), "--format", "json", "-o", str(report)])
    assert result.exit_code == 1, result.stderr
    data = report.read_bytes()
    doc = json.loads(data)
    assert len(doc["findings"]) >= 3 and doc["summary"]["findings"] == len(doc["findings"])
    assert data == (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
