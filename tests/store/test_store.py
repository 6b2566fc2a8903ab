"""The DuckDB store: tables from the model, idempotent and atomic writes, migrations, resumable ingest."""

from __future__ import annotations

import json

import duckdb
import pytest

from detente.model import SCHEMA_VERSION, Article
from detente.read import read_text
from detente.store import Store, StoreError, ingest
from detente.store.schema import table_columns

STORY = "Japan and South Korea agreed on Tuesday to renew a fisheries pact covering their shared waters. "


def _article(n: int) -> Article:
    return read_text(STORY + f"Round {n} of talks ended.", path=f"story-{n}.txt")


def test_tables_come_from_the_model(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        stored = {
            table: [
                (r[0], r[1])
                for r in store.conn.execute(
                    "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                    "ORDER BY ordinal_position",
                    [table],
                ).fetchall()
            ]
            for table in table_columns()
        }
        assert store.schema_version() == SCHEMA_VERSION
    assert set(stored) >= {"article", "sentence", "actor", "event", "quote", "amount", "date_mention", "place"}
    assert ("source_actor_code", "VARCHAR") in stored["event"]
    assert ("quad_class", "BIGINT") in stored["event"]
    assert ("content_hash", "VARCHAR") in stored["article"]


def test_samples_ingested_twice_are_stored_once(tmp_path, samples_dir):
    db = tmp_path / "samples.duckdb"
    with Store(db) as store:
        first = ingest([samples_dir], store)
        counts = store.counts()
    with Store(db) as store:
        second = ingest([samples_dir], store)
        assert store.counts() == counts
    assert (first.stored_count, first.already_stored) == (2, 0)
    assert (second.stored_count, second.already_stored) == (0, 2)
    assert counts["article"] == 2 and counts["sentence"] > 40


def test_stored_record_round_trips(tmp_path, samples_dir):
    with Store(tmp_path / "t.duckdb") as store:
        ingest([samples_dir], store)
        articles = list(store.articles())
        again = store.article(articles[0].id)
    assert again == articles[0]
    assert {a.date for a in articles} == {"2025-11-01", "2026-01-06"}
    assert all(a.sentences for a in articles)


def test_a_failing_batch_stores_nothing_and_keeps_what_was_there(tmp_path):
    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        store.write([_article(1)])
        before = store.counts()
        duplicate = _article(2)
        with pytest.raises(duckdb.ConstraintException):
            store.write([duplicate, duplicate])  # second copy violates the key: the whole batch rolls back
        assert store.counts() == before
        assert [a.text for a in store.articles()] == [_article(1).text]


def test_interrupted_ingest_resumes_without_duplicates(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(5):
        (folder / f"{n}.txt").write_text(STORY + f"Round {n} of talks ended.", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    batches = []

    def interrupt_after_two_batches(_: int) -> None:
        batches.append(1)
        if len(batches) == 2:
            raise KeyboardInterrupt  # what Ctrl-C raises

    with Store(db) as store:
        report = ingest([folder], store, batch_size=2, on_progress=interrupt_after_two_batches)
        assert report.interrupted
        assert store.counts()["article"] == 4
    with Store(db) as store:
        report = ingest([folder], store, batch_size=2)
        assert (report.stored_count, report.already_stored, report.interrupted) == (1, 4, False)
        texts = [a.text for a in store.articles()]
    assert sorted(texts) == sorted({t for t in texts}) and len(texts) == 5


def test_rejected_inputs_leave_the_database_unchanged(tmp_path):
    db = tmp_path / "t.duckdb"
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    with Store(db) as store:
        ingest([good], store)
        before = store.conn.execute("SELECT record FROM article").fetchall()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    other = tmp_path / "other.txt"
    other.write_text(STORY + "A second story.", encoding="utf-8")
    with Store(db) as store:
        report = ingest([binary, other, tmp_path / "gone.txt"], store)
        after = store.conn.execute("SELECT record FROM article").fetchall()
    assert [e.path for e in report.rejected] == [str(binary), str(tmp_path / "gone.txt")]
    assert report.stored_count == 1
    assert set(before) <= set(after) and len(after) == 2


def test_same_id_with_other_content_is_rejected_not_overwritten(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "x1", "text": STORY}) + "\n", encoding="utf-8")
    clash = tmp_path / "clash.jsonl"
    clash.write_text(json.dumps({"id": "x1", "text": STORY + "Changed."}) + "\n", encoding="utf-8")
    with Store(tmp_path / "t.duckdb") as store:
        ingest([feed], store)
        report = ingest([clash], store)
        assert store.article("x1").text == STORY.strip()
    assert "already used by a different article" in str(report.rejected[0])


def test_open_migrates_an_older_database(tmp_path):
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.write([_article(1)])
        # An older detente lacked a column the model now has: drop it to simulate the old file.
        store.conn.execute('ALTER TABLE event DROP COLUMN "trigger"')
        store.conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    with Store(db) as store:
        columns = {
            r[0]
            for r in store.conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'event'"
            ).fetchall()
        }
        assert "trigger" in columns
        assert store.schema_version() == SCHEMA_VERSION
        assert store.counts()["article"] == 1


def test_newer_database_and_non_detente_files_are_refused(tmp_path):
    db = tmp_path / "new.duckdb"
    with Store(db) as store:
        store.conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(RuntimeError, match="newer than this detente"):
        Store(db)
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(StoreError, match="not a detente database"):
        Store(other, read_only=True)
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_a_republished_copy_with_its_own_headline_and_date_is_a_record_of_its_own(tmp_path):
    original = tmp_path / "original.txt"
    original.write_text("Talks resume\n\ndate 2026-03-02\n\n" + STORY, encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text("Some PR Wire\n\nPartner site: talks resume\n\ndate 2026-03-04\n\n" + STORY, encoding="utf-8")
    with Store(tmp_path / "t.duckdb") as store:
        first = ingest([original, copy], store)
        again = ingest([copy, original], store)
        rows = store.conn.execute("SELECT id, content_hash, date, syndicated_by FROM article ORDER BY date").fetchall()
    assert (first.stored_count, again.stored_count, again.already_stored) == (2, 0, 2)
    assert rows[0][1] == rows[1][1]  # the same text ...
    assert rows[0][0] != rows[1][0]  # ... but two records, each with its own date and wire
    assert [(r[2], r[3]) for r in rows] == [("2026-03-02", None), ("2026-03-04", "Some PR Wire")]


def test_a_version_1_database_is_rekeyed_on_open(tmp_path):
    db = tmp_path / "v1.duckdb"
    with Store(db) as store:
        store.write([_article(1)])
        # Rebuild the file as version 1 wrote it: articles keyed by their text's hash, no record_hash.
        conn = store.conn
        conn.execute("CREATE TABLE old AS SELECT * EXCLUDE (record_hash) FROM article")
        conn.execute("DROP INDEX article_id_idx")
        conn.execute("DROP TABLE article")
        columns = ", ".join(
            f'"{r[0]}" {r[1]}'
            for r in conn.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'old' "
                "ORDER BY ordinal_position"
            ).fetchall()
        )
        conn.execute(f"CREATE TABLE article ({columns}, PRIMARY KEY (content_hash))")
        conn.execute("INSERT INTO article SELECT * FROM old")
        conn.execute("DROP TABLE old")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with Store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        key = store.conn.execute(
            "SELECT constraint_column_names FROM duckdb_constraints() "
            "WHERE table_name = 'article' AND constraint_type = 'PRIMARY KEY'"
        ).fetchall()
        assert key == [(["record_hash"],)]
        (article,) = store.articles()
        assert article.text == _article(1).text
        assert store.stored_hashes([_article(1).record_hash]) == {_article(1).record_hash}
        assert ingest([], store).stored_count == 0
