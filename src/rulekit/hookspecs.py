"""The contract between rulekit and its plugins: every hook, documented where it is declared.

A plugin is a module (or object) with functions marked ``@rulekit.hookimpl`` whose names are
hooks below. Plugins come from the ``rulekit.plugins`` entry-point group (the national rules
register that way too), from the config's ``plugins:`` list and from ``-p/--plugin``.

Most plugins need none of these hooks: a module that defines functions decorated with
``@rulekit.rule`` is collected by the default :func:`rulekit_collect_rules`, as pytest
collects ``test_*`` functions. The hooks are for the rest of the pipeline: input readers,
attachment text, tables, and reporters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from rulekit.config import Config, SiteConfig
    from rulekit.findings import FindingReport
    from rulekit.fixture import Fixture
    from rulekit.inputs import InputKind
    from rulekit.limits import Limits
    from rulekit.readers.tables import Record
    from rulekit.report import Report, ReporterFactories
    from rulekit.resource import Resource
    from rulekit.rules import Rule

#: The version of this contract. A plugin may declare ``RULEKIT_API = "1"`` (the major
#: version it was written for); the engine refuses a plugin whose major version differs.
HOOKSPEC_VERSION = "1.0"

hookspec = pluggy.HookspecMarker("rulekit")
hookimpl = pluggy.HookimplMarker("rulekit")


@hookspec
def rulekit_collect_rules(plugin: object) -> Iterable[Rule] | None:
    """Return the rules that ``plugin`` provides.

    Called once for every registered plugin. The default implementation returns every
    :class:`rulekit.Rule` object (a function decorated with ``@rulekit.rule``) found as an
    attribute of the plugin module. Implement it to make rules at run time, for example one
    rule per entry of a province's word list; return ``None`` for plugins you do not know.
    """


@hookspec
def rulekit_collect_fixtures(plugin: object) -> Iterable[Fixture] | None:
    """Return the run fixtures that ``plugin`` provides.

    Called once for every registered plugin, like :func:`rulekit_collect_rules`. The default
    implementation returns every function decorated with ``@rulekit.fixture`` found as an
    attribute of the plugin module. A rule asks for a fixture by naming a parameter after
    it; the engine builds it the first time a rule of the run needs it.
    """


@hookspec
def rulekit_add_inputs() -> Iterable[InputKind] | None:
    """Return the inputs this plugin reads besides site exports, as
    :class:`rulekit.inputs.InputKind` objects.

    Each kind owns one top-level config section (``newmedia``, ``letters`` …) with its JSON
    Schema, a loader, and a scope: the rules of that scope receive one item at a time (an
    account, a letter) and may ask for the kind's arguments. A config section no loaded
    input owns is refused, with the nearest section name as a hint. The national plugin's
    ``newmedia`` input is registered this way.
    """


@hookspec
def rulekit_config_sections() -> Mapping[str, Mapping[str, Any]] | None:
    """Return the top-level config sections this plugin reads that are not inputs, each with
    the JSON Schema of its value: ``{"verdicts": {...}}``.

    The section is validated with the config's file and line like the core's own keys; the
    plugin reads it from ``config.sections`` (in :func:`rulekit_configure`, or when it
    judges a report). The national verdicts plugin's ``verdicts`` section is declared this
    way. A section no loaded plugin declares is refused, with the nearest name as a hint.
    """


@hookspec
def rulekit_judge_report(report: Report, config: Config) -> None:
    """Called once after the run, before any report is written, to judge it.

    Append :class:`rulekit.report.Verdict` objects to ``report.verdicts`` (合格, 不合格 or
    不确定 per site and account, as a notice gives them), set ``report.marks`` (a finding's
    standing against earlier runs, by fingerprint), or add ``report.notes``. Every reporter
    then sees the same judged report. Implementations are called in pluggy's order
    (``tryfirst``/``trylast`` to run before or after another); one that raises costs only
    its own judgement: the run reports a ``plugin`` finding and exits 3.
    """


@hookspec
def rulekit_column_types() -> Mapping[str, Iterable[str]] | None:
    """Return column types with the Chinese words that name them in a page's
    ``ColumnType``/``ColumnName`` metas: ``{"penalty": ["行政处罚", "双公示"]}``.

    A page whose column the manifest and the config do not give takes its type from its
    metas by these words (the first type, in plugin order, whose word the value holds). The
    national plugin gives the national columns' words; a province adds its own.
    """


@hookspec
def rulekit_configure(config: Config) -> None:
    """Called once after the config is loaded and validated, before any input is read.

    Only for a config the user gave: ``rulekit rules``, ``explain``, ``test`` and
    ``inspect`` without ``--config`` load the plugins with no config and do not call it.
    ``config.rules_options`` holds every loaded rule's options with defaults applied.
    Raise :class:`rulekit.ConfigError` to refuse the run with a message for the user.
    """


@hookspec(firstresult=True)
def rulekit_open_export(site: SiteConfig) -> Iterable[Resource] | None:
    """Return an iterable of the resources (pages and files) of a site export, or ``None``.

    ``site.export`` is the path the config names. The first plugin that recognises it (a
    mirror directory, a ``.warc``/``.warc.gz`` file, a province's CMS dump …) returns a lazy
    iterable; it must stream, never read the whole export into memory. A resource that cannot
    be read is yielded as a :class:`rulekit.InputError` so the run reports it and goes on.
    HTML pages should come before the attachments they link to, when the format allows.
    """


@hookspec(firstresult=True)
def rulekit_extract_text(name: str, data: bytes, content_type: str | None,
                         limits: Limits) -> str | None:
    """Return the text of an attachment (``.docx``, ``.ofd``, ``.pdf``, ``.txt`` …) or ``None``.

    ``name`` is the file name or URL path, ``content_type`` the HTTP content type when the
    export knows it. Return ``None`` for formats you do not read; raise
    :class:`rulekit.InputError` for a file that is corrupt. Text is block-aware: ``\\n``
    between paragraphs, ``\\t`` between table cells. Stay within ``limits``
    (``extract_seconds``, ``attachment_chars``). A ``str`` with a ``problems`` attribute (a
    tuple of messages) is checked, and its problems are reported as ``input`` findings of
    the file: all of kind ``parser-warning`` together as one, each other one (what a cap
    cut, bytes no encoding reads) as its own. Give each its kind with
    :class:`rulekit.errors.InputProblem` (``InputProblem(message, kind="cut")``); a plain
    ``str`` is worded from its message.
    """


@hookspec(firstresult=True)
def rulekit_read_table(path: Path, fields: dict[str, list[str]],
                       limits: Limits) -> Iterable[Record] | None:
    """Return the records of a tabular input file (CSV, XLSX, JSON …), or ``None``.

    ``fields`` maps each canonical field name to the header aliases accepted for it. Yield
    :class:`rulekit.InputError` for a record that cannot be read, and go on with the rest.
    Stream, and stay within ``limits`` (``line_bytes``, ``cell_chars``, ``records``).
    """


@hookspec
def rulekit_find_personal_data(text: str) -> Iterable[tuple[int, int]] | None:
    """Return the spans ``(start, end)`` of personal data in ``text``, to be masked.

    Every text that leaves rulekit (each field of each finding, whatever rule or reader
    made it) is masked before it is reported. The core masks ID-, card- and phone-like
    numbers itself; a plugin that knows another kind of personal data (the national
    plugin: detailed home addresses) adds it here, so the data its rules look for is never
    re-leaked by another rule's evidence or a page title. ``text`` is already normalised:
    digits ASCII, zero-width characters dropped, spaces and dashes plain. Be quick and
    err towards masking: this runs on every finding's text.
    """


@hookspec
def rulekit_process_finding(report: FindingReport, config: Config) -> None:
    """Called for each finding before it is reported, to change or drop it.

    ``report.finding`` is the finding; replace it (``dataclasses.replace(report.finding,
    details={**report.finding.details, "region": "宝鸡市"})``) to change what is reported, or
    call ``report.drop()`` to leave it out. Every implementation is called, in pluggy's order
    (the last registered first; ``tryfirst``/``trylast`` and ``wrapper=True`` as pluggy
    documents), and each sees the changes of the ones before it. Evidence is masked before
    this hook sees it.
    """


@hookspec
def rulekit_reporters() -> ReporterFactories | None:
    """Return the output formats this plugin writes: each format name with a factory (a
    class, usually) that makes its reporter.

    A reporter has one method, ``write(report, out)``: ``report`` is the whole
    :class:`rulekit.report.Report` (findings, every site and account checked, the run's
    summary, and the verdicts and marks plugins add), ``out`` a binary stream, so a
    spreadsheet or a PDF is written like text. ``rulekit run --report FORMAT:PATH`` (or
    ``--format``, or the config's ``output:`` list) picks formats by these names; two
    plugins giving one name is a config error. A reporter that raises costs its own output
    (exit 2, any earlier file at its path left whole), never the others.
    """


@hookspec(firstresult=True)
def rulekit_make_reporter(format: str) -> Any:
    """Deprecated (API 1.0): use :func:`rulekit_reporters`. Return a reporter whose
    ``write(findings, summary, out)`` writes text, for the format named ``format``."""


@hookspec
def rulekit_report_formats() -> Iterable[str]:
    """Deprecated (API 1.0), with :func:`rulekit_make_reporter`: the format names it makes."""


def plugin_api(plugin: Any) -> str | None:
    """The hook-spec major version a plugin declares it was written for, if it says."""
    value = getattr(plugin, "RULEKIT_API", None)
    return None if value is None else str(value)
