"""Text of Word (docx) documents: paragraphs and table rows in reading order, body first."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from rulekit.errors import InputError
from rulekit.limits import DEFAULT, Limits
from rulekit.readers.attachments.archive import (
    SafeZip,
    descendants,
    local_name,
    resolve_part,
    text_of,
)
from rulekit.readers.attachments.result import join_lines

_OFFICE_DOC_REL = re.compile(r"/officeDocument$")
# Subtrees whose text is not part of the visible document: deleted or moved-away revisions,
# and mc:Fallback, which repeats the mc:Choice content (text boxes would appear twice).
_DOCX_SKIP = frozenset({"del", "moveFrom", "Fallback", "instrText", "delText", "rPr", "pPr"})


def read_docx(data: bytes, limits: Limits = DEFAULT) -> Iterator[str]:
    """Body text of a Word document; headers, footers and notes follow the body.

    Yields the body, then each header, footer and notes part, so a deadline keeps the body.
    """
    archive = SafeZip(data, "docx")
    main = _docx_main_part(archive)
    yield join_lines(_docx_blocks(archive.read_xml(main)))
    for extra in sorted(archive.names()):
        if re.fullmatch(r"word/(header\d*|footer\d*|footnotes|endnotes)\.xml", extra):
            yield join_lines(_docx_blocks(archive.read_xml(extra)))


def _docx_main_part(archive: SafeZip) -> str:
    """The main document part: word/document.xml, or whatever _rels/.rels points to."""
    if archive.find("word/document.xml") is not None:
        return "word/document.xml"
    if archive.find("_rels/.rels") is not None:
        rels = archive.read_xml("_rels/.rels")
        for rel in descendants(rels, "Relationship"):
            if _OFFICE_DOC_REL.search(rel.get("Type", "")):
                target = resolve_part("", rel.get("Target", ""))
                if target and archive.find(target) is not None:
                    return target
    raise InputError("not a valid docx archive: word/document.xml missing",
                     kind="damaged-attachment")


def _docx_blocks(root: etree._Element) -> list[str]:
    """Lines of a document/header/footer part: paragraphs and table rows in reading order."""
    lines: list[str] = []
    _docx_container(root, lines)
    return lines


def _docx_container(elem: etree._Element, lines: list[str]) -> None:
    for child in elem:
        name = local_name(child.tag)
        if name in _DOCX_SKIP or not name:
            continue
        if name == "p":
            _docx_paragraph(child, lines)
        elif name == "tbl":
            _docx_table(child, lines)
        else:  # body, sdt, sdtContent, customXml, hdr, ftr, footnote, txbxContent ...
            _docx_container(child, lines)


def _docx_paragraph(p: etree._Element, lines: list[str]) -> None:
    """One line per paragraph; text boxes anchored in it become lines after it."""
    parts: list[str] = []
    nested: list[str] = []

    def walk(elem: etree._Element) -> None:
        for child in elem:
            name = local_name(child.tag)
            if name in _DOCX_SKIP or not name:
                continue
            if name == "t":
                parts.append(text_of(child))
            elif name == "tab" and local_name(elem.tag) == "r":
                parts.append("\t")
            elif name in ("br", "cr"):
                parts.append("\n")
            elif name == "noBreakHyphen":
                parts.append("-")
            elif name in ("txbxContent", "tbl", "p"):
                sub: list[str] = []
                if name == "txbxContent":
                    _docx_container(child, sub)
                elif name == "tbl":
                    _docx_table(child, sub)
                else:
                    _docx_paragraph(child, sub)
                nested.extend(sub)
            else:
                walk(child)

    walk(p)
    lines.append("".join(parts))
    lines.extend(nested)


def _docx_table(tbl: etree._Element, lines: list[str]) -> None:
    """One line per row, cells separated by tabs; a cell's own paragraphs joined by spaces."""
    for row in _docx_rows(tbl):
        cells = []
        for cell in _docx_cells(row):
            cell_lines: list[str] = []
            _docx_container(cell, cell_lines)
            cells.append(" ".join(line.strip() for line in cell_lines if line.strip()))
        lines.append("\t".join(cells))


def _docx_rows(tbl: etree._Element) -> Iterator[etree._Element]:
    for child in tbl:
        name = local_name(child.tag)
        if name == "tr":
            yield child
        elif name in ("sdt", "sdtContent", "customXml"):
            yield from _docx_rows(child)


def _docx_cells(row: etree._Element) -> Iterator[etree._Element]:
    for child in row:
        name = local_name(child.tag)
        if name == "tc":
            yield child
        elif name in ("sdt", "sdtContent", "customXml"):
            yield from _docx_cells(child)
