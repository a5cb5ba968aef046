"""Build accounts, registry entries and posts from the tabular inputs of the ``newmedia:`` key.

Rows are read through the ``rulekit_read_table`` hook; a row that cannot be understood is
reported (with its file and line) and left out, and the rest are kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
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
from rulekit.model import Account, Post, RegistryEntry
from rulekit.readers.tables import Record

Report = Callable[[InputError], None]


def _records(pm: pluggy.PluginManager, path: Path, fields: dict[str, list[str]],
             report: Report) -> Iterable[Record]:
    if not path.is_file():
        report(InputError("file not found", str(path)))
        return []
    try:
        rows = pm.hook.rulekit_read_table(path=path, fields=fields)
        if rows is None:
            report(InputError("no reader for this table format (use .csv, .xlsx, .json or "
                              ".jsonl)", str(path)))
            return []
        out = []
        for row in rows:
            if isinstance(row, InputError):
                report(row)
            else:
                out.append(row)
        return out
    except InputError as exc:
        report(exc)
        return []


def _field(record: Record, name: str, parse: Callable[[Any], Any], report: Report) -> Any:
    value = record.values.get(name)
    if value in (None, ""):
        return None
    try:
        return parse(value)
    except ValueError as exc:
        report(InputError(f"field {name!r}: {exc}", record.where))
        return None


def load_accounts(pm: pluggy.PluginManager, path: Path, report: Report) -> list[Account]:
    """The inventory's accounts; rows without a platform or a name are reported."""
    accounts = []
    for rec in _records(pm, path, INVENTORY_FIELDS, report):
        platform, name = rec.values.get("platform"), rec.values.get("name")
        if not platform or not name:
            report(InputError("account row without platform or name", rec.where))
            continue
        status = rec.values.get("status")
        accounts.append(Account(
            platform=platform, name=name, family=platform_family(platform), where=rec.where,
            operator=rec.values.get("operator"),
            certified_subject=rec.values.get("certified_subject"),
            region=rec.values.get("region"),
            last_post_at=_field(rec, "last_post_at", parse_datetime, report),
            interaction=_field(rec, "interaction", parse_bool, report),
            menu_ok=_field(rec, "menu_ok", parse_bool, report),
            status=status, cancelled=is_cancelled(status), extra=dict(rec.extra)))
    return accounts


def load_registry(pm: pluggy.PluginManager, path: Path, report: Report) -> list[RegistryEntry]:
    """The filing registry's rows."""
    entries = []
    for rec in _records(pm, path, REGISTRY_FIELDS, report):
        platform, name = rec.values.get("platform"), rec.values.get("name")
        if not platform or not name:
            report(InputError("registry row without platform or name", rec.where))
            continue
        status = rec.values.get("status")
        entries.append(RegistryEntry(
            platform=platform, name=name, family=platform_family(platform), where=rec.where,
            certified_subject=rec.values.get("certified_subject"),
            operator=rec.values.get("operator"), filing_no=rec.values.get("filing_no"),
            status=status, cancelled=is_cancelled(status),
            filed_at=_field(rec, "filed_at", parse_date, report),
            cancelled_at=_field(rec, "cancelled_at", parse_date, report)))
    return entries


def load_posts(pm: pluggy.PluginManager, path: Path, report: Report) -> dict[str, list[Post]]:
    """Posts grouped by the normalised account name, newest first."""
    grouped: dict[str, list[Post]] = {}
    for rec in _records(pm, path, POSTS_FIELDS, report):
        account = rec.values.get("account")
        published = _field(rec, "published_at", parse_datetime, report)
        if not account or published is None:
            if account:
                report(InputError("post without a publish time", rec.where))
            else:
                report(InputError("post without an account", rec.where))
            continue
        post = Post(account=account, platform=rec.values.get("platform"),
                    published_at=published, kind=rec.values.get("kind"),
                    title=rec.values.get("title"), url=rec.values.get("url"), where=rec.where)
        grouped.setdefault(normalize_name(account), []).append(post)
    for posts in grouped.values():
        posts.sort(key=lambda p: p.published_at, reverse=True)
    return grouped


def latest_post(account: Account, posts: list[Post] | None) -> dt.datetime | None:
    """When the account last posted: from the posts file if given, else the inventory."""
    if posts:
        return max(p.published_at for p in posts)
    return account.last_post_at
