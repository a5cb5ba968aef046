"""Inputs besides the site exports, as plugins: a config section, its loader, its items.

The core reads site exports itself (pages and attachments); every other input (the national
plugin's new-media inventory, registry and posts; a province's own register; a letters
export) comes from a plugin that returns an :class:`InputKind` from ``rulekit_add_inputs``.
The kind says which config section it reads and its JSON Schema, how to load it, what one
item is (an account, a letter …) and what the rules of its scope may ask for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rulekit.errors import InputError
from rulekit.limits import Limits
from rulekit.model import Target
from rulekit.records import Table
from rulekit.report import Checked

if TYPE_CHECKING:
    import pluggy

    from rulekit.config import Config


@dataclass(frozen=True)
class Item:
    """One thing the rules of an input's scope check: its value (an ``Account`` …), where
    findings about it point, and what else its rules receive for it alone (its posts)."""

    value: Any
    target: Target
    where: str
    arguments: Mapping[str, Any] = field(default_factory=dict)
    #: how the report lists it among the targets checked
    checked: Checked | None = None


@dataclass
class InputData:
    """What a loader read: the items, and the run-wide values its rules (and fixtures) may
    ask for by name (``registry``, ``accounts``)."""

    items: list[Item] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class InputKind:
    """An input a plugin adds.

    ``section``: the config key it reads (``newmedia``), validated with ``schema`` (a JSON
    Schema of that key's value); ``paths``: the keys of the section that are file paths,
    resolved from the config's folder (and confined with ``--confine-paths``). ``scope``:
    the scope of the rules that check its items, each of which receives the item as
    ``item`` (``account``) and may ask for ``arguments`` (per item, such as ``posts``) and
    ``values`` (run-wide, such as ``registry``). ``load`` reads the section; ``make_item``
    turns one value into an :class:`Item` (for loaders and for tests that check one item).
    ``label`` is the Chinese noun reports count the items with (政务新媒体账号).
    """

    section: str
    schema: Mapping[str, Any]
    scope: str
    item: str
    load: Callable[[InputContext], InputData]
    make_item: Callable[..., Item]
    arguments: frozenset[str] = frozenset()
    values: frozenset[str] = frozenset()
    paths: tuple[str, ...] = ()
    label: str = ""
    #: the run-wide value that lists every item's value (the national ``accounts``): a test
    #: checking one item alone gets that item as the whole list
    every: str | None = None

    def rule_arguments(self) -> frozenset[str]:
        """Everything a rule of this input's scope may ask for, besides fixtures."""
        return frozenset({self.item, "options", "as_of", "config"}) | self.arguments | self.values


class InputContext:
    """What a loader gets: its section, its paths resolved, the table reader, the limits,
    and ``report`` for a problem that costs one row or file, never the run."""

    def __init__(self, kind: InputKind, config: Config, pm: pluggy.PluginManager,
                 report: Callable[[InputError], None]) -> None:
        self.kind = kind
        self.config = config
        self.pm = pm
        self.report = report
        self.section: Mapping[str, Any] = config.sections.get(kind.section) or {}
        self.limits: Limits = config.limits
        self.as_of = config.as_of

    def path(self, key: str) -> Path | None:
        """The section's ``key`` as a path resolved from the config's folder, or None."""
        value = self.section.get(key)
        if not value:
            return None
        return self.config.resolve_path(str(value), (self.kind.section, key))

    def where(self, *key: Any) -> str:
        """``file:line`` of a key of the section, for messages."""
        return self.config.where(self.kind.section, *key)

    def table(self, path: Path, fields: dict[str, list[str]]) -> Table:
        """A tabular file (CSV, XLSX, JSON …) read through the table readers; use it in a
        ``with`` block, so that its problems are reported when it is done, one per kind of
        problem and file (see :class:`rulekit.records.Table`)."""
        return Table(self.pm, path, fields, self.report, self.limits)
