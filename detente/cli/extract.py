"""``detente extract``: print article records without a database."""

from __future__ import annotations

import json
import sys

import click

from ..analyse import analyse
from ..model import Article
from ..read import InputError, read_paths
from .common import max_bytes_option, print_error


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one record per line (streams); json: one indented array.",
)
@max_bytes_option
def extract(paths: tuple[str, ...], fmt: str, max_bytes: int) -> None:
    """Read and analyse articles from PATHS and print one article record each to stdout.

    \b
    Example:
      detente extract ../shared/samples/*.txt | jq '.title, .date, .source'

    The record's fields are described by `detente schema`. Bad inputs are named on stderr and
    skipped; the exit status is 1 when any input was rejected.
    """
    rejected = 0

    def articles():
        nonlocal rejected
        for item in read_paths(paths, max_bytes):
            if isinstance(item, InputError):
                rejected += 1
                print_error(item)
            else:
                yield item

    out = sys.stdout
    first = True
    if fmt == "json":
        out.write("[")
    for article in analyse(articles()):
        text = _dump(article, indent=2 if fmt == "json" else None)
        if fmt == "json":
            out.write(("\n" if first else ",\n") + text)
        else:
            out.write(text + "\n")
        out.flush()
        first = False
    if fmt == "json":
        out.write("\n]\n")
    if rejected:
        sys.exit(1)


def _dump(article: Article, indent: int | None) -> str:
    return json.dumps(article.model_dump(mode="json"), ensure_ascii=False, indent=indent)
