"""The run: maps the rules over the site exports and the inputs of plugins, then reduces.

Page rules see one page at a time (the DOM is dropped before the next page is read); the
rules of an input plugin's scope see one item (an account) with the input's run-wide values
(the registry); site rules see compact page summaries,
collected only when a site rule is selected. One broken page, row or plugin never stops the
run: it becomes an ``input`` or ``plugin`` finding and the run goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import itertools
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from rulekit import images
from rulekit.config import Config, SiteConfig
from rulekit.errors import InputError
from rulekit.fixture import FixtureError, RunValues
from rulekit.inputs import InputContext, InputData, InputKind, Item
from rulekit.loading import Plugins
from rulekit.model import Column, Finding, Problem, Target
from rulekit.page import Page
from rulekit.readers.attachments import read_image
from rulekit.redact import Masker
from rulekit.report import Checked, Report, RunSummary
from rulekit.resource import ATTACHMENT_EXTENSIONS, Resource, Skipped
from rulekit.rules import MalformedResult, Rule
from rulekit.site_index import SiteIndex
from rulekit.timeout import RuleTimeout, time_limit
from rulekit.wording import input_problem

#: Seconds one rule may spend on one input; a national rule needs milliseconds.
DEFAULT_RULE_TIMEOUT = 30.0
#: Ids of the findings the engine itself makes (not rules).
INPUT = "input"
#: Targets of the site exports and input files; an input plugin's items sort after them.
CORE_KINDS = frozenset({"page", "attachment", "site", "file"})
PLUGIN = "plugin"


@dataclass
class FindingReport:
    """What ``rulekit_process_finding`` receives: replace ``finding`` or call :meth:`drop`."""

    finding: Finding
    dropped: bool = False

    def drop(self) -> None:
        self.dropped = True


class Collected(dict):
    """What a site rule's collect steps gave: by step name, a dict of page URL to value
    (``collected["hrefs"]`` or ``collected.hrefs``; an empty dict for a step that saw no
    page)."""

    def __getattr__(self, name: str) -> dict[str, Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        return self.get(name, {})


@dataclass
class PageSummary:
    """What site rules know of a page after the map: no text, no DOM."""

    url: str
    kind: str
    title: str | None
    pub_date: Any
    column: Column
    is_article: bool
    status: int | None
    links: tuple[str, ...] = ()


@dataclass
class RunResult:
    """The findings of a run and its summary."""

    findings: list[Finding]
    summary: RunSummary
    plugin_errors: int = 0
    #: every site and account checked, found or not
    checked: list[Checked] = field(default_factory=list)

    def report(self) -> Report:
        """The run as reporters receive it."""
        return Report(findings=self.findings, summary=self.summary, checked=self.checked,
                      plugin_errors=self.plugin_errors)

    @property
    def exit_code(self) -> int:
        """0 clean, 1 findings, 3 a plugin failed (the results are incomplete)."""
        if self.plugin_errors:
            return 3
        return 1 if self.findings else 0


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

    def __post_init__(self) -> None:
        self.plugin_errors = 0
        self._skipped: set[str] = set()  # rules whose fixtures failed in this run
        self._secret = os.urandom(16)  # keys distinct findings apart; never leaves the run
        plugins = Plugins(self.config, self.extra_plugins, selected=self.select,
                          ignored=self.ignore, use_entry_points=self.use_entry_points)
        self.plugins = plugins
        self.pm = plugins.pm
        self.masker = Masker([self._plugin_personal_data])
        self.all_rules, self.rules, self.fixtures = plugins.all_rules, plugins.rules, plugins.fixtures
        # the caller's config is left as given: the engine's copy carries the options
        self.config = replace(self.config, rules_options=plugins.options)
        self.load_errors = [self._plugin_finding(p.plugin, None, p.message,
                                                 Target(kind="file", path=p.path), p.rule)
                            for p in plugins.problems]
        self._run = self._new_run()
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
        detail = error.message if label != "输入无法读取" else input_problem(error.message)
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

    def _apply(self, rule: Rule, target: Target, where: str, **available: Any) -> Iterator[Finding]:
        if rule.id in self._skipped:
            return
        try:
            for name in rule.params:
                if name not in available:
                    available[name] = self._run.get(name)
        except FixtureError as exc:  # the rule cannot run this run: say so once
            self._skipped.add(rule.id)
            self.plugin_errors += 1
            yield self._plugin_finding(rule.plugin, rule, f"插件{rule.plugin}的规则{rule.id}"
                                       f"所需的fixture无法建立，该规则未运行：{exc}", target)
            return
        try:
            with time_limit(self.rule_timeout):
                problems = rule(**available)
        except RuleTimeout as exc:
            self.plugin_errors += 1
            yield self._plugin_finding(rule.plugin, rule, f"插件{rule.plugin}的规则{rule.id}处理"
                                       f"{where}超时（{exc}），已跳过", target)
            return
        except InputError as exc:  # the rule found the input too incomplete to judge
            yield self._input_finding(InputError(exc.message, exc.where or where), target,
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
                yield self._plugin_finding("rulekit_process_finding", None,
                                           f"处理问题的插件出错：{type(exc).__name__}: {exc}",
                                           finding.target)
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
        if "accounts" in kind.values and not values.get("accounts"):
            run_wide["accounts"] = [value]  # the item is its input's only one
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
        self.plugin_errors = len(self.load_errors)  # a plugin that failed to load counts
        self._run = self._new_run()  # fixtures are built afresh for each run
        self._skipped = set()
        summary = RunSummary(
            as_of=self.config.as_of, as_of_given=self.config.as_of_given,
            config=str(self.config.path) if self.config.path else None, version=__version__,
            sites=[s.name for s in self.config.sites], rules=[r.id for r in self.rules])
        findings: list[Finding] = list(self.load_errors)
        checked: list[Checked] = []
        for site in self.config.sites:
            done = Checked(kind="site", name=self.masker.text(site.name))
            checked.append(done)
            findings.extend(self._reported(self._run_site(site, summary, done)))
        findings.extend(self._reported(self._run_inputs(summary, checked)))
        summary.seconds = time.perf_counter() - started
        findings.sort(key=lambda f: (f.target.kind not in CORE_KINDS, f.target.site or "",
                                     f.target.url or f.target.path or "", f.target.name or "",
                                     f.rule, f.fingerprint))
        findings = dedupe(findings)
        return RunResult(findings=findings, summary=summary, plugin_errors=self.plugin_errors,
                         checked=checked)

    def _by_scope(self, scope: str) -> list[Rule]:
        return [r for r in self.rules if r.scope == scope]

    def _run_site(self, site: SiteConfig, summary: RunSummary,
                  done: Checked | None = None) -> Iterator[Finding]:
        done = done or Checked(kind="site", name=site.name)
        page_rules = self._by_scope("page")
        site_rules = self._by_scope("site")
        site_target = Target(kind="site", site=site.name, url=site.base_url)
        try:
            exists = site.export.exists()
        except OSError:  # a name too long, a path through a file
            exists = False
        if not exists:
            yield self._input_finding(InputError("site export not found", str(site.export)),
                                      site_target)
            return
        resources = self.pm.hook.rulekit_open_export(site=site)
        if resources is None:
            yield self._input_finding(InputError(
                "no reader recognises this export (a mirror directory, .warc or .warc.gz)",
                str(site.export)), site_target)
            return
        parents: dict[str, tuple[str, str | None, Column]] = {}
        # the reduce's inputs, gathered only for what the selected site rules ask for
        wanted = {p for rule in site_rules for p in rule.params}
        summaries: list[PageSummary] | None = [] if "pages" in wanted else None
        index = SiteIndex() if "index" in wanted else None
        collected: dict[str, Collected] = {r.id: Collected() for r in site_rules}
        collectors = [(r, name, f) for r in site_rules for name, f in r.collectors.items()]
        scans = images.Scans(site)  # images held until the pages say which may be scans
        for res in itertools.chain(_guarded(resources, str(site.export)), scans.resources()):
            if isinstance(res, Skipped):
                if index is not None:
                    index.add_skipped(res)
                if not scans.hold(res):
                    summary.skip(res.reason)
                continue
            if index is not None and isinstance(res, Resource):
                index.add_resource(res)
            if isinstance(res, InputError):
                if res.entry:
                    summary.skip(res.reason)
                yield self._input_finding(res, Target(kind="file", site=site.name,
                                                      path=res.where))
                continue
            try:
                page = self._open(res, site, parents)
            except Exception as exc:  # whatever a page does, the run goes on without it
                page = self._unreadable(exc, res.where, site, res.url,
                                        "page" if res.is_html else "attachment")
            if isinstance(page, Finding):
                summary.skip("unreadable")
                yield page
                continue
            if page is None:
                summary.skip("format not read")
                continue
            summary.entries += 1
            summary.checked += 1
            if page.is_attachment:
                summary.attachments += 1
                done.attachments += 1
            else:
                summary.pages += 1
                done.pages += 1
            if self.progress and (summary.pages + summary.attachments) % 50 == 0:
                self.progress(f"{site.name}: {summary.pages} pages, "
                              f"{summary.attachments} attachments")
            try:
                found = list(self._check_page(page, site, page_rules))
                if not page.is_attachment:
                    for url in [link.url for link, _fmt in page.attachments] + scans.show(page):
                        parents.setdefault(url, (page.url, page.title, page.column))
                if summaries is not None:
                    summaries.append(PageSummary(
                        url=page.url, kind=page.kind, title=page.title, pub_date=page.pub_date,
                        column=page.column, is_article=page.is_article, status=page.status,
                        links=tuple(link.url for link in page.links)))
                for rule, name, func in collectors:
                    if page.is_attachment and not rule.attachments:
                        continue
                    found.extend(self._collect(rule, name, func, page, site,
                                               collected[rule.id]))
            except Exception as exc:  # reading the page itself failed in a way not foreseen
                found = [self._unreadable(exc, page.where, site, page.url,
                                          "attachment" if page.is_attachment else "page")]
            yield from found
            page.release()
        options = self.config.rules_options
        for rule in site_rules:
            yield from self._apply(rule, site_target, site.name, site=site, pages=summaries,
                                   index=index, collected=collected[rule.id],
                                   options=options.get(rule.id, {}), as_of=self.config.as_of,
                                   config=self.config)

    def _collect(self, rule: Rule, name: str, func: Callable[..., Any], page: Page,
                 site: SiteConfig, into: Collected) -> Iterator[Finding]:
        """One collect step of a site rule on one page: its value kept under the page's URL,
        or, if it fails, a plugin finding (the rule's reduce then goes without that page)."""
        if rule.id in self._skipped:
            return
        available = {"page": page, "site": site, "as_of": self.config.as_of,
                     "config": self.config,
                     "options": self.config.rules_options.get(rule.id, {})}
        kwargs = {p: available[p] for p in inspect.signature(func).parameters}
        target = Target(kind="attachment" if page.is_attachment else "page", site=site.name,
                        url=page.url)
        try:
            with time_limit(self.rule_timeout):
                into.setdefault(name, {})[page.url] = func(**kwargs)
        except RuleTimeout as exc:
            self.plugin_errors += 1
            yield self._plugin_finding(rule.plugin, rule, f"插件{rule.plugin}的规则{rule.id}的"
                                       f"收集步骤{name}处理{page.where}超时（{exc}），已跳过", target)
        except Exception as exc:
            self.plugin_errors += 1
            yield self._plugin_finding(rule.plugin, rule, f"插件{rule.plugin}的规则{rule.id}的"
                                       f"收集步骤{name}处理{page.where}时出错：{type(exc).__name__}: "
                                       f"{exc}", target)

    def _unreadable(self, exc: Exception, where: str, site: SiteConfig, url: str,
                    kind: str) -> Finding:
        """The input finding for a page or attachment that failed in a way not foreseen."""
        return self._input_finding(InputError(f"cannot read: {type(exc).__name__}: {exc}", where),
                                   Target(kind=kind, site=site.name, url=url))

    def _open(self, res: Resource, site: SiteConfig,
              parents: dict[str, tuple[str, str | None, Column]]) -> Page | Finding | None:
        """Load a resource as a Page, or an input finding; None for files no rule reads."""
        is_html = res.is_html and res.extension not in ATTACHMENT_EXTENSIONS
        kind = "page" if is_html else "attachment"
        target = Target(kind=kind, site=site.name, url=res.url)
        try:
            data = res.load()
        except InputError as exc:
            return self._input_finding(exc, target)
        except OSError as exc:
            return self._input_finding(InputError(f"cannot read file: {exc.strerror or exc}",
                                                  res.where), target)
        if is_html:
            page = Page(res.url, data, site=site, where=res.where, content_type=res.content_type,
                        status=res.status, info=dict(res.info))
            problem = _html_problem(data, page)
            if problem:
                return self._input_finding(InputError(problem, res.where), target)
            return page
        try:
            if (res.content_type or "").startswith("image/"):  # a scan, held back by Scans
                text = read_image(res.url, data, site.limits)
            else:
                text = self.pm.hook.rulekit_extract_text(name=res.url, data=data,
                                                         content_type=res.content_type,
                                                         limits=site.limits)
        except InputError as exc:
            parent = parents.get(res.url)
            target = Target(kind="attachment", site=site.name, url=res.url,
                            parent_url=parent[0] if parent else None)
            return self._input_finding(InputError(exc.message, exc.where or res.where), target)
        if text is None:
            return None
        parent = parents.get(res.url)
        info = dict(res.info)
        if getattr(text, "scanned", None):  # "ocr", or "unread": a rule says what that means
            info["scanned"] = text.scanned
        page = Page(res.url, b"", site=site, where=res.where, kind="attachment",
                    content_type=res.content_type, status=res.status, info=info,
                    attachment_text=str(text), parent_url=parent[0] if parent else None,
                    parent_title=parent[1] if parent else None,
                    parent_column=parent[2] if parent else None)
        warned = [p for p in getattr(text, "problems", ()) if " warned: " in p
                  or "more library warning" in p]
        page.cut.extend(p for p in getattr(text, "problems", ()) if p not in warned)  # a cap
        if warned:  # a parser's warnings: one finding for the file, however many
            page.cut.append("; ".join(warned))
        return page

    def _check_page(self, page: Page, site: SiteConfig, rules: list[Rule],
                    as_of: dt.date | None = None) -> Iterator[Finding]:
        target = Target(kind="attachment" if page.is_attachment else "page", site=site.name,
                        url=page.url, parent_url=page.parent_url)
        options = self.config.rules_options
        for rule in rules:
            if page.is_attachment and not rule.attachments:
                continue
            yield from self._apply(rule, target, page.where, page=page, site=site,
                                   options=options.get(rule.id, {}), as_of=as_of or self.config.as_of,
                                   config=self.config)
        for problem in page.problems:  # after the rules: what a cap cut while they read
            yield self._input_finding(InputError(problem, page.where), target)

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
                                   platform=m.text(i.checked.platform or "") or None)
                           for i in data.items if i.checked is not None)
            self._run.provide(**data.values)
            if not self._by_scope(kind.scope):
                continue
            for item in data.items:
                yield from self._check_item(kind, item, data.values)


def masked(finding: Finding, key: str | None = None, *, fingerprint: str | None = None,
           masker: Masker | None = None) -> Finding:
    """The finding with every text field masked (message, evidence, details, and every field
    of the target), fingerprinted from the masked key: no output, and no hash that could be
    brute-forced, carries the personal data a rule found."""
    m = masker or Masker()
    t = finding.target
    target = replace(t, url=m.url(t.url or "") or t.url,
                     parent_url=m.url(t.parent_url or "") or t.parent_url,
                     name=m.text(t.name or "") or t.name, path=m.text(t.path or "") or t.path,
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
            yield InputError(f"export reader failed: {type(exc).__name__}: {exc}", where)
            return
        yield item


def _html_problem(data: bytes, page: Page) -> str | None:
    """Why a file named like a page is not one: empty, binary, or without any markup."""
    if not data.strip():
        return "page is empty"
    head = data[:4096]
    if head.count(b"\x00") > len(head) // 10 and not page.decoded.encoding.startswith("utf-16"):
        return "binary data in a file named as an HTML page"
    if page.tree is None:
        return "page has no HTML that can be parsed"
    return None


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
