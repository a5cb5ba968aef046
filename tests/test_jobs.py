"""``-j``: pages checked in worker processes give the report one process gives, byte for
byte (timings aside), on the demo, on a generated portal as a mirror and as a WARC, and
when a worker cannot send back what it found."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from conftest import PORTAL_URL as BASE
from conftest import portal_config
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import rulekit
from rulekit.config import load, parse
from rulekit.engine import Engine
from rulekit.outputs import render, reporters
from rulekit.page_map import Batch, PageMapper, _Done
from rulekit.readers.mirror import iter_mirror
from rulekit.resource import Resource

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"


def report_bytes(engine: Engine, fmt: str = "json") -> bytes:
    result = engine.run()
    result.summary.seconds = 0.0
    return render(reporters(engine.pm, [fmt])[fmt], result.report())


def both(config, **kwargs) -> tuple[bytes, bytes, Engine]:
    one = Engine(config, jobs=1, **kwargs)
    two = Engine(config, jobs=2, parallel_after=0, **kwargs)
    return report_bytes(one), report_bytes(two), two


def test_the_demo_reports_the_same_with_two_workers():
    one, two, engine = both(load(ROOT / "configs/demo.yaml"))
    assert one == two
    assert engine.notes == []
    data = json.loads(two)
    assert len(data["findings"]) >= 30 and data["summary"]["pages"] > 300


def test_a_generated_portal_reports_the_same(portal: Path):
    one, two, engine = both(parse(portal_config(portal / "site"), path=portal / "c.yaml"))
    assert one == two and engine.notes == []
    rules = {f["rule"] for f in json.loads(one)["findings"]}
    assert {"privacy.id-number", "downloads.formats"} <= rules


def test_the_portal_as_a_warc_reports_the_same(portal: Path, tmp_path: Path):
    warc = tmp_path / "site.warc.gz"
    with warc.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for path in sorted((portal / "site").rglob("*")):
            if not path.is_file() or path.name == "manifest.jsonl":
                continue
            rel = path.relative_to(portal / "site").as_posix()
            ctype = "text/html" if path.suffix == ".html" else "application/octet-stream"
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                BASE + rel, "response", payload=io.BytesIO(path.read_bytes()),
                http_headers=headers))
    one, two, engine = both(parse(portal_config(warc), path=tmp_path / "c.yaml"))
    assert one == two and engine.notes == []
    assert json.loads(one)["summary"]["pages"] >= 60


# -- what a worker cannot do ----------------------------------------------------------------


@rulekit.rule("test.titles", title="收集标题", scope="site")
def titles(collected):
    """Reports how many pages the collect step saw."""
    seen = collected.get("title", {})
    yield rulekit.Problem(message=f"共{len(seen)}个页面")


@titles.collect
def title(page):
    return page.title


@rulekit.rule("test.pids", title="进程", scope="site")
def pids(collected):
    """Reports the processes that read the pages."""
    yield rulekit.Problem(message=",".join(sorted({str(p) for p in collected.pid.values()})))


@pids.collect
def pid(page):
    return os.getpid()


def test_a_crawl_with_its_media_reads_as_the_mirror_does(portal: Path, tmp_path: Path):
    """The portal as a crawler writes it (``benchmarks/bench_warc.py``, which measures a
    2 GB one): a request and a response record for every file, each its own gzip member,
    GBK pages served with their charset, and videos and photos of random bytes among them.
    It gives the mirror's findings, the same report with one and two processes, and the
    media are passed over as "not content", unread."""
    sys.path.insert(0, str(BENCH))
    from bench_warc import build_warc

    warc = tmp_path / "crawl.warc.gz"
    counts = build_warc(portal / "site", warc, 12 * 2**20, seed=3, base_url=BASE)
    assert counts["media"] >= 2 and warc.stat().st_size >= 12 * 2**20
    one, two, engine = both(parse(portal_config(warc), path=tmp_path / "crawl.yaml"))
    assert one == two and engine.notes == []
    mirror = json.loads(report_bytes(Engine(parse(portal_config(portal / "site"),
                                                  path=tmp_path / "mirror.yaml"))))
    crawl = json.loads(one)

    def found(report: dict) -> list[tuple[str, str, str]]:
        return sorted((f["rule"], f["target"].get("url", ""), f["message"])
                      for f in report["findings"])

    assert found(crawl) == found(mirror) and len(crawl["findings"]) > 20
    assert crawl["summary"]["pages"] == mirror["summary"]["pages"] == counts["pages"]
    assert crawl["summary"]["entries"]["not_checked"]["not content"] >= counts["media"]


def test_pages_are_read_by_the_workers_not_the_driver(portal: Path):
    config = parse(portal_config(portal / "site"), path=portal / "c.yaml")
    engine = Engine(config, jobs=2, parallel_after=0, extra_plugins=[sys.modules[__name__]],
                    select=["test.pids"])
    readers = set(engine.run().findings[0].message.split(","))
    assert str(os.getpid()) not in readers and 1 <= len(readers) <= 2
    late = Engine(config, jobs=2, parallel_after=40, extra_plugins=[sys.modules[__name__]],
                  select=["test.pids"])  # the first 40 in the driver, then the workers
    readers = set(late.run().findings[0].message.split(","))
    assert str(os.getpid()) in readers and len(readers) >= 2


class _StartingPool:
    """A pool whose workers say they are ready when the test says so."""

    def __init__(self) -> None:
        self.ready: list[Future[int]] = []
        self.batches = 0

    def submit_ready(self) -> Future[int]:
        self.ready.append(Future())
        return self.ready[-1]

    def submit(self, site_no: int, batch: Batch) -> Future[list]:
        self.batches += 1
        done: Future[list] = Future()
        done.set_result([])
        return done

    def close(self) -> None:
        pass


def _mapper(portal: Path, parallel_after: int) -> tuple[PageMapper, _StartingPool, Batch]:
    config = parse(portal_config(portal / "site"), path=portal / "c.yaml")
    engine = Engine(config, jobs=2, select=["site.charset-declaration"])
    engine.start_run()
    mapper = PageMapper(engine, 2, parallel_after)
    pool = _StartingPool()
    mapper._start = lambda plugins: pool  # type: ignore[method-assign]
    site = engine.config.sites[0]
    pages = [r for r in iter_mirror(site) if isinstance(r, Resource) and r.is_page]
    return mapper, pool, [(res, None) for res in pages[:8]]


def test_the_default_run_starts_workers_early_and_hands_over_once_they_are_ready(portal: Path):
    """Without -j the workers start after an eighth of ``parallel_after`` and take over
    as soon as each has answered, not after ``parallel_after`` resources."""
    mapper, pool, batch = _mapper(portal, 400)
    while mapper.sent < 50:  # before 400 // 8: no workers, each batch checked here
        assert mapper.batch_size == 8
        assert isinstance(mapper.submit(0, batch), _Done) and mapper.pool is None
    assert isinstance(mapper.submit(0, batch), _Done)  # started now, not yet ready
    assert mapper.pool is pool and len(pool.ready) == 2 and pool.batches == 0
    pool.ready[0].set_result(1)
    assert isinstance(mapper.submit(0, batch), _Done)  # one of two ready: still here
    pool.ready[1].set_result(2)
    assert not isinstance(mapper.submit(0, batch), _Done) and pool.batches == 1
    assert mapper.sent < 400 and mapper.batch_size == 64
    assert isinstance(mapper.submit(0, batch), Future) and pool.batches == 2


def test_workers_slow_to_start_take_over_at_parallel_after(portal: Path):
    mapper, pool, batch = _mapper(portal, 40)
    while mapper.sent < 40:  # the driver checks the first 40
        assert isinstance(mapper.submit(0, batch), _Done) and pool.batches == 0
    assert mapper.pool is pool and not any(f.done() for f in pool.ready)
    assert not isinstance(mapper.submit(0, batch), _Done) and pool.batches == 1


def test_workers_that_died_before_a_batch_leave_the_run_to_the_driver(portal: Path):
    mapper, pool, batch = _mapper(portal, 0)

    def broken(site_no: int, batch: Batch) -> Future[list]:
        raise BrokenProcessPool("a worker was killed")

    pool.submit = broken  # type: ignore[method-assign]
    assert isinstance(mapper.submit(0, batch), _Done) and mapper.broken
    assert isinstance(mapper.submit(0, batch), _Done)
    assert mapper.engine.notes == ["a worker process failed (BrokenProcessPool: a worker was "
                                   "killed); the rest of the run was checked in the main process"]


@rulekit.rule("test.unpicklable", title="不可序列化", scope="site")
def unpicklable(collected):
    """A collect step whose value cannot go back from a worker: a generator."""
    yield rulekit.Problem(message=f"共{len(collected.get('gen', {}))}个页面")


@unpicklable.collect
def gen(page):
    return (c for c in page.url)


def test_collected_values_come_back_from_the_workers(portal: Path):
    config = parse(portal_config(portal / "site"), path=portal / "c.yaml")
    one, two, engine = both(config, extra_plugins=[sys.modules[__name__]],
                            select=["test.titles"])
    assert one == two and engine.notes == []
    assert "共90个页面" in json.loads(two)["findings"][0]["message"]


def test_a_collected_value_that_cannot_be_stored_is_the_plugins_finding(portal: Path):
    """Collected values wait for the reduce on disk, so they must pickle: a generator cannot,
    and each page says so as the plugin's finding, in one process as in workers; the rule's
    reduce still runs, without those pages."""
    config = parse(portal_config(portal / "site"), path=portal / "c.yaml")
    for jobs in (1, 2):
        engine = Engine(config, jobs=jobs, parallel_after=0,
                        extra_plugins=[sys.modules[__name__]], select=["test.unpicklable"])
        result = engine.run()
        plugin = [f for f in result.findings if f.rule == "plugin"]
        assert [f.message for f in result.findings if f.rule != "plugin"] == ["共0个页面"]
        assert len(plugin) == 90 and "收集步骤gen" in plugin[0].message
        assert "cannot pickle 'generator'" in plugin[0].message


class _Instance:
    """A plugin that is an object: workers cannot import it again."""

    @rulekit.hookimpl
    def rulekit_collect_rules(self, plugin):
        return []


def test_plugins_given_as_objects_run_in_one_process():
    config = load(ROOT / "configs/demo.yaml")
    engine = Engine(config, jobs=2, parallel_after=0, extra_plugins=[_Instance()])
    assert engine.run().findings
    assert engine.notes == ["plugins given as Python objects cannot be loaded again in worker "
                            "processes: the run used one process"]


def test_the_cli_takes_jobs(tmp_path: Path):
    out1, out2 = tmp_path / "1.json", tmp_path / "2.json"
    for jobs, out in (("1", out1), ("2", out2)):
        proc = subprocess.run([sys.executable, "-m", "rulekit.cli", "run",
                               str(ROOT / "configs/demo.yaml"), "-j", jobs, "--no-history",
                               "--report",
                               f"json:{out}"], capture_output=True, text=True, cwd=tmp_path)
        assert proc.returncode == 1, proc.stderr
    first, second = (json.loads(p.read_text("utf-8")) for p in (out1, out2))
    first["summary"].pop("seconds", None)
    second["summary"].pop("seconds", None)
    assert first == second
    bad = subprocess.run([sys.executable, "-m", "rulekit.cli", "run",
                          str(ROOT / "configs/demo.yaml"), "-j", "0"], capture_output=True,
                         text=True, cwd=tmp_path)
    assert bad.returncode == 2 and "-j" in bad.stderr




# -- site rules' reduces in the workers -------------------------------------------------------

#: the driver's pid, for the rules below (workers are spawned with the driver's environment)
_DRIVER = "RULEKIT_TEST_DRIVER"


def _place() -> str:
    return "driver" if os.environ.get(_DRIVER) == str(os.getpid()) else "worker"


@rulekit.rule("test.reduced-where", title="归并进程", scope="site")
def reduced_where(collected):
    """Says where its reduce ran, and over how many pages."""
    yield rulekit.Problem(message=f"{_place()}:{len(collected.seen)}")


@reduced_where.collect
def seen(page):
    return page.url


@rulekit.rule("test.indexed-where", title="索引归并进程", scope="site")
def indexed_where(index, collected):
    """Takes the export's index, which only the driver holds."""
    yield rulekit.Problem(message=f"{_place()}:{len(collected.urls)}:{len(index)}")


@indexed_where.collect
def urls(page):
    return page.url


@rulekit.rule("test.dies-in-worker", title="子进程退出", scope="site")
def dies_in_worker(collected):
    """A reduce that kills the worker it runs in (a crash in a C extension, the OOM killer)."""
    if _place() == "worker":
        os._exit(1)
    yield rulekit.Problem(message=f"{len(collected.pages_seen)}")


@dies_in_worker.collect
def pages_seen(page):
    return 1


@rulekit.fixture
def missing_words():
    raise ValueError("the word list is missing")


@rulekit.rule("test.fixture-fails", title="fixture失败", scope="site")
def fixture_fails(collected, missing_words):
    """A reduce whose fixture cannot be built: the run says so once, wherever it ran."""
    yield rulekit.Problem(message="never")


@fixture_fails.collect
def anything(page):
    return 1


def _reduces(config, monkeypatch, select: list[str], jobs: int) -> tuple[list[str], Engine]:
    monkeypatch.setenv(_DRIVER, str(os.getpid()))
    engine = Engine(config, jobs=jobs, parallel_after=0, extra_plugins=[sys.modules[__name__]],
                    select=select)
    result = engine.run()
    return [f"{f.rule} {f.message}" for f in result.findings], engine


def test_a_reduce_of_collected_values_runs_in_a_worker(portal: Path, monkeypatch):
    """A site rule that takes only its collected values is reduced in a worker while the
    driver reduces one that takes the export's index; each sees every page, as in one
    process."""
    config = parse(portal_config(portal / "site"), path=portal / "c.yaml")
    select = ["test.reduced-where", "test.indexed-where"]
    two, engine = _reduces(config, monkeypatch, select, jobs=2)
    one, _ = _reduces(config, monkeypatch, select, jobs=1)
    assert engine.notes == []
    pages = len([p for p in (portal / "site").rglob("*.html")])
    assert [m.split(":")[0] for m in two] == ["test.indexed-where driver",
                                              "test.reduced-where worker"]
    assert [m.split(":")[0] for m in one] == ["test.indexed-where driver",
                                              "test.reduced-where driver"]
    assert [m.split(":", 1)[1] for m in two] == [m.split(":", 1)[1] for m in one]
    assert two[1].endswith(f":{pages}")


def test_a_worker_that_dies_in_a_reduce_leaves_it_to_the_driver(portal: Path, monkeypatch):
    config = parse(portal_config(portal / "site"), path=portal / "c.yaml")
    found, engine = _reduces(config, monkeypatch, ["test.dies-in-worker"], jobs=2)
    pages = len([p for p in (portal / "site").rglob("*.html")])
    assert found == [f"test.dies-in-worker {pages}"]
    assert len(engine.notes) == 1 and "BrokenProcessPool" in engine.notes[0]
    assert "the reduce of test.dies-in-worker was run in the main process" in engine.notes[0]


def test_a_reduce_whose_fixture_fails_reports_alike_in_workers(portal: Path, monkeypatch):
    config = parse(portal_config(portal / "site"), path=portal / "c.yaml")
    results = []
    for jobs in (1, 2):
        found, engine = _reduces(config, monkeypatch, ["test.fixture-fails"], jobs=jobs)
        results.append((found, engine.plugin_errors, engine._skipped))
    assert results[0] == results[1]
    found, errors, skipped = results[0]
    assert errors == 1 and skipped == {"test.fixture-fails"} and len(found) == 1
    assert "fixture" in found[0] and "the word list is missing" in found[0]


def test_the_attachment_reader_is_stopped_before_the_site_rules_reduce(portal: Path,
                                                                        monkeypatch):
    """The process forked to read a site's attachments holds tens of MB of its parent's
    pages; once the site's pages are all read, the reduces need it no more."""
    from rulekit.readers.attachments import worker

    forked: list[int] = []
    new = worker._Worker.__init__

    def counted(self) -> None:
        new(self)
        forked.append(self.pid)

    monkeypatch.setattr(worker._Worker, "__init__", counted)
    worker.discard_worker()
    config = parse(portal_config(portal / "site"), path=portal / "c.yaml")
    result = Engine(config, jobs=1).run()
    assert result.summary.attachments > 0 and forked  # PDFs were read in a forked reader
    assert worker._Worker._current is None
    for pid in forked:
        with pytest.raises(ChildProcessError):  # reaped: not left to exit with the run
            os.waitpid(pid, os.WNOHANG)
