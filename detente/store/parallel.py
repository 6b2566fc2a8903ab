"""``detente ingest --workers N``: analyse batches in N worker processes; this process stays the writer.

Each worker loads the spaCy pipeline once (at start-up) and then analyses chunks of articles it is
sent; the analysed records come back and the parent writes them, one transaction per batch, in input
order (see ``ingest.py``). DuckDB allows one writing process per file, so the workers never touch the
database, and checkpointing works as in one process: what was committed is skipped on the next run.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor

from ..analyse import analyse
from ..analyse.nlp import load_nlp
from ..model import Article
from ..read import read_text
from .ingest import ClosingAnalyser


def analyse_batch(articles: list[Article]) -> list[Article]:
    """Analyse a chunk of articles with every stage (runs in a worker; the model is cached per process)."""
    return list(analyse(articles))


# A neutral sentence analysed once at worker start, so that everything the stages load lazily and
# cache per process (codebooks, gazetteers: seconds of work) is loaded before the first real chunk.
WARM_UP_TEXT = "Officials from two governments met in the capital on Monday and agreed to hold more talks next month."


def prepare_worker() -> None:
    """Load the model and every stage's cached data once per worker process, before the first chunk."""
    load_nlp()
    analyse_batch([read_text(WARM_UP_TEXT, path="warm-up")])


# How often a worker checks that the ingest that started it is still alive.
PARENT_CHECK_SECONDS = 1.0


def _exit_when_orphaned(parent: int) -> None:
    """Exit once the parent is gone (e.g. ``kill -9``): a worker blocked on its task queue never
    sees end-of-file, because it holds that pipe's other end itself, and would wait forever."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _start_process_worker(parent: int) -> None:
    # Ctrl-C reaches the whole process group; only the parent should react (it rolls back and
    # reports), so workers ignore it instead of dying with a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_when_orphaned, args=(parent,), name="parent-watch", daemon=True).start()
    prepare_worker()


class ProcessAnalyser(ClosingAnalyser):
    """A pool of worker processes, each with its own spaCy pipeline. Use as a context manager."""

    def __init__(self, workers: int) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        # 'spawn', not 'fork': the parent holds an open DuckDB connection and its threads, which a
        # forked child must not inherit; spawned workers start clean and load the model themselves.
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_process_worker,
            initargs=(os.getpid(),),
        )

    def submit(self, articles: list[Article]) -> Future[list[Article]]:
        return self._pool.submit(analyse_batch, articles)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
