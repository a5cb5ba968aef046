"""content.sensitive-words with an office's word library: a GBK CSV with 级别, full-width
text, an allowed longer phrase, a serious error that vetoes the site."""

from __future__ import annotations

from conftest import IGNORE_SITE_WIDE

from rulekit.config import load
from rulekit.engine import Engine

LIBRARY = ("错误表述,正确表述,级别,说明\n"
           "习近平总书记同志,习近平总书记,严重,职务称谓\n"
           "按装,安装,一般,\n"
           "ＷＩＦＩ,无线网络,一般,全角写法\n"
           "维护,,一般,过宽的词：由允许短语兜住\n")


def _run(export, body: str, extra: str = ""):
    export.navigation()
    export.page("xwzx/a.html", body, encoding="gbk")
    export.file("ciku.csv", LIBRARY, encoding="gbk")
    config = export.config(IGNORE_SITE_WIDE.replace(
        "rules:\n", "rules:\n  select: [content.sensitive-words]\n") +
        "  options:\n    content.sensitive-words:\n      library: ciku.csv\n"
        "      allow: [维护稳定, 两个维护]\n" + extra)
    engine = Engine(load(config))
    result = engine.run()
    return [f for f in result.findings if f.rule == "content.sensitive-words"], \
        engine.report(result)


def test_library_words_nfkc_allow_and_the_veto(export):
    body = ("<p>县委召开会议，传达学习习近平总书记同志重要讲话精神，坚决做到“两个维护”，"
            "全力维护稳定。</p><p>各村已按装wifi设备，以人名为中心做好服务。</p>")
    found, report = _run(export, body)
    messages = sorted(f.message for f in found)
    assert any("“习近平总书记同志”，应为“习近平总书记”（严重错误，单项否决）" in m for m in messages)
    assert any("“按装”，应为“安装”" in m for m in messages)
    assert not any("WIFI" in m for m in messages)  # matching keeps case: wifi is not WIFI
    assert any("以人名为中心" in m for m in messages)  # the built-in words still count
    assert not any("“维护”" in m for m in messages)  # inside 两个维护 and 维护稳定 only
    site = [v for v in report.verdicts if v.kind == "site"][0]
    assert site.outcome == "fail" and site.details["vetoes"][0]["item"] == "严重错误"


def test_full_width_forms_match_half_width_entries(export):
    found, _ = _run(export, "<p>已开通ＷＩＦＩ，欢迎使用。</p>")
    assert [f.message for f in found] == ["存在错敏词：“WIFI”，应为“无线网络”"]


def test_a_missing_library_is_a_clear_error(export):
    export.navigation()
    config = export.config(IGNORE_SITE_WIDE + "  options:\n    content.sensitive-words:\n"
                           "      library: missing.csv\n")
    engine = Engine(load(config))
    result = engine.run()
    failed = [f for f in result.findings if f.rule == "plugin"]
    assert failed and "missing.csv" in failed[0].message


def test_the_offices_library_outranks_the_built_in_words(export):
    """A library that marks a built-in wrong form 严重 makes it a veto: the built-in entry
    (the same form, not serious) does not take its place, and a later non-serious entry of
    the same form does not undo the library's 严重."""
    export.navigation()
    export.page("xwzx/a.html", "<p>会议强调要坚持以人名为中心的发展思想。</p>", encoding="gbk")
    export.file("ciku.csv", "错误表述,正确表述,级别\n以人名为中心,以人民为中心,严重\n"
                "以人名为中心,以人民为中心,一般\n", encoding="gbk")
    config = export.config(IGNORE_SITE_WIDE.replace(
        "rules:\n", "rules:\n  select: [content.sensitive-words]\n") +
        "  options:\n    content.sensitive-words:\n      library: ciku.csv\n")
    engine = Engine(load(config))
    result = engine.run()
    found = [f.message for f in result.findings if f.rule == "content.sensitive-words"]
    assert found == ["存在错敏词：“以人名为中心”，应为“以人民为中心”（严重错误，单项否决）"]
    site = [v for v in engine.report(result).verdicts if v.kind == "site"][0]
    assert site.outcome == "fail"
