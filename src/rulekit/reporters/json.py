"""The JSON report: a documented, stable object (see docs/output.md), version ``1``."""

from __future__ import annotations

import json
from typing import Any, BinaryIO

from rulekit.hookspecs import hookimpl
from rulekit.model import Finding
from rulekit.report import Report

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


#: Stands in the document for the findings, which are written one at a time in its place.
_FINDINGS = "\x00findings\x00"


class JsonReporter:
    """Writes ``{"version", "rulekit", "as_of", "summary", "checked", "findings"}``.

    The findings are serialised one at a time into the stream, so a run with a hundred
    thousand of them never holds the whole document in memory; the bytes are those of
    ``json.dumps(doc, ensure_ascii=False, indent=2)``.
    """

    def write(self, report: Report, out: BinaryIO) -> None:
        findings, run = report.findings, report.summary
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
                "items": dict(run.items),
                "entries": {"seen": run.entries, "checked": run.checked,
                            "not_checked": dict(sorted(run.not_checked.items()))},
                "rules": run.rules,
            },
            "checked": [c.as_dict() for c in report.checked],
            "findings": _FINDINGS,
        }
        if report.verdicts:
            doc["verdicts"] = [v.as_dict() for v in report.verdicts]
        if report.marks:
            doc["marks"] = {fp: m.as_dict() for fp, m in report.marks.items()}
        if report.marks or report.fixed:
            doc["fixed"] = report.fixed
        if report.set_aside:
            doc["set_aside"] = [a.as_dict() for a in report.set_aside]
        text = json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n"
        head, tail = text.split(json.dumps(_FINDINGS), 1)
        out.write(head.encode("utf-8"))
        first = True
        for f in findings:
            # JSON escapes a newline inside a string: every newline here is indentation
            item = json.dumps(finding_to_dict(f), ensure_ascii=False, indent=2, default=str)
            out.write(("[\n    " if first else ",\n    ").encode("utf-8"))
            out.write(item.replace("\n", "\n    ").encode("utf-8"))
            first = False
        out.write(("[]" if first else "\n  ]").encode("utf-8"))
        out.write(tail.encode("utf-8"))


@hookimpl
def rulekit_reporters() -> dict[str, type[JsonReporter]]:
    return {"json": JsonReporter}
