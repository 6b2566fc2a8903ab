"""Writing corpus records into their tables, whose columns come from the record classes."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pyarrow as pa
from pydantic import BaseModel


def insert_records(conn: duckdb.DuckDBPyConnection, table: str, records: Sequence[BaseModel]) -> None:
    """Insert records into a corpus table (see ``CORPUS_TABLES`` in ``detente.store.schema``)."""
    if not records:
        return
    # Imported here: the store imports this package to run the corpus update inside its write.
    from ..store.schema import CORPUS_COLUMNS

    columns = CORPUS_COLUMNS[table]
    insert_arrow(conn, table, pa.table({c.name: [c.value(r) for r in records] for c in columns}))


def insert_arrow(conn: duckdb.DuckDBPyConnection, table: str, rows: pa.Table, *, or_ignore: bool = False) -> None:
    """Insert an Arrow table into ``table`` by column name, in one statement (the caller's transaction)."""
    view = f"_incoming_corpus_{table}"
    conn.register(view, rows)
    try:
        names = ", ".join(f'"{n}"' for n in rows.column_names)
        verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
        conn.execute(f"{verb} INTO {table} ({names}) SELECT {names} FROM {view}")
    finally:
        conn.unregister(view)
