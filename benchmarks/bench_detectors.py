"""Speed of the privacy detectors on ~5 MB of synthetic penalty-decision text.

Run: ``PYTHONPATH=plugins/national python benchmarks/bench_detectors.py [megabytes]``.
The ID detector should stay above 1 M chars/s: pages are mostly prose, and the token regex
skips every digit run too short to hold an ID inside the regex engine.
"""

from __future__ import annotations

import datetime
import random
import sys
import time

from rulekit_national.address import find_personal_addresses
from rulekit_national.idnumber import find_id_numbers

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
_PLACES = ["陕西省西安市雁塔区", "宝鸡市凤翔区城关镇", "岐山县蔡家坡镇", "咸阳市秦都区",
           "汉中市略阳县接官亭镇", "渭南市临渭区"]


def _make_id(rng: random.Random) -> str:
    body = (f"{rng.choice([61, 11, 32, 44, 51])}{rng.randint(1, 9999):04d}"
            f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            f"{rng.randint(0, 999):03d}")
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, _WEIGHTS, strict=True)) % 11]


def _decision(rng: random.Random, n: int) -> str:
    """One penalty decision; about one in five leaks an ID, one in ten an address."""
    name = rng.choice(_SURNAMES) + "某"
    leak = rng.random() < 0.2
    number = _make_id(rng)
    shown = number if leak else number[:6] + "********" + number[-4:]
    addr = rng.choice(_PLACES) + ("东街村3组" if rng.random() < 0.5 else "长安南路12号")
    if rng.random() >= 0.1:
        addr = rng.choice(_PLACES) + "****"
    return (
        f"陕市监处罚〔2023〕{n}号\n"
        f"当事人：{name}，男，汉族，{rng.randint(1950, 2004)}年{rng.randint(1, 12)}月出生，"
        f"公民身份号码：{shown}，住址：{addr}。\n"
        f"2023年{rng.randint(1, 12)}月{rng.randint(1, 28)}日，"
        "本局执法人员对当事人经营场所进行检查，"
        f"发现当事人销售的商品标价{rng.randint(10, 999)}.00元，共计{rng.randint(1, 99)}件，"
        "上述行为违反了《中华人民共和国价格法》第十三条第一款的规定。依据《价格违法行为行政处罚"
        "规定》第十三条的规定，本局决定对当事人作出如下行政处罚：罚款人民币"
        f"{rng.randint(1, 50) * 100}元。当事人应当自收到本决定书之日起十五日内缴纳罚款。"
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
    print(f"{label:28s} {len(text):>10,d} chars  {best:7.3f} s  "
          f"{len(text) / best / 1e6:6.2f} M chars/s  {found} matches")


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    text = build(megabytes)
    as_of = datetime.date(2024, 6, 1)
    print(f"corpus: {len(text.encode('utf-8')) / 1e6:.1f} MB UTF-8, {len(text):,d} chars")
    _time("find_id_numbers", lambda t: find_id_numbers(t, as_of), text)
    _time("find_personal_addresses", find_personal_addresses, text)
    prose = text.translate({ord(c): None for c in "0123456789"})
    _time("find_id_numbers (no digits)", lambda t: find_id_numbers(t, as_of), prose)
    _time("find_id_numbers (ID table)", lambda t: find_id_numbers(t, as_of), build_table())


if __name__ == "__main__":
    main()
