"""``detente stats`` and ``detente schema``: what is stored, and what a record holds."""

from __future__ import annotations

import json

import click
from rich.table import Table

from ..model import article_json_schema
from ..store import Store, StoreError
from .common import db_option, fail, stdout


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def stats(db: str, as_json: bool) -> None:
    """Show what the database holds: rows per table, articles by source and by date.

    \b
    Example:
      detente stats --db detente.duckdb
    """
    try:
        store = Store(db, read_only=True)
    except StoreError as err:
        fail(str(err))
    with store:
        counts = store.counts()
        by_source = store.conn.execute(
            "SELECT coalesce(source, '(unknown)'), count(*) FROM article GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20"
        ).fetchall()
        span = store.one("SELECT min(date), max(date) FROM article")
        version = store.schema_version()
    figures = {
        "database": db,
        "schema_version": version,
        "tables": counts,
        "first_date": span[0],
        "last_date": span[1],
        "sources": dict(by_source),
    }
    if as_json:
        click.echo(json.dumps(figures, indent=2))
        return
    table = Table(title=f"{db} (schema v{version})", title_justify="left")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, rows in counts.items():
        table.add_row(name, f"{rows:,}")
    stdout.print(table)
    stdout.print(f"article dates: {span[0] or '-'} .. {span[1] or '-'}")
    if by_source:
        stdout.print("by source: " + ", ".join(f"{s} {n}" for s, n in by_source))


@click.command()
def schema() -> None:
    """Print the JSON Schema of the article record (what `detente extract` prints).

    \b
    Example:
      detente schema > article.schema.json
    """
    click.echo(json.dumps(article_json_schema(), indent=2))
