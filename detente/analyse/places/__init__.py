"""Offline geoparsing: recognise place names in a parsed article and geocode them with a gazetteer.

``gazetteer`` builds (and caches) the name index, ``recognise`` finds toponym spans (with the place
cues of ``cues``), ``resolve`` scores a name's candidates in the article's context, ``geoparse`` runs
both over one article.
The analysis stage that fills ``Article.places`` is ``detente/analyse/stages/places.py``.
"""

from .gazetteer import Entry, Gazetteer, distance_km, load_gazetteer
from .geoparse import Geoparsed, geoparse

__all__ = ["Entry", "Gazetteer", "Geoparsed", "distance_km", "geoparse", "load_gazetteer"]
