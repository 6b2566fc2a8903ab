"""The date and place of an event: the date and place mentions its clause governs, else the article date.

A mention belongs to an event when walking up the dependency tree from the mention reaches the event's
anchor (its verb or noun) before any other verb: "met in Gyeongju on November 1". A clause that only
qualifies another ("... when Xi and Lee met") shares the date of the clause it hangs from; reported
speech ("X said on Monday that Y had fired") does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from ...model import DateMention, Place

# How long before the article an event must lie to count as background history (not news).
HISTORICAL_AFTER_DAYS = 365
# Prepositions and conjunctions that put an action in the background of the news: "since the ban".
# ("after"/"following" are left out: "imposed sanctions after Tokyo expelled ..." is as often today's news.)
BACKGROUND_MARKERS = {"since", "aftermath"}
# Links through which a subordinate clause shares the time and place of the clause it depends on.
SHARED_CLAUSE = {"advcl", "conj", "xcomp", "acl", "relcl", "pcomp", "pobj", "prep", "dobj", "nsubj", "attr", "appos"}


@dataclass(frozen=True)
class When:
    date: str | None
    source: str | None  # 'sentence' | 'article' | None
    historical: bool


def _mention_head(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _is_clause(token: Token) -> bool:
    """A verb heading a clause of its own (own subject, or a reported/relative/adverbial clause).

    Gerunds and participles without a subject ("promoting exchanges", "following the deployment") are
    part of the clause above them, so dates and places pass through them.
    """
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    return token.dep_ in {"ccomp", "relcl", "advcl", "ROOT"} or any(
        c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in token.children
    )


def _attached_to(token: Token, anchors: set[int], event_nouns: frozenset[str]) -> bool:
    """Walk up from ``token``; True when an anchor is reached before another clause's verb or a noun that
    names no event: "the plan from 2026 to 2030" dates the plan, "their summit on Monday" the summit."""
    current = token
    for _ in range(40):
        if current.i in anchors:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
        if current.i in anchors:
            return True
        if _is_clause(current):
            return False
        if current.pos_ in {"NOUN", "PROPN"} and current.lemma_.lower() not in event_nouns:
            return False
    return False


def _clause_chain(anchor: Token) -> list[Token]:
    """The anchor and the heads whose time it shares, up to (not through) reported speech."""
    chain = [anchor]
    current = anchor
    while current.dep_ in SHARED_CLAUSE and current.head.i != current.i:
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            chain.append(current)
            if current.dep_ == "ccomp":
                break
    return chain


def _as_date(value: str | None) -> date | None:
    if not value:
        return None
    first = value.split("/")[0]
    parts = first.split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 1 and len(parts[0]) == 4:
            return date(int(parts[0]), 1, 1)
    except ValueError:
        return None
    return None


def _is_background(anchor: Token) -> bool:
    """'since China's ban', 'in the aftermath of', 'after ties were cut': told as past background."""
    token = anchor
    for _ in range(40):
        if token is not anchor and token.lower_ in BACKGROUND_MARKERS:
            return True
        if token.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKERS for c in token.children):
                return True
            if token is not anchor and _is_clause(token):
                break
        if token.head.i == token.i:
            break
        token = token.head
    # (Past perfect alone is no marker: reported speech backshifts recent news, "said Y had fired".)
    return False


M = TypeVar("M", DateMention, Place)
# Prepositions that put an action somewhere ("met in Gyeongju"); "to China" names a target, not a venue.
PLACE_PREPS = {"in", "at", "near", "outside", "inside"}


def _governed(
    doc: Doc, sent: Span, anchor: Token, trigger: list[Token], mentions: list[M], event_nouns: frozenset[str]
) -> list[tuple[M, Token]]:
    """Mentions of the sentence that the event's clause (or a clause it shares time and place with) governs."""
    in_sentence = [m for m in mentions if m.start >= sent.start_char and m.end <= sent.end_char]
    trigger_ids = {t.i for t in trigger}
    governed = []
    for level in _clause_chain(anchor):
        anchors = {level.i} | (trigger_ids if level is anchor else set())
        for mention in in_sentence:
            head = _mention_head(doc, mention.start, mention.end)
            if head is not None and head.i not in trigger_ids and _attached_to(head, anchors, event_nouns):
                governed.append((mention, head))
    return governed


def event_when(
    doc: Doc,
    sent: Span,
    anchor: Token,
    trigger: list[Token],
    dates: list[DateMention],
    article_date: str | None,
    event_nouns: frozenset[str] = frozenset(),
) -> When:
    """The event's date: a date mention its clause governs, else background (no date), else the article's."""
    # only calendar values ("2025-11-01", "2025-08", "2025-W44"); durations ("P3Y") are no date
    governed = [
        m for m, _head in _governed(doc, sent, anchor, trigger, dates, event_nouns) if m.value and m.value[:4].isdigit()
    ]
    # "agreed to visit China next year", "will hold talks on Friday": a time after the article's is when the
    # act is to happen; the event coded (the promise, the plan, the threat) is the report's, made now
    governed = [m for m in governed if not _after(m.value or "", article_date)]
    if governed:
        # "Two weeks later, on November 1": the day beats the week; the nearest clause wins ties (stable sort)
        best = max(governed, key=lambda m: _precision(m.value or ""))
        return When(best.value, "sentence", _long_before(best.value or "", article_date))
    if _is_background(anchor):
        return When(None, None, True)
    return When(article_date, "article" if article_date else None, False)


def _precision(value: str) -> int:
    """3 for a day, 2 for a month, 1 for anything coarser (a year, a week, a season)."""
    first = value.split("/")[0]
    if len(first) >= 10 and first[4] == "-" and first[7] == "-":
        return 3
    if len(first) == 7 and first[4] == "-" and first[5:].isdigit():
        return 2
    return 1


def _after(value: str, article_date: str | None) -> bool:
    """Whether a date mention begins after the article's day ('next year', 'on Friday' of next week)."""
    event_day, article_day = _as_date(value), _as_date(article_date)
    if event_day is None or article_day is None:
        return False
    return event_day > article_day


def _long_before(value: str, article_date: str | None) -> bool:
    event_day, article_day = _as_date(value), _as_date(article_date)
    if event_day is None or article_day is None:
        return False
    return (article_day - event_day).days > HISTORICAL_AFTER_DAYS


def event_place(
    doc: Doc,
    sent: Span,
    anchor: Token,
    trigger: list[Token],
    places: list[Place],
    event_nouns: frozenset[str] = frozenset(),
) -> str | None:
    """The place mention the event's clause governs ("met in Gyeongju"), if any."""
    for place, head in _governed(doc, sent, anchor, trigger, places, event_nouns):
        if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
            return place.name
    return None
