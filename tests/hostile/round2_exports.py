"""Hostile exports, round two: one builder per bad WARC or manifest, at any size.

Each ``build_<case>(directory, size)`` writes one export into ``directory`` and returns its
path (the WARC file, or the mirror folder). ``size`` is the size of the bad part in bytes
(for ``build_manifest_bad_types``: the number of bad entries). The bad part is written
sparse (a hole in the file) or streamed through a compressor a mebibyte at a time, so a
1 GiB case is built in seconds without 1 GiB of memory; the tests build them small, the
measurements in the issue at full size.

Good pages sit before (and, where the format allows, after) the bad part; each leaks one
ID number (``corpus.make_id(n)`` with ``n`` in ``BEFORE`` or ``AFTER``), so a run shows
which were still read.
"""

from __future__ import annotations

import io
import json
import zlib
from pathlib import Path

import corpus

BEFORE = range(700, 703)
AFTER = range(703, 705)
HTML = "text/html; charset=utf-8"
_CHUNK = 1 << 20


def page_url(n: int) -> str:
    """The URL of the ``n``-th good page (in the penalty column of ``corpus.write_config``)."""
    return f"{corpus.BASE_URL}zwgk/xzcf/t{n}.html"


def warc_bytes(numbers: range, gz: bool) -> bytes:
    """Good WARC response records, one page each, as bytes (one gzip member a record)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for n in numbers:
        headers = StatusAndHeaders("200 OK", [("Content-Type", HTML)], protocol="HTTP/1.1")
        body = corpus.page(corpus.person(n) + "<p>填充</p>" * 50).encode()
        writer.write_record(writer.create_warc_record(
            page_url(n), "response", payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


def build_warc_nul_tail(directory: Path, size: int) -> Path:
    """A plain ``.warc`` whose good records are followed by ``size`` NUL bytes (a hole):
    what a copy onto a preallocated or zero-filled disk leaves."""
    path = directory / "nul-tail.warc"
    with path.open("wb") as fh:
        fh.write(warc_bytes(BEFORE, gz=False))
        fh.truncate(fh.tell() + size)
    return path


def build_warc_nul_gap(directory: Path, size: int) -> Path:
    """A plain ``.warc`` with ``size`` NUL bytes between good records: the reader must find
    the records after the gap."""
    path = directory / "nul-gap.warc"
    with path.open("wb") as fh:
        fh.write(warc_bytes(BEFORE, gz=False))
        fh.seek(size, io.SEEK_CUR)
        fh.write(warc_bytes(AFTER, gz=False))
    return path


def build_warc_gz_endless_line(directory: Path, size: int) -> Path:
    """A ``.warc.gz`` with a gzip member between good records whose record header has a
    line of ``size`` bytes that never ends (it inflates to ``size`` bytes, ~1000:1)."""
    path = directory / "endless-line.warc.gz"
    head = (b"WARC/1.0\r\nWARC-Type: response\r\n"
            b"WARC-Target-URI: " + page_url(799).encode() + b"\r\nX-Padding: ")
    with path.open("wb") as fh:
        fh.write(warc_bytes(BEFORE, gz=True))
        member = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        fh.write(member.compress(head))
        block = b"a" * _CHUNK
        left = size
        while left > 0:
            fh.write(member.compress(block[:left]))
            left -= _CHUNK
        fh.write(member.flush())
        fh.write(warc_bytes(AFTER, gz=True))
    return path


def _mirror(directory: Path, numbers: tuple[int, ...] = (*BEFORE, *AFTER)) -> Path:
    """A mirror folder with the good pages ``numbers`` (``zwgk/xzcf/tN.html``)."""
    site = directory / "site"
    for n in numbers:
        path = site / "zwgk" / "xzcf" / f"t{n}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(corpus.page(corpus.person(n)), encoding="utf-8")
    return site


def _entry(n: int, **fields: object) -> bytes:
    entry = {"path": f"zwgk/xzcf/t{n}.html", "title": f"处罚决定书{n}", **fields}
    return json.dumps(entry, ensure_ascii=False).encode() + b"\n"


#: Entries of the wrong types: ``(field, value)``; the i-th names page ``NAMED[i]``.
BAD_FIELDS: tuple[tuple[str, object], ...] = (
    ("url", 5), ("url", ["a"]), ("title", {}), ("column", 3.5), ("column_type", ["x"]),
    ("published", {"y": 2022}), ("attachments", "a.pdf"), ("path", 5),
)
NAMED = range(720, 720 + len(BAD_FIELDS))


def build_manifest_bad_types(directory: Path, size: int) -> Path:
    """A mirror whose ``manifest.jsonl`` has ``size`` entries with a field of the wrong type
    between good entries: the i-th gives page ``NAMED[i % 8]`` the field ``BAD_FIELDS[i % 8]``
    (so with ``size >= 8`` every page of ``NAMED`` is left with a bad entry)."""
    site = _mirror(directory, (*BEFORE, *AFTER, *NAMED))
    with (site / "manifest.jsonl").open("wb") as fh:
        fh.write(_entry(BEFORE[0], column="行政处罚", column_type="penalty"))
        for i in range(size):
            name, value = BAD_FIELDS[i % len(BAD_FIELDS)]
            fh.write(_entry(NAMED[i % len(NAMED)], **{name: value}))
        fh.write(_entry(AFTER[0], column="行政处罚", column_type="penalty"))
    return site


def build_manifest_endless_line(directory: Path, size: int) -> Path:
    """A mirror whose ``manifest.jsonl`` has a line of ``size`` bytes (a hole of NUL bytes
    inside a JSON string) between a good entry before and one after it."""
    site = _mirror(directory)
    with (site / "manifest.jsonl").open("wb") as fh:
        fh.write(_entry(BEFORE[0], title="前"))
        fh.write(b'{"path": "zwgk/xzcf/t701.html", "title": "')
        fh.seek(size, io.SEEK_CUR)
        fh.write(b'"}\n')
        fh.write(_entry(AFTER[0], title="后"))
    return site


def build_manifest_many_lines(directory: Path, size: int) -> Path:
    """A mirror whose ``manifest.jsonl`` is a good entry, ``size`` empty lines (written a
    mebibyte at a time), then a good entry: past ``limits.records`` lines, reading stops."""
    site = _mirror(directory)
    with (site / "manifest.jsonl").open("wb") as fh:
        fh.write(_entry(BEFORE[0], title="前"))
        block = b"\n" * _CHUNK
        left = size
        while left > 0:
            fh.write(block[:left])
            left -= _CHUNK
        fh.write(_entry(AFTER[0], title="后"))
    return site
