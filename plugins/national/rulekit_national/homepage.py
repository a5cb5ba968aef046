"""site.home-stale: a home page with nothing new in the two weeks before the monitoring point
(the indicators' 首页不更新, a veto item).

A site rule: the home page gives the items it links to, each with the date it shows beside
it (a full date, or the month and day most home pages print: ``05-31``, ``[05-31]``); every
other page gives its own date (an article's publish date, the latest date a list page shows).
An item's date is the linked page's own when the export holds it, else the date the home page
shows. A home page that lists no dated item is a navigation entry: its second-level pages'
items count instead. Counted back from ``as_of``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

import rulekit
from rulekit.text import nfkc, parse_date_text
from rulekit_national.column_updates import listed_dates, window_start
from rulekit_national.pagenorms import is_home

#: The elements that hold one item of a home page's list, and how long an item may be (a
#: block of many items is no item: its first date is not this link's).
_ITEM_TAGS = ("li", "tr", "dd", "dt", "p", "div", "span", "td")
_ITEM_CHARS = 160
#: A month and day without a year, as home pages print them: 05-31, [05-31], 5月31日, 05/31.
_MONTH_DAY = re.compile(r"(?<![0-9])([01]?[0-9])\s*(?:[-/.]|月)\s*([0-3]?[0-9])(?:日)?(?![0-9])")
_FULL_DATE = re.compile(r"(?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}")


def _dated(pages: Any, urls: Any) -> dict[str, dict[str, str | None]]:
    """The date of each of ``urls``, by the kind of page it is ("article", "list" …)."""
    found: dict[str, dict[str, str | None]] = {}
    for url in urls:
        value = pages.get(url)
        if value:
            found.setdefault(value[0], {})[url] = value[1]
    return found


def _cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@rulekit.rule(
    "site.home-stale",
    meta={"verdict": {"item": "首页不更新"}},
    title="首页不更新",
    severity="error",
    scope="site",
    source="《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决「首页不更新」：监测时间点"
           "前2周内首页无更新（首页仅为导航入口的，二级页面无更新）；无可确认发布日期的信息视为未更新",
    options={
        "window": {"type": ["string", "integer"], "default": "2w",
                   "description": "how long the home page may go without a new item (2w, "
                                  "6m, 1y or days)"},
    },
)
def home_stale(site, collected, options, as_of):
    """The home page shows no item dated within the two weeks (``window``) before ``as_of``.
    An item's date is its page's own (an article's publish date) when the export holds that
    page, else the date the home page prints beside it (``2022-05-31``, or ``05-31`` read as
    the latest such day up to ``as_of``). An item with no date to be found counts as not
    updated. A home page that lists no dated item is a navigation entry: the pages it links
    to (its second-level pages) are judged instead, by their own dates. One finding per
    site, on the home page; none when the export holds no home page.

    ## Why
    The indicators make a home page not updated in the two weeks before the monitoring point
    a veto item (首页不更新): the whole site fails the inspection, whatever else it does well.

    ## Example
    ```html
    <!-- rulekit: url http://www.example.gov.cn/index.html -->
    <html><head><title>示例县人民政府</title></head><body>
    <div class="news"><h3>工作动态</h3><ul>
    <li><a href="xwzx/gzdt/202203/t20220301_1.html">示例县召开春耕生产工作会议</a>03-01</li>
    </ul></div></body></html>
    ```

    ## Use instead
    ```html
    <!-- rulekit: url http://www.example.gov.cn/index.html -->
    <html><head><title>示例县人民政府</title></head><body>
    <div class="news"><h3>工作动态</h3><ul>
    <li><a href="xwzx/gzdt/202205/t20220525_1.html">示例县召开安全生产工作会议</a>05-25</li>
    </ul></div></body></html>
    ```
    """
    pages = collected.dates
    homes = sorted(url for url, value in pages.items() if value and value[0] == "home")
    if not homes:
        return
    home = homes[0]
    items = pages[home][1]
    # the home page's items looked up once each, not every page's date held at once
    dated = _dated(pages, {url for url, _ in items})
    articles = dated.get("article", {})
    dates: list[dt.date] = []
    for url, shown in items:  # (a column's page it links to is no item of its own)
        day = articles.get(url) or shown
        if day:
            dates.append(dt.date.fromisoformat(day))
    navigation = not dates and not any(url in articles for url, _ in items)
    if navigation:  # a navigation entry: its second-level pages' items count
        lists = dated.get("list", {})
        dates = [dt.date.fromisoformat(lists[url]) for url, _ in items if lists.get(url)]
    start, words = window_start(as_of, options["window"])
    latest = max((d for d in dates if d <= as_of), default=None)
    if latest is not None and latest > start:
        return
    where = "首页及其二级页面" if navigation else "首页"
    when = (f"最近一次更新为{_cn(latest)}" if latest
            else "未发现可确认发布日期的信息（无发布日期的信息视为未更新）")
    yield rulekit.Problem(
        message=f"首页不更新：{where}{when}，监测时间点前{words}内无更新",
        key="home", target=rulekit.Target(kind="page", site=site.name, url=home),
        details={"latest": latest.isoformat() if latest else None,
                 "window": str(options["window"]), "navigation_only": navigation})


@home_stale.collect
def dates(page, site, as_of):
    """The home page: the site's pages it links to, each with the date shown beside it.
    An article: its publish date; a list page: the latest date it shows."""
    if page.tree is None:
        return None
    if is_home(page, site):
        return ("home", _items(page, as_of))
    if page.is_article:
        return ("article", page.pub_date.isoformat() if page.pub_date else None)
    shown = [d for d in listed_dates(page) if d <= as_of]
    return ("list", max(shown).isoformat() if shown else None)


def _items(page: Any, as_of: dt.date) -> tuple[tuple[str, str | None], ...]:
    """The site's pages the home page links to, each with the date beside it (ISO) or None."""
    here = urlsplit(page.url)
    seen: dict[str, str | None] = {}
    for a in page.elements("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        try:
            url = urljoin(page.base, href).split("#", 1)[0]
            there = urlsplit(url)
        except ValueError:
            continue
        if there.netloc != here.netloc or there.path in ("", "/", here.path):
            continue
        day = _date_beside(a, as_of)
        if url not in seen or (seen[url] is None and day):
            seen[url] = day.isoformat() if day else None
    return tuple(seen.items())


def _date_beside(a: Any, as_of: dt.date) -> dt.date | None:
    """The date printed in the item that holds the link ``a`` (its ``li``, row …)."""
    item = a.getparent()
    while item is not None and item.tag not in _ITEM_TAGS:
        item = item.getparent()
    if item is None:
        return None
    text = nfkc("".join(item.itertext()))
    if len(text) > _ITEM_CHARS:
        return None  # a block of items, not the link's own
    title = nfkc("".join(a.itertext()))
    rest = text.replace(title, " ", 1) if title else text  # (a date in the title is not it)
    full = _FULL_DATE.search(rest)
    if full:
        return parse_date_text(full.group())
    m = _MONTH_DAY.search(rest)
    if m is None:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    for year in (as_of.year, as_of.year - 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return None
        if found <= as_of:
            return found
    return None
