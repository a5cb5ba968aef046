"""Run fixtures: values built once per run that rules ask for by name, as pytest's are.

A registry index, a 100,000-word automaton, a table of a province's own codes: anything
costly that every page or account would otherwise rebuild. A fixture is a function decorated
with ``@rulekit.fixture``; a rule (or another fixture) asks for it by naming a parameter
after it::

    @rulekit.fixture
    def registry_names(registry):
        return {normalize(e.name) for e in registry}

    @rulekit.rule("county.unfiled", title="…", scope="account")
    def unfiled(account, registry_names):
        ...

The engine builds a fixture the first time a rule of the run asks for it and keeps the
value for the rest of that run only (a new run builds it afresh). A fixture may ask for
``config``, ``as_of``, the run-wide values of an input plugin (the national ``registry``
and ``accounts``) and other fixtures; never for one page or one account, which would make its value depend on
which rule asked first.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from rulekit.rules import RuleDefinitionError

#: The scopes a fixture can have (values live that long).
FIXTURE_SCOPES = ("run",)
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


@dataclass(frozen=True)
class Fixture:
    """A value a rule can ask for by ``name``, built by ``func`` once per ``scope``."""

    name: str
    func: Callable[..., Any]
    scope: str = "run"
    params: tuple[str, ...] = ()

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.func) or ""


def fixture(func: Callable[..., Any] | None = None, *, scope: str = "run",
            name: str | None = None) -> Any:
    """Declare a run fixture (``@rulekit.fixture`` or ``@rulekit.fixture(name=…)``)."""

    def decorate(f: Callable[..., Any]) -> Fixture:
        fixture_name = name or f.__name__
        if not _NAME.match(fixture_name):
            raise RuleDefinitionError(f"fixture name {fixture_name!r} must be a Python name "
                                      "in lower case")
        if scope not in FIXTURE_SCOPES:
            raise RuleDefinitionError(f"fixture {fixture_name}: unknown scope {scope!r}; use "
                                      f"one of {', '.join(FIXTURE_SCOPES)}")
        params = tuple(inspect.signature(f).parameters)
        return Fixture(name=fixture_name, func=f, scope=scope, params=params)

    return decorate(func) if func is not None else decorate


def fixtures_in(plugin: object) -> Iterator[Fixture]:
    """Every Fixture an object (usually a module) holds as an attribute."""
    for value in vars(plugin).values() if hasattr(plugin, "__dict__") else ():
        if isinstance(value, Fixture):
            yield value


class FixtureError(Exception):
    """A fixture could not be built: it raised, asked for what nobody provides, or for
    itself through others. The message names the fixture."""


class RunValues:
    """The fixtures' values of one run, built on first use and kept until the run ends."""

    def __init__(self, fixtures: Mapping[str, Fixture], base: Mapping[str, Any]) -> None:
        self.fixtures = fixtures
        self.base = dict(base)
        self._values: dict[str, Any] = {}
        self._errors: dict[str, FixtureError] = {}

    def provide(self, **values: Any) -> None:
        """Add run-wide values (an input's, once read) that fixtures may ask for. Another
        value under a name already given forgets what was built (from the old one)."""
        if any(k in self.base and self.base[k] is not v for k, v in values.items()):
            self._values.clear()
            self._errors.clear()
        self.base.update(values)

    def get(self, name: str, _asking: tuple[str, ...] = ()) -> Any:
        """The value of fixture ``name``, building it (and what it asks for) if needed."""
        if name in self._values:
            return self._values[name]
        if name in self._errors:
            raise self._errors[name]
        if name in _asking:
            raise FixtureError(f"fixture {name} asks for itself: "
                               f"{' → '.join((*_asking, name))}")
        fx = self.fixtures[name]
        kwargs = {}
        try:
            for param in fx.params:
                if param in self.fixtures:
                    kwargs[param] = self.get(param, (*_asking, name))
                elif param in self.base:
                    kwargs[param] = self.base[param]
                else:
                    raise FixtureError(f"fixture {name} asks for {param!r}, which this run "
                                       "does not provide")
            value = fx.func(**kwargs)
        except FixtureError as exc:
            self._errors[name] = exc
            raise
        except Exception as exc:  # a fixture that raises costs the rules that use it
            error = FixtureError(f"fixture {name} failed: {type(exc).__name__}: {exc}")
            self._errors[name] = error
            raise error from exc
        self._values[name] = value
        return value
