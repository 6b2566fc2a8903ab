"""Across articles: outlets, syndication groups and stories (one real-world event, many reports).

:func:`prepare` fills an article's outlet fields before it is stored; :func:`update` runs inside the
store's write transaction, so the corpus tables and their counters never disagree with the articles.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

from ..model import Article
from . import stories, syndication
from .outlets import article_outlet, load_outlets


def prepare(articles: Sequence[Article]) -> list[Article]:
    """The articles with their outlet, outlet country and kind from the codebook (None when unknown)."""
    prepared = []
    for article in articles:
        outlet = article_outlet(article)
        prepared.append(
            article.model_copy(
                update={
                    "outlet": outlet.id if outlet else None,
                    "outlet_country": outlet.country if outlet else None,
                    "outlet_kind": outlet.kind if outlet else None,
                }
            )
        )
    return prepared


def update(conn: duckdb.DuckDBPyConnection, articles: Sequence[Article]) -> None:
    """Add stored articles to the syndication index and their events to the stories (same transaction)."""
    _sync_outlets(conn)
    syndication.update(conn, articles)
    stories.update(conn, articles)


def _sync_outlets(conn: duckdb.DuckDBPyConnection) -> None:
    """Keep the ``outlet`` table equal to the shipped codebook (so SQL users can join on it)."""
    book = load_outlets()
    if conn.execute("SELECT count(*) FROM outlet").fetchall()[0][0] == len(book.outlets):
        return
    from .tables import insert_records

    conn.execute("DELETE FROM outlet")
    insert_records(conn, "outlet", list(book.outlets.values()))
