"""Which of the article's actors a token of the parse refers to (via the actors stage's mention offsets)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...model import Actor, ActorRef
from ..actors.lexicon import read_link_words
from .epithets import ANY, PLAIN_LOOKBACK, PROPERTY_LOOKBACK, epithet_properties, read_epithets, sentences_before

# Pronouns that refer back to a person; "it"/"they" are too often things or crowds to resolve blindly.
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
# Possessives that make a generic group someone's own: "put its troops on alert".
_OWN_PRONOUNS = {"its", "their", "our", "his", "her"}
# Prepositions through which a noun names who it belongs to: "the delegation of China", "officials from Japan".
_OWNER_PREPS = {"of", "from", "for"}
# Prepositions through which a group of people is placed in a country: "rebels in the Ivory Coast",
# "students throughout Indonesia", "workers across France", "officials from Japan".
_HOME_PREPS = {"in", "throughout", "across", "from", "of", "inside"}


# Clause links by which a clause hangs from another whose subject a subject pronoun of it most often means: "Hiart
# told television, as he blasted the government", "the marines were on leave when they raped", "Denmark drew
# criticism after it announced".
_GOVERNED_CLAUSES = {"advcl", "conj", "ccomp", "xcomp", "relcl", "acl", "pcomp"}
# Dependencies of what may stand before a subject pronoun that still opens its clause ("However, up until now it
# has been allowing ...").
_FRONTED = {"advmod", "prep", "npadvmod", "punct", "cc", "advcl", "mark", "intj"}
# Actor kinds an "it" may stand for.
_BODY_KINDS = {"country", "government", "organisation", "city"}
_RELATIVE = {"who", "which", "that"}
# Quotation marks as the parser tokenises them: straight, curly, and the PTB-style pairs of wire text.
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _pronoun_kind(word: str) -> str | None:
    """'person', 'body' or 'plural': what a subject pronoun may stand for (link_words.tsv), else None."""
    lists = read_link_words()
    for kind in ("person", "body", "plural"):
        if word in lists.get(f"{kind}_pronoun", frozenset()):
            return kind
    return None


def _subjects(verb: Token) -> list[Token]:
    """The active subjects of a verb with their conjuncts; a relative pronoun stands for the noun its clause
    hangs from."""
    found = []
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
            child = verb.head
        found += [child, *child.conjuncts]
    return found


def _opens_clause(pronoun: Token) -> bool:
    """Whether only adverbials stand before the pronoun in its clause ("However, up until now it has ...")."""
    verb = pronoun.head
    return all(c.dep_ in _FRONTED for c in verb.children if c.i < pronoun.i)


def _empty_it(pronoun: Token) -> bool:
    """'It seems', 'it is difficult', 'it emerged that': an "it" that stands for nothing."""
    return pronoun.lower_ == "it" and pronoun.head.lemma_.lower() in read_link_words().get("empty_it", frozenset())


def salient_subjects(pronoun: Token) -> list[list[Token]]:
    """Where a subject pronoun's antecedent is most likely: the subject of the nearest clause with one that its own
    clause hangs from; else, for a pronoun that opens its sentence's main clause, the subject of the main verb of the
    sentence before (not across a quote). A pronoun of a clause reported by another speaker ('"they agreed", said
    Wort') goes no further than its own sentence."""
    clause = pronoun.head
    while clause.dep_ in _GOVERNED_CLAUSES and clause.head.i != clause.i:
        verb = clause.head
        subjects = _subjects(verb) if verb.pos_ in {"VERB", "AUX"} else []
        if subjects:
            # (the nearest clause with a subject only: "before it managed to free itself, the daily Iran said" is
            # not the daily's)
            return [_addressees(verb, clause, pronoun) or subjects]
        clause = verb
    if pronoun.head.dep_ == "ROOT" and _opens_clause(pronoun) and pronoun.sent.start > 0:
        before = pronoun.doc[pronoun.sent.start - 1].sent
        if not quoted(before) and not quoted(pronoun.sent):
            return [_subjects(before.root)]
    return []


def _addressees(verb: Token, clause: Token, pronoun: Token) -> list[Token]:
    """Whom a request asks to act, where a pronoun's clause tells that act: 'pressed North and South Korea to ensure
    that they reopen talks' (the clause asked for), 'urged the rebels to disarm, saying they should negotiate' (a
    clause beside the request saying what they must do). Else none: 'urged Iran to act, saying it had waited'."""
    words = read_link_words()
    if verb.lemma_.lower() not in words.get("request", frozenset()):
        return []
    obliged = any(
        w.lower_ in words.get("obligation", frozenset()) or w.lemma_.lower() in words.get("obligation", frozenset())
        for w in [pronoun.head, *pronoun.head.children]
        if w.i == pronoun.head.i or w.dep_ == "aux"
    )
    # (the parser often hangs "to ensure" as an adverbial clause: an infinitive after the one asked is what is asked)
    asked_for = clause.dep_ == "xcomp" or (
        clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )
    if not asked_for and not (clause.dep_ in {"conj", "advcl"} and obliged):
        return []
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    # ("called on the rebels to ...": the one asked is the object of "on")
    asked += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
    return [t for a in asked[:1] for t in (a, *a.conjuncts)]


def quoted(sentence: Span) -> bool:
    """A sentence with a quotation mark: a quote's "they" is the speaker's to mean, not the story's last subject."""
    return any(t.text in QUOTE_MARKS for t in sentence)


# Codes of international and non-governmental bodies: no one's home country.
FAMILIES = {"IGO", "NGO", "IMG", "MNC"}


def _country(actor: Actor) -> str | None:
    """The three-letter country of a coded actor ("KORGOV" -> "KOR"), None for roles without country."""
    code = actor.code or ""
    if not code or code.startswith("-"):
        return None
    return code[:3]


@dataclass(frozen=True)
class ActorHit:
    actor: Actor
    placed: bool = False  # the country was settled by this event's sentence, not by the actors stage
    from_place: bool = False  # a country known only as a place's ("arrived in Hanoi"): no actor to point at
    people: bool = False  # people named by the country's demonym ("Croatian extremists"), not the state itself

    def ref(self) -> ActorRef:
        return ActorRef(name=self.actor.name, code=self.actor.code, actor=None if self.from_place else self.actor.id)

    @property
    def key(self) -> str:
        return f"{self.actor.id}:people" if self.people else self.actor.id


def _kind_fits(hit: ActorHit, kind: str) -> bool:
    """A person for "he"/"she", a state or body for "it", anyone but a lone person for "they"."""
    if kind == "person":
        return hit.actor.kind == "person"
    if kind == "body":
        return hit.actor.kind in _BODY_KINDS
    return True


def mention_heads(hit: ActorHit, sent: Span) -> list[Token]:
    """The head words of an actor's mentions in a sentence."""
    doc = sent.doc
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in hit.actor.mentions]
    return [s.root for s in spans if s is not None and len(s) and sent.start <= s.root.i < sent.end]


def country_of(hit: ActorHit) -> str:
    """The first three letters of an actor's code: its country, or its family ("IGO") for organisations."""
    return (hit.actor.code or "")[:3]


def side_of(code: str | None) -> str:
    """The side an actor code stands for in a story: its country, or the organisation itself ('IGOUNO', not every
    organisation as one 'IGO')."""
    code = code or ""
    return code[:6] if code[:3] in {"IGO", "NGO"} else code[:3]


# Role codes of a state's own organs: its government, forces, police and intelligence services.
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY"})
# A state's own side (a bare country or one of its organs) and the sides that fight or oppose it at home.
STATE_SIDE_ROLES = STATE_ORGANS | {""}
CHALLENGER_ROLES = frozenset({"REB", "INS", "SEP", "OPP", "UAF"})


def same_state(first: ActorHit, second: ActorHit) -> bool:
    """'Russia' and the Russian government, its army or police: one state's own side, whose acts it owes itself."""
    roles = {(first.actor.code or "")[3:6], (second.actor.code or "")[3:6]}
    return country_of(first) == country_of(second) and roles <= STATE_SIDE_ROLES


def opposed_sides(first: ActorHit, second: ActorHit) -> bool:
    """'Rebels and government troops clashed in Chad': a state's side and its challengers at home are two sides."""
    roles = {(first.actor.code or "")[3:6], (second.actor.code or "")[3:6]}
    return len(roles) == 2 and bool(roles & STATE_SIDE_ROLES) and bool(roles & CHALLENGER_ROLES)


class ActorIndex:
    """Actor mentions of one article sorted by offset, for span lookups."""

    def __init__(self, actors: list[Actor]) -> None:
        spans = [(m.start, m.end, a) for a in actors for m in a.mentions]
        spans.sort(key=lambda s: (s[0], s[1]))
        self._spans = spans
        self._starts = [s[0] for s in spans]

    def __bool__(self) -> bool:
        return bool(self._spans)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, Actor]]:
        hits = []
        for i in range(bisect_right(self._starts, end) - 1, -1, -1):
            s, e, actor = self._spans[i]
            if e <= start and s < start - 200:  # mentions are short; stop scanning far to the left
                break
            if s < end and e > start:
                hits.append(self._spans[i])
        return hits

    def mentioned_between(self, start: int, end: int) -> list[tuple[int, int, Actor]]:
        """The mentions that begin between two offsets, in text order."""
        return self._spans[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def named(self, text: str) -> Actor | None:
        """The actor one of whose mentions reads exactly ``text`` ("Lee" named elsewhere in the article)."""
        for _s, _e, actor in self._spans:
            if any(m.text == text for m in actor.mentions):
                return actor
        return None

    def last_person_before(self, offset: int) -> Actor | None:
        for s, _e, actor in reversed(self._spans[: bisect_right(self._starts, offset)]):
            if s < offset and actor.kind == "person":
                return actor
        return None

    def of_token(self, token: Token, *, follow_owner: bool = True) -> ActorHit | None:
        """The actor a noun phrase headed by ``token`` names, if any.

        The mention covering the head wins ("President Xi"); otherwise one inside the phrase's left part
        ("China's decision", "the Chinese side"), then an owner ("the delegation of China").
        """
        head_start, head_end = token.idx, token.idx + len(token)
        hits = self.overlapping(head_start, head_end)
        if hits:
            hit = ActorHit(max(hits, key=lambda h: h[1] - h[0])[2])
            if (hit.actor.code or "-").startswith("-") and any(
                c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS for c in token.children
            ):
                return None  # "its troops", "their police": the doer's own people, no other party
            hit = self._placed(token, hit)
            if hit.actor.code or not follow_owner:
                return hit
            # "a spokesman for the Chinese foreign ministry": an uncoded person speaks for a coded owner
            return self._owner(token) or hit
        left = token.left_edge.idx
        hits = self.overlapping(left, head_end)
        if hits:
            actor = max(hits, key=lambda h: h[1])[2]  # the modifier nearest the head
            # "Croatia is investigating crimes by Croatian extremists": a plural of people named by a country's
            # demonym is a party of that country, not the state ("Croatian" alone is the actor's mention)
            people = actor.kind == "country" and token.tag_ == "NNS" and token.pos_ == "NOUN"
            return ActorHit(actor, people=people)
        # "the Iraqi foreign minister, Tariq Aziz, ...": the apposition names who it is
        for child in token.children:
            if child.dep_ == "appos":
                hits = self.overlapping(child.left_edge.idx, child.idx + len(child))
                if hits:
                    return ActorHit(max(hits, key=lambda h: h[1])[2])
        antecedents = self.antecedents(token)
        if antecedents:
            return antecedents[0]
        if token.lower_ in _PERSON_PRONOUNS:
            person = self.last_person_before(token.idx)
            if person is not None:
                return ActorHit(person)
        epithet = self.epithet_state(token)
        if epithet is not None:
            return epithet
        return self._owner(token) if follow_owner else None

    def epithet_state(self, token: Token) -> ActorHit | None:
        """The state an epithet ('the kingdom', 'the former Soviet republic') headed by ``token`` stands for: the
        newest state named before it that fits (``epithets``), if no state of its own sentence fits and the newest
        sentence naming one that fits names only that one."""
        properties = epithet_properties(token)
        if properties is None or quoted(token.sent):
            return None
        lexicon = read_epithets()
        sentence = token.sent
        if any(lexicon.fits(c, properties) for c in self.states(sentence.start_char, sentence.end_char)):
            return None  # (the act's other party, or the epithet's own state named beside it)
        lookback = PLAIN_LOOKBACK if properties <= {ANY} else PROPERTY_LOOKBACK
        for before in sentences_before(token, lookback):
            fitting = [c for c in self.states(before.start_char, before.end_char) if lexicon.fits(c, properties)]
            if fitting:
                return self.state_party(fitting[0], before) if len(set(fitting)) == 1 else None
        return None

    def states(self, start: int, end: int) -> list[str]:
        """The states whose coded actors are named between two offsets, in text order (organisations and
        roles with no country left out)."""
        found = [_country(actor) for _s, _e, actor in self.overlapping(start, end)[::-1]]
        return [c for c in found if c is not None and len(c) == 3 and c not in FAMILIES and not c.startswith("-")]

    def state_party(self, country: str, sentence: Span) -> ActorHit | None:
        """A state as a party: the article's actor for the country itself, else its actor named in ``sentence``."""
        named = self.country_named(country)
        if named is not None:
            return named
        for _s, _e, actor in self.overlapping(sentence.start_char, sentence.end_char)[::-1]:
            if _country(actor) == country and actor.kind != "person":
                return ActorHit(actor)
        return None

    def antecedents(self, pronoun: Token) -> list[ActorHit]:
        """The actors a subject pronoun the actors stage left unresolved stands for: the nearest salient
        subject (``salient_subjects``) of its kind, a person for "he", a state or body for "it", a group or several
        parties for "they"."""
        kind = _pronoun_kind(pronoun.lower_)
        if kind is None or pronoun.dep_ not in {"nsubj", "nsubjpass"} or _empty_it(pronoun):
            return []
        for subjects in salient_subjects(pronoun):
            # (a pronoun subject only where the actors stage resolved it: no chains of guesses)
            fitting = [
                s
                for s in subjects
                if s.i != pronoun.i
                and (s.pos_ != "PRON" or self.overlapping(s.idx, s.idx + len(s)))
                and self._fits(s, kind, subjects)
            ]
            hits = [h for h in (self.of_token(s, follow_owner=False) for s in fitting) if h is not None]
            # (an uncoded person too: "Hiart told television as he blasted X" is Hiart's, whoever else was named)
            hits = [h for h in hits if _kind_fits(h, kind)]
            if hits:
                return hits if kind == "plural" else hits[:1]
        return []

    @staticmethod
    def _fits(subject: Token, kind: str, subjects: list[Token]) -> bool:
        """Whether a subject phrase agrees in number with a pronoun of ``kind``."""
        plural = subject.tag_ in {"NNS", "NNPS"} or len(subjects) > 1
        return plural if kind == "plural" else not plural

    def _placed(self, token: Token, hit: ActorHit) -> ActorHit:
        """A role without a country ("---EDU" students) takes the country its own phrase places it in:
        "students throughout Indonesia" -> IDNEDU. The actors stage left the country open; the phrase
        settles it for this event only (the actor keeps its id, the reference gets the country)."""
        code = hit.actor.code or ""
        if not code.startswith("---"):
            return hit
        # "newspapers based in Beirut", "troops stationed in Kosovo": the place hangs one clause down
        holders = [token, *(c for c in token.children if c.dep_ == "acl")]
        places = [
            o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in _HOME_PREPS for o in p.children
        ]
        places += [c for c in token.children if c.dep_ in {"compound", "amod", "poss", "nmod"} and c.i < token.i]
        for place in places:
            for _s, _e, other in self.overlapping(place.idx, place.idx + len(place)):
                country = other.country or (other.code or "")[:3]
                if other.id != hit.actor.id and country and not country.startswith("-") and len(country) == 3:
                    return self.at_home(hit, country)
        return hit

    @staticmethod
    def at_home(hit: ActorHit, country: str) -> ActorHit:
        """The role ``hit`` ("---GOV", "---OPP") placed in ``country`` for one event; coded actors keep theirs."""
        code = hit.actor.code if hit.actor.code is not None else "---"  # an uncoded group or party: no role
        if not code.startswith("---"):
            return hit
        return ActorHit(hit.actor.model_copy(update={"code": country + code[3:], "country": country}), placed=True)

    def countries(self, start: int, end: int) -> set[str]:
        """The countries (or families) of the coded actors between two offsets."""
        return {c for _s, _e, actor in self.overlapping(start, end) if (c := _country(actor)) is not None}

    def only_country(self, start: int, end: int) -> str | None:
        """The one country every coded actor between two offsets belongs to (a domestic sentence), else None."""
        countries = self.countries(start, end)
        if len(countries) != 1:
            return None
        (country,) = countries
        return None if country[:3] in FAMILIES else country

    def country_named(self, country: str) -> ActorHit | None:
        """The article's actor that is the country itself ("Vietnam"), if it names one."""
        for _s, _e, actor in self._spans:
            if actor.code == country:
                return ActorHit(actor)
        return None

    def organ_countries(self, role: str) -> set[str]:
        """The countries whose organ of ``role`` ("JUD": "a Singapore court") the article names anywhere (a body, not
        a person: "a judge in London" may hear a case tried elsewhere)."""
        codes = {actor.code or "" for _s, _e, actor in self._spans if actor.kind != "person"}
        return {c[:3] for c in codes if c[3:6] == role and c[:3] not in FAMILIES and not c.startswith("-")}

    def home_of(self, start: int, end: int, country: str, besides: set[str]) -> ActorHit | None:
        """The country itself or its government, named between two offsets: who a domestic protest is aimed at."""
        for _s, _e, actor in self.overlapping(start, end):
            if actor.id not in besides and actor.code in {country, country + "GOV"}:
                return ActorHit(actor)
        return None

    def _owner(self, token: Token) -> ActorHit | None:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return self.of_token(obj, follow_owner=False)
        return None

    def modifier_names_a_party(self, token: Token) -> bool:
        """'the two Indian diplomats', 'his Turkish and Cypriot counterparts': a modifier of the noun names a coded
        party, whose people they are."""
        for child in token.children:
            # (not a pronoun: "its navy" is the doer's own)
            if child.dep_ in {"amod", "compound", "poss", "nmod"} and child.pos_ != "PRON":
                hit = self.of_token(child, follow_owner=False)
                if hit is not None and not (hit.actor.code or "-").startswith("-"):
                    return True
        return False

    def of_tokens(self, tokens: list[Token]) -> list[ActorHit]:
        """Actors of several coordinated phrases, without repeats, in text order."""
        found: dict[str, ActorHit] = {}
        for token in tokens:
            # ("they" after "the government's supporters and the opposition": both)
            unresolved = not self.overlapping(token.idx, token.idx + len(token))
            plural = self.antecedents(token) if unresolved and _pronoun_kind(token.lower_) == "plural" else []
            for hit in plural or [self.of_token(token)]:
                if hit is not None:
                    found.setdefault(hit.key, hit)
        return list(found.values())
