"""Turn what the extractor found into Event records: one per source/target pair, coded and placed in time."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...model import Actor, ActorRef, Article, Event, Place
from .acceptance import Features, accept, event_features, floor_drops, rule_coded
from .actors import CHALLENGER_ROLES, STATE_ORGANS, ActorHit, ActorIndex, country_of, opposed_sides
from .codes import MATERIAL_COOPERATION, VERBAL_CONFLICT, VERBAL_COOPERATION, cameo_code
from .context import Context
from .coordination import done_for_others, joint_on_a_thing
from .extract import sentence_events
from .found import Found
from .grammar import heads_own_clause, is_coded, is_to_infinitive, is_word, is_yes_no_question, relative_object
from .home_country import story_country
from .implied_doers import (
    ImpliedKind,
    done_by_other_organ,
    implied_country,
    implied_kind,
    imply_parties,
    organ_patients,
    placed_patients,
    seized_goods_owners,
)
from .learned.propose import LEARNED
from .linker import link_parties
from .linking import Linking, by_nature, is_contest, is_sports_report, is_toll, load_linking, tells_sport
from .patterns import Codebook
from .planned_acts import itinerary, to_come
from .story import story_party
from .subcodes import third_location
from .subjects import SPEECH_VERBS
from .trace import KEPT, EventTrace, note_event, note_found
from .venues import drop_venues
from .when_where import event_when, governed_place


def _pairs(found: Found, codebook: Codebook) -> list[tuple[ActorHit | None, ActorHit | None, bool]]:
    """(source, target, symmetric) pairs of one found event.

    "Xi and Lee met" is one meeting between both; "X and Y condemned Z" is two condemnations.
    """
    sources, targets = found.sources, found.targets
    if found.reciprocal:
        return [(s, t, False) for s in sources for t in sources if s.key != t.key]
    speaker = _speaker_aimed_at(found)
    if not targets and speaker is not None:
        targets = [speaker]
    # "Xi and Lee met"; "Thai and Cambodian soldiers fought near the Preah Vihear temple", "Armenian and Azerbaijani
    # forces clashed in the Tavush region": two countries' sides acted on each other, and a target that is no coded
    # party ("the temple") or was only guessed from the place is not a third one
    # (not when they did it to something they name: "US and Iraqi troops raided a rebel stronghold")
    # ("Saudi Arabia and Qatar offered aid": given to someone else, not to each other)
    joint = joint_on_a_thing(found, codebook) or done_for_others(found, load_linking())
    if len(sources) >= 2 and codebook.is_symmetric(found.code) and (not targets or _two_sides(found)) and not joint:
        return [(sources[0], sources[1], True)]
    if not targets and _two_sides(found) and cameo_code(found.code).quad_class < VERBAL_CONFLICT and not joint:
        # "the ministers endorsed a plan of consultations", "Russia and Uzbekistan agreed to expand trade": two
        # countries' sides cooperating with no one else named cooperate with each other (the first named leads)
        first, second = sorted(sources[:2], key=lambda h: _named_in(h, found.anchor))
        return [(first, second, True)]
    if not sources:
        # "Gunmen killed two Israeli soldiers", "the ambassador was summoned": an act of conflict and its
        # target are known though the doer is not an actor we can code; kept, with low confidence, where it leads
        # its article (_without_weak_background)
        if found.nominal or cameo_code(found.code).quad_class < 3:
            return []
        return [(None, t, False) for t in targets]
    return [(s, t, False) for s in sources for t in (targets or [None])]


def _named_in(hit: ActorHit, anchor: Token) -> int:
    """Where the anchor's sentence first names a party ("Ethiopian and Eritrean forces": Ethiopia first)."""
    sent = anchor.sent
    return min(
        (m.start for m in hit.actor.mentions if sent.start_char <= m.start < sent.end_char), default=sent.end_char
    )


def _two_sides(found: Found) -> bool:
    """Whether a joint act's two doers are of two countries and it names no coded party besides them."""
    if len(found.sources) != 2:
        return False
    first, second = (country_of(s) for s in found.sources)
    if not first or not second or (first == second and not opposed_sides(*found.sources)):
        return False
    guessed = any(note.startswith("guessed-") for note in found.notes)
    return guessed or not any(is_coded(t.actor) for t in found.targets)


def _speaker_aimed_at(found: Found) -> ActorHit | None:
    """'Pakistan said Indian troops had fired first': a conflict told by a speaker of another side and naming
    no target was aimed at the speaker (not when the speaker's own side acts: 'Lula said Brazil would not ...')."""
    speaker = found.speaker
    if speaker is None or cameo_code(found.code).quad_class < 3 or _trailing_attribution(found):
        return None
    own = (speaker.actor.code or "")[:3]
    return speaker if all((s.actor.code or "")[:3] != own for s in found.sources) else None


def _trailing_attribution(found: Found) -> bool:
    """'North Korea fired two missiles into the sea, South Korea's military said': the act told first and its
    source named after it. The reporter is where the news comes from, not whom the act was aimed at."""
    verb = found.anchor
    return verb.dep_ in {"ccomp", "parataxis"} and verb.head.i > verb.i


# The root of threats, and the note of a target guessed as the speaker's adversary in the story.
THREAT_ROOT = "13"
ADVERSARY = "guessed-adversary"
# Visits: where the visitor goes names whom it visits ("arrived in Hanoi" -> Vietnam).
VISIT = "042"
VISIT_PREPS = {"in", "to"}
# Any other act names its party by the place it goes to or is aimed at: "airlifted medicines to
# Port-au-Prince", "apologised to Seoul" (a capital the actors stage left a place), "fired into Gaza".
DESTINATION_PREPS = {"to", "into", "toward", "towards", "against"}
# Force lands on a place: "rained rockets on the city of Ganja", "fired shells at Kharkiv", "dropped bombs onto X".
FORCE_PREPS = {"on", "onto", "upon", "at"}
FORCE_ROOTS = {"15", "17", "18", "19", "20"}


def _destination(found: Found, places: list[Place], index: ActorIndex) -> list[ActorHit]:
    """The country of the place an act goes to, when no actor is named as its party: 'arrived in Hanoi',
    'a trip to Hanoi', 'sent aid to Port-au-Prince'. Only a foreign place counts (a leader touring his own
    country visits no one)."""
    preps = VISIT_PREPS if found.code.startswith(VISIT) else DESTINATION_PREPS
    if found.code[:2] in FORCE_ROOTS:
        preps = preps | FORCE_PREPS
    heads = [found.anchor, *found.trigger]
    # (the place a preposition names, also as "the city of X")
    objects = [o for h in heads for p in h.children if p.lower_ in preps for o in _place_words(p)]
    objects += [o for h in heads if h.pos_ == "ADP" and h.lower_ in preps for o in _place_words(h)]
    own = {(s.actor.code or "")[:3] for s in found.sources}
    for obj in objects:
        first = _foreign_place(obj, places, own)
        if first is not None:
            # ("to travel to Tbilisi and Moscow": each coordinated place names a party)
            more = [p for c in obj.conjuncts if (p := _foreign_place(c, places, own)) and p.country != first.country]
            return [_place_hit(p, index) for p in [first, *more]]
    return []


def _foreign_place(word: Token, places: list[Place], own: set[str]) -> Place | None:
    """The place with a country other than the doers' that a word lies in."""
    for place in places:
        if place.start <= word.idx < place.end and place.country and place.country not in own:
            return place
    return None


# Claiming or denying a part in an act: "claimed responsibility for a bomb that wrecked a British army
# barracks", "denied any role in the cyberattacks that crippled Estonian websites". The claim is aimed at
# whom the act hit: the first actor, else the first place, the act's own phrase names.
CLAIM_CODES = {"015", "016"}


def _threatened_in_clause(found: Found, index: ActorIndex) -> list[ActorHit]:
    """The party a coded doer's threat says will suffer: the subject of its that-clause, named as a coded actor of
    another country by the subject's own word ('that the United States would pay', not 'an American-style
    underclass would develop')."""
    own = {country_of(s) for s in found.sources if is_coded(s.actor)}
    if not own:
        return []
    for clause in (c for c in found.anchor.children if c.dep_ == "ccomp"):
        for subject in (t for t in clause.children if t.dep_ in {"nsubj", "nsubjpass"}):
            hits = index.overlapping(subject.idx, subject.idx + len(subject))
            named = [ActorHit(a) for _s, _e, a in hits if is_coded(a) and (a.code or "")[:3] not in own]
            if named:
                return named[:1]
    return []


def _claimed_act_victims(found: Found, places: list[Place], index: ActorIndex, linking: Linking) -> list[ActorHit]:
    """Whom the act a claim or denial is about hit ("responsibility for the rocket barrage on Sderot")."""
    heads = [found.anchor, *found.trigger[1:]]
    nouns = [*found.trigger[1:], *(o for o in found.anchor.children if o.dep_ in {"dobj", "nsubjpass"})]
    preps = [p for h in heads + nouns for p in h.children if p.dep_ == "prep" and p.lower_ in {"for", "in"}]
    own = {(s.actor.code, s.actor.id) for s in found.sources}
    acts = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    # ("a role in the attack", not "in a statement", "in Kabul")
    acts = [a for a in acts if a.head.lower_ == "for" or (a.pos_ == "NOUN" and a.lemma_ not in linking.document_nouns)]
    for act in acts:
        start, end = act.left_edge.idx, act.right_edge.idx + len(act.right_edge)
        hits = sorted(index.overlapping(start, end), key=lambda h: h[0])
        for _s, _e, actor in hits:
            if is_coded(actor) and all(actor.code != code and actor.id != id_ for code, id_ in own):
                return [ActorHit(actor)]
        for place in places:
            if place.country and start <= place.start < end:
                return [_place_hit(place, index)]
    return []


def _place_hit(place: Place, index: ActorIndex) -> ActorHit:
    """The country of a place as an event party: the article's actor for it if named, else the place's."""
    named = index.country_named(place.country or "")
    if named is not None:
        return named
    actor = Actor(id=f"place:{place.country}", name=place.name, code=place.country, kind="country")
    return ActorHit(actor, from_place=True)


def _country_where(found: Found, places: list[Place], preps: frozenset[str], doer: bool) -> Place | None:
    """The place with a country that the act is said to happen in: 'arrested in Lebanon', 'lifted the state
    of emergency in West Darfur', 'a roadside bombing near the town of Samarra killed ...' (a preposition on
    the act, on its doer or what it is done to, or on that thing's noun; 'the town of X', 'outside of X')."""
    heads = [found.anchor, *found.trigger[1:]]
    if found.nominal and found.anchor.dep_ == "pobj" and found.anchor.head.head.pos_ == "VERB":
        heads.append(found.anchor.head.head)  # "engaged in ethnic cleansing in Montenegro"
    # (where an unnamed doer is, "a bombing near Samarra", places it; where a named one is does not place
    # the act's target: "the French military in Rwanda contributed")
    arguments = {"dobj", "nsubjpass", "pobj", "nsubj"} if doer else {"dobj", "nsubjpass", "pobj"}
    objects = [o for h in heads for o in h.children if o.dep_ in arguments]
    relative = relative_object(found.anchor)
    objects += [relative] if relative is not None else []  # "the Rafah crossing, which Egypt closed"
    if doer:
        objects += [o for h in heads for a in h.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    heads += objects + [n for o in objects for p in o.children if p.dep_ == "prep" for n in p.children]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for obj in _place_words(prep):
                for place in places:
                    if place.country and not place.in_name and place.start <= obj.idx < place.end:
                        return place
    if not doer:
        # "shelled the town of Kharkiv", "besieged Mariupol": the place acted upon is where the act happens
        acted_on = [o for h in heads[:1] for o in h.children if o.dep_ in {"dobj", "nsubjpass"}]
        acted_on += [relative] if relative is not None else []
        acted_on += [
            n for o in acted_on for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for n in p.children
        ]
        for obj in acted_on:
            for place in places:
                if place.country and not place.in_name and place.start <= obj.idx < place.end:
                    return place
    return None


def _place_words(prep: Token) -> list[Token]:
    """The nouns a place preposition names: its object, and what an 'of' names ('outside of X', 'the town
    of X', 'the Iraqi city of Basra')."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    objects += [
        o for p in prep.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    named = [n for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for n in p.children]
    return objects + [n for n in named if n.dep_ == "pobj"]


def _by_place(found: Found, places: list[Place], index: ActorIndex, linking: Linking) -> None:
    """Acts whose parties the sentence leaves unnamed, placed in a country (CAMEO's coders read them so):
    the authorities of the country act where no doer is named ('a missionary was arrested in Lebanon');
    a material act that names no other party concerns the country where it happens ('suspended aid
    deliveries in Baghdad', 'lifted the state of emergency in Darfur')."""
    root = found.code[:2]
    needs_doer = not found.sources and not found.nominal and root in linking.place_doer_roots
    needs_target = bool(found.sources) and not found.targets and root in linking.place_target_roots
    if not (needs_doer or needs_target):
        return
    place = _country_where(found, places, linking.place_preps, doer=needs_doer)
    if place is None:
        return
    hit = _place_hit(place, index)
    # (not when the place is already whom the act is aimed at: "killed in Ukraine" names the victim's land)
    if needs_doer and all(country_of(t) != place.country or t.people for t in found.targets):
        found.sources = [hit]
        found.notes.append("guessed-doer-by-place")
    elif needs_target and not any(_same(s, hit) for s in found.sources):
        # ("China lifted martial law in Beijing": the country's own land is no other party)
        found.targets = [hit]
        found.notes.append("guessed-target-by-place")


def _act_country(found: Found, sent: Span, ctx: Context, kind: ImpliedKind) -> str | None:
    """The country where an implied act happens: the place its own clause names ('were arrested in Sydney'), else
    the one whose organ of the kind the article names, else the one country the story has named so far."""
    place = _country_where(found, ctx.places, ctx.linking.place_preps | ctx.linking.site_preps, doer=True)
    return implied_country(kind, place.country if place is not None else None, story_country(ctx, sent), ctx.actors)


def _own_land(found: Found, sent: Span, places: list[Place], linking: Linking) -> None:
    """'Thai authorities imposed a curfew on Bangkok', 'declared a state of emergency in the Amhara region':
    a government's act on its own city or region, which the actors stage reads as the government itself
    (the capital standing for it), is an act on its land and people, not a self-event to drop: the target is
    left to be found as for an act naming no party (the region's country, the doer's country as its people)."""
    if not found.targets or not found.sources or not any(found.code.startswith(c) for c in linking.home_target_codes):
        return
    if not all(any(_same(s, t) for s in found.sources) for t in found.targets):
        return
    # (only a land named in the sentence: "opened a review of his own film" stays a self-event, dropped)
    lands = [p for p in places if sent.start_char <= p.start < sent.end_char and not p.in_name]
    named = [m for t in found.targets for m in t.actor.mentions if sent.start_char <= m.start < sent.end_char]
    if any(p.start <= m.start < p.end or m.start <= p.start < m.end for m in named for p in lands):
        found.targets = []
        found.notes.append("own-land")


def _at_home(found: Found, sent: Span, index: ActorIndex, linking: Linking) -> None:
    """'Kenya shortened its curfew', 'the prime minister resigned', 'promised sweeping reforms': an act a
    government does to its own people, naming no other party in a sentence of no other country, is aimed
    at its country (as its people: never the same party as the doer)."""
    if found.targets or not found.sources or not any(found.code.startswith(c) for c in linking.home_target_codes):
        return
    home = {country_of(s) for s in found.sources}
    if len(home) != 1 or index.countries(sent.start_char, sent.end_char) - home:
        return
    (country,) = home
    if not is_coded(found.sources[0].actor) or country[:3] in {"IGO", "NGO", "IMG", "MNC"}:
        return
    named = index.country_named(country)
    actor = (
        named.actor if named is not None else Actor(id=f"home:{country}", name=country, code=country, kind="country")
    )
    home_people = ActorHit(actor, from_place=named is None, people=True)
    if any(s.key == home_people.key for s in found.sources):
        return  # (the doer is read as that country's people already: the act would be dropped as a self-event)
    found.targets = [home_people]
    found.notes.append("guessed-home-target")


def _same(source: ActorHit | None, target: ActorHit | None) -> bool:
    if source is None or target is None:
        return False
    if source.key == target.key:
        return True
    if source.placed or target.placed or source.people != target.people:
        return False  # a role placed in the country is another party than the country ("police" and "Egypt")
    # the same code is the same actor under two names ("Seoul" and "South Korea"); a government acting on
    # its own country's people ("SRBCOP" -> "SRB") is a domestic event, which CAMEO codes
    return bool(source.actor.code) and source.actor.code == target.actor.code


# CAMEO QuadClasses of talk: verbal cooperation and verbal conflict.
VERBAL_CLASSES = {VERBAL_COOPERATION, VERBAL_CONFLICT}
# Notes of a target found as the doer's own land or people ("lifted the emergency in Darfur"): not an organ.
LAND_TARGET_NOTES = {"guessed-target-by-place", "guessed-home-target", "own-land"}
# The root of investigations: police or a commission questioning a minister is an act inside a state.
INVESTIGATE_ROOT = "09"
# Information shared (064) is talk too: "provincial health officials reported the cases to the health ministry" is
# a state's own administration.
SHARED_INFORMATION = "064"


def _within_state(found: Found, source: ActorHit | None, target: ActorHit | None, quad_class: int) -> bool:
    """Talk between two organs of the same state: 'the president ordered the navy to step up patrols', 'met
    army commanders to discuss the drought', 'urged officials and the military to stand ready', 'told a
    meeting with senior advisers'. A state does not meet, urge, promise, accuse or inform itself: CAMEO codes relations
    between actors, and PETRARCH codes no event inside one government.

    What stays: material acts ('police detained a former minister', 'troops seized the capital'),
    investigations, acts on the country's land or people ('lifted the state of emergency in Darfur'), parties
    the sentence itself placed in the country as officials ('student leaders', whom the actors stage cannot
    tell from a government's), and acts between the state and its parties, opposition, courts, legislature, rebels, firms or
    citizens."""
    talk = quad_class in VERBAL_CLASSES or found.code.startswith(SHARED_INFORMATION)
    if source is None or target is None or not talk or found.code[:2] == INVESTIGATE_ROOT:
        return False
    if any(h.people or h.from_place or not is_coded(h.actor) or _placed_official(h) for h in (source, target)):
        return False
    if LAND_TARGET_NOTES.intersection(found.notes):
        return False
    codes = (source.actor.code or "", target.actor.code or "")
    if codes[0][:3] != codes[1][:3]:
        return False
    # (a party coded by its country alone may be a group of it the actors stage named so: "Argentina's unions")
    return all(code[3:6] in STATE_ORGANS for code in codes)


# Role codes of a state's challengers and rivals at home (rebels, insurgents, separatists, the opposition, parties):
# cooperation between them and the state is domestic politics that CAMEO codes ("Abbas accepted a Hamas
# candidate", "Kinshasa and the M23 signed a framework agreement").
CHALLENGERS = {"REB", "INS", "SEP", "OPP", "PTY"}
# The root of appeals: a state's appeal to its own society ("advised its citizens to avoid travel to Japan",
# "called on the media to stop highlighting race issues").
APPEAL_ROOT = "02"
# Role codes of a state's own organs to which an appeal is administration ("urged police to launch inspections",
# "called upon officials to remain neutral"): the state organs, its legislature and courts, and a bare country.
HOME_ORGANS = STATE_ORGANS | {"LEG", "JUD", ""}


def _talk_at_home(found: Found, source: ActorHit | None, target: ActorHit | None, code: str, quad_class: int) -> bool:
    """Verbal cooperation between parties of one country, none of them a challenger of the state: a minister
    urging police to be careful, a leader encouraging his people to enjoy the holiday, a congress to discuss the
    country's inflation, a delegation meeting students, a firm welcoming its country's policy. Wire news is full
    of such talk and an analyst codes none of it: it is no relation between actors. What stays: talk with rebels,
    the opposition or parties, an appeal to the country's society (not to its organs), IGOs, all conflict and material acts, and acts on
    the doer's own land found as their target ("agreed to reopen the border crossing", told of a foreign pair)."""
    if source is None or target is None or quad_class != VERBAL_COOPERATION:
        return False
    if LAND_TARGET_NOTES.intersection(found.notes):
        return False
    codes = [hit.actor.code or "" for hit in (source, target)]
    if any(len(c) < 3 or not c[:3].isalpha() or c.startswith("IGO") or c.startswith("---") for c in codes):
        return False
    if codes[0][:3] != codes[1][:3] or any(c[3:6] in CHALLENGERS for c in codes):
        return False
    # an appeal to the country's society (citizens, media, firms) is coded, and so is one of its people to the state
    # ('residents asked the army', 'farmers urged the government'); one to its own organs is administration. (A named
    # body's sector may be a word of its name, 'Ministry of Public Security', so only a group or person appeals so.)
    to_society = target.people or codes[1][3:6] not in HOME_ORGANS
    from_people = source.people or (codes[0][3:6] not in HOME_ORGANS and source.actor.kind != "organisation")
    return not (code.startswith(APPEAL_ROOT) and (to_society or from_people))


def _placed_official(hit: ActorHit) -> bool:
    """A group the sentence placed in a country as officials ('leaders', 'officials'): the actors stage cannot
    tell student or indigenous leaders from a government's, so they may be no organ of the state. Forces and
    police placed so ('the navy', 'police') are the state's, and so is an office named as one ('the interior ministry')."""
    return hit.placed and (hit.actor.code or "")[3:6] == "GOV" and hit.actor.kind != "organisation"


def _other_party_in_content(found: Found, source: ActorHit | None, index: ActorIndex) -> ActorHit | None:
    """The first coded actor of another country that the act's reported content names ('warned that the PLA
    could seal off the routes around Taiwan' -> Taiwan), if any."""
    own = country_of(source) if source is not None else ""
    for clause in (c for c in found.anchor.children if c.dep_ == "ccomp"):
        start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        for _s, _e, actor in sorted(index.overlapping(start, end), key=lambda h: h[0]):
            if is_coded(actor) and (actor.code or "")[:3] != own:
                return ActorHit(actor)
    return None


# Clause links below which an event is background to the sentence's own news: adverbial ("as police
# cracked down", "after a jet shot down"), relative ("where 24 people were killed") and noun clauses.
BACKGROUND_CLAUSES = {"advcl", "relcl", "acl"}
# Verbs that report speech: an act in their complement ("officials said Y fired") is the news itself.
REPORTING_VERBS = SPEECH_VERBS


# How much lower a learned proposal's confidence is than a rule's event with the same parties.
LEARNED_PENALTY = 0.3


def _subordination(anchor: Token) -> float:
    """How far an event's clause sits below the sentence's own news, as a confidence penalty.

    A clause with its own subject under an adverbial or relative link is background (0.15); a bare
    infinitive or participle ("staged protests to demand reforms") tells the same act's aim (0.1);
    a reported act under a speech verb is the news (no penalty); another complement clause 0.05."""
    penalty = 0.0
    token = anchor
    while token.head.i != token.i:
        if token.dep_ in BACKGROUND_CLAUSES:
            penalty = max(penalty, 0.15 if heads_own_clause(token) else 0.1)
        elif token.dep_ == "ccomp" and token.head.lemma_.lower() not in REPORTING_VERBS:
            penalty = max(penalty, 0.05)
        token = token.head
    return penalty


def _confidence(found: Found, source: ActorHit | None, target: ActorHit | None, historical: bool = False) -> float:
    score = 0.9 if not found.nominal else 0.7
    if historical:
        score -= 0.1  # background ("when Amin expelled them 18 years ago") ranks after the news it explains
    if source is None:
        score -= 0.5
    elif not is_coded(source.actor):
        score -= 0.15  # an actor with no country or organisation code says little about the relation
    if found.code.startswith("01"):
        score -= 0.3  # a bare statement tells least about the relation
    if target is None:
        score -= 0.2
    elif not is_coded(target.actor):
        score -= 0.1
    if found.negated:
        score -= 0.1
    score -= 0.1 * sum(note.startswith("guessed-") for note in found.notes)
    if "accusation-of-content" in found.notes:
        score -= 0.05  # "X said Y fired": Y's firing leads, X's blame follows
    if "alleged" in found.notes:
        score -= 0.05  # "X charged that Y fired": told as X's claim, X's accusation leads
    score -= _subordination(found.anchor)
    if LEARNED in found.notes:
        score -= LEARNED_PENALTY  # a statistical guess ranks below what the codebook's rules find
    return round(score, 2)


def article_events(doc: Doc, article: Article, codebook: Codebook, trace: EventTrace | None = None) -> list[Event]:
    """Every coded event of an article, in text order, without self-events or repeats.

    ``trace``, when given, is told what became of every act found and every pair coded of it (module ``trace``):
    the filter that dropped it, or kept. It changes no result."""
    index = ActorIndex(article.actors)
    if not index:
        return []  # events are between actors; no actors, no events
    filed = article.reporting_place.country if article.reporting_place is not None else None
    context = Context(codebook, index, load_linking(), places=article.places, dateline=filed)
    starts = [s.start for s in article.sentences]
    events: list[_Coded] = []
    seen: set[tuple] = set()
    sports_report = is_sports_report(doc, context.linking)
    for sent in doc.sents:
        sport = sports_report or tells_sport(sent, context.linking)
        asked = is_yes_no_question(sent)
        first = len(events)
        for found in sentence_events(context, sent):
            sentence = max(0, bisect_right(starts, found.anchor.idx) - 1) if starts else 0
            untold = _untold(found, asked, sport, context.linking)
            if untold is not None:
                note_found(trace, found, sentence, untold)
                continue
            frame = forecast_frame(found, context.linking)
            arranged = frame is not None and not found.nominal and arranged_act(found, frame, context.linking)
            if frame is not None and not arranged:
                # "is expected to sign", "is likely to retaliate": a forecast, not the party's act ("is due to visit
                # Egypt for talks": the talks are the arranged visit's aim, coded with it)
                note_found(trace, found, sentence, "forecast")
                continue
            # ("will meet", "are to meet": a preview of the calendar, read before the act is recoded as an intent)
            previewed = itinerary(found, arranged and frame is not None and frame.lemma_.lower() == "be")
            drop_venues(found, sent, article.places, context.linking, codebook)  # ("their meeting in Busan")
            # a target with no code at all ("the Tiwinza outpost" read as a name) tells no party: the party is
            # looked for as for an act naming none, and the nameless one kept if none is found
            nameless = found.targets if found.targets and not any(t.actor.code for t in found.targets) else []
            if nameless:
                found.targets = []
            kind = implied_kind(found)
            country = _act_country(found, sent, context, kind) if kind is not None else None
            if kind is not None and country is not None:
                # "the nine were convicted", "ten people were held for questioning": a court, police
                found.targets = found.targets or nameless
                imply_parties(found, kind, country, index)
            if found.code[:2] == THREAT_ROOT and (not found.targets or ADVERSARY in found.notes):
                # "vowed that the United States would pay the price": a harm promised to another party is aimed
                # at it, before the story's adversary
                told = _threatened_in_clause(found, index)
                if told:
                    found.targets = told
                    found.notes = [n for n in found.notes if n != ADVERSARY]
            if not found.targets and found.sources:
                # ("police confiscated 160 kg of heroin", "a court jailed a trader": no actor named the patient)
                found.targets = seized_goods_owners(found, index, article.dates) or organ_patients(found, index, article.dates)
            elif found.sources:
                # ("a Malaysian court fined a trader": an agent of no stated country is of the court's)
                found.targets = placed_patients(found)
            if not found.targets and found.sources and found.code in CLAIM_CODES:
                found.targets = _claimed_act_victims(found, article.places, index, context.linking)
            elif not found.targets and found.sources:
                found.targets = _destination(found, article.places, index)
            _own_land(found, sent, article.places, context.linking)
            _by_place(found, article.places, index, context.linking)
            _at_home(found, sent, index, context.linking)
            # (a conflict told by another side's speaker is aimed at the speaker: _pairs does that)
            speaker_aimed = _speaker_aimed_at(found) is not None
            if found.sources and not found.targets and not speaker_aimed:
                # "Addis Ababa ruled out negotiations": no party named, the story's other side is meant
                party = story_party(context, found)
                if party is not None:
                    found.targets = [party]
                    found.notes.append("guessed-story-party")
            if not found.targets and not speaker_aimed:
                found.targets = nameless
            if LEARNED not in found.notes:
                # the learned party linker, after every rule has chosen (its policy may fill a missing party)
                link_parties(found, sent, index, _speaker_aimed_at(found))
            if arranged:
                as_intent(found, context.codebook)  # (after its parties: "is due to arrive in Hanoi" visits Vietnam)
            when = event_when(doc, sent, found.anchor, found.trigger, article.dates, article.date, codebook.event_nouns)
            where = governed_place(doc, sent, found.anchor, found.trigger, article.places, codebook.event_nouns)
            place = where.name if where is not None else None
            trigger = sorted(found.trigger, key=lambda t: t.i)
            start = min(t.idx for t in trigger)
            end = max(t.idx + len(t) for t in trigger)
            pairs = _pairs(found, codebook)
            if not pairs:
                note_found(trace, found, sentence, "no-parties")
            for source, target, symmetric in pairs:
                info = cameo_code(third_location(found.code, where, source, target))  # ("met in Moscow": 044)
                if sport and _sport_talk(info.quad_class, source, target, context.linking):
                    # "the coach blamed the schedule", "the federation agreed to postpone the game"
                    note_found(trace, found, sentence, "sport-talk", source, target)
                    continue
                if _uncoded(source) and (target is None or _uncoded(target)):
                    # "Martin signed a seven-year contract", "Fortson pressed his case to the referee": a doer with no
                    # code at all, not even a role ("---COP" police), acting on no coded party tells nothing about
                    # relations between actors (a doer-less act is kept: "crowds poured into the streets to ...")
                    note_found(trace, found, sentence, "uncoded-doer", source, target)
                    continue
                if _within_state(found, source, target, info.quad_class):
                    # "Beijing warned that the PLA could seal off routes around Taiwan": a warning, charge or
                    # demand about the doer's own forces is aimed at the other party its content names
                    content = (
                        _other_party_in_content(found, source, index) if info.quad_class == VERBAL_CONFLICT else None
                    )
                    if content is None:
                        note_found(trace, found, sentence, "within-state", source, target)
                        continue
                    target = content
                if _same(source, target):
                    note_found(trace, found, sentence, "self-event", source, target)
                    continue  # nothing is coded between an actor and itself
                pair = (source.key if source else None, target.key if target else None)
                key = (info.code, sentence, tuple(sorted(pair, key=str)) if symmetric else pair)
                coded_as = _coded_pair(source, target, symmetric)
                if key in seen or (info.code, sentence, coded_as) in seen:
                    note_found(trace, found, sentence, "repeat", source, target)
                    continue  # ("killed a rebel leader and 16 other guerrillas": one act on one coded party)
                seen.update({key, (info.code, sentence, coded_as)})
                event = Event(
                    source_actor=source.ref() if source else None,
                    target_actor=target.ref() if target else None,
                    cameo=info.code,
                    root=info.root,
                    quad_class=info.quad_class,
                    goldstein=info.goldstein,
                    plover=info.plover,
                    plover_mode=info.plover_mode,
                    plover_context=info.plover_context,
                    date=when.date,
                    date_source=when.source,
                    historical=when.historical,
                    place=place,
                    sentence=sentence,
                    start=start,
                    end=end,
                    trigger=" ".join(t.text for t in trigger),
                    negated=found.negated,
                    confidence=_confidence(found, source, target, bool(when.historical)),
                    origin="learned" if LEARNED in found.notes else "rules",
                )
                depth = _subordination(found.anchor)
                # (the acceptance model scores the rules' events, not learned proposals)
                scored = event_features(found, source, target, event, depth) if rule_coded(found) else None
                # ("encouraged Australians to enjoy the holiday": dropped unless it leads, _without_weak_background)
                at_home = _talk_at_home(found, source, target, info.code, info.quad_class)
                events.append(_Coded(event, depth, scored, at_home, previewed))
        events[first:] = _sentence_leads(events[first:], trace)
    kept = accept([c.event for c in events], [c.features for c in events], len(article.sentences))
    for coded in (c for c, keep in zip(events, kept, strict=True) if not keep):
        note_event(trace, coded.event, "acceptance-floor")
    accepted = [c for c, keep in zip(events, kept, strict=True) if keep]
    return _without_weak_background(accepted, len(article.sentences), trace)


def _untold(found: Found, asked: bool, sport: bool, linking: Linking) -> str | None:
    """Why a found act is not told as done by a party (a reason of ``trace.REASONS``), or None."""
    if asked:
        return "question"  # "Will China invade Taiwan?": asked whether it happens, not told that it did
    if sport and is_contest(found.trigger, linking):
        return "sport-contest"  # national teams beating or hosting each other is no act between states
    if not found.sources and found.code[:2] in linking.toll_roots and is_toll(found.anchor, linking):
        return "toll"  # "700 people have been killed since fighting erupted": a statistic, no act between parties
    if by_nature(found.anchor, linking, settings_count=not found.sources):
        # "an earthquake killed 12 people", "a road accident in China's Shanxi province killed 10": no one did it,
        # whatever party a place in the subject was read as
        return "nature"
    # "a Chinese attack on Taiwan could constitute ...", "fear that militants would fire", "neither party was to
    # blame": not done
    if _supposed_act(found):
        return "supposed"
    if to_come(found):
        return "to-come"  # "the meeting, to be held on Monday", "when Hakim meets Bush on Monday": not done yet
    if _feared_or_hoped(found, linking):
        return "feared-or-hoped"
    if _done_by_none(found):
        return "done-by-none"
    # "travelled to Kinshasa to discuss ...", "Niger hosts 1,500 French troops": no act done
    if _purpose_only(found, linking):
        return "purpose-only"
    if _standing(found, linking):
        return "standing"
    if done_by_other_organ(found):
        return "other-organ"  # ("was fined by the league": a sports body's penalty, not a court's)
    return None


# The filters of one sentence's events, in the order they apply, with the reason each gives in a trace.
def _sentence_leads(events: list[_Coded], trace: EventTrace | None) -> list[_Coded]:
    """A sentence's events without what a stronger event of the same sentence makes background or redundant."""
    for reason, keep in (
        ("named-doer-leads", _named_doers_lead),
        ("statement-beside-act", _statements_beside_acts),
        ("dyad-leads", _dyads_lead),
        ("organ-leads", _organs_lead),
    ):
        thinned = keep(events)
        if trace is not None:
            left = {id(c) for c in thinned}
            for coded in (c for c in events if id(c) not in left):
                trace.event(coded.event, reason)
        events = thinned
    return events


@dataclass
class _Coded:
    """An event while its article is coded: what the sentence filters and the acceptance model read of it."""

    event: Event
    depth: float  # how far its clause sits below its sentence's news (``_subordination``)
    features: Features | None  # what the acceptance model reads of it; None for a learned proposal, not scored
    at_home: bool = False  # verbal cooperation between parties of one country (``_talk_at_home``)
    previewed: bool = False  # a meeting or visit told in the future tense alone (``planned_acts.itinerary``)

    @property
    def scored(self) -> bool:
        """Whether the acceptance model scores it (a rule's event, not a learned proposal)."""
        return self.features is not None


# Below this confidence even a sentence's leading event is dropped, unless it is its article's leading one.
ARTICLE_FLOOR = 0.1
# The longest text whose leading event stays whatever it is: a sentence, or a headline and its sentence. In a
# longer article a weak lead is as wrong as any other weak act (on real wire news: a sports report's "South Africa
# pushed for quick runs", "eight policemen have been gunned down", an official "urging local governments").
LEAD_TEXT_SENTENCES = 2
# Roots of cooperation that may stand with no counterpart: a bare statement and an appeal ("appealed for calm").
ONE_PARTY_COOPERATION = {"01", "02"}


def _without_weak_background(events: list[_Coded], sentences: int = 1, trace: EventTrace | None = None) -> list[Event]:
    """The article's events without the lone act of a sentence that the acceptance model scores under
    ``ARTICLE_FLOOR`` ("the farmers were shot dead", "analysts have warned that a cut could ...", "Nigeria is
    to host a summit"), nor any act with no doer ("Gemayel was shot dead", "the army has been ordered to avoid
    friction", "he was detained on a visit"), nor cooperation with no counterpart ("OPEC ministers agree on the
    need to restrict output", "promised to change the rules for travelling allowances"): such an act is nearly
    always no event an analyst would code, and an act no one is said to do, or a cooperation with no one, is no
    relation between parties (DEV composed sets B-D: none of the events these drop is a gold event); so is a
    warning, refusal or complaint aimed at no party ("warned that the threat was growing"). The
    leading event of a text of at most ``LEAD_TEXT_SENTENCES`` sentences stays whatever it is, as the best the
    text tells (a one-sentence text keeps its one act); so do events the model does not score (learned
    proposals). Talk between parties of one country (``_Coded.at_home``) goes the same way, and so, in a longer
    text, does a meeting or visit told in the future tense alone (``_Coded.previewed``)."""
    if not floor_drops():
        kept = [c.event for c in events]
    else:
        rated = [i for i, c in enumerate(events) if c.scored]
        short = sentences <= LEAD_TEXT_SENTENCES
        best = max(rated, key=lambda i: events[i].event.confidence or 0.0, default=None) if short else None
        kept = []
        for i, c in enumerate(events):
            reason = None if i == best or not c.scored else _weak_or_one_sided(c.event) or _home_or_preview(c, short)
            if reason is None:
                kept.append(c.event)
            else:
                note_event(trace, c.event, reason)
    for event in kept:
        note_event(trace, event, KEPT)
    return kept


def _home_or_preview(coded: _Coded, short: bool) -> str | None:
    """Talk at home, or an itinerary: in an article a preview of the calendar ("Wen will pay official visits to
    France, the ministry said") is no event (wire gold); a text of a sentence or two (``short``) keeps it as the
    announced intent it also is (036, as the PLOVER gold codes "will visit Mauritania and Senegal to mediate")."""
    if coded.at_home:
        return "talk-at-home"
    return "itinerary" if coded.previewed and not short else None


def _weak_or_one_sided(event: Event) -> str | None:
    """Under the article floor, with no doer, or cooperating with no counterpart (the reason of ``trace.REASONS``,
    or None). A doer the actors stage gave no code at all, not even a role, is no coded doer ("Burns arrived in
    Beijing", "The Pioneer warned", "Stuart Clark has urged his mentor to help the Australian team"): the event
    cannot say whose act it is."""
    if (event.confidence or 0.0) < ARTICLE_FLOOR:
        return "article-floor"
    if event.source_actor is None:
        return "no-doer"
    if not event.source_actor.code:
        return "uncoded-source"
    cooperation = event.quad_class in {VERBAL_COOPERATION, MATERIAL_COOPERATION}
    if cooperation and event.target_actor is None and event.root not in ONE_PARTY_COOPERATION:
        return "one-sided-cooperation"
    if event.quad_class == VERBAL_CONFLICT and event.target_actor is None:
        # "warned that the terrorist threat was growing", "issued fog warnings", "ruled out a split": a warning,
        # refusal or complaint aimed at no party is an opinion, no relation between parties
        return "one-sided-conflict-talk"
    return None


def _uncoded(hit: ActorHit | None) -> bool:
    """A party the actors stage gave no code at all, not even a role: an athlete, a firm, a private person."""
    return hit is not None and not hit.actor.code


def _coded_pair(source: ActorHit | None, target: ActorHit | None, symmetric: bool) -> tuple:
    """An event's parties as CAMEO codes them: two actors of one code in one sentence are one coded party, as
    PETRARCH keeps one event per sentence, code and coded pair ("killed Raul Reyes and 16 other guerrillas",
    "shelling killed a woman and two children"). Uncoded actors stay apart by name."""
    pair = tuple(
        None if hit is None else hit.actor.code if is_coded(hit.actor) else f"{hit.actor.code}:{hit.key}"
        for hit in (source, target)
    )
    return tuple(sorted(pair, key=str)) if symmetric else pair


def _sport_talk(quad_class: int, source: ActorHit | None, target: ActorHit | None, linking: Linking) -> bool:
    """In a sports report, what players, coaches, clubs, federations and fans say ('the coach blamed the heavy
    club schedule', 'the football association agreed to postpone the game', 'Russian girls will be a huge threat
    to China in the Olympics', 'vowed to bounce back') is no talk between states: verbal cooperation and
    conflict there are dropped unless a party is a state organ or an international organisation (linking.yaml
    ``sport_state_roles``: 'officials of the two Koreas met on the sidelines of the Games'). Material acts stay
    whoever does them ('freed an American basketball player in a prisoner swap', a protest near the Olympic
    stadium, boycotts, attacks)."""
    if quad_class not in VERBAL_CLASSES:
        return False
    codes = [hit.actor.code or "" for hit in (source, target) if hit is not None]
    return not any(code.startswith("IGO") or code[3:6] in linking.sport_state_roles for code in codes)


# Modal auxiliaries of a supposed outcome ("could constitute", "would draw"), and the determiners of an act
# named only as a kind ("a Chinese attack", "any attack").
SUPPOSING_MODALS = {"could", "might", "may", "would"}
INDEFINITE_DETERMINERS = {"a", "an", "any"}


def _supposed_act(found: Found) -> bool:
    """'Takaichi said a Chinese attack on Taiwan could constitute a survival-threatening situation', 'any attack
    on French citizens would draw an immediate response': an act named by an indefinite noun as the subject of
    what it could or would lead to is supposed, not done (the statement around it may be a threat, coded on
    its own). Not a definite act ('the attack on the convoy could not be verified')."""
    noun = found.anchor
    if not found.nominal or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in noun.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in SUPPOSING_MODALS for c in noun.head.children)


# Determiners and pronouns of a subject that says no one did the act: "no country has recognised", "neither party".
NO_ONE_DETERMINERS = {"no", "neither"}
NO_ONE_PRONOUNS = {"none", "nobody", "neither", "no-one"}


def _done_by_none(found: Found) -> bool:
    """'Neither party was to blame for the failure', 'no pilgrims had made a complaint', 'none of the members
    objected': a subject that says no one did the act tells that it was not done (the verb itself carries no
    negation for the parse to find). Not a subject that merely holds a 'no' deeper in ('a country with no army')."""
    if found.nominal:
        return False
    verb = found.anchor
    for _ in range(3):
        for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
            if subject.lower_ in NO_ONE_PRONOUNS:
                return True
            if any(c.dep_ == "det" and c.lower_ in NO_ONE_DETERMINERS for c in subject.children):
                return True
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


# Links under which a clause is what a word of fear is about: "fear that ...", "afraid to ...", "fears X will".
FEARED_LINKS = {"ccomp", "acl", "xcomp"}
# Links under which a clause is what a word of hope is about: "expressed hope that both sides would return".
HOPED_LINKS = {"ccomp", "acl"}
# Auxiliaries of an act only hoped for: "would return", "will resume", "could meet".
HOPED_MODALS = {"would", "will", "could", "can", "might", "may", "should", "'ll"}


def _feared_or_hoped(found: Found, linking: Linking) -> bool:
    """'residents expressed fear that militants would fire rockets', 'amid fears that the rebels were planning an
    offensive', 'fears of a new war', 'are afraid to meet', 'expressed hope that both sides would return to the
    table': what a party fears may happen, or hopes another party will do, is not told as done (linking.yaml
    ``fear_words``, ``hope_words``); the fear or hope itself is coded on its own. Not a threat ('threatened that its
    forces would strike'), an act that merely sits beside a fear ('fired rockets, raising fears of escalation'), nor
    the hoper's own intent ('hopes to join the EU', 'hopes that it will reach a deal')."""
    token = found.anchor
    if found.nominal:
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            return is_word(token.head.head, linking.fear_words)  # "fears of a new war"
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            return False
        token = token.head  # "fears that an attack would come"
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ in FEARED_LINKS and is_word(head, linking.fear_words):
            return True
        if token.dep_ in HOPED_LINKS and is_word(head, linking.hope_words) and _another_may(token):
            return True
        if token.dep_ not in {"conj", "xcomp"}:
            return False
        token = head
    return False


def _another_may(clause: Token) -> bool:
    """Whether a clause tells what a party named there (not a pronoun for the hoper) would or could do."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    modal = any(c.dep_ == "aux" and c.lower_ in HOPED_MODALS for c in clause.children)
    return modal and bool(subjects) and all(s.pos_ != "PRON" for s in subjects)


def _purpose_only(found: Found, linking: Linking) -> bool:
    """'travelled to Kinshasa to discuss the timetable', 'shuttled between Paris and Tehran to broker the
    release', 'envoys to mediate', 'an emergency session to discuss the crisis': a meeting or mediation told
    as the aim of a trip or an appointment is what the party went for, not a meeting held (the trip is the
    event). Only the kinds in linking.yaml ``purpose_codes``: other aims are often the act itself ('launched an
    offensive to retake the region', 'arrived to train Nigerien forces')."""
    anchor = found.anchor
    if anchor.pos_ != "VERB" or anchor.dep_ not in {"advcl", "acl"}:
        return False
    if not found.code.startswith(tuple(linking.purpose_codes)):
        return False
    if not is_to_infinitive(anchor):
        return False
    return all(t.i != anchor.head.i for t in found.trigger)  # (not a framing verb that codes it: "agreed to meet")


def _standing(found: Found, linking: Linking) -> bool:
    """'Niger hosts about 1,500 French troops', 'Italy, which contributes more than 1,000 troops to the force',
    'Korean mills supply U.S. shipyards': hosting, aid and supply in the simple present describe a standing
    state of affairs, not an act done (linking.yaml ``standing_codes``). Not in an adverbial clause, where the
    present tells a scheduled act ('before the forces begin their exercise')."""
    anchor = found.anchor
    if found.nominal or not found.code.startswith(tuple(linking.standing_codes)):
        return False
    if anchor.tag_ not in {"VBZ", "VBP"} or anchor.dep_ == "advcl":
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in anchor.children)


# The root of declared intent (03x), which an arranged act is coded as.
INTENT_ROOT = "03"
# Infinitives that after "be" make an idiom of blame, not a schedule: "was to blame for the failure".
BLAME_IDIOMS = {"blame"}


def forecast_frame(found: Found, linking: Linking) -> Token | None:
    """'X is expected to sign', 'is scheduled to meet', 'is set to visit', 'is due to arrive', 'was to meet':
    the frame word of an act that others forecast, a calendar holds or a rule demands, told by the reporter,
    which is not done (the party's own declared intent, 'plans / hopes / intends to', is coded 03 as a
    modality). The act is the infinitive of a frame word (linking.yaml ``forecast_frames``): a passive verb,
    an adjective, or 'be' itself."""
    words = {found.anchor, *found.trigger}
    if found.nominal:
        governing = _governing_verb(found.anchor)
        words |= {governing} if governing is not None else set()
        if found.anchor.dep_ in {"nsubj", "nsubjpass"}:
            # "talks between the two countries are unlikely to resume", "the talks are to be held in Geneva"
            head = found.anchor.head
            words |= {head, *(c for c in head.children if c.dep_ == "acomp")}
    for token in words:
        if _forecast_frame(token, linking) and any(c.dep_ == "xcomp" for c in token.children):
            return token
        infinitive = token.dep_ == "xcomp" and is_to_infinitive(token)
        # ("Israel was to blame": an attribution of blame, not a schedule)
        if infinitive and token.lemma_.lower() not in BLAME_IDIOMS and _forecast_frame(token.head, linking):
            return token.head
    return None


def _governing_verb(noun: Token) -> Token | None:
    """The verb an event noun is the object of, directly or under a preposition ('to visit Egypt for talks')."""
    token = noun
    while token.dep_ in {"pobj", "prep", "dobj"} and token.head.i != token.i:
        token = token.head
        if token.pos_ == "VERB":
            return token
    return None


def arranged_act(found: Found, frame: Token, linking: Linking) -> bool:
    """'Jaishankar is scheduled to meet Wang Yi', 'is due to visit Egypt', 'is to hold talks with': an act the
    parties have arranged (linking.yaml ``schedule_frames``), which is coded, as CAMEO codes an announced future
    act, as the doer's intent to do it (``as_intent``), between the same parties. Not what others expect ('is
    expected / likely to'), not an act with no doer ('a ceasefire was due to take effect') or told in the passive
    ('are due to be paid compensation by the government'), and only cooperation (linking.yaml
    ``schedule_roots``: not 'is due to address the nation', 'is set to condemn', 'is due to strike')."""
    frames = linking.schedule_frames
    if frame.lemma_.lower() not in frames and frame.lower_ not in frames:
        return False
    if not found.sources or found.negated or found.code[:2] not in linking.schedule_roots:
        return False
    return not any(c.dep_ == "auxpass" for c in found.anchor.children)


def as_intent(found: Found, codebook: Codebook) -> None:
    """Recode an arranged act as the intent to do it (verbs.yaml ``modality: intent``: a meeting or visit 036)."""
    intent = codebook.modalities.get("intent")
    if intent is not None and not found.code.startswith(INTENT_ROOT):
        found.code = intent.transform(found.code)
    found.notes.append("arranged")


def _forecast_frame(token: Token, linking: Linking) -> bool:
    """A frame word of a forecast: 'expected' with its passive auxiliary (not the active 'expects to', an
    intent), 'due' or 'likely' as adjectives, or 'was' heading an infinitive ('was to meet')."""
    if token.lemma_.lower() not in linking.forecast_frames and token.lower_ not in linking.forecast_frames:
        return False
    if token.pos_ == "VERB":
        return any(c.dep_ == "auxpass" for c in token.children)
    if token.pos_ == "ADJ":
        return True
    return token.pos_ == "AUX" and token.lemma_.lower() == "be"


# The bare statement ("make public statement"): "issued a statement", "told the ambassador".
BARE_STATEMENT = "010"


def _statements_beside_acts(events: list[_Coded]) -> list[_Coded]:
    """The events of one sentence, without a bare statement (010) by a party whose act the same sentence
    codes: 'issued a statement deploring the raid' (the deploring is what was stated), 'summoned the envoy
    and told him that ...', 'sent a letter demanding ...'. The statement is how the act was made."""
    acting = {_party(c.event.source_actor) for c in events if c.event.cameo != BARE_STATEMENT and not c.event.negated}
    return [c for c in events if c.event.cameo != BARE_STATEMENT or _party(c.event.source_actor) not in acting]


def _party(ref: ActorRef | None) -> tuple[str | None, str | None] | None:
    """Who an event's party is: the article's actor, else its name and code."""
    if ref is None:
        return None
    return (ref.actor, None) if ref.actor else (ref.name, ref.code)


def _named_doers_lead(events: list[_Coded]) -> list[_Coded]:
    """The events of one sentence, without acts whose doer it leaves unnamed when it names the doer of
    another: 'Seoul condemned the attack that killed two soldiers', 'accused the rebels of targeting aid
    workers', 'expelled the boat after it intruded': the doer-less act is what the named party's act is
    about or follows, told as its background, and no event between parties of its own (a careful coder
    gives an unnamed attacker no event). Alone in its sentence it stays, as the best that sentence tells."""
    if not any(c.event.source_actor is not None and not c.event.negated for c in events):
        return events
    return [c for c in events if c.event.source_actor is not None]


def _dyads_lead(events: list[_Coded]) -> list[_Coded]:
    """The events of one sentence, without acts that name one party only, when another act of the sentence
    names both in a clause above theirs: 'Armenia and Azerbaijan signed a treaty, ending decades of fighting'
    (the ending is the treaty's effect), 'Israel and Hamas agreed to a ceasefire, ending seven weeks of
    fighting'. An event is a relation between two parties; a one-party act below a full one is its part or its
    background. An act of the same rank stays ('Chad climbed down and freed the opposition leader'), as does
    the sentence's news beside a full act in a lower clause ('researchers gathered testimony from refugees who
    said soldiers had burned villages'), and a one-party act alone."""
    full = [c.depth for c in events if _dyad(c.event) and not c.event.negated]
    if not full:
        return events
    return [c for c in events if _dyad(c.event) or c.depth <= min(full)]


def _dyad(event: Event) -> bool:
    return event.source_actor is not None and event.target_actor is not None


def _organs_lead(events: list[_Coded]) -> list[_Coded]:
    """The events of one sentence, without one act's pair that only restates another pair of the same act with a
    bare country where the other names that country's organ or person: 'arrived for a visit to China at the
    invitation of President Hu' codes the visit to Hu's government, not a second visit to 'China'. Two distinct
    parties of one country ('the army and the RSF', 'police and soldiers', 'Congo and the M23') stay."""
    return [c for c in events if not any(_restates(c.event, other.event) for other in events if other is not c)]


def _restates(event: Event, other: Event) -> bool:
    """Whether ``event`` is ``other``'s act (same trigger, same root) with each party either the same code or the
    bare country of ``other``'s party, and at least one of them bare."""
    if (event.start, event.end, event.trigger, event.root) != (other.start, other.end, other.trigger, other.root):
        return False
    sides = [
        (mine.code if mine else None, theirs.code if theirs else None)
        for mine, theirs in ((event.source_actor, other.source_actor), (event.target_actor, other.target_actor))
    ]
    if any(mine is None or theirs is None for mine, theirs in sides):
        return False
    bare = [mine != theirs and _bare_country_of(mine, theirs) for mine, theirs in sides]
    return any(bare) and all(mine == theirs or b for (mine, theirs), b in zip(sides, bare, strict=True))


def _bare_country_of(code: str, organ: str) -> bool:
    """'CHN' beside 'CHNGOV': the country alone, beside a party of that country the bare name stands for or was
    read from (its government, forces, firms, people). Beside its rebels or opposition ('CODREB') the bare country
    is the other side of the story, the state."""
    if len(code) != 3 or not code.isalpha() or code in {"IGO", "NGO"}:
        return False
    return organ.startswith(code) and len(organ) > 3 and organ[3:6] not in CHALLENGER_ROLES
