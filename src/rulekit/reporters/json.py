"""The JSON report: a documented, stable object (see docs/output.md), version ``1``."""

from __future__ import annotations

import json
from typing import Any, TextIO

from rulekit.hookspecs import hookimpl
from rulekit.model import Finding
from rulekit.reporters import RunSummary

SCHEMA_VERSION = 1


def finding_to_dict(f: Finding) -> dict[str, Any]:
    """One finding as the JSON report gives it; absent target fields are left out."""
    target = {k: v for k, v in vars(f.target).items() if v is not None}
    out: dict[str, Any] = {
        "rule": f.rule,
        "title": f.title,
        "severity": f.severity,
        "message": f.message,
        "evidence": f.evidence,
        "fingerprint": f.fingerprint,
        "plugin": f.plugin,
        "target": target,
    }
    for key in ("site", "url", "parent_url", "platform", "name"):
        if key in target:
            out[key] = target[key]
    if target.get("kind") == "account":
        out["account"] = {"platform": f.target.platform, "name": f.target.name}
    if f.details:
        out["details"] = dict(f.details)
    return out


class JsonReporter:
    """Writes ``{"version", "rulekit", "as_of", "summary", "findings"}``."""

    def write(self, findings: list[Finding], run: RunSummary, out: TextIO) -> None:
        doc = {
            "version": SCHEMA_VERSION,
            "rulekit": run.version,
            "as_of": run.as_of.isoformat(),
            "as_of_given": run.as_of_given,
            "config": run.config,
            "summary": {
                "findings": len(findings),
                "by_rule": run.counts(findings),
                "sites": run.sites,
                "pages": run.pages,
                "attachments": run.attachments,
                "accounts": run.accounts,
                "entries": {"seen": run.entries, "checked": run.checked,
                            "not_checked": dict(sorted(run.not_checked.items()))},
                "rules": run.rules,
            },
            "findings": [finding_to_dict(f) for f in findings],
        }
        json.dump(doc, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")


@hookimpl
def rulekit_make_reporter(format: str) -> JsonReporter | None:
    return JsonReporter() if format == "json" else None


@hookimpl
def rulekit_report_formats() -> list[str]:
    return ["json"]
