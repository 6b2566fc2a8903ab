"""Run the analysis stages over articles: one spaCy pass per article, batched with ``nlp.pipe``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Article
from .nlp import load_nlp
from .registry import Parsed, ordered_stages

DEFAULT_BATCH = 32


def analyse_doc(parsed: Parsed, only: set[str] | None = None) -> Article:
    """Apply every registered stage in order to one parsed article; returns a new article record."""
    article = parsed.article
    for current in ordered_stages(only):
        updates = current.function(Parsed(parsed.doc, article))
        unexpected = set(updates) - set(current.fields)
        if unexpected:
            raise RuntimeError(f"stage {current.name!r} set fields it does not declare: {sorted(unexpected)}")
        article = article.model_copy(update=updates)
    return article


def analyse(
    articles: Iterable[Article], batch_size: int = DEFAULT_BATCH, only: set[str] | None = None
) -> Iterator[Article]:
    """Parse and analyse articles in a stream; order is kept."""
    nlp = load_nlp()
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield analyse_doc(Parsed(doc, article), only)


def analyse_one(article: Article) -> Article:
    return next(analyse([article]))
