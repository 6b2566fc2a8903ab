"""People of the past (fifteenth session): officials of every state since the early twentieth century from the
Phoenix/CountryInfo dictionary (``people_phoenix.tsv``, ``lexicon.read_past_people``), matched for their country
on any date and for their role inside their terms. The loader's rows, the importer's name forms, and sentences
composed here in the style of wire copy (none taken from a benchmark or the newswire corpus), with negatives: a
listed name inside a longer name, a surname alone, a form that is a title, a name office holders know.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from functools import partial
from importlib import resources
from pathlib import Path

import pytest

from detente.analyse.actors.lexicon import (
    _past_people_entries,
    read_office_holders,
    read_past_people,
    read_roles,
)
from detente.analyse.pipeline import analyse_one
from detente.model import Article
from tests.analyse.test_actors import actor_at, find_actors_in
from tests.analyse.test_events_precision import has

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


@pytest.fixture(scope="module")
def importer():
    spec = importlib.util.spec_from_file_location(
        "import_phoenix_people", ROOT / "scripts" / "import_phoenix_people.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def coded_on(text: str, day: str) -> list[tuple[str | None, str, str | None]]:
    article = analyse_one(Article(id="p", text=text, content_hash="p", date=day))
    return [
        (e.source_actor.code if e.source_actor else None, e.cameo, e.target_actor.code if e.target_actor else None)
        for e in article.events
        if not e.negated
    ]


# --- the data file and its loader ----------------------------------------------------------------------------------


def test_the_data_file_keeps_the_licence_and_the_upstream() -> None:
    text = resources.files("detente.data").joinpath("actors/people_phoenix.tsv").read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines()[:60] if line.startswith("#"))
    assert "The MIT License (MIT)" in header
    assert "Copyright (c) 2014 Open Event Data Alliance" in header
    assert "Permission is hereby granted, free of charge" in header
    assert "github.com/openeventdata/petrarch2" in header and "Phoenix.Countries.actors.txt" in header


def test_rows_are_well_formed() -> None:
    people = read_past_people()
    assert len(people) > 10_000
    for person in people:
        assert len(person.country) == 3 and person.country.isupper()
        assert all(len(name.split()) >= 2 for name in (person.name, *person.aliases))
        assert person.role in {None, "GOV", "MIL", "SPY", "JUD", "LEG", "COP", "OPP", "REB", "PTY"}
        if person.valid_from and person.valid_to:
            assert person.valid_from <= person.valid_to
        assert (person.role is None) == (person.valid_from is None and person.valid_to is None)


def test_no_name_gives_two_countries() -> None:
    countries: dict[str, set[str]] = defaultdict(set)
    for person in read_past_people():
        for name in (person.name, *person.aliases):
            countries[name.lower()].add(person.country)
    assert all(len(found) == 1 for found in countries.values())


def test_office_holders_win_wherever_both_know_a_name() -> None:
    listed = {phrase.lower() for h in read_office_holders() for phrase in (h.name, *h.aliases)}
    assert not [e.phrase for e in _past_people_entries() if e.phrase.lower() in listed]
    # the dictionary's "George Bush" is the office holders' George H. W. Bush and George W. Bush
    assert "George Bush" not in {e.phrase for e in _past_people_entries()}


def test_forms_that_are_titles_or_common_names_are_not_listed() -> None:
    names = {name for p in read_past_people() for name in (p.name, *p.aliases)}
    titles = tuple(w.phrase for w in read_roles() if w.kind == "title")
    assert not [n for n in names if n.lower().startswith(tuple(t + " " for t in titles))]
    assert "Foreign Minister Abdullah" not in names and "President Bush" not in names
    assert "James Brown" not in names  # a name many people bear


# --- the importer ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "form"),
    [
        ("OMAR_HASSAN_AHMAD  AL_BASHIR_", "Omar Hassan Ahmad al-Bashir"),
        ("ABDULLAH_II", "Abdullah II"),
        ("DOMINIQUE_DE_VILLEPIN_", "Dominique de Villepin"),
        ("PHILIPPE_DOUSTE-BLAZY_", "Philippe Douste-Blazy"),
        ("H.D._DEVE_GOWDA_", "H.D. Deve Gowda"),
    ],
)
def test_names_are_written_as_news_writes_them(importer, raw: str, form: str) -> None:
    assert importer.news_form(raw) == form


def test_the_importer_reads_people_their_slips_and_their_dates(importer) -> None:
    text = (
        "RURITANIA_  [RUR]\n"
        "JOHAN_VELDMAN_  # CountryInfo.txt\n"
        "JOHAN_PIETER_VELDMAN\n"  # an alias line whose '+' the dictionary dropped
        "\t[NLDELI 450101-890101]\n"
        "\t[NLDGOV 890101-940822]\n"
        "\t[NLDGOVAGR >100301]\n"
    )
    blocks = importer.read_blocks(text)
    person = blocks[1]
    assert not blocks[0].person and person.person
    assert person.names == ["JOHAN_VELDMAN_", "JOHAN_PIETER_VELDMAN"]
    found = importer.person_of(person, ["Johan Veldman", "Johan Pieter Veldman"], frozenset({"NLD"}))
    assert found.country == "NLD"
    first, last = found.terms[0][1:], found.terms[-1][1:]
    assert first[0].year == 1989 and first[1].year == 1994
    assert last[1] == importer.OPEN_TERMS_END  # a term open in 2014 is closed at the end of 2014


def test_honorifics_are_also_dropped(importer) -> None:
    forms = importer.name_forms(["SIR_JOHAN_VELDMAN_"], frozenset({"president"}), frozenset({"dutch"}))
    assert forms == ["Johan Veldman", "Sir Johan Veldman"]
    assert (
        importer.name_forms(
            ["PRESIDENT_VELDMAN_", "DUTCH_LEADER_JOHAN_VELDMAN"], frozenset({"president"}), frozenset({"dutch"})
        )
        == []
    )


# --- in sentences: a past official named with no country ----------------------------------------------------------


def test_a_past_minister_named_alone_has_his_country_and_office_in_his_term(actors_of) -> None:
    text = "Erkki Tuomioja told reporters in Brussels on Tuesday that the talks would resume."
    assert actor_at(actors_of(text, date="2005-03-01"), text, "Erkki Tuomioja").code == "FINGOV"


def test_outside_the_term_only_the_country_applies(actors_of) -> None:
    text = "Erkki Tuomioja told reporters in Brussels on Tuesday that the talks would resume."
    assert actor_at(actors_of(text, date="2019-03-01"), text, "Erkki Tuomioja").code == "FIN"


def test_the_surname_after_the_full_name_is_the_same_person(actors_of) -> None:
    text = (
        "Felipe Perez Roque arrived in Caracas on Monday for two days of talks. "
        "Perez Roque later said the embargo had failed."
    )
    actors = actors_of(text, date="2006-05-02")
    assert actor_at(actors, text, "Perez Roque", 1).country == "CUB"


def test_an_act_of_a_past_official_has_his_country() -> None:
    text = "Franz Vranitzky on Monday accused Germany of blocking the transit agreement."
    assert has(coded_on(text, "1994-05-02"), "AUT", "11", "DEU")


def test_the_country_of_the_text_wins_over_the_data(actors_of) -> None:
    text = "Swedish envoy Erkki Tuomioja met the delegation in Stockholm."
    assert actor_at(actors_of(text, date="2005-03-01"), text, "Erkki Tuomioja").country == "SWE"


# --- negatives -------------------------------------------------------------------------------------------------------


def test_a_surname_alone_is_not_the_listed_person(actors_of) -> None:
    text = "Tuomioja told reporters in Brussels on Tuesday that the talks would resume."
    assert actor_at(actors_of(text, date="2005-03-01"), text, "Tuomioja").country != "FIN"


def test_a_listed_name_inside_a_longer_name_does_not_fire(actors_of) -> None:
    text = "Businessman Mikael Erkki Tuomioja said on Tuesday that the plant would close."
    assert actor_at(actors_of(text, date="2005-03-01"), text, "Tuomioja").country != "FIN"


def test_a_title_form_of_the_dictionary_does_not_take_the_name_after_it(actors_of) -> None:
    # the dictionary's "FOREIGN_MINISTER_ABDULLAH_" (Afghanistan) is no name: Abdullah Gul stays Turkey's
    text = "Foreign Minister Abdullah Gul called on the European Union not to judge Turkey by a single case."
    assert actor_at(actors_of(text, date="2005-10-02"), text, "Abdullah Gul").country == "TUR"


def test_a_name_many_people_bear_gets_no_country_from_the_data(actors_of) -> None:
    text = "James Brown sang at the festival in Paris on Saturday."
    assert actor_at(actors_of(text, date="2005-07-02"), text, "James Brown").country is None


def test_a_listed_name_written_as_common_words_does_not_fire(actors_of) -> None:
    # "Wan Gang" is a Chinese minister of the list; in lower case the words are no name
    text = "Police said a wan gang of teenagers had gathered outside the Canadian embassy."
    assert not [a for a in actors_of(text, date="2008-07-02") if a.country == "CHN"]


# --- a title posted to a state ("ambassador to", "envoy for", "representative in") --------------------------------
# Found while placing the listed people: the state after the preposition is where the person serves.


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("US ambassador in Iraq Tom Baxter warned Iran on Monday.", "Tom Baxter", "USA"),
        ("British Ambassador to Lebanon Peter Hale met Lebanese officials.", "Peter Hale", "GBR"),
        ("Chinese Ambassador to the UN Liu Zhenmin said the council must act.", "Liu Zhenmin", "CHN"),
    ],
)
def test_a_posted_title_does_not_make_the_person_the_hosts(actors_of, text: str, name: str, country: str) -> None:
    assert actor_at(actors_of(text), text, name).country == country


def test_a_title_of_a_state_is_still_that_states(actors_of) -> None:
    text = "Foreign Minister of Japan Kenji Sato met his counterpart in Seoul."
    assert actor_at(actors_of(text), text, "Kenji Sato").country == "JPN"


def test_the_visit_of_a_posted_envoy_is_his_bodys() -> None:
    text = "UN Special Representative for Somalia Omar Diallo visited Baidoa on Monday."
    assert not [s for s, _, _ in coded_on(text, "2006-11-20") if (s or "").startswith("SOM")]
