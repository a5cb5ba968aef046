"""Normalisation shared by the new-media account checks.

Inventories and the filing registry are typed by hand in many offices, so the same account
shows up as "微信订阅号 / 「某某发布」" in one file and "公众号 / 某某发布" in another. The
checks compare accounts only after the helpers here have reduced both sides to the same form:
platform families, names without quotes or spaces, dates in every spelling Excel and Chinese
systems produce, and the yes/no and status words of the forms.
"""

from __future__ import annotations

import datetime as _dt
import math
import numbers
import re
import unicodedata

__all__ = [
    "INVENTORY_FIELDS",
    "POSTS_FIELDS",
    "REGISTRY_FIELDS",
    "edit_distance",
    "is_cancelled",
    "normalize_name",
    "parse_bool",
    "parse_date",
    "parse_datetime",
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


# --------------------------------------------------------------------------- dates

_EXCEL_EPOCH = _dt.datetime(1899, 12, 30)
_SERIAL_MIN, _SERIAL_MAX = 20000, 80000  # 1954-10-03 .. 2119-01-11: plausible serials only
_CST = _dt.timezone(_dt.timedelta(hours=8), "CST")

_TIME_CORE = (
    r"(?P<ampm>上午|下午|am|pm)?\s*"
    r"(?:(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2})(?:\.(?P<frac>[0-9]{1,9}))?)?"
    r"|(?P<H2>[0-9]{1,2})[时点](?:(?P<M2>[0-9]{1,2})分(?:(?P<S2>[0-9]{1,2})秒)?)?)"
    r"\s*(?P<ampm2>am|pm)?"
    r"\s*(?P<tz>z|[+-][0-9]{2}:?[0-9]{2})?"
)
_TIME = r"(?:" + _TIME_CORE + ")?"
# Text is lower-cased before matching, so the ISO "T" and "Z" appear as "t" and "z".
_SEP_TIME = r"(?:(?:t|\s+)" + _TIME_CORE + ")?"
_DATE_FORMS = (
    # 2022-05-31, 2022/5/31, 2022.05.31, with an optional time
    re.compile(r"(?P<y>[0-9]{4})[-/.](?P<m>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})" + _SEP_TIME),
    # 2022年5月31日 14:30
    re.compile(r"(?P<y>[0-9]{4})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})[日号]?\s*" + _TIME),
    # 20220531, 20220531 14:30
    re.compile(r"(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})" + _SEP_TIME),
)
# 31/05/2022: day first, as written outside China; 05/31/2022 is accepted when it can only be
# month first, and 01/02/2022 (either) is refused rather than guessed.
_DMY = re.compile(r"(?P<a>[0-9]{1,2})[/.-](?P<b>[0-9]{1,2})[/.-](?P<y>[0-9]{4})" + _SEP_TIME)
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _from_serial(serial: float, original: object) -> _dt.datetime:
    if not (_SERIAL_MIN <= serial <= _SERIAL_MAX):  # also false for NaN
        raise ValueError(
            f"not a date: {original!r} (a number is read as an Excel date serial only "
            f"between {_SERIAL_MIN} and {_SERIAL_MAX})"
        )
    # Round to the second: Excel stores times as binary fractions of a day.
    seconds = round(serial * 86400)
    return _EXCEL_EPOCH + _dt.timedelta(seconds=seconds)


def _to_local_naive(value: _dt.datetime) -> _dt.datetime:
    """Aware times are moved to Beijing time and made naive, so all times compare."""
    if value.tzinfo is None:
        return value
    return value.astimezone(_CST).replace(tzinfo=None)


def _from_match(match: re.Match[str], y: int, m: int, d: int, text: str) -> _dt.datetime:
    groups = match.groupdict()
    hour = int(groups["H"] or groups["H2"] or 0)
    minute = int(groups["M"] or groups["M2"] or 0)
    second = int(groups["S"] or groups["S2"] or 0)
    micro = int((groups.get("frac") or "0")[:6].ljust(6, "0"))
    ampm = (groups.get("ampm") or groups.get("ampm2") or "").lower()
    if ampm and not 1 <= hour <= 12:
        raise ValueError(f"not a date: {text!r} (hour {hour} with {ampm})")
    if ampm in ("下午", "pm") and hour < 12:
        hour += 12
    elif ampm in ("上午", "am") and hour == 12:
        hour = 0
    try:
        value = _dt.datetime(y, m, d, hour, minute, second, micro)
    except ValueError as exc:
        raise ValueError(f"not a date: {text!r} ({exc})") from None
    tz = groups.get("tz")
    if tz:
        if tz == "z":
            offset = _dt.timedelta(0)
        else:
            digits = tz[1:].replace(":", "")
            offset = _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            if tz[0] == "-":
                offset = -offset
        if offset >= _dt.timedelta(hours=24):
            raise ValueError(f"not a date: {text!r} (time zone offset out of range)")
        value = _to_local_naive(value.replace(tzinfo=_dt.timezone(offset)))
    return value


def _parse_text(raw: str) -> _dt.datetime | None:
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw)).strip()
    if not text:
        return None
    lowered = text.lower()
    if _NUMBER.fullmatch(lowered) and len(lowered.split(".")[0]) <= 5:
        return _from_serial(float(lowered), raw)
    for form in _DATE_FORMS:
        match = form.fullmatch(lowered)
        if match:
            y, m, d = (int(match[k]) for k in ("y", "m", "d"))
            return _from_match(match, y, m, d, raw)
    match = _DMY.fullmatch(lowered)
    if match:
        a, b, y = int(match["a"]), int(match["b"]), int(match["y"])
        if a > 12 or a == b:
            day, month = a, b
        elif b > 12:
            day, month = b, a
        else:
            raise ValueError(
                f"not a date: {raw!r} (day and month order is ambiguous; write YYYY-MM-DD)"
            )
        return _from_match(match, y, month, day, raw)
    raise ValueError(f"not a date: {raw!r}")


def parse_datetime(value: object) -> _dt.datetime | None:
    """Read a date or date-time as inventories, registries and post exports spell it.

    Returns a naive datetime in Beijing time (aware input is converted), so that times from
    different files compare; a date alone gives midnight. None for empty input. Raises
    ValueError with the offending text when the value is not a date, so the caller can turn
    it into an InputError that names the row.
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return _to_local_naive(value)
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day)
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isnan(number):
            raise ValueError(f"not a date: {value!r}")
        return _from_serial(number, value)
    if isinstance(value, str):
        return _parse_text(value)
    raise TypeError(f"cannot read a date from {type(value).__name__}: {value!r}")


def parse_date(value: object) -> _dt.date | None:
    """The calendar day of a date or date-time value (see parse_datetime for the forms)."""
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value
    result = parse_datetime(value)
    return None if result is None else result.date()


# --------------------------------------------------------------------------- yes/no, status

_YES = frozenset({"是", "有", "true", "yes", "y", "t", "1", "√", "✓", "✔", "☑"})
_NO = frozenset({"否", "无", "没有", "false", "no", "n", "f", "0", "×", "✗", "✘", "☒"})


def parse_bool(value: object) -> bool | None:
    """Read a yes/no cell (是/否, 有/无, true/false, √/×, 1/0 …); None for empty.

    Only words that mean yes or no are accepted: a description such as "正常" is not a
    yes, and is refused with ValueError rather than guessed.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Real) and value in (0, 1):
        return bool(value)
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value))).lower()
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueError(f"not a yes/no value: {value!r} (expected 是/否, 有/无, true/false)")


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
