"""Toponym resolution: which gazetteer entry a name denotes, given what else the article is about.

Each candidate gets a score: a prior (countries and regions over provinces over cities; bigger
cities over smaller ones; a place's own name over an alternate spelling) plus context (the place is
in a country the article is about, or in a state/province it names). A qualifier written next to the
name ("Gyeongju, ROK", "Paris, Texas") narrows the candidates before scoring.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .gazetteer import VARIANT, Entry, Gazetteer
from .names import MENTION_SUFFIXES, name_key, strip_suffix

# Priors, on the scale of log10(population) of a city.
FEATURE_PRIOR = {
    "country": 9.0,
    "continent": 8.5,
    "region": 8.0,
    "landmark": 8.0,
    "admin1": 6.2,
    "admin2": 4.5,
}
CAPITAL_BONUS = 1.0
VARIANT_PENALTY = 1.0
IN_ARTICLE_COUNTRY = 3.0
IN_ARTICLE_ADMIN1 = 2.0


@dataclass
class Context:
    """What the article is about, as places: countries (with weights) and first-level divisions."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1: set[str] = field(default_factory=set)

    def add(self, entry: Entry, weight: int = 1) -> None:
        if entry.country:
            self.countries[entry.country] += weight
        if entry.admin1:
            self.admin1.add(entry.admin1)


def candidates(gaz: Gazetteer, key: str) -> list[tuple[Entry, int]]:
    """Entries for a name key, trying 'Poonch sector' -> 'Poonch' when the full name is unknown."""
    found = gaz.lookup(key)
    if not found:
        short = strip_suffix(key, MENTION_SUFFIXES)
        if short:
            found = [(entry, VARIANT) for entry, _ in gaz.lookup(short)]
    return found


def prior(entry: Entry, quality: int) -> float:
    if entry.feature == "city":
        score = math.log10(entry.population + 10) + (CAPITAL_BONUS if entry.capital else 0.0)
    else:
        score = FEATURE_PRIOR.get(entry.feature, 5.0)
    return score - (VARIANT_PENALTY if quality == VARIANT else 0.0)


def score(entry: Entry, quality: int, context: Context) -> float:
    value = prior(entry, quality)
    if entry.country and entry.country in context.countries:
        value += IN_ARTICLE_COUNTRY
    if entry.admin1 and entry.admin1 in context.admin1:
        value += IN_ARTICLE_ADMIN1
    return value


def _within(entry: Entry, qualifier: Entry) -> bool:
    if qualifier.feature == "admin1" and qualifier.admin1 and entry.admin1:
        return entry.admin1 == qualifier.admin1
    # 'Washington, D.C.': the qualifier may be the very place the name denotes.
    return entry == qualifier or (entry.country is not None and entry.country == qualifier.country)


def resolve(
    found: list[tuple[Entry, int]], context: Context, qualifier: Entry | None = None
) -> tuple[Entry | None, float]:
    """The best entry and its margin over the runner-up (a confidence; inf when unopposed)."""
    if qualifier is not None:
        narrowed = [(entry, quality) for entry, quality in found if _within(entry, qualifier)]
        found = narrowed or found
    if not found:
        return None, 0.0
    scored = sorted(((score(e, q, context), i) for i, (e, q) in enumerate(found)), reverse=True)
    best_score, best = scored[0]
    margin = best_score - scored[1][0] if len(scored) > 1 else math.inf
    return found[best][0], margin


def resolve_name(gaz: Gazetteer, name: str, context: Context) -> Entry | None:
    """One free-standing name (a dateline place) in the article's context."""
    return resolve(candidates(gaz, name_key(name)), context)[0]
