"""The page map on a Dask distributed cluster (``--executor dask --scheduler tcp://…``).

The same batches and outcomes as the local pool (``page_map``): each Dask worker builds its
engine once per run from the :class:`~rulekit.page_map.WorkerSpec` (the config and plugin
names, scattered to every worker once), reads a mirror's files from their path (so the
export must be where the workers see it: a shared folder) and a WARC's payloads from the
bytes sent, and returns outcomes; the driver merges them in the export's order, so the
findings, their fingerprints and their order are a local run's.

Needs the ``rulekit[dask]`` extra (``distributed``) on the driver and on every worker, with
rulekit and the run's plugins installed in the same versions.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from rulekit.errors import ConfigError
from rulekit.page_check import PageOutcome, PageWork, check_batch
from rulekit.page_map import Batch, WorkerSpec

if TYPE_CHECKING:
    from rulekit.engine import Engine

#: Engines built on this worker, by run; only the newest few are kept.
_ENGINES: dict[str, tuple[Engine, PageWork]] = {}
_KEEP = 2


def check_batch_on_worker(spec: WorkerSpec, run_id: str, site_no: int,
                          batch: Batch) -> list[PageOutcome]:
    """A Dask task: check a batch with this worker's engine for the run (built on first
    use)."""
    built = _ENGINES.get(run_id)
    if built is None:
        engine = spec.engine()
        built = _ENGINES[run_id] = (engine, PageWork.of(engine))
        for old in list(_ENGINES)[:-_KEEP]:
            del _ENGINES[old]
    return check_batch(*built, site_no, batch)


class OnDask:
    """Batches sent to a Dask cluster's workers."""

    def __init__(self, engine: Engine, scheduler: str, plugins: list[str]) -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise ConfigError("the dask executor needs the rulekit[dask] extra: "
                              "pip install 'rulekit[dask]'") from exc
        try:
            self.client = Client(scheduler, timeout="30s", set_as_default=False)
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
        self.run_id = os.urandom(8).hex()  # names this run's engines on the workers
        self.spec = self.client.scatter(WorkerSpec.of(engine, plugins), broadcast=True)
        #: the cluster's worker threads: how many batches to keep in flight
        self.threads = sum(self.client.nthreads().values())

    def submit(self, site_no: int, batch: Batch) -> Any:
        return self.client.submit(check_batch_on_worker, self.spec, self.run_id, site_no,
                                  batch, pure=False)

    def close(self) -> None:
        self.client.close()
