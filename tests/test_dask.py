"""``--executor dask``: the page map on a Dask cluster (a ``distributed.LocalCluster`` of two
worker processes here) gives a local run's findings, fingerprints and order, on the demo and
on a generated portal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import portal_config

from rulekit.config import load, parse
from rulekit.engine import Engine
from rulekit.outputs import render, reporters

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=50) as c:
        yield c


def report_bytes(engine: Engine) -> bytes:
    result = engine.run()
    return render(reporters(engine.pm, ["json"])["json"], result.report())


def test_the_demo_on_a_cluster_reports_as_a_local_run(cluster):
    config = load(ROOT / "configs/demo.yaml")
    local = report_bytes(Engine(config, jobs=1))
    engine = Engine(config, scheduler=cluster.scheduler_address)
    on_dask = report_bytes(engine)
    assert engine.notes == []
    assert on_dask == local
    assert len(json.loads(on_dask)["findings"]) >= 30


def test_a_generated_portal_on_a_cluster_reports_as_a_local_run(cluster, portal: Path):
    config = parse(portal_config(portal / "site"), path=portal / "c.yaml")
    local = report_bytes(Engine(config, jobs=1))
    engine = Engine(config, scheduler=cluster.scheduler_address)
    on_dask = report_bytes(engine)
    assert engine.notes == []
    assert on_dask == local
    rules = {f["rule"] for f in json.loads(on_dask)["findings"]}
    assert {"privacy.id-number", "downloads.formats", "links.broken"} <= rules


def test_the_cli_runs_on_a_cluster_from_the_config(cluster, tmp_path: Path):
    config = tmp_path / "demo.yaml"
    text = (ROOT / "configs/demo.yaml").read_text("utf-8").replace(
        "export: demo/", f"export: {ROOT / 'configs' / 'demo'}/").replace(
        "demo/newmedia", str(ROOT / "configs" / "demo" / "newmedia"))
    config.write_text(text + f"executor:\n  name: dask\n  scheduler: "
                      f"{cluster.scheduler_address}\n", "utf-8")
    out = tmp_path / "dask.json"
    proc = subprocess.run([sys.executable, "-m", "rulekit.cli", "run", str(config),
                           "--no-cache", "--no-history", "--report", f"json:{out}"],
                          capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    local = tmp_path / "local.json"
    subprocess.run([sys.executable, "-m", "rulekit.cli", "run", str(config), "--no-cache",
                    "--no-history", "--executor", "local", "-j1", "--report", f"json:{local}"],
                   capture_output=True, check=False)
    assert out.read_bytes() == local.read_bytes()


def test_dask_without_a_scheduler_is_a_usage_error(tmp_path: Path):
    proc = subprocess.run([sys.executable, "-m", "rulekit.cli", "run",
                           str(ROOT / "configs/demo.yaml"), "--executor", "dask"],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "--scheduler" in proc.stderr
