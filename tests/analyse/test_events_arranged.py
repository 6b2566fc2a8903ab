"""Arranged acts and signals, on sentences composed for these tests through the whole pipeline.

Convention (README, events section; detente/data/cameo/README.md): an act the parties have arranged ("is
scheduled / due / set / slated to meet") is coded as CAMEO codes an announced future act, the doer's intent to do
it (03x: 036 for a meeting or visit), between the same parties, as is "is to hold talks" or "will visit" in a text
of a sentence or two (in a longer article that is an itinerary, no event: tests/analyse/test_events_precision.py);
what others forecast ("is expected / likely to", "analysts say X could") is no event. Signals ("signalled", "indicated",
"hinted", "suggested") are the party's own talk, reported like "said"."""

from __future__ import annotations

import pytest

from detente.analyse.events.linking import LinkingError, parse_linking

from .test_events_precision import coded, has

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "code", "target"),
    [
        (
            "The Nepali foreign minister is scheduled to meet his Indian counterpart in New Delhi on Monday.",
            "NPL",
            "036",
            "IND",
        ),
        ("Chile's president is due to visit Peru next week.", "CHL", "036", "PER"),
        (
            "The French foreign minister is to hold talks with his Algerian counterpart in Algiers on Tuesday.",
            "FRA",
            "036",
            "DZA",
        ),
        ("The Polish prime minister was to meet the Lithuanian president in Vilnius on Thursday.", "POL", "036", "LTU"),
        (
            "The Brazilian president is slated to hold talks with Argentine leaders in Buenos Aires on Monday.",
            "BRA",
            "036",
            "ARG",
        ),
        ("The Austrian chancellor is set to sign a gas accord with Azerbaijan during the trip.", "AUT", "03", "AZE"),
    ],
)
def test_an_arranged_act_is_the_parties_intent(text: str, source: str, code: str, target: str) -> None:
    found = coded(text)
    assert any((s or "")[:3] == source and c.startswith(code) and (t or "")[:3] == target for s, c, t in found), found
    assert not any(c[:2] in {"04", "05"} for _s, c, _t in found), found  # (not told as done)


@pytest.mark.parametrize(
    "text",
    [
        # what others expect, speculation, and an arranged act with no doer
        "The Nepali foreign minister is expected to meet his Indian counterpart in New Delhi on Monday.",
        "Chile's president is likely to visit Peru next week, diplomats said.",
        "Analysts say Hungary could veto the Ukrainian aid package.",
        "A ceasefire between Sudan and South Sudan was due to take effect at midnight.",
    ],
)
def test_a_forecast_by_others_is_no_event(text: str) -> None:
    assert not any(c[:2] in {"03", "04", "05", "12", "13"} for _s, c, _t in coded(text)), coded(text)


def test_the_aim_of_an_arranged_visit_is_no_event_of_its_own() -> None:
    found = coded("The Kenyan president is due to visit Egypt next week for talks on the Nile dam.")
    assert has(found, "KEN", "03", "EGY") and not any(c.startswith("04") for _s, c, _t in found), found


def test_an_arranged_arrival_names_the_country_it_goes_to() -> None:
    found = coded("The Swiss envoy is scheduled to arrive in Hanoi on May 9.")
    assert has(found, "CHE", "036", "VNM"), found


@pytest.mark.parametrize(
    "text",
    [
        # told in the passive, or an adjective that is no schedule: not the subject's arranged act
        "The Indian victims are due to be paid compensation by the Saudi government.",
        "The Malaysian envoy was unable to travel to the conference in Manila.",
        "The Thai minister was happy to hand over the documents to Cambodia.",
    ],
)
def test_no_arranged_act_in_a_passive_or_another_adjective(text: str) -> None:
    assert not any(c[:2] in {"03", "04", "06", "07"} for _s, c, _t in coded(text)), coded(text)


def test_arranged_harm_or_talk_is_not_coded_as_intent() -> None:
    assert not any(c.startswith("03") for _s, c, _t in coded("Russian bombers are set to strike Ukrainian cities."))


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        ("Moscow signalled it was ready to resume talks with Kyiv.", "RUS", "03", "UKR"),
        ("Beijing indicated that it would impose sanctions on Lithuania.", "CHN", "13", "LTU"),
        ("The Turkish government suggested that Sweden should extradite the suspects.", "TUR", "02", "SWE"),
    ],
)
def test_a_signal_is_the_partys_own_talk(text: str, source: str, root: str, target: str) -> None:
    found = coded(text)
    assert has(found, source, root, target), found


def test_a_signal_of_no_party_codes_no_party() -> None:
    found = coded("The figures suggested that exports to Japan had fallen.")
    assert not any(s for s, _c, _t in found), found


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        (
            "Vietnam's president arrived in Tokyo on Monday at the invitation of the Japanese prime minister.",
            "VNM",
            "04",
            "JPN",
        ),
        (
            "At the invitation of Xi Jinping, the Brazilian president paid a state visit to China.",
            "BRA",
            "04",
            "CHN",
        ),
        (
            "The Kenyan foreign minister held talks in Ankara at the invitation of his Turkish counterpart.",
            "KEN",
            "04",
            "TUR",
        ),
    ],
)
def test_a_visit_at_a_hosts_invitation_is_to_the_host(text: str, source: str, root: str, target: str) -> None:
    found = coded(text)
    assert has(found, source, root, target) and not has(found, target, root, source), found


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Talks between Peru and Bolivia were held in La Paz on Monday.", "PER", "BOL"),
        ("A meeting between the Thai and Cambodian defence ministers was held in Bangkok.", "THA", "KHM"),
    ],
)
def test_talks_held_in_the_passive_are_between_their_parties(text: str, first: str, second: str) -> None:
    found = coded(text)
    assert has(found, first, "04", second) or has(found, second, "04", first), found


def test_relations_in_a_state_between_two_parties_are_no_joint_act() -> None:
    found = coded("Relations between Canberra and Jakarta have been frozen since 2019.")
    assert not any(s and c.startswith("16") for s, c, _t in found), found  # (no one froze them on the other)


def test_talks_forecast_to_resume_are_no_event() -> None:
    found = coded("Trade talks between Canada and India are unlikely to resume before next year, analysts said.")
    assert not any(c.startswith("04") for _s, c, _t in found), found


def test_talks_between_two_unnamed_parties_name_no_party() -> None:
    assert coded("Talks between the two generals covered smuggling.") == []


def test_the_inviter_is_never_guessed_as_the_visitor() -> None:
    # (whoever the visitor is, the host who invited it does not visit)
    found = coded("At the invitation of Chinese President Xi Jinping, Brazil's president paid a state visit to China.")
    assert not any((s or "").startswith("CHN") for s, _c, _t in found), found


def test_schedule_frames_must_be_forecast_frames() -> None:
    from importlib import resources

    import yaml

    raw = yaml.safe_load(resources.files("detente.data.cameo").joinpath("linking.yaml").read_text(encoding="utf-8"))
    raw["schedule_frames"] = [*raw["schedule_frames"], "rumour"]
    with pytest.raises(LinkingError, match="schedule_frames"):
        parse_linking(raw)
