"""Disapproval told without an act verb of its own: concern at another party's act or power ("the United States
has been concerned over China's rising military might", 012 as "expressed concern over"), and a charge denied in
apposition to the accusation ("The West suspects Iran is seeking nuclear arms, a charge denied by Tehran": the
denier rejects its accuser), and a motion hostile to a party ("put forward a motion critical of China's human
rights record"). Words in judgements.yaml."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import ActorHit, country_of
from .codes import VERBAL_CONFLICT, cameo_code
from .context import Context
from .found import Found
from .grammar import (
    PASSIVE_SUBJECTS,
    SUBJECTS,
    children,
    is_coded,
    is_future,
    is_hypothetical,
    is_negated,
    named_owners,
    with_conjuncts,
)
from .judgements import HostileDocuments, load_judgement_lexicon
from .speech import other_parties, own_countries
from .subjects import SPEAKER_SUBJECTS, speaker_of, subjects_of
from .verb_triggers import verb_code

# Verbs a concern adjective hangs from as a state of its subject ("is / has been / remains concerned").
STATE_VERBS = {"be", "remain", "become", "grow", "feel", "seem", "appear"}
# The sentence's reference to the denied charge hangs from its clause as an apposition or a loose modifier.
APPOSITION_LINKS = {"appos", "npadvmod", "nsubj", "dobj", "attr", "conj"}
# The root of disapproval, which a participle on a motion tells ("a motion condemning Beijing").
DISAPPROVE_ROOT = "11"


def stances(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """The concerns and denied charges of the sentence; the words that tell them are claimed."""
    return concerns(ctx, sent, claimed) + denied_charges(ctx, sent, claimed) + hostile_motions(ctx, sent, claimed)


def concerns(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """'The United States has been concerned over China's rising military might', 'Japan is alarmed by North
    Korea's launches': a coded party's concern at what another party (of another country) did or has."""
    concern = load_judgement_lexicon().concern
    found: list[Found] = []
    for word in sent:
        if word.i in claimed or word.lower_ not in concern.words or word.pos_ not in {"VERB", "ADJ"}:
            continue
        state = word.head if word.dep_ == "acomp" and word.head.lemma_.lower() in STATE_VERBS else word
        if any(is_negated(w) or is_hypothetical(w) or is_future(w) for w in {word, state}):
            continue
        holders = children(word, PASSIVE_SUBJECTS) or children(state, SUBJECTS)
        sources = _holders(ctx, word, holders)
        about = [
            p for p in children(word, {"prep", "agent"}) if p.lower_ in concern.prepositions
        ]  # ("concerned over", "alarmed by")
        targets = _others(ctx, [o for p in about for o in with_conjuncts(children(p, {"pobj"}))], sources)
        if not sources or not targets:
            continue
        claimed.add(word.i)
        found.append(Found(concern.code, word, [word, about[0]], sources, targets, notes=["concern"]))
    return found


def denied_charges(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """'The United States accuses Iran of developing nuclear weapons, a charge rejected by Tehran': a charge noun
    in apposition to the sentence's accusation, denied or rejected by a party, is that party's denial aimed at the
    accuser (the accusation's subject)."""
    lexicon = load_judgement_lexicon()
    accusation = sent.root
    told = verb_code(ctx, accusation) if accusation.pos_ in {"VERB", "AUX"} else None
    if told is None or cameo_code(told[0]).quad_class != VERBAL_CONFLICT or is_negated(accusation):
        return []
    accusers = [h for h in subjects_of(ctx, accusation)[0] if is_coded(h.actor)]
    found: list[Found] = []
    for charge in sent:
        if charge.lemma_.lower() not in lexicon.charge_nouns or charge.dep_ not in APPOSITION_LINKS:
            continue
        for denial in children(charge, {"acl"}):
            coded = verb_code(ctx, denial) if denial.tag_ == "VBN" and denial.i not in claimed else None
            deniers = ctx.actors.of_tokens([o for a in children(denial, {"agent"}) for o in children(a, {"pobj"})])
            deniers = [h for h in deniers if is_coded(h.actor)]
            denying = {country_of(d) for d in deniers}
            targets = [a for a in accusers if country_of(a) not in denying]
            if coded is None or coded[0][:2] not in {"01", "12"} or not deniers or not targets:
                continue  # (a charge "dropped by prosecutors" or "upheld by the court" is no denial)
            claimed.add(denial.i)
            found.append(Found(coded[0], denial, [denial], deniers, targets, notes=["denied-charge"]))
    return found


def hostile_motions(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """'Denmark said it would put forward a motion critical of China's human rights record', 'an anti-China motion
    submitted by Denmark', 'prompting a resolution against Iran': a motion hostile to a party, put forward by a
    coded party of another country, criticises it (judgements.yaml hostile_documents)."""
    documents = load_judgement_lexicon().hostile_documents
    found: list[Found] = []
    for motion in sent:
        if motion.i in claimed or motion.lemma_.lower() not in documents.nouns or motion.pos_ != "NOUN":
            continue
        sources = [h for h in _issuers(ctx, motion, documents) if is_coded(h.actor)]
        targets = other_parties(_aimed_at(ctx, motion, documents), own_countries(sources))
        if not sources or not targets:
            continue
        claimed.update([motion.i, *(a.i for a in _condemning(ctx, motion))])  # (one event, not the participle's too)
        found.append(Found(documents.code, motion, [motion], sources, targets, nominal=True, notes=["hostile-motion"]))
    return found


def _aimed_at(ctx: Context, motion: Token, documents: HostileDocuments) -> list[ActorHit]:
    """Whom a motion is hostile to: 'critical of X', 'against X', 'anti-X'."""
    aimed = [
        o
        for a in motion.children
        if a.lower_ in documents.adjectives and a.dep_ in {"amod", "acl", "acomp"}
        for p in children(a, {"prep"})
        if p.lower_ == "of"
        for o in children(p, {"pobj"})
    ]
    aimed += [o for p in children(motion, {"prep"}) if p.lower_ in documents.prepositions for o in children(p, {"pobj"})]
    aimed += [o for a in _condemning(ctx, motion) for o in children(a, {"dobj"})]
    hits = ctx.actors.of_tokens(aimed)
    # ("anti-China": three modifiers of the noun, and no mention of its own; the party the article names so)
    words = list(motion.lefts)
    prefixed = [words[k + 2] for k in range(len(words) - 2) if words[k].lower_ in documents.prefixes]
    named = [ctx.actors.named(w.text) for w in prefixed if words[words.index(w) - 1].text == "-"]
    return hits + [ActorHit(a) for a in named if a is not None]


def _condemning(ctx: Context, motion: Token) -> list[Token]:
    """'a motion condemning Beijing': the participles on the motion that criticise (CAMEO 11)."""
    return [
        a
        for a in children(motion, {"acl"})
        if a.tag_ == "VBG" and (coded := verb_code(ctx, a)) is not None and coded[0][:2] == DISAPPROVE_ROOT
    ]


def _issuers(ctx: Context, motion: Token, documents: HostileDocuments) -> list[ActorHit]:
    """Who puts a motion forward: the 'by' phrase of a verb of putting forward on it ('submitted by Denmark'), its
    owner ('Denmark's motion'), or the subject of such a verb governing it ('Denmark tabled a motion', 'said it
    would put forward a motion'), also through a noun of intent ('announced plans to sponsor a motion'); none when
    that verb is negated or only supposed."""
    for verb in children(motion, {"acl"}):
        if _issuing(verb, documents):
            return ctx.actors.of_tokens([o for a in children(verb, {"agent"}) for o in children(a, {"pobj"})])
    owners = named_owners(motion)
    if owners:
        return ctx.actors.of_tokens(owners)
    verb = motion.head if motion.dep_ in {"dobj", "nsubjpass"} else None
    if verb is None or not _issuing(verb, documents) or is_negated(verb) or is_hypothetical(verb):
        return []
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head.head  # "announced plans to sponsor": the intent's holder
    return subjects_of(ctx, verb)[0] if not children(verb, PASSIVE_SUBJECTS) else []


def _issuing(verb: Token, documents: HostileDocuments) -> bool:
    """A verb of putting a motion forward ('tabled', 'put forward')."""
    lemma = verb.lemma_.lower()
    particles = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in {"prt", "advmod"}]
    return lemma in documents.issuing_verbs or any(p in documents.issuing_verbs for p in particles)


def _holders(ctx: Context, word: Token, holders: list[Token]) -> list[ActorHit]:
    """Who holds the concern: the coded subject, or the speaker for 'we' ('"We are concerned about ...," X said')."""
    if holders and all(h.lower_ in SPEAKER_SUBJECTS for h in holders):
        speaker = speaker_of(ctx, word.head if word.dep_ == "acomp" else word)
        return [speaker] if speaker is not None and is_coded(speaker.actor) else []
    return [h for h in ctx.actors.of_tokens(with_conjuncts(holders)) if is_coded(h.actor)]


def _others(ctx: Context, nouns: list[Token], sources: list[ActorHit]) -> list[ActorHit]:
    """The coded parties the nouns name (or own: 'China's military might') not of the sources' countries."""
    return other_parties(ctx.actors.of_tokens(nouns), own_countries(sources))
