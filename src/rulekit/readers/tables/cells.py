"""Cell values as the checks read them: text, stripped, cut at ``cell_chars``, NUL-free."""

from __future__ import annotations

import datetime as _dt
import json
import re

#: What a control character that XML cannot hold (NUL, U+0001 …) becomes while an XLSX part
#: is read: a noncharacter, which the row reader removes and reports (see :func:`drop_controls`).
XML_BAD = "\ufdd0"
_CONTROLS = re.compile("[\x00" + XML_BAD + "]")  # NUL, and what XLSX reading made of one


def clean(value: str | None) -> str | None:
    """Stripped text, or None when nothing is left (empty cells are None)."""
    if value is None:
        return None
    text = value.strip().strip("\ufeff\u200b").strip()
    return text or None


def cell_text(value: object) -> str | None:
    """Text of a spreadsheet or JSON value as a person reading the sheet would write it."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0) and value.tzinfo is None:
            return value.date().isoformat()  # a date cell: openpyxl gives it as midnight
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _dt.time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(value, ".15g")  # Excel shows 15 significant digits: 0.1+0.2 is 0.3
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return clean(str(value))


def cut_cells(cells: list[str | None], limit: int) -> bool:
    """Cut the cells longer than ``limit`` characters in place; say whether any was."""
    cut = False
    for index, cell in enumerate(cells):
        if cell is not None and len(cell) > limit:
            cells[index] = cell[:limit]
            cut = True
    return cut


def drop_controls(cells: list[str | None]) -> bool:
    """Remove NUL characters from the cells in place (and the marks XLSX reading put for
    the control characters XML cannot hold); say whether there were any. Only the
    character goes: the cell and its row are read."""
    found = False
    for index, cell in enumerate(cells):
        if cell is not None and ("\x00" in cell or XML_BAD in cell):
            cells[index] = clean(_CONTROLS.sub("", cell))
            found = True
    return found
