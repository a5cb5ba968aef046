"""Decode the bytes of a Chinese government page into text.

Order, as browsers and the privacy notes require: BOM, then the HTTP header's charset, then
``<meta charset>`` / ``http-equiv``, then strict trial decodes (UTF-8, GB18030), then
charset-normalizer. GB2312 and GBK are decoded as GB18030, their superset: plain GB2312
cannot decode 镕 or 堃. A page that will not decode cleanly is still read (with U+FFFD), but
the problem is returned so the run reports it instead of calling the page clean.

Pages are hostile input: a declared label may name a codec that is no charset at all
(``zlib``, ``rot13``, ``idna``), a BOM may lie, and CMS templates mix UTF-8 and GBK in one
file. None of these may raise; each is decoded as well as the bytes allow and reported.
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
#: Python codecs that are text encodings but no web charset: a page that declares one is
#: read as if it declared nothing (``unicode-escape`` would interpret backslashes, ``utf-7``
#: is refused by browsers as an XSS vector, ``undefined`` always fails).
NOT_CHARSETS = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7",
                          "undefined", "mbcs", "oem", "cp1006"})
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
        info = codecs.lookup(label)
    except (LookupError, ValueError):  # ValueError: labels with NUL characters
        return None
    name = info.name
    if not getattr(info, "_is_text_encoding", True) or name in NOT_CHARSETS:
        return None  # zlib, base64, rot13 …: never decode a page through them
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
    except (UnicodeError, LookupError, ValueError):
        return None


def decode_html(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a page; ``declared`` is the HTTP header's ``Content-Type`` or charset, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _with_bom(data[len(bom):], encoding, declared)
    return _without_bom(data, declared)[0]


def _with_bom(body: bytes, encoding: str, declared: str | None) -> Decoded:
    """A BOM wins, as in browsers, unless the bytes prove it wrong.

    Markup is ASCII, so a real UTF-16/32 page has NUL bytes; a "UTF-16" page without any is
    a UTF-8 or GBK page behind a stray BOM. A BOM whose encoding fails where another decodes
    the bytes cleanly is wrong too. Either way the page is read in the right encoding and the
    disagreement is reported.
    """
    wide = encoding.startswith(("utf-16", "utf-32"))
    narrow = wide and b"\x00" not in body[:4096] and b"<" in body[:4096]
    if not narrow:
        text = _strict(body, encoding)
        if text is not None:
            return Decoded(text, encoding)
    other, clean = _without_bom(body, declared)
    if clean or narrow:
        return Decoded(other.text, other.encoding,
                       f"byte-order mark says {encoding} but the bytes are {other.encoding}")
    return Decoded(body.decode(encoding, "replace"), encoding,
                   f"bytes are not valid {encoding} despite the byte-order mark")


def _without_bom(data: bytes, declared: str | None) -> tuple[Decoded, bool]:
    """Decode by declarations, then by strict trials; ``True`` when a strict decode worked."""
    header = charset_from_content_type(declared) if declared and "=" in declared else canonical(
        declared)
    meta = sniff_meta(data)
    unusable = _unusable_label(data, declared) if not (header or meta) else None
    tried: list[str] = []
    for encoding in (header, meta):
        if encoding and encoding not in tried:
            tried.append(encoding)
            if encoding in WEAK and not data.isascii():
                continue  # a Western default on a Chinese page: trust the bytes instead
            text = _strict(data, encoding)
            if text is not None:
                return Decoded(text, encoding), True
    for encoding in ("utf-8", "gb18030"):
        if encoding not in tried:
            text = _strict(data, encoding)
            if text is not None:
                problem = None
                if tried:
                    problem = f"declared charset {tried[0]} is wrong: the bytes are {encoding}"
                elif unusable:
                    problem = (f"declared charset {unusable!r} is not a charset pages can be "
                               f"read in: the bytes are {encoding}")
                return Decoded(text, encoding, problem), True
    declared_strong = [e for e in tried if e not in WEAK]
    if declared_strong:
        order = ("utf-8", declared_strong[0], "gb18030")
    else:  # undeclared (or a Western default): Chinese pages are GB18030 before any guess
        guess = _guess(data)
        # a single-byte code page (latin-1, cp1257 …) would read any line as mojibake
        order = ("utf-8", "gb18030") + ((guess,) if guess and not _single_byte(guess) else ())
    return _by_line(data, order), False


def _unusable_label(data: bytes, declared: str | None) -> str | None:
    """The charset label a page or its header gives that names no usable charset, if any."""
    found = _HEADER_CHARSET.search(declared) if declared else None
    if found:
        return found.group(1)
    m = _META_CHARSET.search(data[:META_SCAN_BYTES])
    return m.group(1).decode("ascii", "replace") if m else None


def _by_line(data: bytes, order: tuple[str, ...]) -> Decoded:
    """Decode line by line: templates and content of one page often differ in encoding.

    A CMS that pastes GBK articles into a UTF-8 template makes a page no single codec reads;
    per line, UTF-8 (self-validating, so it rarely misreads GBK) is tried first, then the
    declared encoding (or GB18030, then the detector's guess), and only a line none reads is
    decoded with U+FFFD replacements, in the first encoding after UTF-8.
    """
    order = tuple(dict.fromkeys(order))
    primary = order[1] if len(order) > 1 else order[0]
    parts: list[str] = []
    used: set[str] = set()
    bad = 0
    for line in data.splitlines(keepends=True):
        if line.isascii():
            parts.append(line.decode("ascii"))
            continue
        for encoding in order:
            text = _strict(line, encoding)
            if text is not None:
                parts.append(text)
                used.add(encoding)
                break
        else:
            parts.append(_replace(line, primary))
            bad += 1
    if bad:
        return Decoded("".join(parts), primary, f"bytes are not valid {primary}: undecodable "
                       f"sequences replaced in {bad} line{'s' if bad > 1 else ''}")
    if len(used) > 1:
        return Decoded("".join(parts), primary, f"page mixes {' and '.join(sorted(used))} "
                       "text: each line read in its own encoding")
    encoding = next(iter(used), primary)
    return Decoded("".join(parts), encoding,
                   f"bytes are neither UTF-8 nor GB18030 and declare no usable charset; read as "
                   f"{encoding}")


def _single_byte(encoding: str) -> bool:
    """Whether a codec is a single-byte code page, which reads nearly any line as mojibake."""
    return len(_replace(bytes(range(0x80, 0x100)), encoding)) == 0x80


def _replace(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding, "replace")
    except (LookupError, UnicodeError, ValueError):  # a codec that refuses "replace"
        return data.decode("utf-8", "replace")


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
