"""Hostile attachments, round two: PDFs that cost time out of proportion to their size, or
that make the PDF library print what they contain.

One builder per case, ``build_<case>(directory, size) -> Path``: ``size`` scales the case
(pages, as a rule), so the tests run it small and a benchmark at full size. PDFs are written
by hand as raw bytes, so each case is exactly the structure it names and nothing else.

Run one at full size to time it, e.g.::

    python tests/hostile/round2_attachments.py shared_stream 2000 /tmp/out
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

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


BUILDERS = {
    "shared_stream": build_shared_stream,
    "shared_stream_distinct_resources": build_shared_stream_distinct_resources,
    "damaged_resources": build_damaged_resources,
    "many_warnings": build_many_warnings,
    "ordinary": build_ordinary,
}


if __name__ == "__main__":
    case, count, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    folder.mkdir(parents=True, exist_ok=True)
    built = BUILDERS[case](folder, count)
    print(built, built.stat().st_size)
