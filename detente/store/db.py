"""The DuckDB store: one file, one writer, each batch of articles written in one transaction."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from .. import corpus
from ..model import CHILD_TABLES, Article
from .schema import ARTICLE_COLUMNS, CHILD_COLUMNS, migrate, table_columns

DEFAULT_DB = "detente.duckdb"
# The record as analysed at ingest, with the corpus fields taken from their live columns: later articles
# change them (a copy arriving makes an article part of a syndication group), as does `corpus-update`.
_CORPUS_FIELDS = ("outlet", "outlet_country", "outlet_kind", "syndication_group", "original_id")
_RECORD = "json_merge_patch(record, json_object({}))".format(", ".join(f"'{f}', {f}" for f in _CORPUS_FIELDS))


class StoreError(RuntimeError):
    """A problem with the database file, worded for the person running the command."""


class Store:
    """An open detente database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such database; create it with: detente ingest PATHS --db {self.path}")
        try:
            self.conn = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as err:
            raise StoreError(f"{self.path}: cannot open database ({err}); is another detente writing to it?") from err
        except duckdb.Error as err:
            raise StoreError(f"{self.path}: not a detente DuckDB database ({err})") from err
        if not read_only:
            migrate(self.conn)
        self._check_schema()

    def _check_schema(self) -> None:
        tables = {r[0] for r in self.conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "article" not in tables:
            raise StoreError(f"{self.path}: not a detente database (no 'article' table)")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- writing ---------------------------------------------------------------------------------

    def stored_hashes(self, hashes: Sequence[str]) -> set[str]:
        """Which of these record hashes (the article key, see ``Article.record_hash``) are already stored."""
        if not hashes:
            return set()
        rows = self.conn.execute(
            "SELECT record_hash FROM article WHERE record_hash IN (SELECT unnest(?))", [list(hashes)]
        ).fetchall()
        return {r[0] for r in rows}

    def stored_ids(self, ids: Sequence[str]) -> dict[str, str]:
        """id -> record hash for the ids already stored."""
        if not ids:
            return {}
        rows = self.conn.execute(
            "SELECT id, record_hash FROM article WHERE id IN (SELECT unnest(?))", [list(ids)]
        ).fetchall()
        return dict(rows)

    def write(self, articles: Sequence[Article]) -> None:
        """Store analysed articles and all their lists in one transaction: all of them or none."""
        if not articles:
            return
        articles = corpus.prepare(articles)  # outlet fields from the codebook, before the rows are built
        now = datetime.now(UTC).replace(tzinfo=None)
        tables = {"article": _article_rows(articles, now)}
        for field, table in CHILD_TABLES.items():
            tables[table] = _child_rows(articles, field)
        columns = table_columns()
        # Register every incoming table before the transaction, so that a failed insert can roll back
        # and the views can still be dropped afterwards.
        incoming: dict[str, tuple[str, list[str]]] = {}
        for table, rows in tables.items():
            if rows is not None:
                names = [n for n, _ in columns[table]]
                view = f"_incoming_{table}"
                self.conn.register(view, pa.table({n: rows[n] for n in names}))
                incoming[table] = (view, names)
        try:
            self.conn.execute("BEGIN TRANSACTION")
            try:
                for table, (view, names) in incoming.items():
                    quoted = ", ".join(f'"{n}"' for n in names)
                    self.conn.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM {view}")
                # Syndication groups and story counters change in the same transaction as the articles.
                corpus.update(self.conn, articles)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        finally:
            for view, _ in incoming.values():
                self.conn.unregister(view)

    # -- reading ---------------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        row = self.one(f"SELECT {_RECORD} FROM article WHERE id = ?", [article_id])
        return Article.model_validate_json(row[0]) if row else None

    def articles(self, batch: int = 256) -> Iterator[Article]:
        """Every stored article record, oldest first, streamed."""
        # A cursor of its own, so the caller may use the store while iterating.
        cursor = self.conn.cursor().execute(f"SELECT {_RECORD} FROM article ORDER BY ingested_at, id")
        while rows := cursor.fetchmany(batch):
            for (record,) in rows:
                yield Article.model_validate_json(record)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {
            table: self.one(f"SELECT count(*) FROM {table}")[0]  # table names come from the model
            for table in table_columns()
        }

    def schema_version(self) -> int:
        row = self.one("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(row[0]) if row else 0

    def one(self, sql: str, params: list | None = None) -> tuple | None:
        """The first row of a query, or None. DuckDB 2 refuses new work on a connection whose last
        result was not read to the end, so the whole (small) result is always fetched."""
        rows = self.conn.execute(sql, params or []).fetchall()
        return rows[0] if rows else None


def _article_rows(articles: Sequence[Article], now: datetime) -> dict[str, list]:
    rows: dict[str, list] = {c.name: [c.value(a) for a in articles] for c in ARTICLE_COLUMNS}
    rows["ingested_at"] = [now] * len(articles)
    rows["record"] = [a.model_dump_json() for a in articles]
    return rows


def _child_rows(articles: Iterable[Article], field: str) -> dict[str, list] | None:
    columns = CHILD_COLUMNS[field]
    rows: dict[str, list] = {"article_id": [], "idx": [], **{c.name: [] for c in columns}}
    for article in articles:
        for idx, item in enumerate(getattr(article, field)):
            rows["article_id"].append(article.id)
            rows["idx"].append(idx)
            for c in columns:
                rows[c.name].append(c.value(item))
    return rows if rows["idx"] else None
