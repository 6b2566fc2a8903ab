"""Article records built from the data model, for corpus tests that need events regardless of the stages."""

from __future__ import annotations

from detente.model import Actor, ActorRef, Article, Event
from detente.read.article import content_hash

COUNTRY_ACTORS = {
    "KORGOV": ("Lee Jae-myung", "KOR"),
    "CHNGOV": ("Xi Jinping", "CHN"),
    "JPNGOV": ("Japanese government", "JPN"),
    "USAGOV": ("US government", "USA"),
}
# CAMEO code -> (root, quad class, Goldstein) for the codes these tests use (values of the public table).
CODES = {"040": ("04", 1, 1.0), "042": ("04", 1, 1.9), "112": ("11", 3, -2.0), "057": ("05", 2, 8.0)}


def event(
    cameo: str,
    source: str,
    target: str,
    *,
    date: str | None = None,
    sentence: int = 0,
    start: int = 0,
    negated: bool = False,
    historical: bool = False,
    confidence: float | None = 0.8,
) -> Event:
    root, quad, goldstein = CODES[cameo]
    return Event(
        source_actor=ActorRef(name=COUNTRY_ACTORS[source][0], code=source, actor=source.lower()),
        target_actor=ActorRef(name=COUNTRY_ACTORS[target][0], code=target, actor=target.lower()),
        cameo=cameo,
        root=root,
        quad_class=quad,
        goldstein=goldstein,
        date=date,
        sentence=sentence,
        start=start,
        end=start + 5,
        negated=negated,
        historical=historical,
        confidence=confidence,
    )


def article(
    ident: str,
    text: str,
    *,
    date: str | None = None,
    source: str | None = None,
    url: str | None = None,
    events: list[Event] | None = None,
    tone: float | None = None,
) -> Article:
    events = events or []
    codes = {e.source_actor.code for e in events} | {e.target_actor.code for e in events}
    actors = [
        Actor(id=code.lower(), name=COUNTRY_ACTORS[code][0], code=code, country=COUNTRY_ACTORS[code][1], role="GOV")
        for code in sorted(codes)
    ]
    record = Article(
        id=ident,
        text=text,
        date=date,
        source=source,
        url=url,
        content_hash=content_hash(text),
        events=events,
        actors=actors,
    )
    if tone is not None:
        record.tone.tone = tone
    return record
