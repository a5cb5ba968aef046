"""The bundled demo: `rulekit run configs/demo.yaml` finds exactly what was planted."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

import pytest

from rulekit.config import load
from rulekit.engine import Engine
from rulekit.readers import ocr

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = json.loads((ROOT / "configs/demo/expected.json").read_text(encoding="utf-8"))
OCR = ocr.available()
TOTALS = EXPECTED["totals_with_ocr" if OCR else "totals"]


@pytest.fixture(scope="module")
def result():
    return Engine(load(ROOT / "configs/demo.yaml")).run()


def test_every_planted_site_problem_found_at_its_url(result):
    planted = Counter((p["kind"], p["url"]) for p in EXPECTED["site"]["planted"]
                      if not p["kind"].startswith("decoy:") and p.get("ocr", OCR) == OCR)
    found = Counter()
    for f in result.findings:  # every rule's finding on the site, input problems aside
        if f.target.kind in ("page", "attachment", "site") and f.rule not in ("input", "plugin"):
            found[(f.rule, f.target.url)] += 1
    assert found == planted


def test_every_planted_broken_link_found_with_its_target(result):
    planted = {(p["url"], p["target"]) for p in EXPECTED["site"]["planted"]
               if p["kind"] == "links.broken"}
    found = {(f.target.url, unquote(f.details["target"])) for f in result.findings
             if f.rule == "links.broken"}
    assert len(planted) >= 5 and found == planted


def test_every_account_expectation(result):
    by_account: dict[tuple[str, str], set[str]] = {}
    for f in result.findings:
        if f.target.kind == "account":
            key = f.rule + (":possible-rename" if "疑似更名" in f.message else "")
            by_account.setdefault((f.target.platform, f.target.name), set()).add(key)
    for acc in EXPECTED["newmedia"]:
        got = by_account.get((acc["platform"], acc["name"]), set())
        assert got == set(acc["expect"]), (acc["platform"], acc["name"])


def test_only_the_crawled_account_says_its_silence_is_unconfirmed(result):
    """The inventory's 更新时间来源 of 示例县交警 is a crawler of pushed posts; the other silent
    accounts' dates come from their back office."""
    silent = {f.target.name: f for f in result.findings if f.rule == "newmedia.silence"}
    crawled = {name for name, f in silent.items() if f.details.get("push_only")}
    assert len(silent) >= 5 and crawled == {"示例县交警"}
    assert "仅来自“第三方监测（爬虫抓取）”" in silent["示例县交警"].message


def test_every_letter_expectation(result):
    by_letter: dict[str, set[str]] = {}
    for f in result.findings:
        if f.target.kind == "letter":
            by_letter.setdefault(f.target.name, set()).add(f.rule)
    assert len(EXPECTED["letters"]) == 8
    for letter in EXPECTED["letters"]:
        assert by_letter.get(letter["id"], set()) == set(letter["expect"]), letter["id"]


def test_totals_and_no_leak(result):
    counts = Counter(f.rule + (":possible-rename" if "疑似更名" in f.message else "")
                     for f in result.findings)
    assert dict(counts) == {rule: n for rule, n in TOTALS.items() if n}
    text = json.dumps([f.__dict__ for f in result.findings], default=str, ensure_ascii=False)
    leaks = [p["value"] for p in EXPECTED["site"]["planted"]
             if p["kind"] in {"privacy.id-number", "privacy.address", "privacy.phone"}]
    assert len(leaks) == 17
    for value in leaks:  # neither the number nor the detailed address appears whole
        assert value not in text
    assert result.summary.pages == EXPECTED["site"]["pages"]


def test_rules_off_by_default_give_what_expected_says_when_selected():
    """links.external runs only when selected; then it lists every other site linked to."""
    for rule, n in EXPECTED["off_by_default"].items():
        found = Engine(load(ROOT / "configs/demo.yaml"), select=[rule]).run().findings
        assert sum(f.rule == rule for f in found) == n, rule
