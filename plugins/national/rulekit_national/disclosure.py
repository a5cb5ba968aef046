"""disclosure.publish-lag: documents for active disclosure go online within 20 working days of
being made (《政府信息公开条例》第二十六条; seed 003)."""

from __future__ import annotations

import datetime as dt
import re

import rulekit
from rulekit.text import parse_date_text
from rulekit_national.workdays import OutsideCalendar, covered_years, working_days_between

#: Labels of a document's signing date as pages show them (the 信息公开 table's 成文日期
#: cell, a 成文日期： line); 发文日期 is not one: CMSes use it for the publish date too.
SIGNING_LABELS = ["成文日期", "成文时间", "印发日期", "签发日期"]
_DATE_VALUE = r"\s*(?:[:：]\s*)?((?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2})"


def _cn(date: dt.date) -> str:
    return f"{date.year}年{date.month}月{date.day}日"


def signing_date(text: str, meta: dict[str, str], labels: list[str],
                 meta_names: list[str]) -> tuple[dt.date, str] | None:
    """The signing date a document gives and where: a meta tag of ``meta_names``, else the
    first date after one of ``labels`` in its visible text (a label in an HTML comment is
    not text: a template that comments its 成文日期 out shows none)."""
    for name in meta_names:
        found = parse_date_text(meta.get(name) or "")
        if found:
            return found, f"{name} meta"
    if not labels:
        return None
    pattern = re.compile("(" + "|".join(map(re.escape, labels)) + ")" + _DATE_VALUE)
    for m in pattern.finditer(text):
        found = parse_date_text(m.group(2))
        if found:
            return found, m.group(1)
    return None


@rulekit.rule(
    "disclosure.publish-lag",
    meta={"verdict": {"item": "信息发布", "points": 1}},
    title="主动公开的政府信息未在形成之日起20个工作日内公开",
    severity="error",
    scope="page",
    source="《中华人民共和国政府信息公开条例》（2019年修订）第二十六条：属于主动公开范围的政府"
           "信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开；临夏州通报（seed 003）："
           "“主动公开的文件做到20个工作日上网发布”",
    options={
        "max_working_days": {"type": "integer", "minimum": 0, "default": 20,
                             "description": "working days from signing to publishing"},
        "labels": {"type": "array", "items": {"type": "string"}, "default": SIGNING_LABELS,
                   "description": "labels of the signing date in a page's text"},
        "meta_names": {"type": "array", "items": {"type": "string"}, "default": [],
                       "description": "meta tags that give the signing date, for a CMS "
                                      "that writes one (checked before the text)"},
    },
)
def publish_lag(page, options):
    """A document that gives its signing date (成文日期, in its 信息公开 table or a line of its
    own; or a meta tag a site's CMS writes, named in ``meta_names``) was published at most
    ``max_working_days`` working days after it. Working days follow the official calendar:
    holidays do not count and the weekend days made working days (调休) do. The publish date
    is the page's (the date it shows, else its ``PubDate`` meta). A date outside the years
    the calendar covers is reported as an input problem, never guessed.

    ## Why
    The Regulations on Open Government Information require information for active
    disclosure to be made public within 20 working days of being made or changed; notices
    ask that documents go online within 20 working days (seed 003).

    ## Example
    ```html
    <!-- rulekit: column policy -->
    <h1>关于印发《示例县优化营商环境实施方案》的通知</h1>
    <table><tr><td>成文日期</td><td>2022年03月01日</td>
    <td>发布日期</td><td>2022年04月15日</td></tr></table>
    ```

    ## Use instead
    ```html
    <!-- rulekit: column policy -->
    <h1>关于印发《示例县优化营商环境实施方案》的通知</h1>
    <table><tr><td>成文日期</td><td>2022年03月01日</td>
    <td>发布日期</td><td>2022年03月08日</td></tr></table>
    ```
    """
    if page.is_attachment or not page.text:
        return
    signed = signing_date(page.normalized.text, page.meta, options["labels"],
                          options["meta_names"])
    published = page.pub_date
    if signed is None or published is None:
        return
    date, where = signed
    try:
        lag = working_days_between(date, published)
    except OutsideCalendar as exc:  # a year the calendar lacks: said, never guessed
        first, last = covered_years()
        which = "成文日期" if exc.date == date else "发布日期"
        raise rulekit.InputError(f"{which}{_cn(exc.date)}不在工作日历覆盖的年份内（{first}—"
                                 f"{last}年），无法计算成文至发布相隔的工作日", page.where,
                                 kind="table") from None
    limit = options["max_working_days"]
    if lag <= limit:
        return
    yield rulekit.Problem(
        message=f"主动公开的文件未在{limit}个工作日内上网发布：成文日期{_cn(date)}，"
                f"发布日期{_cn(published)}，相隔{lag}个工作日",
        evidence=page.title or "", key=f"{date.isoformat()}>{published.isoformat()}")
