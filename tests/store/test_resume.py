"""Checkpointing: an ingest killed with SIGKILL mid-run resumes with nothing lost and nothing twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from detente.store import Store, ingest

from .stored import stored_rows, synthetic_article, write_jsonl

pytestmark = pytest.mark.slow

ARTICLES = 160
REPEATED = range(0, ARTICLES, 40)  # these articles appear twice in the input
BATCH = 4


def _command(source: Path, db: Path, workers: str) -> list[str]:
    options = ["--db", str(db), "--batch-size", str(BATCH), "--workers", workers]
    return [sys.executable, "-m", "detente", "ingest", str(source), *options]


def _wait_for_first_commit(process: subprocess.Popen) -> None:
    """Block until the ingest reports its first committed batch (a progress line on stderr)."""
    for line in process.stderr:
        if "committed" in line:
            return
    pytest.fail(f"ingest ended (status {process.wait()}) before it committed a batch")


def _still_running(process: psutil.Process) -> bool:
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _stored_articles(db: Path) -> int:
    with Store(db, read_only=True) as store:
        return store.counts()["article"]


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """Many small synthetic articles, some repeated."""
    records = [synthetic_article(n) for n in range(ARTICLES)]
    records += [records[n] for n in REPEATED]  # stored once
    return write_jsonl(tmp_path_factory.mktemp("resume") / "many.jsonl", records)


def _reference(source: Path, db: Path) -> Path:
    """The database an uninterrupted run builds."""
    with Store(db) as store:
        report = ingest([source], store, batch_size=BATCH)
    assert report.stored_count == ARTICLES and not report.rejected
    return db


@pytest.mark.parametrize("workers", ["1", "2"])
def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path, source, workers):
    db = tmp_path / "killed.duckdb"
    command = _command(source, db, workers)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    children = []
    try:
        _wait_for_first_commit(process)
        children = psutil.Process(process.pid).children(recursive=True)
        os.kill(process.pid, signal.SIGKILL)  # like `kill -9` of the command: no clean-up runs
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
        process.stderr.close()
    # Worker processes notice that their parent is gone and exit; they never hold the database.
    _, alive = psutil.wait_procs(children, timeout=60)
    alive = [p for p in alive if _still_running(p)]  # an exited orphan may stay a zombie in a container
    for orphan in alive:
        orphan.kill()
    assert not alive, "worker processes outlived the killed ingest"

    partial = _stored_articles(db)
    assert 0 < partial < ARTICLES, "the kill should land mid-run"

    rerun = subprocess.run([*command, "-q"], capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    summary = " ".join(rerun.stdout.split())  # the console may wrap the line
    assert (
        f"{ARTICLES - partial} new article(s) stored, {partial + len(REPEATED)} already stored, 0 rejected" in summary
    )
    assert f"now holds {ARTICLES} article(s)" in summary
    # Same rows in every table as a run that was never interrupted: nothing lost, nothing twice.
    assert stored_rows(db) == stored_rows(_reference(source, tmp_path / "reference.duckdb"))
