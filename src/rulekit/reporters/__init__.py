"""Reporters turn the run's findings into an output format; each format is a plugin."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol, TextIO

from rulekit.model import Finding


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
    accounts: int = 0
    rules: list[str] = field(default_factory=list)
    seconds: float = 0.0
    #: entries of the exports seen (files, WARC records), and how many were checked
    entries: int = 0
    checked: int = 0
    #: entries not checked, by reason (a key of ``rulekit.resource.NOT_CHECKED``)
    not_checked: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str) -> None:
        """Count one entry seen and not checked."""
        self.entries += 1
        self.not_checked[reason] = self.not_checked.get(reason, 0) + 1

    def counts(self, findings: list[Finding]) -> dict[str, int]:
        """Findings per rule id, most frequent first."""
        return dict(Counter(f.rule for f in findings).most_common())


class Reporter(Protocol):
    """Writes a whole report to a text stream."""

    def write(self, findings: list[Finding], run: RunSummary, out: TextIO) -> None: ...
