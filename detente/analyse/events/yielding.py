"""A party dropping its own plan under pressure: "suspended a proposed cull after 10,000 people signed a petition
against it", "shelved the fuel price increase amid protests", "scrapped the tax in the face of public opposition".
CAMEO codes a policy given up in answer to others' demands as acceding to them (0832); the plan alone dropped, with
no pressure told, is no act toward anyone."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .grammar import OBJECTS, PASSIVE_SUBJECTS, children, is_word

# The code of a policy given up in answer to demands.
YIELDED_POLICY = "0832"
# Links under which the verb tells why it acted: "after ...", "amid ...", "in the face of ...", "following ...".
CAUSE_LINKS = {"prep", "advcl"}


def yielded_plan(ctx: Context, verb: Token) -> tuple[str, list[Token], Token] | None:
    """(code, trigger, plan noun) when a verb of giving up (linking.yaml ``yielding_verbs``) takes the doer's own
    plan (``own_plan_nouns``) and says it was done under pressure (``pressure_words`` in a clause or phrase of
    cause on the verb)."""
    linking = ctx.linking
    if not is_word(verb, linking.yielding_verbs):
        return None
    plans = [n for n in children(verb, OBJECTS | PASSIVE_SUBJECTS) if is_word(n, linking.own_plan_nouns)]
    if not plans or not _under_pressure(ctx, verb):
        return None
    return YIELDED_POLICY, [verb, plans[0]], plans[0]


def _under_pressure(ctx: Context, verb: Token) -> bool:
    """Whether a phrase or clause of cause on the verb names pressure: 'after ... signed a petition', 'amid
    protests', 'in the face of strong public opposition' (also on the framing verb: 'decided to suspend ...')."""
    heads = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    causes = [c for h in heads for c in h.children if c.dep_ in CAUSE_LINKS and c.lower_ in ctx.linking.cause_words]
    causes += [c for h in heads for c in children(h, {"advcl"}) if _marked(c, ctx.linking.cause_words)]
    return any(is_word(t, ctx.linking.pressure_words) for cause in causes for t in cause.subtree)


def _marked(clause: Token, marks: frozenset[str]) -> bool:
    """Whether an adverbial clause is introduced by one of ``marks`` ('after 10,000 people signed ...')."""
    return any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)
