"""Talk at home on real wire news: verbal cooperation between parties of one country, none of them a challenger
of the state ("the parliament will discuss the country's inflation", "firms welcomed the new policy", "the
president met farmers"), is no relation between actors and is dropped unless it leads its article; talk with
rebels, the opposition or parties, and a state's appeal to its citizens, stay. Sentences composed for these
tests, through the whole pipeline, after a first sentence whose act leads the article."""

from __future__ import annotations

import pytest

from detente.analyse.events.actors import ActorHit
from detente.analyse.events.codes import MATERIAL_CONFLICT, VERBAL_COOPERATION
from detente.analyse.events.coding import _talk_at_home
from detente.analyse.events.found import Found
from detente.model import Actor

from .test_events_precision import coded, has

pytestmark = pytest.mark.slow

LEAD = "Chinese coast guard ships fired water cannon at a Philippine vessel near Scarborough Shoal on Monday."


@pytest.mark.parametrize(
    "text",
    [
        "Zimbabwe's parliament will discuss Zimbabwe's inflation rate next week.",
        "Japanese firms welcomed Japan's new trade policy.",
        "The Kenyan president met Kenyan farmers in Nakuru.",
        "Kenya's Supreme Court praised the Kenyan parliament.",
        "The Kenyan interior minister urged Kenyan police to show restraint.",
        "Vietnam's Ministry of Public Security urged police to inspect school buses.",
    ],
)
def test_cooperation_talk_inside_one_country_is_no_event(text: str) -> None:
    assert coded(f"{LEAD} {text}") == [("CHNMIL", "175", "PHL")], coded(f"{LEAD} {text}")


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        ("Palestinian President Mahmoud Abbas accepted Hamas's nominee for prime minister.", "PSE", "03", "PSE"),
        ("The Kenyan government and the opposition agreed to hold talks.", "KEN", "03", "KEN"),
        ("China urged its citizens to avoid travelling to Japan.", "CHN", "02", "CHN"),
        ("The Malaysian government called on newspapers to stop stoking racial tension.", "MYS", "02", "MYS"),
        ("The Venezuelan opposition called on Venezuelans to boycott the vote.", "VEN", "02", "VEN"),
        # and the people's appeals to their state
        ("Residents of the Nigerian city of Jos asked the Nigerian army to protect them.", "NGA", "02", "NGA"),
        ("Kenyan farmers urged the Kenyan government to cut fertiliser prices.", "KEN", "02", "KEN"),
    ],
)
def test_talk_with_challengers_and_appeals_to_citizens_stay(text: str, source: str, root: str, target: str) -> None:
    assert has(coded(f"{LEAD} {text}"), source, root, target), coded(f"{LEAD} {text}")


def test_talk_at_home_that_leads_its_article_stays() -> None:
    assert coded("Zimbabwe's parliament will discuss Zimbabwe's inflation rate next week.") == [
        ("ZWELEG", "036", "ZWE")
    ]


def test_an_act_on_the_doers_own_land_stays() -> None:
    story = (
        "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Abu Dhabi on Monday. "
        "The Armenian prime minister agreed to reopen the border crossing."
    )
    assert any(c.startswith("03") and (s or "").startswith("ARM") for s, c, _t in coded(story)), coded(story)


def _hit(code: str) -> ActorHit:
    return ActorHit(Actor(id=code, name=code, code=code, kind="organisation"))


FOUND = Found(code="040", anchor=None, trigger=[], sources=[], targets=[])  # type: ignore[arg-type]


def test_only_verbal_cooperation_between_coded_parties_of_one_country() -> None:
    assert _talk_at_home(FOUND, _hit("KENGOV"), _hit("KENLEG"), "040", VERBAL_COOPERATION)
    assert not _talk_at_home(FOUND, _hit("KENGOV"), _hit("UGAGOV"), "040", VERBAL_COOPERATION)  # two countries
    assert not _talk_at_home(FOUND, _hit("KENCOP"), _hit("KENCVL"), "173", MATERIAL_CONFLICT)  # arrests are coded
    assert not _talk_at_home(FOUND, _hit("IGOUNO"), _hit("IGOUNOHCR"), "040", VERBAL_COOPERATION)
    assert not _talk_at_home(FOUND, _hit("---GOV"), _hit("---LEG"), "040", VERBAL_COOPERATION)  # roles with no country
    assert not _talk_at_home(FOUND, _hit("KENGOV"), _hit("KENCVL"), "020", VERBAL_COOPERATION)  # an appeal to citizens
    assert not _talk_at_home(FOUND, _hit("KENGOV"), _hit("KENMED"), "020", VERBAL_COOPERATION)  # ... to the media
    assert _talk_at_home(FOUND, _hit("KENGOV"), _hit("KENCOP"), "020", VERBAL_COOPERATION)  # ... to its own police
