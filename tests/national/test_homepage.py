"""site.home-stale on home pages as county CMSes write them: lists of 要闻 and 通知公告 with the
month and day beside each item (05-31, [05-31]), full dates, items whose page the export holds,
a home page that is only a navigation entry; two weeks counted back from as_of."""

from __future__ import annotations


def home(export, items: list[tuple[str, str]], encoding: str = "utf-8") -> None:
    """A home page with a 工作动态 block: each item a link with its date in a span."""
    rows = "".join(f'<li><a href="{href}" target="_blank">示例县召开第{i}次工作会议</a>'
                   f'<span class="date">{day}</span></li>' for i, (href, day) in enumerate(items))
    export.page("index.html", f'<div class="news"><h3>工作动态</h3><ul>{rows}</ul></div>'
                '<div class="nav"><a href="xwzx/gzdt/index.html">工作动态</a>'
                '<a href="zwgk/tzgg/index.html">通知公告</a></div>', encoding=encoding)


def article(export, rel: str, day: str) -> None:
    export.page(rel, f"<h1>示例县召开工作会议</h1><p>发布时间：{day}</p><p>会议要求……</p>",
                meta={"ColumnName": "工作动态", "ArticleTitle": "示例县召开工作会议",
                      "PubDate": day})


def stale(export, findings_of, text: str = "") -> list[str]:
    return [f.message for f in findings_of(export.run(text), "site.home-stale")]


def test_two_weeks_counted_back_from_as_of_with_month_and_day_dates(export, findings_of):
    """as_of 2022-05-31: a home page whose latest item is of 05-17 (as_of − 14) is stale;
    the month and day are read as this year's (12-30 as last year's)."""
    home(export, [("xwzx/gzdt/202205/t20220517_1.html", "05-17"),
                  ("xwzx/gzdt/202112/t20211230_1.html", "[12-30]")])
    assert stale(export, findings_of) == [
        "首页不更新：首页最近一次更新为2022年5月17日，监测时间点前2周内无更新"]


def test_an_item_of_the_last_two_weeks_passes_in_any_date_form(export, findings_of):
    """05-18, 2022年5月20日 and a full-width ２０２２-０５-２５ on a GBK home page: all within
    the window."""
    for day in ("05-18", "2022年5月20日", "２０２２-０５-２５"):
        home(export, [("xwzx/gzdt/202205/t1.html", day),
                      ("xwzx/gzdt/202203/t2.html", "03-01")], encoding="gbk")
        assert stale(export, findings_of) == [], day


def test_the_linked_pages_own_date_wins_over_the_month_and_day_shown(export, findings_of):
    """The home page prints 05-30 beside an item whose page, in the export, was published
    2021-05-30: the item is a year old, and the home page is stale."""
    home(export, [("xwzx/gzdt/202105/t20210530_1.html", "05-30")])
    article(export, "xwzx/gzdt/202105/t20210530_1.html", "2021-05-30")
    assert stale(export, findings_of) == [
        "首页不更新：首页最近一次更新为2021年5月30日，监测时间点前2周内无更新"]
    article(export, "xwzx/gzdt/202205/t20220530_2.html", "2022-05-30")
    home(export, [("xwzx/gzdt/202105/t20210530_1.html", "05-30"),
                  ("xwzx/gzdt/202205/t20220530_2.html", "")])  # (no date shown: its page's)
    assert stale(export, findings_of) == []


def test_items_without_a_date_count_as_not_updated(export, findings_of):
    """A home page of linked articles the export does not hold and no dates beside them."""
    home(export, [("xwzx/gzdt/t1.html", ""), ("xwzx/gzdt/t2.html", "")])
    assert stale(export, findings_of) == [
        "首页不更新：首页及其二级页面未发现可确认发布日期的信息（无发布日期的信息视为未更新），"
        "监测时间点前2周内无更新"]


def test_a_navigation_home_page_is_judged_by_its_second_level_pages(export, findings_of):
    """A home page of column links only: a column page showing an item of 05-25 keeps it
    fresh; when its latest is of 04-01, the home page and its second-level pages are stale.
    A column page the home page links to is never an item of the home page itself."""
    export.page("index.html", '<div class="nav"><a href="xwzx/gzdt/index.html">工作动态</a>'
                '<a href="zwgk/tzgg/index.html">通知公告</a></div>')
    column = ('<ul><li><a href="202205/t20220525_1.html">示例县召开安全生产会议</a>'
              '<span>{}</span></li></ul>')
    export.page("xwzx/gzdt/index.html", column.format("2022-05-25"),
                meta={"ColumnName": "工作动态"})
    assert stale(export, findings_of) == []
    export.page("xwzx/gzdt/index.html", column.format("2022-04-01"),
                meta={"ColumnName": "工作动态"})
    assert stale(export, findings_of) == [
        "首页不更新：首页及其二级页面最近一次更新为2022年4月1日，监测时间点前2周内无更新"]


def test_the_window_is_an_option_and_as_of_decides(export, findings_of):
    home(export, [("xwzx/gzdt/202205/t1.html", "05-10")])
    assert stale(export, findings_of, "rules:\n  options:\n    site.home-stale: {window: 30}\n"
                 ) == []
    assert stale(export, findings_of, "rules:\n  options:\n    site.home-stale: {window: 1w}\n"
                 ) != []
