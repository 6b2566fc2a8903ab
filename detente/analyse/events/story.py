"""References back to the story told so far: 'both sides' and 'the two leaders' as the parties of an earlier
event, the doer of an act told before ('condemned the launch'), the adversary of the speaker's side."""

from __future__ import annotations

from spacy.tokens import Token

from .actors import ActorHit, country_of
from .codes import VERBAL_CONFLICT, cameo_code
from .context import Context
from .grammar import is_coded, prep_objects

# How many earlier sentences a reference to the story's parties or acts looks back over.
PAIR_LOOKBACK = 4
ANTECEDENT_LOOKBACK = 3


def story_pair(ctx: Context, token: Token) -> list[ActorHit]:
    """'both sides', 'the two countries', 'the three European states': the parties of the newest earlier
    event between that many sides ('the leaders' alone: the two sides of the sentence just before)."""
    if token.lemma_.lower() not in ctx.linking.pair_nouns or token.tag_ != "NNS":
        # "senior officials of the two countries": the pair owns the phrase
        owners = prep_objects(token, {"of"})
        return story_pair(ctx, owners[0]) if owners and owners[0].i != token.i else []
    counts = [
        ctx.linking.group_words[c.lower_]
        for c in token.children
        if c.lower_ in ctx.linking.group_words and c.dep_ in {"det", "predet", "nummod"}
    ]
    lookback = PAIR_LOOKBACK
    if not counts and _bare_definite(token):
        counts, lookback = [2], 1
    if not counts:
        return []
    # ("received Wang Yi in Hanoi, and both sides pledged": an earlier clause of the same sentence first)
    earlier = [f for f in ctx.current if f.anchor.i < token.i]
    for events in [*ctx.history[-lookback:], earlier][::-1]:
        for found in reversed(events):
            # the two parties of a meeting; the three who criticised someone together
            for parties in (found.sources + found.targets, found.sources, found.targets):
                sides = _sides([h for h in parties if is_coded(h.actor)])
                if len(sides) == counts[0]:
                    return sides
    return []


def _bare_definite(token: Token) -> bool:
    """'the leaders', 'the ministers' with nothing else to say whose: the people of the story just told."""
    modifiers = [c for c in token.children if c.dep_ not in {"det", "punct"}]
    return not modifiers and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _sides(parties: list[ActorHit]) -> list[ActorHit]:
    """The distinct sides among an event's parties: one per country, or, within one country, one per
    code ('the Democratic Republic of Congo and the M23 rebels')."""
    by_country: dict[str, ActorHit] = {}
    for hit in parties:
        by_country.setdefault(country_of(hit), hit)
    if len(by_country) > 1:
        return list(by_country.values())
    by_code: dict[str, ActorHit] = {}
    for hit in parties:
        by_code.setdefault(hit.actor.code or "", hit)
    return list(by_code.values()) if len(by_code) > 1 else []


def adversary_of(ctx: Context, own: set[str]) -> ActorHit | None:
    """The other party of the newest earlier event that involves the speaker's country."""
    recent = [found for events in reversed(ctx.history[-ANTECEDENT_LOOKBACK:]) for found in reversed(events)]
    # a conflict told so far names the adversary better than a meeting or a mediation does
    conflicts = [f for f in recent if cameo_code(f.code).quad_class >= VERBAL_CONFLICT]
    for found in [*conflicts, *recent]:
        parties = [h for h in found.sources + found.targets if is_coded(h.actor)]
        if any(country_of(h) in own for h in parties):
            others = [h for h in parties if country_of(h) not in own]
            if others:
                return others[0]
    return None


def earlier_doers(ctx: Context, kind: str | None, own: set[str]) -> list[ActorHit]:
    """The doer of the newest act told in the last sentences that is of the CAMEO root ``kind``, else of the
    newest act by another country than ``own`` (the reactor's): whom 'condemned the launch' is aimed at."""
    candidates = [
        (found, hit)
        for events in reversed(ctx.history[-ANTECEDENT_LOOKBACK:])
        for found in reversed(events)
        for hit in found.sources[:1]
        if is_coded(hit.actor) and country_of(hit) not in own
    ]
    same_kind = [c for c in candidates if kind is not None and c[0].code[:2] == kind[:2]]
    chosen = (same_kind or candidates)[:1]
    return [hit for _found, hit in chosen]
