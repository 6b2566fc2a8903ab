"""Event nouns framed by a refusal ("opposed to French mediation", "a meeting with Zelenskiy is out of the
question") or a demand ("its demand that Israel ease ...", "a call for Japan to withdraw"): the whole is one
refusal or demand aimed at the event's party."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .codes import cameo_code
from .context import Context
from .found import Found
from .grammar import OBJECTS, SUBJECTS, children, is_coded, is_negated, named_owners, prep_objects
from .noun_triggers import noun_code
from .subjects import governing_verb, speaker_of, subjects_of
from .verb_triggers import for_clause, negated_code, verb_code

# Demands: the one conflictual event a refusal of it is coded for ("refused the demand from the US").
DEMAND_ROOT = "10"
# A refusal that names no act of cooperation ("removing sanctions is out of the question"): reject (CAMEO 12).
REJECTION = "120"
# Copulas that state an act ruled out: "is / remains out of the question".
COPULAS = {"be", "remain"}


def refused_events(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """'Israel is opposed to French mediation': a refusal of an event noun is one event, the refusal of
    that event to its owner; the refusing verb is not coded again on its own (as a plain 'oppose')."""
    found: list[Found] = []
    for noun in sent:
        if noun.pos_ not in {"NOUN", "PROPN"} or noun.i in claimed:
            continue
        coded = noun_code(ctx, noun)
        if coded is None:
            continue
        event = refused_event(ctx, noun, governing_verb(ctx, noun), *coded)
        if event is not None:
            claimed.update(t.i for t in event.trigger)
            found.append(event)
    return found


def refuser_of(ctx: Context, noun: Token) -> Token | None:
    """The verb or adjective of refusal an event noun hangs from ("rejected a ceasefire", "opposed to French
    mediation", "refused to respond to a demand"), if any."""
    refusal = ctx.codebook.modalities.get("refusal")
    if refusal is None:
        return None
    chain = [noun.head] if noun.dep_ in {"dobj", "pobj"} else []
    if chain and chain[0].dep_ == "prep":
        chain.append(chain[0].head)  # "opposed to", "objected to"
    if chain and chain[-1].dep_ == "xcomp" and chain[-1].pos_ == "VERB" and verb_code(ctx, chain[-1]) is None:
        # "refused to respond to a demand from the US": refusing to take up the event refuses it
        chain.append(chain[-1].head)
    return next((t for t in chain if t.lemma_.lower() in refusal.verbs), None)


def refused_event(ctx: Context, noun: Token, verb: Token | None, code: str, trigger: list[Token]) -> Found | None:
    """'Israel is opposed to French mediation', 'Iran rejected the Japanese offer of talks': an event noun
    under a verb or adjective of refusal is refused, by the refuser, to the event's owner."""
    refusal = ctx.codebook.modalities.get("refusal")
    # (a refused demand is a rejection too; refusing an attack or a threat is not coded as one)
    if verb is None or refusal is None or (cameo_code(code).quad_class >= 3 and code[:2] != DEMAND_ROOT):
        return None
    refuser = refuser_of(ctx, noun)
    if refuser is None:
        return None
    frame = refuser if refuser.pos_ in {"VERB", "AUX"} else verb
    if frame.dep_ == "acomp":
        frame = frame.head  # "Israel is opposed to ...": the subject is the copula's
    sources, passive = subjects_of(ctx, frame)
    targets = ctx.actors.of_tokens(_makers(noun))
    if passive or not sources or not targets:
        return None
    keys = {h.key for h in sources}
    targets = [t for t in targets if t.key not in keys]
    if not targets:
        return None
    negated = is_negated(frame, ctx.codebook.denial_verbs)
    if negated:
        return None  # "did not oppose the mediation" is no event we code
    return Found(refusal.transform(code), noun, [refuser, *trigger], sources, targets, nominal=True)


def _makers(noun: Token) -> list[Token]:
    """'the Japanese offer', 'France's mediation', 'demands from Washington': the words that name who made an
    event noun, its modifiers before it and its "by" / "from" / "of" objects."""
    owners = [c for c in noun.children if c.dep_ in {"poss", "amod", "compound"} and c.i < noun.i]
    return owners + prep_objects(noun, ("by", "from", "of"))


# Codes of the answers a call, demand or accusation gets that say it was made: rejecting (12) or yielding to it
# (08), or denying it (016).
ANSWER_CODES = ("12", "08", "016")


def answered_calls(ctx: Context, sent: Span, events: list[Found]) -> list[Found]:
    """'Karimov spurned demands from Washington for an inquiry', 'defying calls from Ukraine to arrest him',
    'bowing to demands from Kinshasa', 'rejected Armenian allegations that it sent mercenaries': a call, demand or
    accusation a party rejects, denies or yields to was made, by its maker to that party (verbs.yaml
    ``answered_nouns``), besides the answer."""
    answers = [f for f in events if f.code.startswith(ANSWER_CODES) and f.sources and not f.negated]
    # (a noun that is an event of its own is no call answered; the answer's own light noun is)
    anchored = {f.anchor.i for f in events if f not in answers}
    found: list[Found] = []
    for noun in sent:
        code = ctx.codebook.answered_nouns.get(noun.lemma_.lower())
        if code is None or noun.pos_ != "NOUN" or noun.i in anchored:
            continue
        verb = governing_verb(ctx, noun)
        answer = next((f for f in answers if noun in f.trigger or (verb is not None and f.anchor.i == verb.i)), None)
        if answer is None:
            continue
        answering = {h.key for h in answer.sources}
        makers = [h for h in ctx.actors.of_tokens(_makers(noun)) if h.actor.code and h.key not in answering]
        if makers:
            found.append(Found(code, noun, [noun], makers, answer.sources, nominal=True))
    return found


def drawn_reactions(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """'His comments drew swift condemnation from the EU', 'Denmark sparked sharp criticism from China', 'Italy
    freed the commander, prompting a rebuke from the court': a reaction an act or a remark draws is that reaction,
    by the party it comes from to the one who drew it (verbs.yaml ``drawn_reactions``)."""
    found: list[Found] = []
    for noun in sent:
        code = ctx.codebook.drawn_reactions.get(noun.lemma_.lower()) or ctx.codebook.drawn_reactions.get(noun.lower_)
        verb = noun.head
        if code is None or noun.i in claimed or noun.dep_ not in OBJECTS:
            continue
        if ctx.codebook.verb_lemma(verb.lemma_, verb.lower_) not in ctx.codebook.drawing_verbs or is_negated(verb):
            continue
        # (the parser hangs "from the EU" on the noun or on the verb)
        named = named_owners(noun, ("from", "of", "among")) + prep_objects(verb, ("from",))
        reactors = [h for h in ctx.actors.of_tokens(named) if h.actor.code]
        # ("his comments drew ...": the remark's owner drew it)
        owners = [p for subject in children(verb, SUBJECTS) for p in children(subject, {"poss"})]
        drawers = subjects_of(ctx, verb)[0] or ctx.actors.of_tokens(owners)
        # ("his call sparked protests from his rivals": who drew the reaction is not among those who react, however
        # "his rivals" is read)
        keys = {h.key for h in drawers}
        reactors = [h for h in reactors if h.key not in keys]
        if not reactors or not drawers:
            continue
        claimed.update({noun.i, verb.i})
        found.append(Found(code, noun, [verb, noun], reactors, drawers, nominal=True))
    return found


def demanded_contents(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """'reiterated its demand that Israel ease restrictions', 'a call for Japan to withdraw': what an appeal
    or demand noun asks for is not done; the whole is the appeal or demand, aimed at the one asked."""
    found: list[Found] = []
    for noun in sent:
        # ("calls for Mobutu to step down": a call is an appeal when it says whom it asks, verbs.yaml answered_nouns)
        lemma = noun.lemma_.lower()
        code = ctx.codebook.nouns.get(lemma) or ctx.codebook.answered_nouns.get(lemma)
        modality = ctx.codebook.modalities.get({"02": "appeal", "10": "demand"}.get((code or "")[:2], ""))
        if noun.pos_ != "NOUN" or modality is None:
            continue
        # ("led calls for Mobutu to step down": the for-clause may hang as an adverbial, on the noun or its verb)
        clauses = [c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"} or for_clause(c)]
        if noun.dep_ in OBJECTS:
            # "reiterated its demand today that Israel ease ...": the parser hangs the clause on the verb
            clauses += [
                c
                for c in noun.head.children
                if (c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)) or for_clause(c)
            ]
        inner = next((c for c in clauses if c.pos_ in {"VERB", "AUX"}), None)
        if inner is None or any(
            c.dep_ == "mark" and c.lower_ in {"which", "that"} and c.i > inner.i for c in inner.children
        ):
            continue
        if any(c.dep_ in OBJECTS and c.lower_ in {"which", "that"} for c in inner.children):
            continue  # "the demand that he rejected": a relative clause about the demand, not its content
        coded = verb_code(ctx, inner)
        asked = ctx.actors.of_tokens(children(inner, SUBJECTS))
        if coded is None or not asked:
            continue
        claimed.update({noun.i, inner.i})
        # ("calls for the president to step down were echoed by the clergy": the passive's agent makes them)
        verb = noun.head if noun.dep_ == "nsubjpass" else governing_verb(ctx, noun)
        # ("calls by France for Iran to halt ...", "rejected demands from Washington that ...": the named maker; a
        # verb's subject makes the call unless it answers it: "has led calls", not "rejected calls")
        makers = ctx.actors.of_tokens(named_owners(noun, ("by", "from")))
        answers = verb is not None and (verb_code(ctx, verb) or ("",))[0].startswith(ANSWER_CODES)
        sources = makers or (subjects_of(ctx, verb)[0] if verb is not None and not answers else [])
        if not sources:
            continue
        event = Found(modality.transform(coded[0]), noun, [noun, *coded[1]], sources, asked, nominal=True)
        found.append(event)
    return found


def ruled_out(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """'Washington said lifting the sanctions on Burma was out of the question', 'any meeting with Zelenskiy
    is off the table': an act a speaker declares ruled out is refused, by the speaker, to the party it would
    be done to; cooperation ruled out is the matching refusal (an attack ruled out is no event we code)."""
    found: list[Found] = []
    for copula in sent:
        if copula.lemma_.lower() not in COPULAS or copula.i in claimed:
            continue
        phrases = [" ".join(t.lower_ for t in p.subtree) for p in children(copula, {"prep", "advmod"})]
        # ("out of the question for now": the parser may hang more words from the phrase)
        if not any(f"{phrase} ".startswith(f"{p} ") for phrase in phrases for p in ctx.codebook.ruled_out_phrases):
            continue
        act = next(iter(children(copula, {"nsubj", "csubj"})), None)
        speaker = speaker_of(ctx, copula)
        if act is None or speaker is None or not is_coded(speaker.actor):
            continue  # ("the teacher said a holiday abroad was out of the question": no party of ours)
        coded = (verb_code(ctx, act) or (None,))[0] if act.pos_ == "VERB" else (noun_code(ctx, act) or (None,))[0]
        code = REJECTION if coded is None else negated_code(ctx, coded)
        if code is None:
            continue  # "military action is out of the question": a denied attack
        targets = [t for t in ctx.actors.of_tokens(list(act.subtree)) if t.key != speaker.key][:1]
        claimed.update({copula.i, act.i})
        found.append(Found(code, copula, [act, copula], [speaker], targets, notes=["ruled-out"]))
    return found
