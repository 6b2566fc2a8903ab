"""Political contention told without a coded verb of its own (``detente/data/cameo/contention.yaml``): defiance told
as "in defiance of X" (128), a withdrawal from an election (a boycott, 143), and an authority yielding to the
opposition to its own plan (0832: "suspended the cull in the face of strong public opposition")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from detente.packaged import read_data_yaml

from ...model import Actor
from .actors import ActorHit, country_of
from .codes import cameo_codes
from .conflict_kinds import place_party
from .context import Context
from .found import Found
from .grammar import (
    OWNER_DEPS,
    children,
    is_coded,
    is_hypothetical,
    is_negated,
    is_to_infinitive,
    named_owners,
    prep_objects,
    with_conjuncts,
)
from .story import bare_definite
from .subjects import SPEECH_VERBS, subjects_of

# The root of protest: a protest the sentence codes tells who opposes.
PROTEST_ROOT = "14"
# The root of yielding: a verb the codebook already reads as a concession may be the yield itself.
YIELD_ROOT = "08"
# Prepositions that name who opposes ("protests by farmers", "opposition from the unions", "the anger of residents").
OPPOSER_PREPS = {"by", "from", "of", "among"}


class ContentionLexiconError(ValueError):
    """The contention lexicon is malformed (a missing list, a code that is no CAMEO code)."""


@dataclass(frozen=True)
class Defiance:
    code: str
    nouns: frozenset[str]
    prepositions: frozenset[str]
    verbs: frozenset[str]


@dataclass(frozen=True)
class ElectionWithdrawals:
    code: str
    nouns: frozenset[str]
    left: frozenset[str]


@dataclass(frozen=True)
class Yields:
    code: str
    verbs: frozenset[str]
    causes: frozenset[str]
    opposition: frozenset[str]
    roles: frozenset[str]
    public: frozenset[str]


@dataclass(frozen=True)
class PressingAhead:
    code: str
    prepositions: frozenset[str]
    opposition: frozenset[str]
    public: frozenset[str]


@dataclass(frozen=True)
class StateActs:
    code: str  # the root of the protests the rule reads
    nouns: frozenset[str]


@dataclass(frozen=True)
class ContentionLexicon:
    defiance: Defiance
    withdrawals: ElectionWithdrawals
    yields: Yields
    state_acts: StateActs
    pressing_ahead: PressingAhead


def _section(raw: dict[str, Any], key: str, lists: tuple[str, ...]) -> dict[str, Any]:
    """One section, its code checked against the CAMEO table and its word lists present and lower-cased."""
    entry = raw.get(key)
    if not isinstance(entry, dict):
        raise ContentionLexiconError(f"contention.yaml: '{key}' must be a mapping")
    code = str(entry.get("code", ""))
    if code not in cameo_codes():
        raise ContentionLexiconError(f"contention.yaml: '{key}' names {code!r}, no CAMEO code")
    words: dict[str, Any] = {"code": code}
    for name in lists:
        values = entry.get(name)
        if not values:
            raise ContentionLexiconError(f"contention.yaml: '{key}' needs '{name}'")
        words[name] = frozenset(str(v).lower() for v in values)
    return words


def parse_contention(raw: dict[str, Any]) -> ContentionLexicon:
    """The lexicon from its parsed YAML, checked against the CAMEO table."""
    return ContentionLexicon(
        defiance=Defiance(**_section(raw, "defiance", ("nouns", "prepositions", "verbs"))),
        withdrawals=ElectionWithdrawals(**_section(raw, "election_withdrawals", ("nouns", "left"))),
        yields=Yields(
            **_section(raw, "yields", ("verbs", "causes", "opposition", "public")),
            roles=frozenset(str(r) for r in (raw["yields"].get("roles") or [])),
        ),
        state_acts=StateActs(**_section(raw, "protested_state_acts", ("nouns",))),
        pressing_ahead=PressingAhead(**_section(raw, "pressing_ahead", ("prepositions", "opposition", "public"))),
    )


@lru_cache(maxsize=1)
def load_contention() -> ContentionLexicon:
    """The packaged contention lexicon, parsed and checked once per process."""
    return parse_contention(read_data_yaml("cameo/contention.yaml"))


# --- defiance -------------------------------------------------------------------------------------------------


def defiances(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """'Bashir left Libya in defiance of UN sanctions', 'Iran will install the centrifuges in defiance of the
    Security Council's resolution': whoever acts in defiance of a party's rule or demand defies that party (128)."""
    rule = load_contention().defiance
    found: list[Found] = []
    for noun in sent:
        if noun.i in claimed or noun.lemma_.lower() not in rule.nouns or noun.dep_ != "pobj":
            continue
        if noun.head.lower_ not in rule.prepositions:
            continue
        acting = _acting_clause(ctx, noun.head)
        if acting is None or is_negated(acting[0]):
            continue
        verb, (sources, passive) = acting
        keys = {s.key for s in sources}
        targets = [t for t in _parties_of(ctx, prep_objects(noun, {"of"})) if t.key not in keys]
        if passive or not sources or not targets:
            continue
        claimed.add(noun.i)
        found.append(Found(rule.code, verb, [noun], sources, targets, notes=["defiance"]))
    return found


def _acting_clause(ctx: Context, prep: Token) -> tuple[Token, tuple[list[ActorHit], bool]] | None:
    """The verb of the act a manner phrase tells, with its doers: the nearest verb above the phrase with a doer
    (the parser may hang "in defiance of" from the object, 'flew pilgrims home in defiance of', or from an infinitive
    on it, 'would carry out its plan to install centrifuges, in defiance of')."""
    token = prep.head
    while True:
        doers = subjects_of(ctx, token) if token.pos_ in {"VERB", "AUX"} else ([], False)
        if doers[0]:
            return token, doers
        if token.head.i == token.i:
            return None
        token = token.head


def drop_defiance_of_nothing(ctx: Context, events: list[Found]) -> list[Found]:
    """'Thousands defied heavy snow to gather', 'the economy defied expectations': a verb of defiance whose object
    names no party, nor a party's rule or decision, defies no one (the target found elsewhere is not defied)."""
    verbs = load_contention().defiance.verbs
    return [e for e in events if not _defies_nothing(ctx, e, verbs)]


def _defies_nothing(ctx: Context, found: Found, verbs: frozenset[str]) -> bool:
    verb = found.anchor
    if found.nominal or ctx.codebook.verb_lemma(verb.lemma_, verb.lower_) not in verbs:
        return False
    defied = children(verb, {"dobj"})
    # ("flouted international pressure", "defied calls to resign": a party's demand defied, whoever made it)
    demands = [d for d in defied if d.lemma_.lower() in ctx.codebook.answered_nouns]
    # ("defied Major's policy": a thing someone owns is that one's, named party or not)
    owned = [d for d in defied if children(d, {"poss"}) or any(m.pos_ == "PROPN" for m in children(d, OWNER_DEPS))]
    return bool(defied) and not demands and not owned and not _parties_of(ctx, defied)


def _parties_of(ctx: Context, things: list[Token]) -> list[ActorHit]:
    """The coded parties whose rule or decision the things are: the party itself ('in defiance of Washington'),
    its owner or modifier ('UN sanctions', 'the Council's decision'), or the "by" phrase of a participle on it ('the
    sanctions agreed by the Security Council')."""
    hits = ctx.actors.of_tokens(with_conjuncts(things))
    makers = [
        o for t in things for a in children(t, {"acl"}) for g in children(a, {"agent"}) for o in children(g, {"pobj"})
    ]
    hits += [h for h in ctx.actors.of_tokens(makers) if all(h.key != k.key for k in hits)]
    # ("in defiance of Washington": a capital the actors stage left a place stands for its country)
    places = [place_party(ctx, p) for t in things for p in ctx.places if p.country and p.start <= t.idx < p.end]
    return [h for h in hits if is_coded(h.actor)] or places or [h for t in things for h in _told_before(ctx, t)]


def _told_before(ctx: Context, thing: Token) -> list[ActorHit]:
    """Whose 'the resolution' is, named bare: the party of the same thing told in an earlier sentence ('the UN
    Security Council adopted the resolution', 'the Council's resolution'), the newest first."""
    if not bare_definite(thing) or thing.pos_ != "NOUN":
        return []
    lemma = thing.lemma_.lower()
    for earlier in reversed(thing.doc[: thing.sent.start]):
        if earlier.pos_ != "NOUN" or earlier.lemma_.lower() != lemma:
            continue
        hits = [h for h in ctx.actors.of_tokens([earlier]) if is_coded(h.actor)]
        if not hits and earlier.dep_ in {"dobj", "nsubjpass"}:
            hits = [h for h in subjects_of(ctx, earlier.head)[0] if is_coded(h.actor)]
        if hits:
            return hits
    return []


# --- withdrawals from elections -------------------------------------------------------------------------------


def election_withdrawals(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """'Three opposition parties announced their withdrawal from the elections', 'the opposition's pullout from
    the polls': a withdrawal from an election is a boycott of it (143), aimed, as a protest, at the authorities
    (home_country). Its doer is its owner, or for 'its' / 'their' the subject of the verb it hangs from."""
    rule = load_contention().withdrawals
    found: list[Found] = []
    for noun in sent:
        if noun.i in claimed or noun.lemma_.lower() not in rule.nouns or noun.pos_ != "NOUN":
            continue
        if not any(o.lemma_.lower() in rule.left for o in prep_objects(noun, {"from"})):
            continue
        sources = _owners(ctx, noun)
        if not sources:
            continue
        claimed.add(noun.i)
        found.append(Found(rule.code, noun, [noun], sources, [], nominal=True, notes=["election-withdrawal"]))
    return found


def _owners(ctx: Context, noun: Token) -> list[ActorHit]:
    """Who does what the noun names: its owner or "of" / "by" phrase ('the opposition's withdrawal'), or, owned by
    a pronoun ('announced their withdrawal'), the subject of the verb it hangs from."""
    owners = named_owners(noun, ("of", "by"))
    if owners:
        return ctx.actors.of_tokens(owners)
    verb = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
    if verb is None or not children(noun, {"poss"}) or is_negated(verb):
        return []
    sources, passive = subjects_of(ctx, verb)
    return [] if passive else sources


# --- yielding to the opposition -------------------------------------------------------------------------------


def yields(ctx: Context, sent: Span, events: list[Found], claimed: set[int]) -> list[Found]:
    """'Officials suspended a proposed cull after 10,000 people signed a petition against it', 'the government
    decided to suspend the cull in the face of strong public opposition': an authority that suspends, shelves or
    drops its plan in answer to opposition yields to the opposers (0832). A protest the sentence codes with no
    target was aimed at that authority's plan."""
    rule = load_contention().yields
    # ("withdrew the labour law": the plain verb's own reading, a retreat, gives way to the yield)
    anchored = {e.anchor.i: e for e in events if not e.nominal}
    found: list[Found] = []
    for verb in sent:
        told = anchored.get(verb.i)
        if verb.pos_ != "VERB" or (told is not None and not told.code.startswith(YIELD_ROOT)):
            continue
        if ctx.codebook.verb_lemma(verb.lemma_, verb.lower_) not in rule.verbs:
            continue
        if is_negated(verb) or is_hypothetical(verb):
            continue
        sources, passive = subjects_of(ctx, verb)
        if passive or not sources or not all(_authority(h, rule) for h in sources):
            continue
        causes = _causes(verb, rule)
        protests = [e for e in events if e.code.startswith(PROTEST_ROOT) and _inside(e.anchor, causes)]
        # ("after weeks of street protests": the opposition may be what the cause is made of)
        heads = with_conjuncts(causes + [o for c in causes for o in prep_objects(c, {"of"})])
        nouns = [n for n in heads if n.lemma_.lower() in rule.opposition]
        targets = [h for e in protests for h in e.sources] or _opposers(ctx, nouns, sources, rule.public)
        if not targets and nouns:
            # ("suspended the price increase following protests in Amman": opposition no one is named for is the
            # authority's own people's)
            targets = [_public(sources[0])]
        keys = {s.key for s in sources}
        targets = [t for t in targets if t.key not in keys]
        if not targets:
            continue
        for protest in protests:
            if not protest.targets:
                protest.targets = list(sources)  # (the petition was against the plan the authority drops)
        if told is not None:
            told.code, told.sources, told.targets = rule.code, sources, targets
            told.notes.append("yield")
            continue
        claimed.add(verb.i)
        found.append(Found(rule.code, verb, [verb], sources, targets, notes=["yield"]))
    return found


def pressing_ahead(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """'China installed new bishops despite Vatican objections', 'the teachers voted to continue the strike
    despite Arafat's appeal': a party acting despite another's opposition or appeal rejects it (120). Not what is
    said despite criticism, nor an act done to the doer (a passive)."""
    rule = load_contention().pressing_ahead
    found: list[Found] = []
    for prep in sent:
        verb = prep.head
        if prep.dep_ != "prep" or prep.lower_ not in rule.prepositions or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if verb.lemma_.lower() in SPEECH_VERBS or is_negated(verb) or is_hypothetical(verb) or _allowed_act(verb):
            continue
        nouns = [n for n in with_conjuncts(children(prep, {"pobj"})) if n.lemma_.lower() in rule.opposition]
        sources, passive = subjects_of(ctx, verb) if nouns else ([], False)
        sources = [s for s in sources if is_coded(s.actor)]
        if passive or not sources:
            continue
        keys = {s.key for s in sources}
        # (opposers with no country of their own, "landowners", are left out: the sentence may name several)
        opposers = _opposers(ctx, nouns, sources, rule.public)
        targets = [t for t in opposers if t.key not in keys and is_coded(t.actor)]
        if not targets:
            continue
        claimed.add(prep.i)
        found.append(Found(rule.code, verb, [prep, *nouns], sources, targets, notes=["pressing-ahead"]))
    return found


def _allowed_act(verb: Token) -> bool:
    """'passed a law allowing the US military to keep using land despite protests': an act another party lets or
    makes the object do, where "despite" may belong to either clause; left alone."""
    token = verb
    while token.dep_ in {"xcomp", "ccomp"} and token.head.i != token.i:
        # ("allowing the US military to keep using": an infinitive with a subject of its own is the object's act)
        if children(token.head, {"dobj"}) or (token.dep_ == "ccomp" and is_to_infinitive(token)):
            return True
        token = token.head
    return False


def _authority(hit: ActorHit, rule: Yields) -> bool:
    """A state's organ (officials, the government, a ministry), not its people."""
    return not hit.people and (hit.actor.code or "")[3:6] in rule.roles


def _causes(verb: Token, rule: Yields) -> list[Token]:
    """The heads of what the step answers: 'after X signed ...' (a clause), 'amid protests', 'following an
    outcry', 'in the face of opposition', 'under pressure from X', on the verb or on the verb it completes
    ('decided to suspend the cull in the face of ...')."""
    heads = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    causes: list[Token] = []
    for head in heads:
        for clause in children(head, {"advcl"}):
            if any(m.lower_ in rule.causes for m in children(clause, {"mark"})):
                causes.append(clause)
        for prep in children(head, {"prep"}):
            for obj in children(prep, {"pobj", "pcomp"}):
                if prep.lower_ in rule.causes:
                    causes.append(obj)
                elif obj.lemma_.lower() in rule.causes:
                    # "in the face of opposition": the opposition; "under pressure from X": the pressure itself
                    causes += prep_objects(obj, {"of"}) or [obj]
    return causes


def _inside(token: Token, causes: list[Token]) -> bool:
    return any(c.left_edge.i <= token.i <= c.right_edge.i for c in causes)


def _opposers(ctx: Context, nouns: list[Token], sources: list[ActorHit], public: frozenset[str]) -> list[ActorHit]:
    """Who opposes, named on nouns of opposition: their owner ('farmers' protests', 'Vatican objections'), their
    "by" or "from" phrase, or the public ('strong public opposition': the doer's own people, CVL)."""
    owners = [m for n in nouns for m in n.children if m.dep_ in OWNER_DEPS and m.i < n.i]
    named = ctx.actors.of_tokens(owners + [o for n in nouns for o in prep_objects(n, OPPOSER_PREPS)])
    # ("strong public opposition" may be read as the opposition party: the noun itself names no opposer)
    hits = [h for h in named if not any(m.start <= n.idx < m.end for m in h.actor.mentions for n in nouns)]
    if hits:
        return hits
    if any(m.lower_ in public for m in owners):
        return [_public(sources[0])]
    return []


def _public(authority: ActorHit) -> ActorHit:
    """The people of the authority's country, as a party ('public opposition'); left for the sentence's country
    to place (home_country) when the authority has none."""
    return _home_party(authority, "CVL", "the public")


def _home_party(hit: ActorHit, role: str, name: str) -> ActorHit:
    """A party of the hit's country in a role ('the public', CVL; 'the authorities', GOV), as a group the text
    names only by that role; '---' when the hit has no country."""
    country = country_of(hit)
    country = "---" if not country or country.startswith("-") else country
    actor = Actor(id=f"{name.split()[-1]}:{country}", name=name, code=f"{country}{role}", role=role, kind="group")
    return ActorHit(actor)


# --- protests at an act of state ------------------------------------------------------------------------------


def protested_state_act(ctx: Context, found: Found) -> None:
    """'The Jatiya Party called a strike in protest at Ershad's disqualification', 'protested against Khan's
    arrest': a protest's target named only as the one an act of state was done to is no target; the act's doer
    is ('the arrest of its leader by police'), else the authorities of that party's country."""
    rule = load_contention().state_acts
    if not found.code.startswith(rule.code) or not found.targets:
        return
    acts = [t for t in found.anchor.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in rule.nouns]
    suffered = [w for a in acts for o in _act_owners(a) for w in o.subtree]
    if not suffered:
        return
    doers = [h for h in ctx.actors.of_tokens([o for a in acts for o in prep_objects(a, {"by"})]) if is_coded(h.actor)]
    targets: list[ActorHit] = []
    for hit in found.targets:
        named = any(m.start <= w.idx < m.end for m in hit.actor.mentions for w in suffered)
        for new in (doers or [_authorities(hit)]) if named else [hit]:
            if all(new.key != t.key for t in targets):
                targets.append(new)
    found.targets = targets


def _act_owners(act: Token) -> list[Token]:
    """Who an act of state is done to: its owner ('Ershad's disqualification') or "of" phrase ('the arrest of')."""
    return with_conjuncts(children(act, {"poss"}) + prep_objects(act, {"of"}))


def _authorities(hit: ActorHit) -> ActorHit:
    """The government of the party's country, as who did an act of state to it."""
    return _home_party(hit, "GOV", "the authorities")
