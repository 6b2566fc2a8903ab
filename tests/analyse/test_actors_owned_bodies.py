"""A body a state or organisation sends ('an EU mission', 'a Japanese trade mission') is an actor when its
owner is said, and 'the mission' later is that body again; an owner-less 'rescue mission' is an operation,
no actor. The same anaphor holds for weapons ('Turkish drones ... the drones'). Sentences composed here."""

from __future__ import annotations

import pytest

from detente.analyse import analyse_one
from detente.model import Actor, Article


def actors(text: str) -> list[Actor]:
    article = analyse_one(Article(id="m", text=text, content_hash="m", date="2026-03-03"))
    assert not article.analysis_errors, article.analysis_errors
    return article.actors


def mentioned(found: list[Actor], words: str) -> Actor | None:
    return next((a for a in found if any(m.text == words for m in a.mentions)), None)


@pytest.mark.slow
def test_the_mission_is_the_mission_named_before() -> None:
    found = actors("A Danish trade mission reached Nairobi on Monday. The mission signed two deals with Kenyan firms.")
    mission = mentioned(found, "mission")
    assert mission is not None and mission.code == "DNKGOV"


@pytest.mark.slow
def test_an_organisations_mission_is_the_organisation() -> None:
    found = actors("An IAEA mission toured the plant on Tuesday. The mission praised the operators.")
    mission = mentioned(found, "mission")
    assert mission is not None and mission.country == "IGOUNOIAE"


@pytest.mark.slow
def test_an_ownerless_mission_is_no_actor() -> None:
    assert actors("The search mission was called off on Friday after the storm worsened.") == []


@pytest.mark.slow
def test_the_mission_with_no_mission_named_before_is_no_actor() -> None:
    found = actors("Norway's navy ended its patrols. The mission had lasted two years.")
    assert mentioned(found, "mission") is None


@pytest.mark.slow
def test_the_weapons_named_before_are_their_owners_forces_again() -> None:
    found = actors("Syrian helicopters and drones attacked a village on Monday. The drones returned at night.")
    assert any(a.country == "SYR" for a in found)
    assert not any(a.country is None and "drones" in {m.text for m in a.mentions} for a in found)


@pytest.mark.slow
def test_a_mission_in_a_country_is_not_that_countrys() -> None:
    found = actors("The mission in Somalia has become the costliest deployment for the Danish army, a daily said.")
    assert not any("mission" in m.text for a in found for m in a.mentions)
