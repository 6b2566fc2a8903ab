"""corpus-update: a database whose corpus tables are empty or stale is brought up to date, idempotently."""

from __future__ import annotations

from detente.corpus.backfill import backfill
from detente.store import Store

from ..conftest import KOREA_SAMPLE
from .builders import article, event

CORPUS = ("syndication", "syndication_band", "story", "story_mention")


def snapshot(store: Store) -> dict[str, list]:
    return {
        "articles": store.conn.execute(
            "SELECT id, outlet, outlet_country, outlet_kind, syndication_group, original_id FROM article ORDER BY id"
        ).fetchall(),
        "stories": store.conn.execute(
            'SELECT "key", "date", num_mentions, num_sources, num_articles FROM story ORDER BY "key", "date"'
        ).fetchall(),
        "mentions": store.conn.execute(
            "SELECT article_id, event_idx, source_key, outlet_country FROM story_mention ORDER BY 1, 2"
        ).fetchall(),
    }


def test_an_old_database_gets_the_same_corpus_as_a_fresh_ingest(tmp_path):
    body = KOREA_SAMPLE.read_text(encoding="utf-8").split("\n", 1)[1]
    meeting = event("040", "KORGOV", "CHNGOV", date="2026-01-06")
    with Store(tmp_path / "db.duckdb") as store:
        store.write([article("orig", body, date="2026-01-06", events=[meeting])])
        store.write([article("copy", body[:-500], date="2026-01-08", source="Yonhap", events=[meeting])])
        store.write(
            [article("other", "A different report.\nMore.", date="2026-01-07", source="Xinhua", events=[meeting])]
        )
        expected = snapshot(store)
        # What a database written before the corpus tables looks like.
        for table in CORPUS:
            store.conn.execute(f"DELETE FROM {table}")
        store.conn.execute(
            "UPDATE article SET outlet = NULL, outlet_country = NULL, outlet_kind = NULL, "
            "syndication_group = NULL, original_id = NULL"
        )
        report = backfill(store.conn)
        assert (report.articles, report.newly_indexed, report.new_stories) == (3, 3, 1)
        assert snapshot(store) == expected
        assert store.article("copy").original_id == "orig" and store.article("copy").outlet == "yonhap"
        again = backfill(store.conn)
        assert (again.newly_indexed, again.new_stories) == (0, 0)
        assert snapshot(store) == expected
