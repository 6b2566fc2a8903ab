"""The ``detente`` command: a thin layer over the library (read, analyse, store, serve)."""

from __future__ import annotations

import click

from .. import __version__
from .corpus import actors, corpus_update, dyad, export, stories
from .events import events
from .explain import explain
from .extract import extract
from .ingest import ingest
from .serve import serve
from .stats import schema, stats


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="detente")
def main() -> None:
    """detente: news about international relations in, traceable event data out.

    \b
    Typical session:
      detente ingest ../shared/samples/ --db detente.duckdb   # read, analyse, store
      detente stats --db detente.duckdb                        # what is stored
      detente extract article.txt                              # one record per article, no database
      detente explain "TEXT"                                   # every act found, and why it is or is not an event

    Every command has --help with an example.
    """


for command in (ingest, extract, explain, stats, schema, serve):
    main.add_command(command)
main.add_command(events)
for command in (export, dyad, actors, stories, corpus_update):
    main.add_command(command)
