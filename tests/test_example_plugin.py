"""The worked example of a province plugin (plugins/example-gansu) keeps working with rulekit.

It is a separate package that CI does not install: the module is loaded from its source
folder by file path and run through ``rulekit.testing`` exactly as its own tests do.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from rulekit import fixtures
from rulekit.testing import engine, rule_ids

EXAMPLE = Path(__file__).resolve().parents[1] / "plugins" / "example-gansu"
URL = "http://www.gansu.gov.cn/gsszf/c100055/202205/t20220512_1.shtml"
FOOTER = ('<div class="footer"><p>主办单位：甘肃省人民政府办公厅</p>'
          "<p>网站标识码：6200000001　陇ICP备05000152号-1　甘公网安备 62010202000123号</p></div>")


@pytest.fixture(scope="module")
def gansu() -> ModuleType:
    """The ``rulekit_gansu`` package, imported from its source folder (not installed)."""
    init = EXAMPLE / "src" / "rulekit_gansu" / "__init__.py"
    spec = importlib.util.spec_from_file_location(
        "rulekit_gansu", init, submodule_search_locations=[str(init.parent)])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def policy_page(links: str, *, charset: str = "utf-8") -> str:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            '<meta name="SiteIDCode" content="6200000001">'
            '<meta name="ColumnName" content="政策文件"><meta name="ArticleTitle" '
            'content="关于印发《甘肃省优化营商环境若干措施》的通知"></head><body>'
            '<div class="nav"><a href="/">首页</a></div><div class="article">'
            "<table><tr><td>索引号：</td><td>013954038/2022-00087</td></tr></table>"
            f"<p>附件：{links}</p></div>{FOOTER}</body></html>")


def test_rules_and_api(gansu):
    eng = engine(plugins=[gansu])
    ours = {r.id: r for r in eng.all_rules if r.plugin == "rulekit_gansu"}
    assert set(ours) == {"gansu.ofd-download", "gansu.footer-filing"}
    assert gansu.RULEKIT_API == "1"
    assert all(r.source and "## Example" in r.doc and "## Use instead" in r.doc
               for r in ours.values())


def test_ofd_download(gansu, make_page, run_rule):
    pdf_wps = make_page(policy_page('<a href="W020220512.pdf">PDF版</a> '
                                    '<a href="W020220512.wps">WPS版</a>'), url=URL)
    found = run_rule("gansu.ofd-download", page=pdf_wps, plugin=gansu)
    assert [f.message for f in found] == ["政策文件未提供OFD版式文件下载：已提供PDF、WPS"]
    for link in ('<a href="W020220512.ofd">措施.ofd</a>',
                 '<a href="download.jsp?id=3&amp;filename=通知.ofd">下载</a>',
                 '<a href="download.jsp?id=29">OFD版</a>'):
        page = make_page(policy_page(link, charset="gb2312"), url=URL, encoding="gbk")
        assert run_rule("gansu.ofd-download", page=page, plugin=gansu) == [], link


def test_footer_filing(gansu, make_page, run_rule):
    good = make_page(policy_page("无"), url=URL)
    assert run_rule("gansu.footer-filing", page=good, plugin=gansu) == []
    bare = make_page("<p>正文</p><div class='footer'>主办单位：甘肃省人民政府办公厅</div>", url=URL)
    assert sorted(f.message for f in run_rule("gansu.footer-filing", page=bare, plugin=gansu)) == [
        "页面底部未标注ICP备案编号", "页面底部未标注网站标识码"]


def test_every_rule_of_the_plugin_at_once(gansu, make_page, run_rule):
    page = make_page(policy_page('<a href="W020220512.pdf">PDF版</a>'), url=URL)
    assert rule_ids(run_rule(page=page, plugin=gansu)) == ["gansu.ofd-download"]


FIXTURES = sorted((EXAMPLE / "tests" / "fixtures").glob("*.html"))


def test_there_are_fixtures_of_both_encodings():
    assert len(FIXTURES) >= 4
    assert any(b"charset=gb2312" in p.read_bytes() for p in FIXTURES)


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_annotated_fixture(gansu, path):
    fixture = fixtures.parse(path.read_bytes(), path)
    assert fixture.expect or fixture.ok
    outcome = fixtures.check(fixture, engine(sorted(fixtures.rules_named([fixture])),
                                             plugins=[gansu]))
    assert outcome.passed, outcome.problems
