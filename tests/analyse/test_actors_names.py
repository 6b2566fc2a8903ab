"""Who a name is on unread news: office holders' names in other transliterations (actors/variants.py), groups of
states named by their region (data/actors/region_groups.tsv), and the giver of what a verb of getting got
(linking.yaml receiving_verbs). Sentences composed here, each beside one the rule must leave alone."""

from __future__ import annotations

from functools import partial

import pytest

from detente.analyse.actors.lexicon import data_rows, default_lexicon, split_list
from detente.analyse.actors.matcher import indexes_for
from detente.analyse.actors.variants import keyed_people, name_key
from tests.analyse.test_actors import actor_at, find_actors_in
from tests.analyse.test_events_vocabulary_cooperation import has, triples_of


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Haniya", "Haniyeh"),
        ("Mahmud", "Mahmoud"),
        ("Gadhafi", "Gaddafi"),
        ("Eltsin", "Yeltsin"),
        ("Muhammad", "Mohammed"),
        ("Erdoğan", "Erdogan"),
        ("al-Sudani", "Sudani"),
    ],
)
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b"), [("Hassan", "Hussein"), ("Ahmad", "Mahmud"), ("Michel", "Machel"), ("Milei", "Milley")]
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_a_key_shared_by_two_office_holders_is_one_countrys() -> None:
    # (the same surname, "Trudeau", "Aliyev", or one person listed twice): never two countries' people
    people = keyed_people(indexes_for(default_lexicon())[0])
    mixed = {
        key: {(e.name, e.country) for e in entries}
        for key, entries in people.by_key.items()
        if len({e.name for e in entries}) > 1 and len({e.country for e in entries}) > 1
    }
    assert not mixed


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Hamas leader Haniya met Egyptian officials in Cairo on Monday.", "Haniya", "PSE"),
        ("Palestinian President Mahmud Abbas flew to Amman on Tuesday.", "Mahmud Abbas", "PSE"),
        ("Boris Eltsin signed the treaty in the Kremlin.", "Boris Eltsin", "RUS"),
        ("Moamer Kadhafi received the Italian envoy in Tripoli.", "Moamer Kadhafi", "LBY"),
        ("Crown Prince Muhammad bin Salman met the French minister in Riyadh.", "Muhammad bin Salman", "SAU"),
    ],
)
def test_a_name_in_another_transliteration_is_the_office_holder(
    actors_of, text: str, phrase: str, country: str
) -> None:
    assert actor_at(actors_of(text), text, phrase).country == country


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # another person with one of the holder's names
        ("Ahmad Abbas, a shopkeeper, said the market was quiet.", "Ahmad Abbas"),
        # a given name of one office holder one letter from another's surname
        ("Michel arrived in Beijing on Monday.", "Michel"),
        # a given name alone is no one in particular
        ("Muhammad said the market was quiet.", "Muhammad"),
    ],
)
def test_a_name_of_someone_else_is_not_an_office_holder(actors_of, text: str, phrase: str) -> None:
    actors = actors_of(text)
    start = text.index(phrase)
    covering = [a for a in actors for m in a.mentions if m.start < start + len(phrase) and m.end > start]
    assert not any(a.country for a in covering), [(a.name, a.code) for a in covering]


def test_region_groups_load() -> None:
    codes = {row["code"] for row in data_rows("region_groups.tsv")}
    assert codes <= {"WST", "ARB", "AFR", "EUR", "NAF", "ASA", "SAM", "MEA", "SAS", "SEA", "EAF", "WAF"}
    assert all(split_list(row["names"]) for row in data_rows("region_groups.tsv"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Western powers accused Iran of defying the United Nations.", ("WST", "112", "IRN")),
        ("The West accused Iran of lying about its nuclear programme.", ("WST", "112", "IRN")),
        ("Arab nations condemned the Israeli air strike on Beirut.", ("ARB", "111", "ISR")),
        ("African and Arab nations urged Ethiopia to withdraw its troops from Somalia.", ("ARB", "02", "ETH")),
        ("The North-African countries criticised the European Union over migration.", ("NAF", "111", "IGO")),
    ],
)
def test_a_group_of_states_named_by_its_region_takes_the_region_code(text: str, expected: tuple[str, str, str]) -> None:
    found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Israeli troops raided the West Bank town of Jenin on Monday.", "WST"),
        ("Settlers attacked Palestinian villagers in the West Bank.", "WST"),
        ("Europe condemned the attack on the embassy.", "EUR"),
    ],
)
def test_a_place_is_no_region_group(text: str, wrong: str) -> None:
    found = triples_of(text)
    assert not any((s or "").startswith(wrong) or (t or "").startswith(wrong) for s, _c, t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the giver promises, to the one who got the promise, and does what it promised
        ("Egypt obtained a pledge from Iran to provide aid to Sudan.", ("IRN", "030", "EGY")),
        ("Egypt obtained a pledge from Iran to provide aid to Sudan.", ("IRN", "07", "SDN")),
        ("The Kenyan president secured promises from Japan to provide aid to the refugees.", ("JPN", "03", "KEN")),
    ],
)
def test_what_a_party_got_from_another_is_the_givers_act(text: str, expected: tuple[str, str, str]) -> None:
    found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Egypt obtained a pledge from Iran to provide aid to Sudan.", ("EGY", "07", "SDN")),
        # a pledge made, not got: the maker's, to whom it is made
        ("Iran made a pledge to Egypt to provide aid to Sudan.", ("EGY", "03", "IRN")),
    ],
)
def test_the_getter_does_not_give(text: str, wrong: tuple[str, str, str]) -> None:
    found = triples_of(text)
    assert not has(found, *wrong), found


def test_the_accused_region_group_is_the_target() -> None:
    found = triples_of("The Turkish minister praised the partnership and accused Western countries of hypocrisy.")
    assert has(found, "TUR", "112", "WST"), found


def test_medina_is_the_saudi_city(actors_of) -> None:
    # (a town in Ohio has it as its own name; international news means the holy city)
    text = "Police detained the preacher in Medina on Friday."
    assert actor_at(actors_of(text), text, "Police").country == "SAU"
