"""A site rule's reduce: in the driver, or in a worker process while the driver runs others.

After a site's walk, each selected site rule reduces what its collect steps gave. A reduce
that needs only those values (read from the walk's store file) and what every process has
(the site, its options, ``as_of``, the config, fixtures) can run in a worker process of this
machine; one that needs the export's index or the page summaries, which only the driver
holds, runs in the driver meanwhile. On a cached re-run the reduces were a third of the
time, one after the other in a driver whose workers waited. The findings are taken in the
rules' order wherever they ran, so the report does not depend on where that was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rulekit.collected_store import Collected
from rulekit.model import Finding, Target
from rulekit.readers.attachments.worker import discard_worker
from rulekit.rules import Rule

if TYPE_CHECKING:
    from rulekit.engine import Engine

#: What a reduce may take that only the driver holds.
IN_DRIVER = frozenset({"index", "pages"})


def runs_anywhere(rule: Rule) -> bool:
    """Whether the rule's reduce can run in a worker: it takes neither the export's index
    nor the page summaries."""
    return IN_DRIVER.isdisjoint(rule.params)


@dataclass
class ReduceOutcome:
    """What one site rule's reduce gave, in values a process can send back: its findings,
    the plugin errors it added, and whether its fixtures failed (the rule is then skipped
    for the rest of the run, as in one process)."""

    findings: list[Finding]
    plugin_errors: int = 0
    skipped: bool = False


def reduce_rule(engine: Engine, rule: Rule, site_no: int, timeout: float | None,
                collected: Collected, index: Any = None, pages: Any = None) -> ReduceOutcome:
    """Run ``rule``'s reduce over one site's walk; the engine's counters are left as they
    were (the outcome carries what this one added). The site's attachments are all read
    by then: the process forked to read them is stopped first (it held 40 MB of a worker's
    pages at the run's peak; the next site's first attachment forks one in 10-20 ms)."""
    discard_worker()
    site = engine.config.sites[site_no]
    before = engine.plugin_errors
    try:
        found = list(engine._apply(rule, Target(kind="site", site=site.name, url=site.base_url),
                                   site.name, timeout=timeout, site=site, pages=pages,
                                   index=index, collected=collected,
                                   options=engine.config.rules_options.get(rule.id, {}),
                                   as_of=engine.config.as_of, config=engine.config))
    finally:
        added = engine.plugin_errors - before
        engine.plugin_errors = before
    return ReduceOutcome(found, added, rule.id in engine._skipped)
