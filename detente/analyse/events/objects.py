"""Whom an act is done to: the object, a target preposition ("met with", "sanctions on"), the doer of a thing
acted on ("condemned the decision by Japan"), an act told before, a light noun's owner; where an act happens."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .actors import ActorHit, country_of
from .context import Context
from .coordination import coordinated
from .grammar import (
    GROUP_OWN_PRONOUNS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    children,
    is_coded,
    is_own,
    named_owners,
    prep_objects,
    with_conjuncts,
)
from .story import earlier_doers
from .subjects import RELATIVE_PRONOUNS, is_contact_purpose, is_stative, subjects_of

# Prepositions that introduce the target of an action: "met with", "sanctions on", "fired at", "visit to".
# Ranked: the first that names an actor wins.
TARGET_PREPS = ("with", "against", "between", "to", "toward", "towards", "at", "into", "on", "upon", "onto", "for")
# Determiners of a noun that refers back to something told before ("the protest", "this move").
DEFINITE = {"the", "this", "that", "these", "those"}
# Nouns that name the means, not the party, after "with": "tightened the blockade with Albania's help".
MEANS_NOUNS = {"help", "support", "assistance", "backing", "aid", "cooperation", "consent", "approval", "blessing"}


def coded_first(*candidates: list[ActorHit]) -> list[ActorHit]:
    """The first candidate list naming a coded actor, else the first non-empty one."""
    for hits in candidates:
        if any(is_coded(h.actor) for h in hits):
            return hits
    return next((hits for hits in candidates if hits), [])


def _doers_of(ctx: Context, nouns: list[Token]) -> list[ActorHit]:
    """Who did the things named: 'the decision by Japan', 'the tariffs Washington imposed'."""
    doers = [o for n in nouns for o in prep_objects(n, {"by"})]
    for noun in nouns:
        for clause in children(noun, {"relcl"}):
            doers += [t for t in children(clause, SUBJECTS) if t.lower_ not in RELATIVE_PRONOUNS]
    return ctx.actors.of_tokens(doers)


def _means_or_venue(ctx: Context, obj: Token) -> bool:
    """'with Albania's help' names the means, 'on the sidelines of the ASEAN summit' and 'at the APEC
    meeting' the occasion, 'with thousands of workers downing tools' a circumstance: none is the party an act
    is aimed at."""
    lemma = obj.lemma_.lower()
    if lemma in MEANS_NOUNS or lemma in ctx.linking.venue_nouns:
        return True
    if obj.head.lower_ == "with" and any(c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"} for c in obj.children):
        return True  # "staged a strike, with thousands of workers downing tools": a circumstance, not a party
    return obj.head.lower_ in {"at", "on"} and (lemma in ctx.codebook.nouns or lemma in ctx.codebook.event_nouns)


def _antecedent_doers(ctx: Context, noun: Token, verb: Token) -> list[ActorHit]:
    """'Seoul condemned the launch': a definite noun for an act told in an earlier sentence (an event noun,
    or 'the decision', 'the move', 'the allegation') names no one itself; the act's doer is meant.
    The newest earlier act of the same kind wins, else the newest by another country than the reactor."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or ctx.actors.of_token(noun) is not None:
        return []
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return []
    if any(c.dep_ == "poss" for c in noun.children) or ctx.actors.of_tokens(prep_objects(noun, {"of", "by", "from"})):
        return []  # "the decision of the court": its own owner ("the offer of assistance" names what, not whose)
    kind = ctx.codebook.nouns.get(lemma)
    if kind is None and lemma not in ctx.linking.act_nouns:
        return []
    makers = [h for h in ctx.actors.of_tokens(prep_objects(verb, {"from"})) if is_coded(h.actor)]
    if noun.dep_ == "dobj" and makers:
        return makers  # "welcomed the apology from Japan": the parser hung the act's maker on the verb
    return earlier_doers(ctx, kind, {country_of(h) for h in subjects_of(ctx, verb)[0]})


def objects_of(ctx: Context, verb: Token, extra_heads: list[Token]) -> list[ActorHit]:
    """Actors that ``verb`` (or its light noun) is done to: object, indirect object, then a target preposition.

    Candidates are tried in that order; the first that names a coded actor wins, and an uncoded one
    ("the biggest group", "the feasibility of a force") is kept only when no later candidate is coded.
    """
    fallback: list[ActorHit] = []
    for hits in _object_candidates(ctx, verb, extra_heads):
        if any(is_coded(h.actor) for h in hits):
            return hits
        fallback = fallback or hits
    return fallback


def _object_candidates(ctx: Context, verb: Token, extra_heads: list[Token]) -> Iterator[list[ActorHit]]:
    """Candidate targets, most telling first (see ``objects_of``)."""
    passive_patients = children(verb, PASSIVE_SUBJECTS)
    if passive_patients and children(verb, {"auxpass"}) and not is_stative(ctx, verb):
        yield ctx.actors.of_tokens(with_conjuncts(passive_patients))
    # the light noun carries the action, it is not the target ("sent a special delegation to China")
    direct = [d for d in children(verb, OBJECTS | {"dative"}) if d not in extra_heads]
    # "offered its troops to Lebanon", "will withdraw their force from Chad": one's own people are what is
    # moved or given, not whom the act is aimed at
    # (not "invited his Turkish and Cypriot counterparts": people a modifier says are another party's)
    own = [d for d in direct if is_own(d) and not ctx.actors.modifier_names_a_party(d)]
    # ("hosted Israeli and Hamas negotiators": every actor of a coordinated phrase)
    yield coordinated(ctx, [d for d in direct if (d.dep_ != "dative" or d.pos_ != "ADP") and d not in own])

    def targets_of(head: Token) -> list[ActorHit]:
        objects = [o for o in prep_objects(head, TARGET_PREPS) if not _means_or_venue(ctx, o)]
        # "filed a complaint at the WTO against the tariffs Washington imposed": a thing an act is against is
        # aimed at whoever did it, before the forum "at" which it is filed (and any thing done at all is)
        against = [o for o in objects if o.head.lower_ == "against" and ctx.actors.of_token(o) is None]
        doers = [h for h in _doers_of(ctx, against) if is_coded(h.actor)]
        return doers or coordinated(ctx, objects) or _doers_of(ctx, objects)

    # "filed a lawsuit against Myanmar at the ICJ": the party a legal or hostile noun is against is its target;
    # the court or forum "at" which it is filed is where (the parser hangs that from the verb)
    # ("investigating war crimes by Croatian extremists against Serb civilians": whoever did the act the noun
    # names, before whom it was done against)
    yield [
        h for h in ctx.actors.of_tokens([o for n in extra_heads for o in prep_objects(n, {"by"})]) if is_coded(h.actor)
    ]
    yield coordinated(ctx, [o for head in extra_heads for o in prep_objects(head, {"against"})])
    # "blocked a common EU stance on China", "welcomed the offer of assistance, among others compensation for
    # farmers": a proposal is aimed at whoever made it (named as its owner, or the doer of the offer told before),
    # before any party its content names
    for noun in [*extra_heads, *direct]:
        if noun.lemma_.lower() in ctx.linking.proposal_nouns:
            yield _makers(ctx, noun)
            yield _antecedent_doers(ctx, noun, verb)
    # "broke off relations with Colombia": the target hangs from the verb or its light noun
    for head in [verb, *extra_heads]:
        yield targets_of(head)
    # "recaptured the town from the rebels": whom a thing is taken from
    if verb.lemma_.lower() in ctx.linking.taking_verbs:
        yield coordinated(ctx, [o for head in [verb, *direct] for o in prep_objects(head, {"from"})])
    # "the fighters Nairobi blames", "Glas, who had been granted asylum by Mexico", "a reporter seized by the FSB":
    # the noun a relative clause or a passive participle hangs from is what it tells done
    yield _modified_patient(ctx, verb)
    # "Serbia accused Kosovo of ethnic cleansing, an allegation Pristina rejected": whoever did the news it sums up
    yield _summed_up_doers(ctx, verb)
    # "condemned the decision by Japan": a thing done is aimed at whoever did it
    # (a thing's owner by "'s", "of", "from" is already the object's actor above)
    yield _doers_of(ctx, [d for d in direct if d.pos_ in {"NOUN", "PROPN"}])
    for head in direct:
        yield targets_of(head)
    # "Beijing rejected the protest": an act told before is aimed at whoever did it
    for head in direct:
        yield _antecedent_doers(ctx, head, verb)
    # "freed three American prisoners": a light noun that is itself a foreign actor is the target (before what a
    # clause on it names: "expelled all Ethiopian nationals working for its state airline")
    # (but not "sent a special delegation", whose country is the sender's and unnamed)
    # (nor the doer's own people: "promised to withdraw its troops")
    for noun in extra_heads:
        hit = None if is_own(noun, GROUP_OWN_PRONOUNS) else ctx.actors.of_token(noun, follow_owner=False)
        if hit is not None and hit.actor.code and not hit.actor.code.startswith("-"):
            # ("expelled diplomats from Argentina and Peru": each coordinated owner's people)
            yield [hit, *(h for h in coordinated(ctx, [noun]) if h.key != hit.key and is_coded(h.actor))]
    # PP attachment is often wrong ("sent a delegation led by X to China"): look one clause down too
    for head in [verb, *extra_heads, *direct]:
        for clause in head.children:
            if clause.dep_ in {"acl", "relcl"}:
                yield targets_of(clause)
    # "telephoned Putin to demand a ceasefire", "summoned the envoy to lodge a protest": the caller's purpose
    # is aimed at the party reached
    if is_contact_purpose(ctx, verb):
        yield ctx.actors.of_tokens(with_conjuncts(children(verb.head, OBJECTS)))
    # "rejected France's proposal", "rejected the proposal of France": the light noun's owner
    for noun in extra_heads:
        # (a pronoun owner, "its troops", is the doer itself)
        yield ctx.actors.of_tokens(named_owners(noun, {"of", "from"}))


def _modified_patient(ctx: Context, verb: Token) -> list[ActorHit]:
    """The party a clause on a noun does its act to: the noun itself, when the clause is a relative one with a
    subject of its own and no object ('the fighters Nairobi blames'), a passive relative one ('Glas, who was
    granted asylum by Mexico') or a passive participle with its doer ('a reporter seized by the FSB'). Never
    the doer's own people ('the troops Russia deployed')."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in {"NOUN", "PROPN"}:
        return []
    if verb.dep_ == "relcl":
        subjects = children(verb, SUBJECTS)
        own_subject = bool(subjects) and all(t.lower_ not in RELATIVE_PRONOUNS for t in subjects)
        told = (own_subject and not children(verb, OBJECTS)) or any(
            t.lower_ in RELATIVE_PRONOUNS for t in children(verb, PASSIVE_SUBJECTS)
        )
    else:
        told = verb.dep_ == "acl" and verb.tag_ == "VBN" and bool(children(verb, {"agent"}))
    if not told:
        return []
    hit = ctx.actors.of_token(head)
    if hit is None or not is_coded(hit.actor):
        return []  # (a role, "the opposition leader", would be placed in the doer's own country)
    doers = {country_of(h) for h in subjects_of(ctx, verb)[0]}
    return [] if country_of(hit) in doers else [hit]


def _summed_up_doers(ctx: Context, verb: Token) -> list[ActorHit]:
    """'The army accused the RSF of shelling a depot, a charge the group dismissed as propaganda': a relative
    clause on a noun set after a comma to sum up the clause before ('a charge', 'an allegation', 'a move', 'a
    toll') is aimed at whoever did what that clause tells (never the relative clause's own doer's country)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ not in {"npadvmod", "appos"} or noun.pos_ != "NOUN":
        return []
    subjects = children(verb, SUBJECTS)
    if not subjects or any(t.lower_ in RELATIVE_PRONOUNS for t in subjects) or children(verb, OBJECTS):
        return []
    start = noun.left_edge.i
    if start == 0 or noun.doc[start - 1].lower_ not in {",", ";", "—", "-"}:
        return []
    summed = noun.head
    while summed.pos_ not in {"VERB", "AUX"} and summed.head.i != summed.i:
        summed = summed.head
    if summed.pos_ not in {"VERB", "AUX"}:
        return []
    doers = {country_of(h) for h in subjects_of(ctx, verb)[0]}
    return [h for h in subjects_of(ctx, summed)[0] if is_coded(h.actor) and country_of(h) not in doers]


def _makers(ctx: Context, noun: Token) -> list[ActorHit]:
    """Who made an offer or a call: its owner ("Japan's", "American"), "from" / "by" / "of" X, or the subject
    of a relative clause on it ("every proposal Washington put forward")."""
    makers = [c for c in noun.children if c.dep_ in {"poss", "amod", "compound"} and c.pos_ != "PRON" and c.i < noun.i]
    makers += prep_objects(noun, ("from", "by", "of"))
    hits = ctx.actors.of_tokens(makers) or _doers_of(ctx, [noun])
    return [h for h in hits if is_coded(h.actor)]


def phrasal_targets(ctx: Context, trigger: list[Token]) -> list[ActorHit]:
    """'withdrew from East Timor', 'protested against Russia': the pattern's own preposition names the target."""
    for word in trigger[1:]:
        if word.pos_ == "ADP":
            # "out of Kosovo": a two-word preposition hangs its object one level down
            objects = children(word, {"pobj"}) + [o for p in children(word, {"prep"}) for o in children(p, {"pobj"})]
            hits = ctx.actors.of_tokens(with_conjuncts(objects))
            if hits:
                return hits
    return []


def located_in(ctx: Context, anchor: Token) -> list[ActorHit]:
    """Actors named as where an act happens ("bombed rebel bases in northern Iraq")."""
    heads = [anchor, *children(anchor, OBJECTS)]
    heads += [o for h in heads[1:] for o in prep_objects(h, {"of"})]  # "captured the village of X in Ukraine"
    return ctx.actors.of_tokens([o for h in heads for o in prep_objects(h, {"in", "near", "inside"})])
