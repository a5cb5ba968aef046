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

This module is the plugin the engine registers and the public API: which reader applies
(:func:`sniff_format`), :func:`extract_text`, :func:`read_image` and the limits below. The
readers and the worker are its submodules: ``archive`` (safe zip and XML), ``docx``, ``ofd``,
``pdf``, ``scan`` (OCR), ``txt``, ``capture`` (warnings, cuts, scans), ``result`` and
``worker`` (the deadline).
"""

from __future__ import annotations

import io
import os
import re
import zipfile

from rulekit.errors import InputError
from rulekit.hookspecs import hookimpl
from rulekit.limits import DEFAULT, Limits
from rulekit.readers import ocr
from rulekit.readers.attachments.archive import (
    check_entry_count,
    safe_name,
    too_many_entries,
    zip_directory,
)
from rulekit.readers.attachments.pdf import PDF_HEADER_WINDOW, PDF_MAGIC
from rulekit.readers.attachments.result import UNEXPECTED, ExtractedText, unexpected
from rulekit.readers.attachments.worker import ISOLATED, extract_inline, extract_isolated
from rulekit.resource import extension_of_type, media_type

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

# Limits. They are read at call time, so tests (or a cautious deployment) can lower them:
# the readers read them from this module, and the worker process gets them with each file.
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

#: Whether PDF, OFD and docx text is read in a forked worker process (where ``os.fork``
#: exists). Tests turn it off to exercise the in-process path.
USE_FORK = hasattr(os, "fork")

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
#: Zip-based formats, with the name their archive has in messages.
_ARCHIVES = {"docx": "docx", "ofd": "OFD"}


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
            check_entry_count(data, _ARCHIVES[fmt])
        if fmt in ISOLATED and USE_FORK:
            return extract_isolated(fmt, data, limits)
        return extract_inline(fmt, data, limits)
    except InputError as err:
        if err.where is None:
            raise InputError(err.message, where=name, kind=err.kind) from err
        raise
    except Exception as err:  # hostile input must never escape as anything but InputError
        raise InputError(unexpected(fmt, err), where=name, kind=UNEXPECTED) from err


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
            text = extract_isolated("image", data, limits)
        else:
            text = extract_inline("image", data, limits)
    except InputError as err:
        if err.where is None:
            raise InputError(err.message, where=name, kind=err.kind) from err
        raise
    except Exception as err:  # as in extract_text: hostile input ends as an InputError
        raise InputError(unexpected("image", err), where=name, kind=UNEXPECTED) from err
    if isinstance(text, ExtractedText):
        return text
    return ExtractedText(text, scanned="ocr")


def sniff_format(name: str, data: bytes, content_type: str | None = None) -> str | None:
    """Decide which reader applies: "docx", "ofd", "pdf", "txt", or None.

    The extension wins because links name their files. Then the bytes: a PDF, docx or OFD is
    what its magic bytes say, whatever the server calls it (servers send ``text/plain`` or
    ``application/octet-stream`` for anything they do not know, a ``download.jsp`` included,
    and reading a docx as text would check its compressed bytes). The content type decides
    only when the bytes prove nothing, and never makes a binary file text.
    """
    ext = _written_extension(name)
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    media = media_type(content_type)
    try:
        # Under a text type the PDF header must open the file: a text may quote "%PDF-".
        fmt = _sniff_magic(data, pdf_window=8 if media.startswith("text/") else None)
    except Exception:  # a file we cannot even identify is simply not one we read
        fmt = None
    if fmt is not None or ext in _UNREAD_EXTENSIONS:
        return fmt
    typed = extension_of_type(media)
    fmt = _EXTENSIONS.get(typed[1:]) if typed else None  # the type of a format we read
    if fmt == "txt" and data.startswith(_BINARY_MAGIC):
        return None
    return fmt


def _written_extension(name: str) -> str:
    """The extension the last segment of a file name or URL is written with (``pdf``),
    lower-case, without its dot; query and fragment ignored, escapes left as they are.

    Not :func:`rulekit.resource.url_extension`, on purpose: here the extension wins over the
    bytes, so only what the name itself says may. That function also reads a download
    script's ``filename=`` parameter and decodes escapes (``a%2Epdf``), hints good enough to
    call a URL an attachment whose bytes then decide, but letting them win would read a PDF
    served as ``download.jsp?filename=a.txt`` as text, and would stop reading a text sent as
    ``down.do?name=x.rtf``. (A URL with no path gives its host's last label, ``cn``.)
    """
    base = re.split(r"[?#]", name or "", maxsplit=1)[0]
    base = base.replace("\\", "/").rsplit("/", 1)[-1]
    if "." not in base:
        return ""
    return base.rsplit(".", 1)[-1].strip().lower()


def _sniff_magic(data: bytes, pdf_window: int | None = None) -> str | None:
    """The format the bytes prove: a PDF header in the first ``pdf_window`` bytes (after
    leading white space; the first kilobyte by default, as the PDF spec tolerates junk
    before it), or a zip holding a Word document or an OFD."""
    if pdf_window is None:
        if PDF_MAGIC in data[:PDF_HEADER_WINDOW]:
            return "pdf"
    elif PDF_MAGIC in data[:PDF_HEADER_WINDOW].lstrip()[:pdf_window]:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        found = zip_directory(data)
        if found is not None and too_many_entries(found):
            # Too many entries to open: the first ones name the format, and its reader
            # refuses the file, naming it, in milliseconds.
            names = {safe_name(name) for name in found[1]}
        else:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                if len(zf.infolist()) > MAX_ZIP_ENTRIES:
                    return None
                names = {safe_name(info.filename) for info in zf.infolist()}
        if "word/document.xml" in names or ("[Content_Types].xml" in names and any(
                name and name.startswith("word/") for name in names)):
            return "docx"
        if "OFD.xml" in names:
            return "ofd"
    return None


@hookimpl(trylast=True)
def rulekit_extract_text(
    name: str, data: bytes, content_type: str | None, limits: Limits | None = None
) -> str | None:
    """The built-in attachment reader: ``.docx``, ``.ofd``, ``.pdf`` and ``.txt``.

    ``limits`` has a default because pluggy passes it only to hook calls that give it.
    """
    return extract_text(name, data, content_type, limits or DEFAULT)
