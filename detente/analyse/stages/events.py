"""Events stage: source -> action -> target, coded in CAMEO and PLOVER (see ``detente.analyse.events``)."""

from __future__ import annotations

from ...model import Event
from ..events.coding import article_events
from ..events.patterns import load_codebook
from ..events.when_where import occasion_dates
from ..registry import Parsed, stage


@stage("events", order=50, fields=("events",))
def code_events(parsed: Parsed) -> dict[str, list[Event]]:
    article = parsed.article
    events = article_events(parsed.doc, article, load_codebook())
    sentences = [(s.start, s.end) for s in article.sentences]
    return {"events": occasion_dates(parsed.doc, article.text, sentences, events)}
