"""Mirror directories (``wget --mirror``, HTTrack, CMS static exports), with ``manifest.jsonl``.

A file's URL is the site's ``base_url`` plus its path under the directory; a manifest at the
root may give the URL, column, title, publish date and attachments for each file. Pages are
yielded before attachments, so attachments can inherit the column of the page linking them.

An export may come from elsewhere (a tarball a vendor sent), so only regular files inside it
are read: a symbolic link that leads out of the export, a link to a directory (not followed),
a pipe or a device named ``.html`` are each reported as an input problem, never opened; a
file over MAX_FILE_BYTES is reported without being read, and never more than that is read
even if it grows in between.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin

from rulekit.config import SiteConfig
from rulekit.errors import InputError
from rulekit.hookspecs import hookimpl
from rulekit.resource import ATTACHMENT_EXTENSIONS, HTML_EXTENSIONS, Resource

MANIFEST = "manifest.jsonl"
#: Pages larger than this are reported, not read: a 200 MB "page" is an export error.
MAX_FILE_BYTES = 64 * 1024 * 1024


def _loader(path: Path):
    def load() -> bytes:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # /dev/zero or a FIFO would never end
            raise InputError("not a regular file (a device, pipe or socket): not read",
                             str(path))
        if info.st_size > MAX_FILE_BYTES:
            raise InputError(f"file is {info.st_size // 1_048_576} MB, over the "
                             f"{MAX_FILE_BYTES // 1_048_576} MB limit for one page or "
                             "attachment", str(path))
        with path.open("rb") as fh:
            data = fh.read(info.st_size)  # not more than was checked ...
            if fh.read(1):  # ... so a file still being written is reported, not read on
                raise InputError("file grew while being read (still being written?)",
                                 str(path))
        return data

    return load


def _escapes(path: Path, real_root: Path) -> bool:
    """Whether a symbolic link leads outside the export (or nowhere)."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # dangling, or a loop
        return True
    return target != real_root and real_root not in target.parents


#: wget saves ``downfile.jsp?id=3`` or ``list.html?page=2`` as that name on Linux, and with
#: ``@`` for ``?`` on Windows (``--restrict-file-names=windows``): the name carries the query.
_SAVED_QUERY = re.compile(
    r"^(.*?\.(?:jsp|php|asp|aspx|do|action|ashx|cgi|s?html?))[?@](.+)$", re.I)


#: What a download handler's response starts with, and the content type it means.
_MAGIC = ((b"%PDF-", "application/pdf"), (b"PK\x03\x04", "application/zip"),
          (b"\xd0\xcf\x11\xe0", "application/msword"), (b"{\\rtf", "application/rtf"))


def _sniff_download(path: str) -> str | None:
    """The content type of a saved ``downfile.jsp?id=…`` response when it is a file."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError:
        return None
    return next((ctype for magic, ctype in _MAGIC if head.startswith(magic)), None)


_HTML_START = re.compile(rb"<!doctype\s+html|<html|<head|<meta|<body", re.I)


def _looks_like_html(path: str) -> bool:
    """Whether a file with no extension is a page: its first bytes open an HTML document."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as fh:
            return bool(_HTML_START.search(fh.read(2048)))
    except OSError:
        return False


def file_url(base: str, rel: str) -> str:
    """The URL a mirrored file was fetched from: ``base`` + its path, with a saved query
    string (``downfile.jsp@classid=0&fileid=7``) turned back into one."""
    m = _SAVED_QUERY.match(rel)
    if m:
        return urljoin(base, quote(m.group(1), safe="/%")) + "?" + quote(m.group(2),
                                                                         safe="=&%+;,")
    return urljoin(base, quote(rel, safe="/%"))


def read_manifest(root: Path) -> Iterator[tuple[str, dict[str, Any]] | InputError]:
    """``(relative path, entry)`` for each line of the manifest; bad lines as errors."""
    path = root / MANIFEST
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            where = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                entry = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield InputError(f"manifest line is not valid JSON: {exc}", where)
                continue
            if not isinstance(entry, dict) or not (entry.get("path") or entry.get("url")):
                yield InputError("manifest line needs an object with 'path' or 'url'", where)
                continue
            yield str(entry.get("path") or ""), entry


def iter_mirror(site: SiteConfig) -> Iterator[Resource | InputError]:
    """Every page, then every attachment, of a mirror directory, in a stable order."""
    root = site.export
    base = site.base_url if site.base_url.endswith("/") else site.base_url + "/"
    known: dict[str, dict[str, Any]] = {}
    if (root / MANIFEST).is_file():
        for item in read_manifest(root):
            if isinstance(item, InputError):
                yield item
                continue
            rel, entry = item
            known[rel.lstrip("/")] = entry
    pages: list[str] = []
    files: list[str] = []
    real_root = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root):
        linked = sorted(d for d in dirnames if os.path.islink(os.path.join(dirpath, d)))
        for name in linked:  # os.walk does not follow them: say so rather than skip quietly
            yield InputError("symbolic link to a directory: not followed, its files are not "
                             "read", os.path.join(dirpath, name))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in linked)
        for name in sorted(filenames):
            if name.startswith(".") or name == MANIFEST:
                continue
            full = os.path.join(dirpath, name)
            saved = _SAVED_QUERY.match(name)
            ext = os.path.splitext(saved.group(1) if saved else name)[1].lower()
            if not ext and _looks_like_html(full):
                ext = ".html"  # wget without --adjust-extension: /art/2022/5/12/art_1_2
            if not ((ext in HTML_EXTENSIONS and ext) or ext in ATTACHMENT_EXTENSIONS):
                continue
            if os.path.islink(full) and _escapes(Path(full), real_root):
                yield InputError("symbolic link leading outside the export (or nowhere): not "
                                 "read", full)
                continue
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            if saved and _sniff_download(full):
                files.append(rel)  # a download handler's response: a file, not a page
            elif ext in HTML_EXTENSIONS:
                pages.append(rel)
            else:
                files.append(rel)
    for rel in pages + files:
        entry = known.get(rel, {})
        url = entry.get("url") or file_url(base, rel)
        info = {k: entry[k] for k in ("column", "column_type", "title", "published",
                                      "attachments") if entry.get(k) is not None}
        ctype = _sniff_download(str(root / rel)) if _SAVED_QUERY.match(rel) else None
        yield Resource(url=url, load=_loader(root / rel), where=str(root / rel), info=info,
                       content_type=ctype)


@hookimpl(trylast=True)
def rulekit_open_export(site: SiteConfig) -> Iterator[Resource | InputError] | None:
    if not site.export.is_dir():
        return None
    return iter_mirror(site)
