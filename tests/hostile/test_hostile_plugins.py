"""Hostile plugins loaded with ``-p plugin.py``: a failing rule never stops the run.

A rule that raises and a rule that yields malformed results each become a ``plugin``
finding that names the rule and its plugin, every other finding is kept, and the exit status
says the results are incomplete (3). A rule that never returns is stopped by the per-rule
time limit (``--rule-timeout``) on that one page.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import corpus
import pytest
from click.testing import CliRunner

from rulekit.cli import main

PLUGIN = textwrap.dedent('''
    import rulekit

    @rulekit.rule("hostile.raises", title="抛出异常的规则")
    def raises(page):
        if "t1" in page.url:
            raise RuntimeError("boom on " + page.url + " 身份证 {id}")

    @rulekit.rule("hostile.malformed", title="输出格式错误的规则")
    def malformed(page):
        if "t2" in page.url:
            yield 42
        if "t3" in page.url:
            yield {{"message": "x", "no_such_field": 1}}
        if "t4" in page.url:
            yield ""

    @rulekit.rule("hostile.fine", title="正常的规则")
    def fine(page):
        yield "每页都有的问题"
    ''')


def _export(root: Path, pages: int = 6) -> Path:
    site = root / "site"
    site.mkdir(parents=True)
    for n in range(pages):
        (site / f"t{n}.html").write_text(corpus.page(corpus.person(400 + n)), encoding="utf-8")
    return corpus.write_config(root)


def test_raising_and_malformed_rules_are_plugin_findings(tmp_path: Path) -> None:
    config = _export(tmp_path)
    secret = corpus.make_id(499)
    plugin = tmp_path / "hostile_rules.py"
    plugin.write_text(PLUGIN.format(id=secret), encoding="utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["run", str(config), "-p", str(plugin),
                                       "--format", "json", "--output", str(out)])
    assert result.exit_code == 3, result.output  # findings, but incomplete: a plugin failed
    findings = json.loads(out.read_text(encoding="utf-8"))["findings"]
    plugin_findings = [f for f in findings if f["rule"] == "plugin"]
    by_rule = {}
    for f in plugin_findings:
        by_rule.setdefault(f["details"]["rule"], []).append(f)
    assert sorted(by_rule) == ["hostile.malformed", "hostile.raises"]
    assert len(by_rule["hostile.raises"]) == 1 and len(by_rule["hostile.malformed"]) == 3
    for f in plugin_findings:
        assert f["plugin"] == str(plugin) and f["details"]["rule"] in f["message"]
    assert "RuntimeError" in by_rule["hostile.raises"][0]["message"]
    assert by_rule["hostile.raises"][0]["url"].endswith("/t1.html")
    # the run went on: every page's ID finding and every page's "fine" finding are there
    ids = {f["url"].rsplit("/", 1)[-1] for f in findings if f["rule"] == "privacy.id-number"}
    assert ids == {f"t{n}.html" for n in range(6)}
    assert len([f for f in findings if f["rule"] == "hostile.fine"]) == 6
    # and the exception's text was masked like any message
    assert secret not in out.read_text(encoding="utf-8") and secret not in result.output


LOOP = textwrap.dedent('''
    import rulekit

    @rulekit.rule("hostile.loops", title="死循环的规则")
    def loops(page):
        while "t1" in page.url:
            try:  # a rule that swallows every Exception still cannot escape the limit
                pass
            except Exception:
                pass
    ''')


def test_a_rule_that_never_returns_is_stopped_by_the_time_limit(tmp_path: Path) -> None:
    config = _export(tmp_path, pages=3)
    plugin = tmp_path / "loop_rules.py"
    plugin.write_text(LOOP, encoding="utf-8")
    out = tmp_path / "report.json"
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "rulekit.cli", "run", str(config), "-p", str(plugin),
             "--rule-timeout", "2", "--format", "json", "--output", str(out)],
            capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("the run did not stop the looping rule within 30 s")
    assert proc.returncode == 3, proc.stderr
    findings = json.loads(out.read_text(encoding="utf-8"))["findings"]
    stopped = [f for f in findings if f["rule"] == "plugin"]
    assert len(stopped) == 1 and stopped[0]["details"]["rule"] == "hostile.loops"
    assert stopped[0]["url"].endswith("/t1.html")
    ids = {f["url"].rsplit("/", 1)[-1] for f in findings if f["rule"] == "privacy.id-number"}
    assert ids == {"t0.html", "t1.html", "t2.html"}
