"""Nominal events: event nouns no verb has claimed ("the talks between X and Y", "China's ban", "Japan's
expulsion of two diplomats"), their doers and targets from owners, modifiers and prepositions."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import ActorHit
from .codes import MATERIAL_CONFLICT, cameo_code
from .context import Context
from .found import Found
from .framed_nouns import refused_event, refuser_of
from .grammar import children, declares_refusal, is_future, is_hypothetical, is_negated, prep_objects
from .noun_triggers import non_event_verb, noun_code, unrealised, verb_in
from .objects import TARGET_PREPS
from .subjects import claimers_of, governing_verb, is_stative, received_from, subjects_of
from .verb_triggers import negated_code, verb_code

# Mediation: the one event whose "between" parties are its targets, the mediator being a third party.
MEDIATION = "045"
# De-escalation (CAMEO 087x: retreat, withdrawal): "from" names the place left, not the one who leaves.
LEAVING = "087"
# Links of the adjective of what an act leaves people in ("left 12 civilians dead").
HARM_LINKS = {"oprd", "amod", "acomp", "advmod", "ccomp", "xcomp", "conj"}
# Protests (CAMEO 14): an act done "in protest" is one.
PROTEST_ROOT = "14"
# Prepositions of the protest a crowd gathers for: "converged on Lagos for a rally", "poured into the streets
# in a march", "gathered at a demonstration".
GATHERED_FOR = {"for", "in", "at", "to"}
# Accusations (CAMEO 11) and the prepositions that name what the accused did: "blamed X for", "accused X of".
ACCUSATION_ROOT = "11"
# Legal action (arrested, jailed, sentenced, charged): what a party is punished for is its own act, as an accusation's.
LEGAL_ACTION = "173"
ACCUSED_OF = {"for", "of", "over"}
# Visits (CAMEO 042) and the prepositions of the visit one travels for: "arrived here for a state visit", "flew
# to Rome on a working visit".
VISIT = "042"
TRAVELLED_FOR = {"for", "on"}


def noun_events(ctx: Context, sent: Span, claimed: set[int], reactions: set[int] = frozenset()) -> list[Found]:
    """Event nouns no verb has claimed ("the talks between X and Y"); ``reactions``: the anchors of verbal
    events (statements, appeals, criticism, rejections) whose object noun is their topic."""
    found: list[Found] = []
    for noun in sent:
        if noun.pos_ not in {"NOUN", "PROPN"} or noun.i in claimed:
            continue
        if noun.dep_ == "compound":
            continue  # "riot police", "ceasefire talks": the modifier names no event of its own
        coded = noun_code(ctx, noun) or _gathering_noun(ctx, noun)
        if coded is None:
            continue
        code, trigger = coded
        event = _nominal(ctx, noun, code, trigger)
        if event is None:
            continue
        claimed.add(noun.i)
        if (
            not event.targets
            and "partaking" not in event.notes
            and "in-protest" not in event.notes
            and "claimed" not in event.notes
            and "travelled-for" not in event.notes
            and ((noun.dep_ == "pobj" and not children(noun, {"poss"})) or _reacted_to(ctx, noun, reactions))
        ):
            # "talks on the second phase of the Gaza ceasefire", "China condemned new U.S. export controls":
            # an act named in passing, with no party it is aimed at, is the topic of another event
            # (one owned outright is told as background: "since China's ban")
            continue
        found.append(event)
    return found


def _reacted_to(ctx: Context, noun: Token, reactions: set[int]) -> bool:
    """Whether the noun is what a verbal reaction coded in the sentence is about ('condemned the controls')."""
    verb = governing_verb(ctx, noun)
    return verb is not None and verb.i in reactions


def _left_harmed(ctx: Context, noun: Token) -> list[Token]:
    """The people an act 'left dead / wounded' ('shelling left 12 civilians dead', 'the bombing, which left 30
    people dead'): objects of 'leave' with an adjective of harm (verbs.yaml ``harm_results``)."""
    clauses = [noun.head] if noun.dep_ == "nsubj" else []
    # ("the bombing, which left ...": the relative clause's verb)
    clauses += [
        c for c in children(noun, {"relcl"}) if any(s.lower_ in {"which", "that"} for s in children(c, {"nsubj"}))
    ]
    harmed: list[Token] = []
    for verb in clauses:
        if verb.lemma_.lower() != "leave":
            continue
        for obj in children(verb, {"dobj"}):
            # (the parser hangs the adjective from the verb or the object, and may tag it an adverb)
            results = [a for a in [*obj.subtree, *verb.children] if a.dep_ in HARM_LINKS and a.i > obj.i]
            if any(a.lower_ in ctx.codebook.harm_results for a in results):
                harmed.append(obj)
    return harmed


def _gathering_noun(ctx: Context, noun: Token) -> tuple[str, list[Token]] | None:
    """'a rally', 'a march': a protest only when a crowd gathers for it ('a rally in oil prices', 'in March'
    are none), so coded here and not among the codebook's event nouns (verbs.yaml ``gathering_nouns``)."""
    code = ctx.codebook.gathering_nouns.get(noun.lemma_.lower())
    verb = governing_verb(ctx, noun)
    if code is None or noun.pos_ != "NOUN" or _gathered_for(ctx, noun, code, verb) is None:
        return None
    return code, [noun]


def _gathered_for(ctx: Context, noun: Token, code: str, verb: Token | None) -> Token | None:
    """The verb of a crowd gathering for a protest ('thousands converged on Lagos for a rally', 'turned out for a
    demonstration against the reform'): those who gather hold it (verbs.yaml ``gathering_verbs``)."""
    if verb is None or not code.startswith(PROTEST_ROOT):
        return None
    joined = noun.dep_ == "dobj" and noun.head.i == verb.i  # "joined a march"
    gone_for = noun.dep_ == "pobj" and noun.head.head.i == verb.i and noun.head.lower_ in GATHERED_FOR
    if not (joined or gone_for):
        return None
    return verb if verb_in(ctx, verb, ctx.codebook.gathering_verbs) else None


def _travelled_for(ctx: Context, noun: Token, code: str, verb: Token | None) -> Token | None:
    """The verb of travelling to or being at a place for a visit ('Hu arrived here Monday for a state visit',
    'Pohamba is in Singapore for a four-day visit'): its subject makes the visit, to the place named or the
    dateline's (verbs.yaml ``visit_travel_verbs``). None when the verb is coded itself ('arrived in Hanoi')."""
    if verb is None or not code.startswith(VISIT) or noun.dep_ != "pobj" or noun.head.lower_ not in TRAVELLED_FOR:
        return None
    if noun.head.head.i != verb.i or any(f.anchor.i == verb.i for f in ctx.current):
        return None
    if is_future(verb) or is_hypothetical(verb):
        return None  # "will be in India next week for a visit": announced, coded (if at all) as an intent
    return verb if verb_in(ctx, verb, ctx.codebook.visit_travel_verbs) else None


def _in_protest(noun: Token, code: str, verb: Token | None) -> Token | None:
    """The verb of an act done 'in protest' ('set buses ablaze in protest at', 'resigned in protest over'): the
    bare idiom, no protest named in passing ('in the protest', 'in protests that ...')."""
    if verb is None or not code.startswith(PROTEST_ROOT) or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    if noun.tag_ != "NN" or children(noun, {"det", "poss", "amod", "compound"}):
        return None
    return verb if noun.head.head.i == verb.i else None


def _accused_of(ctx: Context, noun: Token, verb: Token) -> list[ActorHit]:
    """The party an accusation names as the doer of the act it is about ("blamed X for the attack")."""
    if noun.dep_ != "pobj" or noun.head.head.i != verb.i or noun.head.lower_ not in ACCUSED_OF:
        return []
    if not _disapproves(ctx, verb):
        return []
    return ctx.actors.of_tokens(children(verb, {"dobj"}))


def _claimed_by(ctx: Context, noun: Token, code: str) -> list[ActorHit]:
    """Who claims responsibility for the act of force a noun names, and so did it ('Hamas claimed responsibility
    for the rocket attack'); none for other nouns."""
    if cameo_code(code).quad_class != MATERIAL_CONFLICT or noun.dep_ != "pobj":
        return []
    return claimers_of(ctx, noun)


def _disapproves(ctx: Context, verb: Token) -> bool:
    """Whether the verb is coded as disapproval (CAMEO 11: condemn, deplore, blame, accuse, convict) or as legal
    action (173: "a court jailed 14 soldiers over the massacre" did not massacre)."""
    coded = verb_code(ctx, verb)
    return coded is not None and (coded[0].startswith(ACCUSATION_ROOT) or coded[0] == LEGAL_ACTION)


def _clause_read_as_modifier(mod: Token) -> bool:
    """'Haniya secured promises from Iran' parsed with 'secured' as an adjective of 'promises': a verb with a
    subject of its own is a clause, and its subject no owner of the noun."""
    return mod.pos_ == "VERB" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in mod.children)


def _undergone(ctx: Context, noun: Token) -> bool:
    """'X has been the subject of an FBI probe', 'is the target of an inquiry': the act the copula's subject
    undergoes (linking.yaml undergoing_heads)."""
    head = noun.head.head if noun.head.lower_ == "of" else None
    return head is not None and head.dep_ == "attr" and head.lemma_.lower() in ctx.linking.undergoing_heads


def _named_by(noun: Token) -> list[Token]:
    """Who does what the noun names, told by "by": "a visit by Lee", and "the arrest of a journalist by the
    police", where the small parser hangs "by" from the one the act is done to."""
    return prep_objects(noun, {"by"}) or [b for o in prep_objects(noun, {"of"}) for b in prep_objects(o, {"by"})]


def _nominal(ctx: Context, noun: Token, code: str, trigger: list[Token]) -> Found | None:
    """The event an event noun names, with doers and targets from its owners, modifiers and prepositions."""
    verb = governing_verb(ctx, noun)
    if verb is not None and (non_event_verb(ctx, verb) or unrealised(ctx, verb)):
        return None  # "postponed the talks", "planned a visit", "proposed hosting talks": not (yet) an event
    if any(c.lower_ in {"planned", "proposed", "possible", "future"} for c in noun.children if c.dep_ == "amod"):
        return None
    claimers = _claimed_by(ctx, noun, code)
    if not claimers and noun.dep_ == "pobj" and (
        noun.head.lower_ in ctx.linking.topic_preps
        or (noun.head.lower_ in ctx.linking.aim_preps and noun.head.head.pos_ in {"NOUN", "PROPN"})
    ):
        return None  # "a row over French criticism", "calls for talks": the topic or aim of another act
    if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ctx.codebook.non_event_heads:
        return None  # "called for the lifting of sanctions", "the threat of war"
    refused = refused_event(ctx, noun, verb, code, trigger)
    if refused is not None:
        return refused
    conflict = cameo_code(code).quad_class >= 3
    if not conflict and verb is not None and refuser_of(ctx, noun) is not None:
        return None  # "rebels rejected a ceasefire with the government": no ceasefire was made
    # ("the signing of a pact between X and Y": the parties may hang from what the act is done to)
    between = ctx.actors.of_tokens(prep_objects(noun, {"between", "among"})) or ctx.actors.of_tokens(
        [b for o in prep_objects(noun, {"of"}) for b in prep_objects(o, {"between", "among"})]
    )
    if len(between) >= 2 and code.startswith(MEDIATION) and verb is not None:
        # "Qatar launched a mediation effort between X and Y": the mediator acts on both parties
        mediators = [h for h in subjects_of(ctx, verb)[0] if all(h.key != b.key for b in between)]
        if mediators:
            return Found(code, noun, trigger, mediators, between, nominal=True, notes=["between"])
    if len(between) >= 2:
        return Found(code, noun, trigger, between[:1], between[1:2], nominal=True, notes=["between"])
    # owners and modifiers: "China's ban", "Chinese sanctions", "the Xi-Lee summit", "a visit by Lee"
    owners: list[ActorHit] = []
    for mod in noun.children:
        if mod.dep_ in {"poss", "compound", "amod", "nmod"} and mod.i < noun.i and not _clause_read_as_modifier(mod):
            hit = ctx.actors.of_token(mod, follow_owner=False)
            if hit and all(hit.key != o.key for o in owners):
                owners.append(hit)
    of_actors = ctx.actors.of_tokens(prep_objects(noun, {"of"}))
    # "the withdrawal of Russian forces from Ukraine": who leaves is named by "of", "from" is the place left
    leaving = code.startswith(LEAVING) and bool(of_actors)
    doers = _named_by(noun)
    owners += [
        h
        for h in ctx.actors.of_tokens(doers + ([] if leaving else prep_objects(noun, {"from"})))
        if all(h.key != o.key for o in owners)
    ]
    targets = ctx.actors.of_tokens(prep_objects(noun, TARGET_PREPS))
    if not targets:
        # "a suspension of air links with Serbia", "the closure of its border with Iran": the thing acted on
        # names the other party
        targets = ctx.actors.of_tokens([t for o in prep_objects(noun, {"of"}) for t in prep_objects(o, TARGET_PREPS)])
    if not targets and conflict:
        # "attacks that left hundreds of soldiers dead": the dead and wounded an act leaves are its victims
        targets = ctx.actors.of_tokens(_left_harmed(ctx, noun))
    if noun.lemma_.lower() in ctx.codebook.patient_nouns and owners and of_actors:
        # "Japan's expulsion of two Chinese diplomats": the one expelled is named by "of", so the owner does it
        targets = of_actors + [t for t in targets if t not in of_actors]
    elif noun.lemma_.lower() in ctx.codebook.patient_nouns:
        # "the teachers' arrests": the owner suffers the act; the doer must be named ("by police")
        targets = [o for o in owners if o not in targets] + targets + of_actors
        owners = ctx.actors.of_tokens(doers)
    elif leaving:
        owners = of_actors + [o for o in owners if all(o.key != a.key for a in of_actors)]
        targets = targets or ctx.actors.of_tokens(prep_objects(noun, {"from"}))
    elif of_actors:
        # "the invasion of Kuwait" names the victim; "the visit of President X" the visitor
        (targets if conflict else owners).extend(of_actors)
    sources = owners[:1]
    negated = False
    received = received_from(ctx, noun) if sources and not targets else None
    if received is not None and any(s.key == g.key for s in sources for g in received[0]):
        # "Haniya secured promises from Iran": the giver promises, to the one who got the promise
        getters, passive = subjects_of(ctx, received[1])
        targets = [] if passive else [t for t in getters if all(t.key != s.key for s in sources)]
    if verb is not None and (noun.head.lower_ == "under" or _undergone(ctx, noun)) and not targets:
        # "the army came under attack from Hezbollah", "has been the subject of an FBI probe": the subject suffers it
        targets = [t for t in subjects_of(ctx, verb)[0] if all(t.key != s.key for s in sources)]
    # "At the meeting, Xi said ...": a bare reference to an event told before is not a new event;
    # the governing verb's subject owns the event only when the noun names its counterpart ("a meeting with Chen")
    partaking = verb is not None and is_stative(ctx, verb) and noun.head.head.i == verb.i
    if not sources and verb is not None:
        # "blamed Russia for a cyberattack on Ukraine", "accused Moscow of a missile attack": the accused did it
        sources = _accused_of(ctx, noun, verb)
    sources = sources or claimers
    protest = _in_protest(noun, code, verb) or _gathered_for(ctx, noun, code, verb)
    if protest and not sources:
        # "students set buses ablaze in protest at fare rises": whoever acts in protest protests
        subjects, passive = subjects_of(ctx, protest)
        sources = [] if passive else subjects
    travelled = None if sources else _travelled_for(ctx, noun, code, verb)
    if travelled is not None:
        # "Hu arrived here for a three-day visit": the traveller visits; the verb's place ("is in Singapore")
        # names the host, read with the act's trigger
        subjects, passive = subjects_of(ctx, travelled)
        sources = [] if passive else subjects
        trigger = [*trigger, travelled]
    if not sources and not targets and verb is not None and noun.dep_ == "dobj" and noun.head.i == verb.i:
        # "Russia and the United States completed a prisoner exchange", "China and Pakistan concluded joint
        # exercises": an act done together (or to each other) by the verb's joint subjects
        # (cooperation only: "Brazil and Colombia deplored the raid" did not raid each other)
        together = not conflict and (
            ctx.codebook.is_symmetric(code) or noun.lemma_.lower() in ctx.codebook.reciprocal_verbs
        )
        doers, passive = subjects_of(ctx, verb)
        if together and not passive and len(doers) >= 2:
            sources, targets = doers[:1], doers[1:2]
    # (an act done to someone, "the journalist's arrest", is not done by whoever reacts to it: "Paris protested the
    # arrest of its journalist", "Lebanon mourned Hariri's killing")
    suffered = noun.lemma_.lower() in ctx.codebook.patient_nouns and not partaking
    if not sources and verb is not None and (targets or partaking) and not suffered and not _disapproves(ctx, verb):
        # ("Serb forces were engaged in ethnic cleansing": who takes part in it does it, named party or not;
        # not who condemns it: "Argentina condemned the assassination of a Lebanese minister")
        subjects, passive = subjects_of(ctx, verb)
        sources = [] if passive else subjects
    if verb is not None and is_negated(verb, ctx.codebook.denial_verbs):
        # "did not attend the talks with China"
        negated, code = True, negated_code(ctx, code) or ""
        if not code:
            return None
        negated = not declares_refusal(verb)  # "would not attend the talks": a refusal declared
    if len(owners) > 1 and not targets:
        targets = owners[1:]
    if not sources:
        return None
    keys = {s.key for s in sources}
    targets = [t for t in targets if t.key not in keys]
    notes = ["partaking"] if partaking else []
    if claimers and sources == claimers:
        notes.append("claimed")
    if protest:
        notes.append("in-protest")
    if travelled is not None and sources:
        notes.append("travelled-for")
    return Found(code, noun, trigger, sources, targets, negated=negated, nominal=True, notes=notes)
