"""A new kind of site export: the province's site-group CMS (站群系统) dump, a JSON-lines file
with one record a line for every page and file of every site of the group::

    {"url": "http://www.example.gov.cn/zwgk/a.html", "html": "<html>…", "column": "政策文件",
     "column_type": "policy", "published": "2022-05-12", "title": "…"}
    {"url": "http://www.example.gov.cn/files/b.pdf", "body_base64": "JVBERi0…",
     "content_type": "application/pdf"}

A page saved in its own encoding (GBK) comes as ``body_base64`` with its content type. The
reader streams: it reads the file a line at a time, twice (pages first, then the files they
link to, so that an attachment knows its page), and never holds more than one record.
Records of the group's other sites are passed over as outside the site; a line that is not
a record is yielded as an InputError and the reading goes on.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import rulekit
from rulekit.resource import Resource, Skipped

RULEKIT_API = "1"
SUFFIXES = (".jsonl", ".ndjson")
INFO_KEYS = ("column", "column_type", "title", "published")


@rulekit.hookimpl
def rulekit_open_export(site):
    path = Path(site.export)
    if not path.is_file() or not path.name.lower().endswith(SUFFIXES):
        return None  # not ours: the mirror and WARC readers are asked next
    return _dump(site, path)


def _dump(site, path: Path) -> Iterator[Resource | Skipped | rulekit.InputError]:
    host = urlsplit(site.base_url).netloc.lower()
    for pages in (True, False):  # pages before the attachments they link to
        for where, record in _lines(path, site.limits.line_bytes, report=pages):
            if isinstance(record, rulekit.InputError):
                yield record
                continue
            url = record["url"]
            is_page = _is_page(record)
            if is_page != pages:
                continue
            if urlsplit(url).netloc.lower() != host:
                if pages:  # said once, in the first pass
                    yield Skipped(url, where, "outside the site")
                continue
            info = {k: record[k] for k in INFO_KEYS if isinstance(record.get(k), str)}
            ctype = record.get("content_type") or ("text/html; charset=utf-8"
                                                    if "html" in record else None)
            yield Resource(url=url, where=where, content_type=ctype, info=info,
                           load=_loader(record, where))


def _lines(path: Path, line_bytes: int, report: bool):
    """``(where, record)`` for every line; problems as InputErrors, in the first pass only."""
    with path.open("rb") as fh:
        number = 0
        while True:
            line = fh.readline(line_bytes + 1)
            if not line:
                return
            number += 1
            where = f"{path.name}:{number}"
            if len(line) > line_bytes and not line.endswith(b"\n"):
                while (rest := fh.readline(line_bytes + 1)) and not rest.endswith(b"\n"):
                    pass  # skip to the end of the long line without holding it
                if report:
                    yield where, rulekit.InputError(
                        f"record longer than {line_bytes:,} bytes (limits.line_bytes): "
                        "skipped whole", where)
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (UnicodeDecodeError, ValueError) as exc:
                if report:
                    yield where, rulekit.InputError(f"CMS dump record is not JSON: {exc}", where)
                continue
            if not isinstance(record, dict) or not isinstance(record.get("url"), str) \
                    or not record["url"].startswith(("http://", "https://")):
                if report:
                    yield where, rulekit.InputError(
                        "CMS dump record has no url (an absolute http address)", where)
                continue
            yield where, record


def _is_page(record: dict) -> bool:
    if isinstance(record.get("html"), str):
        return True
    return str(record.get("content_type") or "").split(";")[0].strip() == "text/html"


def _loader(record: dict, where: str):
    html, body = record.get("html"), record.get("body_base64")

    def load() -> bytes:
        if isinstance(html, str):
            return html.encode("utf-8")
        if not isinstance(body, str):
            raise rulekit.InputError("CMS dump record has neither html nor body_base64", where)
        try:
            return base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise rulekit.InputError(f"CMS dump record's body_base64 is damaged: {exc}",
                                     where) from None

    return load
