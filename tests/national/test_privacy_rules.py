"""The privacy rules on pages and attachments whose column nobody configured."""

from __future__ import annotations

import unicodedata

from rulekit.testing import rule_ids

PERSON = "当事人：李某，女，1985年6月15日出生，住址：江西省示例县永宁镇城北村三组12号。"


def test_attachment_headed_as_a_penalty_decision(make_attachment, run_rule):
    doc = make_attachment("示例县市场监督管理局\n行政处罚决定书\n示市监罚〔2022〕12号\n" + PERSON,
                          url="http://www.example.gov.cn/upload/P020220512.docx")
    assert rule_ids(run_rule("privacy.address", page=doc)) == ["privacy.address"]


def test_page_titled_only_by_its_number_but_headed_as_a_decision(make_page, run_rule):
    nav = "".join(f"<li><a href='/c{i}/'>栏目{i}</a></li>" for i in range(60))
    page = make_page(f"<ul>{nav}</ul><h1>示市监罚〔2022〕12号</h1>"
                     f"<p>示例县市场监督管理局行政处罚决定书</p><p>{PERSON}</p>",
                     url="http://www.example.gov.cn/xxgk/t20220512_1.html")
    assert rule_ids(run_rule("privacy.address", page=page)) == ["privacy.address"]


def test_other_documents_with_addresses_are_not_penalty_decisions(make_page, run_rule):
    page = make_page(f"<h1>关于表彰2021年度优秀志愿者的通报</h1><p>{PERSON}</p>",
                     url="http://www.example.gov.cn/xwzx/t20220512_2.html")
    assert run_rule("privacy.address", page=page) == []


def test_spaced_heading_as_formal_documents_set_it(make_attachment, run_rule):
    doc = make_attachment("示例县应急管理局\n行　政　处　罚　决　定　书\n" + PERSON)
    assert rule_ids(run_rule("privacy.address", page=doc)) == ["privacy.address"]


# --- privacy.phone and privacy.bank-account through the engine -----------------------------

MOBILE = "13912340078"
CARD = "6222021234567894"  # Luhn-valid, made up
DECISION = ("<h1>示例县市场监督管理局行政处罚决定书</h1><p>示市监罚〔2022〕12号</p>"
            "<p>当事人：李某，女，1985年6月15日出生，联系电话：{phone}，银行卡号：{card}。</p>"
            "<p>本机关地址：示例县城关镇府前路1号，联系电话：0795-8123456。</p>")


def test_phone_and_card_in_a_gbk_penalty_decision(make_page, run_rule):
    html = DECISION.format(phone="１３９ １２３４ ００７８", card=" ".join(
        CARD[i:i + 4] for i in range(0, 16, 4)))
    page = make_page(html, column_type="penalty", encoding="gbk")
    found = run_rule(["privacy.phone", "privacy.bank-account"], page=page)
    assert rule_ids(found) == ["privacy.bank-account", "privacy.phone"]
    by_rule = {f.rule: f for f in found}
    phone, bank = by_rule["privacy.phone"], by_rule["privacy.bank-account"]
    assert phone.message == "公开信息中含未脱敏的个人手机号码：139****0078，未对手机号码进行模糊处理"
    assert bank.message == "公开信息中含未脱敏的个人银行账号：6222********7894，未对银行账号进行模糊处理"
    for f in found:  # the evidence quotes the page as published, the numbers masked
        seen = unicodedata.normalize("NFKC", f.evidence).replace(" ", "")
        assert MOBILE[3:7] not in seen and CARD[4:12] not in seen, f.evidence
    assert "当事人：李某" in phone.evidence or "联系电话：" in phone.evidence


def test_one_finding_per_number_per_document(make_page, run_rule):
    html = DECISION.format(phone=MOBILE, card=CARD) + f"<p>当事人手机：{MOBILE}</p>"
    found = run_rule("privacy.phone", page=make_page(html, column_type="penalty"))
    assert len(found) == 1


def test_phones_only_in_decisions_and_lists(make_page, run_rule):
    body = f"<p>当事人：李某，女，1985年6月15日出生，联系电话：{MOBILE}。</p>"
    news = make_page(f"<h1>我县开展食品安全检查</h1>{body}",
                     url="http://www.example.gov.cn/xwzx/t20220512_1.html")
    assert run_rule("privacy.phone", page=news) == []
    listed = make_page(f"<h1>2022年第一批临时救助对象公示</h1>{body}",
                       url="http://www.example.gov.cn/tzgg/t20220512_2.html")
    assert rule_ids(run_rule("privacy.phone", page=listed)) == ["privacy.phone"]
    table = make_page("<h1>关于做好春节慰问工作的通知</h1><table><tr><td>姓名</td><td>联系电话</td>"
                      f"</tr><tr><td>王某</td><td>{MOBILE}</td></tr></table>",
                      url="http://www.example.gov.cn/tzgg/t20220512_3.html")
    assert rule_ids(run_rule("privacy.phone", page=table)) == ["privacy.phone"]


def test_bank_numbers_in_every_column(make_page, run_rule):
    page = make_page("<h1>关于张某信访事项的答复</h1>"
                     f"<p>张某（男，退款银行卡号：{CARD}）：你反映的问题收悉。</p>",
                     url="http://www.example.gov.cn/hdjl/t20220512_1.html")
    assert rule_ids(run_rule("privacy.bank-account", page=page)) == ["privacy.bank-account"]


def test_labelled_accounts_only_with_the_option(make_page, run_rule):
    html = ("<h1>行政处罚决定书</h1><p>当事人：李某，女，1985年6月15日出生。</p>"
            "<p>户名：李某，开户行：中国建设银行示例县支行，账号：14250101040012346。</p>")
    assert len(run_rule("privacy.bank-account", page=make_page(html))) == 1
    assert run_rule("privacy.bank-account", page=make_page(html),
                    options={"labelled_accounts": False}) == []


def test_phone_in_an_attachment_of_a_decision(make_attachment, run_rule):
    doc = make_attachment("示例县林业局\n林业行政处罚决定书\n被处罚人：莫某\t性别：男\n"
                          f"住址：示例县排埠镇排埠村9组\t电话：{MOBILE}\n")
    found = run_rule(["privacy.phone", "privacy.address"], page=doc)
    assert rule_ids(found) == ["privacy.address", "privacy.phone"]


def test_the_privacy_rules_read_a_page_once(make_page, monkeypatch):
    """One tokenisation of the normalised text serves the ID, phone and bank rules."""
    from rulekit_national import privacy

    from rulekit.testing import engine
    calls = []
    real = privacy.scan_numbers
    monkeypatch.setattr(privacy, "scan_numbers", lambda *a, **k: calls.append(1) or real(*a, **k))
    page = make_page(DECISION.format(phone=MOBILE, card=CARD), column_type="penalty")
    found = engine(["privacy"]).check_page(page)
    assert {"privacy.phone", "privacy.bank-account"} <= {f.rule for f in found}
    assert calls == [1]


def test_widened_address_through_the_rule(make_page, run_rule):
    html = ("<h1>行政处罚决定书</h1><p>当事人吴某，家住示例县永宁镇城北村五组，于2022年2月起无证经营。</p>"
            "<table><tr><td>姓名</td><td>身份证号</td><td>住址</td></tr>"
            "<tr><td>郑某</td><td>360999********1234</td><td>示例县三都镇新华路18号</td></tr></table>")
    found = run_rule("privacy.address", page=make_page(html))
    assert [f.message for f in found] == [
        "行政处罚决定书中含未脱敏的当事人详细住址：示例县永宁镇*****",
        "行政处罚决定书中含未脱敏的当事人详细住址：示例县三都镇******"]
    assert all("五组" not in f.evidence and "18号" not in f.evidence for f in found)
