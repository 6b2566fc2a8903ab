"""Helpers for the ingest-engine tests: what a database holds, and synthetic articles to ingest."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from detente.model import CHILD_TABLES
from detente.store.schema import table_columns

# When a row was written differs between runs; everything else must be identical.
RUN_COLUMNS = {"ingested_at"}
# The tables that hold what analysis found in each article (corpus-wide tables are compared elsewhere).
ARTICLE_TABLES = ("article", *CHILD_TABLES.values())

_COUNTRIES = ["Japan", "South Korea", "China", "India", "Brazil", "Kenya", "Germany", "Mexico", "Turkey", "Egypt"]
_CITIES = ["Geneva", "Nairobi", "Jakarta", "Lima", "Oslo", "Hanoi", "Accra", "Doha", "Riga", "Quito"]
_ACTIONS = [
    "signed a trade agreement with",
    "criticised",
    "held talks with",
    "pledged aid to",
    "expelled two diplomats from",
    "agreed to expand flights to",
]


def stored_rows(db: Path) -> dict[str, list[tuple]]:
    """The article and per-article tables' rows (without run-specific columns), sorted, from a closed file."""
    conn = duckdb.connect(str(db), read_only=True)
    try:
        rows = {}
        for table in ARTICLE_TABLES:
            columns = table_columns()[table]
            names = ", ".join(f'"{n}"' for n, _ in columns if n not in RUN_COLUMNS)
            rows[table] = sorted(conn.execute(f"SELECT {names} FROM {table}").fetchall(), key=repr)
        return rows
    finally:
        conn.close()


def synthetic_article(n: int) -> dict[str, str]:
    """A short, unique, newswire-like article composed from templates (no real article's text)."""
    a, b = _COUNTRIES[n % len(_COUNTRIES)], _COUNTRIES[(n * 7 + 3) % len(_COUNTRIES)]
    if a == b:
        b = _COUNTRIES[(n + 1) % len(_COUNTRIES)]
    action = _ACTIONS[n % len(_ACTIONS)]
    city = _CITIES[(n // 3) % len(_CITIES)]
    text = (
        f"{a} {action} {b} on Tuesday after {n % 9 + 2} days of meetings in {city}. "
        f"The foreign minister of {b} said the step would affect {n * 13 % 900 + 100} companies. "
        f"Officials from both sides will meet again in {city} next month, report number {n}."
    )
    return {"id": f"syn-{n}", "title": f"{a} and {b}: talks in {city} ({n})", "date": "2026-03-10", "text": text}


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
