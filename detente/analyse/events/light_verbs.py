"""Light verbs: a verb whose noun carries the event ("imposed sanctions", "held talks", "called off the
visit"), and the act a noun is when aimed at a party ("launched missiles at Japan")."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .grammar import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    children,
    fronted_doer,
    is_to_infinitive,
    next_token,
    prep_objects,
    relative_object,
    with_conjuncts,
)
from .noun_triggers import non_event_compound

# Prepositions under which a light verb's noun may sit: "put under investigation", "withdrew from the treaty",
# "taken into custody", "acted as a mediator", "asked for aid", "pulled out of the talks".
LIGHT_NOUN_PREPS = {"in", "on", "to", "under", "from", "with", "into", "as", "for", "of"}
# Prepositions that aim an act at a party: "launched missiles at Japan", "fired rockets into Israel".
AIMED_PREPS = {"at", "into", "on", "onto", "toward", "towards", "against"}
# Bare statements: a message or letter says no more than that something was said.
STATEMENT_ROOT = "01"
# Finding a party guilty (CAMEO 116): a verdict or finding of acquittal is none.
GUILT_CODE = "116"
# Entities that name a place: what control is taken of, or a closure is of, may be one ("the closure of Gaza").
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}


def light_noun(ctx: Context, verb: Token) -> tuple[str | None, Token] | None:
    """(code, noun) of the noun a light verb takes ("imposed sanctions"); a None code is a phrase the
    codebook marks as no event ("struck a balance"). A phrasal light verb ("called off the talks") first."""
    lemma = ctx.codebook.verb_lemma(verb.lemma_, verb.lower_)
    keys = [f"{lemma} {p.lower_}" for p in particles_of(verb)]
    # "called in the ambassador": the particle parsed as the preposition of the object right after the verb
    follower = next_token(verb)
    if follower is not None and follower.head == verb and follower.dep_ == "prep":
        keys.append(f"{lemma} {follower.lower_}")
    keys.append(lemma)
    for key in keys:
        if key in ctx.codebook.light_verbs or key in ctx.codebook.light_non_events:
            found = _light_noun_of(ctx, verb, key)
            if found is not None:
                return found
    if any(key in ctx.codebook.giving_verbs for key in keys):
        return given_thing(ctx, verb)
    return None


# Prepositions that name whom a thing is given: "provided rice to North Korea", "shared the data with the WHO".
RECIPIENT_PREPS = {"to", "with"}


def given_thing(ctx: Context, verb: Token) -> tuple[str, Token] | None:
    """'provided 500 tonnes of rice to North Korea', 'reported the cases to the WHO', 'handed the documents over to
    Interpol': what a verb of giving hands over to a named party says which act it is (verbs.yaml ``given``): aid,
    money, arms, information. Only with a recipient actor named; the verb's own light nouns are tried first."""
    if not _names_recipient(ctx, verb) or _told_as_aim(verb):
        return None
    for noun in with_conjuncts(_light_candidates(verb)):  # ("a liaison team and 100 vehicles")
        code = ctx.codebook.given_things.get(noun.lemma_.lower()) or ctx.codebook.given_things.get(noun.lower_)
        if code:
            return code, noun
    return None


def _told_as_aim(verb: Token) -> bool:
    """'contacts are continuing with Arab countries to send money to the Palestinians': an infinitive of purpose
    tells what is sought, not what was given."""
    return verb.dep_ in {"advcl", "acl"} and is_to_infinitive(verb)


def _names_recipient(ctx: Context, verb: Token) -> bool:
    """Whether the verb names an actor it gives to: an indirect object, or 'to' / 'with' an actor (also on its
    particle: 'handed over the files to')."""
    heads = [verb, *particles_of(verb), *with_conjuncts(children(verb, OBJECTS))]
    recipients = children(verb, {"dative"}) + [o for h in heads for o in prep_objects(h, RECIPIENT_PREPS)]
    return bool(ctx.actors.of_tokens([r for r in recipients if r.pos_ != "ADP"]))


def particles_of(verb: Token) -> list[Token]:
    """The verb's particles, and the word right after it when the parser took a particle for a preposition
    ("pulled out of the talks", "backed away from the deal": "out" hangs from the verb as a preposition, "of"
    from it)."""
    particles = children(verb, {"prt"})
    follower = next_token(verb)
    if follower is not None and follower.head == verb and follower.dep_ == "prep" and children(follower, {"prep"}):
        particles.append(follower)
    return particles


def resultatives(verb: Token) -> list[Token]:
    """Adjectives that say what the verb makes of its object ("set the hostages free", "made clear its
    displeasure"), wherever the parser hangs them: a complement of the verb, or the word right after it."""
    found = [a for a in verb.children if a.pos_ == "ADJ" and a.dep_ in {"oprd", "acomp", "ccomp", "xcomp", "advcl"}]
    follower = next_token(verb)
    if follower is not None and follower.pos_ == "ADJ" and follower.dep_ == "amod" and follower.head.head == verb:
        found.append(follower)  # "set free two hostages": "free" parsed as the object's adjective
    # "set the hostages free": parsed as an adjective after the object
    found += [a for o in children(verb, OBJECTS) for a in children(o, {"amod"}) if a.i > o.i and a not in found]
    return found


def _light_noun_of(ctx: Context, verb: Token, key: str) -> tuple[str | None, Token] | None:
    """(code, noun) for the light verb (or phrasal light verb) ``key``: the first noun it takes that is listed."""
    nouns = ctx.codebook.light_verbs.get(key, {})
    nulls = ctx.codebook.light_non_events.get(key, frozenset())
    relative = relative_object(verb)
    for noun in _light_candidates(verb):
        lemma = noun.lemma_.lower()
        if lemma in nulls or noun.lower_ in nulls:
            return None, noun
        # "signed a loan agreement": the codebook may list the modified noun under the verb, whatever its root
        phrases = [
            f"{mod.lemma_.lower()} {form}"
            for mod in children(noun, {"compound", "amod"})
            for form in (lemma, noun.lower_)
        ]
        if any(phrase in nulls for phrase in phrases):
            return None, noun
        code = next((nouns[phrase] for phrase in phrases if phrase in nouns), None)
        if code:
            return code, noun
        code = nouns.get(lemma) or nouns.get(noun.lower_)
        if not code:
            # "halted mediation efforts", "cut aid programmes": the modifier names what the verb takes
            code = next(
                (nouns[m.lemma_.lower()] for m in children(noun, {"compound"}) if m.lemma_.lower() in nouns), None
            )
        if not code:
            continue  # the verb must take this noun: "opened the leg of his state visit" is no visit
        if not bound_met(ctx, key, verb, noun):
            continue  # "took control of Congress", "ordered the closure of a poultry farm"
        if code == GUILT_CODE and acquits(ctx, noun):
            return None, noun  # "delivered a verdict of not guilty"
        if relative is not None and noun.i == relative.i and code.startswith(STATEMENT_ROOT):
            continue  # "said in the statement issued after his visit": a source named, no statement to code
        if non_event_compound(ctx, noun):
            return None, noun  # "issued a typhoon warning"
        for mod in modifiers_of(noun):
            # "held phone talks" is a phone call, more precise than "held talks"
            # (a noun modifier refines only within the root: "halted mediation efforts" stays a halt,
            # while an adjective says what kind the event is: "held joint exercises")
            refined = ctx.codebook.compounds.get((mod.lemma_.lower(), lemma))
            code = refined if refined and (mod.dep_ == "amod" or refined[:2] == code[:2]) else code
        if code.startswith(STATEMENT_ROOT):
            # "sent messages of congratulations", "a letter of protest": what the message says is the act
            for content in prep_objects(noun, {"of"}):
                said = nouns.get(content.lemma_.lower()) or nouns.get(content.lower_)
                if said and not said.startswith(STATEMENT_ROOT):
                    return said, content
        return code, noun
    return None


def bound_met(ctx: Context, key: str, verb: Token, noun: Token) -> bool:
    """Whether the noun of a light verb ``key`` the codebook bounds (verbs.yaml ``bounded_nouns``) names what it may
    be of: a place or one of its listed words, under its own "of", as its owner, or under the verb's "of" ("took
    control of the port town", "ordered the embassy's closure"). Other phrases are not bounded."""
    words = ctx.codebook.bounded_nouns.get(f"{key} {noun.lemma_.lower()}")
    if words is None:
        return True
    named = prep_objects(noun, {"of"}) + children(noun, {"poss"}) + prep_objects(verb, {"of"})
    named += [o for n in list(named) for o in prep_objects(n, {"of"})]  # "control of a string of towns"
    return any(n.ent_type_ in PLACE_ENTITIES or n.lemma_.lower() in words for n in with_conjuncts(named))


def acquits(ctx: Context, word: Token) -> bool:
    """'a verdict of acquittal', 'a not-guilty verdict', 'found them not guilty': the finding clears the accused."""
    return any(
        t.lemma_.lower() in ctx.codebook.acquittals or (t.lower_ == "guilty" and _negated_word(t)) for t in word.subtree
    )


def _negated_word(word: Token) -> bool:
    before = word.doc[word.i - 1] if word.i > 0 else None
    return bool(children(word, {"neg"})) or (before is not None and before.lower_ in {"not", "non"})


def _light_candidates(verb: Token) -> list[Token]:
    """The nouns a light verb may take, most telling first: its object or passive subject, a relative clause's
    noun, a noun under a preposition, and the noun under any of these ("provided $200 million in aid")."""
    candidates = children(verb, OBJECTS | PASSIVE_SUBJECTS)
    if fronted_doer(verb) is not None:
        candidates.append(verb.head)  # "Azerbaijan massed troops": the object parsed as the verb's head
    relative = relative_object(verb)
    if relative is not None:
        candidates.append(relative)  # "the crossing, which Pakistan closed", "sanctions imposed on Moscow"
    # "made its displeasure clear": the object may be parsed as the subject of the resultative adjective
    candidates += [s for a in resultatives(verb) for s in children(a, {"nsubj"})]
    # "put under investigation", "withdrew from the treaty": the noun may sit under a preposition
    # ("pulled out of the talks": the parser may hang the preposition from the particle)
    heads = [verb, *particles_of(verb)]
    candidates += [
        o for h in heads for p in children(h, {"prep"}) if p.lower_ in LIGHT_NOUN_PREPS for o in children(p, {"pobj"})
    ]
    # "barred him from contesting the polls": what one is kept from may be a gerund, and what it takes
    gerunds = [g for h in heads for p in children(h, {"prep"}) if p.lower_ == "from" for g in children(p, {"pcomp"})]
    candidates += [w for g in gerunds for w in (g, *children(g, {"dobj"}))]
    # "provided $200 million in aid", "sent a shipment of aid": the noun under the object
    candidates += [
        o
        for c in list(candidates)
        for p in children(c, {"prep"})
        if p.lower_ in {"in", "of"}
        for o in children(p, {"pobj"})
    ]
    return candidates


def modifiers_of(noun: Token) -> list[Token]:
    """The noun's own modifiers, and the adjectives the parser hung from a noun modifier instead ("a joint air
    exercise": "joint" modifies "air", the kind of exercise)."""
    mods = children(noun, {"compound", "amod"})
    return mods + [a for m in children(noun, {"compound", "nmod"}) for a in children(m, {"amod"})]


def aimed_code(ctx: Context, verb: Token, code: str, noun: Token) -> str:
    """'launched missiles at Japan': a light noun the codebook lists as aimed is that act when a preposition
    of aim on the verb or the noun names an actor ('launched missiles' alone keeps the noun's code)."""
    aimed = ctx.codebook.aimed.get(noun.lemma_.lower()) or ctx.codebook.aimed.get(noun.lower_)
    if aimed is None:
        return code
    at = [o for head in (verb, noun) for o in prep_objects(head, AIMED_PREPS)]
    return aimed if ctx.actors.of_tokens(at) else code
