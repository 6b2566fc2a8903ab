"""The date and place of an event: the date and place mentions its clause governs, else the article date.

A mention belongs to an event when walking up the dependency tree from the mention reaches the event's
anchor (its verb or noun) before any other verb: "met in Gyeongju on November 1". A clause that only
qualifies another ("... when Xi and Lee met") shares the date of the clause it hangs from; reported
speech ("X said on Monday that Y had fired") does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from ...model import ActorRef, DateMention, Event, Place
from ..numbers import parse_number
from ..temporal import offset, period

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


def _attached_to(token: Token, anchors: set[int], event_nouns: frozenset[str], through_nouns: bool = False) -> bool:
    """Walk up from ``token``; True when an anchor is reached before another clause's verb or a noun that
    names no event: "the plan from 2026 to 2030" dates the plan, "their summit on Monday" the summit.
    With ``through_nouns`` any noun is passed: see :func:`_day_of_clause`."""
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
        if current.pos_ in {"NOUN", "PROPN"} and current.lemma_.lower() not in event_nouns and not through_nouns:
            return False
    return False


def _day_of_clause(mention: DateMention, head: Token) -> bool:
    """'on Sunday' / bare 'Monday' naming a day: the parser often hangs it on the nearest noun ("leaders on
    Sunday gave", "fired tear gas in Caracas on Tuesday", "a sweep near Djibo on Monday"), but a place, a
    person or a thing has no day of its own: the day is its clause's."""
    if not period_is_day(mention.value):
        return False
    return head.dep_ == "npadvmod" or (head.dep_ == "pobj" and head.head.lower_ == "on")


def period_is_day(value: str | None) -> bool:
    covered = period(value)
    return covered is not None and covered[0] == covered[1]


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
    """The first day a value covers ('2026-H1' -> 2026-01-01), of a range's first part."""
    covered = period((value or "").split("/")[0])
    return covered[0] if covered else None


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
    doc: Doc,
    sent: Span,
    anchor: Token,
    trigger: list[Token],
    mentions: list[M],
    event_nouns: frozenset[str],
    shared: bool = True,
) -> list[tuple[M, Token]]:
    """Mentions of the sentence that the event's clause (or, when ``shared``, a clause it shares time and
    place with) governs."""
    in_sentence = [m for m in mentions if m.start >= sent.start_char and m.end <= sent.end_char]
    trigger_ids = {t.i for t in trigger}
    governed = []
    for level in _clause_chain(anchor) if shared else [anchor]:
        anchors = {level.i} | (trigger_ids if level is anchor else set())
        for mention in in_sentence:
            head = _mention_head(doc, mention.start, mention.end)
            through = isinstance(mention, DateMention) and _day_of_clause(mention, head) if head is not None else False
            if head is not None and head.i not in trigger_ids and _attached_to(head, anchors, event_nouns, through):
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
    _follow: bool = True,
) -> When:
    """The event's date: a date mention its clause governs, else a day counted from the clause it follows
    ("two weeks after"), else background (no date), else the article's."""
    # only calendar values ("2025-11-01", "2025-08", "2025-W44"); durations ("P3Y") are no date
    # "recalled its envoy on Monday, a day after police detained ...": the count beats the day of the
    # clause above; a day of the act's own clause beats the count
    counted = _counted_from(doc, sent, anchor, dates, article_date, event_nouns) if _follow else None
    governed = [
        (m, head)
        for m, head in _governed(doc, sent, anchor, trigger, dates, event_nouns, shared=counted is None)
        if m.value and m.value[:4].isdigit()
    ]
    # "agreed to visit China next year", "will hold talks on Friday": a time after the article's is when the
    # act is to happen; the event coded (the promise, the plan, the threat) is the report's, made now
    governed = [(m, head) for m, head in governed if not _after(m.value or "", article_date)]
    if governed:
        # "Two weeks later, on November 1": the day beats the week; the nearest clause wins ties (stable sort)
        best, head = max(governed, key=lambda pair: _precision(pair[0].value or ""))
        if _holds_article_day(best, article_date) and _of_a_plan(best, head, anchor):
            # "proposed meeting as soon as this week", "invited him to visit later this year": the period
            # holds the report's own day, which says more than the period does
            return When(article_date, "article", False)
        return When(best.value, "sentence", _long_before(best.value or "", article_date))
    if counted is not None:
        return When(counted, "sentence", _long_before(counted, article_date))
    inside = _day_inside(doc, sent, anchor, dates, article_date) if _follow else None
    if inside is not None:
        return When(inside, "sentence", False)
    if _is_background(anchor):
        return When(None, None, True)
    return When(article_date, "article" if article_date else None, False)


# A period that starts before the report's day but says "earlier", "last" or "past" points away from it.
_BEFORE_WORDS = ("earlier", "last", "past", "ago", "previous", "recent")


def _day_inside(doc: Doc, sent: Span, anchor: Token, dates: list[DateMention], article_date: str | None) -> str | None:
    """The one day named inside the event's own phrase when the parser hung it on a clause of that phrase:
    "fired tear gas at protesters who had blocked a highway on Wednesday", "sank a vessel that was
    operating off Patagonia on Monday": news puts the day at the end, after the clause, and means the
    act. Not through reported speech ("said Y had attacked on Sunday" dates the attack, not the saying)."""
    days = []
    for mention in dates:
        if not (sent.start_char <= mention.start and mention.end <= sent.end_char) or not period_is_day(mention.value):
            continue
        if _after(mention.value or "", article_date):
            continue
        head = _mention_head(doc, mention.start, mention.end)
        if head is None or head.dep_ == "poss" or any(c.dep_ == "case" for c in head.children):
            continue  # "vowed to press ahead with Sunday's vote": the day of the vote, not of the vow
        current, reached = head, False
        for _ in range(40):
            if current.i == anchor.i:
                reached = True
                break
            if current.dep_ == "ccomp" or current.head.i == current.i:
                break
            current = current.head
        if reached:
            days.append(mention.value)
    return days[0] if len(set(days)) == 1 else None


def _holds_article_day(mention: DateMention, article_date: str | None) -> bool:
    covered, day = period((mention.value or "").split("/")[0]), _as_date(article_date)
    if covered is None or day is None or covered[0] == covered[1]:
        return False
    words = (mention.text or "").lower().split()
    return covered[0] <= day <= covered[1] and not any(w in words for w in _BEFORE_WORDS)


# The units of a count of days, weeks, months or years: "two weeks", "a day", "10 days", "fifteen months".
_COUNT_UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def _count_before(doc: Doc, link: Token) -> tuple[Token, str] | None:
    """The count right before 'after'/'before' ("two weeks after"), as its unit token and a duration value
    ('P2W'); None for "days after" or "weeks of fighting" (no count, no day)."""
    if link.i < 2:
        return None
    unit, number = doc[link.i - 1], doc[link.i - 2]
    code = _COUNT_UNITS.get(unit.lemma_.lower())
    value = parse_number(number.text)  # the project's number reader: digits and number words alike
    if code is None or not value or value != int(value):
        return None
    amount = int(value)
    return unit, f"P{amount}{code}"


def _of_a_plan(mention: DateMention, head: Token, anchor: Token) -> bool:
    """Whether a period names when a planned act is to happen rather than when the event did: "later this
    year", or hung on an infinitive or gerund below the event ("invited him to visit Seoul this year",
    "proposed meeting him this week"). "Held talks in Beijing this week" keeps its week."""
    if "later" in (mention.text or "").lower().split() or "soon" in (mention.text or "").lower().split():
        return True
    current = head
    for _ in range(40):
        if current.i == anchor.i or current.head.i == current.i:
            return False
        current = current.head
        if current.i != anchor.i and current.tag_ in {"VB", "VBG"}:
            return True
    return False


def _counted_from(
    doc: Doc,
    sent: Span,
    anchor: Token,
    dates: list[DateMention],
    article_date: str | None,
    event_nouns: frozenset[str],
) -> str | None:
    """'The seizure came two weeks after Royal Marines helped detain a tanker', 'agreed on Monday, a month
    after shelling killed nine': the act of the after/before clause lies that far from the day of the
    clause it hangs from, at the precision of the count (a week after -> that ISO week)."""
    for link in sent:
        if link.lower_ not in {"after", "before"} or link.i == sent.start:
            continue
        count = _count_before(doc, link)
        if count is None:
            continue
        unit, duration = count
        if link.dep_ == "mark":
            clause = link.head
        elif any(c.dep_ in {"pcomp", "pobj"} and c.i == anchor.i for c in link.children):
            clause = anchor  # 'two days after the summit', 'a week after meeting him'
        elif link.head.i == unit.i and unit.head.pos_ in {"VERB", "AUX"}:
            clause = unit.head  # 'a month after [artillery duels] killed nine': the count hangs on the verb
        else:
            continue
        if clause.i != anchor.i:
            continue
        base_token = clause.head if clause.dep_ in {"advcl", "pcomp", "pobj"} else link.head
        while base_token.dep_ in {"prep", "pcomp", "pobj", "npadvmod"} and base_token.head.i != base_token.i:
            base_token = base_token.head
        if base_token.i == anchor.i:
            continue
        base = event_when(doc, sent, base_token, [base_token], dates, article_date, event_nouns, _follow=False)
        base_day = period(base.date)
        if base_day is None or base_day[0] != base_day[1]:
            continue
        value = offset(duration, base_day[0], -1 if link.lower_ == "after" else 1)
        if value is not None and not _after(value, article_date):
            return value
    return None


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


# A TIMEX3 decade value: "201" is the 2010s ("a decade ago", "in the 1990s").
DECADE = re.compile(r"^\d{3}$")


def _long_before(value: str, article_date: str | None) -> bool:
    event_day, article_day = _as_date(value), _as_date(article_date)
    if event_day is None and DECADE.match(value):
        event_day = date(int(value) * 10 + 9, 12, 31)  # (long before only when the whole decade is)
    if event_day is None or article_day is None:
        return False
    return (article_day - event_day).days > HISTORICAL_AFTER_DAYS


def governed_place(
    doc: Doc,
    sent: Span,
    anchor: Token,
    trigger: list[Token],
    places: list[Place],
    event_nouns: frozenset[str] = frozenset(),
) -> Place | None:
    """The place mention the event's clause governs ("met in Gyeongju"), if any, with its country."""
    for place, head in _governed(doc, sent, anchor, trigger, places, event_nouns):
        if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
            return place
    return None


# How many sentences after a dated meeting its parties' undated acts are still told of that meeting.
OCCASION_SENTENCES = 2
# The roots of an occasion: meetings, talks, visits, calls (CAMEO 04).
OCCASION_ROOTS = {"04"}
# "arrived on Tuesday for a three-day visit": what follows may fall on any day of it.
_SEVERAL_DAYS = re.compile(r"\b(?:two|three|four|five|six|seven|\d+)-day\b", re.IGNORECASE)
# Auxiliaries that take an act out of the meeting's time: "has asked", "will sign".
_OTHER_TIME_AUX = {"has", "have", "will", "would", "shall", "'ll", "'s", "'ve"}


def occasion_dates(doc: Doc, text: str, sentences: list[tuple[int, int]], events: list[Event]) -> list[Event]:
    """Undated acts of a dated meeting's own parties, told in the next sentences, happened at that meeting:
    "Lee and Takaichi met in Nara on Tuesday. The two leaders also signed a memorandum." The article date
    would put the signing on the day of the report. Acts of a third party or one with its own tense
    ("Seoul has asked") are reactions or background, and keep the article date (as the gold of news does:
    a blanket "later sentences take the lead's date" was measured twice and lost accuracy)."""
    dated = [(e, e.date_source) for e in events]  # as found, before any is changed here
    changed: list[Event] = []
    for position, event in enumerate(events):
        if event.date_source != "article" or event.historical or _own_time(doc, event):
            changed.append(event)
            continue
        mine = {_party_key(event.source_actor), _party_key(event.target_actor)} - {None}
        occasion = None
        for earlier, source in reversed(dated[:position]):
            if earlier.sentence >= event.sentence:
                continue
            if event.sentence - earlier.sentence > OCCASION_SENTENCES:
                break
            if earlier.root not in OCCASION_ROOTS or source != "sentence" or not period_is_day(earlier.date):
                continue
            start, end = sentences[earlier.sentence] if earlier.sentence < len(sentences) else (0, 0)
            if _SEVERAL_DAYS.search(text[start:end]):
                continue
            parties = {_party_key(earlier.source_actor), _party_key(earlier.target_actor)} - {None}
            if mine and mine <= parties:
                occasion = earlier
                break
        if occasion is None:
            changed.append(event)
        else:
            changed.append(event.model_copy(update={"date": occasion.date, "date_source": "sentence"}))
    return changed


def _party_key(ref: ActorRef | None) -> str | None:
    """The party an event's actor stands for: its country, or the organisation itself."""
    if ref is None or not ref.code:
        return None
    return ref.code if ref.code[:3] in {"IGO", "NGO"} else ref.code[:3]


def _own_time(doc: Doc, event: Event) -> bool:
    """Whether the event's verb carries its own time: a perfect, future or conditional auxiliary."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span[0] if span[0].pos_ in {"VERB", "AUX"} else span[0].head
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _OTHER_TIME_AUX for c in verb.children)
