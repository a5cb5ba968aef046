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
from importlib import resources
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
# The templates are package data (rulekit/templates/plugin). Placeholders are spelled
# __LIKE_THIS__ so the templates can hold f-strings and braces as they will be written; a
# fixture named *.gbk.html is written encoded as GBK, as such pages are served.

TEMPLATES = resources.files("rulekit") / "templates" / "plugin"


def _template(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def _fill(template: str, n: PluginNames) -> str:
    for key, value in (("__DIST__", n.distribution), ("__PACKAGE__", n.package),
                       ("__RULE_ID__", n.rule_id), ("__AREA__", n.area), ("__NAME__", n.name)):
        template = template.replace(key, value)
    return template


def _files(n: PluginNames) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "pyproject.toml": _fill(_template("pyproject.toml.tmpl"), n),
        "README.md": _fill(_template("README.md.tmpl"), n),
        f"src/{n.package}/__init__.py": _fill(_template("package_init.py.tmpl"), n),
        f"tests/test_{n.package}.py": _fill(_template("test_package.py.tmpl"), n),
        ".gitignore": _template("gitignore.tmpl"),
    }
    for fixture in sorted((TEMPLATES / "fixtures").iterdir(), key=lambda f: f.name):
        name = fixture.name.removesuffix(".tmpl")
        text = _fill(fixture.read_text(encoding="utf-8"), n)
        if name.endswith(".gbk.html"):
            files[f"tests/fixtures/{name.replace('.gbk.html', '.html')}"] = text.encode("gbk")
        else:
            files[f"tests/fixtures/{name}"] = text
    return files
