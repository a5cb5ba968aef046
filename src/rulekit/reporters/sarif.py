"""SARIF 2.1.0, for code scanning (GitHub, GitLab, Azure DevOps): every rule with its help,
every finding a result at the export file it was found in.

Code scanning accepts only paths inside the repository, never a page's web address: a
result's location is the export's file (``site/zwgk/xzcf/t20220512_1.html``) relative to
the folder rulekit runs in (the repository's root, in a CI job), with ``uriBaseId``
``%SRCROOT%``; the page's URL is its logical location and a property. A finding that no
file holds (a site's column, an account without a list line) points at the config. The
finding's fingerprint is the result's partial fingerprint, so an alert stays one alert
from run to run while the problem stays. A finding a review set aside (误报, 已整改) is a
suppressed result with the reviewer's reason as its justification.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import quote

from rulekit.explain import sections
from rulekit.hookspecs import hookimpl
from rulekit.model import Finding
from rulekit.report import Report, SetAside
from rulekit.rules import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/rulekit/rulekit"
#: SARIF's levels for rulekit's severities
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
#: the findings the engine makes itself, described as rules are
CORE_RULES = {
    "input": ("输入无法读取", "An input (a page, an attachment, a list) could not be read, or "
              "was read only in part: what the file or record is, and what is wrong with it."),
    "plugin": ("插件运行出错", "A plugin failed on an input: its results for that input are "
               "missing, so the run is incomplete (exit status 3)."),
}
#: ``accounts.csv:12`` (a line), ``export.warc.gz#record 7`` (a record of the file)
_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+)$")


class SarifReporter:
    """Writes one SARIF 2.1.0 log with one run of rulekit."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(os.path.realpath(root or Path.cwd()))

    def write(self, report: Report, out: BinaryIO) -> None:
        used = sorted({f.rule for f in report.findings} | set(report.rules)
                      | {a.finding.rule for a in report.set_aside})
        index = {rule_id: n for n, rule_id in enumerate(used)}
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "rulekit",
                    "version": report.summary.version,
                    "semanticVersion": report.summary.version,
                    "informationUri": INFORMATION_URI,
                    "rules": [self.descriptor(r, report.rules.get(r)) for r in used],
                }},
                "originalUriBaseIds": {"%SRCROOT%": {"uri": self.root.as_uri() + "/"}},
                "invocations": [{
                    "executionSuccessful": report.plugin_errors == 0,
                    "properties": {"as_of": report.summary.as_of.isoformat(),
                                   "pages": report.summary.pages,
                                   "attachments": report.summary.attachments},
                }],
                "results": [self.result(f, index, report.summary.config)
                            for f in report.findings]
                + [self.suppressed(a, index, report.summary.config)
                   for a in report.set_aside],
            }],
        }
        out.write(json.dumps(log, ensure_ascii=False, indent=2).encode("utf-8"))
        out.write(b"\n")

    def descriptor(self, rule_id: str, rule: Rule | None) -> dict[str, Any]:
        """A rule as SARIF describes it: its Chinese title, what it checks, its whole page."""
        if rule is None:
            title, text = CORE_RULES.get(rule_id, (rule_id, rule_id))
            doc = f"{title}\n\n{text}"
            level = "error"
        else:
            title = rule.title
            parts = sections(rule.doc or "")
            text = parts[""] or title
            # what it checks and why; the examples stay in `rulekit explain` and docs/rules/:
            # a privacy rule's example holds personal data, and a report carries none
            doc = text + (f"\n\n## Why\n{parts['why']}" if parts.get("why") else "") + \
                f"\n\n`rulekit explain {rule_id}`: the examples that fail and pass."
            level = LEVEL.get(rule.severity, "warning")
        out: dict[str, Any] = {
            "id": rule_id,
            "name": _pascal(rule_id),
            "shortDescription": {"text": title},
            "fullDescription": {"text": text},
            "help": {"text": doc, "markdown": doc},
            "defaultConfiguration": {"level": level},
        }
        if rule is not None:
            out["properties"] = {"plugin": rule.plugin, "scope": rule.scope,
                                 **({"source": rule.source} if rule.source else {})}
        return out

    def result(self, f: Finding, index: dict[str, int], config: str | None) -> dict[str, Any]:
        message = f.message if not f.evidence or f.evidence in f.message else \
            f"{f.message}\n{f.evidence}"
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": LEVEL.get(f.severity, "warning"),
            "message": {"text": message},
            "locations": [self.location(f, config)],
            "partialFingerprints": {"rulekitFingerprint/v1": f.fingerprint},
        }
        props = {k: v for k, v in (("site", f.target.site), ("url", f.target.url),
                                   ("parent_url", f.target.parent_url),
                                   ("platform", f.target.platform),
                                   ("name", f.target.name), ("evidence", f.evidence))
                 if v}
        if props:
            result["properties"] = props
        return result

    def suppressed(self, aside: SetAside, index: dict[str, int], config: str | None
                   ) -> dict[str, Any]:
        """A finding a review or baseline set aside: a result with its suppression, so
        code scanning shows it dismissed, with the reviewer's reason."""
        result = self.result(aside.finding, index, config)
        until = f"（有效至{aside.expires.isoformat()}）" if aside.expires else ""
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": f"{aside.status}：{aside.reason}{until}"}]
        return result

    def location(self, f: Finding, config: str | None) -> dict[str, Any]:
        """Where the finding is: its file (and line), else the config; the URL or the
        account as the logical location."""
        physical: dict[str, Any] | None = None
        path, line = _file(f.target.path, config) if f.target.path else (None, None)
        if path is None and config:
            path, line = config, None
        if path is not None:
            physical = {"artifactLocation": self.artifact(path)}
            if line:
                physical["region"] = {"startLine": line}
        loc: dict[str, Any] = {}
        if physical:
            loc["physicalLocation"] = physical
        logical = f.target.url or (f"{f.target.platform}/{f.target.name}"
                                   if f.target.name else f.target.site)
        if logical:
            loc["logicalLocations"] = [{"fullyQualifiedName": logical,
                                        "kind": "resource" if f.target.url else "object"}]
        return loc

    def artifact(self, path: str) -> dict[str, str]:
        """A file as a URI relative to the root when it is inside it, else absolute."""
        full = Path(os.path.realpath(os.path.abspath(path)))
        try:
            rel = full.relative_to(self.root)
        except ValueError:
            return {"uri": full.as_uri()}
        return {"uri": quote(rel.as_posix(), safe="/"), "uriBaseId": "%SRCROOT%"}


def _file(where: str, config: str | None) -> tuple[str | None, int | None]:
    """The file a target's path names (``accounts.csv:12``: the file and its line; a WARC
    record: its file), relative paths read from the config's folder; None when no such
    file exists (a list named by its file name alone)."""
    where = where.split("#record", 1)[0].rstrip()
    m = _LINE.match(where)
    for path, line in ((where, None), *(((m["file"], int(m["line"])),) if m else ())):
        if not os.path.isabs(path) and config:
            path = os.path.join(os.path.dirname(config), path)
        if os.path.isfile(path):
            return path, line
    return None, None


def _pascal(rule_id: str) -> str:
    """``county.hotline-page`` as SARIF's ``name``: ``CountyHotlinePage``."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[.\-_]", rule_id) if part)


@hookimpl
def rulekit_reporters() -> dict[str, type[SarifReporter]]:
    return {"sarif": SarifReporter}
