"""Reports are written atomically: a run killed at any moment leaves a whole report.

``rulekit run --output report.json`` over a slow-ish export (3,000 small pages) is killed
with SIGKILL at points spread over its run time; after each kill ``report.json`` must be the
previous complete report or the new complete one, never a partial file.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import corpus
import pytest

PAGES = 3000


def _export(root: Path, pages: int, marker: int) -> Path:
    site = root / "site"
    for n in range(pages):
        path = site / "zwgk" / f"{n % 30}" / f"t{n}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        body = corpus.person(marker) if n == 0 else f"<p>第{n}号通知</p>"
        path.write_text(corpus.page(body), encoding="utf-8")
    return corpus.write_config(root)


def _command(config: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "rulekit.cli", "run", str(config), "--format", "json",
            "--output", str(out)]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_runs_leave_the_previous_or_the_new_report(tmp_path: Path) -> None:
    config = _export(tmp_path, PAGES, marker=300)
    out = tmp_path / "report.json"
    started = time.perf_counter()
    subprocess.run(_command(config, out), check=False, capture_output=True, timeout=120)
    duration = time.perf_counter() - started
    previous = out.read_text(encoding="utf-8")
    assert json.loads(previous)["summary"]["pages"] == PAGES

    # the next run finds something else, so old and new reports differ
    (tmp_path / "site" / "zwgk" / "0" / "t0.html").write_text(
        corpus.page(corpus.person(301)), encoding="utf-8")
    seen = set()
    for fraction in (0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0, 1.05, 1.2):
        proc = subprocess.Popen(_command(config, out), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        text = out.read_text(encoding="utf-8")
        report = json.loads(text)  # never partial: always valid JSON ...
        assert report["summary"]["pages"] == PAGES  # ... and whole
        messages = " ".join(f["message"] for f in report["findings"])
        new = corpus.masked(corpus.make_id(301)) in messages
        old = corpus.masked(corpus.make_id(300)) in messages
        assert new != old
        seen.add("new" if new else "old")
        if new:
            previous = text
    assert "old" in seen or "new" in seen
    # the temporary files of killed runs are hidden (dot-files), never a report.json.partial
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("report")] == ["report.json"]
    assert os.stat(out).st_size == len(previous.encode("utf-8"))


def _children(pid: int) -> list[int]:
    """The live processes whose parent is ``pid`` (read from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[1] == str(pid) and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists() or not hasattr(signal, "SIGKILL"),
                    reason="reads processes from /proc")
def test_workers_of_a_killed_run_end_with_it(tmp_path: Path) -> None:
    """A driver killed outright (SIGKILL, the OOM killer, a cancelled CI job) shuts no pool
    down: its worker processes must notice and end, not wait on their queue for ever."""
    config = _export(tmp_path, PAGES, marker=300)
    proc = subprocess.Popen(_command(config, tmp_path / "report.json") + ["-j2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and proc.poll() is None:
        workers = [p for p in _children(proc.pid)
                   if b"multiprocessing" in Path(f"/proc/{p}/cmdline").read_bytes()
                   and b"resource_tracker" not in Path(f"/proc/{p}/cmdline").read_bytes()]
        if len(workers) == 2:
            break
        time.sleep(0.05)
    assert len(workers) == 2, "the run started no workers"
    time.sleep(0.5)  # (their engines built, checking pages)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, "worker processes outlived their killed driver"
