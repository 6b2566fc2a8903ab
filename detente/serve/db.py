"""The server's read-only view of a detente database: one DuckDB connection, one cursor per request."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import duckdb

from ..store import Store


class Database:
    """A detente database opened read-only for serving.

    DuckDB connections are not safe to share between threads; FastAPI runs sync endpoints in a thread
    pool, so every request gets its own cursor (a light connection to the same database instance).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        # Store checks the file exists and is a detente database, with messages meant for people.
        self._store = Store(self.path, read_only=True)
        self._lock = threading.Lock()
        self.columns = self._columns()

    def _columns(self) -> dict[str, set[str]]:
        rows = self._store.conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
        ).fetchall()
        columns: dict[str, set[str]] = {}
        for table, column in rows:
            columns.setdefault(table, set()).add(column)
        return columns

    def has(self, table: str, column: str | None = None) -> bool:
        """Whether the stored schema has this table (and column): older databases may lack new fields."""
        return table in self.columns and (column is None or column in self.columns[table])

    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self._lock:  # creating cursors from one connection concurrently is not documented as safe
            return self._store.conn.cursor()

    def cursors(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A FastAPI dependency: a cursor for one request, closed afterwards."""
        cursor = self.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def close(self) -> None:
        self._store.close()
