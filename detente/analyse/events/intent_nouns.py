"""Intentions told as a noun: "announced plans to deepen military ties with France", "unveiled plans to amend
the constitution", "expressed its wish to strengthen cooperation with Seoul" are an intent (03) to do the
act the noun's infinitive names, by whoever makes it known, as "planned to" and "wished to" are."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import ActorHit
from .context import Context
from .found import Found
from .grammar import OBJECTS, children, is_coded, is_negated, is_to_infinitive, named_owners, prep_objects
from .noun_triggers import noun_code
from .objects import TARGET_PREPS, coded_first, objects_of, phrasal_targets
from .subjects import subjects_of
from .verb_triggers import verb_code

# Nouns of intent besides those of the intent verbs ("plan", "wish", "pledge", "offer", "promise" ...).
INTENT_NOUNS = {"intention", "readiness", "willingness", "commitment", "determination", "desire", "resolve"}
# Prepositions of the place an intended trip goes to ("plans to travel to Kyiv").
DESTINATION_PREPS = {"to", "in"}
# Verbs that make an intention known; a plan shelved, denied or dropped is no intent ("scrapped plans to").
TELLING_VERBS = {
    "announce",
    "unveil",
    "outline",
    "reveal",
    "disclose",
    "express",
    "voice",
    "signal",
    "reaffirm",
    "reiterate",
    "confirm",
    "declare",
    "present",
    "state",
}


def intended_contents(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """The intents of the sentence told as a noun with an infinitive; the noun and the act are claimed."""
    intent = ctx.codebook.modalities.get("intent")
    if intent is None:
        return []
    found: list[Found] = []
    for noun in sent:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or noun.i in claimed or (lemma not in intent.verbs and lemma not in INTENT_NOUNS):
            continue
        verb = noun.head
        if noun.dep_ not in OBJECTS or verb.lemma_.lower() not in TELLING_VERBS or is_negated(verb):
            continue
        inner = next((c for c in children(noun, {"acl"}) if c.pos_ == "VERB" and is_to_infinitive(c)), None)
        coded = verb_code(ctx, inner) if inner is not None else None
        if coded is None or is_negated(inner):
            continue
        code, trigger, light = coded
        sources = ctx.actors.of_tokens(named_owners(noun)) or subjects_of(ctx, verb)[0]
        if not sources:
            continue
        targets = coded_first(
            objects_of(ctx, inner, [light] if light is not None else []), phrasal_targets(ctx, trigger)
        )
        # ("announced plans to travel to Tbilisi": the place gone to names the party, read with the places)
        goes_to = any(w.pos_ == "ADP" and w.lower_ in DESTINATION_PREPS and children(w, {"pobj"}) for w in trigger[1:])
        # (a trip officials plan; "a Korean singer announced plans to travel to Paris" is none)
        official = any(h.actor.role in ctx.linking.official_roles for h in sources)
        if not targets and not (goes_to and official):
            continue  # (left to the other readings: "signalled its readiness to sit down for talks with X")
        claimed.update({noun.i, inner.i, verb.i, *([light.i] if light is not None else [])})
        found.append(Found(intent.transform(code), verb, [verb, noun, *trigger], sources, targets, notes=["intent"]))
    return found


# Prepositions by which an adjective of intent takes the act intended: "open to talks", "ready for dialogue".
INTENDED_BY = {"to", "for"}


def intended_acts(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """'Tehran remained open to talks with Washington', 'Seoul is ready for dialogue with Pyongyang', 'was open
    to meeting Zelenskiy': an adjective of intent (verbs.yaml ``intent_adjectives``) that takes an event noun
    or a gerund is an intent to do that act, by the subject of its copula, aimed at the act's party."""
    intent = ctx.codebook.modalities.get("intent")
    if intent is None:
        return []
    found: list[Found] = []
    for adjective in sent:
        if adjective.pos_ != "ADJ" or adjective.lemma_.lower() not in ctx.codebook.intent_adjectives:
            continue
        if adjective.dep_ not in {"acomp", "oprd"} or is_negated(adjective.head):
            continue
        for prep in children(adjective, {"prep"}):
            if prep.lower_ not in INTENDED_BY:
                continue
            act = next(iter(children(prep, {"pobj", "pcomp"})), None)
            if act is None or act.i in claimed:
                continue
            coded = noun_code(ctx, act) if act.pos_ == "NOUN" else None
            verbal = verb_code(ctx, act) if act.pos_ == "VERB" else None
            code = coded[0] if coded else verbal[0] if verbal else None
            if code is None:
                continue
            sources = subjects_of(ctx, adjective.head)[0]
            if not sources:
                continue
            if act.pos_ == "NOUN":
                targets = ctx.actors.of_tokens(prep_objects(act, TARGET_PREPS))
            else:
                targets = coded_first(objects_of(ctx, act, []), phrasal_targets(ctx, verbal[1]))
            keys = {h.key for h in sources}
            targets = [t for t in targets if t.key not in keys]
            if not targets:
                continue  # ("ready for the winter", "open to the public": no act with a party)
            claimed.update({adjective.i, act.i})
            found.append(Found(intent.transform(code), adjective, [adjective, act], sources, targets, notes=["intent"]))
    return found


# Possessive pronouns that stand for a party named elsewhere in the clause ("criticised Serbia for its refusal").
STANDING_POSSESSIVES = {"its", "their"}


def refused_acts(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """'Bogota's refusal to let two US military planes land', 'criticised Serbia for its refusal to align with EU
    sanctions': a noun of refusal (verbs.yaml ``refusal_nouns``) with the act refused as its infinitive is its
    owner's refusal of that act (modality refusal), aimed at the act's party, as 'Bogota refused to let' is;
    an act the codebook does not code is refused as a rejection when it is done to something."""
    refusal = ctx.codebook.modalities.get("refusal")
    if refusal is None:
        return []
    found: list[Found] = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.i in claimed or noun.lemma_.lower() not in ctx.codebook.refusal_nouns:
            continue
        inner = next((c for c in children(noun, {"acl"}) if c.pos_ == "VERB" and is_to_infinitive(c)), None)
        if inner is None or is_negated(inner) or children(inner, {"auxpass"}):
            continue
        coded = verb_code(ctx, inner)
        if coded is None and not _done_to_something(ctx, inner):
            continue
        code, trigger, light = coded if coded is not None else ("", [inner], None)
        sources = _refusers(ctx, noun)
        targets = coded_first(
            objects_of(ctx, inner, [light] if light is not None else []), phrasal_targets(ctx, trigger)
        )
        keys = {h.key for h in sources}
        targets = [t for t in targets if t.key not in keys]
        if not sources or not targets:
            continue
        claimed.update({noun.i, inner.i, *([light.i] if light is not None else [])})
        event = Found(refusal.transform(code), noun, [noun, *trigger], sources, targets, nominal=True)
        event.notes.append("modality:refusal")
        found.append(event)
    return found


def _done_to_something(ctx: Context, act: Token) -> bool:
    """Whether an uncoded act refused is done to something and is no withholding of words ('refusal to comment')."""
    lemma = ctx.codebook.verb_lemma(act.lemma_, act.lower_)
    done_to = children(act, OBJECTS | {"prt", "prep"})
    withheld = ctx.codebook.withheld_acts
    return (
        bool(done_to) and lemma not in withheld and all(f"{lemma} {o.lemma_.lower()}" not in withheld for o in done_to)
    )


def _refusers(ctx: Context, noun: Token) -> list[ActorHit]:
    """Who refuses: the noun's owner ('Bogota's refusal', 'the refusal of Serbia'); for 'its refusal', the party
    the clause names it of ('criticised Serbia for its refusal') or the clause's doer ('Serbia restated its
    refusal')."""
    named = ctx.actors.of_tokens(named_owners(noun, ("of", "by")))
    if named:
        return [h for h in named if is_coded(h.actor)]
    if not any(c.dep_ == "poss" and c.lower_ in STANDING_POSSESSIVES for c in noun.children):
        return []
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    objects = [h for h in ctx.actors.of_tokens(children(verb, OBJECTS)) if is_coded(h.actor)]
    if noun.dep_ == "pobj" and objects:
        return objects
    return [h for h in subjects_of(ctx, verb)[0] if is_coded(h.actor)]
