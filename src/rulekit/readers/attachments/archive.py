"""Zip archives and XML parts of untrusted docx and OFD files, opened within the bomb limits.

Archives are size- and ratio-checked before anything is decompressed, a zip's entry count is
read from its end records before zipfile builds an object per entry, and XML is parsed
without entity expansion, DTDs or network access. The limits are the package's
(``rulekit.readers.attachments.MAX_ZIP_ENTRIES`` …), read at each use so they can be lowered.
"""

from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
from collections.abc import Iterator

from lxml import etree

from rulekit.errors import InputError
from rulekit.readers import attachments

# --------------------------------------------------------------------------- safe zip access


def safe_name(filename: str) -> str | None:
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


def zip_directory(data: bytes) -> tuple[int, list[str]] | None:
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
    while 0 <= pos < cd_end and len(names) <= attachments.MAX_ZIP_ENTRIES:
        if pos + _CENTRAL_ENTRY.size > cd_end or not data.startswith(b"PK\x01\x02", pos):
            break
        (flags,) = struct.unpack_from("<H", data, pos + 8)
        name, extra, comment = struct.unpack_from("<3H", data, pos + 28)
        raw = data[pos + _CENTRAL_ENTRY.size: pos + _CENTRAL_ENTRY.size + name]
        names.append(raw.decode("utf-8" if flags & 0x800 else "cp437", "replace"))
        pos += _CENTRAL_ENTRY.size + name + extra + comment
    return stated, names


def too_many_entries(found: tuple[int, list[str]] | None) -> bool:
    return found is not None and len(found[1]) > attachments.MAX_ZIP_ENTRIES


def check_entry_count(data: bytes, kind: str) -> None:
    """Refuse an archive of too many entries before zipfile reads its directory."""
    found = zip_directory(data)
    if found is None or not too_many_entries(found):
        return
    stated, limit = found[0], attachments.MAX_ZIP_ENTRIES
    if stated > limit:
        raise InputError(f"{kind} archive has {stated} entries, more than the {limit} limit",
                         kind="too-large")
    raise InputError(f"{kind} archive has more than {limit} entries (the limit), "
                     f"though its end record states {stated}", kind="too-large")


class SafeZip:
    """A zip archive checked against bomb limits before any entry is decompressed."""

    def __init__(self, data: bytes, kind: str) -> None:
        self.kind = kind
        check_entry_count(data, kind)
        try:
            self._zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError) as err:
            raise InputError(f"not a valid {kind} archive: corrupt zip ({err})",
                             kind="damaged-attachment") from err
        if len(infos) > (limit := attachments.MAX_ZIP_ENTRIES):
            raise InputError(f"{kind} archive has {len(infos)} entries, more than the {limit} "
                             "limit", kind="too-large")
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > attachments.RATIO_CHECK_MIN_SIZE and (
                info.compress_size <= 0
                or info.file_size / info.compress_size > attachments.MAX_COMPRESSION_RATIO
            ):
                ratio = info.file_size / max(info.compress_size, 1)
                raise InputError(
                    f"zip entry {info.filename} is compressed {ratio:.0f}:1, beyond the "
                    f"{attachments.MAX_COMPRESSION_RATIO}:1 limit (zip bomb?)",
                    kind="too-large",
                )
        if total > attachments.MAX_ZIP_TOTAL_SIZE:
            raise InputError(
                f"{kind} archive expands to {total} bytes, beyond the "
                f"{_mb(attachments.MAX_ZIP_TOTAL_SIZE)} limit",
                kind="too-large",
            )
        # Bytes decompressed so far: a crafted OFD can point a thousand pages at one large
        # entry, so reads are budgeted as a whole, not just entry by entry.
        self._read_total = 0
        self._by_name: dict[str, zipfile.ZipInfo] = {}
        self._by_lower: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            safe = safe_name(info.filename)
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
            raise InputError(f"not a valid {self.kind} archive: {name} missing",
                             kind="damaged-attachment")
        if info.flag_bits & 0x1:
            raise InputError(f"zip entry {info.filename} is encrypted", kind="encrypted")
        if info.file_size > (cap := attachments.MAX_ZIP_ENTRY_SIZE):
            raise InputError(f"zip entry {info.filename} expands beyond {_mb(cap)} limit",
                             kind="too-large")
        limit = info.file_size
        buf = bytearray()
        try:
            with self._zf.open(info) as stream:
                while True:
                    chunk = stream.read(attachments.READ_CHUNK_SIZE)
                    if not chunk:
                        break
                    buf += chunk
                    if len(buf) > limit:
                        raise InputError(
                            f"zip entry {info.filename} expands beyond its declared size "
                            f"of {limit} bytes",
                            kind="damaged-attachment",  # its header lies about it
                        )
        except InputError:
            raise
        except (zipfile.BadZipFile, EOFError, ValueError, OSError, RuntimeError) as err:
            raise InputError(f"zip entry {info.filename} is corrupt ({err})",
                             kind="damaged-attachment") from err
        except NotImplementedError as err:
            raise InputError(
                f"zip entry {info.filename} uses an unsupported compression method",
                kind="damaged-attachment",
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
        if self._read_total > attachments.MAX_ZIP_TOTAL_SIZE:
            raise InputError(
                f"{self.kind} archive: reading its parts decompresses more than "
                f"{_mb(attachments.MAX_ZIP_TOTAL_SIZE)} in total",
                kind="too-large",
            )

    def read_xml(self, name: str) -> etree._Element:
        return parse_xml(self.read(name), name)


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


#: A document type declaration, in the first bytes of a part (NULs dropped: UTF-16 too).
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)


def parse_xml(data: bytes, part: str) -> etree._Element:
    """Parse an untrusted XML part; a DTD is refused since neither docx nor OFD uses one."""
    try:
        root = etree.fromstring(data, _xml_parser())
    except etree.XMLSyntaxError as err:
        # a part that declares a DTD and fails to parse is one whose entities blew up
        unsafe = _DOCTYPE.search(data[:65536].replace(b"\0", b"")) is not None
        raise InputError(f"XML part {part} is not well-formed ({err})",
                         kind="unsafe-xml" if unsafe else "damaged-attachment") from err
    if root is None:
        raise InputError(f"XML part {part} is empty", kind="damaged-attachment")
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise InputError(f"XML part {part} declares a DTD (DOCTYPE), refused for safety",
                         kind="unsafe-xml")
    return root


def local_name(tag: object) -> str:
    """The local name of an element tag, ignoring namespaces (OFD producers disagree on them)."""
    if not isinstance(tag, str):
        return ""  # comments, processing instructions, entity references
    return tag.rsplit("}", 1)[-1]


def children(elem: etree._Element, local: str) -> Iterator[etree._Element]:
    return (child for child in elem if local_name(child.tag) == local)


def first(elem: etree._Element, local: str) -> etree._Element | None:
    return next(children(elem, local), None)


def descendants(elem: etree._Element, local: str) -> Iterator[etree._Element]:
    return (node for node in elem.iter() if local_name(node.tag) == local)


def text_of(elem: etree._Element) -> str:
    """Element text with unresolved entity references dropped rather than echoed."""
    parts = [elem.text or ""]
    for child in elem:
        if isinstance(child, etree._Entity):
            parts.append(child.tail or "")
    return "".join(parts)


def resolve_part(base_dir: str, loc: str) -> str | None:
    """Resolve an OFD/OPC location: absolute ("/Doc_0/...") from the root, else from base_dir."""
    loc = loc.strip().replace("\\", "/")
    if not loc:
        return None
    path = loc.lstrip("/") if loc.startswith("/") else posixpath.join(base_dir, loc)
    path = posixpath.normpath(path)
    if path.startswith("../") or path in ("..", ".") or path.startswith("/"):
        return None
    return path
