"""Every national rule has a page (docs/rules/) that matches `rulekit explain`, and its
examples behave: the Example is reported, the Use instead is not. The national fixtures
pass `rulekit test`."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from click.testing import CliRunner
from rulekit_national.letters import Letter
from rulekit_national.testing import account, account_example, post, registry_entry

from rulekit import fixtures
from rulekit.cli import main
from rulekit.config import load
from rulekit.engine import Engine
from rulekit.explain import example, render
from rulekit.testing import engine

ROOT = Path(__file__).resolve().parents[2]
RULES = [r for r in engine().all_rules if r.plugin.startswith("national-")]


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_docs_page_is_in_sync(rule):
    page = ROOT / "docs" / "rules" / f"{rule.id}.md"
    assert page.read_text(encoding="utf-8") == render(rule), (
        f"{page} is stale: run python tools/make_rule_docs.py")


def _site_run(rule, code: str, root: Path) -> list:
    """A site rule's example as an export: each page (an example may hold several, each
    opening with its ``url`` annotation) at its annotation's path."""
    for part in re.split(r"(?=<!-- rulekit: url )", code):
        if not part.strip():
            continue
        url = fixtures.parse(part.encode("utf-8")).url
        page = root / "site" / urlsplit(url).path.lstrip("/")
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(part, encoding="utf-8")
    config = root / "config.yaml"
    config.write_text("as_of: 2022-05-31\nsites:\n  - name: 示例县人民政府\n    export: site\n"
                      "    base_url: http://www.example.gov.cn/\n", encoding="utf-8")
    return Engine(load(config), select=[rule.id], jobs=1).run().findings


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_examples_behave(rule, tmp_path):
    eng = engine(rule.id)
    for heading, reported in (("example", True), ("use instead", False)):
        ex = example(rule, heading)
        assert ex is not None, f"{rule.id} has no '{heading}' example"
        if rule.scope == "site":
            found = _site_run(rule, ex.code, tmp_path / heading.replace(" ", "-"))
        elif rule.scope == "page":
            fx = fixtures.parse(ex.code.encode("utf-8"))
            found = fixtures.check(fx, eng).findings
        elif rule.scope == "letter":
            data = yaml.safe_load(ex.code)
            eng.config.as_of = data["as_of"]
            fields = {k: (dt.datetime.combine(v, dt.time()) if isinstance(v, dt.date) else v)
                      for k, v in data["letter"].items()}
            letter = Letter(where="letters.csv:2", site="示例县人民政府", **fields)
            found = eng.check_item("letter", letter)
        else:
            data = account_example(ex.code)
            if "as_of" in data:
                eng.config.as_of = data["as_of"]
            acc = account(**data["account"])
            reg = [registry_entry(**row) for row in data.get("registry", [])]
            everyone = [account(**a) for a in data.get("accounts", [])]
            if everyone:  # the account itself is the inventory's row of the same name
                acc = next(a for a in everyone if (a.platform, a.name) == (acc.platform,
                                                                            acc.name))
            posts = [post(acc.name, platform=acc.platform, **row)
                     for row in data.get("posts", [])] or None
            found = eng.check_item("account", acc, registry=reg, accounts=everyone or [acc],
                                   posts=posts)
        rules = [f.rule for f in found]
        assert (rule.id in rules) is reported, (rule.id, heading, [f.message for f in found])
        assert "plugin" not in rules and "input" not in rules


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_explain_command(rule):
    result = CliRunner().invoke(main, ["explain", rule.id])
    assert result.exit_code == 0
    assert result.output.startswith(f"# {rule.id}: {rule.title}")
    for heading in ("## What it checks", "## Why", "## Options", "## Example (reported)",
                    "## Use instead (not reported)"):
        assert heading in result.output


def test_explain_unknown_rule_suggests():
    result = CliRunner().invoke(main, ["explain", "privacy.adress"])
    assert result.exit_code == 2 and "did you mean 'privacy.address'" in result.output


def test_national_fixtures_pass_rulekit_test():
    result = CliRunner().invoke(main, ["test", str(ROOT / "plugins/national/tests/fixtures")])
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.output
