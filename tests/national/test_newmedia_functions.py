"""newmedia.no-interaction, menu-broken, cancelled-running and several-accounts on a GBK
inventory (title row, Chinese headers, 是/否 cells) and an XLSX registry with dates."""

from __future__ import annotations

import datetime as dt

import openpyxl

HEADER = "序号,账号类型,账号名称,开设主体,认证主体,最近更新时间,互动功能,菜单可用,状态\n"
NEWMEDIA = "newmedia:\n  inventory: newmedia/accounts.csv\n  registry: newmedia/registry.xlsx\n"


def _write(export, rows: list[str], reg: list[tuple]) -> None:
    text = "示例县政务新媒体账号清单\n" + HEADER + "\n".join(rows) + "\n"
    export.file("newmedia/accounts.csv", text, encoding="gbk")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["平台", "账号名称", "认证主体", "开设主体", "备案编号", "状态", "注销时间"])
    for row in reg:
        ws.append(list(row))
    path = export.root / "newmedia" / "registry.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def _names(result, rule):
    return [(f.target.platform, f.target.name) for f in result.findings if f.rule == rule]


def test_interaction_and_menu_from_the_inventory(export):
    _write(export, [
        "1,新浪微博,示例林业,县林业局,县林业局,2022-05-30,否,是,运行",
        "2,微信订阅号,示例医保,县医保局,县医保局,2022-05-30,是,否,运行",
        "3,抖音,示例旧号,县医保局,县医保局,2021-01-01,否,否,已注销",   # closed: not checked
        "4,快手,示例未填,县医保局,县医保局,2022-05-30,,,运行",          # not said: no finding
    ], [])
    result = export.run(NEWMEDIA + "rules:\n  select: [newmedia.no-interaction, "
                        "newmedia.menu-broken]\n")
    assert _names(result, "newmedia.no-interaction") == [("新浪微博", "示例林业")]
    assert _names(result, "newmedia.menu-broken") == [("微信订阅号", "示例医保")]


def test_cancelled_running_by_the_registrys_date(export):
    _write(export, [
        "1,抖音,示例气象,县气象局,县气象局,2022-05-28,是,是,运行",
        "2,微信公众号,示例旧闻,县融媒,县融媒,2021-12-20,是,是,运行",   # last post before
        "3,新浪微博,示例未注销,县融媒,县融媒,2022-05-28,是,是,运行",
    ], [("抖音", "示例气象", "县气象局", "县气象局", "X1", "已注销", dt.datetime(2021, 12, 31)),
        ("公众号", "示例旧闻", "县融媒", "县融媒", "X2", "已注销", dt.datetime(2021, 12, 31)),
        ("微博", "示例未注销", "县融媒", "县融媒", "X3", "正常", None)])
    result = export.run(NEWMEDIA + "rules:\n  select: [newmedia.cancelled-running]\n")
    found = [f for f in result.findings if f.rule == "newmedia.cancelled-running"]
    assert [(f.target.platform, f.target.name) for f in found] == [("抖音", "示例气象")]
    assert "2021-12-31" in found[0].message and "2022-05-28" in found[0].message


def test_several_accounts_counts_filed_running_accounts_of_one_operator_per_family(export):
    _write(export, [
        "1,微信订阅号,示例公安,县公安局,县公安局,2022-05-30,是,是,运行",
        "2,微信服务号,示例交警,县公安局,县公安局交警大队,2022-05-30,是,是,运行",  # same family
        "3,今日头条,示例公安,县公安局,县公安局,2022-05-30,是,是,运行",          # another
        "4,新浪微博,示例教育,县教体局,县教体局,2022-05-30,是,是,运行",
        "5,新浪微博,示例教育旧号,县教体局,县教体局,2021-01-01,是,是,已注销",      # closed
        "6,新浪微博,示例教育二号,县教体局,县教体局,2022-05-30,是,是,运行",       # unfiled
    ], [("公众号", "示例公安", "县公安局", "县公安局", "X1", "正常", None),
        ("公众号", "示例交警", "县公安局交警大队", "县公安局", "X2", "正常", None),
        ("头条号", "示例公安", "县公安局", "县公安局", "X3", "正常", None),
        ("微博", "示例教育", "县教体局", "县教体局", "X4", "正常", None),
        ("微博", "示例教育旧号", "县教体局", "县教体局", "X5", "已注销", None)])
    result = export.run(NEWMEDIA + "rules:\n  select: [newmedia.several-accounts]\n")
    found = [f for f in result.findings if f.rule == "newmedia.several-accounts"]
    assert [(f.target.platform, f.target.name) for f in found] == [("微信订阅号", "示例公安")]
    assert "“示例公安”、“示例交警”" in found[0].message and found[0].severity == "warning"
