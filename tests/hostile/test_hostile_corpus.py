"""The whole hostile corpus as one mirror export plus an inventory, in one run.

The acceptance test of the issue: the run completes, every bad file has an ``input``
finding naming it, every file that is merely odd has none, and every finding of the good and
tolerated files is there.
"""

from __future__ import annotations

import time
from pathlib import Path

import corpus

from rulekit.config import load
from rulekit.engine import Engine, RunResult


def _run(tmp_path: Path) -> tuple[list[corpus.Planted], RunResult, float]:
    planted = corpus.build_mirror(tmp_path)
    inventory = corpus.csv_wrong_delimiter(tmp_path)
    config = corpus.write_config(tmp_path, extra=f"newmedia:\n  inventory: {inventory.name}\n")
    started = time.perf_counter()
    result = Engine(load(config)).run()
    return planted, result, time.perf_counter() - started


def test_run_over_the_corpus_reports_each_bad_file_and_keeps_every_finding(
        tmp_path: Path) -> None:
    started = time.perf_counter()
    planted, result, seconds = _run(tmp_path)
    inputs = {f.target.url for f in result.findings if f.rule == "input" and f.target.url}

    missing_input = [p.rel for p in planted if p.bad and p.url not in inputs]
    assert missing_input == [], "bad files without an input finding"
    spurious = [p.rel for p in planted if not p.bad and p.url in inputs]
    assert spurious == [], "readable files reported as unreadable"

    found = {(f.rule, f.target.url, f.message) for f in result.findings}
    lost = [(p.rel, rule, key) for p in planted for rule, key in p.finds
            if not any(r == rule and u == p.url and key in m for r, u, m in found)]
    assert lost == [], "findings lost"

    # nothing crashed: no reader or plugin failure, and every input finding names its file
    assert not [f for f in result.findings if f.rule == "plugin"]
    assert not [f for f in result.findings if "reader failed" in f.message]
    assert all(f.target.url or f.target.path for f in result.findings if f.rule == "input")

    # the inventory: one silent account of eleven date spellings, the duplicate column said
    silent = [f.target.name for f in result.findings if f.rule == "newmedia.silence"]
    assert silent == ["示例发布10"]
    assert any(f.rule == "input" and "duplicated column" in f.message
               and (f.target.path or "").startswith("accounts.csv") for f in result.findings)
    assert result.summary.accounts == len(corpus.DATES)

    assert seconds < 30 and time.perf_counter() - started < 60
