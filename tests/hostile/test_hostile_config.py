"""Hostile configs: unsafe YAML tags, alias bombs, unknown keys, paths that escape.

A config may come from someone else (a province's template, a CI variable); loading it must
never run code, never take unbounded time or memory, and, with ``confine``, never let it
point the run at files outside its own folder.
"""

from __future__ import annotations

import os
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from rulekit.cli import main
from rulekit.config import load
from rulekit.engine import Engine
from rulekit.errors import ConfigError


def _config(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.mark.parametrize("tag", [
    "!!python/object/apply:os.system [\"touch {marker}\"]",
    "!!python/object/new:subprocess.Popen [[\"touch\", \"{marker}\"]]",
    "!!python/name:os.system",
    "!!python/module:os",
    "!!python/object:collections.OrderedDict {{}}",
    "!include /etc/passwd",
])
def test_unsafe_yaml_tags_are_refused_and_never_run(tmp_path: Path, tag: str) -> None:
    marker = tmp_path / "pwned"
    path = _config(tmp_path, f"as_of: 2022-05-31\nsites: {tag.format(marker=marker)}\n")
    with pytest.raises(ConfigError, match=r"config\.yaml:2: .*(unsafe|tag)"):
        load(path)
    assert not marker.exists()


def _laughs(levels: int, width: int = 10) -> str:
    lines = ["as_of: 2022-05-31", "x0: &a0 [" + ", ".join(['"lol"'] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"x{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    lines.append(f"plugins: *a{levels - 1}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("levels", "width"), [(9, 10), (4, 60), (30, 2)])
def test_anchors_that_expand_without_bound_are_refused_quickly(
        tmp_path: Path, levels: int, width: int) -> None:
    path = _config(tmp_path, _laughs(levels, width))
    started = time.perf_counter()
    with pytest.raises(ConfigError, match=r"config\.yaml:\d+: .*(expand|aliases)"):
        load(path)
    assert time.perf_counter() - started < 2


def test_a_recursive_anchor_is_refused(tmp_path: Path) -> None:
    path = _config(tmp_path, "as_of: 2022-05-31\nplugins: &a [x, *a]\n")
    with pytest.raises(ConfigError, match=r"config\.yaml:2: .*itself"):
        load(path)


def test_modest_aliases_are_still_fine(tmp_path: Path) -> None:
    path = _config(tmp_path, """\
        as_of: 2022-05-31
        sites:
          - {name: 甲, export: a, columns: &cols [{name: 行政处罚, type: penalty, match: /x/}]}
          - {name: 乙, export: b, columns: *cols}
        """)
    config = load(path)
    assert config.sites[0].columns == config.sites[1].columns != ()


@pytest.mark.parametrize(("text", "line", "wrong", "hint"), [
    ("as_of: 2022-05-31\nsite:\n  - {name: a, export: b}\n", 2, "site", "sites"),
    ("as_of: 2022-05-31\nsites:\n  - name: a\n    exprot: b\n", 4, "exprot", "export"),
    ("as_of: 2022-05-31\nnewmedia:\n  inventroy: a.csv\n", 3, "inventroy", "inventory"),
    ("as_of: 2022-05-31\nrules:\n  selct: [privacy]\n", 3, "selct", "select"),
    ("as_of: 2022-05-31\nsites:\n  - name: a\n    export: b\n    columns:\n"
     "      - {mach: /x/}\n", 6, "mach", "match"),
])
def test_unknown_keys_are_refused_with_line_and_nearest_key(
        tmp_path: Path, text: str, line: int, wrong: str, hint: str) -> None:
    path = _config(tmp_path, text)
    with pytest.raises(ConfigError) as info:  # the sections of input plugins: once loaded
        Engine(load(path))
    message = str(info.value)
    assert f"config.yaml:{line}:" in message
    assert f"unknown key {wrong!r} (did you mean {hint!r}?)" in message


@pytest.mark.parametrize("value", ["\"a\\0b\"", "\"" + "x" * 5000 + "\""])
def test_unusable_paths_are_config_errors_not_tracebacks(tmp_path: Path, value: str) -> None:
    path = _config(tmp_path, f"as_of: 2022-05-31\nsites:\n  - name: a\n    export: {value}\n")
    with pytest.raises(ConfigError, match=r"config\.yaml:4: sites\.0\.export: .*not a usable"):
        load(path)
    result = CliRunner().invoke(main, ["run", str(path)])
    assert result.exit_code == 2 and "Traceback" not in result.output


# --------------------------------------------------------------------------- confinement


def _paths_config(folder: Path, *, export: str = "site", inventory: str = "accounts.csv",
                  posts: str = "posts.csv", registry: str = "registry.csv",
                  plugin: str = "local_rules.py") -> Path:
    return _config(folder, f"""\
        as_of: 2022-05-31
        sites:
          - name: 示例县
            export: {export}
        newmedia:
          inventory: {inventory}
          posts: {posts}
          registry: {registry}
        plugins: [{plugin}, rulekit_national.privacy]
        """)


def test_paths_inside_the_folder_are_allowed_when_confined(tmp_path: Path) -> None:
    folder = tmp_path / "cfg"
    (folder / "sub").mkdir(parents=True)
    (folder / "link").symlink_to(folder / "sub")  # a symlink that stays inside
    config = load(_paths_config(folder, export="link/../site", inventory="link/a.csv"),
                  confine=True)
    assert config.sites[0].export == (folder / "site").resolve()
    inventory = config.resolve_path(config.sections["newmedia"]["inventory"],
                                    ("newmedia", "inventory"))
    assert inventory == (folder / "sub" / "a.csv").resolve()
    assert config.plugins == [str((folder / "local_rules.py").resolve()),
                              "rulekit_national.privacy"]  # module names are not paths


@pytest.mark.parametrize(("key", "line", "field"), [
    ("export", 4, "sites.0.export"),
    ("inventory", 6, "newmedia.inventory"),
    ("posts", 7, "newmedia.posts"),
    ("registry", 8, "newmedia.registry"),
    ("plugin", 9, "plugins.0"),
])
@pytest.mark.parametrize("escape", ["../outside", "/etc/passwd", "~/x", "link_out/x",
                                    "sub/../../outside"])
def test_paths_that_escape_are_refused_when_confined(
        tmp_path: Path, key: str, line: int, field: str, escape: str) -> None:
    folder = tmp_path / "cfg"
    (folder / "sub").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (folder / "link_out").symlink_to(tmp_path / "elsewhere")  # inside by name, outside really
    if key == "plugin":
        escape = escape + ".py"
    (folder / "local_rules.py").write_text("", encoding="utf-8")  # the plugin the config names
    path = _paths_config(folder, **{key: escape})
    with pytest.raises(ConfigError) as info:  # an input plugin's paths: once it is loaded
        Engine(load(path, confine=True))
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: {field}: ")
    assert "outside the config's folder" in message
    load(path)  # not confined: the same config is accepted, as before


def test_confinement_follows_symlinks_of_the_config_folder_itself(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "alias").symlink_to(real)
    path = _paths_config(tmp_path / "alias")
    config = load(path, confine=True)  # the folder reached through a link is still the folder
    assert config.sites[0].export.name == "site"


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_a_symlinked_export_pointing_out_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "cfg"
    folder.mkdir()
    (folder / "site").symlink_to("/")
    with pytest.raises(ConfigError, match="outside the config's folder"):
        load(_paths_config(folder), confine=True)
