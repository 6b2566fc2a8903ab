"""Companies named without their country (detente/data/actors/companies.tsv): their home country's business,
also through the title of an executive ("Gazprom chairman ..."). Sentences composed here."""

from __future__ import annotations

from functools import partial

import pycountry
import pytest

from detente.analyse.actors.lexicon import data_rows, split_list
from tests.analyse.test_actors import actor_at, find_actors_in


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


def test_companies_table_is_well_formed() -> None:
    iso3 = {c.alpha_3 for c in pycountry.countries}
    taken = {p for f in ("groups.tsv", "igos.tsv") for r in data_rows(f) for p in [r["name"], *split_list(r["aliases"])]}
    names: set[str] = set()
    for row in data_rows("companies.tsv"):
        assert row["country"] in iso3, row
        for phrase in [row["name"], *split_list(row["aliases"])]:
            assert phrase not in names and phrase not in taken, phrase
            names.add(phrase)


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Rosneft chief executive Igor Sechin flew to Caracas on Monday.", "Igor Sechin", "RUSBUS"),
        ("Petrobras agreed to pay the fine, the company said.", "Petrobras", "BRABUS"),
        ("The head of Naftogaz warned that transit fees would rise.", "Naftogaz", "UKRBUS"),
        # a company named with its country stays that country's business
        ("A Chinese company won the contract.", "Chinese company", "CHNBUS"),
    ],
)
def test_a_company_is_its_home_countrys_business(actors_of, text: str, phrase: str, code: str) -> None:
    assert actor_at(actors_of(text), text, phrase).code == code


def test_a_common_word_is_no_company(actors_of) -> None:
    text = "The total cost of the shell company was not disclosed."
    assert not any(a.code and a.code.endswith("BUS") and a.country for a in actors_of(text))
