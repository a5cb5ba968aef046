"""The run's configuration: YAML (safe loader), JSON Schema, paths, errors with file and line."""

from __future__ import annotations

import datetime as dt
import difflib
import fnmatch
import importlib.util
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema

from rulekit.config_yaml import at_line, load_yaml
from rulekit.errors import ConfigError
from rulekit.limits import DEFAULT as DEFAULT_LIMITS
from rulekit.limits import Limits
from rulekit.model import Column
from rulekit.outputs import Output

#: The ``base_url`` of a site whose config gives none (a WARC then keeps every host).
DEFAULT_BASE_URL = "http://localhost/"
_COLUMN = {
    "type": "object",
    "required": ["match"],
    "additionalProperties": False,
    "properties": {
        "name": {"type": "string"},
        "type": {"type": "string"},
        "match": {"type": "string", "minLength": 1},
    },
}
_SITE = {
    "type": "object",
    "required": ["name", "export"],
    "additionalProperties": False,
    "properties": {
        "name": {"type": "string", "minLength": 1},
        "export": {"type": "string", "minLength": 1},
        "base_url": {"type": "string"},
        "columns": {"type": "array", "items": _COLUMN},
    },
}
#: The core's schema; each rule adds its own options schema under ``rules.options.<id>``.
SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    # the sections of input plugins (newmedia, letters …): checked once plugins are loaded
    "patternProperties": {"^[a-z][a-z0-9_]*$": {}},
    "properties": {
        "as_of": {"type": "string", "format": "date"},
        "sites": {"type": "array", "items": _SITE},
        "rules": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "select": {"type": "array", "items": {"type": "string"}},
                "ignore": {"type": "array", "items": {"type": "string"}},
                "options": {"type": "object", "additionalProperties": {"type": "object"}},
            },
        },
        "plugins": {"type": "array", "items": {"type": "string"}},
        "limits": Limits.schema(),
        # where pages are checked: local processes (jobs: N, default the cores) or a Dask
        # cluster (name: dask, scheduler: tcp://host:8786); -j/--executor override it
        "executor": {"type": "object", "additionalProperties": False, "properties": {
            "name": {"enum": ["local", "dask"]},
            "jobs": {"type": "integer", "minimum": 1},
            "scheduler": {"type": "string", "minLength": 1}}},
        # the reports to write: "json:report.json", "text" (standard output), or
        # {format: json, path: report.json}; --report on the command line replaces them
        "output": {"type": "array", "items": {"oneOf": [
            {"type": "string", "minLength": 1},
            {"type": "object", "required": ["format"], "additionalProperties": False,
             "properties": {"format": {"type": "string", "minLength": 1},
                            "path": {"type": "string", "minLength": 1}}}]}},
    },
}


@dataclass(frozen=True)
class ColumnConfig:
    """A configured column: pages whose URL matches ``match`` (prefix or glob) belong to it."""

    name: str | None
    type: str | None
    match: str

    def covers(self, url: str) -> bool:
        path = urlsplit(url).path or "/"
        if any(ch in self.match for ch in "*?["):
            return fnmatch.fnmatch(path, self.match) or fnmatch.fnmatch(url, self.match)
        if "://" in self.match:
            return url.startswith(self.match)
        return path.startswith(self.match) or ("/" + path.lstrip("/")).startswith(self.match)


@dataclass(frozen=True)
class SiteConfig:
    """One site of the config: a name, its export (a path) and how to read it."""

    name: str
    export: Path
    base_url: str = DEFAULT_BASE_URL
    columns: tuple[ColumnConfig, ...] = ()
    where: str = ""
    #: the run's caps (the config's ``limits:``), for the readers of this site's export
    limits: Limits = DEFAULT_LIMITS
    #: column types and the Chinese words of ColumnType/ColumnName metas that name them,
    #: from the plugins (``rulekit_column_types``); the engine fills them in
    column_words: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def column_for(self, url: str) -> Column | None:
        """The first configured column whose pattern covers ``url``."""
        for col in self.columns:
            if col.covers(url):
                return Column(name=col.name, type=col.type)
        return None


@dataclass
class Config:
    """A loaded, validated configuration. Paths are absolute."""

    path: Path | None
    as_of: dt.date
    as_of_given: bool
    sites: list[SiteConfig] = field(default_factory=list)
    #: the sections only input plugins know (``newmedia`` …), as written; see ``check_sections``
    sections: dict[str, Any] = field(default_factory=dict)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    plugins: list[str] = field(default_factory=list)
    #: caps on the work one input may cost (``limits:``; see ``rulekit.limits``)
    limits: Limits = DEFAULT_LIMITS
    lines: dict[tuple[Any, ...], int] = field(default_factory=dict)
    #: how the config's paths resolve (its folder, and whether they are confined to it)
    paths: _Paths | None = None
    #: the reports the config asks for (``output:``), paths resolved
    outputs: list[Output] = field(default_factory=list)
    #: where pages are checked (``executor:``: name, jobs, scheduler), as written
    executor: dict[str, Any] = field(default_factory=dict)
    #: every selected rule's options, defaults applied (filled by the engine)
    rules_options: dict[str, dict[str, Any]] = field(default_factory=dict)

    def resolve_path(self, value: str, key: tuple[Any, ...]) -> Path:
        """A path the config gives under ``key``, resolved from the config's folder (and held
        inside it with ``--confine-paths``); a ConfigError names the line otherwise."""
        paths = self.paths or _Paths(self.path.parent if self.path else Path.cwd(),
                                     str(self.path or "<config>"), self.lines, False)
        return paths.required(value, key)

    def check_sections(self, schemas: Mapping[str, Mapping[str, Any]]) -> None:
        """Refuse a section no loaded input owns (naming the nearest), and validate each
        known one with its input's schema, with the config's file and line."""
        name = str(self.path) if self.path else "<config>"
        known = sorted(set(SCHEMA["properties"]) | set(schemas))
        for key, value in self.sections.items():
            if key not in schemas:
                hint = nearest(key, known)
                suggestion = f" (did you mean {hint!r}?)" if hint else ""
                raise ConfigError(f"{self.where(key)}: unknown key {key!r}{suggestion}; "
                                  f"expected one of: {', '.join(known)}")
            _validate(value, schemas[key], name, self.lines, (key,))

    def where(self, *path: Any) -> str:
        """``file:line`` of a config key, as precise as the YAML allows."""
        name = str(self.path) if self.path else "<config>"
        key = tuple(path)
        while key and key not in self.lines:
            key = key[:-1]
        line = self.lines.get(key)
        return f"{name}:{line}" if line else name


def load(path: str | Path, *, today: dt.date | None = None, confine: bool = False) -> Config:
    """Read and validate a config file. Raises :class:`ConfigError` naming file and line.

    With ``confine``, every path the config names (exports, new-media files, plugin files)
    must resolve, symlinks followed, inside the config's folder: a config received from
    elsewhere then cannot make the run read ``/etc`` or run code from another folder.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    return parse(text, path=path.resolve(), today=today, confine=confine)


def parse(text: str, *, path: Path | None = None, today: dt.date | None = None,
          confine: bool = False) -> Config:
    """Validate a config given as YAML text; relative paths resolve from ``path``'s folder.

    ``confine`` refuses paths that resolve outside that folder (see :func:`load`).
    """
    name = str(path) if path else "<config>"
    data, lines = load_yaml(text, name)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{name}:1: the config must be a mapping of keys (as_of, sites, …)")
    if isinstance(data.get("as_of"), (dt.date, dt.datetime)):
        data["as_of"] = data["as_of"].isoformat()[:10]
    _validate(data, SCHEMA, name, lines)
    paths = _Paths(path.parent if path else Path.cwd(), name, lines, confine)
    as_of_given = "as_of" in data
    if as_of_given:
        try:
            as_of = dt.date.fromisoformat(str(data["as_of"]))
        except ValueError:
            raise ConfigError(f"{at_line(name, lines, ('as_of',))}: as_of: {data['as_of']!r} is not "
                              "a date (write it as 2022-05-31)") from None
    else:
        as_of = today or dt.date.today()
    limits = Limits(**data.get("limits") or {})
    sites = []
    for i, site in enumerate(data.get("sites") or []):
        columns = tuple(ColumnConfig(c.get("name"), c.get("type"), c["match"])
                        for c in site.get("columns") or [])
        sites.append(SiteConfig(
            name=site["name"], export=paths.required(site["export"], ("sites", i, "export")),
            base_url=site.get("base_url") or DEFAULT_BASE_URL, columns=columns,
            where=at_line(name, lines, ("sites", i)), limits=limits))
    rules = data.get("rules") or {}
    plugins = [str(paths.required(p, ("plugins", i))) if p.endswith(".py")
               else paths.module(p, ("plugins", i))
               for i, p in enumerate(data.get("plugins") or [])]
    outputs = []
    for i, out in enumerate(data.get("output") or []):
        spec = out if isinstance(out, str) else (
            f"{out['format']}:{out['path']}" if out.get("path") else out["format"])
        try:
            parsed = Output.parse(spec)
        except ConfigError as exc:
            raise ConfigError(f"{at_line(name, lines, ('output', i))}: output: {exc}") from None
        if parsed.path is not None:
            parsed = Output(parsed.format, paths.required(str(parsed.path), ("output", i)))
        outputs.append(parsed)
    return Config(
        path=path, as_of=as_of, as_of_given=as_of_given, sites=sites, outputs=outputs,
        sections={k: v for k, v in data.items() if k not in SCHEMA["properties"]},
        paths=paths,
        select=list(rules.get("select") or []), ignore=list(rules.get("ignore") or []),
        options={k: dict(v) for k, v in (rules.get("options") or {}).items()},
        plugins=plugins, limits=limits, lines=lines, executor=dict(data.get("executor") or {}))


@dataclass(frozen=True)
class _Paths:
    """Resolves the config's paths from its folder, refusing unusable and escaping ones.

    A path with a NUL byte or a name too long for the system is a config error with its
    line, not a traceback; with ``confine``, so is a path that resolves (symlinks followed)
    outside the folder.
    """

    base: Path
    name: str
    lines: Mapping[tuple[Any, ...], int]
    confine: bool

    def resolve(self, value: str | None, key: tuple[Any, ...]) -> Path | None:
        if not value:
            return None
        return self.required(value, key)

    def required(self, value: str, key: tuple[Any, ...]) -> Path:
        dotted = ".".join(str(k) for k in key)
        where = at_line(self.name, self.lines, key)
        try:
            path = Path(value).expanduser()
            path = path if path.is_absolute() else (self.base / path).resolve()
            path.exists()  # raises for a name too long for the system, not for a missing file
            if not self.confine:
                return path
            real, folder = path.resolve(), self.base.resolve()
        except (OSError, ValueError, RuntimeError) as exc:  # NUL bytes, long names, loops
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise ConfigError(f"{where}: {dotted}: {value!r} is not a usable path: {reason}"
                              ) from None
        if real != folder and folder not in real.parents:
            raise ConfigError(f"{where}: {dotted}: {value!r} resolves outside the config's "
                              f"folder ({folder}); paths are confined to that folder")
        return path


    def module(self, name: str, key: tuple[Any, ...]) -> str:
        """A plugin module's name; with ``confine``, only an installed rulekit plugin or a
        module inside the config's folder (found without importing anything)."""
        if not self.confine:
            return name
        where = at_line(self.name, self.lines, key)
        top = name.split(".")[0]
        installed = {ep.value.split(":")[0].split(".")[0]
                     for ep in entry_points(group="rulekit.plugins")}
        if top in installed:
            return name
        try:
            spec = importlib.util.find_spec(top)
        except (ImportError, ValueError):
            spec = None
        origin = getattr(spec, "origin", None) if spec else None
        folder = self.base.resolve()
        if origin and origin not in ("built-in", "frozen"):
            real = Path(origin).resolve()
            if folder in real.parents:
                return name
        raise ConfigError(f"{where}: {'.'.join(str(k) for k in key)}: module {name!r} is not "
                          "an installed rulekit plugin nor inside the config's folder; plugins "
                          "are confined to those")


def _validate(data: Any, schema: Mapping[str, Any], name: str,
              lines: Mapping[tuple[Any, ...], int], prefix: tuple[Any, ...] = ()) -> None:
    """Validate with JSON Schema; raise the first error as ``file:line: key: message``."""
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return
    messages = [describe(err, name, lines, prefix) for err in errors[:10]]
    raise ConfigError("\n".join(messages))


def describe(err: jsonschema.ValidationError, name: str,
             lines: Mapping[tuple[Any, ...], int], prefix: tuple[Any, ...] = ()) -> str:
    """One validation error in the user's terms: where, which key, what is expected."""
    path = prefix + tuple(err.absolute_path)
    dotted = ".".join(str(p) for p in path) or "(top level)"
    if err.validator == "additionalProperties" and isinstance(err.instance, dict):
        allowed = list(err.schema.get("properties", {}))
        extra = [k for k in err.instance if k not in allowed]
        parts = []
        for key in extra:
            hint = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
            parts.append(f"{at_line(name, lines, path + (key,))}: {dotted}: unknown key "
                         f"{key!r}{suggestion}; expected one of: {', '.join(allowed)}")
        return "\n".join(parts)
    return f"{at_line(name, lines, path)}: {dotted}: {err.message}"


def validate_options(config: Config, rule_id: str, schema: Mapping[str, Any]) -> dict[str, Any]:
    """A rule's options from the config, validated against its schema, defaults applied."""
    given = config.options.get(rule_id, {})
    name = str(config.path) if config.path else "<config>"
    _validate(given, schema, name, config.lines, ("rules", "options", rule_id))
    values = {k: spec["default"] for k, spec in schema.get("properties", {}).items()
              if "default" in spec}
    values.update(given)
    return values


def nearest(word: str, choices: Sequence[str]) -> str | None:
    """The closest valid spelling of ``word``, to suggest in an error message."""
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.5)
    return found[0] if found else None
