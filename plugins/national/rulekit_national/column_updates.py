"""columns.stale and columns.blank: columns not updated within their type's window, and columns
with nothing in them (the indicators' 栏目不更新 and 空白栏目; seeds 001 and 004).

Both are site rules: each page gives its column, its kind (a document, or the column's list
page) and its dates (a document's publish date; the dates a list page shows beside the
documents it lists), and the rule judges each column from all of them, counted back from
``as_of``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

import rulekit
from rulekit.text import parse_date_text
from rulekit_national.footer import read_footer_text
from rulekit_national.pagenorms import is_home

#: How long a column of each type may go without a new item (the indicators: news and 要闻
#: two weeks; 通知公告 and policy documents six months; personnel and planning a year).
#: ``2w`` weeks, ``6m`` months, ``1y`` years, or a number of days.
WINDOWS = {"news": "2w", "notice": "6m", "policy": "6m", "personnel": "1y", "planning": "1y"}
_TYPE_NAMES = {"news": "动态要闻类", "notice": "通知公告类", "policy": "政策文件类",
               "personnel": "人事信息类", "planning": "规划计划类"}
_WINDOW = re.compile(r"^([0-9]+)\s*([dwmy]?)$")
_ENTRY_TAGS = ("li", "tr", "dd", "p", "div")
_DATE = re.compile(r"(?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}")


def window_start(as_of: dt.date, window: str | int) -> tuple[dt.date, str]:
    """The first day of a window counted back from ``as_of``, and the window in words."""
    m = _WINDOW.match(str(window).strip().lower())
    if m is None:
        raise ValueError(f"window {window!r}: write 2w, 6m, 1y or a number of days")
    n, unit = int(m.group(1)), m.group(2) or "d"
    if unit == "d":
        return as_of - dt.timedelta(days=n), f"{n}天"
    if unit == "w":
        return as_of - dt.timedelta(weeks=n), f"{n}周"
    months = n * (12 if unit == "y" else 1)
    year, month = divmod(as_of.year * 12 + as_of.month - 1 - months, 12)
    day = min(as_of.day, 28)  # (a month's last days: the 28th is in every month)
    return dt.date(year, month + 1, day), f"{n}个月" if unit == "m" else f"{n}年"


def listed_dates(page: Any) -> list[dt.date]:
    """The dates a list page shows beside the documents of its own column it links to: for
    each such link, the first date in the entry (``li``, ``tr`` …) that holds it."""
    root = page.tree
    if root is None:
        return []
    here = urlsplit(page.url)
    folder = here.path.rsplit("/", 1)[0] + "/"
    dates = []
    for a in page.elements("a"):
        href = a.get("href") or ""
        if not href or href.startswith(("#", "javascript:")):
            continue
        try:
            there = urlsplit(urljoin(page.base, href.strip()))
        except ValueError:
            continue
        if there.netloc != here.netloc:
            continue
        if not there.path.startswith(folder) or there.path == here.path:
            continue
        entry = a.getparent()
        while entry is not None and entry.tag not in _ENTRY_TAGS:
            entry = entry.getparent()
        text = "".join(entry.itertext()) if entry is not None else ""
        m = _DATE.search(text)  # (no digit boundary: cells glue 序号 0 to 2021-11-20)
        found = parse_date_text(m.group()) if m else None
        if found is not None:
            dates.append(found)
    return dates


def _column_key(page: Any) -> str:
    return page.column.name or urlsplit(page.url).path.rsplit("/", 1)[0] + "/"


@rulekit.rule(
    "columns.stale",
    meta={"verdict": {"item": "栏目不更新", "count": 5}},
    title="栏目不更新",
    severity="error",
    scope="site",
    source="《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决「栏目不更新」：动态、"
           "要闻类栏目监测时间点前2周内未更新，通知公告、政策文件类栏目6个月内未更新；人事、规划"
           "计划类栏目长期未更新；铜鼓县、宝鸡市通报（seeds 001, 004）",
    options={
        "windows": {"type": "object",
                    "additionalProperties": {"type": ["string", "integer"]},
                    "default": WINDOWS,
                    "description": "column type -> how long it may go without a new item "
                                   "(2w, 6m, 1y or days)"},
    },
)
def stale(site, collected, options, as_of):
    """Each column's latest item (its documents' publish dates and the dates its list page
    shows beside them) is within its type's window counted back from ``as_of``: news and
    要闻 2 weeks, 通知公告 and policy documents 6 months, personnel and 规划计划 a year
    (``windows``). A column's type comes from the page meta, the config's ``columns``, or
    its name (动态, 要闻, 通知公告, 政策文件, 人事, 规划 …), in that order; a column whose type
    is not known is reported once as such (severity info), never guessed. Types without a
    window (行政处罚 …) are not judged here.

    ## Why
    A column that should be updated and is not fails the site: the indicators make it a
    veto item (five or more such columns), and notices list each one (栏目不更新).

    ## Example
    ```html
    <!-- rulekit: url http://www.example.gov.cn/xwzx/gzdt/202203/t20220301_1.html -->
    <html><head><meta name="ColumnName" content="工作动态">
    <meta name="ArticleTitle" content="示例县召开春耕生产工作会议"></head>
    <body><h1>示例县召开春耕生产工作会议</h1><p>发布时间：2022-03-01</p></body></html>
    ```

    ## Use instead
    ```html
    <!-- rulekit: url http://www.example.gov.cn/xwzx/gzdt/202205/t20220525_1.html -->
    <html><head><meta name="ColumnName" content="工作动态">
    <meta name="ArticleTitle" content="示例县召开安全生产工作会议"></head>
    <body><h1>示例县召开安全生产工作会议</h1><p>发布时间：2022-05-25</p></body></html>
    ```
    """
    windows = {**WINDOWS, **options["windows"]}
    # per column: its first page, the types its pages give, whether it lists anything and
    # its latest date up to as_of (not every page and date: a portal's columns hold them all)
    columns: dict[str, dict[str, Any]] = {}
    for url, value in collected.column_items.sorted_items():
        if value is None:
            continue
        key, ctype, _kind, dates = value
        col = columns.get(key)
        if col is None:
            col = columns[key] = {"types": {}, "latest": None, "url": url, "items": False}
        if ctype:
            col["types"][ctype] = col["types"].get(ctype, 0) + 1
        for day in map(dt.date.fromisoformat, dates):
            if day <= as_of and (col["latest"] is None or day > col["latest"]):
                col["latest"] = day
        col["items"] = col["items"] or _kind == "article" or bool(dates)
    for key, col in sorted(columns.items()):
        target = rulekit.Target(kind="page", site=site.name, url=col["url"])
        ctype = max(col["types"], key=lambda t: (col["types"][t], t)) if col["types"] else None
        if ctype is None:
            yield rulekit.Problem(
                message=f"无法判断栏目“{key}”的类型，未检查其是否按时更新（可在配置的 columns 中"
                        "写明 type）", severity="info", key=f"unknown:{key}", target=target)
            continue
        if ctype not in windows or not col["items"]:
            continue  # (a column that lists nothing is columns.blank's)
        start, words = window_start(as_of, windows[ctype])
        latest = col["latest"]
        if latest is not None and latest > start:
            continue
        when = (f"最近一次更新为{latest.year}年{latest.month}月{latest.day}日" if latest
                else "没有可确认日期的信息")
        yield rulekit.Problem(
            message=f"栏目不更新：“{key}”（{_TYPE_NAMES.get(ctype, ctype)}）{when}，"
                    f"监测时间点前{words}内无更新",
            key=f"stale:{key}", target=target,
            details={"column": key, "type": ctype, "latest": latest.isoformat() if latest
                     else None, "window": str(windows[ctype])})


@stale.collect
def column_items(page, site):
    if page.tree is None or is_home(page, site):
        return None
    column = page.column
    if not column.name and not column.type:
        return None  # a page of no column (a search page, an error page): no column to judge
    if page.is_article:
        dates = [page.pub_date] if page.pub_date else []
        kind = "article"
    elif _hub(page):
        return None  # a page of links to columns (网站地图, a 政务公开 hub): not a column
    else:
        dates, kind = listed_dates(page), "list"
    return (_column_key(page), column.type, kind, tuple(d.isoformat() for d in dates))


@rulekit.rule(
    "columns.blank",
    meta={"verdict": {"item": "栏目不更新", "count": 5}},
    title="空白栏目",
    severity="error",
    scope="site",
    source="《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决「栏目不更新」之"
           "（3）：空白栏目（栏目无任何内容）5个以上；铜鼓县通报（seed 001）",
)
def blank(site, collected):
    """A column whose list page exists but lists nothing (no link to a document of its own
    column), and that has no document of its own in the export either; or whose documents
    in the export are all empty: no text under their title (beyond the date, source and
    print lines) and no attachment.

    ## Why
    An empty column is a 空白栏目: the indicators count them towards a veto (five or more),
    and notices list them.

    ## Example
    ```html
    <!-- rulekit: url http://www.example.gov.cn/zwgk/ghjh/index.html -->
    <html><head><meta name="ColumnName" content="规划计划"></head>
    <body><h2>规划计划</h2><ul></ul><p>暂无信息</p></body></html>
    ```

    ## Use instead
    ```html
    <!-- rulekit: url http://www.example.gov.cn/zwgk/ghjh/index.html -->
    <html><head><meta name="ColumnName" content="规划计划"></head>
    <body><h2>规划计划</h2><ul><li><a href="t20220301_1.html">示例县“十四五”规划纲要</a>
    2022-03-01</li><li><a href="t20220101_2.html">2022年工作计划</a> 2022-01-01</li></ul>
    </body></html>
    ```
    """
    lists: dict[str, str] = {}  # a column's first list page
    listing: set[str] = set()  # the columns whose list page lists nothing
    documents: set[str] = set()
    articles: dict[str, list[int]] = {}  # a column's documents: how many, how many empty
    for url, value in collected.entries.sorted_items():
        if value is None:
            continue
        key, kind, own, *rest = value
        if kind == "article":
            documents.add(key)
            counts = articles.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += bool(rest and rest[0])
            continue
        lists.setdefault(key, url)
        if own == 0:
            listing.add(key)
        else:
            documents.add(key)
    for key, url in sorted(lists.items()):
        target = rulekit.Target(kind="page", site=site.name, url=url)
        if key in listing and key not in documents:
            yield rulekit.Problem(message=f"空白栏目：“{key}”栏目页未列出任何信息", key=key,
                                  target=target)
        elif key in articles and articles[key][0] == articles[key][1]:
            n = articles[key][0]
            yield rulekit.Problem(
                message=f"空白栏目：“{key}”栏目所列{n}条信息均无正文内容和附件", key=key,
                target=target, details={"column": key, "empty_items": n})


@blank.collect
def entries(page, site):
    if page.tree is None or is_home(page, site):
        return None
    if not page.column.name and not page.column.type:
        return None
    if page.is_article:
        return (_column_key(page), "article", 0, is_empty(page))
    if _hub(page):
        return None  # a page of links to columns (网站地图, a 政务公开 hub): not a column
    return (_column_key(page), "list", page.own_documents())


#: The lines under an article's title that are no content: its date, source, views, font
#: size and print buttons.
_NOT_CONTENT = re.compile(r"发布时间|发布日期|信息来源|来源[:：]|作者[:：]|字号|浏览次数|点击数|阅读次数"
                          r"|访问量|打印|关闭|分享到|责任编辑|【\s*[大中小]|^\s*[大中小\s]+$")
_CONTENT_CHARS = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")
#: An article with fewer content characters than this under its title is empty.
_MIN_CONTENT = 10


def is_empty(page: Any) -> bool:
    """Whether an article holds nothing under its title: no attachment, and no line of text
    between its title and its footer but the date, source and print lines."""
    if page.attachments:
        return False
    text, title = page.text, (page.title or "").strip()
    start = text.rfind(title) + len(title) if title and title in text else 0
    end = len(text)
    found = read_footer_text(page.tree)
    if found:
        at = text.find(found, start)
        end = at if at >= 0 else end
    chars = 0
    for line in text[start:end].split("\n"):
        if not _NOT_CONTENT.search(line):
            chars += len(_CONTENT_CHARS.findall(line))
            if chars >= _MIN_CONTENT:
                return False
    return True


_INDEX = re.compile(r"(?:^|/)(?:index|default)(?:_\d+)?\.[a-z]+$|/$", re.I)


def _hub(page: Any) -> bool:
    """Whether a page links to three or more columns' pages of its own site."""
    host = urlsplit(page.url).netloc
    columns = set()
    for link in page.links:
        try:
            there = urlsplit(link.url)
        except ValueError:
            continue
        if there.netloc == host and _INDEX.search(there.path) and there.path.count("/") > 1:
            columns.add(there.path.rsplit("/", 1)[0])
    return len(columns) >= 3
