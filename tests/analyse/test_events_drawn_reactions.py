"""Reactions an act draws (detente/analyse/events/framed_nouns.drawn_reactions, verbs.yaml drawn_reactions) and
attacks with a reason (verbs.yaml attack reason_code): "X's remarks drew condemnation from Y" is Y's criticism
of X; "attacked X for its policy" criticises X. The sentences are composed for these tests and go through the
whole pipeline."""

from __future__ import annotations

import pytest

from detente.analyse.events.acceptance import keep_every_event
from tests.analyse.test_events_vocabulary_cooperation import has, triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway's whaling plan drew sharp criticism from Australia on Friday.", ("AUS", "111", "NOR")),
        ("Denmark sparked angry condemnation from Turkey after it hosted the activists.", ("TUR", "111", "DNK")),
        (
            "Seoul released the fishing boat's captain, prompting a rebuke from Beijing.",
            ("CHN", "111", "KOR"),
        ),
        ("Hungary has earned repeated censure from the European Commission.", ("IGO", "111", "HUN")),
        # attacking a party for what it did is criticism
        ("The Chinese premier attacked Washington for its arms sales to Taipei.", ("CHN", "111", "USA")),
        ("Moscow attacked Warsaw over the removal of Soviet war memorials.", ("RUS", "111", "POL")),
    ],
)
def test_a_drawn_reaction_or_an_attack_for_a_reason_is_criticism(text: str, expected: tuple[str, str, str]) -> None:
    with keep_every_event():
        found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # gunfire drawn is no criticism, nor is a reaction with no party it came from
        ("Norway's whaling plan drew sharp criticism.", "11"),
        ("The patrol drew fire from Taliban fighters near Kandahar.", "11"),
        # an attack for a time, or for no reason, is still an attack
        ("Rebels attacked Goma for two hours on Sunday.", "11"),
        ("Angolan troops attacked Zaire for no reason.", "11"),
    ],
)
def test_no_criticism_without_a_reactor_or_a_reason(text: str, root: str) -> None:
    with keep_every_event():
        found = triples_of(text)
    assert not any(code.startswith(root) and source and target for source, code, target in found), found
