"""The gaps heldout21's first run showed (benchmarks/README.md), each closed as a general rule,
with the look-alike that must still behave. Numbers are synthetic.

- A 村务 or 财务 ledger names who was paid in a 收款人 column: a row is a person's when that
  cell names a person (牟某某), so the card in its 收款账号 cell is the person's; a row whose
  收款人 is a shop or a company keeps its account its own.
- A 送达公告 lists the parties it serves in a 受送达人 / 身份证号码 / 住址 table: a row whose
  受送达人 is a person has that person's address; a company's row gives its 住所, not a home.
- A decision set as numbered items, each label on a line of its own (二、住址： then the
  address on the next line), is read as a label at a line's start is: the next line is its
  value. An 经营地址 item stays a business's.
- A 行政处罚事先告知书 (or 听证告知书) served by 公告 describes its party as a decision does:
  the party's mobile is personal there; a 信访 office's 来信受理告知书 is not such a notice.
- A mobile number the page itself writes masked elsewhere (来电号码：187****7751) is a leak
  where it is written out (次日已电话联系来电人（187…）), whatever kind of page it is; an
  office's number with no masked twin on a 12345 reply stays unreported.
"""

from __future__ import annotations

from gap_readers import CARD, MOBILE, MOBILE2

from rulekit.testing import rule_ids

#: Made up: a Luhn-valid 19-digit card.
CARD19 = "6228911282496003552"


def _ledger(rows: str) -> str:
    return ("<h1>双河村2023年第三季度村务财务公开</h1><table border=1>"
            "<tr><td>凭证号</td><td>日期</td><td>摘要</td><td>收款人</td><td>收款账号</td>"
            "<td>金额（元）</td></tr>" + rows + "</table>")


def _banks(make_page, run_rule, rows: str) -> list:
    page = make_page(_ledger(rows), title="双河村2023年第三季度村务财务公开",
                     url="http://www.example.gov.cn/cwgk/t20231012_1.html")
    return run_rule("privacy.bank-account", page=page)


def test_a_ledger_row_paid_to_a_person_holds_the_persons_card(make_page, run_rule) -> None:
    spaced = "\u3000".join(CARD19[i:i + 4] for i in range(0, 19, 4))
    rows = (f"<tr><td>记-0031</td><td>2023-07-14</td><td>村道护栏维修人工费</td><td>牟某某</td>"
            f"<td>{spaced}</td><td>2400.00</td></tr>")
    found = _banks(make_page, run_rule, rows)
    assert rule_ids(found) == ["privacy.bank-account"]
    assert "6228" in found[0].message and CARD19 not in found[0].message


def test_a_ledger_row_paid_to_a_shop_or_company_keeps_its_account(make_page, run_rule) -> None:
    rows = (f"<tr><td>记-0036</td><td>2023-08-02</td><td>办公用品</td><td>双河乡惠民超市</td>"
            f"<td>{CARD}</td><td>386.50</td></tr>"
            f"<tr><td>记-0037</td><td>2023-08-09</td><td>护栏材料</td><td>渠阳市金盾建材有限公司</td>"
            f"<td>{CARD19}</td><td>5200.00</td></tr>")
    assert _banks(make_page, run_rule, rows) == []


def _masked(mobile: str) -> str:
    return mobile[:3] + "****" + mobile[-4:]


def _served(rows: str) -> str:
    return ("<h1>示例县综合行政执法局关于公告送达行政处罚决定书的公告</h1>"
            "<p>因下列当事人下落不明，现依法向下列当事人公告送达：</p><table border=1>"
            "<tr><td>序号</td><td>受送达人</td><td>身份证号码</td><td>住址</td>"
            "<td>文书名称及文号</td></tr>" + rows + "</table>")


def test_a_served_notice_table_gives_each_persons_address(make_page, run_rule) -> None:
    rows = ("<tr><td>1</td><td>邓某某</td><td>320999********8899</td>"
            "<td>示例县城关镇解放路52号附3号</td><td>行政处罚决定书（示综执罚〔2023〕96号）</td></tr>"
            "<tr><td>2</td><td>示例县鑫达建材有限公司</td><td>91360999MA35L0QX5R</td>"
            "<td>示例县城关镇工业园区8号</td><td>行政处罚决定书（示综执罚〔2023〕97号）</td></tr>")
    page = make_page(_served(rows), title="示例县综合行政执法局关于公告送达行政处罚决定书的公告",
                     url="http://www.example.gov.cn/zwgk/tzgg/t20231103_1.html")
    found = run_rule("privacy.address", page=page)
    assert rule_ids(found) == ["privacy.address"]
    assert "解放路" not in found[0].message or "52号" not in found[0].message


def _numbered(second: str) -> str:
    return ("<h1>示例县商务局行政处罚决定书</h1><span class=title>一、当事人：</span><br>"
            f"<span>敬某某，男，汉族</span><br><span class=title>二、{second}：</span><br>"
            "<span>示例县城关镇<span>凤凰大道</span>166号附8号</span><br>"
            "<span class=title>三、违法事实：</span><br><span>当事人未取得批准证书销售柴油。</span>")


def test_a_numbered_item_label_on_its_own_line(make_page, run_rule) -> None:
    for label, want in (("住址", 1), ("经营地址", 0)):
        page = make_page(_numbered(label), title="示例县商务局行政处罚决定书",
                         column_type="penalty",
                         url="http://www.example.gov.cn/zwgk/xzcf/t20231107_1.html")
        assert len(run_rule("privacy.address", page=page)) == want, label


def test_a_notice_served_before_a_penalty_holds_the_partys_mobile(make_page, run_rule) -> None:
    body = (f"<p>付某某（身份证号码：130999XXXXXXXX2913，联系电话：{MOBILE}）：</p>"
            "<p>你于2023年6月使用电鱼方法进行捕捞，现依法公告送达《行政处罚事先告知书》。</p>"
            "<p>联系地址：示例县城关镇滨江路66号 联系电话：0795-5223381</p>")
    for title, want in (("关于向付某某送达《行政处罚事先告知书》的公告", [MOBILE]),
                        ("示例县信访局来信受理告知书", [])):
        page = make_page(f"<h1>{title}</h1>" + body, title=title,
                         url="http://www.example.gov.cn/zwgk/tzgg/t20230918_1.html")
        found = run_rule("privacy.phone", page=page)
        assert [n for n in (MOBILE,) if any(_masked(n) in f.message for f in found)] == want
        assert len(found) == len(want), title


def test_a_mobile_the_page_masks_elsewhere_is_a_leak_where_written_out(make_page,
                                                                       run_rule) -> None:
    masked = MOBILE[:3] + "****" + MOBILE[-4:]
    reply = ("<h1>关于北门巷夜间施工噪音扰民的回复</h1>"
             f"<p>来电人：王先生　来电号码：{masked}</p><p>办理结果：我局已于次日电话联系来电人"
             f"（{MOBILE}），告知处理情况。工地负责人电话：{MOBILE2}。</p>"
             "<p>如有疑问，请拨打12345咨询。</p>")
    page = make_page(reply, title="关于北门巷夜间施工噪音扰民的回复",
                     url="http://www.example.gov.cn/hdjl/t20230810_1.html")
    found = run_rule("privacy.phone", page=page)
    assert len(found) == 1 and _masked(MOBILE) in found[0].message
    assert MOBILE not in found[0].message and MOBILE not in found[0].evidence
