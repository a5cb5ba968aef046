"""Text extraction from the attachments government pages link to (docx, OFD, PDF, txt).

Attachments come from the open web, so every input is treated as hostile: archives are size- and
ratio-checked before anything is decompressed, XML is parsed without entity expansion, DTDs or
network access, and every failure surfaces as :class:`~rulekit.errors.InputError` so that the
engine can record it and move on.

The returned text is block-aware so that rules can match numbers and labels reliably: one line
per paragraph or visual text line (``"\\n"``), table cells separated by ``"\\t"``, and runs inside
a paragraph joined without a separator (producers split numbers across runs).

PDF, OFD and docx text is read in a forked worker process that the parent kills at the
``extract_seconds`` deadline: a signal cannot stop a long call into C, a kill can. The worker
sends each page as it is read, so what was read before the deadline is still checked, and it
is reused from file to file (a new one is forked after a kill). Warnings and log lines of the libraries (pypdf quotes
the objects it complains about, ID numbers included) never reach standard error: they are
captured, masked and returned with the text as :attr:`ExtractedText.problems`.

Work is bounded by the input, not by what it repeats: a zip's entry count is read from its
end records before zipfile builds an object per entry, an OFD part drawn by many pages is
parsed once, and what a cap cuts (OFD text codes, templates per page) is reported among the
problems while the rest is read.
"""

from __future__ import annotations

import atexit
import codecs
import collections
import contextlib
import contextvars
import dataclasses
import gc
import io
import itertools
import json
import logging
import math
import os
import posixpath
import re
import signal
import struct
import threading
import time
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, Pipe
from typing import Any

from lxml import etree

from rulekit.errors import InputError
from rulekit.hookspecs import hookimpl
from rulekit.limits import DEFAULT, Limits
from rulekit.readers import ocr
from rulekit.redact import redact

__all__ = [
    "MAX_COMPRESSION_RATIO",
    "MAX_OFD_TEMPLATES_PER_PAGE",
    "MAX_OFD_TEXT_CODES",
    "MAX_PAGES",
    "MAX_ZIP_ENTRIES",
    "MAX_ZIP_ENTRY_SIZE",
    "MAX_ZIP_TOTAL_SIZE",
    "RATIO_CHECK_MIN_SIZE",
    "READ_CHUNK_SIZE",
    "ExtractedText",
    "extract_text",
    "read_image",
    "sniff_format",
]

# Limits. They are read at call time, so tests (or a cautious deployment) can lower them.
MAX_ZIP_TOTAL_SIZE = 100 * 1024 * 1024
"""Reject an archive whose entries declare more than this many uncompressed bytes in total."""
MAX_ZIP_ENTRY_SIZE = 50 * 1024 * 1024
"""Refuse to decompress any single entry beyond this many bytes."""
MAX_COMPRESSION_RATIO = 100
"""Reject an entry compressed more than this (uncompressed / compressed) ..."""
RATIO_CHECK_MIN_SIZE = 1 * 1024 * 1024
"""... when it is also larger than this: small XML parts legitimately compress very well."""
MAX_ZIP_ENTRIES = 10_000
"""Reject archives with more entries than this: real docx/OFD files have a few dozen."""
MAX_PAGES = 2000
"""Read at most this many PDF or OFD pages; later pages are skipped."""
READ_CHUNK_SIZE = 64 * 1024
"""Decompress in chunks of this size so a lying size header cannot make us over-read."""
MAX_OFD_TEXT_CODES = 500_000
"""Place at most this many OFD TextCodes in one file (real pages hold tens to a few thousand);
past it the file's text is cut, with a problem saying so."""
MAX_OFD_TEMPLATES_PER_PAGE = 32
"""Draw at most this many distinct templates under one OFD page (real pages draw one or two)."""

_PDF_MAGIC = b"%PDF-"
_PDF_HEADER_WINDOW = 1024  # the PDF spec tolerates junk before the header

_EXTENSIONS = {
    "docx": "docx",
    "ofd": "ofd",
    "pdf": "pdf",
    "txt": "txt",
}
# Extensions we recognise but do not read. A file so named is still opened when its magic bytes
# prove it is a format we read (a ".doc" that is really a docx is common), but never as text.
_UNREAD_EXTENSIONS = frozenset(
    "doc wps wpt dot dotx docm rtf xls xlsx xlsm et ett csv ppt pptx dps zip rar 7z gz tgz bz2 "
    "xz tar arj cab jpg jpeg png gif bmp tif tiff webp svg mp3 mp4 avi wmv flv mov swf exe apk "
    "dwg dxf caj kdh nh xml html htm ceb sep".split()
)
# Bytes that open binary formats: a file starting so is never read as plain text, whatever
# its content type says (zip archives we do not read, Word 97 / WPS / Excel, images, archives).
_BINARY_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\x89PNG", b"\xff\xd8\xff",
                 b"GIF8", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b")
_CONTENT_TYPES = {
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "application/ofd": "ofd",
    "application/vnd.ofd": "ofd",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "text/plain": "txt",
}


class ExtractedText(str):
    """An attachment's text, with what went wrong while reading it.

    A plain ``str`` to every rule; ``problems`` (masked, deduplicated: library warnings, the
    deadline, the character cap or a reader's own cap that cut the text) lets the engine
    report the file as an ``input`` finding while its text is still checked. ``scanned``
    says the file is a scan (pages of images, no text): ``"ocr"`` when its text was read by
    OCR, ``"unread"`` when some of it could not be (no OCR installed, an image that does not
    decode), so that a scan never passes as a file with nothing to report.
    """

    problems: tuple[str, ...]
    scanned: str | None

    def __new__(cls, text: str = "", problems: Iterable[str] = (),
                scanned: str | None = None) -> ExtractedText:
        obj = super().__new__(cls, text)
        obj.problems = tuple(problems)
        obj.scanned = scanned
        return obj

    def __reduce__(self) -> tuple[object, ...]:
        return (ExtractedText, (str(self), self.problems, self.scanned))


def extract_text(
    name: str, data: bytes, content_type: str | None = None, limits: Limits = DEFAULT
) -> str | None:
    """Return the text of an attachment, or None when its format is not one we read.

    The format comes from the file name's extension, else ``content_type``, else magic bytes.
    Raises InputError (and nothing else) when the file claims a format we read but is corrupt,
    encrypted, oversized or otherwise unsafe to read, or when no text was read before the
    ``limits.extract_seconds`` deadline. Text read before the deadline, text cut at
    ``limits.attachment_chars`` and text read despite library warnings comes back as an
    :class:`ExtractedText` whose ``problems`` say so.
    """
    fmt = sniff_format(name, data, content_type)
    if fmt is None:
        return None
    limits = limits or DEFAULT
    try:
        if fmt in _ARCHIVES:  # refused here, before the file is sent to the reader process
            _check_entry_count(data, _ARCHIVES[fmt])
        if fmt in _ISOLATED and USE_FORK:
            return _extract_isolated(fmt, data, limits)
        return _extract_inline(fmt, data, limits)
    except InputError as err:
        if err.where is None:
            raise InputError(err.message, where=name) from err
        raise
    except Exception as err:  # hostile input must never escape as anything but InputError
        raise InputError(_unexpected(fmt, err), where=name) from err


def read_image(name: str, data: bytes, limits: Limits = DEFAULT) -> ExtractedText:
    """The text of an image that may be a scanned document, read by OCR in the reader
    process under the ``extract_seconds`` deadline; empty and ``scanned="unread"`` when OCR
    is not installed. Raises InputError (and nothing else) as :func:`extract_text` does.

    Images are not among the formats :func:`extract_text` reads: only the caller knows
    whether an image is a document (one a penalty decision shows) or a logo.
    """
    if not ocr.available():
        return ExtractedText("", scanned="unread")
    limits = limits or DEFAULT
    try:
        if USE_FORK:
            text = _extract_isolated("image", data, limits)
        else:
            text = _extract_inline("image", data, limits)
    except InputError as err:
        if err.where is None:
            raise InputError(err.message, where=name) from err
        raise
    except Exception as err:  # as in extract_text: hostile input ends as an InputError
        raise InputError(_unexpected("image", err), where=name) from err
    if isinstance(text, ExtractedText):
        return text
    return ExtractedText(text, scanned="ocr")


def _unexpected(fmt: str, err: BaseException) -> str:
    detail = str(err).strip() or "no detail"
    return redact(f"could not read {fmt} attachment ({type(err).__name__}: {_clip(detail)})")


def sniff_format(name: str, data: bytes, content_type: str | None = None) -> str | None:
    """Decide which reader applies: "docx", "ofd", "pdf", "txt", or None.

    The extension wins because links name their files. Then the bytes: a PDF, docx or OFD is
    what its magic bytes say, whatever the server calls it (servers send ``text/plain`` or
    ``application/octet-stream`` for anything they do not know, a ``download.jsp`` included,
    and reading a docx as text would check its compressed bytes). The content type decides
    only when the bytes prove nothing, and never makes a binary file text.
    """
    ext = _extension(name)
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    media = _media_type(content_type)
    try:
        # Under a text type the PDF header must open the file: a text may quote "%PDF-".
        fmt = _sniff_magic(data, pdf_window=8 if media.startswith("text/") else None)
    except Exception:  # a file we cannot even identify is simply not one we read
        fmt = None
    if fmt is not None or ext in _UNREAD_EXTENSIONS:
        return fmt
    fmt = _CONTENT_TYPES.get(media)
    if fmt == "txt" and data.startswith(_BINARY_MAGIC):
        return None
    return fmt


def _extension(name: str) -> str:
    """The lower-case extension of a file name or URL path, without query or fragment."""
    base = re.split(r"[?#]", name or "", maxsplit=1)[0]
    base = base.replace("\\", "/").rsplit("/", 1)[-1]
    if "." not in base:
        return ""
    return base.rsplit(".", 1)[-1].strip().lower()


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _sniff_magic(data: bytes, pdf_window: int | None = None) -> str | None:
    """The format the bytes prove: a PDF header in the first ``pdf_window`` bytes (after
    leading white space; the first kilobyte by default, as the PDF spec tolerates junk
    before it), or a zip holding a Word document or an OFD."""
    if pdf_window is None:
        if _PDF_MAGIC in data[:_PDF_HEADER_WINDOW]:
            return "pdf"
    elif _PDF_MAGIC in data[:_PDF_HEADER_WINDOW].lstrip()[:pdf_window]:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        found = _zip_directory(data)
        if found is not None and _too_many_entries(found):
            # Too many entries to open: the first ones name the format, and its reader
            # refuses the file, naming it, in milliseconds.
            names = {_safe_name(name) for name in found[1]}
        else:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                if len(zf.infolist()) > MAX_ZIP_ENTRIES:
                    return None
                names = {_safe_name(info.filename) for info in zf.infolist()}
        if "word/document.xml" in names or ("[Content_Types].xml" in names and any(
                name and name.startswith("word/") for name in names)):
            return "docx"
        if "OFD.xml" in names:
            return "ofd"
    return None


# --------------------------------------------------------------------------- safe zip access


def _safe_name(filename: str) -> str | None:
    """The entry name with "/" separators, or None if it escapes the archive root.

    Nothing is ever written to disk, but a name with ".." or an absolute path is a sign of a
    crafted archive, and must not be reachable through an OFD BaseLoc either.
    """
    name = filename.replace("\\", "/")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return None
    if ".." in name.split("/"):
        return None
    return name


_EOCD = struct.Struct("<4s4H2LH")  # end of central directory record
_EOCD64 = struct.Struct("<4sQ2H2L4Q")  # zip64 end of central directory record
_EOCD64_LOCATOR = struct.Struct("<4sLQL")
_CENTRAL_ENTRY = struct.Struct("<4s4B4HL2L5H2L")
_MAX_ZIP_COMMENT = 0xFFFF


def _zip_directory(data: bytes) -> tuple[int, list[str]] | None:
    """The entry count a zip's end records state, and the names of the first
    ``MAX_ZIP_ENTRIES + 1`` entries of its central directory; None when there are no end
    records (zipfile then says what is wrong).

    Read as zipfile reads them (zip64's end records when present, the directory just before
    them) but without building a ZipInfo for every entry, which zipfile does before anyone
    can count them: 1.3 million entries cost it 40 s and 560 MB. The stated count is not
    trusted either way (zipfile reads as many entries as the directory's size holds): the
    directory is walked, header by header, up to one entry past the limit or to the first
    damaged header.
    """
    size = len(data)
    end = size - _EOCD.size
    if end < 0:
        return None
    if not (data.startswith(b"PK\x05\x06", end) and data.endswith(b"\0\0")):
        # An archive comment follows the record: the last signature in the last 64 KB.
        end = data.rfind(b"PK\x05\x06", max(size - _MAX_ZIP_COMMENT - _EOCD.size, 0))
        if end < 0 or end + _EOCD.size > size:
            return None
    _, _, _, on_disk, stated, cd_size, _, _ = _EOCD.unpack_from(data, end)
    stated = max(stated, on_disk)
    cd_end = end
    locator = end - _EOCD64_LOCATOR.size
    record = locator - _EOCD64.size
    if record >= 0 and data.startswith(b"PK\x06\x07", locator) and data.startswith(
            b"PK\x06\x06", record):
        fields = _EOCD64.unpack_from(data, record)
        stated, cd_size, cd_end = max(fields[6], fields[7]), fields[8], record
    names: list[str] = []
    pos = cd_end - cd_size
    while 0 <= pos < cd_end and len(names) <= MAX_ZIP_ENTRIES:
        if pos + _CENTRAL_ENTRY.size > cd_end or not data.startswith(b"PK\x01\x02", pos):
            break
        (flags,) = struct.unpack_from("<H", data, pos + 8)
        name, extra, comment = struct.unpack_from("<3H", data, pos + 28)
        raw = data[pos + _CENTRAL_ENTRY.size: pos + _CENTRAL_ENTRY.size + name]
        names.append(raw.decode("utf-8" if flags & 0x800 else "cp437", "replace"))
        pos += _CENTRAL_ENTRY.size + name + extra + comment
    return stated, names


def _too_many_entries(found: tuple[int, list[str]] | None) -> bool:
    return found is not None and len(found[1]) > MAX_ZIP_ENTRIES


def _check_entry_count(data: bytes, kind: str) -> None:
    """Refuse an archive of too many entries before zipfile reads its directory."""
    found = _zip_directory(data)
    if found is None or not _too_many_entries(found):
        return
    stated = found[0]
    if stated > MAX_ZIP_ENTRIES:
        raise InputError(f"{kind} archive has {stated} entries, more than the {MAX_ZIP_ENTRIES} "
                         "limit")
    raise InputError(f"{kind} archive has more than {MAX_ZIP_ENTRIES} entries (the limit), "
                     f"though its end record states {stated}")


class _SafeZip:
    """A zip archive checked against bomb limits before any entry is decompressed."""

    def __init__(self, data: bytes, kind: str) -> None:
        self.kind = kind
        _check_entry_count(data, kind)
        try:
            self._zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError) as err:
            raise InputError(f"not a valid {kind} archive: corrupt zip ({err})") from err
        if len(infos) > MAX_ZIP_ENTRIES:
            raise InputError(
                f"{kind} archive has {len(infos)} entries, more than the {MAX_ZIP_ENTRIES} limit"
            )
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > RATIO_CHECK_MIN_SIZE and (
                info.compress_size <= 0
                or info.file_size / info.compress_size > MAX_COMPRESSION_RATIO
            ):
                ratio = info.file_size / max(info.compress_size, 1)
                raise InputError(
                    f"zip entry {info.filename} is compressed {ratio:.0f}:1, beyond the "
                    f"{MAX_COMPRESSION_RATIO}:1 limit (zip bomb?)"
                )
        if total > MAX_ZIP_TOTAL_SIZE:
            raise InputError(
                f"{kind} archive expands to {total} bytes, beyond the "
                f"{_mb(MAX_ZIP_TOTAL_SIZE)} limit"
            )
        # Bytes decompressed so far: a crafted OFD can point a thousand pages at one large
        # entry, so reads are budgeted as a whole, not just entry by entry.
        self._read_total = 0
        self._by_name: dict[str, zipfile.ZipInfo] = {}
        self._by_lower: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            safe = _safe_name(info.filename)
            if safe is None or info.is_dir():
                continue
            self._by_name[safe] = info
            self._by_lower.setdefault(safe.lower(), info)

    def names(self) -> list[str]:
        return list(self._by_name)

    def find(self, name: str) -> zipfile.ZipInfo | None:
        """Look an entry up by exact name, then case-insensitively (Windows-made archives)."""
        return self._by_name.get(name) or self._by_lower.get(name.lower())

    def read(self, name: str) -> bytes:
        """Decompress one entry in chunks, never beyond its declared size or the entry limit."""
        info = self.find(name)
        if info is None:
            raise InputError(f"not a valid {self.kind} archive: {name} missing")
        if info.flag_bits & 0x1:
            raise InputError(f"zip entry {info.filename} is encrypted")
        if info.file_size > MAX_ZIP_ENTRY_SIZE:
            raise InputError(
                f"zip entry {info.filename} expands beyond {_mb(MAX_ZIP_ENTRY_SIZE)} limit"
            )
        limit = info.file_size
        buf = bytearray()
        try:
            with self._zf.open(info) as stream:
                while True:
                    chunk = stream.read(READ_CHUNK_SIZE)
                    if not chunk:
                        break
                    buf += chunk
                    if len(buf) > limit:
                        raise InputError(
                            f"zip entry {info.filename} expands beyond its declared size "
                            f"of {limit} bytes"
                        )
        except InputError:
            raise
        except (zipfile.BadZipFile, EOFError, ValueError, OSError, RuntimeError) as err:
            raise InputError(f"zip entry {info.filename} is corrupt ({err})") from err
        except NotImplementedError as err:
            raise InputError(
                f"zip entry {info.filename} uses an unsupported compression method"
            ) from err
        self.charge(len(buf))
        return bytes(buf)

    def size(self, name: str) -> int:
        """The declared uncompressed size of an entry (0 if there is none)."""
        info = self.find(name)
        return info.file_size if info is not None else 0

    def charge(self, size: int) -> None:
        """Count ``size`` bytes against the archive's read budget.

        A part used again from a cache is charged again: the budget bounds what the pages
        draw, as when every use decompressed the part anew.
        """
        self._read_total += size
        if self._read_total > MAX_ZIP_TOTAL_SIZE:
            raise InputError(
                f"{self.kind} archive: reading its parts decompresses more than "
                f"{_mb(MAX_ZIP_TOTAL_SIZE)} in total"
            )

    def read_xml(self, name: str) -> etree._Element:
        return _parse_xml(self.read(name), name)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"


# --------------------------------------------------------------------------- safe XML


def _xml_parser() -> etree.XMLParser:
    # A fresh parser per document: lxml parsers keep state and are not thread-safe.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


def _parse_xml(data: bytes, part: str) -> etree._Element:
    """Parse an untrusted XML part; a DTD is refused since neither docx nor OFD uses one."""
    try:
        root = etree.fromstring(data, _xml_parser())
    except etree.XMLSyntaxError as err:
        raise InputError(f"XML part {part} is not well-formed ({err})") from err
    if root is None:
        raise InputError(f"XML part {part} is empty")
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise InputError(f"XML part {part} declares a DTD (DOCTYPE), refused for safety")
    return root


def _local(tag: object) -> str:
    """The local name of an element tag, ignoring namespaces (OFD producers disagree on them)."""
    if not isinstance(tag, str):
        return ""  # comments, processing instructions, entity references
    return tag.rsplit("}", 1)[-1]


def _children(elem: etree._Element, local: str) -> Iterator[etree._Element]:
    return (child for child in elem if _local(child.tag) == local)


def _first(elem: etree._Element, local: str) -> etree._Element | None:
    return next(_children(elem, local), None)


def _descendants(elem: etree._Element, local: str) -> Iterator[etree._Element]:
    return (node for node in elem.iter() if _local(node.tag) == local)


def _text_of(elem: etree._Element) -> str:
    """Element text with unresolved entity references dropped rather than echoed."""
    parts = [elem.text or ""]
    for child in elem:
        if isinstance(child, etree._Entity):
            parts.append(child.tail or "")
    return "".join(parts)


# --------------------------------------------------------------------------- docx

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_OFFICE_DOC_REL = re.compile(r"/officeDocument$")
# Subtrees whose text is not part of the visible document: deleted or moved-away revisions,
# and mc:Fallback, which repeats the mc:Choice content (text boxes would appear twice).
_DOCX_SKIP = frozenset({"del", "moveFrom", "Fallback", "instrText", "delText", "rPr", "pPr"})


def _read_docx(data: bytes, limits: Limits = DEFAULT) -> Iterator[str]:
    """Body text of a Word document; headers, footers and notes follow the body.

    Yields the body, then each header, footer and notes part, so a deadline keeps the body.
    """
    archive = _SafeZip(data, "docx")
    main = _docx_main_part(archive)
    yield _join_lines(_docx_blocks(archive.read_xml(main)))
    for extra in sorted(archive.names()):
        if re.fullmatch(r"word/(header\d*|footer\d*|footnotes|endnotes)\.xml", extra):
            yield _join_lines(_docx_blocks(archive.read_xml(extra)))


def _docx_main_part(archive: _SafeZip) -> str:
    """The main document part: word/document.xml, or whatever _rels/.rels points to."""
    if archive.find("word/document.xml") is not None:
        return "word/document.xml"
    if archive.find("_rels/.rels") is not None:
        rels = archive.read_xml("_rels/.rels")
        for rel in _descendants(rels, "Relationship"):
            if _OFFICE_DOC_REL.search(rel.get("Type", "")):
                target = _resolve_part("", rel.get("Target", ""))
                if target and archive.find(target) is not None:
                    return target
    raise InputError("not a valid docx archive: word/document.xml missing")


def _docx_blocks(root: etree._Element) -> list[str]:
    """Lines of a document/header/footer part: paragraphs and table rows in reading order."""
    lines: list[str] = []
    _docx_container(root, lines)
    return lines


def _docx_container(elem: etree._Element, lines: list[str]) -> None:
    for child in elem:
        name = _local(child.tag)
        if name in _DOCX_SKIP or not name:
            continue
        if name == "p":
            _docx_paragraph(child, lines)
        elif name == "tbl":
            _docx_table(child, lines)
        else:  # body, sdt, sdtContent, customXml, hdr, ftr, footnote, txbxContent ...
            _docx_container(child, lines)


def _docx_paragraph(p: etree._Element, lines: list[str]) -> None:
    """One line per paragraph; text boxes anchored in it become lines after it."""
    parts: list[str] = []
    nested: list[str] = []

    def walk(elem: etree._Element) -> None:
        for child in elem:
            name = _local(child.tag)
            if name in _DOCX_SKIP or not name:
                continue
            if name == "t":
                parts.append(_text_of(child))
            elif name == "tab" and _local(elem.tag) == "r":
                parts.append("\t")
            elif name in ("br", "cr"):
                parts.append("\n")
            elif name == "noBreakHyphen":
                parts.append("-")
            elif name in ("txbxContent", "tbl", "p"):
                sub: list[str] = []
                if name == "txbxContent":
                    _docx_container(child, sub)
                elif name == "tbl":
                    _docx_table(child, sub)
                else:
                    _docx_paragraph(child, sub)
                nested.extend(sub)
            else:
                walk(child)

    walk(p)
    lines.append("".join(parts))
    lines.extend(nested)


def _docx_table(tbl: etree._Element, lines: list[str]) -> None:
    """One line per row, cells separated by tabs; a cell's own paragraphs joined by spaces."""
    for row in _docx_rows(tbl):
        cells = []
        for cell in _docx_cells(row):
            cell_lines: list[str] = []
            _docx_container(cell, cell_lines)
            cells.append(" ".join(line.strip() for line in cell_lines if line.strip()))
        lines.append("\t".join(cells))


def _docx_rows(tbl: etree._Element) -> Iterator[etree._Element]:
    for child in tbl:
        name = _local(child.tag)
        if name == "tr":
            yield child
        elif name in ("sdt", "sdtContent", "customXml"):
            yield from _docx_rows(child)


def _docx_cells(row: etree._Element) -> Iterator[etree._Element]:
    for child in row:
        name = _local(child.tag)
        if name == "tc":
            yield child
        elif name in ("sdt", "sdtContent", "customXml"):
            yield from _docx_cells(child)


# --------------------------------------------------------------------------- OFD


@dataclass(slots=True)
class _Run:
    """One TextCode placed on the page (millimetres, y grows downwards)."""

    y: float
    x: float
    end: float
    size: float
    text: str


class _OfdState:
    """What reading one OFD has cost so far, and the parts it need not read again.

    A hostile 10 KB file points 2,000 pages at one content part, or one page at one template
    2,000 times: read naively, every use parses the part anew (17 s). Here a page part drawn
    again gives the text it gave, a template is parsed once and only its runs placed again,
    and the TextCodes placed in the whole file are capped at :data:`MAX_OFD_TEXT_CODES`.
    """

    def __init__(self, archive: _SafeZip) -> None:
        self.archive = archive
        self.codes = 0  # TextCodes placed so far
        self.full = False  # MAX_OFD_TEXT_CODES reached: the rest of the file is cut
        self.pages_read = 0
        self.templates: dict[str, list[_Run]] = {}
        self._noted: set[str] = set()

    def take(self, codes: Iterable[_Run | None]) -> list[_Run]:
        """The runs of ``codes`` (one item per TextCode) while the file's cap allows."""
        runs: list[_Run] = []
        room = MAX_OFD_TEXT_CODES - self.codes
        taken = 0
        for run in codes:
            if taken >= room:
                self.cut()
                break
            taken += 1
            if run is not None:
                runs.append(run)
        self.codes += taken
        return runs

    def cut(self) -> None:
        self.full = True
        self.note_once("codes", f"OFD places more than {MAX_OFD_TEXT_CODES:,} text codes: "
                                f"the text up to page {self.pages_read + 1} was read and is "
                                "checked, the rest was cut")

    def note_once(self, kind: str, message: str) -> None:
        if kind not in self._noted:
            self._noted.add(kind)
            _note(message)

    def template_runs(self, path: str) -> list[_Run]:
        """A template's runs, parsed at its first use and charged to the budget at each."""
        runs = self.templates.get(path)
        if runs is None:
            runs = self.templates[path] = self.take(_ofd_codes(self.archive.read_xml(path)))
            return runs
        self.archive.charge(self.archive.size(path))
        return self.take(runs)


def _read_ofd(data: bytes, limits: Limits = DEFAULT) -> Iterator[str]:
    """Text of every page of every document in an OFD (GB/T 33190) package, page by page."""
    archive = _SafeZip(data, "OFD")
    if archive.find("OFD.xml") is None:
        raise InputError("not a valid OFD archive: OFD.xml missing")
    ofd = archive.read_xml("OFD.xml")
    if _local(ofd.tag) != "OFD":
        raise InputError(f"not a valid OFD archive: OFD.xml root is {_local(ofd.tag)!r}")
    doc_roots = [
        (root.text or "").strip()
        for body in _children(ofd, "DocBody")
        for root in _children(body, "DocRoot")
    ]
    doc_roots = [loc for loc in doc_roots if loc]
    if not doc_roots:
        raise InputError("not a valid OFD archive: OFD.xml has no DocBody/DocRoot")
    budget = MAX_PAGES
    state = _OfdState(archive)
    documents: set[str] = set()
    for loc in doc_roots:
        doc_path = _resolve_part("", loc)
        if doc_path is None or archive.find(doc_path) is None:
            raise InputError(f"not a valid OFD archive: document {loc} missing")
        if doc_path in documents:  # the same document listed again: nothing new to read
            continue
        documents.add(doc_path)
        for page_text in _ofd_document(archive, doc_path, budget, state):
            yield page_text
            budget -= 1
        if budget <= 0 or state.full:
            break


def _ofd_document(archive: _SafeZip, doc_path: str, budget: int,
                  state: _OfdState) -> Iterator[str]:
    doc = archive.read_xml(doc_path)
    doc_dir = posixpath.dirname(doc_path)
    templates: dict[str, str] = {}
    common = _first(doc, "CommonData")
    if common is not None:
        for tpl in _children(common, "TemplatePage"):
            tpl_path = _resolve_part(doc_dir, tpl.get("BaseLoc", ""))
            if tpl.get("ID") and tpl_path:
                templates[tpl.get("ID", "")] = tpl_path
    pages = _first(doc, "Pages")
    if pages is None:
        raise InputError(f"not a valid OFD archive: {doc_path} has no Pages")
    locs = [page.get("BaseLoc", "") for page in itertools.islice(_children(pages, "Page"),
                                                                 max(budget, 0))]
    paths = [_resolve_part(doc_dir, loc) for loc in locs]
    # Pages drawing a part already drawn show what it showed: its text is kept, not re-read.
    repeated = {path for path, count in collections.Counter(paths).items() if count > 1}
    done: dict[str, tuple[str, int]] = {}  # page part -> (its text, the bytes it drew)
    for loc, page_path in zip(locs, paths, strict=True):
        if state.full:
            return
        if page_path is None or archive.find(page_path) is None:
            raise InputError(f"not a valid OFD archive: page content {loc or '(none)'} missing")
        if page_path in done:
            text, drawn = done[page_path]
            archive.charge(drawn)
        else:
            text, drawn = _ofd_page(archive, page_path, templates, state)
            if page_path in repeated and not state.full:
                done[page_path] = (text, drawn)
        state.pages_read += 1
        yield text


def _ofd_page(archive: _SafeZip, page_path: str, templates: dict[str, str],
              state: _OfdState) -> tuple[str, int]:
    """A page's text, and the declared bytes of the parts it drew (its content, templates)."""
    content = archive.read_xml(page_path)
    runs = state.take(_ofd_codes(content))
    drawn = archive.size(page_path)
    # Template pages (letterheads, form backgrounds) are drawn under the page content. One
    # drawn twice shows the same text at the same place: it is placed once.
    placed: set[str] = set()
    for ref in _children(content, "Template"):
        tpl_path = templates.get(ref.get("TemplateID", ""))
        if (not tpl_path or tpl_path == page_path or tpl_path in placed
                or archive.find(tpl_path) is None):
            continue
        if len(placed) >= MAX_OFD_TEMPLATES_PER_PAGE:
            state.note_once("templates", f"OFD page {state.pages_read + 1} draws more than "
                                         f"{MAX_OFD_TEMPLATES_PER_PAGE} templates: the first "
                                         f"{MAX_OFD_TEMPLATES_PER_PAGE} of it (and of any such "
                                         "page) were read, the rest skipped")
            break
        if state.full:
            break
        placed.add(tpl_path)
        drawn += archive.size(tpl_path)
        runs.extend(state.template_runs(tpl_path))
    return _ofd_lines(runs), drawn


def _resolve_part(base_dir: str, loc: str) -> str | None:
    """Resolve an OFD/OPC location: absolute ("/Doc_0/...") from the root, else from base_dir."""
    loc = loc.strip().replace("\\", "/")
    if not loc:
        return None
    path = loc.lstrip("/") if loc.startswith("/") else posixpath.join(base_dir, loc)
    path = posixpath.normpath(path)
    if path.startswith("../") or path in ("..", ".") or path.startswith("/"):
        return None
    return path


def _floats(value: str | None, count: int) -> list[float] | None:
    """Parse "a b c ..." into exactly ``count`` floats, or None if malformed.

    Never splits more than ``count`` + 1 tokens: an attribute may be a megabyte long.
    """
    if not value:
        return None
    tokens = value.split(None, count)
    if len(tokens) != count:
        return None
    try:
        numbers = [float(v) for v in tokens]
    except ValueError:
        return None
    for number in numbers:
        if not math.isfinite(number):
            return None
    return numbers


def _ofd_codes(content: etree._Element) -> Iterator[_Run | None]:
    """Every TextCode on a page with its absolute baseline position, in document order;
    None for one that shows no text (so that the caller counts every TextCode)."""
    for obj in _descendants(content, "TextObject"):
        box = _floats(obj.get("Boundary"), 4) or [0.0, 0.0, 0.0, 0.0]
        ctm = _floats(obj.get("CTM"), 6) or [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        a, b, c, d, e, f = ctm
        scale = abs(a * d - b * c) ** 0.5 or 1.0
        size = (_floats(obj.get("Size"), 1) or [box[3] / scale if box[3] else 3.5])[0] * scale
        size = max(size, 0.1)
        right = box[0] + box[2] if box[2] > 0 else None
        x = y = 0.0
        for code in _children(obj, "TextCode"):
            text = _text_of(code)
            # X/Y may be omitted to continue where the previous TextCode ended.
            x = _float_attr(code, "X", x)
            y = _float_attr(code, "Y", y)
            abs_x = box[0] + a * x + c * y + e
            abs_y = box[1] + b * x + d * y + f
            # Object-space width of the run: glyph origins from DeltaX, plus the last glyph.
            obj_size = size / scale
            width = (
                _advance(code.get("DeltaX"), text, obj_size) + _glyph_width(text[-1:]) * obj_size
            )
            end = abs_x + width * scale
            if right is not None:
                end = min(end, right)
            yield _Run(abs_y, abs_x, end, size, text) if text else None
            x += width


def _float_attr(elem: etree._Element, name: str, default: float) -> float:
    """One number (as ``_floats(value, 1)``, without a list: it is read for every TextCode)."""
    value = elem.get(name)
    if not value:
        return default
    try:
        number = float(value)
    except ValueError:
        return default
    return number if math.isfinite(number) else default


def _advance(delta_x: str | None, text: str, size: float) -> float:
    """Distance from the first to the last glyph origin, in object units.

    DeltaX gives the gaps ("g N v" repeats v N times); gaps it does not cover fall back to
    estimated glyph widths. Repeats are never expanded: a hostile "g 1000000000 1" must not
    allocate; and no more tokens are split than the gaps can use (three each, as "g 1 v"):
    a megabyte of DeltaX on a two-glyph code costs no more than three numbers.
    """
    needed = max(len(text) - 1, 0)
    total = 0.0
    used = 0
    tokens = (delta_x or "").split(None, 3 * needed)[: 3 * needed]
    i = 0
    try:
        while i < len(tokens) and used < needed:
            if tokens[i] == "g" and i + 2 < len(tokens):
                repeat = max(min(int(tokens[i + 1]), needed - used), 0)
                total += repeat * float(tokens[i + 2])
                used += repeat
                i += 3
            else:
                total += float(tokens[i])
                used += 1
                i += 1
    except ValueError:  # malformed DeltaX: estimate every gap
        total, used = 0.0, 0
    if total != total or abs(total) == float("inf"):
        total, used = 0.0, 0
    for char in text[used:needed]:
        total += _glyph_width(char) * size
    return total


def _glyph_width(char: str) -> float:
    """Approximate advance of a glyph in ems: CJK and full-width forms are square."""
    if not char:
        return 0.0
    return 1.0 if ord(char) >= 0x2E80 else 0.5


# A gap wider than this many font sizes between runs on one line separates fields (form cells,
# signature blocks), and is written as a tab so that numbers in neighbouring cells never merge.
_OFD_FIELD_GAP = 0.8
# Baselines closer than this many font sizes are on the same line.
_OFD_LINE_TOLERANCE = 0.5


def _ofd_lines(runs: list[_Run]) -> str:
    """Group runs into lines top-to-bottom, each line left-to-right."""
    lines: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: (r.y, r.x)):
        if lines:
            anchor = lines[-1][0]
            tolerance = _OFD_LINE_TOLERANCE * max(run.size, anchor.size)
            if abs(run.y - anchor.y) <= tolerance:
                lines[-1].append(run)
                continue
        lines.append([run])
    out: list[str] = []
    for line in lines:
        line.sort(key=lambda r: r.x)
        parts: list[str] = []
        prev: _Run | None = None
        for run in line:
            if prev is not None and run.x - prev.end > _OFD_FIELD_GAP * max(run.size, prev.size):
                parts.append("\t")
            parts.append(run.text)
            if prev is None or run.end > prev.end:
                prev = run
        out.append("".join(parts))
    return _join_lines(out)


# --------------------------------------------------------------------------- PDF


def _read_pdf(data: bytes, limits: Limits = DEFAULT) -> Iterator[str]:
    """Text of the first MAX_PAGES pages, yielded page by page.

    Pages drawing the same content stream with the same resources (a crafted file points
    2,000 pages at one 4 MB stream) are read once: pypdf would parse the stream again for
    every page.
    """
    if _PDF_MAGIC not in data[:_PDF_HEADER_WINDOW]:
        raise InputError("not a PDF: %PDF- header missing")
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many official PDFs carry only an owner password (no copying or printing) and
            # open in any viewer; only a real user password makes the text unreadable.
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError) as err:
                raise InputError(f"PDF is encrypted ({err})") from err
            if not opened:
                raise InputError("PDF is encrypted")
        seen: dict[tuple[object, ...], str] = {}
        for index, page in enumerate(reader.pages):
            if index >= MAX_PAGES:
                break
            key = _pdf_page_key(page)
            text = seen.get(key) if key is not None else None
            if text is None:
                text = page.extract_text() or ""
                if len("".join(text.split())) < SCANNED_PAGE_CHARS:
                    text = _scanned_page(page, text)
                if key is not None:
                    seen[key] = text
            yield text
    except FileNotDecryptedError as err:
        raise InputError("PDF is encrypted") from err
    except PyPdfError as err:  # includes LimitReachedError (decompression bombs)
        raise InputError(f"not a valid PDF ({type(err).__name__}: {_clip(str(err))})") from err


#: A PDF page with fewer characters of text than this, and images, is a scan (what text it
#: has is a page number or a scanning app's footer): its images are read by OCR.
SCANNED_PAGE_CHARS = 10
#: Images of one scanned page read at most (a scanner writes one a page, some a few strips).
MAX_SCAN_IMAGES = 16


def _scanned_page(page: Any, text: str) -> str:
    """A page with (almost) no text layer: the OCR text of its images, then the text it has.

    Without OCR, or for an image that does not decode, the file is marked unread: a scan
    must not pass as a file without personal data.
    """
    try:
        if not _draws_scan(page):
            return text
    except Exception:  # broken resources: the page reads as the text it has, as before
        return text
    if not _may_ocr():
        _mark_scanned("unread")
        return text
    read = []
    try:
        images = page.images
        count = len(images)
    except Exception:  # resources pypdf cannot list: the scan cannot be read
        _mark_scanned("unread")
        return text
    if count > MAX_SCAN_IMAGES:
        _mark_scanned("unread")  # the images past the cap are not read
    for index in range(min(count, MAX_SCAN_IMAGES)):
        try:
            read.append(ocr.image_text(images[index].data))
        except Exception:  # a filter pypdf cannot decode (JBIG2), a broken image, no OCR
            _mark_scanned("unread")
            continue
        _mark_scanned("ocr")
    return "\n".join(part for part in (*read, text) if part.strip())


def _draws_scan(page: Any) -> bool:
    """Whether a page's resources hold an image the size of a scanned page (directly or in a
    form a scanner's software wraps it in; a seal or a logo is smaller), looked up without
    decoding anything or making pypdf warn again about resources it already warned about."""
    from pypdf.generic import DictionaryObject

    from rulekit.images import MIN_LONG_SIDE, MIN_SIDE

    pending, seen = [page], 0
    while pending and seen < 64:  # forms may nest (or loop): a few levels are enough
        resources = pending.pop().get("/Resources")
        resources = resources.get_object() if resources is not None else None
        xobjects = resources.get("/XObject") if isinstance(resources, DictionaryObject) else None
        xobjects = xobjects.get_object() if xobjects is not None else None
        if not isinstance(xobjects, DictionaryObject):
            continue
        for ref in list(xobjects.values())[:64]:
            seen += 1
            obj = ref.get_object()
            if not isinstance(obj, DictionaryObject):
                continue
            if obj.get("/Subtype") == "/Image":
                size = (int(obj.get("/Width", 0)), int(obj.get("/Height", 0)))
                if min(size) >= MIN_SIDE and max(size) >= MIN_LONG_SIDE:
                    return True
            if obj.get("/Subtype") == "/Form":
                pending.append(obj)
    return False


def _read_image(data: bytes, limits: Limits = DEFAULT) -> Iterator[str]:
    """An image that may be a scanned document, by OCR (asked for only with OCR installed)."""
    if not _may_ocr():
        _mark_scanned("unread")
        return
    try:
        text = ocr.image_text(data)
    except ValueError as err:
        raise InputError(f"image cannot be read: {err}") from err
    except ImportError:  # installed, yet it does not load: the scan stays unread
        _mark_scanned("unread")
        return
    _mark_scanned("ocr")
    yield text


def _pdf_page_key(page: object) -> tuple[object, ...] | None:
    """What a page's plain text depends on: its content streams, resources and rotation.

    None when that cannot be told cheaply (no /Resources of its own, a direct /Contents),
    and the page is then read on its own.
    """
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    if not isinstance(page, DictionaryObject) or "/Resources" not in page:
        return None
    contents = page.raw_get("/Contents") if "/Contents" in page else None
    if isinstance(contents, IndirectObject):
        streams: tuple[object, ...] = ((contents.idnum, contents.generation),)
    elif isinstance(contents, ArrayObject) and all(
        isinstance(item, IndirectObject) for item in contents
    ):
        streams = tuple((item.idnum, item.generation) for item in contents)
    else:
        return None
    resources = page.raw_get("/Resources")
    if isinstance(resources, IndirectObject):
        res_key: object = ("ref", resources.idnum, resources.generation)
    else:
        # A direct dictionary: the same object only when pages inherit it from one parent.
        res_key = ("id", id(resources))
    try:
        rotate = int(page.get("/Rotate", 0))
    except (TypeError, ValueError):
        return None
    return (streams, res_key, rotate)


# --------------------------------------------------------------------------- txt

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _read_txt(data: bytes, limits: Limits = DEFAULT) -> Iterator[str]:
    """Decode plain text: BOM, then strict UTF-8, then strict GB18030, then a detector's guess.

    A declared charset is deliberately not trusted: servers default to ISO-8859-1, which
    decodes anything and would turn GBK text into mojibake.
    """
    text = _decode_text(data)
    yield text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_text(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(f"text file has a {encoding} BOM but is not {encoding}") from err
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("text file is not in a recognisable character encoding")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as err:
        raise InputError("text file is not in a recognisable character encoding") from err


# --------------------------------------------------------------------------- shared


def _join_lines(lines: list[str], keep_blank: bool = False) -> str:
    """Join blocks with newlines, trimming trailing spaces and (unless asked) blank lines."""
    out = []
    for line in lines:
        line = line.rstrip(" \u3000\r\n")  # keep trailing tabs: they are empty table cells
        if line.strip() or keep_blank:
            out.append(line)
    return "\n".join(out)


_READERS: dict[str, Callable[[bytes, Limits], Iterator[str]]] = {
    "docx": _read_docx,
    "ofd": _read_ofd,
    "pdf": _read_pdf,
    "txt": _read_txt,
    "image": _read_image,
}


def _join_parts(fmt: str, parts: list[str]) -> str:
    """The text of a file from the parts its reader yielded (pages, document parts)."""
    if fmt == "txt":
        return "".join(parts)
    return _join_lines(parts, keep_blank=fmt == "pdf")


# --------------------------------------------------------------------------- isolation

#: Formats read in a child process under the deadline; plain text is decoded in place.
_ISOLATED = frozenset({"docx", "ofd", "pdf", "image"})
#: Zip-based formats, with the name their archive has in messages.
_ARCHIVES = {"docx": "docx", "ofd": "OFD"}
#: Loggers of the libraries extraction calls: their records are captured, never printed.
_LIBRARY_LOGGERS = ("pypdf", "PIL", "charset_normalizer", "lxml", "fontTools")
#: Distinct warnings remembered for one file; further kinds are only counted.
_MAX_KINDS = 64
#: Characters kept of one warning: pypdf quotes whole objects, a 4 MB stream included.
_MAX_WARNING_CHARS = 300
#: Whether PDF, OFD and docx text is read in a forked worker process (where ``os.fork``
#: exists). Tests turn it off to exercise the in-process path.
USE_FORK = hasattr(os, "fork")


def _clip(text: str, size: int = _MAX_WARNING_CHARS) -> str:
    """At most ``size`` characters, never ending inside a number.

    A number cut in two would be too short for :func:`redact` to recognise and mask.
    """
    if len(text) <= size:
        return text
    cut = text[:size]
    while cut and (cut[-1].isdigit() or cut[-1] in " -\u00a0"):  # digits and their groupings
        cut = cut[:-1]
    return cut + "…"


class _Noise:
    """The library warnings of one extraction: deduplicated, counted, masked once per kind."""

    def __init__(self, on_new: Callable[[str], None] | None = None,
                 on_note: Callable[[str], None] | None = None,
                 on_scanned: Callable[[str], None] | None = None) -> None:
        self.kinds: dict[str, int] = {}  # masked message -> occurrences
        self.dropped = 0  # occurrences of kinds past _MAX_KINDS
        self.notes: list[str] = []  # what a reader's own caps cut, masked
        self.scanned: str | None = None  # "ocr" or "unread": see ExtractedText
        self._masked: dict[str, str] = {}  # clipped raw message -> masked message
        self._on_new = on_new
        self._on_note = on_note
        self._on_scanned = on_scanned

    def mark_scanned(self, state: str) -> None:
        """A page was a scan, read by OCR or not; once unread, the file stays unread."""
        merged = _scanned(self.scanned, state)
        if merged != self.scanned:
            self.scanned = merged
            if self._on_scanned is not None:
                self._on_scanned(merged)

    def note(self, message: str) -> None:
        """A reader's own cap cut something: a problem of the file, reported whole."""
        masked = redact(_clip(message))
        if masked in self.notes or len(self.notes) >= _MAX_KINDS:
            return
        self.notes.append(masked)
        if self._on_note is not None:
            self._on_note(masked)

    def add(self, source: str, message: str) -> None:
        raw = f"{source} warned: {_clip(message)}"
        masked = self._masked.get(raw)
        if masked is None:
            if len(self._masked) >= _MAX_KINDS:
                self.dropped += 1
                return
            masked = self._masked[raw] = redact(raw)
            if masked not in self.kinds:
                self.kinds[masked] = 0
                if self._on_new is not None:
                    self._on_new(masked)
        self.kinds[masked] += 1


class _NoiseHandler(logging.Handler):
    """A logging handler that hands records to a :class:`_Noise` instead of printing them."""

    def __init__(self, noise: _Noise) -> None:
        super().__init__(logging.WARNING)
        self.noise = noise

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # a record whose arguments do not fit its format
            message = str(record.msg)
        self.noise.add(record.name.split(".", 1)[0], message)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's API
        """Never print a traceback to standard error."""


#: Where :func:`_note` sends a reader's problems: the extraction running in this context.
_NOTES: contextvars.ContextVar[_Noise | None] = contextvars.ContextVar("rulekit_attachment_noise",
                                                                      default=None)


def _note(message: str) -> None:
    """Report what a reader's cap cut (the rest of the file is still read and checked)."""
    noise = _NOTES.get()
    if noise is not None:
        noise.note(message)


#: Whether the reader process may OCR scanned pages: the parent decides (it is the process
#: that tests and deployments configure) and sends it with each request; None when reading
#: in the parent itself (see :func:`_may_ocr`).
_USE_OCR: contextvars.ContextVar[bool | None] = contextvars.ContextVar("rulekit_use_ocr",
                                                                       default=None)


def _may_ocr() -> bool:
    """Whether this reading may run OCR: in the reader process, as the parent said; in the
    parent only where it never forks one. ONNX Runtime and OpenCV, once used, leave a
    process whose forked children hang in their first OCR call, so a parent that could not
    fork a worker this once (no process to spare) leaves the scan unread rather than poison
    every worker it forks later."""
    use = _USE_OCR.get()
    if use is None:
        return not USE_FORK and ocr.available()
    return use and ocr.usable()


def _mark_scanned(state: str) -> None:
    """Say the file being read is a scan: ``"ocr"`` (read) or ``"unread"``."""
    noise = _NOTES.get()
    if noise is not None:
        noise.mark_scanned(state)


def _scanned(old: str | None, new: str | None) -> str | None:
    """Two states of one file as one: unread wins (some of it went unchecked)."""
    return "unread" if "unread" in (old, new) else new or old


@contextlib.contextmanager
def _captured(noise: _Noise) -> Iterator[None]:
    """Route the libraries' warnings and log records into ``noise``, away from stderr.

    pypdf quotes the objects it complains about ("Page resources are not a dictionary:
    320102198210265074"), so its records must reach neither standard error nor the user's
    log handlers unmasked.
    """
    handler = _NoiseHandler(noise)
    saved = []
    for name in _LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        saved.append((logger, logger.handlers, logger.propagate, logger.level, logger.disabled))
        logger.handlers = [handler]
        logger.propagate = False
        logger.disabled = False
        if logger.level != logging.WARNING:
            logger.setLevel(logging.WARNING)

    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
             file: object = None, line: str | None = None) -> None:
        noise.add(getattr(category, "__name__", "warning"), str(message))

    token = _NOTES.set(noise)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = show
            yield
    finally:
        _NOTES.reset(token)
        for logger, handlers, propagate, level, disabled in saved:
            logger.handlers = handlers
            logger.propagate = propagate
            logger.disabled = disabled
            if logger.level != level:
                logger.setLevel(level)


def _feed(parts: Iterator[str], cap: int, emit: Callable[[str], None]) -> bool:
    """Pass parts to ``emit`` up to ``cap`` characters in all; True if the text was cut.

    Each part counts one more character for the line break that will join it.
    """
    used = 0
    try:
        for part in parts:
            room = cap - used
            if len(part) + 1 > room:
                emit(part[: max(room - 1, 0)])
                return True
            emit(part)
            used += len(part) + 1
    finally:
        close = getattr(parts, "close", None)
        if close is not None:
            close()
    return False


def _unit(fmt: str, count: int) -> str:
    noun = "page" if fmt in ("pdf", "ofd") else "part"
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _result(fmt: str, parts: list[str], limits: Limits, *, cut: bool, stopped: str | None,
            kinds: dict[str, int], dropped: int, notes: Iterable[str] = (),
            scanned: str | None = None) -> str:
    """The text read, as an :class:`ExtractedText` when anything went wrong on the way.

    ``stopped`` says why reading ended early ("deadline", or how the reader process ended);
    with no text read at all that is an InputError.
    """
    problems: list[str] = []
    seconds = f"{limits.extract_seconds:g}"
    if stopped == "deadline":
        if not parts:
            raise InputError(f"text extraction stopped after {seconds} s (the extract_seconds "
                             "limit) before any text was read")
        problems.append(f"text extraction stopped after {seconds} s (the extract_seconds "
                        f"limit) with {_unit(fmt, len(parts))} read; the text read so far is "
                        "checked")
    elif stopped is not None:
        if not parts:
            raise InputError(f"text extraction failed: the reader process {stopped}")
        problems.append(f"text extraction failed after {_unit(fmt, len(parts))}: the reader "
                        f"process {stopped}; the text read so far is checked")
    if cut:
        problems.append(f"attachment text longer than {limits.attachment_chars:,} characters "
                        "(the attachment_chars limit): checked up to there, the rest was cut")
    problems.extend(notes)
    shown = list(kinds.items())[: limits.examples]
    for message, count in shown:
        problems.append(message if count <= 1 else f"{message} ({count:,} times)")
    rest = sum(kinds.values()) - sum(count for _, count in shown) + dropped
    if rest:
        problems.append(f"and {rest:,} more library warning{'' if rest == 1 else 's'}")
    text = _join_parts(fmt, parts)
    return ExtractedText(text, problems, scanned) if problems or scanned else text


def _extract_inline(fmt: str, data: bytes, limits: Limits) -> str:
    """Read in this process: plain text, and everything where ``fork`` is not available.

    The deadline then uses ``SIGALRM``, which stops pypdf's Python loops but not a call
    into C, and only in the main thread.
    """
    from rulekit.timeout import RuleTimeout, time_limit

    parts: list[str] = []
    noise = _Noise()
    stopped = None
    cut = False
    with _captured(noise):
        reader = _READERS[fmt](data, limits)
        if fmt in _ISOLATED:
            try:
                with time_limit(limits.extract_seconds):
                    cut = _feed(reader, limits.attachment_chars, parts.append)
            except RuleTimeout:
                stopped = "deadline"
        else:
            cut = _feed(reader, limits.attachment_chars, parts.append)
    return _result(fmt, parts, limits, cut=cut, stopped=stopped, kinds=noise.kinds,
                   dropped=noise.dropped, notes=noise.notes, scanned=noise.scanned)


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")


#: The module-level caps, sent with every request: the worker was forked earlier, and tests
#: (or a cautious deployment) lower them after import.
_CAPS = ("MAX_ZIP_TOTAL_SIZE", "MAX_ZIP_ENTRY_SIZE", "MAX_COMPRESSION_RATIO",
         "RATIO_CHECK_MIN_SIZE", "MAX_ZIP_ENTRIES", "MAX_PAGES", "READ_CHUNK_SIZE",
         "MAX_OFD_TEXT_CODES", "MAX_OFD_TEMPLATES_PER_PAGE")
#: A worker whose peak memory grew by more than this is replaced after the file it read.
_WORKER_MAX_GROWTH_KB = 256 * 1024


class _Worker:
    """A reader process forked once and reused: forking per file costs 10-20 ms in a large
    parent (every page of it turns copy-on-write), reusing one costs a fraction of a
    millisecond. It is killed at a deadline and a new one forked for the next file."""

    _current: _Worker | None = None
    _lock = threading.Lock()

    def __init__(self) -> None:
        self.owner = os.getpid()
        self.conn, child_conn = Pipe(duplex=True)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork, threads
                pid = os.fork()
        except OSError:
            self.conn.close()
            child_conn.close()
            raise
        if pid == 0:
            _serve(self.conn, child_conn)
        child_conn.close()
        self.pid = pid

    @classmethod
    def get(cls) -> _Worker:
        worker = cls._current
        if worker is None or worker.owner != os.getpid():  # none yet, or a forked copy's
            worker = cls._current = _Worker()
        return worker

    def discard(self) -> int | None:
        """Kill the worker and reap it; its wait status, if known."""
        if _Worker._current is self:
            _Worker._current = None
        self.conn.close()
        if self.owner != os.getpid():
            return None
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        try:
            return os.waitpid(self.pid, 0)[1]
        except ChildProcessError:  # reaped elsewhere (SIGCHLD ignored)
            return None


def _discard_worker() -> None:
    """Stop the reader process (at exit; tests that patch the readers call it too)."""
    worker = _Worker._current
    if worker is not None:
        worker.discard()


def _forget_worker() -> None:
    """In a process forked from this one: the worker and its lock are the parent's."""
    _Worker._current = None
    _Worker._lock = threading.Lock()


atexit.register(_discard_worker)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_worker)


def _warm_up(fmt: str) -> None:
    """Import in the parent what a reader imports lazily, so no new worker pays for it."""
    if fmt == "pdf" and "pdf" not in _warmed:
        _warmed.add("pdf")
        with contextlib.suppress(Exception), _captured(_Noise()):
            for _ in _read_pdf(_warm_up_pdf()):
                pass


_warmed: set[str] = set()


def _extract_isolated(fmt: str, data: bytes, limits: Limits) -> str:
    """Read in the worker process, which is killed at the deadline; keep what it sent."""
    header = json.dumps({"fmt": fmt, "limits": dataclasses.asdict(limits),
                         "caps": {name: globals()[name] for name in _CAPS},
                         "ocr": ocr.available()}).encode()
    with _Worker._lock:
        _warm_up(fmt)
        for attempt in range(2):
            try:
                worker = _Worker.get()
            except OSError:  # no process to spare: read in place, under the signal deadline
                return _extract_inline(fmt, data, limits)
            try:
                worker.conn.send_bytes(header)
                worker.conn.send_bytes(data)
            except OSError:  # it died between two files: fork a new one, once
                worker.discard()
                if attempt:
                    raise InputError("text extraction failed: no reader process") from None
                continue
            return _collect(fmt, limits, worker)
    raise AssertionError("unreachable")


def _collect(fmt: str, limits: Limits, worker: _Worker) -> str:
    """The worker's messages until it is done or the deadline passes, then the result."""
    parts: list[str] = []
    used = 0
    kinds: list[str] = []
    counts: list[int] = []
    notes: list[str] = []
    scanned: str | None = None
    error: InputError | None = None
    cut = finished = retire = False
    stopped: str | None = None
    deadline = time.monotonic() + limits.extract_seconds
    conn = worker.conn
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not conn.poll(remaining):
                stopped = "deadline"
                break
            try:
                message = conn.recv_bytes()
            except (EOFError, OSError):
                stopped = "ended"
                break
            tag, body = message[:1], message[1:]
            if tag == b"T":
                text = _decode(body)
                if len(text) + 1 > limits.attachment_chars - used:  # the worker keeps the cap
                    parts.append(text[: max(limits.attachment_chars - used - 1, 0)])
                    cut = True
                    break
                parts.append(text)
                used += len(text) + 1
            elif tag == b"W" and len(kinds) < _MAX_KINDS:
                kinds.append(redact(_decode(body)))
            elif tag == b"P" and len(notes) < _MAX_KINDS:
                notes.append(redact(_decode(body)))
            elif tag == b"N":
                with contextlib.suppress(ValueError):
                    counts = [int(n) for n in body.split()]
            elif tag == b"S":
                scanned = _scanned(scanned, _decode(body))
            elif tag == b"C":
                cut = True
            elif tag == b"E":
                error = InputError(_decode(body))
            elif tag == b"D":
                finished, retire = True, body == b"R"
                break
    finally:
        status = worker.discard() if not finished or retire else None
    if error is not None:
        raise error
    if stopped == "ended":
        stopped = _how_it_ended(status)
    if len(counts) == len(kinds) + 1:
        by_kind, dropped = dict(zip(kinds, counts, strict=False)), counts[-1]
    else:  # stopped before it could count: each kind seen at least once
        by_kind, dropped = dict.fromkeys(kinds, 1), 0
    return _result(fmt, parts, limits, cut=cut, stopped=stopped, kinds=by_kind, dropped=dropped,
                   notes=notes, scanned=scanned)


def _how_it_ended(status: int | None) -> str:
    if status is not None and os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return f"was killed by {name} (out of memory, or a crash)"
    if status is not None and os.WIFEXITED(status):
        return f"ended with status {os.WEXITSTATUS(status)} before finishing"
    return "ended before finishing"


def _serve(parent_conn: Connection, conn: Connection) -> None:
    """The worker: read one file per request, send its parts as they come; never return.

    It exits when the parent goes away (end of file on ``conn``), and an alarm kills it if
    one file outlasts the deadline while no parent is left to do it.
    """
    code = 0
    try:
        import resource  # POSIX only, as is fork

        parent_conn.close()
        gc.freeze()  # the parent's objects: collecting here must not copy their pages
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        signal.signal(signal.SIGALRM, signal.SIG_DFL)  # not the parent's rule timeout
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):  # whatever a C library prints goes nowhere
            os.dup2(devnull, fd)
        keep = conn.fileno()
        os.closerange(3, keep)  # the parent's files, pipes and sockets are not ours to hold
        os.closerange(keep + 1, max(os.sysconf("SC_OPEN_MAX"), 1 << 16))
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        while True:
            try:
                request = json.loads(conn.recv_bytes())
                data = conn.recv_bytes()
            except (EOFError, OSError):
                break
            limits = Limits(**request["limits"])
            globals().update({k: v for k, v in request["caps"].items() if k in _CAPS})
            signal.alarm(min(math.ceil(limits.extract_seconds) + 5, 1 << 30))
            _read_for_parent(conn, request["fmt"], data, limits, bool(request.get("ocr")))
            signal.alarm(0)
            grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - baseline
            retire = grown > _WORKER_MAX_GROWTH_KB
            conn.send_bytes(b"DR" if retire else b"D")
            if retire:
                break
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _read_for_parent(conn: Connection, fmt: str, data: bytes, limits: Limits,
                     use_ocr: bool = False) -> None:
    """Read one file, sending each part, each new kind of warning, each problem a cap of the
    reader's own made, whether it is a scan (as they come: a deadline may follow), then the
    warning counts."""
    noise = _Noise(on_new=lambda message: conn.send_bytes(b"W" + _encode(message)),
                   on_note=lambda message: conn.send_bytes(b"P" + _encode(message)),
                   on_scanned=lambda state: conn.send_bytes(b"S" + _encode(state)))
    _USE_OCR.set(use_ocr)
    try:
        with _captured(noise):
            parts = _READERS[fmt](data, limits)
            if _feed(parts, limits.attachment_chars,
                     lambda part: conn.send_bytes(b"T" + _encode(part))):
                conn.send_bytes(b"C")
    except InputError as err:
        conn.send_bytes(b"E" + _encode(err.message))
    except Exception as err:
        conn.send_bytes(b"E" + _encode(_unexpected(fmt, err)))
    counts = " ".join(str(n) for n in (*noise.kinds.values(), noise.dropped))
    conn.send_bytes(b"N" + counts.encode())


def _warm_up_pdf() -> bytes:
    """One page showing one word in a standard font, with a correct cross-reference table."""
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Count 1/Kids[3 0 R]>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>>>>>",
        b"<</Length 34>>stream\nBT /F1 12 Tf 10 10 Td (warm) Tj ET\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer<</Root 1 0 R/Size %d>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@hookimpl(trylast=True)
def rulekit_extract_text(
    name: str, data: bytes, content_type: str | None, limits: Limits | None = None
) -> str | None:
    """The built-in attachment reader: ``.docx``, ``.ofd``, ``.pdf`` and ``.txt``.

    ``limits`` has a default because pluggy passes it only to hook calls that give it.
    """
    return extract_text(name, data, content_type, limits or DEFAULT)
