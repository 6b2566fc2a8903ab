"""Persons in news get their country and sector from what the article says about them: titles written
before the name, the body named after it, the body a relative clause says they run. Sentences written for
these tests (real spaCy parse)."""

from __future__ import annotations

from functools import partial

import pytest

from detente.analyse.actors.lexicon import read_person_cues
from detente.model import Actor

from .test_actors import actor_at, find_actors_in


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


def code(actors: list[Actor], text: str, phrase: str) -> str | None:
    return actor_at(actors, text, phrase).code


def test_person_cues_are_packaged_data():
    heads = read_person_cues()["heads"]
    assert {"head", "lead", "chair"} <= heads
    assert "meet" not in heads and "visit" not in heads


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a department's number two: the department is part of the title, the country before it
        ("US Under Secretary of State Paul Brennan held talks in Tokyo. Brennan left on Friday.", "Brennan", "USAGOV"),
        ("Deputy Secretary of State Mary Oakes flew to Seoul on Monday.", "Mary Oakes", "---GOV"),
        # a territory's officials and a state's ruler by force
        ("Hong Kong's Financial Secretary David Lam said the tax would be dropped.", "David Lam", "HKGGOV"),
        ("Former Iraqi dictator Karim Saadi was sentenced on Monday.", "Karim Saadi", "IRQGOV"),
        # the body after the name, also past a parse that cuts a coordinated modifier off it
        ('"There is no hope left," said Pablo Ortega, of the Spanish search and rescue team.', "Pablo Ortega", "ESP"),
        # the body the person runs, told by a relative clause
        ("The talks will resume, said Omar Fadel, who heads the African section of the Arab League.", "Omar Fadel", "IGOARBARL"),
        ("Nadia Karimova, who chairs the Kazakh election commission, announced the results.", "Nadia Karimova", "KAZGOV"),
    ],
)
def test_persons_are_coded_from_what_the_text_says(actors_of, text, phrase, expected):
    assert code(actors_of(text), text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a relative clause of meeting or visiting says nothing about whose the person is
        ("The talks will resume, said Omar Fadel, who met the head of the Arab League on Monday.", "Omar Fadel"),
        ("Pablo Ortega, who visited the Spanish embassy, said he was hopeful.", "Pablo Ortega"),
        # an athlete or a journalist is no government, whatever title-like word is near
        ("Striker Pablo Ortega scored twice as Spain beat Italy.", "Pablo Ortega"),
    ],
)
def test_persons_keep_no_government_code_without_a_cue(actors_of, text, phrase):
    found = code(actors_of(text), text, phrase)
    assert found is None or not found.endswith("GOV")


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a title that heads a body of any sector takes the sector of the body it heads
        ("Sok Vanna, former president of the Khmer Front Party, told reporters he would run.", "Sok Vanna", "---PTY"),
        ("Omar Fadel, chairman of the Supreme Court, rejected the appeal.", "Omar Fadel", "---JUD"),
        # a state's own titles keep their sector, and a body with no sector changes nothing
        ("Jean Dupont, the President of France, met the king.", "Jean Dupont", "FRAGOV"),
        ("Karl Meyer, foreign minister of Austria, met the envoy.", "Karl Meyer", "AUTGOV"),
    ],
)
def test_a_head_of_a_body_takes_the_bodys_sector(actors_of, text, phrase, expected):
    assert code(actors_of(text), text, phrase) == expected


def test_a_distance_in_apposition_is_no_description(actors_of):
    text = "Two men were shot dead, said Hamid Rasul, administrator of Tal Afar some 50 kilometres from the Syrian border."
    found = code(actors_of(text), text, "Hamid Rasul")
    assert found is None or not found.startswith("SYR")


def test_a_person_from_a_border_is_not_of_the_country_across_it(actors_of):
    text = "Residents fled, said Hamid Rasul from the Syrian border on Tuesday."
    found = code(actors_of(text), text, "Hamid Rasul")
    assert found is None or not found.startswith("SYR")
    text = "Residents fled, said Hamid Rasul from the Syrian Red Crescent on Tuesday."
    assert code(actors_of(text), text, "Hamid Rasul").startswith("SYR")


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a part of a body with no sector of its own is the body's
        ("Omar Hadi, a member of a cell of the Islamic Resistance Movement (Hamas), was arrested.", "Omar Hadi", "PSEREB"),
        ("Avi Levin, the head of the research division of the Israeli army, told the cabinet.", "Avi Levin", "ISRMIL"),
        # a state's own body is that state's, even when its name holds an international body's
        ("Reza Karimi, secretary of Iran's Supreme National Security Council, said talks would go on.", "Reza Karimi", "IRNGOV"),
    ],
)
def test_a_person_is_of_the_body_his_body_is_part_of(actors_of, text, phrase, expected):
    assert code(actors_of(text), text, phrase) == expected


def test_a_family_is_no_body(actors_of):
    text = "Sami Nour, a member of a family of Gaza farmers, was killed."
    found = code(actors_of(text), text, "Sami Nour")
    assert found is None or not found.endswith(("GOV", "REB", "MIL"))


@pytest.mark.parametrize(
    ("text", "dateline", "phrase", "expected"),
    [
        # one who speaks for a person is on that person's side, not the story's government
        (
            'Leading challenger Marat Bekov won six percent of the vote in Kazakhstan. "I regret the result," said '
            "Aidar Nurlanov, a spokesman for Bekov.",
            "ALMATY",
            "Aidar Nurlanov",
            "KAZOPP",
        ),
        (
            'French Prime Minister Jean Morel visited Bonn. "The talks went well," said Paul Blanc, an aide to Morel.',
            None,
            "Paul Blanc",
            "FRAGOV",
        ),
        # a spokesman for a body is the body's
        (
            'Leading challenger Marat Bekov won six percent of the vote in Kazakhstan. "The count was fair," said '
            "Aidar Nurlanov, a spokesman for the election commission.",
            "ALMATY",
            "Aidar Nurlanov",
            "KAZGOV",
        ),
    ],
)
def test_a_voice_has_the_code_of_whom_he_speaks_for(actors_of, text, dateline, phrase, expected):
    assert code(actors_of(text, dateline=dateline), text, phrase) == expected


def test_a_challenger_is_the_opposition(actors_of):
    text = "Leading challenger Marat Bekov won six percent of the vote in Kazakhstan."
    assert code(actors_of(text, dateline="ALMATY"), text, "Marat Bekov") == "KAZOPP"
