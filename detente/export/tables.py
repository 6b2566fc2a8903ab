"""CSV, Parquet and JSON Lines exports of stored tables, written by DuckDB's COPY."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO, Literal

import duckdb

TableFormat = Literal["csv", "parquet", "jsonl"]

# What each exportable table holds; events carry their article's date, outlet and URL, and the story
# (GlobalEventID) they were merged into.
TABLE_QUERIES: dict[str, str] = {
    "events": """
        SELECT e.*, m.story_id, a."date" AS article_date, a.source AS article_source, a.outlet AS article_outlet,
               a.outlet_country AS article_outlet_country, a.url AS article_url
        FROM event e JOIN article a ON a.id = e.article_id
        LEFT JOIN story_mention m ON m.article_id = e.article_id AND m.event_idx = e.idx
        ORDER BY e.article_id, e.idx
    """,
    "actors": "SELECT * FROM actor ORDER BY article_id, idx",
    "quotes": "SELECT * FROM quote ORDER BY article_id, idx",
    "articles": "SELECT * EXCLUDE (record) FROM article ORDER BY ingested_at, id",
    "stories": "SELECT * FROM story ORDER BY id",
    "mentions": "SELECT * FROM story_mention ORDER BY story_id, article_id, event_idx",
}
_COPY_OPTIONS: dict[str, str] = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet", "jsonl": "FORMAT json"}


def _literal(path: Path) -> str:
    """A file path as a SQL string literal (COPY takes no bound parameter for its target)."""
    return "'" + str(path).replace("'", "''") + "'"


def export_table(conn: duckdb.DuckDBPyConnection, table: str, fmt: TableFormat, path: str | os.PathLike[str]) -> int:
    """Write one table to ``path`` in ``fmt``; returns the number of rows written."""
    if table not in TABLE_QUERIES:
        raise ValueError(f"unknown table {table!r}; choose from {', '.join(TABLE_QUERIES)}")
    query = TABLE_QUERIES[table]
    conn.execute(f"COPY ({query}) TO {_literal(Path(path))} ({_COPY_OPTIONS[fmt]})")
    return conn.execute(f"SELECT count(*) FROM ({query})").fetchall()[0][0]


def export_table_to_stream(conn: duckdb.DuckDBPyConnection, table: str, fmt: TableFormat, out: BinaryIO) -> int:
    """Like :func:`export_table`, to an open binary stream (stdout): DuckDB writes a file, we copy it."""
    with tempfile.TemporaryDirectory(prefix="detente-export-") as tmp:
        path = Path(tmp) / f"{table}.{fmt}"
        count = export_table(conn, table, fmt, path)
        with path.open("rb") as written:
            shutil.copyfileobj(written, out)
    out.flush()
    return count
