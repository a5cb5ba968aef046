"""Where the page map runs: in the driver (``-j1``) or in worker processes (``-j N``).

Each worker builds its own plugin host once, from the config and the plugin names (never
from pickled plugin objects), and is then sent batches of resources: a mirror's file is
sent as its path and a WARC record as its offset, both read by the worker (a reader's
load that cannot be pickled is called in the driver and its bytes sent). It returns
:class:`~rulekit.page_check.PageOutcome` values; the driver alone runs
``rulekit_process_finding``, the inputs and the reports. Local workers also run the site
rules' reduces that need only their collected values (``site_reduce``), beside the driver.

A worker that dies, or an outcome that cannot be sent back (a plugin's collect step that
returns something that cannot be pickled), costs only time: that batch (or reduce) is
checked again in the driver, and the run says so on its notes.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from types import ModuleType
from typing import TYPE_CHECKING, Any

from rulekit.cache import PageCache
from rulekit.collected_store import StoreFile
from rulekit.config import Config
from rulekit.page_check import PageOutcome, PageWork, Parent, check_batch
from rulekit.resource import Payload, Resource
from rulekit.site_reduce import ReduceOutcome, reduce_rule

if TYPE_CHECKING:
    from rulekit.engine import Engine

#: One unit sent to a worker: resources of one site, each with the page that links it.
Batch = list[tuple[Resource, "Parent | None"]]
#: Resources per batch: enough to make the sending cheap, few enough to keep workers even.
#: A re-run's cached pages take about 0.4 ms each; at 16 a batch, the driver's thread that
#: collects results waited on the GIL as long as the workers worked (a 20,000-page re-run
#: took 12.8-16.3 s at 16 and 11.3-13.9 s at 64; a full run's batch is still under a second).
BATCH = 64
#: Without an explicit ``-j``, the most resources a run checks in the driver before the
#: workers take over. The workers are started once an eighth of that was checked (an
#: export of a few dozen pages never starts them), and take over as soon as they are ready
#: (about half a second): the driver checks pages meanwhile instead of waiting for them.
PARALLEL_AFTER = 400
#: Resources in one batch the driver checks itself before the workers take over: small,
#: so that the workers are given pages soon after they are ready.
DRIVER_BATCH = 8


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def freeze_start_up() -> None:
    """Leave what start-up built (modules, plugins, word lists, the engine) out of the
    garbage collector's scans: each full collection walked all of it again (0.2 of 0.4 s
    of collections in a 2,000-page ``-j1`` run). For the processes rulekit owns, the CLI's
    and its workers, never inside a program that embeds the engine: frozen objects are
    not collected."""
    gc.freeze()


def portable_plugins(extra: list[str | object]) -> list[str] | None:
    """The extra plugins as names a worker can import again, or None when one is an object
    that only this process knows (a class instance, a module made at run time)."""
    names = []
    for spec in extra:
        if isinstance(spec, str):
            names.append(spec)
        elif isinstance(spec, ModuleType) and sys.modules.get(spec.__name__) is spec \
                and spec.__name__ != "__main__" and getattr(spec, "__file__", None):
            names.append(spec.__name__)
        else:
            return None
    return names


def portable(res: Resource) -> Resource:
    """The resource as it can be sent to a worker: a load that cannot be pickled is called
    here and its bytes sent (a failing load stays with the resource, to fail in the worker
    as it would here)."""
    if isinstance(res.load, Payload) or _plain(res.load):
        return res
    try:
        data = res.load()
    except Exception as exc:  # raised again where the resource is checked
        return replace(res, load=_Raise(exc))
    return replace(res, load=Payload(data))


def _plain(load: Callable[[], bytes]) -> bool:
    """Whether ``load`` is an instance of a class defined at a module's top level (the
    mirror's :class:`~rulekit.readers.mirror.FileLoad`, a ``functools.partial``)."""
    cls = type(load)
    return cls.__module__ not in ("builtins",) and "<locals>" not in cls.__qualname__ \
        and cls.__name__ not in ("function", "method")


@dataclass(frozen=True)
class _Raise:
    """A load that failed in the driver, failing again in the worker."""

    error: BaseException

    def __call__(self) -> bytes:
        raise self.error


class _Done:
    """A batch checked on the spot, with a future's ``result``."""

    def __init__(self, outcomes: list[PageOutcome]) -> None:
        self.outcomes = outcomes

    def result(self) -> list[PageOutcome]:
        return self.outcomes


class InDriver:
    """``-j1``: the driver checks each batch itself."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.work = PageWork.of(engine)

    def submit(self, site_no: int, batch: Batch) -> _Done:
        return _Done(check_batch(self.engine, self.work, site_no, batch))

    def close(self) -> None:
        pass


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker builds its engine from: data, and plugin names."""

    config: Config
    plugins: list[str]
    select: list[str] | None
    ignore: list[str] | None
    use_entry_points: bool
    rule_timeout: float | None
    secret: bytes
    cache: PageCache | None

    @classmethod
    def of(cls, engine: Engine, plugins: list[str]) -> WorkerSpec:
        return cls(engine.given_config, plugins, engine.select, engine.ignore,
                   engine.use_entry_points, engine.rule_timeout, engine._secret, engine.cache)

    def engine(self) -> Engine:
        from rulekit.engine import Engine

        engine = Engine(self.config, extra_plugins=list(self.plugins), select=self.select,
                        ignore=self.ignore, use_entry_points=self.use_entry_points,
                        rule_timeout=self.rule_timeout, jobs=1)
        engine._secret = self.secret  # one run: findings of every worker key alike
        engine.start_run()
        engine.cache = self.cache  # the driver's keys: the same code, rules and sites
        return engine


_WORKER: dict[str, Any] = {}


def _start_worker(spec: WorkerSpec, driver: int | None = None) -> None:
    if driver is not None:  # (watched from the start: building the engine takes a while)
        threading.Thread(target=_exit_with_driver, args=(driver,), daemon=True,
                         name="rulekit-driver-watch").start()
    engine = spec.engine()
    _WORKER["engine"], _WORKER["work"] = engine, PageWork.of(engine)
    freeze_start_up()


def _exit_with_driver(driver: int, every: float = 0.5) -> None:
    """End this worker once the driver is gone: a driver killed outright (SIGKILL, the OOM
    killer, a cancelled CI job) shuts no pool down, and its workers would wait on their
    queue for ever."""
    while os.getppid() == driver:
        time.sleep(every)
    os._exit(1)


def _check_in_worker(site_no: int, batch: Batch) -> list[PageOutcome]:
    """A worker's job: check a batch with the worker's engine."""
    return check_batch(_WORKER["engine"], _WORKER["work"], site_no, batch)


def _reduce_in_worker(site_no: int, rule_id: str, store: StoreFile, timeout: float | None
                      ) -> ReduceOutcome:
    """A worker's other job: one site rule's reduce, over the walk's store file."""
    engine = _WORKER["engine"]
    rule = next(r for r in engine.rules if r.id == rule_id)
    collected, db = store.collected(rule_id)
    try:
        return reduce_rule(engine, rule, site_no, timeout, collected)
    finally:
        db.close()


class InProcesses:
    """``-j N``: a pool of N worker processes, started fresh (``spawn``), so that a worker
    holds nothing of the driver but what the spec gives it."""

    def __init__(self, engine: Engine, jobs: int, plugins: list[str]) -> None:
        self.pool = ProcessPoolExecutor(
            max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker, initargs=(WorkerSpec.of(engine, plugins), os.getpid()))

    def submit(self, site_no: int, batch: Batch) -> Future[list[PageOutcome]]:
        return self.pool.submit(_check_in_worker, site_no, batch)

    def submit_ready(self) -> Future[int]:
        """A task that is done once a worker has started (it gives the worker's pid)."""
        return self.pool.submit(os.getpid)

    def submit_reduce(self, site_no: int, rule_id: str, store: StoreFile,
                      timeout: float | None) -> Future[ReduceOutcome]:
        return self.pool.submit(_reduce_in_worker, site_no, rule_id, store, timeout)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class PageMapper:
    """The page map of one run: batches go to the driver until the workers are ready or
    ``parallel_after`` resources have been sent (a small export never pays for starting
    workers), then to the workers. The workers are started once an eighth of
    ``parallel_after`` was sent, so they start while the driver checks pages. A batch whose
    outcome does not come back is checked again in the driver."""

    def __init__(self, engine: Engine, jobs: int = 1, parallel_after: int = 0,
                 scheduler: str | None = None) -> None:
        self.engine = engine
        self.driver = InDriver(engine)
        self.scheduler = scheduler  # a Dask scheduler's address: the workers are there
        self.jobs = jobs
        self.after = 0 if scheduler else parallel_after
        self.start_after = self.after // 8  # when the workers are started, in the background
        self.sent = 0
        self.pool: Any = None
        self.warming: list[Future[Any]] = []  # the workers' first tasks: done once started
        self.handed_over = False  # whether the workers have been given a batch
        remote = jobs > 1 or scheduler is not None
        self.plugins = portable_plugins(engine.extra_plugins) if remote else None
        if remote and self.plugins is None:
            engine.notes.append("plugins given as Python objects cannot be loaded again in "
                                "worker processes: the run used one process")
        self.broken = False
        self.read = self.cached = 0  # resources whose outcome came back, and from the cache
        self.batch = BATCH if remote else 1
        self.in_flight = 2 * jobs

    @property
    def batch_size(self) -> int:
        """Resources in the next batch: small ones while the driver checks them."""
        if self.plugins is None or self.broken:
            return self.batch
        if not self.handed_over and self.sent < self.after:
            return max(1, min(DRIVER_BATCH, self.after - self.sent))
        return self.batch

    def submit(self, site_no: int, batch: Batch) -> Any:
        if self.plugins is None or self.broken:
            return self.driver.submit(site_no, batch)
        if self.pool is None and self.sent >= self.start_after:
            self.pool = self._start(self.plugins)
            if self.sent < self.after:  # started early: ready once each worker has answered
                self.warming = [self.pool.submit_ready() for _ in range(self.jobs)]
        self.sent += len(batch)
        if not self.handed_over:
            ready = all(f.done() for f in self.warming) if self.warming else False
            if self.pool is None or not (ready or self.sent > self.after):
                return self.driver.submit(site_no, batch)
            self.handed_over = True
        try:
            return self.pool.submit(site_no, [(portable(r), p) for r, p in batch])
        except BrokenProcessPool as exc:  # a worker died before this batch was sent
            self.broken = True
            self.engine.notes.append(f"a worker process failed ({type(exc).__name__}: {exc}); "
                                     f"the rest of the run was checked in the main process")
            return self.driver.submit(site_no, batch)

    def _start(self, plugins: list[str]) -> Any:
        if self.scheduler is None:
            return InProcesses(self.engine, self.jobs, plugins)
        from rulekit.dask_map import OnDask

        pool = OnDask(self.engine, self.scheduler, plugins)
        self.batch, self.in_flight = BATCH, 2 * max(1, pool.threads)
        return pool

    def result(self, future: Any, site_no: int, batch: Batch) -> list[PageOutcome]:
        """A batch's outcomes; checked in the driver if a worker could not give them."""
        outcomes = self._answer(future, f"its {len(batch)} resources were checked in the "
                                        f"main process")
        if outcomes is None:
            outcomes = self.driver.submit(site_no, batch).result()
        self.read += len(outcomes)
        self.cached += sum(o.from_cache for o in outcomes)
        return outcomes

    def _answer(self, future: Any, instead: str) -> Any:
        """What a worker's task gave, or None when it could not give it (it died, or what
        it gave could not be pickled): the run's notes say so, and what is done ``instead``."""
        try:
            return future.result()
        except Exception as exc:
            if isinstance(exc, BrokenProcessPool):
                self.broken = True
            self.engine.notes.append(
                f"a worker process failed ({type(exc).__name__}: {exc}); {instead}")
            return None

    def submit_reduce(self, site_no: int, rule_id: str, store: StoreFile,
                      timeout: float | None) -> Future[ReduceOutcome] | None:
        """A site rule's reduce sent to a worker, or None: run it in the driver. Only
        workers of this machine (they read the store's file) that have taken over the
        pages (a small export's run never waits for them) are given one."""
        if not self.handed_over or self.broken or not hasattr(self.pool, "submit_reduce"):
            return None
        try:
            return self.pool.submit_reduce(site_no, rule_id, store, timeout)
        except BrokenProcessPool:  # a worker died after the last batch: the driver reduces
            self.broken = True
            return None

    def reduced(self, future: Future[ReduceOutcome], rule_id: str) -> ReduceOutcome | None:
        """A reduce's outcome; None when the worker could not give it (run it here)."""
        return self._answer(future, f"the reduce of {rule_id} was run in the main process")

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None
