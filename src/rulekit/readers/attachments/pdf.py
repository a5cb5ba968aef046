"""Text of PDF files, page by page, with pages drawing one content stream read once."""

from __future__ import annotations

import io
from collections.abc import Iterator

from rulekit.errors import InputError
from rulekit.limits import DEFAULT, Limits
from rulekit.readers import attachments
from rulekit.readers.attachments.capture import clip
from rulekit.readers.attachments.scan import SCANNED_PAGE_CHARS, scanned_page

PDF_MAGIC = b"%PDF-"
PDF_HEADER_WINDOW = 1024  # the PDF spec tolerates junk before the header


def read_pdf(data: bytes, limits: Limits = DEFAULT) -> Iterator[str]:
    """Text of the first MAX_PAGES pages, yielded page by page.

    Pages drawing the same content stream with the same resources (a crafted file points
    2,000 pages at one 4 MB stream) are read once: pypdf would parse the stream again for
    every page.
    """
    if PDF_MAGIC not in data[:PDF_HEADER_WINDOW]:
        raise InputError("not a PDF: %PDF- header missing", kind="damaged-attachment")
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
                raise InputError(f"PDF is encrypted ({err})", kind="encrypted") from err
            if not opened:
                raise InputError("PDF is encrypted", kind="encrypted")
        seen: dict[tuple[object, ...], str] = {}
        for index, page in enumerate(reader.pages):
            if index >= attachments.MAX_PAGES:
                break
            key = _pdf_page_key(page)
            text = seen.get(key) if key is not None else None
            if text is None:
                text = page.extract_text() or ""
                if len("".join(text.split())) < SCANNED_PAGE_CHARS:
                    text = scanned_page(page, text)
                if key is not None:
                    seen[key] = text
            yield text
    except FileNotDecryptedError as err:
        raise InputError("PDF is encrypted", kind="encrypted") from err
    except PyPdfError as err:  # includes LimitReachedError (decompression bombs)
        bomb = type(err).__name__ == "LimitReachedError"
        raise InputError(f"not a valid PDF ({type(err).__name__}: {clip(str(err))})",
                         kind="too-large" if bomb else "damaged-attachment") from err


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


def warm_up_pdf() -> bytes:
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
