"""Run the analysis stages over articles: one spaCy pass per article, batched with ``nlp.pipe``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from time import process_time

from ..model import Article
from .nlp import load_nlp
from .registry import Parsed, ordered_stages

DEFAULT_BATCH = 32


def analyse_doc(parsed: Parsed, only: set[str] | None = None, timings: dict[str, float] | None = None) -> Article:
    """Apply every registered stage in order to one parsed article; returns a new article record.

    A stage that raises is recorded in ``analysis_errors`` and skipped; the other stages still run.

    ``timings``, when given, accumulates CPU seconds per stage name (for benchmarks; CPU time, so other
    load on the machine does not inflate it); off, it costs nothing.
    """
    article = parsed.article
    failures: list[str] = []
    for current in ordered_stages(only):
        started = process_time() if timings is not None else 0.0
        try:
            updates = current.function(Parsed(parsed.doc, article))
            unexpected = set(updates) - set(current.fields)
            if unexpected:
                raise RuntimeError(f"set fields it does not declare: {sorted(unexpected)}")
        except Exception as err:  # noqa: BLE001 (one stage's bug must not stop the article or the corpus)
            # The stage's fields keep their empty defaults; later stages see what earlier ones found.
            failures.append(f"{current.name}: {type(err).__name__}: {err}")
        else:
            article = article.model_copy(update=updates)
        if timings is not None:
            timings[current.name] = timings.get(current.name, 0.0) + process_time() - started
    if failures:
        article = article.model_copy(update={"analysis_errors": [*article.analysis_errors, *failures]})
    return article


def analyse(
    articles: Iterable[Article],
    batch_size: int = DEFAULT_BATCH,
    only: set[str] | None = None,
    timings: dict[str, float] | None = None,
) -> Iterator[Article]:
    """Parse and analyse articles in a stream; order is kept.

    ``timings``, when given, accumulates CPU seconds spent in spaCy (key ``"spacy"``) and in each stage.
    """
    nlp = load_nlp()
    pairs = ((article.text, article) for article in articles)
    parsed_docs = nlp.pipe(pairs, as_tuples=True, batch_size=batch_size)
    if timings is None:
        for doc, article in parsed_docs:
            yield analyse_doc(Parsed(doc, article), only)
        return
    while True:
        # Time spent inside nlp.pipe's generator is the parse (it parses a batch on demand).
        started = process_time()
        try:
            doc, article = next(parsed_docs)
        except StopIteration:
            return
        timings["spacy"] = timings.get("spacy", 0.0) + process_time() - started
        yield analyse_doc(Parsed(doc, article), only, timings)


def analyse_one(article: Article) -> Article:
    return next(analyse([article]))
