"""How inventory and registry values are normalised: the cell readers of rulekit.values
(dates, yes/no) and the national plugin's account names, platforms and status words."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rulekit_national.accounts import (
    INVENTORY_FIELDS,
    POSTS_FIELDS,
    REGISTRY_FIELDS,
    edit_distance,
    is_cancelled,
    normalize_name,
    platform_family,
    platform_label,
)

from rulekit.values import parse_bool, parse_date, parse_datetime

# --------------------------------------------------------------------------- dates

D = dt.date(2022, 5, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-05-31", dt.datetime(2022, 5, 31)),
        ("2022-5-31", dt.datetime(2022, 5, 31)),
        ("2022/05/31", dt.datetime(2022, 5, 31)),
        ("2022.05.31", dt.datetime(2022, 5, 31)),
        ("2022年5月31日", dt.datetime(2022, 5, 31)),
        ("2022年05月31日 14:30", dt.datetime(2022, 5, 31, 14, 30)),
        ("2022年5月31日14时30分", dt.datetime(2022, 5, 31, 14, 30)),
        ("20220531", dt.datetime(2022, 5, 31)),
        ("2022-05-31 14:30", dt.datetime(2022, 5, 31, 14, 30)),
        ("2022-05-31T14:30:00", dt.datetime(2022, 5, 31, 14, 30)),
        ("2022-05-31T14:30:00+08:00", dt.datetime(2022, 5, 31, 14, 30)),
        ("2022-05-31T06:30:00Z", dt.datetime(2022, 5, 31, 14, 30)),  # to Beijing time
        ("2022-05-31 14:30:00.250", dt.datetime(2022, 5, 31, 14, 30, 0, 250000)),
        ("2022/5/31 9:05:07", dt.datetime(2022, 5, 31, 9, 5, 7)),
        ("2022/5/31 下午 2:05:07", dt.datetime(2022, 5, 31, 14, 5, 7)),
        ("31/05/2022", dt.datetime(2022, 5, 31)),
        ("05/31/2022", dt.datetime(2022, 5, 31)),  # can only be month first
        ("２０２２－０５－３１", dt.datetime(2022, 5, 31)),  # full-width digits
        ("２０２２年５月３１日　１４：３０", dt.datetime(2022, 5, 31, 14, 30)),
        ("  2022-05-31  ", dt.datetime(2022, 5, 31)),
        ("44712", dt.datetime(2022, 5, 31)),  # Excel serial as text
        ("44712.5", dt.datetime(2022, 5, 31, 12)),
    ],
)
def test_date_forms(text: str, expected: dt.datetime) -> None:
    assert parse_datetime(text) == expected
    assert parse_date(text) == expected.date()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (44712, dt.datetime(2022, 5, 31)),
        (44712.75, dt.datetime(2022, 5, 31, 18)),
        (20000, dt.datetime(1954, 10, 3)),
        (80000, dt.datetime(2119, 1, 11)),
    ],
)
def test_excel_serials(value: float, expected: dt.datetime) -> None:
    assert parse_datetime(value) == expected
    assert parse_date(value) == expected.date()


def test_date_objects_and_empty() -> None:
    assert parse_date(D) == D
    assert parse_date(dt.datetime(2022, 5, 31, 23, 59)) == D
    assert parse_datetime(D) == dt.datetime(2022, 5, 31)
    aware = dt.datetime(2022, 5, 31, 18, 0, tzinfo=dt.timezone.utc)
    assert parse_datetime(aware) == dt.datetime(2022, 6, 1, 2, 0)
    for empty in (None, "", "   ", "\u3000"):
        assert parse_date(empty) is None
        assert parse_datetime(empty) is None


@pytest.mark.parametrize(
    "text",
    [
        "hello",
        "2022",
        "19999",
        "80001",
        "2022-02-30",
        "2022-13-01",
        "2022-05-31 25:00",
        "01/02/2022",  # day and month order ambiguous: refused, not guessed
        "2022年5月",
        "2022-05-31 hello",
        "nan",
    ],
)
def test_not_dates(text: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_date(text)


def test_not_date_numbers_and_types() -> None:
    for value in (19999, 80001, float("nan"), float("inf"), True):
        with pytest.raises(ValueError):
            parse_date(value)
    with pytest.raises(TypeError):
        parse_date(["2022-05-31"])


@given(st.text())
def test_parse_date_only_raises_value_error(text: str) -> None:
    try:
        result = parse_date(text)
    except ValueError:
        return
    assert result is None or isinstance(result, dt.date)


@given(st.from_regex(r"[0-9０-９年月日时分秒:/.\-T+Z 下午]{0,30}", fullmatch=True))
def test_parse_datetime_date_like_text_only_raises_value_error(text: str) -> None:
    try:
        parse_datetime(text)
    except ValueError:
        pass


# --------------------------------------------------------------------------- platforms


@pytest.mark.parametrize(
    ("platform", "family"),
    [
        ("微信公众号", "wechat"),
        ("微信订阅号", "wechat"),
        ("微信服务号", "wechat"),
        ("公众号", "wechat"),
        ("微信", "wechat"),
        ("订阅号", "wechat"),
        ("服务号", "wechat"),
        ("WeChat", "wechat"),
        ("微信公众号（服务号）", "wechat"),
        ("新浪微博", "weibo"),
        ("微博", "weibo"),
        ("新浪", "weibo"),
        ("Weibo", "weibo"),
        ("新浪微博(蓝V)", "weibo"),
        ("今日头条", "toutiao"),
        ("头条号", "toutiao"),
        ("头条", "toutiao"),
        ("抖音", "douyin"),
        ("抖音号", "douyin"),
        ("快手", "kuaishou"),
        ("视频号", "channels"),
        ("微信视频号", "channels"),
        ("百家号", "baijiahao"),
        ("小程序", "miniprogram"),
        ("微信小程序", "miniprogram"),
        ("APP", "app"),
        ("政务APP", "app"),
        ("客户端", "app"),
        ("移动客户端", "app"),
        ("bilibili", "bilibili"),
        ("小红书", "xiaohongshu"),
        ("人民号", "renminhao"),
        ("学习强国 强国号", "xuexi"),
        ("强国号", "xuexi"),
        ("网易号", "netease"),
        ("企鹅号", "penguin"),
        (" 抖 音 ", "douyin"),
        ("ＷｅＣｈａｔ", "wechat"),  # full-width letters
    ],
)
def test_platform_family(platform: str, family: str) -> None:
    assert platform_family(platform) == family


def test_unknown_platforms_match_their_own_spelling() -> None:
    assert platform_family("Some Forum") == "someforum"
    assert platform_family("ＳＯＭＥ ＦＯＲＵＭ") == platform_family("some forum")
    assert platform_family("Mastodon") != platform_family("some forum")
    assert platform_family("whatsapp") == "whatsapp"  # "app" only as a word of its own


def test_platform_label() -> None:
    assert platform_label("wechat") == "微信公众号"
    assert platform_label("weibo") == "新浪微博"
    assert platform_label("toutiao") == "今日头条"
    assert platform_label("douyin") == "抖音"
    assert platform_label(platform_family("微信订阅号")) == "微信公众号"
    assert platform_label("someforum") == "someforum"


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    "spelling",
    [
        "某某发布",
        "“某某发布”",
        "「某某发布」",
        "『某某发布』",
        "《某某发布》",
        "〈某某发布〉",
        "【某某发布】",
        "（某某发布）",
        "(某某发布)",
        "[某某发布]",
        '"某某发布"',
        "'某某发布'",
        "‘某某发布’",
        "＂某某发布＂",
        "某某　发布",  # full-width space
        " 某 某 发 布 \t",
        "某某\u200b发布",  # zero-width space from copy-paste
    ],
)
def test_normalize_name(spelling: str) -> None:
    assert normalize_name(spelling) == "某某发布"


def test_normalize_name_nfkc_keeps_case() -> None:
    assert normalize_name("ＡＢＣ１２３") == "ABC123"
    assert normalize_name("abc") != normalize_name("ABC")


@pytest.mark.parametrize(
    ("a", "b", "limit", "expected"),
    [
        ("", "", 2, 0),
        ("某某发布", "某某发布", 2, 0),
        ("某某发布", "某某发", 2, 1),
        ("某某发布", "某某新闻发布", 2, 2),
        ("某某发布", "某某新闻发布厅", 2, 3),  # length differs by 3: limit + 1 at once
        ("abc", "abd", 2, 1),
        ("abc", "cab", 2, 2),
        ("abcd", "dcba", 2, 3),
        ("abcd", "dcba", 4, 4),
        ("kitten", "sitting", 3, 3),
        ("kitten", "sitting", 2, 3),
        ("", "ab", 2, 2),
        ("", "abc", 2, 3),
        ("a", "b", 0, 1),
        ("a", "a", 0, 0),
    ],
)
def test_edit_distance(a: str, b: str, limit: int, expected: int) -> None:
    assert edit_distance(a, b, limit) == expected
    assert edit_distance(b, a, limit) == expected


@given(st.text(max_size=8), st.text(max_size=8), st.integers(0, 4))
def test_edit_distance_matches_unbounded(a: str, b: str, limit: int) -> None:
    def full(x: str, y: str) -> int:
        row = list(range(len(y) + 1))
        for i, cx in enumerate(x, 1):
            prev, row[0] = row[0], i
            for j, cy in enumerate(y, 1):
                prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (cx != cy))
        return row[-1]

    assert edit_distance(a, b, limit) == min(full(a, b), limit + 1)


# --------------------------------------------------------------------------- yes/no, status


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("是", True), ("否", False), ("有", True), ("无", False),
        ("true", True), ("FALSE", False), ("Yes", True), ("no", False), ("Y", True), ("n", False),
        ("1", True), ("0", False), ("√", True), ("×", False), ("✓", True), ("✗", False),
        ("１", True), (" 是 ", True), (True, True), (0, False), (None, None), ("", None),
    ],
)
def test_parse_bool(value: object, expected: bool | None) -> None:
    assert parse_bool(value) is expected


@pytest.mark.parametrize("value", ["正常", "异常", "maybe", "2", "开通"])
def test_parse_bool_refuses_other_words(value: str) -> None:
    with pytest.raises(ValueError, match="yes/no"):
        parse_bool(value)


@pytest.mark.parametrize(
    "status",
    ["注销", "已注销", "关停", "已关停", "停用", "撤销", "关闭", "cancelled", "Closed",
     " 已注销 ", "已注销（2022-05-01）"],
)
def test_cancelled_words(status: str) -> None:
    assert is_cancelled(status)


@pytest.mark.parametrize(
    "status", ["正常", "运行", "运营", "停更", "未注销", "", None, "注销中请核实是否"]
)
def test_not_cancelled_words(status: str | None) -> None:
    assert not is_cancelled(status)


# --------------------------------------------------------------------------- field aliases


def test_alias_maps_cover_the_spec() -> None:
    assert set(INVENTORY_FIELDS) == {
        "platform", "name", "operator", "certified_subject", "region", "last_post_at",
        "date_source", "interaction", "menu_ok", "status",
    }
    assert set(POSTS_FIELDS) == {"account", "platform", "published_at", "kind", "title", "text",
                                 "url"}
    assert set(REGISTRY_FIELDS) == {
        "platform", "name", "certified_subject", "operator", "filing_no", "status", "filed_at",
        "cancelled_at",
    }
    assert "市(区)/省直" in INVENTORY_FIELDS["region"]
    assert "备案编号" in REGISTRY_FIELDS["filing_no"]
    assert "原创/转发" in POSTS_FIELDS["kind"]
    for fields in (INVENTORY_FIELDS, POSTS_FIELDS, REGISTRY_FIELDS):
        for name, aliases in fields.items():
            assert name in aliases
