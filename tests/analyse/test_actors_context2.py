"""Actors in context, second round: word lists of the linker as data, and the country and role an
actor takes from the article around it. Sentences written for these tests (real spaCy parse)."""

from __future__ import annotations

from functools import partial

import pytest

from detente.analyse.actors.lexicon import read_link_words
from detente.model import Actor

from .test_actors import actor_at, find_actors_in


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


def code(actors: list[Actor], text: str, phrase: str, nth: int = 0) -> str | None:
    return actor_at(actors, text, phrase, nth).code


# -- the linker's word lists are packaged data


def test_link_word_lists_are_packaged_data():
    words = read_link_words()
    assert {"group", "bloc", "foreign", "peacekeepers", "quantity"} <= set(words)
    assert "movement" in words["group"] and "alliance" in words["bloc"]
    assert "multinational" in words["foreign"] and "blue helmets" in words["peacekeepers"]
    assert {"dozens", "the", "three"} <= words["quantity"]
    # a word that says which group is not a count
    assert "islamist" not in words["quantity"] and "government" not in words["quantity"]
    assert all(w == w.lower() for ws in words.values() for w in ws)


def test_the_bloc_is_the_organisation_named_before(actors_of):
    text = "ECOWAS leaders met in Abuja on Sunday. The regional bloc threatened sanctions against the junta."
    assert code(actors_of(text), text, "bloc").startswith("IGO")


def test_the_group_is_the_armed_group_named_before(actors_of):
    text = "Hamas fired rockets at Israel overnight. The Islamist group said the barrage answered an air strike."
    assert code(actors_of(text), text, "group") == code(actors_of(text), text, "Hamas")


def test_foreign_troops_are_not_the_host_countrys(actors_of):
    text = "Foreign troops patrolled the streets of Kabul on Tuesday."
    found = code(actors_of(text), text, "troops")
    assert not (found or "").startswith("AFG")


# -- an acronym defined in brackets stands for the body named before it, in that article


def test_an_acronym_defined_in_the_text_wins_over_a_packaged_one(actors_of):
    text = (
        "Reporters Without Borders (RSF) condemned the jailing of two reporters in Tunisia. "
        "RSF said the sentences were meant to silence the press."
    )
    actors = actors_of(text)
    assert code(actors, text, "RSF", 1) == code(actors, text, "Reporters Without Borders")
    assert not code(actors, text, "RSF", 1).startswith("SDN")


def test_a_packaged_acronym_keeps_its_body_without_a_definition(actors_of):
    text = "The RSF shelled a market in El Fasher on Sunday, killing 12 civilians."
    assert code(actors_of(text, "2024-06-02"), text, "RSF").startswith("SDN")


def test_an_acronym_defined_for_a_packaged_body_is_that_body(actors_of):
    text = "The Rapid Support Forces (RSF) seized a town in Darfur. The RSF said it controlled the airport."
    actors = actors_of(text, "2024-06-02")
    assert code(actors, text, "RSF", 1) == code(actors, text, "Rapid Support Forces")


# -- an envoy with no stated country is not of the country he is posted to


@pytest.mark.parametrize(
    ("text", "dateline", "phrase", "expected"),
    [
        # expelled by the host: the state named beside him, not the host
        (
            "Oslo closed its embassy in Managua on Friday, weeks after the government expelled ambassador "
            "Kari Holmen Brekke.",
            "MANAGUA",
            "Kari Holmen Brekke",
            "NORGOV",
        ),
        # filed from the sending state's capital, the new ambassador's post is elsewhere: he keeps it
        (
            "Jordan named a new ambassador to Syria on Sunday. Veteran diplomat Samir Haddadin will take up "
            "his post in Damascus next month.",
            "AMMAN",
            "Samir Haddadin",
            "JORGOV",
        ),
        # a stated country is kept
        (
            "Moscow summoned the Estonian ambassador on Monday over the closure of a border crossing.",
            "MOSCOW",
            "Estonian ambassador",
            "ESTGOV",
        ),
    ],
)
def test_an_envoy_is_of_the_state_that_sends_him(actors_of, text, dateline, phrase, expected):
    assert code(actors_of(text, "2024-03-01", dateline), text, phrase) == expected


def test_foreign_diplomats_in_a_capital_are_not_its_officials(actors_of):
    text = "Diplomats in the Kenyan capital said the talks had stalled. Kenya denied it."
    found = code(actors_of(text, "2024-03-01", "NAIROBI"), text, "Diplomats")
    assert not (found or "").startswith("KEN")


# -- a state's forces in the clause its own voice reports are its own


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Hungary's defence minister said troops would guard the southern border fence.", "troops", "HUN"),
        ("Kenya's interior ministry said police had arrested 14 suspects after the raid.", "police", "KEN"),
        ("Thailand said soldiers had retaken the temple from Cambodian forces.", "soldiers", "THA"),
    ],
)
def test_forces_in_a_reported_clause_are_the_reporting_states(actors_of, text, phrase, expected):
    assert (code(actors_of(text), text, phrase) or "")[:3] == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # foreign forces and peacekeepers are not the speaker's
        ("Lebanon said foreign troops had crossed the border at dawn.", "troops"),
        # rebels are not the forces of the state that reports them
        ("Colombia said rebels had blown up an oil pipeline in the north.", "rebels"),
    ],
)
def test_other_forces_in_a_reported_clause_are_not_the_reporting_states(actors_of, text, phrase):
    found = code(actors_of(text), text, phrase) or ""
    assert not found.startswith(("LBN", "COL"))


# -- "the government" of a story is not a foreign capital named in passing


def test_the_government_is_the_storys_not_a_capital_named_in_passing(actors_of):
    text = (
        "Yerevan accused Azerbaijan of shelling border villages overnight. "
        "President Ilham Aliyev chaired a security meeting on Monday. "
        "The government said 12 soldiers had been wounded."
    )
    actors = actors_of(text, "2020-10-05", "BAKU")
    assert code(actors, text, "The government") == "AZEGOV"


def test_the_government_named_as_one_before_is_that_one(actors_of):
    text = (
        "The Chinese government protested to Manila on Monday. "
        "The government said the Philippine coast guard had entered its waters."
    )
    actors = actors_of(text, "2024-03-01", "MANILA")
    assert code(actors, text, "The government") == "CHNGOV"


# -- non-governmental organisations named by what they do


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Environmental groups asked the court to halt the pipeline.", "Environmental groups", "NGO"),
        ("A press freedom group condemned the jailing of the editor.", "press freedom group", "NGO"),
        ("Civil society organisations boycotted the national dialogue.", "Civil society organisations", "NGO"),
        ("An advocacy group said detainees had been denied lawyers.", "advocacy group", "NGO"),
        # the country is kept where the phrase gives one
        ("Two Canadian advocacy groups sued the federal government.", "Canadian advocacy groups", "CANNGO"),
    ],
)
def test_ngos_named_by_description(actors_of, text, phrase, expected):
    assert code(actors_of(text), text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a party named Green is a party, and the press is the media
        ("The Green Party won twelve seats in the regional vote in Bavaria.", "Green Party"),
        ("The press was barred from the trial in Minsk.", "press"),
    ],
)
def test_words_near_ngo_descriptions_are_not_ngos(actors_of, text, phrase):
    assert not (code(actors_of(text), text, phrase) or "").startswith("NGO")


def test_peacekeepers_of_no_country_belong_to_the_mission_named(actors_of):
    text = "Tanks entered a base of UNIFIL in southern Lebanon on Sunday. Fifteen peacekeepers were hurt."
    assert code(actors_of(text), text, "peacekeepers").startswith("IGOUNOPKO")


# -- where a clause happens: parts of a place ("in the north of Mali") and places after "on"


def test_place_nouns_are_packaged_data():
    from detente.analyse.actors.lexicon import read_place_nouns

    nouns = read_place_nouns()
    assert nouns["outskirts"] and nouns["street"]  # take "on"
    assert "north" in nouns and not nouns["north"]  # "in the north of", never "on the north"
    assert "border" not in nouns  # "on the border with Rwanda" is not in Rwanda


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Gunmen attacked an army post in the north of Burkina Faso on Sunday.", "Gunmen", "BFA"),
        ("Riot police fired tear gas in the centre of Caracas.", "Riot police", "VEN"),
        ("Militants ambushed a convoy on the outskirts of Peshawar.", "Militants", "PAK"),
        ("Gunmen killed a lawyer on a Nairobi street on Friday.", "Gunmen", "KEN"),
        # Bali is Indonesia's island, not the Indian town of that name
        ("Militants bombed two nightclubs on the island of Bali, killing dozens.", "Militants", "IDN"),
    ],
)
def test_a_part_of_a_place_places_its_clause(actors_of, text, phrase, expected):
    assert (code(actors_of(text), text, phrase) or "")[:3] == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "on the border with" a country is not in it
        ("Rebels shelled villages on the border with Uganda.", "Rebels"),
        # a road between two places is in neither one
        ("Gunmen seized two drivers on the Baghdad-Amman highway.", "Gunmen"),
        # "on" before any other noun is no place
        ("Militants declared war on Kenya on Sunday.", "Militants"),
    ],
)
def test_places_that_do_not_place_the_clause(actors_of, text, phrase):
    assert (code(actors_of(text), text, phrase) or "---")[:3] in {"---", "IRQ"}
