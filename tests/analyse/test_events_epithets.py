"""Pointing phrases as parties: state epithets ('the kingdom', 'the former Soviet republic', 'the communist north')
read as the state the story named before that fits them (detente/data/actors/epithets.yaml)."""

from __future__ import annotations

import pytest

from detente.analyse.actors.lexicon import read_link_words
from detente.analyse.events.actors import salient_subjects
from detente.analyse.events.epithets import EpithetsError, epithet_properties, read_epithets
from detente.analyse.nlp import load_nlp
from tests.analyse.test_events_precision import coded, has


def test_epithets_data_loads_and_every_property_has_states() -> None:
    lexicon = read_epithets()
    assert lexicon.nouns["kingdom"] == "monarchy"
    assert lexicon.fits("NPL", frozenset({"monarchy", "himalayan"}))
    assert not lexicon.fits("IND", frozenset({"himalayan"}))
    assert lexicon.fits("UKR", frozenset({"former_soviet", "any"}))
    assert not lexicon.fits("RUS", frozenset({"former_soviet"}))
    assert lexicon.alone <= lexicon.nouns.keys()
    assert issubclass(EpithetsError, ValueError)


@pytest.mark.parametrize(
    ("text", "word", "properties"),
    [
        ("The Himalayan kingdom signed a deal.", "kingdom", {"monarchy", "himalayan"}),
        ("Moscow accused the former Soviet republic of stealing gas.", "republic", {"any", "former_soviet"}),
        ("The oil-rich emirate pledged aid.", "emirate", {"emirate", "oil"}),
        ("Tokyo warned the communist north on Monday.", "north", {"north", "communist"}),
        ("Aid reached the war-torn country on Friday.", "country", {"any"}),
    ],
)
def test_epithet_properties(text: str, word: str, properties: set[str]) -> None:
    token = next(t for t in load_nlp()(text) if t.lower_ == word)
    assert epithet_properties(token) == frozenset(properties)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The neighbouring country closed its border.", "country"),  # another state, not the one named
        ("The island nation of Cyprus rejected the offer.", "nation"),  # named by its owner
        ("The state said it would appeal.", "state"),  # "state" alone is too often a US state or the public sector
        ("The two countries signed a deal.", "countries"),  # a pair: the story's two sides, read elsewhere
        ("A country must defend itself.", "country"),  # not definite
    ],
)
def test_not_an_epithet(text: str, word: str) -> None:
    token = next(t for t in load_nlp()(text) if t.lower_ == word)
    assert epithet_properties(token) is None


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        (
            "Indian Foreign Minister Yashwant Sinha arrived in Nepal on Monday for talks. "
            "The Himalayan kingdom signed a trade deal with New Delhi on Tuesday.",
            "NPL",
            "05",
            "IND",
        ),
        (
            "Ukraine signed a gas deal with Russia on Friday. "
            "Moscow later accused the former Soviet republic of stealing gas.",
            "RUS",
            "11",
            "UKR",
        ),
        (
            "North Korea rejected fresh talks with Japan on Monday. "
            "Tokyo warned the communist north against a missile test.",
            "JPN",
            "13",
            "PRK",
        ),
        (
            "Cyprus rejected a Turkish proposal on the talks. Ankara criticised the island for the decision.",
            "TUR",
            "11",
            "CYP",
        ),
    ],
)
def test_epithet_is_the_state_named_before(text: str, source: str, root: str, target: str) -> None:
    found = coded(text)
    assert has(found, source, root, target), found


def test_epithet_not_read_when_two_states_fit() -> None:
    # (Saudi Arabia and Jordan are both kingdoms: "the kingdom" could be either)
    found = coded("Saudi Arabia and Jordan signed a border deal. The kingdom also accused Iraq of smuggling.")
    assert not any(code.startswith("11") and s and s[:3] in {"SAU", "JOR"} for s, code, _t in found), found


def test_epithet_not_read_as_a_state_of_its_own_sentence() -> None:
    # (the act's other party fits "the country" too: never read the epithet as it)
    found = coded("Iran protested to Iraq on Monday. Iran accused the country of shelling its border.")
    assert not any(s and t and s[:3] == t[:3] for s, _code, t in found), found


def test_plain_epithet_needs_one_state_just_before() -> None:
    # (two states in the sentence before: "the country" could be either)
    found = coded(
        "Iran's foreign minister arrived in Saudi Arabia on Monday. The country accused the United States of meddling."
    )
    assert not any(code.startswith("11") and s and s[:3] in {"IRN", "SAU"} for s, code, _t in found), found


def test_epithet_not_read_inside_a_quote() -> None:
    found = coded('Egypt criticised Libya on Monday. "The country must stop its threats," Cairo told Tripoli.')
    assert not any(s and s[:3] == "LBY" and code.startswith("1") for s, code, _t in found), found


# A subject pronoun in what a request asks for is the one asked ("read as the one asking" was the old reading).
@pytest.mark.parametrize(
    ("text", "pronoun", "antecedent"),
    [
        ("Moscow urged the rebels to lay down their arms, saying they should negotiate.", "they", {"rebels"}),
        ("The EU urged the two Koreas to resume talks and said they must end the dispute.", "they", {"Koreas"}),
        ("Washington pressed the Palestinians to ensure that they stop the attacks.", "they", {"Palestinians"}),
        ("Japan called on the militants to free the hostages so that they can go home.", "they", {"militants"}),
    ],
)
def test_pronoun_of_a_request_is_the_one_asked(text: str, pronoun: str, antecedent: set[str]) -> None:
    token = next(t for t in load_nlp()(text) if t.lower_ == pronoun)
    assert {t.text for group in salient_subjects(token) for t in group} == antecedent


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        # (no obligation: what the asking party says of the ones asked is not asked of them)
        ("The ministers urged Iran to free the sailors, saying they had seen the charts.", {"ministers"}),
        # (no request: the subject as before)
        ("The rebels attacked the town and said they would fight on.", {"rebels"}),
        ("The ministers met the rebels and said they must stay in the talks.", {"ministers"}),
    ],
)
def test_pronoun_beside_no_request_is_the_subject(text: str, antecedent: set[str]) -> None:
    token = next(t for t in load_nlp()(text) if t.lower_ == "they")
    assert {t.text for group in salient_subjects(token) for t in group} == antecedent


def test_request_words_are_data() -> None:
    words = read_link_words()
    assert {"urge", "ask", "press", "call"} <= words["request"]
    assert {"must", "should"} <= words["obligation"]


def test_visitor_and_hosts_are_the_sides_of_the_visit_told() -> None:
    found = coded(
        "HANOI, May 4 (Xinhua) -- Vietnamese Prime Minister Phan Van Khai held talks with visiting Thai Prime Minister "
        "Chuan Leekpai on Monday. The visitor thanked his hosts for their support. Khai praised the guest for his "
        "efforts."
    )
    assert has(found, "THA", "05", "VNM"), found
    assert has(found, "VNM", "05", "THA"), found


def test_visitor_not_read_where_the_visited_country_is_no_party() -> None:
    # (the dateline's France is no side of the meeting told: who visits whom is not told)
    found = coded(
        "PARIS, May 4 (AFP) -- Chinese and Japanese diplomats met in Geneva on Monday. "
        "The visitors praised the French police for their efforts."
    )
    assert not any(code.startswith("05") and s and s[:3] in {"CHN", "JPN"} for s, code, _t in found), found


def test_named_hosts_are_not_pointing_back() -> None:
    from detente.analyse.events.story import _pointing

    doc = load_nlp()("The Chinese hosts and the hosts of the summit welcomed his hosts.")
    chinese, summit, his = (t for t in doc if t.lower_ == "hosts")
    assert [_pointing(chinese), _pointing(summit), _pointing(his)] == [False, False, True]
