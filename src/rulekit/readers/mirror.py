"""Mirror directories (``wget --mirror``, HTTrack, CMS static exports), with ``manifest.jsonl``.

A file's URL is the site's ``base_url`` plus its path under the directory; a manifest at the
root may give the URL, column, title, publish date and attachments for each file. Pages are
yielded before attachments, so attachments can inherit the column of the page linking them.
"""

from __future__ import annotations

import json
import os
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
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"file is {size // 1_048_576} MB, over the {MAX_FILE_BYTES // 1_048_576}"
                             " MB limit for one page or attachment", str(path))
        return path.read_bytes()

    return load


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
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name == MANIFEST:
                continue
            rel = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/")
            ext = os.path.splitext(name)[1].lower()
            if ext in HTML_EXTENSIONS and ext:
                pages.append(rel)
            elif ext in ATTACHMENT_EXTENSIONS:
                files.append(rel)
    for rel in pages + files:
        entry = known.get(rel, {})
        url = entry.get("url") or urljoin(base, quote(rel, safe="/%"))
        info = {k: entry[k] for k in ("column", "column_type", "title", "published",
                                      "attachments") if entry.get(k) is not None}
        yield Resource(url=url, load=_loader(root / rel), where=str(root / rel), info=info)


@hookimpl(trylast=True)
def rulekit_open_export(site: SiteConfig) -> Iterator[Resource | InputError] | None:
    if not site.export.is_dir():
        return None
    return iter_mirror(site)
