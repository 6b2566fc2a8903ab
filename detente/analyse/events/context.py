"""What every step of finding an article's events consults: the codebook, the article's actors, the linking
lists, and the events told so far (which "both sides", "the protest" refer back to)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Place
from .actors import ActorIndex
from .found import Found
from .linking import Linking
from .patterns import Codebook


@dataclass
class Context:
    """One article's reading state; the only state the event finders share (all else are functions of tokens)."""

    codebook: Codebook
    actors: ActorIndex
    linking: Linking
    # events of the article's earlier sentences, newest last: what "the protest", "both sides" refer to
    history: list[list[Found]] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)  # the article's places, in text order
    current: list[Found] = field(default_factory=list)  # the verbal events of the sentence at hand, so far
    dateline: str | None = None  # the country the article is filed from, when the reader took its dateline off
