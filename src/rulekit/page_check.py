"""One resource of an export read and checked: the unit of work of the page map.

:func:`check_resource` is what a worker process (or the driver itself, with ``-j1``) does
with one page or attachment: load its bytes, read it, apply the page rules and the site
rules' collect steps, and return a :class:`PageOutcome` that holds only picklable values
(findings, collected values, counters), never the page or its DOM. The driver merges the
outcomes in the order the export yielded the resources, so a run's report does not depend
on how many processes read it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from rulekit import images
from rulekit.collected_store import pack
from rulekit.config import SiteConfig
from rulekit.errors import InputError, InputProblem, os_kind
from rulekit.model import Column, Finding, Target
from rulekit.page import Page
from rulekit.readers.attachments import read_image
from rulekit.resource import Payload, Resource
from rulekit.rules import Rule
from rulekit.timeout import RuleTimeout, time_limit

if TYPE_CHECKING:
    from rulekit.engine import Engine

#: The page that links an attachment: its URL, title and column.
Parent = tuple[str, "str | None", Column]


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
class PageOutcome:
    """What checking one resource gave, in values a process can send back.

    ``read`` is ``"page"`` or ``"attachment"`` when it was checked, ``"unreadable"`` when it
    became an input finding, None for a file no reader reads. ``parents`` are the
    attachments and images this page links, each with the page as its parent;
    ``fixture_failures`` the findings of rules that could not run at all (the driver keeps
    the first of each rule, however many workers met it).
    """

    url: str
    read: str | None
    findings: list[Finding] = field(default_factory=list)
    summary: PageSummary | None = None
    parents: list[tuple[str, Parent]] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    collected: list[tuple[str, str, Any]] = field(default_factory=list)
    plugin_errors: int = 0
    fixture_failures: dict[str, Finding] = field(default_factory=dict)
    #: whether the outcome came from the page cache
    from_cache: bool = False


@dataclass(frozen=True)
class PageWork:
    """What a walk of one site asks of each resource: its page and site rules, whether site
    rules want page summaries, the collect steps to run, and whether any selected rule
    reads attachments (``attachments=True``): if none does, attachments and the images that
    may be scans are not read, and pages are not searched for what they link to download."""

    page_rules: list[Rule]
    summaries: bool
    collectors: list[tuple[Rule, str, Callable[..., Any], tuple[str, ...]]]
    attachments: bool = True

    @classmethod
    def of(cls, engine: Engine) -> PageWork:
        site_rules = engine._by_scope("site")
        page_rules = engine._by_scope("page")
        wanted = {p for rule in site_rules for p in rule.params}
        return cls(page_rules, "pages" in wanted,
                   [(r, name, f, tuple(inspect.signature(f).parameters))
                    for r in site_rules for name, f in r.collectors.items()],
                   any(r.attachments for r in page_rules + site_rules))


def check_batch(engine: Engine, work: PageWork, site_no: int,
                batch: list[tuple[Resource, Parent | None]]) -> list[PageOutcome]:
    """Check each resource of a batch (with the page that links it), in order."""
    return [check_resource(engine, work, site_no, res, parent) for res, parent in batch]


def check_resource(engine: Engine, work: PageWork, site_no: int, res: Resource,
                   parent: Parent | None) -> PageOutcome:
    """Read one resource and check it, or take its outcome from the engine's cache; the
    engine's counters are left as they were (the outcome carries what this one added)."""
    site = engine.config.sites[site_no]
    cache, key = engine.cache, None
    if cache is not None:
        about = cache.about(res, parent)
        walked = getattr(res.load, "signature", None)  # the file as the walk found it
        unchanged = cache.unchanged_key(site_no, about, walked)
        stored = cache.get(unchanged, by_signature=True) if unchanged else None
        if stored is not None:  # a file as the walk found it last time: not read
            stored.from_cache = True
            return stored
        try:
            data, signed = _read_signed(res.load)
        except Exception:  # read again below, where its failure is reported
            data = None
        if data is not None:
            if signed is None or signed != walked:
                unchanged = None  # changed since the walk, or too recently to be named so
            key = cache.key(site_no, about, data)
            stored = cache.get(key)
            if stored is not None:
                cache.name_unchanged(key, unchanged)
                stored.from_cache = True
                return stored
            res = replace(res, load=Payload(data))
    errors_before, skipped_before = engine.plugin_errors, set(engine._skipped)
    try:
        outcome = _check(engine, work, site, res, parent)
    finally:
        added = engine.plugin_errors - errors_before
        engine.plugin_errors = errors_before
    outcome.plugin_errors = added
    for rule_id in engine._skipped - skipped_before:  # a fixture that failed: said once
        failed = engine._fixture_failures.get(rule_id)
        if failed is not None and failed in outcome.findings:
            outcome.findings.remove(failed)
            outcome.fixture_failures[rule_id] = failed
    if cache is not None and key is not None:
        cache.put(key, outcome)
        cache.name_unchanged(key, unchanged)
    return outcome


def _read_signed(load: Callable[[], bytes]) -> tuple[bytes, Any]:
    """A resource's bytes, and the signature of the file they came from when its load
    gives one (a mirror's :class:`~rulekit.readers.mirror.FileLoad`), else None."""
    read = getattr(load, "read_signed", None)
    return read() if read is not None else (load(), None)


def _check(engine: Engine, work: PageWork, site: SiteConfig, res: Resource,
           parent: Parent | None) -> PageOutcome:
    try:
        page = _open(engine, res, site, parent)
    except Exception as exc:  # whatever a page does, the run goes on without it
        page = _unreadable(engine, exc, res.where, site, res.url,
                           "page" if res.is_html else "attachment")
    if isinstance(page, Finding):
        return PageOutcome(res.url, "unreadable", [page])
    if page is None:
        return PageOutcome(res.url, None)
    outcome = PageOutcome(page.url, page.kind)
    try:
        found = list(engine._check_page(page, site, work.page_rules))
        if not page.is_attachment and work.attachments:  # their parents: the pages
            outcome.shown = images.shown_documents(page)
            here: Parent = (page.url, page.title, page.column)
            outcome.parents = [(link.url, here) for link, _fmt in page.attachments]
            outcome.parents += [(url, here) for url in outcome.shown]
        if work.summaries:
            outcome.summary = PageSummary(
                url=page.url, kind=page.kind, title=page.title, pub_date=page.pub_date,
                column=page.column, is_article=page.is_article, status=page.status,
                links=tuple(link.url for link in page.links))
        cut = len(page.cut)
        for rule, name, func, params in work.collectors:
            if page.is_attachment and not rule.attachments:
                continue
            found.extend(_collect(engine, rule, name, func, params, page, site,
                                  outcome.collected))
        for problem in page.cut[cut:]:  # what a cap cut while the collect steps read
            found.append(engine._input_finding(
                InputError(str(problem), page.where, kind=getattr(problem, "kind", None)),
                Target(kind="attachment" if page.is_attachment else "page", site=site.name,
                       url=page.url, parent_url=page.parent_url, path=page.where or None)))
    except Exception as exc:  # reading the page itself failed in a way not foreseen
        found = [_unreadable(engine, exc, page.where, site, page.url,
                             "attachment" if page.is_attachment else "page")]
    outcome.findings = found
    page.release()
    return outcome


def _collect(engine: Engine, rule: Rule, name: str, func: Callable[..., Any],
             params: tuple[str, ...], page: Page, site: SiteConfig,
             into: list[tuple[str, str, Any]]) -> Iterator[Finding]:
    """One collect step of a site rule on one page: its value kept for the page (pickled
    here, in the worker: the driver stores it as it comes), or, if it fails or cannot be
    pickled, a plugin finding (the rule's reduce then goes without that page)."""
    if rule.id in engine._skipped:
        return
    available = {"page": page, "site": site, "as_of": engine.config.as_of,
                 "config": engine.config,
                 "options": engine.config.rules_options.get(rule.id, {})}
    try:
        with time_limit(engine.rule_timeout):
            into.append((rule.id, name, pack(func(**{p: available[p] for p in params}))))
        return
    except RuleTimeout as exc:
        why = f"超时（{exc}），已跳过"
    except Exception as exc:
        why = f"时出错：{type(exc).__name__}: {exc}"
    engine.plugin_errors += 1
    target = Target(kind="attachment" if page.is_attachment else "page", site=site.name,
                    url=page.url, path=page.where or None)
    yield engine._plugin_finding(
        rule.plugin, rule, f"插件{rule.plugin}的规则{rule.id}的收集步骤{name}处理{page.where}{why}",
        target)


def _unreadable(engine: Engine, exc: Exception, where: str, site: SiteConfig, url: str,
                kind: str) -> Finding:
    """The input finding for a page or attachment that failed in a way not foreseen."""
    return engine._input_finding(InputError(f"cannot read: {type(exc).__name__}: {exc}", where,
                                            kind="unreadable"),
                                 Target(kind=kind, site=site.name, url=url))


def _open(engine: Engine, res: Resource, site: SiteConfig,
          parent: Parent | None) -> Page | Finding | None:
    """Load a resource as a Page, or an input finding; None for files no rule reads."""
    kind = "page" if res.is_page else "attachment"
    target = Target(kind=kind, site=site.name, url=res.url, path=res.where or None)
    try:
        data = res.load()
    except InputError as exc:
        return engine._input_finding(exc, target)
    except OSError as exc:
        return engine._input_finding(InputError(f"cannot read file: {exc.strerror or exc}",
                                                res.where, kind=os_kind(exc)), target)
    if res.is_page:
        page = Page(res.url, data, site=site, where=res.where, content_type=res.content_type,
                    status=res.status, info=dict(res.info))
        problem = _html_problem(data, page)
        if problem:
            return engine._input_finding(InputError(str(problem), res.where,
                                                    kind=problem.kind), target)
        return page
    try:
        if (res.content_type or "").startswith("image/"):  # a scan, held back by Scans
            text = read_image(res.url, data, site.limits)
        else:
            text = engine.pm.hook.rulekit_extract_text(name=res.url, data=data,
                                                       content_type=res.content_type,
                                                       limits=site.limits)
    except InputError as exc:
        target = Target(kind="attachment", site=site.name, url=res.url,
                        parent_url=parent[0] if parent else None, path=res.where or None)
        return engine._input_finding(InputError(exc.message, exc.where or res.where,
                                                kind=exc.kind), target)
    if text is None:
        return None
    info = dict(res.info)
    if getattr(text, "scanned", None):  # "ocr", or "unread": a rule says what that means
        info["scanned"] = text.scanned
    page = Page(res.url, b"", site=site, where=res.where, kind="attachment",
                content_type=res.content_type, status=res.status, info=info,
                attachment_text=str(text), parent_url=parent[0] if parent else None,
                parent_title=parent[1] if parent else None,
                parent_column=parent[2] if parent else None)
    warned: list[str] = []
    for problem in getattr(text, "problems", ()):
        if getattr(problem, "kind", None) == "parser-warning":
            warned.append(problem)
        else:  # a cap (or a plugin's problem, worded from its text): one finding each
            page.cut.append(problem)
    if warned:  # a parser's warnings: one finding for the file, however many
        page.cut.append(InputProblem("; ".join(warned), kind="parser-warning"))
    return page


def _html_problem(data: bytes, page: Page) -> InputProblem | None:
    """Why a file named like a page is not one: empty, binary, or without any markup."""
    if not data.strip():
        return InputProblem("page is empty", kind="empty-page")
    head = data[:4096]
    if head.count(b"\x00") > len(head) // 10 and not page.decoded.encoding.startswith("utf-16"):
        return InputProblem("binary data in a file named as an HTML page", kind="not-a-page")
    if page.tree is None:
        return InputProblem("page has no HTML that can be parsed", kind="not-a-page")
    return None
