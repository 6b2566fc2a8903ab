"""False alarms of real wire news (tenth session): disasters whose subject names a place, acts a party fears, and sentences of a
sports report that name no sport. Sentences composed here (none from a benchmark or the wire corpus); each class
has a real event of the same shape that must stay."""

from __future__ import annotations

import pytest

from detente.analyse.events.linking import is_sports_report, load_linking
from detente.analyse.nlp import load_nlp

from .test_events_precision import coded, has

pytestmark = pytest.mark.slow

VIOLENCE = ("18", "19", "20")


@pytest.mark.parametrize(
    "text",
    [
        # a place inside the subject is read as a party, but an accident did it
        "A bus crash on a mountain road in southern Peru killed 14 tourists on Sunday.",
        "A train derailment in eastern India's Odisha state killed 50 passengers on Friday.",
        "Typhoon Mangkhut over the northern Philippines destroyed thousands of homes on Saturday.",
    ],
)
def test_a_disaster_with_a_place_in_its_subject_is_no_ones_act(text: str) -> None:
    assert not [c for c in coded(text) if c[1].startswith(VIOLENCE)], coded(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a named doer acting during a disaster keeps its act
        ("Israeli troops shot dead two Palestinian gunmen during the floods in Gaza on Monday.", "ISR", "PSE"),
        # a relative clause of a party, not of a disaster
        ("Taliban fighters who attacked a convoy in Afghanistan killed six Pakistani soldiers.", "AFG", "PAK"),
    ],
)
def test_a_party_acting_beside_a_disaster_keeps_its_event(text: str, source: str, target: str) -> None:
    found = coded(text)
    assert any((s or "")[:3] == source and c.startswith(VIOLENCE) for s, c, _t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Residents of northern Israel expressed fear that militants would fire rockets from Lebanon at their towns.",
        "Seoul fears North Korea will test another ballistic missile over Japan.",
        "Diplomats in Addis Ababa voiced fears of a new war between Ethiopia and Eritrea.",
        "Japan is concerned that China will send warships near the disputed islands.",
    ],
)
def test_what_a_party_fears_is_not_coded_as_done(text: str) -> None:
    found = coded(text)
    assert not [c for c in found if c[1][:2] in {"13", "15", "19", "03"} or c[1].startswith(VIOLENCE)], found


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        # a threat is no fear
        ("Hezbollah threatened that its fighters would fire rockets at Israeli towns.", "LBN", "13", "ISR"),
        # a report of a done act
        ("Residents said Hezbollah fighters fired rockets at Israeli towns from Lebanon.", "LBN", "19", "ISR"),
        # an act that raises a fear stays; only the feared act goes
        ("Hezbollah fired rockets at Israeli towns on Monday, raising fears of a new war.", "LBN", "19", "ISR"),
    ],
)
def test_threats_and_done_acts_beside_fears_stay(text: str, source: str, root: str, target: str) -> None:
    assert has(coded(text), source, root, target), coded(text)


VOLLEYBALL = (
    "Defending champion China crushed Vietnam in straight sets at the women's volleyball tournament on Thursday. "
    "In the following match of the day, South Korea rallied from two sets down to upset arch rival Japan 3-2. "
    "Thailand beat Kazakhstan in the other semifinal of the tournament."
)
ELECTION = (
    "Liberia's election commission declared Ellen Johnson-Sirleaf the winner of the runoff on Friday. "
    "Her rival, the former football star George Weah, accused the commission of fraud. "
    "The United States urged both camps to keep calm. "
    "Hundreds of Weah supporters rallied outside the US embassy in Monrovia. "
    "Police fired tear gas at the crowd."
)


def test_a_sports_reports_sentences_are_sport_even_where_they_name_none() -> None:
    assert coded(VOLLEYBALL) == []


def test_a_story_naming_a_sport_once_is_no_sports_report() -> None:
    found = coded(ELECTION)
    assert has(found, "LBR", "14", "USA"), found
    assert has(found, "LBR", "17", "LBR") or has(found, "LBR", "18", "LBR") or has(found, "LBR", "19", "LBR"), found


def test_officials_meeting_in_a_sports_report_still_meet() -> None:
    text = (
        "North and South Korean athletes won four medals at the Asian Games on Tuesday. "
        "South Korean and North Korean officials met on the sidelines of the Games to discuss a joint team. "
        "China topped the medal table of the tournament."
    )
    assert has(coded(text), "KOR", "04", "PRK"), coded(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (VOLLEYBALL, True),
        (ELECTION, False),  # one sentence of five names a sport
        ("China beat Japan 2-1 in the football final.", False),  # one sentence: not enough to call the text
    ],
)
def test_a_sports_report_is_a_third_of_its_sentences_and_at_least_two(text: str, expected: bool) -> None:
    assert is_sports_report(load_nlp()(text), load_linking()) is expected


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Iranian president launched a fresh attack on Israel, dismissing its claims as lies.", "IRN", "ISR"),
        ("The archbishop launched a strongly worded attack in a newspaper on Britain's policy in Iraq.", "---", "GBR"),
        (
            "Kenya's opposition leader launched a blistering attack on the Ugandan government's trade policy.",
            "KEN",
            "UGA",
        ),
    ],
)
def test_an_attack_in_words_is_criticism(text: str, source: str, target: str) -> None:
    found = coded(text)
    assert has(found, source, "111", target), found
    assert not [c for c in found if c[1].startswith(VIOLENCE)], found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Taliban fighters launched an attack on a Pakistani army base on Monday, killing 20 soldiers.", "AFG", "PAK"),
        # (fighters may say why they attacked: "saying" tells no words of the attack)
        ("Rebels launched an attack against Chadian troops, saying it was revenge for air strikes.", "TCD", "TCD"),
        ("North Korea launched an artillery attack on a South Korean island.", "PRK", "KOR"),
    ],
)
def test_an_armed_attack_stays_an_assault(text: str, source: str, target: str) -> None:
    found = coded(text)
    assert any(c.startswith(VIOLENCE) and (s or "")[:3] == source for s, c, _t in found), found


def test_the_participle_telling_an_attacks_words_is_no_event_of_its_own() -> None:
    found = coded("The Iranian president launched a fresh attack on Israel, dismissing its claims as lies.")
    assert [c for _s, c, _t in found] == ["111"], found


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian mediator said neither party was to blame for the failure of the talks between Sudan and Chad.",
        "He said no pilgrims had made a complaint to the Saudi authorities about the locked gate.",
        "None of the NATO members objected to the Turkish proposal.",
    ],
)
def test_an_act_no_one_did_is_not_coded(text: str) -> None:
    found = coded(text)
    assert not [c for c in found if c[1][:2] in {"11", "12"}], found


def test_a_subject_with_a_no_deeper_in_still_acts() -> None:
    found = coded("A country with no army, Costa Rica condemned Nicaragua's incursion.")
    assert has(found, "CRI", "11", "NIC"), found


def test_what_a_party_hopes_another_will_do_is_not_that_partys_act() -> None:
    found = coded(
        "The Egyptian mediator expressed hope that both Sudan and Chad would return to the negotiating table."
    )
    assert not [c for c in found if c[1].startswith("03")], found
    assert has(found, "EGY", "01", "SDN") or has(found, "EGY", "01", "TCD"), found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Japan hopes to hold talks with China next month.", "CHN"),
        ("Iran said it hoped that it would reach a deal with the European Union.", "IGO"),
    ],
)
def test_the_hopers_own_intent_stays(text: str, target: str) -> None:
    found = coded(text)
    assert any(c.startswith("03") and (t or "")[:3] == target for _s, c, t in found), found
