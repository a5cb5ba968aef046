"""Build pages, sites and engines in memory, and run rules on them.

What :mod:`rulekit.testing` offers as pytest fixtures, usable without pytest (by
``rulekit test``, rule pages' examples, and scripts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from rulekit.config import ColumnConfig, Config, SiteConfig
from rulekit.engine import Engine
from rulekit.loading import Plugins
from rulekit.model import Finding
from rulekit.page import Page

#: The monitoring point tests use unless they say otherwise.
AS_OF = dt.date(2022, 5, 31)
BASE_URL = "http://www.example.gov.cn/"


def site(name: str = "示例县人民政府", *, base_url: str = BASE_URL,
         columns: Iterable[tuple[str, str, str]] = ()) -> SiteConfig:
    """A site; ``columns`` are ``(name, type, match)`` as in the config's ``columns``. The
    column words of the installed plugins apply, as in a run."""
    return SiteConfig(name=name, export=Path("."), base_url=base_url,
                      columns=tuple(ColumnConfig(n, t, m) for n, t, m in columns),
                      column_words=installed_column_words())


@lru_cache(maxsize=1)
def installed_column_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The column words of the installed plugins (entry points), loaded once."""
    return Plugins(Config(path=None, as_of=AS_OF, as_of_given=True), []).column_words


def page(html: str, *, url: str = BASE_URL + "zwgk/t20220501_1.html",
         column: str | None = None, column_type: str | None = None, title: str | None = None,
         encoding: str = "utf-8", site_config: SiteConfig | None = None) -> Page:
    """A page from an HTML string (a fragment is wrapped in a minimal page).

    ``column``/``column_type``/``title`` act as a CMS manifest would, over the page's own meta
    tags. ``encoding`` is how the bytes are encoded (``gbk`` for a GBK page).
    """
    if "<html" not in html.lower():
        charset = "gb2312" if encoding.lower() in {"gbk", "gb2312", "gb18030"} else encoding
        html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; '
                f'charset={charset}"></head><body>{html}</body></html>')
    info: dict[str, Any] = {}
    if column:
        info["column"] = column
    if column_type:
        info["column_type"] = column_type
    if title:
        info["title"] = title
    return Page(url, html.encode(encoding), site=site_config or site(), where=url, info=info)


def attachment(text: str, *, url: str = BASE_URL + "zwgk/P020220501.docx",
               parent_url: str | None = None, title: str | None = None,
               column_type: str | None = None, site_config: SiteConfig | None = None) -> Page:
    """An attachment whose extracted text is ``text``."""
    info = {"column_type": column_type} if column_type else {}
    return Page(url, b"", site=site_config or site(), where=url, kind="attachment",
                attachment_text=text, parent_url=parent_url, parent_title=title, info=info)


def engine(rules: str | Iterable[str] | None = None, *, plugins: Iterable[object] = (),
           options: dict[str, dict[str, Any]] | None = None, as_of: dt.date = AS_OF,
           entry_points: bool = True) -> Engine:
    """An engine with the installed plugins plus ``plugins``, selecting ``rules``."""
    selected = [rules] if isinstance(rules, str) else list(rules or [])
    config = Config(path=None, as_of=as_of, as_of_given=True, select=selected,
                    options=dict(options or {}))
    return Engine(config, extra_plugins=list(plugins), use_entry_points=entry_points)


def run_rule(rule: str | Iterable[str] | None = None, *, page: Page | None = None,
             options: dict[str, Any] | None = None, plugin: object | None = None,
             as_of: dt.date = AS_OF, **item: Any) -> list[Finding]:
    """Run one rule (or every rule of ``plugin`` when ``rule`` is None) on a page, or on one
    item of an input plugin, named by its argument: ``run_rule("county.silent",
    account=…, posts=[…])`` (the other keywords are the item's arguments and the input's
    run-wide values, such as ``registry``).

    ``options`` are the rule's options (validated, defaults applied as in a real run).
    """
    opts = {rule: options} if options and isinstance(rule, str) else {}
    eng = engine(rule, plugins=[plugin] if plugin is not None else [], options=opts,
                 as_of=as_of)
    if rule is None and plugin is not None:
        own = {r.id for r in eng.all_rules if r.plugin == eng.pm.get_name(plugin)}
        eng.rules = [r for r in eng.rules if r.id in own]
    if page is not None:
        return eng.check_page(page)
    kinds = [k for k in eng.plugins.inputs.values() if k.item in item]
    if not kinds:
        raise TypeError("run_rule needs page= or an input's item (account= …)")
    kind = kinds[0]
    return eng.check_item(kind.scope, item.pop(kind.item), **item)


def rule_ids(findings: Iterable[Finding]) -> list[str]:
    """The rule ids of ``findings``, sorted: for compact assertions."""
    return sorted(f.rule for f in findings)


