"""Pytest fixtures for testing rules, without writing files by hand.

Registered as a pytest plugin (entry point ``pytest11``), so a plugin's tests can use the
fixtures directly::

    def test_hotline_missing(make_page, run_rule):
        page = make_page("<p>联系电话：0791-7654321</p>")
        findings = run_rule("county.hotline", page=page, plugin=county_rules)
        assert [f.message for f in findings] == ["页面未公布12345政务服务便民热线"]

The builders behind them live in :mod:`rulekit.builders` and are re-exported here.
"""

from __future__ import annotations

import pytest

from rulekit.builders import AS_OF, BASE_URL, attachment, engine, page, rule_ids, run_rule, site

__all__ = ["AS_OF", "BASE_URL", "attachment", "engine", "page", "rule_ids", "run_rule", "site"]


@pytest.fixture
def make_page():
    """Build a :class:`rulekit.Page` from an HTML string: ``make_page(html, url=…, …)``."""
    return page


@pytest.fixture
def make_attachment():
    """Build an attachment page from its text: ``make_attachment(text, url=…)``."""
    return attachment


@pytest.fixture
def make_site():
    """Build a site: ``make_site(name, base_url=…, columns=[(name, type, match)])``."""
    return site


@pytest.fixture(name="run_rule")
def run_rule_fixture():
    """Run rules on a page or an input's item: ``run_rule("county.hotline", page=…)``.

    The accounts of the national ``newmedia`` input are built with ``make_account`` and
    ``make_registry``, fixtures the national plugin registers for pytest itself."""
    return run_rule
