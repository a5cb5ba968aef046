"""Config loading: safe YAML, JSON Schema errors with file and line, path resolution."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from rulekit.config import load, parse
from rulekit.errors import ConfigError


def write(tmp_path, text: str):
    path = tmp_path / "config.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_minimal_config_paths_resolve_from_config_folder(tmp_path):
    path = write(tmp_path, """\
        as_of: 2022-05-31
        sites:
          - name: 示例县人民政府
            export: exports/county
            columns:
              - {name: 政策文件, type: policy, match: "/zwgk/zcwj/"}
        newmedia:
          inventory: newmedia/accounts.csv
        """)
    cfg = load(path)
    assert cfg.as_of == dt.date(2022, 5, 31) and cfg.as_of_given
    assert cfg.sites[0].export == (tmp_path / "exports/county").resolve()
    # an input plugin's section is kept as written; its paths resolve from the same folder
    inventory = cfg.resolve_path(cfg.sections["newmedia"]["inventory"], ("newmedia", "inventory"))
    assert inventory == (tmp_path / "newmedia/accounts.csv").resolve()
    assert cfg.sites[0].column_for("http://x.gov.cn/zwgk/zcwj/2022/t1.html").type == "policy"


def test_as_of_defaults_to_today_and_says_so():
    cfg = parse("sites: []\n", today=dt.date(2030, 1, 2))
    assert cfg.as_of == dt.date(2030, 1, 2) and not cfg.as_of_given


def test_unknown_key_names_line_and_suggests(tmp_path):
    path = write(tmp_path, """\
        as_of: 2022-05-31
        rules:
          selct: [privacy]
        """)
    with pytest.raises(ConfigError) as err:
        load(path)
    message = str(err.value)
    assert f"{path}:3" in message
    assert "did you mean 'select'" in message


def test_wrong_type_names_key_and_line(tmp_path):
    path = write(tmp_path, """\
        as_of: 2022-05-31
        sites:
          - name: 示例县
            export: 12
        """)
    with pytest.raises(ConfigError, match=r"config.yaml:4: sites.0.export: 12 is not of type"):
        load(path)


def test_bad_date(tmp_path):
    path = write(tmp_path, "as_of: 2022-13-45\n")
    with pytest.raises(ConfigError, match="as_of"):
        load(path)


def test_unsafe_yaml_tag_refused(tmp_path):
    path = write(tmp_path, "as_of: !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(ConfigError, match=r"config.yaml:1: unsafe or unknown YAML tag"):
        load(path)


def test_alias_bomb_refused_quickly(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 30):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 9) + "]")
    path = write(tmp_path, "\n".join(lines) + "\n")
    with pytest.raises(ConfigError, match="aliases"):
        load(path)


def test_missing_file():
    with pytest.raises(ConfigError, match="not found"):
        load("/nonexistent/config.yaml")


def test_invalid_yaml_line(tmp_path):
    path = write(tmp_path, "as_of: 2022-05-31\nsites: [\n")
    with pytest.raises(ConfigError, match=r"config.yaml:\d+"):
        load(path)
