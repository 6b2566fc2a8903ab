"""Refusals told as a noun (detente/analyse/events/intent_nouns.refused_acts, verbs.yaml refusal_nouns): "X's
refusal to do Y" is X's refusal of that act, aimed at its party, as "X refused to do Y" is. The sentences are
composed for these tests and go through the whole pipeline."""

from __future__ import annotations

import pytest

from detente.analyse.events.acceptance import keep_every_event
from tests.analyse.test_events_vocabulary_cooperation import has, triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner named by a possessive, the act coded ("let ... land" yields, "meet" consults)
        ("Washington criticised Colombia's refusal to let US military planes land.", ("COL", "12", "USA")),
        ("Iran's refusal to meet the American envoy angered Washington.", ("IRN", "12", "USA")),
        # the owner named by "of"
        ("The refusal of Hungary to approve the aid package for Ukraine stalled the summit.", ("HUN", "12", "UKR")),
        # "its refusal": the party the clause names it of, or the clause's doer
        ("The EU criticised Serbia for its refusal to align with EU sanctions on Russia.", ("SRB", "12", "IGO")),
        ("Serbia reaffirmed its refusal to impose sanctions on Russia.", ("SRB", "12", "RUS")),
    ],
)
def test_a_refusal_noun_refuses_its_act(text: str, expected: tuple[str, str, str]) -> None:
    with keep_every_event():  # what the rules code, whatever confidence the learned model gives it
        found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    "text",
    [
        # withholding words is no rejection of a party
        "Moscow's refusal to comment on the report surprised no one.",
        # a refusal with no party to refuse
        "The farmers' refusal to leave their land delayed the dam.",
    ],
)
def test_a_refusal_noun_without_a_party_refused_is_no_rejection(text: str) -> None:
    with keep_every_event():
        found = triples_of(text)
    assert not any(code.startswith("12") and target for _s, code, target in found), found


def test_refusal_nouns_are_read_from_the_codebook() -> None:
    from detente.analyse.events.patterns import load_codebook

    assert "refusal" in load_codebook().refusal_nouns
