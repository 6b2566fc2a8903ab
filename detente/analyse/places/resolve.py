"""Toponym resolution: which gazetteer entry a name denotes, given what else the article is about.

Each candidate gets a score: a prior (countries and regions over provinces over cities; bigger
cities over smaller ones; a place's own name over an alternate spelling) plus context (the place is
in a country the article is about, or in a state/province it names). A qualifier written next to the
name ("Gyeongju, ROK", "Paris, Texas") narrows the candidates before scoring. A head written after the
name ("the Gao region", "the Jaffna peninsula") chooses among the candidates before scoring: a
curated name with the head, or the division rather than its namesake town.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .cues import load_cues
from .gazetteer import ALTERNATE, PRIMARY, VARIANT, Entry, Gazetteer, distance_km, load_gazetteer
from .names import name_key, strip_suffix

# Priors, on the scale of log10(population) of a city.
FEATURE_PRIOR = {
    "country": 9.0,
    "continent": 8.5,
    "region": 8.0,
    "landmark": 8.0,
    "admin1": 6.2,
    "admin2": 4.5,
}
# A province of a small country is no bigger than a town: the parishes of Jamaica ('Manchester',
# 'Portland') or Saint Vincent ('Charlotte') must not beat the big cities of those names. The admin1
# prior falls with the country's population (log10, less this), down to a floor.
SMALL_COUNTRY_ADMIN1_OFFSET = 0.8
SMALL_COUNTRY_ADMIN1_FLOOR = 5.0
CAPITAL_BONUS = 1.0
VARIANT_PENALTY = 1.0
IN_ARTICLE_COUNTRY = 3.0
FULL_EVIDENCE = 2
IN_ARTICLE_ADMIN1 = 2.0
ADMIN1_OF_NAMED_CITY = 3.0
NAMESAKE_KM = 100.0  # a province and its namesake city closer than this: the name means the city
# Nearby bonus: local places (cities, districts) near the article's other local places.
LOCAL_FEATURES = {"city", "admin2", "landmark"}
NEAR_KM = 150.0
NEARBY_STEP = 1.0
NEARBY_CAP = 3


@dataclass
class Context:
    """What the article is about, as places: countries (with weights) and first-level divisions."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1: set[str] = field(default_factory=set)
    # Hierarchy named in the text: admin1 codes of every state/province candidate of any name, and of
    # every city candidate. "Athens" with "Georgia" in one article: Athens, GA and the US state.
    named_admin1: set[str] = field(default_factory=set)
    cities_admin1: set[str] = field(default_factory=set)

    def add_hierarchy(self, found: list[tuple[Entry, int]]) -> None:
        for entry, _ in found:
            if entry.admin1 and entry.feature == "admin1":
                self.named_admin1.add(entry.admin1)
            elif entry.admin1 and entry.feature == "city":
                self.cities_admin1.add(entry.admin1)

    def add(self, entry: Entry, weight: int = 1) -> None:
        if entry.country:
            self.countries[entry.country] += weight
        if entry.admin1:
            self.admin1.add(entry.admin1)


ADMIN_FEATURES = {"admin1", "admin2", "region"}


def candidates(gaz: Gazetteer, key: str, head: str | None = None) -> list[tuple[Entry, int]]:
    """Entries for a name key, trying 'Poonch sector' -> 'Poonch' when the full name is unknown.

    ``head``: the generic noun written after the name ('region' in 'the Gao region') when the
    recogniser left it out of the name. An administrative head asks for the division, not its
    namesake city, under any of the heads ('Kursk region' is the 'Kursk Oblast')."""
    cues = load_cues()
    found = gaz.lookup(f"{key} {head}") if head else gaz.lookup(key)  # curated 'Jaffna Peninsula'
    name = key
    if not found and head is None:
        short = strip_suffix(key, cues.head_suffixes())
        if short:
            name, head = short, key[len(short) + 1 :]
    if not found and head in cues.admin_heads:
        for other in sorted(cues.admin_heads - {head}):
            found = [(entry, VARIANT) for entry, _ in gaz.lookup(f"{name} {other}")]
            if found:
                break
    if not found and name != key:
        found = [(entry, VARIANT) for entry, _ in gaz.lookup(name)]
    elif not found and head:
        found = gaz.lookup(key)
    if head in cues.division_heads:
        divisions = [(entry, quality) for entry, quality in found if entry.feature in ADMIN_FEATURES]
        found = divisions or found
    if not found:  # a demonym the parser tagged as a place: 'Sri Lankan' officials
        country = gaz.demonyms.get(key) or gaz.demonyms.get(key[:-1] if key.endswith("s") else key)
        if country is not None:
            found = [(gaz.entries[country], VARIANT)]
    return found


def prior(entry: Entry, quality: int) -> float:
    if entry.feature == "city":
        score = math.log10(entry.population + 10) + (CAPITAL_BONUS if entry.capital else 0.0)
    elif entry.feature == "admin1":
        score = _admin1_prior(entry.country)
    else:
        score = FEATURE_PRIOR.get(entry.feature, 5.0)
    return score - (VARIANT_PENALTY if quality != PRIMARY else 0.0)


@cache
def _admin1_prior(country: str | None) -> float:
    population = _country_populations().get(country or "", 0)
    if not population:
        return FEATURE_PRIOR["admin1"]
    scaled = math.log10(population) - SMALL_COUNTRY_ADMIN1_OFFSET
    return min(FEATURE_PRIOR["admin1"], max(SMALL_COUNTRY_ADMIN1_FLOOR, scaled))


@lru_cache(maxsize=1)
def _country_populations() -> dict[str, int]:
    return {e.country: e.population for e in load_gazetteer().entries if e.feature == "country" and e.country}


def score(entry: Entry, quality: int, context: Context) -> float:
    value = prior(entry, quality)
    if entry.country and entry.country in context.countries:
        # Full weight from two pieces of evidence on: one stray name should not outvote a capital.
        value += IN_ARTICLE_COUNTRY * min(1.0, context.countries[entry.country] / FULL_EVIDENCE)
    if entry.feature == "admin1":
        if entry.admin1 in context.cities_admin1:
            value += ADMIN1_OF_NAMED_CITY
    elif entry.admin1 and (entry.admin1 in context.admin1 or entry.admin1 in context.named_admin1):
        value += IN_ARTICLE_ADMIN1
    return value


def _within(entry: Entry, qualifier: Entry) -> bool:
    if qualifier.feature == "admin1" and qualifier.admin1 and entry.admin1:
        return entry.admin1 == qualifier.admin1
    # 'Washington, D.C.': the qualifier may be the very place the name denotes.
    return entry == qualifier or (entry.country is not None and entry.country == qualifier.country)


def nearby_bonus(entry: Entry, neighbours: list[Entry]) -> float:
    """Places named together lie together: one step per other named place within NEAR_KM, capped."""
    if entry.feature not in LOCAL_FEATURES:
        return 0.0
    close = sum(1 for n in neighbours if distance_km(entry.lat, entry.lon, n.lat, n.lon) <= NEAR_KM)
    return NEARBY_STEP * min(close, NEARBY_CAP)


def resolve(
    found: list[tuple[Entry, int]],
    context: Context,
    qualifier: Entry | None = None,
    neighbours: list[Entry] | None = None,
) -> tuple[Entry | None, float]:
    """The best entry and its margin over the runner-up (a confidence; inf when unopposed).

    ``neighbours``: where the article's other names resolved (first pass), for the nearby bonus."""
    if qualifier is not None:
        narrowed = [(entry, quality) for entry, quality in found if _within(entry, qualifier)]
        found = narrowed or found
    found = _own_names_first(found)
    if not found:
        return None, 0.0
    scored = sorted(
        (
            (score(e, q, context) + (nearby_bonus(e, neighbours) if neighbours and len(found) > 1 else 0.0), i)
            for i, (e, q) in enumerate(found)
        ),
        reverse=True,
    )
    best_score, best = scored[0]
    margin = best_score - scored[1][0] if len(scored) > 1 else math.inf
    return _city_over_its_province(found[best][0], found), margin


def _own_names_first(found: list[tuple[Entry, int]]) -> list[tuple[Entry, int]]:
    """A town called by its own name beats a city that only has the name among its alternates,
    population aside: 'Bethlehem' is not Belem (Brazil), which GeoNames also calls 'Bethlehem'. The
    exonyms news really uses ('Calcutta', 'Kiev') are curated aliases, which never reach here."""
    if not any(entry.feature == "city" and quality == PRIMARY for entry, quality in found):
        return found
    return [(entry, quality) for entry, quality in found if not (entry.feature == "city" and quality == ALTERNATE)]


def _city_over_its_province(entry: Entry, found: list[tuple[Entry, int]]) -> Entry:
    """'Geneva', 'Jeju', 'Rafah': a province named after its city means the city in news. The
    province wins the score (its prior is a populous city's), so swap it for the namesake city
    of the same country close by."""
    if entry.feature not in {"admin1", "admin2"}:
        return entry
    cities = [
        e
        for e, _ in found
        if e.feature == "city"
        and e.country == entry.country
        and distance_km(e.lat, e.lon, entry.lat, entry.lon) <= NAMESAKE_KM
    ]
    return max(cities, key=lambda e: e.population) if cities else entry


def resolve_name(gaz: Gazetteer, name: str, context: Context) -> Entry | None:
    """One free-standing name (a dateline place) in the article's context. A double dateline
    ('SEOUL/BEIJING', 'Moscow and Kyiv') is filed from its first place."""
    first = re.split(r"/|\band\b|&|;", name, maxsplit=1, flags=re.IGNORECASE)[0]
    return resolve(candidates(gaz, name_key(first)), context)[0]
