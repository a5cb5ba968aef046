"""Hostile inventories through a whole run with ``newmedia.inventory``.

Delimiters the file does not announce, duplicated and unknown headers, dates in ten
spellings and as Excel serials, empty rows, and XLSX formulas and merged cells: each account
that can be read is checked, and each row that cannot is an ``input`` finding with its line.
"""

from __future__ import annotations

from pathlib import Path

import corpus
import pytest

from rulekit.config import load
from rulekit.engine import Engine, RunResult


def _run(tmp_path: Path, inventory: Path) -> RunResult:
    (tmp_path / "site").mkdir(exist_ok=True)
    config = corpus.write_config(tmp_path, extra=f"newmedia:\n  inventory: {inventory.name}\n")
    return Engine(load(config), select=["newmedia"]).run()


def _silent(result: RunResult) -> list[str]:
    return sorted(f.target.name or "" for f in result.findings if f.rule == "newmedia.silence")


def _inputs(result: RunResult) -> list[tuple[str, str]]:
    return sorted((f.target.path or "", f.message) for f in result.findings if f.rule == "input")


def test_csv_semicolons_title_line_empty_rows_duplicate_and_unknown_columns(
        tmp_path: Path) -> None:
    result = _run(tmp_path, corpus.csv_wrong_delimiter(tmp_path))
    assert result.summary.accounts == len(corpus.DATES)
    assert _silent(result) == ["示例发布10"]  # ten date spellings read, the old one silent
    inputs = _inputs(result)
    assert len(inputs) == 1 and inputs[0][0] == "accounts.csv:2"
    assert "duplicated column" in inputs[0][1]


@pytest.mark.parametrize("delimiter", ["\t", "|", "，"])
def test_other_delimiters_in_a_csv(tmp_path: Path, delimiter: str) -> None:
    rows = [corpus.INVENTORY_HEADER] + corpus.inventory_rows()
    path = tmp_path / "accounts.csv"
    path.write_text("\n".join(delimiter.join(r) for r in rows), encoding="utf-8-sig")
    result = _run(tmp_path, path)
    assert result.summary.accounts == len(corpus.DATES)
    assert _silent(result) == ["示例发布10"] and _inputs(result) == []


def test_an_undetectable_delimiter_is_one_input_finding(tmp_path: Path) -> None:
    rows = [corpus.INVENTORY_HEADER] + corpus.inventory_rows()
    path = tmp_path / "accounts.csv"
    path.write_text("\n".join("、".join(r) for r in rows), encoding="utf-8")
    result = _run(tmp_path, path)
    inputs = _inputs(result)
    assert len(inputs) == 1 and "accounts.csv" in inputs[0][0] + inputs[0][1]
    assert result.summary.accounts == 0 and _silent(result) == []


def test_unknown_headers_are_kept_not_refused(tmp_path: Path) -> None:
    rows = [corpus.INVENTORY_HEADER + ["粉丝数", "备注（选填）"]]
    rows += [r + ["100", "无"] for r in corpus.inventory_rows()]
    path = tmp_path / "accounts.csv"
    path.write_text("\n".join(",".join(r) for r in rows), encoding="utf-8")
    result = _run(tmp_path, path)
    assert result.summary.accounts == len(corpus.DATES) and _inputs(result) == []


def test_undatable_and_ambiguous_dates_are_input_findings_with_their_line(
        tmp_path: Path) -> None:
    rows = [corpus.INVENTORY_HEADER,
            ["微信公众号", "甲", "x", "01/02/2022", "正常"],   # day or month first?
            ["微信公众号", "乙", "x", "上周", "正常"],
            ["微信公众号", "丙", "x", "2022-02-30", "正常"],
            ["微信公众号", "丁", "x", "99999999", "正常"],
            ["微信公众号", "戊", "x", "2022-05-30", "正常"]]
    path = tmp_path / "accounts.csv"
    path.write_text("\n".join(",".join(r) for r in rows), encoding="utf-8")
    result = _run(tmp_path, path)
    lines = {where for where, _ in _inputs(result)}
    assert {"accounts.csv:2", "accounts.csv:3", "accounts.csv:4", "accounts.csv:5"} <= lines
    assert _silent(result) == []
    assert result.summary.accounts == 5


def test_xlsx_formulas_merged_cells_serial_dates_and_empty_rows(tmp_path: Path) -> None:
    result = _run(tmp_path, corpus.xlsx_inventory(tmp_path))
    assert _silent(result) == []  # 2022-05-30, serial 44700 (2022-05-19), 2022/05/29
    inputs = dict(_inputs(result))
    # openpyxl writes a formula without a cached value: that account's date is unknown
    assert any(where.endswith("!6") for where in inputs)
    # a merged platform cell stands for every row it covers, as Excel shows it
    assert not any(where.endswith("!8") for where in inputs)
    assert result.summary.accounts == 5
