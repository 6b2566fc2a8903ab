"""Pieces shared by the commands: options, the error printer, the progress bar."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..read import DEFAULT_MAX_BYTES, InputError
from ..store import DEFAULT_DB

stderr = Console(stderr=True, highlight=False)
# Tables stay readable when piped (a pipe has no width of its own).
stdout = Console(highlight=False, width=None if sys.stdout.isatty() else 140)

db_option = click.option(
    "--db",
    "db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="DuckDB database file.",
)
max_bytes_option = click.option(
    "--max-bytes",
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    type=click.IntRange(min=1),
    help="Reject input files larger than this.",
)


def print_error(error: InputError) -> None:
    stderr.print(f"[red]error:[/red] {error}", markup=True, highlight=False, soft_wrap=True)


def print_warning(warning: InputError) -> None:
    stderr.print(f"[yellow]warning:[/yellow] {warning}", markup=True, highlight=False, soft_wrap=True)


def fail(message: str) -> None:
    """Stop the command with a one-line message and exit status 2."""
    raise click.ClickException(message)


@contextmanager
def progress(description: str, total: int | None) -> Iterator[Progress]:
    """A progress bar on stderr, hidden when stderr is not a terminal."""
    bar = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        disable=not sys.stderr.isatty(),
        transient=True,
    )
    with bar:
        bar.add_task(description, total=total)
        yield bar
