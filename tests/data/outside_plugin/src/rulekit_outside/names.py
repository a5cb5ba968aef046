"""Rules made from a word list: one rule per county agency renamed by the 2018–2019
institutional reform (机构改革), so that an office can ignore one agency
(``--ignore outside.old-name-anjian``) and the report counts each apart.

The list ships with the plugin (``old_names.tsv``: id, old name, new name, date of the
change). The rules are made once, at import, and ``rulekit_collect_rules`` returns them for
this module only: they are closures kept in a list, not module attributes, so the default
collector would not see them.

Where an old name is right (历史沿革, the reform's own news) differs from office to office:
each lists those pages in ``outside-exempt.txt`` beside its config, one URL prefix a line.
That list is a run fixture made by the same factory code and kept in a list too, so
``rulekit_collect_fixtures`` returns it: read once per run, however many rules and pages.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

import rulekit

RULEKIT_API = "1"
LIST = Path(__file__).with_name("old_names.tsv")
EXEMPT_FILE = "outside-exempt.txt"
#: how often the exemption list was read, for the tests
READ: list[Path | None] = []


@dataclass(frozen=True)
class Renamed:
    slug: str
    old: str
    new: str
    since: dt.date


def read_list(path: Path) -> list[Renamed]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        slug, old, new, since = (cell.strip() for cell in line.split("\t"))
        entries.append(Renamed(slug, old, new, dt.date.fromisoformat(since)))
    return entries


def _is_history(text: str, at: int) -> bool:
    """``原国土资源局``, ``原县国土资源局``: naming the old agency as such is right."""
    return "原" in text[max(0, at - 3):at]


def make_rule(entry: Renamed) -> rulekit.Rule:
    def check(page, old_name_exempt):
        if any(page.url.startswith(prefix) for prefix in old_name_exempt):
            return
        if page.pub_date is not None and page.pub_date < entry.since:
            return  # written before the change: the name was right then
        norm = page.normalized
        at = norm.text.find(entry.old)
        while at >= 0 and _is_history(norm.text, at):
            at = norm.text.find(entry.old, at + 1)
        if at < 0:
            return
        start, end = norm.original_span(at, at + len(entry.old))
        yield rulekit.Problem(
            message=f"页面仍使用机构改革前名称“{entry.old}”"
                    f"（{entry.since.year}年{entry.since.month}月起为“{entry.new}”）",
            evidence=page.text[max(0, start - 20):end + 20], key=entry.old)

    check.__doc__ = (f"Pages published after {entry.since.isoformat()} name the agency "
                     f"{entry.new}, not {entry.old}.")
    return rulekit.rule(f"outside.old-name-{entry.slug}",
                        title=f"页面仍使用机构改革前名称“{entry.old}”", severity="warning",
                        source="本省政府网站检查细则：机构名称应与机构改革后一致")(check)


def make_exemptions() -> rulekit.Fixture:
    def old_name_exempt(config):
        """The URL prefixes of the pages where an old agency name is right."""
        path = Path(config.path).parent / EXEMPT_FILE if config.path else None
        READ.append(path)
        if path is None or not path.is_file():
            return ()
        prefixes = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if not line.startswith(("http://", "https://")):
                raise ValueError(f"{EXEMPT_FILE}第{number}行不是网址：{line}")
            prefixes.append(line)
        return tuple(prefixes)

    return rulekit.fixture(old_name_exempt)


RULES = [make_rule(entry) for entry in read_list(LIST)]
FIXTURES = [make_exemptions()]


@rulekit.hookimpl
def rulekit_collect_rules(plugin):
    if plugin is not sys.modules[__name__]:
        return None  # called for every plugin: the others' rules are theirs to give
    return RULES


@rulekit.hookimpl
def rulekit_collect_fixtures(plugin):
    if plugin is not sys.modules[__name__]:
        return None
    return FIXTURES
