"""Precision on real news, third round (session 12): venues and titles read as parties, a player's shot in a sports
report, and warnings aimed at no one. Found by reading the extra events of the two wire DEV sets and a sample of
the free wire pool; every sentence here is composed for the test, none is taken from a benchmark or the newswire
corpus. Each rule has a positive beside its negative, so it cannot pass by coding nothing.
"""

from __future__ import annotations

import pytest

from detente.analyse.events.coding import _weak_or_one_sided, _without_weak_background
from detente.analyse.events.linking import load_linking
from detente.model import ActorRef, Event

from .test_events_article_floor import _event, _scored
from .test_events_precision import coded, has

# --- a forum meeting in a host city: the host is where, not whom -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of the Association of Southeast Asian Nations began their talks on Monday in the "
        "Philippine city of Cebu.",
        "Finance ministers of the Group of Eight opened their meeting in the Russian city of St Petersburg on Friday.",
    ],
)
def test_a_forums_members_meeting_in_a_host_city_do_not_meet_the_host(text: str) -> None:
    found = coded(text)
    assert not any(code.startswith("04") and target for _source, code, target in found), found


def test_one_leader_holding_talks_in_a_host_city_still_meets_its_host() -> None:
    found = coded(
        "The Japanese prime minister began talks on Monday in the Philippine city of Cebu with President Arroyo."
    )
    assert has(found, "JPN", "04", "PHL"), found


# --- a meeting named after its venue -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials have voiced pessimism about the Singapore meeting, with the EU trade chief saying the talks would "
        "fail.",
        "Officials expressed optimism about the Hong Kong talks.",
    ],
)
def test_a_meeting_named_by_its_venue_names_no_party(text: str) -> None:
    found = coded(text)
    assert all(target is None for _source, _code, target in found), found


def test_an_organisation_naming_a_summit_is_still_its_party() -> None:
    found = coded("The Kremlin issued a statement on the NATO summit in Vilnius late on Wednesday.")
    assert has(found, "RUS", "01", "IGO"), found


# --- a thing named after a place -------------------------------------------------------------------------------


def test_a_goal_named_after_a_city_is_no_party() -> None:
    found = coded("APEC leaders renewed their commitment to the Bogor Goals of free trade.")
    assert not any(target and target.startswith("IDN") for _source, _code, target in found), found


def test_a_country_named_as_such_stays_a_party() -> None:
    found = coded("APEC leaders renewed their commitment to Indonesia on free trade.")
    assert has(found, "IGO", "03", "IDN"), found


# --- a player's shot in a sports report ------------------------------------------------------------------------


def test_a_player_firing_home_in_a_sports_report_is_no_attack() -> None:
    found = coded(
        "Juventus beat Lazio 2-0 in the Italian Cup on Sunday. Portuguese midfielder Nuno Gomes fired home from "
        "close range after a pass from Brazilian striker Adriano."
    )
    assert not any(code.startswith("19") for _source, code, _target in found), found


def test_troops_firing_on_protesters_is_still_coded() -> None:
    found = coded("Israeli troops fired on Palestinian protesters in Gaza on Friday.")
    assert any(source and source.startswith("ISR") and target for source, _code, target in found), found


def test_fire_is_a_contest_verb_in_the_codebook() -> None:
    assert "fire" in load_linking().contest_verbs


# --- a warning aimed at no one ---------------------------------------------------------------------------------

SPEECH = "The head of Britain's domestic intelligence agency gave a rare speech on Friday. {} Officials said the speech had been planned for months."


def test_a_warning_aimed_at_no_party_is_dropped_in_an_article() -> None:
    found = coded(SPEECH.format("She warned that the terrorist threat was serious and growing."))
    assert not any(code.startswith("13") for _source, code, _target in found), found


def test_a_warning_aimed_at_a_party_stays() -> None:
    found = coded(SPEECH.format("She warned Iran that it would face new sanctions."))
    assert has(found, "GBR", "13", "IRN"), found


def _talk(cameo: str, quad: int, target: bool) -> Event:
    event = _event(0, 0.8, cameo=cameo, quad=quad)
    return event.model_copy(update={"target_actor": ActorRef(name="Iran", code="IRN")}) if target else event


def test_only_verbal_conflict_with_no_target_is_one_sided_conflict_talk() -> None:
    assert _weak_or_one_sided(_talk("130", 3, target=False)) == "one-sided-conflict-talk"
    assert _weak_or_one_sided(_talk("130", 3, target=True)) is None
    assert _weak_or_one_sided(_talk("190", 4, target=False)) is None  # ("gunmen opened fire": its own rules)
    assert _weak_or_one_sided(_talk("010", 1, target=False)) is None  # a bare statement may stand alone


@pytest.mark.parametrize(("cameo", "quad"), [("111", 3), ("130", 3), ("120", 3)])
def test_verbal_conflict_with_no_counterpart_is_dropped_unless_it_leads(cameo: str, quad: int) -> None:
    strong, alone = _event(0, 0.9), _event(1, 0.6, cameo=cameo, quad=quad)
    assert _without_weak_background(_scored(strong, alone)) == [strong]
    assert _without_weak_background(_scored(alone)) == [alone]
