"""A town's own name over another city's alternate name ('Bethlehem' is not Belem), the exonyms news
uses for big cities kept through curated aliases, 'St' for 'Saint', and places that are part of a
person's title ('the Archbishop of Canterbury'): the see, not a namesake elsewhere, and not where
anything happens. Sentences composed here; negatives beside each rule."""

from __future__ import annotations

import pytest

from detente.analyse import analyse_one
from detente.analyse.actors.cities import city_country
from detente.analyse.places.gazetteer import load_gazetteer
from detente.analyse.places.resolve import Context, candidates, resolve
from detente.analyse.places.titles import load_titles, see_country
from detente.model import Article


def geocode(name: str) -> tuple[str, str | None] | None:
    entry = resolve(candidates(load_gazetteer(), name.lower()), Context())[0]
    return (entry.name, entry.country) if entry else None


def analysed(text: str) -> Article:
    article = analyse_one(Article(id="t", text=text, content_hash="t", date="2026-03-03"))
    assert not article.analysis_errors, article.analysis_errors
    return article


def test_a_towns_own_name_beats_a_bigger_citys_alternate_name() -> None:
    assert geocode("Bethlehem")[1] == "PSE"  # GeoNames also calls Belem (Brazil) 'Bethlehem'
    assert geocode("Belem")[1] == "BRA"  # the city's own name still finds it


def test_an_alternate_name_no_town_has_as_its_own_still_finds_the_city() -> None:
    assert geocode("Varsovie") == ("Warsaw", "POL")


def test_curated_exonyms_beat_a_smaller_namesake() -> None:
    assert geocode("Odessa")[1] == "UKR"  # not Odessa, Texas
    assert geocode("Mecca")[1] == "SAU"
    assert geocode("Kiev")[1] == "UKR"


def test_st_is_saint() -> None:
    assert geocode("St Petersburg") == ("Saint Petersburg", "RUS")


def test_actors_city_table_prefers_own_names_too() -> None:
    assert city_country("Bethlehem") != "BRA"
    assert city_country("Belem") == "BRA"
    assert city_country("Calcutta") == "IND"  # a curated exonym
    assert city_country("Kiev") == "UKR"


def test_title_data_loads() -> None:
    titles = load_titles()
    assert {"archbishop", "duke", "emir"} <= titles.words
    assert see_country("Canterbury") == "GBR"
    assert see_country("Paris") is None


@pytest.mark.slow
def test_a_see_is_part_of_the_title_and_in_its_own_country() -> None:
    article = analysed("The Archbishop of Canterbury met church leaders in Nairobi on Monday.")
    canterbury = next(p for p in article.places if p.name == "Canterbury")
    assert canterbury.country == "GBR"
    assert canterbury.in_name == "Archbishop of Canterbury"
    nairobi = next(p for p in article.places if p.name == "Nairobi")
    assert nairobi.in_name is None
    assert "NZL" not in {a.country for a in article.actors}
    assert any(a.code == "GBRREL" for a in article.actors)


@pytest.mark.slow
def test_a_realm_after_a_title_is_in_the_title() -> None:
    article = analysed("The Emir of Kuwait flew to Cairo for talks on Sunday.")
    kuwait = next(p for p in article.places if p.name == "Kuwait")
    assert kuwait.in_name == "Emir of Kuwait" and kuwait.country == "KWT"


@pytest.mark.slow
def test_a_place_without_a_title_is_geocoded_as_usual() -> None:
    # the region of New Zealand, named as such: no title before it
    article = analysed("Floods cut roads across Canterbury, New Zealand, on Monday.")
    canterbury = next(p for p in article.places if p.name == "Canterbury")
    assert canterbury.country == "NZL" and canterbury.in_name is None


@pytest.mark.slow
def test_an_office_of_a_city_is_not_a_title_of_the_place() -> None:
    article = analysed("The Mayor of London criticised the government's rail plan on Tuesday.")
    london = next(p for p in article.places if p.name == "London")
    assert london.in_name is None
    assert any(a.code == "GBRGOV" for a in article.actors)


@pytest.mark.slow
def test_bethlehem_gives_no_brazilian_actor() -> None:
    article = analysed("The patriarch led a procession through Bethlehem on Sunday.")
    assert "BRA" not in {a.country for a in article.actors}
    assert {p.country for p in article.places if p.name == "Bethlehem"} == {"PSE"}


def test_a_small_countrys_province_does_not_beat_a_big_city_of_that_name() -> None:
    assert geocode("Manchester")[1] == "GBR"  # not the Jamaican parish
    assert geocode("Charlotte")[1] == "USA"  # not the parish of Saint Vincent


def test_a_big_countrys_province_keeps_its_prior() -> None:
    assert geocode("Kerala") == ("Kerala", "IND")
    assert geocode("Punjab")[0] == "Punjab"
