"""Explain an article's events: code them again with a trace of every candidate act and what became of it."""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Article
from .events.coding import article_events
from .events.patterns import load_codebook
from .events.trace import EventTrace
from .nlp import load_nlp
from .pipeline import analyse_doc
from .registry import Parsed


def trace_events(article: Article, doc: Doc | None = None) -> EventTrace:
    """The trace of an analysed article's events: for every act the rules found, the filter that dropped it or
    kept. The events are coded again with the trace on (on ``doc``, else a new parse of the text); the result is
    the same as the article's."""
    trace = EventTrace()
    article_events(doc if doc is not None else load_nlp()(article.text), article, load_codebook(), trace)
    return trace


def explain_article(article: Article) -> tuple[Article, EventTrace]:
    """The analysed article and the trace of its events."""
    doc = load_nlp()(article.text)
    analysed = analyse_doc(Parsed(doc, article))
    return analysed, trace_events(analysed, doc)
