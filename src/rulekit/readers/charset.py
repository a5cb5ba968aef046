"""Decode the bytes of a Chinese government page into text.

Order, as browsers and the privacy notes require: BOM, then the HTTP header's charset, then
``<meta charset>`` / ``http-equiv``, then strict trial decodes (UTF-8, GB18030), then
charset-normalizer. GB2312 and GBK are decoded as GB18030, their superset: plain GB2312
cannot decode 镕 or 堃. A page that will not decode cleanly is still read (with U+FFFD), but
the problem is returned so the run reports it instead of calling the page clean.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

#: Labels that must be decoded as GB18030.
GB_ALIASES = frozenset({"gb2312", "gbk", "gb_2312", "gb_2312-80", "x-gbk", "cp936", "gb18030",
                        "euc-cn", "csgb2312", "chinese", "iso-ir-58", "ms936", "windows-936"})
#: Declarations too often wrong on Chinese pages (server defaults) to trust over the bytes.
WEAK = frozenset({"latin-1", "iso8859-1", "cp1252", "ascii"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE)
#: How far into a page to look for a ``<meta charset>``: Chinese CMS templates put long
#: comments and scripts before it, so further than the HTML spec's 1024 bytes.
META_SCAN_BYTES = 16384


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding used, and what was wrong, if anything."""

    text: str
    encoding: str
    problem: str | None = None


def canonical(label: str | None) -> str | None:
    """Python codec name for a charset label, GB family folded into gb18030; None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in GB_ALIASES:
        return "gb18030"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in {"gb2312", "gbk"}:
        return "gb18030"
    return name


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP ``Content-Type`` header, canonicalised."""
    if not content_type:
        return None
    m = _HEADER_CHARSET.search(content_type)
    return canonical(m.group(1)) if m else None


def sniff_meta(data: bytes) -> str | None:
    """The charset a page declares in its ``<meta>`` tags, canonicalised."""
    m = _META_CHARSET.search(data[:META_SCAN_BYTES])
    return canonical(m.group(1).decode("ascii", "replace")) if m else None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a page; ``declared`` is the HTTP header's ``Content-Type`` or charset, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], encoding)
            if text is not None:
                return Decoded(text, encoding)
            return Decoded(data[len(bom):].decode(encoding, "replace"), encoding,
                           f"bytes are not valid {encoding} despite the byte-order mark")
    header = charset_from_content_type(declared) if declared and "=" in declared else canonical(
        declared)
    meta = sniff_meta(data)
    tried: list[str] = []
    for encoding in (header, meta):
        if encoding and encoding not in tried:
            tried.append(encoding)
            if encoding in WEAK and not data.isascii():
                continue  # a Western default on a Chinese page: trust the bytes instead
            text = _strict(data, encoding)
            if text is not None:
                return Decoded(text, encoding)
    for encoding in ("utf-8", "gb18030"):
        if encoding not in tried:
            text = _strict(data, encoding)
            if text is not None:
                problem = None
                if tried:
                    problem = f"declared charset {tried[0]} is wrong: the bytes are {encoding}"
                return Decoded(text, encoding, problem)
    guess = _guess(data)
    fallback = tried[0] if tried else (guess or "gb18030")
    return Decoded(data.decode(fallback, "replace"), fallback,
                   f"bytes are not valid {fallback}: undecodable sequences replaced")


def _guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(data[:200_000]).best()
    return canonical(best.encoding) if best else None


def decode_text_file(data: bytes) -> Decoded:
    """Decode a plain text or CSV file: BOM, UTF-8, GB18030, then charset-normalizer."""
    return decode_html(data, None)
