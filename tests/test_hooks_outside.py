"""Every hook of ``rulekit.hookspecs`` through the province package of tests/data/outside_plugin,
as a province office writes and runs it: a real ``rulekit run`` on a real export (a GBK page,
full-width digits, a table), asserting what the hook's contract promises and, where the
contract says what happens when something goes wrong, that too.

The package's modules, each a plugin of its own: ``rulekit_outside`` (a site rule, the
``corrections`` input, a run fixture, the ``zipcsv`` reporter), ``.names`` (rules and a
fixture made from a word list), ``.cmsdump`` (a CMS's JSON-lines export), ``.csvtext``
(``.csv`` attachments), ``.xmltable`` (XML tables), ``.sscard`` (social security card numbers
masked) and ``.region`` (the config's checks, each finding's region).

The deprecated ``rulekit_make_reporter``/``rulekit_report_formats`` are tested in
tests/test_cli.py.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import re
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import IGNORE_SITE_WIDE

from rulekit import hookspecs
from rulekit.cli import main
from rulekit.config import SiteConfig, load

OUTSIDE = Path(__file__).parent / "data" / "outside_plugin"
PACKAGE = OUTSIDE / "src"
BASE = "http://www.example.gov.cn/"
#: valid ID numbers (GB 11643 check digit) of a county of the region table
ID_A, ID_B = "610323198506120036", "610323199001010020"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
DEPRECATED = {"rulekit_make_reporter", "rulekit_report_formats"}


@pytest.fixture
def outside(monkeypatch):
    """The package on the path, as tests/test_outside_plugin.py puts it; its modules, and the
    plugin files a test loads, forgotten after the test."""
    monkeypatch.syspath_prepend(str(PACKAGE))
    before = set(sys.modules)
    yield
    for name in [n for n in sys.modules if n.startswith("rulekit_outside")
                 or (n.startswith("rulekit_local_") and n not in before)]:
        del sys.modules[name]


def run(config: Path, *args: str):
    """``rulekit run CONFIG --format json``: the result and the report (None if none)."""
    result = CliRunner().invoke(main, ["run", str(config), "--format", "json", *args])
    text = result.stdout.strip()
    return result, json.loads(text) if text.startswith("{") else None


def by_rule(doc) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for f in doc["findings"]:
        out.setdefault(f["rule"], []).append(f)
    return out


def messages(doc, rule: str) -> list[str]:
    return sorted(f["message"] for f in doc["findings"] if f["rule"] == rule)


def local_plugin(export, name: str, source: str) -> str:
    """A province's quick plugin file beside the config (``plugins: [name.py]``)."""
    export.file(f"{name}.py", source)
    return f"{name}.py"


def loaded(export, name: str):
    """The module rulekit loaded from the plugin file ``name.py`` beside the config."""
    path = (export.root / f"{name}.py").resolve()
    return next(m for n, m in sys.modules.items() if n.startswith("rulekit_local_")
                and Path(getattr(m, "__file__", "") or "").resolve() == path)


# ------------------------------------------------------------------------- the package itself


def test_every_hook_but_the_deprecated_has_an_implementation_in_the_package(outside):
    import importlib

    text = (OUTSIDE / "pyproject.toml").read_text(encoding="utf-8")
    section = text.split('[project.entry-points."rulekit.plugins"]\n', 1)[1].split("\n\n")[0]
    modules = re.findall(r'^[a-z-]+ = "([a-z_.]+)"$', section, re.M)
    assert "rulekit_outside" in modules and len(modules) == 7
    implemented = set()
    for module_name in modules:
        module = importlib.import_module(module_name)
        assert module.RULEKIT_API == "1"
        implemented |= {n for n in dir(module) if n.startswith("rulekit_")
                        and hasattr(getattr(module, n), "rulekit_impl")}
    hooks = {n for n in dir(hookspecs) if n.startswith("rulekit_")}
    assert implemented == hooks - DEPRECATED


# ------------------------------------------------------------------------- rulekit_collect_rules

GUOTU = "<p>发布日期：2022-05-12</p><p>县国土资源局关于开展2022年地质灾害排查的通知</p>"


def test_collect_rules_makes_one_rule_per_word_list_entry(export, outside):
    export.page("zwgk/tzgg/a.html", GUOTU)
    export.page("zwgk/tzgg/b.html", "<p>发布日期：2022-05-16</p><p>原县环境保护局的职责划入县生态环境分局。</p>")
    export.page("zwgk/tzgg/c.html", "<p>发布日期：2018-06-01</p><p>县卫生和计划生育局关于…的通知</p>")
    export.page("zwgk/tzgg/d.html", "<p>发布日期：2022-05-20</p><p>县安全生产监督管理局：防汛值班表</p>")
    config = export.config("plugins: [rulekit_outside.names]\n")
    listed = CliRunner().invoke(main, ["rules", "--config", str(config)])
    assert listed.exit_code == 0, listed.output
    made = [line.split("\t") for line in listed.output.splitlines() if "old-name" in line]
    assert [m[0] for m in made] == ["outside.old-name-anjian", "outside.old-name-gongshang",
                                    "outside.old-name-guotu", "outside.old-name-huanbao",
                                    "outside.old-name-weiji"]
    assert {m[2] for m in made} == {"[rulekit_outside.names]"}
    # the hook is called for every plugin: each other plugin's rules stay its own, once
    assert listed.output.count("privacy.id-number\t") == 1
    assert "\t[national-privacy]\t" in next(line for line in listed.output.splitlines()
                                            if line.startswith("privacy.id-number\t"))

    result, doc = run(config, "--ignore", "outside.old-name-anjian")
    assert result.exit_code == 1, result.output
    found = {f["rule"]: f for f in doc["findings"] if f["rule"].startswith("outside.")}
    # b names the old agency as such (原…), c was published before the change, d is ignored
    assert sorted(found) == ["outside.old-name-guotu"]
    assert found["outside.old-name-guotu"]["message"] == (
        "页面仍使用机构改革前名称“国土资源局”（2019年3月起为“自然资源局”）")
    assert found["outside.old-name-guotu"]["url"] == BASE + "zwgk/tzgg/a.html"
    assert "outside.old-name-anjian" not in doc["summary"]["rules"]


def test_collect_rules_returning_what_is_not_a_rule_stops_the_run(export, outside):
    export.page("index.html", GUOTU)
    plugin = local_plugin(export, "word_rules", (
        "import sys\nimport rulekit\n\nWORDS = ['国土资源局', '环境保护局']\n\n"
        "@rulekit.hookimpl\ndef rulekit_collect_rules(plugin):\n"
        "    if plugin is sys.modules[__name__]:\n        return WORDS\n"))
    result, doc = run(export.config(f"plugins: [rulekit_outside.names, {plugin}]\n"))
    assert result.exit_code == 2 and doc is None
    assert "rulekit_collect_rules returned str, not a rulekit.Rule" in result.stderr


# ---------------------------------------------------------------------- rulekit_collect_fixtures


def test_collect_fixtures_gives_the_exemption_list_built_once_per_run(export, outside):
    export.page("zwgk/lsyg/index.html", "<p>历史沿革：2001年设县国土资源局，2019年改为县自然资源局。"
                "县环境保护局……</p>")
    export.page("zwgk/tzgg/a.html", GUOTU)
    export.page("zwgk/tzgg/b.html", "<p>发布日期：2022-05-16</p><p>县环境保护局公告</p>")
    export.file("outside-exempt.txt", "# 历史沿革：旧名称是对的\nhttp://www.example.gov.cn/zwgk/lsyg/\n")
    result, doc = run(export.config("plugins: [rulekit_outside.names]\n"))
    assert result.exit_code == 1, result.output
    urls = sorted(f["url"] for f in doc["findings"] if f["rule"].startswith("outside.old-name"))
    assert urls == [BASE + "zwgk/tzgg/a.html", BASE + "zwgk/tzgg/b.html"]
    names = sys.modules["rulekit_outside.names"]
    assert names.READ == [export.root / "outside-exempt.txt"]  # 5 rules x 3 pages: read once


def test_a_fixture_that_fails_costs_only_the_rules_that_use_it(export, outside):
    export.page("zwgk/tzgg/a.html", GUOTU + "<p>社保卡号：K12345678</p>")
    export.file("outside-exempt.txt", "http://www.example.gov.cn/zwgk/lsyg/\n/zwgk/jgzn/\n")
    result, doc = run(export.config("plugins: [rulekit_outside.names, rulekit_outside.sscard]\n"))
    assert result.exit_code == 3, result.output
    failed = by_rule(doc)["plugin"]
    names = sys.modules["rulekit_outside.names"]
    # one finding for each rule that asks for the fixture (not one per page), naming it
    assert sorted(f["details"]["rule"] for f in failed) == sorted(r.id for r in names.RULES)
    assert all("fixture old_name_exempt failed: ValueError: outside-exempt.txt第2行不是网址："
               "/zwgk/jgzn/" in f["message"] for f in failed)
    assert not any(f["rule"].startswith("outside.old-name") for f in doc["findings"])
    assert messages(doc, "outside.ss-card") == ["公开信息中含未脱敏的社会保障卡卡号：K******78"]


# ---------------------------------------------------------------------------- rulekit_add_inputs

MESSAGES_CSV = """编号,收到时间,答复时间,页面地址
JC-001,2022-05-23,2022-05-24,http://www.example.gov.cn/a.html
JC-002,2022-05-16,2022-05-20,http://www.example.gov.cn/b.html
"""


def test_add_inputs_reads_its_section_and_its_rules_see_one_item_each(export, outside):
    export.page("index.html", "<p>首页</p>")
    export.file("纠错留言.csv", MESSAGES_CSV, encoding="gbk")  # saved by Excel in China
    result, doc = run(export.config("plugins: [rulekit_outside]\ncorrections:\n"
                                    "  messages: 纠错留言.csv\n"))
    assert result.exit_code == 1, result.output
    assert doc["summary"]["items"] == {"message": 2}
    assert messages(doc, "outside.correction-late") == [
        "网站纠错留言JC-002于2022-05-16收到，于2022-05-20答复，用时4个工作日"]
    late = by_rule(doc)["outside.correction-late"][0]
    assert late["target"]["kind"] == "message" and late["target"]["name"] == "JC-002"


def test_add_inputs_section_is_validated_with_its_schema(export, outside):
    export.page("index.html", "<p>首页</p>")
    config = export.config("plugins: [rulekit_outside]\ncorrections:\n  files: 纠错留言.csv\n")
    result, doc = run(config)
    assert result.exit_code == 2 and doc is None
    assert f"{config}:" in result.stderr and "messages" in result.stderr


# ----------------------------------------------------------------------------- rulekit_configure


def test_configure_refuses_a_site_outside_the_government_domain_before_reading(export, outside):
    config = export.file("config.yaml", "as_of: 2022-05-31\nplugins: [rulekit_outside.region]\n"
                         f"sites:\n  - name: 示例县人民政府\n    export: site\n    base_url: {BASE}\n"
                         "  - name: 示例县融媒体中心\n    export: no-such-export\n"
                         "    base_url: http://www.example-media.com/\n")
    result, doc = run(config)
    assert result.exit_code == 2 and doc is None
    assert (f"rulekit: error: {config}:7: 网站“示例县融媒体中心”的地址http://www.example-media.com/"
            "不是政府网站域名（应以.gov.cn结尾，见国办发〔2017〕47号）") in result.stderr
    assert "not found" not in result.stderr  # refused before any input was read


def test_configure_sees_every_rules_options_with_defaults_applied(export, outside):
    export.page("index.html", "<p>首页</p>")
    export.file("messages.csv", MESSAGES_CSV)
    text = "plugins: [rulekit_outside, rulekit_outside.region]\ncorrections:\n  messages: messages.csv\n"
    result, doc = run(export.config(text))  # the default, 1 day: accepted
    assert result.exit_code == 1, result.output
    config = export.config(text + "rules:\n  options:\n    outside.correction-late: {days: 5}\n")
    result, doc = run(config)
    assert result.exit_code == 2 and doc is None
    assert "网站纠错留言答复时限不得超过3个工作日（outside.correction-late的days为5）" in result.stderr
    assert f"{config}:" in result.stderr


def test_configure_refuses_a_config_without_monitoring_point(export, outside):
    export.navigation()  # what the navigation links to
    config = export.config("plugins: [rulekit_outside.region]\n" + IGNORE_SITE_WIDE)
    config.write_text(config.read_text(encoding="utf-8").replace("as_of: 2022-05-31\n", ""),
                      encoding="utf-8")
    result, doc = run(config)
    assert result.exit_code == 2 and doc is None
    assert "省级检查须在配置中写明监测时间点 as_of" in result.stderr
    result, doc = run(config, "--as-of", "2022-05-31")  # the command line gives it
    assert result.exit_code == 0, result.output


def test_configure_of_the_package_lets_rules_and_explain_work(outside):
    """``rulekit rules``, ``explain`` and ``test`` build an engine without a config file and
    call the hook too: the package returns at once when ``config.path`` is None."""
    for args in (["rules"], ["explain", "outside.ss-card"]):
        result = CliRunner().invoke(main, [*args, "-p", "rulekit_outside.region",
                                           "-p", "rulekit_outside.sscard"])
        assert result.exit_code == 0, result.output + result.stderr


def test_configure_is_called_only_for_a_loaded_config(export, outside):
    plugin = local_plugin(export, "province_checks", (
        "from rulekit import ConfigError, hookimpl\n\n@hookimpl\ndef rulekit_configure(config):\n"
        "    if not config.as_of_given:\n"
        "        raise ConfigError('省级检查须在配置中写明监测时间点 as_of')\n"))
    result = CliRunner().invoke(main, ["rules", "-p", str(export.root / plugin)])
    assert result.exit_code == 0, result.stderr


# ------------------------------------------------- rulekit_config_sections, rulekit_judge_report


def test_judge_report_adds_the_provinces_per_region_line_from_its_own_section(export, outside):
    export.page("zwgk/xzcf/t1.html", f"<p>当事人：张某，身份证号码：{ID_A}</p>")
    config = export.config("plugins: [rulekit_outside.region]\n" + IGNORE_SITE_WIDE +
                           "region_summary:\n  heading: 分地区检查情况\n")
    result = CliRunner().invoke(main, ["run", str(config), "--no-cache"])
    assert result.exit_code == 1, result.stderr
    # the national judge ran first: its verdict is what the province's line counts
    assert "检查政府网站1个，合格0个，不合格1个，合格率0.00%" in result.stdout
    assert "分地区检查情况：示例县网站1个，不合格1个" in result.stdout
    as_json = CliRunner().invoke(main, ["run", str(config), "--no-cache", "--format", "json"])
    assert json.loads(as_json.stdout)["verdicts"][0]["label"] == "不合格"


def test_a_plugins_config_section_is_validated_with_its_line(export, outside):
    config = export.config("plugins: [rulekit_outside.region]\n" + IGNORE_SITE_WIDE +
                           "region_summary:\n  heading: 分地区\n  colour: red\n")
    result = CliRunner().invoke(main, ["run", str(config)])
    assert result.exit_code == 2
    assert re.search(r"config\.yaml:\d+.*colour", result.stderr), result.stderr
    # without the plugin, the section is no one's: refused, naming the known sections
    bare = export.config(IGNORE_SITE_WIDE + "region_summary:\n  heading: 分地区\n")
    result = CliRunner().invoke(main, ["run", str(bare)])
    assert result.exit_code == 2 and "unknown key 'region_summary'" in result.stderr


# ------------------------------------------------------------------------ rulekit_column_types


def test_column_types_name_the_provinces_own_column(export, outside):
    export.page("zwgk/zcwj/t1.html", "<p>解读正文</p>", meta={"ColumnName": "政策解读"})
    export.page("zwgk/zcwj/t2.html", "<p>文件正文</p>", meta={"ColumnName": "规范性文件"})
    config = export.config("plugins: [rulekit_outside.region]\n" + IGNORE_SITE_WIDE)
    result = CliRunner().invoke(main, ["inspect", str(export.site / "zwgk/zcwj/t1.html"),
                                       str(export.site / "zwgk/zcwj/t2.html"),
                                       "--config", str(config), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    pages = json.loads(result.stdout)
    # the province's word wins where the config says nothing; the config's column still
    # rules where it matches (/zwgk/zcwj/ is the policy column in the test config)
    assert [(p["column"]["name"], p["column"]["type"], p["column"]["source"]["type"])
            for p in pages] == [("政策解读", "interpretation", "column name (ColumnName meta)"),
                                ("规范性文件", "policy", "column name (ColumnName meta)")]


# --------------------------------------------------------------------------- rulekit_open_export


def page_record(url: str, body: str, encoding: str = "utf-8", **info) -> str:
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset="
            f"{'gb2312' if encoding == 'gbk' else encoding}'><title>示例</title></head>"
            f"<body>{body}</body></html>")
    if encoding == "utf-8":
        return json.dumps({"url": url, "html": html, **info}, ensure_ascii=False)
    data = base64.b64encode(html.encode(encoding)).decode("ascii")
    return json.dumps({"url": url, "body_base64": data, "content_type":
                       f"text/html; charset={encoding}", **info}, ensure_ascii=False)


def dump(export, mirror: bool = True) -> Path:
    attachment = base64.b64encode(f"领取人：张三\t身份证号：{ID_A}\n".encode()).decode()
    lines = [
        # an attachment before the page that links to it: read after every page
        json.dumps({"url": BASE + "zwgk/gsgg/W020220512.txt", "body_base64": attachment,
                    "content_type": "text/plain"}),
        page_record(BASE + "zwgk/gsgg/t20220512_1.html",
                    "<p>补贴发放名单：李四，身份证号：" + ID_B.translate(FULL_WIDTH) + "</p>"
                    "<a href='W020220512.txt'>名单.txt</a>", encoding="gbk",
                    column="公示公告", published="2022-05-12"),
        '{"url": "' + BASE + 'zwgk/broken.html", "html": "<p>截断',  # cut off mid-record
        json.dumps({"html": "<p>没有地址的记录</p>"}, ensure_ascii=False),
        page_record("http://www.baoji.gov.cn/index.html", f"<p>{ID_A}</p>"),  # another site
        page_record(BASE + "zwgk/tzgg/t20220520_2.html", f"<p>联系人身份证号：{ID_A}</p>"),
        json.dumps({"url": BASE + "zwgk/gsgg/W020220520.pdf", "body_base64": "JVBERi0x!!",
                    "content_type": "application/pdf"}),
    ]
    export.file("cms-dump.jsonl", "\n".join(lines) + "\n")
    text = ("as_of: 2022-05-31\nplugins: [rulekit_outside.cmsdump]\n"
            "rules:\n  select: [privacy.id-number]\nsites:\n"
            "  - name: 示例县人民政府（站群导出）\n    export: cms-dump.jsonl\n"
            f"    base_url: {BASE}\n")
    if mirror:
        export.page("index.html", "<p>镜像首页</p>")
        text += f"  - name: 示例县人民政府（镜像）\n    export: site\n    base_url: {BASE}\n"
    return export.file("dump.yaml", text)


def test_open_export_reads_a_cms_dump_and_reports_bad_records(export, outside):
    result, doc = run(dump(export))
    assert result.exit_code == 1, result.output
    ids = by_rule(doc)["privacy.id-number"]
    where = {(f["site"], f["url"], f.get("parent_url")) for f in ids}
    dumped = "示例县人民政府（站群导出）"
    assert where == {
        (dumped, BASE + "zwgk/gsgg/t20220512_1.html", None),  # the GBK page, full-width digits
        (dumped, BASE + "zwgk/gsgg/W020220512.txt",  # the attachment knows its page
         BASE + "zwgk/gsgg/t20220512_1.html"),
        (dumped, BASE + "zwgk/tzgg/t20220520_2.html", None),  # after the bad records
    }
    problems = {f["evidence"]: f["message"] for f in by_rule(doc)["input"]}
    assert "CMS dump record is not JSON" in problems["cms-dump.jsonl:3"]
    assert "CMS dump record has no url" in problems["cms-dump.jsonl:4"]
    assert "body_base64 is damaged" in problems["cms-dump.jsonl:7"]
    assert {f["evidence"] for f in by_rule(doc)["input"]} == {
        "cms-dump.jsonl:3", "cms-dump.jsonl:4", "cms-dump.jsonl:7"}
    summary = doc["summary"]
    assert summary["pages"] == 3  # two of the dump, one of the mirror (the hook said None)
    assert summary["attachments"] == 1
    assert summary["entries"]["not_checked"]["outside the site"] == 1
    assert [c["name"] for c in doc["checked"]] == [dumped, "示例县人民政府（镜像）"]
    assert [c["pages"] for c in doc["checked"]] == [2, 1]


def test_open_export_streams_and_returns_none_for_other_exports(export, outside):
    from rulekit_outside import cmsdump

    config = load(dump(export, mirror=False))
    (site,) = config.sites
    resources = cmsdump.rulekit_open_export(site)
    assert isinstance(resources, Iterator)  # lazy: nothing is read before the first next()
    first = next(resources)
    assert first.url == BASE + "zwgk/gsgg/t20220512_1.html"  # pages first
    assert b"\xb2\xb9\xcc\xf9" in first.load()  # 补贴 in GBK, as the CMS stored it
    # a record written after the reading began is read: the file is read a line at a time
    with site.export.open("a", encoding="utf-8") as fh:
        fh.write(page_record(BASE + "late.html", "<p>导出时追加的页面</p>") + "\n")
    assert BASE + "late.html" in [getattr(r, "url", None) for r in resources]
    assert cmsdump.rulekit_open_export(SiteConfig(name="镜像", export=export.site,
                                                  base_url=BASE)) is None


# --------------------------------------------------------------------------- rulekit_extract_text

ROSTER = ("序号,姓名,身份证号,发放金额（元）\n1,张三,{a},1200\n2,李四,{b},800\n")


def roster_site(export, extra: str = "") -> None:
    export.page("zwgk/gsgg/t20220512_1.html", "<p>2022年耕地地力保护补贴发放名单公示</p>"
                "<a href='W020220512.csv'>发放名单.csv</a><a href='W020220513.csv'>附表.csv</a>"
                "<a href='W020220514.wps'>通知.wps</a>" + extra)
    export.file("site/zwgk/gsgg/W020220512.csv",
                ROSTER.format(a=ID_A.translate(FULL_WIDTH), b="610323********0020"), encoding="gbk")
    export.file("site/zwgk/gsgg/W020220513.csv", b"PK\x03\x04\x14\x00 an xlsx saved as .csv")
    export.file("site/zwgk/gsgg/W020220514.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 wps")


def test_extract_text_reads_csv_attachments_for_the_privacy_rules(export, outside):
    roster_site(export)
    without, doc = run(export.config("rules:\n  select: [privacy.id-number]\n"))
    assert without.exit_code == 0, without.output  # rulekit itself does not read .csv
    assert doc["summary"]["entries"]["not_checked"]["format not read"] == 3

    result, doc = run(export.config("plugins: [rulekit_outside.csvtext]\n"
                                    "rules:\n  select: [privacy.id-number]\n"))
    assert result.exit_code == 1, result.output
    page = BASE + "zwgk/gsgg/t20220512_1.html"
    (found,) = by_rule(doc)["privacy.id-number"]
    assert found["target"]["kind"] == "attachment"
    assert (found["url"], found["parent_url"]) == (BASE + "zwgk/gsgg/W020220512.csv", page)
    assert ID_A.translate(FULL_WIDTH) not in json.dumps(doc, ensure_ascii=False)
    # a .csv that is a zip: an input finding of that file, and the run went on
    (bad,) = by_rule(doc)["input"]
    assert bad["url"] == BASE + "zwgk/gsgg/W020220513.csv" and bad["parent_url"] == page
    assert "CSV附件实为二进制文件" in bad["message"]
    # the .wps is not ours (None): still not read, as before
    assert doc["summary"]["entries"]["not_checked"] == {"format not read": 1, "unreadable": 1}
    assert doc["summary"]["attachments"] == 1


def test_extract_text_stays_within_the_attachment_chars_limit(export, outside):
    roster_site(export)
    rows = "".join(f"{n},王{n},610323********{n:04d},500\n" for n in range(3, 400))
    path = export.site / "zwgk/gsgg/W020220512.csv"
    path.write_bytes(path.read_bytes() + rows.encode("gbk"))
    result, doc = run(export.config("plugins: [rulekit_outside.csvtext]\nlimits:\n"
                                    "  attachment_chars: 2000\nrules:\n  select: [privacy.id-number]\n"))
    assert result.exit_code == 1, result.output
    assert len(by_rule(doc)["privacy.id-number"]) == 1  # what was read before the cut is checked
    cut = [f for f in by_rule(doc)["input"] if f["url"].endswith("W020220512.csv")]
    assert len(cut) == 1
    assert cut[0]["message"].startswith("输入无法读取：内容超出检查上限，超出部分未检查（attachment text "
                                        "longer than 2,000 characters")


def test_extract_text_problems_are_findings_of_the_file_each_in_its_kind(export, outside):
    roster_site(export)
    rows = "".join(f"{n},王{n},610323********{n:04d},500\n" for n in range(3, 400))
    path = export.site / "zwgk/gsgg/W020220512.csv"
    path.write_bytes(path.read_bytes() + b"\x81\x20broken GBK\n" + rows.encode("gbk"))
    result, doc = run(export.config("plugins: [rulekit_outside.csvtext]\nlimits:\n"
                                    "  attachment_chars: 2000\nrules:\n  select: [privacy.id-number]\n"))
    problems = sorted(f["message"] for f in by_rule(doc)["input"]
                      if f["url"].endswith("W020220512.csv"))
    # two problems of two kinds: two findings, each led by its kind's words (the hook's
    # documented contract: only parser warnings are joined into one)
    assert len(problems) == 2, problems
    assert problems[0].startswith("输入无法读取：内容超出检查上限，超出部分未检查（attachment text")
    assert problems[1].startswith("输入无法读取：文字编码有误，部分文字可能无法识别（1 undecodable")
    assert by_rule(doc)["privacy.id-number"]  # the text read before the cut is checked


# ----------------------------------------------------------------------------- rulekit_read_table

MESSAGES_XML = """<?xml version="1.0" encoding="GBK"?>
<纠错留言列表 导出时间="2022-05-31">
  <留言 编号="JC-001"><收到时间>2022-05-23</收到时间><答复时间>2022-05-24</答复时间>
    <页面地址>http://www.example.gov.cn/a.html</页面地址></留言>
  <留言 编号="JC-002"><收到时间>2022-05-16</收到时间><答复时间>2022-05-20</答复时间></留言>
  <留言><备注>测试数据，请忽略</备注></留言>
  <留言 编号="JC-004"><收到时间>2022-05-32</收到时间><答复时间>2022-05-24</答复时间></留言>
  <留言 编号="JC-005" 收到时间="2022-05-27"><URL>http://www.example.gov.cn/c.html</URL></留言>
  <留言 编号="JC-006"><收到时间>2022-05-27</收到时间><答复时间>2022-05-2
"""


def test_read_table_reads_an_xml_export_for_the_input(export, outside):
    export.page("index.html", "<p>首页</p>")
    export.file("纠错留言.xml", MESSAGES_XML, encoding="gbk")
    result, doc = run(export.config("plugins: [rulekit_outside, rulekit_outside.xmltable]\n"
                                    "corrections:\n  messages: 纠错留言.xml\n"))
    assert result.exit_code == 1, result.output
    assert doc["summary"]["items"] == {"message": 4}  # JC-001, 002, 004, 005
    assert messages(doc, "outside.correction-late") == [
        "网站纠错留言JC-002于2022-05-16收到，于2022-05-20答复，用时4个工作日",
        "网站纠错留言JC-005于2022-05-27收到，至今未答复，用时2个工作日"]
    problems = sorted(f["message"] for f in by_rule(doc)["input"])
    assert len(problems) == 3, problems
    assert any("record has none of the fields asked for" in m for m in problems)
    assert any("field 'received'" in m for m in problems)  # 2022-05-32, the row is read
    assert any("XML breaks at line" in m and "the records after it are not read" in m
               for m in problems)
    wheres = {f["evidence"] for f in by_rule(doc)["input"]}
    assert "纠错留言.xml:6" in wheres  # the record with no field, by its line


def test_read_table_refuses_a_dtd_and_cuts_long_cells(export, outside):
    export.page("index.html", "<p>首页</p>")
    export.file("bomb.xml", '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>\n'
                '<x><留言 编号="JC-1"><收到时间>&a;</收到时间></留言></x>\n')
    result, doc = run(export.config("plugins: [rulekit_outside, rulekit_outside.xmltable]\n"
                                    "corrections:\n  messages: bomb.xml\n"))
    assert doc["summary"]["items"] == {"message": 0}
    assert any("XML with a DTD or entity declarations is refused" in f["message"]
               for f in by_rule(doc)["input"])
    long_note = "很长的留言内容" * 30
    export.file("long.xml", f'<x><留言 编号="JC-7" 收到时间="2022-05-30"><备注>{long_note}</备注>'
                '</留言></x>')
    result, doc = run(export.config("plugins: [rulekit_outside, rulekit_outside.xmltable]\n"
                                    "limits:\n  cell_chars: 100\n"
                                    "corrections:\n  messages: long.xml\n"))
    assert doc["summary"]["items"] == {"message": 1}
    assert any("limits.cell_chars" in f["message"] for f in by_rule(doc)["input"])


# --------------------------------------------------------------------- rulekit_find_personal_data

CARD_PAGE = ("<p>发布日期：2022-05-20</p><p>县国土资源局社保卡领取公告：社保卡号：Ｋ１２３４&#8203;５６７８，"
             "请持身份证领取。</p>")


@pytest.mark.parametrize("masking", [True, False], ids=["with-hook", "without-hook"])
def test_find_personal_data_masks_card_numbers_in_every_rules_evidence(export, outside, masking):
    export.page("zwgk/tzgg/t20220520_1.html", CARD_PAGE, encoding="gbk")
    plugins = "rulekit_outside.names" + (", rulekit_outside.sscard" if masking else "")
    result, doc = run(export.config(f"plugins: [{plugins}]\n"))
    assert result.exit_code == 1, result.output
    (old,) = by_rule(doc)["outside.old-name-guotu"]
    # the old-name rule quotes 20 characters after the name: the card number's first digits
    assert old["evidence"].endswith("社保卡号：Ｋ１２３４\u200b５" if not masking else
                                    "社保卡号：Ｋ****\u200b*")  # masked in the page's characters
    if masking:
        assert messages(doc, "outside.ss-card") == ["公开信息中含未脱敏的社会保障卡卡号：K******78"]
        assert "１２３４" not in json.dumps(doc, ensure_ascii=False)


# ----------------------------------------------------------------------- rulekit_process_finding

POLICY = "<h1>关于印发《示例县优化营商环境实施方案》的通知</h1><p>发布日期：2022-05-12</p>" \
         "<p>附件：<a href='W020220512.pdf'>实施方案.pdf</a></p>"
COLUMNS = "  - {name: 政策解读, type: policy, match: \"/zwgk/zcjd/\"}\n"


def policy_site(export) -> None:
    export.page("zwgk/zcwj/t20220512_1.html", POLICY)
    export.page("zwgk/zcjd/t20220513_1.html", POLICY.replace("印发", "解读"))
    export.page("zwgk/tzgg/t20220520_1.html", CARD_PAGE)


def with_interpretation_column(config: Path) -> Path:
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("    columns:\n", "    columns:\n" + "    " + COLUMNS), encoding="utf-8")
    return config


SPY = """import rulekit

SEEN = []


@rulekit.hookimpl
def rulekit_process_finding(report, config):
    SEEN.append((report.finding, report.dropped))
"""


def test_process_finding_adds_the_region_and_drops_what_the_province_does_not_count(
        export, outside):
    policy_site(export)
    spy = local_plugin(export, "spy", SPY)
    config = with_interpretation_column(export.config(
        f"plugins: [{spy}, rulekit_outside.names, rulekit_outside.region]\n"
        "rules:\n  select: [downloads.formats, outside.old-name-guotu]\n"))
    result, doc = run(config)
    assert result.exit_code == 1, result.output
    formats = by_rule(doc)["downloads.formats"]
    assert [f["url"] for f in formats] == [BASE + "zwgk/zcwj/t20220512_1.html"]  # 解读 dropped
    for f in doc["findings"]:
        assert f["details"]["region"] == "示例县" and f["details"]["region_code"] == "610323"
    # registered before region, the spy is called after it: it sees region's changes, and
    # is called for the finding region dropped too (report.dropped says so)
    seen = loaded(export, "spy").SEEN
    region = {"region": "示例县", "region_code": "610323"}
    assert sorted((f.rule, f.target.url, f.details == region, dropped) for f, dropped in seen) == [
        ("downloads.formats", BASE + "zwgk/zcjd/t20220513_1.html", False, True),
        ("downloads.formats", BASE + "zwgk/zcwj/t20220512_1.html", True, False),
        ("outside.old-name-guotu", BASE + "zwgk/tzgg/t20220520_1.html", True, False)]


def test_process_finding_sees_masked_evidence(export, outside):
    export.page("zwgk/tzgg/t20220520_1.html",
                CARD_PAGE.replace("县国土资源局社保卡", f"经办人身份证号{ID_A}，县国土资源局社保卡"))
    spy = local_plugin(export, "spy", SPY)
    result, doc = run(export.config(f"plugins: [rulekit_outside.sscard, rulekit_outside.names, "
                                    f"{spy}]\nrules:\n  select: [outside.old-name-guotu]\n"))
    seen = loaded(export, "spy").SEEN
    ((finding, _dropped),) = seen
    # rulekit's mask (the ID number) and every plugin's (the card number) applied already
    assert finding.evidence.startswith("610323********0036，县国土资源局")
    assert finding.evidence.endswith("社保卡号：Ｋ****\u200b*")
    assert result.exit_code == 1 and doc["findings"][0]["evidence"] == finding.evidence


DUTY = """import dataclasses

import rulekit

#: the office responsible for each rule's findings (责任科室)
DUTY = {"downloads.formats": "政务公开办", "privacy.id-number": "网信办"}


@rulekit.hookimpl
def rulekit_process_finding(report, config):
    f = report.finding
    report.finding = dataclasses.replace(f, details={**f.details, "duty": DUTY[f.rule]})
"""


def test_process_finding_that_raises_keeps_the_finding_and_says_so(export, outside):
    policy_site(export)
    duty = local_plugin(export, "duty", DUTY)
    config = export.config(f"plugins: [rulekit_outside.region, rulekit_outside.names, {duty}]\n"
                           "rules:\n  select: [downloads.formats, outside.old-name-guotu]\n")
    result, doc = run(config)
    assert result.exit_code == 3, result.output
    found = by_rule(doc)
    (formats,) = found["downloads.formats"]
    assert formats["details"] == {"duty": "政务公开办", "region": "示例县", "region_code": "610323"}
    (kept,) = found["outside.old-name-guotu"]  # the finding the duty plugin failed on is kept
    (failed,) = found["plugin"]
    # the plugin that failed is named (the config names it by its file)
    assert failed["plugin"].endswith("duty.py")
    assert failed["message"] == (f"处理问题的插件{failed['plugin']}出错："
                                 "KeyError: 'outside.old-name-guotu'")
    assert failed["url"] == kept["url"]
    # the plugin registered last is called first: its failure left the finding as it came,
    # without the region the other plugin would have added
    assert "region" not in kept.get("details", {})


def test_process_finding_sees_every_finding(export, outside):
    export.navigation()  # what the navigation links to
    spy = local_plugin(export, "spy", SPY + "\n\n@rulekit.hookimpl(optionalhook=False)\n"
                       "def rulekit_extract_txt(name, data):\n    return None\n")
    result, doc = run(export.config(f"plugins: [{spy}]\n" + IGNORE_SITE_WIDE))
    assert [f["rule"] for f in doc["findings"]] == ["plugin"]  # the misspelled hook
    seen = loaded(export, "spy").SEEN
    assert [f.rule for f, _dropped in seen] == ["plugin"]


# --------------------------------------------------------------------------- rulekit_reporters


def test_reporters_writes_the_new_format_and_a_failing_one_costs_only_itself(
        export, tmp_path, outside):
    export.page("index.html", "<p>首页</p>")
    export.file("messages.csv", MESSAGES_CSV)
    broken = local_plugin(export, "annex", (
        "import rulekit\n\nclass AnnexReporter:\n    def write(self, report, out):\n"
        "        raise RuntimeError('通报附件模板缺失')\n\n@rulekit.hookimpl\n"
        "def rulekit_reporters():\n    return {'annex': AnnexReporter}\n"))
    config = export.config(f"plugins: [rulekit_outside, {broken}]\ncorrections:\n"
                           "  messages: messages.csv\n")
    out_zip, out_annex, out_json = tmp_path / "r.zip", tmp_path / "annex.xlsx", tmp_path / "r.json"
    out_annex.write_bytes(b"last week's annex")
    result = CliRunner().invoke(main, ["run", str(config), "--report", f"zipcsv:{out_zip}",
                                       "--report", f"annex:{out_annex}",
                                       "--report", f"json:{out_json}"])
    assert result.exit_code == 2, result.output
    assert "the annex reporter failed: RuntimeError: 通报附件模板缺失" in result.stderr
    assert out_annex.read_bytes() == b"last week's annex"  # left whole
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    with zipfile.ZipFile(out_zip) as archive:
        rows = list(csv.reader(io.StringIO(archive.read("findings.csv").decode("utf-8-sig"))))
    assert len(rows) - 1 == len(doc["findings"]) > 0
    assert "outside.correction-late" in {row[0] for row in rows}


def test_reporters_two_plugins_giving_one_format_is_a_config_error(export, outside):
    export.page("index.html", "<p>首页</p>")
    other = local_plugin(export, "other_zip", (
        "import rulekit\n\nclass Z:\n    def write(self, report, out):\n        out.write(b'')\n\n"
        "@rulekit.hookimpl\ndef rulekit_reporters():\n    return {'zipcsv': Z}\n"))
    result, doc = run(export.config(f"plugins: [rulekit_outside, {other}]\n"))
    assert result.exit_code == 2 and doc is None
    assert "report format 'zipcsv' is given by two plugins" in result.stderr
