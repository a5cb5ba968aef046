"""WARC files (``.warc``, ``.warc.gz``) from any crawler, read streaming with warcio.

Two passes over the file: pages first, then the attachments (found again by their record
offsets), so an attachment can inherit the column of the page linking to it. One record is
in memory at a time.

A record's URL is its ``WARC-Target-URI``; records of other hosts than the site's are
reported, not read (``account``).

Every record is accounted for, and one bad record costs only itself: it is yielded for
checking, named in an input problem (a URI that is no URL, a payload cut short), or, when
the caller asks (``skipped=True``, as the engine does), yielded as a
:class:`~rulekit.resource.Skipped` with its reason: requests, metadata and revisits, and
redirects or errors with nothing in them, are "not a page"; images, stylesheets and scripts
"not content". An image is named by its record's offset (``file@offset``), so that
:func:`load_record` can read it later if a penalty page shows it (it may be a scan).

This module is the plugin and runs the two passes; beside it: ``bounded`` (warcio with
header lines capped, gzip inflated a mebibyte at a time, its warnings captured),
``records`` (what one record is, its payload size-capped), ``account`` (records passed over
or of other hosts) and ``resync`` (reading on past damage).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from rulekit.config import DEFAULT_BASE_URL, SiteConfig
from rulekit.errors import InputError, os_kind
from rulekit.hookspecs import hookimpl
from rulekit.images import is_image
from rulekit.limits import DEFAULT, Limits
from rulekit.readers.warc.account import Account, host_of, is_outside
from rulekit.readers.warc.bounded import (
    GZIP_MAGIC,
    WARC_MAGIC,
    CappedRecords,
    Overlong,
    quietly,
)
from rulekit.readers.warc.records import (
    MAX_RECORD_BYTES,
    is_ok,
    record_kind,
    record_resource,
    response_headers,
    sniffed_page,
)
from rulekit.readers.warc.resync import damage_error, locate_damage
from rulekit.resource import Resource, Skipped

__all__ = ["MAX_RECORD_BYTES", "MAX_RESYNCS", "RecordLoad", "iter_warc", "load_record",
           "rulekit_open_export"]

#: Past this many damaged parts in one file, the rest of it is not read: each costs a scan.
MAX_RESYNCS = 1000


def _is_warc(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and (name.endswith(".warc") or name.endswith(".warc.gz"))


def _first_pass(path: Path, acct: Account, limits: Limits,
                later: list[int]) -> Iterator[Resource | InputError | Skipped]:
    """Pages, and the offsets of attachment records into ``later``; past damage, reading
    resumes at the next record."""
    count = damaged = unshown = 0
    start: int | None = 0
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(f"WARC file cannot be opened: {exc.strerror}", str(path),
                         kind=os_kind(exc))
        return
    with fh:
        gz = fh.read(2) == GZIP_MAGIC[:2]
        size = os.fstat(fh.fileno()).st_size
        while start is not None:
            fh.seek(start)
            it = CappedRecords(fh, limits.line_bytes)
            records = iter(it)
            last: int | None = None  # the offset of the last record read from ``start`` on
            try:
                while True:
                    record, warned = quietly(partial(next, records, None))
                    if record is None:
                        break
                    count += 1
                    where = f"{path}#record {count}"
                    if warned:
                        yield InputError("the WARC record before this one does not end where "
                                         "its Content-Length says: it may be cut or merged",
                                         where, entry=False, kind="warc-damaged")
                    # warcio's offset is past the records read, unless a damaged member
                    # before this one misled it: then it cannot be sought again
                    offset = it.offset if it.offset >= (start if last is None else last + 1) \
                        else None
                    last = offset if offset is not None else last
                    try:
                        yield from _look(it, record, count, where, acct, later, offset,
                                         path, limits)
                    except Exception as exc:
                        if isinstance(exc, Overlong) or it.phase == "end":
                            raise  # framing the next record failed: damage, handled below
                        # this record only (its URI, its payload): warcio frames the next
                        yield InputError(f"WARC record {count} cannot be read: "
                                         f"{type(exc).__name__}", where, kind="warc-damaged")
                if it.cut_short:
                    yield InputError(f"WARC file is truncated: the gzip member of record "
                                     f"{count} ends early", str(path), entry=False,
                                     kind="truncated")
                break
            except Exception as exc:  # warcio raises many types on a damaged file
                if damaged >= MAX_RESYNCS:
                    yield InputError(f"more than {MAX_RESYNCS} damaged parts: the rest of "
                                     f"the file after record {count} is not read", str(path),
                                     entry=False, kind="cut")
                    break
                damaged += 1
                try:
                    bad, start, head = locate_damage(fh, it, exc, gz, size, start, last)
                except OSError:  # the file cannot be read on: say what was lost, as before
                    bad, start, head = it.offset, None, GZIP_MAGIC if gz else WARC_MAGIC
                error, numbered = damage_error(path, exc, gz=gz, phase=it.phase, count=count,
                                               bad=bad, resume=start, head=head, size=size)
                count += numbered
                if damaged <= limits.examples or start is None:
                    yield error
                else:
                    unshown += 1
                    if numbered:  # a lost record, not named: still counted as one
                        yield from acct.skip("", error.where or str(path), "unreadable")
    yield from acct.summary(path)
    if unshown:
        yield InputError(f"{unshown} more damaged parts of the file were skipped (the first "
                         "are reported one by one)", str(path), entry=False,
                         kind="warc-damaged")


def _look(it: CappedRecords, record: Any, number: int, where: str, acct: Account,
          later: list[int], offset: int | None, path: Path, limits: Limits
          ) -> Iterator[Resource | InputError | Skipped]:
    """What one record gives in the first pass: a page, an error, an entry passed over, or
    an attachment's offset (None: not known) for the second pass. An image is passed over
    named by its offset (``path@offset``), from which :func:`load_record` reads it."""
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
    head = response_headers(record)
    if head is None:  # request, metadata, revisit, warcinfo; dns: responses
        revisit = record.rec_type == "revisit" and uri.lower().startswith(("http://", "https://"))
        yield from acct.skip(uri, where, "not a page", record if revisit else None)
        return
    uri, ctype, status = head
    try:
        urlsplit(uri)
    except ValueError as exc:  # http://[x: no host to judge it by, no URL to report it under
        yield InputError(f"WARC record {number} cannot be read: its WARC-Target-URI {uri} is "
                         f"not a URL ({exc})", where, kind="warc-damaged")
        return
    kind = record_kind(uri, ctype)
    if is_outside(uri, acct.site_host):
        yield from acct.outside(uri, where, kind)
        return
    if kind is None:  # images, stylesheets, scripts
        if offset is not None and is_ok(status) and is_image(uri):
            where = f"{path}@{offset}"  # it may be a scan: images.Scans may read it later
        yield from acct.skip(uri, where, "not content", record)
        return
    if kind in ("page", "sniff"):
        res = (record_resource(record, where) if kind == "page"
               else sniffed_page(record, uri, ctype, status, where))
        if isinstance(res, Resource) and not is_ok(status) and not res.load().strip():
            yield from acct.skip(uri, where, "not a page", record)  # a redirect, an empty 404
            return
        if res is not None:
            if isinstance(res, Resource) and offset is not None:  # a worker reads it there
                res = replace(res, load=RecordLoad(path, offset, limits, res.load()))
            yield res
            return
    if not is_ok(status):  # a 404 for a .pdf: its body is an error page, not the file
        yield from acct.skip(uri, where, "not a page", record)
    elif offset is None:
        yield InputError("the attachment's place in the file is unknown after a damaged "
                         "gzip member before it: not read", where, kind="warc-damaged")
    else:
        later.append(offset)  # the record's start: kept even if what follows is junk
    _, warned = quietly(it.get_record_offset)  # skips the payload unread
    if warned:
        yield InputError("the WARC record does not end where its Content-Length "
                         "says: it may be cut or merged", where, entry=False,
                         kind="warc-damaged")


def iter_warc(path: Path, base_url: str | None = None, limits: Limits = DEFAULT, *,
              skipped: bool = False) -> Iterator[Resource | InputError | Skipped]:
    """Pages of a WARC file, then its attachments.

    With ``base_url``, records of other hosts are reported as input problems, not read
    (the first ``limits.examples`` one by one, then their count). ``limits.line_bytes`` caps
    a header line: warcio alone would read one without end. With ``skipped``, every other
    record (a request, an image, a redirect) is yielded as a :class:`Skipped` with its
    reason, so a run can account for each record (the engine asks for them).
    """
    acct = Account(host_of(base_url) if base_url else None, limits.examples, skipped)
    later: list[int] = []
    yield from _first_pass(path, acct, limits, later)
    if not later:
        return
    with path.open("rb") as fh:
        for offset in later:
            res = _record_at(fh, offset, f"{path}@{offset}", limits)
            if isinstance(res, Resource):
                res = replace(res, load=RecordLoad(path, offset, limits, res.load()))
            if res is not None:
                yield res


def _record_at(fh: Any, offset: int, where: str, limits: Limits
               ) -> Resource | InputError | None:
    """The response record at ``offset``, read again; None if it is no response record."""
    fh.seek(offset)
    try:
        record, _ = quietly(lambda: next(iter(CappedRecords(fh, limits.line_bytes))))
        return record_resource(record, where)
    except Exception as exc:  # one damaged record, not a failed run
        return InputError(f"WARC record cannot be read: {type(exc).__name__}", where,
                          kind="warc-damaged")


class RecordLoad:
    """A record's payload as a resource's ``load``: the bytes the reader already holds,
    and, once pickled for a worker process, only the file, the offset and the caps, so
    the worker reads the record itself (a WARC is split among workers by offsets)."""

    def __init__(self, path: Path, offset: int, limits: Limits, data: bytes | None = None
                 ) -> None:
        self.path, self.offset, self.limits, self.data = path, offset, limits, data

    def __call__(self) -> bytes:
        if self.data is not None:
            return self.data
        return load_record(self.path, self.offset, self.limits)

    def __getstate__(self) -> tuple[Path, int, Limits]:
        return self.path, self.offset, self.limits  # the bytes stay with the reader

    def __setstate__(self, state: tuple[Path, int, Limits]) -> None:
        self.path, self.offset, self.limits = state
        self.data = None


def load_record(path: Path, offset: int, limits: Limits = DEFAULT) -> bytes:
    """The payload of the record at ``offset`` (an image passed over by the first pass), with
    the caps of every record; raises :class:`InputError` when it cannot be had."""
    where = f"{path}@{offset}"
    try:
        with path.open("rb") as fh:
            res = _record_at(fh, offset, where, limits)
    except OSError as exc:
        raise InputError(f"WARC file cannot be opened: {exc.strerror or exc}", where,
                         kind=os_kind(exc)) from None
    if isinstance(res, InputError):
        raise res
    if res is None:
        raise InputError("no WARC response record at this offset", where, kind="warc-damaged")
    return res.load()


@hookimpl
def rulekit_open_export(site: SiteConfig) -> Iterator[Resource | InputError | Skipped] | None:
    if not _is_warc(site.export):
        return None
    # Without a configured base_url the site's host is unknown: every record is read.
    base = site.base_url if site.base_url != DEFAULT_BASE_URL else None
    return iter_warc(site.export, base, getattr(site, "limits", DEFAULT), skipped=True)
