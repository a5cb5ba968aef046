"""One site export read and checked: page rules on each page, then the site rules' reduce.

Page rules see one page at a time (its DOM is dropped before the next is read), in the
driver or in worker processes (``page_map``); the outcomes are merged here in the order the
export yielded them, so the report is the same for any number of workers. Site rules
get what they asked for: their collect steps' values, the export's index, page summaries;
none of it is gathered for a rule that is not selected. One broken page never stops the
walk: it becomes an ``input`` finding and the next page is read.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Generator, Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rulekit import images
from rulekit.collected_store import Collected, CollectedStore
from rulekit.config import SiteConfig
from rulekit.errors import InputError
from rulekit.model import Finding, Target
from rulekit.page_check import PageOutcome, PageSummary, PageWork
from rulekit.page_map import Batch, PageMapper
from rulekit.parent_table import ParentTable
from rulekit.report import Checked, RunSummary
from rulekit.resource import Resource, Skipped
from rulekit.rules import Rule
from rulekit.site_index import SiteIndex
from rulekit.site_reduce import ReduceOutcome, reduce_rule, runs_anywhere

if TYPE_CHECKING:
    from rulekit.engine import Engine


class SiteWalk:
    """The walk of one site's export, for one engine's run: the driver's side of the page
    map (listing, the site index, the order of outcomes, the reduce)."""

    def __init__(self, engine: Engine, mapper: PageMapper, site_no: int = 0) -> None:
        self.engine = engine
        self.mapper = mapper
        self.site_no = site_no

    def run(self, site: SiteConfig, summary: RunSummary,
            done: Checked | None = None) -> Iterator[Finding]:
        """Read the site's export and check it; findings as they come."""
        done = done or Checked(kind="site", name=site.name)
        site_rules = self.engine._by_scope("site")
        site_target = Target(kind="site", site=site.name, url=site.base_url)
        try:
            exists = site.export.exists()
        except OSError:  # a name too long, a path through a file
            exists = False
        if not exists:
            yield self.engine._input_finding(InputError("site export not found", str(site.export),
                                                        kind="not-found"), site_target)
            return
        resources = self.engine.pm.hook.rulekit_open_export(site=site)
        if resources is None:
            yield self.engine._input_finding(InputError(
                "no reader recognises this export (a mirror directory, .warc or .warc.gz)",
                str(site.export), kind="unreadable"), site_target)
            return
        # the reduce's inputs, gathered only for what the selected site rules ask for
        wanted = {p for rule in site_rules for p in rule.params}
        index = SiteIndex() if "index" in wanted else None
        scans = images.Scans(site)  # images held until the pages say which may be scans
        store = CollectedStore() if "collected" in wanted else None
        try:
            yield from self._walk(site, summary, done, site_rules, resources,
                                  index, scans, store, wanted)
        finally:
            if store is not None:
                store.close()
            if index is not None:
                index.close()

    def _walk(self, site: SiteConfig, summary: RunSummary, done: Checked,
              site_rules: list[Rule], resources: Iterable[Any],
              index: SiteIndex | None, scans: images.Scans, store: CollectedStore | None,
              wanted: set[str]) -> Iterator[Finding]:
        merge = _Merge(self.engine, site, summary, done, scans,
                       [] if "pages" in wanted else None, store)
        try:
            seen = yield from self._map(site, summary, resources, index, scans, merge)
        finally:
            merge.parents.close()
        yield from self._reduce(site_rules, index, merge.summaries, store,
                                self.engine.site_timeout(seen))

    def _reduce(self, site_rules: list[Rule], index: SiteIndex | None,
                pages: list[PageSummary] | None, store: CollectedStore | None,
                timeout: float | None) -> Iterator[Finding]:
        """Each site rule's reduce, its findings in the rules' order: those that can run in
        a worker (``site_reduce``) are sent to the page map's workers when it has local
        ones, the others run here meanwhile; one a worker could not finish runs here."""
        engine = self.engine
        away: dict[int, Any] = {}
        if store is not None:
            shared = store.shared()
            for n, rule in enumerate(site_rules):
                if runs_anywhere(rule) and rule.id not in engine._skipped:
                    future = self.mapper.submit_reduce(self.site_no, rule.id, shared, timeout)
                    if future is not None:
                        away[n] = future

        def here(rule: Rule) -> ReduceOutcome:
            collected = Collected() if store is None else store.collected(rule.id)
            return reduce_rule(engine, rule, self.site_no, timeout, collected, index, pages)

        done = {n: here(rule) for n, rule in enumerate(site_rules) if n not in away}
        for n, rule in enumerate(site_rules):
            outcome = done.get(n) or self.mapper.reduced(away[n], rule.id) or here(rule)
            engine.plugin_errors += outcome.plugin_errors
            if outcome.skipped:
                engine._skipped.add(rule.id)
            for finding in outcome.findings:
                yield self._located(finding, index)

    def _map(self, site: SiteConfig, summary: RunSummary, resources: Iterable[Any],
             index: SiteIndex | None, scans: images.Scans, merge: _Merge
             ) -> Generator[Finding, None, int]:
        """Every resource of the export checked and merged in order; the number listed."""
        queue = _Queue(self.mapper, self.site_no, merge)
        # no selected rule reads attachments: they (and the images that may be scans) are
        # indexed, never loaded
        attachments = PageWork.of(self.engine).attachments
        seen = 0  # the resources listed: the reduce's time limit grows with them
        for source in (_guarded(resources, str(site.export)), scans.resources()):
            for res in source:
                seen += 1
                if isinstance(res, Skipped):
                    if index is not None:
                        index.add_skipped(res)
                    if not (attachments and scans.hold(res)):
                        summary.skip(res.reason)
                    continue
                if index is not None and isinstance(res, Resource):
                    index.add_resource(res)
                if isinstance(res, InputError):
                    if res.entry:
                        summary.skip(res.reason)
                    yield self.engine._input_finding(res, Target(kind="file", site=site.name,
                                                                 path=res.where))
                    continue
                if not attachments and not res.is_page:
                    summary.skip("not needed by the selected rules")
                    continue
                yield from queue.add(res)
            yield from queue.drain()  # every page merged: the held images' parents are known
        return seen

    def _located(self, finding: Finding, index: SiteIndex | None) -> Finding:
        """A site rule's finding at a page, with the page's file as its path (where
        SARIF and an editor point), when the export's index knows the page."""
        target = finding.target
        if index is None or target.path or not target.url or target.kind not in (
                "page", "attachment"):
            return finding
        entry = index.get(target.url)
        if entry is None or not entry.where:
            return finding
        return replace(finding, target=replace(target, path=self.engine.masker.url(entry.where)))


class _Merge:
    """The driver's side of each outcome, taken in the order the export yielded them: the
    counts, the parents of attachments, the collected values, the findings."""

    def __init__(self, engine: Engine, site: SiteConfig, summary: RunSummary, done: Checked,
                 scans: images.Scans, summaries: list[PageSummary] | None,
                 store: CollectedStore | None) -> None:
        self.engine, self.site, self.summary, self.done = engine, site, summary, done
        self.scans = scans
        self.summaries, self.store = summaries, store
        self.parents = ParentTable()  # (on disk: a portal links tens of thousands)

    def __call__(self, outcome: PageOutcome) -> list[Finding]:
        engine, summary = self.engine, self.summary
        engine.plugin_errors += outcome.plugin_errors
        found = list(outcome.findings)
        for rule_id, failed in outcome.fixture_failures.items():
            if rule_id in engine._failures_said:  # another worker said it already
                engine.plugin_errors -= 1
            else:
                engine._failures_said.add(rule_id)
                found.append(failed)
        if outcome.read == "unreadable":
            summary.skip("unreadable")
            return found
        if outcome.read is None:
            summary.skip("format not read")
            return found
        summary.entries += 1
        summary.checked += 1
        if outcome.read == "attachment":
            summary.attachments += 1
            self.done.attachments += 1
        else:
            summary.pages += 1
            self.done.pages += 1
        if engine.progress and (summary.pages + summary.attachments) % 50 == 0:
            engine.progress(f"{self.site.name}: {summary.pages} pages, "
                            f"{summary.attachments} attachments")
        self.scans.shown.update(outcome.shown)
        for url, parent in outcome.parents:
            self.parents.setdefault(url, parent)
        if self.summaries is not None and outcome.summary is not None:
            self.summaries.append(outcome.summary)
        if self.store is not None and outcome.collected:
            self.store.add_page(outcome.url, outcome.collected)
        return found


class _Queue:
    """Resources batched to the mapper, outcomes merged in order; at most a few batches
    per worker in flight, so memory stays flat however large the export."""

    def __init__(self, mapper: PageMapper, site_no: int, merge: _Merge) -> None:
        self.mapper, self.site_no, self.merge = mapper, site_no, merge
        self.batch: Batch = []
        self.flight: deque[tuple[Any, Batch]] = deque()
        self.pages_pending = False

    def add(self, res: Resource) -> Iterator[Finding]:
        is_page = res.is_page
        if not is_page and self.pages_pending:  # an attachment inherits from its pages
            yield from self.drain()
        self.pages_pending = self.pages_pending or is_page
        self.batch.append((res, None if is_page else self.merge.parents.get(res.url)))
        if len(self.batch) >= self.mapper.batch_size:
            self._send()
            while len(self.flight) > self.mapper.in_flight:
                yield from self._take()

    def drain(self) -> Iterator[Finding]:
        """Send what is batched and merge every outcome still out."""
        self._send()
        while self.flight:
            yield from self._take()
        self.pages_pending = False

    def _send(self) -> None:
        if self.batch:
            self.flight.append((self.mapper.submit(self.site_no, self.batch), self.batch))
            self.batch = []

    def _take(self) -> Iterator[Finding]:
        future, batch = self.flight.popleft()
        outcomes = self.mapper.result(future, self.site_no, batch)
        for outcome in outcomes:
            yield from self.merge(outcome)


def _guarded(resources: Iterable[Resource | InputError], where: str
             ) -> Iterator[Resource | InputError]:
    """Iterate a reader, turning a crash of the reader itself into a final input error."""
    it = iter(resources)
    while True:
        try:
            item = next(it)
        except StopIteration:
            return
        except InputError as exc:
            yield exc
            return
        except Exception as exc:  # a broken reader plugin: report, keep what was read
            yield InputError(f"export reader failed: {type(exc).__name__}: {exc}", where,
                             kind="unreadable")
            return
        yield item
