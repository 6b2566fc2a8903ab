"""Conflict codes that depend on why, by whom and to whom an act is done (words in ``conflict.yaml``):

- a protest takes the sub-code of its aim ("marched demanding the president's resignation" 1411);
- crowds gathering or pouring into the streets to demand something demonstrate (141);
- a party ordered, told or given days to leave is expelled ("given 72 hours to leave" 166 / 174);
- an attempt on a life is 185 ("tried to kill the governor", "survived an assassination attempt");
- a named person killed is 1823, a leader or official 186 ("shot dead Prime Minister X");
- armed forces driven out of a place by armed forces are fought (190), not deported (174);
- a crowd occupying a place blocks it, a protest (144), not a military occupation (192);
- an attack in words is criticism (111): "launched a blistering attack on the government's policy";
- a toll with no doer told in an attack is the attack's doer's ("killed in an ambush by Maoist rebels");
- an attack on a holding named by its owner's role is aimed at that owner ("shelled rebel positions").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...model import Actor, Place
from .actors import STATE_ORGANS, ActorHit, country_of
from .conflict_lexicon import ConflictLexicon
from .context import Context
from .found import Found
from .grammar import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    children,
    is_coded,
    is_negated,
    is_to_infinitive,
    is_word,
    next_token,
)
from .linking import is_toll
from .nearest_actors import fall_back
from .objects import objects_of
from .subjects import subjects_of

# Links under which a protest's purpose or its cause is told: "to demand ...", "demanding ...", "after ...".
AIM_LINKS = {"advcl", "xcomp", "acl"}
# The note an absorbed demand leaves on the protest it is the aim of (verb_events._share_targets).
AIM_NOTE = "aim:"
# Roots of asking (appeals 02, demands 10), which a crowd gathering to ask turns into a demonstration.
ASKING_ROOTS = {"02", "10"}
DEMONSTRATION = "141"
# Roles of the security forces whose own units ordered back are a withdrawal, not an expulsion.
FORCES_ROLE = "MIL"
# Codes of violence an attack told as an attempt on a life may first be read as (assault, bombing, fire).
VIOLENT_ROOTS = {"18", "19"}
NOT_ATTEMPTS = {"181", "184", "191", "192"}  # abduction, human shields, blockade, occupation
# The note of an attack recoded as one in words, and of the participle that tells its words (its token index).
VERBAL_ATTACK = "verbal-attack"
WORDS_NOTE = "attack-words:"
# Actor roles of armed parties: fighters killed in numbers are the toll of a battle, not a massacre.
ARMED_ROLES = {"MIL", "REB", "COP", "INS", "UAF", "SPY"}


def protest_aim(found: Found, lexicon: ConflictLexicon) -> None:
    """'Marched demanding the resignation of the president' (1411), 'went on strike over pay' (1432): a
    protest takes the sub-code of the aim its purpose or cause names, the first kind (leadership, institutions,
    rights, policy) whose words or phrases it holds."""
    if found.code not in lexicon.protest_codes:
        return
    tokens = [t for t in sorted(_aim_tokens(found, lexicon), key=lambda t: t.i) if t.pos_ != "PROPN" and not t.is_punct]
    lemmas = [t.lemma_.lower() for t in tokens]
    nouns = {t.lemma_.lower() for t in tokens if t.pos_ in {"NOUN", "ADJ"}}
    verbs = {t.lemma_.lower() for t in tokens if t.pos_ == "VERB"}
    for kind in lexicon.aim_kinds:
        if kind.words & nouns or kind.verbs & verbs or any(_holds(lemmas, phrase) for phrase in kind.phrases):
            found.code += kind.digit
            found.notes.append("protest-aim")
            return


def _aim_tokens(found: Found, lexicon: ConflictLexicon) -> set[Token]:
    """The words of a protest's purpose and cause: its purpose and adverbial clauses, what it is for, against or
    over, a protest noun it is told 'in' ('in protest at ...'), and the demand it makes (an absorbed event)."""
    trigger = {t.i for t in found.trigger}
    roots: list[Token] = []
    for head in [found.anchor, *found.trigger[1:]]:
        for child in head.children:
            if child.i in trigger and child.dep_ != "prep":
                continue  # ("rallied against the bill": the preposition may be the trigger's own)
            purpose = child.dep_ in AIM_LINKS and _purpose_or_cause(child, lexicon)
            if purpose or (child.dep_ == "prep" and child.lower_ in lexicon.aim_preps):
                roots.append(child)
            elif child.dep_ == "prep" and child.lower_ == "in":
                roots += [o for o in children(child, {"pobj"}) if o.lemma_.lower() in lexicon.protest_nouns]
    doc = found.anchor.doc
    roots += [doc[int(n[len(AIM_NOTE) :])] for n in found.notes if n.startswith(AIM_NOTE)]
    return {t for root in roots for t in _within(root, lexicon)}


def _within(root: Token, lexicon: ConflictLexicon) -> list[Token]:
    """The words of an aim phrase, leaving out clauses inside it that tell no purpose or cause ('to champion
    their candidates as the country emerged from a lockdown') and relative clauses ('a bill which ...')."""
    words = [root]
    for child in root.children:
        if child.dep_ == "relcl" or (child.dep_ == "advcl" and not _purpose_or_cause(child, lexicon)):
            continue
        words += _within(child, lexicon)
    return words


def _purpose_or_cause(clause: Token, lexicon: ConflictLexicon) -> bool:
    """A purpose ('to demand ...'), a bare participle ('demanding ...') or a clause of cause ('after parliament
    passed ...'); not a clause of time alongside ('as the country emerged from a lockdown')."""
    marks = {m.lower_ for m in children(clause, {"mark"})}
    if marks:
        return bool(marks & lexicon.cause_marks)
    return clause.tag_ in {"VBG", "VBN", "VB"} or is_to_infinitive(clause)


def drop_aim_events(events: list[Found], lexicon: ConflictLexicon) -> list[Found]:
    """'Rallied for the release of political prisoners': what a protest asks for is its aim, not an event of
    its own (an event noun inside it is dropped, as a demand it makes is folded into it)."""
    aims = {t.i for e in events if e.code[:3] in lexicon.protest_codes for t in _aim_tokens(e, lexicon)}
    return [e for e in events if not (e.nominal and e.anchor.i in aims)]


def _holds(lemmas: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(lemmas[i : i + size]) == phrase for i in range(len(lemmas) - size + 1))


def gathering_protests(ctx: Context, events: list[Found], lexicon: ConflictLexicon) -> None:
    """'Hundreds of thousands massed in the square demanding that the president leave', 'poured into the streets
    to press for a ceasefire deal': a crowd gathering to ask for something demonstrates (141); the demand is
    its aim. Only a crowd gathers so (a count of people, a crowd noun, or civilians, workers, students):
    leaders gathering in a capital to demand a withdrawal still demand it."""
    anchors = {e.anchor.i for e in events}
    for event in events:
        if event.code[:2] not in ASKING_ROOTS:
            continue
        asking = event.anchor
        if asking.tag_ != "VBG" and not is_to_infinitive(asking):
            continue
        verb = _gathering(ctx, asking, lexicon)
        if verb is None or verb.i in anchors:
            continue
        if not _crowd(ctx, verb, event, lexicon):
            continue
        event.code = DEMONSTRATION
        event.notes.append(f"{AIM_NOTE}{asking.i}")
        event.anchor, event.trigger = verb, [verb, *event.trigger]


def _gathering(ctx: Context, asking: Token, lexicon: ConflictLexicon) -> Token | None:
    """The verb of gathering whose purpose the asking verb tells: its head ('poured into the streets to demand'),
    or a participle the parser hung on the asking verb's subject ('thousands massed in the square demanding')."""
    if asking.dep_ in AIM_LINKS:
        heads = [asking.head.head if asking.dep_ == "acl" else asking.head]
    else:
        heads = [c for s in children(asking, SUBJECTS) for c in children(s, {"acl"}) if c.i < asking.i]
    for verb in heads:
        if verb.pos_ == "VERB" and ctx.codebook.verb_lemma(verb.lemma_, verb.lower_) in lexicon.gathering_verbs:
            return verb
    return None


def _crowd(ctx: Context, verb: Token, event: Found, lexicon: ConflictLexicon) -> bool:
    subjects = children(verb, SUBJECTS) or children(event.anchor, SUBJECTS)
    words = {w.lemma_.lower() for s in subjects for w in [s, *children(s, {"compound", "amod"})]}
    if words & (lexicon.crowd_counts | ctx.linking.crowd_nouns):
        return True
    roles = {(h.actor.code or "")[3:6] for h in event.sources}
    return bool(event.sources) and roles <= ctx.linking.crowd_roles


def ordered_out(ctx: Context, sent: Span, claimed: set[int], lexicon: ConflictLexicon) -> list[Found]:
    """'Ordered the Swiss ambassador to leave the country', 'were given 72 hours to leave', 'told its staff to
    leave': a party ordered out is expelled, coded as 'expelled' codes who is expelled (diplomats 166,
    peacekeepers 1661, journalists 174 ...). The ordering verb and the leaving are claimed."""
    found: list[Found] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in claimed:
            continue
        if ctx.codebook.verb_lemma(verb.lemma_, verb.lower_) not in lexicon.order_verbs:
            continue
        leaving = _leaving(verb, lexicon)
        if leaving is None or is_negated(verb) or leaving.i in claimed:
            continue
        nouns = [o for o in children(verb, OBJECTS | {"dative"}) if not _time_noun(o, leaving)]
        nouns = nouns or children(verb, PASSIVE_SUBJECTS)
        if not nouns and verb.dep_ == "conj":
            nouns = children(verb.head, PASSIVE_SUBJECTS)  # "were declared persona non grata and given ..."
        expelled = ctx.actors.of_tokens(nouns)
        sources, passive = subjects_of(ctx, verb)
        if not sources and verb.dep_ == "conj":
            sources, passive = subjects_of(ctx, verb.head)
        if not sources:
            # "was given 72 hours to leave Mali": the land to be left expels
            left = ctx.actors.of_tokens(children(leaving, OBJECTS))
            sources = [h for h in left if h.actor.kind in {"country", "government"}]
        if not expelled or any(_own_forces(s, e) for s in sources for e in expelled):
            continue
        code = _expulsion_code(ctx, nouns, expelled, lexicon)
        event = Found(code, verb, [verb, leaving], sources, expelled, notes=["ordered-out"])
        fall_back(ctx, event, verb, passive)
        claimed.update({verb.i, leaving.i})
        found.append(event)
    return found


def _leaving(verb: Token, lexicon: ConflictLexicon) -> Token | None:
    """The infinitive of leaving the verb orders: 'ordered X to leave', 'gave X a week to leave', 'were given 72
    hours to leave' (the parser may hang it from the time noun)."""
    candidates = [c for c in verb.children if c.dep_ in {"xcomp", "advcl", "ccomp"}]
    candidates += [c for o in children(verb, OBJECTS) for c in o.children if c.dep_ in {"relcl", "acl"}]
    for word in candidates:
        infinitive = is_to_infinitive(word)
        if infinitive and word.lemma_.lower() in lexicon.leaving_verbs:
            return word
    return None


def _time_noun(noun: Token, leaving: Token) -> bool:
    """'given 72 hours', 'a week' (the time to leave in, not who leaves)."""
    return noun.ent_type_ in {"TIME", "DATE"} or leaving.head.i == noun.i


def _own_forces(source: ActorHit, expelled: ActorHit) -> bool:
    """A government's own troops ordered to leave a place withdraw; nobody expels them."""
    return country_of(source) == country_of(expelled) and (expelled.actor.code or "")[3:6] == FORCES_ROLE


def _expulsion_code(ctx: Context, nouns: list[Token], expelled: list[ActorHit], lexicon: ConflictLexicon) -> str:
    """The code 'expelled' gives who is expelled: the noun or a modifier the codebook lists under 'expel', else a
    state's presence (a government, its forces) 166, and individuals 174."""
    listed = ctx.codebook.light_verbs.get("expel", {})
    for noun in nouns:
        for word in [noun, *children(noun, {"compound", "amod"})]:
            code = listed.get(word.lemma_.lower())
            if code:
                return code
    rule = ctx.codebook.verbs.get("expel")
    state = all(h.actor.kind in {"country", "government"} or h.actor.role in {"GOV", "MIL"} for h in expelled)
    return rule.code if rule is not None and state else lexicon.expelled_default


def attempted_killings(ctx: Context, sent: Span, claimed: set[int], lexicon: ConflictLexicon) -> list[Found]:
    """'Gunmen tried to kill the governor', 'attempted to assassinate the president': an attempt on a life (185),
    aimed at whom the act is aimed at. The trying verb and the act are claimed."""
    found: list[Found] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in claimed or verb.lemma_.lower() not in lexicon.attempt_verbs:
            continue
        acts = [c for c in children(verb, {"xcomp"}) if c.lemma_.lower() in lexicon.attempt_acts]
        if not acts or is_negated(verb) or acts[0].i in claimed:
            continue
        act = acts[0]
        targets = objects_of(ctx, act, [])
        if not targets:
            continue
        sources, passive = subjects_of(ctx, verb)
        event = Found(lexicon.attempt_code, verb, [verb, act], sources, targets, notes=["attempt"])
        fall_back(ctx, event, verb, passive)
        claimed.update({verb.i, act.i})
        found.append(event)
    return found


def attempts_on_life(ctx: Context, sent: Span, events: list[Found], lexicon: ConflictLexicon) -> list[Found]:
    """'Survived an assassination attempt when a gunman opened fire on him', 'drones detonated near the president
    in what officials called an attempt on his life': the attack the sentence tells is that attempt (185), aimed
    at who survived it. With no attack told, the survival is the attempt, its doer unnamed. Returns new events."""
    for event in events:
        leader = _leader_conveyed(ctx, event, lexicon)
        if leader is not None:
            event.code, event.targets = lexicon.attempt_code, [leader]
            event.notes.append("attempt")
    nouns = [n for n in sent if _attempt_noun(n, lexicon)]
    if not nouns:
        return []
    survivors: list[ActorHit] = []
    for noun in nouns:
        if noun.dep_ in OBJECTS and noun.head.lemma_.lower() in lexicon.survive_verbs:
            survivors += subjects_of(ctx, noun.head)[0]
    # (an attack that killed was no attempt: "killed in a car bombing ... for fear of an attempt on his life";
    # unless the killing is what the attempt was at: "foiled an attempt to kill the pope")
    attacks = [
        e
        for e in events
        if e.code[:2] in VIOLENT_ROOTS
        and e.code not in NOT_ATTEMPTS
        and (not _kills(e.trigger[0], lexicon) or e.anchor.head in nouns)
    ]
    for attack in attacks:
        attack.code = lexicon.attempt_code
        attack.notes.append("attempt")
        if survivors:
            attack.targets = survivors[:1]
    if attacks or not survivors:
        return []
    verb = next(n.head for n in nouns if n.dep_ in OBJECTS and n.head.lemma_.lower() in lexicon.survive_verbs)
    return [Found(lexicon.attempt_code, verb, [verb, *nouns[:1]], [], survivors[:1], notes=["attempt-survived"])]


def _leader_conveyed(ctx: Context, event: Found, lexicon: ConflictLexicon) -> ActorHit | None:
    """The leader whose motorcade, convoy or car an attack is aimed at ('opened fire on the motorcade of President
    X', 'ambushed the governor's convoy'), if the attack is one and the owner a leader or official."""
    if event.nominal or event.code[:2] not in VIOLENT_ROOTS or event.code in NOT_ATTEMPTS:
        return None
    heads = [event.anchor, *event.trigger[1:]]
    hit = [o for h in heads for o in children(h, OBJECTS)]
    hit += [o for h in heads for p in children(h, {"prep"}) if p.lower_ in {"on", "at"} for o in children(p, {"pobj"})]
    for vehicle in (v for v in hit if v.lemma_.lower() in lexicon.conveyances):
        owners = children(vehicle, {"poss"}) + [
            o for p in children(vehicle, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})
        ]
        for owner in ctx.actors.of_tokens(owners):
            if owner.actor.kind == "person" and (owner.actor.code or "")[3:6] in lexicon.leader_roles:
                return owner
    return None


def _attempt_noun(noun: Token, lexicon: ConflictLexicon) -> bool:
    """'an assassination attempt', 'a murder plot', 'an attempt on his life'."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.attempt_nouns:
        return False
    if any(c.lemma_.lower() in lexicon.attempt_modifiers for c in children(noun, {"compound", "amod"})):
        return True
    lives = [o for p in children(noun, {"prep"}) if p.lower_ == "on" for o in children(p, {"pobj"})]
    # "an attempt to kill the pope", "a plot to assassinate the president"
    acts = [a for a in children(noun, {"acl"}) if a.lemma_.lower() in lexicon.attempt_acts]
    return bool(acts) or any(o.lemma_.lower() == "life" for o in lives)


def killing_kind(found: Found, lexicon: ConflictLexicon) -> None:
    """'Killed journalist X', 'shot dead the lawyer' (1823); 'gunned down the speaker of parliament', 'shot dead
    Prime Minister X' (186): a killing whose victims are named persons is a killing by assault, of a leader or
    official an assassination. A group killed keeps the code of the act."""
    if found.nominal or found.code not in lexicon.killing_codes or not found.targets:
        return
    if not _kills(found.trigger[0], lexicon):
        return
    if not all(t.actor.kind == "person" for t in found.targets):
        return
    if all((t.actor.code or "")[3:6] in lexicon.leader_roles for t in found.targets):
        found.code = lexicon.leader_killed
    elif all(_named(t, found.anchor) for t in found.targets):
        # ("one soldier was killed", "a journalist was shot dead": a person told of, not named, is the toll of
        # the act, which keeps its code)
        found.code = lexicon.person_killed


def _named(hit: ActorHit, anchor: Token) -> bool:
    """Whether the sentence names the person by a proper name ('journalist Jamal Khashoggi')."""
    sent = anchor.sent
    for mention in hit.actor.mentions:
        if sent.start_char <= mention.start < sent.end_char:
            span = anchor.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and span[-1].pos_ == "PROPN":
                return True
    return False


def _kills(verb: Token, lexicon: ConflictLexicon) -> bool:
    """A verb of killing: 'killed', 'murdered', 'shot dead', 'gunned down'."""
    lemma = verb.lemma_.lower()
    needed = lexicon.killing_with_word.get(lemma)
    # ("shot dead the prime minister": the parser may hang "dead" on the object; the word after the verb counts)
    follower = next_token(verb)
    words = [*verb.children, *([follower] if follower is not None else [])]
    return lemma in lexicon.killing_verbs or bool(needed and any(w.lower_ == needed for w in words))


def occupation_kind(ctx: Context, found: Found, lexicon: ConflictLexicon) -> None:
    """'Protesters occupied the airport', 'demonstrators took over the square': a crowd occupying a place blocks
    it (144), a protest; troops doing so occupy territory (192)."""
    if found.nominal or found.code not in lexicon.occupation_codes:
        return
    doers = children(found.anchor, SUBJECTS)
    if not doers and found.anchor.dep_ == "conj":
        doers = children(found.anchor.head, SUBJECTS)
    if doers and all(d.lemma_.lower() in ctx.linking.crowd_nouns for d in doers):
        found.code = lexicon.occupation_code


def armed_expulsion_kind(found: Found, lexicon: ConflictLexicon) -> None:
    """'UN peacekeepers and government troops drove rebel soldiers out of the town': armed forces expelled by
    armed forces are fought (190), not deported (174)."""
    if found.code not in lexicon.armed_expulsion_codes or not found.sources or not found.targets:
        return
    if all(_armed(h, lexicon) for h in [*found.sources, *found.targets]):
        found.code = lexicon.armed_expulsion_code


def _armed(hit: ActorHit, lexicon: ConflictLexicon) -> bool:
    """Whether a party is an armed force: its role, or the code's last letters for an organisation's forces
    ('IGOUNOPKO', UN peacekeepers, carry no role of their own)."""
    return (hit.actor.role or (hit.actor.code or "")[-3:]) in lexicon.armed_roles


def mass_violence_kind(ctx: Context, found: Found, lexicon: ConflictLexicon) -> None:
    """Mass violence told by its means or its victims: an attack made with a chemical agent (2041, 'dropped
    barrel bombs filled with chlorine') or with weapons of mass destruction (204); people counted in hundreds or
    thousands killed by a party (202, 'executed thousands of men') or driven from their homes (201, 'drove tens
    of thousands of villagers out')."""
    if found.nominal or found.negated:
        return
    if found.code[:2] in lexicon.attack_roots:
        words = [t for t in sorted(_clause_words(found.anchor), key=lambda t: t.i) if not t.is_punct]
        lemmas = [t.lemma_.lower() for t in words]
        if set(lemmas) & lexicon.chemical_words or any(_holds(lemmas, p) for p in lexicon.chemical_phrases):
            found.code = lexicon.chemical
            return
        if any(_holds(lemmas, p) for p in lexicon.mass_destruction_phrases):
            found.code = lexicon.mass_destruction
            return
    victims = _victims(found.anchor)
    verb = found.trigger[0]
    lemma = ctx.codebook.verb_lemma(verb.lemma_, verb.lower_)
    # (fighters killed in numbers are a battle's toll: "killed 300 rebels in an offensive")
    unarmed = not any((t.actor.code or "")[3:6] in ARMED_ROLES for t in found.targets)
    killing = found.code in lexicon.mass_killing_codes and lemma in lexicon.mass_killing_verbs and unarmed
    expulsion = found.code in lexicon.mass_expulsion_codes and lemma in lexicon.mass_expulsion_verbs
    if killing and _by_a_party(ctx, verb) and any(_massive(v, lexicon, lexicon.count_from) for v in victims):
        found.code = lexicon.mass_killing
    elif expulsion and any(_massive(v, lexicon, lexicon.expulsion_from) for v in victims):
        found.code = lexicon.mass_expulsion


def _clause_words(anchor: Token) -> list[Token]:
    """The words of an act's own clause, and of the act it is the toll of ('dropped canisters filled with chlorine
    on Douma, killing dozens'); not those of other clauses with their own subject or of reported speech."""
    heads = [anchor]
    if anchor.dep_ == "advcl" and anchor.tag_ == "VBG":
        heads.append(anchor.head)
    words: list[Token] = []
    for head in heads:
        words += _own_clause(head, top=head)
    return words


def _own_clause(token: Token, top: Token) -> list[Token]:
    words = [token]
    for child in token.children:
        if child.dep_ in {"ccomp", "parataxis", "relcl"} and token.i == top.i:
            continue
        if child.dep_ in {"conj", "advcl"} and children(child, SUBJECTS):
            continue
        if child.i == top.i:
            continue
        words += _own_clause(child, top)
    return words


def _victims(anchor: Token) -> list[Token]:
    """Whom an act falls on: its object or passive subject, and what such a word counts ('thousands of men')."""
    nouns = [o for o in anchor.children if o.dep_ in {"dobj", "nsubjpass"}]
    return nouns + [n for o in nouns for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for n in p.children]


def _massive(noun: Token, lexicon: ConflictLexicon, least: int) -> bool:
    """'Thousands', 'tens of thousands of villagers', '3,000 men', 'the Muslim population'."""
    words = [noun, *(c for c in noun.children if c.dep_ in {"nummod", "quantmod", "compound", "amod"})]
    for word in words:
        if lexicon.count_words.get(word.lemma_.lower(), 0) >= least:
            return True
        digits = word.text.replace(",", "")
        if digits.isdigit() and int(digits) >= least:
            return True
    return False


def _by_a_party(ctx: Context, verb: Token) -> bool:
    """Whether the killers are a party the sentence names ('soldiers', 'the militia'), not a bomb, a shelling or
    a disaster: the verb's subject, or that of the act a participle tells the toll of, or a 'by' phrase."""
    subjects = children(verb, SUBJECTS)
    if not subjects and verb.dep_ in {"advcl", "conj"}:
        subjects = children(verb.head, SUBJECTS)
    subjects += [o for a in children(verb, {"agent"}) for o in children(a, {"pobj"})]
    # ("Russian shelling killed 120 civilians": an act named as the killer is no party, whoever's it is)
    acts = ctx.codebook.event_nouns | frozenset(ctx.codebook.bombings.get("means", []))
    return bool(subjects) and all(s.lemma_.lower() not in acts and ctx.actors.of_token(s) is not None for s in subjects)


def prompted_posture(ctx: Context, found: Found, lexicon: ConflictLexicon) -> None:
    """'Put its armed forces on high alert after North Korea fired a missile', 'sent troops to Saudi Arabia to
    deter an Iraqi attack': a show of force naming no other party is aimed at the party whose act prompted it
    (the first coded actor of another country in its clause of cause or time, or in its purpose of deterring)."""
    if found.nominal or found.code[:2] not in lexicon.posture_roots or not found.sources:
        return
    own = {country_of(s) for s in found.sources}
    if any(is_coded(t.actor) and country_of(t) not in own for t in found.targets):
        return
    clauses = []
    for child in found.anchor.children:
        marks = {m.lower_ for m in children(child, {"mark"})}
        cause = child.dep_ == "advcl" and bool(marks & lexicon.posture_marks)
        purpose = child.dep_ == "advcl" and child.lemma_.lower() in lexicon.posture_purposes
        if cause or purpose or (child.dep_ == "prep" and child.lower_ in lexicon.posture_preps):
            clauses.append(child)
    for clause in clauses:
        start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        for _s, _e, actor in sorted(ctx.actors.overlapping(start, end), key=lambda h: h[0]):
            if is_coded(actor) and (actor.code or "")[:3] not in own:
                found.targets = [ActorHit(actor)]
                found.notes.append("prompted-by")
                return


def switched_to(ctx: Context, found: Found, lexicon: ConflictLexicon) -> None:
    """'Switched diplomatic recognition from Taipei to Beijing': a relation switched from one party to another
    is aimed at the party it goes to ('to'), not the one it leaves ('from')."""
    verb = found.trigger[0]
    if verb.lemma_.lower() not in lexicon.switch_verbs:
        return
    heads = [verb, *(o for o in children(verb, OBJECTS))]
    preps = [p for h in heads for p in children(h, {"prep"})]
    to_words = [o for p in preps if p.lower_ == "to" for o in children(p, {"pobj"})]
    gone_to = ctx.actors.of_tokens(to_words) or [h for w in to_words if (h := _place_party(ctx, w)) is not None]
    left = ctx.actors.of_tokens([o for p in preps if p.lower_ == "from" for o in children(p, {"pobj"})])
    if gone_to and left:
        found.targets = gone_to


def _place_party(ctx: Context, word: Token) -> ActorHit | None:
    """The country of a place named by ``word`` ('to Beijing'), as a party: its actor if the article names the
    country, else the place's country."""
    for place in ctx.places:
        if place.country and place.start <= word.idx < place.end:
            return place_party(ctx, place)
    return None


def place_party(ctx: Context, place: Place) -> ActorHit:
    """A place's country as an event's party: the article's actor for it if named, else the place's country."""
    named = ctx.actors.country_named(place.country or "")
    if named is not None:
        return named
    actor = Actor(id=f"place:{place.country}", name=place.name, code=place.country, kind="country")
    return ActorHit(actor, from_place=True)


def verbal_attack_kind(found: Found, lexicon: ConflictLexicon) -> None:
    """'Launched a fresh attack against Israel, dismissing the Holocaust as a myth', 'a strongly worded attack in
    The Times', 'a blistering attack on the government's policy': an attack noun told as one in words (a word on
    it, a medium of speech, a policy or statement it is against, a participle that tells the words) is criticism,
    not an assault. A real attack stays ('launched an attack on the base, killing 20 soldiers')."""
    if found.code[:2] not in lexicon.verbal_attack_roots:
        return
    nouns = [t for t in found.trigger if t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.verbal_attack_nouns]
    if any(_in_words(noun, found.anchor, lexicon) for noun in nouns):
        found.code = lexicon.verbal_attack_code
        found.notes.append(VERBAL_ATTACK)
        # ("dismissing the Holocaust as a myth": the participle tells the attack's words, no act of its own)
        found.notes += [f"{WORDS_NOTE}{c.i}" for c in _words_told(found.anchor, lexicon)]


def drop_attack_words(events: list[Found]) -> list[Found]:
    """A participle that tells an attack's words ('launched an attack on Israel, dismissing its claims') is how the
    criticism was made, no event of its own (``verbal_attack_kind``)."""
    words = {int(n[len(WORDS_NOTE) :]) for e in events for n in e.notes if n.startswith(WORDS_NOTE)}
    return [e for e in events if e.anchor.i not in words or VERBAL_ATTACK in e.notes]


def _words_told(anchor: Token, lexicon: ConflictLexicon) -> list[Token]:
    """The participles beside an attack that tell its words: 'dismissing', 'branding', 'accusing'."""
    return [
        c for c in anchor.children if c.dep_ == "advcl" and c.tag_ == "VBG" and is_word(c, lexicon.verbal_attack_verbs)
    ]


def _in_words(noun: Token, anchor: Token, lexicon: ConflictLexicon) -> bool:
    """Whether an attack noun is told as one made in words (``verbal_attack_kind``)."""
    if any(c.dep_ == "amod" and is_word(c, lexicon.verbal_attack_words) for c in noun.children):
        return True
    heads = [noun] if anchor.i == noun.i else [noun, anchor]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        objects = children(prep, {"pobj"})
        if prep.lower_ == "in" and any(is_word(o, lexicon.verbal_attack_media) for o in objects):
            return True
        if prep.lower_ in {"on", "against"} and any(is_word(o, lexicon.verbal_attack_topics) for o in objects):
            return True
    return bool(_words_told(anchor, lexicon))


def attack_doers(ctx: Context, events: list[Found], lexicon: ConflictLexicon) -> None:
    """'Three soldiers were killed in an ambush by Maoist rebels', 'two militants were killed in an Israeli air
    strike', 'two rebels were killed in clashes with government troops': a killing or wounding told in the passive
    with no doer of its own is done by the attack it was told in: the party of the attack's "by" phrase or the
    party named on it, or a fight's other side. A running toll ('killed in attacks since 2001') stays a statistic,
    and an attack the sentence codes as an event of its own is not read twice."""
    anchors = {e.anchor.i for e in events}
    for event in events:
        verb = event.anchor
        if event.sources or event.nominal or event.code[:2] not in lexicon.attack_doer_roots:
            continue
        if not children(verb, PASSIVE_SUBJECTS) or is_negated(verb) or _running_toll(ctx, verb, lexicon):
            continue
        attacks = [
            n for p in children(verb, {"prep"}) if p.lower_ in lexicon.attack_doer_preps for n in children(p, {"pobj"})
        ]
        for attack in (a for a in attacks if a.i not in anchors):
            doers = [h for h in _attackers(ctx, attack, lexicon) if is_coded(h.actor)]
            if not doers:
                continue
            doer_ids = {h.actor.id for h in doers}
            victims = [h for h in event.targets if h.actor.id not in doer_ids]
            # ("killed in a Russian air raid": the raid's party was read as the victim; the victims are the subject)
            event.targets = victims or [
                h for h in ctx.actors.of_tokens(children(verb, PASSIVE_SUBJECTS)) if h.actor.id not in doer_ids
            ]
            event.sources = doers
            event.notes.append("attack-doer")
            break


def _running_toll(ctx: Context, verb: Token, lexicon: ConflictLexicon) -> bool:
    """A count from a start or over a war ('since fighting erupted', linking.is_toll) or over a period of time
    ('this year', 'last month', 'in the past decade'): a statistic, no one attack's toll."""
    if is_toll(verb, ctx.linking):
        return True
    return any(t.ent_type_ == "DATE" and t.lemma_.lower() in lexicon.toll_periods for t in verb.subtree)


def _attackers(ctx: Context, attack: Token, lexicon: ConflictLexicon) -> list[ActorHit]:
    """Who made an attack: its "by" phrase ('an ambush by Maoist rebels'), else a party named before it ('an
    Israeli air strike', 'a Taliban attack', 'Russia's offensive'); who fought a fight: its "with" phrase."""
    lemma = attack.lemma_.lower()
    if lemma in lexicon.fight_nouns:
        return ctx.actors.of_tokens(
            _conjoined(o for p in children(attack, {"prep"}) if p.lower_ == "with" for o in children(p, {"pobj"}))
        )
    if lemma not in lexicon.attack_nouns:
        return []
    by = [o for p in attack.children if p.dep_ in {"prep", "agent"} and p.lower_ == "by" for o in children(p, {"pobj"})]
    if by:
        return ctx.actors.of_tokens(_conjoined(by))
    named = [t for c in attack.lefts if c.dep_ in {"poss", "amod", "compound", "nmod"} for t in c.subtree]
    hits = (ctx.actors.of_token(t, follow_owner=False) for t in named if t.pos_ in {"PROPN", "ADJ", "NOUN"})
    found: dict[str, ActorHit] = {}
    for hit in hits:
        if hit is not None:
            found.setdefault(hit.key, hit)
    return list(found.values())


def _conjoined(nouns) -> list[Token]:
    """Nouns with those coordinated with them ('by soldiers and police')."""
    return [c for n in nouns for c in [n, *n.conjuncts]]


# Prepositions after which an attack names what it lands on ("fired on an army post", "an attack on a police station").
HELD_PREPS = {"on", "at", "against", "upon"}
# A state's armed challengers at home (its own forces that fight them: actors.STATE_ORGANS).
ARMED_CHALLENGER_ROLES = {"REB", "INS", "SEP"}


def held_target(ctx: Context, found: Found, lexicon: ConflictLexicon) -> None:
    """'Sri Lankan troops shelled rebel positions', 'gunmen attacked a police station in southern Thailand', 'blew
    up an army truck': force on a holding named by its owner's role is aimed at that owner (REB, COP, MIL ...), of
    the country of the place or country the parser read as the target ('Thailand'), else of the sentence's one
    country, else of the doer's (a state's forces and its challengers fight at home). Only when no party of its
    own is the target: 'attacked a Syrian army post' read as 'Syria' becomes Syria's army."""
    if found.code[:2] not in lexicon.held_roots or not found.sources:
        return
    if any(h.actor.kind not in {"country", None} and not h.from_place for h in found.targets):
        return  # a party of its own is the target ("attacked the convoy of the UN envoy")
    heads = [found.anchor] if found.nominal else [found.anchor, *found.trigger[1:]]
    objects = [o for h in heads for o in children(h, OBJECTS)]
    objects += [
        o for h in heads for p in children(h, {"prep"}) if p.lower_ in HELD_PREPS for o in children(p, {"pobj"})
    ]
    for holding in (o for o in objects if o.lemma_.lower() in lexicon.holdings):
        owners = [c for c in holding.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < holding.i]
        roles = [
            (o, lexicon.holding_owners[o.lemma_.lower()]) for o in owners if o.lemma_.lower() in lexicon.holding_owners
        ]
        if not roles:
            continue
        owner, role = roles[0]
        country = _holder_country(ctx, found, role)
        if country is None:
            return
        name = f"{owner.text} {holding.text}"  # ("rebel positions")
        actor = Actor(
            id=f"held:{country}{role}", name=name, code=country + role, country=country, role=role, kind="group"
        )
        found.targets = [ActorHit(actor, from_place=True)]
        found.notes.append("held-target")
        return


def _holder_country(ctx: Context, found: Found, role: str) -> str | None:
    """The country of a holding's owner. Rebels a state's forces strike are that state's own, wherever their camp
    lies ('Colombian forces bombed a rebel camp inside Ecuador'); any other owner is of the country read as the
    target ('a police station in southern Thailand'), else of the sentence's one country, else of the doer's."""
    doers = {country_of(h) for h in found.sources if _state_force(h)}
    if role in ARMED_CHALLENGER_ROLES and len(doers) == 1:
        return doers.pop()
    for hit in found.targets:
        if country_of(hit) and not country_of(hit).startswith("-"):
            return country_of(hit)
    sent = found.anchor.sent
    only = ctx.actors.only_country(sent.start_char, sent.end_char)
    if only is not None:
        return only
    doers = {country_of(h) for h in found.sources if country_of(h) and not country_of(h).startswith("-")}
    return doers.pop() if len(doers) == 1 and not next(iter(doers)).startswith("IGO") else None


def _state_force(hit: ActorHit) -> bool:
    """A state or its forces (not a family such as an IGO, not a party with no country)."""
    code = hit.actor.code or ""
    if len(code) < 3 or code.startswith("-") or code.startswith("IGO"):
        return False
    return code[3:6] in STATE_ORGANS or (len(code) == 3 and hit.actor.kind in {"country", "government"})


def accused_doers(events: list[Found], lexicon: ConflictLexicon) -> None:
    """'Hamas accused the presidential guard of trying to assassinate the prime minister', 'accused the rebels of
    killing 12 soldiers': an act of force the accusation charges a party with is coded besides it, done by the
    accused (aimed at the accuser when it names no target: 'accused Pakistan of violating the ceasefire'). Only
    force (conflict.yaml ``accused_acts``) and only the act the charge names, not one deeper in its words."""
    for accusation in events:
        if (
            accusation.negated
            or not accusation.targets
            or not accusation.code.startswith(tuple(lexicon.accusation_codes))
        ):
            continue
        charged = _charged(accusation.anchor, lexicon)
        for act in events:
            if act is accusation or act.sources or act.negated or act.code[:2] not in lexicon.accused_roots:
                continue
            if act.anchor.i not in charged:
                continue
            accused = [h for h in accusation.targets if _may_use_force(h, lexicon)]
            accused = [h for h in accused if all(h.key != t.key for t in act.targets)]
            if not accused:
                continue
            act.sources = accused
            accused_sides = {country_of(h) for h in accused}
            act.targets = act.targets or [s for s in accusation.sources if country_of(s) not in accused_sides]
            act.notes.append("accused-doer")


def _may_use_force(hit: ActorHit, lexicon: ConflictLexicon) -> bool:
    """A state (a bare country or its government) or a party whose role bears arms; not a firm or a crowd."""
    code = hit.actor.code or ""
    if len(code) == 3 and code.isalpha() and code not in {"IGO", "NGO"}:
        return True
    return code[3:6] in lexicon.accused_roles


def _charged(verb: Token, lexicon: ConflictLexicon) -> set[int]:
    """The words a charge's 'of' / 'for' phrase names as the act ('of killing', 'for the bombing'), and those it
    names through a carrying word ('of trying to assassinate', 'of being behind the attack', 'of involvement in')."""
    level = [o for p in children(verb, {"prep"}) if p.lower_ in lexicon.accused_preps for o in p.children]
    level = [o for o in level if o.dep_ in {"pobj", "pcomp"}]
    named: set[int] = set()
    for _ in range(3):
        level += [c for t in level for c in t.conjuncts if c.i not in named]
        named |= {t.i for t in level}
        carriers = [t for t in level if t.lemma_.lower() in lexicon.accused_carriers]
        level = [c for t in carriers for c in children(t, {"xcomp", "dobj", "attr"})]
        level += [
            o for t in carriers for p in children(t, {"prep"}) if p.lower_ in lexicon.carrier_preps
            for o in children(p, {"pobj"})
        ]  # fmt: skip
    return named


def bombing_toll(ctx: Context, found: Found, lexicon: ConflictLexicon) -> None:
    """'A suicide bomber led the bomb attack near a police post, killing two policemen': a killing told as the
    toll of a clause whose act is a bombing is that bombing (verbs.yaml ``bombings``: 183, suicide 1831, car 1832),
    not military force."""
    verb = found.anchor
    if found.nominal or not found.code.startswith("19") or verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "conj"}:
        return
    if verb.lemma_.lower() not in lexicon.toll_verbs:
        return
    head = verb.head
    while head.dep_ == "conj" and head.tag_ == "VBG" and head.head.i != head.i:
        head = head.head  # ("..., killing two and wounding ten": the toll's first participle)
    if head.i == verb.i or head.pos_ not in {"VERB", "AUX"}:
        return
    told = [c for c in head.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS | OBJECTS | {"prep", "agent"}]
    words = {t.lemma_.lower() for c in told if c.i != verb.i for t in c.subtree if not _within_toll(t, verb)}
    bombs = ctx.codebook.bombings
    if words & set(bombs.get("means", [])):
        found.code = next((c for kind, c in bombs.get("kinds", {}).items() if kind in words), bombs["code"])
        found.notes.append("bombing-toll")


def _within_toll(token: Token, verb: Token) -> bool:
    return verb.left_edge.i <= token.i <= verb.right_edge.i


def place_taken(ctx: Context, found: Found, lexicon: ConflictLexicon) -> None:
    """'Rebels captured Kisangani', 'Ethiopian troops seized Baidoa', 'Kisangani was captured by the rebels': a town,
    city or region taken is occupied territory (192), not a person arrested or goods seized (conflict.yaml
    ``places_taken``); naming no other party, the act is aimed at the place's country."""
    verb = found.anchor
    if found.nominal or found.code not in lexicon.taken_codes or verb.lemma_.lower() not in lexicon.taking_verbs:
        return
    taken = [_place_of(ctx, o) for o in children(verb, OBJECTS | PASSIVE_SUBJECTS)]
    if not taken or any(place is None for place in taken):
        return
    found.code = lexicon.taken_code
    found.targets = found.targets or [place_party(ctx, place) for place in taken[:1] if place is not None]
    found.notes.append("place-taken")


def _place_of(ctx: Context, word: Token) -> Place | None:
    """The place with a country a word names (not one inside an organisation's name)."""
    for place in ctx.places:
        if place.country and not place.in_name and place.start <= word.idx < place.end:
            return place
    return None


def drop_standing_rules(events: list[Found], lexicon: ConflictLexicon) -> list[Found]:
    """'Bangladeshi law bars any convict from contesting elections', 'the constitution bars the president from a third
    term': a ban or restriction a rule imposes, told in the simple present, is a standing state of affairs, no act
    (conflict.yaml ``standing_rules``); the rule's making is coded on its own."""
    return [e for e in events if not _standing_rule(e, lexicon)]


def _standing_rule(found: Found, lexicon: ConflictLexicon) -> bool:
    verb = found.anchor
    if found.nominal or found.code[:2] not in lexicon.rule_roots or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if children(verb, {"aux", "auxpass"}):
        return False
    subjects = children(verb, SUBJECTS)
    return bool(subjects) and all(s.lemma_.lower() in lexicon.rule_subjects for s in subjects)
