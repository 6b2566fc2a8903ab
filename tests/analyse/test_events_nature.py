"""Forces of nature and accidents kill and destroy, but they are no party: no event."""

from __future__ import annotations

import pytest

from detente.analyse.events.linking import load_linking
from tests.analyse.test_events_precision import coded as triples


@pytest.mark.parametrize(
    "text",
    [
        "A powerful cyclone hit the coast of Bangladesh on Friday, killing at least 30 people.",
        "Floods swept through villages in northern India, killing 15 people and destroying crops.",
        "A strong earthquake struck western Iran overnight, destroying hundreds of homes.",
        "Typhoon Haiyan destroyed thousands of houses in the central Philippines.",
        "A bus crash killed 22 Thai tourists in southern China on Sunday.",
        "Three Nepali villages were buried by a landslide after days of heavy rain.",
        # the disaster or accident as what the deaths happened in
        "Seven people were killed in a colliery accident in southwest China on Monday.",
        "At least 40 villagers were killed in the floods that hit the province last week.",
        "Two workers died during a fire at a chemical plant near the port.",
        # a place after the participle does not hide the force that acted
        "Floods swept through the valley, killing 15 people in three villages.",
    ],
)
def test_a_disaster_is_no_ones_act(text: str) -> None:
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian jets hit the city of Aleppo on Friday, killing at least 30 people.", ("RUSMIL", "SYR")),
        # (unnamed gunmen are no doer, unnamed_doers.py: the act stays, aimed at Mali, with no doer)
        ("Gunmen stormed a hotel in Mali on Friday, killing 20 tourists.", ("", "MLI")),
        # an attack, not an accident, is what they were killed in: the act stays, even with no doer named
        ("Three Iraqi civilians have been killed in a suicide car bombing in Baghdad.", ("", "IRQ")),
        ("Two soldiers were killed in an ambush by Taliban fighters in Helmand.", ("", "AFG")),
        ("Russian jets hit Aleppo on Friday, killing at least 30 people in the old town.", ("RUSMIL", "SYR")),
    ],
)
def test_a_party_that_strikes_keeps_its_event(text: str, expected: tuple[str, str]) -> None:
    found = triples(text)
    assert any((s or "").startswith(expected[0]) and (t or "").startswith(expected[1]) for s, _code, t in found), found


def test_the_lexicon_lists_forces_not_parties() -> None:
    forces = load_linking().natural_forces
    assert {"earthquake", "flood", "typhoon", "landslide", "crash"} <= forces
    assert not forces & {"troops", "gunmen", "police", "army", "militants"}
