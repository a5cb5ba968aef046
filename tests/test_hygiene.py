"""The engine changes nothing it is given: not a plugin's rules, not the caller's config."""

from __future__ import annotations

import datetime as dt
import types

import rulekit
from rulekit.config import Config
from rulekit.engine import Engine
from rulekit.fixtures import Fixture as Annotated
from rulekit.fixtures import check


@rulekit.rule("county.hotline", title="页面未公布12345热线", scope="page",
              options={"number": {"type": "string", "default": "12345"}})
def hotline(page, options, as_of):
    if options["number"] not in page.text:
        yield f"页面未公布{options['number']}热线（{as_of.isoformat()}）"


def plugin() -> types.ModuleType:
    module = types.ModuleType("county_rules")
    module.hotline = hotline
    return module


def test_loading_leaves_the_plugins_rule_and_the_callers_config_as_they_were():
    config = Config(path=None, as_of=dt.date(2022, 5, 31), as_of_given=True,
                    select=["county"])
    first = Engine(config, extra_plugins=[plugin()], use_entry_points=False)
    assert hotline.plugin == ""  # the module's object is not stamped with a plugin name
    assert first.rules[0].plugin == "county_rules"
    assert config.rules_options == {}  # the engine's copy carries the options
    assert first.config.rules_options["county.hotline"] == {"number": "12345"}
    # a second engine with the module under another name sees its own name
    other = types.ModuleType("other_name")
    other.hotline = hotline
    second = Engine(config, extra_plugins=[other], use_entry_points=False)
    assert second.rules[0].plugin == "other_name"


def test_an_annotated_fixtures_as_of_does_not_leak_into_the_engine():
    config = Config(path=None, as_of=dt.date(2022, 5, 31), as_of_given=True,
                    select=["county"])
    engine = Engine(config, extra_plugins=[plugin()], use_entry_points=False)
    fx = Annotated(path=None, data="<p>无</p>".encode(), url="http://x.gov.cn/a.html",
                   expect={"county.hotline": 1}, as_of=dt.date(2021, 1, 1))
    outcome = check(fx, engine)
    assert outcome.passed, outcome.problems
    assert "2021-01-01" in outcome.findings[0].message
    assert engine.config.as_of == dt.date(2022, 5, 31)
