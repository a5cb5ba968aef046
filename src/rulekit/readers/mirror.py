"""Mirror directories (``wget --mirror``, HTTrack, CMS static exports), with ``manifest.jsonl``.

A file's URL is the site's ``base_url`` plus its path under the directory; a manifest at the
root may give the URL, column, title, publish date and attachments for each file. Pages are
yielded before attachments, so attachments can inherit the column of the page linking them.

An export may come from elsewhere (a tarball a vendor sent), so only regular files inside it
are read: a symbolic link that leads out of the export, a link to a directory (not followed),
a pipe or a device named ``.html`` are each reported as an input problem, never opened; a
file over MAX_FILE_BYTES is reported without being read, and never more than that is read
even if it grows in between.

The manifest is read a line at a time, each at most ``limits.line_bytes`` (a longer one is
skipped to its end without being held), at most ``limits.records`` lines; an entry whose
fields have the wrong types is reported and its file read as if the manifest did not name
it; and only entries for files the export holds are kept, so the manifest costs memory in
proportion to the export, not to itself.
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
from rulekit.limits import DEFAULT, Limits
from rulekit.resource import ATTACHMENT_EXTENSIONS, HTML_EXTENSIONS, Resource

MANIFEST = "manifest.jsonl"
#: Manifest fields that must be strings (or null), and those passed on as the file's info.
_STRING_FIELDS = ("path", "url", "column", "column_type", "title", "published")
_INFO_FIELDS = ("column", "column_type", "title", "published", "attachments")
_SKIP = 1 << 20
#: The kinds of bad manifest line, each reported by example, then counted.
_KINDS = {"long": "too long", "json": "not valid JSON", "entry": "without 'path' or 'url'",
          "field": "with a field of the wrong type"}
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


def _lines(fh: Any, cap: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines of at most ``cap`` bytes; a longer one is read to its end a mebibyte
    at a time and dropped (None), so a line that never ends costs no memory."""
    lineno = 0
    while True:
        raw = fh.readline(cap + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > cap and not raw.endswith(b"\n"):
            while True:
                rest = fh.readline(_SKIP)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
        else:
            yield lineno, raw


def _bad_field(entry: dict[str, Any]) -> str | None:
    """What is wrong with a manifest entry's fields (a CMS bug, or a hand edit), if anything:
    a URL that is a number would otherwise stop the run far from here."""
    for key in _STRING_FIELDS:
        value = entry.get(key)
        if value is not None and not isinstance(value, str):
            return f"field '{key}' must be a string, not {_json_type(value)}"
    if entry.get("attachments") is not None and not isinstance(entry["attachments"], list):
        return f"field 'attachments' must be a list, not {_json_type(entry['attachments'])}"
    return None


def _json_type(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list",
             dict: "an object", str: "a string"}
    return names.get(type(value), type(value).__name__)


def read_manifest(root: Path, limits: Limits = DEFAULT
                  ) -> Iterator[tuple[str, dict[str, Any]] | InputError]:
    """``(relative path, entry)`` for each line of the manifest; bad lines as errors.

    Lines are capped at ``limits.line_bytes`` and counted up to ``limits.records``; of each
    kind of bad line, ``limits.examples`` are reported one by one and the rest counted."""
    path = root / MANIFEST
    shown: dict[str, int] = {}
    more: dict[str, list[int]] = {}

    def bad(kind: str, message: str, lineno: int) -> Iterator[InputError]:
        if shown.get(kind, 0) < limits.examples:
            shown[kind] = shown.get(kind, 0) + 1
            yield InputError(message, f"{path}:{lineno}")
        else:
            seen = more.setdefault(kind, [0, lineno])
            seen[0] += 1

    try:
        fh = path.open("rb", buffering=_SKIP)
    except OSError as exc:
        yield InputError(f"manifest cannot be opened: {exc.strerror}", str(path))
        return
    with fh:
        for lineno, raw in _lines(fh, limits.line_bytes):
            if lineno > limits.records:
                yield InputError(f"manifest has more than {limits.records} lines: the rest "
                                 "is not read", f"{path}:{lineno}")
                break
            if raw is None:
                yield from bad("long", f"manifest line longer than {limits.line_bytes} bytes: "
                               "skipped", lineno)
                continue
            if not raw.strip():
                continue
            try:
                entry = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
                text = "too deeply nested" if isinstance(exc, RecursionError) else str(exc)
                yield from bad("json", f"manifest line is not valid JSON: {text}", lineno)
                continue
            if not isinstance(entry, dict) or not (entry.get("path") or entry.get("url")):
                yield from bad("entry", "manifest line needs an object with 'path' or 'url'",
                               lineno)
                continue
            problem = _bad_field(entry)
            if problem is not None:
                named = (f" (for {entry['path']}, read without the manifest's information)"
                         if isinstance(entry.get("path"), str) and entry["path"] else "")
                yield from bad("field", f"manifest entry: {problem}{named}", lineno)
                continue
            yield str(entry.get("path") or ""), entry
    for kind, (count, first) in more.items():
        yield InputError(f"{count} more manifest lines {_KINDS[kind]}, from line {first} on: "
                         "not reported one by one", str(path))


def iter_mirror(site: SiteConfig, limits: Limits | None = None
                ) -> Iterator[Resource | InputError]:
    """Every page, then every attachment, of a mirror directory, in a stable order.

    ``limits`` (default: the site's, else the defaults) caps the manifest's lines."""
    limits = limits or getattr(site, "limits", DEFAULT)
    root = site.export
    base = site.base_url if site.base_url.endswith("/") else site.base_url + "/"
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
    known: dict[str, dict[str, Any]] = {}
    if (root / MANIFEST).is_file():  # after the walk: only entries for files it found are kept
        wanted = set(pages).union(files)
        for item in read_manifest(root, limits):
            if isinstance(item, InputError):
                yield item
                continue
            rel, entry = item
            rel = rel.lstrip("/")
            if rel in wanted:
                known[rel] = {k: entry[k] for k in ("url", *_INFO_FIELDS) if k in entry}
    for rel in pages + files:
        entry = known.get(rel, {})
        url = entry.get("url") or file_url(base, rel)
        info = {k: entry[k] for k in _INFO_FIELDS if entry.get(k) is not None}
        ctype = _sniff_download(str(root / rel)) if _SAVED_QUERY.match(rel) else None
        yield Resource(url=url, load=_loader(root / rel), where=str(root / rel), info=info,
                       content_type=ctype)


@hookimpl(trylast=True)
def rulekit_open_export(site: SiteConfig) -> Iterator[Resource | InputError] | None:
    if not site.export.is_dir():
        return None
    return iter_mirror(site, getattr(site, "limits", DEFAULT))
