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
