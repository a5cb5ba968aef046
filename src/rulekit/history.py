"""Run history: each run's targets, verdicts and findings by fingerprint, in an embedded
SQLite database (``.rulekit/history.sqlite`` beside the config), so a report can say which
problems are new, which persist (since when, and for how many runs in a row: the notices'
连续通报) and which were fixed since the last run, and ``rulekit history`` can show the trend
of every site and account.

A run is written in one transaction after its reports: a run killed on the way leaves the
database as it was. What is stored is what the reports hold: masked messages and names.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

from rulekit.cache import STATE_DIR
from rulekit.errors import ConfigError
from rulekit.report import Mark, Report

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    as_of TEXT NOT NULL,
    finished TEXT NOT NULL,
    config TEXT,
    rulekit TEXT,
    findings INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS targets (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    kind TEXT NOT NULL, platform TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
    outcome TEXT, label TEXT, score REAL, findings INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS findings (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    fingerprint TEXT NOT NULL, rule TEXT NOT NULL, severity TEXT,
    kind TEXT, site TEXT, url TEXT, platform TEXT, name TEXT, message TEXT
);
CREATE INDEX IF NOT EXISTS findings_run ON findings(run_id);
CREATE INDEX IF NOT EXISTS targets_run ON targets(run_id);
"""


class History:
    """One history database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            if path.parent.name == STATE_DIR and not path.parent.exists():
                path.parent.mkdir(parents=True)  # rulekit's state: never committed
                (path.parent / ".gitignore").write_text("# created by rulekit\n*\n")
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path), isolation_level=None)
            self.db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(f"{path}: the run history cannot be opened ({exc}); "
                              "--no-history runs without it") from None

    def close(self) -> None:
        self.db.close()

    def runs(self) -> list[tuple[int, str]]:
        """Every earlier run, newest first: (id, as_of)."""
        return list(self.db.execute("SELECT id, as_of FROM runs ORDER BY id DESC"))

    def fingerprints(self, run_id: int) -> set[str]:
        return {fp for (fp,) in self.db.execute(
            "SELECT fingerprint FROM findings WHERE run_id = ?", (run_id,))}

    def mark(self, report: Report) -> None:
        """Mark each finding of ``report`` against the earlier runs, and list the findings
        of the last run that this one no longer finds (``report.fixed``; a finding a review
        set aside this time is still found, and not listed)."""
        current = {f.fingerprint for f in report.findings}
        as_of = report.summary.as_of.isoformat()
        runs = self.runs()
        streak = dict.fromkeys(current, 1)
        since = dict.fromkeys(current, as_of)
        alive = set(current)
        for run_id, run_as_of in runs:
            alive &= self.fingerprints(run_id)
            if not alive:
                break
            for fp in alive:
                streak[fp] += 1
                since[fp] = run_as_of
        for fp in current:
            report.marks[fp] = Mark("new" if streak[fp] == 1 else "persisting",
                                    since[fp], streak[fp])
        if runs:
            last = runs[0][0]
            present = current | {a.finding.fingerprint for a in report.set_aside}
            report.fixed.extend(
                {"fingerprint": fp, "rule": rule, "site": site, "url": url,
                 "platform": platform, "name": name, "message": message}
                for fp, rule, site, url, platform, name, message in self.db.execute(
                    "SELECT fingerprint, rule, site, url, platform, name, message FROM findings "
                    "WHERE run_id = ? ORDER BY rowid", (last,))
                if fp not in present)

    def record(self, report: Report) -> int:
        """Store the run in one transaction; its id."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            cur = db.execute(
                "INSERT INTO runs (as_of, finished, config, rulekit, findings) "
                "VALUES (?, ?, ?, ?, ?)",
                (report.summary.as_of.isoformat(), dt.datetime.now().isoformat(timespec="seconds"),
                 report.summary.config, report.summary.version, len(report.findings)))
            run_id = int(cur.lastrowid or 0)
            counts: dict[tuple[str, str, str], int] = {}
            for f in report.findings:
                key = _target_key(f.target.kind, f.target.platform,
                                  f.target.name if f.target.kind == "account" or f.target.site
                                  is None else f.target.site)
                counts[key] = counts.get(key, 0) + 1
            db.executemany(
                "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((run_id, f.fingerprint, f.rule, f.severity, f.target.kind, f.target.site,
                  f.target.url, f.target.platform, f.target.name, f.message)
                 for f in report.findings))
            verdicts = {(v.kind, v.platform or "", v.name): v for v in report.verdicts}
            rows = []
            for c in report.checked:
                v = verdicts.get((c.kind, c.platform or "", c.name))
                rows.append((run_id, c.kind, c.platform or "", c.name,
                             v.outcome if v else None, v.label if v else None,
                             v.score if v else None,
                             counts.get(_target_key(c.kind, c.platform, c.name), 0)))
            db.executemany("INSERT INTO targets VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return run_id

    def trend(self, last: int = 8) -> Iterator[tuple[tuple[str, str, str], list[tuple]]]:
        """Per target (kind, platform, name), its last runs: (as_of, label, score,
        findings), oldest first."""
        run_ids = [r for r, _ in self.runs()[:last]]
        if not run_ids:
            return
        marks = ",".join("?" * len(run_ids))
        rows = self.db.execute(
            f"SELECT t.kind, t.platform, t.name, r.as_of, t.label, t.score, t.findings "
            f"FROM targets t JOIN runs r ON r.id = t.run_id WHERE t.run_id IN ({marks}) "
            f"ORDER BY t.kind != 'site', t.kind, t.platform, t.name, r.id", run_ids)
        by: dict[tuple[str, str, str], list[tuple]] = {}
        for kind, platform, name, as_of, label, score, found in rows:
            by.setdefault((kind, platform, name), []).append((as_of, label, score, found))
        yield from by.items()


def _target_key(kind: str, platform: str | None, name: str | None) -> tuple[str, str, str]:
    return ("site" if kind in ("page", "attachment", "site", "file") else kind,
            platform or "", name or "")


def default_history(config_path: Path | None) -> Path | None:
    """``.rulekit/history.sqlite`` beside the config; None for a config that is not a file."""
    return config_path.resolve().parent / STATE_DIR / "history.sqlite" if config_path else None


def summary_rows(path: Path, last: int = 8) -> list[tuple[tuple[str, str, str], list[tuple]]]:
    """The trend of a history file (for ``rulekit history``)."""
    if not path.exists():
        raise ConfigError(f"{path}: no run history yet (rulekit run writes it)")
    with closing(History(path)) as history:
        return list(history.trend(last))
