"""The formats CI reads, on the bundled demo: SARIF 2.1.0 (validated against its schema),
JUnit XML and GitHub workflow commands, all from one run's Report; ``--fail-on`` and
``--exit-zero``."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import IGNORE_SITE_WIDE, SHARED
from lxml import etree

from rulekit.cli import main
from rulekit.model import Finding, Target
from rulekit.report import Report, RunSummary
from rulekit.reporters.github import GithubReporter
from rulekit.reporters.junit import JunitReporter
from rulekit.reporters.sarif import SarifReporter

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = json.loads((SHARED / "data/sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """One run of the demo, from the repository's root as a CI job runs it, writing JSON,
    SARIF, JUnit and GitHub annotations side by side."""
    out = tmp_path_factory.mktemp("ci")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, [
            "run", "configs/demo.yaml", "--no-cache",
            "--report", f"json:{out / 'r.json'}", "--report", f"sarif:{out / 'r.sarif'}",
            "--report", f"junit:{out / 'r.xml'}", "--report", f"github:{out / 'r.txt'}"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1, result.output
    return {"json": json.loads((out / "r.json").read_text(encoding="utf-8")),
            "sarif": json.loads((out / "r.sarif").read_text(encoding="utf-8")),
            "junit": etree.parse(str(out / "r.xml")),
            "github": (out / "r.txt").read_text(encoding="utf-8")}


def test_sarif_is_valid_against_the_2_1_0_schema(reports):
    jsonschema.Draft7Validator(SARIF_SCHEMA).validate(reports["sarif"])
    assert reports["sarif"]["version"] == "2.1.0"


def test_sarif_has_every_finding_with_its_fingerprint_and_rule_help(reports):
    run = reports["sarif"]["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    findings = reports["json"]["findings"]
    assert len(results) == len(findings) > 20
    assert [r["partialFingerprints"]["rulekitFingerprint/v1"] for r in results] == \
        [f["fingerprint"] for f in findings]
    for res in results:  # every result's rule is described, with its help page
        rule = rules[res["ruleIndex"]]
        assert rule["id"] == res["ruleId"]
        assert rule["shortDescription"]["text"] and rule["help"]["text"]
    ids = {r["id"]: r for r in rules}
    assert "## Why" in ids["privacy.id-number"]["help"]["markdown"]
    assert ids["privacy.id-number"]["shortDescription"]["text"] == "公开信息中含未脱敏的居民身份证号码"
    assert "input" in ids  # the engine's own findings are described too


def test_sarif_locations_are_export_files_relative_to_the_repository(reports):
    results = reports["sarif"]["runs"][0]["results"]
    by_rule = {}
    for res in results:
        by_rule.setdefault(res["ruleId"], []).append(res)
    for res in results:
        loc = res["locations"][0]
        art = loc["physicalLocation"]["artifactLocation"]
        assert art["uriBaseId"] == "%SRCROOT%"
        assert not art["uri"].startswith(("/", "http")), art  # code scanning needs repo paths
        assert (ROOT / art["uri"]).is_file(), art["uri"]
    privacy = by_rule["privacy.id-number"][0]
    uri = privacy["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.startswith("configs/demo/county/") and uri.endswith((".html", ".docx", ".pdf"))
    url = privacy["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
    assert url.startswith("http://www.example-county.gov.cn/")
    # a site rule's finding at a page points at the page's file, not the config
    stale = by_rule["columns.stale"][0]["locations"][0]["physicalLocation"]
    assert stale["artifactLocation"]["uri"].startswith("configs/demo/county/zwgk/")
    # an account's finding: the config, the account as its logical location
    silent = by_rule["newmedia.silence"][0]["locations"][0]
    assert silent["physicalLocation"]["artifactLocation"]["uri"] == "configs/demo.yaml"
    assert "/" in silent["logicalLocations"][0]["fullyQualifiedName"]


def test_sarif_never_leaks_what_the_privacy_rules_found(reports):
    text = json.dumps(reports["sarif"], ensure_ascii=False)
    for f in reports["json"]["findings"]:
        if f["rule"] == "privacy.id-number":
            assert "********" in f["evidence"]
    assert "360999199" not in text  # no birth date after the demo's area code is left whole


def test_junit_has_a_case_per_rule_and_site_or_account(reports):
    tree = reports["junit"]
    suites = {s.get("name"): s for s in tree.getroot().iter("testsuite")}
    checked = reports["json"]["checked"]
    sites = [c["name"] for c in checked if c["kind"] == "site"]
    accounts = [c for c in checked if c["kind"] == "account"]
    privacy = suites["privacy.id-number"]
    assert [c.get("name") for c in privacy.iter("testcase")] == sites
    county, town = list(privacy.iter("testcase"))
    assert county.find("failure") is not None and town.find("failure") is None
    assert "360999********" in county.find("failure").text
    silence = suites["newmedia.silence"]
    assert int(silence.get("tests")) == len(accounts)
    assert int(silence.get("failures")) == sum(
        1 for f in reports["json"]["findings"] if f["rule"] == "newmedia.silence")
    root = tree.getroot()
    assert int(root.get("failures")) == sum(int(s.get("failures")) for s in suites.values())
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites.values())


def test_github_annotations_one_per_finding_with_repository_files(reports):
    lines = reports["github"].splitlines()
    findings = reports["json"]["findings"]
    assert lines[-1] == f"rulekit: {len(findings)} findings"
    commands = lines[:-1]
    assert len(commands) == len(findings)
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in commands)
    with_file = [line for line in commands if " file=configs/demo/county/" in line]
    assert len(with_file) >= 20
    assert any(line.startswith("::error title=newmedia.silence") for line in commands)


def _report(message: str, evidence: str = "", path: str | None = None,
            severity: str = "error") -> Report:
    finding = Finding(rule="county.hotline", severity=severity, message=message,
                      evidence=evidence, title="页面底部未公布12345热线", fingerprint="f" * 16,
                      target=Target(kind="page", site="示例县", url="http://x.gov.cn/a.html",
                                    path=path))
    import datetime as dt

    summary = RunSummary(as_of=dt.date(2022, 5, 31), as_of_given=True, config=None,
                         version="0.1.0")
    return Report(findings=[finding], summary=summary)


def test_github_escapes_what_a_page_could_use_to_forge_a_command():
    out = io.BytesIO()
    GithubReporter().write(_report("第一行\n::error file=x::forged 100%", "a,b:c\r\n"), out)
    first, last = out.getvalue().decode("utf-8").splitlines()
    assert first.startswith("::error title=county.hotline 页面底部未公布12345热线::")
    assert "%0A::error file=x::forged 100%25" in first
    assert "a,b:c%0D%0A" in first
    assert last == "rulekit: 1 finding"


def test_junit_keeps_control_characters_out_of_the_xml():
    out = io.BytesIO()
    JunitReporter().write(_report("栏目\x0b名称\x00", "\udcff"), out)
    tree = etree.fromstring(out.getvalue())  # parses: no character XML 1.0 refuses
    assert "\\x0b" in tree.find(".//failure").text


def test_sarif_outside_the_repository_gives_an_absolute_file_uri(tmp_path):
    page = tmp_path / "a.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    out = io.BytesIO()
    SarifReporter(root=tmp_path / "repo").write(_report("问题", path=str(page)), out)
    log = json.loads(out.getvalue())
    jsonschema.Draft7Validator(SARIF_SCHEMA).validate(log)
    art = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art == {"uri": page.as_uri()}


def test_fail_on_and_exit_zero(export):
    # a page whose only finding is a warning: the charset it declares is not its own
    export.navigation()
    export.file("site/zwgk/a.html", ('<html><head><meta charset="gb2312"><title>通知</title>'
                                     '</head><body><p>关于开展春季植树活动的通知。</p>'
                                     '</body></html>'), encoding="utf-8")
    config = export.config(IGNORE_SITE_WIDE + "  select: [site.charset-declaration]\n")
    runner = CliRunner()
    plain = runner.invoke(main, ["run", str(config), "--no-cache", "--format", "json"])
    severities = {f["severity"] for f in json.loads(plain.output)["findings"]}
    assert severities == {"warning"} and plain.exit_code == 1
    assert runner.invoke(main, ["run", str(config), "--no-cache",
                                "--fail-on", "warning"]).exit_code == 1
    assert runner.invoke(main, ["run", str(config), "--no-cache",
                                "--fail-on", "error"]).exit_code == 0
    assert runner.invoke(main, ["run", str(config), "--no-cache", "--exit-zero"]).exit_code == 0
    bad = runner.invoke(main, ["run", str(config), "--fail-on", "fatal"])
    assert bad.exit_code == 2 and "fatal" in bad.output
