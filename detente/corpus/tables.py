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
    arrow = pa.table({c.name: [c.value(r) for r in records] for c in columns})
    view = f"_incoming_corpus_{table}"
    conn.register(view, arrow)
    try:
        names = ", ".join(f'"{c.name}"' for c in columns)
        conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view}")
    finally:
        conn.unregister(view)
