"""Images that may be scanned penalty decisions: which ones a run reads by OCR.

Export readers pass images over (they are not pages or attachments); but a county that
scans its decisions publishes them as images, shown by the decision's page or filed under
the penalty column. :class:`Scans` holds a site's images as the reader passes them, learns
from the pages which ones penalty pages show, and once the pages are read yields those
(and the penalty column's own) back for reading, as attachments of the page showing them.
Logos, icons and banners are passed over by their size, read from the file's header.
"""

from __future__ import annotations

import mimetypes
import os
import re
import stat
import struct
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin

from rulekit.config import SiteConfig
from rulekit.errors import InputError
from rulekit.resource import Payload, Resource, Skipped, url_extension

#: Extensions of the images a scanned decision is published as.
IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff"})
#: A title with these words makes a page a penalty decision, whatever its column.
PENALTY_WORDS = ("处罚决定",)
#: An image is a page of a document only if it is at least this large (pixels, each side
#: and the longer side): logos, icons, buttons, QR codes and banners are smaller.
MIN_SIDE, MIN_LONG_SIDE = 300, 500
_IMG_ATTRIBUTES = ("src", "data-original", "data-src")
_HEAD_BYTES = 128 * 1024  # where a JPEG's size stands, past its EXIF block


#: What a reference must hold to name an image file: one of the extensions, or a ``%`` (an
#: escaped dot or letter). Most links of a page hold neither, and are passed over unparsed.
_IMAGE_HINT = re.compile("|".join(re.escape(e) for e in sorted(IMAGE_EXTENSIONS)) + "|%", re.I)


def is_image(url: str) -> bool:
    """Whether a URL names an image file by its extension."""
    return url_extension(url) in IMAGE_EXTENSIONS


def image_urls(page: Any) -> list[str]:
    """The images a page shows (``<img src>``) or links to (``<a href>`` to an image file),
    as absolute URLs resolved against the page's base, without fragments, each once (at
    most the ``links_per_page`` limit)."""
    root = page.tree
    if root is None:
        return []
    found: dict[str, None] = {}
    cap = page.site.limits.links_per_page
    for el in page.elements("img", "a"):
        if len(found) >= cap:
            break
        # lazy-loading templates put the image in data-original and a placeholder in src
        names = _IMG_ATTRIBUTES if el.tag == "img" else ("href",)
        for ref in (str(el.get(name) or "").strip() for name in names):
            if not ref or not _IMAGE_HINT.search(ref) or ref.startswith(("data:", "javascript:")) \
                    or not is_image(ref):
                continue  # (resolving keeps a path's extension: test it on the raw ref first)
            try:
                url = urldefrag(urljoin(page.base, ref))[0]
            except ValueError:  # an unbalanced bracket in a URL: no image to fetch
                continue
            if is_image(url):
                found[url] = None
    return list(found)


def is_penalty(page: Any) -> bool:
    """A penalty decision page: its column's type is ``penalty``, or its title says so."""
    return page.column.type == "penalty" or any(w in (page.title or "") for w in PENALTY_WORDS)


def shown_documents(page: Any) -> list[str]:
    """The images a penalty page shows or links to: each may be the decision, scanned."""
    if page.is_attachment or page.tree is None or not is_penalty(page):
        return []
    return image_urls(page)


def mark_unread(page: Any) -> None:
    """Mark a penalty page checked on its own (no export to open its images from) as showing
    images that were not read: its decision may be one of them."""
    shown = shown_documents(page)
    if shown:
        page.info["scanned"] = "unread"
        page.info["scanned_images"] = shown


def image_size(head: bytes) -> tuple[int, int] | None:
    """Width and height from the first bytes of a PNG, GIF, BMP or JPEG; None when they do
    not say (another format, a truncated or odd file)."""
    try:
        if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
            return struct.unpack(">II", head[16:24])
        if head[:6] in (b"GIF87a", b"GIF89a"):
            return struct.unpack("<HH", head[6:10])
        if head.startswith(b"BM"):
            width, height = struct.unpack("<ii", head[18:26])
            return abs(width), abs(height)
        if head.startswith(b"\xff\xd8"):
            pos = 2
            while pos + 9 < len(head) and head[pos] == 0xFF:
                marker, length = head[pos + 1], struct.unpack(">H", head[pos + 2:pos + 4])[0]
                if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # a frame
                    height, width = struct.unpack(">HH", head[pos + 5:pos + 9])
                    return width, height
                pos += 2 + length
    except struct.error:
        return None
    return None


def looks_like_document(head: bytes) -> bool:
    """Whether an image is large enough to be a page of a document (unknown sizes are)."""
    size = image_size(head)
    if size is None:
        return True
    return min(size) >= MIN_SIDE and max(size) >= MIN_LONG_SIDE


def _head(path: str) -> bytes | None:
    """The first bytes of a regular file; None for anything else (a pipe would block)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as fh:
            return fh.read(_HEAD_BYTES)
    except OSError:
        return None


class Scans:
    """One site's images that may be scanned decisions, for one run.

    ``hold`` takes the images an export reader passes over (a mirror's files, a WARC's
    records named ``file@offset``); ``show`` learns the images of each penalty page (its
    caller records the page as their parent); ``resources``, once the reader is done,
    yields the held images to read (shown by a penalty page, or in a penalty column, and
    document-sized) as resources, and the others back as skipped.
    """

    def __init__(self, site: SiteConfig) -> None:
        self.site = site
        self.mirror = site.export.is_dir()
        self.held: dict[str, str] = {}  # url -> path, or WARC file@offset
        self.shown: set[str] = set()
        self.done = False

    def _offset(self, where: str) -> int | None:
        """The offset of the WARC record ``where`` names (``export@offset``), else None."""
        prefix = f"{self.site.export}@"
        rest = where[len(prefix):] if where.startswith(prefix) else ""
        return int(rest) if rest.isdigit() else None

    def hold(self, entry: Skipped) -> bool:
        """Keep an image the reader passed over until the pages are read."""
        if self.done or entry.reason != "not content" or not is_image(entry.url):
            return False
        if not self.mirror and self._offset(entry.where) is None:
            return False  # a WARC record that cannot be found again
        self.held[entry.url] = entry.where
        return True

    def show(self, page: Any) -> list[str]:
        """The images a penalty page shows, remembered to be read."""
        shown = shown_documents(page)
        self.shown.update(shown)
        return shown

    def resources(self) -> Iterator[Resource | Skipped]:
        """The held images: those to read as resources, the others as skipped entries."""
        self.done = True
        held, self.held = self.held, {}
        for url, where in held.items():
            column = self.site.column_for(url)
            wanted = url in self.shown or (column is not None and column.type == "penalty")
            load, head = self._load(where) if wanted else (None, None)
            if load is None or (head is not None and not looks_like_document(head)):
                yield Skipped(url, where, "not content")
                continue
            ctype = mimetypes.guess_type(f"x{url_extension(url)}")[0] or "image/*"
            yield Resource(url=url, load=load, where=where, content_type=ctype)

    def _load(self, where: str) -> tuple[Callable[[], bytes], bytes | None]:
        """How to load a held image, and its first bytes (None when they cannot be read:
        loading it then says why)."""
        if self.mirror:
            from rulekit.readers.mirror import FileLoad  # the mirror's checks (size, type)

            return FileLoad(Path(where)), _head(where)
        from rulekit.readers import warc  # it names images by their record's offset

        load = partial(warc.load_record, self.site.export, self._offset(where) or 0,
                       self.site.limits)
        try:
            data = load()
        except InputError:
            return load, None
        return Payload(data), data[:_HEAD_BYTES]


