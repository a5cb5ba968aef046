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
import re
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


# --------------------------------------------------------------------------- nothing lost
# One bad line, cell or record among ``size`` ordinary accounts (1,000 in the tests): the
# bad part must cost only itself. Each builder's docstring says which line or record is bad
# (:func:`bad_line` gives it); every ordinary account is :func:`ordinary_names`.

#: Platforms the ordinary accounts cycle through.
PLATFORMS = ("微信公众号", "新浪微博", "抖音", "快手")


def ordinary_rows(size: int) -> list[list[str]]:
    """``size`` ordinary accounts, all posting the day before ``as_of``."""
    return [[PLATFORMS[i % len(PLATFORMS)], f"普通账号{i:04d}", "示例县融媒体中心",
             "2022-05-30", "正常"] for i in range(size)]


def ordinary_names(size: int) -> list[str]:
    return sorted(row[1] for row in ordinary_rows(size))


def bad_line(size: int) -> int:
    """The line (CSV, JSONL), row (XLSX) or item + 2 (JSON) of the bad part: in the middle."""
    return size // 2 + 2


def line_of(path: Path, marker: str) -> int:
    """The number of the line of ``path`` (UTF-8, any line ends) that holds ``marker``."""
    text = path.read_bytes().decode("utf-8")
    return text[: text.index(marker)].count("\n") + 1


def _lines(rows: list[list[str]], end: str = "\n") -> str:
    return "".join(",".join(row) + end for row in rows)


def build_nul_csv(directory: Path, size: int, *, at: int | None = None,
                  encoding: str = "utf-8") -> Path:
    """``size`` accounts whose row ``at`` (0-based, default the middle; the file's line
    ``at + 2``) has a NUL byte inside the account name, next to an ID number. Python 3.10's
    csv module gave up the file on it ("line contains NUL"), and a NUL in the first lines
    made the reader refuse the file as binary: 0 of 1,000 accounts checked."""
    at = size // 2 if at is None else at
    rows = ordinary_rows(size)
    rows[at][1] = rows[at][1][:4] + "\x00" + rows[at][1][4:]
    rows[at][2] = f"示例县融媒体中心（联系人身份证{ID_NUMBER}）"
    path = directory / "accounts.csv"
    path.write_bytes((_lines([HEADER]) + _lines(rows)).encode(encoding))
    return path


def build_unclosed_quote_csv(directory: Path, size: int, *, last: bool = False) -> Path:
    """``size`` accounts in an Excel export (CRLF, some cells quoted, addresses over two
    lines inside quotes), and one more row, 坏引号账号, in the middle (or last, with
    ``last``; :func:`line_of` finds its line) whose operator cell opens a quote that never
    closes; it holds a mobile number.
    The csv module read the rest of the file into that cell: 998 rows under one "row has 2
    cells" message. A quoted cell a few lines below gives the open quote a false partner."""
    rows = [",".join(row) for row in ordinary_rows(size)]
    for i in range(3, size, 97):  # legitimate multi-line cells: an address with a line break
        platform, name, _, date, status = ordinary_rows(size)[i]
        rows[i] = f'{platform},{name},"示例县融媒体中心\r\n城北路1号二楼",{date},{status}'
    for i in range(size // 2 + 4, size, 50):  # quoted cells: the open quote's false partner
        platform, name, _, date, status = ordinary_rows(size)[i]
        rows[i] = f'"{platform}","{name}","示例县融媒体中心","{date}","{status}"'
    bad = f'微信公众号,坏引号账号,"示例县融媒体中心 联系电话{MOBILE},2022-05-30,正常'
    rows.insert(size if last else size // 2, bad)
    path = directory / "accounts.csv"
    text = "\r\n".join([",".join(HEADER), *rows]) + ("" if last else "\r\n")
    path.write_bytes(("\ufeff" + text).encode("utf-8"))
    return path


def build_mixed_csv(directory: Path, size: int) -> Path:
    """``size`` accounts in two exports joined by ``cat``: the second has its own BOM and
    a quoted header (at line :func:`bad_line`), and its lines end in a mix of "\\r\\n",
    "\\n" and "\\r". Nothing is bad: every account is read and nothing reported."""
    rows = ordinary_rows(size)
    half = size // 2
    first = _lines([HEADER] + rows[:half], "\r\n")
    ends = ("\r\n", "\n", "\r")
    quoted_header = ",".join(f'"{h}"' for h in HEADER)
    second = "".join(
        ",".join(f'"{c}"' for c in row) + ends[i % 3] for i, row in enumerate(rows[half:]))
    path = directory / "accounts.csv"
    path.write_bytes(("\ufeff" + first + "\ufeff" + quoted_header + "\n" + second)
                     .encode("utf-8"))
    return path


def _objects(size: int) -> list[str]:
    return [json.dumps(_json_object(row), ensure_ascii=False) for row in ordinary_rows(size)]


def _big_numbers() -> list[str]:
    """Two records with numbers Python cannot hold: a date of ``1e999999`` (infinite as a
    float) and a 100,000-digit follower count (``int`` refuses over 4,300 digits)."""
    date = _json_object(["微信公众号", "巨数日期账号", f"示例县（{ID_NUMBER}）", "", "正常"])
    count = _json_object(["新浪微博", "巨数粉丝账号", f"示例县（{MOBILE}）", "2022-05-30", "正常"])
    return [json.dumps(date, ensure_ascii=False).replace('"最近更新时间": ""',
                                                          '"最近更新时间": 1e999999'),
            json.dumps(count, ensure_ascii=False)[:-1] + ', "粉丝数": ' + "9" * 100_000 + "}"]


def build_big_number_json(directory: Path, size: int) -> Path:
    """A JSON list of ``size`` accounts with two more at items ``size // 2`` and
    ``size // 2 + 1`` whose numbers Python cannot hold (:func:`_big_numbers`): json.loads
    failed the whole document on the long integer, 0 of 1,000 read."""
    items = _objects(size)
    items[size // 2 : size // 2] = _big_numbers()
    path = directory / "accounts.json"
    path.write_text("[\n" + ",\n".join(items) + "\n]\n", encoding="utf-8")
    return path


def build_big_number_jsonl(directory: Path, size: int) -> Path:
    """As :func:`build_big_number_json`, one object a line: the bad lines are
    ``size // 2 + 1`` and the one after it."""
    lines = _objects(size)
    lines[size // 2 : size // 2] = _big_numbers()
    path = directory / "accounts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def build_broken_json(directory: Path, size: int, *, compact: bool = False) -> Path:
    """A JSON list of ``size`` accounts and three broken records after items
    ``size // 4``, ``size // 2`` and ``3 * size // 4``: one nested 100,000 deep (the
    parser's recursion limit), one with an unclosed string holding an ID number, one
    missing its closing brace. ``compact`` puts the whole list on one line, as
    ``json.dumps`` writes it."""
    items = _objects(size)
    deep = '{"账号类型": "抖音", "账号名称": "深层账号", "备注": ' + "[" * 100_000 + "]" * 100_000 + "}"
    unclosed = f'{{"账号类型": "快手", "账号名称": "断串账号", "开设主体": "示例县{ID_NUMBER}}}'
    brace = '{"账号类型": "微信公众号", "账号名称": "缺括号账号", "状态": "正常"'
    for at, bad in ((3 * size // 4, brace), (size // 2, unclosed), (size // 4, deep)):
        items.insert(at, bad)
    path = directory / "accounts.json"
    sep = ", " if compact else ",\n  "
    path.write_text(f'{{"total": {size}, "accounts": [' + sep.join(items) + "]}\n",
                    encoding="utf-8")
    return path


def build_nul_json(directory: Path, size: int, *, lines: bool = False) -> Path:
    """A JSON list (JSONL with ``lines``) of ``size`` accounts whose item ``size // 2`` has
    a raw NUL byte inside its account name, next to an ID number: JSON forbids it, and the
    parse failed on the whole document (on the line, for JSONL)."""
    items = _objects(size)
    name = ordinary_rows(size)[size // 2][1]
    items[size // 2] = items[size // 2].replace(name, name[:4] + "\x00" + name[4:]).replace(
        "示例县融媒体中心", f"示例县融媒体中心（{ID_NUMBER}）")
    path = directory / ("accounts.jsonl" if lines else "accounts.json")
    text = "\n".join(items) + "\n" if lines else "[\n" + ",\n".join(items) + "\n]\n"
    path.write_text(text, encoding="utf-8")
    return path


def build_cut_character_json(directory: Path, size: int) -> Path:
    """A UTF-8 JSON list of ``size`` accounts and one more, at item ``size // 2``, whose
    name lost a byte of a character (a bad copy): the document no longer decoded, and was
    refused whole."""
    items = _objects(size)
    items.insert(size // 2, json.dumps(_json_object(
        ["抖音", "断字账号", f"示例县（{ID_NUMBER}）", "2022-05-30", "正常"]), ensure_ascii=False))
    data = ("[\n" + ",\n".join(items) + "\n]\n").encode("utf-8")
    cut = data.index("断字账号".encode()) + 1
    path = directory / "accounts.json"
    path.write_bytes(data[:cut] + data[cut + 1 :])
    return path


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def xlsx_parts(sheets: list[tuple[str, list[list[str]]]]) -> dict[str, bytes]:
    """The parts of an XLSX as Excel writes it: every text in the shared strings table
    (openpyxl writes inline strings, which a NUL in one shared string cannot show)."""
    from xml.sax.saxutils import escape, quoteattr

    strings: dict[str, int] = {}
    parts: dict[str, bytes] = {}
    for number, (_, rows) in enumerate(sheets, start=1):
        xml = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns='
               '"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows, start=1):
            cells = "".join(
                f'<c r="{_column(c)}{r}" t="s"><v>{strings.setdefault(v, len(strings))}</v></c>'
                for c, v in enumerate(row) if v)
            xml.append(f'<row r="{r}">{cells}</row>')
        xml.append("</sheetData></worksheet>")
        parts[f"xl/worksheets/sheet{number}.xml"] = "".join(xml).encode("utf-8")
    sst = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas'
        f'.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount='
        f'"{len(strings)}">{sst}</sst>').encode()
    main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{main}.worksheet+xml"/>'
        for n in range(1, len(sheets) + 1))
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas'
        '.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType='
        '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        f'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
        f'"{main}.sheet.main+xml"/>{overrides}<Override PartName="/xl/sharedStrings.xml" '
        f'ContentType="{main}.sharedStrings+xml"/></Types>').encode()
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
        'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
        f'"{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>').encode()
    listed = "".join(f'<sheet name={quoteattr(title)} sheetId="{n}" r:id="rId{n}"/>'
                     for n, (title, _) in enumerate(sheets, start=1))
    parts["xl/workbook.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://'
        f'schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{rel}"><sheets>{listed}'
        "</sheets></workbook>").encode()
    links = "".join(f'<Relationship Id="rId{n}" Type="{rel}/worksheet" '
                    f'Target="worksheets/sheet{n}.xml"/>' for n in range(1, len(sheets) + 1))
    parts["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
        f'schemas.openxmlformats.org/package/2006/relationships">{links}<Relationship Id="rId'
        f'{len(sheets) + 1}" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>").encode()
    return parts


def write_xlsx(path: Path, parts: dict[str, bytes]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def build_xlsx_nul_string(directory: Path, size: int, *, reference: bool = False) -> Path:
    """An XLSX of ``size`` accounts whose row :func:`bad_line` has a NUL inside its account
    name in the shared strings (raw, or as ``&#0;`` with ``reference``), next to an ID
    number. XML forbids the character, so the parser refused the shared strings and with
    them the whole workbook: 0 of 1,000 read."""
    rows = ordinary_rows(size)
    at = size // 2
    rows[at][1] = rows[at][1][:4] + "\ufdd0" + rows[at][1][4:]  # a mark, replaced below
    rows[at][2] = f"示例县融媒体中心（{ID_NUMBER}）"
    parts = xlsx_parts([("清单", [HEADER, *rows])])
    nul = b"&#0;" if reference else b"\x00"
    parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"].replace(
        "\ufdd0".encode(), nul)
    return write_xlsx(directory / "accounts.xlsx", parts)


def build_xlsx_broken_string(directory: Path, size: int) -> Path:
    """An XLSX of ``size`` accounts and one more at row :func:`bad_line`, 坏串账号, whose
    name's entry in the shared strings is broken XML (a stray "<"): the parser refused the
    shared strings and with them the whole workbook."""
    rows = ordinary_rows(size)
    rows.insert(size // 2, ["抖音", "坏串账号", f"示例县（{MOBILE}）", "2022-05-30", "正常"])
    parts = xlsx_parts([("清单", [HEADER, *rows])])
    parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"].replace(
        "<t>坏串账号</t>".encode(), "<t>坏串<账号</t>".encode())
    return write_xlsx(directory / "accounts.xlsx", parts)


def build_xlsx_bad_sheet(directory: Path, size: int) -> Path:
    """An XLSX whose first sheet ("说明", a cover note) is not XML at all, before the sheet
    of ``size`` accounts: the reader refused the file at the first sheet."""
    parts = xlsx_parts([("说明", [["本表由示例县网信办汇总"]]), ("清单", [HEADER, *ordinary_rows(size)])])
    parts["xl/worksheets/sheet1.xml"] = b"\x00\x01PK not a sheet " + ID_NUMBER.encode()
    return write_xlsx(directory / "accounts.xlsx", parts)


def build_xlsx_bad_row(directory: Path, size: int) -> Path:
    """An XLSX of ``size`` accounts with, before row :func:`bad_line`, one more row with
    the same number whose XML is broken (a cell with a stray "<"), and in row
    ``bad_line + 10`` a date cell typed as a number that holds a date's text: openpyxl's
    parse stopped at the first, the rest of the sheet lost."""
    rows = ordinary_rows(size)
    parts = xlsx_parts([("清单", [HEADER, *rows])])
    at = bad_line(size)
    broken = f'<row r="{at}"><c r="A{at}" t="inlineStr"><is><t>{ID_NUMBER}</t></is></c><c><</row>'
    later = at + 10
    xml = parts["xl/worksheets/sheet1.xml"]
    xml = xml.replace(f'<row r="{at}">'.encode(), broken.encode() + f'<row r="{at}">'.encode(), 1)
    xml = re.sub(f'<c r="D{later}" t="s"><v>[0-9]+</v></c>'.encode(),
                 f'<c r="D{later}" t="n"><v>2022-05-30</v></c>'.encode(), xml)
    parts["xl/worksheets/sheet1.xml"] = xml
    return write_xlsx(directory / "accounts.xlsx", parts)


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
    "nul_csv": build_nul_csv,
    "unclosed_quote_csv": build_unclosed_quote_csv,
    "mixed_csv": build_mixed_csv,
    "big_number_json": build_big_number_json,
    "big_number_jsonl": build_big_number_jsonl,
    "broken_json": build_broken_json,
    "nul_json": build_nul_json,
    "cut_character_json": build_cut_character_json,
    "xlsx_nul_string": build_xlsx_nul_string,
    "xlsx_broken_string": build_xlsx_broken_string,
    "xlsx_bad_sheet": build_xlsx_bad_sheet,
    "xlsx_bad_row": build_xlsx_bad_row,
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
    **dict.fromkeys(["nul_csv", "unclosed_quote_csv", "mixed_csv", "big_number_json",
                     "big_number_jsonl", "broken_json", "nul_json", "cut_character_json",
                     "xlsx_nul_string", "xlsx_broken_string", "xlsx_bad_sheet",
                     "xlsx_bad_row"], 1000),
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
