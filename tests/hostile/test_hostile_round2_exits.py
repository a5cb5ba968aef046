"""No crash exits 1: a bad name is an input finding, a bug of rulekit exits 4, a report that
cannot be written exits 2, and nothing a library prints reaches standard error unmasked."""

from __future__ import annotations

import os
from pathlib import Path

import corpus
import pytest
from click.testing import CliRunner

from rulekit.cli import EXIT_INTERNAL, main
from rulekit.config import load
from rulekit.engine import Engine

SECRET = corpus.make_id(400)


def _export(root: Path) -> Path:
    corpus.build_mirror(root, (corpus.good_page,))
    return corpus.write_config(root)


def test_dangling_symlink_with_an_undecodable_name_is_named_and_the_run_goes_on(
        tmp_path: Path) -> None:
    config = _export(tmp_path)
    site = os.fsencode(tmp_path / "site")
    os.symlink(b"/nonexistent/target", os.path.join(site, b"bad\xff.html"))
    os.symlink(b"nowhere\xfe", os.path.join(site, b"bad\xfe2.html"))
    result = CliRunner().invoke(main, ["run", str(config), "--format", "json"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "bad\\\\xff.html" in result.stdout and "bad\\\\xfe2.html" in result.stdout
    assert corpus.masked(corpus.make_id(1)) in result.stdout  # the good page still checked


def test_an_internal_error_exits_4_with_one_line_never_1(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    config = _export(tmp_path)

    def broken(self: Engine) -> None:
        raise KeyError(f"state for {SECRET}")

    monkeypatch.setattr(Engine, "run", broken)
    result = CliRunner().invoke(main, ["run", str(config)])
    assert result.exit_code == EXIT_INTERNAL
    assert "Traceback" not in result.stderr
    assert "internal error" in result.stderr and "KeyError" in result.stderr
    assert SECRET not in result.stderr and corpus.masked(SECRET) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("where", ["file", "proc"])
def test_a_report_that_cannot_be_written_exits_2_naming_the_path(tmp_path: Path,
                                                                 where: str) -> None:
    config = _export(tmp_path)
    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    target = (tmp_path / "plain.txt" / "report.json" if where == "file"
              else Path("/proc/rulekit-report/report.json"))
    result = CliRunner().invoke(main, ["run", str(config), "-o", str(target)])
    assert result.exit_code == 2
    assert str(target) in result.stderr and "Traceback" not in result.stderr


def test_output_onto_a_symlink_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    config = _export(tmp_path)
    real = tmp_path / "reports" / "latest.txt"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "report.txt"
    link.symlink_to(real)
    result = CliRunner().invoke(main, ["run", str(config), "-o", str(link)])
    assert result.exit_code == 1
    assert link.is_symlink() and "监测时间点" in real.read_text(encoding="utf-8")


def test_library_warnings_and_log_lines_are_masked_on_stderr(tmp_path: Path) -> None:
    plugin = tmp_path / "noisy.py"
    plugin.write_text(
        "import logging, warnings\nimport rulekit\n\n"
        "@rulekit.rule('county.noisy', title='x', scope='page')\n"
        "def noisy(page):\n"
        f"    warnings.warn('Page resources are not a dictionary: {SECRET}')\n"
        f"    logging.getLogger('pypdf').warning('bad xref near \\n{SECRET}')\n"
        "    return []\n", encoding="utf-8")
    config = _export(tmp_path)
    result = CliRunner().invoke(main, ["run", str(config), "-p", str(plugin)])
    assert result.exit_code == 1, result.output
    assert SECRET not in result.stderr and corpus.masked(SECRET) in result.stderr
    assert all(line.startswith("rulekit") for line in result.stderr.splitlines() if line)


def test_confine_paths_refuses_a_module_plugin_from_outside_without_importing_it(
        tmp_path: Path) -> None:
    config = _export(tmp_path)
    config.write_text(config.read_text(encoding="utf-8") + "plugins: [this]\n",
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(config), "--confine-paths", "--format",
                                       "json"])
    assert result.exit_code == 2
    assert "module 'this'" in result.stderr and "confined" in result.stderr
    assert "Beautiful is better" not in result.stdout  # nothing was imported
    config.write_text(config.read_text(encoding="utf-8").replace(
        "[this]", "[rulekit_national.privacy]"), encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(config), "--confine-paths"])
    assert result.exit_code == 1  # an installed rulekit plugin is allowed


def test_the_config_limits_reach_the_table_readers(tmp_path: Path) -> None:
    config = _export(tmp_path)
    rows = ["账号类型,账号名称,最近更新时间"] + [f"微信公众号,示例{i},2022-05-30" for i in range(6)]
    (tmp_path / "accounts.csv").write_text("\n".join(rows), encoding="utf-8")
    config.write_text(config.read_text(encoding="utf-8")
                      + "newmedia:\n  inventory: accounts.csv\nlimits: {records: 3}\n",
                      encoding="utf-8")
    engine = Engine(load(config))
    result = engine.run()
    assert result.summary.accounts == 3
    assert any(f.rule == "input" and "reading stopped after 3" in f.message
               for f in result.findings)


def test_config_errors_echo_no_value_unmasked(tmp_path: Path) -> None:
    config = tmp_path / "c.yaml"
    hidden = SECRET[:4] + "\u200b" + SECRET[4:]
    config.write_text(f'as_of: 2022-05-31\nrules:\n  options:\n    newmedia.silence: '
                      f'{{max_days: "{hidden}"}}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(config)])
    assert result.exit_code == 2 and "max_days" in result.stderr
    squashed = result.stderr.replace("\\u200b", "").replace("\u200b", "")
    assert SECRET not in squashed and corpus.masked(SECRET) in squashed
