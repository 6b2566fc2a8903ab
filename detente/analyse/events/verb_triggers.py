"""What event a verb names, most specific pattern first: who moves, phrasal verbs, an act used as a response's
means, light verb + noun, bare verb; the complement a framing verb ("agreed to", "urged") recodes; the code
of a denied act; killing done with a bomb."""

from __future__ import annotations

from spacy.tokens import Token

from .actors import ActorHit, country_of
from .codes import cameo_code
from .context import Context
from .grammar import (
    MODAL_AUXILIARIES,
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    children,
    is_negated,
    is_time,
    is_to_infinitive,
    next_token,
    prep_objects,
)
from .judgements import load_judgement_lexicon
from .light_verbs import acquits, aimed_code, light_noun, resultatives
from .noun_triggers import noun_code
from .patterns import Modality
from .subjects import COMMITMENT_VERBS, SPEAKER_SUBJECTS

# Actor kinds that are states or their bodies, and the sectors of companies (charged in court, not blamed).
BODY_KINDS = {"country", "government", "organisation"}
COMPANY_SECTORS = ("BUS", "MNC")


def _act_as_means(ctx: Context, verb: Token, lemma: str) -> tuple[str, list[Token]] | None:
    """'retaliated with sanctions', 'responded with air strikes': a response made with an act is that act."""
    if lemma not in ctx.linking.response_verbs:
        return None
    for noun in prep_objects(verb, {"with"}):
        coded = noun_code(ctx, noun)
        if coded is not None:
            return coded
    return None


def _is_body(hit: ActorHit) -> bool:
    """Whether an actor is a state or one of its bodies (a government, an army, a rebel movement), not a person,
    a counted group of people ("two Chinese nationals") or a company, which a court charges."""
    code = hit.actor.code or ""
    if not code or code.startswith("-") or hit.people:
        return False  # (an uncoded organisation may be a company: "charged Huawei with theft")
    return hit.actor.kind in BODY_KINDS and not any(sector in code[3:] for sector in COMPANY_SECTORS)


def _names_party_itself(ctx: Context, obj: Token) -> bool:
    """'welcomed the Vietnamese delegation', 'welcomed President Xi': the object's own head names a party (a
    person, a delegation), not a thing a party owns ('welcomed Pakistan's interest', 'the intervention of the
    AU'), whose owner alone makes it look like an actor."""
    return bool(ctx.actors.overlapping(obj.idx, obj.idx + len(obj)))


def _names_purpose(verb: Token, gains: frozenset[str]) -> bool:
    """'targeted farmers to benefit from the scheme', 'is targeted at nursery schools': the verb says whom a plan
    is meant for ("targeted a convoy to avenge the raid" is an attack: only gaining verbs count)."""
    gained = any(
        c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in gains and children(c, {"aux"}) for c in verb.children
    )
    return gained or any(p.lower_ == "at" for p in children(verb, {"prep"}))


def _gives_reason(ctx: Context, verb: Token) -> bool:
    """'attacked Washington for its arms sales to Taipei', 'attacked the Conservatives for failing to act',
    'attacked city officials over the cull': a "for" / "over" phrase that names what the target did, not a
    party, a time ("for two hours", "for the first time") or no reason at all ("for no reason")."""
    # (the parser may hang the phrase on the party attacked: "attacked Warsaw over the removal of memorials")
    parties = [o for o in children(verb, OBJECTS) if ctx.actors.of_token(o) is not None]
    for prep in children(verb, {"prep"}) + [p for o in parties for p in children(o, {"prep"})]:
        if prep.lower_ not in {"for", "over"} or is_time(prep):
            continue
        if any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in prep.children):
            return True  # "for failing to act"
        for reason in children(prep, {"pobj"}):
            negated = any(c.lower_ == "no" for c in children(reason, {"det"}))
            counted = any(c.ent_type_ in {"ORDINAL", "CARDINAL", "DATE", "TIME"} for c in reason.subtree)
            if not (negated or counted or reason.ent_type_ or ctx.actors.of_token(reason, follow_owner=False)):
                return True
    return False


def verb_code(ctx: Context, verb: Token) -> tuple[str, list[Token], Token | None] | None:
    """(code, trigger tokens, light noun) for a verb, most specific pattern first."""
    lemma = ctx.codebook.verb_lemma(verb.lemma_, verb.lower_)
    # "peacekeepers arrived in Bosnia" is peacekeeping, not a visit: who moves can name the act
    movers = ctx.codebook.movers.get(lemma)
    light = light_noun(ctx, verb)
    # (the noun a light verb takes says more than who moves: bombers that "flew a joint patrol" cooperate)
    if movers and (light is None or light[0] is None):
        for subject in children(verb, SUBJECTS):
            # "hundreds of protesters gathered", "thousands of troops massed": who moves may be what the subject
            # counts or groups
            counted = [o for p in children(subject, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})]
            for word in [subject, *children(subject, {"compound", "amod"}), *counted]:
                code = movers.get(word.lemma_.lower())
                if code:
                    # where they go is whom it concerns: "arrived in Bosnia"
                    goes = [p for p in children(verb, {"prep"}) if p.lower_ in {"in", "into", "to"}]
                    return code, [verb, *goes[:1]], None
    particles = [c for c in verb.children if c.dep_ == "prt"]
    follower = next_token(verb)
    if follower is not None and follower.pos_ in {"ADP", "ADV", "PART"} and follower not in particles:
        particles.append(follower)  # "handed over 20 hostages": the parser often hangs the particle elsewhere
    # "set the hostages free", "was set free", "set free two hostages": a resultative adjective works as a particle
    # ("found them not guilty" acquits: no finding of guilt)
    particles += [a for a in resultatives(verb) if a not in particles and not acquits(ctx, a)]
    preps = [c for c in verb.children if c.dep_ in {"prep", "agent"} and not is_time(c)]
    # the noun is more telling than a particle and preposition: troops "pulled out of the town" withdraw,
    # a party that "pulled out of the talks" breaks them off (a light noun the codebook lists decides)
    for prt in particles if light is None or light[0] is None else []:
        # "pulled out of the talks": the parser may hang "of" from the particle
        for prep in [p for p in preps if p.i != prt.i] + children(prt, {"prep"}):
            code = ctx.codebook.phrasal.get((lemma, f"{prt.lower_} {prep.lower_}"))
            if code:
                return code, [verb, prt, prep], None
    # the noun is more telling than a particle or preposition: "fired missiles at" is not just "fired at",
    # "handed over medicine" is aid, "handed over hostages" a release
    means = _act_as_means(ctx, verb, lemma)
    if means is not None:
        return means[0], [verb, *means[1]], means[1][-1]
    if light and light[0] is None:
        return None  # "struck a balance": the codebook says the phrase is no event
    if light and light[0] is not None:
        return aimed_code(ctx, verb, light[0], light[1]), [verb, light[1]], light[1]
    # "open fire": the object noun is a phrasal particle too
    for word in [*particles, *children(verb, OBJECTS)]:
        code = ctx.codebook.phrasal.get((lemma, word.lower_))
        if code:
            return code, [verb, word], None
    for word in preps:
        code = ctx.codebook.phrasal.get((lemma, word.lower_))
        if code:
            return code, [verb, word], None
    labelled = labelled_code(ctx, verb, lemma)
    if labelled is not None:
        return labelled
    rule = ctx.codebook.verbs.get(lemma)
    if rule is None:
        return None
    objects = children(verb, OBJECTS)
    if rule.clause_code and not objects and children(verb, {"ccomp"}):
        return rule.clause_code, [verb], None  # "charged that troops had fired": an accusation, no arrest
    hits = [hit for hit in (ctx.actors.of_token(o) for o in objects) if hit is not None]
    # "has given Nepal 30 million dollars": the party a sum is given to may be the indirect object, named ("gave
    # Pinochet the last rites", "gave the party a boost" give no aid; "give him 50 yuan a month" is a family's)
    money = rule.money_object is not None and any(o.ent_type_ == "MONEY" for o in objects)
    recipients = [d for d in children(verb, {"dative"}) if d.pos_ not in {"ADP", "PRON"}] if money else []
    has_actor_object = bool(hits) or bool(ctx.actors.of_tokens(recipients))
    if rule.needs_object and not objects and not children(verb, PASSIVE_SUBJECTS):
        return None
    if rule.needs_actor_object and not has_actor_object and not children(verb, PASSIVE_SUBJECTS):
        return None
    if rule.needs_igo_object and not _joins_a_body(ctx, verb, objects):
        return None  # "joined NATO" is an accession; "joined the talks", "joined Xi in calling for" are not
    # "fired the minister", "five officials were dismissed": a person or body let go, the patient active or
    # passive, is no act between parties ("dismissed Washington's proposal" is)
    if rule.no_actor_object and any(_names_party_itself(ctx, o) for o in objects + children(verb, PASSIVE_SUBJECTS)):
        return None
    if rule.no_purpose is not None and _names_purpose(verb, rule.no_purpose):
        return None  # "targeted 1.5 million farmers to benefit", "a scheme targeted at schools": aimed, not struck
    if rule.no_thing_object and objects and not has_actor_object:
        return None  # "help fight the fires", "fight corruption"
    if rule.body_object and any(_is_body(hit) for hit in hits):
        return rule.body_object, [verb], None  # "charged Ottawa with sheltering extremists": blame, no arrest
    if rule.actor_object and any(_names_party_itself(ctx, o) for o in objects):
        return rule.actor_object, [verb], None
    if rule.reason_code and _gives_reason(ctx, verb):
        return rule.reason_code, [verb], None  # "attacked Washington for its arms sales": words, not force
    if rule.money_object and any(o.ent_type_ == "MONEY" for o in objects):
        return rule.money_object, [verb], None
    return rule.code, [verb], None


# Links of a verb told as an aim or a hope under a noun or adjective: "its bid to join the EU", "hopeful of
# Poland joining the ADB".
AIM_LINKS = {"acl", "pcomp"}


def _joins_a_body(ctx: Context, verb: Token, objects: list[Token]) -> bool:
    """'Croatia joined NATO', 'celebrated joining the European Union': an international body as the object,
    the joining told as done. Not a body's people ('let U.N. troops join African Union peacekeepers'), an aim or
    hope ('Ankara's bid to join the EU'), nor an entry in the simple present, which is scheduled ('after the two
    countries join the EU on January 1')."""
    bodies = [o for o in objects if o.tag_ != "NNS" and (hit := ctx.actors.of_token(o)) and country_of(hit) == "IGO"]
    if not bodies or verb.dep_ in AIM_LINKS:
        return False
    if verb.dep_ == "xcomp" and any(a.lemma_.lower() in MODAL_AUXILIARIES for a in children(verb.head, {"aux"})):
        return False  # "would decide on its schedule to join the euro zone"
    return verb.tag_ not in {"VBZ", "VBP"} or bool(children(verb, {"aux", "auxpass"}))


def labelled_code(ctx: Context, verb: Token, lemma: str) -> tuple[str, list[Token], None] | None:
    """'described the American move as provocative', 'called Washington's policy irresponsible', 'regards the
    visit as a grave provocation': labelling a party or its act with blame criticises it (111), with praise
    praises it (051) (judgements.yaml). Whom is the object's party, found as for any object."""
    lexicon = load_judgement_lexicon()
    objects = children(verb, {"dobj"})
    # ("what he called a tragic mistake": a relative's object is the speaker's own word for a thing told elsewhere)
    if lemma not in lexicon.labelling_verbs or not objects or any(o.tag_ in {"WP", "WDT"} for o in objects):
        return None
    predicates = children(verb, {"oprd"})
    for prep in children(verb, {"prep"}) + [p for o in objects for p in children(o, {"prep"})]:
        if prep.lower_ == "as":
            predicates += children(prep, {"pobj", "amod", "acomp", "advmod"})
    negated = is_negated(verb)
    for predicate in predicates:
        judged = lexicon.code_of(predicate)
        if judged is not None and not negated:
            return judged[0], [verb, judged[1]], None
    return None


def modal_complement(ctx: Context, verb: Token, modality: Modality) -> Token | None:
    for comp in verb.children:
        if comp.dep_ in {"xcomp", "ccomp"} and _verbal(comp) and verb_code(ctx, comp) is not None:
            # "agreed that ..." is a report, not an intent; only demands and appeals take a that-clause
            infinitive = is_to_infinitive(comp)
            # ("vowed it would defy": a clause vowed about the vower's own act is an intent)
            asked = modality.name in {"appeal", "demand"}
            if comp.dep_ == "ccomp" and not infinitive and not asked and not _vowed_clause(verb, comp):
                continue
            if comp.dep_ == "ccomp" and not infinitive and reports(ctx, verb) and not mandative(comp):
                # "told reporters that Russia had attacked" reports; "told Israel to scale back", "insisted that
                # Kaunda resign", "told Japan it must open its market" demand
                continue
            return comp
        later = _later_coded_conjunct(ctx, comp)
        if later is not None:
            return later
        # "called for Serbia to recognise Kosovo": the parser takes the asked party's clause for an adverbial
        if for_clause(comp) and modality.name in {"appeal", "demand"} and verb_code(ctx, comp) is not None:
            return comp
        # "called for strengthening ...": the complement sits under a preposition
        if comp.dep_ == "prep" and modality.name == "appeal":
            for pcomp in comp.children:
                if pcomp.dep_ == "pcomp" and pcomp.pos_ == "VERB" and verb_code(ctx, pcomp) is not None:
                    return pcomp
    return None


def _later_coded_conjunct(ctx: Context, comp: Token) -> Token | None:
    """'hopes to close all chapters by 2026 and join the bloc in 2028': an infinitive complement the codebook does
    not code, coordinated with one it does; that one is what the framing verb frames (not told as done)."""
    if comp.dep_ != "xcomp" or not is_to_infinitive(comp) or verb_code(ctx, comp) is not None:
        return None
    later = [c for c in comp.conjuncts if c.i > comp.i and c.pos_ == "VERB"]
    return next((c for c in later if verb_code(ctx, c) is not None), None)


def _vowed_clause(verb: Token, clause: Token) -> bool:
    """'Iran vowed it would defy the resolution': a that-clause vowed or pledged about the vower's own act ("it",
    "we") is an intent like 'vowed to defy'; one about another party ('vowed that the US would pay') is not."""
    subjects = children(clause, {"nsubj"})
    own = bool(subjects) and all(s.lower_ in SPEAKER_SUBJECTS for s in subjects)
    return verb.lemma_.lower() in COMMITMENT_VERBS and own


def for_clause(clause: Token) -> bool:
    """'(called) for Israel to halt ...': an infinitive with its own subject, introduced by 'for'."""
    marked = any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)
    infinitive = is_to_infinitive(clause)
    return clause.dep_ == "advcl" and marked and infinitive and bool(children(clause, {"nsubj", "nsubjpass"}))


def _verbal(clause: Token) -> bool:
    """A verb, or a bare verb with its own subject the tagger took for a noun ('insisted on Sunday that
    President Kaunda resign': 'resign' tagged as a noun)."""
    if clause.pos_ in {"VERB", "AUX"}:
        return True
    return clause.dep_ == "ccomp" and clause.tag_ == "NN" and bool(children(clause, {"nsubj"}))


def reports(ctx: Context, verb: Token) -> bool:
    """A verb of saying ("tell"): its that-clause is reported speech, only its infinitive an act asked for."""
    rule = ctx.codebook.verbs.get(ctx.codebook.verb_lemma(verb.lemma_, verb.lower_))
    return rule is not None and rule.needs_target


def mandative(clause: Token) -> bool:
    """A that-clause that asks for an act: a bare verb ('that Kaunda resign') or 'must' / 'should'."""
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & {"must", "should"}:
        return True
    # ("that Lam meet them", "that Israel let monitors in": a singular subject with the bare form is the
    # subjunctive, whatever the tagger calls it)
    singular = any(c.dep_ == "nsubj" and c.tag_ in {"NN", "NNP"} for c in clause.children)
    bare = clause.lower_ == clause.lemma_.lower()
    return not auxiliaries and (clause.tag_ == "VB" or (bare and singular))


def by_instrument(ctx: Context, verb: Token, code: str, passive: bool) -> str:
    """'A roadside bombing killed three soldiers', 'killed by an explosive device': killing done with a bomb
    is CAMEO's unconventional violence (183x, PLOVER assault), not military force (19)."""
    if not code.startswith("19"):
        return code
    means = children(verb, {"agent"} if passive else SUBJECTS) + [
        p for p in children(verb, {"prep"}) if p.lower_ in {"in", "by"}
    ]
    words = {t.lemma_.lower() for m in means for t in m.subtree}
    bombs = ctx.codebook.bombings
    if not words & set(bombs.get("means", [])):
        return code
    return next((c for kind, c in bombs.get("kinds", {}).items() if kind in words), bombs["code"])


def negated_code(ctx: Context, code: str) -> str | None:
    """CAMEO codes "did not meet" as a rejection; "did not attack" (denied conflict) is no event."""
    if cameo_code(code).quad_class >= 3:
        return None
    refusal = ctx.codebook.modalities.get(ctx.codebook.negated_cooperation or "")
    return refusal.transform(code) if refusal else None


def content_code(ctx: Context, clause: Token) -> str | None:
    """The code of what a reported clause says happened: its verb's own, or a framed event's."""
    coded = verb_code(ctx, clause)
    if coded is not None:
        return coded[0]
    modality = ctx.codebook.modality_of(ctx.codebook.verb_lemma(clause.lemma_, clause.lower_))
    inner = modal_complement(ctx, clause, modality) if modality else None
    if modality is not None and inner is not None:
        framed = verb_code(ctx, inner)
        return modality.transform(framed[0]) if framed else None
    return None
