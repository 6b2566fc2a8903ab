"""Actors: every person, organisation, government and country the article mentions, coded CAMEO-style.

See :mod:`detente.analyse.actors` for the rules and :mod:`detente.analyse.actors.lexicon` for the data
and for running the stage with extra dictionary entries (``using_lexicon``).
"""

from __future__ import annotations

from ...model import Actor
from ..actors.extract import find_actors
from ..registry import Parsed, stage


@stage("actors", order=20, fields=("actors",))
def code_actors(parsed: Parsed) -> dict[str, list[Actor]]:
    return {"actors": find_actors(parsed.doc, parsed.article)}
