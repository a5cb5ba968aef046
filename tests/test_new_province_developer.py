"""Not done until a new province developer gets from nothing to a finding, following the docs.

docs/writing-plugins.md, step by step, in a fresh virtual environment (no system packages):
install rulekit from this checkout, ``rulekit new-plugin``, ``pip install -e`` the plugin,
see its rule in ``rulekit rules``, run its generated tests and fixtures, and run it over a
small site export, getting exactly the one finding it should, on the right page.

One venv serves every step, so the test costs one rulekit install and one plugin install.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from rulekit.cli import main
from rulekit.scaffold import plugin_names

#: The checkout this test belongs to: what the developer installs rulekit from.
CHECKOUT = Path(__file__).resolve().parents[1]
BASE_URL = "http://www.example-county.gov.cn/"
MISSING = "zwgk/tzgg/202205/t20220512_1.html"
GBK_PAGE = "zwgk/tzgg/202205/t20220516_2.html"
#: Setuptools usable without build isolation: rulekit asks for >= 68, and before 70.1 it
#: needs the separate ``wheel`` package to build wheels.
CAN_BUILD_IN_PLACE = """\
import importlib.util, sys
import setuptools
version = tuple(int(p) for p in setuptools.__version__.split(".")[:2] if p.isdigit())
ok = version >= (68, 0) and (version >= (70, 1) or importlib.util.find_spec("wheel"))
sys.exit(0 if ok else 1)
"""


def page(title: str, footer: str, charset: str) -> str:
    return textwrap.dedent(f"""\
        <!DOCTYPE html>
        <html><head>
        <meta http-equiv="Content-Type" content="text/html; charset={charset}">
        <meta name="SiteName" content="示例县人民政府">
        <meta name="ColumnName" content="通知公告">
        <meta name="ArticleTitle" content="{title}">
        <title>{title}_示例县人民政府</title>
        </head><body>
        <div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>
        <div class="article"><h1>{title}</h1><p>发布时间：2022-05-12</p>
        <table><tr><th>事项</th><th>地点</th></tr><tr><td>医保缴费</td><td>政务服务中心</td></tr>
        </table></div>
        <div class="footer"><p>主办单位：示例县人民政府办公室</p>
        <p>网站标识码：6201000001 陇ICP备12000001号 {footer}</p></div>
        </body></html>
        """)


class Developer:
    """Runs the documented commands in the fresh venv, failing with their output."""

    def __init__(self, venv: Path, work: Path) -> None:
        self.bin = venv / ("Scripts" if os.name == "nt" else "bin")
        self.work = work
        self.env = {k: v for k, v in os.environ.items()
                    if k not in {"PYTHONPATH", "PYTHONHOME", "PYTEST_ADDOPTS", "PYTEST_PLUGINS",
                                 "PIP_REQUIRE_VIRTUALENV", "PIP_USER"}}
        self.env["VIRTUAL_ENV"] = str(venv)
        self.env["PATH"] = str(self.bin) + os.pathsep + os.environ.get("PATH", "")
        self.env["PYTHONIOENCODING"] = "utf-8"

    def run(self, *args: str, cwd: Path | None = None, expect: int | None = 0,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
        exe = str(self.bin / args[0]) if (self.bin / args[0]).exists() else args[0]
        proc = subprocess.run([exe, *args[1:]], cwd=cwd or self.work, env=self.env,
                              capture_output=True, text=True, encoding="utf-8",
                              timeout=timeout)
        if expect is not None:
            assert proc.returncode == expect, (
                f"$ {' '.join(args)}\nexit {proc.returncode} (expected {expect})\n"
                f"--- stdout\n{proc.stdout[-4000:]}\n--- stderr\n{proc.stderr[-4000:]}")
        return proc

    def pip_install(self, *args: str) -> None:
        """``pip install -q``, without build isolation only where setuptools can do it."""
        in_place = self.run("python", "-c", CAN_BUILD_IN_PLACE, expect=None).returncode == 0
        flags = ["--no-build-isolation"] if in_place else []
        self.run("python", "-m", "pip", "install", "-q", *flags, *args, timeout=600)


@pytest.fixture(scope="module")
def developer(tmp_path_factory: pytest.TempPathFactory) -> Developer:
    """A fresh virtual environment with rulekit installed from this checkout."""
    work = tmp_path_factory.mktemp("province-developer")
    venv = work / "venv"
    try:
        made = subprocess.run([sys.executable, "-m", "venv", str(venv)], capture_output=True,
                              text=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"cannot create a virtual environment here: {exc}")
    if made.returncode != 0:
        pytest.skip("cannot create a virtual environment here (python -m venv failed): "
                    f"{(made.stderr or made.stdout).strip()[-500:]}")
    dev = Developer(venv, work)
    dev.pip_install(str(CHECKOUT))
    return dev


def test_from_new_plugin_to_a_finding(developer: Developer) -> None:
    dev, work = developer, developer.work

    # Scaffold, install, see the rule.
    created = dev.run("rulekit", "new-plugin", "county-rules", "--dir", str(work))
    plugin = work / "county-rules"
    assert plugin.is_dir(), created.stdout
    assert (plugin / "src" / "rulekit_county_rules" / "__init__.py").is_file()
    dev.pip_install("-e", f"{plugin}[test]")
    listed = dev.run("rulekit", "rules").stdout.splitlines()
    ours = [line.split("\t") for line in listed if line.startswith("county.")]
    assert [(f[0], f[2]) for f in ours] == [("county.footer-hotline", "[county-rules]")], listed
    assert "privacy.id-number" in "\n".join(listed)  # the national rules are still there
    dev.run("rulekit", "explain", "county.footer-hotline")

    # The generated tests and annotated fixtures pass as generated.
    tested = dev.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=plugin)
    assert " passed" in tested.stdout and "failed" not in tested.stdout, tested.stdout
    fixtures = dev.run("rulekit", "test", "tests/fixtures", cwd=plugin)
    assert fixtures.stdout.splitlines()[-1].endswith(" passed, 0 failed"), fixtures.stdout

    # A small mirror export: one page without the hotline, one GBK page with it.
    site = work / "export" / "site"
    (site / MISSING).parent.mkdir(parents=True)
    (site / MISSING).write_bytes(page("关于城乡居民医保缴费的通知", "联系电话：0931-8765432",
                                      "utf-8").encode("utf-8"))
    (site / GBK_PAGE).write_bytes(page("关于调整办事大厅工作时间的通知",
                                       "政务服务便民热线：１２３４５", "gb2312").encode("gbk"))
    config = work / "export" / "config.yaml"
    config.write_text(textwrap.dedent(f"""\
        as_of: 2022-05-31
        sites:
          - name: 示例县人民政府
            export: site
            base_url: {BASE_URL}
        """), encoding="utf-8")

    ran = dev.run("rulekit", "run", str(config), "--format", "json", expect=1)
    report = json.loads(ran.stdout)
    assert report["summary"]["pages"] == 2, report["summary"]
    assert not [f for f in report["findings"] if f["rule"] in {"input", "plugin"}], report
    ours = [f for f in report["findings"] if f["rule"] == "county.footer-hotline"]
    assert [(f["url"], f["plugin"], f["message"]) for f in ours] == [
        (BASE_URL + MISSING, "county-rules", "页面底部未公布12345政务服务便民热线")]


# -- what `rulekit new-plugin` refuses, and the names it derives (fast, no venv) -------------

@pytest.mark.parametrize(("name", "dist", "package", "rule_id"), [
    ("shaanxi-rules", "rulekit-shaanxi-rules", "rulekit_shaanxi_rules", "shaanxi.footer-hotline"),
    ("rulekit-xian-county", "rulekit-xian-county", "rulekit_xian_county",
     "xian-county.footer-hotline"),
    ("lanzhou_checks", "rulekit-lanzhou-checks", "rulekit_lanzhou_checks",
     "lanzhou.footer-hotline"),
])
def test_names(name, dist, package, rule_id):
    names = plugin_names(name)
    assert (names.distribution, names.package, names.rule_id) == (dist, package, rule_id)


@pytest.mark.parametrize("name", ["陕西", "Shaanxi", "2022-rules", "shaanxi rules", "x-",
                                  "national", "rulekit", "privacy"])
def test_bad_names_are_refused(tmp_path, name):
    result = CliRunner().invoke(main, ["new-plugin", name, "--dir", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "rulekit: error:" in result.output and not any(tmp_path.iterdir())


def test_existing_folder_is_not_overwritten(tmp_path):
    (tmp_path / "county-rules").mkdir()
    (tmp_path / "county-rules" / "notes.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(main, ["new-plugin", "county-rules", "--dir", str(tmp_path)])
    assert result.exit_code == 2 and "not empty" in result.output
    assert [p.name for p in (tmp_path / "county-rules").iterdir()] == ["notes.txt"]
    empty = tmp_path / "empty"
    (empty / "county-rules").mkdir(parents=True)
    result = CliRunner().invoke(main, ["new-plugin", "county-rules", "--dir", str(empty)])
    assert result.exit_code == 0, result.output
    assert (empty / "county-rules" / "tests" / "fixtures" / "hotline-gbk.html").is_file()
