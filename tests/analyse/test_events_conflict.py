"""Who did an act of force (session 13): the subject of a verb of aspect the parser hung the gerund from a
preposition of ('continued on Saturday launching rockets'), the one who tries in an attempt noun ('an attempt by
the presidential guard to assassinate the premier'), and the party that claims responsibility for an attack.

The sentences are composed for these tests (none is copied from a benchmark or the wire) and run through the whole
pipeline; the negative cases guard stopped acts, sport, calls made on others and denied or unclaimed attacks. The
word lists are ``aspect_verbs`` and ``attempt_nouns`` in detente/data/cameo/linking.yaml.
"""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from detente.analyse.events.linking import LinkingError, load_linking, parse_linking
from tests.analyse.test_events_triggers import acts as parties

pytestmark = pytest.mark.slow


def test_the_linking_lexicon_lists_verbs_of_aspect_and_attempt_nouns() -> None:
    linking = load_linking()
    assert {"continue", "keep", "resume", "go"} <= linking.aspect_verbs
    assert not {"stop", "cease"} & linking.aspect_verbs  # an act stopped is not told as done
    assert {"attempt", "bid"} <= linking.attempt_nouns
    assert not {"call", "plan", "offer", "effort"} & linking.attempt_nouns  # not yet done, done by another, or vague


@pytest.mark.parametrize("key", ["aspect_verbs", "attempt_nouns"])
def test_a_linking_lexicon_without_the_lists_fails_at_load_time(key: str) -> None:
    raw = yaml.safe_load(resources.files("detente.data.cameo").joinpath("linking.yaml").read_text(encoding="utf-8"))
    del raw[key]
    with pytest.raises(LinkingError, match=key):
        parse_linking(raw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the gerund hung from "on" after a date
        (
            "Palestinian militants continued on Sunday firing homemade rockets from northern Gaza at Israel.",
            ("PSE", "19", "ISR"),
        ),
        # "went on" + gerund
        ("Taliban fighters went on attacking NATO supply convoys in the south.", ("AFG", "19", "IGO")),
        # "resumed" with the date between
        ("Israeli troops resumed on Monday shelling Palestinian positions in Gaza.", ("ISR", "19", "PSE")),
    ],
)
def test_the_subject_of_a_verb_of_aspect_does_the_gerund(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in parties(text)


def test_a_verb_of_aspect_in_sport_is_no_attack() -> None:
    text = "Brazil continued on Sunday attacking the Argentine defence in the World Cup qualifier, which ended 0-0."
    assert not {p for p in parties(text) if p[1] >= "18"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "by" phrase of the attempt
        (
            "Hamas said the shots were an attempt by the presidential guard to assassinate Prime Minister "
            "Ismail Haniya.",
            ("PSE", "18", "PSE"),
        ),
        (
            "The offensive was a bid by Russian forces to capture the Ukrainian city of Kharkiv.",
            ("RUS", "19", "UKR"),
        ),
        # the attempt's owner
        ("Israel's attempt to assassinate the Hamas leader Khaled Meshaal in Amman angered Jordan.", ("ISR", "18", "PSE")),
    ],
)
def test_who_tries_does_the_act_the_attempt_noun_tells(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in parties(text)


def test_a_call_by_a_party_is_not_its_own_act() -> None:
    # who calls for an act does not do it ("a call by Japan to release the fishermen" asks China to)
    found = parties("China rejected a call by Japan to release the detained fishermen.")
    assert not {p for p in found if p[0] == "JPN" and p[1] == "08"}


def test_a_party_claiming_responsibility_for_an_attack_did_it() -> None:
    found = parties("Hamas claimed responsibility for the rocket attack on the Israeli town of Sderot on Monday.")
    assert ("PSE", "19", "ISR") in found
    assert ("PSE", "01", "ISR") in found  # the claim itself stays coded (CAMEO 015)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas denied responsibility for the rocket attack on the Israeli town of Sderot on Monday.",
        "Hamas did not claim responsibility for the rocket attack on the Israeli town of Sderot on Monday.",
    ],
)
def test_a_denied_or_unclaimed_attack_has_no_doer(text: str) -> None:
    assert not {p for p in parties(text) if p[0] == "PSE" and p[1] == "19"}


def test_responsibility_for_what_is_no_attack_makes_no_act_of_force() -> None:
    found = parties("Japan accepted responsibility for the delay in the trade talks with China.")
    assert not {p for p in found if p[1] >= "15"}


def test_who_launches_an_attempt_makes_it() -> None:
    found = parties("Ethiopian troops made an attempt to seize the Somali port of Kismayo on Friday.")
    assert ("ETH", "19", "SOM") in found


def test_who_foils_an_attempt_does_not_make_it() -> None:
    found = parties("Somali troops foiled an attempt to seize the Kenyan port of Lamu on Friday.")
    assert not {p for p in found if p[0] == "SOM" and p[1] == "19"}


@pytest.mark.parametrize(
    "text",
    [
        "UN peacekeepers and Congolese government troops drove rebel fighters out of the eastern town of Sake.",
        "The Congolese army forced the rebels out of the town of Bunia on Friday.",
    ],
)
def test_armed_forces_driven_out_by_armed_forces_are_fought(text: str) -> None:
    found = parties(text)
    assert {p for p in found if p[1] == "19"}
    assert not {p for p in found if p[1] == "17"}


def test_the_expulsion_of_diplomats_stays_an_expulsion() -> None:
    found = parties("Russia expelled two Polish diplomats from Moscow on Monday.")
    assert ("RUS", "16", "POL") in found or ("RUS", "17", "POL") in found
    assert not {p for p in found if p[1] == "19"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A NATO air strike killed 12 Afghan civilians in the southern province of Kandahar, Afghan officials said.",
            ("IGO", "19", "AFG"),
        ),
        (
            "An Israeli air raid destroyed the house of a Hamas commander in Gaza City, witnesses said.",
            ("ISR", "17", "PSE"),
        ),
    ],
)
def test_an_attack_reported_before_the_verb_of_saying_is_the_doers(text: str, expected: tuple[str, str, str]) -> None:
    # the parser reads the finite verb as a participle on its subject, and the subject as the speaker's
    assert expected in parties(text)


def test_a_participle_with_its_doer_on_an_attacked_thing_names_the_doer() -> None:
    found = parties("An Israeli army convoy attacked by Hezbollah guerrillas on Sunday lost two jeeps.")
    assert ("LBN", "19", "ISR") in found


def test_a_participle_of_no_force_on_a_thing_does_not_name_its_doer() -> None:
    # a truce is between its parties, whoever brokered it
    found = parties("A truce brokered by Qatar between Israel and Hamas held on Monday.")
    assert not {p for p in found if p[0] == "QAT" and p[1] >= "15"}


def test_a_party_claiming_responsibility_for_a_gerund_did_it() -> None:
    found = parties("The armed wing of Hamas claimed responsibility for firing three rockets at Israel on Monday.")
    assert ("PSE", "19", "ISR") in found


def test_a_claimed_attack_on_things_is_placed_where_it_happened() -> None:
    found = parties("Al-Qaeda in Iraq claimed responsibility for the suicide bombings on three hotels in Amman, Jordan.")
    assert {p for p in found if p[1] == "18" and p[2] == "JOR"}


def test_a_denied_gerund_act_has_no_doer() -> None:
    found = parties("Hamas denied responsibility for firing rockets at Israel on Monday.")
    assert not {p for p in found if p[0] == "PSE" and p[1] == "19"}
