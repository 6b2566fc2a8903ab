"""Find input files and decode them, rejecting what is not a readable article with a clear message."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..model import Article
from .errors import InputError
from .html import NoArticleText, read_html
from .jsonl import iter_jsonl
from .text import read_text

READERS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_SNIFF = 8192


def find_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | InputError]:
    """Files named, and files of a known kind below folders named (recursively, in sorted order)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
            if not found:
                yield InputError(str(path), f"folder has no {'/'.join(sorted(READERS))} files to read")
            yield from found
        elif path.is_file():
            yield path
        elif path.exists():
            yield InputError(str(path), "not a regular file or folder")
        else:
            yield InputError(str(path), "no such file or folder; check the path")


def decode(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str | InputError:
    """The file's text, or why it cannot be read as text."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return InputError(
                name, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; split it or raise --max-bytes"
            )
        data = path.read_bytes()
    except OSError as err:
        return InputError(name, f"cannot read file ({err.strerror})")
    if not data.strip():
        return InputError(name, "file is empty; nothing to read")
    if b"\x00" in data[:_SNIFF]:
        return InputError(name, "binary file (NUL bytes), not text; give .txt, .html or .jsonl articles")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return InputError(
            name,
            f"undecodable bytes: not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8",
        )


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """Every article in one file, and an error for each part that could not be read."""
    kind = READERS.get(path.suffix.lower())
    if kind is None:
        yield InputError(str(path), f"unknown file type {path.suffix or '(none)'!r}; use .txt, .html or .jsonl")
        return
    raw = decode(path, max_bytes)
    if isinstance(raw, InputError):
        yield raw
        return
    if kind == "jsonl":
        yield from iter_jsonl(raw, str(path))
        return
    try:
        article = read_html(raw, str(path)) if kind == "html" else read_text(raw, str(path))
    except NoArticleText as err:
        yield InputError(str(path), f"{err}; is this an article page?")
        return
    if not article.text.strip():
        yield InputError(str(path), "no article body left after removing headings and boilerplate")
        return
    yield article


def read_paths(
    paths: Iterable[str | os.PathLike[str]], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | InputError]:
    """Stream articles and input errors from files and folders, in order."""
    for found in find_files(paths):
        if isinstance(found, InputError):
            yield found
        else:
            yield from read_file(found, max_bytes)
