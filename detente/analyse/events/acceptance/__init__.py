"""How likely a rule-coded event is one a careful analyst would code with this code and these parties.

A logistic model over what the rules saw when they coded the event (``features``), trained on the DEV
composed stories and sentences only (``train``; weights in ``detente/data/learned/acceptance.json``). Its
probability is the event's ``confidence``; the hand-set score the rules give is one of its features, and the
rules' ranking of a sentence's events is kept (``order``). Events with no features (made by another stage,
such as a learned proposer) keep the confidence they came with."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from ....model import Event
from .features import Features, article_features, event_features, rule_coded
from .model import AcceptanceModel, load_acceptance_model
from .order import in_rule_order, rule_rank, sentence_leads

BARE_STATEMENT_ROOT = "01"  # "made a statement": the rules rank it after an act of the same confidence

__all__ = [
    "AcceptanceModel",
    "Features",
    "accept",
    "event_features",
    "floor_drops",
    "keep_every_event",
    "load_acceptance_model",
    "recording",
    "rule_coded",
]

# Set while ``recording()`` is open: every scored article's (events, features), for the training script.
_recorded: list[tuple[list[Event], list[Features]]] | None = None
# Set while ``keep_every_event()`` is open: the floor drops nothing (what the rules alone code, for their tests).
_keep_all = False


def accept(events: list[Event], features: Sequence[Features | None], sentences: int) -> list[bool]:
    """Which of the article's events are kept, each given the model's probability as confidence, in the rules'
    order within each sentence (``order``); below the model's floor, if it has one, an event is dropped unless it
    is its sentence's leading event. ``features`` holds each rule-coded event's own features at its position
    (None for an event made by another stage, which keeps its confidence and is kept)."""
    model = load_acceptance_model()
    scored = [position for position, f in enumerate(features) if f is not None]
    full = article_features([events[i] for i in scored], [features[i] for i in scored], sentences)
    if _recorded is not None:
        _recorded.append(([events[i] for i in scored], full))
    ranks = [
        rule_rank(f["rule-confidence"], events[i].target_actor is not None, events[i].root == BARE_STATEMENT_ROOT, i)
        for i, f in zip(scored, full, strict=True)
    ]
    sentence_of = [events[i].sentence for i in scored]
    probabilities = in_rule_order(sentence_of, ranks, [model.probability(f) for f in full])
    leading = {scored[lead] for lead in sentence_leads(sentence_of, ranks)}
    kept = [True] * len(events)
    for position, p in zip(scored, probabilities, strict=True):
        events[position].confidence = round(p, 3)
        # the floor thins a sentence's weaker events; it never empties a sentence the rules found an act in
        floored = model.floor is not None and p < model.floor
        kept[position] = not floored or position in leading or _keep_all or _recorded is not None
    return kept


@contextmanager
def recording() -> Iterator[list[tuple[list[Event], list[Features]]]]:
    """Collect every scored article's events and features while open (single process: the training script)."""
    global _recorded
    _recorded = []
    try:
        yield _recorded
    finally:
        _recorded = None


@contextmanager
def keep_every_event() -> Iterator[None]:
    """Score events without dropping any under the floor while open: what the rules code, confidence aside."""
    global _keep_all
    _keep_all = True
    try:
        yield
    finally:
        _keep_all = False


def floor_drops() -> bool:
    """Whether floors drop events now: not while ``keep_every_event()`` or ``recording()`` is open."""
    return not _keep_all and _recorded is None
