"""JSON Lines (.jsonl): one article per line; ``text`` required."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..model import Article
from .article import build_article
from .dates import date_from_url, parse_publication_date
from .errors import InputError
from .layout import Layout, clean_body

KNOWN_FIELDS = ("id", "path", "url", "title", "date", "source", "text")


def read_jsonl_line(line: str, path: str, number: int) -> Article | InputError | None:
    """One line of a .jsonl file: an article, an error naming the line, or None for a blank line."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(path, f"not valid JSON ({err.msg} at column {err.colno}); fix or remove the line", number)
    if not isinstance(record, dict):
        return InputError(path, "each line must be a JSON object with a 'text' field", number)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(path, "missing or empty 'text' field; every line needs the article body in 'text'", number)
    layout = Layout(text="")
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    layout.text = clean_body(paragraphs, layout)
    layout.title = _str(record.get("title"))
    layout.url = _str(record.get("url")) or layout.url
    if given := _str(record.get("date")):
        iso = parse_publication_date(given)
        if iso is None:
            return InputError(path, f"'date' {given!r} is not a date; use ISO form like 2026-01-06", number)
        layout.dates["field"] = iso
    if layout.url and (url_date := date_from_url(layout.url)):
        layout.dates.setdefault("url", url_date)
    metadata = {k: v for k, v in record.items() if k not in KNOWN_FIELDS}
    article = build_article(
        layout,
        path=_str(record.get("path")) or f"{path}:{number}",
        id=_str(record.get("id")),
        source=_str(record.get("source")),
        metadata=metadata,
    )
    return article


def _str(value: object) -> str | None:
    if value is None:
        return None
    return str(value).strip() or None


def iter_jsonl(raw: str, path: str) -> Iterator[Article | InputError]:
    for number, line in enumerate(raw.split("\n"), start=1):
        result = read_jsonl_line(line, path, number)
        if result is not None:
            yield result
