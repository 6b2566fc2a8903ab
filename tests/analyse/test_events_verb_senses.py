"""Senses of a verb its object decides (detente/analyse/events/verb_triggers.py, verbs.yaml): a party welcomed is
received, a thing welcomed is praised; a scheme aimed at people is no attack; officials let go from their posts
are no rejection. The sentences are composed for these tests and go through the whole pipeline."""

from __future__ import annotations

import pytest

from detente.analyse.events.acceptance import keep_every_event
from tests.analyse.test_events_vocabulary_cooperation import has, triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing a party owns, welcomed, is praised (051), not a visit hosted (043)
        ("Beijing welcomed Pakistan's interest in joining the economic corridor.", ("CHN", "051", "PAK")),
        ("The Kenyan president welcomed the intervention of the African Union.", ("KEN", "051", "IGO")),
        # a party itself welcomed is received
        ("The Chinese premier welcomed the visiting Vietnamese delegation in Beijing.", ("CHN", "043", "VNM")),
        ("Museveni welcomed his Kenyan counterpart to Kampala.", ("UGA", "043", "KEN")),
        ("The Thai king welcomed the visitors from Laos at the palace.", ("THA", "043", "LAO")),
        # the violent sense of target stays
        ("Russian forces targeted Ukrainian power plants overnight.", ("RUS", "190", "UKR")),
        # a proposal dismissed is rejected
        ("Washington dismissed Beijing's proposal for talks.", ("USA", "12", "CHN")),
    ],
)
def test_the_object_decides_the_sense(text: str, expected: tuple[str, str, str]) -> None:
    with keep_every_event():
        found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    ("text", "not_root"),
    [
        ("Beijing welcomed Pakistan's interest in joining the economic corridor.", "04"),
        # people a scheme is meant for are not attacked
        ("The government has targeted 1.5 million farmers to benefit from the subsidy scheme.", "19"),
        ("The plan targets 200,000 families to receive cash grants.", "19"),
        ("The programme is targeted at poor families in the north.", "19"),
        # officials let go by their own state: no rejection of anyone
        ("Five officials were dismissed from their posts after the scandal.", "12"),
        ("Putin dismissed the governor of Kursk.", "12"),
        ("The minister was fired after the scandal.", "19"),
    ],
)
def test_no_event_of_the_other_sense(text: str, not_root: str) -> None:
    with keep_every_event():
        found = triples_of(text)
    assert not any(code.startswith(not_root) for _s, code, _t in found), found
