"""One site export read and checked: page rules on each page, then the site rules' reduce.

Page rules see one page at a time (its DOM is dropped before the next is read). Site rules
get what they asked for: their collect steps' values, the export's index, page summaries;
none of it is gathered for a rule that is not selected. One broken page never stops the
walk: it becomes an ``input`` finding and the next page is read.
"""

from __future__ import annotations

import inspect
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rulekit import images
from rulekit.config import SiteConfig
from rulekit.errors import InputError, InputProblem, os_kind
from rulekit.model import Column, Finding, Target
from rulekit.page import Page
from rulekit.readers.attachments import read_image
from rulekit.report import Checked, RunSummary
from rulekit.resource import ATTACHMENT_EXTENSIONS, Resource, Skipped
from rulekit.rules import Rule
from rulekit.site_index import SiteIndex
from rulekit.timeout import RuleTimeout, time_limit

if TYPE_CHECKING:
    from rulekit.engine import Engine


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


class SiteWalk:
    """The walk of one site's export, for one engine's run."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def run(self, site: SiteConfig, summary: RunSummary,
            done: Checked | None = None) -> Iterator[Finding]:
        """Read the site's export and check it; findings as they come."""
        done = done or Checked(kind="site", name=site.name)
        page_rules = self.engine._by_scope("page")
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
        parents: dict[str, tuple[str, str | None, Column]] = {}
        # the reduce's inputs, gathered only for what the selected site rules ask for
        wanted = {p for rule in site_rules for p in rule.params}
        summaries: list[PageSummary] | None = [] if "pages" in wanted else None
        index = SiteIndex() if "index" in wanted else None
        collected: dict[str, Collected] = {r.id: Collected() for r in site_rules}
        collectors = [(r, name, f, tuple(inspect.signature(f).parameters))
                      for r in site_rules for name, f in r.collectors.items()]
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
                yield self.engine._input_finding(res, Target(kind="file", site=site.name,
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
            if self.engine.progress and (summary.pages + summary.attachments) % 50 == 0:
                self.engine.progress(f"{site.name}: {summary.pages} pages, "
                              f"{summary.attachments} attachments")
            try:
                found = list(self.engine._check_page(page, site, page_rules))
                if not page.is_attachment:
                    for url in [link.url for link, _fmt in page.attachments] + scans.show(page):
                        parents.setdefault(url, (page.url, page.title, page.column))
                if summaries is not None:
                    summaries.append(PageSummary(
                        url=page.url, kind=page.kind, title=page.title, pub_date=page.pub_date,
                        column=page.column, is_article=page.is_article, status=page.status,
                        links=tuple(link.url for link in page.links)))
                for rule, name, func, params in collectors:
                    if page.is_attachment and not rule.attachments:
                        continue
                    found.extend(self._collect(rule, name, func, params, page, site,
                                               collected[rule.id]))
            except Exception as exc:  # reading the page itself failed in a way not foreseen
                found = [self._unreadable(exc, page.where, site, page.url,
                                          "attachment" if page.is_attachment else "page")]
            yield from found
            page.release()
        options = self.engine.config.rules_options
        for rule in site_rules:
            yield from self.engine._apply(rule, site_target, site.name, site=site, pages=summaries,
                                   index=index, collected=collected[rule.id],
                                   options=options.get(rule.id, {}), as_of=self.engine.config.as_of,
                                   config=self.engine.config)

    def _collect(self, rule: Rule, name: str, func: Callable[..., Any], params: tuple[str, ...],
                 page: Page, site: SiteConfig, into: Collected) -> Iterator[Finding]:
        """One collect step of a site rule on one page: its value kept under the page's URL,
        or, if it fails, a plugin finding (the rule's reduce then goes without that page)."""
        engine = self.engine
        if rule.id in engine._skipped:
            return
        available = {"page": page, "site": site, "as_of": engine.config.as_of,
                     "config": engine.config,
                     "options": engine.config.rules_options.get(rule.id, {})}
        target = Target(kind="attachment" if page.is_attachment else "page", site=site.name,
                        url=page.url)
        step = f"插件{rule.plugin}的规则{rule.id}的收集步骤{name}处理{page.where}"
        try:
            with time_limit(engine.rule_timeout):
                into.setdefault(name, {})[page.url] = func(**{p: available[p] for p in params})
        except RuleTimeout as exc:
            engine.plugin_errors += 1
            yield engine._plugin_finding(rule.plugin, rule, f"{step}超时（{exc}），已跳过", target)
        except Exception as exc:
            engine.plugin_errors += 1
            yield engine._plugin_finding(rule.plugin, rule,
                                         f"{step}时出错：{type(exc).__name__}: {exc}", target)

    def _unreadable(self, exc: Exception, where: str, site: SiteConfig, url: str,
                    kind: str) -> Finding:
        """The input finding for a page or attachment that failed in a way not foreseen."""
        return self.engine._input_finding(InputError(f"cannot read: {type(exc).__name__}: {exc}", where,
                                                    kind="unreadable"),
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
            return self.engine._input_finding(exc, target)
        except OSError as exc:
            return self.engine._input_finding(InputError(f"cannot read file: {exc.strerror or exc}",
                                                  res.where, kind=os_kind(exc)), target)
        if is_html:
            page = Page(res.url, data, site=site, where=res.where, content_type=res.content_type,
                        status=res.status, info=dict(res.info))
            problem = _html_problem(data, page)
            if problem:
                return self.engine._input_finding(InputError(str(problem), res.where,
                                                             kind=problem.kind), target)
            return page
        try:
            if (res.content_type or "").startswith("image/"):  # a scan, held back by Scans
                text = read_image(res.url, data, site.limits)
            else:
                text = self.engine.pm.hook.rulekit_extract_text(name=res.url, data=data,
                                                         content_type=res.content_type,
                                                         limits=site.limits)
        except InputError as exc:
            parent = parents.get(res.url)
            target = Target(kind="attachment", site=site.name, url=res.url,
                            parent_url=parent[0] if parent else None)
            return self.engine._input_finding(InputError(exc.message, exc.where or res.where, kind=exc.kind), target)
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
        warned: list[str] = []
        for problem in getattr(text, "problems", ()):
            if getattr(problem, "kind", None) == "parser-warning":
                warned.append(problem)
            else:  # a cap (or a plugin's problem, worded from its text): one finding each
                page.cut.append(problem)
        if warned:  # a parser's warnings: one finding for the file, however many
            page.cut.append(InputProblem("; ".join(warned), kind="parser-warning"))
        return page

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


