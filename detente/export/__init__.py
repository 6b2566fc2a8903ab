"""Exports of a detente database: GDELT 2.0 event and mention tables, and CSV/Parquet/JSON Lines tables."""

from .gdelt import EVENT_COLUMNS, MENTION_COLUMNS, event_rows, iso3_to_fips, mention_rows, write_tsv
from .tables import TABLE_QUERIES, export_table, export_table_to_stream

__all__ = [
    "EVENT_COLUMNS",
    "MENTION_COLUMNS",
    "TABLE_QUERIES",
    "event_rows",
    "export_table",
    "export_table_to_stream",
    "iso3_to_fips",
    "mention_rows",
    "write_tsv",
]
