"""The run: maps the rules over the site exports and the inputs of plugins, then reduces.

Page rules see one page at a time and site rules what they collected (``site_walk``); the
rules of an input plugin's scope see one item (an account) with the input's run-wide values
(the registry). One broken page, row or plugin never stops the run: it becomes an ``input``
or ``plugin`` finding and the run goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from rulekit import images
from rulekit.cache import PageCache
from rulekit.config import Config, SiteConfig
from rulekit.errors import InputError
from rulekit.findings import FindingReport, dedupe, masked
from rulekit.fixture import FixtureError, RunValues
from rulekit.inputs import InputContext, InputData, InputKind, Item
from rulekit.loading import Plugins
from rulekit.model import CORE_KINDS, SEVERITIES, Finding, Problem, Target
from rulekit.page import Page
from rulekit.page_map import PageMapper
from rulekit.redact import Masker
from rulekit.report import Checked, Report, RunSummary
from rulekit.review import ReviewEntry, set_aside
from rulekit.rules import MalformedResult, Rule
from rulekit.site_walk import SiteWalk
from rulekit.timeout import RuleTimeout, time_limit
from rulekit.wording import input_problem

#: Seconds one rule may spend on one input; a national rule needs milliseconds.
DEFAULT_RULE_TIMEOUT = 30.0
#: a site rule's reduce may take the rule timeout once per this many resources of its site
#: (at least once): its work grows with the export, where a page rule's does not
RESOURCES_PER_TIMEOUT = 10_000
#: Ids of the findings the engine itself makes (not rules).
INPUT = "input"
PLUGIN = "plugin"


@dataclass
class RunResult:
    """The findings of a run and its summary."""

    findings: list[Finding]
    summary: RunSummary
    plugin_errors: int = 0
    #: every site and account checked, found or not
    checked: list[Checked] = field(default_factory=list)
    #: the rules the run applied
    rules: list[Rule] = field(default_factory=list)

    def report(self) -> Report:
        """The run as reporters receive it."""
        return Report(findings=self.findings, summary=self.summary, checked=self.checked,
                      plugin_errors=self.plugin_errors, rules={r.id: r for r in self.rules})

    @property
    def exit_code(self) -> int:
        """0 clean, 1 findings, 3 a plugin failed (the results are incomplete)."""
        if self.plugin_errors:
            return 3
        return 1 if self.findings else 0

    def exit_status(self, fail_on: str = "info", exit_zero: bool = False) -> int:
        """The exit status with ``--fail-on`` and ``--exit-zero``: findings below
        ``fail_on`` (``error`` > ``warning`` > ``info``) do not fail the run; with
        ``exit_zero`` none do. A failed plugin still exits 3: the results are incomplete."""
        if self.plugin_errors:
            return 3
        if exit_zero:
            return 0
        worst = SEVERITIES.index(fail_on)
        return 1 if any((SEVERITIES.index(f.severity) if f.severity in SEVERITIES else 0)
                        <= worst for f in self.findings) else 0


@dataclass
class Engine:
    """One configured run. Build it, then call :meth:`run`."""

    config: Config
    extra_plugins: list[str | object] = field(default_factory=list)
    select: list[str] | None = None
    ignore: list[str] | None = None
    progress: Callable[[str], None] | None = None
    use_entry_points: bool = True
    #: seconds one rule may take on one page or account before it is stopped and reported
    rule_timeout: float | None = DEFAULT_RULE_TIMEOUT
    #: whether this engine runs a config (``rulekit_configure`` is called); False for the
    #: commands that only list, explain or test rules with a made-up config
    configure: bool = True
    #: processes that check pages: 1 checks them in this one (see ``page_map``)
    jobs: int = 1
    #: the most resources checked in this process before the workers take over; they are
    #: started after an eighth of it and take over once ready, so a small export never pays
    #: for starting them (0: workers from the first batch on)
    parallel_after: int = 0
    #: the page cache's folder (``rulekit.cache``); None: every page is read
    cache_dir: Path | None = None
    #: a Dask scheduler's address (``tcp://host:8786``): pages are checked on its workers
    scheduler: str | None = None

    def __post_init__(self) -> None:
        self.plugin_errors = 0
        self._skipped: set[str] = set()  # rules whose fixtures failed in this run
        self._fixture_failures: dict[str, Finding] = {}  # their findings, by rule id
        self._failures_said: set[str] = set()  # … and those the run has reported
        #: what the run has to say beside its findings (a worker that failed …)
        self.notes: list[str] = []
        #: how much of the run the page cache gave (shown on a terminal)
        self.cache_note: str | None = None
        self._secret = os.urandom(16)  # keys distinct findings apart; never leaves the run
        self.given_config = self.config  # what workers build their own engine from
        self.cache: PageCache | None = None
        plugins = Plugins(self.config, self.extra_plugins, selected=self.select,
                          ignored=self.ignore, use_entry_points=self.use_entry_points)
        self.plugins = plugins
        self.pm = plugins.pm
        self.masker = Masker([self._plugin_personal_data])
        self.all_rules, self.rules, self.fixtures = plugins.all_rules, plugins.rules, plugins.fixtures
        # the caller's config is left as given: the engine's copy carries the options
        self.config = replace(self.config, rules_options=plugins.options, sites=[
            replace(site, column_words=plugins.column_words) for site in self.config.sites])
        self.load_errors = [self._plugin_finding(p.plugin, None, p.message,
                                                 Target(kind="file", path=p.path), p.rule)
                            for p in plugins.problems]
        self._run = self._new_run()
        if self.configure:
            self.pm.hook.rulekit_configure(config=self.config)

    def _new_run(self) -> RunValues:
        return RunValues(self.fixtures, {"config": self.config, "as_of": self.config.as_of})

    # -- findings ---------------------------------------------------------------------------
    def _plugin_personal_data(self, text: str) -> Iterator[tuple[int, int]]:
        """The spans of personal data that plugins find in an output text."""
        for spans in self.pm.hook.rulekit_find_personal_data(text=text):
            yield from spans or ()

    def _finding(self, rule: Rule, problem: Problem, target: Target) -> Finding:
        found = masked(Finding(
            rule=rule.id, severity=problem.severity or rule.severity,
            message=problem.message, target=problem.target or target,
            evidence=problem.evidence, title=rule.title, plugin=rule.plugin,
            details=dict(problem.details),
        ), problem.key, masker=self.masker)
        if problem.key is None:
            return found
        raw = problem.key.encode("utf-8", "surrogatepass")
        return replace(found, identity=hashlib.blake2b(raw, key=self._secret,
                                                       digest_size=16).hexdigest())

    def _input_finding(self, error: InputError, target: Target,
                       label: str = "输入无法读取") -> Finding:
        detail = (error.message if label != "输入无法读取"
                  else input_problem(error.message, error.kind))
        return masked(Finding(
            rule=INPUT, severity="error", title=label, message=f"{label}：{detail}",
            target=target, evidence=error.where or ""), error.message, masker=self.masker)

    def _plugin_finding(self, plugin: str, rule: Rule | None, message: str,
                        target: Target, rule_id: str | None = None) -> Finding:
        rule_id = rule.id if rule else rule_id
        return masked(Finding(
            rule=PLUGIN, severity="error", title="插件运行出错", message=message,
            target=target, plugin=plugin, details={"rule": rule_id},
        ), f"{plugin}:{rule_id or ''}:{message}", masker=self.masker)

    def site_timeout(self, resources: int) -> float | None:
        """The limit on a site rule's reduce over ``resources`` resources: the rule timeout
        once per ``RESOURCES_PER_TIMEOUT`` of them, so a province's largest portal is not
        skipped for its size while a reduce that loops is still stopped."""
        if not self.rule_timeout:
            return self.rule_timeout
        return self.rule_timeout * max(1, -(-resources // RESOURCES_PER_TIMEOUT))

    def _apply(self, rule: Rule, target: Target, where: str, *, timeout: float | None = None,
               **available: Any) -> Iterator[Finding]:
        """One rule on one input under its time limit (``timeout``, else the rule
        timeout): the findings, or the plugin or input finding that says why there are
        none."""
        if rule.id in self._skipped:
            return
        try:
            for name in rule.params:
                if name not in available:
                    available[name] = self._run.get(name)
        except FixtureError as exc:  # the rule cannot run this run: say so once
            self._skipped.add(rule.id)
            self.plugin_errors += 1
            failed = self._fixture_failures[rule.id] = self._plugin_finding(
                rule.plugin, rule, f"插件{rule.plugin}的规则{rule.id}所需的fixture无法建立，"
                f"该规则未运行：{exc}", target)
            yield failed
            return
        try:
            with time_limit(timeout if timeout is not None else self.rule_timeout):
                problems = rule(**available)
        except RuleTimeout as exc:
            self.plugin_errors += 1
            yield self._plugin_finding(rule.plugin, rule, f"插件{rule.plugin}的规则{rule.id}处理"
                                       f"{where}超时（{exc}），已跳过", target)
            return
        except InputError as exc:  # the rule found the input too incomplete to judge
            yield self._input_finding(InputError(exc.message, exc.where or where, kind=exc.kind),
                                      target,
                                      label="输入数据不完整")
            return
        except MalformedResult as exc:
            self.plugin_errors += 1
            yield self._plugin_finding(rule.plugin, rule, f"插件{rule.plugin}的规则{rule.id}"
                                       f"输出格式错误：{exc}（输入：{where}）", target)
            return
        except Exception as exc:  # a rule that raises never stops the run
            self.plugin_errors += 1
            yield self._plugin_finding(
                rule.plugin, rule, f"插件{rule.plugin}的规则{rule.id}处理{where}时出错："
                f"{type(exc).__name__}: {exc}", target)
            return
        for problem in problems:
            yield self._finding(rule, problem, target)

    def _reported(self, findings: Iterable[Finding]) -> Iterator[Finding]:
        """Pass each finding through ``rulekit_process_finding``; drop what a plugin drops."""
        hook = self.pm.hook.rulekit_process_finding
        if not hook.get_hookimpls():
            yield from findings
            return
        for finding in findings:
            report = FindingReport(finding)
            try:
                hook(report=report, config=self.config)
            except Exception as exc:  # a failing filter keeps the finding and says so
                self.plugin_errors += 1
                culprit = _culprit(hook.get_hookimpls(), exc)
                yield self._plugin_finding(culprit, None,
                                           f"处理问题的插件{culprit}出错：{type(exc).__name__}: "
                                           f"{exc}", finding.target)
            if not report.dropped:  # a plugin's changes are masked too
                yield masked(report.finding, fingerprint=report.finding.fingerprint,
                             masker=self.masker)

    def check_page(self, page: Page, *, as_of: dt.date | None = None) -> list[Finding]:
        """Apply every selected page rule to one page (for tests and embedding). A penalty
        page's images cannot be read without the export: the page says so (``info``)."""
        images.mark_unread(page)
        return list(self._reported(self._check_page(page, page.site, self._by_scope("page"),
                                                    as_of)))

    def check_item(self, scope: str, value: Any, **values: Any) -> list[Finding]:
        """Apply every selected rule of an input's ``scope`` to one item (for tests and
        embedding): ``check_item("account", account, registry=[…], posts=[…])``. The
        item's own arguments (``posts``) and the run-wide values (``registry``) are taken
        from ``values``; run-wide ones not given are empty lists."""
        kind = self.plugins.input_for(scope)
        if kind is None:
            raise ValueError(f"no loaded input has the scope {scope!r}")
        own = {k: values.pop(k, None) for k in kind.arguments}
        item = kind.make_item(value, **own)
        run_wide = {k: values.get(k, []) for k in kind.values}
        run_wide.update({k: v for k, v in values.items() if k not in run_wide})
        if kind.every and not values.get(kind.every):
            run_wide[kind.every] = [value]  # the item is its input's only one
        self._run.provide(**run_wide)
        return list(self._reported(self._check_item(kind, item, run_wide)))

    def _check_item(self, kind: InputKind, item: Item, values: dict[str, Any]
                    ) -> Iterator[Finding]:
        options = self.config.rules_options
        for rule in self._by_scope(kind.scope):
            yield from self._apply(rule, item.target, item.where,
                                   **{kind.item: item.value}, **item.arguments, **values,
                                   options=options.get(rule.id, {}), as_of=self.config.as_of,
                                   config=self.config)

    # -- the run ------------------------------------------------------------------------------
    def run(self) -> RunResult:
        """Read every input, apply every selected rule, return the findings."""
        from rulekit import __version__

        started = time.perf_counter()
        self.start_run()
        self.plugin_errors = len(self.load_errors)  # a plugin that failed to load counts
        if self.cache_dir is not None:
            try:
                self.cache = PageCache.for_engine(self, self.cache_dir)
                self._secret = self.cache.secret  # a hit keys its findings as a miss does
            except OSError as exc:
                self.cache = None
                self.notes.append(f"the cache {self.cache_dir} cannot be used "
                                  f"({exc.strerror or exc}): every page was read")
        summary = RunSummary(
            as_of=self.config.as_of, as_of_given=self.config.as_of_given,
            config=str(self.config.path) if self.config.path else None, version=__version__,
            sites=[s.name for s in self.config.sites], rules=[r.id for r in self.rules])
        findings: list[Finding] = list(self._reported(self.load_errors))
        checked: list[Checked] = []
        mapper = PageMapper(self, self.jobs, self.parallel_after, self.scheduler)
        try:
            for site_no, site in enumerate(self.config.sites):
                done = Checked(kind="site", name=self.masker.text(site.name))
                checked.append(done)
                findings.extend(self._reported(SiteWalk(self, mapper, site_no).run(
                    site, summary, done)))
        finally:
            mapper.close()
        findings.extend(self._reported(self._run_inputs(summary, checked)))
        summary.seconds = time.perf_counter() - started
        self.cache_note = None
        if self.cache is not None and mapper.cached:
            self.cache_note = (f"{mapper.cached:,} of {mapper.read:,} pages and attachments "
                               f"were unchanged since an earlier run and taken from the cache "
                               f"{self.cache_dir} (--no-cache reads them all)")
        findings.sort(key=lambda f: (f.target.kind not in CORE_KINDS, f.target.site or "",
                                     f.target.url or f.target.path or "", f.target.name or "",
                                     f.rule, f.fingerprint))
        findings = dedupe(findings)
        return RunResult(findings=findings, summary=summary, plugin_errors=self.plugin_errors,
                         checked=checked, rules=list(self.rules))

    def report(self, result: RunResult, review: list[ReviewEntry] | None = None,
               baseline: set[str] | None = None) -> Report:
        """The run as reporters receive it: the findings a review or a baseline sets aside
        moved apart (before judging: a false alarm's deduction is given back), then judged
        by the plugins that judge runs (``rulekit_judge_report``: verdicts). A judging
        plugin that fails costs its own judgement: a ``plugin`` finding, and exit 3."""
        report = result.report()
        if review or baseline is not None:
            kept, aside, expired = set_aside(result.findings, self.config.as_of, review or [],
                                             baseline)
            kept.extend(masked(f, fingerprint=f.fingerprint, masker=self.masker)
                        for f in expired)
            result.findings[:] = kept  # (the report's list too: the exit status follows)
            report.set_aside.extend(aside)
        for impl in reversed(self.pm.hook.rulekit_judge_report.get_hookimpls()):
            try:
                impl.function(report=report, config=self.config)
            except Exception as exc:
                result.plugin_errors += 1
                report.plugin_errors = result.plugin_errors
                failed = self._plugin_finding(
                    impl.plugin_name, None, f"插件{impl.plugin_name}评判检查结果时出错："
                    f"{type(exc).__name__}: {exc}", Target(kind="file",
                                                          path=str(self.config.path or "")))
                report.findings.append(failed)  # (the run's own list: one append)
        return report

    def start_run(self) -> None:
        """Forget what an earlier run left: fixtures are built afresh, failures counted anew."""
        self.plugin_errors = 0
        self.notes = []
        self._run = self._new_run()
        self._skipped = set()
        self._fixture_failures = {}
        self._failures_said = set()

    def _by_scope(self, scope: str) -> list[Rule]:
        return [r for r in self.rules if r.scope == scope]

    def _check_page(self, page: Page, site: SiteConfig, rules: list[Rule],
                    as_of: dt.date | None = None) -> Iterator[Finding]:
        target = Target(kind="attachment" if page.is_attachment else "page", site=site.name,
                        url=page.url, parent_url=page.parent_url, path=page.where or None)
        options = self.config.rules_options
        for rule in rules:
            if page.is_attachment and not rule.attachments:
                continue
            yield from self._apply(rule, target, page.where, page=page, site=site,
                                   options=options.get(rule.id, {}), as_of=as_of or self.config.as_of,
                                   config=self.config)
        for problem in page.problems:  # after the rules: what a cap cut while they read
            yield self._input_finding(InputError(str(problem), page.where,
                                                 kind=getattr(problem, "kind", None)), target)

    def _collect_input_error(self, errors: list[Finding], error: InputError) -> None:
        errors.append(self._input_finding(error, Target(kind="file", path=error.where)))

    # -- inputs of plugins -------------------------------------------------------------------
    def _run_inputs(self, summary: RunSummary, checked: list[Checked]) -> Iterator[Finding]:
        """Load each input the config gives a section for, and check its items."""
        for kind in self.plugins.inputs.values():
            if kind.section not in self.config.sections:
                continue
            errors: list[Finding] = []
            report = partial(self._collect_input_error, errors)
            try:
                data = kind.load(InputContext(kind, self.config, self.pm, report))
            except InputError as exc:
                report(exc)
                data = InputData()
            except Exception as exc:  # a loader's bug costs its input, not the run
                self.plugin_errors += 1
                errors.append(self._plugin_finding(
                    kind.section, None, f"输入{kind.section}的读取插件出错："
                    f"{type(exc).__name__}: {exc}", Target(kind="file", path=kind.section)))
                data = InputData()
            yield from errors
            summary.items[kind.scope] = summary.items.get(kind.scope, 0) + len(data.items)
            if kind.label:
                summary.labels[kind.scope] = kind.label
            m = self.masker  # an item's name can hold what a privacy rule looks for
            checked.extend(replace(i.checked, name=m.text(i.checked.name),
                                   platform=m.text(i.checked.platform or "") or None,
                                   details={k: m.text(v) for k, v in i.checked.details.items()})
                           for i in data.items if i.checked is not None)
            self._run.provide(**data.values)
            if not self._by_scope(kind.scope):
                continue
            for item in data.items:
                yield from self._check_item(kind, item, data.values)


def _culprit(impls: Iterable[Any], exc: BaseException) -> str:
    """The plugin whose hook implementation raised ``exc`` (the innermost one on its
    traceback), or the hook's name when none is found."""
    owners = {impl.function.__code__: impl.plugin_name for impl in impls}
    name = "rulekit_process_finding"
    tb = exc.__traceback__
    while tb is not None:
        name = owners.get(tb.tb_frame.f_code, name)
        tb = tb.tb_next
    return name
