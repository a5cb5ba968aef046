"""What a run produces, whole: the findings, every target checked, the run's summary.

A reporter receives a :class:`Report` and writes it to a binary stream, so a format that is
not text (a spreadsheet, a PDF) is a reporter like any other. ``verdicts`` and ``marks`` are
left for plugins that judge a run (pass or fail per site and account, as a notice does) and
compare it with earlier runs (new, fixed since the last run), through
``rulekit_judge_report``; the core fills neither.
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
    #: what the input says of the item, as a notice's annex lists it (开设主体, 市(区)/省直),
    #: by the input's own Chinese field names
    details: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "name": self.name}
        if self.platform is not None:
            out["platform"] = self.platform
        if self.kind == "site":
            out.update(pages=self.pages, attachments=self.attachments)
        if self.details:
            out["details"] = dict(self.details)
        return out


#: a verdict's outcomes, in the order reports list them
OUTCOMES = ("fail", "uncertain", "pass")


@dataclass
class Verdict:
    """A judgement of one target checked (a site, an account): passed, failed, or
    uncertain because the evidence to decide it is missing. ``label`` is the outcome as the
    notices word it (合格, 不合格, 不确定); ``problems`` the main problems, in the notices'
    wording (存在的突出问题); ``findings`` the fingerprints of the findings that decided it;
    ``needed`` what would decide an uncertain one; ``details`` what the judging plugin adds
    (a score, its deductions)."""

    kind: str
    name: str
    outcome: str
    label: str
    platform: str | None = None
    score: float | None = None
    problems: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    needed: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise ValueError(f"verdict outcome {self.outcome!r}: one of {', '.join(OUTCOMES)}")

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "name": self.name}
        if self.platform is not None:
            out["platform"] = self.platform
        out.update(outcome=self.outcome, label=self.label, score=self.score,
                   problems=list(self.problems), findings=list(self.findings),
                   needed=list(self.needed))
        if self.details:
            out["details"] = dict(self.details)
        return out


@dataclass(frozen=True)
class Mark:
    """A finding against the runs before: ``new``, or ``persisting`` since the run of
    ``since`` (its as_of), found in ``runs`` runs in a row including this one."""

    status: str
    since: str
    runs: int

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status, "since": self.since, "runs": self.runs}

    @property
    def label(self) -> str:
        """As the notices say it: 新发现, or 连续第N次通报（自…起）."""
        return "新发现" if self.status == "new" else f"连续第{self.runs}次发现，自{self.since}起"


@dataclass(frozen=True)
class SetAside:
    """A finding left out of the findings, and why: ``status`` 误报, 已整改 or 基线."""

    finding: Finding
    status: str
    reason: str
    expires: dt.date | None = None
    source: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"fingerprint": self.finding.fingerprint, "rule": self.finding.rule,
                "message": self.finding.message, "status": self.status, "reason": self.reason,
                "expires": self.expires.isoformat() if self.expires else None,
                "source": self.source,
                "target": {k: v for k, v in vars(self.finding.target).items() if v is not None}}


@dataclass
class Report:
    """A run, as every reporter receives it."""

    findings: list[Finding]
    summary: RunSummary
    #: every site and input item checked, in the order the run met them
    checked: list[Checked] = field(default_factory=list)
    #: a judgement per site and account a plugin makes (合格 / 不合格 / 不确定); empty in
    #: the core (see ``rulekit_judge_report``)
    verdicts: list[Verdict] = field(default_factory=list)
    #: per finding fingerprint, its mark against earlier runs (new, persisting since …),
    #: when the run has a history
    marks: dict[str, Mark] = field(default_factory=dict)
    #: the last run's findings this run no longer has (fixed since), as the history holds them
    fixed: list[dict[str, Any]] = field(default_factory=list)
    #: findings left out by a review (误报, 已整改) or a baseline, each with why
    set_aside: list[SetAside] = field(default_factory=list)
    plugin_errors: int = 0
    #: the rules the run applied, by id: their titles, severities and docs, for the formats
    #: that describe each rule beside its results (SARIF, JUnit)
    rules: dict[str, Rule] = field(default_factory=dict)
    #: what the judging plugins say of the run as a whole (printed after the summary)
    notes: list[str] = field(default_factory=list)


class Reporter(Protocol):
    """Writes a whole report, as bytes, to ``out``."""

    def write(self, report: Report, out: BinaryIO) -> None: ...


#: What the ``rulekit_reporters`` hook returns: format names and their factories.
ReporterFactories = Mapping[str, Callable[[], Reporter]]
