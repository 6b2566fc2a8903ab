"""A learned party linker: which actor mention of an act's sentence (or the sentence before) is its source or target.

The rules find most acts of real news but often not their parties ("no parties", a source and no target). A
logistic model over a few features per (act, mention, role) (``features``), trained on the hand-coded wire DEV
events (``train``; weights and policy in ``detente/data/learned/linker.json``), scores every coded mention as the
act's source and as its target. Its policy, chosen by cross-validation, says whether it fills a missing party,
replaces the rules' choice, both or neither. It never gives an act a party of the other party's side."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Span

from ..actors import ActorHit, ActorIndex, side_of
from ..codes import cameo_code
from ..found import Found
from .features import ROLES, SOURCE, Mention, candidates, mention_features, role_features
from .model import LinkerModel, load_linker_model

__all__ = ["LinkerModel", "link_parties", "load_linker_model", "recording", "using"]

LINKED = "linked"  # a note on a found act whose party the linker gave

# Set while ``recording()`` is open: one record per act the linker saw, for the training script.
_recorded: list[dict] | None = None
# Set while ``using()`` is open: the model in force instead of the shipped one (cross-validation).
_model: LinkerModel | None = None


def link_parties(found: Found, sent: Span, index: ActorIndex, aimed: ActorHit | None) -> None:
    """Fill or replace the act's parties where the model's policy says so (``aimed``: the speaker a conflict
    told by another side's speaker is aimed at, the rules' target when it names none)."""
    model = _model or load_linker_model()
    if model.policy == "off" and _recorded is None:
        return
    mentions = candidates(found, sent, index)
    bases = [mention_features(found, m, sent) for m in mentions]
    targets = found.targets or ([aimed] if aimed is not None else [])
    scored = {
        role: [role_features(found, m, b, role, targets) for m, b in zip(mentions, bases, strict=True)]
        for role in ROLES
    }
    if _recorded is not None:
        _recorded.append(_record(found, sent, mentions, scored, targets))
    if not mentions:
        return
    chances = {role: [model.probability(f) for f in rows] for role, rows in scored.items()}
    for role in ROLES:
        chosen = found.sources if role == SOURCE else targets
        if not chosen and model.fills:
            _fill(found, role, mentions, chances[role], model.fill_at)
        elif len(chosen) == 1 and model.replaces:
            _replace(found, role, mentions, chances[role], model.replace_at)


def _other_sides(found: Found, role: str) -> set[str]:
    other = found.targets if role == SOURCE else found.sources
    return {side_of(h.actor.code) for h in other}


def _best(found: Found, role: str, mentions: list[Mention], chances: list[float]) -> tuple[Mention, float] | None:
    """The likeliest filler of a role that is not of the other party's side (no actor acts on itself)."""
    banned = _other_sides(found, role)
    allowed = [(m, p) for m, p in zip(mentions, chances, strict=True) if m.side not in banned]
    return max(allowed, key=lambda mp: mp[1]) if allowed else None


def _set(found: Found, role: str, mention: Mention) -> None:
    if role == SOURCE:
        found.sources = [mention.hit]
    else:
        found.targets = [mention.hit]
    found.notes.append(LINKED)


def _fill(found: Found, role: str, mentions: list[Mention], chances: list[float], threshold: float) -> None:
    best = _best(found, role, mentions, chances)
    if best is not None and best[1] >= threshold:
        _set(found, role, best[0])
        # the acceptance model reads which role was filled and how sure the linker was (most such acts are no event)
        found.linked[role] = best[1]


def _replace(found: Found, role: str, mentions: list[Mention], chances: list[float], threshold: float) -> None:
    """Swap the rules' one party for the model's choice when the model is sure of it and unsure of the rules'."""
    chosen = (found.sources if role == SOURCE else found.targets)[0]
    ruled = [p for m, p in zip(mentions, chances, strict=True) if m.side == side_of(chosen.actor.code)]
    best = _best(found, role, mentions, chances)
    if best is None or best[0].side == side_of(chosen.actor.code) or best[1] < threshold:
        return
    if max(ruled, default=0.0) < 1.0 - threshold:
        _set(found, role, best[0])


def _record(found: Found, sent: Span, mentions: list[Mention], scored: dict, targets: list[ActorHit]) -> dict:
    return {
        "span": [sent.start_char, sent.end_char],
        "root": cameo_code(found.code).root,
        "rules": {
            "source": sorted({side_of(h.actor.code) for h in found.sources}),
            "target": sorted({side_of(h.actor.code) for h in targets}),
        },
        "mentions": [{"side": m.side, **{role: scored[role][k] for role in ROLES}} for k, m in enumerate(mentions)],
    }


@contextmanager
def recording() -> Iterator[list[dict]]:
    """Collect a record of every act the linker sees while open (single process: the training script)."""
    global _recorded
    _recorded = []
    try:
        yield _recorded
    finally:
        _recorded = None


@contextmanager
def using(model: LinkerModel) -> Iterator[None]:
    """Run with this model instead of the shipped one while open (the training script's cross-validation)."""
    global _model
    _model = model
    try:
        yield
    finally:
        _model = None
