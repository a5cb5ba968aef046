"""disclosure.publish-lag on 信息公开 document pages: the signing date in the index table or a
line of its own, working days by the official calendar (holidays, 调休), dates the calendar
does not cover, and pages that give no signing date."""

from __future__ import annotations

import datetime as dt

import pytest
from rulekit_national.workdays import OutsideCalendar, covered_years, working_days_between

POLICY = "zwgk/zcwj/202205/t20220512_{}.html"
RULE = "disclosure.publish-lag"


def xxgk(signed: str, published: str, *, title: str = "关于印发《示例县优化营商环境实施方案》的通知",
         signed_label: str = "成文日期") -> str:
    """A 信息公开 detail page: the index table (索引号, 发布机构, 成文日期, 发布日期), then
    the document."""
    return (
        '<table class="xxgk-table"><tr><td>索&nbsp;引&nbsp;号：</td><td>011401016/2022-00231</td>'
        "<td>主题分类：</td><td>综合政务\\其他</td></tr>"
        "<tr><td>发布机构：</td><td>示例县人民政府办公室</td>"
        f"<td>{signed_label}：</td><td>{signed}</td></tr>"
        f"<tr><td>名&nbsp;&nbsp;称：</td><td>{title}</td><td>发布日期：</td><td>{published}</td></tr>"
        "<tr><td>文&nbsp;&nbsp;号：</td><td>示府办发〔2022〕12号</td><td>有效性：</td><td>有效</td>"
        "</tr></table>"
        f"<h1>{title}</h1><p>各乡（镇）人民政府，县直各单位：</p><p>现将……印发给你们，请认真贯彻执行。</p>"
        f"<p style='text-align:right'>示例县人民政府办公室</p><p style='text-align:right'>{signed}</p>")


def lags(export, findings_of, text: str = "") -> dict[str, str]:
    return {f.target.url.rsplit("_", 1)[-1]: f.message
            for f in findings_of(export.run(text), RULE)}


def test_a_document_published_late_is_reported_with_both_dates(export, findings_of):
    # 2022-03-02..31: 22 working days; April 1, Saturday April 2 (调休 for 清明), 6-8 and
    # 11-15: 10 more (April 4 and 5 were holidays)
    export.page(POLICY.format(1), xxgk("2022年03月01日", "2022年04月15日"))
    export.page(POLICY.format(2), xxgk("2022年03月01日", "2022年03月08日"))
    assert lags(export, findings_of) == {
        "1.html": "主动公开的文件未在20个工作日内上网发布：成文日期2022年3月1日，发布日期2022年4月15日，"
                  "相隔32个工作日"}


def test_holidays_do_not_count_and_adjusted_weekends_do(export, findings_of):
    # signed Friday 2022-09-23: 09-26..30 (5), National Day 10-01..07 off, Saturday 10-08
    # and Sunday 10-09 worked (调休, 2), 10-10..14 (5), 10-17..21 (5), 10-24..26 (3): 10-26
    # is the 20th working day, 10-27 the 21st
    assert working_days_between(dt.date(2022, 9, 23), dt.date(2022, 10, 26)) == 20
    export.page(POLICY.format(1), xxgk("2022-09-23", "2022-10-26"))
    export.page(POLICY.format(2), xxgk("2022-09-23", "2022-10-27"))
    # counted in weekdays, 10-21 would be the 20th and 10-26 the 23rd
    assert list(lags(export, findings_of)) == ["2.html"]


def test_the_limit_is_an_option(export, findings_of):
    export.page(POLICY.format(1), xxgk("2022年03月01日", "2022年03月08日"))
    found = lags(export, findings_of, "rules:\n  options:\n"
                                      "    disclosure.publish-lag: {max_working_days: 3}\n")
    assert found == {"1.html": "主动公开的文件未在3个工作日内上网发布：成文日期2022年3月1日，"
                               "发布日期2022年3月8日，相隔5个工作日"}


def test_gbk_page_with_full_width_digits_and_a_signing_line(export, findings_of):
    body = ("<h1>示例县2022年春耕生产工作方案</h1><p>印发日期：２０２２年１月４日</p>"
            "<p>发布时间：２０２２年３月１日</p><p>……</p>")
    export.page(POLICY.format(3), body, encoding="gbk")
    # January 5..28: 18; Saturday 29 and Sunday 30 worked before the Spring Festival (2);
    # January 31..February 6 off; February 7..28: 16; March 1: 1
    found = lags(export, findings_of)
    assert found == {"3.html": "主动公开的文件未在20个工作日内上网发布：成文日期2022年1月4日，"
                               "发布日期2022年3月1日，相隔37个工作日"}


def test_no_signing_date_no_finding(export, findings_of):
    """A page that shows no signing date (a news article; a template that comments its
    成文日期 out, as the 邯郸 page of shared/real does; 发文日期, which CMSes use for the
    publish date) is not judged."""
    export.page("xwzx/gzdt/t20220512_1.html",
                "<h1>县长调研春耕生产</h1><p>发布时间：2022-05-12</p><p>2022年1月4日，县长……</p>")
    export.page(POLICY.format(4), "<h1>通知</h1><!--<p>成文日期：2021年01月04日</p>-->"
                                  "<p>发布日期：2022年05月12日</p>")
    export.page(POLICY.format(5), "<h1>通知</h1><p>发文日期：2021年01月04日</p>"
                                  "<p>发布日期：2022年05月12日</p>")
    assert lags(export, findings_of) == {}


def test_a_signing_date_in_a_meta_tag_the_config_names(export, findings_of):
    export.page(POLICY.format(6), "<h1>通知</h1><p>发布日期：2022年05月12日</p>",
                meta={"cwrq": "2022-01-04"})
    assert lags(export, findings_of) == {}
    found = lags(export, findings_of, "rules:\n  options:\n"
                                      "    disclosure.publish-lag: {meta_names: [cwrq]}\n")
    assert list(found) == ["6.html"] and "成文日期2022年1月4日" in found["6.html"]


def test_a_date_outside_the_calendar_is_an_input_finding_not_a_guess(export, findings_of):
    export.page(POLICY.format(7), xxgk("2002年03月01日", "2002年06月15日"))
    result = export.run()
    assert findings_of(result, RULE) == []
    [problem] = [f for f in result.findings if f.rule == "input"]
    first, last = covered_years()
    assert problem.message == (f"输入数据不完整：成文日期2002年3月1日不在工作日历覆盖的年份内"
                               f"（{first}—{last}年），无法计算成文至发布相隔的工作日")
    assert problem.target.url.endswith("_7.html")


def test_working_days_refuse_years_the_calendar_lacks():
    with pytest.raises(OutsideCalendar, match="2100-12-31 is outside"):
        working_days_between(dt.date(2100, 12, 31), dt.date(2101, 1, 4))
    assert working_days_between(dt.date(2022, 5, 6), dt.date(2022, 5, 6)) == 0
    # 2022-05-07 (a Saturday) was a working day after Labour Day
    assert working_days_between(dt.date(2022, 5, 6), dt.date(2022, 5, 9)) == 2
