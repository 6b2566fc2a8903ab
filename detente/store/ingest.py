"""Read -> analyse -> store, streamed in batches; safe to interrupt and re-run.

Each batch is one transaction. An article whose clean text is already stored is skipped before it
is parsed, so re-running the same command after Ctrl-C or a crash completes the rest and stores
nothing twice.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from ..analyse import analyse
from ..model import Article
from ..read import DEFAULT_MAX_BYTES, InputError, read_paths
from .db import Store

DEFAULT_BATCH = 64
SUMMARY_ROWS = 50
COUNTED = ("sentences", "actors", "events", "quotes", "amounts", "dates", "places")


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
    sentences: int = 0
    interrupted: bool = False

    @property
    def read(self) -> int:
        return self.stored_count + self.already_stored


def _batches(items: Iterable[Article | InputError], size: int) -> Iterator[list[Article | InputError]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    *,
    batch_size: int = DEFAULT_BATCH,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[InputError], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest every article under ``paths`` into ``store``; errors are reported, not raised."""
    report = IngestReport()
    seen_this_run: set[str] = set()

    def reject(error: InputError) -> None:
        report.rejected.append(error)
        if on_error:
            on_error(error)

    try:
        for batch in _batches(read_paths(paths, max_bytes), batch_size):
            fresh: list[Article] = []
            articles = [item for item in batch if isinstance(item, Article)]
            for item in batch:
                if isinstance(item, InputError):
                    reject(item)
            stored = store.stored_hashes([a.content_hash for a in articles])
            ids_taken = store.stored_ids([a.id for a in articles])
            for article in articles:
                if article.content_hash in stored or article.content_hash in seen_this_run:
                    report.already_stored += 1
                elif ids_taken.get(article.id, article.content_hash) != article.content_hash or any(
                    a.id == article.id for a in fresh
                ):
                    reject(
                        InputError(
                            article.path or "?",
                            f"id {article.id!r} is already used by a different article; give it a unique id",
                        )
                    )
                else:
                    fresh.append(article)
                    seen_this_run.add(article.content_hash)
            analysed = list(analyse(fresh))
            store.write(analysed)
            report.stored_count += len(analysed)
            report.sentences += sum(len(a.sentences) for a in analysed)
            for article in analysed[: max(0, SUMMARY_ROWS - len(report.summaries))]:
                report.summaries.append(article_summary(article))
            if on_progress:
                on_progress(len(batch))
    except KeyboardInterrupt:
        report.interrupted = True
    return report
