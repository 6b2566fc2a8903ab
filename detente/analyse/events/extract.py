"""Find events in a parse: source -> action -> target, from the pattern codebook over dependency arcs.

One pass per sentence: every verb is looked up (phrasal verb, light verb + noun, bare verb), verbs that
frame another event ("agreed to meet", "urged X to withdraw") recode their complement, and event nouns
that no verb has claimed become nominal events ("the talks between X and Y", "China's ban").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ...model import Actor
from .actors import ActorHit, ActorIndex
from .codes import cameo_code
from .grammar import (
    children,
    condition_of,
    in_clause_of,
    is_coded,
    is_future,
    is_hypothetical,
    is_negated,
    is_reciprocal,
    is_time,
    obligation_of,
    prep_objects,
    with_conjuncts,
)
from .linking import Linking, load_linking
from .patterns import Codebook, Modality

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
OBJECTS = {"dobj", "obj"}
# Prepositions that introduce the target of an action: "met with", "sanctions on", "fired at", "visit to".
# Ranked: the first that names an actor wins.
TARGET_PREPS = ("with", "against", "between", "to", "toward", "towards", "at", "into", "on", "upon", "onto", "for")
# Verbs that report speech: what their complement says happened was told by their subject.
SPEECH_VERBS = {
    "say", "tell", "state", "announce", "claim", "allege", "report", "add", "insist", "note", "accuse",
    "conclude", "declare", "stress", "reiterate", "argue", "write", "confirm", "warn",
}  # fmt: skip
# Possessives that make an object the doer's own ("its troops", "their ambassador").
OWN_PRONOUNS = {"its", "their", "our", "his", "her", "my"}
# Relative pronouns that stand for the noun their clause hangs from ("Trump, who threatened ...").
RELATIVE_PRONOUNS = {"who", "which", "that"}
# Determiners of a noun that refers back to something told before ("the protest", "this move").
DEFINITE = {"the", "this", "that", "these", "those"}
# How many earlier sentences a reference to the story's parties or acts looks back over.
PAIR_LOOKBACK = 4
ANTECEDENT_LOOKBACK = 3
# Demands: the one conflictual event a refusal of it is coded for ("refused the demand from the US").
DEMAND_ROOT = "10"
# Bare statements: a message or letter says no more than that something was said.
STATEMENT_ROOT = "01"
# What saying that another country did harm is: an accusation; the root of threats; a refusal.
ACCUSATION = "112"
THREAT_ROOT = "13"
REFUSAL = "120"
VERBAL_CONFLICT = 3  # CAMEO QuadClass of rejections, threats, demands, accusations
MATERIAL_CONFLICT = 4  # CAMEO QuadClass of sanctions, coercion, force
# Subjects of a reported clause that are the speaker's side ("said it would", "we will").
SPEAKER_PRONOUNS = {"it", "we", "they", "he", "she", "i"}
# Mediation: the one event whose "between" parties are its targets, the mediator being a third party.
MEDIATION = "045"
# De-escalation (CAMEO 087x: retreat, withdrawal): "from" names the place left, not the one who leaves.
LEAVING = "087"
# Prepositions under which a light verb's noun may sit: "put under investigation", "withdrew from the treaty".
LIGHT_NOUN_PREPS = {"in", "on", "to", "under", "from", "with"}
# Prepositions that aim an act at a party: "launched missiles at Japan", "fired rockets into Israel".
AIMED_PREPS = {"at", "into", "on", "onto", "toward", "towards", "against"}
# A protest the codebook does not tell apart (140), by officials (114 formal complaint), by a crowd (141).
GENERAL_PROTEST, OFFICIAL_PROTEST, DEMONSTRATION = "140", "114", "141"
# Roots of reducing relations and rejecting: the event noun a phrasal verb of these takes is not held.
UNDOING_ROOTS = {"12", "16"}
# Nouns that name the means, not the party, after "with": "tightened the blockade with Albania's help".
MEANS_NOUNS = {"help", "support", "assistance", "backing", "aid", "cooperation", "consent", "approval", "blessing"}
# Roots of force, whose target may be the place it happens: posture, coerce, assault, fight, mass violence.
VIOLENT_ROOTS = {"15", "17", "18", "19", "20"}
# Roots that are already talk about action (statements, appeals, intent, demands, rejections, threats):
# a future tense adds nothing to them.
VERBAL_ROOTS = {"01", "02", "03", "09", "10", "11", "12", "13"}
# Clause links through which a verb shares its head's subject ("X met Y and signed ...", "X went on to ...").
SHARES_SUBJECT = {"conj", "xcomp", "advcl"}


def _material_conflict(*events: Found) -> bool:
    """Whether every one of the events is material conflict (CAMEO QuadClass 4)."""
    return all(cameo_code(e.code).quad_class == MATERIAL_CONFLICT for e in events)


def _country_of(hit: ActorHit) -> str:
    """The first three letters of an actor's code: its country, or its family ("IGO") for organisations."""
    return (hit.actor.code or "")[:3]


@dataclass
class Found:
    """An event before coding: what the parse and the codebook say, with the tokens that show it."""

    code: str
    anchor: Token  # the verb or noun whose clause the event's date and place hang from
    trigger: list[Token]
    sources: list[ActorHit]
    targets: list[ActorHit]
    negated: bool = False
    nominal: bool = False
    speaker: ActorHit | None = None  # who reports it, when the event sits in reported speech
    reciprocal: bool = False  # "accused each other": every source targets every other source
    notes: list[str] = field(default_factory=list)


class SentenceExtractor:
    """Extract the events of one sentence; holds the codebook and the article's actor index."""

    def __init__(self, codebook: Codebook, actors: ActorIndex, linking: Linking | None = None) -> None:
        self.codebook = codebook
        self.actors = actors
        self.linking = linking or load_linking()
        # events of the article's earlier sentences, newest last: what "the protest", "both sides" refer to
        self.history: list[list[Found]] = []
        self._current: list[Found] = []  # the verbal events of the sentence at hand, so far

    # ----- arguments -------------------------------------------------------------------------------
    def subjects(self, verb: Token) -> tuple[list[ActorHit], bool]:
        """Actors doing ``verb`` and whether the verb is passive (its grammatical subject is the patient)."""
        active = children(verb, SUBJECTS)
        if active and verb.dep_ == "relcl" and all(a.lower_ in RELATIVE_PRONOUNS for a in active):
            # "Trump, who has threatened tariffs": the relative pronoun is the noun it hangs from
            return self.actors.of_tokens([verb.head]), False
        if active:
            hits = self._coordinated(active)
            if not hits and active[0].lower_ in {"it", "they", "we"}:
                # "Syria said it was ready to ...": the pronoun is the speaker
                speaker = self._speaker(verb)
                hits = [speaker] if speaker else []
            return hits, False
        passive = children(verb, PASSIVE_SUBJECTS)
        if passive:
            agents = [o for a in children(verb, {"agent"}) for o in children(a, {"pobj"})]
            if not agents and self._stative(verb):
                # "Israel is opposed to French mediation": the subject holds the stance, nothing is done to it
                return self._coordinated(passive), False
            return self.actors.of_tokens(with_conjuncts(agents)), True
        # "the troops that attacked": the relative clause's head noun does it
        if verb.dep_ == "relcl":
            return self.actors.of_tokens([verb.head]), False
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in self.linking.document_nouns:
            # "the party issued a declaration demanding that ...": a document speaks for whoever issued it
            issuer = self._governing_verb(verb.head)
            if issuer is not None:
                return self.subjects(issuer)
        controllers = self.actors.of_tokens(children(verb.head, OBJECTS)) if verb.dep_ == "xcomp" else []
        if controllers:
            # object control: "asked Venezuela to stop", "forced the rebels to retreat"
            return controllers, False
        if verb.dep_ in SHARES_SUBJECT and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i:
            head = verb.head
            sources, passive = self.subjects(head)
            reporting = head.head if head.dep_ == "ccomp" and head.head.i != head.i else None
            if (
                not sources
                and verb.dep_ == "conj"
                and reporting is not None
                and reporting.lemma_.lower() in SPEECH_VERBS
                and not children(verb, SUBJECTS | PASSIVE_SUBJECTS)
            ):
                # "Lee said the talks had been useful and accused Japan": the parser hangs the second act on
                # the reported clause; with no doer there, it is the reporter's
                return self.subjects(reporting)
            if passive and not sources and verb.dep_ == "xcomp":
                # "Lee is set to visit", "X was expected to attend": the raised subject does it
                return self._coordinated(children(head, PASSIVE_SUBJECTS)), False
            return sources, passive
        return [], False

    @staticmethod
    def _coded_first(*candidates: list[ActorHit]) -> list[ActorHit]:
        """The first candidate list naming a coded actor, else the first non-empty one."""
        for hits in candidates:
            if any(is_coded(h.actor) for h in hits):
                return hits
        return next((hits for hits in candidates if hits), [])

    def _doers_of(self, nouns: list[Token]) -> list[ActorHit]:
        """Who did the things named: 'the decision by Japan', 'the tariffs Washington imposed'."""
        doers = [o for n in nouns for o in prep_objects(n, {"by"})]
        for noun in nouns:
            for clause in children(noun, {"relcl"}):
                doers += [t for t in children(clause, SUBJECTS) if t.lower_ not in RELATIVE_PRONOUNS]
        return self.actors.of_tokens(doers)

    def _means_or_venue(self, obj: Token) -> bool:
        """'with Albania's help' names the means, 'on the sidelines of the ASEAN summit' and 'at the APEC
        meeting' the occasion: neither is the party an act is aimed at."""
        lemma = obj.lemma_.lower()
        if lemma in MEANS_NOUNS or lemma in self.linking.venue_nouns:
            return True
        return obj.head.lower_ in {"at", "on"} and (lemma in self.codebook.nouns or lemma in self.codebook.event_nouns)

    def _resolve(self, tokens: list[Token]) -> list[ActorHit]:
        """Actors of noun phrases, with 'both sides' / 'the two leaders' read as the story's two parties."""
        hits = self.actors.of_tokens(tokens)
        keys = {h.key for h in hits}
        for token in tokens:
            own = self.actors.of_token(token)
            pair = self._pair(token) if own is None or not is_coded(own.actor) else []
            if pair and own is not None:
                # "the two leaders" read by the actors stage as leaders of no country: the pair replaces them
                hits = [h for h in hits if h.key != own.key]
            for hit in pair:
                if hit.key not in keys:
                    hits.append(hit)
                    keys.add(hit.key)
        return hits

    def _pair(self, token: Token) -> list[ActorHit]:
        """'both sides', 'the two countries', 'the three European states': the parties of the newest earlier
        event between that many sides ('the leaders' alone: the two sides of the sentence just before)."""
        if token.lemma_.lower() not in self.linking.pair_nouns or token.tag_ != "NNS":
            # "senior officials of the two countries": the pair owns the phrase
            owners = prep_objects(token, {"of"})
            return self._pair(owners[0]) if owners and owners[0].i != token.i else []
        counts = [
            self.linking.group_words[c.lower_]
            for c in token.children
            if c.lower_ in self.linking.group_words and c.dep_ in {"det", "predet", "nummod"}
        ]
        lookback = PAIR_LOOKBACK
        if not counts and self._bare_definite(token):
            counts, lookback = [2], 1
        if not counts:
            return []
        # ("received Wang Yi in Hanoi, and both sides pledged": an earlier clause of the same sentence first)
        earlier = [f for f in self._current if f.anchor.i < token.i]
        for events in [*self.history[-lookback:], earlier][::-1]:
            for found in reversed(events):
                # the two parties of a meeting; the three who criticised someone together
                for parties in (found.sources + found.targets, found.sources, found.targets):
                    sides = self._sides([h for h in parties if is_coded(h.actor)])
                    if len(sides) == counts[0]:
                        return sides
        return []

    @staticmethod
    def _bare_definite(token: Token) -> bool:
        """'the leaders', 'the ministers' with nothing else to say whose: the people of the story just told."""
        modifiers = [c for c in token.children if c.dep_ not in {"det", "punct"}]
        return not modifiers and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)

    @staticmethod
    def _sides(parties: list[ActorHit]) -> list[ActorHit]:
        """The distinct sides among an event's parties: one per country, or, within one country, one per
        code ('the Democratic Republic of Congo and the M23 rebels')."""
        by_country: dict[str, ActorHit] = {}
        for hit in parties:
            by_country.setdefault(_country_of(hit), hit)
        if len(by_country) > 1:
            return list(by_country.values())
        by_code: dict[str, ActorHit] = {}
        for hit in parties:
            by_code.setdefault(hit.actor.code or "", hit)
        return list(by_code.values()) if len(by_code) > 1 else []

    def _antecedent_doers(self, noun: Token, verb: Token) -> list[ActorHit]:
        """'Seoul condemned the launch': a definite noun for an act told in an earlier sentence (an event noun,
        or 'the decision', 'the move', 'the allegation') names no one itself; the act's doer is meant.
        The newest earlier act of the same kind wins, else the newest by another country than the reactor."""
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or self.actors.of_token(noun) is not None:
            return []
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
            return []
        if any(c.dep_ == "poss" for c in noun.children) or prep_objects(noun, {"of", "by", "from"}):
            return []  # "the decision of the court": its own owner, named or not
        kind = self.codebook.nouns.get(lemma)
        if kind is None and lemma not in self.linking.act_nouns:
            return []
        own = {_country_of(h) for h in self.subjects(verb)[0]}
        candidates = [
            (found, hit)
            for events in reversed(self.history[-ANTECEDENT_LOOKBACK:])
            for found in reversed(events)
            for hit in found.sources[:1]
            if is_coded(hit.actor) and _country_of(hit) not in own
        ]
        same_kind = [c for c in candidates if kind is not None and c[0].code[:2] == kind[:2]]
        chosen = (same_kind or candidates)[:1]
        return [hit for _found, hit in chosen]

    def _stative(self, verb: Token) -> bool:
        """'is opposed to', 'were engaged in': a passive form that tells the subject's stance or part."""
        return self.codebook.verb_lemma(verb.lemma_, verb.lower_) in self.linking.stative_passives

    def _coordinated(self, heads: list[Token]) -> list[ActorHit]:
        """Actors of coordinated subjects, also when the parse mangles the coordination ("Lee and Chinese
        President Xi" parsed as one noun phrase): every actor inside a subject phrase that holds 'and'."""
        hits = self._resolve(with_conjuncts(heads))
        for head in heads:
            phrase = head.doc[head.left_edge.i : head.i + 1]
            conjunctions = [t for t in phrase if t.dep_ == "cc" and t.lower_ in {"and", "&"}]
            if conjunctions:
                keys = {h.key for h in hits}
                for token in phrase:
                    # names and demonyms: "Lee and Xi", "Chinese and Russian troops"
                    hit = self.actors.of_token(token, follow_owner=False) if token.pos_ in {"PROPN", "ADJ"} else None
                    if hit is not None and hit.key in keys and token.i < conjunctions[0].i:
                        # one mention spans "Lee and ... Xi": name the first conjunct by its own mentions
                        other = self.actors.named(token.text)
                        hit = ActorHit(other) if other is not None else hit
                    if hit is not None and hit.key not in keys:
                        hits.append(hit)
                        keys.add(hit.key)
            # "the leaders of France and Germany": each coordinated owner acts
            owners = [o for p in children(head, {"prep"}) if p.lower_ in {"of", "from"} for o in children(p, {"pobj"})]
            if owners and owners[0].conjuncts:
                countries = {(h.actor.code or "")[:3] for h in hits}
                for extra in self.actors.of_tokens(with_conjuncts(owners)):
                    if (extra.actor.code or "")[:3] not in countries:
                        hits.append(extra)
                        countries.add((extra.actor.code or "")[:3])
        # one actor read twice (as the state and as its people): once
        seen: set[str] = set()
        return [h for h in hits if not (h.actor.id in seen or seen.add(h.actor.id))]

    def objects(self, verb: Token, extra_heads: list[Token]) -> list[ActorHit]:
        """Actors that ``verb`` (or its light noun) is done to: object, indirect object, then a target preposition.

        Candidates are tried in that order; the first that names a coded actor wins, and an uncoded one
        ("the biggest group", "the feasibility of a force") is kept only when no later candidate is coded.
        """
        fallback: list[ActorHit] = []
        for hits in self._object_candidates(verb, extra_heads):
            if any(is_coded(h.actor) for h in hits):
                return hits
            fallback = fallback or hits
        return fallback

    def _object_candidates(self, verb: Token, extra_heads: list[Token]) -> Iterator[list[ActorHit]]:
        passive_patients = children(verb, PASSIVE_SUBJECTS)
        if passive_patients and children(verb, {"auxpass"}) and not self._stative(verb):
            yield self.actors.of_tokens(with_conjuncts(passive_patients))
        # the light noun carries the action, it is not the target ("sent a special delegation to China")
        direct = [d for d in children(verb, OBJECTS | {"dative"}) if d not in extra_heads]
        # "offered its troops to Lebanon", "will withdraw their force from Chad": one's own people are what is
        # moved or given, not whom the act is aimed at
        own = [d for d in direct if any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in d.children)]
        # ("hosted Israeli and Hamas negotiators": every actor of a coordinated phrase)
        yield self._coordinated([d for d in direct if (d.dep_ != "dative" or d.pos_ != "ADP") and d not in own])

        def targets_of(head: Token) -> list[ActorHit]:
            objects = [o for o in prep_objects(head, TARGET_PREPS) if not self._means_or_venue(o)]
            # "a complaint against the tariffs Washington imposed": a thing done is aimed at whoever did it
            return self._coordinated(objects) or self._doers_of(objects)

        # "broke off relations with Colombia": the target hangs from the verb or its light noun
        for head in [verb, *extra_heads]:
            yield targets_of(head)
        # "condemned the decision by Japan": a thing done is aimed at whoever did it
        # (a thing's owner by "'s", "of", "from" is already the object's actor above)
        yield self._doers_of([d for d in direct if d.pos_ in {"NOUN", "PROPN"}])
        for head in direct:
            yield targets_of(head)
        # "Beijing rejected the protest": an act told before is aimed at whoever did it
        for head in direct:
            yield self._antecedent_doers(head, verb)
        # PP attachment is often wrong ("sent a delegation led by X to China"): look one clause down too
        for head in [verb, *extra_heads, *direct]:
            for clause in head.children:
                if clause.dep_ in {"acl", "relcl"}:
                    yield targets_of(clause)
        # "freed three American prisoners": a light noun that is itself a foreign actor is the target
        # (but not "sent a special delegation", whose country is the sender's and unnamed)
        for noun in extra_heads:
            hit = self.actors.of_token(noun, follow_owner=False)
            if hit is not None and hit.actor.code and not hit.actor.code.startswith("-"):
                yield [hit]
        # "rejected France's proposal", "rejected the proposal of France": the light noun's owner
        for noun in extra_heads:
            # (a pronoun owner, "its troops", is the doer itself)
            owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"] + prep_objects(
                noun, {"of", "from"}
            )
            yield self.actors.of_tokens(owners)

    # ----- codes -----------------------------------------------------------------------------------
    def light_noun(self, verb: Token) -> tuple[str | None, Token] | None:
        """(code, noun) of the noun a light verb takes ("imposed sanctions"); a None code is a phrase the
        codebook marks as no event ("struck a balance"). A phrasal light verb ("called off the talks") first."""
        lemma = self.codebook.verb_lemma(verb.lemma_, verb.lower_)
        keys = [f"{lemma} {p.lower_}" for p in children(verb, {"prt"})] + [lemma]
        for key in keys:
            if key in self.codebook.light_verbs or key in self.codebook.light_non_events:
                found = self._light_noun_of(verb, key)
                if found is not None:
                    return found
        return None

    def _light_noun_of(self, verb: Token, key: str) -> tuple[str | None, Token] | None:
        nouns = self.codebook.light_verbs.get(key, {})
        nulls = self.codebook.light_non_events.get(key, frozenset())
        candidates = children(verb, OBJECTS | PASSIVE_SUBJECTS)
        # "put under investigation", "withdrew from the treaty": the noun may sit under a preposition
        candidates += [
            o for p in children(verb, {"prep"}) if p.lower_ in LIGHT_NOUN_PREPS for o in children(p, {"pobj"})
        ]
        # "provided $200 million in aid", "sent a shipment of aid": the noun under the object
        candidates += [
            o
            for c in list(candidates)
            for p in children(c, {"prep"})
            if p.lower_ in {"in", "of"}
            for o in children(p, {"pobj"})
        ]
        for noun in candidates:
            lemma = noun.lemma_.lower()
            if lemma in nulls or noun.lower_ in nulls:
                return None, noun
            # "signed a loan agreement": the codebook may list the modified noun under the verb, whatever its root
            phrases = [
                f"{mod.lemma_.lower()} {form}"
                for mod in children(noun, {"compound", "amod"})
                for form in (lemma, noun.lower_)
            ]
            if any(phrase in nulls for phrase in phrases):
                return None, noun
            code = next((nouns[phrase] for phrase in phrases if phrase in nouns), None)
            if code:
                return code, noun
            code = nouns.get(lemma) or nouns.get(noun.lower_)
            if not code:
                # "halted mediation efforts", "cut aid programmes": the modifier names what the verb takes
                code = next(
                    (nouns[m.lemma_.lower()] for m in children(noun, {"compound"}) if m.lemma_.lower() in nouns), None
                )
            if not code:
                continue  # the verb must take this noun: "opened the leg of his state visit" is no visit
            if self._non_event_compound(noun):
                return None, noun  # "issued a typhoon warning"
            for mod in children(noun, {"compound", "amod"}):
                # "held phone talks" is a phone call, more precise than "held talks"
                # (a noun modifier refines only within the root: "halted mediation efforts" stays a halt,
                # while an adjective says what kind the event is: "held joint exercises")
                refined = self.codebook.compounds.get((mod.lemma_.lower(), lemma))
                code = refined if refined and (mod.dep_ == "amod" or refined[:2] == code[:2]) else code
            if code.startswith(STATEMENT_ROOT):
                # "sent messages of congratulations", "a letter of protest": what the message says is the act
                for content in prep_objects(noun, {"of"}):
                    said = nouns.get(content.lemma_.lower()) or nouns.get(content.lower_)
                    if said and not said.startswith(STATEMENT_ROOT):
                        return said, content
            return code, noun
        return None

    def _act_as_means(self, verb: Token, lemma: str) -> tuple[str, list[Token]] | None:
        """'retaliated with sanctions', 'responded with air strikes': a response made with an act is that act."""
        if lemma not in self.linking.response_verbs:
            return None
        for noun in prep_objects(verb, {"with"}):
            coded = self._noun_code(noun)
            if coded is not None:
                return coded
        return None

    def _aimed(self, verb: Token, code: str, noun: Token) -> str:
        """'launched missiles at Japan': a light noun the codebook lists as aimed is that act when a preposition
        of aim on the verb or the noun names an actor ('launched missiles' alone keeps the noun's code)."""
        aimed = self.codebook.aimed.get(noun.lemma_.lower()) or self.codebook.aimed.get(noun.lower_)
        if aimed is None:
            return code
        at = [o for head in (verb, noun) for o in prep_objects(head, AIMED_PREPS)]
        return aimed if self.actors.of_tokens(at) else code

    def verb_code(self, verb: Token) -> tuple[str, list[Token], Token | None] | None:
        """(code, trigger tokens, light noun) for a verb, most specific pattern first."""
        lemma = self.codebook.verb_lemma(verb.lemma_, verb.lower_)
        # "peacekeepers arrived in Bosnia" is peacekeeping, not a visit: who moves can name the act
        movers = self.codebook.movers.get(lemma)
        if movers:
            for subject in children(verb, SUBJECTS):
                for word in [subject, *children(subject, {"compound", "amod"})]:
                    code = movers.get(word.lemma_.lower())
                    if code:
                        # where they go is whom it concerns: "arrived in Bosnia"
                        goes = [p for p in children(verb, {"prep"}) if p.lower_ in {"in", "into", "to"}]
                        return code, [verb, *goes[:1]], None
        particles = [c for c in verb.children if c.dep_ == "prt"]
        follower = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if follower is not None and follower.pos_ in {"ADP", "ADV", "PART"} and follower not in particles:
            particles.append(follower)  # "handed over 20 hostages": the parser often hangs the particle elsewhere
        preps = [c for c in verb.children if c.dep_ in {"prep", "agent"} and not is_time(c)]
        for prt in particles:
            # "pulled out of the talks": the parser may hang "of" from the particle
            for prep in [p for p in preps if p.i != prt.i] + children(prt, {"prep"}):
                code = self.codebook.phrasal.get((lemma, f"{prt.lower_} {prep.lower_}"))
                if code:
                    return code, [verb, prt, prep], None
        # the noun is more telling than a particle or preposition: "fired missiles at" is not just "fired at",
        # "handed over medicine" is aid, "handed over hostages" a release
        means = self._act_as_means(verb, lemma)
        if means is not None:
            return means[0], [verb, *means[1]], means[1][-1]
        light = self.light_noun(verb)
        if light and light[0] is None:
            return None  # "struck a balance": the codebook says the phrase is no event
        if light and light[0] is not None:
            return self._aimed(verb, light[0], light[1]), [verb, light[1]], light[1]
        # "open fire": the object noun is a phrasal particle too
        for word in [*particles, *children(verb, OBJECTS)]:
            code = self.codebook.phrasal.get((lemma, word.lower_))
            if code:
                return code, [verb, word], None
        for word in preps:
            code = self.codebook.phrasal.get((lemma, word.lower_))
            if code:
                return code, [verb, word], None
        rule = self.codebook.verbs.get(lemma)
        if rule is None:
            return None
        objects = children(verb, OBJECTS)
        has_actor_object = any(self.actors.of_token(o) for o in objects)
        if rule.needs_object and not objects and not children(verb, PASSIVE_SUBJECTS):
            return None
        if rule.needs_actor_object and not has_actor_object and not children(verb, PASSIVE_SUBJECTS):
            return None
        if rule.no_actor_object and has_actor_object:
            return None
        if rule.no_thing_object and objects and not has_actor_object:
            return None  # "help fight the fires", "fight corruption"
        if rule.actor_object and has_actor_object:
            return rule.actor_object, [verb], None
        if rule.money_object and any(o.ent_type_ == "MONEY" for o in objects):
            return rule.money_object, [verb], None
        return rule.code, [verb], None

    # ----- events ----------------------------------------------------------------------------------
    def verb_events(self, sent: Span, claimed: set[int]) -> list[Found]:
        found: list[Found] = []
        for verb in sent:
            modality = self.codebook.modality_of(self.codebook.verb_lemma(verb.lemma_, verb.lower_))
            # "was ready to resume talks": an adjective of intent frames the event like a verb
            framing_adjective = verb.pos_ == "ADJ" and modality is not None
            if (verb.pos_ not in {"VERB", "AUX"} and not framing_adjective) or verb.i in claimed:
                continue
            inner = self._modal_complement(verb, modality) if modality else None
            if modality and inner is not None:
                event = self._modal_event(verb, modality, inner, claimed)
            else:
                event = self._plain_event(verb, claimed)
            if event is not None:
                found.append(event)
                self._current.append(event)
        self._share_targets(found)
        return found

    def _share_targets(self, found: list[Found]) -> None:
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

    def _modal_complement(self, verb: Token, modality: Modality) -> Token | None:
        for comp in verb.children:
            if comp.dep_ in {"xcomp", "ccomp"} and comp.pos_ in {"VERB", "AUX"} and self.verb_code(comp) is not None:
                # "agreed that ..." is a report, not an intent; only demands and appeals take a that-clause
                infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)
                if comp.dep_ == "ccomp" and not infinitive and modality.name not in {"appeal", "demand"}:
                    continue
                return comp
            # "called for strengthening ...": the complement sits under a preposition
            if comp.dep_ == "prep" and modality.name == "appeal":
                for pcomp in comp.children:
                    if pcomp.dep_ == "pcomp" and pcomp.pos_ == "VERB" and self.verb_code(pcomp) is not None:
                        return pcomp
        return None

    def _modal_event(self, verb: Token, modality: Modality, inner: Token, claimed: set[int]) -> Found | None:
        coded = self.verb_code(inner)
        if coded is None:
            return None
        if is_hypothetical(verb.head if verb.pos_ == "ADJ" else verb):
            claimed.add(inner.i)
            return None
        inner_code, inner_trigger, light = coded
        claimed.add(inner.i)
        # "agreed to restore the swap and to cooperate on ...": what else is agreed is part of the same promise
        claimed.update(c.i for c in inner.conjuncts if c.pos_ == "VERB")
        if light is not None:
            claimed.add(light.i)
        sources, _passive = self.subjects(verb.head if verb.pos_ == "ADJ" else verb)
        negated = is_negated(verb, self.codebook.denial_verbs) or is_negated(inner)
        if verb.pos_ == "ADJ":
            negated = negated or is_negated(verb.head)
        if modality.name in {"appeal", "demand"}:
            # "X urged Y to withdraw": Y is the target; "X called for talks with Y": the complement's target
            # "demanded that Iran release ...": the complement's subject is asked
            targets = (
                self.objects(verb, [])  # "urged Japan", "called on Georgia"
                or self.actors.of_tokens(children(inner, SUBJECTS))  # "demanded that Iran release"
                or self.objects(inner, [])  # "called for talks with Israel"
            )
        else:
            targets = self._coded_first(
                self.objects(inner, [light] if light is not None else []), self._phrasal_targets(inner_trigger)
            )
        code = modality.transform(inner_code)
        if negated and modality.name == "intent":
            refusal = self.codebook.modalities.get(self.codebook.negated_cooperation or "")
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
            negated=negated,
            notes=[f"modality:{modality.name}"],
        )
        frame = verb.head if verb.pos_ == "ADJ" else verb
        self._fall_back(found, frame, False)
        return self._owed(found, frame, False)

    def _plain_event(self, verb: Token, claimed: set[int]) -> Found | None:
        coded = self.verb_code(verb)
        owed_only = coded is None and obligation_of(verb) is not None and self._speaker(verb) is not None
        if owed_only:
            # "Russia said Sudan must return the helicopter": whatever the act, saying it is owed is a demand
            # (kept only if it turns out to be one: a coded speaker, a coded actor owing it)
            coded = ("100", [verb], None)
        if coded is None:
            light_phrase = self.light_noun(verb)
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
        # "walked out of the talks": an event noun the verb's pattern takes is part of this event
        for word in trigger[1:]:
            claimed.update(o.i for o in children(word, {"pobj"}))
            claimed.update(o.i for p in children(word, {"prep"}) for o in children(p, {"pobj"}))  # "out of"
        condition = condition_of(verb)
        if condition is None and is_hypothetical(verb):
            return None
        sources, passive = self.subjects(verb)
        code = self.by_instrument(verb, code, passive)
        targets = self._coded_first(
            self.objects(verb, [light] if light is not None else []), self._phrasal_targets(trigger)
        )
        if passive and not sources:
            # "rockets were fired from Gaza": the origin stands for the unnamed doer; "the ambassador was
            # summoned": who summoned is unsaid, and the patient is still the target
            sources = self.actors.of_tokens(prep_objects(verb, {"from"}))
        rule = self.codebook.verbs.get(self.codebook.verb_lemma(verb.lemma_, verb.lower_))
        if rule and rule.needs_target and light is None and code == rule.code:
            # a statement is an event only towards a coded actor: "told Chen", not "told reporters"
            statement = self._statement(verb, code, sources, [t for t in targets if is_coded(t.actor)])
            if statement is None:
                return None
            code, targets = statement
            if code == ACCUSATION:
                # "Pakistan said Indian troops had fired": the firing is the news, the blame comes with it
                notes.append("accusation-of-content")
        elif rule and light is None and code == rule.code and code[:2] == THREAT_ROOT:
            warned = None if any(is_coded(t.actor) for t in targets) else self._warning(verb, code, self._own(sources))
            if warned is not None:
                code, targets, content = warned
                claimed.add(content.i)  # what is warned of is the threat's content, no event of its own
        negated = is_negated(verb, self.codebook.denial_verbs)
        if negated:
            code = self.negated_code(code)
            if code is None:
                return None
        elif condition is not None and code[:2] not in VERBAL_ROOTS:
            # "will withdraw its troops unless ...", "may halt the talks if ...": an act held over the other
            # side is a threat (13); a reward promised on a condition is an intent to cooperate (03)
            harmful = condition == "unless" or cameo_code(code).quad_class >= 3 or code[:2] == "16"
            modality = self.codebook.modalities.get("threat" if harmful else "intent")
            if modality is not None:
                code = modality.transform(code)
        elif is_future(verb) and code[:2] not in VERBAL_ROOTS:
            # "X will withdraw", "said it would retaliate": CAMEO codes announced acts as intent (03) or threat (13)
            intent = self.codebook.modalities.get("intent")
            if intent is not None:
                code = intent.transform(code)
        mutual = self.codebook.verb_lemma(verb.lemma_, verb.lower_) in self.codebook.reciprocal_verbs
        if len(sources) > 1 and (any(is_reciprocal(o) for o in children(verb, OBJECTS)) or (mutual and not targets)):
            # "Azerbaijan and Armenia accused each other": each is the other's target
            return Found(code, verb, trigger, sources, [], negated=negated, reciprocal=True)
        if not any(is_coded(t.actor) for t in targets) and code[:2] in VIOLENT_ROOTS:
            # CAMEO codes violence without a named victim against the country where it happens
            targets = self.located_in(verb) or targets
        speaker = self._speaker(verb)
        if not targets and speaker is not None and self._names_itself(verb, trigger):
            targets = [speaker]  # "Israel said a mortar bomb was fired at it": 'it' is the speaker
        own = {_country_of(speaker)} if speaker is not None else set()
        own_side = bool(own) and bool(sources) and all(_country_of(h) in own for h in sources)
        if not targets and own_side and cameo_code(code).quad_class == VERBAL_CONFLICT:
            # "Lula said Brazil would not accept blackmail": the speaker's side rejecting or threatening,
            # aimed at the other party of the story told so far
            adversary = self._adversary(own)
            if adversary is not None:
                targets = [adversary]
                notes.append("guessed-adversary")
        found = Found(code, verb, trigger, sources, targets, negated=negated, speaker=speaker, notes=notes)
        self._fall_back(found, verb, passive)
        found = self._owed(found, verb, passive)
        if owed_only and "modality:obligation" not in found.notes:
            return None
        return found

    def by_instrument(self, verb: Token, code: str, passive: bool) -> str:
        """'A roadside bombing killed three soldiers', 'killed by an explosive device': killing done with a bomb
        is CAMEO's unconventional violence (183x, PLOVER assault), not military force (19)."""
        if not code.startswith("19"):
            return code
        means = children(verb, {"agent"} if passive else SUBJECTS) + [
            p for p in children(verb, {"prep"}) if p.lower_ in {"in", "by"}
        ]
        words = {t.lemma_.lower() for m in means for t in m.subtree}
        bombs = self.codebook.bombings
        if not words & set(bombs.get("means", [])):
            return code
        return next((c for kind, c in bombs.get("kinds", {}).items() if kind in words), bombs["code"])

    def _owed(self, found: Found, verb: Token, passive: bool) -> Found:
        """'Russia said Sudan must return the helicopter': in reported speech an act the speaker says another
        actor must do is the speaker's demand on that actor (CAMEO 10), not the act itself."""
        speaker = found.speaker or self._speaker(verb)
        kind = obligation_of(verb)
        if kind is None or speaker is None or not is_coded(speaker.actor) or passive or found.negated:
            return found
        # (the general public told what it should do is advice, not an appeal to a party)
        obliged = [
            s
            for s in found.sources
            if is_coded(s.actor) and s.key != speaker.key and not (s.actor.code or "").endswith("CVL")
        ]
        modality = self.codebook.modalities.get(kind)
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

    @staticmethod
    def _names_itself(verb: Token, trigger: list[Token]) -> bool:
        """Whether the act's object is a pronoun ('at it', 'attacked us'), which in reported speech is the speaker."""
        heads = [verb, *trigger[1:]]
        objects = [o for h in heads for o in children(h, OBJECTS | {"pobj"})]
        objects += [o for h in heads for p in children(h, {"prep"}) for o in children(p, {"pobj"})]
        return any(o.lower_ in {"it", "us", "them", "we"} for o in objects)

    def _fall_back(self, found: Found, verb: Token, passive: bool) -> None:
        """When the arcs name no actor, take the nearest coded actor on each side of the verb within its
        own clause, as PETRARCH's coders do: the source before it, the target after it (marked as a guess).
        A neighbouring clause's actors are its own ("X eased measures as authorities in Y cracked down")."""
        if not found.sources and not passive:
            before = self._clause_actors(verb, verb.left_edge.idx, verb.idx)
            if before:
                nearest = max(before, key=lambda h: h[1])
                found.sources = self._with_coordinated(verb.doc, nearest, before)
                found.notes.append("guessed-source")
        together = len(found.sources) > 1 and self.codebook.is_symmetric(found.code)  # "X and Y met": no guess
        if not found.targets and found.sources and not together:
            source = found.sources[0].actor
            edge = verb.right_edge
            after = [
                h
                for h in self._clause_actors(verb, verb.idx + len(verb), edge.idx + len(edge), content=True)
                if h[2].id != source.id
                and h[2].code not in {source.code, (source.code or "")[:3]}  # never the doer itself or its country
            ]
            if after:
                found.targets = [ActorHit(min(after, key=lambda h: h[0])[2])]
                found.notes.append("guessed-target")

    def _clause_actors(
        self, verb: Token, start: int, end: int, *, content: bool = False
    ) -> list[tuple[int, int, Actor]]:
        """Coded actors mentioned between two offsets inside the verb's own clause (with ``content``: or in
        the clause that says what the act is about, see ``in_clause_of``)."""
        found = []
        for hit in self.actors.overlapping(start, end):
            token = self._token_at(verb.doc, hit[0], hit[1])
            if is_coded(hit[2]) and token is not None and in_clause_of(token, verb, content=content):
                found.append(hit)
        return found

    @staticmethod
    def _token_at(doc: Doc, start: int, end: int) -> Token | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _with_coordinated(
        self, doc: Doc, nearest: tuple[int, int, Actor], candidates: list[tuple[int, int, Actor]]
    ) -> list[ActorHit]:
        """'the Sudanese government and the rebels agreed', parsed apart from the verb: the nearest actor and
        the actors coordinated with it act together, in text order (the first conjunct leads)."""
        token = self._token_at(doc, nearest[0], nearest[1])
        if token is None:
            return [ActorHit(nearest[2])]
        partners = {t.i for t in token.conjuncts}
        chosen = [
            h
            for h in candidates
            if h is nearest or ((t := self._token_at(doc, h[0], h[1])) is not None and t.i in partners)
        ]
        hits: dict[str, ActorHit] = {}
        for hit in sorted(chosen, key=lambda h: h[0]):
            hits.setdefault(hit[2].id, ActorHit(hit[2]))
        return list(hits.values())

    def negated_code(self, code: str) -> str | None:
        """CAMEO codes "did not meet" as a rejection; "did not attack" (denied conflict) is no event."""
        if cameo_code(code).quad_class >= 3:
            return None
        refusal = self.codebook.modalities.get(self.codebook.negated_cooperation or "")
        return refusal.transform(code) if refusal else None

    def _phrasal_targets(self, trigger: list[Token]) -> list[ActorHit]:
        """'withdrew from East Timor', 'protested against Russia': the pattern's own preposition names the target."""
        for word in trigger[1:]:
            if word.pos_ == "ADP":
                # "out of Kosovo": a two-word preposition hangs its object one level down
                objects = children(word, {"pobj"}) + [
                    o for p in children(word, {"prep"}) for o in children(p, {"pobj"})
                ]
                hits = self.actors.of_tokens(with_conjuncts(objects))
                if hits:
                    return hits
        return []

    def located_in(self, anchor: Token) -> list[ActorHit]:
        """Actors named as where an act happens ("bombed rebel bases in northern Iraq")."""
        heads = [anchor, *children(anchor, OBJECTS)]
        heads += [o for h in heads[1:] for o in prep_objects(h, {"of"})]  # "captured the village of X in Ukraine"
        return self.actors.of_tokens([o for h in heads for o in prep_objects(h, {"in", "near", "inside"})])

    def _statement(
        self, verb: Token, code: str, sources: list[ActorHit], addressed: list[ActorHit]
    ) -> tuple[str, list[ActorHit]] | None:
        """What a bare statement ("X said ...") is coded as, if anything, and towards whom.

        - "..., officials said.": the attribution of a news item is no event of its own;
        - "X told Chen": a statement to a coded actor (010);
        - "X said Y had fired first": what Y did is coded from the complement; saying it of another country
          blames it (an accusation, 112); a complement that codes anything else carries the news alone;
        - "X said Y was ready": nothing coded in the complement, a statement about Y (010) - never about the
          speaker's own country ("Lee said Korea would ...")."""
        contents = children(verb, {"ccomp"})
        if verb.dep_ == "parataxis" or any(c.i < verb.i for c in contents):
            return None
        if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"}:
            return None  # "criticised the meeting, saying ...": the saying is how the criticism was made
        if addressed:
            return code, addressed
        own = {_country_of(s) for s in sources}
        if code[:2] == THREAT_ROOT:
            warned = self._warning(verb, code, own)
            return warned[:2] if warned is not None else None
        clauses = with_conjuncts(contents)
        contents_coded = [(c, self._content_code(c)) for c in clauses if c.pos_ in {"VERB", "AUX"}]
        contents_coded = [(c, told) for c, told in contents_coded if told is not None]
        if contents_coded:
            for clause, told in contents_coded:
                doers = [h for h in self.subjects(clause)[0] if is_coded(h.actor) and _country_of(h) not in own]
                blames = cameo_code(told).quad_class >= 3 and not (
                    is_future(clause) or is_negated(clause) or is_hypothetical(clause)
                )
                if doers and blames and any(is_coded(s.actor) for s in sources):
                    return ACCUSATION, doers
            return None
        for clause in clauses:
            if is_future(clause) and is_negated(clause) and self._own_side(clause, own):
                # "Lula said Brazil would not accept blackmail", "said the Philippines would not be driven out":
                # the speaker's side refusing, aimed at the other party of the story told so far
                adversary = self._adversary(own)
                return (REFUSAL, [adversary]) if adversary is not None else None
        about = [h for h in self._reported_subjects(verb) if _country_of(h) not in own]
        return (code, about) if about else None

    @staticmethod
    def _own(sources: list[ActorHit]) -> set[str]:
        """The countries (or families) of an act's doers."""
        return {_country_of(s) for s in sources}

    def _own_side(self, clause: Token, own: set[str]) -> bool:
        """Whether a reported clause tells of the speaker's own side ('Brazil would', 'it would', 'we will')."""
        subjects = children(clause, SUBJECTS | PASSIVE_SUBJECTS)
        if subjects and all(t.lower_ in SPEAKER_PRONOUNS for t in subjects):
            return True
        hits = self.subjects(clause)[0] or self.actors.of_tokens(children(clause, PASSIVE_SUBJECTS))
        return bool(hits) and all(_country_of(h) in own for h in hits)

    def _adversary(self, own: set[str]) -> ActorHit | None:
        """The other party of the newest earlier event that involves the speaker's country."""
        recent = [found for events in reversed(self.history[-ANTECEDENT_LOOKBACK:]) for found in reversed(events)]
        # a conflict told so far names the adversary better than a meeting or a mediation does
        conflicts = [f for f in recent if cameo_code(f.code).quad_class >= VERBAL_CONFLICT]
        for found in [*conflicts, *recent]:
            parties = [h for h in found.sources + found.targets if is_coded(h.actor)]
            if any(_country_of(h) in own for h in parties):
                others = [h for h in parties if _country_of(h) not in own]
                if others:
                    return others[0]
        return None

    def _warning(self, verb: Token, code: str, own: set[str]) -> tuple[str, list[ActorHit], Token] | None:
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
        threat = self.codebook.modalities.get("threat")
        for clause in clauses:
            subjects = self.subjects(clause)[0]
            others = [h for h in subjects if is_coded(h.actor) and _country_of(h) not in own]
            if others:
                return code, others, clause
            coded = self._content_code(clause)
            if coded is not None and threat is not None and cameo_code(coded).quad_class >= 3:
                targets = [t for t in self.objects(clause, []) if _country_of(t) not in own]
                if targets:
                    return threat.transform(coded), targets, clause
            if self._own_side(clause, own):
                # "warned that they would push for a censure resolution": a threat to the story's other party
                adversary = self._adversary(own)
                if adversary is not None:
                    return code, [adversary], clause
        return None

    def _content_code(self, clause: Token) -> str | None:
        """The code of what a reported clause says happened: its verb's own, or a framed event's."""
        coded = self.verb_code(clause)
        if coded is not None:
            return coded[0]
        modality = self.codebook.modality_of(self.codebook.verb_lemma(clause.lemma_, clause.lower_))
        inner = self._modal_complement(clause, modality) if modality else None
        if modality is not None and inner is not None:
            framed = self.verb_code(inner)
            return modality.transform(framed[0]) if framed else None
        return None

    def _reported_subjects(self, verb: Token) -> list[ActorHit]:
        """'X said Y had fired first': the saying is addressed at Y."""
        for comp in children(verb, {"ccomp"}):
            hits, _passive = self.subjects(comp)
            # a generic crowd ("people", "the media") is talked about, not talked to
            hits = [h for h in hits if h.actor.code and not h.actor.code.startswith("-")]
            if hits:
                return hits
        return []

    def _speaker(self, verb: Token) -> ActorHit | None:
        """The actor reporting ``verb`` when it sits in the complement of a speech verb."""
        token = verb
        while token.dep_ in {"ccomp", "conj"} and token.head.i != token.i:
            token = token.head
            if token.lemma_.lower() in SPEECH_VERBS:
                sources, _passive = self.subjects(token)
                return sources[0] if sources else None
        return None

    def noun_events(self, sent: Span, claimed: set[int], reactions: set[int] = frozenset()) -> list[Found]:
        """Event nouns no verb has claimed ("the talks between X and Y"); ``reactions``: the anchors of verbal
        events (statements, appeals, criticism, rejections) whose object noun is their topic."""
        found: list[Found] = []
        for noun in sent:
            if noun.pos_ not in {"NOUN", "PROPN"} or noun.i in claimed:
                continue
            if noun.dep_ == "compound":
                continue  # "riot police", "ceasefire talks": the modifier names no event of its own
            coded = self._noun_code(noun)
            if coded is None:
                continue
            code, trigger = coded
            event = self._nominal(noun, code, trigger)
            if event is None:
                continue
            claimed.add(noun.i)
            if (
                not event.targets
                and "partaking" not in event.notes
                and ((noun.dep_ == "pobj" and not children(noun, {"poss"})) or self._reacted_to(noun, reactions))
            ):
                # "talks on the second phase of the Gaza ceasefire", "China condemned new U.S. export controls":
                # an act named in passing, with no party it is aimed at, is the topic of another event
                # (one owned outright is told as background: "since China's ban")
                continue
            found.append(event)
        return found

    def _reacted_to(self, noun: Token, reactions: set[int]) -> bool:
        """Whether the noun is what a verbal reaction coded in the sentence is about ('condemned the controls')."""
        verb = self._governing_verb(noun)
        return verb is not None and verb.i in reactions

    def _non_event_compound(self, noun: Token) -> bool:
        """Whether a modifier makes the noun no event by the codebook's null compounds ("a typhoon warning")."""
        forms = {noun.lemma_.lower(), noun.lower_}
        return any(
            (mod.lemma_.lower(), form) in self.codebook.non_event_compounds
            for mod in children(noun, {"compound", "amod"})
            for form in forms
        )

    def _noun_code(self, noun: Token) -> tuple[str, list[Token]] | None:
        """(code, trigger) of an event noun, a modifier first ("phone talks"), else None."""
        lemma = noun.lemma_.lower()
        if self._non_event_compound(noun):
            return None  # "a typhoon warning"
        for mod in children(noun, {"compound", "amod"}):
            code = self.codebook.compounds.get((mod.lemma_.lower(), lemma))
            if code:
                return code, [mod, noun]
        code = self.codebook.nouns.get(lemma) or self.codebook.nouns.get(noun.lower_)
        return (code, [noun]) if code else None

    def refused_events(self, sent: Span, claimed: set[int]) -> list[Found]:
        """'Israel is opposed to French mediation': a refusal of an event noun is one event, the refusal of
        that event to its owner; the refusing verb is not coded again on its own (as a plain 'oppose')."""
        found: list[Found] = []
        for noun in sent:
            if noun.pos_ not in {"NOUN", "PROPN"} or noun.i in claimed:
                continue
            coded = self._noun_code(noun)
            if coded is None:
                continue
            event = self._refused(noun, self._governing_verb(noun), *coded)
            if event is not None:
                claimed.update(t.i for t in event.trigger)
                found.append(event)
        return found

    def _nominal(self, noun: Token, code: str, trigger: list[Token]) -> Found | None:
        verb = self._governing_verb(noun)
        if verb is not None and self._non_event_verb(verb):
            return None  # "postponed the talks", "planned a visit", "put off the visit": not (yet) an event
        if any(c.lower_ in {"planned", "proposed", "possible", "future"} for c in noun.children if c.dep_ == "amod"):
            return None
        if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in self.codebook.non_event_heads:
            return None  # "called for the lifting of sanctions", "the threat of war"
        refused = self._refused(noun, verb, code, trigger)
        if refused is not None:
            return refused
        conflict = cameo_code(code).quad_class >= 3
        between = self.actors.of_tokens(prep_objects(noun, {"between", "among"}))
        if len(between) >= 2 and code.startswith(MEDIATION) and verb is not None:
            # "Qatar launched a mediation effort between X and Y": the mediator acts on both parties
            mediators = [h for h in self.subjects(verb)[0] if all(h.key != b.key for b in between)]
            if mediators:
                return Found(code, noun, trigger, mediators, between, nominal=True, notes=["between"])
        if len(between) >= 2:
            return Found(code, noun, trigger, between[:1], between[1:2], nominal=True, notes=["between"])
        # owners and modifiers: "China's ban", "Chinese sanctions", "the Xi-Lee summit", "a visit by Lee"
        owners: list[ActorHit] = []
        for mod in noun.children:
            if mod.dep_ in {"poss", "compound", "amod", "nmod"} and mod.i < noun.i:
                hit = self.actors.of_token(mod, follow_owner=False)
                if hit and all(hit.key != o.key for o in owners):
                    owners.append(hit)
        of_actors = self.actors.of_tokens(prep_objects(noun, {"of"}))
        # "the withdrawal of Russian forces from Ukraine": who leaves is named by "of", "from" is the place left
        leaving = code.startswith(LEAVING) and bool(of_actors)
        owners += [
            h
            for h in self.actors.of_tokens(prep_objects(noun, ("by",) if leaving else ("by", "from")))
            if all(h.key != o.key for o in owners)
        ]
        targets = self.actors.of_tokens(prep_objects(noun, TARGET_PREPS))
        if not targets:
            # "a suspension of air links with Serbia", "the closure of its border with Iran": the thing acted on
            # names the other party
            targets = self.actors.of_tokens(
                [t for o in prep_objects(noun, {"of"}) for t in prep_objects(o, TARGET_PREPS)]
            )
        if noun.lemma_.lower() in self.codebook.patient_nouns and owners and of_actors:
            # "Japan's expulsion of two Chinese diplomats": the one expelled is named by "of", so the owner does it
            targets = of_actors + [t for t in targets if t not in of_actors]
        elif noun.lemma_.lower() in self.codebook.patient_nouns:
            # "the teachers' arrests": the owner suffers the act; the doer must be named ("by police")
            targets = [o for o in owners if o not in targets] + targets + of_actors
            owners = self.actors.of_tokens(prep_objects(noun, {"by"}))
        elif leaving:
            owners = of_actors + [o for o in owners if all(o.key != a.key for a in of_actors)]
            targets = targets or self.actors.of_tokens(prep_objects(noun, {"from"}))
        elif of_actors:
            # "the invasion of Kuwait" names the victim; "the visit of President X" the visitor
            (targets if conflict else owners).extend(of_actors)
        sources = owners[:1]
        negated = False
        if verb is not None and noun.head.lower_ == "under" and not targets:
            # "the army came under attack from Hezbollah": the subject suffers it
            targets = [t for t in self.subjects(verb)[0] if all(t.key != s.key for s in sources)]
        # "At the meeting, Xi said ...": a bare reference to an event told before is not a new event;
        # the governing verb's subject owns the event only when the noun names its counterpart ("a meeting with Chen")
        partaking = verb is not None and self._stative(verb) and noun.head.head.i == verb.i
        if not sources and verb is not None and (targets or partaking):
            # ("Serb forces were engaged in ethnic cleansing": who takes part in it does it, named party or not)
            subjects, passive = self.subjects(verb)
            sources = [] if passive else subjects
        if verb is not None and is_negated(verb, self.codebook.denial_verbs):
            # "did not attend the talks with China"
            negated, code = True, self.negated_code(code) or ""
            if not code:
                return None
        if len(owners) > 1 and not targets:
            targets = owners[1:]
        if not sources:
            return None
        keys = {s.key for s in sources}
        targets = [t for t in targets if t.key not in keys]
        notes = ["partaking"] if partaking else []
        return Found(code, noun, trigger, sources, targets, negated=negated, nominal=True, notes=notes)

    def _non_event_verb(self, verb: Token) -> bool:
        """Whether the verb, or the verb with its particle ("put off"), keeps its object event from happening."""
        lemma = self.codebook.verb_lemma(verb.lemma_, verb.lower_)
        phrases = [lemma, *(f"{lemma} {p.lower_}" for p in children(verb, {"prt"}))]
        return any(phrase in self.codebook.non_event_verbs for phrase in phrases)

    def _refused(self, noun: Token, verb: Token | None, code: str, trigger: list[Token]) -> Found | None:
        """'Israel is opposed to French mediation', 'Iran rejected the Japanese offer of talks': an event noun
        under a verb or adjective of refusal is refused, by the refuser, to the event's owner."""
        refusal = self.codebook.modalities.get("refusal")
        # (a refused demand is a rejection too; refusing an attack or a threat is not coded as one)
        if verb is None or refusal is None or (cameo_code(code).quad_class >= 3 and code[:2] != DEMAND_ROOT):
            return None
        chain = [noun.head] if noun.dep_ in {"dobj", "pobj"} else []
        if chain and chain[0].dep_ == "prep":
            chain.append(chain[0].head)  # "opposed to", "objected to"
        if chain and chain[-1].dep_ == "xcomp" and chain[-1].pos_ == "VERB" and self.verb_code(chain[-1]) is None:
            # "refused to respond to a demand from the US": refusing to take up the event refuses it
            chain.append(chain[-1].head)
        refuser = next((t for t in chain if t.lemma_.lower() in refusal.verbs), None)
        if refuser is None:
            return None
        frame = refuser if refuser.pos_ in {"VERB", "AUX"} else verb
        if frame.dep_ == "acomp":
            frame = frame.head  # "Israel is opposed to ...": the subject is the copula's
        sources, passive = self.subjects(frame)
        owners = [c for c in noun.children if c.dep_ in {"poss", "amod", "compound"} and c.i < noun.i]
        targets = self.actors.of_tokens(owners + prep_objects(noun, ("by", "from", "of")))
        if passive or not sources or not targets:
            return None
        keys = {h.key for h in sources}
        targets = [t for t in targets if t.key not in keys]
        if not targets:
            return None
        negated = is_negated(frame, self.codebook.denial_verbs)
        if negated:
            return None  # "did not oppose the mediation" is no event we code
        return Found(refusal.transform(code), noun, [refuser, *trigger], sources, targets, nominal=True)

    def _governing_verb(self, noun: Token) -> Token | None:
        """'Lee opened the visit with a meeting with Chen': the verb the event noun hangs from (its subject owns it)."""
        token = noun
        while token.dep_ in {"pobj", "prep", "dobj", "attr", "conj", "appos"} and token.head.i != token.i:
            token = token.head
            if token.pos_ in {"VERB", "AUX"}:
                return token
        return None

    def at_home(self, found: Found, sent: Span) -> None:
        """In a sentence that names one country only, a role without country ("police", "the opposition")
        belongs to it, as an analyst reads "Egyptian police dispersed demonstrators"; and a protest that names
        no target is aimed at that country's own authorities (CAMEO's domestic protest)."""
        country = self.actors.only_country(sent.start_char, sent.end_char)
        if country is None or found.code.startswith("01"):
            return  # (whom a statement is made to or about is not settled by where it is made)
        # A person acting is left alone: an unplaced leader is as often the foreign counterpart's host or rival
        # ("President X welcomed the South African leader"); a person acted upon by that country's own people
        # is theirs ("rebels in the Ivory Coast dismissed an appeal from the President").
        # A group named by a people or faith of its own ("Arab leaders", "Kurdish farmers") is not placed either.
        peoples = [t for t in sent if t.ent_type_ == "NORP"]
        found.sources = [
            h if h.actor.kind == "person" or self._named_by_people(h, peoples) else self.actors.at_home(h, country)
            for h in found.sources
        ]
        domestic = any((h.actor.code or "").startswith(country) for h in found.sources)
        found.targets = [
            h
            if (h.actor.kind == "person" and not domestic) or self._named_by_people(h, peoples)
            else self.actors.at_home(h, country)
            for h in found.targets
        ]
        if found.code[:2] == "14" and not found.targets and found.sources:
            home = self.actors.home_of(sent.start_char, sent.end_char, country, {h.key for h in found.sources})
            if home is not None:
                found.targets = [home]

    def protest_kind(self, found: Found) -> None:
        """'The government protested': a protest by officials is an official complaint (114); by a crowd
        (students, workers, the opposition) a demonstration (141). Decided by the doers' roles; a bare
        country or a mixed lot keeps the codebook's general protest."""
        if found.code != GENERAL_PROTEST or not found.sources:
            return
        roles = {(h.actor.code or "")[3:6] for h in found.sources}
        if roles <= self.linking.official_roles:
            found.code = OFFICIAL_PROTEST
        elif roles <= self.linking.crowd_roles:
            found.code = DEMONSTRATION

    @staticmethod
    def _named_by_people(hit: ActorHit, peoples: list[Token]) -> bool:
        """Whether one of the actor's mentions holds or is modified by a people's or faith's name ("Arab")."""
        return any(
            m.start <= t.idx < m.end or (t.dep_ in {"amod", "compound"} and m.start <= t.head.idx < m.end)
            for m in hit.actor.mentions
            for t in peoples
        )

    def demanded_contents(self, sent: Span, claimed: set[int]) -> list[Found]:
        """'reiterated its demand that Israel ease restrictions', 'a call for Japan to withdraw': what an appeal
        or demand noun asks for is not done; the whole is the appeal or demand, aimed at the one asked."""
        found: list[Found] = []
        for noun in sent:
            code = self.codebook.nouns.get(noun.lemma_.lower())
            modality = self.codebook.modalities.get({"02": "appeal", "10": "demand"}.get((code or "")[:2], ""))
            if noun.pos_ != "NOUN" or modality is None:
                continue
            clauses = [c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"}]
            if noun.dep_ in OBJECTS:
                # "reiterated its demand today that Israel ease ...": the parser hangs the clause on the verb
                clauses += [
                    c for c in noun.head.children if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)
                ]
            inner = next((c for c in clauses if c.pos_ in {"VERB", "AUX"}), None)
            if inner is None or any(
                c.dep_ == "mark" and c.lower_ in {"which", "that"} and c.i > inner.i for c in inner.children
            ):
                continue
            if any(c.dep_ in OBJECTS and c.lower_ in {"which", "that"} for c in inner.children):
                continue  # "the demand that he rejected": a relative clause about the demand, not its content
            coded = self.verb_code(inner)
            asked = self.actors.of_tokens(children(inner, SUBJECTS))
            if coded is None or not asked:
                continue
            claimed.update({noun.i, inner.i})
            owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            verb = self._governing_verb(noun)
            sources = self.actors.of_tokens(owners) or (self.subjects(verb)[0] if verb is not None else [])
            if not sources:
                continue
            event = Found(modality.transform(coded[0]), noun, [noun, *coded[1]], sources, asked, nominal=True)
            found.append(event)
        return found

    def extract(self, sent: Span) -> list[Found]:
        claimed: set[int] = set()
        self._current = []
        events = self.demanded_contents(sent, claimed)
        events += self.refused_events(sent, claimed)
        events += self.verb_events(sent, claimed)
        reactions = {f.anchor.i for f in events if f.code[:2] in VERBAL_ROOTS}
        events += self.noun_events(sent, claimed, reactions)
        for found in events:
            self.protest_kind(found)
            self.at_home(found, sent)
        self.history.append(events)
        return events
