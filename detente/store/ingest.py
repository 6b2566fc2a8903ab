"""Read -> analyse -> store, streamed in batches; safe to interrupt and re-run.

Each batch is one transaction. An article already stored (same text and provenance, see
``Article.record_hash``) is skipped before it is parsed, so re-running the same command after Ctrl-C, a crash or ``kill -9`` completes the rest and
stores nothing twice.

The analysis can run here (one process) or elsewhere: a :class:`BatchAnalyser` (worker processes,
see ``parallel.py``; a Dask cluster, see ``dask_engine.py``) analyses chunks of each batch while this
process stays the single DuckDB writer. Batches are written in input order whatever finishes first, and
only a bounded number of batches is in flight, so memory does not grow with the size of the corpus.
"""

from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol, Self

from ..analyse import analyse
from ..model import Article
from ..read import DEFAULT_MAX_BYTES, InputError, read_paths
from .db import Store

DEFAULT_BATCH = 64
SUMMARY_ROWS = 50
COUNTED = ("sentences", "actors", "events", "quotes", "amounts", "dates", "places")
# Batches analysed ahead of the one being written, per worker: enough to keep workers busy while the
# writer commits, small enough that memory stays a few batches whatever the corpus size.
AHEAD_PER_WORKER = 2


class AnalysisFuture(Protocol):
    """The part of a future (concurrent.futures or dask.distributed) the ingest loop uses."""

    def result(self) -> list[Article]: ...

    def cancel(self) -> object: ...


class BatchAnalyser(Protocol):
    """Analyses lists of articles somewhere else and hands back the analysed records."""

    workers: int

    def submit(self, articles: list[Article]) -> AnalysisFuture: ...


class ClosingAnalyser:
    """Base of the analysers: a context manager that calls :meth:`close` on the way out."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class IngestError(RuntimeError):
    """The analysis failed outside this process (a worker died, the cluster went away)."""


class _InterruptsDeferred:
    """Hold Ctrl-C back while the database is being used, and raise it right after.

    DuckDB turns a Ctrl-C that arrives during a query into its own "Query interrupted" error, which
    would end the run with a traceback; deferred, the write in progress commits (or rolls back on a
    real error) and the run then stops cleanly. Only the main thread can handle signals.
    """

    def __init__(self) -> None:
        self.received = False
        self.previous = None

    def __enter__(self) -> None:
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._hold)

    def _hold(self, signum: int, frame: object) -> None:
        self.received = True

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
            self.previous = None
        if self.received:
            self.received = False
            raise KeyboardInterrupt


def article_summary(article: Article) -> dict[str, object]:
    """One line of the closing summary: the article and how much each stage found in it."""
    summary: dict[str, object] = {
        "id": article.id,
        "title": article.title or article.path,
        "date": article.date,
        "source": article.source,
    }
    summary.update({name: len(getattr(article, name)) for name in COUNTED})
    return summary


@dataclass
class IngestReport:
    """What one ingest run did."""

    stored_count: int = 0
    summaries: list[dict[str, object]] = field(default_factory=list)  # the first SUMMARY_ROWS stored
    already_stored: int = 0
    rejected: list[InputError] = field(default_factory=list)
    # Stored articles on which an analysis stage failed (stored with every other stage's output).
    stage_failures: list[InputError] = field(default_factory=list)
    sentences: int = 0
    interrupted: bool = False

    @property
    def read(self) -> int:
        return self.stored_count + self.already_stored


def _batches(items: Iterable[Article | InputError], size: int) -> Iterator[list[Article | InputError]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _chunks(articles: list[Article], parts: int) -> list[list[Article]]:
    """Split a batch into at most ``parts`` contiguous, nearly equal chunks (one per worker)."""
    parts = max(1, min(parts, len(articles)))
    size, extra = divmod(len(articles), parts)
    chunks, start = [], 0
    for index in range(parts):
        end = start + size + (1 if index < extra else 0)
        chunks.append(articles[start:end])
        start = end
    return chunks


@dataclass
class _Pending:
    """A batch whose fresh articles are being analysed; written once every chunk is back."""

    futures: list[AnalysisFuture]
    hashes: list[str]
    ids: list[str]
    read_count: int


class _Dedup:
    """Which articles of a batch are new: not stored, not already in flight, id not taken by other text.

    Only the batches still in flight are held here, never the whole run: what has been written is
    found in the database (one lookup per batch), so memory stays flat however many articles are read.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.hashes: set[str] = set()
        self.ids: dict[str, str] = {}

    def fresh(self, articles: Sequence[Article], reject: Callable[[InputError], None]) -> tuple[list[Article], int]:
        stored = self.store.stored_hashes([a.record_hash for a in articles])
        ids_taken = self.store.stored_ids([a.id for a in articles])
        fresh: list[Article] = []
        skipped = 0
        for article in articles:
            if article.record_hash in stored or article.record_hash in self.hashes:
                skipped += 1
                continue
            owner = self.ids.get(article.id) or ids_taken.get(article.id)
            if owner is not None and owner != article.record_hash:
                reject(
                    InputError(
                        article.path or "?",
                        f"id {article.id!r} is already used by a different article; give it a unique id",
                    )
                )
                continue
            fresh.append(article)
            self.hashes.add(article.record_hash)
            self.ids[article.id] = article.record_hash
        return fresh, skipped

    def done(self, pending: _Pending) -> None:
        self.hashes.difference_update(pending.hashes)
        for article_id in pending.ids:
            self.ids.pop(article_id, None)


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    *,
    batch_size: int = DEFAULT_BATCH,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[InputError], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    analyser: BatchAnalyser | None = None,
    on_warning: Callable[[InputError], None] | None = None,
) -> IngestReport:
    """Ingest every article under ``paths`` into ``store``; errors are reported, not raised.

    With ``analyser`` (see ``parallel.py`` and ``dask_engine.py``) the parsing runs in its workers;
    without, in this process. Either way this process reads, skips what is stored, and writes.
    Raises :class:`IngestError` when a worker fails; every batch written before that stays stored.
    """
    report = IngestReport()
    dedup = _Dedup(store)
    database_in_use = _InterruptsDeferred()
    pending: deque[_Pending] = deque()
    ahead = AHEAD_PER_WORKER * analyser.workers if analyser else 0

    def reject(error: InputError) -> None:
        report.rejected.append(error)
        if on_error:
            on_error(error)

    def write(analysed: list[Article], read_count: int) -> None:
        with database_in_use:  # a Ctrl-C now is raised after the commit and after it is counted
            store.write(analysed)
            report.stored_count += len(analysed)
            report.sentences += sum(len(a.sentences) for a in analysed)
            for article in analysed[: max(0, SUMMARY_ROWS - len(report.summaries))]:
                report.summaries.append(article_summary(article))
        for article in analysed:
            for failure in article.analysis_errors:
                warning = InputError(article.path or article.id, f"stored without stage {failure}")
                report.stage_failures.append(warning)
                if on_warning:
                    on_warning(warning)
        if on_progress:
            on_progress(read_count)

    def write_oldest() -> None:
        oldest = pending[0]
        try:
            analysed = [article for future in oldest.futures for article in future.result()]
        except (KeyboardInterrupt, IngestError):
            raise
        except Exception as err:  # a worker process died or the cluster failed: say so in one line
            raise IngestError(f"analysis failed in a worker ({type(err).__name__}: {err})") from err
        write(analysed, oldest.read_count)
        pending.popleft()
        dedup.done(oldest)

    try:
        for batch in _batches(read_paths(paths, max_bytes), batch_size):
            for item in batch:
                if isinstance(item, InputError):
                    reject(item)
            articles = [item for item in batch if isinstance(item, Article)]
            with database_in_use:
                fresh, skipped = dedup.fresh(articles, reject)
            report.already_stored += skipped
            if analyser is None:
                write(list(analyse(fresh)), len(batch))
                dedup.done(_Pending([], [a.record_hash for a in fresh], [a.id for a in fresh], len(batch)))
                continue
            futures = [analyser.submit(chunk) for chunk in _chunks(fresh, analyser.workers)] if fresh else []
            pending.append(_Pending(futures, [a.record_hash for a in fresh], [a.id for a in fresh], len(batch)))
            while len(pending) > ahead:
                write_oldest()
        while pending:
            write_oldest()
    except KeyboardInterrupt:
        # A batch is committed whole or not at all (Store.write rolls back on any error); batches
        # still being analysed are dropped and analysed again by the next run (their hashes are not stored).
        report.interrupted = True
    finally:
        for left in pending:
            for future in left.futures:
                future.cancel()
    return report
