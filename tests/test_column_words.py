"""Column types from a page's metas come from the plugins' words, not from the core."""

from __future__ import annotations

import types

import rulekit
from rulekit.page import column_type_of


def test_the_core_alone_knows_only_english_type_names():
    assert column_type_of("penalty") == "penalty"
    assert column_type_of("行政处罚") is None  # no plugin's words given


def test_a_provinces_words_name_its_own_column_type(export, findings_of):
    module = types.ModuleType("county_columns")

    @rulekit.hookimpl
    def rulekit_column_types():
        return {"letters": ["县长信箱", "书记信箱"]}

    @rulekit.rule("county.letter-column", title="信箱栏目", scope="page")
    def letter_column(page):
        if page.column.type == "letters":
            yield f"信箱栏目页面：{page.column.name}"

    module.rulekit_column_types = rulekit_column_types
    module.letter_column = letter_column
    export.page("hdjl/xzxx/1.html", "<p>来信选登</p>", meta={"ColumnName": "县长信箱"})
    export.page("zwgk/xzcf/2.html", "<p>决定书</p>", meta={"ColumnName": "行政处罚决定"})
    result = export.run("rules:\n  select: [county]\n", extra_plugins=[module])
    assert [f.message for f in findings_of(result, "county.letter-column")] == [
        "信箱栏目页面：县长信箱"]
