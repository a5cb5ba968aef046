"""New-media accounts: the records the account rules receive, and how they are compared.

Inventories and the filing registry are typed by hand in many offices, so the same account
shows up as "微信订阅号 / 「某某发布」" in one file and "公众号 / 某某发布" in another. The
checks compare accounts only after the helpers here have reduced both sides to the same form:
platform families, names without quotes or spaces, and the status words of the forms.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rulekit.model import Target

__all__ = [
    "INVENTORY_FIELDS",
    "Account",
    "Post",
    "RegistryEntry",
    "POSTS_FIELDS",
    "REGISTRY_FIELDS",
    "edit_distance",
    "is_cancelled",
    "normalize_name",
    "platform_family",
    "platform_label",
]

# --------------------------------------------------------------------------- field aliases
# Canonical field name -> header aliases (English and the Chinese headers seen in real exports;
# see spec/inputs.md sections 2-4). The table reader matches them after NFKC, with spaces,
# "*" and bracketed notes such as "（必填）" removed, so only the bare words are listed here.

INVENTORY_FIELDS: dict[str, list[str]] = {
    "platform": ["platform", "账号类型", "帐号类型", "平台", "平台类型", "类型"],
    "name": ["name", "账号名称", "帐号名称", "名称", "账号", "帐号"],
    "operator": ["operator", "开设主体", "主办单位", "运营主体", "开办主体"],
    "certified_subject": ["certified_subject", "认证主体"],
    "region": ["region", "市(区)/省直", "地区", "所属地区"],
    "last_post_at": [
        "last_post_at",
        "最近更新时间",
        "最后更新",
        "最后更新时间",
        "最近发布时间",
    ],
    "date_source": ["date_source", "更新时间来源", "最近更新时间来源", "数据来源", "采集方式"],
    "interaction": ["interaction", "互动功能"],
    "menu_ok": ["menu_ok", "菜单可用"],
    "status": ["status", "状态"],
}

POSTS_FIELDS: dict[str, list[str]] = {
    "account": ["account", "账号", "帐号", "账号名称", "帐号名称"],
    "platform": ["platform", "平台", "账号类型", "帐号类型", "平台类型"],
    "published_at": ["published_at", "发布时间", "发布日期"],
    "kind": ["kind", "类型", "原创/转发", "发布类型"],
    "title": ["title", "标题"],
    "text": ["text", "正文", "内容"],
    "url": ["url", "链接", "网址"],
}

REGISTRY_FIELDS: dict[str, list[str]] = {
    "platform": ["platform", "账号类型", "帐号类型", "平台", "平台类型", "类型"],
    "name": ["name", "账号名称", "帐号名称", "名称", "账号", "帐号"],
    "certified_subject": ["certified_subject", "认证主体"],
    "operator": ["operator", "开设主体", "主办单位", "运营主体", "开办主体"],
    "filing_no": ["filing_no", "备案编号", "备案号"],
    "status": ["status", "状态"],
    "filed_at": ["filed_at", "备案时间"],
    "cancelled_at": ["cancelled_at", "注销时间"],
}

# --------------------------------------------------------------------------- platforms

# family id -> (display label, exact synonyms). Synonyms are compared after _norm_platform.
_FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "wechat": (
        "微信公众号",
        (
            "微信公众号", "微信订阅号", "微信服务号", "公众号", "微信", "订阅号", "服务号",
            "微信公众平台", "wechat", "weixin",
        ),
    ),
    "weibo": ("新浪微博", ("新浪微博", "微博", "新浪", "weibo", "sinaweibo")),
    "toutiao": ("今日头条", ("今日头条", "头条号", "头条", "toutiao")),
    "douyin": ("抖音", ("抖音", "抖音号", "douyin", "tiktok")),
    "kuaishou": ("快手", ("快手", "快手号", "kuaishou")),
    "channels": ("微信视频号", ("视频号", "微信视频号", "wechatchannels")),
    "baijiahao": ("百家号", ("百家号", "百度百家号", "baijiahao")),
    "miniprogram": ("小程序", ("小程序", "微信小程序", "miniprogram")),
    "app": ("移动客户端", ("app", "客户端", "移动客户端", "手机客户端", "政务app")),
    "bilibili": ("哔哩哔哩", ("bilibili", "哔哩哔哩", "b站")),
    "xiaohongshu": ("小红书", ("小红书", "xiaohongshu")),
    "renminhao": ("人民号", ("人民号", "renminhao")),
    "xuexi": ("学习强国", ("学习强国", "强国号", "学习强国强国号", "xuexiqiangguo")),
    "netease": ("网易号", ("网易号", "网易", "netease")),
    "penguin": ("企鹅号", ("企鹅号", "腾讯企鹅号", "penguin")),
    "sohu": ("搜狐号", ("搜狐号", "搜狐", "sohu")),
    "zhihu": ("知乎", ("知乎", "知乎号", "zhihu")),
}

# Longer spellings ("微信公众号（服务号）", "新浪微博(蓝V)") fall back to keywords, tried in this
# order: the more specific words first, so that 微信视频号 and 微信小程序 are not taken for
# 微信 and 人民号 is not taken for a 客户端.
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("视频号", "channels"),
    ("小程序", "miniprogram"),
    ("百家号", "baijiahao"),
    ("人民号", "renminhao"),
    ("强国号", "xuexi"),
    ("学习强国", "xuexi"),
    ("企鹅号", "penguin"),
    ("网易号", "netease"),
    ("搜狐号", "sohu"),
    ("头条", "toutiao"),
    ("抖音", "douyin"),
    ("快手", "kuaishou"),
    ("哔哩哔哩", "bilibili"),
    ("小红书", "xiaohongshu"),
    ("知乎", "zhihu"),
    ("微博", "weibo"),
    ("公众号", "wechat"),
    ("订阅号", "wechat"),
    ("服务号", "wechat"),
    ("微信", "wechat"),
    ("客户端", "app"),
)
_APP_WORD = re.compile(r"(?<![a-z])app(?![a-z])")


def _norm_platform(platform: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", platform)).lower()


def _bare(text: str) -> str:
    """Drop bracketed notes such as (蓝V) or （服务号）; keep the text if that empties it."""
    stripped = re.sub(r"[(\[【〔][^()\[\]【】〔〕]*[)\]】〕]", "", text)
    return stripped or text


_SYNONYMS: dict[str, str] = {
    _norm_platform(word): family for family, (_, words) in _FAMILIES.items() for word in words
}


def platform_family(platform: str) -> str:
    """Canonical family id of a platform name, so 微信订阅号 and 公众号 compare equal.

    The registry and the inventory name the same platform in different words; the checks
    compare families. An unknown platform is its own family in normalised spelling (NFKC,
    lower case, no spaces), so two identical unknown spellings still match.
    """
    norm = _norm_platform(platform)
    for candidate in (norm, _bare(norm)):
        if candidate in _SYNONYMS:
            return _SYNONYMS[candidate]
    for keyword, family in _KEYWORDS:
        if keyword in norm:
            return family
    if _APP_WORD.search(norm):
        return "app"
    return norm


def platform_label(family: str) -> str:
    """Chinese display label of a family id (unknown families are shown as they are)."""
    entry = _FAMILIES.get(family)
    return entry[0] if entry else family


# --------------------------------------------------------------------------- names

# Quotation marks and brackets people put around account names, plus invisible characters
# that copy-paste leaves behind. Full-width forms (＂ ＇ （ ） ［ ］) become these under NFKC.
_NAME_JUNK = re.compile(r"[\s“”‘’\"'「」『』《》〈〉()\[\]【】〔〕\u200b\u200c\u200d\u2060\ufeff]")


def normalize_name(name: str) -> str:
    """Name as compared between inventory and registry: NFKC, no spaces, quotes or brackets.

    "「某某发布」", "《某某 发布》" and "某某发布" are the same account typed three ways.
    Letters keep their case: the spec does not fold it, and names are compared exactly.
    """
    return _NAME_JUNK.sub("", unicodedata.normalize("NFKC", name))


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, bounded: returns ``limit + 1`` as soon as it is exceeded.

    Near misses (a renamed account, a typo) are distance 1-2; anything further is simply
    "different", so the bound keeps comparing every inventory row to every registry row cheap.
    """
    if limit < 0:
        raise ValueError("limit must be >= 0")
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if len(a) > len(b):
        a, b = b, a
    previous = list(range(len(a) + 1))
    for i, cb in enumerate(b, start=1):
        current = [i] + [0] * len(a)
        for j, ca in enumerate(a, start=1):
            current[j] = min(
                previous[j] + 1,
                current[j - 1] + 1,
                previous[j - 1] + (ca != cb),
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


# --------------------------------------------------------------------------- status

_CANCELLED = frozenset(
    {
        "注销", "关停", "停用", "撤销", "关闭", "销号", "停止运营", "停运",
        "cancelled", "canceled", "closed", "deregistered", "deactivated",
    }
)


def is_cancelled(status: str | None) -> bool:
    """Whether an inventory or registry status word says the account was closed down.

    Cancelled accounts are not checked for silence, and a cancelled registry row whose account
    still posts is its own finding. 停更 (stopped updating) is *not* cancelled: the account
    still belongs to the unit and is still checked. Only whole words count (with or without
    a leading 已), so "未注销" is not read as 注销; unknown words are not cancelled.
    """
    if not status:
        return False
    text = re.sub(r"[\s。.!！]+", "", unicodedata.normalize("NFKC", status)).lower()
    text = _bare(text)
    if text.startswith("已"):
        text = text[1:]
    return text in _CANCELLED


# --------------------------------------------------------------------------- records

@dataclass(frozen=True)
class Account:
    """One new-media account of the inventory, with its fields normalised."""

    platform: str
    name: str
    family: str
    where: str
    operator: str | None = None
    certified_subject: str | None = None
    region: str | None = None
    last_post_at: dt.datetime | None = None
    date_source: str | None = None
    interaction: bool | None = None
    menu_ok: bool | None = None
    status: str | None = None
    cancelled: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)

    def target(self) -> Target:
        return Target(kind="account", platform=self.platform, name=self.name, path=self.where)


@dataclass(frozen=True)
class RegistryEntry:
    """One row of the filing registry (全国政府网站与政务新媒体信息报送系统)."""

    platform: str
    name: str
    family: str
    where: str
    certified_subject: str | None = None
    operator: str | None = None
    filing_no: str | None = None
    status: str | None = None
    cancelled: bool = False
    filed_at: dt.date | None = None
    cancelled_at: dt.date | None = None


@dataclass(frozen=True)
class Post:
    """One post of an account, from the optional posts file."""

    account: str
    platform: str | None
    published_at: dt.datetime
    kind: str | None = None
    title: str | None = None
    url: str | None = None
    where: str = ""
