"""``detente export``, ``dyad``, ``actors``, ``stories``: what the stored corpus says, across articles."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
import duckdb
from rich.table import Table

from ..corpus import views
from ..corpus.backfill import backfill
from ..export import event_rows, export_table, export_table_to_stream, mention_rows, write_tsv
from ..export.tables import TABLE_QUERIES
from ..store import Store, StoreError
from .common import db_option, fail, stdout

format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
    help="table: for reading; json: one array; csv: with a header line.",
)


@contextmanager
def _reading(db: str) -> Iterator[duckdb.DuckDBPyConnection]:
    try:
        store = Store(db, read_only=True)
    except StoreError as err:
        fail(str(err))
    with store:
        tables = {r[0] for r in store.conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "story" not in tables:
            fail(
                f"{db}: written by an older detente (no corpus tables); add them with: detente corpus-update --db {db}"
            )
        yield store.conn


def _emit(rows: list[dict[str, Any]], fmt: str, title: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        return
    if fmt == "csv":
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        return
    table = Table(title=f"{title} ({len(rows)} rows)", title_justify="left")
    for name in rows[0] if rows else ["(nothing stored)"]:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*("-" if v is None else str(v) for v in row.values()))
    stdout.print(table)


@click.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["gdelt-events", "gdelt-mentions", "csv", "parquet", "jsonl"]),
    required=True,
    help="gdelt-events / gdelt-mentions: GDELT 2.0 tables (tab-separated, no header); csv, parquet, jsonl: --table.",
)
@click.option(
    "--table",
    type=click.Choice(list(TABLE_QUERIES)),
    default="events",
    show_default=True,
    help="For csv, parquet and jsonl: which table.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
def export(db: str, fmt: str, table: str, output: str | None) -> None:
    """Export the stored data: GDELT 2.0 event/mention files, or a table as CSV, Parquet or JSON Lines.

    \b
    Examples:
      detente export --db detente.duckdb --format gdelt-events -o events.tsv
      detente export --format gdelt-mentions > mentions.tsv
      detente export --format parquet --table stories -o stories.parquet
      detente export --format jsonl --table quotes | jq .text

    GDELT files have GDELT's 61 (events) and 16 (mentions) columns in GDELT's order; one event per
    story (a real-world event merged across articles), with NumMentions, NumSources, NumArticles.
    Geo country codes are FIPS 10-4, as in GDELT.
    """
    if fmt == "parquet" and not output:
        fail("parquet is a binary format: give a file with --output")
    with _reading(db) as conn:
        if fmt.startswith("gdelt-"):
            rows = event_rows(conn) if fmt == "gdelt-events" else mention_rows(conn)
            if output:
                with Path(output).open("w", encoding="utf-8", newline="") as out:
                    count = write_tsv(rows, out)
            else:
                count = write_tsv(rows, sys.stdout)
        elif output:
            count = export_table(conn, table, fmt, output)  # type: ignore[arg-type]
        else:
            sys.stdout.flush()
            count = export_table_to_stream(conn, table, fmt, sys.stdout.buffer)  # type: ignore[arg-type]
    what = fmt if fmt.startswith("gdelt-") else f"{table} as {fmt}"
    click.echo(f"exported {count} row(s): {what}" + (f" -> {output}" if output else ""), err=True)


@click.command()
@click.argument("a")
@click.argument("b")
@db_option
@format_option
@click.option("--by", type=click.Choice(["month", "week", "day"]), default="month", show_default=True)
@click.option("--by-outlet-country", is_flag=True, help="Split by the country of the reporting outlet.")
def dyad(a: str, b: str, db: str, fmt: str, by: str, by_outlet_country: bool) -> None:
    """The relationship between A and B over time: events both ways, QuadClass counts, Goldstein, tone.

    \b
    Examples:
      detente dyad KOR CHN --db detente.duckdb
      detente dyad KOR CHN --by week --format json
      detente dyad KOR CHN --by-outlet-country     # how Korean and Chinese media each tell it

    A and B are country codes (KOR) or actor-code prefixes (KORGOV). Events are stories: one
    real-world event counted once however many articles report it. quad1..quad4: verbal
    cooperation, material cooperation, verbal conflict, material conflict.
    """
    with _reading(db) as conn:
        rows = views.dyad_timeline(conn, a, b, by=by, by_outlet_country=by_outlet_country)  # type: ignore[arg-type]
    _emit(rows, fmt, f"{a.upper()} - {b.upper()} by {by}")


@click.command()
@db_option
@format_option
@click.option("--country", help="Only actors of this country (ISO alpha-3).")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(min=1))
def actors(db: str, fmt: str, country: str | None, limit: int) -> None:
    """List the stored actors: code, name, country, role, and how many articles name them.

    \b
    Examples:
      detente actors --db detente.duckdb
      detente actors --country KOR --format csv
    """
    with _reading(db) as conn:
        rows = views.actors(conn, country=country, limit=limit)
    _emit(rows, fmt, "actors")


@click.command()
@db_option
@format_option
@click.option("--actor", help="Only stories with this actor (country code or code prefix).")
@click.option("--root", help="Only this CAMEO root (04 consult, 11 disapprove, ...).")
@click.option("--since", help="On or after this date (YYYY-MM-DD).")
@click.option("--until", help="On or before this date (YYYY-MM-DD).")
@click.option("--min-articles", default=1, show_default=True, type=click.IntRange(min=1))
@click.option("--limit", default=100, show_default=True, type=click.IntRange(min=1))
@click.option("--id", "story_id", type=int, help="Show every report (mention) of this one story.")
def stories(db: str, fmt: str, story_id: int | None, **filters: Any) -> None:
    """List stories: real-world events merged across articles, with their GDELT counters.

    \b
    Examples:
      detente stories --db detente.duckdb --actor KOR --min-articles 2
      detente stories --id 12            # each article, sentence and offsets that report story 12
    """
    with _reading(db) as conn:
        if story_id is not None:
            rows = views.story_mentions(conn, story_id)
            if not rows:
                fail(f"no story {story_id} in {db}; list them with: detente stories --db {db}")
            _emit(rows, fmt, f"story {story_id}: mentions")
            return
        rows = views.stories(conn, **filters)
    _emit(rows, fmt, "stories")


@click.command("corpus-update")
@db_option
def corpus_update(db: str) -> None:
    """Bring outlets, syndication groups and stories up to date with every stored article.

    \b
    Example:
      detente corpus-update --db detente.duckdb

    `detente ingest` keeps them up to date as it stores articles; run this for a database written by an
    older detente, or after editing the outlets codebook. Safe to interrupt and to run again.
    """
    try:
        store = Store(db)
    except StoreError as err:
        fail(str(err))
    with store:
        report = backfill(store.conn)
    click.echo(
        f"{report.articles} article(s) checked: {report.newly_indexed} newly indexed for syndication, "
        f"{report.new_stories} new story(ies)"
    )
