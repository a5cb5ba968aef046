"""Hostile text for the detectors: each shape must cost linear work and keep its real findings.

A label followed by 100,000 spaces, 30,000 addresses on one line, 500,000 one-digit groups
before an ID: each once cost quadratic time (regex backtracking, a rescan of the whole line
for every candidate) and ran into the 30 s rule time limit, losing its findings. The pages
run through the engine on a small mirror export, so a regression shows as a ``plugin``
(time limit) finding and a missing real one; times are measured in
``benchmarks/bench_detectors.py``, never asserted here.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import corpus
import pytest
from rulekit_national.address import find_personal_addresses
from rulekit_national.idnumber import find_id_numbers
from rulekit_national.privacy import address_details, id_evidence

from rulekit.engine import RunResult
from rulekit.text import labelled_date, normalize

AS_OF = datetime.date(2022, 5, 31)
ADDRESS = "住址：" + corpus.ADDRESS          # 住址：江西省示例县永宁镇城北村三组12号
ADDRESS_MASKED = "江西省示例县永宁镇********"
PARTY = "当事人：李某，女，1985年6月15日出生，"
POLICY = "zwgk/zcwj/202205/t20220512_1.html"


def _write(site: Path, rel: str, body: str, **kw: str) -> None:
    path = site / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(corpus.page(body, **kw).encode())


def _no_timeout(result: RunResult) -> None:
    """No rule ran into the time limit (or failed) on any page."""
    assert [f.message for f in result.findings if f.rule == "plugin"] == []
    assert result.plugin_errors == 0


def _policy_with(label_run: str) -> str:
    """A policy document whose first date label is followed by ``label_run``, not a date."""
    return ("<h1>关于印发《示例县优化营商环境实施方案》的通知</h1>"
            f"<p>{label_run}</p><p>发布日期：2022-05-12</p>"
            '<p>附件：<a href="W1.pdf">方案.pdf</a></p>')


# --------------------------------------------------------------------------- dates


def spaced_date_label(site: Path) -> corpus.Planted:
    """日期 and 100,000 U+3000 (a 234 KB page): the publish date is the later 发布日期."""
    _write(site, POLICY, _policy_with("日期" + "\u3000" * 100_000), column="政策文件")
    return corpus.Planted(POLICY, bad=False, finds=(("downloads.formats", "缺少WPS"),))


def test_date_label_before_100000_ideographic_spaces(tmp_path: Path) -> None:
    (control, planted), result = corpus.run_mirror(tmp_path, spaced_date_label)
    _no_timeout(result)
    assert corpus.has_finds(result, planted) and corpus.has_finds(result, control)
    [finding] = [f for f in result.findings if f.target.url == planted.url]
    assert finding.message.endswith("已提供PDF，缺少WPS")


@pytest.mark.parametrize("run", ["日期" + "\u3000" * 100_000,
                                 "发布时间" + "\u00a0" * 100_000 + "：\u3000" * 100,
                                 "时间：" + " " * 100_000 + "2022年",
                                 "日期" + "\u3000" * 50_000 + "：" + "\u3000" * 50_000 + "20"])
def test_labelled_date_skips_a_label_followed_by_a_long_run(run: str) -> None:
    text = normalize(run + "\n发布日期：2022-05-12").text
    assert labelled_date(text) == datetime.date(2022, 5, 12)


# --------------------------------------------------------------------------- addresses


def addresses_on_one_line(site: Path) -> corpus.Planted:
    """30,000 times 住址：…12号 on one line (about 1.2 MB) in a penalty decision."""
    _write(site, "zwgk/xzcf/addresses.html", f"<p>{PARTY}{ADDRESS * 30_000}</p>",
           column="行政处罚")
    return corpus.Planted("zwgk/xzcf/addresses.html", bad=False,
                          finds=(("privacy.address", ADDRESS_MASKED),))


def test_30000_addresses_on_one_line(tmp_path: Path) -> None:
    (control, planted), result = corpus.run_mirror(tmp_path, addresses_on_one_line)
    _no_timeout(result)
    assert corpus.has_finds(result, planted) and corpus.has_finds(result, control)
    found = [f for f in result.findings if f.target.url == planted.url]
    assert found and all(f.rule == "privacy.address" for f in found)
    assert all("12号" not in f.message + f.evidence for f in found)


def test_bare_labels_then_a_real_address() -> None:
    """100,000 住址 labels with nothing after them, then one real party and address."""
    text = "住址" * 100_000 + f"。{PARTY}{ADDRESS}。"
    [match] = find_personal_addresses(text)
    assert match.address == corpus.ADDRESS and match.masked == ADDRESS_MASKED
    assert text[match.start:match.end] == corpus.ADDRESS


def test_8000_parties_on_one_line_all_found_with_masked_context() -> None:
    text = "".join(f"当事人：张某，女，住址：江西省示例县永宁镇城北村三组{i}号。"
                   for i in range(8000))
    found = find_personal_addresses(text)
    assert [m.address for m in found] == [f"江西省示例县永宁镇城北村三组{i}号"
                                          for i in range(8000)]
    assert all("城北" not in m.context and "号" not in m.context for m in found)


# --------------------------------------------------------------------------- ID numbers


N_REAL = 700   # the real ID planted after the hostile groups


def groups_before_id(separator: str, rel: str) -> Callable[[Path], corpus.Planted]:
    """500,000 groups of '1' and ``separator`` (about 1 MB) before one real ID number."""

    def build(site: Path) -> corpus.Planted:
        _write(site, rel, f"<p>{('1' + separator) * 500_000}{corpus.make_id(N_REAL)}</p>")
        return corpus.Planted(rel, bad=False, finds=(
            ("privacy.id-number", corpus.masked(corpus.make_id(N_REAL))),))

    return build


@pytest.mark.parametrize("separator", [" ", "\u3000", "\u00a0"], ids=["space", "u3000", "nbsp"])
def test_id_after_500000_one_digit_groups(tmp_path: Path, separator: str) -> None:
    builder = groups_before_id(separator, "groups.html")
    (control, planted), result = corpus.run_mirror(tmp_path, builder)
    _no_timeout(result)
    assert corpus.has_finds(result, planted) and corpus.has_finds(result, control)
    [finding] = [f for f in result.findings if f.target.url == planted.url]
    key = corpus.masked(corpus.make_id(N_REAL))
    assert key == corpus.make_id(N_REAL)[:6] + "*" * 8 + corpus.make_id(N_REAL)[-4:]
    assert finding.rule == "privacy.id-number" and key in finding.message
    assert corpus.make_id(N_REAL) not in finding.message + finding.evidence


@pytest.mark.parametrize("text", [
    "1 " * 500_000,
    "1\u3000" * 500_000,
    "12\u00a0" * 300_000,
    "1\u200b " * 300_000,                              # zero-width inside every group
    "\t".join(["110105600101001"] * 60_000) + "\n",     # one table row of 15-digit cells
    "序号\t姓名\n1\t" + "1 " * 300_000 + "\n",         # a long token in a table cell
], ids=["space", "u3000", "nbsp", "zero-width", "wide-row", "table-cell"])
def test_only_the_real_id_is_found_after_hostile_digits(text: str) -> None:
    real = corpus.make_id(N_REAL)
    found = find_id_numbers(text + real, AS_OF)
    assert [(m.number, m.start, m.end) for m in found] == [(real, len(text), len(text) + 18)]
    assert found[0].masked == real[:6] + "********" + real[-4:]


def test_15_digit_readings_under_an_id_header_are_still_found() -> None:
    """Under a 身份证号 header a 15-digit reading is an ID: skipping work keeps that."""
    text = "序号\t身份证号\n1\t" + "1 " * 3_000 + corpus.make_id(N_REAL)
    found = find_id_numbers(text, AS_OF)
    assert [m.number for m in found[:2]] == ["111111111111111"] * 2
    assert found[-1].number == corpus.make_id(N_REAL)


def test_4000_ids_with_addresses_on_one_line_have_address_free_evidence() -> None:
    text = "".join(f"当事人：张某，身份证号码：{corpus.make_id(i)}住址：城北村{i}号，"
                   for i in range(4000))
    found = find_id_numbers(text, AS_OF)
    assert [m.number for m in found] == [corpus.make_id(i) for i in range(4000)]
    details = address_details(text)
    assert len(details) == 4000
    for m in found:
        evidence = id_evidence(text, m.start, m.end, m.masked, details)
        assert "身份证号码：" + m.masked + "住址：" in evidence
        assert "城北" not in evidence
