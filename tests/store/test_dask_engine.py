"""``--engine dask``: a real LocalCluster analyses, the client writes; same records as the local engine."""

from __future__ import annotations

import logging

import pytest

from detente.store import Store, ingest
from detente.store.dask_engine import DaskAnalyser, DaskEngineError

from .stored import stored_rows, synthetic_article, write_jsonl

pytestmark = pytest.mark.slow


def _ingest(paths, db, analyser=None):
    with Store(db) as store:
        return ingest(paths, store, batch_size=3, analyser=analyser)


def test_local_cluster_stores_the_same_articles_events_and_actors(tmp_path, samples_dir):
    paths = [samples_dir, write_jsonl(tmp_path / "more.jsonl", [synthetic_article(n) for n in range(5)])]
    local = _ingest(paths, tmp_path / "local.duckdb")
    with DaskAnalyser(workers=2) as analyser:
        assert analyser.workers == 2
        distributed = _ingest(paths, tmp_path / "dask.duckdb", analyser)
    assert (distributed.stored_count, distributed.already_stored) == (local.stored_count, 0) == (7, 0)
    expected, got = stored_rows(tmp_path / "local.duckdb"), stored_rows(tmp_path / "dask.duckdb")
    for table in ("article", "event", "actor", "sentence"):
        assert got[table] == expected[table], table
    assert got == expected
    assert len(got["article"]) == 7


def test_existing_cluster_by_scheduler_address(tmp_path, samples_dir):
    from distributed import LocalCluster

    local = _ingest([samples_dir], tmp_path / "local.duckdb")
    cluster = LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=":0", silence_logs=logging.ERROR)
    with cluster, DaskAnalyser(scheduler=cluster.scheduler_address) as analyser:
        assert analyser.workers == 1
        remote = _ingest([samples_dir], tmp_path / "remote.duckdb", analyser)
        # Resuming through the cluster skips what is stored before sending anything to it.
        again = _ingest([samples_dir], tmp_path / "remote.duckdb", analyser)
    assert remote.stored_count == local.stored_count == 2
    assert (again.stored_count, again.already_stored) == (0, 2)
    assert stored_rows(tmp_path / "remote.duckdb") == stored_rows(tmp_path / "local.duckdb")


def test_unreachable_scheduler_is_named():
    with pytest.raises(DaskEngineError, match=r"tcp://127\.0\.0\.1:9.*is the scheduler running"):
        DaskAnalyser(scheduler="tcp://127.0.0.1:9", timeout=2)
