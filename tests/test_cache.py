"""The page cache: a re-run reads only what changed, and a hit gives exactly what a miss
would; a cache of other code, rules or options is never used; a damaged or forged entry is
ignored; two runs sharing a cache do not corrupt it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import portal_config

from rulekit.config import load
from rulekit.engine import Engine
from rulekit.outputs import render, reporters
from rulekit.readers import mirror
from rulekit.readers.mirror import FileLoad

ROOT = Path(__file__).resolve().parents[1]
ID = "110105199003071239"  # a valid check digit on a made-up body


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A copy of the demo (its export and lists), so the test may change pages."""
    shutil.copytree(ROOT / "configs", tmp_path / "configs", ignore=shutil.ignore_patterns(".rulekit"))
    return tmp_path / "configs" / "demo.yaml"


def run(config: Path, cache: Path | None, **kwargs) -> tuple[bytes, Engine]:
    engine = Engine(load(config), cache_dir=cache, **kwargs)
    result = engine.run()
    result.summary.seconds = 0.0
    return render(reporters(engine.pm, ["json"])["json"], result.report()), engine


def _read(summary: dict) -> int:
    """What a run's page map read, from its JSON summary: every entry of the export but the
    ones the reader passed over (images, styles, hidden files) — pages, attachments, and files
    opened and found in a format rulekit does not read."""
    entries = summary["entries"]
    passed = sum(n for reason, n in entries["not_checked"].items()
                 if reason not in ("format not read", "unreadable"))
    return entries["seen"] - passed


def _hits(engine: Engine) -> tuple[int, int]:
    """(taken from the cache, read) as the run's cache note gives them."""
    m = re.match(r"([\d,]+) of ([\d,]+) pages and attachments", engine.cache_note or "")
    assert m, engine.cache_note
    return int(m.group(1).replace(",", "")), int(m.group(2).replace(",", ""))


def test_a_rerun_reads_nothing_unchanged_and_reports_the_same(demo: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    fresh, _ = run(demo, None)
    cold, first = run(demo, cache)
    warm, second = run(demo, cache)
    assert fresh == cold == warm
    assert first.cache_note is None
    read = _read(json.loads(fresh)["summary"])
    assert _hits(second) == (read, read)  # every one, from the cache
    assert (cache / "CACHEDIR.TAG").is_file()


def test_a_changed_page_is_read_again(demo: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    run(demo, cache)
    page = next((demo.parent / "demo/county/zwgk/xzcf").rglob("*.html"))
    html = page.read_bytes()
    page.write_bytes(html.replace(b"</body>", f"<p>身份证号码：{ID}</p></body>".encode()))
    report, engine = run(demo, cache)
    read = _read(json.loads(report)["summary"])
    assert _hits(engine) == (read - 1, read)
    fresh, _ = run(demo, None)
    assert report == fresh
    assert "110105********1239" in report.decode("utf-8")
    assert ID not in report.decode("utf-8")


def test_other_rules_options_or_as_of_never_use_the_cache(demo: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    run(demo, cache)
    _, engine = run(demo, cache, select=["privacy"])
    assert engine.cache_note is None
    text = demo.read_text("utf-8")
    demo.write_text(text.replace("as_of: 2022-05-31", "as_of: 2022-06-30"), "utf-8")
    report, engine = run(demo, cache)
    assert engine.cache_note is None  # dated rules
    assert report == run(demo, None)[0]


def test_an_edited_plugin_file_never_uses_the_cache(tmp_path: Path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "a.html").write_text("<html><body><p>栏目</p></body></html>")
    rules = tmp_path / "edited_rules.py"
    rules.write_text('import rulekit\n\n@rulekit.rule("county.x", title="测试", scope="page")\n'
                     'def x(page):\n    yield "第一版"\n', "utf-8")
    config = tmp_path / "c.yaml"
    config.write_text("as_of: 2022-05-31\nplugins: [edited_rules.py]\nrules:\n  select: "
                      "[county.x]\nsites:\n  - name: 示例\n    export: site\n", "utf-8")
    first, _ = run(config, tmp_path / "cache")
    rules.write_text(rules.read_text("utf-8").replace("第一版", "第二版"), "utf-8")
    second, engine = run(config, tmp_path / "cache")
    assert "第一版" in first.decode() and "第二版" in second.decode()
    assert engine.cache_note is None


def test_damaged_and_forged_entries_are_ignored(demo: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    fresh, _ = run(demo, cache)
    files = sorted(p for p in cache.rglob("*") if p.is_file() and len(p.name) > 30)
    inodes = {p.stat().st_ino: p for p in reversed(files)}  # an entry and its second name
    entries = sorted(inodes.values())  # are one file: damage two pages' entries
    entries[0].write_bytes(entries[0].read_bytes()[:40])  # torn
    blob = bytearray(entries[1].read_bytes())
    blob[-5] ^= 0xFF  # one flipped byte: the signature no longer holds
    entries[1].write_bytes(bytes(blob))
    report, engine = run(demo, cache)
    assert report == fresh
    read = _read(json.loads(fresh)["summary"])
    assert _hits(engine) == (read - 2, read)


def test_two_runs_sharing_a_cache_do_not_corrupt_it(demo: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    cmd = [sys.executable, "-m", "rulekit.cli", "run", str(demo), "-j1", "--no-history", "--cache-dir",
           str(cache), "--format", "json"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(2)]
    outs = [json.loads(p.communicate()[0]) for p in procs]
    entries = {p: p.stat().st_mtime_ns for p in cache.rglob("*") if p.is_file()}
    third = subprocess.run(cmd, capture_output=True, text=True)
    after = {p: p.stat().st_mtime_ns for p in cache.rglob("*") if p.is_file()}
    assert after == entries  # every page a hit: nothing written, nothing torn to rewrite
    assert len(entries) > _read(outs[0]["summary"])
    reports = outs + [json.loads(third.stdout)]
    for r in reports:
        r["summary"].pop("seconds", None)
    assert reports[0] == reports[1] == reports[2]
    assert not list(cache.rglob(".tmp-*"))  # no half-written entry left behind


def test_no_cache_leaves_the_folder_alone_and_the_default_is_beside_the_config(demo: Path):
    cmd = [sys.executable, "-m", "rulekit.cli", "run", str(demo), "-j1", "--format", "json",
           "--no-history"]
    subprocess.run(cmd + ["--no-cache"], capture_output=True, check=False)
    assert not (demo.parent / ".rulekit").exists()
    subprocess.run(cmd, capture_output=True, check=False)
    assert (demo.parent / ".rulekit" / "cache" / "CACHEDIR.TAG").is_file()
    assert (demo.parent / ".rulekit" / ".gitignore").read_text().strip().endswith("*")


def test_a_plugin_error_is_not_cached(tmp_path: Path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "a.html").write_text("<html><body><p>栏目</p></body></html>")
    (tmp_path / "flaky.py").write_text(
        'import rulekit\n\n@rulekit.rule("county.flaky", title="测试", scope="page")\n'
        'def flaky(page):\n    raise RuntimeError("network down")\n', "utf-8")
    config = tmp_path / "c.yaml"
    config.write_text("as_of: 2022-05-31\nplugins: [flaky.py]\nsites:\n  - name: 示例\n"
                      "    export: site\n", "utf-8")
    run(config, tmp_path / "cache")
    _, engine = run(config, tmp_path / "cache")
    assert engine.cache_note is None
    assert engine.plugin_errors == 1


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The export's files read from now on (``-j1``: in this process), by path."""
    read: list[str] = []
    original = FileLoad.read_signed

    def counted(self: FileLoad):
        read.append(os.fspath(self.path))
        return original(self)

    monkeypatch.setattr(FileLoad, "read_signed", counted)
    return read


def test_a_generated_portal_reruns_as_a_fresh_run_with_any_jobs(portal: Path, tmp_path: Path):
    """The generated portal (GBK pages, tables, attachments): a cold cache filled by two
    workers, a warm re-run in one process, and a re-run after one GBK penalty page changed,
    each give the report a run without a cache gives; only the changed page is read again."""
    site = tmp_path / "site"
    shutil.copytree(portal / "site", site)
    config = tmp_path / "portal.yaml"
    config.write_text(portal_config(site), "utf-8")
    cache = tmp_path / "cache"
    fresh, _ = run(config, None, jobs=1)
    cold, _ = run(config, cache, jobs=2, parallel_after=0)
    warm, engine = run(config, cache, jobs=1)
    assert fresh == cold == warm
    read = _read(json.loads(fresh)["summary"])
    assert read > 100 and _hits(engine) == (read, read)

    page = next(p for p in sorted((site / "zwgk/xzcf").rglob("*.html"))
                if b"charset=gb2312" in p.read_bytes()[:4096])
    html = page.read_bytes()
    page.write_bytes(html.replace(b"</body>", f"<p>身份证号码：{ID}</p></body>".encode("gbk")))
    changed, engine = run(config, cache, jobs=2, parallel_after=0)
    assert _hits(engine) == (read - 1, read)
    assert changed == run(config, None, jobs=1)[0] != fresh
    assert "110105********1239" in changed.decode("utf-8")
    assert ID not in changed.decode("utf-8")


def _settle(folder: Path, seconds: int = 3600) -> None:
    """Date every file of a folder an hour back, as an export copied long ago would be."""
    for path in folder.rglob("*"):
        if path.is_file():
            info = path.stat()
            os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns - seconds * 10**9))


def test_an_unchanged_file_is_not_even_read_again(demo: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch):
    cache = tmp_path / "cache"
    _settle(demo.parent / "demo")
    cold, _ = run(demo, cache)
    read = _counting_reads(monkeypatch)
    warm, engine = run(demo, cache)
    assert warm == cold
    assert read == []  # every file known by its stat signature: none opened
    total = _read(json.loads(cold)["summary"])
    assert _hits(engine) == (total, total)


def test_a_file_changed_with_its_times_put_back_is_read_again(demo: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch):
    cache = tmp_path / "cache"
    _settle(demo.parent / "demo")
    run(demo, cache)
    page = demo.parent / "demo/county/zwgk/xzcf/202106/t20210630_4516701.html"
    html = page.read_bytes()
    masked = re.search(rb"360999\*{8}\d{3}[\dX]", html).group()
    before = page.stat()
    page.write_bytes(html.replace(masked, ID.encode(), 1))  # the same size ...
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))  # ... and the same times
    assert (page.stat().st_size, page.stat().st_mtime_ns) == (before.st_size,
                                                             before.st_mtime_ns)
    read = _counting_reads(monkeypatch)
    report, _ = run(demo, cache)
    assert read == [os.fspath(page)]  # its change time moved on: read, and only it
    assert "110105********1239" in report.decode("utf-8")
    assert ID not in report.decode("utf-8")
    assert report == run(demo, None)[0]


def test_a_file_changed_just_now_is_read_until_it_settles(demo: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    cache = tmp_path / "cache"
    _settle(demo.parent / "demo")
    page = next((demo.parent / "demo/county/zwgk/xzcf").rglob("*.html"))
    page.write_bytes(page.read_bytes().replace(b"</body>", b"<p>2022-06-01</p></body>"))
    # what counts as just now, widened so that a slow machine's run cannot outlast it
    monkeypatch.setattr(mirror, "SETTLED_NS", 1800 * 10**9)
    run(demo, cache)  # changed within the window: not named by its signature
    monkeypatch.setattr(mirror, "SETTLED_NS", 2 * 10**9)
    read = _counting_reads(monkeypatch)
    _, engine = run(demo, cache)
    assert read == [os.fspath(page)]  # read and hashed again: its entry is a hit
    total = _hits(engine)[1]
    assert _hits(engine) == (total, total)
    _settle(demo.parent / "demo")
    run(demo, cache)  # now it has settled: named by its signature too
    read.clear()
    run(demo, cache)
    assert read == []
