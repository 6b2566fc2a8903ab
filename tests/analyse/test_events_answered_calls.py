"""Calls and demands answered (detente/analyse/events/framed_nouns.answered_calls, verbs.yaml answered_nouns): a
demand a party rejects, defies or yields to was made, by its maker to that party, besides the answer. The
sentences are composed for these tests and go through the whole pipeline."""

from __future__ import annotations

import pytest

from detente.analyse.events.acceptance import keep_every_event
from tests.analyse.test_events_vocabulary_cooperation import has, triples_of


@pytest.mark.parametrize(
    ("text", "answer", "call"),
    [
        # rejected: the demand's maker named by "from"
        (
            "President Lukashenko has rebuffed demands from Brussels for an independent inquiry into the crackdown.",
            ("BLR", "12", "IGO"),
            ("IGO", "10", "BLR"),
        ),
        # rejected: the maker named by a modifier
        ("Iran rejected UN demands to halt enrichment.", ("IRN", "12", "IGO"), ("IGO", "10", "IRN")),
        ("Israel rejected the EU call for a halt to settlement building.", ("ISR", "12", "IGO"), ("IGO", "02", "ISR")),
        # defied
        # an accusation denied or rejected was made
        (
            "Hanoi rejected Cambodian allegations that its troops had crossed the border.",
            ("VNM", "12", "KHM"),
            ("KHM", "112", "VNM"),
        ),
        (
            "Moscow denied accusations by Kiev that it had shelled the plant.",
            ("RUS", "016", "UKR"),
            ("UKR", "112", "RUS"),
        ),
        (
            "Belgrade hosted the Russian minister on Friday, defying pressure from Washington to cancel the visit.",
            ("SRB", "12", "USA"),
            ("USA", "10", "SRB"),
        ),
    ],
)
def test_an_answered_call_was_made(text: str, answer: tuple[str, str, str], call: tuple[str, str, str]) -> None:
    with keep_every_event():
        found = triples_of(text)
    assert has(found, *answer), found
    assert has(found, *call), found


@pytest.mark.parametrize(
    "text",
    [
        # no maker named
        "The court rejected the appeal on Monday.",
        # a demand made, not answered: no second event from this rule
        "Washington's demands for an inquiry grew louder on Monday.",
        # the answering party's own call
        "Iran rejected its own call for talks.",
    ],
)
def test_no_call_without_an_answer_and_a_maker(text: str) -> None:
    with keep_every_event():
        found = triples_of(text)
    assert not any(code[:2] in {"10", "02"} and source and target for source, code, target in found), found
