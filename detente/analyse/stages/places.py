"""Places: every place name in the text geocoded offline, and the dateline's place as reporting place.

Reads the actors stage's output for context (the countries the article's actors belong to; spans it
coded as people are not places) and ``metadata['dateline_place']`` from the reader.
"""

from __future__ import annotations

from typing import Any

from ...model import Place, ReportingPlace
from ..places import Entry, geoparse, load_gazetteer
from ..places.recognise import doc_text
from ..registry import Parsed, stage


def _coordinates(entry: Entry | None) -> dict[str, Any]:
    if entry is None:
        return {}
    return {
        "country": entry.country,
        "lat": round(entry.lat, 5),
        "lon": round(entry.lon, 5),
        "feature": entry.feature,
        "geonames_id": entry.geonames_id,
    }


@stage("places", order=35, fields=("places", "reporting_place"))
def geocode_places(parsed: Parsed) -> dict[str, Any]:
    article = parsed.article
    actor_countries = [
        (actor.country, [(m.start, m.end) for m in actor.mentions]) for actor in article.actors if actor.country
    ]
    # A person the actors stage knows with a title ('Mayor Jackson', later just 'Jackson') is not a
    # place where named; countries and governments are, even as metonyms ('Seoul rejected'). Its
    # organisations and groups are not used: measured on the LGL dev split, the spans it coded so
    # were more often towns ('Alexandria' in 'Alexandria Police') than non-places.
    not_place_spans = {
        (mention.start, mention.end)
        for actor in article.actors
        if actor.kind == "person" and actor.title
        for mention in actor.mentions
    }
    dateline_place = article.metadata.get("dateline_place")
    found, reporting = geoparse(
        parsed.doc,
        load_gazetteer(),
        actor_countries=actor_countries,
        not_place_spans=not_place_spans,
        dateline_place=dateline_place if isinstance(dateline_place, str) else None,
    )
    text = doc_text(parsed.doc)
    # The place as the text gives it, with the generic head written after the name: 'the Kherson
    # region' is reported as 'Kherson region' (geocoded as the oblast), so a clause that governs the
    # head noun ('shelling in the Kherson region') governs the place.
    places = [
        Place(
            name=text[g.toponym.start : g.toponym.head_end or g.toponym.end],
            start=g.toponym.start,
            end=g.toponym.head_end or g.toponym.end,
            in_name=g.toponym.in_name,
            **_coordinates(g.entry),
        )
        for g in found
    ]
    reporting_place = ReportingPlace(name=dateline_place, **_coordinates(reporting)) if dateline_place else None
    return {"places": places, "reporting_place": reporting_place}
