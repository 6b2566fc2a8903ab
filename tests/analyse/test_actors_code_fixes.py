"""Actor coding fixes on sentences written for these tests (real spaCy parse): a state's own body
named like an IGO's, ... (issue 5: events take their source and target from the actors stage)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.test_actors import actor_at, find_actors_in


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


# -- a state's own body named like an IGO body


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Russia's Security Council met in Moscow on Friday.", "Security Council", "RUSGOV"),
        ("The Russian Security Council discussed the war.", "Security Council", "RUSGOV"),
        ("Medvedev, the deputy head of Russia's Security Council, warned Kyiv.", "Medvedev", "RUSGOV"),
    ],
)
def test_a_state_owned_body_is_the_states(actors_of, text, phrase, code):
    assert actor_at(actors_of(text), text, phrase).code == code


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council condemned Russia's attack on Ukraine.",
        "Russia's Security Council seat gives it a veto, diplomats said.",
    ],
)
def test_the_un_body_stays_the_uns(actors_of, text):
    assert actor_at(actors_of(text), text, "Security Council").code == "IGOUNO"


# -- a listed name is never cut by the phrase around it


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Shining Path guerrillas attacked a police post in the Andes.", "Shining Path guerrillas", "PERREB"),
        ("Police said Shining Path rebels ambushed an army patrol.", "Shining Path rebels", "PERREB"),
        ("Saudi-led coalition warplanes struck a market in Yemen.", "coalition warplanes", "SAUMIL"),
    ],
)
def test_a_listed_name_gives_its_group_to_the_agent(actors_of, text, phrase, code):
    assert actor_at(actors_of(text), text, phrase).code == code
