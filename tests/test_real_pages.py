"""The real government pages and OFD files in ../shared/real: read without an input error,
and no rule reports personal data on them (none contains any)."""

from __future__ import annotations

import shutil

import pytest
from conftest import REAL

from rulekit.config import load
from rulekit.engine import Engine

pytestmark = pytest.mark.skipif(not (REAL / "pages").is_dir(), reason="shared/real not beside")


def test_full_run_over_real_pages_and_ofd(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(REAL / "pages", site / "pages")
    shutil.copytree(REAL / "attachments", site / "files")
    (tmp_path / "config.yaml").write_text(
        "as_of: 2025-12-31\nsites:\n  - name: 真实页面\n    export: site\n"
        "    base_url: http://www.example.gov.cn/\n", encoding="utf-8")
    result = Engine(load(tmp_path / "config.yaml")).run()
    assert result.summary.pages == 18 and result.summary.attachments == 4
    by_rule = {}
    for f in result.findings:
        by_rule.setdefault(f.rule, []).append(f"{f.target.url}: {f.message}")
    assert "input" not in by_rule and "plugin" not in by_rule, by_rule
    assert "privacy.id-number" not in by_rule, by_rule
    assert "privacy.address" not in by_rule, by_rule
