"""The ``@rule`` decorator: a check is a plain function that asks for what it needs by name.

Like a pytest test asks for fixtures, a rule asks for arguments by parameter name::

    @rulekit.rule("county.hotline", title="页面底部未公布12345热线", scope="page")
    def hotline(page):
        assert "12345" in page.text, "页面未公布12345政务服务便民热线"

A rule may also ask for a run fixture (:func:`rulekit.fixture`) by its name: something
built once per run, such as an index of the filing registry.

A rule either ``yield``s problems (:class:`rulekit.Problem` or a message string) or, for a
plain pass/fail check, states an ``assert`` whose message becomes the finding.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from rulekit.model import SEVERITIES, Problem

#: What each scope's rules may ask for, by parameter name.
#: What each scope of the site exports' rules may ask for, by parameter name. Inputs of
#: plugins add their own scopes (the national ``account``); see ``rulekit.inputs``.
SCOPE_ARGUMENTS: Mapping[str, frozenset[str]] = {
    "page": frozenset({"page", "site", "options", "as_of", "config"}),
    "site": frozenset({"site", "pages", "index", "collected", "options", "as_of", "config"}),
}
_SCOPE = re.compile(r"^[a-z][a-z0-9_]*$")
RULE_ID = re.compile(r"^[a-z][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)+$")


class RuleDefinitionError(ValueError):
    """A rule is declared wrongly (bad id, unknown scope, a parameter no scope provides)."""


@dataclass
class Rule:
    """A check and what the engine needs to know about it.

    ``options`` is a JSON Schema of an object; its ``default`` values are applied before the
    rule runs. ``attachments`` says whether a page rule also runs on the text of readable
    attachments. ``source`` and ``rationale`` feed ``rulekit explain``.
    """

    id: str
    title: str
    func: Callable[..., Any]
    severity: str = "error"
    scope: str = "page"
    options: dict[str, Any] = field(default_factory=dict)
    attachments: bool = False
    source: str = ""
    plugin: str = ""
    params: tuple[str, ...] = ()
    #: a site rule's collect steps, by name: what each page gives the reduce (see collect)
    collectors: dict[str, Callable[..., Any]] = field(default_factory=dict)
    #: whether ``select: [ALL]`` (and no select at all) runs it; False: off by default, run
    #: only when a select entry names it or its area (a review listing, not a problem)
    default: bool = True
    #: what other plugins read of the rule, by their own keys: the national verdicts plugin
    #: reads ``verdict`` (the indicator item its findings count towards, points, count)
    meta: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not RULE_ID.match(self.id):
            raise RuleDefinitionError(
                f"rule id {self.id!r} must be 'area.name' in lower case (like 'county.hotline')")
        if not isinstance(self.scope, str) or not _SCOPE.match(self.scope):
            raise RuleDefinitionError(
                f"rule {self.id}: scope {self.scope!r} must be a lower-case name: "
                f"{', '.join(SCOPE_ARGUMENTS)}, or the scope of an input plugin (account …)")
        if self.severity not in SEVERITIES:
            raise RuleDefinitionError(
                f"rule {self.id}: severity {self.severity!r} is not one of {', '.join(SEVERITIES)}")
        self.options = options_schema(self.options)
        params = tuple(inspect.signature(self.func).parameters)
        # a core scope asking for the other core scope's argument is a mistake now; any
        # other name may be an input's argument or a run fixture, which the engine checks
        # once every plugin is loaded
        if self.scope in SCOPE_ARGUMENTS:
            others = set().union(*SCOPE_ARGUMENTS.values()) - SCOPE_ARGUMENTS[self.scope]
            unknown = [p for p in params if p in others]
            if unknown:
                raise RuleDefinitionError(
                    f"rule {self.id}: a {self.scope} rule cannot ask for {', '.join(unknown)}; "
                    f"it may ask for {', '.join(sorted(SCOPE_ARGUMENTS[self.scope]))}")
        self.params = params

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.func) or ""

    def collect(self, func: Callable[..., Any] | None = None, *, name: str | None = None
                ) -> Any:
        """Declare what a site rule takes from each page, as the map of a map and reduce::

            @rulekit.rule("county.orphans", title="…", scope="site")
            def orphans(site, index, collected):
                linked = {u for hrefs in collected.hrefs.values() for u in hrefs}
                ...

            @orphans.collect
            def hrefs(page):
                return tuple(link.url for link in page.links)

        The function receives ``page`` (and may ask for ``site``, ``options``, ``as_of``,
        ``config``), and returns a small, picklable value: the engine keeps it on disk, per
        page URL, and drops the page. The rule receives ``collected``: for each collect
        step, by its name, a read-only mapping of page URL to value, in the order the pages
        were read. Nothing is collected for a rule that is not selected.
        """

        def register(f: Callable[..., Any]) -> Callable[..., Any]:
            if self.scope != "site":
                raise RuleDefinitionError(f"rule {self.id}: only a site rule collects from "
                                          "pages")
            allowed = {"page", "site", "options", "as_of", "config"}
            unknown = [p for p in inspect.signature(f).parameters if p not in allowed]
            if unknown:
                raise RuleDefinitionError(
                    f"rule {self.id}: collect step {f.__name__} cannot ask for "
                    f"{', '.join(unknown)}; it may ask for {', '.join(sorted(allowed))}")
            self.collectors[name or f.__name__] = f
            return f

        return register(func) if func is not None else register

    @property
    def defaults(self) -> dict[str, Any]:
        """The option values used when the config sets none."""
        props = self.options.get("properties", {})
        return {name: spec["default"] for name, spec in props.items() if "default" in spec}

    def __call__(self, **available: Any) -> list[Problem]:
        """Run the check with the arguments it asks for; return the problems it reports."""
        kwargs = {name: available[name] for name in self.params}
        try:
            result = self.func(**kwargs)
            if inspect.isgenerator(result) or isinstance(result, (list, tuple)):
                return [as_problem(item, self) for item in result]
            if result is None or result is True:
                return []
            return [as_problem(result, self)]
        except AssertionError as exc:
            # Under pytest a rule defined in a test module has its asserts rewritten, which
            # appends an explanation ("\nassert …") to the message: keep the author's words.
            message = str(exc).split("\nassert ", 1)[0].strip() or self.title
            return [Problem(message=message)]


class MalformedResult(TypeError):
    """A rule yielded something that is neither a Problem nor a message."""


def as_problem(item: Any, rule: Rule) -> Problem:
    """Accept what rules yield: a Problem, a message string, or a dict of Problem fields."""
    if isinstance(item, Problem):
        return item
    if isinstance(item, str) and item.strip():
        return Problem(message=item)
    if isinstance(item, Mapping) and isinstance(item.get("message"), str):
        try:
            return Problem(**item)
        except TypeError as exc:
            raise MalformedResult(f"rule {rule.id} yielded a malformed problem: {exc}") from None
    raise MalformedResult(
        f"rule {rule.id} yielded {type(item).__name__}, expected a rulekit.Problem or a message")


def options_schema(options: Mapping[str, Any] | None) -> dict[str, Any]:
    """A full JSON Schema object from either a schema or a bare ``properties`` mapping."""
    if not options:
        return {"type": "object", "properties": {}, "additionalProperties": False}
    if options.get("type") == "object" or "properties" in options:
        schema = dict(options)
        schema.setdefault("type", "object")
        schema.setdefault("additionalProperties", False)
        return schema
    return {"type": "object", "properties": dict(options), "additionalProperties": False}


def rule(
    id: str,
    *,
    title: str,
    severity: str = "error",
    scope: str = "page",
    options: Mapping[str, Any] | None = None,
    attachments: bool = False,
    source: str = "",
    default: bool = True,
    meta: Mapping[str, Any] | None = None,
) -> Callable[[Callable[..., Any]], Rule]:
    """Declare a check. See the module docstring for how a rule is written. ``default=False``
    makes it off by default: it runs only when a select entry names it or its area.
    ``meta`` is for other plugins (``{"verdict": {"item": "页面规范", "points": 1}}`` tells
    the national verdicts plugin what a finding costs)."""

    def decorate(func: Callable[..., Any]) -> Rule:
        return Rule(id=id, title=title, func=func, severity=severity, scope=scope,
                    options=dict(options or {}), attachments=attachments, source=source,
                    default=default, meta=dict(meta or {}))

    return decorate


def rules_in(plugin: object) -> Iterator[Rule]:
    """Every Rule an object (usually a module) holds as an attribute, in definition order."""
    seen: set[int] = set()
    for value in vars(plugin).values() if hasattr(plugin, "__dict__") else ():
        if isinstance(value, Rule) and id(value) not in seen:
            seen.add(id(value))
            yield value


def select(rules: Iterable[Rule], selected: Iterable[str] | None,
           ignored: Iterable[str] | None) -> list[Rule]:
    """Rules whose id matches a ``select`` entry (id or prefix) and no ``ignore`` entry.

    Like ruff, the longer (more specific) match wins: ``select: [county.hotline]`` with
    ``ignore: [county]`` keeps that one rule. A rule off by default (``default=False``) is
    selected only by an entry naming it or its area, never by ``ALL``.
    """

    def best(rule_id: str, entries: list[str]) -> int:
        return max((len(e) for e in entries if matches(rule_id, e)), default=-1)

    sel = list(selected) if selected else [""]
    named = [e for e in sel if e not in ALL]
    ign = list(ignored or [])
    return [r for r in rules if best(r.id, sel if r.default else named) > best(r.id, ign)]


#: The select entries that stand for every rule (on by default).
ALL = frozenset({"", "ALL", "all"})


def matches(rule_id: str, entry: str) -> bool:
    """Whether a select/ignore entry (an id, an area prefix, or ``ALL``) covers a rule id."""
    if entry in ALL:
        return True
    return rule_id == entry or rule_id.startswith(entry.rstrip(".") + ".")
