"""Findings as they leave the run: masked in every field, passed to plugins, deduplicated.

A privacy checker must never re-leak what it finds, so every text of every finding (and
of its target) goes through one mask, and fingerprints hash only masked text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Any

from rulekit.model import Finding
from rulekit.redact import Masker


@dataclass
class FindingReport:
    """What ``rulekit_process_finding`` receives: replace ``finding`` or call :meth:`drop`."""

    finding: Finding
    dropped: bool = False

    def drop(self) -> None:
        self.dropped = True


def masked(finding: Finding, key: str | None = None, *, fingerprint: str | None = None,
           masker: Masker | None = None) -> Finding:
    """The finding with every text field masked (message, evidence, details, and every field
    of the target), fingerprinted from the masked key: no output, and no hash that could be
    brute-forced, carries the personal data a rule found."""
    m = masker or Masker()
    t = finding.target
    target = replace(t, url=m.url(t.url or "") or t.url,
                     parent_url=m.url(t.parent_url or "") or t.parent_url,
                     name=m.text(t.name or "") or t.name, path=m.url(t.path or "") or t.path,
                     platform=m.text(t.platform or "") or t.platform,
                     site=m.text(t.site or "") or t.site)
    details = {k: _masked_value(v, m) for k, v in finding.details.items()}
    out = replace(finding, message=m.text(finding.message), evidence=m.text(finding.evidence),
                  title=m.text(finding.title), target=target, details=details)
    if fingerprint is not None:
        return replace(out, fingerprint=fingerprint)
    return out.with_fingerprint(m.text(key) if key is not None else None)


def _masked_value(value: Any, m: Masker) -> Any:
    """A detail value masked: strings, and the strings inside lists and mappings."""
    if isinstance(value, str):
        return m.text(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_masked_value(v, m) for v in value)
    if isinstance(value, dict):
        return {k: _masked_value(v, m) for k, v in value.items()}
    return value


def dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop repeated findings, keeping the first; keep distinct ones apart.

    Two findings are the same when their fingerprints and identities agree. Two with one
    fingerprint but different identities (two people whose masked ID numbers coincide) are
    both kept, the later ones with the fingerprint of their rank among them (in the order
    the rule reported them), so each stays a finding of its own, stable from run to run.
    """
    seen: set[tuple[str, str, str]] = set()
    ranks: dict[tuple[str, str], int] = {}
    out = []
    for f in findings:
        key = (f.rule, f.fingerprint, f.identity)
        if key in seen:
            continue
        seen.add(key)
        rank = ranks[f.rule, f.fingerprint] = ranks.get((f.rule, f.fingerprint), 0) + 1
        if rank > 1:
            basis = f"{f.fingerprint}\x1f{rank}".encode()
            f = replace(f, fingerprint=hashlib.sha1(basis).hexdigest()[:16])
        out.append(f)
    return out
