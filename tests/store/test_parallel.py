"""``--workers N``: worker processes analyse, the parent writes; results equal the one-process run."""

from __future__ import annotations

import pytest

from detente.store import Store, ingest
from detente.store.ingest import _chunks
from detente.store.parallel import ProcessAnalyser

from .stored import stored_rows, synthetic_article, write_jsonl


def _corpus(tmp_path, samples_dir):
    """The samples plus synthetic articles with a repeated text and an id reused for other text."""
    records = [synthetic_article(n) for n in range(14)]
    records.append(dict(records[3]))  # the same article again, several batches later
    clash = synthetic_article(40)
    clash["id"] = records[5]["id"]  # a different text under an id already used
    records.append(clash)
    return [samples_dir, write_jsonl(tmp_path / "synthetic.jsonl", records)]


def _run(paths, db, analyser=None):
    with Store(db) as store:
        report = ingest(paths, store, batch_size=4, analyser=analyser)
    return report


def _outcome(report):
    return report.stored_count, report.already_stored, sorted(str(e) for e in report.rejected)


@pytest.mark.slow
def test_two_workers_store_exactly_what_one_process_stores(tmp_path, samples_dir):
    paths = _corpus(tmp_path, samples_dir)
    alone = _run(paths, tmp_path / "one.duckdb")
    with ProcessAnalyser(2) as analyser:
        assert analyser.workers == 2
        shared = _run(paths, tmp_path / "two.duckdb", analyser)
        # Re-running with workers finds everything stored and parses nothing.
        again = _run(paths, tmp_path / "two.duckdb", analyser)
    assert _outcome(shared) == _outcome(alone)
    assert alone.stored_count == 2 + 14 and alone.already_stored == 1
    assert [str(e) for e in alone.rejected] == [
        f"{paths[1]}:16: id 'syn-5' is already used by a different article; give it a unique id"
    ]
    assert stored_rows(tmp_path / "two.duckdb") == stored_rows(tmp_path / "one.duckdb")
    assert (again.stored_count, again.already_stored) == (0, 2 + 14 + 1)
    assert [s["id"] for s in shared.summaries] == [s["id"] for s in alone.summaries]  # input order kept


def test_batches_split_evenly_over_workers():
    items = list(range(10))
    assert _chunks(items, 3) == [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]
    assert _chunks(items[:2], 4) == [[0], [1]]
    assert _chunks(items, 1) == [items]


def test_workers_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        ProcessAnalyser(0)
