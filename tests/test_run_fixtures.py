"""Run fixtures: built once per run, asked for by name, failures cost only their rules."""

from __future__ import annotations

from pathlib import Path

import pytest

import rulekit
from rulekit.fixture import FixtureError, RunValues, fixture
from rulekit.rules import RuleDefinitionError

PLUGIN = '''
import rulekit

BUILT = []

@rulekit.fixture
def hotlines(config, as_of):
    """The hotline numbers of the province, read once per run."""
    BUILT.append(as_of)
    return {"12345", "12315"}

@rulekit.fixture(name="hotline_words")
def words(hotlines):
    return {"热线" + n for n in hotlines}

@rulekit.rule("county.hotline", title="页面未公布12345热线", scope="page")
def hotline(page, hotlines, hotline_words):
    if not any(n in page.text for n in hotlines):
        yield "页面未公布12345政务服务便民热线"

@rulekit.fixture
def broken():
    raise ValueError("the word list is missing")

@rulekit.rule("county.broken", title="用坏fixture的规则", scope="page")
def uses_broken(page, broken):
    yield "never"

@rulekit.rule("county.typo", title="参数写错的规则", scope="page")
def typo(page, hotline):
    yield "never"
'''


def plugin(tmp_path: Path, text: str = PLUGIN) -> None:
    (tmp_path / "county_rules.py").write_text(text, encoding="utf-8")


def test_a_fixture_is_built_once_per_run_and_reaches_every_page(export, findings_of,
                                                                 tmp_path):
    plugin(tmp_path)
    for i in range(5):
        export.page(f"p{i}.html", "<p>没有热线</p>" if i % 2 else "<p>服务热线：12345</p>")
    result = export.run("plugins: [county_rules.py]\nrules:\n  select: [county.hotline]\n")
    found = findings_of(result, "county.hotline")
    assert sorted(f.target.url.rsplit("/", 1)[1] for f in found) == ["p1.html", "p3.html"]
    module = next(m for name, m in __import__("sys").modules.items()
                  if name.startswith("rulekit_local_county_rules"))
    assert len(module.BUILT) == 1  # five pages, one build
    assert str(module.BUILT[0]) == "2022-05-31"  # the config's as_of, not the clock
    assert result.exit_code == 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_fixture_costs_its_rules_once_and_the_run_goes_on(export, findings_of,
                                                                    tmp_path, jobs):
    """Once, also when every worker process meets the failure on its own."""
    plugin(tmp_path)
    for i in range(40):
        export.page(f"p{i:02d}.html", "<p>没有热线</p>")
    result = export.run("plugins: [county_rules.py]\nrules:\n"
                        "  select: [county.hotline, county.broken]\n", jobs=jobs,
                        parallel_after=0)
    errors = findings_of(result, "plugin")
    assert len(errors) == 1  # once for the run, not once per page or per worker
    assert errors[0].target.url.endswith("/p00.html")  # where a single process meets it
    assert "county.broken" in errors[0].message and "the word list is missing" in errors[0].message
    assert result.plugin_errors == 1
    assert len(findings_of(result, "county.hotline")) == 40  # the other rule ran on all
    assert result.exit_code == 3


def test_a_rule_asking_for_what_nothing_provides_is_named_with_a_hint(export, findings_of,
                                                                      tmp_path):
    plugin(tmp_path)
    export.page("a.html", "<p>没有热线</p>")
    result = export.run("plugins: [county_rules.py]\nrules:\n"
                        "  select: [county.hotline, county.typo]\n")
    errors = findings_of(result, "plugin")
    assert len(errors) == 1
    assert "county.typo" in errors[0].message and "hotline" in errors[0].message
    assert "是否应为hotlines" in errors[0].message
    assert len(findings_of(result, "county.hotline")) == 1
    assert result.exit_code == 3


def test_each_run_builds_its_fixtures_afresh():
    calls = []

    @fixture
    def counter(as_of):
        calls.append(as_of)
        return len(calls)

    values = RunValues({"counter": counter}, {"as_of": 1})
    assert values.get("counter") == 1 and values.get("counter") == 1
    assert RunValues({"counter": counter}, {"as_of": 2}).get("counter") == 2
    values.provide(as_of=3)  # another value for a name a fixture read: built again
    assert values.get("counter") == 3


def test_a_fixture_asking_for_itself_through_another_is_an_error():
    @fixture
    def a(b):
        return b

    @fixture
    def b(a):
        return a

    values = RunValues({"a": a, "b": b}, {})
    with pytest.raises(FixtureError, match="a → b → a"):
        values.get("a")


def test_fixture_names_and_scopes_are_checked():
    def words():
        return set()

    with pytest.raises(RuleDefinitionError, match="unknown scope"):
        fixture(scope="page")(words)
    with pytest.raises(RuleDefinitionError, match="Python name"):
        fixture(name="Word-List")(words)
    assert rulekit.fixture is fixture
