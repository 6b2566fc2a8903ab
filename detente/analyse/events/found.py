"""An event as a sentence shows it, before coding: its code, the tokens that show it, its parties."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .actors import ActorHit


@dataclass
class Found:
    """An event before coding: what the parse and the codebook say, with the tokens that show it."""

    code: str
    anchor: Token  # the verb or noun whose clause the event's date and place hang from
    trigger: list[Token]
    sources: list[ActorHit]
    targets: list[ActorHit]
    negated: bool = False
    nominal: bool = False
    speaker: ActorHit | None = None  # who reports it, when the event sits in reported speech
    reciprocal: bool = False  # "accused each other": every source targets every other source
    notes: list[str] = field(default_factory=list)
    # the roles the learned party linker filled ("source", "target"), each with its probability of the party it chose
    linked: dict[str, float] = field(default_factory=dict)
