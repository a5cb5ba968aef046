"""The engine: plugin loading, rule collection and selection, options, isolation of failures."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import SITE_WIDE

from rulekit.config import load
from rulekit.engine import Engine
from rulekit.errors import ConfigError
from rulekit.rules import Rule, RuleDefinitionError, rule, select

NATIONAL = {"privacy.id-number", "privacy.address", "newmedia.silence", "newmedia.unfiled",
            "downloads.formats"}

LOCAL_PLUGIN = '''
import rulekit

@rulekit.rule("county.hotline", title="页面未公布12345热线", scope="page",
              options={"number": {"type": "string", "default": "12345"}})
def hotline(page, options):
    assert options["number"] in page.text, f"页面未公布{options['number']}政务服务便民热线"

@rulekit.rule("county.crash", title="会出错的规则", scope="page")
def crash(page):
    if "触发" in page.text:
        raise RuntimeError("boom on purpose")

@rulekit.rule("county.malformed", title="输出格式错误的规则", scope="page")
def malformed(page):
    if "触发" in page.text:
        yield 42
'''


def plugin_file(tmp_path: Path) -> Path:
    path = tmp_path / "local_rules.py"
    path.write_text(LOCAL_PLUGIN, encoding="utf-8")
    return path


def test_national_rules_arrive_through_entry_points(export):
    export.page("index.html", "<p>首页</p>")
    engine = Engine(load(export.config()))
    by_id = {r.id: r for r in engine.all_rules}
    assert NATIONAL <= set(by_id)
    assert by_id["privacy.id-number"].plugin == "national-privacy"
    assert by_id["newmedia.silence"].plugin == "national-newmedia"


def test_core_names_no_rule():
    core = Path(__file__).resolve().parents[1] / "src" / "rulekit"
    for path in core.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for rule_id in NATIONAL:
            assert rule_id not in text, f"{path} names the rule {rule_id}"
        assert "rulekit_national" not in text, f"{path} imports the national rules"


def test_config_plugin_assert_style_and_options(export, findings_of, tmp_path):
    plugin_file(tmp_path)
    export.page("a.html", "<p>服务热线：12345</p>")
    export.page("b.html", "<p>没有热线</p>")
    result = export.run("plugins: [local_rules.py]\nrules:\n  select: [county.hotline]\n")
    found = findings_of(result, "county.hotline")
    assert [f.target.url for f in found] == ["http://www.example.gov.cn/b.html"]
    assert found[0].message == "页面未公布12345政务服务便民热线"
    assert found[0].plugin.endswith("local_rules.py")
    result = export.run("plugins: [local_rules.py]\nrules:\n  select: [county.hotline]\n"
                        "  options:\n    county.hotline: {number: '0791-12345'}\n")
    assert len(findings_of(result, "county.hotline")) == 2


def test_rule_that_raises_becomes_a_finding_and_run_goes_on(export, findings_of, tmp_path):
    plugin_file(tmp_path)
    export.page("a.html", "<p>触发 12345</p>")
    export.page("b.html", "<p>正常 12345</p>")
    result = export.run("plugins: [local_rules.py]\nrules:\n  select: [county]\n")
    errors = findings_of(result, "plugin")
    assert len(errors) == 2  # the crash and the malformed yield, both on a.html only
    messages = " ".join(f.message for f in errors)
    assert "county.crash" in messages and "RuntimeError" in messages
    assert "county.malformed" in messages
    assert all(f.target.url.endswith("/a.html") for f in errors)
    assert result.plugin_errors == 2
    assert result.summary.pages == 2


def test_bad_options_refused_at_start(export, tmp_path):
    plugin_file(tmp_path)
    with pytest.raises(ConfigError, match=r"config.yaml:\d+: rules.options.county.hotline"):
        export.run("plugins: [local_rules.py]\nrules:\n  options:\n"
                   "    county.hotline: {number: 12345}\n")


def test_unknown_rule_in_select_suggests(export):
    with pytest.raises(ConfigError, match="did you mean 'privacy.id-number'"):
        export.run("rules:\n  select: [privacy.id-numbr]\n")


def test_unknown_rule_options_suggests(export):
    with pytest.raises(ConfigError, match="did you mean 'newmedia.silence'"):
        export.run("rules:\n  options:\n    newmedia.silense: {max_days: 7}\n")


def test_select_and_ignore_most_specific_wins():
    def f(page):
        return None

    rules = [Rule(id=i, title="t", func=f) for i in sorted(NATIONAL)]
    ids = lambda s, i: [r.id for r in select(rules, s, i)]  # noqa: E731
    assert ids(["privacy"], ["privacy.address"]) == ["privacy.id-number"]
    assert ids(["privacy.address"], ["privacy"]) == ["privacy.address"]
    assert len(ids(None, None)) == 5


def test_rule_definition_errors():
    with pytest.raises(RuleDefinitionError, match="area.name"):
        rule("NoDot", title="x")(lambda page: None)
    with pytest.raises(RuleDefinitionError, match="cannot ask for pages"):
        rule("a.b", title="x", scope="page")(lambda pages: None)
    with pytest.raises(RuleDefinitionError, match="lower-case name"):
        rule("a.b", title="x", scope="Galaxy")(lambda page: None)


def test_a_scope_or_argument_no_input_provides_is_a_plugin_finding(export):
    import types

    module = types.ModuleType("county_rules")
    module.galaxy = rule("county.galaxy", title="x", scope="galaxy")(lambda star: None)
    module.wrong = rule("county.wrong", title="x", scope="page")(lambda page, account: None)
    module.fine = rule("county.fine", title="页面", scope="page")(lambda page: "页面问题")
    export.page("a.html", "<p>首页</p>")
    result = export.run("rules:\n  select: [county]\n", extra_plugins=[module])
    errors = {f.details["rule"]: f.message for f in result.findings if f.rule == "plugin"}
    assert "galaxy没有输入提供" in errors["county.galaxy"] and "account" in errors["county.galaxy"]
    assert "account" in errors["county.wrong"]
    assert [f.rule for f in result.findings if f.rule.startswith("county.")] == ["county.fine"]
    assert result.exit_code == 3


def test_plugin_for_other_api_version_refused(export, tmp_path):
    (tmp_path / "old_plugin.py").write_text("RULEKIT_API = '0'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="API 0"):
        export.run("plugins: [old_plugin.py]\n")


def test_missing_export_is_an_input_finding(export, findings_of):
    path = export.config()
    text = path.read_text(encoding="utf-8").replace("export: site", "export: nowhere")
    path.write_text(text, encoding="utf-8")
    result = Engine(load(path)).run()
    assert [f.message for f in findings_of(result, "input")] == [
        "输入无法读取：文件不存在（site export not found）"]


def test_broken_page_reported_rest_checked(export, findings_of):
    export.file("site/zwgk/broken.html", b"\x00\x01\x02binary\x00\x00\x00" * 100)
    export.file("site/zwgk/empty.html", b"")
    export.page("zwgk/xzcf/t1.html", "<p>身份证号码：110105199003071239</p>",
                meta={"ArticleTitle": "行政处罚决定书"})
    result = export.run()
    inputs = {f.target.url.rsplit("/", 1)[-1]: f.message for f in findings_of(result, "input")}
    assert set(inputs) == {"broken.html", "empty.html"}
    assert "binary" in inputs["broken.html"]
    assert len(findings_of(result, "privacy.id-number")) == 1


def test_findings_have_stable_fingerprints(export):
    export.page("zwgk/xzcf/t1.html", "<p>身份证号码：110105199003071239</p>")
    first = {f.fingerprint for f in export.run(ignore=SITE_WIDE).findings}
    second = {f.fingerprint for f in export.run(ignore=SITE_WIDE).findings}
    assert first == second and len(first) == 1


def test_as_of_from_config_not_clock(export, findings_of):
    # Born 2023: a valid number only after that date, so with as_of 2022-05-31 no finding.
    number = textwrap.dedent("110105202301011239")
    export.page("zwgk/t1.html", f"<p>身份证号码：{number}</p>")
    assert findings_of(export.run(), "privacy.id-number") == []


LOOPING_PLUGIN = '''
import rulekit

@rulekit.rule("county.loops", title="死循环的规则", scope="page")
def loops(page):
    while "循环" in page.text:
        pass
'''


def test_rule_that_loops_is_stopped_and_reported(export, findings_of, tmp_path):
    (tmp_path / "looping.py").write_text(LOOPING_PLUGIN, encoding="utf-8")
    export.page("a.html", "<p>循环</p>")
    export.page("b.html", "<p>正常</p>")
    export.page("zwgk/xzcf/c.html", "<p>身份证号码：110105199003071239</p>")
    path = export.config("plugins: [looping.py]\n")
    result = Engine(load(path), rule_timeout=0.5).run()
    stopped = findings_of(result, "plugin")
    assert len(stopped) == 1 and "超时" in stopped[0].message
    assert stopped[0].target.url.endswith("/a.html")
    assert len(findings_of(result, "privacy.id-number")) == 1
    assert result.exit_code == 3


SLOW_REDUCE_PLUGIN = '''
import time

import rulekit

@rulekit.rule("county.slow-reduce", title="慢的全站规则", scope="site")
def slow_reduce(site, pages):
    time.sleep(0.6)
    yield rulekit.Problem(f"检查了{len(pages)}个页面")
'''


def _slow_reduce_run(export, tmp_path, pages: int):
    (tmp_path / "slow.py").write_text(SLOW_REDUCE_PLUGIN, encoding="utf-8")
    for n in range(pages):
        export.page(f"p{n}.html", f"<p>第{n}页</p>")
    path = export.config("plugins: [slow.py]\n")
    return Engine(load(path), rule_timeout=0.4, select=["county"]).run()


def test_a_site_reduce_past_its_limit_is_stopped_and_reported(export, findings_of, tmp_path):
    result = _slow_reduce_run(export, tmp_path, pages=3)
    (stopped,) = findings_of(result, "plugin")
    assert "county.slow-reduce" in stopped.message and "超时" in stopped.message
    assert findings_of(result, "county.slow-reduce") == []
    assert result.exit_code == 3


def test_a_site_reduce_gets_the_rule_timeout_per_share_of_its_site(export, findings_of,
                                                                    tmp_path, monkeypatch):
    """The reduce's work grows with the export: 3 pages at 2 per share is two shares, and
    0.8 s covers the 0.6 s reduce the 0.4 s page limit would stop."""
    import rulekit.engine

    monkeypatch.setattr(rulekit.engine, "RESOURCES_PER_TIMEOUT", 2)
    result = _slow_reduce_run(export, tmp_path, pages=3)
    assert findings_of(result, "plugin") == []
    (done,) = findings_of(result, "county.slow-reduce")
    assert done.message == "检查了3个页面"


def test_site_timeout_scales_with_the_resources_and_keeps_no_limit_as_none(export):
    engine = Engine(load(export.config("")), rule_timeout=30)
    assert [engine.site_timeout(n) for n in (0, 10_000, 10_001, 100_000)] == [30, 30, 60, 300]
    engine.rule_timeout = 0
    assert engine.site_timeout(100_000) == 0


def test_entry_point_that_fails_to_load_makes_exit_3(export, monkeypatch):
    from importlib.metadata import EntryPoint

    import rulekit.loading as engine_module

    real = engine_module.entry_points

    def with_broken(group):
        return list(real(group=group)) + [
            EntryPoint(name="broken", value="no_such_module_xyz", group=group)]

    monkeypatch.setattr(engine_module, "entry_points", with_broken)
    export.page("index.html", "<p>首页</p>")
    result = export.run()
    (err,) = [f for f in result.findings if f.rule == "plugin"]
    assert err.plugin == "broken" and "ModuleNotFoundError" in err.message
    assert result.exit_code == 3


def test_a_page_whose_reading_fails_unforeseen_is_an_input_finding(export, findings_of,
                                                                    monkeypatch):
    from rulekit.page import Page

    real = Page.attachments.func

    def explode(self):
        if self.url.endswith("/bad.html"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(self)

    monkeypatch.setattr(Page, "attachments", property(explode))
    export.page("bad.html", "<p>x</p>")
    export.page("zwgk/xzcf/t1.html", "<p>身份证号码：110105199003071239</p>")
    result = export.run()
    (err,) = findings_of(result, "input")
    assert err.target.url.endswith("/bad.html") and "RecursionError" in err.message
    assert len(findings_of(result, "privacy.id-number")) == 1


MISSPELLED = '''
import rulekit

@rulekit.hookimpl
def rulekit_extract_txt(name, data, content_type):
    return "never called"

@rulekit.hookimpl(optionalhook=True)
def rulekit_future_hook(report):
    return None
'''


def test_a_misspelled_hook_is_a_plugin_finding_naming_it(export, tmp_path):
    plugin = tmp_path / "misspelled.py"
    plugin.write_text(MISSPELLED, encoding="utf-8")
    config = load(export.config())
    result = Engine(config, extra_plugins=[str(plugin)]).run()
    found = [f for f in result.findings if f.rule == "plugin"]
    assert [f.message for f in found] == [
        f"插件{plugin}实现了rulekit没有的钩子rulekit_extract_txt，它不会被调用"
        "（是否应为rulekit_extract_text？）"]
    assert result.exit_code == 3  # an optional hook marked as such is not reported
