"""``rulekit new-plugin``: write a province's plugin package, ready to install, test and ship.

A province developer should not have to learn setuptools, pluggy and pytest before writing
the first check. The command writes a package that installs with ``pip install -e``, shows
up in ``rulekit rules``, has one realistic rule written the rulekit way and tests that pass
as generated, so the first edit is to the rule itself. ``docs/writing-plugins.md`` walks
through what comes next.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import click

from rulekit.rules import RULE_ID

#: A plugin name: lower-case ASCII words joined by ``-`` (``shaanxi-rules``, ``xian-county``).
NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
#: Words at the end of a name that say "this is a plugin", not which area its rules cover.
GENERIC_SUFFIXES = ("rules", "rule", "plugin", "plugins", "checks", "rulekit")
#: Areas and package names rulekit itself uses: a plugin taking them would shadow or be
#: confused with the national rules and the engine's own findings.
RESERVED = frozenset({"national", "privacy", "newmedia", "downloads", "input", "plugin",
                      "testing", "rulekit"})


class ScaffoldError(ValueError):
    """The plugin cannot be created as asked (bad name, target folder in use)."""


@dataclass(frozen=True)
class PluginNames:
    """Every name a plugin package needs, derived from the one the developer chose."""

    name: str  # the entry-point name, shown by ``rulekit rules`` as the rule's plugin
    distribution: str  # what ``pip install`` and ``pip list`` call it
    package: str  # the import package under src/
    area: str  # the first part of every rule id
    rule_id: str  # the example rule


def plugin_names(name: str, area: str | None = None) -> PluginNames:
    """Derive distribution, package, area and rule id from NAME; refuse names that cannot work.

    ``shaanxi-rules`` gives ``rulekit-shaanxi-rules``, ``rulekit_shaanxi_rules`` and rules
    under ``shaanxi.``; a leading ``rulekit-`` is accepted and not doubled.
    """
    raw = name
    name = name.strip().replace("_", "-")
    if name.startswith("rulekit-"):
        name = name[len("rulekit-"):]
    if not NAME.match(name):
        raise ScaffoldError(
            f"plugin name {raw!r} must be lower-case ASCII letters and digits joined by '-', "
            "starting with a letter (for example 'shaanxi-rules' or 'xian-county'); "
            "write a place name in pinyin")
    words = name.split("-")
    while len(words) > 1 and words[-1] in GENERIC_SUFFIXES:
        words.pop()
    derived = "-".join(words)
    area = derived if area is None else area.strip()
    if not re.match(r"^[a-z][a-z0-9_-]*$", area):
        raise ScaffoldError(f"rule area {area!r} must be lower case, like 'shaanxi'")
    for reserved in (name, area):
        if reserved in RESERVED:
            raise ScaffoldError(
                f"{reserved!r} is used by rulekit itself; choose a name that says whose rules "
                f"these are (for example '{reserved}-shaanxi' or 'shaanxi-rules')")
    rule_id = f"{area}.footer-hotline"
    if not RULE_ID.match(rule_id):  # pragma: no cover - the checks above guarantee it
        raise ScaffoldError(f"rule id {rule_id!r} is not valid")
    return PluginNames(name=name, distribution=f"rulekit-{name}",
                       package="rulekit_" + name.replace("-", "_"), area=area,
                       rule_id=rule_id)


def create_plugin(name: str, directory: Path, *, area: str | None = None) -> Path:
    """Write the plugin package NAME into ``directory/NAME`` and return that folder.

    An existing empty folder is used; a non-empty one is refused rather than overwritten,
    since it is most likely an earlier plugin with edits in it.
    """
    names = plugin_names(name, area)
    target = Path(directory) / name.strip()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ScaffoldError(f"{target} already exists and is not empty; choose another --dir "
                            "or name, or remove it")
    files = _files(names)
    for rel, content in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return target


@click.command("new-plugin")
@click.argument("name")
@click.option("--dir", "directory", type=click.Path(file_okay=False), default=".",
              show_default=True, help="Folder to create the plugin in; it is written to DIR/NAME.")
@click.option("--area", default=None,
              help="First part of the rule ids (default: NAME without '-rules', like 'shaanxi').")
def new_plugin(name: str, directory: str, area: str | None) -> None:
    """Create an installable plugin package NAME with one example rule and its tests.

    NAME like 'shaanxi-rules' gives the distribution 'rulekit-shaanxi-rules', the package
    'rulekit_shaanxi_rules' and rule ids such as 'shaanxi.footer-hotline'.
    """
    try:
        target = create_plugin(name, Path(directory), area=area)
    except (ScaffoldError, OSError) as exc:
        click.echo(f"rulekit: error: {exc}", err=True)
        sys.exit(2)
    names = plugin_names(name, area)
    click.echo(f"created {target}/ ({names.distribution}, package {names.package}, "
               f"rule {names.rule_id})")
    click.echo("next:")
    click.echo(f"  pip install -e '{target}[test]'")
    click.echo(f"  rulekit rules | grep {names.area}.")
    click.echo(f"  cd {target} && python -m pytest -q && rulekit test tests/fixtures")
    click.echo("then edit the rule in "
               f"{target / 'src' / names.package / '__init__.py'} (docs/writing-plugins.md)")


# -- the files -------------------------------------------------------------------------------
# Placeholders are spelled __LIKE_THIS__ so the templates can hold f-strings and braces as
# they will be written.

PYPROJECT = '''\
[build-system]
requires = ["setuptools>=64"]
build-backend = "setuptools.build_meta"

[project]
name = "__DIST__"
version = "0.1.0"
description = "__AREA__ rules for rulekit (government website and new-media checks)"
readme = "README.md"
requires-python = ">=3.10"
# Install rulekit first: an unrelated project uses the name "rulekit" on PyPI from 2.0 on.
dependencies = ["rulekit>=0.1,<2"]

[project.optional-dependencies]
test = ["pytest"]

# This line is what makes rulekit find the rules: the group is "rulekit.plugins", the name is
# the plugin name `rulekit rules` shows, the value the module that holds the rules.
[project.entry-points."rulekit.plugins"]
__NAME__ = "__PACKAGE__"

[tool.setuptools.packages.find]
where = ["src"]

[tool.pytest.ini_options]
testpaths = ["tests"]
pythonpath = ["src"]

[tool.ruff]
line-length = 100
'''

INIT = '''\
"""__AREA__ rules for rulekit: the local checks, run beside the national ones.

Each rule is a plain function decorated with ``@rulekit.rule``; rulekit finds every one in
this module through the ``rulekit.plugins`` entry point in pyproject.toml.
"""

from __future__ import annotations

import re

import rulekit

#: The rulekit plugin API this package is written for; rulekit refuses another major version.
RULEKIT_API = "1"


@rulekit.rule(
    "__RULE_ID__",
    title="页面底部未公布12345政务服务便民热线",
    severity="error",
    scope="page",
    source="《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》（国办发〔2020〕53号）；"
           "本地检查细则：网站各页面底部公布12345政务服务便民热线（示例，换成本地文件的条目）",
    options={
        "number": {"type": "string", "pattern": "^[0-9]{3,8}$", "default": "12345",
                   "description": "the hotline number every page must show"},
        "footer_chars": {"type": "integer", "minimum": 0, "default": 500,
                         "description": "how much of the end of the page counts as its footer "
                                        "(0: the whole page)"},
    },
)
def footer_hotline(page, options):
    """Every web page shows the 12345 government service hotline in its footer. The last
    ``footer_chars`` characters of the page's normalised text count as the footer;
    full-width digits (１２３４５) count, a longer number that merely contains 12345 does not.

    ## Why
    Since the local hotlines were merged into 12345 (国办发〔2020〕53号), inspections
    check that every page tells the public where to call.

    ## Example
    ```html
    <div class="footer">主办单位：示例县人民政府办公室 联系电话：0931-8765432</div>
    ```

    ## Use instead
    ```html
    <div class="footer">主办单位：示例县人民政府办公室 政务服务便民热线：１２３４５</div>
    ```
    """
    text = page.normalized.text  # NFKC: full-width digits are ASCII here
    if options["footer_chars"]:
        text = text[-options["footer_chars"]:]
    number = options["number"]
    shown = re.search(rf"(?<![0-9]){re.escape(number)}(?![0-9])", text)
    assert shown, f"页面底部未公布{number}政务服务便民热线"
'''

TESTS = '''\
"""Tests of __PACKAGE__, with rulekit's pytest fixtures (make_page, run_rule).

rulekit registers the fixtures itself (a pytest11 entry point): nothing to import for them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rulekit import fixtures
from rulekit.explain import example
from rulekit.testing import engine, rule_ids

import __PACKAGE__ as plugin

RULE = "__RULE_ID__"
NAV = '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>'
FOOTER = ('<div class="footer">主办单位：示例县人民政府办公室 网站标识码：6201000001 '
          "{hotline}</div>")


def test_page_without_hotline_is_reported(make_page, run_rule):
    page = make_page(NAV + "<p>正文</p>" + FOOTER.format(hotline="联系电话：0931-8765432"))
    findings = run_rule(RULE, page=page, plugin=plugin)
    assert [f.message for f in findings] == ["页面底部未公布12345政务服务便民热线"]


def test_full_width_digits_count(make_page, run_rule):
    page = make_page(NAV + "<p>正文</p>" + FOOTER.format(hotline="政务服务便民热线：１２３４５"))
    assert run_rule(RULE, page=page, plugin=plugin) == []


def test_gbk_page(make_page, run_rule):
    page = make_page(NAV + "<table><tr><td>事项</td><td>电话</td></tr></table>"
                     + FOOTER.format(hotline="便民热线：12345"), encoding="gbk")
    assert page.decoded.encoding in {"gbk", "gb2312", "gb18030"}
    assert run_rule(RULE, page=page, plugin=plugin) == []


def test_a_longer_number_is_not_the_hotline(make_page, run_rule):
    page = make_page(FOOTER.format(hotline="传真：0931-8123456"))
    assert rule_ids(run_rule(RULE, page=page, plugin=plugin)) == [RULE]


def test_number_option(make_page, run_rule):
    page = make_page(FOOTER.format(hotline="服务热线：96123"))
    assert run_rule(RULE, page=page, plugin=plugin, options={"number": "96123"}) == []


def test_docstring_examples_behave():
    """The rule's ## Example is reported and its ## Use instead is not (`rulekit explain`)."""
    eng = engine(RULE, plugins=[plugin])
    rule = next(r for r in eng.all_rules if r.id == RULE)
    for heading, reported in (("example", True), ("use instead", False)):
        code = example(rule, heading).code
        found = fixtures.check(fixtures.parse(code.encode("utf-8")), eng).findings
        assert (RULE in rule_ids(found)) is reported, (heading, [f.message for f in found])


# The annotated pages under tests/fixtures/ are what `rulekit test tests/fixtures` checks;
# checking them here too keeps them right in every pytest run.
FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_annotated_fixture(path):
    fixture = fixtures.parse(path.read_bytes(), path)
    eng = engine(sorted(fixtures.rules_named([fixture])), plugins=[plugin])
    outcome = fixtures.check(fixture, eng)
    assert outcome.passed, outcome.problems
'''

README = '''\
# __DIST__

__AREA__ rules for rulekit, the checker of government websites and new-media accounts.
rulekit loads them through the `rulekit.plugins` entry point; nothing in rulekit has to change.

| id | finds |
| --- | --- |
| `__RULE_ID__` | 页面底部未公布12345政务服务便民热线 (option `number`, default `12345`; `footer_chars`, default 500) |

## Install

Install rulekit first (from your office's copy: an unrelated project uses the name
`rulekit` on PyPI), then this package:

```sh
pip install /path/to/rulekit
pip install -e '.[test]'
rulekit rules | grep __AREA__.      # __RULE_ID__ ... [__NAME__]
```

## Run

The rules run with the national ones in every `rulekit run`:

```sh
rulekit run config.yaml
rulekit run config.yaml --select __AREA__        # only this package's rules
```

Options go in the config, checked against each rule's schema:

```yaml
rules:
  options:
    __RULE_ID__: {number: "12345", footer_chars: 500}
```

## Test

```sh
python -m pytest -q
rulekit test tests/fixtures     # the annotated pages (the installed plugin's rules)
```

`tests/test___PACKAGE__.py` uses rulekit's pytest fixtures (`make_page`, `run_rule`).
`tests/fixtures/*.html` are whole pages annotated with what they must give:

```html
<!-- rulekit: url http://www.example.gov.cn/zwgk/t20220501_1.html -->
<!-- rulekit: expect __RULE_ID__ -->     (or: ok __RULE_ID__)
```

## Add a rule

Add a function to `src/__PACKAGE__/__init__.py` (or to a module it imports):

```python
@rulekit.rule("__AREA__.my-check", title="中文标题，按通报用语", scope="page",
              source="the document and article this check comes from")
def my_check(page, options):
    """What it checks, in one sentence.

    ## Why
    ## Example
    ## Use instead
    """
    assert "某某" in page.normalized.text, "页面未……"
```

Ask for `page` (or `site`, `account`, `posts`, `registry`, `options`, `as_of` ...) by parameter
name; `assert` for a pass/fail check, `yield rulekit.Problem(message, evidence=..., key=...)`
for several problems per page. Write a failing and a passing test, and an annotated fixture,
for every rule. See rulekit's `docs/writing-plugins.md`.
'''

NAV_HTML = ('<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> '
            '<a href="/bsfw/">办事服务</a> <a href="/hdjl/">互动交流</a></div>')


def _page(title: str, charset: str, body: str, footer: str, notes: list[str]) -> str:
    head = "\n".join(f"<!-- rulekit: {note} -->" for note in notes)
    return f"""\
{head}
<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="SiteName" content="示例县人民政府">
<meta name="SiteIDCode" content="6201000001">
<meta name="ColumnName" content="通知公告">
<title>{title}_示例县人民政府</title>
</head><body>
{NAV_HTML}
<div class="content">
<h1>{title}</h1>
<p>发布时间：2022-05-12 来源：县政府办公室</p>
{body}
</div>
<div class="footer">
<p>主办单位：示例县人民政府办公室 承办单位：示例县融媒体中心</p>
<p>网站标识码：6201000001 陇ICP备12000001号 {footer}</p>
</div>
</body></html>
"""


def _fixtures(n: PluginNames) -> dict[str, str | bytes]:
    table = ("<table><tr><th>事项</th><th>受理地点</th><th>电话</th></tr>"
             "<tr><td>居民医保缴费</td><td>县政务服务中心</td><td>0931-8765432</td></tr></table>")
    base = "http://www.example.gov.cn/zwgk/tzgg/202205/"
    missing = _page("关于2022年城乡居民医保缴费的通知", "utf-8",
                    "<p>请于6月30日前完成缴费。</p>" + table, "联系电话：0931-8765432",
                    [f"url {base}t20220512_1.html", f"expect {n.rule_id}"])
    full_width = _page("关于开展政务服务满意度调查的公告", "utf-8",
                       "<p>欢迎广大群众参与。</p>", "政务服务便民热线：１２３４５",
                       [f"url {base}t20220512_2.html", f"ok {n.rule_id}"])
    gbk = _page("关于调整办事大厅工作时间的通知", "gb2312",
                "<p>夏季工作时间自6月1日起执行。</p>" + table, "便民热线：12345",
                [f"url {base}t20220512_3.html", f"ok {n.rule_id}"])
    return {
        "hotline-missing.html": missing,
        "hotline-full-width.html": full_width,
        "hotline-gbk.html": gbk.encode("gbk"),
    }


def _fill(template: str, n: PluginNames) -> str:
    for key, value in (("__DIST__", n.distribution), ("__PACKAGE__", n.package),
                       ("__RULE_ID__", n.rule_id), ("__AREA__", n.area), ("__NAME__", n.name)):
        template = template.replace(key, value)
    return template


def _files(n: PluginNames) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "pyproject.toml": _fill(PYPROJECT, n),
        "README.md": _fill(README, n),
        f"src/{n.package}/__init__.py": _fill(INIT, n),
        f"tests/test_{n.package}.py": _fill(TESTS, n),
        ".gitignore": "__pycache__/\n*.egg-info/\nbuild/\ndist/\n.venv/\n.pytest_cache/\n",
    }
    files.update({f"tests/fixtures/{k}": v for k, v in _fixtures(n).items()})
    return files
