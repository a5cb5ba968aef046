"""Where does a ``-j1`` run spend its time? Self time of each rule, collect step and page
property, measured inside one real run.

A sampling profiler spreads a run over hundreds of functions, and the lazy page properties
(``tree``, ``text``, ``references`` …) are charged to whichever rule first asks for them.
This wraps every rule call, every collect step, every cached property of
:class:`rulekit.page.Page` and :func:`rulekit.page_check.check_resource`, and charges each
one only the time not spent in another of them, so the lines add up to the run::

    python benchmarks/profile_run.py CONFIG [rulekit run options]
    python benchmarks/profile_run.py /tmp/bench/pages-2000/bench.yaml --no-cache --no-history

``-j1`` is added (workers would not be measured). The run's report goes where its options
say (standard output by default); the table goes to standard error. Each wrapper adds about
a microsecond a call, so the total is a few percent above an unwrapped run.
"""

from __future__ import annotations

import functools
import sys
import time
from collections import Counter
from functools import cached_property
from typing import Any

import rulekit.page as page_module
import rulekit.page_check as page_check
import rulekit.rules as rules

_clock = time.perf_counter
_stack: list[list[Any]] = []  # [name, started, time spent in tracked callees]
self_seconds: Counter[str] = Counter()
calls: Counter[str] = Counter()


def _enter(name: str) -> None:
    _stack.append([name, _clock(), 0.0])


def _leave() -> None:
    name, started, inner = _stack.pop()
    spent = _clock() - started
    self_seconds[name] += spent - inner
    calls[name] += 1
    if _stack:
        _stack[-1][2] += spent


def _tracked(name: str, func: Any) -> Any:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _enter(name)
        try:
            return func(*args, **kwargs)
        finally:
            _leave()
    return wrapper


def install() -> None:
    """Wrap rule calls, collect steps, Page's cached properties and check_resource."""
    rule_call = rules.Rule.__call__

    def call(self: rules.Rule, **available: Any) -> Any:
        _enter(f"rule {self.id}")
        try:
            return rule_call(self, **available)
        finally:
            _leave()
    rules.Rule.__call__ = call  # type: ignore[method-assign]

    for name, value in list(vars(page_module.Page).items()):
        if isinstance(value, cached_property):
            prop = cached_property(_tracked(f"page.{name}", value.func))
            prop.__set_name__(page_module.Page, name)
            setattr(page_module.Page, name, prop)

    collect = page_check._collect

    def collect_step(engine: Any, rule: Any, name: str, func: Any, *rest: Any) -> Any:
        return collect(engine, rule, name, _tracked(f"collect {rule.id}", func), *rest)
    page_check._collect = collect_step  # type: ignore[assignment]
    page_check.check_resource = _tracked(  # type: ignore[assignment]
        "reading, loading, releasing (check_resource itself)", page_check.check_resource)


def main(argv: list[str]) -> int:
    """Run ``rulekit run ARGV -j1`` with the wrappers installed; print the table."""
    install()
    from rulekit.cli import main as rulekit_main

    started = _clock()
    code = 0
    try:
        rulekit_main(["run", *argv, "-j1"], standalone_mode=False)
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        total = _clock() - started
        untracked = total - sum(self_seconds.values())
        out = sys.stderr
        print(f"{'seconds':>8} {'share':>6} {'calls':>7}  what (self time)", file=out)
        for name, seconds in self_seconds.most_common():
            print(f"{seconds:8.3f} {seconds / total:6.1%} {calls[name]:7d}  {name}", file=out)
        print(f"{untracked:8.3f} {untracked / total:6.1%} {'':>7}  start-up, inputs, site "
              "rules' merge, report (untracked)", file=out)
        print(f"{total:8.3f} {1:6.1%} {'':>7}  the run", file=out)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
