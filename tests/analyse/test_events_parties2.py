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


# --- a rebel word before a state's sector word ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Government troops drove rebel soldiers out of the town on Sunday.", "rebel soldiers"),
        ("The president's envoy held talks with rebel negotiators in Nairobi.", "rebel negotiators"),
        ("Guerrilla forces seized the airport on Monday.", "Guerrilla forces"),
        ("A rebel spokesman denied the report on Tuesday.", "rebel spokesman"),
    ],
)
def test_a_rebel_word_makes_a_force_or_envoy_the_rebels(actors_of, text: str, phrase: str) -> None:
    actors = actors_of(text)
    assert (actor_at(actors, text, phrase).code or "").endswith("REB")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Anti-rebel police arrested two men in the capital.", "police"),
        ("Counter-insurgency troops raided the village on Friday.", "troops"),
        ("Government and rebel forces clashed near the border.", "forces"),
    ],
)
def test_a_rebel_word_in_a_hyphenated_word_or_conjunct_does_not(actors_of, text: str, phrase: str) -> None:
    actors = actors_of(text)
    assert not (actor_at(actors, text, phrase).code or "").endswith("REB")


def test_rebels_driven_out_by_the_army_are_not_the_army() -> None:
    text = "Congolese government troops drove rebel soldiers out of the eastern town of Walikale on Sunday."
    found = events_of(text)
    assert any(s == "CODMIL" and t == "CODREB" for _n, s, _c, t in found), found


# --- the mainland in cross-strait news ------------------------------------------------------------------------------


def test_the_mainland_beside_taiwan_is_china(actors_of) -> None:
    text = (
        "Taiwan's cabinet approved more cargo flights on Tuesday. "
        "A mainland spokesman welcomed the move, saying the mainland hoped for direct flights."
    )
    actors = actors_of(text)
    assert (actor_at(actors, text, "mainland spokesman").code or "")[:3] == "CHN"
    assert actor_at(actors, text, "mainland", 1).code == "CHN"


@pytest.mark.parametrize(
    "text",
    [
        "Greek ferries linked the islands to the mainland on Tuesday, officials in Athens said.",
        "Taiwan's exports to mainland Europe rose, while the Greek mainland saw fewer tourists.",
    ],
)
def test_a_mainland_elsewhere_is_no_actor_of_china(actors_of, text: str) -> None:
    actors = actors_of(text)
    assert all(a.code != "CHN" for a in actors), [(a.code, a.name) for a in actors]


def test_the_taiwan_affairs_office_is_beijings(actors_of) -> None:
    text = "A spokesman for the Taiwan Affairs Office of the State Council criticised Taipei on Wednesday."
    actors = actors_of(text)
    assert actor_at(actors, text, "Taiwan Affairs Office").code == "CHNGOV"


# --- "It" opening a sentence -----------------------------------------------------------------------------------------


def test_it_opening_an_act_is_the_state_the_sentence_before_was_about() -> None:
    text = (
        "The Indian government routinely accuses Pakistan of backing militants in Kashmir. "
        "It has also accused Islamabad of sheltering the attackers."
    )
    found = events_of(text)
    assert any(n == 1 and (s or "")[:3] == "IND" and c.startswith("11") for n, s, c, _t in found), found


def test_an_empty_it_is_not_the_state_before() -> None:
    text = (
        "The Indian government accused Pakistan of backing militants on Monday. "
        "It remains unclear whether Islamabad will respond to the charge."
    )
    found = events_of(text)
    assert all(n != 1 or (s or "")[:3] != "IND" for n, s, _c, _t in found), found


# --- the data these rules read --------------------------------------------------------------------------------------


def test_every_context_name_takes_a_known_countrys_entry() -> None:
    from detente.analyse.actors.lexicon import current_lexicon, read_context_names

    countries = {e.phrase: e.country for e in current_lexicon().entries if e.kind == "country"}
    codes = set(countries.values())
    for name in read_context_names():
        assert name.country in countries, name
        assert name.when and name.when <= codes, name
        assert countries[name.country] not in name.when, name  # (the word is told against others, not itself)


def test_every_rebel_word_is_a_rebel_group_word() -> None:
    from detente.analyse.actors.lexicon import read_link_words, read_roles

    groups = {w.phrase for w in read_roles() if w.kind == "group" and w.role == "REB"}
    assert read_link_words()["rebel"] <= groups


def test_no_verb_of_an_act_is_listed_as_taking_an_empty_it() -> None:
    from detente.analyse.actors.lexicon import read_link_words

    empty = read_link_words()["empty_it"]
    assert {"be", "seem", "remain"} <= empty
    assert not empty & {"accuse", "call", "urge", "say", "warn", "welcome", "condemn", "sign"}


def test_both_as_an_object_is_what_the_sentence_listed_not_the_story_pair() -> None:
    text = (
        "Chinese President Li Wei met Japanese Prime Minister Taro Sato in Beijing on Sunday. "
        "State media attacked Taiwan's leaders and the Dalai Lama alike, accusing both of splitting the motherland."
    )
    found = events_of(text)
    assert all(not (n == 1 and (t or "")[:3] == "JPN") for n, _s, _c, t in found), found


def test_the_counterparts_a_country_word_names_are_that_countrys_not_the_inviters_own(actors_of) -> None:
    text = "Finland's Foreign Minister Matti Virtanen has invited his Turkish and Cypriot counterparts to Tampere."
    found = events_of(text)
    assert countries(found, 0) == {frozenset({"FIN", "TUR"}), frozenset({"FIN", "CYP"})}, found


def test_a_counterpart_named_in_apposition_holds_the_office_of_the_one_he_meets(actors_of) -> None:
    text = "Croatian Prime Minister Ivo Horvat met his Libyan counterpart, Omar Fathi, in Zagreb on Friday."
    actors = actors_of(text)
    assert actor_at(actors, text, "Omar Fathi").code == "LBYGOV"
