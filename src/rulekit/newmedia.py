"""Build accounts, registry entries and posts from the tabular inputs of the ``newmedia:`` key.

Rows are read through the ``rulekit_read_table`` hook; a row that cannot be understood is
left out and the rest are kept. Problems are reported one per kind of problem and file (the
count and the first rows), so a file of 250,000 bad rows makes one finding, not 250,000.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pluggy

from rulekit.accounts import (
    INVENTORY_FIELDS,
    POSTS_FIELDS,
    REGISTRY_FIELDS,
    is_cancelled,
    normalize_name,
    parse_bool,
    parse_date,
    parse_datetime,
    platform_family,
)
from rulekit.errors import InputError
from rulekit.limits import DEFAULT, Limits
from rulekit.model import Account, Post, RegistryEntry
from rulekit.readers.tables import ProblemLog, Record, quoted, row_problem
from rulekit.redact import redact

Report = Callable[[InputError], None]


def _records(pm: pluggy.PluginManager, path: Path, fields: dict[str, list[str]],
             log: ProblemLog, limits: Limits) -> Iterator[Record]:
    """The file's records, one at a time (a bad row is never held); its problems go to
    ``log``, counted by kind.

    A plugin's reader is held to ``limits.records`` here too, since it may not know of it.
    """
    if not path.is_file():
        log.add(InputError("file not found", str(path)))
        return
    try:
        rows = pm.hook.rulekit_read_table(path=path, fields=fields, limits=limits)
    except InputError as exc:
        log.add(exc)
        return
    if rows is None:
        log.add(InputError("no reader for this table format (use .csv, .xlsx, .json or "
                           ".jsonl)", str(path)))
        return
    count = 0
    try:
        for row in rows:
            if isinstance(row, InputError):
                log.add(row)
                continue
            if count >= limits.records:
                log.add(InputError(
                    f"more than {limits.records:,} records (limits.records): reading stopped "
                    f"after {limits.records:,}, the rest of the file is not read", row.where))
                break
            count += 1
            yield row
    except InputError as exc:
        log.add(exc)
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()


def _drain(log: ProblemLog, report: Report) -> None:
    for error in log.drain():
        report(error)


def _field(record: Record, name: str, parse: Callable[[Any], Any], log: ProblemLog) -> Any:
    value = record.values.get(name)
    if value in (None, ""):
        return None
    try:
        return parse(value)
    except ValueError as exc:
        # The parsers quote the value: shown cut short and masked, and left out of the
        # kind, so that every unreadable date of a column is one problem of the file.
        detail = str(exc)
        shown = quoted(str(value))
        kind = detail.replace(repr(value), "…")
        message = detail.replace(repr(value), shown)
        if message == detail:
            message = redact(detail)
        log.add(row_problem(record.where, f"field {name!r}: {message}",
                            f"have an unreadable {name!r}: {kind}", example=shown))
        return None


def load_accounts(pm: pluggy.PluginManager, path: Path, report: Report,
                  limits: Limits = DEFAULT) -> list[Account]:
    """The inventory's accounts; rows without a platform or a name are reported, one input
    problem per kind of problem (with the count and first rows), whatever their number."""
    log = ProblemLog(limits)
    accounts: list[Account] = []
    try:
        _read_accounts(_records(pm, path, INVENTORY_FIELDS, log, limits), log, accounts)
    finally:
        _drain(log, report)  # what was found before a reader failed is still reported
    return accounts


def _read_accounts(records: Iterator[Record], log: ProblemLog, accounts: list[Account]
                   ) -> None:
    for rec in records:
        platform, name = rec.values.get("platform"), rec.values.get("name")
        if not platform or not name:
            log.add(row_problem(rec.where, "account row without platform or name",
                                "have no platform or account name"))
            continue
        status = rec.values.get("status")
        accounts.append(Account(
            platform=platform, name=name, family=platform_family(platform), where=rec.where,
            operator=rec.values.get("operator"),
            certified_subject=rec.values.get("certified_subject"),
            region=rec.values.get("region"),
            last_post_at=_field(rec, "last_post_at", parse_datetime, log),
            interaction=_field(rec, "interaction", parse_bool, log),
            menu_ok=_field(rec, "menu_ok", parse_bool, log),
            status=status, cancelled=is_cancelled(status), extra=dict(rec.extra)))


def load_registry(pm: pluggy.PluginManager, path: Path, report: Report,
                  limits: Limits = DEFAULT) -> list[RegistryEntry]:
    """The filing registry's rows (problems reported one per kind, as for accounts)."""
    log = ProblemLog(limits)
    entries: list[RegistryEntry] = []
    try:
        _read_registry(_records(pm, path, REGISTRY_FIELDS, log, limits), log, entries)
    finally:
        _drain(log, report)
    return entries


def _read_registry(records: Iterator[Record], log: ProblemLog,
                   entries: list[RegistryEntry]) -> None:
    for rec in records:
        platform, name = rec.values.get("platform"), rec.values.get("name")
        if not platform or not name:
            log.add(row_problem(rec.where, "registry row without platform or name",
                                "have no platform or account name"))
            continue
        status = rec.values.get("status")
        entries.append(RegistryEntry(
            platform=platform, name=name, family=platform_family(platform), where=rec.where,
            certified_subject=rec.values.get("certified_subject"),
            operator=rec.values.get("operator"), filing_no=rec.values.get("filing_no"),
            status=status, cancelled=is_cancelled(status),
            filed_at=_field(rec, "filed_at", parse_date, log),
            cancelled_at=_field(rec, "cancelled_at", parse_date, log)))


def load_posts(pm: pluggy.PluginManager, path: Path, report: Report,
               limits: Limits = DEFAULT) -> dict[str, list[Post]]:
    """Posts grouped by the normalised account name, newest first (problems reported one
    per kind, as for accounts)."""
    log = ProblemLog(limits)
    grouped: dict[str, list[Post]] = {}
    try:
        _read_posts(_records(pm, path, POSTS_FIELDS, log, limits), log, grouped)
    finally:
        _drain(log, report)
    for posts in grouped.values():
        posts.sort(key=lambda p: p.published_at, reverse=True)
    return grouped


def _read_posts(records: Iterator[Record], log: ProblemLog,
                grouped: dict[str, list[Post]]) -> None:
    for rec in records:
        account = rec.values.get("account")
        published = _field(rec, "published_at", parse_datetime, log)
        if not account or published is None:
            if account:
                log.add(row_problem(rec.where, "post without a publish time",
                                    "are posts without a publish time"))
            else:
                log.add(row_problem(rec.where, "post without an account",
                                    "are posts without an account"))
            continue
        post = Post(account=account, platform=rec.values.get("platform"),
                    published_at=published, kind=rec.values.get("kind"),
                    title=rec.values.get("title"), url=rec.values.get("url"), where=rec.where)
        grouped.setdefault(normalize_name(account), []).append(post)


def latest_post(account: Account, posts: list[Post] | None) -> dt.datetime | None:
    """When the account last posted: from the posts file if given, else the inventory."""
    if posts:
        return max(p.published_at for p in posts)
    return account.last_post_at
