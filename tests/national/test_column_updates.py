"""columns.stale and columns.blank on county columns as CMSes write them: documents with their
publish dates, list pages showing a date beside each entry, types from the ColumnType meta,
the config or the column's name, windows counted back from as_of in weeks and months."""

from __future__ import annotations

import datetime as dt

from rulekit_national.column_updates import window_start

COLUMN = {"ColumnName": "工作动态", "ColumnDescription": "工作动态", "ColumnKeywords": "动态"}


def article(export, rel: str, day: str, column: str = "工作动态", **meta: str) -> None:
    export.page(rel, f"<h1>示例县召开工作会议</h1><p>发布时间：{day}</p><p>会议要求……</p>",
                meta={"ColumnName": column, "ArticleTitle": "示例县召开工作会议",
                      "PubDate": day, **meta})


def list_page(export, rel: str, entries: list[tuple[str, str]], column: str,
              encoding: str = "utf-8") -> None:
    items = "".join(f'<li><a href="{href}" target="_blank">示例信息{i}</a>'
                    f'<span class="date">{day}</span></li>' for i, (href, day) in enumerate(entries))
    export.page(rel, f'<div class="list"><ul>{items}</ul></div>', encoding=encoding,
                meta={"ColumnName": column, "ColumnType": column})


def stale(export, findings_of, text: str = "") -> dict[str, str]:
    return {f.details["column"]: f.message
            for f in findings_of(export.run(text), "columns.stale")}


def test_news_two_weeks_counted_back_from_as_of(export, findings_of):
    """as_of 2022-05-31: a news column whose latest document is of 05-17 (as_of − 14) is
    stale, one of 05-18 is not."""
    article(export, "xwzx/gzdt/202205/t20220517_1.html", "2022-05-17")
    article(export, "xwzx/bmdt/202205/t20220518_1.html", "2022-05-18", column="部门动态")
    assert stale(export, findings_of) == {
        "工作动态": "栏目不更新：“工作动态”（动态要闻类）最近一次更新为2022年5月17日，监测时间点前2周内无更新"}


def test_a_list_pages_shown_dates_count_and_months_for_notices(export, findings_of):
    """A 通知公告 column known only by its list page: the dates beside its entries; the
    latest, 2021-11-20, is over six months before as_of. A GBK list of a policy column whose
    latest entry is 2022-01-05 is within its six months."""
    list_page(export, "zwgk/tzgg/index.html", [("202111/t20211120_1.html", "2021-11-20"),
                                               ("202109/t20210901_2.html", "2021-09-01")],
              "通知公告")
    list_page(export, "zwgk/zcwj/index.html", [("202201/t20220105_1.html", "２０２２-０１-０５"),
                                               ("202112/t20211201_2.html", "2021-12-01")],
              "政策文件", encoding="gbk")
    found = stale(export, findings_of)
    assert found == {"通知公告": "栏目不更新：“通知公告”（通知公告类）最近一次更新为2021年11月20日，"
                               "监测时间点前6个月内无更新"}


def test_unknown_type_reported_once_never_guessed(export, findings_of):
    for i in range(3):
        article(export, f"ztzl/xczx/t2021010{i + 1}_{i}.html", f"2021-01-0{i + 1}",
                column="乡村振兴专栏")
    found = findings_of(export.run(), "columns.stale")
    assert [(f.severity, f.message) for f in found] == [
        ("info", "无法判断栏目“乡村振兴专栏”的类型，未检查其是否按时更新（可在配置的 columns 中写明 type）")]
    config = ("sites:\n  - name: 示例县人民政府\n    export: site\n"
              "    base_url: http://www.example.gov.cn/\n    columns:\n"
              "      - {name: 乡村振兴专栏, type: news, match: \"/ztzl/xczx/\"}\n")
    path = export.config()
    path.write_text(path.read_text(encoding="utf-8").split("sites:")[0] + config,
                    encoding="utf-8")
    from rulekit.config import load
    from rulekit.engine import Engine

    found = [f for f in Engine(load(path)).run().findings if f.rule == "columns.stale"]
    assert [f.details["type"] for f in found] == ["news"]


def test_windows_are_options(export, findings_of):
    article(export, "xwzx/gzdt/202205/t20220501_1.html", "2022-05-01")
    assert "工作动态" in stale(export, findings_of)
    assert stale(export, findings_of, "rules:\n  options:\n"
                                      "    columns.stale: {windows: {news: 1m}}\n") == {}


def test_window_arithmetic():
    as_of = dt.date(2022, 5, 31)
    assert window_start(as_of, "2w") == (dt.date(2022, 5, 17), "2周")
    assert window_start(as_of, "6m") == (dt.date(2021, 11, 28), "6个月")
    assert window_start(as_of, "1y") == (dt.date(2021, 5, 28), "1年")
    assert window_start(as_of, 30) == (dt.date(2022, 5, 1), "30天")


def test_a_list_page_that_lists_nothing_is_a_blank_column(export, findings_of):
    export.page("zwgk/ghjh/index.html", "<h2>规划计划</h2><ul></ul><p>暂无信息</p>",
                meta={"ColumnName": "规划计划"})
    list_page(export, "zwgk/tzgg/index.html", [("202205/t20220520_1.html", "2022-05-20"),
                                               ("202205/t20220510_2.html", "2022-05-10")],
              "通知公告")
    # a site map links to columns, not to documents of its own: not a blank column
    export.page("wzdt/index.html", "".join(
        f'<a href="/{c}/index.html">{c}</a>' for c in ("xwzx/gzdt", "zwgk/tzgg", "zwgk/zcwj")),
        meta={"ColumnName": "网站地图"})
    found = findings_of(export.run(), "columns.blank")
    assert [(f.message, f.target.url) for f in found] == [
        ("空白栏目：“规划计划”栏目页未列出任何信息", "http://www.example.gov.cn/zwgk/ghjh/index.html")]


def _empty_article(export, rel: str, title: str, body: str = "") -> None:
    export.page(rel, f"<h1>{title}</h1><p>发布时间：2022-05-20　来源：示例县人社局</p>"
                     f"<p>【字体：大 中 小】【打印】【关闭】</p>{body}",
                meta={"ColumnName": "人事信息", "ArticleTitle": title, "PubDate": "2022-05-20"})


def test_a_column_whose_items_are_all_empty_is_blank(export, findings_of):
    """A 人事信息 column lists two items whose pages hold their title, date and print buttons
    and nothing else: blank. One item with a sentence, or with an attachment, and it is
    not."""
    list_page(export, "zwgk/rsxx/index.html", [("202205/t20220520_1.html", "2022-05-20"),
                                               ("202205/t20220521_2.html", "2022-05-21")],
              "人事信息")
    _empty_article(export, "zwgk/rsxx/202205/t20220520_1.html", "示例县2022年事业单位招聘公告")
    _empty_article(export, "zwgk/rsxx/202205/t20220521_2.html", "示例县2022年干部任前公示")
    found = [f.message for f in findings_of(export.run(), "columns.blank")]
    assert found == ["空白栏目：“人事信息”栏目所列2条信息均无正文内容和附件"]
    _empty_article(export, "zwgk/rsxx/202205/t20220521_2.html", "示例县2022年干部任前公示",
                   "<p>经县委常委会研究，拟任用以下同志，现予以公示。</p>")
    assert findings_of(export.run(), "columns.blank") == []
    _empty_article(export, "zwgk/rsxx/202205/t20220521_2.html", "示例县2022年干部任前公示",
                   '<p><a href="P020220521.pdf">任前公示名单.pdf</a></p>')
    export.file("site/zwgk/rsxx/202205/P020220521.pdf", b"%PDF-1.4\n%%EOF\n")
    assert findings_of(export.run(), "columns.blank") == []
