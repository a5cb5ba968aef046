"""configs/national.yaml says every value in it is also the built-in default, and sets every
option of every national rule: a threshold changed in one place and not the other is a
config that means something other than it says."""

from __future__ import annotations

from pathlib import Path

import yaml

from rulekit.testing import engine

ROOT = Path(__file__).resolve().parents[2]


def test_national_yaml_is_the_built_in_defaults_and_sets_every_option():
    doc = yaml.safe_load((ROOT / "configs" / "national.yaml").read_text(encoding="utf-8"))
    options = doc["rules"]["options"]
    rules = {r.id: r for r in engine().all_rules if r.plugin.startswith("national-")}
    assert set(options) <= set(rules)
    for rule_id, rule in rules.items():
        if not rule.defaults:
            continue
        assert options.get(rule_id) == rule.defaults, rule_id


def test_national_yaml_verdicts_are_the_built_in_scheme():
    from rulekit_national.verdicts import NATIONAL, declared

    doc = yaml.safe_load((ROOT / "configs" / "national.yaml").read_text(encoding="utf-8"))
    verdicts = doc["verdicts"]
    assert {k: v for k, v in verdicts.items() if k != "rules"} == NATIONAL
    national = [r for r in engine().all_rules if r.plugin.startswith("national-")]
    assert verdicts["rules"] == declared(national)  # what each rule declares, written out


def test_national_yaml_loads_as_a_config_with_its_verdicts_section():
    from rulekit.config import load
    from rulekit.engine import Engine

    engine = Engine(load(ROOT / "configs" / "national.yaml"))
    assert engine.config.sections["verdicts"]["pass_score"] == 60
