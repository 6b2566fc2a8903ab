"""Parties of events (ninth session): the sector of a body an institution sends, coordinated places a trip goes
to, whom a thing is taken from. Sentences composed here (none is taken from a benchmark or the newswire corpus),
each with a negative beside its positive. Whole pipeline, real parse.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.test_actors import actor_at, find_actors_in
from tests.analyse.test_events_precision import coded, has


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


# --- a delegation or mission takes the sector of the institution that sends it -----------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("A Pakistani army delegation arrived in Kabul on Monday.", "Pakistani army delegation", "PAKMIL"),
        ("The French military mission left the capital last week.", "French military mission", "FRAMIL"),
        ("A Turkish police delegation visited the border crossing.", "Turkish police delegation", "TURCOP"),
        # a delegation with no institution named is the state's
        ("A Chinese delegation arrived in Hanoi for talks.", "Chinese delegation", "CHNGOV"),
        # (a people's word does not send it: "civilian" says what the mission is, not who sent it)
        ("A Canadian civilian mission will train judges.", "Canadian civilian mission", "CANGOV"),
        # other group words keep their own sector: "government forces" are forces
        ("Malian government forces entered the town.", "Malian government forces", "MLIMIL"),
    ],
)
def test_a_sent_body_takes_its_senders_sector(actors_of, text: str, phrase: str, code: str) -> None:
    assert actor_at(actors_of(text), text, phrase).code == code


# --- a trip to coordinated places goes to each place's country ----------------------------------------------


def test_a_trip_to_two_capitals_names_both_countries() -> None:
    found = coded("The German chancellor will travel to Kyiv and Warsaw next week for talks on the war.")
    assert has(found, "DEU", "0", "UKR"), found
    assert has(found, "DEU", "0", "POL"), found


def test_a_trip_to_one_capital_names_one_country() -> None:
    found = coded("The German chancellor will travel to Kyiv next week for talks on the war.")
    assert has(found, "DEU", "0", "UKR"), found
    assert not has(found, "DEU", "0", "POL"), found


# --- whom a thing is taken from --------------------------------------------------------------------------


def test_recaptured_from_names_whom_it_was_taken_from() -> None:
    found = coded("Kenyan police and Ugandan troops recaptured the town from the Somali militants on Friday.")
    assert has(found, "KEN", "19", "SOM"), found


def test_a_verb_of_getting_has_no_party_in_its_from() -> None:
    found = coded("Indian troops withdrew from the disputed border area after talks with China.")
    assert not any(source == "IND" and target and target.startswith("IND") for source, _c, target in found), found


# --- people named by what they do are actors, placed by their sentence like other roles ----------------------


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Thousands of Lebanese mourners marched behind the coffin.", "Lebanese mourners", "LBNCVL"),
        ("Angry Bolivian crowds blocked the main highway for a second day.", "Angry Bolivian crowds", "BOLCVL"),
        ("Chilean truckers blocked roads into the capital.", "Chilean truckers", "CHLLAB"),
        ("Kenyan doctors walked off the job over unpaid wages.", "Kenyan doctors", "KENHLH"),
    ],
)
def test_people_named_by_what_they_do_are_actors(actors_of, text: str, phrase: str, code: str) -> None:
    assert actor_at(actors_of(text), text, phrase).code == code


def test_a_crowd_in_a_one_country_sentence_is_that_countrys() -> None:
    found = coded("Crowds torched police stations in several Bolivian cities after the election results.")
    assert any((source or "").startswith("BOL") for source, _c, _t in found), found


def test_a_crowd_is_not_a_party_where_no_crowd_word_is_said() -> None:
    found = coded("A crowded ferry capsized off the coast of Bangladesh on Monday.")
    assert not any((source or "").endswith("CVL") for source, _c, _t in found), found


# --- a dateline whose country the text never names yields to the country the story is about ----------------


def _article_actors(text: str) -> list:
    from detente.analyse import analyse_one
    from detente.model import Article

    dateline, body = text.split(" — ", 1)
    article = analyse_one(Article(id="d", text=body, content_hash="d", date="2026-03-02", dateline=dateline))
    return article.actors


def test_a_dateline_the_story_never_names_does_not_place_its_roles() -> None:
    text = (
        "NAIROBI, March 2 — Somalia's president dismissed his defence minister on Monday.\n\n"
        "The Somali government said the minister had failed to stop attacks on the capital Mogadishu.\n\n"
        "Somalia's parliament backed the decision, and troops were deployed across the city."
    )
    troops = next(a for a in _article_actors(text) if any(m.text == "troops" for m in a.mentions))
    assert not (troops.code or "").startswith("KEN"), troops.code


def test_a_dateline_the_story_names_still_places_its_roles() -> None:
    text = (
        "NAIROBI, March 2 — Kenya's president dismissed his defence minister on Monday.\n\n"
        "The Kenyan government said the minister had failed to stop attacks on Somalia's border towns.\n\n"
        "Kenya's parliament backed the decision, and troops were deployed across the city."
    )
    troops = next(a for a in _article_actors(text) if any(m.text == "troops" for m in a.mentions))
    assert (troops.code or "").startswith("KEN"), troops.code


# --- a person whose title names no sector, in a story about one country ---------------------------------------


def _actor_named(text: str, name: str, dateline: str | None = None):
    from detente.analyse import analyse_one
    from detente.model import Article

    article = analyse_one(Article(id="t", text=text, content_hash="t", date="2026-03-02", dateline=dateline))
    return next(a for a in article.actors if any(name in m.text for m in a.mentions))


def test_a_titled_person_in_a_story_about_one_country_is_its() -> None:
    text = (
        "Peru's government unveiled a new sales tax on Monday.\n\n"
        "Treasury Secretary Luis Carranza said the tax would raise revenue for Peru's schools.\n\n"
        "Peru's congress is expected to vote on the plan next month, and Peruvian business groups oppose it."
    )
    assert (_actor_named(text, "Luis Carranza").code or "").startswith("PER")


def test_a_titled_person_in_a_story_about_two_countries_stays_unplaced() -> None:
    text = (
        "Peru and Chile opened talks on their maritime border on Monday.\n\n"
        "Treasury Secretary Luis Carranza said the talks would take time.\n\n"
        "Chile's foreign minister and Peru's foreign minister will meet again in Lima."
    )
    assert not (_actor_named(text, "Luis Carranza").code or "").startswith(("PER", "CHL"))


# --- "the Islamists": an armed group's fighters, unless a party or a government is named -------------------


@pytest.mark.parametrize(
    ("text", "phrase", "role"),
    [
        ("Somali troops fought the Islamists near Baidoa on Friday.", "Islamists", "REB"),
        ("The Islamist party won a third of the seats in the Egyptian parliament.", "Islamist party", "PTY"),
    ],
)
def test_islamists_are_an_armed_group_unless_an_organisation_is_named(actors_of, text, phrase, role) -> None:
    assert (actor_at(actors_of(text), text, phrase).code or "")[3:6] == role
