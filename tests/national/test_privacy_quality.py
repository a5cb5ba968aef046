"""The privacy rules on the labelled passages (tests/data/privacy/passages.jsonl): precision
1.00 and recall at least 0.98 for each rule, on every held-out part (each written after the
detectors of its day; their first runs, before the fixes they led to, are reported in
benchmarks/README.md) as on the tuning part. ``heldout4`` was written after the detectors
were frozen; its first-run gaps were expected failures (``xfail(strict=True)``) until the
fixes they led to closed them, and its targets are now asserted per rule (it is seen data:
its honest figures are the first-run ones in the README). ``heldout5`` was written blind after
those fixes (by someone who did not read the detectors); its first-run gaps were strict
xfails until the general rules they led to closed them (tests/national/test_heldout5_gaps.py),
and it too is seen data now. ``heldout6`` was written blind after the heldout5 fixes
(by someone who did not read the detectors); its first-run gaps were strict xfails until
the general rules they led to closed them (tests/national/test_heldout6_gaps.py), and it is
seen data now too. ``heldout7`` was written blind after the heldout6 fixes (by someone who
did not read the detectors); its first-run gaps were strict xfails until the general rules
they led to closed them (tests/national/test_heldout7_gaps.py), and it is seen data now too.
``heldout8`` was written blind after the heldout7 fixes; the general rules its first run
led to are in tests/national/test_heldout8_gaps.py, and it is pooled with the fixed parts.
``heldout9`` was written blind after the heldout8 fixes; its first-run gaps were strict
xfails until the general rules they led to closed them (tests/national/test_heldout9_gaps.py),
and it is pooled with the fixed parts too (seen data now: its honest figures are the
first-run ones in the README).
``heldout10`` was written blind after heldout9's first run (while its gaps were being
closed, by someone who saw neither the detectors nor the fixes); its first-run gaps were
strict xfails until the general rules they led to closed them
(tests/national/test_heldout10_gaps.py), and it is pooled with the fixed parts too (seen
data now: its honest figures are the first-run ones in the README).
``heldout11`` was written blind after heldout10's first run and run once after its fixes;
its first-run gaps were strict xfails until the general rules they led to closed them
(tests/national/test_heldout11_gaps.py), and it is pooled with the fixed parts too (seen
data now: its honest figures are the first-run ones in the README).
``heldout12`` was written blind after heldout11's first run and run once after its fixes:
IDs, bank numbers and addresses met the target on that first run; its one phone gap was
closed afterwards (tests/national/test_heldout12_gaps.py), and it is pooled with the fixed
parts too. ``heldout13`` was written blind after heldout12's fix and run once: IDs, bank numbers and
addresses met the target; its one phone gap was closed afterwards
(tests/national/test_heldout13_gaps.py), and it is pooled with the fixed parts too.
``heldout14`` was written blind after heldout13's fix and run once: IDs, phones and
addresses met the target; its bank false report was closed afterwards
(tests/national/test_heldout14_gaps.py), and it is pooled with the fixed parts too.
``heldout15`` was written blind after heldout14's fix and run once: no rule met the target
(IDs came closest, 45 of 46); its gaps were strict xfails until the general rules they led
to closed them (tests/national/test_heldout15_gaps.py), and it is pooled with the fixed
parts too (seen data now: its honest figures are the first-run ones in the README).
``heldout16`` was written blind after heldout15's fixes and run once: IDs and addresses met
the target, phones and bank numbers did not; their gaps were strict xfails until the general
rules they led to closed them (tests/national/test_heldout16_gaps.py), and it is pooled with
the fixed parts too (seen data now: its honest figures are the first-run ones in the README).
``heldout17`` was written blind after heldout16's fixes and run once: IDs and addresses met
the target, phones and bank numbers missed on recall; their gaps were strict xfails until the
general rules they led to closed them (tests/national/test_heldout17_gaps.py), and it is
pooled with the fixed parts too (seen data now: its honest figures are the first-run ones in
the README).
``heldout18`` was written blind after heldout17's fixes and run once: IDs and bank numbers
met the target, phones and addresses missed on recall; their gaps were strict xfails until the
general rules they led to closed them (tests/national/test_heldout18_gaps.py), and it is
pooled with the fixed parts too (seen data now: its honest figures are the first-run ones in
the README).
``heldout19`` was written blind after heldout18's fixes and run once: IDs (recall 0.99) and
addresses met the target, phones and bank numbers did not (two office accounts reported as
persons'); their gaps were strict xfails until the general rules they led to closed them
(tests/national/test_heldout19_gaps.py), and it is pooled with the fixed parts too (seen data
now: its honest figures are the first-run ones in the README).
``heldout20`` was written blind after heldout19's fixes and run once: no rule met the target
(two-row table headers above all); its gaps were strict xfails until the general rules they
led to closed them (tests/national/test_heldout20_gaps.py), and it is pooled with the fixed
parts too (seen data now: its honest figures are the first-run ones in the README).
``heldout21`` was written blind after heldout20's fixes and run once: IDs met the target
(42 of 42), phones, bank numbers and addresses missed on recall (precision 1.00 on all).
General rules closed the addresses and all but one phone and one bank number
(tests/national/test_heldout21_gaps.py); the two left are a company's account and a
supplier's contact, which the rules' pages put out of scope and the writer labelled personal:
phones and bank numbers stay strict xfails there until that is decided.
``heldout22`` was written blind after heldout21's fixes (its writer read the four rules'
pages for their definitions) and run once: IDs met the target (60 of 60); phones, bank
numbers and addresses did not (one false report each, three misses). General rules closed
every gap (tests/national/test_heldout22_gaps.py): its targets are asserted now, on what is
seen data (its honest figures are the first-run ones in the README).
``heldout23`` was written blind after heldout22's fixes (its writer read the rules' pages too)
and run once: IDs and addresses met the target (58 of 58, 27 of 27); phones and bank numbers
did not (one false report each, two phones missed); general rules closed them
(tests/national/test_heldout23_gaps.py). ``heldout24`` was written blind after heldout23's
fixes and run once: IDs, phones and addresses met the target (66, 38 and 26 of each); bank
numbers had every account but one false report (a 合作社's account in a row a rowspan
shifted), closed afterwards (tests/national/test_heldout24_gaps.py). ``heldout25`` was
written blind after that fix (a fictional county of 山东) and run once: every rule met the
target on its first run (58 IDs, 30 phones, 17 accounts, 28 addresses; nothing false).
``benchmarks/bench_privacy_quality.py`` prints the table."""

from __future__ import annotations

import html
import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "bench_privacy_quality", ROOT / "benchmarks" / "bench_privacy_quality.py")
assert _spec and _spec.loader
quality = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = quality  # (dataclasses look their module up there)
_spec.loader.exec_module(quality)

PASSAGES = quality.load()
SCORES, ERRORS = quality.evaluate(PASSAGES)
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


HELDOUT = [split for split in quality.SPLITS if split.startswith("heldout")]
FROZEN = "heldout4"  # written after the detectors were frozen (its gaps closed later)
BLIND = "heldout5"  # written blind after heldout4's fixes (its gaps closed later)
BLIND6 = "heldout6"  # written blind after heldout5's fixes (its gaps closed later)
BLIND7 = "heldout7"  # written blind after heldout6's fixes (its gaps closed later)
BLIND21 = "heldout21"  # written blind after heldout20's fixes: its first run's gaps are open
BLIND22 = "heldout22"  # written blind after heldout21's fixes (its gaps closed later)
BLIND23 = "heldout23"  # written blind after heldout22's fixes (its gaps closed later)
BLIND24 = "heldout24"  # written blind after heldout23's fixes (its gap closed later)
BLIND25 = "heldout25"  # written blind after heldout24's fix: met every target on its first run
FIXED = [split for split in HELDOUT
         if split not in (FROZEN, BLIND, BLIND6, BLIND7, BLIND21, BLIND22, BLIND23, BLIND24,
                          BLIND25)]


def test_the_set_is_large_and_split() -> None:
    splits = [p["split"] for p in PASSAGES]
    assert len(PASSAGES) >= 150
    assert splits.count("tuning") >= 100
    assert sum(splits.count(split) for split in HELDOUT) >= 50
    assert all(splits.count(split) >= 40 for split in HELDOUT)
    assert len({p["id"] for p in PASSAGES}) == len(PASSAGES)
    assert {p["encoding"] for p in PASSAGES} >= {"utf-8", "gbk"}
    assert {p["kind"] for p in PASSAGES} == {"html", "attachment"}


SPLIT_OF = {p["id"]: p["split"] for p in PASSAGES}


def _errors(split: str, rule: str) -> list[str]:
    return [e for e in ERRORS if f" {rule}: " in e and SPLIT_OF[e.split()[0]] == split]


def _check_targets(split: str, rule: str) -> None:
    score = SCORES[(split, rule)]
    assert score.tp + score.fn >= 5, "too few held-out items to measure"
    assert score.precision == 1.0, _errors(split, rule)
    assert score.recall >= 0.98, _errors(split, rule)


@pytest.mark.parametrize("split", FIXED)
@pytest.mark.parametrize("rule", list(quality.RULES))
def test_heldout_targets(split: str, rule: str) -> None:
    _check_targets(split, rule)


#: heldout4's first-run gaps (benchmarks/README.md lists each miss) were closed afterwards
#: (受送达人 as the party, an 经营者 column, 个人银行卡, a role glued to 银行卡号, a list item
#: naming its account holder): its targets are now asserted like the other parts', on what
#: is now seen data; the first-run figures stay in the README.
@pytest.mark.parametrize("rule", list(quality.RULES))
def test_heldout4_targets(rule: str) -> None:
    _check_targets(FROZEN, rule)


@pytest.mark.parametrize("rule", list(quality.RULES))
def test_heldout5_targets(rule: str) -> None:
    _check_targets(BLIND, rule)


@pytest.mark.parametrize("rule", list(quality.RULES))
def test_heldout6_targets(rule: str) -> None:
    _check_targets(BLIND6, rule)


@pytest.mark.parametrize("rule", list(quality.RULES))
def test_heldout7_targets(rule: str) -> None:
    _check_targets(BLIND7, rule)


#: The blind parts asserted apart, with the rules each first run left open (strict xfails
#: until general rules close them; benchmarks/README.md lists each miss and false report).
#: heldout21: IDs met the target; addresses were closed; phones and bank numbers keep one
#: miss each, a label outside the rules' documented scope (a company's account, a
#: supplier's contact). heldout22: IDs met it; the other three were closed. heldout23: IDs
#: and addresses met it; phones and bank numbers were closed afterwards. heldout24: all but
#: bank numbers met it (one false report), closed afterwards. heldout25: all four met it
#: on the first run, unchanged.
BLIND_OPEN = {BLIND21: ("privacy.phone", "privacy.bank-account"),
              BLIND22: (),
              BLIND23: (),
              BLIND24: (),
              BLIND25: ()}


@pytest.mark.parametrize(("split", "rule"), [
    pytest.param(split, r, marks=pytest.mark.xfail(strict=True,
                                                   reason=f"{split} first-run gap"))
    if r in open_rules else (split, r)
    for split, open_rules in BLIND_OPEN.items() for r in quality.RULES])
def test_blind_part_targets(split: str, rule: str) -> None:
    _check_targets(split, rule)


@pytest.mark.parametrize("rule", list(quality.RULES))
def test_heldout_targets_overall(rule: str) -> None:
    """The held-out parts whose misses were fixed, pooled (heldout4 is asserted apart)."""
    tp = sum(SCORES[(split, rule)].tp for split in FIXED)
    fp = sum(SCORES[(split, rule)].fp for split in FIXED)
    fn = sum(SCORES[(split, rule)].fn for split in FIXED)
    assert fp == 0 and tp / (tp + fn) >= 0.98


@pytest.mark.parametrize("rule", list(quality.RULES))
def test_tuning_targets(rule: str) -> None:
    score = SCORES[("tuning", rule)]
    assert score.precision == 1.0, _errors("tuning", rule)
    assert score.recall >= 0.98, _errors("tuning", rule)


def _id_ok(number: str) -> bool:
    total = sum(int(c) * w for c, w in zip(number[:17], WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == number[17]


def _luhn(number: str) -> bool:
    digits = [int(c) for c in reversed(number)]
    return sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
               for i, d in enumerate(digits)) % 10 == 0


@pytest.mark.parametrize("passage", PASSAGES, ids=[p["id"] for p in PASSAGES])
def test_every_label_is_synthetic_and_in_its_passage(passage: dict) -> None:
    """Labels name what the text holds, and every number is made up: IDs on county codes
    ending in 99 (none exists), cards Luhn-valid on made-up bodies, mobiles 1[3-9]."""
    shown = html.unescape(re.sub(r"<[^>]+>", "", passage["body"]))  # (&nbsp; inside numbers)
    text = re.sub(r"[\s\-—()（）+\u200b]", "", unicodedata.normalize("NFKC", shown))
    for rule, values in passage["expect"].items():
        for value in values:
            plain = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", value))
            assert plain in text or plain.upper() in text.upper(), (rule, value)
            if rule == "privacy.id-number" and len(value) == 18:
                assert value[4:6] == "99" and _id_ok(value)
            if rule == "privacy.phone" and len(value) == 11 and value[0] == "1":
                assert re.fullmatch(r"1[3-9][0-9]{9}", value)
