"""The gaps heldout9's first run showed (benchmarks/README.md), each closed as a general rule,
each with the look-alike that must stay quiet. Numbers are synthetic.

- 主办：… (with its colon) opens a site footer, like 主办单位: the address after it is the
  site's organiser's, not a party's.
"""

from __future__ import annotations

from gap_readers import ID, addresses

# --- 主办： opens the footer -------------------------------------------------------------


def test_the_footers_address_after_zhuban_stays_quiet() -> None:
    text = (f"当事人：张某某，男，身份证号码：{ID}，住址：示例县永宁镇城西村西坑组5号。\n"
            "……本局决定罚款伍佰元。\n示例县市场监督管理局 2024年5月6日\n"
            "主办：示例县人民政府办公室　地址：示例县城关镇人民大道99号　邮政编码：336999\n"
            "办公室电话：0795-7000888　网站标识码：3609990002\n")
    assert addresses(text) == ["示例县永宁镇城西村西坑组5号"]  # not the organiser's


def test_an_organiser_named_in_the_facts_is_no_footer() -> None:
    text = ("当事人：李某，女，系示例县龙舟赛的主办方负责人，"
            "住址：示例县永宁镇新街村3组6号。\n经查，当事人未经许可……\n")
    assert addresses(text) == ["示例县永宁镇新街村3组6号"]
