"""Every highlighted range of an article (actors, events, quotes, amounts, dates, places) and the reader's
segmentation of the text into runs that share the same highlights."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from ..model import Article

# The colour key of the reader, in drawing order (later kinds draw over earlier ones).
SPAN_KINDS = ("event", "quote", "actor", "amount", "date", "place")


@dataclass(frozen=True)
class Span:
    kind: str
    ref: str  # unique within the article: kind letter + list index (+ mention index for actors)
    start: int
    end: int
    label: str

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "ref": self.ref, "start": self.start, "end": self.end, "label": self.label}


@dataclass
class Segment:
    """A run of text with one set of highlights, inside one sentence (or between sentences)."""

    start: int
    end: int
    text: str
    sentence: int | None
    kinds: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)
    sentence_start: bool = False


def _code(ref: Any) -> str:
    if ref is None:
        return "?"
    return ref.code or ref.name or "?"


def article_spans(article: Article) -> list[Span]:
    """All spans of the article with valid offsets, in text order; invalid ones are left out."""
    spans: list[Span] = []
    for i, actor in enumerate(article.actors):
        label = f"{actor.name} ({actor.code})" if actor.code else actor.name
        spans += [Span("actor", f"a{i}.{j}", m.start, m.end, label) for j, m in enumerate(actor.mentions)]
    for i, event in enumerate(article.events):
        label = f"{_code(event.source_actor)} {event.cameo} {_code(event.target_actor)}"
        spans.append(
            Span("event", f"e{i}", event.start, event.end, label + (f" ({event.plover})" if event.plover else ""))
        )
    for i, quote in enumerate(article.quotes):
        speaker = quote.speaker.name if quote.speaker and quote.speaker.name else _code(quote.speaker)
        spans.append(Span("quote", f"q{i}", quote.start, quote.end, f"{quote.kind} quote by {speaker}"))
    for i, amount in enumerate(article.amounts):
        label = " ".join(str(x) for x in (amount.value, amount.unit, amount.object) if x is not None)
        spans.append(Span("amount", f"m{i}", amount.start, amount.end, label or amount.text))
    for i, date in enumerate(article.dates):
        spans.append(Span("date", f"d{i}", date.start, date.end, date.value or date.text))
    for i, place in enumerate(article.places):
        spans.append(Span("place", f"p{i}", place.start, place.end, f"{place.name} ({place.country or '?'})"))
    length = len(article.text)
    valid = [s for s in spans if 0 <= s.start < s.end <= length]
    valid.sort(key=lambda s: (s.start, -s.end, SPAN_KINDS.index(s.kind)))
    return valid


def segments(article: Article, spans: list[Span]) -> list[Segment]:
    """Cut the text at every span and sentence boundary; each piece lists the spans covering it.

    A sweep over the boundaries keeps this linear in practice, for long articles with many spans too.
    """
    text = article.text
    sentence_starts = [s.start for s in article.sentences]
    sentence_bounds = {b for s in article.sentences for b in (s.start, s.end)}
    cuts = sorted({0, len(text)} | sentence_bounds | {b for s in spans for b in (s.start, s.end)})
    cuts = [c for c in cuts if 0 <= c <= len(text)]
    opening: dict[int, list[Span]] = {}
    for span in spans:
        opening.setdefault(span.start, []).append(span)
    active: list[Span] = []
    result: list[Segment] = []
    starts_seen: set[int] = set()
    for start, end in zip(cuts, cuts[1:], strict=False):
        active = [s for s in active if s.end > start] + opening.get(start, [])
        index = bisect_right(sentence_starts, start) - 1
        sentence = index if index >= 0 and start < article.sentences[index].end else None
        is_first = sentence is not None and sentence not in starts_seen
        if sentence is not None:
            starts_seen.add(sentence)
        kinds = sorted({s.kind for s in active}, key=SPAN_KINDS.index)
        result.append(
            Segment(start, end, text[start:end], sentence, kinds, [s.ref for s in active], sentence_start=is_first)
        )
    return result
