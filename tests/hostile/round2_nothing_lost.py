"""Hostile exports, round two: one bad name, record or line never hides the rest.

Each builder writes bad entries next to ordinary pages into a mirror folder or a WARC file
and returns a :class:`Planted` that says what a full run must do with every entry: the ID
numbers it must find (by URL), the entries it must name in exactly one ``input`` finding
each (by the finding's evidence: a path, ``file.warc#record 7``), and how many entries the
export holds, and why those not checked were not (the keys of ``rulekit.resource.
NOT_CHECKED``), so the summary can be checked to add up to the export.

The bad entries are those that used to cost more than themselves (a file name that is not
UTF-8 ended the whole site; a WARC-Target-URI with an unbalanced bracket lost records after
it) or that were passed over without a word (a page a manifest calls ``b.png``, a page
served as ``text/plain``, a folder that cannot be listed, a manifest that is a link out of
the export, images and WARC request records that no count showed).
"""

from __future__ import annotations

import io
import json
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import corpus

HTML = "text/html; charset=utf-8"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
COLUMN = "zwgk/xzcf/"
#: Ordinary pages: before the bad entries, and after them.
BEFORE = range(800, 803)
AFTER = range(803, 805)
#: How many records of other hosts a WARC holds: more than ``limits.examples`` (5).
OFF_SITE = 7


@dataclass
class Planted:
    """What a run must make of an export.

    ``found``: URL -> the number (``corpus.make_id``) of the ID that must be found there;
    ``named``: evidence that exactly one ``input`` finding must carry; ``entries``: the
    entries of the export (files, WARC records); ``not_checked``: those not checked, by
    reason.
    """

    found: dict[str, int] = field(default_factory=dict)
    named: list[str] = field(default_factory=list)
    entries: int = 0
    not_checked: Counter[str] = field(default_factory=Counter)

    def __iadd__(self, other: Planted) -> Planted:
        self.found.update(other.found)
        self.named.extend(other.named)
        self.entries += other.entries
        self.not_checked.update(other.not_checked)
        return self

    @property
    def checked(self) -> int:
        return self.entries - sum(self.not_checked.values())


def url(rel: str) -> str:
    return corpus.BASE_URL + rel


def body(n: int) -> bytes:
    """An ordinary page leaking the ``n``-th ID number."""
    return corpus.page(corpus.person(n)).encode()


# --------------------------------------------------------------------------- mirror


def _write(site: Path, rel: str | bytes, data: bytes) -> str:
    """Write a file by a name given as text or as raw bytes; its path as a str (with the
    surrogates Python uses for bytes that are not UTF-8)."""
    path = os.path.join(os.fsencode(site), os.fsencode(rel))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
    return os.fsdecode(path)


def mirror_ordinary(site: Path, numbers: range) -> Planted:
    """Ordinary pages ``zwgk/xzcf/tN.html``."""
    for n in numbers:
        _write(site, f"{COLUMN}t{n}.html", body(n))
    return Planted(found={url(f"{COLUMN}t{n}.html"): n for n in numbers}, entries=len(numbers))


def mirror_bad_utf8(site: Path) -> Planted:
    """A page whose name is not UTF-8, and a page in a folder whose name is not: each read,
    its URL percent-encoded from the bytes (as the crawler received them)."""
    _write(site, COLUMN.encode() + b"bad\xff.html", body(810))
    _write(site, COLUMN.encode() + b"dir\xfe/t811.html", body(811))
    return Planted(found={url(f"{COLUMN}bad%FF.html"): 810, url(f"{COLUMN}dir%FE/t811.html"): 811},
                   entries=2)


def mirror_control_chars(site: Path) -> Planted:
    """Pages whose names hold a raw newline and a raw carriage return."""
    _write(site, f"{COLUMN}t815\nx.html", body(815))
    _write(site, f"{COLUMN}t816\ry.html", body(816))
    return Planted(found={url(f"{COLUMN}t815%0Ax.html"): 815, url(f"{COLUMN}t816%0Dy.html"): 816},
                   entries=2)


def mirror_manifest(site: Path, outside: bool) -> Planted:
    """A manifest mapping page 812 to ``b.png`` (still a page: its own extension says so),
    page 813 to ``c.pdf`` (reported, read under its own URL) and naming a file the export
    does not hold (reported). With ``outside``, the manifest is a symbolic link to a file
    outside the export: refused, and every page read under its own URL."""
    _write(site, f"{COLUMN}p812.html", body(812))
    _write(site, f"{COLUMN}p813.html", body(813))
    lines = [{"path": f"{COLUMN}p812.html", "url": url(f"{COLUMN}b.png"), "title": "处罚"},
             {"path": f"{COLUMN}p813.html", "url": url(f"{COLUMN}c.pdf")},
             {"path": f"{COLUMN}gone.html", "title": "已删除"}]
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    manifest = site / "manifest.jsonl"
    if outside:
        elsewhere = site.parent / "elsewhere.jsonl"
        elsewhere.write_text(text, encoding="utf-8")
        manifest.symlink_to(elsewhere)
        return Planted(found={url(f"{COLUMN}p812.html"): 812, url(f"{COLUMN}p813.html"): 813},
                       named=[str(manifest)], entries=2)
    manifest.write_text(text, encoding="utf-8")
    return Planted(found={url(f"{COLUMN}b.png"): 812, url(f"{COLUMN}p813.html"): 813},
                   named=[str(site / COLUMN / "p813.html"), f"{manifest}:3"], entries=2)


def mirror_unlistable(site: Path) -> tuple[Planted, Path]:
    """A folder (holding a page) that cannot be listed: the folder is named, as one entry.
    The caller makes it unlistable (:func:`denying`): tests run as root, where ``chmod``
    is not enforced."""
    _write(site, "zwgk/locked/t814.html", body(814))
    folder = site / "zwgk" / "locked"
    return Planted(named=[str(folder)], entries=1, not_checked=Counter(unreadable=1)), folder


def denying(scandir: Callable[..., Any], folder: Path) -> Callable[..., Any]:
    """``os.scandir`` that refuses ``folder`` as an unreadable folder would."""
    def scan(path: Any = ".") -> Any:
        if not isinstance(path, int) and os.fspath(path) == os.fspath(folder):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    return scan


def mirror_passed_over(site: Path) -> Planted:
    """What a mirror holds besides pages: images, styles, scripts, fonts and a nested
    ``manifest.jsonl`` (not content), a hidden file and a hidden folder (hidden), and a
    link out of the export (named, and counted as outside the export)."""
    for rel in ("images/logo.png", "css/site.css", "js/app.js", "fonts/a.woff",
                "sub/manifest.jsonl"):
        _write(site, rel, b"x")
    _write(site, ".htaccess", b"Deny from all")
    _write(site, ".git/config", b"[core]")
    _write(site, ".git/objects/ab/cdef", b"x")
    secret = site.parent / "secret.html"
    secret.write_bytes(body(819))
    link = site / COLUMN / "leak.html"
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(secret)
    return Planted(named=[str(link)], entries=5 + 2 + 1,
                   not_checked=Counter({"not content": 5, "hidden": 2,
                                        "outside the export": 1}))


def build_mirror(root: Path, *, manifest_outside: bool = False) -> tuple[Path, Planted, Path]:
    """Every mirror case in one export, between ordinary pages: the site folder, what it
    planted, and the folder to make unlistable."""
    site = root / "site"
    planted = mirror_ordinary(site, BEFORE)
    planted += mirror_bad_utf8(site)
    planted += mirror_control_chars(site)
    planted += mirror_manifest(site, manifest_outside)
    locked, folder = mirror_unlistable(site)
    planted += locked
    planted += mirror_passed_over(site)
    planted += mirror_ordinary(site, AFTER)
    return site, planted, folder


# --------------------------------------------------------------------------- WARC


@dataclass(frozen=True)
class Record:
    """One WARC record to write: a response unless ``type`` says otherwise."""

    uri: str
    ctype: str = HTML
    payload: bytes = b""
    status: str = "200 OK"
    type: str = "response"


def write_records(path: Path, records: list[Record], gz: bool) -> Path:
    """A WARC of ``records`` as crawlers write them (warcinfo, request, revisit and
    metadata records besides responses); a URI is written as given, raw bytes and all."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for rec in records:
            if rec.type == "warcinfo":
                record = writer.create_warcinfo_record(path.name, {"software": "test"})
            elif rec.type == "request":
                headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "www.example.gov.cn")],
                                           is_http_request=True)
                record = writer.create_warc_record(rec.uri, "request", http_headers=headers)
            elif rec.type == "revisit":
                headers = StatusAndHeaders(rec.status, [("Content-Type", rec.ctype)],
                                           protocol="HTTP/1.1")
                record = writer.create_revisit_record(
                    rec.uri, "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", rec.uri,
                    "2022-05-01T00:00:00Z", http_headers=headers)
            elif rec.type == "metadata":
                record = writer.create_warc_record(rec.uri, "metadata",
                                                   payload=io.BytesIO(b"outlink: a.html\n"),
                                                   warc_content_type="application/warc-fields")
            else:
                headers = StatusAndHeaders(rec.status, [("Content-Type", rec.ctype)],
                                           protocol="HTTP/1.1")
                record = writer.create_warc_record(rec.uri, "response",
                                                   payload=io.BytesIO(rec.payload),
                                                   http_headers=headers)
            writer.write_record(record)
    return path


def _pages(numbers: range) -> Iterator[Record]:
    return (Record(url(f"{COLUMN}t{n}.html"), payload=body(n)) for n in numbers)


def build_warc(root: Path, gz: bool) -> tuple[Path, Planted]:
    """Every WARC case in one file, between ordinary pages: the file and what it planted.

    A URI with an unbalanced bracket (named, the records after it read); a bad port (read,
    its host is the site's); pages served as ``text/plain`` and ``application/octet-stream``
    (read as pages) beside a download handler's ``.docx`` served as octet-stream (read as
    a file); raw CR and LF in URIs; request, metadata, revisit and warcinfo records, a
    redirect and a 404 for a file (not a page); images, styles and scripts (not content);
    and more records of another host than are named one by one (outside the site)."""
    path = root / ("crawl.warc.gz" if gz else "crawl.warc")
    records: list[Record] = [Record("", type="warcinfo"), *_pages(BEFORE)]
    planted = Planted(found={url(f"{COLUMN}t{n}.html"): n for n in (*BEFORE, *AFTER)})
    records.append(Record("http://[www.example.gov.cn/zwgk/xzcf/t820.html", payload=body(820)))
    planted.named.append(f"{path}#record {len(records)}")
    planted.not_checked["unreadable"] += 1
    odd = [("http://www.example.gov.cn:99999/zwgk/xzcf/t821.html", HTML, 821),
           (url(f"{COLUMN}t822.html"), "text/plain; charset=utf-8", 822),
           (url(f"{COLUMN}t823.html"), "application/octet-stream", 823),
           (url(f"{COLUMN}t825\r.html"), HTML, 825)]
    for uri, ctype, n in odd:
        records.append(Record(uri, ctype, body(n)))
        planted.found[uri] = n
    records.append(Record(url(f"{COLUMN}t826\nx.html"), payload=body(826)))
    planted.found[url(f"{COLUMN}t826")] = 826  # warcio ends the URI at the newline
    download = url("module/download/down.jsp?id=7")
    records.append(Record(download, "application/octet-stream",
                          corpus.make_docx(f"身份证号码：{corpus.make_id(824)}")))
    planted.found[download] = 824
    not_pages = [Record(url(f"{COLUMN}t800.html"), type="request"),
                 Record(url(f"{COLUMN}t800.html"), type="metadata"),
                 Record(url(f"{COLUMN}t801.html"), type="revisit"),
                 Record(url("old.html"), payload=b"", status="301 Moved Permanently"),
                 Record(url(f"{COLUMN}gone.pdf"), payload=body(827), status="404 Not Found")]
    records += not_pages
    planted.not_checked["not a page"] += len(not_pages) + 1  # and the warcinfo record
    not_content = [Record(url("images/logo.png"), "image/png", b"\x89PNG\r\n"),
                   Record(url("css/site.css"), "text/css", b"body{}"),
                   Record(url("js/app.js"), "application/javascript", b"var a;")]
    records += not_content
    planted.not_checked["not content"] += len(not_content)
    for i in range(OFF_SITE):
        records.append(Record(f"http://other.gov.cn/zwgk/t{830 + i}.html", payload=body(830 + i)))
        if i < 5:  # limits.examples: named one by one, the rest in one count
            planted.named.append(f"{path}#record {len(records)}")
    records.append(Record("http://cdn.example.com/logo.png", "image/png", b"\x89PNG\r\n"))
    planted.not_checked["outside the site"] += OFF_SITE + 1
    planted.named.append(str(path))  # the count of the records not named
    records += _pages(AFTER)
    planted.entries = len(records)
    return write_records(path, records, gz), planted
