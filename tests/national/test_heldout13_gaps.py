"""The gap heldout13's first run showed (benchmarks/README.md), closed as a general rule, with
the look-alike that must stay quiet. Numbers are synthetic.

- A 个体工商户's 经营者 described as a natural person (sex, ID number) owns the landline
  labelled in that description; an operator named with no more than a name, whose 联系电话
  follows the 经营场所, may be giving the shop's number, and stays quiet as before.
"""

from __future__ import annotations

from gap_readers import ID, phones

LANDLINE = "029-29815962"


def test_a_described_operators_landline():
    text = ("行政处罚决定书\n当事人：示例区马记干果摊（个体工商户）\n"
            f"经营者：马某，男，回族，居民身份证号码：{ID}，住址：示例市雁塔区小寨东路12号院"
            f"3号楼1单元601室，电话：{LANDLINE}\n经营地址：示例市雁塔区大雁塔北广场东侧5号摊位\n")
    assert phones(text) == [LANDLINE]


def test_an_operator_named_only_giving_the_shops_landline_stays_quiet():
    text = ("行政处罚决定书\n当事人：示例县某某超市（个体工商户），经营者：毛某，住址：示例县永宁镇"
            f"西门村七组5号，经营场所：示例县永宁镇西门街3号，联系电话：{LANDLINE}。\n")
    assert phones(text) == []
