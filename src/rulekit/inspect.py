"""``rulekit inspect``: what rulekit reads from files of an export, and why.

An inspector who expected a finding and got none (or got one they did not expect) needs to
see the page as the rules see it: its URL, how it was decoded, its title, publish date and
column and where each came from, whether it counts as an article, its meta tags, links,
attachments and text. Everything shown is masked as findings are: ``inspect`` must not
re-leak the personal data it helps to find.

With a config, a file is read as the run reads it: through the reader of the site whose
export holds it (its URL, and the manifest's fields), with the config's columns, and an
attachment with the column of the first page linking to it. Without one, a page is read on
its own under its ``file://`` URL.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote, unquote

from rulekit.config import Config, SiteConfig
from rulekit.engine import Engine
from rulekit.errors import InputError
from rulekit.limits import DEFAULT as DEFAULT_LIMITS
from rulekit.model import Column
from rulekit.page import Page
from rulekit.redact import printable, redact, unsurrogated
from rulekit.resource import Resource, Skipped

#: Meta tags that identify the site, not a person: shown with the core's mask only (ID- and
#: phone-like numbers), not the plugins' (which star any lone 7-14 digit value, such as the
#: 10-digit 网站标识码 an inspector compares with the footer).
_SITE_CODES = frozenset({"SiteIDCode", "SiteDomain", "PubDate"})


def inspect_files(paths: Iterable[Path], engine: Engine, config: Config | None = None
                  ) -> list[dict[str, Any]]:
    """One report per file (see :func:`inspect_page`), in the order given."""
    return [inspect_file(Path(path), engine, config) for path in paths]


def inspect_file(path: Path, engine: Engine, config: Config | None = None) -> dict[str, Any]:
    """What rulekit reads from ``path``: the page report, or why the file is not read."""
    found = _find(path, engine, config)
    if isinstance(found, Page):
        return inspect_page(found, engine, file=str(path))
    return {"file": unsurrogated(str(path)), "url": engine.masker.url(found[0]) if found[0] else None,
            "not_read": engine.masker.text(found[1])}


def inspect_page(page: Page, engine: Engine, file: str | None = None) -> dict[str, Any]:
    """The report of one page, every text masked with ``engine``'s masker.

    Keys: ``url``, ``encoding`` (and ``encoding_declared``, ``encoding_declared_in``,
    ``encoding_source``, ``encoding_how``), ``title`` and ``title_source``, ``pub_date``,
    ``pub_date_source`` and ``pub_dates``, ``column`` (``name``, ``type``, ``source``),
    ``is_article`` and ``article_reason``, ``meta``, ``links``, ``attachments``, ``text``,
    ``problems``.
    """
    text, url = engine.masker.text, engine.masker.url
    decoded = page.decoded
    column = page.column
    return {
        "file": unsurrogated(file or page.where),
        "url": url(page.url),
        "kind": page.kind,
        "parent_url": url(page.parent_url) if page.parent_url else None,
        "encoding": decoded.encoding,
        "encoding_declared": decoded.declared,
        "encoding_declared_in": decoded.declared_in,
        "encoding_source": decoded.decided_by,
        "encoding_how": decoded.how,
        "title": text(page.title) if page.title else None,
        "title_source": page.title_source,
        "pub_date": page.pub_date.isoformat() if page.pub_date else None,
        "pub_date_source": page.pub_date_source,
        "pub_dates": {k: v.isoformat() for k, v in page.pub_dates.items()},
        "column": {"name": text(column.name) if column.name else None, "type": column.type,
                   "source": dict(page.column_source)},
        "is_article": page.is_article,
        "article_reason": page.article_reason,
        "meta": {k: redact(v) if k in _SITE_CODES else text(v) for k, v in page.meta.items()},
        "links": [{"url": url(link.url), "text": text(link.text)} for link in page.links],
        "attachments": [{"url": url(link.url), "text": text(link.text), "format": fmt}
                        for link, fmt in page.attachments],
        "text": text(page.text),
        "problems": [text(p) for p in page.problems],
    }


def _find(path: Path, engine: Engine, config: Config | None) -> Page | tuple[str | None, str]:
    """The page rulekit makes of ``path``, or ``(url, why it is not read)``."""
    site = _site_of(path, engine.config) if config else None  # the engine's: column words
    if site is None:
        return _alone(path, engine, config)
    resources = engine.pm.hook.rulekit_open_export(site=site)
    if resources is None:
        return None, f"no reader recognises the export {site.export}"
    target = os.path.realpath(path)
    pages: list[Resource] = []
    for res in resources:
        if isinstance(res, InputError):
            if res.where and _same(res.where, target):
                return None, res.message
            continue
        if isinstance(res, Skipped):
            if _same(res.where, target):
                return res.url, f"the export reader passes it over ({res.reason})"
            continue
        if not _same(res.where, target):
            if res.is_page:
                pages.append(res)
            continue
        return _open(res, site, engine, pages)
    return None, f"not found in the export of {site.name} ({site.export})"


def _same(where: str, target: str) -> bool:
    try:
        return os.path.realpath(where) == target
    except (OSError, ValueError):
        return False


def _site_of(path: Path, config: Config) -> SiteConfig | None:
    """The configured site whose export directory holds ``path``."""
    full = os.path.realpath(path)
    for site in config.sites:
        root = os.path.realpath(site.export)
        if os.path.isdir(root) and os.path.commonpath([root, full]) == root:
            return site
    return None


def _alone(path: Path, engine: Engine, config: Config | None) -> Page | tuple[str | None, str]:
    """A file outside any configured export: read on its own under its ``file://`` URL."""
    full = Path(os.path.realpath(path))
    url = "file://" + quote(os.fsencode(full), safe="/%")
    limits = config.limits if config else DEFAULT_LIMITS
    site = SiteConfig(name="", export=full.parent, base_url=url.rsplit("/", 1)[0] + "/",
                      limits=limits, column_words=engine.plugins.column_words)
    res = Resource(url=url, load=full.read_bytes, where=str(path))
    return _open(res, site, engine, [])


def _open(res: Resource, site: SiteConfig, engine: Engine, pages: list[Resource]
          ) -> Page | tuple[str | None, str]:
    """Read a resource as the run does: a page, or an attachment's text with its parent."""
    try:
        data = res.load()
    except (InputError, OSError) as exc:
        return res.url, f"cannot be read: {getattr(exc, 'message', None) or exc}"
    if res.is_page:
        return Page(res.url, data, site=site, where=res.where, content_type=res.content_type,
                    status=res.status, info=dict(res.info))
    try:
        text = engine.pm.hook.rulekit_extract_text(name=res.url, data=data,
                                                   content_type=res.content_type,
                                                   limits=site.limits)
    except InputError as exc:
        return res.url, f"cannot be read: {exc.message}"
    if text is None:
        return res.url, "no reader extracts text from this format"
    parent = _parent(res.url, pages, site)
    page = Page(res.url, b"", site=site, where=res.where, kind="attachment",
                content_type=res.content_type, status=res.status, info=dict(res.info),
                attachment_text=str(text), parent_url=parent[0] if parent else None,
                parent_title=parent[1] if parent else None,
                parent_column=parent[2] if parent else None)
    page.cut.extend(getattr(text, "problems", ()))
    return page


def _parent(url: str, pages: list[Resource], site: SiteConfig
            ) -> tuple[str, str | None, Column] | None:
    """The first page (in the run's order) offering ``url`` for download, as the run finds
    it; only pages whose bytes name the file are parsed."""
    name = url.rsplit("/", 1)[-1].split("?")[0]
    needles = {n.encode("utf-8", "surrogateescape") for n in (name, unquote(name)) if n}
    for res in pages:
        try:
            data = res.load()
        except (InputError, OSError):
            continue
        if not any(n in data for n in needles) and not _gb_named(data, unquote(name)):
            continue
        page = Page(res.url, data, site=site, where=res.where, content_type=res.content_type,
                    status=res.status, info=dict(res.info))
        if any(link.url == url for link, _fmt in page.attachments):
            return page.url, page.title, page.column
    return None


def _gb_named(data: bytes, name: str) -> bool:
    try:
        return name.encode("gb18030") in data
    except UnicodeEncodeError:
        return False


# -- text output -----------------------------------------------------------------------------

def write_text(reports: list[dict[str, Any]], out: TextIO) -> None:
    """The reports as plain text, one block per file; every line printable (no forged lines)."""
    for i, report in enumerate(reports):
        if i:
            out.write("\n")
        out.writelines(line + "\n" for line in _lines(report))


def _lines(r: dict[str, Any]) -> Iterator[str]:
    p = printable
    yield f"== {p(r['file'])}"
    yield f"url: {p(r['url'] or '-')}"
    if "not_read" in r:
        yield f"not read: {p(r['not_read'])}"
        return
    if r.get("parent_url"):
        yield f"linked from: {p(r['parent_url'])}"
    yield f"encoding: {p(r['encoding'])} ({p(r['encoding_how'])})"
    yield f"title: {p(r['title'] or '-')}" + (f" ({r['title_source']})" if r["title"] else "")
    others = ", ".join(f"{p(k)} {v}" for k, v in r["pub_dates"].items()
                       if k != r["pub_date_source"] or v != r["pub_date"])
    date = r["pub_date"] or "-"
    if r["pub_date_source"]:
        date += f" ({p(r['pub_date_source'])})"
    yield f"publish date: {date}" + (f"; also found: {others}" if others else "")
    col = r["column"]
    yield (f"column: name {p(col['name'] or '-')} ({col['source']['name'] or 'nothing says'}), "
           f"type {p(col['type'] or '-')} ({p(col['source']['type'] or 'nothing says')})")
    kind = "article" if r["is_article"] else "not an article"
    yield f"{kind}: {p(r['article_reason'])}"
    for problem in r["problems"]:
        yield f"problem: {p(problem)}"
    yield f"meta tags ({len(r['meta'])}):"
    for key, value in r["meta"].items():
        yield f"  {p(key)}: {p(value)}"
    yield f"links ({len(r['links'])}):"
    for link in r["links"]:
        yield f"  {p(link['text'] or '-')} -> {p(link['url'])}"
    yield f"attachments ({len(r['attachments'])}):"
    for link in r["attachments"]:
        yield f"  [{link['format']}] {p(link['text'] or '-')} -> {p(link['url'])}"
    yield "text:"
    for line in r["text"].split("\n"):
        yield f"  | {p(line)}"
