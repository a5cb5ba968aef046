"""The national columns' words: what a ``ColumnType`` or ``ColumnName`` meta calls them.

Government CMSes stamp the column's name on its pages (行政处罚决定, 规范性文件); a page the
manifest and the config say nothing of takes its column type from those words. The types
are the ones the national rules look for (``penalty`` for the privacy checks, ``policy``
for the download formats).
"""

from __future__ import annotations

import rulekit

COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "penalty": ("行政处罚", "处罚决定", "处罚信息", "双公示"),
    "policy": ("政策文件", "规范性文件", "政策法规", "政府文件"),
    "interpretation": ("政策解读", "解读"),  # no update window: not judged
    "notice": ("通知公告", "公示公告", "公告"),
    "news": ("要闻", "动态", "新闻", "资讯"),
    "personnel": ("人事",),
    "planning": ("规划",),
    "assistance": ("社会救助", "救助"),  # no update window in the indicators: not judged
}


@rulekit.hookimpl
def rulekit_column_types() -> dict[str, tuple[str, ...]]:
    return COLUMN_WORDS
