"""Verbal events: every verb the codebook codes, framed ("agreed to meet", "urged X to withdraw") or plain, with
its doers and targets, negation, tense and condition; coordinated acts share their targets."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import ActorHit, country_of, opposed_sides
from .codes import CLAIM_CODE, MATERIAL_CONFLICT, VERBAL_CONFLICT, cameo_code
from .context import Context
from .coordination import coordinated
from .found import Found
from .grammar import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    children,
    condition_of,
    declares_refusal,
    in_clause_of,
    is_coded,
    is_future_clause,
    is_hypothetical,
    is_negated,
    is_reciprocal,
    is_to_infinitive,
    prep_objects,
)
from .light_verbs import light_noun
from .nearest_actors import fall_back
from .noun_triggers import unrealised
from .objects import coded_first, located_in, objects_of, phrasal_targets
from .patterns import Modality
from .planned_acts import future_note
from .speech import (
    ACCUSATION,
    INTENT,
    THREAT_ROOT,
    accused_in_clause,
    asked_in_clause,
    baseless_suspicion,
    code_statement,
    hearers_told,
    includes_speaker,
    is_alleged,
    judged_by_speaker,
    names_itself,
    owed,
    owing,
    own_countries,
    warning,
    wished_of_another,
)
from .story import adversary_of, targets_of_the_same
from .subjects import speaker_of, subjects_of
from .verb_triggers import (
    by_instrument,
    content_code,
    for_clause,
    mandative,
    modal_complement,
    negated_code,
    reports,
    verb_code,
)

# Roots of reducing relations and rejecting: the event noun a phrasal verb of these takes is not held.
UNDOING_ROOTS = {"12", "16"}
# Roots of force, whose target may be the place it happens: posture, coerce, assault, fight, mass violence.
VIOLENT_ROOTS = {"15", "17", "18", "19", "20"}
# Actor kinds that are a land an act can come from ("rockets were fired from Gaza").
LANDS = {"country", "government", "city"}
# The root of protests, whose purpose clause tells what they ask for.
PROTEST_ROOT = "14"
# Roots of asking for an act (appeals 02, demands 10), whose that-clause names whom they ask.
ASKING_ROOTS = {"02", "10"}
# Framing verbs whose object is the party made to act: asked ("urged Japan to"), told ("ordered X to") or
# compelled ("forced the rebels to").
ASKING_MODALITIES = {"appeal", "demand", "coercion"}
# Notes of an act told as owed: by another party (a demand) or by the speaker's side with another (a proposal).
OWED_NOTES = {"modality:obligation", "modality:proposal"}
# The root of intents ("vowed", "promised") that a hostile condition makes a threat.
INTENT_ROOT = "03"
# Roots that are already talk about action (statements, appeals, intent, demands, rejections, threats):
# a future tense adds nothing to them.
VERBAL_ROOTS = {"01", "02", "03", "09", "10", "11", "12", "13"}


def _material_conflict(*events: Found) -> bool:
    """Whether every one of the events is material conflict (CAMEO QuadClass 4)."""
    return all(cameo_code(e.code).quad_class == MATERIAL_CONFLICT for e in events)


def verb_events(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """Events of the sentence's coded verbs (and adjectives of intent), each verb framed or plain."""
    found: list[Found] = []
    for verb in sent:
        modality = ctx.codebook.modality_of(ctx.codebook.verb_lemma(verb.lemma_, verb.lower_))
        # "was ready to resume talks": an adjective of intent frames the event like a verb
        framing_adjective = verb.pos_ == "ADJ" and modality is not None
        if (verb.pos_ not in {"VERB", "AUX"} and not framing_adjective) or verb.i in claimed:
            continue
        inner = modal_complement(ctx, verb, modality) if modality else None
        # "wants Germany to pay": another party wished to act is asked, not the wisher's own intent
        # ("would like to see X invest", "hope that X can": verbs of wishing that frame no intent of their own)
        wished = wished_of_another(ctx, verb, claimed) if modality is None or modality.name == "intent" else None
        if wished is not None:
            event = wished
        elif modality and inner is not None:
            event = _modal_event(ctx, verb, modality, inner, claimed)
        else:
            event = _uncoded_demand(ctx, verb, modality, claimed) if modality else None
            event = event or (_uncoded_refusal(ctx, verb, modality, claimed) if modality else None)
            event = event or _plain_event(ctx, verb, claimed)
        if event is not None:
            found.append(event)
            ctx.current.append(event)
    _share_targets(ctx, found)
    return found


def _share_targets(ctx: Context, found: list[Found]) -> None:
    """'Merz spoke to Zelenskiy and promised two batteries', 'urged both governments to show restraint and
    offered to host talks': a coordinated act of the same doers that names no party of its own is aimed
    at the party of the act it is coordinated with (unless it is that same kind of act again).
    'Held a phone call with Wang to discuss ...': the purpose of an act, of the same kind and naming no
    party, is that act again and no event of its own."""
    by_anchor = {f.anchor.i: f for f in found}
    for event in list(found):
        link = event.anchor.dep_
        head = by_anchor.get(event.anchor.head.i)
        if link == "advcl" and event.anchor.tag_ == "VBG" and head is not None and _material_conflict(head, event):
            # "struck villages in southern Lebanon, killing three people": the toll of the act, not a second act
            found.remove(event)
            continue
        if head is None and link == "acl" and event.anchor.tag_ == "VBG":
            head = by_anchor.get(event.anchor.head.head.i)  # "rallied ... demanding free elections"
        if head is not None and _protest_demand(head, event):
            # "began a hunger strike to press for the resignation of Li Peng", "marched demanding elections":
            # what a protest asks for is its aim, not a second event; it names whom the protest is aimed at
            head.targets = head.targets or list(event.targets)
            head.notes.append(f"aim:{event.anchor.i}")  # what it asks names the protest's sub-code (conflict_kinds)
            found.remove(event)
            continue
        head = by_anchor.get(event.anchor.head.i) if link in {"conj", "advcl", "xcomp"} else None
        if event.targets or head is None or not head.targets:
            continue
        if {s.key for s in event.sources} != {s.key for s in head.sources} or event.reciprocal:
            continue
        if head.code[:2] == event.code[:2]:
            if link != "conj":
                found.remove(event)
            continue
        event.targets = list(head.targets)
        event.notes.append("shared-target")


def _protest_demand(protest: Found, event: Found) -> bool:
    """Whether ``event`` is the appeal or demand a protest makes in its purpose clause, by the same doers
    ('to demand ...', 'to press for ...', 'demanding ...')."""
    if protest.code[:2] != PROTEST_ROOT or event.code[:2] not in ASKING_ROOTS:
        return False
    if event.anchor.tag_ != "VBG" and not is_to_infinitive(event.anchor):
        return False
    return not event.sources or {s.key for s in event.sources} == {s.key for s in protest.sources}


def _on_hostile_condition(ctx: Context, verb: Token) -> bool:
    """Whether a promise hangs on an 'unless' clause, or on an 'if' clause that tells of conflict ('if the
    Jewish state attacked Iraq'), on the verb or on what it promises ('vowed to strike back if ...')."""
    # (what is promised: its complement, or a to-infinitive the parser took for an adverbial)
    promised = [c for c in verb.subtree if c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "advcl" and is_to_infinitive(c))]
    clauses = [verb, *(c for c in promised if in_clause_of(c, verb, content=True))]
    for clause in clauses:
        for condition in children(clause, {"advcl"}):
            marks = {m.lower_ for m in children(condition, {"mark"})}
            if "unless" in marks:
                return True
            told = content_code(ctx, condition) if "if" in marks else None
            if told is not None and cameo_code(told).quad_class >= VERBAL_CONFLICT:
                return True
    return False


def _promises_harm(ctx: Context, verb: Token) -> bool:
    """Whether what a promise promises is harm to another party: 'vowed that Washington would pay the price',
    'pledged to take all necessary measures', 'vowed to ensure consequences' (nouns in linking.yaml)."""
    linking = ctx.linking
    for word in verb.subtree:
        if word.i <= verb.i or word.dep_ not in {"dobj", "pobj"}:
            continue
        if not in_clause_of(word, verb, content=True) or _denied(word):
            continue
        lemma = word.lemma_.lower()
        if lemma in linking.threat_nouns or f"{word.head.lemma_.lower()} {lemma}" in linking.threat_nouns:
            return True
        forceful = any(c.lemma_.lower() in linking.threat_step_words for c in word.children if c.dep_ == "amod")
        if lemma in linking.threat_steps and forceful:
            return True
    return False


def _denied(noun: Token) -> bool:
    """'would face no consequences', 'will not pay any price': harm promised not to come."""
    return any(c.lower_ == "no" for c in noun.children) or (noun.head.pos_ in {"VERB", "AUX"} and is_negated(noun.head))


def _modal_event(ctx: Context, verb: Token, modality: Modality, inner: Token, claimed: set[int]) -> Found | None:
    """'agreed to meet', 'urged Japan to withdraw': the complement's act recoded by the framing verb."""
    coded = verb_code(ctx, inner)
    if coded is None:
        return None
    if is_hypothetical(verb.head if verb.pos_ == "ADJ" else verb):
        claimed.add(inner.i)
        return None
    inner_code, inner_trigger, light = coded
    coercers = _coercers(ctx, verb, inner) if modality.name == "coercion" and children(verb, PASSIVE_SUBJECTS) else None
    if coercers == []:
        # "Harbin was forced to shut down its water supply": made to act by no party named, no coercion (and
        # the act, done under constraint, is not told as a free act of its own)
        claimed.add(inner.i)
        return None
    if modality.name in ASKING_MODALITIES and inner.dep_ == "xcomp" and inner.tag_ == "VBG":
        # "told visiting Ethiopian leaders that ...": a participle the parser hangs as a complement is no
        # act asked for (what is asked is an infinitive or a clause: "urged Japan to visit")
        return None
    claimed.add(inner.i)
    # "agreed to restore the swap and to cooperate on ...": what else is agreed is part of the same promise
    claimed.update(c.i for c in inner.conjuncts if c.pos_ == "VERB")
    if light is not None:
        claimed.add(light.i)
    sources, _passive = subjects_of(ctx, verb.head if verb.pos_ == "ADJ" else verb)
    sources = coercers or sources
    negated = is_negated(verb, ctx.codebook.denial_verbs) or is_negated(inner)
    if verb.pos_ == "ADJ":
        negated = negated or is_negated(verb.head)
    if modality.name in ASKING_MODALITIES:
        # "X urged Y to withdraw": Y is the target; "X called for talks with Y": the complement's target
        # "demanded that Iran release ...": the complement's subject is asked
        # ("called for Serbia to recognise Kosovo": the clause's own subject is asked too)
        own_subject = inner.dep_ == "ccomp" or for_clause(inner)
        asked = ctx.actors.of_tokens(children(inner, SUBJECTS)) if own_subject else []
        told = objects_of(ctx, verb, [])
        targets = (
            # "insisted at the UN that Russian troops must leave": the that-clause names who is asked
            [h for h in asked if is_coded(h.actor)]
            or _not_audience(told, inner.dep_ == "ccomp")  # "urged Japan", "called on Georgia"
            or asked  # "demanded that Iran release"
            # "was forced to resign by the army": the one forced is the passive's subject
            or (ctx.actors.of_tokens(children(verb, PASSIVE_SUBJECTS)) if modality.name == "coercion" else [])
            or objects_of(ctx, inner, [])  # "called for talks with Israel"
        )
        if not targets and inner.dep_ == "ccomp" and any(_press(o) for o in told):
            return None  # what a news agency is told should happen asks no party the sentence names
        if _proposed(ctx, inner, sources) and cameo_code(inner_code).quad_class < VERBAL_CONFLICT:
            # '"We should expand exchanges," Hu told Kibaki': what the teller's side owes with the party told is
            # its proposal to that party, a stated intent (03), not a demand on it
            modality = ctx.codebook.modalities.get(INTENT) or modality
    else:
        targets = coded_first(
            objects_of(ctx, inner, [light] if light is not None else []), phrasal_targets(ctx, inner_trigger)
        )
    code = modality.transform(inner_code)
    if negated and modality.name == "intent":
        refusal = ctx.codebook.modalities.get(ctx.codebook.negated_cooperation or "")
        if refusal is None:
            return None
        code = refusal.transform(inner_code)
    elif negated:
        return None  # "did not threaten to" is no event
    found = Found(
        code=code,
        anchor=verb,
        trigger=[verb, *inner_trigger],
        sources=sources,
        targets=targets,
        # ("would not agree to meet": a refusal declared, no denied act)
        negated=negated and not declares_refusal(verb),
        notes=[f"modality:{modality.name}"],
    )
    frame = verb.head if verb.pos_ == "ADJ" else verb
    fall_back(ctx, found, frame, False)
    if modality.name == "coercion" and not found.sources:
        return None  # "piling complaints forced the military to open an inquiry": no party coerces
    return owed(ctx, found, frame, False)


def _proposed(ctx: Context, clause: Token, tellers: list[ActorHit]) -> bool:
    """Whether a that-clause a party is told names the teller's own side among its doers ('told Kibaki that we
    should expand exchanges', 'told Abe that the two countries should speed up consultation')."""
    if clause.dep_ != "ccomp" or not tellers:
        return False
    return includes_speaker(clause, subjects_of(ctx, clause)[0], tellers[0], told=True)


def _two_sides_fought(ctx: Context, code: str, sources: list[ActorHit]) -> bool:
    """'Rebels and government troops clashed in northern Chad': a fight between a state's side and its challengers
    is between them, not against the country where it happens."""
    return len(sources) == 2 and ctx.codebook.is_symmetric(code) and opposed_sides(*sources)


def _named_at(hit, verb: Token) -> int:
    """Where the sentence first names a party (after the verb: 'between Armenian and Azerbaijani forces')."""
    sent = verb.sent
    starts = [m.start for m in hit.actor.mentions if verb.idx <= m.start < sent.end_char]
    return min(starts, default=sent.end_char)


def _between_phrase(verb: Token) -> bool:
    return any(p.lower_ == "between" for p in children(verb, {"prep"}))


def _coercers(ctx: Context, verb: Token, inner: Token) -> list:
    """Who forces a party named as the passive's subject: the 'by' phrase, which the parser hangs from the
    verb or from the act forced ('was forced to resign by the army')."""
    by_phrases = [
        p for word in (verb, inner) for p in word.children if p.dep_ in {"agent", "prep"} and p.lower_ == "by"
    ]
    return ctx.actors.of_tokens([o for p in by_phrases for o in children(p, {"pobj"})])


def _press(hit: ActorHit) -> bool:
    """A news outlet or agency ('told Xinhua', 'told AFP')."""
    return hit.actor.role == "MED"


def _not_audience(told: list[ActorHit], that_clause: bool) -> list[ActorHit]:
    """Of the parties a verb of asking is told to, those it asks. A news outlet told that something must happen
    is the audience, not the party asked ('told Xinhua that both sides should talk'); one told to do
    something is asked ('told the BBC to stop broadcasting')."""
    return [t for t in told if not _press(t)] if that_clause else told


def _uncoded_demand(ctx: Context, verb: Token, modality: Modality, claimed: set[int]) -> Found | None:
    """'told the United States to keep its hands off', 'told NATO allies they must raise spending': a verb of
    saying that asks a named party for an act is a demand, even of an act the codebook does not code (only an
    infinitive or a that-clause of 'must' / 'should' / the bare verb asks; 'told reporters that' reports)."""
    # "forced shopkeepers to remove flowers": compelling a named party is coercion whatever it is made to do
    compels = modality.name == "coercion"
    # "called for Israel to halt settlement building": an appeal to the party the for-clause names
    for_clauses = [c for c in children(verb, {"advcl"}) if for_clause(c)] if modality.name == "appeal" else []
    if not (compels or for_clauses or (modality.name == "demand" and reports(ctx, verb))):
        return None
    if is_negated(verb) or is_hypothetical(verb):
        return None
    if for_clauses:
        return _appeal_for(ctx, verb, modality, for_clauses[0], claimed)
    asked = [
        c
        for c in children(verb, {"xcomp", "ccomp"})
        if c.pos_ in {"VERB", "AUX"} and (is_to_infinitive(c) or (c.dep_ == "ccomp" and mandative(c)))
    ]
    # whom it asks is whom it is told to: 'told Japan' ('insisted at the UN that ...' names a venue)
    # (anyone made to act is coerced: "forced shopkeepers to ..."; a party told to act is a coded one)
    targets = [t for t in ctx.actors.of_tokens(children(verb, OBJECTS | {"dative"})) if compels or is_coded(t.actor)]
    targets = _not_audience(targets, all(a.dep_ == "ccomp" for a in asked))
    coercers = [c for a in asked for c in _coercers(ctx, verb, a)] if compels else []
    if coercers:
        targets = targets or ctx.actors.of_tokens(children(verb, PASSIVE_SUBJECTS))  # "was forced to ... by"
    if not asked or not targets:
        return None
    sources = coercers or subjects_of(ctx, verb)[0]
    claimed.update(a.i for a in asked)
    if not compels and any(_proposed(ctx, a, sources) for a in asked):
        # "told Abe that the two countries should speed up talks": a proposal, whatever the act (03)
        modality = ctx.codebook.modalities.get(INTENT) or modality
    found = Found(modality.transform(""), verb, [verb], sources, targets, notes=[f"modality:{modality.name}"])
    fall_back(ctx, found, verb, False)
    if compels and not found.sources:
        return None  # "falling prices compelled Angola to cut its budget": no party coerces
    return found


def _appeal_for(ctx: Context, verb: Token, modality: Modality, clause: Token, claimed: set[int]) -> Found | None:
    """'called for Israel to halt settlement building': whatever the act, asking a coded party for it is an
    appeal to that party."""
    asked = [h for h in ctx.actors.of_tokens(children(clause, {"nsubj", "nsubjpass"})) if is_coded(h.actor)]
    sources = subjects_of(ctx, verb)[0]
    if not asked or not sources:
        return None
    claimed.add(clause.i)
    return Found(modality.transform(""), verb, [verb, clause], sources, asked, notes=[f"modality:{modality.name}"])


def _uncoded_refusal(ctx: Context, verb: Token, modality: Modality, claimed: set[int]) -> Found | None:
    """'refused to drop its veto', 'declined to renew the licence': refusing an act done to something is a
    rejection (CAMEO 12) even when the codebook does not code the act. Withholding words ('declined to give
    details', 'refused to be named') is none, nor is a refusal told of someone in passing ('a diplomat who
    declined to ...') or only supposed ('if Khartoum refused to ...')."""
    if modality.name != "refusal" or verb.pos_ != "VERB" or verb.dep_ in {"relcl", "acl", "amod"}:
        return None
    if is_negated(verb) or is_hypothetical(verb) or any(m.lower_ == "if" for m in children(verb, {"mark"})):
        return None
    acts = [c for c in children(verb, {"xcomp"}) if c.pos_ == "VERB" and is_to_infinitive(c)]
    if not acts or children(acts[0], {"auxpass"}):
        return None
    act = acts[0]
    lemma = ctx.codebook.verb_lemma(act.lemma_, act.lower_)
    done_to = children(act, OBJECTS | {"prt"})  # (an act done to nothing is a personal choice: "refused to go")
    withheld = ctx.codebook.withheld_acts
    if not done_to or lemma in withheld or any(f"{lemma} {o.lemma_.lower()}" in withheld for o in done_to):
        return None
    sources = subjects_of(ctx, verb)[0]
    if not any(is_coded(s.actor) for s in sources):
        return None  # ("pupils refused to remain in their classrooms": no party of international news)
    targets = [t for t in objects_of(ctx, act, []) if all(t.key != s.key for s in sources)]
    claimed.add(act.i)
    found = Found(modality.transform(""), verb, [verb, act], sources, targets, notes=[f"modality:{modality.name}"])
    fall_back(ctx, found, verb, False)
    return found


def _plain_event(ctx: Context, verb: Token, claimed: set[int]) -> Found | None:
    """A coded verb on its own: its parties, negation, condition, tense and reported speech."""
    if unrealised(ctx, verb):
        return None  # "urged its citizens to avoid travelling to Japan": asked for or kept from, not done
    coded = verb_code(ctx, verb)
    owes = owing(verb)
    owed_only = coded is None and owes is not None and speaker_of(ctx, owes[1]) is not None
    if owed_only:
        # "Russia said Sudan must return the helicopter": whatever the act, saying it is owed is a demand
        # (kept only if it turns out to be one: a coded speaker, a coded actor owing it)
        coded = ("100", [verb], None)
    if coded is None:
        judged = judged_by_speaker(ctx, verb)  # ("he added that Japan's decision was a mistake")
        if judged is not None:
            return judged
        light_phrase = light_noun(ctx, verb)
        if light_phrase is not None and light_phrase[0] is None:
            claimed.add(light_phrase[1].i)  # "issued a typhoon warning": nor is the noun an event of its own
        return None
    code, trigger, light = coded
    if len(trigger) > 1 and light is None and code[:2] in UNDOING_ROOTS:
        # "called off the talks", "pulled out of the talks": what is cut or refused is not held
        claimed.update(o.i for o in children(verb, OBJECTS))
    notes: list[str] = []
    if light is not None:
        claimed.add(light.i)  # "imposes sanctions" is one event, and the noun is no second one
    # "walked out of the talks": an event noun the verb's pattern takes is part of this event (not the act a
    # party claims responsibility for: "claimed responsibility for the rocket attack" tells its doer too)
    for word in trigger[1:] if code != CLAIM_CODE else []:
        claimed.update(o.i for o in children(word, {"pobj"}))
        claimed.update(o.i for p in children(word, {"prep"}) for o in children(p, {"pobj"}))  # "out of"
    condition = condition_of(verb)
    if condition is None and is_hypothetical(verb):
        return None
    sources, passive = subjects_of(ctx, verb)
    code = by_instrument(ctx, verb, code, passive)
    targets = coded_first(objects_of(ctx, verb, [light] if light is not None else []), phrasal_targets(ctx, trigger))
    # "the prime minister tendered his resignation", "walked out of his summit with Kim": the doer's own act
    # names no party; whom it concerns is found as for an act with no object (the summit's other side, the
    # doer's country). ("China praised China" stays a self-event.)
    acts = [light] if light is not None else [o for word in trigger[1:] for o in children(word, {"pobj"})]
    owners = {h.key for h in ctx.actors.of_tokens([p for a in acts for p in children(a, {"poss"})])}
    targets = [t for t in targets if t.key not in owners or all(t.key != s.key for s in sources)]
    if not sources and len(trigger) == 1 and code[:2] in VIOLENT_ROOTS:
        # "fighting erupted between Armenian and Azerbaijani forces": the parties of a fight told as breaking
        # out are those it is between, the first as the doer (as for "the clashes between X and Y")
        between = ctx.actors.of_tokens(
            prep_objects(verb, {"between"})
            or [o for s in children(verb, SUBJECTS) for o in prep_objects(s, {"between"})]
        )
        # ("between Armenian and Azerbaijani forces": one noun, whose two adjectives the objects split)
        parties = between if len(between) >= 2 else targets if between or _between_phrase(verb) else []
        if len(parties) >= 2:
            parties = sorted(parties, key=lambda h: _named_at(h, verb))  # the first named leads
            sources, targets = parties[:1], parties[1:2]
    if (
        passive
        and not sources
        and light is not None
        and light.dep_ in PASSIVE_SUBJECTS
        and ctx.codebook.is_symmetric(code)
    ):
        # "talks between Canada and India were held in Geneva": the parties of the joint act the passive is told of
        # (not a state between them: "relations between Canberra and Beijing have been frozen since 2020")
        between = coordinated(ctx, prep_objects(light, {"between", "among"}))
        if len(between) >= 2:
            sources, targets = between[:1], between[1:2]
            passive = False  # (the parties are named: no doer to guess)
    if passive and not sources:
        # "rockets were fired from Gaza": the origin stands for the unnamed doer; "the ambassador was
        # summoned": who summoned is unsaid, and the patient is still the target. Only a land is an origin
        # ("students were kidnapped from a college": the college is where they were taken from)
        origins = ctx.actors.of_tokens(prep_objects(verb, {"from"}))
        sources = [h for h in origins if h.actor.kind in LANDS]
    rule = ctx.codebook.verbs.get(ctx.codebook.verb_lemma(verb.lemma_, verb.lower_))
    if rule and rule.needs_target and light is None and code == rule.code:
        # a statement is an event only towards a coded actor: "told Chen", not "told reporters" nor the news
        # outlet that interviews the speaker ("told the Korea Herald", "told AFP")
        addressed = [t for t in targets if is_coded(t.actor) and not _press(t)]
        statement = code_statement(ctx, verb, code, sources, addressed)
        if statement is None:
            return None
        code, targets = statement
        if code == ACCUSATION:
            # "Pakistan said Indian troops had fired": the firing is the news, the blame comes with it
            notes.append("accusation-of-content")
    elif rule and light is None and code == rule.code and code[:2] == THREAT_ROOT:
        warned = None if any(is_coded(t.actor) for t in targets) else warning(ctx, verb, code, own_countries(sources))
        if warned is not None:
            code, targets, content = warned
            # what is warned of is the threat's content, no event of its own ("would seek to outlaw")
            claimed.update([content.i, *(c.i for c in content.subtree if c.dep_ == "xcomp")])
    negated = is_negated(verb, ctx.codebook.denial_verbs)
    if negated:
        code = negated_code(ctx, code)
        if code is None:
            return None
    elif condition is not None and code[:2] not in VERBAL_ROOTS:
        # "will withdraw its troops unless ...", "may halt the talks if ...": an act held over the other
        # side is a threat (13); a reward promised on a condition is an intent to cooperate (03)
        harmful = condition == "unless" or cameo_code(code).quad_class >= 3 or code[:2] == "16"
        modality = ctx.codebook.modalities.get("threat" if harmful else "intent")
        if modality is not None:
            code = modality.transform(code)
    elif is_future_clause(verb) and code[:2] not in VERBAL_ROOTS:
        # "X will withdraw", "said it would retaliate": CAMEO codes announced acts as intent (03) or threat (13)
        notes.append(future_note(code[:2]))  # ("will meet": an itinerary, planned_acts.itinerary)
        intent = ctx.codebook.modalities.get("intent")
        if intent is not None:
            code = intent.transform(code)
    if not negated and code[:2] == INTENT_ROOT and (_on_hostile_condition(ctx, verb) or _promises_harm(ctx, verb)):
        # "vowed to make fire eat up half of Israel if the Jewish state attacked": a promise held over another
        # party's hostile act, or made "unless" it gives way, is a threat
        threat = ctx.codebook.modalities.get("threat")
        code = threat.transform(code) if threat is not None else code
    mutual = ctx.codebook.verb_lemma(verb.lemma_, verb.lower_) in ctx.codebook.reciprocal_verbs
    if len(sources) > 1 and (any(is_reciprocal(o) for o in children(verb, OBJECTS)) or (mutual and not targets)):
        # "Azerbaijan and Armenia accused each other": each is the other's target
        return Found(code, verb, trigger, sources, [], negated=negated, reciprocal=True)
    if code.startswith(ACCUSATION) and not any(is_coded(t.actor) for t in targets):
        targets = accused_in_clause(ctx, verb, sources) or targets
    elif code[:2] in ASKING_ROOTS:
        # "insisted at the UN that Russian troops must leave": whom the that-clause asks, not the venue
        targets = asked_in_clause(ctx, verb, sources) or targets
    if baseless_suspicion(ctx, verb, targets):
        return None
    if is_alleged(ctx, verb):
        notes.append("alleged")
    fought = _two_sides_fought(ctx, code, sources)
    if not any(is_coded(t.actor) for t in targets) and code[:2] in VIOLENT_ROOTS and not fought:
        # CAMEO codes violence without a named victim against the country where it happens
        targets = located_in(ctx, verb) or targets
    speaker = speaker_of(ctx, verb)
    if not targets and speaker is not None and names_itself(verb, trigger):
        targets = [speaker]  # "Israel said a mortar bomb was fired at it": 'it' is the speaker
    own = {country_of(speaker)} if speaker is not None else set()
    own_side = bool(own) and bool(sources) and all(country_of(h) in own for h in sources)
    if own_side and not any(is_coded(t.actor) for t in targets) and cameo_code(code).quad_class != MATERIAL_CONFLICT:
        # '"We will not accept this," the Iranian minister told his French counterpart': the speaker's side's act
        # that names no party is aimed at the hearer told it (not force: "we will fight terrorism", he told Bush)
        hearers = [h for h in hearers_told(ctx, verb) if country_of(h) not in own]
        if hearers:
            targets = hearers
            notes.append("told-hearer")
    if not targets and own_side and cameo_code(code).quad_class == VERBAL_CONFLICT:
        # "Lula said Brazil would not accept blackmail": the speaker's side rejecting or threatening,
        # aimed at the other party of the story told so far
        adversary = adversary_of(ctx, own)
        if adversary is not None:
            targets = [adversary]
            notes.append("guessed-adversary")
    if sources and any(c.lower_ in ctx.linking.likewise_words for c in children(verb, {"advmod"})):
        # "Pakistan and China also sent messages of congratulations": the same act as told before, to the same
        # party; "Egypt also condemned the attack" is not aimed at whoever condemned it first
        targets = targets_of_the_same(ctx, code, own_countries(sources), targets)
    # "would not accept blackmail" is a refusal the doer declares, coded and asserted; "did not meet" stays negated
    negated = negated and not declares_refusal(verb)
    found = Found(code, verb, trigger, sources, targets, negated=negated, speaker=speaker, notes=notes)
    fall_back(ctx, found, verb, passive)
    found = owed(ctx, found, verb, passive, owed_only)
    if owed_only and not OWED_NOTES.intersection(found.notes):
        return None
    return found
