"""Hostile attachments, round two: files that cost time out of proportion to their size, that
make a library print what they contain, or that are taken for the wrong format.

One builder per case, ``build_<case>(directory, size) -> Path``: ``size`` scales the case
(pages, references or zip entries), so the tests run it small and a benchmark at full size.
PDFs, OFD parts and zip structures are written by hand as raw bytes, so each case is exactly
the structure it names and nothing else.

Run one at full size to time it, e.g.::

    python tests/hostile/round2_attachments.py shared_stream 2000 /tmp/out
    python tests/hostile/round2_attachments.py ofd_repeated_page 2000 /tmp/out
    python tests/hostile/round2_attachments.py docx_many_entries 1300000 /tmp/out
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

import corpus

#: The ID number the damaged-resources case hides where pypdf quotes it in a warning.
LEAKED_ID = "320102198210265074"
#: Bytes of the shared content stream at full size (the reported case: 4 MB).
FULL_STREAM_BYTES = 4 * 1024 * 1024


def raw_pdf(objects: dict[int, bytes], root: int = 1) -> bytes:
    """A PDF file of the given numbered objects, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        if number in offsets:
            out += b"%010d 00000 n \n" % offsets[number]
        else:
            out += b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)
    return bytes(out)


def stream(content: bytes) -> bytes:
    """A Flate-compressed stream object body."""
    packed = zlib.compress(content, 9)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + (
        b"\nendstream")


def text_ops(*lines: str) -> bytes:
    """Content-stream operators that show ``lines`` in Helvetica (ASCII text only)."""
    ops = [b"BT /F1 11 Tf 72 800 Td 14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(%s) Tj T*" % escaped.encode("latin-1"))
    ops.append(b"ET\n")
    return b"\n".join(ops)


def heavy_content(stream_bytes: int, *lines: str) -> bytes:
    """A content stream of about ``stream_bytes`` that shows ``lines`` and costs pypdf time.

    A fifth of it is one long comment (which pypdf's content parser walks byte by byte in
    Python), the rest an inline image (found quickly): about 60 ms a page at 4 MB, and it
    compresses to a few kilobytes, as in the reported file.
    """
    text = text_ops(*lines)
    comment = max(stream_bytes // 5, 1)
    filler = bytes((i * 31 + 7) % 256 for i in range(256)).replace(b"E", b"e")
    image_bytes = max(stream_bytes - len(text) - comment - 64, 1)
    image = (filler * (image_bytes // len(filler) + 1))[:image_bytes]
    return (text + b"%" + b"x" * comment + b"\nq BI /W 16 /H 16 /BPC 8 /CS /G ID " + image
            + b" EI Q\n")


def _pages_pdf(page_objects: list[bytes], shared: dict[int, bytes]) -> bytes:
    """Catalog (1), page tree (2), ``shared`` objects (3..), then one object per page."""
    first = max(shared, default=2) + 1
    kids = b" ".join(b"%d 0 R" % (first + i) for i in range(len(page_objects)))
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               2: b"<< /Type /Pages /Count %d /Kids [%s] >>" % (len(page_objects), kids)}
    objects.update(shared)
    objects.update({first + i: page for i, page in enumerate(page_objects)})
    return raw_pdf(objects)


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def shared_stream_pdf(pages: int, *, stream_bytes: int = FULL_STREAM_BYTES,
                      distinct_resources: bool = False, lines: tuple[str, ...] = ()) -> bytes:
    """``pages`` pages drawing one shared content stream of ``stream_bytes``.

    With ``distinct_resources`` each page has its own resources dictionary (same font), so
    no reader can tell from the objects alone that the pages draw the same thing.
    """
    content = heavy_content(stream_bytes, *(lines or ("shared page",)))
    shared = {3: _FONT, 4: stream(content), 5: b"<< /Font << /F1 3 0 R >> >>"}
    resources = b"<< /Font << /F1 3 0 R >> >>" if distinct_resources else b"5 0 R"
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources %s >>" % resources)
    return _pages_pdf([page] * pages, shared)


def build_shared_stream(directory: Path, size: int) -> Path:
    """The reported case: ``size`` pages (2,000 at full size) share one 4 MB content stream."""
    path = directory / "shared_stream.pdf"
    path.write_bytes(shared_stream_pdf(size))
    return path


def build_shared_stream_distinct_resources(directory: Path, size: int) -> Path:
    """As ``shared_stream``, but no two pages share a resources dictionary: the pages can only
    be told apart by reading them, so only a deadline stops it."""
    path = directory / "shared_stream_distinct.pdf"
    path.write_bytes(shared_stream_pdf(size, distinct_resources=True))
    return path


def damaged_resources_pdf(pages: int, *, secret: str = LEAKED_ID,
                          text: str = "readable page") -> bytes:
    """One readable page, then ``pages`` pages whose /Resources is a number: ``secret``.

    pypdf warns "Page resources are not a dictionary: <the number>" for each of them.
    """
    shared = {3: _FONT, 4: stream(text_ops(text)), 5: b"<< /Font << /F1 3 0 R >> >>",
              6: stream(text_ops("damaged page"))}
    good = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources 5 0 R >>")
    bad = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R "
           b"/Resources %s >>" % secret.encode())
    return _pages_pdf([good] + [bad] * pages, shared)


def build_damaged_resources(directory: Path, size: int) -> Path:
    """``size`` pages whose resources are an ID number, which pypdf quotes when warning."""
    path = directory / "damaged_resources.pdf"
    path.write_bytes(damaged_resources_pdf(size))
    return path


def build_many_warnings(directory: Path, size: int) -> Path:
    """``size`` damaged pages, each quoting a different 18-digit number: ``size`` kinds of
    warning, of which a report shows a few and counts the rest."""
    shared = {3: _FONT, 4: stream(text_ops("readable page")), 5: b"<< /Font << /F1 3 0 R >> >>"}
    pages = [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
             b"/Resources 5 0 R >>"]
    pages += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
              b"/Resources %d >>" % (110105196001010000 + i) for i in range(size)]
    path = directory / "many_warnings.pdf"
    path.write_bytes(_pages_pdf(pages, shared))
    return path


def text_pdf(*pages: tuple[str, ...]) -> bytes:
    """An ordinary PDF: one page per tuple of ASCII lines, each page its own stream."""
    shared = {3: _FONT, 4: b"<< /Font << /F1 3 0 R >> >>"}
    page_objects = []
    for i, lines in enumerate(pages):
        shared[5 + i] = stream(text_ops(*lines))
        page_objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                            b"/Contents %d 0 R /Resources 4 0 R >>" % (5 + i))
    return _pages_pdf(page_objects, shared)


def build_ordinary(directory: Path, size: int) -> Path:
    """A well-formed PDF of ``size`` pages of text (the control)."""
    path = directory / "ordinary.pdf"
    path.write_bytes(text_pdf(*((f"page {i + 1}", "some ordinary text") for i in range(size))))
    return path



# --------------------------------------------------------------------------- OFD

OFD_NS = "http://www.ofdspec.org/2016"
#: The ID number every OFD case shows on its first page (the rest of the file must be read).
OFD_ID = corpus.make_id(91)
#: Lines on the page the repeated-page case draws: about 1,000 text codes in 64 KB of XML,
#: which compresses to 10 KB; 2,000 pages draw 128 MB of it, past the 100 MB read budget.
PAGE_LINES = 165
_HANZI = "行政处罚决定书当事人住所法定代表人违法事实依据证据罚款金额缴纳期限复议诉讼"


def ofd_text(x: float, y: float, text: str, size: float = 3.5, delta_x: str = "") -> str:
    """One TextObject showing ``text`` at (x, y) millimetres, optionally with a DeltaX."""
    delta = f' DeltaX="{delta_x}"' if delta_x else ""
    return (f'<ofd:TextObject ID="1" Boundary="{x} {y} {len(text) * size + 1} {size * 1.2}" '
            f'Size="{size}"><ofd:TextCode X="0" Y="{size}"{delta}>{text}</ofd:TextCode>'
            "</ofd:TextObject>")


def ofd_page(body: str, templates: Sequence[str] = ()) -> str:
    """A page's content part: ``templates`` (TemplatePage IDs) drawn under one layer."""
    refs = "".join(f'<ofd:Template TemplateID="{tid}"/>' for tid in templates)
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}">{refs}'
            f'<ofd:Content><ofd:Layer ID="2">{body}</ofd:Layer></ofd:Content></ofd:Page>')


def ofd_package(pages: list[str], parts: dict[str, str],
                templates: dict[str, str] | None = None) -> bytes:
    """An OFD: OFD.xml, then Doc_0/Document.xml listing ``pages`` (page BaseLocs, in order,
    repeats allowed) and ``templates`` (TemplatePage ID -> BaseLoc), and ``parts`` (path
    under Doc_0 -> XML)."""
    tpls = "".join(f'<ofd:TemplatePage ID="{tid}" BaseLoc="{loc}"/>'
                   for tid, loc in (templates or {}).items())
    refs = "".join(f'<ofd:Page ID="{i + 1}" BaseLoc="{loc}"/>' for i, loc in enumerate(pages))
    entries = {
        "OFD.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{OFD_NS}" '
                   'DocType="OFD" Version="1.1"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml'
                   "</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document '
                              f'xmlns:ofd="{OFD_NS}"><ofd:CommonData><ofd:MaxUnitID>9'
                              f"</ofd:MaxUnitID>{tpls}</ofd:CommonData><ofd:Pages>{refs}"
                              "</ofd:Pages></ofd:Document>",
    }
    entries.update({f"Doc_0/{path}": xml for path, xml in parts.items()})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, xml in entries.items():
            zf.writestr(name, xml)
    return buf.getvalue()


def busy_page(lines: int, first_line: str = f"身份证号码：{OFD_ID}") -> str:
    """A page of ``lines`` lines below ``first_line``, each one text object of six text codes
    (as producers that place glyph by glyph write them): varied enough not to compress to
    nothing."""
    body = [ofd_text(20, 10, first_line)]
    for i in range(lines):
        codes = "".join(
            f'<ofd:TextCode X="{k * 9.5}" Y="3.5">'
            + "".join(_HANZI[(i * 7 + k * 5 + j) % len(_HANZI)] for j in range(1 + (i + k) % 3))
            + "</ofd:TextCode>" for k in range(6))
        body.append(f'<ofd:TextObject ID="{i + 2}" Boundary="20 {20 + i * 1.5} 170 5" '
                    f'Size="3.5">{codes}</ofd:TextObject>')
    return "".join(body)


def build_ofd_repeated_page(directory: Path, size: int) -> Path:
    """The reported case: ``size`` pages (2,000 at full size, a 10 KB file) all drawing one
    content part of :data:`PAGE_LINES` lines."""
    path = directory / "repeated_page.ofd"
    content = ofd_page(busy_page(PAGE_LINES))
    path.write_bytes(ofd_package(["Pages/Page_0/Content.xml"] * size,
                                 {"Pages/Page_0/Content.xml": content}))
    return path


def build_ofd_repeated_template(directory: Path, size: int) -> Path:
    """One page drawing the same template ``size`` times (2,000 at full size, a 6 KB file),
    the template a letterhead of :data:`PAGE_LINES` lines."""
    path = directory / "repeated_template.ofd"
    content = ofd_page(ofd_text(20, 10, f"身份证号码：{OFD_ID}"), ["7"] * size)
    template = ofd_page(busy_page(PAGE_LINES, "红头文件"))
    path.write_bytes(ofd_package(["Pages/Page_0/Content.xml"],
                                 {"Pages/Page_0/Content.xml": content, "Tpls/Tpl_0.xml": template},
                                 {"7": "Tpls/Tpl_0.xml"}))
    return path


def build_ofd_many_templates(directory: Path, size: int) -> Path:
    """``size`` pages (200 at full size), each drawing the same ``size`` distinct templates
    of one line each: no part repeats within a page, the work is pages times templates."""
    path = directory / "many_templates.ofd"
    ids = [str(100 + i) for i in range(size)]
    parts = {f"Tpls/Tpl_{i}.xml": ofd_page(ofd_text(20, 200 + (i % 50), f"模板{i}"))
             for i in range(size)}
    pages = []
    for n in range(size):
        parts[f"Pages/Page_{n}/Content.xml"] = ofd_page(
            ofd_text(20, 10, f"身份证号码：{OFD_ID}" if n == 0 else f"第{n + 1}页"), ids)
        pages.append(f"Pages/Page_{n}/Content.xml")
    path.write_bytes(ofd_package(pages, parts, {tid: f"Tpls/Tpl_{i}.xml"
                                                for i, tid in enumerate(ids)}))
    return path


def build_ofd_long_delta_x(directory: Path, size: int) -> Path:
    """One page of 40 two-glyph text codes, each with a DeltaX of ``size`` tokens, mostly
    ``g 100000 1`` repeats (4,000 at full size: a 560 KB part, a 3 KB file)."""
    path = directory / "long_delta_x.ofd"
    delta = " ".join((["g 100000 1"] * (size // 4 + 1) + ["1.5"])[: max(size // 3, 1)])
    body = ofd_text(20, 10, f"身份证号码：{OFD_ID}") + "".join(
        ofd_text(20, 20 + i * 5, "数据", delta_x=delta) for i in range(40))
    path.write_bytes(ofd_package(["Pages/Page_0/Content.xml"],
                                 {"Pages/Page_0/Content.xml": ofd_page(body)}))
    return path


def build_ofd_many_text_codes(directory: Path, size: int) -> Path:
    """``size`` pages (100 at full size, a 1 MB file), each its own 1 MB part of 15,000 text
    codes: 1.5 million in all, a hundred times the file's size in XML."""
    path = directory / "many_text_codes.ofd"
    line = "".join(f'<ofd:TextCode X="{k * 9.5}" Y="3.5">{_HANZI[k * 3:k * 3 + 2]}</ofd:TextCode>'
                   for k in range(6))
    page = ofd_page(ofd_text(20, 10, f"身份证号码：{OFD_ID}") + "".join(
        f'<ofd:TextObject ID="{i + 2}" Boundary="20 {20 + i % 50 * 5} 170 5" Size="3.5">{line}'
        "</ofd:TextObject>" for i in range(2500)))
    parts = {f"Pages/Page_{n}/Content.xml": page for n in range(size)}
    path.write_bytes(ofd_package(list(parts), parts))
    return path


# --------------------------------------------------------------------------- zip entries


def _local_header(name: bytes, data: bytes) -> bytes:
    """A stored entry's local header and data (1980-01-01, no extra field)."""
    return struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 0x21,
                       zlib.crc32(data), len(data), len(data), len(name), 0) + name + data


def _central_header(name: bytes, data: bytes, offset: int) -> bytes:
    """The central directory entry of a stored entry whose local header is at ``offset``."""
    return struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 0, 20, 0, 0, 0, 0, 0x21,
                       zlib.crc32(data), len(data), len(data), len(name), 0, 0, 0, 0, 0,
                       offset) + name


def _end_records(count: int, cd_size: int, cd_offset: int, declared: int | None) -> bytes:
    """The end of central directory record, after a zip64 one when ``count`` needs it.

    ``declared`` is the count the records state (default: the true ``count``).
    """
    stated = count if declared is None else declared
    out = b""
    if stated > 0xFFFF:
        zip64_at = cd_offset + cd_size
        out += struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, stated, stated,
                           cd_size, cd_offset)
        out += struct.pack("<4sLQL", b"PK\x06\x07", 0, zip64_at, 1)
        stated = 0xFFFF
    return out + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, stated, stated, cd_size,
                             cd_offset, 0)


def _entry_name(i: int) -> bytes:
    """A distinct four-character (or longer) name in base 36."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        i, rest = divmod(i, 36)
        out = digits[rest] + out
        if not i:
            break
    return out.rjust(4, "0").encode()


def many_entries_docx(path: Path, entries: int, *, text: str = "", declared: int | None = None
                      ) -> Path:
    """Write a docx of ``entries`` zip entries: a real document, then filler entries that all
    share one empty local header, so 1.3 million of them take 62 MB (under the 64 MB
    ``file_bytes`` cap). Streamed to disk a megabyte at a time; ``declared`` makes the end
    records state another count than the central directory holds."""
    real = [(b"[Content_Types].xml", corpus.CONTENT_TYPES.encode()),
            (b"word/document.xml", corpus.document_xml(text).encode()),
            (b"_", b"")]
    with path.open("wb") as fh:
        offsets = []
        for name, data in real:
            offsets.append(fh.tell())
            fh.write(_local_header(name, data))
        cd_offset = fh.tell()
        buf = bytearray()
        for (name, data), offset in zip(real, offsets, strict=True):
            buf += _central_header(name, data, offset)
        filler = offsets[-1]
        for i in range(max(entries - len(real), 0)):
            buf += _central_header(_entry_name(i), b"", filler)
            if len(buf) >= 1 << 20:
                fh.write(buf)
                buf.clear()
        fh.write(buf)
        cd_size = fh.tell() - cd_offset
        fh.write(_end_records(max(entries, len(real)), cd_size, cd_offset, declared))
    return path


def build_docx_many_entries(directory: Path, size: int) -> Path:
    """The reported case: a .docx of ``size`` zip entries (1.3 million at full size)."""
    return many_entries_docx(directory / "many_entries.docx", size,
                             text=f"身份证号码：{corpus.make_id(92)}")


# --------------------------------------------------------------------------- served as text


def served_as_text_id(i: int) -> str:
    """The ID number in the ``i``-th attachment of :func:`build_served_as_text`."""
    return corpus.make_id(100 + i)


def served_as_text_url(i: int) -> str:
    return f"{corpus.BASE_URL}zwgk/xzcf/download.jsp?id={i}"


def build_served_as_text(directory: Path, size: int) -> Path:
    """A WARC of a penalty page linking ``size`` attachments at ``download.jsp?id=N``: docx
    and PDF files alternately, served as ``text/plain`` or ``application/octet-stream``,
    each showing its own ID number. Returns the WARC."""
    links = "".join(f'<li><a href="download.jsp?id={i}">附件{i}</a></li>' for i in range(size))
    html = corpus.page(f"<h1>行政处罚决定书</h1><ul>{links}</ul>", column="行政处罚")
    records = [(f"{corpus.BASE_URL}zwgk/xzcf/index.html", "text/html; charset=utf-8",
                html.encode())]
    for i in range(size):
        number = served_as_text_id(i)
        if i % 2:
            body = text_pdf(("Administrative penalty decision", f"ID number: {number}"))
        else:
            body = corpus.make_docx(f"身份证号码：{number}")
        kind = "text/plain; charset=UTF-8" if i % 4 < 2 else "application/octet-stream"
        records.append((served_as_text_url(i), kind, body))
    return corpus.write_warc(directory / "served_as_text.warc.gz", records)


BUILDERS = {
    "shared_stream": build_shared_stream,
    "shared_stream_distinct_resources": build_shared_stream_distinct_resources,
    "damaged_resources": build_damaged_resources,
    "many_warnings": build_many_warnings,
    "ordinary": build_ordinary,
    "ofd_repeated_page": build_ofd_repeated_page,
    "ofd_repeated_template": build_ofd_repeated_template,
    "ofd_many_templates": build_ofd_many_templates,
    "ofd_long_delta_x": build_ofd_long_delta_x,
    "ofd_many_text_codes": build_ofd_many_text_codes,
    "docx_many_entries": build_docx_many_entries,
    "served_as_text": build_served_as_text,
}


if __name__ == "__main__":
    case, count, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    folder.mkdir(parents=True, exist_ok=True)
    built = BUILDERS[case](folder, count)
    print(built, built.stat().st_size)
