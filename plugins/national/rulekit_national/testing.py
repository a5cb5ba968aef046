"""Builders and pytest fixtures for the account rules: inventory accounts, registry rows,
posts, and the YAML examples of the rule pages.

Registered as a pytest plugin (entry point ``pytest11``: ``rulekit-national``), so a
province's tests can use ``make_account`` and ``make_registry`` as they use ``make_page``::

    def test_silent(make_account, run_rule):
        acc = make_account("示例发布", "微信公众号", last_post_at=dt.date(2022, 5, 1))
        assert run_rule("newmedia.silence", account=acc)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import pytest
import yaml

from rulekit_national.accounts import (
    Account,
    Post,
    RegistryEntry,
    is_cancelled,
    platform_family,
)

__all__ = ["account", "account_example", "post", "registry_entry"]


def account(name: str, platform: str = "微信公众号", *,
            last_post_at: dt.date | dt.datetime | None = None, status: str | None = None,
            certified_subject: str | None = None, operator: str | None = None,
            interaction: bool | None = None, menu_ok: bool | None = None,
            where: str = "accounts.csv:2") -> Account:
    """An inventory account."""
    if isinstance(last_post_at, dt.date) and not isinstance(last_post_at, dt.datetime):
        last_post_at = dt.datetime.combine(last_post_at, dt.time())
    return Account(platform=platform, name=name, family=platform_family(platform), where=where,
                   operator=operator, certified_subject=certified_subject,
                   last_post_at=last_post_at, interaction=interaction, menu_ok=menu_ok,
                   status=status, cancelled=is_cancelled(status))


def registry_entry(name: str, platform: str = "微信公众号", *, status: str = "正常",
                   filing_no: str | None = None, certified_subject: str | None = None,
                   cancelled_at: dt.date | None = None,
                   where: str = "registry.xlsx:Sheet1!2") -> RegistryEntry:
    """A row of the filing registry."""
    return RegistryEntry(platform=platform, name=name, family=platform_family(platform),
                         where=where, certified_subject=certified_subject, filing_no=filing_no,
                         status=status, cancelled=is_cancelled(status),
                         cancelled_at=cancelled_at)


def post(account_name: str, published_at: dt.datetime, *, platform: str | None = None,
         kind: str | None = None, title: str | None = None,
         where: str = "posts.csv:2") -> Post:
    """A row of the posts export."""
    return Post(account=account_name, platform=platform, published_at=published_at,
                kind=kind, title=title, where=where)


def account_example(code: str) -> dict[str, Any]:
    """An account rule's example (a rule page's YAML block): ``account``, and optionally
    ``registry``, ``accounts`` (the whole inventory) and ``posts``, with dates read."""
    data = yaml.safe_load(code) or {}
    for key in ("last_post_at",):
        value = data.get("account", {}).get(key)
        if isinstance(value, str):
            data["account"][key] = dt.date.fromisoformat(value)
    for row in data.get("posts", []):
        if isinstance(row.get("published_at"), (str, dt.date)):
            value = row["published_at"]
            day = dt.date.fromisoformat(value) if isinstance(value, str) else value
            row["published_at"] = dt.datetime.combine(day, dt.time(9))
    for row in data.get("registry", []):
        if isinstance(row.get("cancelled_at"), str):
            row["cancelled_at"] = dt.date.fromisoformat(row["cancelled_at"])
    return data


@pytest.fixture
def make_account():
    """Build an inventory account: ``make_account(name, platform, last_post_at=…)``."""
    return account


@pytest.fixture
def make_registry():
    """Build a registry from ``(name, platform)`` pairs or registry entries."""

    def build(rows: Iterable[Any]) -> list[RegistryEntry]:
        return [row if isinstance(row, RegistryEntry) else registry_entry(*row) for row in rows]

    return build
