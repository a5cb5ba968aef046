"""Hostile tables, round two: files that cost time or memory in proportion to their bad part.

One builder per case, ``build_<case>(directory, size) -> Path``. Each writes a table whose
bad part grows with ``size`` (bytes of an endless line, or a count of bad rows) between good
rows, and streams it to disk, so even the full size (1 GiB, 250,000 rows) is built in little
memory. The tests build them small with lowered limits; the benchmark at full size is run by
hand (see the module's ``__main__``).

The good rows are the same in every file: :data:`GOOD` accounts, all checked by a run, of
which only :data:`SILENT` is silent at ``corpus.AS_OF``.
"""

from __future__ import annotations

import json
from pathlib import Path

#: Inventory header of the built files (Chinese, as real inventories have it).
HEADER = ["账号类型", "账号名称", "开设主体", "最近更新时间", "状态"]
#: The good accounts: (platform, name, last post). Two come before the bad part, two after.
GOOD = [
    ("微信公众号", "好账号一", "2022-05-30"),
    ("新浪微博", "好账号二", "2022-05-29"),
    ("抖音", "好账号三", "2022-05-28"),
    ("快手", "好账号旧", "2022-01-01"),
]
#: The one good account silent at ``corpus.AS_OF`` (2022-05-31).
SILENT = "好账号旧"
#: An ID number (valid check character) and a mobile number that bad rows echo: never to be
#: reported unmasked.
ID_NUMBER = "110105199003071239"
MOBILE = "13812345678"

_CHUNK = 1024 * 1024


def _good_rows() -> list[list[str]]:
    return [[platform, name, "示例县融媒体中心", date, "正常"] for platform, name, date in GOOD]


def _csv_line(cells: list[str]) -> bytes:
    return (",".join(cells) + "\n").encode("utf-8")


def _repeat(handle, unit: bytes, size: int) -> None:  # noqa: ANN001 - a binary file
    """Write ``unit`` repeated to ``size`` bytes (whole units), a chunk at a time."""
    chunk = unit * max(1, _CHUNK // len(unit))
    left = size // len(unit) * len(unit)
    while left > 0:
        piece = chunk[:left]
        handle.write(piece)
        left -= len(piece)


def build_sniffer_csv(directory: Path, size: int) -> Path:
    """A CSV whose first data row is ``size`` bytes of ``,"`` pairs: csv.Sniffer's regexes
    backtrack over it in time quadratic in the sample (64 KiB took 21 s); the row itself has
    thousands of surplus cells, one input problem."""
    path = directory / "accounts.csv"
    good = _good_rows()
    with path.open("wb") as handle:
        handle.write(_csv_line(HEADER))
        for row in good[:2]:
            handle.write(_csv_line(row))
        handle.write("微信公众号,诱饵账号,x,2022-05-30,正常".encode())
        _repeat(handle, b',","', max(size, 4))  # every pair closes: the quote never runs on
        handle.write(b"\n")
        for row in good[2:]:
            handle.write(_csv_line(row))
    return path


def build_endless_csv(directory: Path, size: int) -> Path:
    """A CSV with one line of ``size`` bytes and no newline in it, between good rows."""
    path = directory / "accounts.csv"
    good = _good_rows()
    with path.open("wb") as handle:
        handle.write(_csv_line(HEADER))
        for row in good[:2]:
            handle.write(_csv_line(row))
        handle.write("微信公众号,无尽账号,".encode())
        _repeat(handle, b"x", size)
        handle.write(b"\n")
        for row in good[2:]:
            handle.write(_csv_line(row))
    return path


def _json_object(row: list[str]) -> dict[str, str]:
    return dict(zip(HEADER, row, strict=True))


def _jsonl_line(row: list[str]) -> bytes:
    return (json.dumps(_json_object(row), ensure_ascii=False) + "\n").encode("utf-8")


def build_endless_jsonl(directory: Path, size: int) -> Path:
    """A JSONL with one line of ``size`` bytes (a string that never closes) between good
    lines."""
    path = directory / "accounts.jsonl"
    good = _good_rows()
    with path.open("wb") as handle:
        for row in good[:2]:
            handle.write(_jsonl_line(row))
        handle.write('{"账号类型": "微信公众号", "账号名称": "'.encode())
        _repeat(handle, b"x", size)
        handle.write(b"\n")
        for row in good[2:]:
            handle.write(_jsonl_line(row))
    return path


def build_huge_json(directory: Path, size: int) -> Path:
    """A JSON list of about ``size`` bytes: good objects, then copies of a filler object.

    json.loads holds the whole text and every object at once (several times the file), so a
    reader must refuse a file past its cap rather than parse it.
    """
    path = directory / "accounts.json"
    filler = json.dumps(_json_object(["微信公众号", "", "填充", "2022-05-30", "正常"]),
                        ensure_ascii=False).encode() + b",\n"
    with path.open("wb") as handle:
        handle.write(b"[\n")
        for row in _good_rows():
            handle.write(json.dumps(_json_object(row), ensure_ascii=False).encode() + b",\n")
        _repeat(handle, filler, size)
        handle.write(json.dumps(_json_object(_good_rows()[0]), ensure_ascii=False).encode())
        handle.write(b"\n]\n")
    return path


def _bad_row(i: int) -> list[str]:
    """Bad rows of three kinds, in turn: no account name, fewer cells than the header, and a
    cell past the header holding an ID number or a mobile number (which messages quote)."""
    kind = i % 3
    if kind == 0:
        return ["微信公众号", "", "示例县融媒体中心", "2022-05-30", "正常"]
    if kind == 1:
        return ["微信公众号", f"短行{i}"]
    secret = ID_NUMBER if i // 3 % 2 == 0 else MOBILE
    return ["微信公众号", f"多列{i}", "示例县融媒体中心", "2022-05-30", "正常", secret]


def build_csv_bad_rows(directory: Path, size: int) -> Path:
    """A CSV with ``size`` bad rows (three kinds in turn, see :func:`_bad_row`) between good
    rows."""
    path = directory / "accounts.csv"
    good = _good_rows()
    with path.open("wb") as handle:
        handle.write(_csv_line(HEADER))
        for row in good[:2]:
            handle.write(_csv_line(row))
        for i in range(size):
            handle.write(_csv_line(_bad_row(i)))
        for row in good[2:]:
            handle.write(_csv_line(row))
    return path


def build_jsonl_bad_rows(directory: Path, size: int) -> Path:
    """A JSONL with ``size`` bad lines in turn: broken JSON, a list instead of an object,
    an object without an account name (the first line names a key nobody asked for)."""
    path = directory / "accounts.jsonl"
    good = _good_rows()
    with path.open("wb") as handle:
        for row in good[:2]:
            handle.write(_jsonl_line(row))
        for i in range(size):
            kind = i % 3
            if kind == 0:
                handle.write(f'{{"账号名称": "断行{i}", \n'.encode())
            elif kind == 1:
                handle.write(f'["微信公众号", "列表{i}"]\n'.encode())
            else:
                handle.write(_jsonl_line(["微信公众号", "", "x", "2022-05-30", "正常"]))
        for row in good[2:]:
            handle.write(_jsonl_line(row))
    return path


def build_xlsx_bad_rows(directory: Path, size: int) -> Path:
    """An XLSX (written with openpyxl's write_only, a row at a time) with ``size`` rows
    without an account name between good rows."""
    import openpyxl

    path = directory / "accounts.xlsx"
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("清单")
    sheet.append(["示例县政务新媒体清单"])
    sheet.append(HEADER)
    good = _good_rows()
    for row in good[:2]:
        sheet.append(row)
    bad = ["微信公众号", None, "示例县融媒体中心", "2022-05-30", "正常"]
    for _ in range(size):
        sheet.append(bad)
    for row in good[2:]:
        sheet.append(row)
    workbook.save(path)
    return path


def _patch_sheet(path: Path, patch) -> None:  # noqa: ANN001 - bytes -> bytes
    """Rewrite the first sheet's XML of the XLSX at ``path`` with ``patch``."""
    import zipfile

    data = {}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            data[info.filename] = archive.read(info)
    name = "xl/worksheets/sheet1.xml"
    data[name] = patch(data[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for filename, content in data.items():
            archive.writestr(filename, content)


def build_xlsx_merged_everywhere(directory: Path, size: int) -> Path:
    """A small XLSX of ``size`` rows with a merged range from column F to the last column
    and row of a sheet (F1:XFD1048576, 17 billion cells): filling it cell by cell never
    ends, so a reader must charge what it fills."""
    import openpyxl

    path = directory / "accounts.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    good = _good_rows()
    for i in range(size):
        sheet.append(good[i % len(good)][:1] + [f"账号{i}"] + good[i % len(good)][2:])
    workbook.save(path)
    merge = b'<mergeCells count="1"><mergeCell ref="F1:XFD1048576"/></mergeCells>'
    _patch_sheet(path, lambda xml: xml.replace(b"</sheetData>", b"</sheetData>" + merge, 1))
    return path


def build_xlsx_row_gap(directory: Path, size: int) -> Path:
    """An XLSX whose last good row is numbered ``size`` (up to 1,048,576): read-only
    openpyxl yields an empty row for each missing one, so a reader must not ask it to."""
    import openpyxl

    path = directory / "accounts.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    good = _good_rows()
    for row in good:
        sheet.append(row)
    workbook.save(path)
    last = len(good) + 1  # the last good row's number as written
    _patch_sheet(path, lambda xml: xml.replace(f'<row r="{last}"'.encode(),
                                               f'<row r="{size}"'.encode(), 1)
                 .replace(f'r="A{last}"'.encode(), f'r="A{size}"'.encode())
                 .replace(f'r="B{last}"'.encode(), f'r="B{size}"'.encode())
                 .replace(f'r="C{last}"'.encode(), f'r="C{size}"'.encode())
                 .replace(f'r="D{last}"'.encode(), f'r="D{size}"'.encode())
                 .replace(f'r="E{last}"'.encode(), f'r="E{size}"'.encode()))
    return path


BUILDERS = {
    "sniffer_csv": build_sniffer_csv,
    "endless_csv": build_endless_csv,
    "endless_jsonl": build_endless_jsonl,
    "huge_json": build_huge_json,
    "csv_bad_rows": build_csv_bad_rows,
    "jsonl_bad_rows": build_jsonl_bad_rows,
    "xlsx_bad_rows": build_xlsx_bad_rows,
    "xlsx_merged_everywhere": build_xlsx_merged_everywhere,
    "xlsx_row_gap": build_xlsx_row_gap,
}
#: The full size of each case, as measured by hand: ``python round2_tables.py CASE DIR``.
FULL_SIZE = {
    "sniffer_csv": 64 * 1024,
    "endless_csv": 1024**3,
    "endless_jsonl": 1024**3,
    "huge_json": 1024**3,
    "csv_bad_rows": 250_000,
    "jsonl_bad_rows": 250_000,
    "xlsx_bad_rows": 250_000,
    "xlsx_merged_everywhere": 1000,
    "xlsx_row_gap": 1_048_576,
}


def write_config(directory: Path, table: Path) -> Path:
    """A config beside ``table`` that reads it as the inventory (an empty site besides)."""
    (directory / "site").mkdir(exist_ok=True)
    path = directory / "config.yaml"
    path.write_text(
        "as_of: 2022-05-31\n"
        "sites:\n  - name: 示例县人民政府\n    export: site\n"
        f"newmedia:\n  inventory: {table.name}\n",
        encoding="utf-8",
    )
    return path


if __name__ == "__main__":  # pragma: no cover - the full-size benchmark is run by hand
    import sys

    case, folder = sys.argv[1], Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    size = int(sys.argv[3]) if len(sys.argv) > 3 else FULL_SIZE[case]
    built = BUILDERS[case](folder, size)
    print(write_config(folder, built))
