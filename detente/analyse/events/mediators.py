"""A third party's part in an act of others, told as a modifier of that act's noun: "Israel and Hamas agreed to a
ceasefire mediated by Egypt", "restored ties in a China-brokered deal", "agreed to a truce after talks in Doha
hosted by Qatar". The mediator (or host) acts towards the parties of the act the noun belongs to; it is no party
of that act itself ("agreed to a Russian-brokered truce" is not an agreement with Russia)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import ActorHit, country_of
from .codes import VERBAL_CONFLICT, cameo_code
from .context import Context
from .coordination import coordinated
from .found import Found
from .grammar import children, is_coded, prep_objects

# How a mediation verb hangs from the act's noun: a reduced relative ("mediated by") or a hyphened modifier
# ("US-brokered").
MODIFIER_DEPS = {"acl", "amod"}
# Words of a hyphened modifier that name the mediator ("US-brokered", "Egyptian-mediated").
NAMING_DEPS = {"npadvmod", "compound", "nmod", "amod", "advmod", "nsubj"}
# Arcs from a noun up to the verb whose act it is ("agreed to a ceasefire", "signed the deal", "the truce ...
# was signed", "after talks in Doha": the noun is the object or subject of that verb or of its preposition).
UP_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass", "attr", "prep", "appos"}


def mediations(ctx: Context, sent: Span, events: list[Found], claimed: set[int]) -> list[Found]:
    """Mediation and hosting events of one sentence, from the mediation verbs that modify an act's noun."""
    found: list[Found] = []
    for token in sent:
        code = ctx.codebook.mediation_verbs.get(ctx.codebook.verb_lemma(token.lemma_, token.lower_))
        if code is None or token.dep_ not in MODIFIER_DEPS or token.i in claimed:
            continue
        # (a verb event of its own that names whom it mediates between stands: "a deal brokered between X and Y")
        coded_as_verb = [f for f in events if f.anchor.i == token.i]
        if any(is_coded(t.actor) for f in coded_as_verb for t in f.targets):
            continue
        mediators = [m for m in _mediators(ctx, token) if is_coded(m.actor)]
        if not mediators:
            continue
        noun = token.head
        acts = _acts_of(noun, events)
        own = {country_of(m) for m in mediators}
        parties = _parties(ctx, noun, acts)
        parties = [p for p in parties if is_coded(p.actor) and country_of(p) not in own]
        if not parties:
            continue
        for act in acts:
            # the mediator named in the act's noun is no party of an agreement ("agreed to a Russian-brokered
            # truce"); a deal rejected may be rejected to its broker's face ("rejected the US-brokered deal")
            if cameo_code(act.code).quad_class < VERBAL_CONFLICT:
                act.targets = [t for t in act.targets if country_of(t) not in own]
        claimed.add(token.i)
        for f in coded_as_verb:
            events.remove(f)  # ("mediated by Egypt" read as Egypt's act towards no one)
        # (the mediation is told with the act it brought about: its date and place are that act's)
        anchor = acts[0].anchor if acts else token
        found.append(Found(code, anchor, [token], mediators, parties, notes=["mediator"]))
    return found


def _mediators(ctx: Context, verb: Token) -> list[ActorHit]:
    """'mediated by Egypt and Qatar': the agent; 'US-brokered': the word before the hyphen."""
    if verb.dep_ == "acl":
        return coordinated(ctx, prep_objects(verb, {"by"}))
    named = [c for c in children(verb, NAMING_DEPS) if c.i < verb.i]
    if not named and verb.i >= 2 and verb.doc[verb.i - 1].text == "-":
        named = [verb.doc[verb.i - 2]]
    return ctx.actors.of_tokens(named)


def _acts_of(noun: Token, events: list[Found]) -> list[Found]:
    """The events the noun belongs to: those it triggers, else those of the nearest verb above it."""
    own = [f for f in events if any(t.i == noun.i for t in f.trigger) or f.anchor.i == noun.i]
    if own:
        return own
    head = noun
    while head.dep_ in UP_DEPS and head.head.i != head.i:
        head = head.head
        if head.pos_ in {"VERB", "AUX"}:
            return [f for f in events if f.anchor.i == head.i]
    return []


def _parties(ctx: Context, noun: Token, acts: list[Found]) -> list[ActorHit]:
    """'a deal between Ethiopia and Somalia', 'an agreement reached between ...': those it is between; else the
    doers and targets of its act."""
    heads = [noun, *(c for c in children(noun, {"acl"}) if c.pos_ == "VERB")]
    between = coordinated(ctx, [o for h in heads for o in prep_objects(h, {"between", "among"})])
    if len(between) >= 2:
        return between
    parties: dict[str, ActorHit] = {}
    for act in acts:
        for hit in [*act.sources, *act.targets]:
            parties.setdefault(hit.key, hit)
    return list(parties.values())
