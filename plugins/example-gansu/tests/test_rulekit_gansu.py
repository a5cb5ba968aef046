"""Tests of the Gansu rules with rulekit's pytest fixtures (``make_page``, ``run_rule``).

rulekit registers the fixtures itself (a ``pytest11`` entry point). Pages are whole
government pages (navigation, info table, footer), in UTF-8 and in GBK, as sites serve them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rulekit import fixtures
from rulekit.cli import main
from rulekit.explain import example
from rulekit.testing import engine, rule_ids

import rulekit_gansu

OFD = "gansu.ofd-download"
FOOTER = "gansu.footer-filing"
URL = "http://www.gansu.gov.cn/gsszf/c100055/202205/t20220512_1.shtml"
FIXTURES = Path(__file__).parent / "fixtures"


def gov_page(body: str, *, charset: str = "utf-8", title: str = "关于印发《若干措施》的通知",
             column: str = "政策文件",
             filing: str = "网站标识码：6200000001　陇ICP备05000152号-1") -> str:
    """A page as the province's CMS writes it: national metas, nav, content, footer."""
    return f"""<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="SiteName" content="甘肃省人民政府"><meta name="SiteIDCode" content="6200000001">
<meta name="ColumnName" content="{column}"><meta name="ArticleTitle" content="{title}">
<title>{title}_甘肃省人民政府</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/gsszf/zwgk/">政务公开</a></div>
<div class="article"><h1>{title}</h1>
<table><tr><td>索引号：</td><td>013954038/2022-00087</td><td>发布日期：</td><td>2022-05-12</td>
</tr></table>{body}</div>
<div class="footer"><p>主办单位：甘肃省人民政府办公厅</p><p>{filing}　甘公网安备 62010202000123号</p>
</div></body></html>"""


# -- gansu.ofd-download -----------------------------------------------------------------------

def test_policy_document_without_ofd_is_reported(make_page, run_rule):
    page = make_page(gov_page('<p>附件：<a href="W020220512.pdf">措施.pdf</a> '
                              '<a href="W020220512.wps">措施.wps</a></p>'), url=URL)
    findings = run_rule(OFD, page=page, plugin=rulekit_gansu)
    assert [f.message for f in findings] == ["政策文件未提供OFD版式文件下载：已提供PDF、WPS"]
    assert findings[0].evidence == "关于印发《若干措施》的通知"
    # the entry-point name once installed, the module name when only on the path
    assert findings[0].plugin in {"gansu", "rulekit_gansu"}


def test_policy_document_without_any_download(make_page, run_rule):
    page = make_page(gov_page("<p>正文……</p>"), url=URL)
    assert [f.message for f in run_rule(OFD, page=page, plugin=rulekit_gansu)] == [
        "政策文件未提供OFD版式文件下载：已提供无"]


@pytest.mark.parametrize("link", [
    '<a href="W020220512.ofd">措施.ofd</a>',
    '<a href="/module/download/download.jsp?id=3&amp;filename=通知.ofd">下载</a>',
    '<a href="/gsszf/download.jsp?id=29">OFD版</a>',
    '<a href="W020220512.OFD">版式文件</a>',
])
def test_an_ofd_download_in_any_spelling_passes(make_page, run_rule, link):
    page = make_page(gov_page(f"<p>附件：{link}</p>"), url=URL)
    assert run_rule(OFD, page=page, plugin=rulekit_gansu) == []


def test_gbk_policy_document(make_page, run_rule):
    html = gov_page('<p>附件：<a href="download.jsp?id=3&amp;filename=通知.ofd">通知.ofd</a></p>'
                    '<table border="1"><tr><th>序号</th><th>事项</th></tr>'
                    "<tr><td>1</td><td>食品经营许可</td></tr></table>", charset="gb2312")
    page = make_page(html, url=URL, encoding="gbk")
    assert page.decoded.encoding in {"gbk", "gb2312", "gb18030"}
    assert "序号\t事项" in page.text  # table cells are tab-separated
    assert run_rule(OFD, page=page, plugin=rulekit_gansu) == []
    no_ofd = make_page(gov_page('<p><a href="W1.pdf">PDF版</a></p>', charset="gb2312"), url=URL,
                       encoding="gbk")
    assert rule_ids(run_rule(OFD, page=no_ofd, plugin=rulekit_gansu)) == [OFD]


def test_only_documents_of_policy_columns(make_page, run_rule):
    news = make_page(gov_page("<p>会议要求……</p>", column="政务要闻"), url=URL)
    assert run_rule(OFD, page=news, plugin=rulekit_gansu) == []
    listing = make_page('<meta name="ColumnType" content="政策文件"><ul><li>'
                        '<a href="t1.shtml">通知</a> 2022-05-12</li></ul>',
                        url="http://www.gansu.gov.cn/gsszf/c100055/index.shtml")
    assert listing.column.type == "policy" and not listing.is_article
    assert run_rule(OFD, page=listing, plugin=rulekit_gansu) == []


def test_column_types_option(make_page, run_rule):
    notice = make_page(gov_page("<p>正文</p>", column="通知公告"), url=URL)
    assert notice.column.type == "notice"
    assert run_rule(OFD, page=notice, plugin=rulekit_gansu) == []
    found = run_rule(OFD, page=notice, plugin=rulekit_gansu,
                     options={"column_types": ["policy", "notice"]})
    assert rule_ids(found) == [OFD]


# -- gansu.footer-filing ----------------------------------------------------------------------

def test_complete_footer_passes(make_page, run_rule):
    page = make_page(gov_page("<p>正文</p>"), url=URL)
    assert run_rule(FOOTER, page=page, plugin=rulekit_gansu) == []


def test_full_width_footer_passes(make_page, run_rule):
    page = make_page(gov_page("<p>正文</p>", filing="网站标识码：６２０００００００１　陇ＩＣＰ备０５０００１５２号"),
                     url=URL)
    assert run_rule(FOOTER, page=page, plugin=rulekit_gansu) == []


def test_missing_code_and_icp_are_two_problems(make_page, run_rule):
    page = make_page(gov_page("<p>正文</p>", filing="联系电话：0931-8928000", charset="gbk"),
                     url=URL, encoding="gbk")
    messages = [f.message for f in run_rule(FOOTER, page=page, plugin=rulekit_gansu)]
    assert sorted(messages) == ["页面底部未标注ICP备案编号", "页面底部未标注网站标识码"]


def test_code_differs_from_meta(make_page, run_rule):
    page = make_page(gov_page("<p>正文</p>", filing="网站标识码：6201000002 陇ICP备05000152号"),
                     url=URL)
    [finding] = run_rule(FOOTER, page=page, plugin=rulekit_gansu)
    assert finding.message == "页面底部网站标识码6201000002与SiteIDCode元数据6200000001不一致"


def test_other_province_icp_is_a_warning(make_page, run_rule):
    page = make_page(gov_page("<p>正文</p>", filing="网站标识码：6200000001 京ICP备12034567号"),
                     url=URL)
    [finding] = run_rule(FOOTER, page=page, plugin=rulekit_gansu)
    assert finding.severity == "warning" and "京ICP备12034567号" in finding.message
    assert run_rule(FOOTER, page=page, plugin=rulekit_gansu, options={"icp_prefix": "京"}) == []


def test_a_code_in_the_body_is_not_the_footer(make_page, run_rule):
    body = "<p>网站标识码：6200000001 陇ICP备05000152号</p>" + "<p>正文内容。</p>" * 200
    page = make_page(gov_page(body, filing="联系电话：0931-8928000"), url=URL)
    assert len(run_rule(FOOTER, page=page, plugin=rulekit_gansu)) == 2
    assert run_rule(FOOTER, page=page, plugin=rulekit_gansu, options={"footer_chars": 0}) == []


# -- the package as a whole -------------------------------------------------------------------

def test_declares_the_plugin_api():
    assert rulekit_gansu.RULEKIT_API == "1"


@pytest.mark.parametrize("rule_id", [OFD, FOOTER])
def test_docstring_examples_behave(rule_id):
    eng = engine(rule_id, plugins=[rulekit_gansu])
    rule = next(r for r in eng.all_rules if r.id == rule_id)
    for heading, reported in (("example", True), ("use instead", False)):
        code = example(rule, heading).code
        found = fixtures.check(fixtures.parse(code.encode("utf-8")), eng).findings
        assert (rule_id in rule_ids(found)) is reported, (heading, [f.message for f in found])


def test_annotated_fixtures_pass_rulekit_test():
    result = CliRunner().invoke(main, ["test", str(FIXTURES), "-p", "rulekit_gansu"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].endswith(" passed, 0 failed")
