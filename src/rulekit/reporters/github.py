"""GitHub Actions workflow commands: each finding an annotation (``::error file=…::…``) on the
run's summary and, when its file is in the repository, on the file in a pull request.

A page's annotation names its export file relative to the folder rulekit runs in (the
workspace); the title is the rule and its Chinese title, the message the finding, its URL
and its evidence. Every value is escaped as the runner expects (``%``, line breaks, and in
properties ``:`` and ``,``), so a page's text can never end an annotation early or start a
workflow command of its own.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from rulekit.hookspecs import hookimpl
from rulekit.model import Finding
from rulekit.redact import unsurrogated
from rulekit.report import Report

#: workflow commands for rulekit's severities
COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """A message as a workflow command carries it."""
    return unsurrogated(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file, title) as a workflow command carries it."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter:
    """One workflow command per finding, then a summary line."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(os.path.realpath(root or Path.cwd()))

    def write(self, report: Report, out: BinaryIO) -> None:
        for f in report.findings:
            out.write((self.command(f) + "\n").encode("utf-8"))
        for a in report.set_aside:  # shown, never failing: the reviewer's reason with it
            f = a.finding
            title = escape_property(f"已核减 {f.rule}")
            text = escape_data(f"{f.message}\n{a.status}：{a.reason}")
            out.write(f"::notice title={title}::{text}\n".encode())
        n = len(report.findings)
        aside = f", {len(report.set_aside)} set aside" if report.set_aside else ""
        out.write(f"rulekit: {n} finding{'s' if n != 1 else ''}{aside}\n".encode())

    def command(self, f: Finding) -> str:
        props = []
        path = self.file(f.target.path)
        if path:
            props.append(f"file={escape_property(path)}")
        props.append(f"title={escape_property(f'{f.rule} {f.title}'.strip())}")
        lines = [f.message]
        where = f.target.url or (f"{f.target.platform} {f.target.name}" if f.target.name
                                 else f.target.path)
        if where:
            lines.append(where)
        if f.evidence and f.evidence not in f.message:
            lines.append(f.evidence)
        return f"::{COMMAND.get(f.severity, 'warning')} {','.join(props)}::" \
               f"{escape_data(chr(10).join(lines))}"

    def file(self, where: str | None) -> str | None:
        """A target's file relative to the workspace; None when it is outside it or not a
        file (an account's list line is named in the message instead)."""
        if not where:
            return None
        path = where.split("#record", 1)[0].rstrip()
        if not os.path.isfile(path):
            return None
        full = Path(os.path.realpath(path))
        try:
            return full.relative_to(self.root).as_posix()
        except ValueError:
            return None


@hookimpl
def rulekit_reporters() -> dict[str, type[GithubReporter]]:
    return {"github": GithubReporter}
