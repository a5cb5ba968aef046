"""Decode the bytes of a Chinese government page into text.

Order, as browsers and the privacy notes require: BOM, then the HTTP header's charset, then
``<meta charset>`` / ``http-equiv``, then strict trial decodes (UTF-8, GB18030), then
charset-normalizer. GB2312 and GBK are decoded as GB18030, their superset: plain GB2312
cannot decode 镕 or 堃.

A declaration that does not fit the bytes is common (a template that says gb2312 around a
UTF-8 article): the page is read in the charset that decodes it cleanly, and the
disagreement is kept in :attr:`Decoded.mismatch` for the ``site.charset-declaration`` rule,
not reported as unreadable input, since the text itself was read whole. Only bytes that no
charset decodes cleanly (or that mix charsets line by line) are a :attr:`Decoded.problem`:
the page is still read (with U+FFFD), and the run reports it instead of calling it clean.

Pages are hostile input: a declared label may name a codec that is no charset at all
(``zlib``, ``rot13``, ``idna``), a BOM may lie, and CMS templates mix UTF-8 and GBK in one
file. None of these may raise; each is decoded as well as the bytes allow and reported.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import NamedTuple

#: Labels that must be decoded as GB18030.
GB_ALIASES = frozenset({"gb2312", "gbk", "gb_2312", "gb_2312-80", "x-gbk", "cp936", "gb18030",
                        "euc-cn", "csgb2312", "chinese", "iso-ir-58", "ms936", "windows-936"})
#: Declarations too often wrong on Chinese pages (server defaults) to trust over the bytes.
WEAK = frozenset({"latin-1", "iso8859-1", "cp1252", "ascii"})
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

#: How the encoding used was decided (:attr:`Decoded.decided_by`).
BY_DECLARATION = "declaration"  # the declared charset decodes the bytes cleanly
BY_BYTES = "bytes"  # nothing usable declared, or the declaration fails: a clean trial decode
BY_LINE = "line by line"  # no single charset reads the page: each line in its own
BY_READER = "attachment reader"  # text extracted from an attachment, no bytes decoded here


class Bom(NamedTuple):
    """A byte-order mark: the ``encoding`` of the bytes after it (``utf-16-le``), and the
    Python ``codec`` that reads the mark and those bytes together (``utf-16``)."""

    mark: bytes
    encoding: str
    codec: str


#: The byte-order marks, UTF-32 before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one.
BOMS = (
    Bom(codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    Bom(codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    Bom(codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    Bom(codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    Bom(codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)


def find_bom(data: bytes) -> Bom | None:
    """The byte-order mark ``data`` starts with, or None."""
    return next((bom for bom in BOMS if data.startswith(bom.mark)), None)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding used, and what the decoder decided.

    ``declared`` is the charset label the page gives, as written (``gb2312``), and
    ``declared_in`` where (``byte-order mark``, ``HTTP header``, ``meta tag``): the one a
    browser follows. ``decided_by`` says how ``encoding`` was chosen (one of the ``BY_*``
    constants). ``mismatch`` says, in English, that the declaration names a charset the
    bytes are not in: browsers follow it and show mojibake, though the text was read whole.
    ``problem`` says the bytes themselves could not be read cleanly.
    """

    text: str
    encoding: str
    problem: str | None = None
    declared: str | None = None
    declared_in: str | None = None
    decided_by: str = BY_DECLARATION
    mismatch: str | None = None

    @property
    def how(self) -> str:
        """How the encoding was decided, in one sentence (for ``rulekit inspect``)."""
        if self.decided_by == BY_READER:
            return "text extracted by the attachment reader"
        if self.decided_by == BY_DECLARATION:
            return f"declared in the {self.declared_in} ({self.declared}); the bytes agree"
        if self.decided_by == BY_LINE:
            return f"no single charset decodes the page: {self.problem}"
        if self.mismatch:
            return f"{self.mismatch}: read as {self.encoding}, which decodes them cleanly"
        return f"nothing declared: the bytes decode cleanly as {self.encoding}"


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


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError, ValueError):
        return None


def decode_html(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a page; ``declared`` is the HTTP header's ``Content-Type`` or charset, if any."""
    bom = find_bom(data)
    if bom is not None:
        return _with_bom(data[len(bom.mark):], bom.encoding, declared)
    return _without_bom(data, declared)[0]


def _with_bom(body: bytes, encoding: str, declared: str | None) -> Decoded:
    """A BOM wins, as in browsers, unless the bytes prove it wrong.

    Markup is ASCII, so a real UTF-16/32 page has NUL bytes; a "UTF-16" page without any is
    a UTF-8 or GBK page behind a stray BOM. A BOM whose encoding fails where another decodes
    the bytes cleanly is wrong too. Either way the page is read in the right encoding and the
    BOM kept as a mismatch; only bytes nothing decodes are a problem.
    """
    wide = encoding.startswith(("utf-16", "utf-32"))
    narrow = wide and b"\x00" not in body[:4096] and b"<" in body[:4096]
    if not narrow:
        text = _strict(body, encoding)
        if text is not None:
            return Decoded(text, encoding, declared=encoding, declared_in="byte-order mark")
    other, clean = _without_bom(body, declared)
    if clean or narrow:
        return Decoded(other.text, other.encoding, other.problem, encoding, "byte-order mark",
                       other.decided_by if other.decided_by == BY_LINE else BY_BYTES,
                       f"the byte-order mark says {encoding} but the bytes are {other.encoding}")
    return Decoded(body.decode(encoding, "replace"), encoding,
                   f"bytes are not valid {encoding} despite the byte-order mark",
                   encoding, "byte-order mark", BY_LINE)


def _labels(data: bytes, declared: str | None) -> list[tuple[str, str]]:
    """The charset labels given, in the order browsers follow them: ``(where, label)``.

    ``declared`` is a ``Content-Type`` (``text/html; charset=gbk``) or a bare label.
    """
    found: list[tuple[str, str]] = []
    if declared:
        if any(ch in declared for ch in "=;/"):
            m = _HEADER_CHARSET.search(declared)
            label = m.group(1) if m else None
        else:
            label = declared
        if label and label.strip().strip("\"'"):
            found.append(("HTTP header", label.strip().strip("\"'").lower()))
    m = _META_CHARSET.search(data[:META_SCAN_BYTES])
    if m:
        found.append(("meta tag", m.group(1).decode("ascii", "replace").lower()))
    return found


def _usable(where: str, label: str) -> str | None:
    """The codec a label stands for; a meta tag's UTF-16/32 means UTF-8, as in the HTML
    standard (a page that could declare itself in ASCII is not UTF-16)."""
    encoding = canonical(label)
    if encoding and where == "meta tag" and encoding.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return encoding


def _without_bom(data: bytes, declared: str | None) -> tuple[Decoded, bool]:
    """Decode by declarations, then by strict trials; ``True`` when a strict decode worked.

    The first label given is the one browsers follow; a later one (the meta tag behind an
    HTTP header) is still tried before guessing, as a page's author meant it.
    """
    labels = _labels(data, declared)
    where, label = labels[0] if labels else (None, None)
    first = _usable(where, label) if labels else None
    ascii_only = data.isascii()
    tried: list[str] = []
    for i, (place, text_label) in enumerate(labels):
        encoding = _usable(place, text_label)
        if not encoding or encoding in tried:
            continue
        tried.append(encoding)
        if encoding in WEAK and not ascii_only:
            continue  # a Western default on a Chinese page: trust the bytes instead
        if encoding == "gb18030" and not ascii_only and _strict(data, "utf-8") is not None:
            continue  # clean UTF-8 is never GB by chance; GB18030 may read UTF-8 as mojibake
        text = _strict(data, encoding)
        if text is not None:
            return Decoded(text, encoding, None, label, where,
                           BY_DECLARATION if i == 0 else BY_BYTES,
                           _mismatch(where, label, first, encoding)), True
    for encoding in ("utf-8", "gb18030"):
        if encoding not in tried:
            text = _strict(data, encoding)
            if text is not None:
                return Decoded(text, encoding, None, label, where, BY_BYTES,
                               _mismatch(where, label, first, encoding)), True
    declared_strong = [e for e in tried if e not in WEAK]
    if declared_strong:
        order = ("utf-8", declared_strong[0], "gb18030")
    else:  # undeclared (or a Western default): Chinese pages are GB18030 before any guess
        guess = _guess(data)
        # a single-byte code page (latin-1, cp1257 …) would read any line as mojibake
        order = ("utf-8", "gb18030") + ((guess,) if guess and not _single_byte(guess) else ())
    decoded = _by_line(data, order)
    return Decoded(decoded.text, decoded.encoding, decoded.problem, label, where,
                   BY_LINE), False


def _mismatch(where: str | None, label: str | None, first: str | None,
              encoding: str) -> str | None:
    """What is wrong with the declaration browsers follow, if the bytes are not in it."""
    if where is None or first == encoding:
        return None
    if first is None:
        return f"the {where} declares {label!r}, which is not a charset pages can be read in"
    return f"the {where} declares {label} but the bytes are {encoding}"


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
