"""The ``newmedia:`` input: the account inventory, the filing registry and the posts export.

Registered through ``rulekit_add_inputs`` like any province's input. Rules of scope
``account`` receive one ``account`` at a time, with its own ``posts`` (None when no posts
file is given), and may ask for the whole ``registry`` and every ``accounts`` of the
inventory; fixtures may ask for those two as well.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pluggy

import rulekit
from rulekit.inputs import InputContext, InputData, InputKind, Item
from rulekit.limits import DEFAULT, Limits
from rulekit.records import Report, Table
from rulekit.report import Checked
from rulekit.values import parse_bool, parse_date, parse_datetime
from rulekit_national.accounts import (
    INVENTORY_FIELDS,
    POSTS_FIELDS,
    REGISTRY_FIELDS,
    Account,
    Post,
    RegistryEntry,
    is_cancelled,
    normalize_name,
    platform_family,
)

SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "inventory": {"type": "string", "description": "the account inventory (政务新媒体清单)"},
        "posts": {"type": "string", "description": "the posts export, one row per post"},
        "registry": {"type": "string",
                     "description": "the filing registry (全国政府网站与政务新媒体信息报送系统)"},
    },
}


def account_item(account: Account, posts: list[Post] | None = None) -> Item:
    """One account as the engine checks it."""
    return Item(value=account, target=account.target(), where=account.where,
                arguments={"posts": posts},
                checked=Checked(kind="account", name=account.name, platform=account.platform,
                                details={k: v for k, v in (("开设主体", account.operator),
                                                           ("市(区)/省直", account.region))
                                         if v}))


def load(ctx: InputContext) -> InputData:
    """Read the section's files; a file that is missing or unreadable costs only itself."""
    inventory = ctx.path("inventory")
    if inventory is None:
        return InputData()
    accounts = _guarded(ctx, inventory, _accounts, [])
    registry_path, posts_path = ctx.path("registry"), ctx.path("posts")
    registry = _guarded(ctx, registry_path, _registry, []) if registry_path else []
    posts = _guarded(ctx, posts_path, _posts, None) if posts_path else None
    items = []
    for account in accounts:
        own = None if posts is None else [
            p for p in posts.get(normalize_name(account.name), [])
            if not p.platform or platform_family(p.platform) == account.family]
        items.append(account_item(account, own))
    return InputData(items=items, values={"registry": registry, "accounts": accounts})


def _guarded(ctx: InputContext, path, read, empty):
    try:
        with ctx.table(path, _FIELDS[read]) as table:
            return read(table)
    except Exception as exc:  # a reader's bug costs that file, not the run
        ctx.report(rulekit.InputError(f"cannot read: {type(exc).__name__}: {exc}", str(path),
                                      kind="unreadable"))
        return empty


def _accounts(table) -> list[Account]:
    accounts = []
    for rec in table:
        platform, name = rec.values.get("platform"), rec.values.get("name")
        if not platform or not name:
            table.problem(rec.where, "account row without platform or name",
                          "have no platform or account name")
            continue
        status = rec.values.get("status")
        accounts.append(Account(
            platform=platform, name=name, family=platform_family(platform), where=rec.where,
            operator=rec.values.get("operator"),
            certified_subject=rec.values.get("certified_subject"),
            region=rec.values.get("region"),
            last_post_at=table.field(rec, "last_post_at", parse_datetime),
            date_source=rec.values.get("date_source"),
            interaction=table.field(rec, "interaction", parse_bool),
            menu_ok=table.field(rec, "menu_ok", parse_bool),
            status=status, cancelled=is_cancelled(status), extra=dict(rec.extra)))
    return accounts


def _registry(table) -> list[RegistryEntry]:
    entries = []
    for rec in table:
        platform, name = rec.values.get("platform"), rec.values.get("name")
        if not platform or not name:
            table.problem(rec.where, "registry row without platform or name",
                          "have no platform or account name")
            continue
        status = rec.values.get("status")
        entries.append(RegistryEntry(
            platform=platform, name=name, family=platform_family(platform), where=rec.where,
            certified_subject=rec.values.get("certified_subject"),
            operator=rec.values.get("operator"), filing_no=rec.values.get("filing_no"),
            status=status, cancelled=is_cancelled(status),
            filed_at=table.field(rec, "filed_at", parse_date),
            cancelled_at=table.field(rec, "cancelled_at", parse_date)))
    return entries


def _posts(table) -> dict[str, list[Post]]:
    """Posts grouped by the normalised account name, newest first."""
    grouped: dict[str, list[Post]] = {}
    for rec in table:
        account = rec.values.get("account")
        published = table.field(rec, "published_at", parse_datetime)
        if not account or published is None:
            if account:
                table.problem(rec.where, "post without a publish time",
                              "are posts without a publish time")
            else:
                table.problem(rec.where, "post without an account",
                              "are posts without an account")
            continue
        grouped.setdefault(normalize_name(account), []).append(Post(
            account=account, platform=rec.values.get("platform"), published_at=published,
            kind=rec.values.get("kind"), title=rec.values.get("title"),
            url=rec.values.get("url"), where=rec.where))
    for posts in grouped.values():
        posts.sort(key=lambda p: p.published_at, reverse=True)
    return grouped


_FIELDS = {_accounts: INVENTORY_FIELDS, _registry: REGISTRY_FIELDS, _posts: POSTS_FIELDS}


def load_accounts(pm: pluggy.PluginManager, path: Path, report: Report,
                  limits: Limits = DEFAULT) -> list[Account]:
    """The inventory's accounts alone (for tests and scripts); problems go to ``report``,
    one per kind of problem and file."""
    with Table(pm, path, INVENTORY_FIELDS, report, limits) as table:
        return _accounts(table)


def load_registry(pm: pluggy.PluginManager, path: Path, report: Report,
                  limits: Limits = DEFAULT) -> list[RegistryEntry]:
    """The registry's rows alone (for tests and scripts)."""
    with Table(pm, path, REGISTRY_FIELDS, report, limits) as table:
        return _registry(table)


def load_posts(pm: pluggy.PluginManager, path: Path, report: Report,
               limits: Limits = DEFAULT) -> dict[str, list[Post]]:
    """The posts alone, grouped by normalised account name, newest first."""
    with Table(pm, path, POSTS_FIELDS, report, limits) as table:
        return _posts(table)


def latest_post(account: Account, posts: list[Post] | None) -> dt.datetime | None:
    """When the account last posted: from the posts file if given, else the inventory."""
    if posts:
        return max(p.published_at for p in posts)
    return account.last_post_at


NEWMEDIA = InputKind(
    section="newmedia", schema=SCHEMA, scope="account", item="account", load=load,
    make_item=account_item, arguments=frozenset({"posts"}),
    values=frozenset({"registry", "accounts"}), paths=("inventory", "posts", "registry"),
    label="政务新媒体账号", every="accounts")


@rulekit.hookimpl
def rulekit_add_inputs() -> list[InputKind]:
    return [NEWMEDIA]
