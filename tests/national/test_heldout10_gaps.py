"""The gaps heldout10's first run showed (benchmarks/README.md), each closed as a general rule,
each with the look-alike that must stay quiet. Numbers are synthetic.

- A label that is a line of its own (a definition list's ``<dt>住址</dt>``, a form printed
  one field per line) has its value on the next line (that line only).
- 住 after 均, 都 or 皆 (胡某、胡某某，均住示例县…) is a home-address label, like 住 after
  punctuation.
"""

from __future__ import annotations

from gap_readers import ID, USCC, addresses

ID2 = "510999198510174471"

# --- a label on a line of its own ---------------------------------------------------------


def test_a_definition_lists_home_address_on_the_line_after_its_label() -> None:
    # <dl><dt>住址</dt><dd>…</dd>: one field per line, the 经营场所 beside it is the shop's
    text = ("示例县农业农村局行政处罚决定书\n当事人\n示例县青石镇惠农兽药店（个体工商户）\n"
            f"经营者\n曾某某\n身份证号码\n{ID}\n经营场所\n示例县青石镇新街口12号\n"
            "住址\n示例县青石镇上坊村委会枫树组17号\n联系电话\n13912340078\n"
            "2024年3月12日，本局执法人员对当事人经营场所进行检查……\n")
    assert addresses(text) == ["示例县青石镇上坊村委会枫树组17号"]


def test_a_companys_domicile_on_the_line_after_its_label_stays_quiet() -> None:
    text = ("当事人\n示例县青石镇惠农农资有限公司\n统一社会信用代码\n" + USCC + "\n"
            "法定代表人\n曾某某\n住所\n示例县青石镇新街口12号\n经营场所\n示例县青石镇新街口14号\n")
    assert addresses(text) == []


def test_a_label_with_nothing_after_it_does_not_take_the_next_field() -> None:
    # an empty <dd>: the next line is another field's label and value, not this one's
    text = (f"当事人\n曾某某\n身份证号码\n{ID}\n住址\n\n经营场所\n示例县青石镇新街口12号\n")
    assert addresses(text) == []


def test_a_label_inside_a_line_does_not_reach_the_next_line() -> None:
    # 「…经营场所和住址」 ending a sentence's line is no field of its own
    text = (f"当事人：曾某某，男，身份证号码：{ID}。\n本局执法人员核实了当事人的经营场所和住址\n"
            "示例县青石镇新街口12号为其经营场所。\n")
    assert addresses(text) == []


# --- 均住: two parties sharing a home -------------------------------------------------------


def test_two_parties_who_both_live_at_one_address() -> None:
    text = ("当事人：胡某、胡某某（系父子），均住示例县桃源乡河背村委会老街组36号；胡某身份证号码："
            f"{ID}，胡某某身份证号码：{ID2}。\n2024年4月2日，当事人未经许可……\n")
    assert addresses(text) == ["示例县桃源乡河背村委会老街组36号"]


def test_two_parties_who_both_live_in_a_township_stay_quiet() -> None:
    text = (f"当事人：胡某、胡某某（系父子），均住示例县桃源乡；胡某身份证号码：{ID}。\n"
            "两船均停靠示例县桃源乡河背村3组码头。\n")
    assert addresses(text) == []
