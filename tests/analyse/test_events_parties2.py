"""Parties of events on real copy (twelfth session): the possessive of a name ending in s ("Cyprus' foreign
minister"), the story's two people or sides named as "the two ministers", "the two" or "both" alone. Sentences
composed here in the style of wire news (none is taken from a benchmark or the newswire corpus), each family with
a negative beside its positive. Whole pipeline, real parse.
"""

from __future__ import annotations

from functools import partial

import pytest

from detente.analyse import analyse_one
from detente.model import Article
from tests.analyse.test_actors import actor_at, find_actors_in

Quad = tuple[int, str | None, str, str | None]


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


def events_of(text: str) -> list[Quad]:
    """(sentence, source code, CAMEO code, target code) of every event the whole pipeline finds in ``text``."""
    article = analyse_one(Article(id="p2", text=text, content_hash="p2", date="2026-03-02"))
    assert not article.analysis_errors, article.analysis_errors
    return [
        (e.sentence, e.source_actor.code if e.source_actor else None, e.cameo, e.target_actor.code if e.target_actor else None)
        for e in article.events
        if not e.negated
    ]


def countries(found: list[Quad], sentence: int) -> set[frozenset[str]]:
    """The pairs of countries (first three letters of the codes) of the events of one sentence."""
    return {frozenset({(s or "")[:3], (t or "")[:3]}) for n, s, _c, t in found if n == sentence}


# --- the possessive of a name ending in s ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Cyprus' Foreign Minister Andreas Kyprianou left for Helsinki on Sunday.", "Andreas Kyprianou", "CYPGOV"),
        ("The Philippines' foreign secretary met reporters in Manila on Monday.", "foreign secretary", "PHLGOV"),
        ("The Netherlands' government summoned the envoy on Friday.", "government", "NLDGOV"),
        ("The United States' envoy to the talks left Seoul on Tuesday.", "envoy", "USAGOV"),
    ],
)
def test_a_bare_apostrophe_after_a_name_in_s_says_whose(actors_of, text: str, phrase: str, code: str) -> None:
    actors = actors_of(text)
    assert actor_at(actors, text, phrase).code == code


def test_a_closing_quote_is_no_possessive(actors_of) -> None:
    text = "Officials called the plan 'a threat to the Philippines' and the foreign secretary protested on Monday."
    actors = actors_of(text)
    secretary = actor_at(actors, text, "foreign secretary")
    assert (secretary.code or "")[:3] != "PHL" or secretary.country_source != "text"


def test_an_act_of_the_minister_of_a_country_in_s_is_that_countrys() -> None:
    text = "Cyprus' Foreign Minister Andreas Kyprianou met his Greek counterpart in Athens on Sunday."
    assert countries(events_of(text), 0) == {frozenset({"CYP", "GRC"})}


# --- the two people or sides of the story ---------------------------------------------------------------------------


def test_the_two_ministers_are_the_two_who_met_not_a_background_pair() -> None:
    text = (
        "Russian Foreign Minister Igor Ivanov held talks in Brasilia on Thursday with his Brazilian counterpart "
        "Jose Silva. Russia recently sold fighter jets to Venezuela. "
        "The two ministers also discussed biofuels and signed an agreement on space cooperation."
    )
    found = events_of(text)
    assert countries(found, 2) == {frozenset({"RUS", "BRA"})}


def test_the_top_diplomats_of_the_two_countries_are_the_people_named_last() -> None:
    text = (
        "Brazil and Russia agreed on Thursday to expand trade during a visit by Russia's Foreign Minister Igor Ivanov. "
        "Reporters questioned Ivanov and his Brazilian counterpart, Jose Silva, about a helicopter deal. "
        "Russia recently sold fighter jets to Venezuela, but Ivanov denied that Moscow wanted an arms race. "
        "The top diplomats of the two countries also discussed biofuels."
    )
    found = events_of(text)
    assert countries(found, 3) == {frozenset({"RUS", "BRA"})}


@pytest.mark.parametrize("subject", ["The two", "Both"])
def test_a_count_alone_is_the_two_people_just_told(subject: str) -> None:
    text = (
        "Indonesian President Budi Santoso on Saturday received a telephone call from World Bank president Paul "
        f"Hartley. {subject} later discussed cooperation against bird flu, a spokesman said."
    )
    found = events_of(text)
    assert any(n == 1 and code.startswith("04") for n, _s, code, _t in found)
    assert countries(found, 1) == {frozenset({"IDN", "IGOWBK"[:3]})}


def test_a_number_of_people_is_not_the_story_pair() -> None:
    text = (
        "Chinese Premier Li Wei met Japanese Prime Minister Taro Sato in Beijing on Sunday. "
        "Two were later arrested by police after a protest outside the venue."
    )
    found = events_of(text)
    assert all(not (n == 1 and {(s or "")[:3], (t or "")[:3]} == {"CHN", "JPN"}) for n, s, _c, t in found)


def test_two_countries_named_by_a_country_noun_are_still_the_newest_pair() -> None:
    text = (
        "Thailand and Cambodia agreed on Monday to reopen their border. "
        "The two countries also pledged to boost trade."
    )
    assert countries(events_of(text), 1) == {frozenset({"THA", "KHM"})}
