"""Parties of events on real copy (eleventh session): a hyphenated surname after the full name, a ministry's
portfolio after "of", a title and its state written before a name ("Prime Minister of the Republic of Korea (ROK)
X"), forces a state has or keeps abroad, and a state's side fighting its challengers at home. Sentences composed
here (none is taken from a benchmark or the newswire corpus), each family with a negative beside its positive.
Whole pipeline, real parse.
"""

from __future__ import annotations

from functools import partial

import pytest

from detente.analyse.actors.lexicon import read_link_words
from tests.analyse.test_actors import actor_at, find_actors_in
from tests.analyse.test_events_precision import coded, has


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


# --- a hyphenated surname is the person named in full before ------------------------------------------------------


def test_a_hyphenated_surname_is_the_person_named_before(actors_of) -> None:
    text = (
        "French Foreign Minister Pierre Martin-Dufour said on Monday that Paris would not block the plan. "
        "Later, Martin-Dufour criticised Germany."
    )
    actors = actors_of(text)
    assert actor_at(actors, text, "Martin-Dufour", 1).code == "FRAGOV"


def test_a_hyphenated_given_name_does_not_join_another_person(actors_of) -> None:
    text = "South Korean Prime Minister Lee Hae-chan met Kim Dong-soo, a businessman. Lee praised the deal."
    actors = actors_of(text)
    assert actor_at(actors, text, "Lee", 1).code == "KORGOV"
    assert actor_at(actors, text, "Kim Dong-soo").code != "KORGOV"


def test_an_act_of_the_hyphenated_surname_has_his_country() -> None:
    text = (
        "Chilean Interior Minister Ana Rojas-Vidal arrived in Lima on Monday. "
        "Rojas-Vidal condemned Bolivia over the border incident."
    )
    assert has(coded(text), "CHL", "11", "BOL")


# --- a ministry's portfolio after "of" is no sector ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("China's Ministry of Public Security said it had arrested five smugglers.", "Ministry of Public Security"),
        ("Kenya's Ministry of Labour and Social Protection warned employers on Monday.", "Ministry of Labour"),
    ],
)
def test_a_ministry_is_government_whatever_its_portfolio(actors_of, text: str, phrase: str) -> None:
    actors = actors_of(text)
    assert (actor_at(actors, text, phrase).code or "").endswith("GOV")


def test_a_group_word_with_no_office_before_of_still_sets_the_sector(actors_of) -> None:
    text = "A union of public sector workers in Nigeria called a strike."
    actors = actors_of(text)
    assert actor_at(actors, text, "workers").code != "NGAGOV"


# --- a title and its state written before the name -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Visiting Prime Minister of the Republic of Korea (ROK) Kim Dong-soo said on Saturday that trade would grow.",
            "Kim Dong-soo",
            "KORGOV",
        ),
        (
            "Deputy Prime Minister of the Democratic Republic of the Congo (DRC) Jean Mbala said the army would leave.",
            "Jean Mbala",
            "CODGOV",
        ),
    ],
)
def test_a_title_of_a_state_before_a_name_describes_the_person(actors_of, text: str, name: str, expected: str) -> None:
    actors = actors_of(text)
    assert actor_at(actors, text, name).code == expected


def test_a_state_named_after_a_preposition_other_than_of_gives_no_title(actors_of) -> None:
    text = "Flights from the Republic of Korea (ROK) Kim Dong-soo said would resume."
    actors = actors_of(text)
    assert all(a.code != "KORGOV" for a in actors if a.kind == "person")


# --- forces a state has, keeps or sends are its own ---------------------------------------------------------------


def test_holding_verbs_are_packaged_data() -> None:
    assert {"have", "keep"} <= read_link_words()["hold"] and "deploy" not in read_link_words()["hold"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Currently, Britain has some 7,200 troops deployed in southern Iraq.", "7,200 troops", "GBRMIL"),
        (
            "Australia, which keeps 1,400 soldiers stationed in Afghanistan, backed the plan.",
            "1,400 soldiers",
            "AUSMIL",
        ),
    ],
)
def test_forces_a_state_has_abroad_are_its_own(actors_of, text: str, phrase: str, expected: str) -> None:
    actors = actors_of(text)
    assert actor_at(actors, text, phrase).code == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # forces said to be another's, or only seen by the subject, keep the place's reading
        ("Britain has urged foreign troops in Iraq to stay.", "foreign troops", "GBRMIL"),
        ("Rebels attacked soldiers in northern Mali on Friday.", "soldiers", "GBRMIL"),
    ],
)
def test_forces_not_held_by_the_subject_take_no_country_from_it(actors_of, text: str, phrase: str, expected) -> None:
    actors = actors_of(text)
    assert actor_at(actors, text, phrase).code != expected


# --- a state's side and its challengers fighting at home ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Rebels and government troops clashed in northern Chad on Monday.", "TCDREB", "TCDMIL"),
        ("Government forces and Islamist insurgents fought near Mogadishu on Tuesday.", "SOMMIL", "SOMREB"),
    ],
)
def test_a_state_and_its_challengers_fight_each_other(text: str, first: str, second: str) -> None:
    found = coded(text)
    assert any(s == first and c.startswith(("19", "18")) and t == second for s, c, t in found), found
    assert not any(t is not None and len(t) == 3 for _s, _c, t in found), found


def test_two_state_forces_clashing_at_home_are_not_opposed_sides() -> None:
    # police and soldiers are one side: no event between them is invented
    found = coded("Police and soldiers clashed with gunmen in Kinshasa.")
    assert not any((s, t) in {("CODCOP", "CODMIL"), ("CODMIL", "CODCOP")} for s, _c, t in found), found


# --- "the prime minister" is not the deputy prime minister named before -------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "deputy"),
    [
        (
            "Iraqi President Jalal Talabani met Kuwaiti Deputy Prime Minister Sabah Khalid on Monday. "
            "The prime minister praised Iraq.",
            "prime minister",
            "Sabah Khalid",
        ),
        (
            "Former president Omar Haddad and former vice president Rami Saleh appeared in court. "
            "The deposed president criticised the judge.",
            "deposed president",
            "Rami Saleh",
        ),
    ],
)
def test_a_title_alone_is_not_the_deputy_named_before(actors_of, text: str, phrase: str, deputy: str) -> None:
    actors = actors_of(text)
    assert actor_at(actors, text, phrase).name != deputy


def test_the_deputy_title_said_again_is_the_deputy(actors_of) -> None:
    text = "Kuwaiti Deputy Prime Minister Sabah Khalid arrived in Baghdad. The deputy prime minister praised Iraq."
    actors = actors_of(text)
    assert actor_at(actors, text, "deputy prime minister").name == "Sabah Khalid"


# --- a region named right before a title is the office's -----------------------------------------------------------


def test_a_province_before_a_title_gives_its_country(actors_of) -> None:
    text = "In his meeting with Shaanxi Governor Yuan Chunqing on Sunday, the visitor praised China."
    actors = actors_of(text)
    assert actor_at(actors, text, "Yuan Chunqing").code == "CHNGOV"


def test_a_compass_word_before_a_title_gives_no_country(actors_of) -> None:
    text = "North Commander Ali Farah said the road was closed."
    actors = actors_of(text)
    assert not (actor_at(actors, text, "Ali Farah").code or "---")[:3].isalpha()


# --- a name apposed to the body its title speaks for ------------------------------------------------------------


def test_a_name_hung_on_the_body_is_the_titled_person(actors_of) -> None:
    text = "A spokesman for the Hamas movement, Sami Abu Zuhri, condemned the raid. Abu Zuhri said more would follow."
    actors = actors_of(text)
    assert actor_at(actors, text, "Sami Abu Zuhri").code == "PSEREB"
    assert actor_at(actors, text, "Abu Zuhri", 1).code == "PSEREB"


def test_a_name_in_a_list_after_a_body_is_not_its_title(actors_of) -> None:
    text = "Delegates from the Hamas movement, Fatah and Egypt met. Sami Abu Zuhri left early."
    actors = actors_of(text)
    assert actor_at(actors, text, "Sami Abu Zuhri").code is None


def test_two_word_name_shared_by_two_people_is_left_alone(actors_of) -> None:
    text = "Kim Jong Un met Kim Yo Jong on Monday. Kim Jong praised Russia."
    actors = actors_of(text)
    assert actor_at(actors, text, "Kim Jong", 1).name == "Kim Jong"


# --- who signs a deal named as its participle's "by" phrase -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The talks led to an agreement on border trade signed by Chilean President Ana Torres and "
        "Argentine President Luis Pardo in 2005.",
        "The truce, signed in Lima by the foreign ministers of Chile and Argentina, ended the clashes.",
    ],
)
def test_the_signers_of_a_deal_in_a_participle_sign_it(text: str) -> None:
    found = coded(text)
    assert has(found, "CHL", "057", "ARG") or has(found, "ARG", "057", "CHL"), found


@pytest.mark.parametrize(
    "text",
    [
        "The summit hosted by Japan ended on Friday.",
        "The war fought by proxies in Yemen dragged on.",
        # a statement is no deal; a joint offer is made to someone else, not between its makers
        "The plot is evil, said a statement signed by the Islamic Army in Iraq.",
        "Under the proposal offered by US President Ted Brown and South Korean President Kim Ho-sun, the two Koreas "
        "would talk.",
    ],
)
def test_a_participle_on_no_deal_names_no_joint_parties(text: str) -> None:
    found = coded(text)
    assert not any(c.startswith(("03", "04", "05", "19")) and s and t for s, c, t in found), found


# --- a person introduced by title, then named -----------------------------------------------------------------


def test_a_person_named_after_his_title_keeps_its_country(actors_of) -> None:
    text = (
        "Italy freed a Libyan police commander wanted by the court and flew him home on Tuesday. "
        "The court said Rome had failed to consult it before releasing the commander, Salem Abu Ghrara. "
        "Abu Ghrara was arrested by police in Turin on Sunday."
    )
    actors = actors_of(text)
    assert (actor_at(actors, text, "Abu Ghrara", 1).code or "")[:3] == "LBY"


def test_a_named_person_with_another_title_takes_no_country_from_it(actors_of) -> None:
    text = "Police questioned a Libyan engineer on Tuesday. The commander, Salem Haddad, said Rome would respond."
    actors = actors_of(text)
    assert (actor_at(actors, text, "Salem Haddad").code or "")[:3] != "LBY"


# --- a group placed in a part of a place ------------------------------------------------------------------------


def test_a_group_in_an_area_of_a_country_is_of_that_country(actors_of) -> None:
    text = "Heads of local councils in rural areas of central Israel met the defence minister."
    actors = actors_of(text)
    assert (actor_at(actors, text, "local councils").code or "")[:3] == "ISR"


def test_a_group_in_an_area_of_two_countries_has_no_one_country(actors_of) -> None:
    text = "Police in parts of Kenya and Uganda arrested smugglers."
    actors = actors_of(text)
    assert (actor_at(actors, text, "Police").code or "---")[:3] == "---"


def test_second_in_rank_reads_deputy_words_before_the_title_word() -> None:
    from detente.analyse.actors.link import _second_in_rank

    assert _second_in_rank("prime minister", "Deputy Prime Minister", "the prime minister")
    assert _second_in_rank("president", "Vice-President", "the president")
    assert not _second_in_rank("prime minister", "Deputy Prime Minister", "the deputy prime minister")
    assert not _second_in_rank("president", "President", "the president")
    assert not _second_in_rank("", "Deputy Prime Minister", "the minister")
