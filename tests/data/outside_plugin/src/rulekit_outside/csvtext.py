"""A new attachment format: ``.csv`` lists (补贴发放名单, 公示名单) that county pages offer for
download, saved by Excel in China (GBK) or by the CMS (UTF-8 with a BOM). They leak ID numbers
as often as pages do; rulekit itself does not read them.

The text is block-aware, as page text is: ``\\t`` between cells, ``\\n`` between rows, so the
privacy rules see a name, an ID number and a phone number apart. Other formats get ``None``;
a ``.csv`` that is really a spreadsheet or an archive (PK…, a renamed .xlsx) is an InputError.
What the limits cut, and bytes that no encoding reads, come back as the text's ``problems``,
each with its kind (``cut``, ``encoding``), so the office reads each in its own words.
"""

from __future__ import annotations

import csv
import io
import time

import rulekit
from rulekit.errors import InputProblem

RULEKIT_API = "1"
_BINARY = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"%PDF")


class CsvText(str):
    """The text, with what went wrong reading it (a ``str`` to every rule)."""

    problems: tuple[str, ...] = ()


def _is_csv(name: str, content_type: str | None) -> bool:
    path = name.split("?", 1)[0].split("#", 1)[0].lower()
    return path.endswith(".csv") or (content_type or "").lower().startswith("text/csv")


def _decode(data: bytes) -> tuple[str, list[InputProblem]]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    text = data.decode("gb18030", errors="replace")
    bad = text.count("\ufffd")
    if not bad:
        return text, []
    return text, [InputProblem(f"{bad:,} undecodable byte sequence(s), not valid UTF-8 or "
                               "GB18030, were replaced; the rest of the file is read",
                               kind="encoding")]


@rulekit.hookimpl
def rulekit_extract_text(name, data, content_type, limits):
    if not _is_csv(name, content_type):
        return None  # not ours: the built-in readers (docx, OFD, PDF, txt) are asked next
    if data.lstrip()[:4].startswith(_BINARY) or b"\x00" in data[:4096]:
        raise rulekit.InputError("CSV附件实为二进制文件（如改名的xlsx），无法按表格读取", name,
                                 kind="damaged-attachment")
    text, problems = _decode(data)
    deadline = time.monotonic() + limits.extract_seconds
    rows, size = [], 0
    reader = enumerate(csv.reader(io.StringIO(text, newline="")), 1)
    while True:
        try:
            number, row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(InputProblem(f"CSV row {len(rows) + 1} cannot be read ({exc}): the "
                                         "rows after it are not checked", kind="cut"))
            break
        line = "\t".join(cell.strip() for cell in row)
        if size + len(line) + 1 > limits.attachment_chars:
            problems.append(InputProblem(
                f"attachment text longer than {limits.attachment_chars:,} characters (the "
                "attachment_chars limit): checked up to there, the rest was cut", kind="cut"))
            rows.append(line[:max(0, limits.attachment_chars - size)])
            break
        rows.append(line)
        size += len(line) + 1
        if number % 1000 == 0 and time.monotonic() > deadline:
            problems.append(InputProblem(
                f"text extraction stopped after {limits.extract_seconds:g} s (the "
                f"extract_seconds limit) with {number:,} rows read; the text read so far is "
                "checked", kind="cut"))
            break
    out = CsvText("\n".join(rows))
    out.problems = tuple(problems)
    return out
