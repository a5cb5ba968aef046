"""The XML parts of an XLSX read around their damage: control characters, broken strings."""

from __future__ import annotations

import io
import re
import zipfile
from typing import IO, Any

from rulekit.readers.tables.cells import XML_BAD
from rulekit.readers.tables.textlines import Refilled

#: What a shared string that cannot be read becomes: a row using it is left out, reported.
BAD_STRING = "\ufdd1"
_SST_ROOT = re.compile(rb"<((?:[A-Za-z_][\w.-]{0,40}:)?sst)[\s>][^>]{0,4096}>")
_SST_UNIQUE = re.compile(rb"""\suniqueCount\s*=\s*["']\s*([0-9]{1,9})\s*["']""")
_SI_OPEN = re.compile(rb"<((?:[A-Za-z_][\w.-]{0,40}:)?si)(?=[\s/>])")


def salvage_strings(reader: Any, error: Exception) -> list[str]:
    """The shared strings of a workbook whose table does not parse, read one by one: a
    string that does not parse becomes :data:`BAD_STRING`.

    Cells point at strings by position, so this is done only when the strings found are
    exactly as many as the table says it holds (``uniqueCount``): a string whose tag is
    broken would shift every later one onto the wrong cells. Otherwise ``error`` is raised.
    """
    from xml.etree.ElementTree import ParseError, fromstring

    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHARED_STRINGS

    part = reader.package.find(SHARED_STRINGS)
    data = reader.archive.read(part.PartName[1:])
    root = _SST_ROOT.search(data[:64 * 1024])
    unique = _SST_UNIQUE.search(root.group(0)) if root else None
    if root is None or unique is None:
        raise error
    opening, closing = root.group(0), b"</" + root.group(1) + b">"
    starts = [(m.start(), m.group(1)) for m in _SI_OPEN.finditer(data, root.end())]
    if len(starts) != int(unique.group(1)):
        raise error
    strings: list[str] = []
    ends = [start for start, _ in starts[1:]] + [data.rfind(closing)]
    for (start, tag), end in zip(starts, ends, strict=True):
        chunk = data[start:end]
        close = chunk.rfind(b"</" + tag + b">")
        if close != -1:
            chunk = chunk[: close + len(tag) + 3]
        elif not chunk.rstrip().endswith(b"/>"):
            chunk += b"</" + tag + b">"  # not closed before the next string: closed for it
        try:
            node = fromstring(opening + chunk + closing)[0]
            strings.append(Text.from_tree(node).content.replace("x005F_", ""))  # as openpyxl
        except (ParseError, IndexError, TypeError, ValueError):
            strings.append(BAD_STRING)
    return strings


_XML_BAD_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_XML_BAD_REFS = re.compile(
    rb"&#(?:0{0,8}(?:[0-8]|1[124-9]|2[0-9]|3[01])|[xX]0{0,8}(?:[0-8bBcCeEfF]|1[0-9a-fA-F]));")


class _XmlSafe(Refilled):
    """A UTF-8 XML part of an XLSX with its forbidden control characters (raw, or written
    as "&#0;") replaced by :data:`XML_BAD`: XML parsers refuse the whole part for one of
    them, and the shared strings are one part for the whole workbook. Bytes below 0x20 are
    never inside a UTF-8 character; UTF-16 parts are left as they are."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__(raw)
        self.tail = b""  # an unfinished "&#…" kept for the next chunk
        self.wide: bool | None = None

    def clean(self, data: bytes) -> bytes:
        if self.wide is None:
            self.wide = data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]
        if self.wide:
            return data
        if _XML_BAD_BYTES.search(data):
            data = _XML_BAD_BYTES.sub(XML_BAD.encode(), data)
        if b"&#" in data:
            data = _XML_BAD_REFS.sub(b"&#xFDD0;", data)
        return data

    def _refill(self) -> bytes:
        chunk = self.raw.read(64 * 1024)
        if chunk:
            data = self.tail + chunk
            amp = data.rfind(b"&", max(len(data) - 16, 0))
            if amp != -1 and b";" not in data[amp:]:
                data, self.tail = data[:amp], data[amp:]
            else:
                self.tail = b""
        else:
            self.eof = True
            data, self.tail = self.tail, b""
        return self.clean(data) if data else b""


class SafeArchive:
    """An XLSX's zip archive whose XML parts open through :class:`_XmlSafe`."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive

    def open(self, name: Any, mode: str = "r", *args: Any, **kwargs: Any) -> IO[bytes]:
        handle = self._archive.open(name, mode, *args, **kwargs)
        part = str(getattr(name, "filename", name)).lower()
        if mode == "r" and part.endswith((".xml", ".rels")):
            return io.BufferedReader(_XmlSafe(handle))
        return handle

    def read(self, name: Any, pwd: bytes | None = None) -> bytes:
        with self.open(name, "r", pwd) as handle:
            return handle.read()

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._archive, attr)
