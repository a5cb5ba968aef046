"""Scanned documents: OCR of PDF pages that are images and of images, or marked unread."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rulekit.errors import InputError
from rulekit.limits import DEFAULT, Limits
from rulekit.readers import ocr
from rulekit.readers.attachments.capture import mark_scanned, may_ocr

#: A PDF page with fewer characters of text than this, and images, is a scan (what text it
#: has is a page number or a scanning app's footer): its images are read by OCR.
SCANNED_PAGE_CHARS = 10
#: Images of one scanned page read at most (a scanner writes one a page, some a few strips).
MAX_SCAN_IMAGES = 16


def scanned_page(page: Any, text: str) -> str:
    """A page with (almost) no text layer: the OCR text of its images, then the text it has.

    Without OCR, or for an image that does not decode, the file is marked unread: a scan
    must not pass as a file without personal data.
    """
    try:
        if not _draws_scan(page):
            return text
    except Exception:  # broken resources: the page reads as the text it has, as before
        return text
    if not may_ocr():
        mark_scanned("unread")
        return text
    read = []
    try:
        images = page.images
        count = len(images)
    except Exception:  # resources pypdf cannot list: the scan cannot be read
        mark_scanned("unread")
        return text
    if count > MAX_SCAN_IMAGES:
        mark_scanned("unread")  # the images past the cap are not read
    for index in range(min(count, MAX_SCAN_IMAGES)):
        try:
            read.append(ocr.image_text(images[index].data))
        except Exception:  # a filter pypdf cannot decode (JBIG2), a broken image, no OCR
            mark_scanned("unread")
            continue
        mark_scanned("ocr")
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


def read_scan(data: bytes, limits: Limits = DEFAULT) -> Iterator[str]:
    """An image that may be a scanned document, by OCR (asked for only with OCR installed)."""
    if not may_ocr():
        mark_scanned("unread")
        return
    try:
        text = ocr.image_text(data)
    except ValueError as err:
        raise InputError(f"image cannot be read: {err}", kind="damaged-attachment") from err
    except ImportError:  # installed, yet it does not load: the scan stays unread
        mark_scanned("unread")
        return
    mark_scanned("ocr")
    yield text
