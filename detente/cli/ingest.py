"""``detente ingest``: read, analyse and store articles in the database."""

from __future__ import annotations

import sys
import time
from contextlib import AbstractContextManager, nullcontext

import click
from rich.progress import Progress
from rich.table import Table

from ..read import InputError
from ..read.files import find_files
from ..store import Store, StoreError
from ..store import ingest as run_ingest
from ..store.ingest import COUNTED, DEFAULT_BATCH, IngestError, IngestReport
from .common import db_option, fail, max_bytes_option, print_error, print_warning, progress, stdout

# LocalCluster size when --engine dask is given without --workers.
DEFAULT_DASK_WORKERS = 2
# Without a terminal (a batch job, a log file) progress is a plain line at most this often.
PROGRESS_LINE_SECONDS = 10.0


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
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes that parse and analyse (each loads the model once); this process writes. "
    "Default: 1 (no workers) locally, 2 for a Dask LocalCluster.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: this machine's processes; dask: a Dask cluster (see --scheduler, docs/scaling.md).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="With --engine dask: an existing scheduler, e.g. tcp://10.0.0.5:8786. Omit to start a LocalCluster.",
)
@max_bytes_option
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and the one-line total.")
def ingest(
    paths: tuple[str, ...],
    db: str,
    batch_size: int,
    workers: int | None,
    engine: str,
    scheduler: str | None,
    max_bytes: int,
    quiet: bool,
) -> None:
    """Read articles from PATHS (files or folders: .txt, .html, .jsonl), analyse them and store them.

    \b
    Examples:
      detente ingest ../shared/samples/ --db detente.duckdb
      detente ingest corpus/ --workers 4                       # 4 parsing processes
      detente ingest corpus/ --engine dask --workers 4         # a Dask LocalCluster
      detente ingest corpus/ --engine dask --scheduler tcp://10.0.0.5:8786

    Articles already stored (same clean text) are skipped before they are parsed, so the command can
    be re-run after an interruption (Ctrl-C, a crash, kill -9) and completes the rest. Bad inputs are
    named on stderr and skipped; the exit status is 1 when any input was rejected.
    """
    if scheduler and engine != "dask":
        fail("--scheduler needs --engine dask")
    total_files = sum(1 for f in find_files(paths) if not isinstance(f, InputError))
    try:
        store = Store(db)
    except StoreError as err:
        fail(str(err))
    with store:
        try:
            analyser = _analyser(engine, workers, scheduler)
        except RuntimeError as err:  # the Dask cluster cannot be used
            fail(str(err))
        with analyser as running, progress("ingesting", total_files) as bar:
            report_progress = _Progress(bar, lines=not quiet and not sys.stderr.isatty())
            try:
                report = run_ingest(
                    paths,
                    store,
                    batch_size=batch_size,
                    max_bytes=max_bytes,
                    on_error=print_error,
                    on_warning=print_warning,
                    on_progress=report_progress,
                    analyser=running,
                )
            except IngestError as err:
                fail(f"{err}; what was stored is safe; run the same command again to finish")
        counts = store.counts()
    _print_report(report, db, counts, quiet)
    if report.interrupted:
        click.echo("interrupted: what was stored is safe; run the same command again to finish", err=True)
        sys.exit(130)
    if report.rejected:
        sys.exit(1)


class _Progress:
    """After each committed batch: the bar on a terminal, else a plain stderr line now and then."""

    def __init__(self, bar: Progress, lines: bool) -> None:
        self.bar, self.lines = bar, lines
        self.task = bar.task_ids[0]
        self.read = 0
        self.started = time.monotonic()
        self.last_line: float | None = None

    def __call__(self, batch_read: int) -> None:
        self.read += batch_read
        now = time.monotonic()
        rate = self.read / max(now - self.started, 1e-9)
        self.bar.update(self.task, description=f"ingesting ({self.read:,} read, {rate:.1f}/s)")
        # The first line comes after the first commit, so a log shows early that work is landing.
        if self.lines and (self.last_line is None or now - self.last_line >= PROGRESS_LINE_SECONDS):
            click.echo(f"ingest: {self.read:,} article(s) read and committed, {rate:.1f}/s", err=True)
            self.last_line = now


def _analyser(engine: str, workers: int | None, scheduler: str | None) -> AbstractContextManager:
    """Where the parsing runs: here (None), worker processes, or a Dask cluster."""
    if engine == "dask":
        from ..store.dask_engine import DaskAnalyser  # imports dask only when asked for

        return DaskAnalyser(scheduler, workers or DEFAULT_DASK_WORKERS)
    if workers and workers > 1:
        from ..store.parallel import ProcessAnalyser

        return ProcessAnalyser(workers)
    return nullcontext(None)


def _print_report(report: IngestReport, db: str, counts: dict[str, int], quiet: bool) -> None:
    line = (
        f"{report.stored_count} new article(s) stored, {report.already_stored} already stored, "
        f"{len(report.rejected)} rejected; {db} now holds {counts['article']} article(s)"
    )
    if report.stage_failures:
        line += f"; {len(report.stage_failures)} analysis stage failure(s), see the warnings above"
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
