"""Events stage: source -> action -> target, coded in CAMEO and PLOVER (see ``detente.analyse.events``)."""

from __future__ import annotations

from ...model import Event
from ..events.coding import article_events
from ..events.patterns import load_codebook
from ..registry import Parsed, stage


@stage("events", order=50, fields=("events",))
def code_events(parsed: Parsed) -> dict[str, list[Event]]:
    return {"events": article_events(parsed.doc, parsed.article, load_codebook())}
