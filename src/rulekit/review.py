"""What an inspector set aside: findings reviewed as false alarms (误报) or as fixed (已整改),
and a baseline of the findings a site had when it adopted rulekit.

A review file is YAML, kept in version control beside the config, one entry per finding::

    - fingerprint: 3f9c2a81d0b4e6a7
      status: 误报                # or 已整改
      reason: 该号码为统一社会信用代码，不是身份证号码
      expires: 2022-09-30         # the entry counts until this day (from as_of)
      by: 张三                    # optional: who reviewed it

A finding set aside leaves the report's findings (so a false alarm's deduction is given
back: 核减) and every report lists it apart with its reason. An entry whose ``expires`` is
before the run's ``as_of`` sets nothing aside and is a finding of its own (``review``): a
review is re-done, not kept for ever. A baseline (``rulekit baseline create``) sets aside
every finding whose fingerprint it lists: a run with it reports only what is new.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from rulekit.config_yaml import at_line, load_yaml
from rulekit.errors import ConfigError
from rulekit.model import Finding, Target
from rulekit.outputs import write_atomically
from rulekit.report import SetAside

#: the statuses an inspector may give a finding
STATUSES = ("误报", "已整改")
#: the id of the findings an expired review entry makes
REVIEW = "review"

SCHEMA: dict[str, Any] = {
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": ["fingerprint", "status", "reason", "expires"],
        "properties": {
            "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{16}$"},
            "status": {"enum": list(STATUSES)},
            "reason": {"type": "string", "minLength": 1},
            "expires": {"type": "string", "format": "date"},
            "by": {"type": "string"},
            "rule": {"type": "string"},
            "where": {"type": "string"},
        },
    },
}


@dataclass(frozen=True)
class ReviewEntry:
    """One reviewed finding, and the line of the review file that says so."""

    fingerprint: str
    status: str
    reason: str
    expires: dt.date
    by: str = ""
    line: str = ""


#: the review file a config has by default, beside it (kept in version control)
REVIEW_FILE = "rulekit-review.yaml"
BASELINE_FILE = "rulekit-baseline.json"


def default_review(config_path: Path | None) -> Path | None:
    return config_path.resolve().parent / REVIEW_FILE if config_path else None


def load_review(path: Path) -> list[ReviewEntry]:
    """The entries of a review file; a ConfigError names the file and line of a bad one."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: the review file cannot be read: {exc.strerror or exc}"
                          ) from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the review file is not UTF-8") from None
    data, lines = load_yaml(text, str(path))
    data = data or []
    validator = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        where = at_line(str(path), lines, list(error.absolute_path))
        raise ConfigError(f"{where}: review entry: {error.message}")
    return [ReviewEntry(e["fingerprint"], e["status"], e["reason"],
                        dt.date.fromisoformat(e["expires"]), e.get("by", ""),
                        at_line(str(path), lines, [n])) for n, e in enumerate(data)]


def append_review(path: Path, entry: dict[str, Any]) -> None:
    """Add one entry to a review file (made if missing), the file replaced atomically."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if old:
        load_review(path)  # never append to a file that does not read
    block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False)
    write_atomically(path, old + ("" if not old or old.endswith("\n") else "\n") + block)


def load_baseline(path: Path) -> set[str]:
    """The fingerprints a baseline file lists."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(fp) for fp in data["fingerprints"]}
    except OSError as exc:
        raise ConfigError(f"{path}: the baseline cannot be read: {exc.strerror or exc}"
                          ) from None
    except (ValueError, KeyError, TypeError):
        raise ConfigError(f"{path}: not a rulekit baseline (write one with "
                          "`rulekit baseline create`)") from None


def write_baseline(path: Path, findings: Iterable[Finding], as_of: dt.date) -> int:
    """Write the fingerprints of ``findings``; returns how many."""
    fingerprints = sorted({f.fingerprint for f in findings})
    write_atomically(path, json.dumps({"version": 1, "as_of": as_of.isoformat(),
                                       "fingerprints": fingerprints}, indent=1) + "\n")
    return len(fingerprints)


def set_aside(findings: list[Finding], as_of: dt.date, review: list[ReviewEntry] = (),
              baseline: set[str] | None = None, review_source: str = ""
              ) -> tuple[list[Finding], list[SetAside], list[Finding]]:
    """Split ``findings`` into those kept and those set aside; the findings expired review
    entries make are returned third (the caller reports them)."""
    active = {e.fingerprint: e for e in review if e.expires >= as_of}
    expired = [e for e in review if e.expires < as_of]
    kept, aside = [], []
    for f in findings:
        entry = active.get(f.fingerprint)
        if entry is not None:
            aside.append(SetAside(f, entry.status, entry.reason, entry.expires,
                                  entry.line or review_source))
        elif baseline is not None and f.fingerprint in baseline:
            aside.append(SetAside(f, "基线", "采用rulekit时已存在的问题（基线）", None,
                                  "baseline"))
        else:
            kept.append(f)
    found = {f.fingerprint: f for f in findings}
    stale = []
    for e in expired:
        still = found.get(e.fingerprint)
        what = f"{still.rule}：{still.message}" if still else "该问题本次未再发现"
        stale.append(Finding(
            rule=REVIEW, severity="warning", title="复核记录已过期",
            message=f"复核记录已过期（{e.expires.isoformat()}到期，标记为{e.status}：{e.reason}），"
                    f"请重新复核：{what}",
            target=still.target if still else Target(kind="file", path=e.line),
            evidence=e.line).with_fingerprint(f"{e.fingerprint}:{e.expires.isoformat()}"))
    return kept, aside, stale
