"""Parties of events that are found: who does an act and whom it is aimed at, through the whole pipeline (real
parse, real actors stage), on sentences composed here (none is taken from a benchmark or the newswire corpus).

Each class was found by grouping the events whose root was right and whose source or target was not, on the
DEV stories and sentences; each test has a negative beside its positive.
"""

from __future__ import annotations

import pytest

from detente.analyse.events.linking import load_linking

from .test_events_precision import coded, has

# --- the purpose of reaching a party: 'telephoned X to demand', 'summoned the envoy to lodge a protest' ----


def test_contact_verbs_are_listed() -> None:
    verbs = load_linking().contact_verbs
    assert {"telephone", "summon", "meet"} <= verbs
    # verbs of asking make the party reached the doer of what is asked, and stay out
    assert not verbs & {"urge", "ask", "invite", "order", "force", "tell"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the caller demands, of the party called
        (
            "The German chancellor telephoned the Russian president to demand an immediate ceasefire.",
            ("DEU", "10", "RUS"),
        ),
        # the summoner protests, to the envoy summoned
        ("Pakistan summoned the Indian envoy to condemn the killing of civilians in Kashmir.", ("PAK", "11", "IND")),
        # the host urges, the guest is urged
        ("Egypt's foreign minister met Israeli officials to urge restraint in Gaza.", ("EGY", "02", "ISR")),
    ],
)
def test_the_infinitive_of_reaching_a_party_is_the_callers_act(text: str, act: tuple) -> None:
    found = coded(text)
    assert has(found, *act), found
    source, root, target = act
    assert not has(found, target, root, source), found  # never the party reached doing it to the caller


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a verb of asking: the party asked does what is asked for
        ("Washington urged Seoul to resume talks with Tokyo.", ("USA", "02", "KOR")),
        ("The Arab League asked Syria to withdraw its troops from Lebanon.", ("IGO", "02", "SYR")),
    ],
)
def test_the_infinitive_of_asking_stays_the_party_asked(text: str, act: tuple) -> None:
    found = coded(text)
    assert has(found, *act), found
