"""Propose an event for a sentence where the rules found none, from the learned model's reading of its trigger.

The model (``model``) says which CAMEO root the sentence's trigger clause most likely codes, or that it codes
none (a model trained to read the sentence's embedding as well gets it, computed only for a sentence whose trigger
could carry a proposal). The parties come from the rule coder's own machinery: the trigger's subject (or a passive's agent) is the
doer, its object (or a passive's subject) the target, else the nearest coded actors of its clause
(``nearest_actors.fall_back``). The code is the root's generic one ("040", "190"). A proposal is kept only when
it is firm: the trigger is a verb of an act (not "is", "has") that the codebook does not already decide on, the root is not one of the vaguest (statement,
intent), its probability reaches the threshold chosen by cross-validation on DEV, the act is not negated or
only possible, and both parties are coded actors of different countries (with the model's ``states_only``:
states, their organs or international organisations; a party-less guess is where false alarms come from). Proposals carry the note ``learned``: the coder gives them
a lower confidence and marks their Event records ``origin="learned"``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Span, Token

from ...embeddings import sentence_embedding
from ..actors import STATE_ORGANS, ActorHit, country_of
from ..context import Context
from ..found import Found
from ..grammar import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    children,
    is_coded,
    is_future,
    is_hypothetical,
    is_negated,
    obligation_of,
)
from ..nearest_actors import fall_back
from ..objects import objects_of
from ..patterns import Codebook
from ..subjects import subjects_of
from .features import SPORT, clause_features, previous_sentence, sentence_features, trigger_of
from .model import load_proposer

LEARNED = "learned"  # the note a proposal carries to the coder
# While training reads the DEV data (the rules' events alone are wanted): each block's list of the sentences the
# proposer was asked about (their start offsets), the ones where the rules' extractor found no act at all.
_SWITCHED_OFF: list[list[int]] = []


@contextmanager
def switched_off() -> Iterator[list[int]]:
    """No proposals inside this block (the training script reads what the rules alone find); yields the start
    offsets of the sentences the proposer would have been asked about, so training sees only those."""
    _SWITCHED_OFF.append([])
    try:
        yield _SWITCHED_OFF[-1]
    finally:
        _SWITCHED_OFF.pop()


def generic_code(root: str) -> str:
    """The root's own code, "not specified below": 04 -> 040."""
    return f"{root}0"


def proposed_parties(ctx: Context, trigger: Token, code: str, previous: bool = False) -> Found:
    """The event a trigger's clause would be with this code, its parties found as the rule coder finds them
    (with ``previous``, the previous sentence's coded actors after the sentence's own)."""
    sources, passive = subjects_of(ctx, trigger)
    if passive:
        targets = ctx.actors.of_tokens(children(trigger, PASSIVE_SUBJECTS))
    else:
        targets = [t for t in objects_of(ctx, trigger, []) if all(t.key != s.key for s in sources)]
    found = Found(code=code, anchor=trigger, trigger=[trigger], sources=sources, targets=targets, notes=[LEARNED])
    fall_back(ctx, found, trigger, passive)
    spans = [trigger.sent]
    before = previous_sentence(trigger.sent) if previous else None
    _sentence_parties(ctx, found, [*spans, *([before] if before is not None else [])])
    return found


def _named(ctx: Context, sent: Span) -> list[ActorHit]:
    """The coded actors a sentence names, in their order."""
    hits = sorted(ctx.actors.overlapping(sent.start_char, sent.end_char), key=lambda h: h[0])
    return [ActorHit(actor) for _s, _e, actor in hits if is_coded(actor)]


def _sentence_parties(ctx: Context, found: Found, sents: list[Span]) -> None:
    """When the clause names no coded party: the sentence's first coded actor does it, and the first coded actor
    of another country is its target (a sentence about two states is most often about their relation); the
    sentences after the first (the previous one) are read only after it (news names the parties once, then
    tells what they did: "Ministers of X and Y met on Monday. They signed ...")."""
    named = [hit for sent in sents for hit in _named(ctx, sent)]
    if not any(is_coded(s.actor) for s in found.sources):
        found.sources = named[:1]
        found.notes.append("guessed-source")
    source = next((s for s in found.sources if is_coded(s.actor)), None)
    if source is not None and not any(is_coded(t.actor) for t in found.targets):
        others = [h for h in named if country_of(h) != country_of(source)]
        if others:
            found.targets = others[:1]
            found.notes.append("guessed-target")


def _state_or_organisation(hit: ActorHit) -> bool:
    """A state, one of its organs, or an international organisation ("IGO..."): the parties of relations between
    states, which a guess may name (a company, a rebel group or the media is left to the rules)."""
    code = hit.actor.code or ""
    return code[:3] == "IGO" or len(code) == 3 or code[3:6] in STATE_ORGANS


def between_states(found: Found, states_only: bool = True) -> bool:
    """Both parties coded, of different countries (or organisations); with ``states_only``, both states or IGOs.
    A firm proposal keeps only that one pair: a guess repeated for every coordinated party multiplies its error."""
    source = next((s for s in found.sources if is_coded(s.actor)), None)
    target = next((t for t in found.targets if is_coded(t.actor)), None)
    if source is None or target is None or country_of(source) == country_of(target):
        return False
    if states_only and not (_state_or_organisation(source) and _state_or_organisation(target)):
        return False
    found.sources, found.targets = [source], [target]
    return True


def rules_decide(codebook: Codebook, lemma: str) -> bool:
    """A verb the codebook codes by itself, frames another act with, or lists as no event ("calls the island
    Diaoyu"): where the rules found nothing on it, that is their decision, not a gap a guess should fill."""
    return lemma in codebook.verbs or lemma in codebook.modal_verbs or lemma in codebook.non_event_verbs


def not_done(trigger: Token) -> bool:
    """An act denied, only possible, owed or to come ("did not", "could", "must", "will"), or done to nothing
    ("made no mention", "bears no ill will"): CAMEO codes none of them, and a guess must not."""
    if is_negated(trigger) or is_hypothetical(trigger) or is_future(trigger) or obligation_of(trigger):
        return True
    return any(
        child.dep_ in OBJECTS and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
        for child in trigger.children
    )


def proposed_events(ctx: Context, sent: Span) -> list[Found]:
    """At most one firm proposal for a sentence (call it only when the rules found no event there)."""
    if _SWITCHED_OFF:
        _SWITCHED_OFF[-1].append(sent.start_char)
        return []
    model = load_proposer()
    if model is None:
        return []
    trigger, reporter = trigger_of(sent)
    if not_done(trigger) or rules_decide(ctx.codebook, trigger.lemma_.lower()):
        return []
    lemma = trigger.lemma_.lower()
    if not model.reads_trigger(trigger.pos_, lemma):
        return []  # (before the embedding: a trigger no root could be proposed for is not worth embedding)
    embedding = sentence_embedding(sent) if model.reads_embeddings else None
    features = clause_features(trigger, reporter, sent, ctx.actors)
    root, probability = model.reading(features, embedding)
    if not model.proposes(trigger.pos_, lemma, root, probability):
        return []
    whole = sentence_features(sent, ctx.actors, ctx.linking)
    if SPORT in whole:
        return []  # a match is no act between states (the rule coder drops sport contests too)
    if model.gate is not None and not model.gate.passes(features + whole):
        return []  # the sentence, read as a whole, is not one that reports a codable act
    found = proposed_parties(ctx, trigger, generic_code(root), model.previous_sentence)
    return [found] if between_states(found, model.states_only) else []
