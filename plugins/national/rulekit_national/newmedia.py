"""New-media account rules: silent accounts (veto) and accounts opened without filing."""

from __future__ import annotations

import datetime as dt

import rulekit
from rulekit.accounts import edit_distance, normalize_name
from rulekit.newmedia import latest_post


@rulekit.rule(
    "newmedia.silence",
    title="监测时间点前2周内无更新",
    severity="error",
    scope="account",
    source="《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）政务新媒体单项否决：内容不更新；"
           "陕西省通报（seed 002）附件：“监测时间点前2周内无更新”",
    options={"max_days": {"type": "integer", "minimum": 1, "default": 14,
                          "description": "days before as_of within which an account must post"}},
)
def silence(account, posts, options, as_of):
    """An account is silent when its latest post is older than ``max_days`` days before
    ``as_of``: a post on ``as_of - 14`` keeps it in time, one on ``as_of - 15`` does not.
    The posts file is used when given, else the inventory's last post time. Cancelled
    accounts are not checked; an account with no known last post is an input problem, not a
    silent account.

    ## Why
    A veto item of the national indicators (内容不更新); seed 002's annex fails accounts as
    「监测时间点前2周内无更新」.

    ## Example
    ```yaml
    as_of: 2022-05-31
    account: {platform: 微信订阅号, name: 示例发布, last_post_at: 2022-05-16}
    ```

    ## Use instead
    ```yaml
    as_of: 2022-05-31
    account: {platform: 微信订阅号, name: 示例发布, last_post_at: 2022-05-17}
    ```
    """
    if account.cancelled:
        return
    latest = latest_post(account, posts)
    if latest is None:
        raise rulekit.InputError("清单未给出最近更新时间，无法判断是否按时更新", account.where)
    last_day = latest.date() if isinstance(latest, dt.datetime) else latest
    days = (as_of - last_day).days
    limit = options["max_days"]
    if days > limit:
        span = f"{limit // 7}周" if limit % 7 == 0 else f"{limit}天"
        yield rulekit.Problem(
            message=f"监测时间点前{span}内无更新（最近更新{last_day.isoformat()}，"
                    f"距监测时间点{days}天）",
            evidence=f"最近更新时间：{last_day.isoformat()}",
            key=last_day.isoformat())


def _near(a: str, b: str, max_distance: int) -> bool:
    """Within ``max_distance`` edits, and within a third of the shorter name: on four-character
    names two edits (漾濞司法 / 漾濞发布) are a different account, not a rename."""
    limit = min(max_distance, max(1, min(len(a), len(b)) // 3))
    return edit_distance(a, b, limit) <= limit


@rulekit.rule(
    "newmedia.unfiled",
    title="未经报备私自开设政务新媒体",
    severity="error",
    scope="account",
    source="《关于推进政务新媒体健康有序发展的意见》（国办发〔2018〕123号）：开设、整合、关停须报备；"
           "漾濞县通报（seed 000）：“未经报备私自开设政务新媒体”",
    options={"max_distance": {"type": "integer", "minimum": 0, "maximum": 4, "default": 2,
                              "description": "edit distance up to which a registry name is "
                                             "reported as a possible rename"}},
)
def unfiled(account, registry, options):
    """An inventory account with no registry row on the same platform family (微信公众号 =
    微信订阅号 = 公众号; 新浪微博 = 微博 …) with the same name after NFKC and with quotes and
    white space removed. A near miss (a few edits, or the same certified subject) is
    reported as a possible rename at a lower severity, never silently matched.

    ## Why
    国办发〔2018〕123号: accounts are opened, merged and closed only after filing. Seed 000
    (漾濞县) reports accounts 「未经报备私自开设政务新媒体」.

    ## Example
    ```yaml
    account: {platform: 微信公众号, name: 漾濞司法, certified_subject: 漾濞彝族自治县司法局}
    registry:
      - {platform: 公众号, name: 漾濞发布}
    ```

    ## Use instead
    ```yaml
    account: {platform: 微信订阅号, name: "“漾濞发布”"}
    registry:
      - {platform: 公众号, name: 漾濞发布}
    ```
    """
    name = normalize_name(account.name)
    same_platform = [e for e in registry if e.family == account.family]
    if any(normalize_name(e.name) == name for e in same_platform):
        return
    near = [e for e in same_platform
            if _near(normalize_name(e.name), name, options["max_distance"])
            or (account.certified_subject and e.certified_subject
                and normalize_name(e.certified_subject) == normalize_name(
                    account.certified_subject))]
    label = account.platform  # as the inventory spells it, as the notices do
    if near:
        cand = near[0]
        yield rulekit.Problem(
            message=f"{label}“{account.name}”在备案系统中无同名账号，疑似更名：备案名称为"
                    f"“{cand.name}”（备案编号{cand.filing_no or '未知'}），请核实并更新备案",
            evidence=f"清单：{account.name}；备案：{cand.name}", severity="warning",
            key=f"rename:{cand.name}")
        return
    subject = f"，认证主体为{account.certified_subject}" if account.certified_subject else ""
    yield rulekit.Problem(
        message=f"未经报备私自开设政务新媒体：{label}“{account.name}”{subject}，"
                "在全国政府网站与政务新媒体信息报送系统中无备案记录",
        evidence=f"{account.platform}：{account.name}", key="unfiled")
