"""Mirror directories (``wget --mirror``, HTTrack, CMS static exports), with ``manifest.jsonl``.

A file's URL is the site's ``base_url`` plus its path under the directory; a manifest at the
root may give the URL, column, title, publish date and attachments for each file. Pages are
yielded before attachments, so attachments can inherit the column of the page linking them.

An export may come from elsewhere (a tarball a vendor sent), so only regular files inside it
are read: a symbolic link that leads out of the export, a link to a directory (not followed),
a pipe or a device named ``.html`` are each reported as an input problem, never opened; a
file over MAX_FILE_BYTES is reported without being read, and never more than that is read
even if it grows in between.

The manifest (read by ``manifest``) is read after the walk, and only entries for files the
export holds are kept, so it costs memory in proportion to the export, not to itself; a
manifest that is a link out of the export, or not a regular file, is reported and not read.

Every file is accounted for, and one bad file costs only itself: it is yielded for checking,
named in an input problem (a folder that cannot be listed, a link out of the export), or,
when the caller asks (``skipped=True``, as the engine does), yielded as a
:class:`~rulekit.resource.Skipped` with its reason (images, stylesheets and scripts are
"not content"; hidden files and folders "hidden"). A name that is not UTF-8 is read like
any other, its URL percent-encoded from its bytes (``names``). The file's own extension (or
bytes) decides whether it is a page: a manifest URL ending in ``.png`` does not hide a page.
"""

from __future__ import annotations

import itertools
import os
import stat
import sys
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rulekit.config import SiteConfig
from rulekit.errors import InputError, os_kind
from rulekit.hookspecs import hookimpl
from rulekit.limits import DEFAULT, Limits
from rulekit.readers.mirror.manifest import INFO_FIELDS, MANIFEST, normal_path, read_manifest
from rulekit.readers.mirror.names import SAVED_QUERY, file_url, shown_path
from rulekit.readers.mirror.spool import Spool
from rulekit.resource import (
    ATTACHMENT_EXTENSIONS,
    HTML_EXTENSIONS,
    Resource,
    Skipped,
    _suffix,
    looks_like_html,
    type_of_extension,
    url_extension,
)

__all__ = ["MANIFEST", "MAX_FILE_BYTES", "file_url", "iter_mirror", "read_manifest",
           "rulekit_open_export"]

#: Pages larger than this are reported, not read: a 200 MB "page" is an export error.
MAX_FILE_BYTES = 64 * 1024 * 1024


#: A file whose last change is older than this when it is read cannot change again without
#: its change time moving on (file systems keep time at least this finely): a cache may then
#: know it by its ``stat`` signature (git's "racy" rule).
SETTLED_NS = 2_000_000_000


def signature(info: os.stat_result) -> tuple[int, int, int, int, int]:
    """What ``stat`` says of a file that changes when its bytes do: device, inode, size,
    modification and change times (as git's index keeps them)."""
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


@dataclass(frozen=True)
class FileLoad:
    """How to read a file of the export, checked when it is read (it may have changed since
    the walk): a regular file, within MAX_FILE_BYTES, not growing. A plain object, so a
    worker process can be sent the path instead of the bytes.

    ``signature`` is the walk's :func:`signature` of the file: with :meth:`read_signed` it
    lets the page cache know an unchanged file without reading it again."""

    path: str | Path  # (the walk gives a str: a Path costs a tenth of a cached page to pickle)
    signature: tuple[int, ...] | None = None

    def __call__(self) -> bytes:
        return self.read_signed()[0]

    def read_signed(self) -> tuple[bytes, tuple[int, ...] | None]:
        """The bytes, and the :func:`signature` of the file they were read from when it had
        settled (last changed over :data:`SETTLED_NS` before the read began), else None."""
        path = self.path
        started = time.time_ns()
        # opened before it is looked at, so what is checked is what is read; O_NONBLOCK so
        # that opening a FIFO does not wait for a writer (it does nothing to a regular file)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):  # /dev/zero or a FIFO would never end
                raise InputError("not a regular file (a device, pipe or socket): not read",
                                 shown_path(path), kind="unreadable")
            if info.st_size > MAX_FILE_BYTES:
                raise InputError(f"file is {info.st_size // 1_048_576} MB, over the "
                                 f"{MAX_FILE_BYTES // 1_048_576} MB limit for one page or "
                                 "attachment", shown_path(path), kind="too-large")
            data = _read(fd, info.st_size)  # not more than was checked ...
            if os.read(fd, 1):  # ... so a file still being written is reported, not read on
                raise InputError("file grew while being read (still being written?)",
                                 shown_path(path), kind="unreadable")
        finally:
            os.close(fd)
        settled = info.st_mtime_ns < started - SETTLED_NS and len(data) == info.st_size
        return data, signature(info) if settled else None


def _read(fd: int, size: int) -> bytes:
    """Up to ``size`` bytes of an open file (os.read: a third of a buffered read's cost
    on a 50 KB page, and every page of a re-run is read to be hashed)."""
    data = os.read(fd, size)
    if len(data) == size or not data:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        chunk = os.read(fd, size - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def _escapes(path: Path, real_root: Path) -> bool:
    """Whether a symbolic link leads outside the export (or nowhere)."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # dangling, or a loop
        return True
    return target != real_root and real_root not in target.parents


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


def _looks_like_html(path: str) -> bool:
    """Whether a file with no extension is a page: its first bytes open an HTML document."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as fh:
            return looks_like_html(fh.read(2048))
    except OSError:
        return False


def _why(exc: Exception) -> str:
    """An unforeseen error in words any report can print (its text may quote a bad name)."""
    return f"{type(exc).__name__}: {exc}".encode("utf-8", "backslashreplace").decode()


#: The attachments that keep the content type their own extension stands for when a manifest
#: gives them a URL with another extension (``downfile.jsp?id=7``): the formats rulekit reads,
#: whose bytes then decide their format. Any other is sent as application/octet-stream.
_TYPED_EXTENSIONS = frozenset({".pdf", ".ofd", ".txt", ".docx"})


class _Walk:
    """What the walk found: pages and attachments (relative paths, with their own extension),
    every file seen (for the manifest's entries), and whether to yield :class:`Skipped`."""

    def __init__(self, root: Path, base: str, skipped: bool) -> None:
        self.root = root
        self.base = base
        self.skipped = skipped
        self.real_root = root.resolve()
        self.prefix = os.path.join(os.fspath(root), "")
        #: (path, extension, sniffed content type or None) of the pages held for a
        #: manifest and of the attachments, yielded after the walk: kept in a file
        self.pages = Spool()
        self.files = Spool()
        #: every file's path, for the manifest's entries: kept only when there is one (on a
        #: 100,000-page export it is a third of what the listing holds)
        self.seen: set[str] | None = set() if os.path.lexists(root / MANIFEST) else None

    def rel(self, full: str) -> str:
        if full.startswith(self.prefix):  # (every file of the walk: no relpath needed)
            return full[len(self.prefix):].replace(os.sep, "/")
        return os.path.relpath(full, self.root).replace(os.sep, "/")

    def skip(self, full: str, reason: str, rel: str | None = None) -> Iterator[Skipped]:
        if self.skipped:
            try:
                size = os.stat(full, follow_symlinks=False).st_size
            except OSError:  # gone, or a name the system refuses: indexed without a size
                size = None
            yield Skipped(file_url(self.base, rel or self.rel(full)), shown_path(full), reason,
                          size=size)

    def refuse(self, message: str, full: str, reason: str, rel: str, kind: str
               ) -> Iterator[InputError | Skipped]:
        """An input problem (of ``kind``) naming an entry not read, counted under ``reason``
        (not as "unreadable") when Skipped entries are wanted."""
        if self.skipped:
            yield InputError(message, shown_path(full), entry=False, kind=kind)
            yield from self.skip(full, reason, rel)
        else:
            yield InputError(message, shown_path(full), kind=kind)

    def file(self, dirpath: str, name: str) -> Iterator[Resource | InputError | Skipped]:
        """Sort one file of the walk: a page, an attachment, or an entry passed over. Without
        a manifest a page is yielded at once (memory stays flat however large the export);
        with one, pages wait for the manifest's entries, read after the walk."""
        full = os.path.join(dirpath, name)
        rel = self.rel(full)
        if self.seen is not None:
            self.seen.add(rel)
        if name.startswith("."):  # .htaccess, .DS_Store: not the site's content
            yield from self.skip(full, "hidden", rel)
            return
        try:  # one lstat: whether it is a link, and (when not) its size for the index
            info: os.stat_result | None = os.lstat(full)
        except OSError:
            info = None
        link = info is not None and stat.S_ISLNK(info.st_mode)
        if link and _escapes(Path(full), self.real_root):
            yield from self.refuse("symbolic link leading outside the export (or nowhere): "
                                   "not read", full, "outside the export", rel, "symlink")
            return
        saved = SAVED_QUERY.match(name)
        ext = sys.intern(os.path.splitext(saved.group(1) if saved else name)[1].lower())
        if not ext and _looks_like_html(full):
            ext = ".html"  # wget without --adjust-extension: /art/2022/5/12/art_1_2
        if not ((ext in HTML_EXTENSIONS and ext) or ext in ATTACHMENT_EXTENSIONS):
            yield from self.skip(full, "not content", rel)  # images, styles, scripts, fonts
            return
        sniffed = _sniff_download(full) if saved else None
        if sniffed:  # a download handler's response: a file, not a page (looked at once)
            self.files.append((rel, ext, sniffed))
        elif ext in HTML_EXTENSIONS:
            if self.seen is None:
                yield from _entry(self, rel, ext, {}, True, None, None if link else info)
            else:
                self.pages.append((rel, ext, None))
        else:
            self.files.append((rel, ext, None))


def iter_mirror(site: SiteConfig, limits: Limits | None = None, *, skipped: bool = False
                ) -> Iterator[Resource | InputError | Skipped]:
    """Every page, then every attachment, of a mirror directory, in a stable order (pages
    as the walk meets them when there is no manifest, else after it).

    ``limits`` (default: the site's, else the defaults) caps the manifest's lines. With
    ``skipped``, every other entry is yielded as a :class:`Skipped` with its reason, so a run
    can account for each file of the export (the engine asks for them; direct callers that
    want only what is checked need not)."""
    limits = limits or getattr(site, "limits", DEFAULT)
    root = site.export
    base = site.base_url if site.base_url.endswith("/") else site.base_url + "/"
    walk = _Walk(root, base, skipped)
    unreadable: list[OSError] = []  # os.walk's onerror: a folder it could not list
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append):
        yield from _unlisted(unreadable, root)
        linked = sorted(d for d in dirnames if os.path.islink(os.path.join(dirpath, d)))
        for name in linked:  # os.walk does not follow them: say so rather than skip quietly
            yield InputError("symbolic link to a directory: not followed, its files are not "
                             "read", shown_path(os.path.join(dirpath, name)), kind="symlink")
        for name in sorted(d for d in dirnames if d.startswith(".") and d not in linked):
            yield from walk.skip(os.path.join(dirpath, name), "hidden")  # .git: one entry
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in linked)
        top = dirpath == os.fspath(root)
        for name in sorted(filenames):
            if top and name == MANIFEST:
                continue  # the export's description, not one of its entries
            try:
                yield from walk.file(dirpath, name)
            except Exception as exc:  # one bad name costs that file, never the rest
                yield InputError(f"file cannot be read: {_why(exc)}",
                                 shown_path(os.path.join(dirpath, name)), kind="unreadable")
    yield from _unlisted(unreadable, root)
    known = yield from _manifest(walk, limits)
    try:
        for page, spool in ((True, walk.pages), (False, walk.files)):
            for rel, ext, sniffed in spool:
                try:
                    yield from _entry(walk, rel, ext, known.get(rel, {}), page, sniffed)
                except Exception as exc:  # as above: one file, not the site
                    yield InputError(f"file cannot be read: {_why(exc)}",
                                     shown_path(root / rel), kind="unreadable")
    finally:
        walk.pages.close()
        walk.files.close()


def _unlisted(errors: list[OSError], root: Path) -> Iterator[InputError]:
    """Folders os.walk could not list (no permission, removed meanwhile): each named once."""
    for error in errors:
        yield InputError(f"folder cannot be read ({error.strerror or error}): its files are "
                         "not read", shown_path(error.filename or root), kind=os_kind(error))
    errors.clear()


def _manifest(walk: _Walk, limits: Limits
              ) -> Generator[InputError, None, dict[str, dict[str, Any]]]:
    """The manifest's entries for the files the walk found (after it, so the manifest costs
    memory in proportion to the export); problems with the manifest itself as errors."""
    path = walk.root / MANIFEST
    known: dict[str, dict[str, Any]] = {}
    if not os.path.lexists(path):
        return known
    if path.is_symlink() and _escapes(path, walk.real_root):
        yield InputError("manifest is a symbolic link leading outside the export (or "
                         "nowhere): not read, the files are read without it", shown_path(path),
                         entry=False, kind="symlink")
        return known
    if not path.is_file():  # a folder, a pipe: reading it would fail or never end
        yield InputError("manifest is a folder, pipe or device, not a file: not read, the "
                         "files are read without it", shown_path(path), entry=False,
                         kind="unreadable")
        return known
    wanted = {rel for rel, _, _ in itertools.chain(walk.pages, walk.files)}
    for item in read_manifest(walk.root, limits, held=walk.seen):
        if isinstance(item, InputError):
            yield item
            continue
        rel, entry = item
        rel = normal_path(rel)
        if rel in wanted:
            known[rel] = {k: entry[k] for k in ("url", *INFO_FIELDS) if k in entry}
    return known


def _entry(walk: _Walk, rel: str, ext: str, entry: dict[str, Any], page: bool,
           sniffed: str | None = None, info: os.stat_result | None = None
           ) -> Iterator[Resource | InputError]:
    """The resource of one file, under the manifest's URL unless that URL says it is a file
    of another kind: the file's own extension (or bytes) decides what it is. ``sniffed``:
    the content type a download handler's saved response showed; ``info``: the walk's
    ``lstat`` of the file when it is no link (else it is looked at here)."""
    full = os.path.join(walk.prefix, rel)  # (a str: made and pickled for every file)
    own = file_url(walk.base, rel)
    url = entry.get("url") or own
    fields = {k: entry[k] for k in INFO_FIELDS if entry.get(k) is not None}
    ctype = sniffed
    if url != own:
        url_ext = url_extension(url)
        if url_ext in ATTACHMENT_EXTENSIONS and (page or url_ext != ext):
            # (the manifest's URL is not quoted: its extension would read as a broken file)
            what = ("this page the URL of an attachment: read as a page" if page else
                    "this file the URL of a file of another format: read")
            yield InputError(f"the manifest gives {what} under its own URL {own}",
                             shown_path(full), entry=False, kind="table")
            url = own
        elif page and url_ext not in HTML_EXTENSIONS:  # a page whose URL ends in .png
            ctype = "text/html"
        elif not page and url_ext != ext and ctype is None:  # downfile.jsp?id=7 for a .pdf
            typed = type_of_extension(ext) if ext in _TYPED_EXTENSIONS else None
            ctype = typed or "application/octet-stream"
    if info is None:  # (not known from the walk's lstat: a link, or a manifest's page)
        try:
            info = os.stat(full)
        except OSError:  # the loader says why when the file is read
            info = None
    load = FileLoad(full, None if info is None else signature(info))
    res = Resource(url=url, load=load, where=shown_path(full), info=fields, content_type=ctype,
                   size=None if info is None else info.st_size)
    if url == own and ext and ext == _suffix(rel) and rel.isascii() and "%" not in rel:
        # the URL is the name quoted, so its extension is the name's: not parsed again
        # (the walk, the queue and the index each ask; parsing took a re-run 0.4 s in
        # 20,000 pages)
        res.__dict__["extension"] = ext
    yield res


@hookimpl(trylast=True)
def rulekit_open_export(site: SiteConfig) -> Iterator[Resource | InputError | Skipped] | None:
    if not site.export.is_dir():
        return None
    return iter_mirror(site, getattr(site, "limits", DEFAULT), skipped=True)
