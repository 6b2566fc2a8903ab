"""Bring the corpus tables up to date with every stored article (databases written before them, codebook edits).

Safe to run any time and to interrupt: each batch is one transaction, articles already indexed or
already counted in stories are skipped by :func:`detente.corpus.update`, and counters are recounted from
the mentions, so running it twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from ..model import Article
from . import prepare, stories, update

BATCH = 256


@dataclass
class BackfillReport:
    articles: int = 0
    newly_indexed: int = 0
    new_stories: int = 0


def _count(conn: duckdb.DuckDBPyConnection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]  # table: a fixed name


def backfill(conn: duckdb.DuckDBPyConnection, on_progress: Callable[[int], None] | None = None) -> BackfillReport:
    """Re-derive outlets from the codebook, index unindexed articles, add their events to stories."""
    report = BackfillReport()
    indexed, stored_stories = _count(conn, "syndication"), _count(conn, "story")
    ids = [r[0] for r in conn.execute("SELECT id FROM article ORDER BY ingested_at, id").fetchall()]
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        records = conn.execute(
            "SELECT record FROM article WHERE id IN (SELECT unnest(?)) ORDER BY ingested_at, id", [chunk]
        ).fetchall()
        articles = prepare([Article.model_validate_json(r[0]) for r in records])
        conn.execute("BEGIN TRANSACTION")
        try:
            conn.executemany(
                "UPDATE article SET outlet = ?, outlet_country = ?, outlet_kind = ? WHERE id = ?",
                [[a.outlet, a.outlet_country, a.outlet_kind, a.id] for a in articles],
            )
            conn.executemany(
                "UPDATE story_mention SET outlet = ?, outlet_country = ?, source_key = ? WHERE article_id = ?",
                [[a.outlet, a.outlet_country, stories.source_key(a), a.id] for a in articles],
            )
            update(conn, articles)
            touched = {
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT story_id FROM story_mention WHERE article_id IN (SELECT unnest(?))", [chunk]
                ).fetchall()
            }
            stories.recount(conn, touched)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        report.articles += len(articles)
        if on_progress:
            on_progress(len(articles))
    report.newly_indexed = _count(conn, "syndication") - indexed
    report.new_stories = _count(conn, "story") - stored_stories
    return report
