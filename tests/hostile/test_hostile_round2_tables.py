"""Hostile tables, round two: no crash, no hang, bounded memory (``round2_tables`` builds them).

Each case is built small, with a cap lowered to match where the full size would meet the
default one; each must end with the good rows read, and with one input problem per kind of
problem that names the file, counts the rows and shows the first ones, masked.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
import round2_tables as r2
from rulekit_national.newmedia_input import load_accounts, load_posts

from rulekit.config import load
from rulekit.engine import Engine, RunResult
from rulekit.errors import InputError
from rulekit.limits import Limits
from rulekit.readers.tables import ProblemLog, RowProblem, read_records

GOOD_NAMES = sorted(name for _, name, _ in r2.GOOD)
#: Caps lowered so that a small file crosses them as a full-size one crosses the defaults.
SMALL = Limits(line_bytes=4096, cell_chars=1000, file_bytes=100_000, records=1000)


def _engine(tmp_path: Path, table: Path) -> Engine:
    return Engine(load(r2.write_config(tmp_path, table)), select=["newmedia"])


def _run(tmp_path: Path, table: Path) -> RunResult:
    return _engine(tmp_path, table).run()


def _inputs(result: RunResult) -> list[tuple[str, str]]:
    return sorted((f.target.path or "", f.message) for f in result.findings if f.rule == "input")


def _silent(result: RunResult) -> list[str]:
    return sorted(f.target.name or "" for f in result.findings if f.rule == "newmedia.silence")


def _load(tmp_path: Path, table: Path, limits: Limits = SMALL
          ) -> tuple[list[str], list[InputError]]:
    """Account names and problems of ``table`` read as the inventory, under ``limits``."""
    errors: list[InputError] = []
    accounts = load_accounts(_engine(tmp_path, table).pm, table, errors.append, limits=limits)
    return sorted(a.name for a in accounts), errors


def _no_secret(*texts: str) -> None:
    for text in texts:
        assert r2.ID_NUMBER not in text and r2.MOBILE not in text, text


# --------------------------------------------------------------------------- delimiters


def test_sniffer_bait_is_read_with_a_linear_delimiter_choice(tmp_path: Path) -> None:
    # 32 KiB of '","' pairs: csv.Sniffer took 12 s on it; the choice is now a count.
    result = _run(tmp_path, r2.build_sniffer_csv(tmp_path, 32 * 1024))
    assert result.summary.accounts == len(r2.GOOD)
    assert _silent(result) == [r2.SILENT]
    inputs = _inputs(result)
    assert [where for where, _ in inputs] == ["accounts.csv:4"]  # the bait row, its cells


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "utf-16"])
def test_old_mac_line_ends_are_lines_at_any_size(tmp_path: Path, encoding: str) -> None:
    # "\r" alone ends a line (old Mac Excel): a file of them is not one endless line.
    path = tmp_path / "accounts.csv"
    rows = ["平台,账号名称"] + [f"微信,甲{i}" for i in range(1000)]
    path.write_bytes("\r".join(rows).encode(encoding))
    items = list(read_records(path, {"platform": ["平台"], "name": ["账号名称"]}, SMALL))
    assert not [i for i in items if isinstance(i, InputError)]
    assert [(i.where, i.values["name"]) for i in items][-1] == (  # type: ignore[union-attr]
        "accounts.csv:1001", "甲999")
    assert len(items) == 1000


# --------------------------------------------------------------------------- endless lines


@pytest.mark.parametrize("build, where", [(r2.build_endless_csv, "accounts.csv:4"),
                                          (r2.build_endless_jsonl, "accounts.jsonl:3")])
def test_an_endless_line_is_skipped_once_and_the_rest_read(tmp_path: Path, build, where: str
                                                           ) -> None:
    table = build(tmp_path, 64 * 1024)
    names, errors = _load(tmp_path, table)
    assert names == GOOD_NAMES  # the rows before and after the line
    assert len(errors) == 1 and errors[0].where == where
    assert "longer than 4,096 bytes" in errors[0].message and "skipped whole" in errors[0].message


def test_an_endless_line_costs_the_line_cap_not_its_size(tmp_path: Path) -> None:
    table = r2.build_endless_csv(tmp_path, 32 * 1024 * 1024)
    limits = Limits(line_bytes=64 * 1024)
    tracemalloc.start()
    try:
        items = list(read_records(table, {"platform": ["账号类型"], "name": ["账号名称"]},
                                  limits))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len([i for i in items if not isinstance(i, InputError)]) == len(r2.GOOD)
    assert peak < 8 * 1024 * 1024  # the file is 32 MiB, all on one line


def test_long_cells_are_cut_and_said(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    rows = ["账号类型,账号名称"] + [f"微信公众号,{'长' * 1200}{i}" for i in range(7)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    names, errors = _load(tmp_path, path)
    assert len(names) == 7 and {len(n) for n in names} == {SMALL.cell_chars}
    assert len(errors) == 1 and errors[0].message.startswith("7 rows have a cell longer than 1,000 characters")


# --------------------------------------------------------------------------- JSON


def test_a_json_document_over_the_cap_is_refused_naming_its_size(tmp_path: Path) -> None:
    table = r2.build_huge_json(tmp_path, 200_000)
    names, errors = _load(tmp_path, table)
    assert names == []
    assert len(errors) == 1 and errors[0].where == "accounts.json"
    assert "limits.file_bytes" in errors[0].message and "JSONL" in errors[0].message


def test_a_json_document_under_the_cap_counts_its_bad_items(tmp_path: Path) -> None:
    table = r2.build_huge_json(tmp_path, 20_000)
    names, errors = _load(tmp_path, table)
    assert names == sorted([*GOOD_NAMES, r2.GOOD[0][1]])  # the first repeated at the end
    assert len(errors) == 1
    message, where = errors[0].message, errors[0].where or ""
    assert message.endswith("rows have no platform or account name "
                            "(rows [4], [5], [6], [7], [8] …)")
    assert where == "accounts.json:[4],[5],[6],[7],[8],…"


def test_jsonl_bad_lines_one_problem_per_kind(tmp_path: Path) -> None:
    table = r2.build_jsonl_bad_rows(tmp_path, 30)
    names, errors = _load(tmp_path, table)
    assert names == GOOD_NAMES
    messages = sorted(e.message for e in errors)
    assert messages == [
        "10 lines are not JSON objects (found a list) (lines 4, 7, 10, 13, 16 …)",
        "10 lines are not valid JSON (lines 3, 6, 9, 12, 15 …)",
        "10 rows have no platform or account name (rows 5, 8, 11, 14, 17 …)",
    ]
    assert all((e.where or "").startswith("accounts.jsonl:") for e in errors)


# --------------------------------------------------------------------------- bad rows


def test_csv_bad_rows_one_problem_per_kind_masked(tmp_path: Path) -> None:
    table = r2.build_csv_bad_rows(tmp_path, 300)
    names, errors = _load(tmp_path, table)
    assert names == GOOD_NAMES
    by_where = {e.where: e.message for e in errors}
    assert len(errors) == 3 and set(by_where) == {
        "accounts.csv:4,7,10,13,16,…", "accounts.csv:5,8,11,14,17,…",
        "accounts.csv:6,9,12,15,18,…"}
    assert by_where["accounts.csv:4,7,10,13,16,…"] == (
        "100 rows have no platform or account name (rows 4, 7, 10, 13, 16 …)")
    assert by_where["accounts.csv:5,8,11,14,17,…"] == (
        "100 rows have fewer cells than the header (5); cannot tell which are missing "
        "(rows 5, 8, 11, 14, 17 …)")
    surplus = by_where["accounts.csv:6,9,12,15,18,…"]
    assert surplus.startswith("100 rows have more cells than the header (5; ")
    assert "for example '110105" in surplus and "5678'" in surplus  # both, masked
    _no_secret(surplus)


def test_csv_bad_rows_through_a_run_are_three_findings(tmp_path: Path) -> None:
    result = _run(tmp_path, r2.build_csv_bad_rows(tmp_path, 300))
    assert result.summary.accounts == len(r2.GOOD)
    assert _silent(result) == [r2.SILENT]
    inputs = _inputs(result)
    assert len(inputs) == 3 and all(where.startswith("accounts.csv:") for where, _ in inputs)
    _no_secret(*(m for _, m in inputs), *(w for w, _ in inputs))


def test_xlsx_bad_rows_are_one_finding_and_streamed(tmp_path: Path) -> None:
    result = _run(tmp_path, r2.build_xlsx_bad_rows(tmp_path, 200))
    assert result.summary.accounts == len(r2.GOOD)
    assert _silent(result) == [r2.SILENT]
    inputs = _inputs(result)
    assert len(inputs) == 1
    where, message = inputs[0]
    assert where == "accounts.xlsx:清单!5,6,7,8,9,…"
    assert "200 rows have no platform or account name (rows 5, 6, 7, 8, 9 …)" in message


def test_unreadable_dates_are_one_problem_with_masked_examples(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    rows = [",".join(r2.HEADER)]
    rows += [f"微信公众号,日期{i},x,{r2.MOBILE if i % 2 else r2.ID_NUMBER},正常" for i in range(8)]
    rows += ["微信公众号,单独,x,2022-02-30,正常"]  # another kind of unreadable date: its own
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    names, errors = _load(tmp_path, path)
    assert len(names) == 9  # an unreadable date loses the date, not the account
    assert len(errors) == 2
    many = next(e for e in errors if e.message.startswith("8 rows"))
    assert "have an unreadable 'last_post_at'" in many.message
    assert "(rows 2, 3, 4, 5, 6 …)" in many.message and many.where == "accounts.csv:2,3,4,5,6,…"
    _no_secret(many.message, *(e.message for e in errors))
    single = next(e for e in errors if e is not many)
    assert single.where == "accounts.csv:10" and "day is out of range" in single.message


def test_posts_without_account_or_time_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    rows = ["account,published_at"] + [f",2022-05-{d:02d}" for d in range(1, 21)]
    rows += ["示例发布,2022-05-30"] + [f"示例发布{i}," for i in range(6)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    errors: list[InputError] = []
    posts = load_posts(_engine(tmp_path, path).pm, path, errors.append, limits=SMALL)
    assert list(posts) == ["示例发布"]
    assert sorted(e.message.split(" (")[0] for e in errors) == [
        "20 rows are posts without an account", "6 rows are posts without a publish time"]


# --------------------------------------------------------------------------- caps


@pytest.mark.parametrize("build", [r2.build_csv_bad_rows, r2.build_xlsx_bad_rows,
                                   r2.build_jsonl_bad_rows])
def test_rows_past_the_records_cap_are_cut_and_said(tmp_path: Path, build) -> None:
    table = build(tmp_path, 50)
    names, errors = _load(tmp_path, table, Limits(records=20))
    assert names == sorted(name for _, name, _ in r2.GOOD[:2])  # the rows after are cut
    cut = [e for e in errors if "limits.records" in e.message]
    assert len(cut) == 1 and (cut[0].where or "").startswith(table.name)
    # exactly as many rows as the cap (2 + 50 + 2 below the header): nothing is cut
    names, errors = _load(tmp_path, table, Limits(records=54))
    assert names == GOOD_NAMES and not [e for e in errors if "limits.records" in e.message]


def test_a_merged_range_over_the_whole_sheet_costs_what_it_fills(tmp_path: Path) -> None:
    # F1:XFD1048576 is 17 billion cells: openpyxl's full load made them one by one (9 GB
    # after two minutes for this 7 KB file).
    table = r2.build_xlsx_merged_everywhere(tmp_path, 100)
    names, errors = _load(tmp_path, table)
    assert len(names) == 100
    assert [e.where for e in errors] == ["accounts.xlsx:Sheet"]
    assert "merged ranges cover more than" in errors[0].message


def test_a_row_numbered_a_million_is_one_row(tmp_path: Path) -> None:
    table = r2.build_xlsx_row_gap(tmp_path, 1_000_000)
    errors: list[InputError] = []
    accounts = load_accounts(_engine(tmp_path, table).pm, table, errors.append, limits=SMALL)
    assert errors == [] and sorted(a.name for a in accounts) == GOOD_NAMES
    assert accounts[-1].where == "accounts.xlsx:Sheet!1000000"


def test_problem_kinds_are_bounded() -> None:
    log = ProblemLog(Limits(examples=2))
    for i in range(200):
        log.add(RowProblem(f"row {i}: {'x' * (i % 97)}", "a.csv:", str(i + 2),
                           f"have problem {'y' * i}"))
    for i in range(3):
        log.add(InputError("the same plain problem", f"b.csv:{i}"))
    out = log.drain()
    assert len(out) == 51  # 50 kinds apart, the rest together
    assert out[-1].message.startswith("153 more problems of other kinds")
    assert log.drain() == []
