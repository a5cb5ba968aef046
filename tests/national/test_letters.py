"""The letters input and messages.unanswered / messages.reply-overdue, on exports as offices
have them: a GBK CSV with a title row, an XLSX with real dates, JSON with English keys."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
from conftest import IGNORE_SITE_WIDE

from rulekit.config import load
from rulekit.engine import Engine

SELECT = "rules:\n  select: [messages]\n"


def _run(export, section: str):
    export.navigation()
    config = export.config(IGNORE_SITE_WIDE.replace("rules:\n", "rules:\n  select: [messages]\n")
                           + section)
    engine = Engine(load(config))
    result = engine.run()
    return result, engine.report(result)


def _by_rule(result, rule):
    return sorted(f.target.name for f in result.findings if f.rule == rule)


def test_gbk_csv_with_a_title_row(export):
    rows = ["示例县人民政府县长信箱留言导出,,,,",
            "信件编号,信件标题,来信时间,答复时间,答复内容",
            "XX2022001,咨询低保办理,2022-02-20 09:00,,",                       # 3 months+: veto
            "XX2022002,反映路灯不亮,2022-04-29 10:00,2022-05-11 16:00,已修复",  # 6 working days
            "XX2022003,咨询社保转移,2022-04-29 10:00,2022-05-10 16:00,已答复",  # 5: in time
            "XX2022004,咨询公积金,2022-05-30 10:00,,",                         # 1 day: in time
            "XX2022005,反映噪音扰民,2022-05-16 10:00,2022-06-02 10:00,已处理",  # reply after as_of
            "XX2022006,无日期留言,,,",                                         # input problem
            "XX2020007,旧留言,2020-03-01 10:00,,"]                             # over a year ago
    export.file("letters.csv", "\n".join(rows) + "\n", encoding="gbk")
    result, report = _run(export, "letters:\n  file: letters.csv\n")
    assert _by_rule(result, "messages.unanswered") == ["XX2022001"]
    assert _by_rule(result, "messages.reply-overdue") == ["XX2022001", "XX2022002", "XX2022005"]
    late = [f for f in result.findings if f.target.name == "XX2022005"
            and f.rule == "messages.reply-overdue"][0]
    assert "至监测时间点仍未答复" in late.message
    problems = [f for f in result.findings if f.rule == "input"]
    assert len(problems) == 1 and problems[0].target.name == "XX2022006"  # (once, not per rule)
    assert all("letters.csv:8" in f.target.path for f in problems)
    site = [v for v in report.verdicts if v.kind == "site"][0]
    assert site.outcome == "fail" and "留言超过3个月未答复" in site.problems


def test_xlsx_dates_and_json_english_keys(export):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["留言编号", "留言标题", "留言时间", "回复时间"])
    ws.append(["A1", "咨询", dt.datetime(2022, 1, 10, 9, 0), dt.datetime(2022, 1, 11, 9, 0)])
    ws.append(["A2", "投诉", dt.datetime(2022, 1, 28, 9, 0), dt.datetime(2022, 2, 8, 9, 0)])
    wb.save(export.root / "letters.xlsx")
    result, _ = _run(export, "letters:\n  file: letters.xlsx\n")
    # 1月28日 (Fri) to 2月8日: 春节 1月31日至2月6日, 1月29日、30日 (Sat, Sun) make-up working
    # days: 29, 30, 7, 8 = 4 working days, in time
    assert _by_rule(result, "messages.reply-overdue") == []
    export.file("letters.json", json.dumps([
        {"id": "J1", "title": "咨询", "submitted": "2022-05-05", "replied": "2022-05-20"},
        {"id": "J2", "title": "咨询", "submitted": "2035-05-05", "replied": "2035-05-06"},
    ], ensure_ascii=False))
    result, _ = _run(export, "letters:\n  file: letters.json\n")
    assert _by_rule(result, "messages.reply-overdue") == ["J1"]
    outside = [f for f in result.findings if f.rule == "input" and f.target.name == "J2"]
    assert outside and "calendar" in outside[0].message


def test_a_letters_section_without_its_file_is_refused(export):
    export.navigation()
    config = export.config("letters:\n  site: 示例县人民政府\n")
    try:
        Engine(load(config))
    except Exception as exc:  # a ConfigError naming the line
        assert "file" in str(exc) and "config.yaml" in str(exc)
    else:
        raise AssertionError("a letters section without its file was accepted")


def test_reply_quality_signs(export):
    rows = ["信件编号,信件标题,留言内容,来信时间,答复时间,答复内容",
            "Q1,咨询公积金,请问公积金如何提取,2022-05-05,2022-05-06,已收到",            # short
            "Q2,咨询医保,请问异地就医如何备案,2022-05-05,2022-05-06,"
            "您好，可以通过国家医保服务平台办理异地就医备案",                          # no 。
            "Q3,反映路灯,城关镇人民路路灯连续一周不亮请尽快维修,2022-05-05,2022-05-06,"
            "城关镇人民路路灯连续一周不亮请尽快维修。",                                # echo
            "Q4,咨询社保,请问社保如何转移,2022-05-05,2022-05-06,"
            "您好，请携带身份证到县社保中心一楼窗口办理转移手续。",                    # good
            "Q5,咨询税务,请问,2022-05-05,2022-06-06,好"]                              # after as_of
    export.file("letters.csv", "\n".join(rows) + "\n", encoding="utf-8")
    result, _ = _run(export, "letters:\n  file: letters.csv\n")
    found = {f.target.name: f.message for f in result.findings
             if f.rule == "messages.reply-quality"}
    assert sorted(found) == ["Q1", "Q2", "Q3"]
    assert "答复仅3字" in found["Q1"] and "缺少结尾标点" in found["Q1"]
    assert "缺少结尾标点" in found["Q2"] and "仅" not in found["Q2"]
    assert "重复来信内容" in found["Q3"]
