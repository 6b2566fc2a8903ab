"""Event vocabulary of news, last pass (detente/data/cameo/verbs.yaml).

Senses the sentence DEV misses showed were missing (and wrong senses the corpus showed), widened to the common words of news for the same act and
checked on unlabelled AFP/Xinhua articles (benchmarks/newswire_events.py). Each sentence below is composed here,
none is taken from a benchmark or the corpus; each negative is a wrong sense of the same words.
"""

from __future__ import annotations

import pytest

from tests.analyse.test_events import events_of, triples
from tests.analyse.test_events_codebook import has_event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pleading with a party, or for help, is an appeal
        ("Japan pleaded with China to release the crew of the trawler.", ("JPN", "02", "CHN")),
        ("Pakistan pleaded for international help after the floods.", ("PAK", "020", None)),
        ("Ukraine pleaded with France for more air defence systems.", ("UKR", "02", "FRA")),
    ],
)
def test_pleading_with_a_party_is_an_appeal(nlp, text: str, expected) -> None:
    found = triples(events_of(nlp, text))
    assert has_event(found, expected), found


@pytest.mark.parametrize(
    "text",
    [
        # a defendant pleading guilty or not guilty answers a court: no appeal (the wire corpus's common sense);
        # and a finding of guilt or innocence is no appeal either
        "A French citizen pleaded guilty to spying for Iran.",
        "The Japanese crew pleaded not guilty to fishing in the waters of Vietnam.",
        "A court in Iran found the French researcher not guilty of espionage.",
    ],
)
def test_a_plea_in_court_is_no_appeal(nlp, text: str) -> None:
    found = triples(events_of(nlp, text))
    assert not any(code.startswith(("02", "116")) for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # property set ablaze is burnt (1712), by a crowd a riot (145); ransacked or vandalised, damaged
        ("Russian forces set ablaze a village in Georgia.", ("RUS", "1712", None)),
        ("Russian forces set ablaze the homes of Ukrainian farmers.", ("RUS", "1712", None)),
        ("A crowd of protesters ransacked the French embassy in Iran.", ("---OPP", "145", None)),
        ("Russian forces vandalised a Ukrainian church.", ("RUS", "171", None)),
    ],
)
def test_property_burnt_or_wrecked_is_an_attack_on_it(nlp, text: str, expected) -> None:
    found = triples(events_of(nlp, text))
    assert has_event(found, expected), found


@pytest.mark.parametrize(
    "text",
    [
        # a player or a market "set alight" is praise of a performance, archives ransacked are searched
        "The Chilean striker set the stadium alight with a late goal against Japan.",
        "Strong demand from China set the Japanese stock market alight.",
        "France ransacked its archives for the documents.",
    ],
)
def test_figurative_fire_and_searching_are_no_attack(nlp, text: str) -> None:
    found = triples(events_of(nlp, text))
    assert not any(code.startswith(("17", "145")) for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # groups and parties prohibited or proscribed are banned (1722), gatherings prohibited restrict freedoms
        ("Pakistan prohibited all rallies in the capital ahead of the vote.", ("PAK", "1721", None)),
        ("Israel prohibited six Palestinian rights groups from operating.", ("ISR", "1722", None)),
        ("India proscribed the group as a terrorist organisation.", ("IND", "1722", None)),
    ],
)
def test_groups_and_gatherings_prohibited_are_banned(nlp, text: str, expected) -> None:
    found = triples(events_of(nlp, text))
    assert has_event(found, expected), found


def test_other_things_prohibited_are_no_ban(nlp) -> None:
    # what else a state prohibits is no act against a party
    found = triples(events_of(nlp, "France prohibited the use of mobile phones in schools."))
    assert not any(code.startswith("17") for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an admission is an event when it is made to a party
        ("Japan admitted to China that its patrol boat had entered the disputed waters.", ("JPN", "015", "CHN")),
        ("Russia admitted to France that its jets had crossed into Georgian airspace.", ("RUS", "015", "FRA")),
    ],
)
def test_an_admission_about_a_party_is_one(nlp, text: str, expected) -> None:
    found = triples(events_of(nlp, text))
    assert has_event(found, expected), found


@pytest.mark.parametrize(
    "text",
    [
        # admitting a feeling, a mistake of one's own or a fact that concerns no party is no event (on wire
        # news most bare "admitted" sentences: sport, personal lives, campaign remarks)
        "The French prime minister admitted that he had been married three times.",
        "Pakistan's coach admitted that the side would be hard to beat.",
    ],
)
def test_an_admission_about_no_party_is_none(nlp, text: str) -> None:
    found = triples(events_of(nlp, text))
    assert not any(code.startswith("01") for _s, code, _t in found), found


def test_a_title_defended_is_no_verbal_defence(nlp) -> None:
    # a champion defending a title or crown is sport, even with no sport word in the sentence
    found = triples(events_of(nlp, "Japan defended its world title against China in Paris."))
    assert not any(code.startswith("05") for _s, code, _t in found), found


def test_a_party_defended_is_still_defended(nlp) -> None:
    found = triples(events_of(nlp, "China defended Pakistan against the accusations of India."))
    assert has_event(found, ("CHN", "052", "PAK")), found
