"""What a run produces, whole: the findings, every target checked, the run's summary.

A reporter receives a :class:`Report` and writes it to a binary stream, so a format that is
not text (a spreadsheet, a PDF) is a reporter like any other. ``verdicts`` and ``marks`` are
left for plugins that judge a run (pass or fail per site and account, as a notice does) and
compare it with earlier runs (new, fixed since the last run); the core fills neither.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Protocol

from rulekit.model import Finding
from rulekit.rules import Rule


@dataclass
class RunSummary:
    """What a report says about the run besides its findings."""

    as_of: dt.date
    as_of_given: bool
    config: str | None
    version: str
    sites: list[str] = field(default_factory=list)
    pages: int = 0
    attachments: int = 0
    #: items of the inputs of plugins checked, by scope (``{"account": 28}``), and the
    #: Chinese noun each input counts them with (``{"account": "政务新媒体账号"}``)
    items: dict[str, int] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    rules: list[str] = field(default_factory=list)
    seconds: float = 0.0
    #: entries of the exports seen (files, WARC records), and how many were checked
    entries: int = 0
    checked: int = 0
    #: entries not checked, by reason (a key of ``rulekit.resource.NOT_CHECKED``)
    not_checked: dict[str, int] = field(default_factory=dict)

    @property
    def accounts(self) -> int:
        """The items of scope ``account`` (the JSON report's ``summary.accounts``, kept for
        version 1 of its format)."""
        return self.items.get("account", 0)

    def skip(self, reason: str) -> None:
        """Count one entry seen and not checked."""
        self.entries += 1
        self.not_checked[reason] = self.not_checked.get(reason, 0) + 1

    def counts(self, findings: list[Finding]) -> dict[str, int]:
        """Findings per rule id, most frequent first."""
        return dict(Counter(f.rule for f in findings).most_common())


@dataclass
class Checked:
    """One target the run checked: a site (with its page and attachment counts) or an item
    of an input (an account …), whether or not anything was found there."""

    kind: str
    name: str
    platform: str | None = None
    pages: int = 0
    attachments: int = 0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "name": self.name}
        if self.platform is not None:
            out["platform"] = self.platform
        if self.kind == "site":
            out.update(pages=self.pages, attachments=self.attachments)
        return out


@dataclass
class Report:
    """A run, as every reporter receives it."""

    findings: list[Finding]
    summary: RunSummary
    #: every site and input item checked, in the order the run met them
    checked: list[Checked] = field(default_factory=list)
    #: per target key, a judgement a plugin makes (合格 / 不合格 …); empty in the core
    verdicts: dict[str, Any] = field(default_factory=dict)
    #: per finding fingerprint, a mark against earlier runs (new, fixed …); empty in the core
    marks: dict[str, str] = field(default_factory=dict)
    plugin_errors: int = 0
    #: the rules the run applied, by id: their titles, severities and docs, for the formats
    #: that describe each rule beside its results (SARIF, JUnit)
    rules: dict[str, Rule] = field(default_factory=dict)


class Reporter(Protocol):
    """Writes a whole report, as bytes, to ``out``."""

    def write(self, report: Report, out: BinaryIO) -> None: ...


#: What the ``rulekit_reporters`` hook returns: format names and their factories.
ReporterFactories = Mapping[str, Callable[[], Reporter]]
