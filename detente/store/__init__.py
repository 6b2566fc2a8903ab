"""Storing: the DuckDB database (schema from the data model) and the streamed ingest into it."""

from .db import DEFAULT_DB, Store, StoreError
from .ingest import IngestReport, ingest

__all__ = ["DEFAULT_DB", "IngestReport", "Store", "StoreError", "ingest"]
