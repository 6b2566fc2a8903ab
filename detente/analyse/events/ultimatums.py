"""Ultimatums: an act asked of a party "or face" a penalty ("gave the junta two weeks to restore civilian rule
or face sanctions", "told Damascus to withdraw or face the consequences", "set Iraq a deadline to leave Kuwait
or face military action") is CAMEO's ultimatum (139), whatever verb asks it; the act asked and the penalty
are no events of their own."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .context import Context
from .found import Found
from .grammar import OBJECTS, children, is_coded, is_negated, is_to_infinitive
from .nearest_actors import fall_back
from .subjects import subjects_of

ULTIMATUM = "139"
# Verbs of the penalty the other side is told it will meet: "or face sanctions", "or risk expulsion".
PENALTY_VERBS = {"face", "risk"}
# How an asked act hangs from the verb that asks it: "told X to", "gave X a week to", "set X a deadline to".
ASKED_LINKS = {"xcomp", "advcl", "ccomp"}


def ultimatums(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """The sentence's ultimatums; the asking verb, the act asked and the penalty are claimed."""
    found: list[Found] = []
    for penalty in sent:
        if penalty.lemma_.lower() not in PENALTY_VERBS or penalty.dep_ != "conj" or penalty.i in claimed:
            continue
        asked = penalty.head
        if not any(c.lower_ == "or" for c in children(asked, {"cc"})) or not is_to_infinitive(asked):
            continue
        asker = _asker(asked)
        if asker is None or asker.i in claimed or is_negated(asker):
            continue
        targets = [t for t in ctx.actors.of_tokens(children(asker, OBJECTS | {"dative"})) if is_coded(t.actor)]
        sources, passive = subjects_of(ctx, asker)
        event = Found(ULTIMATUM, asker, [asker, asked, penalty], sources, targets, notes=["ultimatum"])
        fall_back(ctx, event, asker, passive)
        if not event.targets:
            continue  # an ultimatum is given to someone
        claimed.update({asker.i, asked.i, penalty.i})
        found.append(event)
    return found


def _asker(asked: Token) -> Token | None:
    """The verb that asks the act: its head, or the verb of the noun it explains ('set Iraq a deadline to')."""
    head = asked.head
    if asked.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ in OBJECTS:
        head = head.head
    elif asked.dep_ not in ASKED_LINKS:
        return None
    return head if head.pos_ == "VERB" else None
