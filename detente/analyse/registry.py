"""The analysis stages: pure functions of a parsed document, registered here and run in order.

A stage receives a :class:`Parsed` (the spaCy ``Doc`` of the article text plus the article record as
filled by earlier stages) and returns a dict of article fields to set. It does no I/O. Adding a stage
means writing a module in ``detente/analyse/stages/`` that decorates its function with :func:`stage`
and listing that module in ``stages/__init__.py``; no other stage changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from ..model import Article


@dataclass(frozen=True)
class Parsed:
    """What every stage sees: the parse and the article as filled so far (read-only by convention)."""

    doc: Doc
    article: Article


StageFunction = Callable[[Parsed], dict[str, Any]]


@dataclass(frozen=True)
class Stage:
    name: str
    order: int
    function: StageFunction
    fields: tuple[str, ...]


STAGES: dict[str, Stage] = {}


def stage(name: str, *, order: int, fields: tuple[str, ...]) -> Callable[[StageFunction], StageFunction]:
    """Register an analysis stage that fills ``fields`` of the article; lower ``order`` runs first."""

    def register(function: StageFunction) -> StageFunction:
        if name in STAGES and STAGES[name].function is not function:
            raise ValueError(f"analysis stage {name!r} is registered twice")
        STAGES[name] = Stage(name, order, function, fields)
        return function

    return register


def ordered_stages(only: set[str] | None = None) -> list[Stage]:
    from . import stages  # noqa: F401  (importing the package registers every stage)

    chosen = [s for s in STAGES.values() if only is None or s.name in only]
    return sorted(chosen, key=lambda s: (s.order, s.name))
