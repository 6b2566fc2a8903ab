"""DuckDB tables derived from the data model: one ``article`` table, one table per article list.

Nothing here names an article field by hand: columns come from the pydantic classes in
``detente.model``, so a field added there becomes a column here (added to existing databases by
:func:`migrate`). Nested records are flattened (``source_actor`` -> ``source_actor_name``,
``source_actor_code``, ...); lists and dicts inside a row are stored as JSON.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import duckdb
from pydantic import BaseModel

from ..model import CHILD_TABLES, SCHEMA_VERSION, Article, Outlet, Story, StoryMention, Syndication, SyndicationBand

_SCALARS = {str: "VARCHAR", int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN", bytes: "BLOB"}


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    path: tuple[str, ...]  # attribute path inside the record
    is_json: bool = False

    def value(self, record: BaseModel) -> Any:
        value: Any = record
        for part in self.path:
            value = getattr(value, part, None)
            if value is None:
                return None
        if self.is_json:
            return json.dumps(_plain(value), ensure_ascii=False)
        return value


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _unwrap_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def model_columns(model: type[BaseModel], prefix: tuple[str, ...] = (), skip: set[str] | None = None) -> list[Column]:
    """Columns for a record class, nested records flattened with their field name as prefix."""
    columns: list[Column] = []
    for name, info in model.model_fields.items():
        if skip and name in skip:
            continue
        annotation = _unwrap_optional(info.annotation)
        path = prefix + (name,)
        column_name = "_".join(path)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            columns.extend(model_columns(annotation, path))
        elif typing.get_origin(annotation) is Literal:
            columns.append(Column(column_name, "VARCHAR", path))
        elif annotation in _SCALARS:
            columns.append(Column(column_name, _SCALARS[annotation], path))
        else:  # lists, dicts, Any
            columns.append(Column(column_name, "JSON", path, is_json=True))
    return columns


def _item_model(field_name: str) -> type[BaseModel]:
    annotation = Article.model_fields[field_name].annotation
    (item,) = typing.get_args(annotation)
    return item


# Article columns: its scalars and flattened tone; its lists live in child tables.
ARTICLE_COLUMNS = model_columns(Article, skip=set(CHILD_TABLES))
CHILD_COLUMNS: dict[str, list[Column]] = {field: model_columns(_item_model(field)) for field in CHILD_TABLES}
# Columns the store adds around the model's own.
ARTICLE_EXTRA = [("ingested_at", "TIMESTAMP"), ("record", "JSON")]
CHILD_KEYS = [("article_id", "VARCHAR"), ("idx", "INTEGER")]
# Corpus-level tables (detente.corpus), each from its own record class, with its primary key.
CORPUS_TABLES: dict[str, tuple[type[BaseModel], str]] = {
    "outlet": (Outlet, "id"),
    "syndication": (Syndication, "article_id"),
    "syndication_band": (SyndicationBand, "band, bucket, article_id"),
    "story": (Story, "id"),
    "story_mention": (StoryMention, "article_id, event_idx"),
}
CORPUS_COLUMNS: dict[str, list[Column]] = {table: model_columns(model) for table, (model, _) in CORPUS_TABLES.items()}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_table(conn: duckdb.DuckDBPyConnection, table: str, columns: list[tuple[str, str]], key: str) -> None:
    body = ", ".join(f"{_quote(n)} {t}" for n, t in columns)
    conn.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body}, PRIMARY KEY ({key}))")


def table_columns() -> dict[str, list[tuple[str, str]]]:
    """Every table the model defines, with its (column, type) list in order."""
    tables = {"article": [(c.name, c.sql_type) for c in ARTICLE_COLUMNS] + ARTICLE_EXTRA}
    for field, table in CHILD_TABLES.items():
        tables[table] = CHILD_KEYS + [(c.name, c.sql_type) for c in CHILD_COLUMNS[field]]
    for table, columns in CORPUS_COLUMNS.items():
        tables[table] = [(c.name, c.sql_type) for c in columns]
    return tables


def table_key(table: str) -> str:
    """The primary key of a table: the record hash, the corpus record's key, or (article_id, idx)."""
    if table == "article":
        return "record_hash"
    if table in CORPUS_TABLES:
        return CORPUS_TABLES[table][1]
    return "article_id, idx"


def _key_articles_by_record_hash(conn: duckdb.DuckDBPyConnection) -> None:
    """v2: articles were keyed by the hash of their text alone, which refused a republished copy with its
    own headline and date. Fill ``record_hash`` from each stored record and rebuild the table on it."""
    from ..model import Article

    rows = conn.execute("SELECT content_hash, record FROM article WHERE record_hash IS NULL").fetchall()
    for content_hash, record in rows:
        article = Article.model_validate_json(record)
        conn.execute("UPDATE article SET record_hash = ? WHERE content_hash = ?", [article.record_hash, content_hash])
    columns = table_columns()["article"]
    names = ", ".join(_quote(n) for n, _ in columns)
    conn.execute("DROP TABLE IF EXISTS article__v2")
    _create_table(conn, "article__v2", columns, "record_hash")
    conn.execute(f"INSERT INTO article__v2 ({names}) SELECT {names} FROM article")
    conn.execute("DROP INDEX IF EXISTS article_id_idx")
    conn.execute("DROP TABLE article")
    conn.execute("ALTER TABLE article__v2 RENAME TO article")


# Numbered migrations for changes that adding columns cannot express: version -> function. Each runs
# once, in order, on a database whose stored version is older, inside the opening transaction.
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {2: _key_articles_by_record_hash}


def migrate(conn: duckdb.DuckDBPyConnection) -> int:
    """Create missing tables and columns and run numbered migrations, all in one transaction (a failure
    leaves the file as it was); returns the schema version."""
    conn.execute("BEGIN TRANSACTION")
    try:
        version = _migrate(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return version


def _migrate(conn: duckdb.DuckDBPyConnection) -> int:
    conn.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    rows = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    stored = int(rows[0][0]) if rows else None
    if stored is not None and stored > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema version {stored} is newer than this detente ({SCHEMA_VERSION}); upgrade detente"
        )
    for table, columns in table_columns().items():
        _create_table(conn, table, columns, table_key(table))
        existing = {
            r[0]
            for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
            ).fetchall()
        }
        for name, sql_type in columns:
            if name not in existing:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {_quote(name)} {sql_type}")
    if stored is not None:
        for version in range(stored + 1, SCHEMA_VERSION + 1):
            if version in MIGRATIONS:
                MIGRATIONS[version](conn)
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    conn.execute("CREATE UNIQUE INDEX IF NOT EXISTS article_id_idx ON article (id)")
    return SCHEMA_VERSION
