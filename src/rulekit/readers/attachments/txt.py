"""Text of plain-text attachments, decoded as Chinese offices save them."""

from __future__ import annotations

from collections.abc import Iterator

from rulekit.errors import InputError
from rulekit.limits import DEFAULT, Limits
from rulekit.readers.charset import find_bom


def read_txt(data: bytes, limits: Limits = DEFAULT) -> Iterator[str]:
    """Decode plain text: BOM, then strict UTF-8, then strict GB18030, then a detector's guess.

    A declared charset is deliberately not trusted: servers default to ISO-8859-1, which
    decodes anything and would turn GBK text into mojibake.
    """
    text = _decode_text(data)
    yield text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_text(data: bytes) -> str:
    bom = find_bom(data)
    if bom is not None:
        try:
            return data.decode(bom.codec)
        except UnicodeDecodeError as err:
            raise InputError(f"text file has a {bom.codec} BOM but is not {bom.codec}",
                             kind="encoding") from err
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("text file is not in a recognisable character encoding",
                         kind="encoding")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as err:
        raise InputError("text file is not in a recognisable character encoding",
                         kind="encoding") from err
