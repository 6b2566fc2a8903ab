"""The outlets codebook: its data, its loader, and how an article's outlet is found (never guessed)."""

from __future__ import annotations

import pycountry
import pytest

from detente.corpus import prepare
from detente.corpus.outlets import OUTLET_KINDS, article_outlet, load_outlets, normalise_name
from detente.read import read_paths

from .builders import article

REFERENCE_COUNTRIES = ["KOR", "CHN", "JPN", "USA", "RUS", "UKR", "IND", "PAK", "DEU", "FRA", "ITA", "ESP", "POL"]


def test_every_entry_is_well_formed():
    book = load_outlets()
    assert len(book.outlets) >= 150
    iso3 = {c.alpha_3 for c in pycountry.countries}
    for outlet in book.outlets.values():
        assert outlet.kind in OUTLET_KINDS
        assert outlet.country is None or outlet.country in iso3, outlet.id
        assert outlet.domains, f"{outlet.id} has no domain"
        for domain in outlet.domains:
            assert "." in domain and "/" not in domain and not domain.startswith("www."), domain


@pytest.mark.parametrize("country", REFERENCE_COUNTRIES)
def test_reference_countries_have_their_main_outlets(country):
    outlets = [o for o in load_outlets().outlets.values() if o.country == country]
    assert len(outlets) >= 4, country
    assert len({o.kind for o in outlets}) >= 2, f"{country}: only one kind of outlet"


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Reuters", "wire agency", "GBR"),
        ("AP", "wire agency", "USA"),
        ("AFP", "wire agency", "FRA"),
        ("Yonhap", "wire agency", "KOR"),
        ("Kyodo", "wire agency", "JPN"),
        ("Xinhua", "state media", "CHN"),
        ("TASS", "state media", "RUS"),
        ("PR Newswire", "PR wire", "USA"),
        ("Business Wire", "PR wire", "USA"),
        ("GlobeNewswire", "PR wire", "USA"),
        ("KBS", "public broadcaster", "KOR"),
        ("Yahoo News", "aggregator", "USA"),
    ],
)
def test_big_wires_and_pr_wires_are_listed(name, kind, country):
    outlet = load_outlets().find_name(name)
    assert outlet is not None, name
    assert (outlet.kind, outlet.country) == (kind, country)


def test_names_match_whatever_case_accents_and_leading_article():
    book = load_outlets()
    assert normalise_name("The  Korea-Times ") == "korea times"
    assert book.find_name("KOREA TIMES").id == book.find_name("The Korea Times").id == "korea-times"
    assert book.find_name("Suddeutsche Zeitung").id == "sueddeutsche"
    assert book.find_name("Seoul Evening Planet") is None
    assert book.find_name("") is None


def test_domains_match_subdomains_but_not_lookalikes():
    book = load_outlets()
    assert book.find_domain("en.yna.co.kr").id == "yonhap"
    assert book.find_domain("www.reuters.com").id == "reuters"
    assert book.find_domain("economictimes.indiatimes.com").id == "economic-times"
    assert book.find_domain("indiatimes.com") is None  # the parent domain hosts several outlets
    assert book.find_domain("notreuters.com") is None
    assert book.find_domain("co.kr") is None


def test_article_outlet_comes_from_source_then_url_and_is_never_guessed():
    assert article_outlet(article("a", "text", source="Kyodo News")).id == "kyodo"
    assert article_outlet(article("b", "text", url="https://www.dawn.com/news/1")).id == "dawn"
    # The named source wins over the carrier's URL.
    assert article_outlet(article("c", "text", source="Xinhua", url="https://www.prnewswire.com/x")).id == "xinhua"
    # The banner's wire publishes what names no other outlet; the named writer wins over the carrier.
    assert article_outlet(article("w", "text").model_copy(update={"syndicated_by": "PR Newswire"})).id == "pr-newswire"
    carried = article("x", "text", source="CGTN").model_copy(update={"syndicated_by": "Cloud PR Wire"})
    assert article_outlet(carried).id == "cgtn"
    unlisted = article("y", "text", source="Daily Gyeongju Bugle").model_copy(update={"syndicated_by": "Yahoo News"})
    assert article_outlet(unlisted) is None
    assert article_outlet(article("d", "text", source="Daily Gyeongju Bugle")) is None
    assert article_outlet(article("e", "text")) is None


def test_prepare_fills_outlet_fields_and_leaves_unknown_empty():
    known, unknown = prepare([article("a", "t", source="CGTN"), article("b", "t", source="Some Blog")])
    assert (known.outlet, known.outlet_country, known.outlet_kind) == ("cgtn", "CHN", "state media")
    assert (unknown.outlet, unknown.outlet_country, unknown.outlet_kind) == (None, None, None)


def test_sample_articles_outlets(samples_dir):
    by_date = {a.date: a for a in prepare([a for a in read_paths([samples_dir])])}
    cgtn = by_date["2025-11-01"]
    assert (cgtn.outlet, cgtn.outlet_country, cgtn.outlet_kind) == ("cgtn", "CHN", "state media")
    # The Korean sample names no outlet and has no URL: it stays unknown.
    assert by_date["2026-01-06"].outlet is None
