"""Conflict on real news (session 16): the accused's act of force inside an accusation (conflict_kinds.accused_doers),
a bombing's toll told as a participle (conflict_kinds.bombing_toll) and a closure ordered (verbs.yaml ``order``).

The sentences are composed for these tests in the style of wire news (none is copied from a benchmark or an
article) and run through the whole pipeline; each mechanism has negative cases where it must not fire. The
lexicon is the ``accused_acts`` and ``bombing_tolls`` sections of detente/data/cameo/conflict.yaml.
"""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from detente.analyse.events.conflict_lexicon import ConflictLexiconError, load_conflict_lexicon, parse_conflict_lexicon
from tests.analyse.test_events_constructions import analysed

pytestmark = pytest.mark.slow


def coded(text: str) -> set[tuple[str | None, str, str | None]]:
    """(source country, CAMEO code, target country) of every event of the text."""
    return {
        (
            e.source_actor.code[:3] if e.source_actor and e.source_actor.code else None,
            e.cameo,
            e.target_actor.code[:3] if e.target_actor and e.target_actor.code else None,
        )
        for e in analysed(text)
    }


def test_the_lexicon_lists_accusations_and_tolls() -> None:
    lexicon = load_conflict_lexicon()
    assert lexicon.accusation_codes == {"112"}
    assert lexicon.accused_roots == {"18", "19", "20"}
    assert {"try", "be", "involvement"} <= lexicon.accused_carriers
    assert {"kill", "wound"} <= lexicon.toll_verbs


@pytest.mark.parametrize("section", ["accused_acts", "bombing_tolls"])
def test_a_conflict_lexicon_without_the_new_sections_fails_at_load_time(section: str) -> None:
    raw = yaml.safe_load(resources.files("detente.data.cameo").joinpath("conflict.yaml").read_text(encoding="utf-8"))
    del raw[section]
    with pytest.raises(ConflictLexiconError, match=section):
        parse_conflict_lexicon(raw)


def test_an_accusation_of_a_non_cameo_code_fails_at_load_time() -> None:
    raw = yaml.safe_load(resources.files("detente.data.cameo").joinpath("conflict.yaml").read_text(encoding="utf-8"))
    raw["accused_acts"]["accusations"] = ["999"]
    with pytest.raises(ConflictLexiconError, match="accused_acts"):
        parse_conflict_lexicon(raw)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # an attempt on a life the accused is charged with
        (
            "The Palestinian prime minister's party accused Fatah gunmen of trying to assassinate Prime Minister "
            "Ismail Haniya on Thursday.",
            "185",
        ),
        # a killing
        (
            "The Sri Lankan government accused the Tamil Tigers of killing 12 soldiers in an ambush in the north.",
            "190",
        ),
        # a ceasefire broken, aimed at the accuser when the charge names no target
        ("India on Tuesday accused Pakistan of violating the ceasefire along the line of control in Kashmir.", "196"),
    ],
)
def test_the_accused_act_of_force_is_coded_besides_the_accusation(text: str, act: str) -> None:
    events = coded(text)
    assert any(code.startswith("112") for _s, code, _t in events), events
    doers = {(source, target) for source, code, target in events if code == act}
    assert doers and all(source is not None for source, _t in doers), events


def test_the_ceasefire_violation_is_aimed_at_the_accuser() -> None:
    events = coded("India on Tuesday accused Pakistan of violating the ceasefire along the line of control in Kashmir.")
    assert ("PAK", "196", "IND") in events


@pytest.mark.parametrize(
    "text",
    [
        # an act deeper in the charge's words is not what the accused did
        "The army accused the Tamil rebels of lying about the attack on the convoy near Jaffna.",
        # a charge of words or policy is the accusation's content, no act of its own
        "China accused Japan of distorting the history of its wartime aggression.",
        # an accusation denied names no act done
        "Pakistan did not accuse India of killing the two soldiers, the ministry said.",
    ],
)
def test_no_act_is_coded_where_the_charge_names_no_act_of_force(text: str) -> None:
    done = [e for e in analysed(text) if e.root in {"18", "19", "20"} and e.source_actor is not None]
    assert not done, done


def test_a_killing_told_as_a_bombing_toll_is_the_bombing() -> None:
    events = coded(
        "A suicide bomber from the Islamic Army in Iraq led a bomb attack near an Iraqi police checkpoint in Mosul "
        "on Tuesday, killing two policemen."
    )
    assert any(code.startswith("183") for _s, code, _t in events), events
    assert not any(code.startswith("19") for _s, code, _t in events), events


def test_a_killing_told_beside_no_bomb_keeps_its_code() -> None:
    events = coded("Ethiopian troops attacked Islamist positions near Baidoa on Monday, killing dozens of fighters.")
    assert not any(code.startswith("183") for _s, code, _t in events), events


def test_a_closure_ordered_is_the_closure() -> None:
    events = coded("Israeli Defence Minister Amir Peretz ordered the closure of the Rafah crossing on Thursday.")
    assert ("ISR", "172", "PSE") in events, events
    assert not any(code.startswith("10") for _s, code, _t in events), events


def test_the_lexicon_lists_the_verbs_of_taking_a_place() -> None:
    lexicon = load_conflict_lexicon()
    assert {"capture", "seize"} <= lexicon.taking_verbs
    assert lexicon.taken_code == "192"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopian troops seized Baidoa after heavy fighting on Tuesday.", ("ETH", "192", "SOM")),
        ("Rebels captured the town of Kindu in eastern Zaire on Saturday.", ("COD", "192", "COD")),
    ],
)
def test_a_town_taken_is_occupied_territory(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # goods seized stay a seizure, a person captured an arrest
        ("Afghan police seized 20 kilograms of heroin in Kabul on Friday.", "171"),
        ("Pakistani police captured a senior Taliban commander in Quetta on Monday.", "173"),
    ],
)
def test_goods_and_people_taken_keep_their_code(text: str, code: str) -> None:
    events = coded(text)
    assert any(c == code for _s, c, _t in events), events
    assert not any(c == "192" for _s, c, _t in events), events


def test_a_sentence_given_by_a_court_is_legal_action() -> None:
    events = coded("A court in Belgrade on Monday gave former army officer Goran Petrovic a sentence of 20 years.")
    assert any(code == "173" for _s, code, _t in events), events


def test_fighting_is_mutual_but_a_blockade_or_an_occupation_is_not() -> None:
    from detente.analyse.events.patterns import load_codebook

    codebook = load_codebook()
    assert codebook.is_symmetric("190") and codebook.is_symmetric("193")
    assert not codebook.is_symmetric("191") and not codebook.is_symmetric("192")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vow to crush or wipe out an armed party is a threat of force
        ("Israel vowed on Sunday to crush Hamas after the rocket attack on Sderot.", ("ISR", "138", "PSE")),
        ("The Sudanese army vowed to wipe out the rebels of the Lord's Resistance Army.", ("SDN", "138", "UGA")),
    ],
)
def test_a_vow_to_crush_an_armed_party_is_a_threat(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Australia crushed England by nine wickets in the first Test in Brisbane on Sunday.",
        "The Tokyo market wiped out its early gains on Friday as exporters fell.",
    ],
)
def test_crushing_a_rival_in_sport_or_wiping_out_gains_is_no_fighting(text: str) -> None:
    assert not [e for e in analysed(text) if e.root == "19"]


@pytest.mark.parametrize(
    "text",
    [
        "Bangladeshi law bars any convict from contesting parliamentary elections for five years.",
        "The Zambian constitution bars the president from seeking a third term in office.",
    ],
)
def test_a_standing_rule_in_the_present_is_no_act(text: str) -> None:
    assert not [e for e in analysed(text) if e.root in {"16", "17"}]


def test_a_party_barring_another_is_an_act() -> None:
    events = coded("The Bangladeshi government barred the opposition leader from contesting the election on Monday.")
    assert any(code.startswith("17") for _s, code, _t in events), events


def test_the_lexicon_lists_the_rules() -> None:
    lexicon = load_conflict_lexicon()
    assert {"law", "constitution"} <= lexicon.rule_subjects
    assert lexicon.rule_roots == {"16", "17"}
