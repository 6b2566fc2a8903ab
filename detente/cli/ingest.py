"""``detente ingest``: read, analyse and store articles in the database."""

from __future__ import annotations

import sys

import click
from rich.table import Table

from ..read import InputError
from ..read.files import find_files
from ..store import Store, StoreError
from ..store import ingest as run_ingest
from ..store.ingest import COUNTED, DEFAULT_BATCH, IngestReport
from .common import db_option, fail, max_bytes_option, print_error, progress, stdout


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option(
    "--batch-size",
    default=DEFAULT_BATCH,
    show_default=True,
    type=click.IntRange(min=1),
    help="Articles per parse batch and per database transaction.",
)
@max_bytes_option
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and the one-line total.")
def ingest(paths: tuple[str, ...], db: str, batch_size: int, max_bytes: int, quiet: bool) -> None:
    """Read articles from PATHS (files or folders: .txt, .html, .jsonl), analyse them and store them.

    \b
    Example:
      detente ingest ../shared/samples/ --db detente.duckdb

    Articles already stored (same clean text) are skipped, so the command can be re-run after an
    interruption (Ctrl-C, a crash) and completes the rest. Bad inputs are named on stderr and skipped;
    the exit status is 1 when any input was rejected.
    """
    total_files = sum(1 for f in find_files(paths) if not isinstance(f, InputError))
    try:
        store = Store(db)
    except StoreError as err:
        fail(str(err))
    with store, progress("ingesting", total_files) as bar:
        task = bar.task_ids[0]
        report = run_ingest(
            paths,
            store,
            batch_size=batch_size,
            max_bytes=max_bytes,
            on_error=print_error,
            on_progress=lambda n: bar.update(task, description=f"ingesting ({n} read)"),
        )
        counts = store.counts()
    _print_report(report, db, counts, quiet)
    if report.interrupted:
        click.echo("interrupted: what was stored is safe; run the same command again to finish", err=True)
        sys.exit(130)
    if report.rejected:
        sys.exit(1)


def _print_report(report: IngestReport, db: str, counts: dict[str, int], quiet: bool) -> None:
    line = (
        f"{report.stored_count} new article(s) stored, {report.already_stored} already stored, "
        f"{len(report.rejected)} rejected; {db} now holds {counts['article']} article(s)"
    )
    if not quiet and report.summaries:
        table = Table(title="Stored in this run", title_justify="left")
        for column in ("title", "date", "source", *COUNTED):
            table.add_column(column, no_wrap=True, overflow="ellipsis", max_width=44 if column == "title" else None)
        for summary in report.summaries:
            table.add_row(
                *(str(summary[c]) if summary[c] is not None else "-" for c in ("title", "date", "source", *COUNTED))
            )
        stdout.print(table)
    stdout.print(line)
