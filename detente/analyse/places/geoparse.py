"""Geoparse one article: recognise toponyms, build the article's geographic context, resolve each name.

Context: the countries of the article's actors (stage 'actors'; only actors not named through a
place name), the dateline's place, then the names that resolve without doubt (countries, states,
names with one candidate or a clear winner). A second pass resolves every name against that context, so "Jeju" in a Korea story is
Jeju, KR and "Springfield" in a story that names Illinois is Springfield, IL.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from .gazetteer import PRIMARY, Entry, Gazetteer, distance_km
from .recognise import Toponym, doc_text, find_toponyms
from .resolve import LOCAL_FEATURES as LOCAL
from .resolve import NEAR_KM, Context, candidates, resolve, resolve_name
from .titles import see_country

CONFIDENT_MARGIN = 2.0  # a first-pass winner this far ahead of the runner-up joins the context
DATELINE_WEIGHT = 2
ACTOR_WEIGHT = 2  # an actor of that country (people, "Greek officials") is independent evidence
QUALIFIER_GAP = {", ", " ,", ","}  # text between a name and the place that qualifies it


@dataclass(frozen=True)
class Geoparsed:
    toponym: Toponym
    entry: Entry | None


def _qualifiers(text: str, toponyms: list[Toponym]) -> dict[int, int]:
    """Index of a toponym -> index of the toponym right after it that qualifies it ('Paris, Texas')."""
    pairs = {}
    for i in range(len(toponyms) - 1):
        if text[toponyms[i].end : toponyms[i + 1].start] in QUALIFIER_GAP:
            pairs[i] = i + 1
    return pairs


def _licensed(entry: Entry | None, context: Context, local: list[Entry]) -> bool:
    """A weak toponym (an ORG/PERSON entity that a gazetteer place is named like) is a place only
    if that place is local to the article: in a state it names, or near its other local places."""
    if entry is None or entry.feature not in LOCAL:
        return False
    if entry.capital and context.countries.get(entry.country or ""):
        return True  # a capital for its government, in a story about its country: 'Avarua had failed to'
    if entry.admin1 and entry.admin1 in context.admin1:
        return True
    return any(n is not entry and distance_km(entry.lat, entry.lon, n.lat, n.lon) <= NEAR_KM for n in local)


def _in_see(toponym: Toponym, options: list[tuple[Entry, int]]) -> list[tuple[Entry, int]]:
    """A listed see or peerage after a title ('Archbishop of Canterbury') is the one in its own country,
    not a bigger namesake elsewhere (the Canterbury region of New Zealand)."""
    country = see_country(toponym.text) if toponym.titled else None
    if country is None:
        return options
    return [(entry, quality) for entry, quality in options if entry.country == country] or options


def geoparse(
    doc: Doc,
    gaz: Gazetteer,
    actor_countries: Iterable[tuple[str, list[tuple[int, int]]]] = (),
    not_place_spans: set[tuple[int, int]] = frozenset(),
    dateline_place: str | None = None,
) -> tuple[list[Geoparsed], Entry | None]:
    """The article's places in text order (entry None when the name is not in the gazetteer), and
    the dateline's place resolved.

    ``actor_countries``: (country code, mention spans) of each actor with a country."""
    context = Context()
    toponyms = find_toponyms(doc, gaz, not_place_spans)
    found = [_in_see(t, candidates(gaz, t.key, t.head)) for t in toponyms]
    place_spans = [(t.start, t.end) for t in toponyms]
    for country, mentions in actor_countries:
        # The actors stage takes countries from place names too ('Athens said', 'Athens Mayor Randy
        # Daniel' -> GRC): such an actor would make a guess about that very name its own evidence.
        # Only actors none of whose mentions touches a place name count ('President Lee', 'Chinese
        # officials') -- seen on the LGL dev split, where local US stories got Greek context.
        independent = not any(s < e2 and s2 < e for s, e in mentions for s2, e2 in place_spans)
        if len(country) == 3 and country.isalpha() and independent:  # ISO alpha-3, not an IGO code
            context.countries[country] += ACTOR_WEIGHT

    for toponym, options in zip(toponyms, found, strict=True):
        if not toponym.weak:
            context.add_hierarchy(options)

    # Pass 1: names that resolve without doubt become context.
    reporting = resolve_name(gaz, dateline_place, context) if dateline_place else None
    if reporting is not None:
        context.add(reporting, DATELINE_WEIGHT)
    first = [resolve(options, context) for options in found]
    for toponym, (entry, margin), options in zip(toponyms, first, found, strict=True):
        # Only a place's own name is evidence: GeoNames alternate names include nicknames
        # ('Acropolis' is listed for Little Rock), fine as a last resort but not as context.
        if toponym.weak or entry is None or not any(e is entry and q == PRIMARY for e, q in options):
            continue
        one_country = len({e.country for e, _ in options}) == 1
        if entry.feature in {"country", "admin1"} or one_country or margin >= CONFIDENT_MARGIN:
            context.add(entry)

    # Pass 2: everything, with the full context, any qualifier next to the name, and the first-pass
    # places of the article's OTHER names as neighbours (local places, one per distinct name).
    local = {
        t.key: entry
        for t, (entry, _), options in zip(toponyms, first, found, strict=True)
        if entry and not t.weak and entry.feature in LOCAL and any(e is entry and q == PRIMARY for e, q in options)
    }
    qualifiers = _qualifiers(doc_text(doc), toponyms)
    results: list[Geoparsed] = []
    resolved: dict[int, Entry | None] = {}
    for i in reversed(range(len(toponyms))):  # right to left, so a qualifier is resolved first
        qualifier = resolved.get(qualifiers[i]) if i in qualifiers else None
        neighbours = [entry for key, entry in local.items() if key != toponyms[i].key]
        resolved[i] = resolve(found[i], context, qualifier, neighbours)[0]
    for i, toponym in enumerate(toponyms):
        if toponym.weak and not _licensed(resolved[i], context, list(local.values())):
            # listed right after a place of the same country: 'in Jaffna and Anuradhapura'
            before = resolved.get(i - 1)
            same = before is not None and resolved[i] is not None and before.country == resolved[i].country
            if not (toponym.listed and same and resolved[i].feature in LOCAL):
                continue
        results.append(Geoparsed(toponym, resolved[i]))
    if dateline_place:
        reporting = resolve_name(gaz, dateline_place, context)
    return results, reporting
