"""Nothing lost, nothing forged: one bad line, cell or record of a table costs only itself.

Each case (built by ``round2_tables``) puts one bad part among 1,000 ordinary accounts: a
NUL byte, a quote that never closes, a JSON number Python cannot hold, broken JSON records,
a NUL in an XLSX shared string, a sheet or a row whose XML is broken; and files joined by
``cat`` with BOMs and mixed line ends. Every ordinary account must be read, by
``load_accounts`` and by a whole run (which counts it in ``summary.accounts``); the bad
part must be named in exactly one input problem; and no ID or mobile number it holds may be
shown unmasked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import round2_tables as r2
from rulekit_national.accounts import Account
from rulekit_national.newmedia_input import load_accounts

from rulekit.config import load
from rulekit.engine import Engine, RunResult
from rulekit.errors import InputError

SIZE = 1000
ORDINARY = r2.ordinary_names(SIZE)


def _load(tmp_path: Path, table: Path) -> tuple[dict[str, Account], list[InputError]]:
    """Accounts (by name) and problems of ``table`` read as the inventory."""
    engine = Engine(load(r2.write_config(tmp_path, table)), select=["newmedia"])
    errors: list[InputError] = []
    accounts = load_accounts(engine.pm, table, errors.append)
    by_name = {a.name: a for a in accounts}
    assert len(by_name) == len(accounts)  # no account read twice
    _no_secret(*(e.message for e in errors), *(e.where or "" for e in errors))
    return by_name, errors


def _run(tmp_path: Path, table: Path) -> RunResult:
    """A whole run with ``table`` as the inventory: every rule, not only newmedia."""
    result = Engine(load(r2.write_config(tmp_path, table))).run()
    _no_secret(*(f"{f.message} {f.evidence} {f.target}" for f in result.findings))
    return result


def _no_secret(*texts: str) -> None:
    for text in texts:
        assert r2.ID_NUMBER not in text and r2.MOBILE not in text, text


def _rows(where: str) -> tuple[str, set[str]]:
    """("accounts.csv:", {"4", "7"}) for "accounts.csv:4,7,…": the file and the rows named."""
    cut = max(where.rfind(":"), where.rfind("!"))
    if cut == -1:
        return where, set()
    return where[: cut + 1], set(where[cut + 1 :].split(",")) - {"…"}


def _named(wheres: list[str], where: str) -> int:
    """How many of ``wheres`` name ``where`` (alone, or among the rows of one problem)."""
    prefix, rows = _rows(where)
    return sum(1 for w in wheres if w == where or (_rows(w)[0] == prefix and rows <= _rows(w)[1]))


def _assert_read(tmp_path: Path, table: Path, bad: list[str], extra: tuple[str, ...] = ()
                 ) -> dict[str, Account]:
    """Every ordinary account (and ``extra``) read, each of ``bad`` named in exactly one
    problem and nothing else named; the same through a whole run. The accounts by name."""
    accounts, errors = _load(tmp_path, table)
    assert sorted(accounts) == sorted([*ORDINARY, *extra])
    wheres = [e.where or "" for e in errors]
    assert all(_named(wheres, where) == 1 for where in bad), (bad, wheres)
    assert all(any(_named([w], where) for where in bad) or w == table.name for w in wheres), \
        wheres
    result = _run(tmp_path, table)
    assert result.summary.accounts == SIZE + len(extra)
    # Input problems of the file (an account without a date is also said of the account).
    inputs = [f.target.path or "" for f in result.findings
              if f.rule == "input" and f.target.kind == "file"]
    assert all(_named(inputs, where) == 1 for where in bad), (bad, inputs)
    assert len(inputs) == len(errors)
    return accounts


# --------------------------------------------------------------------------- CSV


@pytest.mark.parametrize("at, encoding", [(None, "utf-8"), (3, "utf-8"), (None, "gbk")])
def test_a_nul_byte_costs_only_itself(tmp_path: Path, at: int | None, encoding: str) -> None:
    # A NUL in the first lines refused the file as binary; Python 3.10's csv module gave
    # up on it anywhere ("line contains NUL"): 0 of 1,000 accounts checked.
    table = r2.build_nul_csv(tmp_path, SIZE, at=at, encoding=encoding)
    line = (SIZE // 2 if at is None else at) + 2
    _, errors = _load(tmp_path, table)
    assert [(e.where, "NUL" in e.message) for e in errors] == [(f"accounts.csv:{line}", True)]
    _assert_read(tmp_path, table, [f"accounts.csv:{line}"])  # the row itself is read too


def test_binary_junk_is_still_not_a_table(tmp_path: Path) -> None:
    table = tmp_path / "accounts.csv"
    table.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    _, errors = _load(tmp_path, table)
    assert len(errors) == 1 and "NUL" in errors[0].message


@pytest.mark.parametrize("last", [False, True])
def test_an_unclosed_quote_costs_only_its_line(tmp_path: Path, last: bool) -> None:
    # The quote swallowed the rest of the file into one cell: 998 rows under one message.
    table = r2.build_unclosed_quote_csv(tmp_path, SIZE, last=last)
    line = r2.line_of(table, "坏引号账号")
    _, errors = _load(tmp_path, table)
    assert len(errors) == 1 and "quote" in errors[0].message
    accounts = _assert_read(tmp_path, table, [f"accounts.csv:{line}"])
    # Quoted cells over two lines (an address with a line break) are still one cell.
    assert accounts["普通账号0003"].operator == "示例县融媒体中心\r\n城北路1号二楼"
    assert accounts["普通账号0100"].operator == "示例县融媒体中心\r\n城北路1号二楼"


def test_an_unclosed_quote_in_the_header_is_a_character(tmp_path: Path) -> None:
    # Left out like a data line, the header would cost every row below it.
    table = tmp_path / "accounts.csv"
    header = ",".join(r2.HEADER).replace("账号名称", '"账号名称')
    table.write_text(header + "\n" + r2._lines(r2.ordinary_rows(SIZE)), encoding="utf-8")
    _, errors = _load(tmp_path, table)
    assert len(errors) == 1 and "header" in errors[0].message
    _assert_read(tmp_path, table, ["accounts.csv:1"])


def test_quotes_that_close_as_rows_should_are_not_bounded(tmp_path: Path) -> None:
    # A long note over many lines, well quoted, is one cell: only an unmatched quote is cut.
    table = tmp_path / "accounts.csv"
    note = "\n".join(f"第{i}段说明，含逗号" for i in range(60))
    rows = [",".join(r2.HEADER)] + [",".join(row) for row in r2.ordinary_rows(5)]
    rows[2] = rows[2].replace("示例县融媒体中心", f'"{note}"')
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    accounts, errors = _load(tmp_path, table)
    assert errors == [] and len(accounts) == 5
    assert accounts["普通账号0001"].operator == note


def test_joined_exports_with_boms_and_mixed_line_ends(tmp_path: Path) -> None:
    # The second export's BOM came before its quoted header: it was read as an account.
    table = r2.build_mixed_csv(tmp_path, SIZE)
    _, errors = _load(tmp_path, table)
    assert errors == []
    _assert_read(tmp_path, table, [])


# --------------------------------------------------------------------------- JSON


@pytest.mark.parametrize("build, bad", [
    (r2.build_big_number_json, ["accounts.json:[500]", "accounts.json:[501]"]),
    (r2.build_big_number_jsonl, ["accounts.jsonl:501", "accounts.jsonl:502"]),
])
def test_numbers_python_cannot_hold_cost_only_their_cell(tmp_path: Path, build, bad: list[str]
                                                         ) -> None:
    # A 100,000-digit integer failed json.loads on the whole document: 0 of 1,000 read.
    table = build(tmp_path, SIZE)
    accounts = _assert_read(tmp_path, table, bad, extra=("巨数日期账号", "巨数粉丝账号"))
    _, errors = _load(tmp_path, table)
    by_where = {e.where: e.message for e in errors}
    assert "not a date: '1e999999'" in by_where[bad[0]]  # kept as written, not "inf"
    assert "longer than 65,536 characters" in by_where[bad[1]]  # kept as written, cut
    assert accounts["巨数日期账号"].last_post_at is None
    fans = accounts["巨数粉丝账号"].extra["粉丝数"]
    assert fans == "9" * 65_536


@pytest.mark.parametrize("compact", [False, True])
def test_broken_json_records_cost_only_themselves(tmp_path: Path, compact: bool) -> None:
    # Nested 100,000 deep, an unclosed string, a missing brace: each failed json.loads on
    # the whole document. The records are read again one by one, past each bad one.
    table = r2.build_broken_json(tmp_path, SIZE, compact=compact)
    bad = ["accounts.json:[250]", "accounts.json:[501]", "accounts.json:[752]"]
    _assert_read(tmp_path, table, bad)


@pytest.mark.parametrize("lines, where", [(False, "accounts.json:[500]"),
                                          (True, "accounts.jsonl:501")])
def test_a_nul_byte_in_json_costs_only_that_character(tmp_path: Path, lines: bool, where: str
                                                      ) -> None:
    table = r2.build_nul_json(tmp_path, SIZE, lines=lines)
    _, errors = _load(tmp_path, table)
    assert [e.where for e in errors] == [where] and "NUL" in errors[0].message
    _assert_read(tmp_path, table, [where])


def test_a_character_cut_in_two_costs_only_its_record(tmp_path: Path) -> None:
    # One byte missing from a name: the document did not decode, and was refused whole.
    table = r2.build_cut_character_json(tmp_path, SIZE)
    _, errors = _load(tmp_path, table)
    assert len(errors) == 2 and "damaged character" in errors[0].message
    _assert_read(tmp_path, table, [f"accounts.json:[{SIZE // 2}]"])  # the record is left out


def test_a_json_document_with_no_list_is_still_refused(tmp_path: Path) -> None:
    table = tmp_path / "accounts.json"
    table.write_text('{"title": "清单", "note": "未闭合', encoding="utf-8")
    accounts, errors = _load(tmp_path, table)
    assert accounts == {} and len(errors) == 1 and "not valid JSON" in errors[0].message


# --------------------------------------------------------------------------- XLSX


@pytest.mark.parametrize("reference", [False, True])
def test_a_nul_in_a_shared_string_costs_only_that_character(tmp_path: Path, reference: bool
                                                            ) -> None:
    # XML forbids NUL: the shared strings, and with them the workbook, were refused.
    table = r2.build_xlsx_nul_string(tmp_path, SIZE, reference=reference)
    where = f"accounts.xlsx:清单!{r2.bad_line(SIZE)}"
    _, errors = _load(tmp_path, table)
    assert [e.where for e in errors] == [where] and "NUL" in errors[0].message
    _assert_read(tmp_path, table, [where])


def test_a_broken_shared_string_costs_only_its_row(tmp_path: Path) -> None:
    # One broken entry failed the whole shared strings table, and the workbook with it.
    table = r2.build_xlsx_broken_string(tmp_path, SIZE)
    where = f"accounts.xlsx:清单!{r2.bad_line(SIZE)}"
    _, errors = _load(tmp_path, table)
    assert [e.where for e in errors] == [where] and "shared string" in errors[0].message
    _assert_read(tmp_path, table, [where])


def test_a_sheet_that_cannot_be_read_is_passed_over(tmp_path: Path) -> None:
    table = r2.build_xlsx_bad_sheet(tmp_path, SIZE)
    _, errors = _load(tmp_path, table)
    assert len(errors) == 1 and errors[0].where == "accounts.xlsx"
    assert "sheet '说明' cannot be read" in errors[0].message
    assert "read from sheet '清单'" in errors[0].message
    _assert_read(tmp_path, table, [])


def test_a_broken_row_costs_only_itself(tmp_path: Path) -> None:
    # openpyxl's parse stops for good at the first broken tag or bad value: the rest of
    # the sheet was lost. It is read again row by row from there.
    table = r2.build_xlsx_bad_row(tmp_path, SIZE)
    at = r2.bad_line(SIZE)
    bad = [f"accounts.xlsx:清单!{at}", f"accounts.xlsx:清单!{at + 10}"]
    accounts = _assert_read(tmp_path, table, [*bad, "accounts.xlsx:清单"])
    # The date typed as a number keeps its text, and is read as a date.
    assert str(accounts[ORDINARY[at + 8]].last_post_at) == "2022-05-30 00:00:00"
