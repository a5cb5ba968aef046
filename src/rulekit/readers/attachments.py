"""Text extraction from the attachments government pages link to (docx, OFD, PDF, txt).

Attachments come from the open web, so every input is treated as hostile: archives are size- and
ratio-checked before anything is decompressed, XML is parsed without entity expansion, DTDs or
network access, and every failure surfaces as :class:`~rulekit.errors.InputError` so that the
engine can record it and move on.

The returned text is block-aware so that rules can match numbers and labels reliably: one line
per paragraph or visual text line (``"\\n"``), table cells separated by ``"\\t"``, and runs inside
a paragraph joined without a separator (producers split numbers across runs).
"""

from __future__ import annotations

import codecs
import io
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lxml import etree

from rulekit.errors import InputError
from rulekit.hookspecs import hookimpl

__all__ = [
    "MAX_COMPRESSION_RATIO",
    "MAX_PAGES",
    "MAX_ZIP_ENTRIES",
    "MAX_ZIP_ENTRY_SIZE",
    "MAX_ZIP_TOTAL_SIZE",
    "RATIO_CHECK_MIN_SIZE",
    "READ_CHUNK_SIZE",
    "extract_text",
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
_CONTENT_TYPES = {
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "application/ofd": "ofd",
    "application/vnd.ofd": "ofd",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "text/plain": "txt",
}


def extract_text(name: str, data: bytes, content_type: str | None = None) -> str | None:
    """Return the text of an attachment, or None when its format is not one we read.

    The format comes from the file name's extension, else ``content_type``, else magic bytes.
    Raises InputError (and nothing else) when the file claims a format we read but is corrupt,
    encrypted, oversized or otherwise unsafe to read.
    """
    fmt = sniff_format(name, data, content_type)
    if fmt is None:
        return None
    reader = _READERS[fmt]
    try:
        return reader(data)
    except InputError as err:
        if err.where is None:
            raise InputError(err.message, where=name) from err
        raise
    except Exception as err:  # hostile input must never escape as anything but InputError
        detail = str(err).strip() or "no detail"
        raise InputError(
            f"could not read {fmt} attachment ({type(err).__name__}: {detail})", where=name
        ) from err


def sniff_format(name: str, data: bytes, content_type: str | None = None) -> str | None:
    """Decide which reader applies: "docx", "ofd", "pdf", "txt", or None.

    The extension wins because links name their files; the content type is a weaker hint
    (servers send text/plain for anything they do not know); magic bytes are the last resort.
    """
    ext = _extension(name)
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    if ext not in _UNREAD_EXTENSIONS:
        fmt = _CONTENT_TYPES.get(_media_type(content_type))
        if fmt is not None:
            return fmt
    try:
        return _sniff_magic(data)
    except Exception:  # a file we cannot even identify is simply not one we read
        return None


def _extension(name: str) -> str:
    """The lower-case extension of a file name or URL path, without query or fragment."""
    base = re.split(r"[?#]", name or "", maxsplit=1)[0]
    base = base.replace("\\", "/").rsplit("/", 1)[-1]
    if "." not in base:
        return ""
    return base.rsplit(".", 1)[-1].strip().lower()


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _sniff_magic(data: bytes) -> str | None:
    if _PDF_MAGIC in data[:_PDF_HEADER_WINDOW]:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if len(zf.infolist()) > MAX_ZIP_ENTRIES:
                return None
            names = {_safe_name(info.filename) for info in zf.infolist()}
        if "word/document.xml" in names:
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


class _SafeZip:
    """A zip archive checked against bomb limits before any entry is decompressed."""

    def __init__(self, data: bytes, kind: str) -> None:
        self.kind = kind
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
        self._read_total += len(buf)
        if self._read_total > MAX_ZIP_TOTAL_SIZE:
            raise InputError(
                f"{self.kind} archive: reading its parts decompresses more than "
                f"{_mb(MAX_ZIP_TOTAL_SIZE)} in total"
            )
        return bytes(buf)

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


def _read_docx(data: bytes) -> str:
    """Body text of a Word document; headers, footers and notes follow the body."""
    archive = _SafeZip(data, "docx")
    main = _docx_main_part(archive)
    lines = _docx_blocks(archive.read_xml(main))
    for extra in sorted(archive.names()):
        if re.fullmatch(r"word/(header\d*|footer\d*|footnotes|endnotes)\.xml", extra):
            lines.extend(_docx_blocks(archive.read_xml(extra)))
    return _join_lines(lines)


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


@dataclass
class _Run:
    """One TextCode placed on the page (millimetres, y grows downwards)."""

    y: float
    x: float
    end: float
    size: float
    text: str


def _read_ofd(data: bytes) -> str:
    """Text of every page of every document in an OFD (GB/T 33190) package."""
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
    pages_text: list[str] = []
    budget = MAX_PAGES
    for loc in doc_roots:
        doc_path = _resolve_part("", loc)
        if doc_path is None or archive.find(doc_path) is None:
            raise InputError(f"not a valid OFD archive: document {loc} missing")
        for page_text in _ofd_document(archive, doc_path, budget):
            pages_text.append(page_text)
            budget -= 1
        if budget <= 0:
            break
    return _join_lines(pages_text)


def _ofd_document(archive: _SafeZip, doc_path: str, budget: int) -> Iterator[str]:
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
    for count, page in enumerate(_children(pages, "Page")):
        if count >= budget:
            return
        loc = page.get("BaseLoc", "")
        page_path = _resolve_part(doc_dir, loc)
        if page_path is None or archive.find(page_path) is None:
            raise InputError(f"not a valid OFD archive: page content {loc or '(none)'} missing")
        content = archive.read_xml(page_path)
        runs = _ofd_runs(content)
        # Template pages (letterheads, form backgrounds) are drawn under the page content.
        for ref in _children(content, "Template"):
            tpl_path = templates.get(ref.get("TemplateID", ""))
            if tpl_path and tpl_path != page_path and archive.find(tpl_path) is not None:
                runs.extend(_ofd_runs(archive.read_xml(tpl_path)))
        yield _ofd_lines(runs)


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
    """Parse "a b c ..." into exactly ``count`` floats, or None if malformed."""
    if not value:
        return None
    try:
        numbers = [float(v) for v in value.split()]
    except ValueError:
        return None
    if len(numbers) != count or any(n != n or abs(n) == float("inf") for n in numbers):
        return None
    return numbers


def _ofd_runs(content: etree._Element) -> list[_Run]:
    """Every TextCode on a page with its absolute baseline position."""
    runs: list[_Run] = []
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
            if text:
                runs.append(_Run(abs_y, abs_x, end, size, text))
            x += width
    return runs


def _float_attr(elem: etree._Element, name: str, default: float) -> float:
    value = _floats(elem.get(name), 1)
    return value[0] if value else default


def _advance(delta_x: str | None, text: str, size: float) -> float:
    """Distance from the first to the last glyph origin, in object units.

    DeltaX gives the gaps ("g N v" repeats v N times); gaps it does not cover fall back to
    estimated glyph widths. Repeats are never expanded: a hostile "g 1000000000 1" must not
    allocate.
    """
    needed = max(len(text) - 1, 0)
    total = 0.0
    used = 0
    tokens = (delta_x or "").split()
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


def _read_pdf(data: bytes) -> str:
    """Text of the first MAX_PAGES pages, one page after another."""
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
        texts = []
        for index, page in enumerate(reader.pages):
            if index >= MAX_PAGES:
                break
            texts.append(page.extract_text() or "")
    except FileNotDecryptedError as err:
        raise InputError("PDF is encrypted") from err
    except PyPdfError as err:  # includes LimitReachedError (decompression bombs)
        raise InputError(f"not a valid PDF ({type(err).__name__}: {err})") from err
    return _join_lines(texts, keep_blank=True)


# --------------------------------------------------------------------------- txt

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _read_txt(data: bytes) -> str:
    """Decode plain text: BOM, then strict UTF-8, then strict GB18030, then a detector's guess.

    A declared charset is deliberately not trusted: servers default to ISO-8859-1, which
    decodes anything and would turn GBK text into mojibake.
    """
    text = _decode_text(data)
    return text.replace("\r\n", "\n").replace("\r", "\n")


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


_READERS: dict[str, Callable[[bytes], str]] = {
    "docx": _read_docx,
    "ofd": _read_ofd,
    "pdf": _read_pdf,
    "txt": _read_txt,
}


@hookimpl(trylast=True)
def rulekit_extract_text(name: str, data: bytes, content_type: str | None) -> str | None:
    """The built-in attachment reader: ``.docx``, ``.ofd``, ``.pdf`` and ``.txt``."""
    return extract_text(name, data, content_type)
