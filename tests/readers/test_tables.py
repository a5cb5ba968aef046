"""Tests for rulekit.readers.tables: the files inspecting offices actually hand over."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rulekit_national.accounts import INVENTORY_FIELDS, POSTS_FIELDS, REGISTRY_FIELDS

from rulekit.errors import InputError
from rulekit.readers.tables import Record, read_records, rulekit_read_table

openpyxl = pytest.importorskip("openpyxl")


def split(items):
    records = [i for i in items if isinstance(i, Record)]
    errors = [i for i in items if isinstance(i, InputError)]
    return records, errors


def read(path: Path, fields=INVENTORY_FIELDS):
    return split(list(read_records(path, fields)))


# --------------------------------------------------------------------------- CSV


def test_gbk_csv_with_title_row_and_chinese_headers(tmp_path: Path) -> None:
    text = (
        "2022年政务新媒体清单,,,,,\r\n"
        "*账号类型,*账号名称（必填）,开设主体,认证主体,最近更新时间,状态\r\n"
        "微信公众号,“某某发布”,某某区人民政府办公室,某某区融媒体中心,2022/5/31 9:05,运行\r\n"
        "新浪微博,某某 公安,某某区公安分局,,2022年5月20日,停更\r\n"
    )
    path = tmp_path / "accounts.csv"
    path.write_bytes(text.encode("gbk"))
    records, errors = read(path)
    assert errors == []
    assert [r.where for r in records] == ["accounts.csv:3", "accounts.csv:4"]
    first = records[0]
    assert first.values["platform"] == "微信公众号"
    assert first.values["name"] == "“某某发布”"
    assert first.values["operator"] == "某某区人民政府办公室"
    assert first.values["certified_subject"] == "某某区融媒体中心"
    assert first.values["last_post_at"] == "2022/5/31 9:05"
    assert first.values["status"] == "运行"
    # fields the file has no column for are present and None; empty cells are None
    assert first.values["region"] is None and first.values["interaction"] is None
    assert records[1].values["certified_subject"] is None
    assert records[1].values["name"] == "某某 公安"  # inner spaces are the caller's business


def test_gb18030_only_characters(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_bytes("平台,名称\n微博,㐀㐁发布\n".encode("gb18030"))
    records, errors = read(path)
    assert errors == [] and records[0].values["name"] == "㐀㐁发布"


def test_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_bytes("\ufeffplatform,name,status\nWeChat,City News,正常\n".encode())
    records, errors = read(path)
    assert errors == []
    assert records[0].values == {
        **dict.fromkeys(INVENTORY_FIELDS),
        "platform": "WeChat",
        "name": "City News",
        "status": "正常",
    }
    assert records[0].where == "accounts.csv:2"


def test_utf16_with_bom_as_excel_unicode_text(tmp_path: Path) -> None:
    path = tmp_path / "accounts.txt"
    path.write_bytes("平台\t账号名称\n抖音\t某某发布\n".encode("utf-16"))
    records, errors = read(path)
    assert errors == [] and records[0].values["platform"] == "抖音"


@pytest.mark.parametrize("delimiter", ["\t", ";", "|", "，"])
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    rows = [["平台", "账号名称", "地区"], ["抖音", "某某发布", "某某市"], ["快手", "某某公安", ""]]
    path = tmp_path / "accounts.csv"
    path.write_text("\n".join(delimiter.join(r) for r in rows) + "\n", encoding="utf-8")
    records, errors = read(path)
    assert errors == []
    assert [(r.values["platform"], r.values["name"], r.values["region"]) for r in records] == [
        ("抖音", "某某发布", "某某市"),
        ("快手", "某某公安", None),
    ]


def test_comma_file_with_fullwidth_commas_in_text(tmp_path: Path) -> None:
    # Chinese prose is full of "，"; the header decides the delimiter, not a character count.
    lines = ["account,published_at,kind,text"]
    lines += [f"某某发布,2022-05-{d:02d},原创,今天，我们，开会，学习，讨论，部署" for d in range(1, 9)]
    path = tmp_path / "posts.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, errors = read(path, POSTS_FIELDS)
    assert errors == [] and len(records) == 8
    assert records[0].values["text"] == "今天，我们，开会，学习，讨论，部署"


def test_single_column_file_is_not_split_on_commas(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("账号名称\n某某发布, 官方\n某某公安\n", encoding="utf-8")
    records, errors = read(path)
    assert errors == []
    assert [r.values["name"] for r in records] == ["某某发布, 官方", "某某公安"]


def test_duplicated_headers_first_wins_reported_once(tmp_path: Path) -> None:
    text = (
        "新媒体清单\n"
        "平台,账号名称,账号类型,备注,备注\n"
        "微信,甲,微博,x,y\n"
        "抖音,乙,快手,z,w\n"
    )
    path = tmp_path / "accounts.csv"
    path.write_text(text, encoding="utf-8")
    records, errors = read(path)
    assert len(errors) == 2  # 账号类型 duplicates 平台 (same field), 备注 is repeated
    assert {e.where for e in errors} == {"accounts.csv:2"}
    assert "账号类型" in str(errors[0]) and "first" in str(errors[0])
    assert [r.values["platform"] for r in records] == ["微信", "抖音"]
    assert records[0].extra == {"备注": "x"}


def test_unknown_headers_kept_in_extra(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text("平台,账号名称,粉丝数,联系人\n微博,某某发布,12000,张三\n", encoding="utf-8")
    records, _ = read(path)
    assert records[0].extra == {"粉丝数": "12000", "联系人": "张三"}


def test_header_matching_normalises(tmp_path: Path) -> None:
    header = "＊ 平 台 ,【账号名称】（必填）,市（区）/省直,Last Post At,菜单可用(是/否)"
    path = tmp_path / "accounts.csv"
    path.write_text(header + "\n微信,某某发布,某某市,2022-05-31,是\n", encoding="utf-8")
    records, errors = read(path)
    assert errors == []
    values = records[0].values
    assert values["platform"] == "微信" and values["region"] == "某某市"
    assert values["last_post_at"] == "2022-05-31" and values["menu_ok"] == "是"
    # "【账号名称】" is a bracketed note as a whole: it is kept rather than emptied to nothing
    assert records[0].extra == {"【账号名称】（必填）": "某某发布"}


def test_bad_rows_reported_with_line_numbers_others_kept(tmp_path: Path) -> None:
    text = (
        "平台,账号名称,状态\n"  # 1
        "微信,甲,正常\n"  # 2
        "微博,乙\n"  # 3: short
        "\n"  # 4: empty, skipped silently
        ",,\n"  # 5: empty cells only, skipped silently
        '抖音,"丙\n多行",正常\n'  # 6-7: a quoted value over two lines
        "快手,丁,正常,多余\n"  # 8: surplus filled cell
        "头条,戊,正常,,\n"  # 9: trailing empty cells are fine
        "平台,账号名称,状态\n"  # 10: header repeated, skipped
        "百家号,己,注销\n"  # 11
    )
    path = tmp_path / "accounts.csv"
    path.write_text(text, encoding="utf-8")
    records, errors = read(path)
    assert [r.where for r in records] == [
        "accounts.csv:2",
        "accounts.csv:6",
        "accounts.csv:9",
        "accounts.csv:11",
    ]
    assert records[1].values["name"] == "丙\n多行"
    assert [e.where for e in errors] == ["accounts.csv:3", "accounts.csv:8"]
    assert "2 cells" in errors[0].message and "header has 3" in errors[0].message
    assert "多余" in errors[1].message


def test_no_header_row(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text("foo,bar,baz\n1,2,3\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_records(path, INVENTORY_FIELDS)
    message = str(info.value)
    assert message.startswith("accounts.csv: ")
    assert "'foo', 'bar', 'baz'" in message and "账号名称" in message and "platform" in message


def test_empty_file_has_no_header(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="no header"):
        read_records(path, INVENTORY_FIELDS)


def test_header_only_gives_no_records(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text("平台,账号名称\n", encoding="utf-8")
    assert list(read_records(path, INVENTORY_FIELDS)) == []


def test_missing_file_and_unknown_extension(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        read_records(tmp_path / "nope.csv", INVENTORY_FIELDS)
    odd = tmp_path / "accounts.docx"
    odd.write_bytes(b"x")
    with pytest.raises(InputError, match="unknown table format") as info:
        read_records(odd, INVENTORY_FIELDS)
    assert info.value.where == "accounts.docx"
    old = tmp_path / "accounts.xls"
    old.write_bytes(b"x")
    with pytest.raises(InputError, match="xlsx"):
        read_records(old, INVENTORY_FIELDS)


# --------------------------------------------------------------------------- XLSX


def test_xlsx_dates_formulas_merged_and_numbers(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "说明"
    notes["A1"] = "填表说明：请在下一页填写"
    sheet = wb.create_sheet("Sheet1")
    sheet["A1"] = "2022年政务新媒体备案清单"
    sheet.merge_cells("A1:F1")
    sheet.append(["平台", "账号名称", "备案编号", "备案时间", "注销时间", "认证主体"])
    sheet.append(["微信公众号", "某某发布", 110101001, dt.datetime(2022, 5, 31, 14, 30), None, "甲"])
    sheet.append(["新浪微博", "某某公安", 12345.0, dt.date(2021, 3, 1), 44712, "乙"])
    sheet.append(["抖音", "某某融媒", "=C3+1", dt.datetime(2020, 1, 2), 3.25, "丙"])
    sheet.append(["快手", "某某一号", "A-1", None, None, "丁"])
    sheet.append(["快手", "某某二号", "A-2", None, None, None])
    sheet.merge_cells("F6:F7")  # 丁 stands for both rows in Excel, and in the records
    sheet.append([])
    sheet.append(["头条号", "某某头条", "A-3", "2022年6月1日", None, "戊", "孤立值"])
    path = tmp_path / "registry.xlsx"
    wb.save(path)

    records, errors = read(path, REGISTRY_FIELDS)
    assert errors == []
    assert [r.where for r in records] == [
        "registry.xlsx:Sheet1!3",
        "registry.xlsx:Sheet1!4",
        "registry.xlsx:Sheet1!5",
        "registry.xlsx:Sheet1!6",
        "registry.xlsx:Sheet1!7",
        "registry.xlsx:Sheet1!9",
    ]
    first, second, third, fourth, fifth, last = records
    assert first.values["filing_no"] == "110101001"
    assert first.values["filed_at"] == "2022-05-31 14:30:00"
    assert first.values["cancelled_at"] is None
    assert second.values["filing_no"] == "12345"  # integral number -> no ".0"
    assert second.values["filed_at"] == "2021-03-01"
    assert second.values["cancelled_at"] == "44712"  # an Excel serial; parse_date reads it
    # openpyxl writes no cached value for a formula, so it comes back empty, not as a crash
    assert third.values["filing_no"] in (None, "=C3+1")
    assert third.values["filed_at"] == "2020-01-02"
    assert third.values["cancelled_at"] == "3.25"
    assert fourth.values["certified_subject"] == "丁"
    assert fifth.values["certified_subject"] == "丁"  # merged cell below its top-left
    assert last.values["filed_at"] == "2022年6月1日"
    assert last.extra == {"column 7": "孤立值"}


def test_xlsx_duplicate_header_and_no_header(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["name", "账号名称", "platform"])
    sheet.append(["甲", "乙", "微信"])
    path = tmp_path / "accounts.xlsx"
    wb.save(path)
    records, errors = read(path)
    assert [e.where for e in errors] == ["accounts.xlsx:Sheet!1"]
    assert records[0].values["name"] == "甲"

    wb = openpyxl.Workbook()
    wb.active.append(["foo", "bar"])
    path = tmp_path / "other.xlsx"
    wb.save(path)
    with pytest.raises(InputError, match="'foo', 'bar'"):
        read_records(path, INVENTORY_FIELDS)


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04garbage"])
def test_corrupt_xlsx(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "registry.xlsx"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_records(path, REGISTRY_FIELDS)
    assert info.value.where == "registry.xlsx"


# --------------------------------------------------------------------------- JSON, JSONL


def test_json_list(tmp_path: Path) -> None:
    data = [
        {"platform": "微信", "name": "某某发布", "interaction": True, "fans": 3},
        "not an object",
        {"平台": "抖音", "账号名称": "某某融媒", "最近更新时间": "2022-05-31"},
    ]
    path = tmp_path / "accounts.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    records, errors = read(path)
    assert [r.where for r in records] == ["accounts.json:[0]", "accounts.json:[2]"]
    assert records[0].values["interaction"] == "true" and records[0].extra == {"fans": "3"}
    assert records[1].values["last_post_at"] == "2022-05-31"
    assert [e.where for e in errors] == ["accounts.json:[1]"]
    assert "object" in errors[0].message


@pytest.mark.parametrize("key", ["accounts", "data", "items", "records"])
def test_json_wrapped_object(tmp_path: Path, key: str) -> None:
    path = tmp_path / "accounts.json"
    payload = {"exported": "2022-06-01", key: [{"平台": "快手", "名称": "甲"}]}
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    records, errors = read(path)
    assert errors == [] and records[0].values["platform"] == "快手"


def test_json_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "accounts.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        read_records(path, INVENTORY_FIELDS)
    path.write_text('{"a": 1}', encoding="utf-8")
    with pytest.raises(InputError, match="list of objects"):
        read_records(path, INVENTORY_FIELDS)
    path.write_text('[{"foo": 1}]', encoding="utf-8")
    with pytest.raises(InputError, match="no header"):
        read_records(path, INVENTORY_FIELDS)


def test_jsonl_bad_line_reported_others_kept(tmp_path: Path) -> None:
    lines = [
        '{"account": "某某发布", "published_at": "2022-05-30 10:00", "kind": "原创"}',
        '{"account": "某某发布", "published_at": ',
        "",
        "[1, 2]",
        '{"账号": "某某公安", "发布时间": "2022-05-31", "类型": "转发", "url": null}',
    ]
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, errors = read(path, POSTS_FIELDS)
    assert [r.where for r in records] == ["posts.jsonl:1", "posts.jsonl:5"]
    assert records[1].values["kind"] == "转发" and records[1].values["url"] is None
    assert [e.where for e in errors] == ["posts.jsonl:2", "posts.jsonl:4"]
    assert "JSON" in errors[0].message


def test_jsonl_without_known_keys(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text('{"foo": 1}\n', encoding="utf-8")
    with pytest.raises(InputError, match="foo"):
        read_records(path, POSTS_FIELDS)


def test_hook_reads_known_formats_only(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text("平台,名称\n微信,甲\n", encoding="utf-8")
    records, errors = split(list(rulekit_read_table(path, INVENTORY_FIELDS) or []))
    assert errors == [] and records[0].values["name"] == "甲"
    assert rulekit_read_table(tmp_path / "accounts.ods", INVENTORY_FIELDS) is None


def test_record_is_frozen() -> None:
    record = Record("x.csv:2", {"name": "a"}, {})
    with pytest.raises(AttributeError):
        record.where = "y"  # type: ignore[misc]


# --------------------------------------------------------------------------- robustness

FIXTURE = HealthCheck.function_scoped_fixture  # tmp_path is reused: each example rewrites it


@settings(max_examples=150, deadline=None, suppress_health_check=[FIXTURE])
@given(data=st.binary(max_size=400))
def test_random_bytes_only_input_errors(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    try:
        items = list(read_records(path, INVENTORY_FIELDS))
    except InputError:
        return
    assert all(isinstance(i, Record | InputError) for i in items)


@settings(max_examples=100, deadline=None, suppress_health_check=[FIXTURE])
@given(
    body=st.lists(
        st.lists(st.text(alphabet="平台账号名称,，;\t|\"\n\r x1", max_size=8), max_size=5),
        max_size=6,
    )
)
def test_random_tables_after_a_header(tmp_path: Path, body: list[list[str]]) -> None:
    path = tmp_path / "random.csv"
    text = "平台,账号名称\n" + "\n".join(",".join(row) for row in body)
    path.write_text(text, encoding="utf-8")
    items = list(read_records(path, INVENTORY_FIELDS))
    assert all(isinstance(i, Record | InputError) for i in items)


def test_large_xlsx_is_streamed_and_merged_cells_read_empty(tmp_path: Path, monkeypatch) -> None:
    from rulekit.readers import tables

    monkeypatch.setattr(tables, "MERGE_FILL_MAX_BYTES", 0)  # every file counts as large
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["平台", "账号名称"])
    sheet.append(["微信公众号", "甲"])
    sheet.append([None, "乙"])
    sheet.merge_cells("A2:A3")
    path = tmp_path / "big.xlsx"
    wb.save(path)
    records, errors = read(path, INVENTORY_FIELDS)
    assert [r.values["platform"] for r in records] == ["微信公众号", None]
