"""``--format html`` on the demo, looked at in real headless Chromium (Debian's ``chromium``):
the page loads with no console message, its filters work (from the address's ``#`` part,
as a colleague's link opens it), and a screenshot is taken. Without Chromium on the machine
the browser tests are skipped, saying so; the page's self-containment is checked anyway."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html
from rulekit_national.notice_html import HtmlReporter

from rulekit.cli import main
from rulekit.model import Finding, Target
from rulekit.report import Report, RunSummary

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(n)), None)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine "
                                    "(apt install chromium)")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("html")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, [
            "run", "configs/demo.yaml", "--no-cache", "--no-history",
            "--report", f"html:{out / 'report.html'}", "--report", f"json:{out / 'r.json'}"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1, result.stderr
    return out / "report.html", json.loads((out / "r.json").read_text(encoding="utf-8"))


def _chromium(url: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
         f"--user-data-dir={cwd / 'profile'}", "--enable-logging=stderr", "--v=0", *args, url],
        capture_output=True, text=True, timeout=120, cwd=cwd)


def test_the_page_loads_nothing_from_the_network(demo):
    page, _ = demo
    tree = lxml_html.fromstring(page.read_bytes())
    csp = tree.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')
    assert csp and "default-src 'none'" in csp[0]
    assert not tree.xpath("//link | //iframe | //object | //embed | //script[@src] | //img"
                          "[not(starts-with(@src, 'data:'))] | //*[@style[contains(., 'url(')]]")
    for href in tree.xpath("//a/@href"):
        assert href.startswith(("http://", "https://")), href  # links, never loaded on open


@needs_chromium
def test_chromium_opens_it_without_a_console_message_and_the_rule_filter_works(demo, tmp_path):
    page, doc = demo
    ids = sum(f["rule"] == "privacy.id-number" for f in doc["findings"])
    run = _chromium(f"{page.as_uri()}#rule=privacy.id-number", "--dump-dom", cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []
    dom = lxml_html.fromstring(run.stdout)
    assert dom.xpath("//body/@data-ready") == ["1"]  # the script ran to its end
    shown = dom.xpath('//tr[contains(@class, "finding") and not(contains(@class, "hidden"))]')
    assert len(shown) == ids > 0
    assert {tr.get("data-rule") for tr in shown} == {"privacy.id-number"}
    assert dom.xpath('string(//*[@id="shown"])') == str(ids)
    assert dom.xpath('string(//select[@id="f-rule"]/option[@selected]/@value)') in (
        "", "privacy.id-number")  # (the value is set by script, not as an attribute)


@needs_chromium
def test_chromium_verdict_and_severity_filters(demo, tmp_path):
    page, doc = demo
    run = _chromium(f"{page.as_uri()}#verdict=uncertain", "--dump-dom", cwd=tmp_path)
    dom = lxml_html.fromstring(run.stdout)
    rows = dom.xpath('//tr[contains(@class, "verdict") and not(contains(@class, "hidden"))]')
    assert [r.get("data-verdict") for r in rows] == ["uncertain"]
    warnings = sum(f["severity"] == "warning" for f in doc["findings"])
    run = _chromium(f"{page.as_uri()}#severity=warning", "--dump-dom", cwd=tmp_path)
    dom = lxml_html.fromstring(run.stdout)
    shown = dom.xpath('//tr[contains(@class, "finding") and not(contains(@class, "hidden"))]')
    assert len(shown) == warnings and {tr.get("data-severity") for tr in shown} == {"warning"}


@needs_chromium
def test_chromium_screenshot(demo, tmp_path):
    page, _ = demo
    shot = tmp_path / "report.png"
    run = _chromium(f"{page.as_uri()}#verdict=fail", f"--screenshot={shot}",
                    "--window-size=1280,1600", cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_a_hostile_page_cannot_script_the_report():
    summary = RunSummary(as_of=dt.date(2022, 5, 31), as_of_given=True, config=None,
                         version="0.1.0")
    finding = Finding(rule="links.broken", severity="error", title="<b>x</b>",
                      message='</td><script>alert(1)</script>', evidence='"><img src=x>',
                      target=Target(kind="page", site="示例县", url="javascript:alert(1)",
                                    parent_url="http://www.example.gov.cn/a.html"))
    out = io.BytesIO()
    HtmlReporter().write(Report(findings=[finding], summary=summary), out)
    text = out.getvalue().decode("utf-8")
    tree = lxml_html.fromstring(text)
    assert len(tree.xpath("//script")) == 1 and not tree.xpath("//img")
    assert tree.xpath("//a/@href") == ["http://www.example.gov.cn/a.html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text and "javascript:alert(1)" in text
