"""Loading plugins: the plugin manager, the entry points, and what the plugins provide.

Every rule, fixture, input, reader and reporter reaches the engine through the same hooks
and the same ``rulekit.plugins`` entry-point group, the national ones included. Nothing
here changes what a plugin module holds: rules are copied when the engine records which
plugin they came from, and the rules' options are kept apart from the user's config.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pluggy

from rulekit import hookspecs
from rulekit.config import SCHEMA, Config, nearest, validate_options
from rulekit.errors import ConfigError
from rulekit.fixture import Fixture, fixtures_in
from rulekit.inputs import InputKind
from rulekit.rules import SCOPE_ARGUMENTS, Rule, matches, rules_in, select

ENTRY_POINT_GROUP = "rulekit.plugins"
#: The config's own sections: no input plugin may claim one.
CORE_SECTIONS = frozenset(SCHEMA["properties"])
#: Core plugins: readers and reporters are plugins like any other.
BUILTIN_PLUGINS = (
    "rulekit.readers.mirror",
    "rulekit.readers.warc",
    "rulekit.readers.attachments",
    "rulekit.readers.tables",
    "rulekit.reporters.text",
    "rulekit.reporters.json",
    "rulekit.reporters.sarif",
    "rulekit.reporters.junit",
    "rulekit.reporters.github",
)


class _Collector:
    """The default collectors: every ``@rule`` and ``@fixture`` object of a plugin module."""

    @hookspecs.hookimpl(trylast=True)
    def rulekit_collect_rules(self, plugin: object) -> list[Rule]:
        return list(rules_in(plugin))

    @hookspecs.hookimpl(trylast=True)
    def rulekit_collect_fixtures(self, plugin: object) -> list[Fixture]:
        return list(fixtures_in(plugin))


@dataclass(frozen=True)
class LoadProblem:
    """A plugin, or one of its rules, that cannot take part in the run, and why (Chinese,
    as the ``plugin`` finding says it)."""

    plugin: str
    message: str
    path: str
    rule: str | None = None


class Plugins:
    """The loaded plugins of one engine: the manager, the rules (all, and those selected),
    the fixtures, every selected rule's options with defaults applied, and the problems
    met while loading (each becomes a ``plugin`` finding of the run)."""

    def __init__(self, config: Config, extra: list[str | object], *,
                 selected: list[str] | None = None, ignored: list[str] | None = None,
                 use_entry_points: bool = True) -> None:
        self.config = config
        self.problems: list[LoadProblem] = []
        self.pm = pluggy.PluginManager("rulekit")
        self.pm.add_hookspecs(hookspecs)
        self.pm.register(_Collector(), name="rulekit.collector")
        for name in BUILTIN_PLUGINS:
            self.pm.register(importlib.import_module(name), name=name)
        if use_entry_points:
            self._load_entry_points()
        for spec in list(config.plugins) + list(extra):
            if isinstance(spec, str):
                self._register(load_plugin(spec), spec)
            else:
                self._register(spec, getattr(spec, "__name__", None) or repr(spec))
        self.problems.extend(self._unknown_hooks())
        self.inputs = self._collect_inputs()
        config.check_sections({**self._config_sections(),
                               **{kind.section: kind.schema for kind in self.inputs.values()}})
        for kind in self.inputs.values():  # a path that escapes is refused before the run
            for key in kind.paths:
                value = (config.sections.get(kind.section) or {}).get(key)
                if value:
                    config.resolve_path(str(value), (kind.section, key))
        self.column_words = self._column_words()
        self.all_rules = self._collect()
        self.fixtures = self._collect_fixtures()
        self.rules = [r for r in self._select(selected, ignored) if self._provided(r)]
        self.options = self._options()

    # -- plugins -------------------------------------------------------------------------------
    def _config_sections(self) -> dict[str, Any]:
        """The config sections plugins declare besides their inputs', with their schemas."""
        found: dict[str, Any] = {}
        for impl in self.pm.hook.rulekit_config_sections.get_hookimpls():
            for name, schema in (impl.function() or {}).items():
                if name in CORE_SECTIONS:
                    raise ConfigError(f"plugin {impl.plugin_name} declares the config section "
                                      f"{name!r}, which is rulekit's own")
                found[name] = schema
        return found

    def _register(self, plugin: object, name: str) -> None:
        api = hookspecs.plugin_api(plugin)
        major = hookspecs.HOOKSPEC_VERSION.split(".")[0]
        if api is not None and api.split(".")[0] != major:
            raise ConfigError(
                f"plugin {name} was written for rulekit plugin API {api}; this rulekit provides "
                f"API {hookspecs.HOOKSPEC_VERSION} (install a version of the plugin for API {major})")
        if self.pm.is_registered(plugin):
            return
        self.pm.register(plugin, name=name)

    def _load_entry_points(self) -> None:
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            try:
                plugin = ep.load()
            except Exception as exc:  # a broken plugin must not stop the run
                self.problems.append(LoadProblem(
                    ep.name, f"插件无法加载：{type(exc).__name__}: {exc}", ep.value))
                continue
            self._register(plugin, ep.name)

    def _unknown_hooks(self) -> Iterator[LoadProblem]:
        """A problem for each hook implementation no spec declares: pluggy would call a
        misspelled ``rulekit_extract_txt`` never, and say nothing (``check_pending``)."""
        known = sorted(name for name in dir(hookspecs) if name.startswith("rulekit_"))
        for plugin in self.pm.get_plugins():
            name = self.pm.get_name(plugin) or repr(plugin)
            for impl in self.pm.get_hookcallers(plugin) or ():
                if impl.spec is None and not _optional(plugin, impl.name):
                    hint = nearest(impl.name, known)
                    suggestion = f"（是否应为{hint}？）" if hint else ""
                    yield LoadProblem(name, f"插件{name}实现了rulekit没有的钩子{impl.name}，"
                                            f"它不会被调用{suggestion}", name)

    # -- rules and fixtures ---------------------------------------------------------------------
    def _collect(self) -> list[Rule]:
        rules: dict[str, Rule] = {}
        originals: dict[str, Rule] = {}
        for plugin in self.pm.get_plugins():
            name = self.pm.get_name(plugin) or repr(plugin)
            for found in self.pm.hook.rulekit_collect_rules(plugin=plugin):
                for rule in found or ():
                    if not isinstance(rule, Rule):
                        raise ConfigError(f"plugin {name}: rulekit_collect_rules returned "
                                          f"{type(rule).__name__}, not a rulekit.Rule")
                    if rule.id in originals:
                        if originals[rule.id] is not rule:
                            raise ConfigError(f"rule {rule.id} is defined twice: by "
                                              f"{rules[rule.id].plugin} and by {name}")
                        continue
                    originals[rule.id] = rule
                    # a copy that knows its plugin: the module's object stays as written
                    rules[rule.id] = rule if rule.plugin else replace(rule, plugin=name)
        return sorted(rules.values(), key=lambda r: r.id)

    def _collect_fixtures(self) -> dict[str, Fixture]:
        fixtures: dict[str, Fixture] = {}
        owners: dict[str, str] = {}
        for plugin in self.pm.get_plugins():
            name = self.pm.get_name(plugin) or repr(plugin)
            for found in self.pm.hook.rulekit_collect_fixtures(plugin=plugin):
                for fx in found or ():
                    if not isinstance(fx, Fixture):
                        raise ConfigError(f"plugin {name}: rulekit_collect_fixtures returned "
                                          f"{type(fx).__name__}, not a rulekit.Fixture")
                    if fx.name in fixtures and fixtures[fx.name] is not fx:
                        raise ConfigError(f"fixture {fx.name} is defined twice: by "
                                          f"{owners[fx.name]} and by {name}")
                    fixtures[fx.name] = fx
                    owners[fx.name] = name
        return fixtures

    def _collect_inputs(self) -> dict[str, InputKind]:
        """The input kinds of the plugins, by config section; one section, one scope each."""
        kinds: dict[str, InputKind] = {}
        owners: dict[str, str] = {}  # section -> the plugin that claimed it
        for impl in self.pm.hook.rulekit_add_inputs.get_hookimpls():
            for kind in impl.function() or ():
                if not isinstance(kind, InputKind):
                    raise ConfigError(f"plugin {impl.plugin_name}: rulekit_add_inputs returned "
                                      f"{type(kind).__name__}, not a rulekit.inputs.InputKind")
                if kind.section in kinds or kind.section in CORE_SECTIONS:
                    raise ConfigError(f"config section {kind.section!r} is claimed twice (by "
                                      f"{impl.plugin_name} and by "
                                      f"{owners.get(kind.section, 'rulekit')})")
                if kind.scope in SCOPE_ARGUMENTS or any(k.scope == kind.scope
                                                         for k in kinds.values()):
                    raise ConfigError(f"plugin {impl.plugin_name}: the scope {kind.scope!r} of "
                                      f"input {kind.section!r} is already taken")
                kinds[kind.section] = kind
                owners[kind.section] = impl.plugin_name
        return kinds

    def _column_words(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Every plugin's column types and their words, in plugin order."""
        words: list[tuple[str, tuple[str, ...]]] = []
        for found in reversed(self.pm.hook.rulekit_column_types()):  # first registered first
            for ctype, names in (found or {}).items():
                words.append((str(ctype), tuple(str(n) for n in names)))
        return tuple(words)

    def input_for(self, scope: str) -> InputKind | None:
        """The input whose items the rules of ``scope`` check."""
        return next((k for k in self.inputs.values() if k.scope == scope), None)

    def scope_arguments(self, scope: str) -> frozenset[str]:
        """What a rule of ``scope`` may ask for, besides fixtures."""
        if scope in SCOPE_ARGUMENTS:
            return SCOPE_ARGUMENTS[scope]
        kind = self.input_for(scope)
        return kind.rule_arguments() if kind else frozenset()

    def _provided(self, rule: Rule) -> bool:
        """Whether every argument the rule asks for is its scope's or a fixture's; if not,
        the rule cannot run, and a problem says which name nothing provides."""
        scope_args = self.scope_arguments(rule.scope)
        if not scope_args:
            self.problems.append(LoadProblem(
                rule.plugin, f"插件{rule.plugin}的规则{rule.id}的范围{rule.scope}没有输入提供"
                f"（可用：{'、'.join(self.scopes())}），该规则未运行", rule.plugin,
                rule.id))
            return False
        missing = [p for p in rule.params if p not in scope_args and p not in self.fixtures]
        if not missing:
            return True
        hint = nearest(missing[0], sorted(set(scope_args) | set(self.fixtures)))
        suggestion = f"（是否应为{hint}？）" if hint else ""
        self.problems.append(LoadProblem(
            rule.plugin, f"插件{rule.plugin}的规则{rule.id}要求的参数{'、'.join(missing)}"
            f"既不是{rule.scope}规则可用的参数，也不是已加载的fixture{suggestion}，该规则未运行",
            rule.plugin, rule.id))
        return False

    def scopes(self) -> list[str]:
        """Every scope a rule may have: the core's and the inputs'."""
        return [*SCOPE_ARGUMENTS, *(k.scope for k in self.inputs.values())]

    def _select(self, selected: list[str] | None, ignored: list[str] | None) -> list[Rule]:
        config = self.config
        chosen_select = selected if selected else config.select
        chosen_ignore = list(config.ignore) + list(ignored or [])
        ids = [r.id for r in self.all_rules]
        for key, entries in (("select", chosen_select), ("ignore", chosen_ignore)):
            for entry in entries or []:
                if not any(matches(rid, entry) for rid in ids):
                    hint = nearest(entry, ids + sorted({i.split(".")[0] for i in ids}))
                    suggestion = f" (did you mean {hint!r}?)" if hint else ""
                    raise ConfigError(f"{config.where('rules', key)}: rules.{key}: no loaded "
                                      f"rule matches {entry!r}{suggestion}")
        return select(self.all_rules, chosen_select, chosen_ignore)

    def _options(self) -> dict[str, dict[str, Any]]:
        config = self.config
        known = {r.id for r in self.all_rules}
        for rule_id in config.options:
            if rule_id not in known:
                hint = nearest(rule_id, sorted(known))
                suggestion = f" (did you mean {hint!r}?)" if hint else ""
                raise ConfigError(f"{config.where('rules', 'options', rule_id)}: "
                                  f"rules.options: no loaded rule {rule_id!r}{suggestion}")
        return {rule.id: validate_options(config, rule.id, rule.options)
                for rule in self.all_rules}


def _optional(plugin: object, hook: str) -> bool:
    """Whether the plugin marked its implementation ``optionalhook=True``."""
    opts = getattr(getattr(plugin, hook, None), "rulekit_impl", None) or {}
    return bool(opts.get("optionalhook"))


def load_plugin(spec: str) -> object:
    """Import a plugin named on the command line or in the config: a module or a .py file."""
    if spec.endswith(".py"):
        path = Path(spec)
        if not path.is_file():
            raise ConfigError(f"plugin file not found: {spec}")
        module_name = f"rulekit_local_{path.stem}_{abs(hash(str(path.resolve()))) % 10**8}"
        module_spec = importlib.util.spec_from_file_location(module_name, path)
        if module_spec is None or module_spec.loader is None:
            raise ConfigError(f"cannot load plugin file {spec}")
        module = importlib.util.module_from_spec(module_spec)
        sys.modules[module_name] = module
        try:
            module_spec.loader.exec_module(module)
        except Exception as exc:
            raise ConfigError(f"plugin {spec} failed to import: {type(exc).__name__}: {exc}"
                              ) from None
        return module
    try:
        return importlib.import_module(spec)
    except ImportError as exc:
        raise ConfigError(f"plugin module {spec!r} cannot be imported: {exc}") from None
    except Exception as exc:  # a module that fails while importing: the user's to fix
        raise ConfigError(f"plugin {spec} failed to import: {type(exc).__name__}: {exc}"
                          ) from None
