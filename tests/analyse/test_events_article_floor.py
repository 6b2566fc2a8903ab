"""The article floor: a sentence's lone act scored under ARTICLE_FLOOR, any act with no doer and cooperation with no
counterpart are dropped unless they lead their article."""

from __future__ import annotations

import pytest

from detente.analyse import analyse_one
from detente.analyse.events.acceptance import keep_every_event
from detente.analyse.events.coding import ARTICLE_FLOOR, LEAD_TEXT_SENTENCES, _Coded, _without_weak_background
from detente.analyse.events.trace import KEPT, EventTrace
from detente.model import ActorRef, Article, Event


def _event(
    sentence: int, confidence: float, origin: str = "rules", doer: bool = True, cameo: str = "010", quad: int = 1
) -> Event:
    return Event(
        source_actor=ActorRef(name="Japan", code="JPN") if doer else None,
        target_actor=None,
        cameo=cameo,
        root=cameo[:2],
        quad_class=quad,
        goldstein=0.0,
        sentence=sentence,
        start=0,
        end=1,
        trigger="said",
        confidence=confidence,
        origin=origin,
    )


def _scored(*events: Event, at_home: bool = False) -> list[_Coded]:
    """Events as the rules code them: scored by the acceptance model (learned proposals are not)."""
    return [_Coded(e, 0.0, None if e.origin == "learned" else {"bias": 1.0}, at_home) for e in events]


def _analysed(text: str) -> Article:
    return analyse_one(Article(id="floor", text=text, content_hash=f"floor-{hash(text)}", date="2026-03-02"))


def test_weak_lone_acts_are_dropped_beside_a_stronger_lead() -> None:
    strong, weak, fair = _event(0, 0.9), _event(1, ARTICLE_FLOOR / 2), _event(2, ARTICLE_FLOOR)
    kept = _without_weak_background(_scored(strong, weak, fair))
    assert kept == [strong, fair]


def test_the_articles_leading_event_stays_however_weak() -> None:
    first, second = _event(0, 0.03), _event(1, 0.05)
    assert _without_weak_background(_scored(first, second)) == [second]


def test_a_weak_lead_stays_only_in_a_short_text() -> None:
    first, second = _event(0, 0.03), _event(1, 0.05)
    assert _without_weak_background(_scored(first, second), sentences=LEAD_TEXT_SENTENCES) == [second]
    assert _without_weak_background(_scored(first, second), sentences=LEAD_TEXT_SENTENCES + 1) == []


def test_an_act_with_no_doer_is_dropped_unless_it_leads_the_article() -> None:
    strong, doerless = _event(0, 0.9), _event(1, 0.6, doer=False)
    assert _without_weak_background(_scored(strong, doerless)) == [strong]
    alone = _event(0, 0.3, doer=False)
    assert _without_weak_background(_scored(alone)) == [alone]


@pytest.mark.parametrize(("cameo", "quad"), [("030", 1), ("040", 1), ("057", 1), ("070", 2), ("080", 2)])
def test_cooperation_with_no_counterpart_is_dropped_unless_it_leads(cameo: str, quad: int) -> None:
    strong, alone = _event(0, 0.9), _event(1, 0.6, cameo=cameo, quad=quad)
    assert _without_weak_background(_scored(strong, alone)) == [strong]
    assert _without_weak_background(_scored(alone)) == [alone]


@pytest.mark.parametrize(("cameo", "quad"), [("010", 1), ("020", 1), ("140", 4), ("190", 4)])
def test_statements_appeals_and_material_conflict_may_stand_with_no_target(cameo: str, quad: int) -> None:
    # ("appealed for calm", "protesters took to the streets", "fighting broke out"; verbal conflict aimed at no
    # one, "condemned the violence", is dropped unless it leads: test_events_precision3)
    strong, alone = _event(0, 0.9), _event(1, 0.6, cameo=cameo, quad=quad)
    assert _without_weak_background(_scored(strong, alone)) == [strong, alone]


def test_an_event_the_model_does_not_score_stays() -> None:
    strong, proposal = _event(0, 0.9), _event(1, 0.02, origin="learned")
    assert _without_weak_background(_scored(strong, proposal)) == [strong, proposal]


def test_a_doer_with_no_code_is_no_doer_unless_it_leads() -> None:
    # ("The Pioneer warned ...", "Burns arrived in Beijing": the actors stage could not say whose act it is)
    strong, uncoded = _event(0, 0.9), _event(1, 0.6, cameo="130", quad=3)
    uncoded.source_actor = ActorRef(name="Pioneer", code=None)
    assert _without_weak_background(_scored(strong, uncoded)) == [strong]
    assert _without_weak_background(_scored(uncoded)) == [uncoded]
    # (a material act: a warning aimed at no one is dropped on its own, test_events_precision3)
    role_only = _event(1, 0.6, cameo="190", quad=4)
    role_only.source_actor = ActorRef(name="police", code="---COP")
    assert _without_weak_background(_scored(strong, role_only)) == [strong, role_only]


def test_talk_at_home_is_dropped_unless_it_leads() -> None:
    strong, talk = _event(0, 0.9), _event(1, 0.6, cameo="040")
    home = [*_scored(strong), *_scored(talk, at_home=True)]
    assert _without_weak_background(home) == [strong]
    assert _without_weak_background(_scored(talk, at_home=True)) == [talk]


def test_nothing_is_dropped_while_every_event_is_kept() -> None:
    strong, weak = _event(0, 0.9), _event(1, 0.01)
    with keep_every_event():
        assert _without_weak_background(_scored(strong, weak)) == [strong, weak]


@pytest.mark.parametrize(
    "text",
    [
        "Japan and South Korea signed a fisheries agreement in Tokyo on Monday. "
        "Two fishermen were shot dead near the harbour last week.",
        "Indian troops fired on Pakistani posts in Kashmir on Monday, Pakistan's army said. "
        "Economists have warned that the dispute could hurt trade.",
    ],
)
def test_only_the_lead_of_an_article_may_score_under_the_floor_or_lack_a_doer(text: str) -> None:
    events = _analysed(text).events
    assert events, text
    best = max(e.confidence or 0.0 for e in events)
    weak = [e for e in events if (e.confidence or 0.0) < ARTICLE_FLOOR or e.source_actor is None]
    assert all(e.confidence == best for e in weak), events


def test_a_one_sentence_text_keeps_its_one_act() -> None:
    # (a headline or a single sentence coded alone: its best act is all it tells)
    events = _analysed("Two fishermen were shot dead near the harbour on Sunday.").events
    assert len(events) == 1, events


def test_the_trace_tells_which_of_the_floors_reasons_dropped_an_event() -> None:
    strong, weak, doerless = _event(0, 0.9), _event(1, 0.01), _event(2, 0.6, doer=False)
    lonely = _event(3, 0.7, cameo="057", quad=2)  # a cooperation with no counterpart
    home = _event(4, 0.8, cameo="020")
    coded = _scored(strong, weak, doerless, lonely) + _scored(home, at_home=True)
    trace = EventTrace()
    assert _without_weak_background(coded, 10, trace) == [strong]
    assert [(c.event, c.reason) for c in trace.candidates] == [
        (weak, "article-floor"),
        (doerless, "no-doer"),
        (lonely, "one-sided-cooperation"),
        (home, "talk-at-home"),
        (strong, KEPT),
    ]
