"""Explain an article's events: analyse it, then code its events again with a trace of every candidate act."""

from __future__ import annotations

from ..model import Article
from .events.coding import article_events
from .events.patterns import load_codebook
from .events.trace import EventTrace
from .nlp import load_nlp
from .pipeline import analyse_doc
from .registry import Parsed


def explain_article(article: Article) -> tuple[Article, EventTrace]:
    """The analysed article and the trace of its events: for every act the rules found, the filter that dropped it
    or kept. The events are coded a second time on the same parse with the trace on; the result is the same."""
    doc = load_nlp()(article.text)
    analysed = analyse_doc(Parsed(doc, article))
    trace = EventTrace()
    article_events(doc, analysed, load_codebook(), trace)
    return analysed, trace
