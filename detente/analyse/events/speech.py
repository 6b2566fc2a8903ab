"""Reported speech: what a bare statement ("X said ...", "X warned that ...") is coded as and towards whom,
and an act a speaker says another must do ("Sudan must return ...") as the speaker's demand."""

from __future__ import annotations

from spacy.tokens import Token

from .actors import ActorHit, country_of, opposed_sides, same_state
from .appraisals import appraisal_in, owners_of
from .codes import VERBAL_CONFLICT, cameo_code
from .context import Context
from .found import Found
from .grammar import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    children,
    in_clause_of,
    is_coded,
    is_future,
    is_hypothetical,
    is_negated,
    is_to_infinitive,
    obligation_of,
    with_conjuncts,
)
from .judgements import load_judgement_lexicon
from .objects import objects_of
from .story import adversary_of
from .subjects import SPEECH_VERBS, speaker_of, subjects_of
from .verb_triggers import content_code, mandative, reports, verb_code

# What saying that another country did harm is: an accusation; the root of threats; a refusal.
ACCUSATION = "112"
THREAT_ROOT = "13"
WARNING = "130"
REFUSAL = "120"
# A bare statement ("make public statement"): an event only when addressed to a party ("told Chen").
STATEMENT = "010"
# The modality of asking a party for an act (an appeal, 02), as codebook.modalities names it.
APPEAL = "appeal"
# The participle that gives a reason for an act ("withdrew the tariff cuts, saying ...").
REASON_VERB = "say"
# Roots of acts that blame already: a saying that gives their reason is how the blame is made, no second one.
BLAME_ROOTS = {"11", "12", "13"}
# Subjects of a reported clause that are the speaker's side ("said it would", "we will").
SPEAKER_PRONOUNS = {"it", "we", "they", "he", "she", "i"}


def hearers_told(ctx: Context, verb: Token) -> list[ActorHit]:
    """The coded hearers (not the press) of the verb of telling whose clause ``verb`` is in: '"We will not accept
    this," the Iranian minister told his French counterpart' (linking.yaml hearer_verbs); none under another verb
    of saying."""
    token = verb
    while token.dep_ in {"ccomp", "conj"} and token.head.i != token.i:
        token = token.head
        lemma = token.lemma_.lower()
        if lemma in ctx.linking.hearer_verbs:
            heard = ctx.actors.of_tokens(with_conjuncts(children(token, OBJECTS | {"dative"})))
            return [h for h in heard if is_coded(h.actor) and h.actor.role != "MED"]
        if lemma in SPEECH_VERBS:
            return []
    return []


def owed(ctx: Context, found: Found, verb: Token, passive: bool, uncoded: bool = False) -> Found:
    """'Russia said Sudan must return the helicopter': in reported speech an act the speaker says another
    actor must do is the speaker's demand on that actor (CAMEO 10), not the act itself. ``uncoded``: the act is
    none the codebook codes, only its being owed ('said both sides should abide by the principle')."""
    owes = owing(verb)
    speaker = found.speaker or (speaker_of(ctx, owes[1]) if owes is not None else None)
    kind = owes[0] if owes is not None else None
    if kind is None or speaker is None or not is_coded(speaker.actor) or passive or found.negated:
        return found
    # (the general public told what it should do is advice, not an appeal to a party)
    obliged = [
        s
        for s in found.sources
        if is_coded(s.actor)
        and s.key != speaker.key
        and not same_state(s, speaker)
        and not (s.actor.code or "").endswith("CVL")
    ]
    if includes_speaker(owes[1], found.sources, speaker):
        # "both sides should expand exchanges", "China and Vietnam should deepen cooperation": what the speaker says its
        # own side owes with the other is its proposal, a stated intent toward the other (03), not an appeal
        return proposal(ctx, found, speaker, obliged or found.targets, uncoded)
    modality = ctx.codebook.modalities.get(kind)
    if not obliged or modality is None:
        return found
    return Found(
        modality.transform(found.code),
        found.anchor,
        found.trigger,
        [speaker],
        obliged,
        notes=[*found.notes, "modality:obligation"],
    )


# The pronoun of a subject that takes in the speaker's side with the party told ('told Kibaki "we should"').
INCLUSIVE_PRONOUNS = {"we"}
# The modality a proposal is coded with (verbs.yaml ``modality``: an intent to cooperate, 03).
INTENT = "intent"


def includes_speaker(verb: Token, sources: list[ActorHit], speaker: ActorHit, told: bool = False) -> bool:
    """Whether the doers of an owed act take in the speaker's own side with another: 'both sides should' or
    'China and Vietnam should' said by a Chinese official, and 'we should' when told to a party (``told``): said
    to no one, 'we' is the speaker's side alone ('we must do it'). Not 'it must abandon', the speaker's pronoun
    read for a lone doer, nor the speaker's side alone ('the council has yet to publish')."""
    if told and any(s.lower_ in INCLUSIVE_PRONOUNS for s in children(verb, SUBJECTS)):
        return True
    own = [s.key == speaker.key or same_state(s, speaker) for s in sources]
    return any(own) and not all(own)


def proposal(ctx: Context, found: Found, speaker: ActorHit, others: list[ActorHit], uncoded: bool = False) -> Found:
    """An act the speaker's side owes jointly with another, as the speaker's intent toward that other party:
    cooperation, or an act the codebook does not code ('both sides should abide by the principle'), only ('we
    should strengthen cooperation' 03; 'we should punish them' stays as it is)."""
    intent = ctx.codebook.modalities.get(INTENT)
    if intent is None or (cameo_code(found.code).quad_class >= VERBAL_CONFLICT and not uncoded):
        return found
    others = [o for o in others if o.key != speaker.key and not same_state(o, speaker)]
    return Found(
        intent.transform("" if uncoded else found.code),
        found.anchor,
        found.trigger,
        [speaker],
        others,
        notes=[*found.notes, "modality:proposal"],
    )


def owing(verb: Token) -> tuple[str, Token] | None:
    """'Sudan must return the helicopter' (a demand), 'Israel should withdraw', 'Washington needs to take concrete
    steps', 'the United States has to stop its plans' (appeals): the kind of modality through which an act is told
    as owed, and the verb that tells it (the act's own, or the verb of needing it hangs from)."""
    kind = obligation_of(verb)
    if kind is not None:
        return kind, verb
    need = verb.head
    if verb.dep_ != "xcomp" or not is_to_infinitive(verb) or need.pos_ not in {"VERB", "AUX"}:
        return None
    if need.lemma_.lower() not in load_judgement_lexicon().need_verbs or is_negated(need) or is_hypothetical(need):
        return None
    return APPEAL, need


def accused_in_clause(ctx: Context, verb: Token, sources: list[ActorHit]) -> list[ActorHit]:
    """'Baku charged that Armenian forces had opened fire', 'alleged that Iraqi jets bombed ...': an
    accusation told as a that-clause is aimed at the clause's doers (another country's, never the accuser's)."""
    own = own_countries(sources)
    for clause in with_conjuncts(children(verb, {"ccomp"})):
        doers = other_parties(subjects_of(ctx, clause)[0], own)
        if doers:
            return doers
    return []


def asked_in_clause(ctx: Context, verb: Token, sources: list[ActorHit]) -> list[ActorHit]:
    """'Moldova insisted that Russian troops must leave', 'demanded that Kaunda resign': an appeal or demand
    told as a that-clause asking for an act is aimed at that act's doers (never the asker's own side)."""
    own = own_countries(sources)
    roles: list[ActorHit] = []
    for clause in with_conjuncts(children(verb, {"ccomp"})):
        if reports(ctx, verb) and not mandative(clause):
            continue  # "insisted that relations were good" reports; "demanded that protesters stop" asks
        doers = subjects_of(ctx, clause)[0]
        coded = other_parties(doers, own)
        if coded:
            return coded
        # ("demanded that protesters stop": a role the sentence's country may place)
        roles += [h for h in doers if (h.actor.code or "").startswith("---")]
    return roles


def is_alleged(ctx: Context, verb: Token) -> bool:
    """Whether the act is what an accusation verb's that-clause says ('charged that troops had fired'):
    told as the accuser's claim, the accusation is the news."""
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return False
    rule = ctx.codebook.verbs.get(ctx.codebook.verb_lemma(verb.head.lemma_, verb.head.lower_))
    return rule is not None and any((c or "").startswith(ACCUSATION) for c in (rule.code, rule.clause_code))


def names_itself(verb: Token, trigger: list[Token]) -> bool:
    """Whether the act's object is a pronoun ('at it', 'attacked us'), which in reported speech is the speaker."""
    heads = [verb, *trigger[1:]]
    objects = [o for h in heads for o in children(h, OBJECTS | {"pobj"})]
    objects += [o for h in heads for p in children(h, {"prep"}) for o in children(p, {"pobj"})]
    return any(o.lower_ in {"it", "us", "them", "we"} for o in objects)


def code_statement(
    ctx: Context, verb: Token, code: str, sources: list[ActorHit], addressed: list[ActorHit]
) -> tuple[str, list[ActorHit]] | None:
    """What a bare statement ("X said ...") is coded as, if anything, and towards whom.

    - "..., officials said.": the attribution of a news item is no event of its own;
    - "X told Chen": a statement to a coded actor (010);
    - "X said Y had fired first": what Y did is coded from the complement; saying it of another country
      blames it (an accusation, 112); a complement that codes anything else carries the news alone;
    - "X said Y was ready": nothing coded in the complement; a verb of asking ("insisted that Y ...") asks Y,
      never the speaker's own country ("Lee said Korea would ..."); a bare statement about Y is no event
      (what is said about a party is not said to it: "said Damascus was preparing for war", "said Minsk
      and Moscow were testing NATO" beside the summons that is the act)."""
    contents = children(verb, {"ccomp"})
    judged = None if verb.tag_ == "VBG" else judgement_in(ctx, verb, sources) or conditional_warning(ctx, verb, sources)
    if judged is not None:
        return judged
    if verb.dep_ == "parataxis" or any(c.i < verb.i for c in contents):
        return None
    own = {country_of(s) for s in sources}
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"}:
        # "criticised the meeting, saying ...": the saying is how the criticism was made; "withdrew the tariff
        # cuts, saying Taipei had violated the pact": another country's act of conflict given as the reason for
        # an act that blames no one of its own is an accusation beside that act
        framing = verb_code(ctx, verb.head)
        if verb.lemma_.lower() != REASON_VERB or (framing is not None and framing[0][:2] in BLAME_ROOTS):
            return None  # ("arrested a man claiming he ...": a participle of another verb tells someone's words)
        return _blamed_in(ctx, with_conjuncts(contents), sources, own)
    if addressed:
        return code, addressed
    if code[:2] == THREAT_ROOT:
        warned = warning(ctx, verb, code, own)
        return warned[:2] if warned is not None else None
    clauses = with_conjuncts(contents)
    contents_coded = [(c, content_code(ctx, c)) for c in clauses if c.pos_ in {"VERB", "AUX"}]
    contents_coded = [(c, told) for c, told in contents_coded if told is not None]
    if contents_coded:
        blamed = _blamed_in(ctx, [c for c, _told in contents_coded], sources, own)
        if blamed is not None:
            return blamed
        # "Petro said Colombia would not be intimidated", "... would not be driven out of its waters": a hostile
        # act the speaker's side says it will not suffer (a negated act of conflict is no event of its own) is
        # its refusal to yield; an act it says it will not do ("would not attack") is no refusal
        clauses = [
            c for c, told in contents_coded if cameo_code(told).quad_class >= 3 and children(c, PASSIVE_SUBJECTS)
        ]
    for clause in clauses:
        if is_future(clause) and is_negated(clause) and _own_side(ctx, clause, own):
            # "Lula said Brazil would not accept blackmail", "said the Philippines would not be driven out":
            # the speaker's side refusing, aimed at the other party of the story told so far
            adversary = adversary_of(ctx, own)
            return (REFUSAL, [adversary]) if adversary is not None else None
    if contents_coded or code == STATEMENT:
        return None  # what the clause tells is coded on its own; a bare statement about a party is no event
    about = [h for h in _reported_subjects(ctx, verb) if country_of(h) not in own]
    return (code, about) if about else None


def judgement_in(ctx: Context, verb: Token, sources: list[ActorHit]) -> tuple[str, list[ActorHit]] | None:
    """'X said Japan's decision was a grave mistake', '"Syria's interference is unacceptable," X said', 'the
    strikes were an act of aggression, X said': a coded speaker who says another party, or a thing it did or
    owns, is something blameworthy criticises that party (111); praise ('had been constructive') is 051
    (judgements.yaml). A judgement of a thing no party owns ('the situation is grave'), of the speaker's own
    side, or one only supposed ('would be a mistake') is none."""
    if not any(is_coded(s.actor) for s in sources):
        return None
    # the content follows ("said that ..."), comes first ("..., X said"), or the saying is an aside to it
    clauses = _reported_clauses(verb)
    own = own_countries(sources)
    for clause in with_conjuncts(clauses):
        if is_hypothetical(clause) or is_future(clause):
            continue  # ("would be a grave mistake": a warning of what is not done)
        judged = _judged(clause)
        if judged is None:
            continue
        subjects = with_conjuncts(children(clause, {"nsubj"}))
        # ("this is an organised crime encouraged by the Israeli government", "the position by the government to
        # deny ... has exacerbated the problem": the party named as the doer, when the subject names none)
        doers = [
            o
            for word in (judged[0], *subjects)
            for t in word.subtree
            if t.dep_ == "agent" or t.lower_ == "by"
            for o in children(t, {"pobj"})
        ]
        # ('"These remarks are unacceptable," X said of the Turkish president's speech': what it is said of)
        said_of = [o for p in children(verb, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})]
        owned = [o for s in subjects for o in owners_of(s)]  # ("the government move was undemocratic")
        for named in (subjects, _told_facts(subjects), doers, said_of, owned):
            parties = judged_parties(ctx.actors.of_tokens(named), sources)
            if parties:
                return judged[1][0], parties
    return _appraised(ctx, with_conjuncts(clauses), sources) or _blamed_manner(ctx, with_conjuncts(clauses), own)


def _appraised(ctx: Context, clauses: list[Token], sources: list[ActorHit]) -> tuple[str, list[ActorHit]] | None:
    """'said Cambodia has made great achievements', 'said the electoral council has failed to correct the errors',
    'said the illegal action by the United States would not weaken Iran': praise (051) or criticism (111) of the
    party a reported clause appraises (appraisals.py), of another country or, at home, of the other side (the
    opposition of the government, and the reverse); never of the speaker's own side."""
    for clause in clauses:
        appraisal = appraisal_in(clause, ctx.actors)
        if appraisal is None:
            continue
        parties = judged_parties(ctx.actors.of_tokens(with_conjuncts(appraisal[1])), sources)
        if parties:
            return appraisal[0], parties
    return None


def judged_parties(hits: list[ActorHit], sources: list[ActorHit]) -> list[ActorHit]:
    """Whom a speaker's judgement may be of: coded parties of another country, or at home the other side (the
    opposition of the government, and the reverse); never the speaker's own side."""
    rivals = [h for h in hits if is_coded(h.actor) and any(opposed_sides(s, h) for s in sources)]
    return other_parties(hits, own_countries(sources)) or rivals


def judged_by_speaker(ctx: Context, verb: Token) -> Found | None:
    """'he added that Cambodia has developed rapidly under the leadership of Hun Sen', 'X noted that Japan's decision
    was a grave mistake', '"...," it wrote': a judgement or appraisal told with a verb of saying the codebook does not
    code as a statement of its own (subjects.SPEECH_VERBS) is the same judgement as with 'said'."""
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.tag_ == "VBG" or is_negated(verb) or is_hypothetical(verb):
        return None
    sources = subjects_of(ctx, verb)[0]
    judged = judgement_in(ctx, verb, sources)
    if judged is None:
        return None
    return Found(judged[0], verb, [verb], sources, judged[1], notes=["judged-in-speech"])


def conditional_warning(ctx: Context, verb: Token, sources: list[ActorHit]) -> tuple[str, list[ActorHit]] | None:
    """'"If the Danish government continues with its motion, this will deteriorate bilateral relations," Shen said':
    harm a coded speaker foretells should another party act is a warning to that party, a threat (130); the party
    is the subject of the 'if' or 'unless' clause (judgements.yaml consequence_verbs and harm_verbs)."""
    if not any(is_coded(s.actor) for s in sources):
        return None
    lexicon = load_judgement_lexicon()
    harms = lexicon.harm_verbs | lexicon.consequence_verbs
    own = own_countries(sources)
    clauses = _reported_clauses(verb)
    for clause in clauses:
        foretold = [c for c in with_conjuncts([clause]) if c.lemma_.lower() in harms and not is_negated(c)]
        if not foretold or not is_future(foretold[0]):
            continue
        conditions = [
            c for c in children(clause, {"advcl"}) if any(m.lower_ in {"if", "unless"} for m in children(c, {"mark"}))
        ]
        doers = [s for c in conditions for s in with_conjuncts(children(c, {"nsubj"}))]
        parties = other_parties(ctx.actors.of_tokens(doers), own)
        if parties:
            return WARNING, parties
    return None


def _judged(clause: Token) -> tuple[Token, tuple[str, Token]] | None:
    """What a reported clause judges with, and the word that carries it: a blameworthy or praiseworthy predicate
    of a verb of being ('is a grave mistake', 'constitutes a threat'), or a verb of doing harm ('has provoked an
    arms race', 'has exacerbated the problem'), not negated."""
    lexicon = load_judgement_lexicon()
    lemma = clause.lemma_.lower()
    if lemma in lexicon.harm_verbs and clause.pos_ == "VERB":
        return None if is_negated(clause) else (clause, (lexicon.blame_code, clause))
    if lemma not in lexicon.copulas:
        return None
    predicates = children(clause, {"attr", "acomp", "dobj"})
    predicates += [o for p in children(clause, {"prep"}) if p.lower_ == "to" for o in children(p, {"pobj"})]
    negated = is_negated(clause)
    return next(((p, c) for p in predicates if (c := lexicon.code_of(p, negated)) is not None), None)


def _told_facts(subjects: list[Token]) -> list[Token]:
    """'The fact that Israel has nuclear arms constitutes a threat': the subjects of a that-clause the judged
    subject tells, who are what is judged."""
    clauses = [c for s in subjects for c in children(s, {"acl", "ccomp"}) if children(c, {"mark"})]
    return [d for c in clauses for d in children(c, {"nsubj"})]


def _blamed_manner(ctx: Context, clauses: list[Token], own: set[str]) -> tuple[str, list[ActorHit]] | None:
    """'said the Philippine ship had deliberately collided with its vessel', 'said Serbian jets had illegally
    crossed into its airspace': another country's past act told with an adverb of blame accuses its doer (112),
    whatever the act (judgements.yaml blame_manners)."""
    manners = load_judgement_lexicon().blame_manners
    for clause in clauses:
        if clause.pos_ not in {"VERB", "AUX"} or is_future(clause) or is_negated(clause) or is_hypothetical(clause):
            continue
        if not any(a.lemma_.lower() in manners or a.lower_ in manners for a in children(clause, {"advmod", "acomp"})):
            continue
        doers = other_parties(subjects_of(ctx, clause)[0], own)
        if doers:
            return ACCUSATION, doers
    return None


def baseless_suspicion(ctx: Context, verb: Token, targets: list[ActorHit]) -> bool:
    """'I suspect they will be low-profile', 'police suspect the man was killed': a suspicion is an accusation only
    of a coded party, by a subject that holds it ('war crimes suspect Radovan Karadzic' misread as a verb holds
    none) (judgements.yaml suspicion_verbs)."""
    suspects = verb.lemma_.lower() in load_judgement_lexicon().suspicion_verbs
    return suspects and (not children(verb, SUBJECTS) or not any(is_coded(t.actor) for t in targets))


def wished_of_another(ctx: Context, verb: Token, claimed: set[int]) -> Found | None:
    """'Poland wants Germany to pay reparations', '"We want Israel to stop the settlements," X said', 'we expect
    Iran to honour its commitments': a party that wants or expects another party to act asks it for that act,
    an appeal (02: the act's own appeal code when it is coded, else 020), not an intent of its own. The wisher
    is its subject, or the speaker when that is 'we' / 'I'; the asked party is the infinitive's own subject, a
    coded party of another country."""
    appeal = ctx.codebook.modalities.get(APPEAL)
    if appeal is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if is_negated(verb) or is_hypothetical(verb) or children(verb, PASSIVE_SUBJECTS):
        return None
    inner = _wished_act(verb, ctx.codebook.verb_lemma(verb.lemma_, verb.lower_))
    if inner is None or is_negated(inner):
        return None
    sources = subjects_of(ctx, verb)[0]
    if not any(is_coded(s.actor) for s in sources):
        speaker = speaker_of(ctx, verb)
        pronoun = all(t.lower_ in {"we", "i"} for t in children(verb, SUBJECTS))
        sources = [speaker] if speaker is not None and pronoun and children(verb, SUBJECTS) else []
    own = own_countries(sources)
    # (the party itself, not a thing it owns: "hopes Bush's visit will advance relations" asks no one)
    named = [t for t in children(inner, {"nsubj"}) if ctx.actors.overlapping(t.idx, t.idx + len(t))]
    asked = other_parties(ctx.actors.of_tokens(named), own)
    if not sources or not asked:
        return None
    told = content_code(ctx, inner)
    claimed.add(inner.i)
    return Found(appeal.transform(told or ""), verb, [verb], sources, asked, notes=["modality:appeal", "wish"])


def _wished_act(verb: Token, lemma: str) -> Token | None:
    """The act a verb of wishing or hoping wants another to do, with that other as its own subject: 'wants Germany
    to pay', 'would like to see Japanese companies invest', 'hope that the European countries can look at ...'
    (judgements.yaml wish_verbs, seeing_verbs, hope_verbs)."""
    lexicon = load_judgement_lexicon()
    if lemma in lexicon.hope_verbs:
        clauses = [c for c in children(verb, {"ccomp"}) if not is_to_infinitive(c) and c.pos_ in {"VERB", "AUX"}]
        return next((c for c in clauses if children(c, {"nsubj"})), None)
    if lemma not in lexicon.wish_verbs:
        return None
    acts = children(verb, {"ccomp", "xcomp"})
    # ("would like to see X invest": the act of the one seen)
    acts += [
        a
        for c in acts
        if c.lemma_.lower() in lexicon.seeing_verbs and is_to_infinitive(c)
        for a in children(c, {"ccomp", "xcomp"})
    ]
    seen = [a for a in acts if a.head.lemma_.lower() in lexicon.seeing_verbs]
    wanted = [a for a in acts if any(t.dep_ == "aux" and t.lower_ == "to" for t in a.children)]
    return next((c for c in [*wanted, *seen] if children(c, {"nsubj"})), None)


def _blamed_in(
    ctx: Context, clauses: list[Token], sources: list[ActorHit], own: set[str]
) -> tuple[str, list[ActorHit]] | None:
    """'X said Y had fired first': a reported act of conflict done by another country (not one foretold,
    denied or supposed) blames its doers, an accusation (112) by a coded speaker."""
    if not any(is_coded(s.actor) for s in sources):
        return None
    for clause in clauses:
        told = content_code(ctx, clause) if clause.pos_ in {"VERB", "AUX"} else None
        if told is None or cameo_code(told).quad_class < VERBAL_CONFLICT:
            continue
        if is_future(clause) or is_negated(clause) or is_hypothetical(clause):
            continue
        doers = other_parties(subjects_of(ctx, clause)[0], own)
        if doers:
            return ACCUSATION, doers
    return None


def own_countries(sources: list[ActorHit]) -> set[str]:
    """The countries (or families) of an act's doers."""
    return {country_of(s) for s in sources}


def other_parties(hits: list[ActorHit], own: set[str]) -> list[ActorHit]:
    """The coded parties among ``hits`` that are not of the doers' own countries (``own_countries``)."""
    return [h for h in hits if is_coded(h.actor) and country_of(h) not in own]


def _reported_clauses(verb: Token) -> list[Token]:
    """What a verb of saying reports: its that-clause ('said that ...'), or the clause it is an aside to ('...,
    X said'), and what a verb of opinion there says is so ('"We think this decision is sensible," X said')."""
    clauses = children(verb, {"ccomp"}) or ([verb.head] if verb.dep_ == "parataxis" else [])
    opinions = load_judgement_lexicon().opinion_verbs
    return clauses + [t for c in clauses if c.lemma_.lower() in opinions for t in children(c, {"ccomp"})]


def _own_side(ctx: Context, clause: Token, own: set[str]) -> bool:
    """Whether a reported clause tells of the speaker's own side ('Brazil would', 'it would', 'we will')."""
    subjects = children(clause, SUBJECTS | PASSIVE_SUBJECTS)
    if subjects and all(t.lower_ in SPEAKER_PRONOUNS for t in subjects):
        return True
    hits = subjects_of(ctx, clause)[0] or ctx.actors.of_tokens(children(clause, PASSIVE_SUBJECTS))
    return bool(hits) and all(country_of(h) in own for h in hits)


def warning(ctx: Context, verb: Token, code: str, own: set[str]) -> tuple[str, list[ActorHit], Token] | None:
    """'X warned that Seoul and Washington would pay a dear price': warning another party of what will
    befall it is a threat to it (13); 'warned that it would impose sanctions on Y', of one's own act,
    is the threat of that act to Y. The that-clause may hang lower ('warned in a statement that ...')."""
    clauses = [
        t
        for t in verb.subtree
        if (t.dep_ == "ccomp" or (t.dep_ == "acl" and any(m.lower_ == "that" for m in children(t, {"mark"}))))
        and t.i > verb.i
        and is_future(t)
        and in_clause_of(t, verb, content=True)
    ]
    threat = ctx.codebook.modalities.get("threat")
    for clause in clauses:
        subjects = subjects_of(ctx, clause)[0]
        others = other_parties(subjects, own)
        if others:
            return code, others, clause
        coded = content_code(ctx, clause)
        if coded is not None and threat is not None and cameo_code(coded).quad_class >= 3:
            # (whom the act is done to, also through a framing verb: "would seek to outlaw the party")
            acts = [clause, *(c for c in clause.subtree if c.dep_ == "xcomp")]
            targets = [t for a in acts for t in objects_of(ctx, a, []) if country_of(t) not in own][:2]
            if targets or _own_side(ctx, clause, own):
                # ("warned that it would walk away from the table": its own act threatened, whoever it is
                # aimed at, is that act's threat; the story's other party is looked for below)
                adversary = None if targets else adversary_of(ctx, own)
                # ("warned it would seek to outlaw the party": what is told is already a threat, 132)
                threatened = coded if coded[:2] == THREAT_ROOT else threat.transform(coded)
                return threatened, targets or ([adversary] if adversary else []), clause
        if _own_side(ctx, clause, own):
            # "warned that they would push for a censure resolution": a threat to the story's other party
            adversary = adversary_of(ctx, own)
            if adversary is not None:
                return code, [adversary], clause
    return None


def _reported_subjects(ctx: Context, verb: Token) -> list[ActorHit]:
    """'X said Y had fired first': the saying is addressed at Y."""
    for comp in children(verb, {"ccomp"}):
        hits, _passive = subjects_of(ctx, comp)
        # a generic crowd ("people", "the media") is talked about, not talked to
        hits = [h for h in hits if h.actor.code and not h.actor.code.startswith("-")]
        if hits:
            return hits
    return []
