"""Names written one letter off (detente/analyse/actors/spelling.py). Sentences composed here; each slip
beside a word it must not be read as."""

from __future__ import annotations

from functools import partial

import pytest

from detente.analyse.actors.spelling import one_edit
from tests.analyse.test_actors import actor_at, find_actors_in


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Ethopia", "Ethiopia", True),  # a letter dropped
        ("Mitterand", "Mitterrand", True),
        ("Venezeula", "Venezuela", True),  # two neighbours swapped
        ("Guatamala", "Guatemala", True),  # a letter changed
        ("Ethiopia", "Ethiopia", False),  # the same word is no slip
        ("Phillipines", "Philippines", False),  # two slips
        ("Austria", "Australia", False),
    ],
)
def test_one_edit(a: str, b: str, expected: bool) -> None:
    assert one_edit(a, b) is expected


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Venezeula recalled its ambassador from Madrid on Monday.", "Venezeula", "VEN"),
        ("Troops from Tanzaina crossed the border overnight.", "Tanzaina", "TZA"),
        ("President Hosni Mubarack received the Israeli envoy.", "Hosni Mubarack", "EGY"),
    ],
)
def test_a_name_one_letter_off_is_read_as_the_name(actors_of, text: str, phrase: str, country: str) -> None:
    assert actor_at(actors_of(text), text, phrase).country == country


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a person whose surname is one letter from a people's name
        ("Kenyon said the vote had been fair.", "Kenyon"),
        # a city of its own one letter from a country's name
        ("Students at Columbia marched on Monday.", "Columbia"),
        # a party one letter from a people's name
        ("The Greens walked out of the coalition on Tuesday.", "Greens"),
    ],
)
def test_a_word_of_its_own_is_not_read_as_a_slip(actors_of, text: str, phrase: str) -> None:
    actors = actors_of(text)
    start = text.index(phrase)
    assert not any(
        m.start < start + len(phrase) and m.end > start and a.country in {"KEN", "COL", "GRC"} for a in actors for m in a.mentions
    ), [(a.name, a.code) for a in actors]
