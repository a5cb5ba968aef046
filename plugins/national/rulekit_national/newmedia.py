"""New-media account rules: silent accounts (veto) and accounts opened without filing."""

from __future__ import annotations

import datetime as dt
import unicodedata

import rulekit
from rulekit_national.accounts import edit_distance, normalize_name
from rulekit_national.newmedia_input import latest_post


@rulekit.rule(
    "newmedia.silence",
    meta={"verdict": {"item": "内容不更新"}},
    title="监测时间点前2周内无更新",
    severity="error",
    scope="account",
    source="《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）政务新媒体单项否决：内容不更新；"
           "陕西省通报（seed 002）附件：“监测时间点前2周内无更新”",
    options={"max_days": {"type": "integer", "minimum": 1, "default": 14,
                          "description": "days before as_of within which an account must post"},
             "push_only_sources": {
                 "type": "array", "items": {"type": "string", "minLength": 1},
                 "default": ["爬虫", "抓取", "推送", "crawler", "scraper"],
                 "description": "words in the inventory's 更新时间来源 column that mark dates "
                                "seen by a crawler of pushed posts only; a silence found from "
                                "such dates alone says so"}},
)
def silence(account, posts, options, as_of):
    """An account is silent when its latest post is older than ``max_days`` days before
    ``as_of``: a post on ``as_of - 14`` keeps it in time, one on ``as_of - 15`` does not.
    The posts file is used when given, else the inventory's last post time. Cancelled
    accounts are not checked; an account with no known last post is an input problem, not a
    silent account.

    A crawler of pushed posts (群发 messages, a search engine's copy) does not see what an
    account publishes without pushing, so it can make a live account look silent. When the
    inventory's 更新时间来源 column names such a source (``push_only_sources``) and no posts
    file is given, the finding says the date came from it alone and asks for the account's
    own publishing record.

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
        raise rulekit.InputError("清单未给出最近更新时间，无法判断是否按时更新", account.where,
                                 kind="table")
    last_day = latest.date() if isinstance(latest, dt.datetime) else latest
    days = (as_of - last_day).days
    limit = options["max_days"]
    if days > limit:
        span = f"{limit // 7}周" if limit % 7 == 0 else f"{limit}天"
        message = (f"监测时间点前{span}内无更新（最近更新{last_day.isoformat()}，"
                   f"距监测时间点{days}天）")
        evidence = f"最近更新时间：{last_day.isoformat()}"
        details = {}
        source = _push_only(account, posts, options["push_only_sources"])
        if source:
            message += (f"；该时间仅来自“{source}”，只能看到推送的内容，账号可能另有未推送的更新，"
                        "请以账号后台发布记录核实")
            evidence += f"（来源：{source}）"
            details = {"date_source": source, "push_only": True}
        yield rulekit.Problem(message=message, evidence=evidence, key=last_day.isoformat(),
                              details=details)


def _push_only(account, posts, words: list[str]) -> str | None:
    """The inventory's date source when it sees pushed posts only and is the sole evidence."""
    source = (account.date_source or "").strip()
    if posts or not source:
        return None
    folded = unicodedata.normalize("NFKC", source).lower()
    if any(unicodedata.normalize("NFKC", w).lower() in folded for w in words):
        return source
    return None


def _near(a: str, b: str, max_distance: int) -> bool:
    """Within ``max_distance`` edits, and within a third of the shorter name: on four-character
    names two edits (漾濞司法 / 漾濞发布) are a different account, not a rename."""
    limit = _reach(min(len(a), len(b)), max_distance)
    return edit_distance(a, b, limit) <= limit


def _reach(length: int, max_distance: int) -> int:
    """The most edits a name of ``length`` characters may differ by and still be near."""
    return min(max_distance, max(1, length // 3))


def _deletions(name: str, k: int) -> set[str]:
    """Every string ``name`` becomes with up to ``k`` characters deleted. Two names within
    ``k`` edits share one of these (the symmetric-deletion property), so a lookup replaces
    comparing a name with every registry row."""
    found = {name}
    layer = {name}
    for _ in range(k):
        layer = {w[:i] + w[i + 1:] for w in layer for i in range(len(w))}
        found |= layer
    return found


class RegistryIndex:
    """The registry by platform family and normalised name, built once per run: the exact
    names, the certified subjects, and, per distance asked for, the names' deletions."""

    def __init__(self, registry: list) -> None:
        self.registry = registry
        self.names: set[tuple[str, str]] = set()
        self.subjects: dict[tuple[str, str], int] = {}
        self._normalized: list[str] = []
        for i, entry in enumerate(registry):
            name = normalize_name(entry.name)
            self._normalized.append(name)
            self.names.add((entry.family, name))
            if entry.certified_subject:
                self.subjects.setdefault((entry.family, normalize_name(entry.certified_subject)), i)
        self._near: dict[int, dict[tuple[str, str], list[int]]] = {}

    def filed(self, family: str, name: str) -> bool:
        """Whether a registry row has this (normalised) name on this platform family."""
        return (family, name) in self.names

    def near(self, family: str, name: str, subject: str | None, max_distance: int):
        """The first registry row (in the registry's order) on the family whose name is near
        ``name`` or whose certified subject is ``subject``; None if there is none."""
        deleted = self._near.get(max_distance)
        if deleted is None:
            deleted = self._near[max_distance] = {}
            for i, (entry, norm) in enumerate(zip(self.registry, self._normalized, strict=True)):
                for key in _deletions(norm, _reach(len(norm), max_distance)):
                    deleted.setdefault((entry.family, key), []).append(i)
        best = self.subjects.get((family, normalize_name(subject))) if subject else None
        for key in _deletions(name, _reach(len(name), max_distance)):
            for i in deleted.get((family, key), ()):
                if (best is None or i < best) and _near(self._normalized[i], name, max_distance):
                    best = i
        return None if best is None else self.registry[best]


@rulekit.fixture
def registry_index(registry):
    """The filing registry indexed once per run (``newmedia.unfiled`` looks every account
    up in it: 10,000 accounts against 10,000 rows in seconds, not a pairwise comparison)."""
    return RegistryIndex(registry)


@rulekit.rule(
    "newmedia.unfiled",
    meta={"verdict": {"item": "政务新媒体备案", "points": 10}},
    title="未经报备私自开设政务新媒体",
    severity="error",
    scope="account",
    source="《关于推进政务新媒体健康有序发展的意见》（国办发〔2018〕123号）：开设、整合、关停须报备；"
           "漾濞县通报（seed 000）：“未经报备私自开设政务新媒体”",
    options={"max_distance": {"type": "integer", "minimum": 0, "maximum": 4, "default": 2,
                              "description": "edit distance up to which a registry name is "
                                             "reported as a possible rename"}},
)
def unfiled(account, registry_index, options):
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
    if registry_index.filed(account.family, name):
        return
    cand = registry_index.near(account.family, name, account.certified_subject,
                               options["max_distance"])
    label = account.platform  # as the inventory spells it, as the notices do
    if cand is not None:
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


@rulekit.rule(
    "newmedia.no-interaction",
    meta={"verdict": {"item": "互动回应差"}},
    title="未提供有效互动功能",
    severity="error",
    scope="account",
    source="《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）政务新媒体单项否决：互动回应差；"
           "陕西省通报（seed 002）附件：“未提供有效互动功能”",
)
def no_interaction(account):
    """An account whose inventory says it offers no working interaction (留言、评论、私信:
    the 互动功能 column is 否). Cancelled accounts are not checked; an inventory that does not
    say (no such column, an empty cell) gives no finding.

    ## Why
    A veto item of the national indicators (互动回应差); seed 002's annex fails four accounts
    as 「未提供有效互动功能」 alone.

    ## Example
    ```yaml
    account: {platform: 新浪微博, name: 华州发布, interaction: false}
    ```

    ## Use instead
    ```yaml
    account: {platform: 新浪微博, name: 华州发布, interaction: true}
    ```
    """
    if not account.cancelled and account.interaction is False:
        yield rulekit.Problem(
            message=f"未提供有效互动功能：{account.platform}“{account.name}”（清单：互动功能为否）",
            evidence=f"{account.where}：互动功能=否", key="no-interaction")


@rulekit.rule(
    "newmedia.menu-broken",
    meta={"verdict": {"item": "互动与服务功能", "points": 2}},
    title="菜单栏功能无法正常使用",
    severity="error",
    scope="account",
    source="广元市通报（seed 001）：“菜单栏功能无法正常使用”；《政府网站与政务新媒体检查指标》"
           "政务新媒体扣分项（功能可用性）",
)
def menu_broken(account):
    """An account whose inventory says its menu bar does not work (the 菜单可用 column is
    否): a menu that leads to dead pages or errors. Cancelled accounts are not checked; an
    inventory that does not say gives no finding.

    ## Why
    Seed 001 reports accounts whose 「菜单栏功能无法正常使用」; the indicators deduct for
    functions that do not work.

    ## Example
    ```yaml
    account: {platform: 微信订阅号, name: 示例县医保, menu_ok: false}
    ```

    ## Use instead
    ```yaml
    account: {platform: 微信订阅号, name: 示例县医保, menu_ok: true}
    ```
    """
    if not account.cancelled and account.menu_ok is False:
        yield rulekit.Problem(
            message=f"菜单栏功能无法正常使用：{account.platform}“{account.name}”（清单：菜单可用为否）",
            evidence=f"{account.where}：菜单可用=否", key="menu-broken")


@rulekit.rule(
    "newmedia.cancelled-running",
    meta={"verdict": {"item": "政务新媒体备案", "points": 10}},
    title="已注销仍在运行",
    severity="error",
    scope="account",
    source="《关于推进政务新媒体健康有序发展的意见》（国办发〔2018〕123号）：关停须报备并停止运行；"
           "seed 004：“已注销仍运行”",
)
def cancelled_running(account, posts, registry):
    """An account the filing registry marks cancelled (已注销) whose latest post (the posts
    file, else the inventory's last post time) is after the cancellation date: the unit
    reported it closed, and it still runs. A registry row without a cancellation date, or an
    account with no known last post, gives no finding.

    ## Why
    国办发〔2018〕123号: accounts are closed only after filing, and a closed account stops.
    Seed 004 lists accounts 「已注销仍运行」; seed 000 accounts 「截至目前还依然未注销」.

    ## Example
    ```yaml
    account: {platform: 抖音, name: 示例县气象, last_post_at: 2022-05-28}
    registry:
      - {platform: 抖音, name: 示例县气象, status: 已注销, cancelled_at: 2021-12-31}
    ```

    ## Use instead
    ```yaml
    account: {platform: 抖音, name: 示例县气象, last_post_at: 2021-12-20}
    registry:
      - {platform: 抖音, name: 示例县气象, status: 已注销, cancelled_at: 2021-12-31}
    ```
    """
    latest = latest_post(account, posts)
    if latest is None:
        return
    last_day = latest.date() if isinstance(latest, dt.datetime) else latest
    name = normalize_name(account.name)
    for entry in registry:
        if not (entry.cancelled and entry.cancelled_at and entry.family == account.family
                and normalize_name(entry.name) == name):
            continue
        if last_day > entry.cancelled_at:
            yield rulekit.Problem(
                message=f"已注销仍在运行：{account.platform}“{account.name}”于"
                        f"{entry.cancelled_at.isoformat()}在备案系统注销，"
                        f"{last_day.isoformat()}仍有更新",
                evidence=f"备案：{entry.where} 注销日期{entry.cancelled_at.isoformat()}；"
                         f"最近更新{last_day.isoformat()}",
                key=f"cancelled:{entry.cancelled_at.isoformat()}")
            return


@rulekit.fixture
def filed_by_operator(accounts, registry_index):
    """The inventory's filed, running accounts grouped by operator (开设主体) and platform
    family: one unit should run one account per platform."""
    groups: dict[tuple[str, str], list] = {}
    for acc in accounts:
        if acc.cancelled or not acc.operator:
            continue
        if not registry_index.filed(acc.family, normalize_name(acc.name)):
            continue
        groups.setdefault((normalize_name(acc.operator), acc.family), []).append(acc)
    return groups


@rulekit.rule(
    "newmedia.several-accounts",
    meta={"verdict": {"item": "政务新媒体备案", "points": 2}},
    title="同一主体在同一平台开设多个账号",
    severity="warning",
    scope="account",
    source="《关于推进政务新媒体健康有序发展的意见》（国办发〔2018〕123号）：原则上一个单位在同一平台"
           "只开设一个政务新媒体账号；seed 004：“一平台开设多个账号”",
)
def several_accounts(account, filed_by_operator):
    """One operator (开设主体) with several filed, running accounts on one platform family
    (微信公众号 and 微信订阅号 are one family). One finding per operator and platform, at the
    first of its accounts in the inventory, naming them all. Unfiled accounts are
    ``newmedia.unfiled``'s, and cancelled ones do not count.

    ## Why
    国办发〔2018〕123号: in principle one unit opens one account per platform; seed 004 lists
    「一平台开设多个账号」 among the problems found.

    ## Example
    ```yaml
    account: {platform: 新浪微博, name: 示例公安, operator: 示例县公安局}
    accounts:
      - {platform: 新浪微博, name: 示例公安, operator: 示例县公安局}
      - {platform: 新浪微博, name: 示例县公安局网安大队, operator: 示例县公安局}
    registry:
      - {platform: 微博, name: 示例公安}
      - {platform: 微博, name: 示例县公安局网安大队}
    ```

    ## Use instead
    ```yaml
    account: {platform: 新浪微博, name: 示例公安, operator: 示例县公安局}
    accounts:
      - {platform: 新浪微博, name: 示例公安, operator: 示例县公安局}
      - {platform: 今日头条, name: 示例公安, operator: 示例县公安局}
    registry:
      - {platform: 微博, name: 示例公安}
      - {platform: 头条号, name: 示例公安}
    ```
    """
    if not account.operator or account.cancelled:
        return
    group = filed_by_operator.get((normalize_name(account.operator), account.family), [])
    if len(group) < 2 or group[0] != account:  # (one finding, at the first)
        return
    names = "、".join(f"“{a.name}”" for a in group)
    yield rulekit.Problem(
        message=f"同一主体在同一平台开设多个账号：{account.operator}在{account.platform}等同类平台"
                f"有{len(group)}个已备案账号（{names}）",
        evidence="；".join(f"{a.where}：{a.platform} {a.name}" for a in group),
        key=f"several:{normalize_name(account.operator)}")


#: how a posts export marks a repost (转发, 转载, 分享) and an original post
REPOST_WORDS = ("转发", "转载", "分享", "repost", "retweet", "share", "forward")
ORIGINAL_WORDS = ("原创", "发布", "original", "post")


def _is_repost(kind: str | None) -> bool | None:
    """Whether a post's kind says repost (True), original (False), or nothing (None)."""
    if not kind:
        return None
    low = kind.strip().lower()
    if any(w in low for w in REPOST_WORDS):
        return True
    if any(w in low for w in ORIGINAL_WORDS):
        return False
    return None


@rulekit.rule(
    "newmedia.repost-only",
    meta={"verdict": {"item": "内容建设", "points": 5}},
    title="所发信息均为转发，未发布本单位工作信息",
    severity="error",
    scope="account",
    source="陕西省通报（seed 002）：“所发信息均为转发，未发布本单位工作信息”（渭南市华州区“华州发布”）",
    options={"window_days": {"type": "integer", "minimum": 1, "default": 30,
                             "description": "days before as_of whose posts are looked at"}},
)
def repost_only(account, posts, options, as_of):
    """An account whose every post in the ``window_days`` days up to ``as_of`` is a
    repost (the posts export's kind: 转发, 转载, 分享), so it published nothing of its own
    unit's work. It needs the posts file; an account with no post in the window is
    ``newmedia.silence``'s, and a post whose kind the export does not say leaves the
    account undecided (no finding), never counted as a repost.

    ## Why
    Seed 002 reports an account whose 「所发信息均为转发，未发布本单位工作信息」.

    ## Example
    ```yaml
    as_of: 2022-05-31
    account: {platform: 新浪微博, name: 华州发布}
    posts:
      - {published_at: 2022-05-30, kind: 转发, title: 转发：全省防汛工作会议召开}
      - {published_at: 2022-05-20, kind: 转发, title: 转发：夏粮收购政策解读}
    ```

    ## Use instead
    ```yaml
    as_of: 2022-05-31
    account: {platform: 新浪微博, name: 华州发布}
    posts:
      - {published_at: 2022-05-30, kind: 转发, title: 转发：全省防汛工作会议召开}
      - {published_at: 2022-05-25, kind: 原创, title: 华州区启动夏收夏种工作}
    ```
    """
    if account.cancelled or not posts:
        return
    start = as_of - dt.timedelta(days=options["window_days"])
    recent = [p for p in posts if start < p.published_at.date() <= as_of]
    if not recent:
        return
    kinds = [_is_repost(p.kind) for p in recent]
    if all(k is True for k in kinds):
        yield rulekit.Problem(
            message=f"所发信息均为转发，未发布本单位工作信息：{account.platform}“{account.name}”"
                    f"监测时间点前{options['window_days']}天内{len(recent)}条信息均为转发",
            evidence="；".join(f"{p.published_at.date().isoformat()} {p.title or ''}".strip()
                              for p in recent[:3]),
            key="repost-only")
