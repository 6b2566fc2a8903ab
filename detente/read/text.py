"""Plain-text articles (.txt): a news article as pasted."""

from __future__ import annotations

from ..model import Article
from .article import build_article
from .layout import parse_layout


def read_text(raw: str, path: str | None = None) -> Article:
    return build_article(parse_layout(raw), path=path)
