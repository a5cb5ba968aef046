"""Annotated fixtures, like ``semgrep --test``: pages that say what must and must not be found.

A fixture is an HTML page (in any encoding) carrying comments such as::

    <!-- rulekit: expect county.hotline -->        reported at least once
    <!-- rulekit: expect county.hotline 2 -->      reported exactly twice
    <!-- rulekit: ok county.footer-icp -->         never reported
    <!-- rulekit: url http://www.example.gov.cn/zwgk/xzcf/t1.html -->
    <!-- rulekit: column penalty -->               the column type (and an optional name)
    <!-- rulekit: as_of 2022-05-31 -->

``rulekit test DIR`` checks every fixture under DIR; rule pages' examples use the same
comments to say how they run.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rulekit.builders import site
from rulekit.engine import Engine
from rulekit.model import Finding
from rulekit.page import Page

_ANNOTATION = re.compile(rb"<!--\s*rulekit:\s*(.*?)\s*-->", re.S)
FIXTURE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
DEFAULT_URL = "http://www.example.gov.cn/fixture/t20220501_1.html"


class FixtureError(ValueError):
    """An annotation that cannot be understood."""


@dataclass
class Fixture:
    """A page and what its annotations say about it."""

    path: Path | None
    data: bytes
    expect: dict[str, int | None] = field(default_factory=dict)
    ok: set[str] = field(default_factory=set)
    url: str = DEFAULT_URL
    column_type: str | None = None
    column_name: str | None = None
    as_of: dt.date | None = None

    @property
    def name(self) -> str:
        return str(self.path) if self.path else "<fixture>"


def parse(data: bytes, path: Path | None = None) -> Fixture:
    """Read a fixture's annotations (raises :class:`FixtureError` naming file and words)."""
    fx = Fixture(path=path, data=data)
    where = str(path) if path else "<fixture>"
    for m in _ANNOTATION.finditer(data):
        words = m.group(1).decode("ascii", "replace").split()
        if not words:
            continue
        verb, args = words[0].lower(), words[1:]
        if verb == "expect" and 1 <= len(args) <= 2:
            count = int(args[1]) if len(args) == 2 and args[1].isdigit() else None
            if len(args) == 2 and count is None:
                raise FixtureError(f"{where}: 'expect {' '.join(args)}': the count must be a number")
            fx.expect[args[0]] = count
        elif verb == "ok" and len(args) == 1:
            fx.ok.add(args[0])
        elif verb == "url" and len(args) == 1:
            fx.url = args[0]
        elif verb == "column" and 1 <= len(args) <= 2:
            fx.column_type = args[0]
            fx.column_name = args[1] if len(args) == 2 else None
        elif verb == "as_of" and len(args) == 1:
            try:
                fx.as_of = dt.date.fromisoformat(args[0])
            except ValueError:
                raise FixtureError(f"{where}: as_of {args[0]!r} is not a date") from None
        else:
            raise FixtureError(
                f"{where}: cannot understand 'rulekit: {' '.join(words)}' (use expect RULE [N], "
                "ok RULE, url URL, column TYPE [NAME], as_of DATE)")
    both = set(fx.expect) & fx.ok
    if both:
        raise FixtureError(f"{where}: {', '.join(sorted(both))} is both expected and ok")
    return fx


@dataclass
class Outcome:
    """What checking one fixture found: the problems, and every finding for context."""

    fixture: Fixture
    problems: list[str]
    findings: list[Finding]

    @property
    def passed(self) -> bool:
        return not self.problems


def check(fx: Fixture, engine: Engine) -> Outcome:
    """Run the engine's page rules on a fixture and compare with its annotations."""
    info = {}
    if fx.column_type:
        info["column_type"] = fx.column_type
    if fx.column_name:
        info["column"] = fx.column_name
    page = Page(fx.url, fx.data, site=site(), where=fx.name, info=info)
    findings = engine.check_page(page, as_of=fx.as_of)
    counts = Counter(f.rule for f in findings)
    problems = []
    for rule_id, expected in sorted(fx.expect.items()):
        got = counts.get(rule_id, 0)
        if (expected is None and got == 0) or (expected is not None and got != expected):
            want = "at least 1" if expected is None else str(expected)
            problems.append(f"missed {rule_id}: expected {want}, found {got}")
    for rule_id in sorted(fx.ok):
        for f in findings:
            if f.rule == rule_id:
                problems.append(f"found {rule_id} wrongly: {f.message}")
    for f in findings:
        if f.rule in {"plugin", "input"} and f.rule not in fx.expect:
            problems.append(f"{f.rule}: {f.message}")
    return Outcome(fx, problems, findings)


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Fixture files under the given files or directories, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in FIXTURE_SUFFIXES)
        elif path.is_file():
            yield path


def rules_named(fixtures: Iterable[Fixture]) -> set[str]:
    """Every rule id the fixtures' annotations name."""
    out: set[str] = set()
    for fx in fixtures:
        out |= set(fx.expect) | fx.ok
    return out
