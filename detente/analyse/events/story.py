"""References back to the story told so far: 'both sides' and 'the two leaders' as the parties of an earlier
event, the doer of an act told before ('condemned the launch'), the adversary of the speaker's side."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.lexicon import read_link_words
from .actors import FAMILIES, ActorHit, country_of, side_of
from .codes import MATERIAL_CONFLICT, VERBAL_CONFLICT, VERBAL_COOPERATION, cameo_code
from .context import Context
from .found import Found
from .grammar import is_coded, prep_objects

# Roots of acts that many parties join in towards one party (aid, sanctions and boycotts): one naming no party
# is aimed at whom the newest such act by another doer was.
JOINED_ROOTS = {"07", "16"}
# How many earlier sentences a reference to the story's parties or acts looks back over.
PAIR_LOOKBACK = 4
ANTECEDENT_LOOKBACK = 3
# A party the story only implies must be one it is about: over the act's sentence and the ones before it (the
# window), named at least this share as often as the side named most besides the doer's. On real wire copy a
# guess of a side named less ("Wen's visit to Malaysia" in a preview of a tour of seven countries) was wrong 11
# times of 13 on the DEV sets; of a leading side, right about two times of three.
STORY_WINDOW = 3
LEADING_SHARE = 0.7
# A visit: whatever the visitor does with no party named, it does in and towards the country it visits.
VISIT = "042"
# Roots of cooperation that may stand with no counterpart (a bare comment, an appeal): not aimed at the host only
# because the visitor is there ("expressed hope for world peace").
STANDALONE_ROOTS = {"01", "02"}


def story_pair(ctx: Context, token: Token, people: bool = False) -> list[ActorHit]:
    """'both sides', 'the two countries', 'the three European states': the parties of the newest earlier
    event between that many sides ('the leaders' alone: the two sides of the sentence just before; 'the two' or
    'both' alone as a doer: the sides just told). Two people ('the two ministers', 'the top diplomats of the two
    countries') are the two people of the newest such event, else the last two people of two sides the story
    named."""
    people = people or token.lemma_.lower() in ctx.linking.pair_people
    if ctx.actors.modifier_names_a_party(token):
        return []  # ("the two Indian diplomats": India's own)
    count = bare_count(ctx, token)
    if count is not None:
        # "The two later discussed ...": the count word alone stands for the parties
        return _newest_sides(ctx, token, count, PAIR_LOOKBACK, people)
    if token.lemma_.lower() not in ctx.linking.pair_nouns or token.tag_ != "NNS":
        # "senior officials of the two countries": the pair owns the phrase
        return _owners_pair(ctx, token, people)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    counts = [
        ctx.linking.group_words[c.lower_]
        for c in token.children
        if c.lower_ in ctx.linking.group_words
        and c.dep_ in {"det", "predet", "nummod"}
        and (definite or c.lower_ == "both")  # ("two diplomats were expelled": a number of people)
    ]
    lookback, written = PAIR_LOOKBACK, bool(counts)
    if not counts and bare_definite(token):
        # ("the leaders": the newest sentence that told an event, not one of background between)
        told = [i for i, events in enumerate(ctx.history[-PAIR_LOOKBACK:]) if events]
        counts, lookback = [2], (len(ctx.history[-PAIR_LOOKBACK:]) - told[-1] if told else 1)
    if not counts:
        # ("senior officials of the two countries": uncounted, the pair that owns them)
        return _owners_pair(ctx, token, people)
    # ("the ministers" with no count written are a pair only by an event told: those of a body named beside a state
    # are the body's)
    return _newest_sides(ctx, token, counts[0], lookback, people, named=written)


def _owners_pair(ctx: Context, token: Token, people: bool) -> list[ActorHit]:
    """The pair named by the owner of a phrase ('officials of the two countries')."""
    owners = prep_objects(token, {"of"})
    return story_pair(ctx, owners[0], people) if owners and owners[0].i != token.i else []


def _newest_sides(
    ctx: Context, token: Token, count: int, lookback: int, people: bool = False, named: bool = True
) -> list[ActorHit]:
    """The ``count`` sides of the newest event told before ``token`` (over ``lookback`` sentences); with
    ``people``, of the newest event between people, else the last people of as many sides named; with no such
    event told and the count written (``named``), the sides of the newest sentence that names that many."""
    # ("received Wang Yi in Hanoi, and both sides pledged": an earlier clause of the same sentence first)
    earlier = [f for f in ctx.current if f.anchor.i < token.i]
    told = [*ctx.history[-lookback:], earlier][::-1]
    if people:
        pair = _told_pair(told, count, persons=True) or _named_people(ctx, token, count)
        if pair:
            return pair
    pair = _told_pair(told, count)
    return pair or (_named_sides(ctx, token, count, lookback) if named else [])


def _named_sides(ctx: Context, token: Token, count: int, lookback: int) -> list[ActorHit]:
    """'Li Zhaoxing expressed regret over the harm to the Russian people ... The two sides have agreed to open a
    hotline': with no event between them told, the sides are those of the newest sentence that names just that many
    (the part of the pair's own sentence before it first, then up to ``lookback`` sentences back)."""
    sentences = list(token.doc.sents)
    at = next(i for i, s in enumerate(sentences) if s.start <= token.i < s.end)
    ends = [token.left_edge.idx, *(s.end_char for s in sentences[max(0, at - lookback) : at][::-1])]
    starts = [sentences[at].start_char, *(s.start_char for s in sentences[max(0, at - lookback) : at][::-1])]
    for start, end in zip(starts, ends, strict=True):
        named = [ActorHit(actor) for _b, _e, actor in ctx.actors.mentioned_between(start, end) if is_coded(actor)]
        sides = _sides(named)
        if len(sides) == count:
            return sides
    return []


def _told_pair(told: list[list[Found]], count: int, persons: bool = False) -> list[ActorHit]:
    """The sides of the newest event told (newest first) between ``count`` sides (with ``persons``: people)."""
    for events in told:
        for found in reversed(events):
            # the two parties of a meeting; the three who criticised someone together
            for parties in (found.sources + found.targets, found.sources, found.targets):
                sides = _sides([h for h in parties if is_coded(h.actor)])
                if len(sides) == count and (not persons or all(h.actor.kind == "person" for h in sides)):
                    return sides
    return []


def _named_people(ctx: Context, token: Token, count: int) -> list[ActorHit]:
    """The last ``count`` people of as many sides named in the sentences a pair looks back over, in the order the
    text named them: 'Lavrov and his Brazilian counterpart, Celso Amorim, ... The two ministers'."""
    sentences = list(token.doc.sents)
    at = next(i for i, s in enumerate(sentences) if s.start <= token.i < s.end)
    start = sentences[max(0, at - PAIR_LOOKBACK)].start_char
    last: dict[str, tuple[int, ActorHit]] = {}
    for begin, _end, actor in ctx.actors.mentioned_between(start, token.idx):
        if actor.kind == "person" and is_coded(actor):
            hit = ActorHit(actor)
            last[country_of(hit)] = (begin, hit)  # (the newest person of each side)
    newest = sorted(last.values(), key=lambda m: m[0])[-count:]
    return [hit for _begin, hit in newest] if len(newest) == count else []


def bare_count(ctx: Context, token: Token) -> int | None:
    """How many parties a count word standing alone as a subject names ('the two met again', 'both agreed'),
    or None ('the two countries' is read by its noun; 'two issues' counts things; 'accusing both of' as an
    object more often stands for what the sentence itself has just listed)."""
    count = ctx.linking.group_words.get(token.lower_)
    if count is None or token.dep_ not in {"nsubj", "nsubjpass"} or token.tag_ not in {"CD", "DT"}:
        return None
    if any(c.dep_ not in {"det", "punct"} for c in token.children):
        return None
    # ("Two were wounded": an uncounted number of people, not the story's parties)
    return count if token.lower_ == "both" or any(c.lower_ == "the" for c in token.children) else None


def bare_definite(token: Token) -> bool:
    """'the leaders', 'the ministers' with nothing else to say whose: the people of the story just told."""
    modifiers = [c for c in token.children if c.dep_ not in {"det", "punct"}]
    return not modifiers and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _sides(parties: list[ActorHit]) -> list[ActorHit]:
    """The distinct sides among an event's parties: one per country, or, within one country, one per
    code ('the Democratic Republic of Congo and the M23 rebels')."""
    by_country: dict[str, ActorHit] = {}
    for hit in parties:
        by_country.setdefault(country_of(hit), hit)
    if len(by_country) > 1:
        return list(by_country.values())
    by_code: dict[str, ActorHit] = {}
    for hit in parties:
        by_code.setdefault(hit.actor.code or "", hit)
    return list(by_code.values()) if len(by_code) > 1 else []


def adversary_of(ctx: Context, own: set[str], besides: Found | None = None) -> ActorHit | None:
    """The other party of the newest earlier event that involves the speaker's country."""
    recent = _recent(ctx, besides)
    # a conflict told so far names the adversary better than a meeting or a mediation does
    conflicts = [f for f in recent if cameo_code(f.code).quad_class >= VERBAL_CONFLICT]
    for found in conflicts:
        hit = _other_party(found.sources + found.targets, own)
        if hit is not None:
            return hit
    # "Egypt hosted Israeli and Hamas negotiators": the sides a host or mediator brings together face each other
    for found in recent:
        targets = [h for h in found.targets if is_coded(h.actor)]
        if any(country_of(h) in own for h in targets):
            hit = _other_party(targets, own)
            if hit is not None:
                return hit
    for found in recent:
        hit = _other_party(found.sources + found.targets, own)
        if hit is not None:
            return hit
    return None


def _other_party(parties: list[ActorHit], own: set[str]) -> ActorHit | None:
    """Of an event's coded parties, the first not of the speaker's country, if the speaker's is among them."""
    coded = [h for h in parties if is_coded(h.actor)]
    if not any(country_of(h) in own for h in coded):
        return None
    return next((h for h in coded if country_of(h) not in own), None)


def earlier_doers(ctx: Context, kind: str | None, own: set[str]) -> list[ActorHit]:
    """The doer of the newest act told in the last sentences that is of the CAMEO root ``kind``, else of its
    QuadClass ('condemned the attack' after a strike told as destroying a boat), else of the newest act by
    another country than ``own`` (the reactor's): whom 'condemned the launch' is aimed at. An act two sides
    do together ('criticised the meeting') is aimed at both."""
    candidates = [
        (found, hit)
        for events in reversed(ctx.history[-ANTECEDENT_LOOKBACK:])
        for found in reversed(events)
        for hit in found.sources[:1]
        if is_coded(hit.actor) and country_of(hit) not in own
    ]
    same_kind = [c for c in candidates if kind is not None and c[0].code[:2] == kind[:2]]
    quad = cameo_code(kind).quad_class if kind is not None else None
    same_class = [c for c in candidates if quad is not None and cameo_code(c[0].code).quad_class == quad]
    chosen = (same_kind or same_class or candidates)[:1]
    if chosen and kind is not None and ctx.codebook.is_symmetric(chosen[0][0].code):
        found = chosen[0][0]
        return [
            h
            for h in _sides([h for h in found.sources + found.targets if is_coded(h.actor)])
            if country_of(h) not in own
        ] or [chosen[0][1]]
    return [hit for _found, hit in chosen]


def targets_of_the_same(ctx: Context, code: str, own: set[str], targets: list[ActorHit]) -> list[ActorHit]:
    """Whom 'X also congratulated' or 'Y likewise condemned' is aimed at: with no target of its own, or with
    only the doer of the same act told before as its target, the coded targets of the newest act of the same
    CAMEO root told in the last sentences (or earlier in this one) by another doer; else ``targets``."""
    recent = [found for events in [*ctx.history[-ANTECEDENT_LOOKBACK:], ctx.current] for found in events]
    for found in reversed(recent):
        if found.code[:2] != code[:2] or any(country_of(h) in own for h in found.sources):
            continue
        same = [h for h in found.targets if is_coded(h.actor) and country_of(h) not in own]
        if not same:
            continue
        doers = {h.key for h in found.sources}
        return same if all(t.key in doers for t in targets) else targets
    return targets


def story_party(ctx: Context, found: Found) -> ActorHit | None:
    """Whom an act that names no party of its own is aimed at, by the story told so far (this sentence and the
    last ones): 'Addis Ababa ruled out negotiations', 'Xi accepted the invitation', 'Russia will supply flour'
    are acts between the sides the story is about. A hostile act goes to the doer's adversary; a cooperative
    one to its newest partner, else to the other party of the newest act it took part in."""
    own = {country_of(h) for h in found.sources if is_coded(h.actor)}
    if not own or found.reciprocal or (len(found.sources) > 1 and ctx.codebook.is_symmetric(found.code)):
        return None  # ("X and Y met", "accused each other": no other party to find)
    if all((h.actor.code or "")[3:6] in ctx.linking.crowd_roles for h in found.sources):
        return None  # citizens, parties, unions: their acts are about their own country, not the story's sides
    if cameo_code(found.code).quad_class == VERBAL_COOPERATION and found.code[:2] not in STANDALONE_ROOTS:
        host = visited_host(ctx, found, own)
        if host is not None:
            return host
    guess = _story_guess(ctx, found, own)
    return guess if guess is not None and leading_side(ctx, found, guess) else None


def _story_guess(ctx: Context, found: Found, own: set[str]) -> ActorHit | None:
    """The party of the story an act with none named is aimed at, by the kind of act (``story_party``)."""
    if found.code[:2] in JOINED_ROOTS:
        # "India dispatched two navy ships carrying relief, and Russia sent 120 rescuers": donors and sanctioning
        # states answering one crisis each aim at whom the newest such act told so far was aimed at
        same = targets_of_the_same(ctx, found.code, own, [])
        if same:
            return same[0]
    if cameo_code(found.code).quad_class == VERBAL_CONFLICT and _violent_act_named(ctx, found):
        return None  # "denounced the heinous crime": aimed at whoever did it, which the story does not say
    if cameo_code(found.code).quad_class >= VERBAL_CONFLICT:
        return adversary_of(ctx, own, besides=found)
    recent = _recent(ctx, found)
    partners = [f for f in recent if cameo_code(f.code).quad_class < VERBAL_CONFLICT]
    for candidate in [*partners, *recent]:
        hit = _other_party(candidate.sources + candidate.targets, own)
        if hit is not None:
            return hit
    return None


def _recent(ctx: Context, besides: Found | None = None) -> list[Found]:
    """The events of the last sentences (the one at hand included once it is told), newest first."""
    return [
        found
        for events in reversed(ctx.history[-ANTECEDENT_LOOKBACK:])
        for found in reversed(events)
        if found is not besides
    ]


def _violent_act_named(ctx: Context, found: Found) -> bool:
    """'condemned the murder', 'denounced the bombing': the object of a reaction is harm done (linking.yaml
    harm_nouns) or an event noun of material conflict."""
    objects = [o for o in found.anchor.children if o.dep_ in {"dobj", "obj"}]
    if any(o.lemma_.lower() in ctx.linking.harm_nouns or o.lower_ in ctx.linking.harm_nouns for o in objects):
        return True
    codes = [ctx.codebook.nouns.get(o.lemma_.lower()) for o in objects]
    return any(code is not None and cameo_code(code).quad_class == MATERIAL_CONFLICT for code in codes)


def leading_side(ctx: Context, found: Found, hit: ActorHit) -> bool:
    """Whether a party guessed from the story is one of the sides it is about near the act: over the act's
    sentence and the ``STORY_WINDOW`` before it, named at least ``LEADING_SHARE`` as often as the side other
    than the doers' that is named most."""
    sentences = list(found.anchor.doc.sents)
    at = next(i for i, s in enumerate(sentences) if s.start <= found.anchor.i < s.end)
    start, end = sentences[max(0, at - STORY_WINDOW)].start_char, sentences[at].end_char
    doers = {side_of(h.actor.code) for h in found.sources}
    counts: dict[str, int] = {}
    for _begin, _end, actor in ctx.actors.mentioned_between(start, end):
        side = side_of(actor.code)
        if is_coded(actor) and side not in doers:
            counts[side] = counts.get(side, 0) + 1
    most = max(counts.values(), default=0)
    return counts.get(side_of(hit.actor.code), 0) >= LEADING_SHARE * most


def visited_host(ctx: Context, found: Found, own: set[str]) -> ActorHit | None:
    """Whom a visitor's cooperation naming no party is towards: the country its side (its own code) was told
    visiting earlier in the story ('visited the fisheries institute ... Michel visited a breeding base', 'signed a
    deal on fisheries'; a visit to a place or body inside a country is a visit to the country); for a visit itself,
    else the country of the story's dateline ('HAIKOU -- the Seychellois president visited a breeding base')."""
    doers = {h.actor.code for h in found.sources if is_coded(h.actor)}
    for events in reversed(ctx.history):
        for told in reversed(events):
            # (the visitor's own side: a rebel leader's visit is not his government's)
            if told.code.startswith(VISIT) and doers & {h.actor.code for h in told.sources}:
                hosts = [country_of(h) for h in told.targets if is_coded(h.actor) and country_of(h) not in own]
                if hosts and hosts[0] not in FAMILIES:
                    return _country_party(ctx, hosts[0])
    dateline = _dateline_country(ctx)
    if not found.code.startswith(VISIT) or dateline is None or dateline in own:
        return None
    # (a Somali story filed from Nairobi is told in Somalia: the dateline's country must be where the story's places
    # are, in the whole story and the visitor's own included: "NAIROBI -- Somali President X visited the port" is told
    # in Kismayo a sentence later)
    placed = {dateline: 1 if ctx.dateline is not None else 0}  # (a dateline the reader took off is a place too)
    for place in ctx.places:
        if place.country:
            placed[place.country] = placed.get(place.country, 0) + 1
    return _country_party(ctx, dateline) if placed[dateline] == max(placed.values()) > 0 else None


def _dateline_country(ctx: Context) -> str | None:
    """The country of the article's dateline: the one the reader took off, else one left in the text ('HAIKOU, Nov.
    7 (Xinhua) --': a place in capitals that opens it). Where the story is filed from is where a visitor in it is
    (the places it names are as often the visitor's own country's: 'Koizumi visited Yasukuni Shrine', in a story
    that names Seoul)."""
    if ctx.dateline is not None:
        return ctx.dateline
    first = next((p for p in ctx.places if p.start == 0), None)
    return first.country if first is not None and first.name.isupper() and first.country else None


def _country_party(ctx: Context, country: str) -> ActorHit | None:
    """A country as a party: the article's actor for it, else the country of a place of it the article names."""
    from .conflict_kinds import place_party  # (conflict_kinds reads the story through coordination: import late)

    named = ctx.actors.country_named(country)
    place = next((p for p in ctx.places if p.country == country), None)
    return named if named is not None else place_party(ctx, place) if place is not None else None


# Roots of a meeting or a visit, and of a visit itself (whose target is the country visited).
MEETING_ROOT = "04"
VISIT_CODES = ("042", "043")


def story_role(ctx: Context, token: Token) -> ActorHit | None:
    """'the visitor', 'the guest', 'his hosts' with nothing else to say who: the side of the newest visit or meeting
    told over the last sentences (this one's earlier clauses first) that is not (for the host: that is) of the
    country visited, the target of a visit, else the dateline's country."""
    words = read_link_words()
    word = token.lower_
    host = word in words.get("host", frozenset())
    if not (host or word in words.get("visitor", frozenset())) or not _pointing(token):
        return None
    earlier = [f for f in ctx.current if f.anchor.i < token.i]
    for events in [*ctx.history[-PAIR_LOOKBACK:], earlier][::-1]:
        for found in reversed(events):
            side = _visit_side(ctx, found, host)
            if side is not None:
                return side
    return None


def _pointing(token: Token) -> bool:
    """A definite or owned noun with no other word to say whose ('the visitor', 'his hosts'; not 'the Chinese
    hosts', 'the hosts of the summit')."""
    modifiers = [c for c in token.children if c.dep_ not in {"det", "poss", "punct"} and c.i < token.i]
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    return (owned or definite) and not modifiers and not prep_objects(token, {"of", "from"})


def _visit_side(ctx: Context, found: Found, host: bool) -> ActorHit | None:
    """Of a meeting or visit told, the party of the visited country (``host``) or the first one not of it."""
    if not found.code.startswith(MEETING_ROOT):
        return None
    parties = [h for h in found.sources + found.targets if is_coded(h.actor) and country_of(h) not in FAMILIES]
    visits = found.code.startswith(VISIT_CODES) and found.targets
    visited = country_of(found.targets[0]) if visits else _dateline_country(ctx)
    if visited is None or not any(country_of(h) == visited for h in parties):
        return None
    return next((h for h in parties if (country_of(h) == visited) == host), None)
