"""Speed of the privacy detectors on ~5 MB of synthetic penalty-decision text, and on hostile pages.

Run: ``PYTHONPATH=plugins/national python benchmarks/bench_detectors.py [megabytes [only]]``
(``only``: run just the hostile pages whose label contains it).
Every detector should stay above 10 M chars/s on penalty text: pages are mostly prose, and
one token regex skips every digit run too short to hold a phone number (seven characters)
inside the regex engine; only the tokens it finds reach Python. The rules run the detectors
on ``page.normalized.text``, computed once per page whatever the rules, so the table times
the normalisation on its own line and each detector on the normalised text: the ID, phone
and bank detectors each alone (``scan_numbers`` asked for one kind: the tokenisation plus
that kind's classification) and all three in the one pass the rules share.

The second table is the adversarial shapes (a label followed by 100,000 spaces, 30,000
addresses on one line, 500,000 one-digit groups before an ID …): each must run in linear
time, far inside the 30 s rule time limit, and still report its real findings. For each it
times the detector on the page's text, then runs the rule through the engine (with its time
limit) on a fresh page, HTML parsing included, and counts the rule's findings; ``timeout``
means the rule hit the limit. Label-dense text (a 住址 every few characters) is the slowest
per character: each label runs its checks on a bounded window around it, so it is linear,
with a larger constant.
"""

from __future__ import annotations

import datetime
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from rulekit_national.address import address_spans, find_personal_addresses
from rulekit_national.idnumber import find_id_numbers
from rulekit_national.numbers import scan_numbers

from rulekit.builders import AS_OF, BASE_URL, page, run_rule
from rulekit.page import Page
from rulekit.text import labelled_date, normalize

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
_PLACES = ["陕西省西安市雁塔区", "宝鸡市凤翔区城关镇", "岐山县蔡家坡镇", "咸阳市秦都区",
           "汉中市略阳县接官亭镇", "渭南市临渭区"]


def _make_id(rng: random.Random) -> str:
    body = (f"{rng.choice([61, 11, 32, 44, 51])}{rng.randint(1, 9999):04d}"
            f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            f"{rng.randint(0, 999):03d}")
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, _WEIGHTS, strict=True)) % 11]


def _make_card(rng: random.Random) -> str:
    """A synthetic UnionPay-style card number with a valid Luhn check digit."""
    body = "6222" + "".join(str(rng.randint(0, 9)) for _ in range(11))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str(-total % 10)


def _decision(rng: random.Random, n: int) -> str:
    """One penalty decision; about one in five leaks an ID, one in ten an address, one in
    five a mobile number and one in twenty a bank card; every one names the office's
    landline and one in two the office's account for the fine."""
    name = rng.choice(_SURNAMES) + "某"
    leak = rng.random() < 0.2
    number = _make_id(rng)
    shown = number if leak else number[:6] + "********" + number[-4:]
    addr = rng.choice(_PLACES) + ("东街村3组" if rng.random() < 0.5 else "长安南路12号")
    if rng.random() >= 0.1:
        addr = rng.choice(_PLACES) + "****"
    mobile = f"1{rng.choice('3456789')}{rng.randint(0, 999_999_999):09d}"
    if rng.random() >= 0.2:
        mobile = mobile[:3] + "****" + mobile[-4:]
    card = f"，退款账户（银行卡号：{_make_card(rng)}）" if rng.random() < 0.05 else ""
    account = ("罚款缴至：户名：西安市财政局非税收入专户，开户行：中国农业银行西安分行，账号："
               f"{rng.randint(10**16, 10**17 - 1)}。" if rng.random() < 0.5 else "")
    return (
        f"陕市监处罚〔2023〕{n}号\n"
        f"当事人：{name}，男，汉族，{rng.randint(1950, 2004)}年{rng.randint(1, 12)}月出生，"
        f"公民身份号码：{shown}，住址：{addr}，联系电话：{mobile}{card}。\n"
        f"2023年{rng.randint(1, 12)}月{rng.randint(1, 28)}日，"
        "本局执法人员对当事人经营场所进行检查，"
        f"发现当事人销售的商品标价{rng.randint(10, 999)}.00元，共计{rng.randint(1, 99)}件，"
        "上述行为违反了《中华人民共和国价格法》第十三条第一款的规定。依据《价格违法行为行政处罚"
        "规定》第十三条的规定，本局决定对当事人作出如下行政处罚：罚款人民币"
        f"{rng.randint(1, 50) * 100}元。当事人应当自收到本决定书之日起十五日内缴纳罚款。{account}"
        "如不服本处罚决定，可在收到本决定书之日起六十日内向西安市人民政府申请行政复议，"
        "也可以在六个月内依法向人民法院提起行政诉讼。\n"
        f"联系电话：029-{rng.randint(80000000, 89999999)}\n\n")


def build(megabytes: float = 5.0, seed: int = 7) -> str:
    """Deterministic synthetic corpus of about ``megabytes`` MB (UTF-8)."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    n = 1
    while size < megabytes * 1_000_000:
        part = _decision(rng, n)
        parts.append(part)
        size += len(part.encode("utf-8"))
        n += 1
    return "".join(parts)


def build_table(rows: int = 40_000, seed: int = 11) -> str:
    """Worst case: a 低保 list where every row carries an unmasked ID and a phone."""
    rng = random.Random(seed)
    lines = ["\t序号\t姓名\t身份证号码\t联系电话\t金额（元）\t"]
    for i in range(1, rows + 1):
        lines.append(f"\t{i}\t{rng.choice(_SURNAMES)}某\t{_make_id(rng)}"
                     f"\t139{rng.randint(10_000_000, 99_999_999)}\t{rng.randint(300, 900)}\t")
    return "\n".join(lines)


def _time(label: str, func, text: str) -> None:  # type: ignore[no-untyped-def]
    best = float("inf")
    found = 0
    for _ in range(3):
        t0 = time.perf_counter()
        found = len(func(text))
        best = min(best, time.perf_counter() - t0)
    print(f"{label:30s} {len(text):>10,d} chars  {best:7.3f} s  "
          f"{len(text) / best / 1e6:6.2f} M chars/s  {found} matches")


@dataclass(frozen=True)
class Hostile:
    """One adversarial page: the rule it targets and the detector that rule spends its time in."""

    label: str
    rule: str
    html: str
    url: str
    column_type: str | None
    detect: Callable[[Page], list[object]]


_POLICY_URL = BASE_URL + "zwgk/zcwj/202205/t20220512_1.html"
_PENALTY_URL = BASE_URL + "zwgk/xzcf/202205/t20220512_1.html"
_PARTY = "当事人：李某，女，1985年6月15日出生，"
_ADDRESS = "住址：江西省示例县永宁镇城北村三组12号"


def _ids(p: Page) -> list[object]:
    return list(find_id_numbers(p.text, AS_OF))


def _addresses(p: Page) -> list[object]:
    return list(find_personal_addresses(p.text))


def _phones(p: Page) -> list[object]:
    return list(scan_numbers(p.normalized.text, AS_OF, ids=False, banks=False).phones)


def _banks(p: Page) -> list[object]:
    return list(scan_numbers(p.normalized.text, AS_OF, ids=False, phones=False).banks)


def _date(p: Page) -> list[object]:
    found = labelled_date(p.normalized.text)
    return [found] if found else []


def hostile_cases(seed: int = 5) -> list[Hostile]:
    """The worst cases of issue "Hostile input, round two", and shapes like them."""
    rng = random.Random(seed)
    real = _make_id(rng)
    ids = [_make_id(rng) for _ in range(4000)]
    policy = ("<h1>关于印发《示例县优化营商环境实施方案》的通知</h1><p>{}</p>"
              "<p>发布日期：2022-05-12</p><p>附件：<a href=\"W1.pdf\">方案.pdf</a></p>")
    return [
        Hostile("date: 日期 + 100,000 U+3000", "downloads.formats",
                policy.format("日期" + "\u3000" * 100_000), _POLICY_URL, "policy", _date),
        Hostile("date: 发布时间 + 100,000 NBSP + ：", "downloads.formats",
                policy.format("发布时间" + "\u00a0" * 100_000 + "：\u3000" * 100),
                _POLICY_URL, "policy", _date),
        Hostile("address: 30,000 x 住址 on a line", "privacy.address",
                f"<p>{_PARTY}{_ADDRESS * 30_000}</p>", _PENALTY_URL, "penalty", _addresses),
        Hostile("address: 8,000 parties, a line", "privacy.address",
                "<p>" + "".join(f"当事人：张某，女，住址：江西省示例县永宁镇城北村三组{i}号。"
                                for i in range(8000)) + "</p>",
                _PENALTY_URL, "penalty", _addresses),
        Hostile("address: 300,000 x 住址 no colon", "privacy.address",
                f"<p>{'住址' * 300_000}。{_PARTY}{_ADDRESS}</p>",
                _PENALTY_URL, "penalty", _addresses),
        Hostile("address: 200,000 x 住址：1号", "privacy.address",
                f"<p>{_PARTY}{'住址：1号' * 200_000}</p>", _PENALTY_URL, "penalty", _addresses),
        Hostile("address: 村 x 300,000 after 住址", "privacy.address",
                f"<p>{_PARTY}{_ADDRESS}，住址：{'村' * 300_000}号</p>",
                _PENALTY_URL, "penalty", _addresses),
        Hostile("id: 500,000 x '1 ' + an ID", "privacy.id-number",
                "<p>" + "1 " * 500_000 + real + "</p>", _PENALTY_URL, None, _ids),
        Hostile("id: 500,000 x '1\\u3000' + an ID", "privacy.id-number",
                "<p>" + "1\u3000" * 500_000 + real + "</p>", _PENALTY_URL, None, _ids),
        Hostile("id: 300,000 x '12\\u00a0' + an ID", "privacy.id-number",
                "<p>" + "12\u00a0" * 300_000 + real + "</p>", _PENALTY_URL, None, _ids),
        Hostile("id: 60,000 15-digit cells a row", "privacy.id-number",
                "<table><tr>" + "<td>110105600101001</td>" * 60_000
                + f"</tr><tr><td>{real}</td></tr></table>", _PENALTY_URL, None, _ids),
        Hostile("phone: 500,000 x '13 ' + a mobile", "privacy.phone",
                "<p>编号：" + "13 " * 500_000 + f"</p><p>{_PARTY}手机：13912345678</p>",
                _PENALTY_URL, "penalty", _phones),
        Hostile("phone: 100,000 x '139 1234 5678 '", "privacy.phone",
                f"<p>{_PARTY}联系电话：" + "139 1234 5678 " * 100_000 + "</p>",
                _PENALTY_URL, "penalty", _phones),
        Hostile("phone: 100,000 x 电话：0917-3456789", "privacy.phone",
                f"<p>{_PARTY}" + "电话：0917-3456789，" * 100_000 + "</p>",
                _PENALTY_URL, "penalty", _phones),
        Hostile("bank: 100,000 x 账号：12345678", "privacy.bank-account",
                f"<p>{_PARTY}" + "账号：12345678，" * 100_000 + "</p>",
                _PENALTY_URL, "penalty", _banks),
        Hostile("bank: 40,000-row list, a card a row", "privacy.bank-account",
                "<table><tr><td>序号</td><td>姓名</td><td>银行卡号</td></tr>"
                + "".join(f"<tr><td>{i}</td><td>张某</td><td>{_make_card(rng)}</td></tr>"
                          for i in range(40_000)) + "</table>",
                _PENALTY_URL, None, _banks),
        Hostile("id: 4,000 IDs + addresses", "privacy.id-number",
                "".join(f"<p>当事人：张某，身份证号码：{n}，住址：江西省示例县永宁镇城北村三组"
                        f"{i}号</p>" for i, n in enumerate(ids)), _PENALTY_URL, None, _ids),
    ]


def _time_hostile(case: Hostile) -> None:
    """Detector seconds on the page's text, then the rule's findings through the engine."""
    def fresh() -> Page:
        return page(case.html, url=case.url, column_type=case.column_type)

    text = fresh().text
    size = len(text)
    best, found = float("inf"), 0
    runs = 0
    while runs < 3 and (runs == 0 or best < 2.0):
        p = fresh()
        _ = p.text, p.normalized  # extraction is not the detector's time
        t0 = time.perf_counter()
        found = len(case.detect(p))
        best = min(best, time.perf_counter() - t0)
        runs += 1
    t0 = time.perf_counter()
    findings = run_rule(case.rule, page=fresh())
    rule_s = time.perf_counter() - t0
    real = sum(f.rule == case.rule for f in findings)
    timed_out = any(f.rule == "plugin" for f in findings)
    print(f"{case.label:36s} {size:>10,d} chars {len(text.encode()) / 1e6:5.2f} MB  {best:7.3f} s"
          f"  {size / best / 1e6:6.2f} M chars/s  {found:>4d} matches  rule {rule_s:6.2f} s  "
          f"{'timeout' if timed_out else f'{real} findings'}", flush=True)


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    text = build(megabytes)
    as_of = datetime.date(2024, 6, 1)
    print(f"corpus: {len(text.encode('utf-8')) / 1e6:.1f} MB UTF-8, {len(text):,d} chars")
    _time("page.normalized (shared)", lambda t: normalize(t).text, text)
    norm = normalize(text).text
    _time("IDs (scan_numbers)", lambda t: scan_numbers(t, as_of, phones=False, banks=False).ids,
          norm)
    _time("phones (scan_numbers)",
          lambda t: scan_numbers(t, as_of, ids=False, banks=False).phones, norm)
    _time("banks (scan_numbers)",
          lambda t: scan_numbers(t, as_of, ids=False, phones=False).banks, norm)
    _time("IDs+phones+banks, one pass",
          lambda t: (lambda n: n.ids + n.phones + n.banks)(scan_numbers(t, as_of)), norm)
    _time("addresses (address_spans)", address_spans, norm)
    _time("find_id_numbers (raw text)", lambda t: find_id_numbers(t, as_of), text)
    _time("find_personal_addresses", find_personal_addresses, text)
    prose = norm.translate({ord(c): None for c in "0123456789"})
    _time("one pass (no digits)", lambda t: scan_numbers(t, as_of).ids, prose)
    table = normalize(build_table()).text
    _time("one pass (ID table)",
          lambda t: (lambda n: n.ids + n.phones + n.banks)(scan_numbers(t, as_of)), table)
    print("\nhostile pages (detector on the page text; rule through the engine, 30 s limit):")
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    for case in hostile_cases():
        if only in case.label:
            _time_hostile(case)


if __name__ == "__main__":
    main()
