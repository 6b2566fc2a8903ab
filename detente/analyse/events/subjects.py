"""Who does an act: the subject, the agent of a passive, a relative clause's head, a controller ("asked X
to stop"), a shared subject of coordinated verbs, and the speaker of reported speech."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.mentions import fronted_subject
from .actors import ActorHit
from .codes import CLAIM_CODE
from .context import Context
from .coordination import coordinated
from .grammar import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    children,
    fronted_doer,
    is_coded,
    is_negated,
    is_to_infinitive,
    prep_objects,
)
from .linking import is_natural_force

# Verbs that report speech: what their complement says happened was told by their subject.
SPEECH_VERBS = {
    "say", "tell", "state", "announce", "claim", "allege", "report", "add", "insist", "note", "accuse",
    "conclude", "declare", "stress", "reiterate", "argue", "write", "confirm", "warn",
    # (signals are the party's own talk: "Moscow signalled it was ready to resume talks" is its intent)
    "signal", "indicate", "hint", "suggest",
}  # fmt: skip
# Verbs of commitment: "Iran vowed it would defy the resolution": the pronoun subject of what is vowed is whoever
# vows, as with a verb of saying (kept apart from SPEECH_VERBS, which the learned parts read as reported speech).
COMMITMENT_VERBS = {"vow", "pledge", "promise", "swear"}
# Relative pronouns that stand for the noun their clause hangs from ("Trump, who threatened ...").
RELATIVE_PRONOUNS = {"who", "which", "that"}
# Symmetric roots whose participle on a thing does not name its parties by "by": "a meeting hosted by Japan", "a war
# fought by proxies" (consult 04, fight 19)
JOINT_ACT_EXCLUDED = {"04", "19"}
# Subject pronouns of reported speech that stand for the speaker ("Syria said it ...", '"I condemn ...," X said').
SPEAKER_SUBJECTS = {"it", "they", "we", "i"}
# Clause links through which a verb shares its head's subject ("X met Y and signed ...", "X went on to ...").
SHARES_SUBJECT = {"conj", "xcomp", "advcl"}
# Prepositions of time and means whose gerund shares the clause's subject ("arrived home after visiting four
# ports", "by signing the accord"); not "for" / "of", whose gerund is often the object's act ("condemned X for
# attacking", "accused X of plotting"), nor "on" (a topic: "views on promoting ties"), nor "without" (not done).
SHARES_SUBJECT_PREPS = {"after", "before", "since", "upon", "while", "by", "despite"}


def subjects_of(ctx: Context, verb: Token) -> tuple[list[ActorHit], bool]:
    """Actors doing ``verb`` and whether the verb is passive (its grammatical subject is the patient)."""
    active = children(verb, SUBJECTS)
    if active and verb.dep_ == "relcl" and all(a.lower_ in RELATIVE_PRONOUNS for a in active):
        # "Trump, who has threatened tariffs": the relative pronoun is the noun it hangs from
        return ctx.actors.of_tokens([verb.head]), False
    if active and all(is_natural_force(a, ctx.linking) for a in active):
        # "a road accident in north China's Shanxi Province killed 10", "floods in Bihar": a place named inside a
        # disaster only locates it; no one did it
        return [], False
    if active:
        hits = coordinated(ctx, active)
        if not any(is_coded(h.actor) for h in hits) and (
            active[0].lower_ in SPEAKER_SUBJECTS or _speakers_body(ctx, active[0])
        ):
            # "Syria said it was ready to ...": the pronoun is the speaker; "a Hamas official said the
            # group would ...": so is the speaker's own body named by a bare noun
            speaker = speaker_of(ctx, verb) or _committer_of(ctx, verb)
            if speaker is not None and (is_coded(speaker.actor) or active[0].lower_ in SPEAKER_SUBJECTS):
                hits = [speaker]
        return hits, False
    passive = children(verb, PASSIVE_SUBJECTS)
    if passive:
        agents = [o for a in children(verb, {"agent"}) for o in children(a, {"pobj"})] or _stray_agents(
            ctx, verb, passive
        )
        if not agents and is_stative(ctx, verb):
            # "Israel is opposed to French mediation": the subject holds the stance, nothing is done to it
            return coordinated(ctx, passive), False
        # ("was agreed by both sides", "signed by the two ministers": the story's pair, as for a subject)
        return coordinated(ctx, agents), True
    misparsed = fronted_subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
    if misparsed is not None:
        # "At the invitation of Xi, Brazil's president flew to Beijing": the subject read as the name's apposition
        return coordinated(ctx, [misparsed]), False
    agents = [o for a in children(verb, {"agent"}) for o in children(a, {"pobj"})]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and agents and _party(ctx, verb.head):
        # "a reporter seized by the FSB in March": a passive participle on a party, its doer in the "by" phrase
        # (not on a thing: "a truce brokered by Qatar" is between the truce's parties, found elsewhere)
        return coordinated(ctx, agents), True
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and agents and _force(ctx, verb):
        # "a convoy attacked by Taliban rebels", "the base, shelled by rebel artillery": an act of force on a thing
        # is done by its "by" phrase too (the thing's owner suffers it)
        return coordinated(ctx, agents), True
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and agents and _joint_act(ctx, verb):
        # "an agreement on the border signed by Premier Wen and Prime Minister Singh": who signs a deal makes it
        # (unlike who brokers it, a mediator found elsewhere)
        return coordinated(ctx, agents), True
    doer = fronted_doer(verb)
    if doer is not None:
        return ctx.actors.of_tokens([doer]), False
    trier = attempt_owner(ctx, verb)
    if trier:
        # "an attempt by the presidential guard to assassinate the premier": who tries does the act
        return trier, False
    # "the troops that attacked": the relative clause's head noun does it
    if verb.dep_ == "relcl":
        return ctx.actors.of_tokens([verb.head]), False
    if (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBN", "VBD"}
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and (verb.head.dep_ == "ROOT" or _reported_subject(verb))
    ):
        # "Thai student activists called on the premier to resign": with no verb of its own, the sentence's
        # root noun is the subject of a finite verb the parser took for a participle
        return ctx.actors.of_tokens([verb.head]), False
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in ctx.linking.document_nouns:
        # "the party issued a declaration demanding that ...": a document speaks for whoever issued it
        issuer = governing_verb(ctx, verb.head)
        if issuer is not None:
            return subjects_of(ctx, issuer)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
        # "Ethiopian troops backing government forces", "the JMB, calling for Islamic rule": an active participle
        # on a party tells that party's act, done to what it names (not on a thing: "evidence supporting claims";
        # nor done to nothing: "refugees sheltering there")
        lemma = ctx.codebook.verb_lemma(verb.lemma_, verb.lower_)
        acts_on = children(verb, OBJECTS) or [
            p for p in children(verb, {"prep"}) if (lemma, p.lower_) in ctx.codebook.phrasal
        ]
        doers = [h for h in ctx.actors.of_tokens([verb.head]) if is_coded(h.actor)] if acts_on else []
        if doers:
            return doers, False
    claimers = claimers_of(ctx, verb) if verb.dep_ == "pcomp" and verb.tag_ == "VBG" else []
    if claimers:
        # "Hamas claimed responsibility for firing three rockets at Israel": the claimer did it
        return claimers, False
    clause = gerund_clause_head(verb, ctx.linking.aspect_verbs) or effort_clause_head(verb, ctx.linking.effort_verbs)
    if clause is not None:
        # "the fleet arrived home after visiting four ports in the United States": the gerund's doer is the clause's
        return subjects_of(ctx, clause)
    givers = promised_by(ctx, verb)
    if givers:
        # "Haniya secured promises from Iran to provide aid": the giver does what it promised
        return givers, False
    purpose = is_contact_purpose(ctx, verb)
    controllers = ctx.actors.of_tokens(children(verb.head, OBJECTS)) if verb.dep_ == "xcomp" and not purpose else []
    if controllers:
        # object control: "asked Venezuela to stop", "forced the rebels to retreat"
        return controllers, False
    if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and verb.head.lemma_.lower() in ctx.linking.forecast_frames:
        # "the president is due to visit Egypt", "is likely to attend": the subject of the adjective's verb (only
        # of a schedule or forecast, which coding.py judges: "was unable to travel", "was shocked to learn" are not
        # acts of the subject)
        return subjects_of(ctx, verb.head.head)
    if verb.dep_ in SHARES_SUBJECT and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i:
        head = verb.head
        sources, passive = subjects_of(ctx, head)
        reporting = head.head if head.dep_ == "ccomp" and head.head.i != head.i else None
        if (
            not sources
            and verb.dep_ == "conj"
            and reporting is not None
            and reporting.lemma_.lower() in SPEECH_VERBS | ctx.linking.clause_reporting_verbs
            and not children(verb, SUBJECTS | PASSIVE_SUBJECTS)
        ):
            # "Lee said the talks had been useful and accused Japan", "complained that they lacked funds and
            # demanded aid": the parser hangs the second act on the reported clause; with no doer there, it is the
            # reporter's
            return subjects_of(ctx, reporting)
        if passive and not sources and verb.dep_ == "xcomp":
            # "Lee is set to visit", "X was expected to attend": the raised subject does it
            return coordinated(ctx, children(head, PASSIVE_SUBJECTS)), False
        return sources, passive
    return [], False


def received_from(ctx: Context, noun: Token) -> tuple[list[ActorHit], Token] | None:
    """For the object of a verb of getting ("secured promises from Iran", "obtained a pledge of aid from Qatar"),
    the givers named by "from" (on the noun or the verb) and the verb, or None."""
    verb = noun.head
    if noun.dep_ != "dobj" or ctx.codebook.verb_lemma(verb.lemma_, verb.lower_) not in ctx.linking.receiving_verbs:
        return None
    # ("received a pledge of support from Egypt": the parser may hang "from" on the "of" object)
    of_giver = [g for o in prep_objects(noun, {"of"}) for g in prep_objects(o, {"from"})]
    givers = ctx.actors.of_tokens(prep_objects(noun, {"from"}) or of_giver or prep_objects(verb, {"from"}))
    return (givers, verb) if givers else None


def promised_by(ctx: Context, verb: Token) -> list[ActorHit]:
    """The giver of what a verb of getting got, when ``verb`` is the infinitive telling what was promised:
    "secured promises from Iran to provide aid", "obtained a pledge from Qatar to pay salaries"."""
    infinitive = is_to_infinitive(verb)
    if not infinitive or verb.dep_ not in {"acl", "advcl", "xcomp"}:
        return []
    head = verb.head
    nouns = [head] if head.pos_ in {"NOUN", "PROPN"} else [o for o in children(head, {"dobj"}) if o.i < verb.i]
    for noun in nouns:
        found = received_from(ctx, noun)
        if found:
            return found[0]
    return []


def claimers_of(ctx: Context, act: Token) -> list[ActorHit]:
    """Who claims responsibility (CAMEO 015, verbs.yaml light_verbs) for the act a word under its "for" tells
    ('claimed responsibility for the rocket attack', 'for firing rockets'), and so did it; none if it is denied
    or the word is not so placed."""
    claim = act.head.head
    if act.head.lower_ != "for" or claim.dep_ != "dobj" or claim.head.i == claim.i:
        return []
    verb = claim.head
    lemma = ctx.codebook.verb_lemma(verb.lemma_, verb.lower_)
    if ctx.codebook.light_verbs.get(lemma, {}).get(claim.lemma_.lower()) != CLAIM_CODE or is_negated(verb):
        return []
    doers, passive = subjects_of(ctx, verb)
    return [] if passive else doers


def _reported_subject(verb: Token) -> bool:
    """'A NATO air strike killed 27 civilians, Afghan officials said': the parser took the finite verb of a
    reported clause for a participle on its subject, which it made the subject of the verb of saying that
    follows. A participle with a direct object is no passive ('a convoy attacked by rebels')."""
    noun, saying = verb.head, verb.head.head
    if noun.dep_ != "nsubj" or saying.i < verb.i or saying.lemma_.lower() not in SPEECH_VERBS:
        return False
    return bool(children(verb, {"dobj"}))


def gerund_clause_head(verb: Token, aspect_verbs: frozenset[str] = frozenset()) -> Token | None:
    """The verb whose subject a gerund after a preposition of time or means shares ('after visiting', 'by
    signing'), or that of a verb of aspect the parser hung the gerund from a preposition of ('continued on
    Saturday launching rockets', 'went on attacking'), or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or children(verb, SUBJECTS | PASSIVE_SUBJECTS):
        return None
    if prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    if prep.lower_ not in SHARES_SUBJECT_PREPS and prep.head.lemma_.lower() not in aspect_verbs:
        return None
    return prep.head if prep.head.pos_ in {"VERB", "AUX"} else None


def effort_clause_head(verb: Token, effort_verbs: frozenset[str]) -> Token | None:
    """The verb of effort whose subject does the act a gerund under its "in" tells, the "in" hanging from the verb or
    from its object ('made a breakthrough in resolving the dispute', 'played a role in brokering the truce',
    'succeeded in persuading Pyongyang'), or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or children(verb, SUBJECTS | PASSIVE_SUBJECTS):
        return None
    if prep.dep_ != "prep" or prep.lower_ != "in" or prep.head.i == prep.i:
        return None
    head = prep.head
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        head = head.head  # ("made a breakthrough in": the effort is the verb's, through its object)
    return head if head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in effort_verbs else None


def attempt_owner(ctx: Context, verb: Token) -> list[ActorHit]:
    """Who tries the act an attempt noun's infinitive tells: the noun's "by" phrase or owner ('an attempt by
    Force 17 to assassinate the premier', 'Russia's bid to capture the city'); none for other nouns."""
    noun = verb.head
    tried = ctx.linking.attempt_nouns | ctx.linking.decision_nouns  # (a decision taken is owned as an attempt is)
    if verb.dep_ not in {"acl", "relcl"} or noun.i == verb.i or noun.lemma_.lower() not in tried:
        return []
    if not is_to_infinitive(verb):
        return []
    triers = [o for by in children(noun, {"prep", "agent"}) if by.lower_ == "by" for o in children(by, {"pobj"})]
    if triers or children(noun, {"poss"}):
        return coordinated(ctx, triers or children(noun, {"poss"}))
    maker = noun.head
    if noun.lemma_.lower() not in ctx.linking.attempt_nouns:
        return []  # ("made a decision to" is told by the verbs' own rules; only an attempt is launched)
    if noun.dep_ == "dobj" and maker.lemma_.lower() in ctx.linking.attempting_verbs and not is_negated(maker):
        # "government troops launched a drive to retake the port": who launches the attempt makes it
        sources, passive = subjects_of(ctx, maker)
        return [] if passive else sources
    return []


def _party(ctx: Context, noun: Token) -> bool:
    """Whether a noun names a coded actor ('the reporter Evan Gershkovich', 'two French aid workers')."""
    hit = ctx.actors.of_token(noun, follow_owner=False)  # (not "a railway from Laos": a thing, not its owner)
    return hit is not None and is_coded(hit.actor)


def _force(ctx: Context, verb: Token) -> bool:
    """Whether the codebook's bare verb is an act of force (linking.yaml toll_roots: assault, fight, mass
    violence): 'attacked', 'shelled', 'bombed'."""
    rule = ctx.codebook.verbs.get(ctx.codebook.verb_lemma(verb.lemma_, verb.lower_))
    return rule is not None and rule.code[:2] in ctx.linking.toll_roots


def _joint_act(ctx: Context, verb: Token) -> bool:
    """'an agreement signed by X and Y', 'the truce, signed by the two ministers': a verb that makes deals (verbs.yaml
    light_verbs give it an agreement, 057) on a noun that is one (its light-verb or own event code is a joint act,
    not a meeting or a fight); not 'a statement signed by X' nor 'a proposal offered by X and Y'."""
    deals = ctx.codebook.light_verbs.get(ctx.codebook.verb_lemma(verb.lemma_, verb.lower_), {})
    if not any(code.startswith("057") for code in deals.values()):
        return False
    nouns = [verb.head]
    if verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep" and verb.head.head.head.pos_ == "NOUN":
        nouns.append(verb.head.head.head)  # "an agreement on border trade signed by": the parser hangs it on "trade"
    codes = [deals.get(n.lemma_.lower()) or ctx.codebook.nouns.get(n.lemma_.lower()) for n in nouns]
    return any(
        code is not None and ctx.codebook.is_symmetric(code) and code[:2] not in JOINT_ACT_EXCLUDED for code in codes
    )


def is_contact_purpose(ctx: Context, verb: Token) -> bool:
    """'telephoned Putin to demand a ceasefire', 'summoned the envoy to lodge a protest': the to-infinitive of a
    verb of reaching a party (linking.yaml contact_verbs) is the caller's purpose, not an act of the party
    reached (unlike 'urged Japan to withdraw')."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.i == verb.i or head.pos_ != "VERB":
        return False
    infinitive = is_to_infinitive(verb)
    return infinitive and head.lemma_.lower() in ctx.linking.contact_verbs and bool(children(head, OBJECTS))


def _speakers_body(ctx: Context, noun: Token) -> bool:
    """'the group', 'the bloc', 'the alliance': a body named by 'the' and its kind alone."""
    modifiers = [c for c in noun.children if c.dep_ not in {"det", "punct"}]
    determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return noun.lemma_.lower() in ctx.linking.body_nouns and not modifiers and determiners == ["the"]


def _stray_agents(ctx: Context, verb: Token, patients: list[Token]) -> list[Token]:
    """'Sanctions were slapped on Russia's central bank by Washington', 'were accused of committing crimes in
    Izium by Ukraine's prosecutor': the parser often hangs a passive's "by" phrase from a noun or gerund of
    the clause instead of the verb. Not one inside the patient itself ("the decision by Japan was condemned": Japan decided, not condemned), nor
    one of an act's own noun ("placed on alert ahead of a rally by opposition groups")."""
    inside = {t.i for p in patients for t in p.subtree}
    acts = ctx.codebook.event_nouns | ctx.linking.act_nouns
    return [
        o
        for by in verb.subtree
        if by.lower_ == "by"
        and by.i not in inside
        and by.head.lemma_.lower() not in acts
        and _argument_of(by.head, verb)
        for o in children(by, {"pobj"})
    ]


def _argument_of(word: Token, verb: Token) -> bool:
    """Whether a noun is the verb's object or the object of its preposition ('slapped on the bank'), or a
    gerund under its preposition ('accused of committing')."""
    if word.dep_ == "dobj":
        return word.head.i == verb.i
    return word.dep_ in {"pobj", "pcomp"} and word.head.dep_ == "prep" and word.head.head.i == verb.i


def is_stative(ctx: Context, verb: Token) -> bool:
    """'is opposed to', 'were engaged in': a passive form that tells the subject's stance or part."""
    return ctx.codebook.verb_lemma(verb.lemma_, verb.lower_) in ctx.linking.stative_passives


def speaker_of(ctx: Context, verb: Token) -> ActorHit | None:
    """The actor reporting ``verb`` when it sits in the complement of a speech verb."""
    token = verb
    while token.dep_ in {"ccomp", "conj"} and token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in SPEECH_VERBS:
            sources, _passive = subjects_of(ctx, token)
            return sources[0] if sources else None
    return None


def _committer_of(ctx: Context, verb: Token) -> ActorHit | None:
    """Who vows or pledges the that-clause ``verb`` heads ("Iran vowed it would defy ...": Iran)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in COMMITMENT_VERBS:
        return None
    sources, passive = subjects_of(ctx, head)
    return sources[0] if sources and not passive else None


def governing_verb(ctx: Context, noun: Token) -> Token | None:
    """'Lee opened the visit with a meeting with Chen': the verb the event noun hangs from (its subject owns it)."""
    token = noun
    while token.dep_ in {"pobj", "prep", "dobj", "attr", "conj", "appos"} and token.head.i != token.i:
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return None
