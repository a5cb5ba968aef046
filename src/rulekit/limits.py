"""Caps on the work one input may cost: what a real export never reaches, a hostile one does.

Every reader streams and stops at these caps; past one, the file gets one ``input`` finding
saying what was cut, and the rest of it (and of the run) is still checked. The defaults sit
far above what government exports hold (the largest real page seen is about 3 MB, the
largest real inventory a few thousand rows); the config's ``limits:`` section changes them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Limits:
    """The caps of one run. Sizes are in bytes or characters, times in seconds."""

    #: a page or attachment larger than this is read up to the cap and checked that far
    file_bytes: int = 64 * 1024 * 1024
    #: a page's decoded text is checked up to this many characters
    page_chars: int = 16 * 1024 * 1024
    #: one line of a manifest, JSONL, CSV or WARC header; a longer line is skipped whole
    line_bytes: int = 1024 * 1024
    #: one cell of a table (CSV, XLSX, JSON value) is cut to this many characters
    cell_chars: int = 64 * 1024
    #: records (rows, manifest lines) read from one table before the rest is cut
    records: int = 1_000_000
    #: links kept from one page; a page listing more is checked with the first ones
    links_per_page: int = 50_000
    #: attributes kept on one element; the rest are dropped before parsing
    attributes_per_element: int = 1_000
    #: seconds one attachment's text extraction (PDF, OFD, docx) may take
    extract_seconds: float = 20.0
    #: characters of text kept from one attachment
    attachment_chars: int = 16 * 1024 * 1024
    #: bad records of one kind reported by example, with the count of the rest
    examples: int = 5

    @classmethod
    def schema(cls) -> dict[str, Any]:
        """The JSON Schema of the config's ``limits:`` section."""
        props = {f.name: {"type": "number" if f.type in (float, "float") else "integer",
                          "exclusiveMinimum": 0} for f in fields(cls)}
        return {"type": "object", "additionalProperties": False, "properties": props}


DEFAULT = Limits()
