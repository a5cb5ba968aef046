"""Text of plain-text attachments, decoded as Chinese offices save them."""

from __future__ import annotations

import codecs
from collections.abc import Iterator

from rulekit.errors import InputError
from rulekit.limits import DEFAULT, Limits

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_txt(data: bytes, limits: Limits = DEFAULT) -> Iterator[str]:
    """Decode plain text: BOM, then strict UTF-8, then strict GB18030, then a detector's guess.

    A declared charset is deliberately not trusted: servers default to ISO-8859-1, which
    decodes anything and would turn GBK text into mojibake.
    """
    text = _decode_text(data)
    yield text.replace("\r\n", "\n").replace("\r", "\n")


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
