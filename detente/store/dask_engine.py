"""``detente ingest --engine dask [--scheduler ADDRESS]``: analyse on a Dask cluster, write here.

Without an address a ``dask.distributed.LocalCluster`` of worker processes starts on this machine;
with one, the client joins an existing cluster. Either way the division of labour is the one of
``--workers`` (see ``parallel.py``): this process reads the input, skips articles already stored (it
needs their content hash, and the database, for that), and sends chunks of fresh articles to the
workers; each worker loads the spaCy pipeline once and sends analysed records back; this process is the
single DuckDB writer, one transaction per batch, so checkpointing and resuming work exactly as locally
and the same input stores exactly the same records. ``docs/scaling.md`` explains the choice and the
Parquet route for corpora where one writer becomes the limit.
"""

from __future__ import annotations

import logging

from .. import __version__
from ..model import SCHEMA_VERSION, Article
from .ingest import ClosingAnalyser
from .parallel import analyse_batch, prepare_worker

# How long to wait for an existing scheduler to answer and to have at least one worker.
WORKER_WAIT_SECONDS = 60


class DaskEngineError(RuntimeError):
    """The Dask cluster cannot be used (unreachable, no workers, a different detente on the workers)."""


def worker_versions() -> tuple[str, int]:
    """What a worker runs: detente's version and its schema version (they must match the client's)."""
    return __version__, SCHEMA_VERSION


class DaskAnalyser(ClosingAnalyser):
    """Analyse article chunks on a Dask cluster. Use as a context manager.

    ``workers`` is how many worker processes a LocalCluster gets (one thread each: spaCy holds the GIL,
    so threads would not add speed); with ``scheduler`` the cluster's own size counts instead.
    """

    def __init__(self, scheduler: str | None = None, workers: int = 2, timeout: float = WORKER_WAIT_SECONDS) -> None:
        from distributed import Client, LocalCluster

        self._cluster = None
        try:
            if scheduler is None:
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # no dashboard wanted, but never clash on a port
                    silence_logs=logging.ERROR,
                )
                self._client = Client(self._cluster)
            else:
                self._client = Client(scheduler, timeout=timeout)
                self._client.wait_for_workers(1, timeout=timeout)
        except (OSError, TimeoutError) as err:
            self.close()
            where = scheduler or "a local cluster"
            raise DaskEngineError(f"cannot use Dask at {where} ({err}); is the scheduler running?") from err
        self._check_workers()
        threads = self._client.nthreads()
        self.workers = max(1, sum(threads.values()))
        # Load the model on every worker now, in parallel, rather than inside the first chunks.
        self._client.run(prepare_worker)

    def _check_workers(self) -> None:
        mine = worker_versions()
        for worker, theirs in self._client.run(worker_versions).items():
            if tuple(theirs) != mine:
                self.close()
                raise DaskEngineError(
                    f"worker {worker} runs detente {theirs[0]} (schema {theirs[1]}), this client {mine[0]} "
                    f"(schema {mine[1]}); install the same detente on every worker"
                )

    def submit(self, articles: list[Article]):  # -> distributed.Future[list[Article]]
        # pure=False: every chunk is its own task, even if two chunks happen to hold equal records.
        return self._client.submit(analyse_batch, articles, pure=False)

    def close(self) -> None:
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()
