"""Find every actor-like phrase of a parsed article, in text order, before any linking.

Each :class:`Candidate` is one mention: a named person, an organisation, a country, a capital used
for its government, a generic agent ("Indian police", "the ministry"), a definite title ("the
president") or a pronoun. :mod:`.link` then decides which candidates are the same actor.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .cities import BIG_CITY, city_country, place_country
from .lexicon import (
    ActorLexicon,
    Entry,
    RoleWord,
    read_context_names,
    read_link_words,
    read_name_places,
    read_people_nouns,
    read_person_cues,
    read_place_nouns,
)
from .matcher import Match, PhraseIndex, Words, indexes_for
from .phrases import TITLE_FILLERS, Description, Tokens, combined_role, describe, state_owner, surface_extent
from .spelling import misspelt_names
from .variants import region_groups_in, variant_names

LOCATIVE = frozenset(
    {"in", "at", "near", "into", "to", "from", "across", "outside", "inside", "through", "throughout", "around"}
)
NOT_ACTOR_ENTITIES = frozenset(
    {"EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}
)
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "madam"})
PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
# "pro-Russian", "anti-American"; "Iran-backed", "Saudi-funded": a side taken, a backer; "Russian-speaking
# residents", "Portuguese-speaking countries": a language, not the people's state; "Serb-controlled territory": who
# holds the place the phrase names, no party of it
SIDE_PREFIXES = frozenset({"pro", "anti"})
BACKED_WORDS = frozenset(
    {
        "backed",
        "sponsored",
        "supported",
        "funded",
        "armed",
        "allied",
        "aligned",
        "trained",
        "friendly",
        "leaning",
        "speaking",
        "controlled",
    }
)
# mentions an "it" may refer to
STATE_LIKE_KINDS = frozenset({"country", "government", "organisation", "city"})
# clauses whose "it" is resolved here: relative and adverbial ("positions it seized", "after it
# entered"); "X said it would ..." is the speaker's own clause, which the events stage reads
IT_CLAUSES = frozenset({"relcl", "advcl"})
GOVERNMENT_HEADS = frozenset({"government", "administration", "regime", "authorities", "cabinet", "junta"})
# a capital stands for its government where an actor would stand: subject, object, possessor,
# or after prepositions of interaction ("talks with Beijing"), not of place ("in Beijing")
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "poss", "agent", "dative"})
ACTOR_PREPOSITIONS = frozenset({"with", "against", "between", "by", "toward", "towards", "on", "from", "and"})
# verbs whose 'to' phrase names the party an act is addressed to ("apologised to Seoul", "sold jets to
# Taipei", "appealed to Moscow"); after other verbs 'to' is mostly a destination ("was whisked to Tirana")
RECIPIENT_VERBS = frozenset(
    {
        "apologise", "apologize", "write", "sell", "give", "hand", "offer", "explain", "complain", "appeal",
        "talk", "speak", "say", "report", "submit", "pledge", "promise", "lend", "cede", "reply", "respond",
        "propose", "suggest", "protest", "signal", "convey", "grant", "turn", "yield", "surrender",
        "concede", "object", "pay", "owe", "supply", "provide", "announce", "declare", "express",
        "issue", "present", "address", "extend", "relay", "pass", "leak", "confess", "admit",
    }
)  # fmt: skip
NAME_LINK_CHARS = re.compile(r"[^a-z]")
# "troops loyal to X", "militias allied to X": whose side a group is on
LOYAL_WORDS = frozenset({"loyal", "allied", "answerable", "affiliated"})
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBORDINATORS = frozenset({"after", "before", "since", "until", "as", "because", "while", "once"})
# "thousands of Nigerians", "a crowd of Kenyans": a quantity of a people is a crowd of civilians
CROWD_WORDS = frozenset(
    {"thousands", "hundreds", "dozens", "scores", "millions", "tens", "crowd", "crowds", "group", "groups", "hundred"}
)
CROWD_ADJECTIVES = frozenset({"young", "angry", "ordinary", "jubilant", "furious", "frustrated", "many"})


@dataclass
class Candidate:
    start: int  # token span of the mention
    end: int
    kind: str  # person, organisation, country, government, group, title, pronoun
    name: str
    country: str | None = None
    role: str | None = None
    title: str | None = None
    code: str | None = None
    entry: Entry | None = None  # the lexicon entry that named it, if any
    name_start: int | None = None  # persons: where the name (after the title) begins
    definite: bool = False
    plural: bool = False
    head_word: str | None = None  # agents: the role word that heads the phrase
    place_country: str | None = None  # the one country the sentence places its events in, if any
    venue_country: str | None = None  # the one country of the sentence's meeting or visit, if any
    sentence_place: str | None = None  # the one country of all the sentence's locative phrases
    country_source: str = "text"  # or "office_holders" when only the data gives the country
    antecedent: int | None = None  # "it": first token of the mention it refers to
    owner: int | None = None  # "supporters of X", "troops loyal to X": first token of X's mention


def name_key(name: str) -> str:
    """'Lee Jae Myung' and 'Lee Jae-myung' are one person: compare letters only."""
    return NAME_LINK_CHARS.sub("", name.lower())


def name_parts(name: str) -> set[str]:
    return {part for part in re.split(r"[\s\-]+", name.lower()) if part}


def _counted(token: Token) -> bool:
    """A country's name counted as the head of its phrase ("5,500 US were stationed", "some 300 US"):
    that many of its people. Not a modifier ("5,500 US troops", "5,500 US dollars")."""
    if token.dep_ in {"compound", "amod", "nmod"} or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    # a year is no count: "in 2003 US forces"
    return before.like_num and before.text[:1].isdigit() and before.ent_type_ not in {"DATE", "TIME"}


def _in_actor_position(token: Token) -> bool:
    if token.dep_ == "compound":
        # "the Beijing Olympics", "the Gyeongju meeting": a modifier of a thing; but "Kigali denies
        # ...": a finite verb taken for the noun it modifies, whose subject the name is
        return token.head.i > token.i and token.head.pos_ == "VERB" and token.head.tag_ in FINITE_VERB_TAGS
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if (
        token.dep_ in {"appos", "nmod"}
        and after is not None
        and after.tag_ in FINITE_VERB_TAGS
        and after.dep_ in {"acl", "relcl"}
        and after.head.i == token.head.i
    ):
        # "a verdict Abidjan denounced": the subject of a relative clause the parser hung beside it
        return True
    while token.dep_ in {"conj", "appos"} and token.head.i != token.i:
        token = token.head
    if token.dep_ in ACTOR_DEPS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ in SUBORDINATORS and token.i + 1 < len(token.doc):
        # "after Seoul allowed ...": the parser took the conjunction for a preposition; a finite verb
        # right after the name says it is the subject of a clause
        return token.doc[token.i + 1].tag_ in FINITE_VERB_TAGS
    if token.dep_ == "pobj" and token.head.lower_ == "to":
        # "apologised to Seoul", "sold arms to Taipei": the party an act is done to; "flew to Seoul" is
        # where someone goes
        verb = token.head.head
        # also the noun of such an act: "a surrender to Brussels", "an appeal to Moscow"
        return verb.pos_ in {"VERB", "NOUN"} and verb.lemma_ in RECIPIENT_VERBS
    return token.dep_ == "pobj" and token.head.lower_ in ACTOR_PREPOSITIONS


def _strip(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim determiners, possessive markers and punctuation from both ends of a span."""
    while start < end and (doc[start].dep_ in {"det", "case", "punct"} or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].dep_ in {"case", "punct"} or doc[end - 1].is_punct or doc[end - 1].text in {"'s", "’s"}
    ):
        end -= 1
    return start, end


def dateline_country(dateline: str | None) -> str | None:
    """'NAIROBI' or 'Nairobi, Kenya': the country of the city the article was filed from."""
    return city_country(dateline.strip().split(",")[0].title()) if dateline else None


def _outside(found: list[Candidate], doc: Doc, spans: list[tuple[int, int]]) -> list[Candidate]:
    """The candidates with no word in ``spans`` (datelines and writer lines left in a raw text, in characters):
    'NAIROBI, Nov. 2 (Xinhua) --' says where and by whom the story was filed, no party to it. A mention the parser
    ran on past the dash ('Xinhua)-- Senior Chinese diplomats') keeps its words after it."""
    kept = []
    for candidate in found:
        span = next(((s, e) for s, e in spans if s <= doc[candidate.start].idx < e), None)
        if span is not None:
            after = [i for i in range(candidate.start, candidate.end) if doc[i].idx >= span[1]]
            if not after:
                continue
            candidate.start = after[0]
            if candidate.name_start is not None:
                candidate.name_start = max(candidate.name_start, candidate.start)
            candidate.name = doc[candidate.start : candidate.end].text if candidate.kind != "person" else candidate.name
        kept.append(candidate)
    return kept


def find_candidates(
    doc: Doc,
    lexicon: ActorLexicon,
    day: dt.date | None,
    dateline: str | None,
    skipped: list[tuple[int, int]] | None = None,
) -> list[Candidate]:
    """Every actor-like mention of ``doc``, in text order (see the module docstring); none in the character spans
    ``skipped`` (the datelines and writer lines a raw text keeps)."""
    names, roles = indexes_for(lexicon)
    words = Words.of(doc)
    named = misspelt_names(doc, words, region_groups_in(words, names.find(doc, day, words), names, day), names)
    named = variant_names(doc, words, named, names, day)
    tokens = Tokens.build(doc, named, roles.find(doc, words=words))
    tokens.words = words
    tokens.city_before = [(ent.start, c) for ent in doc.ents if ent.label_ == "GPE" and (c := city_country(ent.text))]
    tokens.dateline_country = dateline_country(dateline)
    _define_acronyms(tokens)
    _hyphenated_names(tokens, names)
    _drop_sides_taken(tokens)
    _drop_former_belonging(tokens)
    _drop_given_names(tokens)
    _drop_currency_qualifiers(tokens)
    _bodies_of_states(tokens)
    _names_by_context(tokens, lexicon)
    _homonym_groups(tokens, lexicon, day)
    _drop_stances(tokens)
    collector = _Collector(tokens, day)
    # the order matters: a word taken by an earlier step is part of that mention, not another
    collector.people()
    collector.organisations()
    collector.agents()
    collector.lexicon_names()
    collector.cities()
    collector.pronouns()
    found = _outside(collector.found, doc, skipped or [])
    sentence_starts = [0] * len(doc)  # token -> first token of its sentence
    for sentence in doc.sents:
        sentence_starts[sentence.start : sentence.end] = [sentence.start] * len(sentence)
    places = _places(tokens)
    for candidate in found:
        start = sentence_starts[candidate.start]
        root = doc[candidate.start : candidate.end].root
        # where its own clause happens: "The truce, brokered in talks in Jeddah, was signed by envoys of
        # the army" does not place the army in Saudi Arabia
        here = places.get(start, [])
        own = [p for p in here if _places_mention(p.token, root)]
        if not any(not p.venue for p in own):
            # "Supporters rallied in Niamey before soldiers dispersed them": a clause with no place of its
            # own happens where the main clause of its sentence does
            own += [p for p in here if not p.venue and _clause_head(p.token).dep_ == "ROOT"]
        candidate.place_country = _only(p.country for p in own if not p.venue)
        candidate.venue_country = _only(p.country for p in own if p.venue)
        candidate.sentence_place = _only(p.country for p in here if not p.venue)
        if candidate.role == "COP" and not own:
            # "Militants burned a school in Kenya's north, police said": police work where it happens
            candidate.place_country = candidate.sentence_place
    found.sort(key=lambda c: c.start)
    return found


class _Collector:
    """The candidates of one document and which tokens they already cover."""

    def __init__(self, tokens: Tokens, day: dt.date | None) -> None:
        self.tokens = tokens
        self.doc = tokens.doc
        self.day = day
        self.used = [False] * len(tokens.doc)
        self.found: list[Candidate] = []
        # owned group words already met with their owner ("a Japanese trade mission"): a later "the
        # mission" is that body again, which the linker then attaches to it
        self.owned_heads: set[str] = set()

    def take(self, candidate: Candidate, start: int | None = None, end: int | None = None) -> None:
        for i in range(candidate.start if start is None else start, candidate.end if end is None else end):
            self.used[i] = True
        self.found.append(candidate)

    def taken(self, start: int, end: int) -> bool:
        return any(self.used[start:end])

    def people(self) -> None:
        """Office holders from the lexicon, the parser's PERSON entities, titled names it missed."""
        doc, tokens = self.doc, self.tokens
        places = {ent.text for ent in doc.ents if ent.label_ in {"GPE", "LOC", "FAC"}}
        places |= {
            t.text
            for i, lower in enumerate(tokens.words.lower)
            if lower in LOCATIVE
            for t in doc[i].children
            if t.dep_ == "pobj" and t.pos_ == "PROPN"
        }
        spans: list[tuple[int, int, Entry | None]] = []
        for m in {id(m): m for m in tokens.named if m}.values():
            if m.item.kind == "person":
                start, end = _with_whole_name(tokens, m.start, m.end)
                # "Ahmed Tinubu" is not the office holder Bola Tinubu: the other name words must fit
                same = (start, end) == (m.start, m.end) or _same_person(doc[start:end].text, m.item)
                spans.append((start, end, m.item if same else None))
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                start, end = _trim_person(tokens, ent)
                if end <= start or any(tokens.named[i] for i in range(start, end)):
                    continue
                if end - start == 1 and doc[start].text in places and surface_extent(tokens, start) == start:
                    continue  # "Jeju" is a place elsewhere in the article: a place the parser took for a name
                if (
                    end - start == 1
                    and doc[start].dep_ == "pobj"
                    and surface_extent(tokens, start) == start
                    and city_country(doc[start].text, BIG_CITY, alternates=False)
                ):
                    continue  # "a strike on Sanaa": a big city the parser took for a name
                if end - start == 1 and doc[start].dep_ in {"amod", "compound"} and tokens.role[doc[start].head.i]:
                    continue  # "Tamil rebels", "Hutu militiamen": a people's name modifying a group
                spans.append((start, end, None))
            elif ent.label_ == "ORG":
                # "National Assembly Speaker Woo Won-shik" tagged ORG: a title followed by a name is a person
                split = _title_then_name(tokens, ent)
                if split is not None:
                    spans.append((split, ent.end, None))
        spans.extend((start, end, None) for start, end in _names_with_titles(tokens))
        spans.extend((start, end, None) for start, end in _names_after_titles(tokens))
        for start, end, entry in sorted(spans, key=lambda s: s[0]):
            if self.taken(start, end):
                continue
            named_after = _place_named_after(doc, start, end)
            if named_after is not None:
                # "Mount Arafat", "King Fahd Stadium": a place, no actor; "Kim Il Sung University": a body the
                # organisation steps code; neither is the person
                if named_after[0] == "place":
                    self.take_quietly(*named_after[1])
                continue
            if _named_before_out_of_office(self.found, doc[start:end].text, entry, self.day):
                entry = None  # the surname of the person named in full before, not a namesake out of office
            person, described = _person(tokens, start, _hyphenated_end(doc, end), entry, self.day)
            self.take(person)
            # the apposition ("the city's party secretary") describes the person; it is no actor
            self.take_quietly(*described)
        # people named again by one part of their name, where the parser saw no PERSON ("Niu said")
        parts = {p for c in self.found if c.kind == "person" for p in c.name.split() if len(c.name.split()) > 1}
        for i, text in enumerate(tokens.words.text):
            if text not in parts or self.used[i]:
                continue
            token = doc[i]
            # the parser may take a surname for a place ("sanctions on Petro"): not if it is one
            maybe_place = token.ent_type_ in {"GPE", "LOC"} and place_country(text) is None
            if (
                token.pos_ == "PROPN"
                and (token.ent_type_ in {"", "ORG", "PERSON", "NORP"} or maybe_place)
                and tokens.named[token.i] is None
            ):
                self.take(_person(tokens, token.i, token.i + 1, None, self.day)[0])

    def take_quietly(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.used[i] = True

    def organisations(self) -> None:
        """Organisations the parser finds ("Shanghai Institutes for International Studies")."""
        doc, tokens = self.doc, self.tokens
        for ent in doc.ents:
            if ent.label_ != "ORG" or self.taken(ent.start, ent.end):
                continue
            start, end = _strip(doc, ent.start, ent.end)
            if end <= start or (tokens.role[end - 1] and tokens.role[end - 1].item.kind == "thing"):
                continue  # "the China-ROK Free Trade Agreement" names a thing, not an actor
            inner = [tokens.named[i] for i in range(start, end) if tokens.named[i]]
            if any(
                m.start <= start and m.end >= end or m.item.kind not in {"country", "demonym", "seat", "igo"}
                for m in inner
            ):
                continue  # the lexicon names it better (an acronym such as ROK, an outlet, a known group)
            root = doc[start:end].root
            named = tokens.named[root.i]
            if named and named.item.kind == "demonym":
                continue  # "Young Algerians": people of a country, not an organisation
            if _names_the_body_of_a_role_word(tokens, root, end):
                continue  # "Frontex officials": one mention, the officials of that body (see agents)
            description = describe(tokens, start, end, head=root)
            if self.taken(description.start, start):
                description.start = start  # "Hyundai Motor and Samsung Electronics": each its own
            kind = "government" if root.lower_ in GOVERNMENT_HEADS and description.role == "GOV" else "organisation"
            candidate = Candidate(
                description.start, end, kind, doc[start:end].text, description.country, description.role
            )
            role = tokens.role[start]
            if role is not None and (role.start, role.end) == (start, end) and role.item.kind == "org":
                # "The Commission said": a body's bare head noun, the body named before
                candidate.head_word, candidate.definite = role.item.phrase, description.definite
            self.take(candidate)

    def agents(self) -> None:
        """Generic agents headed by a role word: "Indian police", "the ministry", "the president"."""
        doc, tokens = self.doc, self.tokens
        for match in sorted({id(m): m for m in tokens.role if m}.values(), key=lambda m: m.start):
            if self.taken(match.start, match.end) or any(tokens.named[i] for i in range(match.start, match.end)):
                continue
            head = doc[match.end - 1]
            if match.item.kind == "thing" or head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_ in NOT_ACTOR_ENTITIES:
                continue  # "official visit", "general deterioration", "the Chinese People's War ..."
            if (
                _modifies(tokens, head)
                or _in_hyphenated_word(doc, match.start, match.end)
                or _bare_noun(head, match.start)
            ):
                continue
            description = describe(tokens, match.start, match.end, head=head)
            if self.taken(description.start, match.end):
                description.start = match.start
            if match.item.kind == "title":
                # "a spokesman for the Indian foreign ministry", "an official of the ruling party";
                # the organisation led gives the sector a generic title cannot ("leaders of the
                # Houthi movement" are rebels), unless the phrase names its own ("Army spokesman")
                employer = _organisation_after(tokens, head)
                if employer is not None:
                    own = any(w.kind in {"org", "group"} and w.role for w in description.role_words)
                    description.country = description.country or employer.country
                    if employer.role and not own:
                        description.role = employer.role
                    description.role = description.role or employer.role
            owner: Entry | Candidate | None = None
            if match.item.kind == "group" and match.item.role == "CVL":
                # "supporters of former President X", "Bolsonaro supporters", "followers of the party":
                # people of the person's or body's country, not that person; a party or the
                # opposition lends its role
                owner = self._owner_of_followers(head)
                if owner is not None and owner.country:
                    description.country = owner.country
                    description.role = owner.role if owner.role in {"PTY", "OPP"} else description.role
            elif match.item.kind == "group" and not description.country:
                # "troops loyal to President X": the forces of X's country, in their own role
                owner = self._owner_of_followers(head, loyal_only=True)
                if owner is not None and owner.country:
                    description.country = owner.country
            if match.item.kind in {"org", "group"} and match.item.role == "GOV" and not description.country:
                # "the government of President X", "the Hadi administration": the leader's country,
                # wherever it sits ("..., which is based in Riyadh")
                leader = self._owner_of_followers(head)
                if isinstance(leader, Candidate) and leader.kind == "person" and leader.country:
                    description.country = leader.country
            if match.item.kind == "group" and not (match.item.role or description.role or description.country):
                continue  # "a vessel": a group word that says nothing without its owner or sector
            if match.item.owned and description.country:
                self.owned_heads.add(match.item.phrase.removesuffix("s"))
            elif match.item.owned and not (
                description.definite and match.item.phrase.removesuffix("s") in self.owned_heads
            ):
                continue  # "a drone hit the market": whose, the words do not say; not where it struck
            candidate = _agent(doc, match.item, head, description)
            if isinstance(owner, Candidate):
                candidate.owner = owner.start  # whose country linking may find later
            modifiers = {c for first, _, c in description.countries if first < head.i}
            if len(modifiers) > 1:
                # "Hungarian and Romanian officials": one actor per country, each mentioned by its word
                self.take_quietly(candidate.start, candidate.end)
                for first, last, country, role in _conjunct_roles(tokens, description, head.i):
                    self.take(
                        replace(candidate, start=first, end=last, country=country, role=role, name=doc[first:last].text)
                    )
            else:
                self.take(candidate)

    def _owner_of_followers(self, head: Token, loyal_only: bool = False) -> Entry | Candidate | None:
        """The person or body a group word is 'of' ("supporters of X"), is named after ("X
        supporters") or is 'loyal to' ("fighters loyal to X"): a mention found so far, else a group or
        party the lexicon names there."""
        owners = []
        for loyal in head.children:
            for prep in loyal.children if loyal.lower_ in LOYAL_WORDS else ():
                if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i + 1 < len(self.doc):
                    # the parser may leave "to" without its object: the word after it then
                    objects = [p for p in prep.children if p.dep_ == "pobj"] or [self.doc[prep.i + 1]]
                    owners += objects
        if not loyal_only:
            owners += [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
            owners += [
                p for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children
            ]
        for token in owners:
            for candidate in self.found:
                if candidate.start <= token.i < candidate.end and candidate.kind in {"person", "organisation"}:
                    return candidate
            named = self.tokens.named[token.i]
            if named and named.item.kind in {"organisation", "person"}:
                return named.item
            if loyal_only and token.pos_ in {"NOUN", "PROPN"}:
                # "militias allied to the Sudanese army": the words of a phrase not yet taken
                start, end = doc_span_of(token)
                owner = describe(self.tokens, start, end, head=token)
                if owner.country:
                    return Candidate(owner.start, end, "group", token.text, owner.country, owner.role)
        return None

    def lexicon_names(self) -> None:
        """Names from the lexicon not yet part of a phrase: countries, seats, IGOs, outlets, demonyms."""
        doc = self.doc
        for match in sorted({id(m): m for m in self.tokens.named if m}.values(), key=lambda m: m.start):
            if self.taken(match.start, match.end):
                continue
            entry = match.item
            span = doc[match.start : match.end]
            root = span.root
            seat = entry.kind == "seat" or (entry.kind == "igo" and city_country(entry.phrase) is not None)
            if entry.kind == "region" or (seat and not _in_actor_position(root)):
                continue  # "met in Brussels" is a place; "Brussels warned Budapest" is the EU
            if entry.kind == "country" and _counted(root):
                self.take(self._people_of(match, span))  # "some 5,500 US were deployed": people, not the state
                continue
            if entry.kind == "demonym":
                noun_like = root.pos_ in {"NOUN", "PROPN"} and root.dep_ not in {"amod", "compound", "nmod"}
                if noun_like or root.tag_ in {"NNS", "NNPS"}:  # "the Chinese", "Pakistanis": people of the country
                    self.take(self._people_of(match, span))
                    continue
                if entry.country is None:
                    continue  # "Kurdish", "Druze villagers": a people of several states says no country
                people = self.tokens.named[root.head.i]
                if (
                    root.dep_ in {"amod", "compound"}
                    and people
                    and people.item.kind == "demonym"
                    and not people.item.country
                ):
                    continue  # "Iraqi Kurds": part of the people's mention, which it gives a country
            # "Israeli shelling", "the Chinese side": the adjective stands for its country
            kind = {"country": "country", "demonym": "country", "seat": "government"}.get(entry.kind, "organisation")
            self.take(
                Candidate(
                    match.start, match.end, kind, entry.name, entry.country, entry.role, entry=entry, code=entry.code
                )
            )

    def _people_of(self, match: Match[Entry], span: Span) -> Candidate:
        """A demonym used as a noun. "Pakistanis", "the Chinese": the country's people, coded with the
        country as CAMEO dictionaries do; a crowd of them ("thousands of Nigerians", "young Algerians")
        is civilians (CVL); "ethnic Albanians" name a people, not a state: their country is where they
        live, left for the sentence's place or the article's country to give."""
        doc, entry = self.doc, match.item
        start = match.start
        if start > 0 and doc[start - 1].lower_ == "ethnic":
            return Candidate(start - 1, match.end, "group", doc[start - 1 : match.end].text, None, "CVL", plural=True)
        before = self.tokens.named[start - 1] if start > 0 else None
        if (
            span.text in read_people_nouns()
            and before
            and before.item.kind == "demonym"
            and before.item.role
            and not self.taken(before.start, before.end)
        ):
            # "Mohawk Indians": a people's name before such a demonym names the people, not the state
            start, entry = before.start, before.item
            span = doc[start : match.end]
        elif entry.country is None and before and before.item.kind == "demonym" and before.item.country:
            # "Iraqi Kurds", "Syrian Druze": the state's adjective says which of the people's states
            start = before.start
            entry = replace(entry, country=before.item.country)
            span = doc[start : match.end]
        crowd = _crowd_start(span.root)
        adjectives = any(c.dep_ in {"amod", "compound"} and c.lower_ in CROWD_ADJECTIVES for c in span.root.children)
        if crowd is not None and not self.taken(crowd, start):
            start = crowd
        # a country's people alone are the country; an ethnic or religious people are civilians
        role = "CVL" if crowd is not None or adjectives else entry.role
        return Candidate(start, match.end, "group", span.text, entry.country, role, entry=entry, plural=True)

    def cities(self) -> None:
        """Cities where an actor would stand ("Shanghai plays an important role", "talks with Mosul"),
        coded with their country as CAMEO dictionaries code city names; "in Shanghai" is a place."""
        for ent in self.doc.ents:
            if ent.label_ != "GPE" or self.taken(ent.start, ent.end) or not _in_actor_position(ent.root):
                continue
            country = city_country(ent.text)
            if country:
                self.take(Candidate(ent.start, ent.end, "city", ent.text, country))

    def pronouns(self) -> None:
        """Personal pronouns, resolved to people later where unambiguous; "it" as the subject of a
        relative or adverbial clause, resolved here to the state or body named before it in its
        sentence ("positions it seized")."""
        states: dict[int, Candidate] = {}
        for candidate in self.found:
            if candidate.kind in STATE_LIKE_KINDS and not candidate.plural:
                states[self.doc[candidate.start : candidate.end].root.i] = candidate
        for i, lower in enumerate(self.tokens.words.lower):
            if self.used[i] or self.doc[i].pos_ != "PRON":
                continue
            if lower in PRONOUNS:
                self.found.append(Candidate(i, i + 1, "pronoun", self.doc[i].text))
            elif lower == "it" and self.doc[i].dep_ in {"nsubj", "nsubjpass"} and self.doc[i].head.dep_ in IT_CLAUSES:
                antecedent = _it_antecedent(self.doc[i], states)
                if antecedent is not None:
                    self.found.append(Candidate(i, i + 1, "it", "it", antecedent=antecedent.start))
            elif lower == "it" and _opens_with_an_act(self.doc[i]):
                antecedent = _subject_before(self.doc[i], states)
                if antecedent is not None:
                    self.found.append(Candidate(i, i + 1, "it", "it", antecedent=antecedent.start))


@dataclass
class _Place:
    token: Token  # the place word
    country: str
    venue: bool  # where a meeting or visit happens ("met in Doha"), not where the actors are from


def _places(tokens: Tokens) -> dict[int, list[_Place]]:
    """Sentence start -> the locative phrases that name a country ("in Uganda", "at Lagos"), each with
    whether it is the venue of a meeting or visit ("met in Doha") and the actor word it belongs to.

    CAMEO coders give an agent without a stated country the country where its clause happens
    ("rebels attacked a village in northern Uganda" -> UGAREB); two countries named as places leave
    it open. A venue is not where the actors are from, except for the host.
    """
    doc = tokens.doc
    found: dict[int, list[_Place]] = {}
    words = {i for i, m in enumerate(tokens.named) if m and m.item.kind in {"country", "seat"}}
    words |= {i for ent in doc.ents if ent.label_ in {"GPE", "LOC"} for i in range(ent.start, ent.end)}
    # "South Central Los Angeles": a place's whole name says its country, not its last word (Angeles, PHL)
    whole = {
        i: country
        for ent in doc.ents
        if ent.label_ in {"GPE", "LOC"} and (country := _multiword_place_country(ent))
        for i in range(ent.start, ent.end)
    }
    for i in sorted(words):
        word = doc[i]
        named = tokens.named[i]
        if named and named.item.kind in {"country", "seat"}:
            country = named.item.country
        elif i in whole or not _in_longer_place(word):
            country = whole.get(i) or place_country(word.text)
        else:
            continue  # "the Gulf of Oman": a sea, not the Gulf province of Papua New Guinea
        if not country:
            continue
        # "in southern Thailand", "in Thailand's south", "in Kandahar", "in Nairobi and Lagos"
        place = word.head if word.dep_ in {"poss", "compound"} else word
        while place.dep_ == "conj" and place.head.i != place.i:
            place = place.head
        # "in the north of Mali", "on the outskirts of Kabul": the place noun the name belongs to
        parts = read_place_nouns()
        if place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.lower_ in parts:
            place = place.head.head
        # "on a Cairo street": "on" is a place only before the nouns that take it; not a road between two
        # places ("on the Baghdad-Amman highway")
        between = any(doc[j].text == "-" for j in (i - 1, i + 1) if 0 <= j < len(doc))
        on_place = place.head.lower_ == "on" and parts.get(place.lower_, False) and not between
        if place.dep_ != "pobj" or (place.head.lower_ not in LOCATIVE and not on_place) or place.head.lower_ == "from":
            continue
        # "the US commander in Iraq held talks ...": where an actor is posted is no venue of the talks
        attached = place.head.head
        holder = tokens.role[attached.i]
        actor_word = (holder is not None and holder.item.kind != "thing") or attached.ent_type_ in {"PERSON", "ORG"}
        venue = _venue(place.head) and not actor_word
        if not venue and place.head.lower_ in {"to", "into"}:
            continue
        found.setdefault(word.sent.start, []).append(_Place(word, country, venue))
    return found


def _in_longer_place(word: Token) -> bool:
    """True if the word is one of several of a place's name ("Gulf" in "the Gulf of Oman")."""
    ent = next((e for e in word.doc.ents if e.start <= word.i < e.end), None)
    return ent is not None and ent.label_ in {"GPE", "LOC"} and len(ent) > 1


def _only(countries) -> str | None:
    found = set(countries)
    return found.pop() if len(found) == 1 else None


# clauses that tell about the noun they hang from, not about the clause around it; a gerund after a
# preposition is an act of its own ("accused X of shielding a man wanted in Libya")
NOUN_CLAUSES = frozenset({"acl", "relcl", "pcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _clause_head(token: Token) -> Token:
    """The verb of the clause ``token`` is in: the first verb above it with a subject of its own, or
    that modifies a noun; a verb without its own subject ("..., killing ten") shares its head's."""
    while token.head.i != token.i:
        if token.pos_ in {"VERB", "AUX"} and (
            token.dep_ in NOUN_CLAUSES or any(c.dep_ in SUBJECT_DEPS for c in token.children)
        ):
            return token
        token = token.head
    return token


def _places_mention(place: Token, mention: Token) -> bool:
    """True if the locative phrase of ``place`` says where the actor ``mention`` is: it is in the
    mention's own phrase or in a clause about it ("rebels based in Uganda"), or in the mention's clause
    ("rebels attacked a village in Uganda", not "..., which is based in Riyadh, said the rebels ...")."""
    token = place
    while token.head.i != token.i:
        if token.i == mention.i:
            return True
        if token.pos_ in {"VERB", "AUX"} and token.dep_ in NOUN_CLAUSES and token.head.i == mention.i:
            return True
        token = token.head
    if token.i == mention.i:
        return True
    return _scene(place) == _scene(mention)


def _scene(token: Token) -> Token:
    """The clause of ``token`` with the adverbial clauses it hangs from: "... killed 23 people when they
    blew themselves up in Tel Aviv" happens where the act it tells the time or manner of does."""
    head = _clause_head(token)
    while head.dep_ == "advcl" and head.head.i != head.i:
        head = _clause_head(head.head)
    return head


def _multiword_place_country(place: Span) -> str | None:
    """The country of a place named in several words, by its longest known ending ("South Central
    Los Angeles" by "Los Angeles"); None for one word, read alone."""
    for k in range(len(place) - 1):
        country = place_country(place[k:].text)
        if country:
            return country
    return None


# verbs of meeting and travel: their place is a venue the actors came to
VENUE_VERBS = frozenset(
    {"meet", "talk", "negotiate", "sign", "attend", "visit", "arrive", "travel", "fly", "convene", "confer"}
)
VENUE_NOUNS = frozenset({"visit", "trip", "tour", "talks", "meeting", "summit"})
VENUE_OBJECTS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations", "conference"})


def _venue(preposition: Token) -> bool:
    """True if the locative phrase tells where a meeting or a visit takes place ("met in Doha",
    "held talks in Geneva", "arrived in Nairobi")."""
    verb = preposition.head
    if verb.lemma_ in VENUE_NOUNS:
        return True  # "during a visit to Beirut"
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_ in VENUE_VERBS:
        return True
    return verb.lemma_ == "hold" and any(c.dep_ == "dobj" and c.lower_ in VENUE_OBJECTS for c in verb.children)


def _it_antecedent(pronoun: Token, states: dict[int, Candidate]) -> Candidate | None:
    """The state or body named last before ``pronoun`` in its sentence, unless a singular thing is
    named in between as subject or object ("expelled the boat after it entered ..." is the boat)."""
    doc = pronoun.doc
    for j in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        if j in states:
            return states[j]
        token = doc[j]
        if token.tag_ in {"NN", "NNP"} and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
            return None
    return None


def _opens_with_an_act(pronoun: Token) -> bool:
    """'It has also accused ISI of ...', 'It called on both sides to ...': "it" opening a sentence as the doer of its
    main verb, not the empty subject of a verb of being or seeming ("It seems", "It emerged that ...";
    link_words.tsv ``empty_it``)."""
    verb = pronoun.head
    if pronoun.i != pronoun.sent.start or pronoun.dep_ != "nsubj" or verb.dep_ != "ROOT" or verb.pos_ != "VERB":
        return False
    return verb.lemma_.lower() not in read_link_words().get("empty_it", frozenset())


def _subject_before(pronoun: Token, states: dict[int, Candidate]) -> Candidate | None:
    """The state or body that is the subject of the main verb of the sentence before ("The Indian government
    routinely accuses ISI ... It has also accused ...")."""
    start = pronoun.sent.start
    if start == 0:
        return None
    before = pronoun.doc[start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ == "nsubj"]
    return states.get(subjects[0].i) if len(subjects) == 1 else None


def _conjunct_roles(tokens: Tokens, description: Description, head: int) -> list[tuple[int, int, str, str | None]]:
    """'Israeli and Hamas negotiators': each country word before the head with its own role. An
    organisation's role ("Hamas" REB) is its own; a state's people take the role the other words give
    ("negotiators")."""
    named = {tokens.named[first].item.phrase for first, _, _ in description.countries if tokens.named[first]}
    shared = combined_role([w for w in description.role_words if w.phrase not in named])
    found = []
    for first, last, country in description.countries:
        if first > head:
            continue  # "in eastern Ukraine" after the head places the whole phrase
        entry = tokens.named[first].item if tokens.named[first] else None
        own = entry.role if entry and entry.kind in {"organisation", "igo", "media"} else None
        found.append((first, last, country, own or shared))
    return found


def _crowd_start(people: Token) -> int | None:
    """Start of "thousands of" (or "tens of thousands of") before ``people``, if it is there."""
    start = None
    token = people
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in CROWD_WORDS:
        token = token.head.head
        start = token.i
    return start


def _trim_person(tokens: Tokens, ent: Span) -> tuple[int, int]:
    """Drop title words, determiners and "'s" the parser sometimes puts inside a PERSON entity."""
    start, end = _strip(tokens.doc, ent.start, ent.end)
    while start < end and (tokens.role[start] and tokens.role[start].item.kind == "title"):
        start = tokens.role[start].end
    while start < end and tokens.doc[start].lower_ in {"former", "acting", "late", *HONORIFICS}:
        start += 1
    return start, end


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _place_named_after(doc: Doc, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """Whether the person's name ``doc[start:end]`` is part of the proper name of a place or a body
    (name_places.tsv): ("place" or "body", the whole name's token span), or None."""
    words = read_name_places()
    if start > 0 and _capitalised(doc[start - 1]) and doc[start - 1].lower_ in words.get("before", frozenset()):
        return "place", (start - 1, end)
    i = end
    while i < len(doc) and i < end + 2 and _capitalised(doc[i]) and doc[i].lower_ in words.get("between", frozenset()):
        i += 1
    if i < len(doc) and _capitalised(doc[i]):
        for kind in ("place", "body"):
            if doc[i].lower_ in words.get(kind, frozenset()):
                return kind, (start, i + 1)
    return None


def _named_before_out_of_office(found: list[Candidate], words: str, entry: Entry | None, day: dt.date | None) -> bool:
    """Whether a surname the lexicon gives an office holder out of office on the article's day is rather the person
    the article named in full before ("George W. Bush ... Bush" in 1997, or in 2006 with no later alias): an office
    holder is the one in office when the article was written; a namesake named in full is who the writer means. A
    surname the lexicon derived (``Entry.term_only``: no listed alias) yields to the namesake even in office ("Kobe
    Bryant ... Bryant" is not Liberia's president)."""
    if entry is None or len(words.split()) != 1 or (entry.valid_on(day) and not entry.term_only):
        return False
    return any(
        c.kind == "person"
        and len(c.name.split()) > 1
        and c.name.split()[-1] == words
        and name_key(c.name) != name_key(entry.name)
        for c in found
    )


def _person(
    tokens: Tokens, start: int, end: int, entry: Entry | None, day: dt.date | None
) -> tuple[Candidate, tuple[int, int]]:
    doc = tokens.doc
    # "Hatem Abdel Qader" where the parser's PERSON began at "Abdel": capitalised words before it
    while start > 0 and _name_word(tokens, doc[start - 1]):
        start -= 1
    head = doc[start:end].root
    description = describe(tokens, start, end, head=head, name_start=start)
    title, country, role = description.title, description.country, description.role
    if entry is not None and entry.country and all(first >= end for first, _, _ in description.countries):
        # "his summit with Kim Jong Un in Hanoi": where a known office holder is, is not whose he is
        country = None
    # "Chen Jining, the city's Communist Party secretary" / "X, a research fellow at Y"
    extra = _apposition(tokens, doc[start:end])
    described = (0, 0)
    if extra is not None:
        title = title or extra.title
        country = country or extra.country
        role = role or extra.role
        described = (extra.start, extra.end)
    posting = _posted_title_before(tokens, start)
    if posting is not None:
        # "Algerian ambassador to Zimbabwe X": the state after "to" is where he serves, not whose he is
        title, country, role = title or posting.title, posting.country, role or posting.role
    if not (country and title):
        # "Prime Minister of the Republic of Korea (ROK) Lee Hae-chan": the title and its state before the name
        before = _title_of_state_before(tokens, start)
        if before is not None:
            title, country, role = title or before.title, country or before.country, role or before.role
    if not (country and role):
        # "Ram Kumar of the Congress party", "Jane Doe from Human Rights Watch"
        employer = _organisation_after(tokens, head, ("of", "from", "at"))
        if employer is not None and not _names_a_place(tokens, head):
            country, role = country or employer.country, _employer_role(description, role, employer)
    if not (country and role):
        # "Samir Hosny, who heads the African section of the Arab League": the body he runs
        body = _body_headed(tokens, head)
        if body is not None:
            country, role = country or body.country, role or body.role
    candidate = Candidate(
        description.start, end, "person", doc[start:end].text, country, role, title, name_start=start, entry=entry
    )
    candidate.owner = _voice_of(doc[start:end])
    if entry is not None:
        candidate.name = entry.name
        if candidate.country is None:
            candidate.country, candidate.country_source = entry.country, "office_holders"
        if entry.valid_on(day):
            candidate.title = candidate.title or entry.title
            # CAMEO codes a party figure PTY and a cleric REL unless he holds office: "Labour leader X" as
            # prime minister and "Ayatollah X" as supreme leader are GOV
            if candidate.role in {None, "PTY", "REL"}:
                candidate.role = entry.role or candidate.role
    return candidate, described


def _title_of_state_before(tokens: Tokens, name_start: int) -> Description | None:
    """'Prime Minister of the Republic of Korea (ROK) Lee Hae-chan', 'Foreign Minister of Japan X': a title, "of",
    a state's name (and its acronym in brackets) written right before a name describe that person."""
    doc = tokens.doc
    at = name_start
    if at > 0 and doc[at - 1].text == ")":
        # the state's acronym in brackets: "(ROK)", "(DRC)"
        opening = next((i for i in range(at - 2, max(at - 5, -1), -1) if doc[i].text == "("), None)
        if opening is None:
            return None
        at = opening
    found = _title_and_state_before(tokens, at, {"of"}, {"country"})
    if found is None or not found[1].item.country:
        return None
    role, state = found
    description = Description(role.start, name_start, country=state.item.country, role=role.item.role)
    description.title = doc[role.start : role.end].text
    return description


def _title_and_state_before(
    tokens: Tokens, at: int, prepositions: set[str] | frozenset[str], kinds: set[str]
) -> tuple[Match[RoleWord], Match[Entry]] | None:
    """The title and the state (of these kinds) written right before ``at`` with one of these prepositions between
    them ("Prime Minister of Japan", "ambassador to the Congo"): their matches in ``tokens``, or None."""
    doc = tokens.doc
    state = tokens.named[at - 1] if at > 0 else None
    if state is None or state.end != at or state.item.kind not in kinds:
        return None
    link = state.start - 1
    if link > 0 and doc[link].lower_ == "the":
        link -= 1
    role = tokens.role[link - 1] if link > 0 and doc[link].lower_ in prepositions else None
    if role is None or role.end != link or role.item.kind != "title":
        return None
    return role, state


# "ambassador to", "envoy for", "representative in": the state after them is where the title's holder serves
POSTING_PREPOSITIONS = frozenset({"to", "for", "in"})
OWNER_KINDS = frozenset({"country", "demonym", "igo"})


def _posted_title_before(tokens: Tokens, name_start: int) -> Description | None:
    """'Algerian ambassador to Zimbabwe X', 'UN Special Representative for Somalia X', 'US envoy in Iraq X': a title,
    a posting preposition and a state written right before a name; the person is of the state or body named before
    the title ("Algerian", "UN", also through "Secretary-General's"), else of no country the phrase says."""
    found = _title_and_state_before(tokens, name_start, POSTING_PREPOSITIONS, {"country", "igo"})
    if found is None:
        return None
    role = found[0]
    description = Description(role.start, name_start, role=role.item.role)
    description.title = tokens.doc[role.start : role.end].text
    description.country = _owner_before(tokens, role.start)
    return description


def _owner_before(tokens: Tokens, at: int) -> str | None:
    """The country or body named right before a title, over a possessive and another title ("UN Secretary-General's
    Special Representative")."""
    for _ in range(3):
        if at <= 0:
            return None
        named, role = tokens.named[at - 1], tokens.role[at - 1]
        if named is not None and named.end == at and named.item.kind in OWNER_KINDS:
            return named.item.country
        if role is not None and role.end == at and role.item.kind == "title":
            at = role.start
        elif tokens.doc[at - 1].text in {"'s", "’s"}:
            at -= 1
        else:
            return None
    return None


def _hyphenated_names(tokens: Tokens, names: PhraseIndex[Entry]) -> None:
    """'U.S.-led', 'Saudi-backed': a country the tokenizer left inside a hyphenated word."""
    for i, text in enumerate(tokens.words.text):
        if tokens.named[i] is None and "-" in text[1:-1]:
            entry = names.word(text.split("-", 1)[0])
            if entry is not None and entry.kind in {"country", "demonym", "igo", "seat"}:
                tokens.named[i] = Match(i, i + 1, entry)


def _drop_former_belonging(tokens: Tokens) -> None:
    """'the ex-Soviet republic', 'a former French colony', 'former Yugoslav republics': the country named is what
    a state once belonged to, not the actor; the phrase describes another country (link_words.tsv former, state)."""
    doc, words = tokens.doc, tokens.words.lower
    link = read_link_words()
    for i, named in enumerate(tokens.named):
        if named is None or named.item.kind not in {"country", "demonym"} or i != named.start:
            continue
        hyphened = i >= 2 and words[i - 1] == "-" and not doc[i - 2].whitespace_
        before = words[i - 2] if hyphened else (words[i - 1] if i >= 1 else "")
        after = words[named.end] if named.end < len(doc) else ""
        if before in link.get("former", frozenset()) and after in link.get("state", frozenset()):
            for k in range(named.start, named.end):
                tokens.named[k] = None


def _drop_sides_taken(tokens: Tokens) -> None:
    """'pro-Russian separatists', 'Iran-backed militias': the country named is the side they take or
    the one backing them, not theirs; such a word names no actor of the phrase."""
    doc, words = tokens.doc, tokens.words.lower
    for i, named in enumerate(tokens.named):
        if named is None or named.item.kind not in {"country", "demonym", "seat"} or i != named.start:
            continue
        before = i >= 2 and words[i - 1] == "-" and words[i - 2] in SIDE_PREFIXES and not doc[i - 2].whitespace_
        end = named.end
        after = end + 1 < len(doc) and words[end] == "-" and words[end + 1] in BACKED_WORDS
        if before or after:
            for k in range(named.start, named.end):
                tokens.named[k] = None


def _named_countries(tokens: Tokens) -> set[str]:
    """The countries the article names by a country word, a people or a seat."""
    return {m.item.country for m in tokens.named if m is not None and m.item.kind in {"country", "demonym", "seat"}}


def _homonyms(lexicon: ActorLexicon) -> dict[str, list[Entry]]:
    """Organisation phrases the lexicon gives to more than one country ("Democratic Progressive Party": Taiwan's
    and Malawi's), phrase -> their entries (cached on the lexicon)."""
    cached = lexicon.cache.get("homonyms")
    if cached is None or cached[0] != lexicon.version:
        by_phrase: dict[str, list[Entry]] = {}
        for entry in lexicon.entries:
            if entry.kind == "organisation" and entry.country:
                by_phrase.setdefault(entry.phrase, []).append(entry)
        homonyms = {p: es for p, es in by_phrase.items() if len({e.country for e in es}) > 1}
        cached = lexicon.cache["homonyms"] = (lexicon.version, homonyms)
    return cached[1]


def _homonym_groups(tokens: Tokens, lexicon: ActorLexicon, day: dt.date | None) -> None:
    """'Malawi's ruling Democratic Progressive Party (DPP)': a party or group name two countries use is the one of
    the country the article names, when it names only one of them (else the first row, the one most in the news)."""
    homonyms = _homonyms(lexicon)
    if not homonyms:
        return
    named = _named_countries(tokens)
    for i, match in enumerate(tokens.named):
        if match is None or i != match.start or match.item.phrase not in homonyms:
            continue
        entries = [e for e in homonyms[match.item.phrase] if e.valid_on(day)]
        here = [e for e in entries if e.country in named]
        if len({e.country for e in here}) == 1 and here[0].country != match.item.country:
            chosen = Match(match.start, match.end, here[0])
            for k in range(match.start, match.end):
                tokens.named[k] = chosen


# Prepositions after "opposition" that make it a stance ("its opposition to the plan"), not a party.
STANCE_PREPS = frozenset({"to", "against"})


def _drop_stances(tokens: Tokens) -> None:
    """'China's opposition to the sale', 'voiced opposition against the war': "opposition" followed by what it
    opposes is a stance, no opposition party (CHNOPP) of the sentence."""
    doc = tokens.doc
    for i, match in enumerate(tokens.role):
        if match is None or i != match.start or match.end - match.start != 1 or doc[i].lower_ != "opposition":
            continue
        # (a preposition, wherever the parse hangs it: "voiced opposition to the plan"; not the "to" of an
        # infinitive, "ordered the opposition to call off its protests")
        if any(c.dep_ == "prep" and c.lower_ in STANCE_PREPS for c in doc[i].children) or (
            i + 1 < len(doc) and doc[i + 1].lower_ in STANCE_PREPS and doc[i + 1].dep_ == "prep"
        ):
            tokens.role[i] = None


def _names_by_context(tokens: Tokens, lexicon: ActorLexicon) -> None:
    """'A mainland spokesman said', 'approved by the mainland' in news about Taiwan or Hong Kong: a word that names
    a country in an article naming one of the countries it is told against (context_names.tsv). Not beside a
    name ("mainland Europe", "the Chinese mainland", "mainland-Taiwan shipping"), which says whose mainland."""
    named = _named_countries(tokens)
    doc, words = tokens.doc, tokens.words.lower if tokens.words else [t.lower_ for t in tokens.doc]
    for context in read_context_names():
        if not context.when & named:
            continue
        entry = next((e for e in lexicon.entries if e.kind == "country" and e.phrase == context.country), None)
        if entry is None:
            continue
        for i, word in enumerate(words):
            if word == context.word and tokens.named[i] is None and not _beside_a_name(tokens, i):
                tokens.named[i] = Match(i, i + 1, replace(entry, phrase=doc[i].text))


def _beside_a_name(tokens: Tokens, i: int) -> bool:
    """Whether the word at ``i`` is joined to a name or a hyphen on either side ("mainland Europe", "the Greek
    mainland", "mainland-Taiwan")."""
    doc = tokens.doc
    before = doc[i - 1] if i else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    joined = [t for t in (before, after) if t is not None and (t.text in {"-", "–"} or t.pos_ == "PROPN")]
    return bool(joined) or (before is not None and tokens.named[before.i] is not None)


@lru_cache(maxsize=1)
def _currency_nouns() -> frozenset[str]:
    """'dollars', 'yuan', 'euros': the head word of every currency the amounts lexicon names ('real' left out:
    'Russian real estate')."""
    from ..stages.amounts import units

    return frozenset(w.split()[-1] for w in units()["currency_words"]) - {"real"}


def _drop_given_names(tokens: Tokens) -> None:
    """'Economy Minister German Gref', 'Said Jalili': a country word the parser reads as the first word of a person's
    name (its PERSON entity goes on after it, with a name word that is no title) is a given name, not the person's
    country. ('Russian President Vladimir Putin' keeps 'Russian': a title follows it.)"""
    doc = tokens.doc
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    for i, named in enumerate(tokens.named):
        if named is None or named.item.kind not in {"country", "demonym"} or i != named.start:
            continue
        end = named.end
        inside = any(ent.start <= named.start and end < ent.end for ent in people)
        if inside and doc[end].pos_ == "PROPN" and not tokens.role[end]:
            for k in range(named.start, end):
                tokens.named[k] = None


def _drop_currency_qualifiers(tokens: Tokens) -> None:
    """'pledged 12 million U.S. dollars to Palau', 'Hong Kong dollars', 'the Chinese yuan': a country that names
    a currency is no actor of the sentence (but 'South Korea won the vote' is South Korea)."""
    doc, words = tokens.doc, tokens.words.lower
    currencies = _currency_nouns()
    for i, named in enumerate(tokens.named):
        if named is None or named.item.kind not in {"country", "demonym", "seat"} or i != named.start:
            continue
        end = named.end
        if (end < len(doc) and words[end] in currencies and doc[end].pos_ in {"NOUN", "PROPN"}) or _after_amount(
            tokens, named.start, end, currencies
        ):
            for k in range(named.start, named.end):
                tokens.named[k] = None


# Scale words written after a figure ("$20m", "3bn", "5 million").
AMOUNT_SCALES = frozenset({"m", "mn", "bn", "k", "thousand", "million", "billion", "trillion"})


def _after_amount(tokens: Tokens, start: int, end: int, currencies: frozenset[str]) -> bool:
    """'a fine of 7,500 euros (5,500 US)', '20 million dollars US', '($20m US)': a country written after an amount
    of money says whose currency it is, not who acts. An amount in brackets, or money, before it and nothing after
    it in its phrase; '5,500 US were stationed there' (a count of its people) keeps the country."""
    doc = tokens.doc
    if start == 0:
        return False
    before = doc[start - 1]
    amount = before.like_num or before.lower_ in AMOUNT_SCALES or any(c.isdigit() for c in before.text)
    money = before.ent_type_ == "MONEY" or before.lower_ in currencies or "$" in before.text
    after = doc[end].text if end < len(doc) else ""
    if after == ")":
        return amount or money
    return money and after in {"", ",", ".", ";"}


def _bodies_of_states(tokens: Tokens) -> None:
    """'Russia's Security Council', 'the Iranian Security Council': an IGO body's name that a state
    owns is that state's own body (GOV), not the IGO's. Not when the name only modifies a noun after
    it ("Russia's Security Council seat" is its seat at the UN)."""
    doc, words = tokens.doc, tokens.words
    for i, named in enumerate(tokens.named):
        if named is None or named.item.kind != "igo" or i != named.start or i == 0:
            continue
        root = doc[named.start : named.end].root
        if root.head.i >= named.end and root.dep_ in {"compound", "amod", "nmod"}:
            continue
        possessive = words is not None and words.text[i - 1] in {"'s", "’s"} and i >= 2
        owner = tokens.named[i - 2] if possessive else tokens.named[i - 1]
        if possessive and owner is not None and owner.end != i - 1:
            continue
        if (
            owner is None
            or owner.item.kind not in {"country", "seat", "demonym"}
            or not owner.item.country
            or (owner.item.kind == "demonym" and possessive)
        ):
            continue
        body = replace(
            named.item,
            kind="organisation",
            name=doc[owner.start : named.end].text,
            country=owner.item.country,
            role="GOV",
            code=None,
        )
        match = Match(owner.start, named.end, body)
        for k in range(owner.start, named.end):
            tokens.named[k] = match


# named bodies whose acronym, defined in brackets after the name, stands for them in the article
BODY_KINDS = frozenset({"igo", "media", "organisation"})


def _define_acronyms(tokens: Tokens) -> None:
    """'the United Nations Relief and Works Agency (UNRWA)': later "UNRWA" is that organisation.

    The acronym becomes a lexicon match, valid in this article only, with the country and role that
    the full name's words give. A definition in the text wins over a packaged acronym of another body:
    "Reporters Without Borders (RSF)" makes every "RSF" of that article the press-freedom group, not
    Sudan's Rapid Support Forces.
    """
    doc = tokens.doc
    for end in range(1, len(doc) - 2):
        if doc[end].text != "(" or doc[end + 2].text != ")":
            continue
        acronym = doc[end + 1]
        if not (acronym.is_upper and acronym.is_alpha and 2 <= len(acronym) <= 8):
            continue
        before = tokens.named[end - 1]
        # the name before the bracket: a packaged name ending there, or else an organisation entity
        if before is not None and before.end == end and before.item.kind in BODY_KINDS:
            entry = replace(before.item, phrase=acronym.text)
        else:
            ent = next((e for e in doc.ents if e.end == end and e.label_ == "ORG"), None)
            if ent is None or tokens.named[acronym.i]:
                continue
            start, stop = _strip(doc, ent.start, ent.end)
            known = tokens.named[start]
            if known and known.start <= start and known.end >= stop:
                entry = replace(known.item, phrase=acronym.text)
            else:
                description = describe(tokens, start, stop, head=doc[start:stop].root)
                entry = Entry(acronym.text, doc[start:stop].text, "organisation", description.country, description.role)
        for i, text in enumerate(tokens.words.text):
            named = tokens.named[i]
            # the acronym alone, unnamed or named as another body; never a longer name it is part of
            if text == acronym.text and (named is None or (named.end - named.start == 1 and named.item != entry)):
                tokens.named[i] = Match(i, i + 1, entry)


def _name_word(tokens: Tokens, token: Token) -> bool:
    """A capitalised word that can only be part of the name after it (no title, country or filler)."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.dep_ == "compound"
        and tokens.role[token.i] is None
        and tokens.named[token.i] is None
        and token.lower_ not in TITLE_FILLERS | HONORIFICS
        and token.ent_type_ in {"", "PERSON"}
    )


def fronted_subject(verb: Token) -> Token | None:
    """'At the invitation of Xi Jinping, Brazil's president flew to Beijing', 'In a letter to Putin, Germany's
    chancellor urged ...': a clause opened by a prepositional phrase that ends in a name, then a comma, then the
    subject; the parser hangs the subject on the name as its apposition and leaves the verb with none. The
    apposition that ends right before such a subjectless verb is its subject."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    opening = [c for c in verb.lefts if c.dep_ == "prep" and c.left_edge.i == verb.sent.start]
    for prep in opening:
        for token in prep.subtree:
            between = token.doc[token.right_edge.i + 1 : verb.i]
            if token.dep_ == "appos" and all(w.pos_ in {"AUX", "ADV", "PART"} for w in between):
                return token
    return None


def _fronted_subject_of(token: Token) -> bool:
    """Whether an apposition is the misparsed subject of the verb after it (see ``fronted_subject``)."""
    following = token.doc[token.right_edge.i + 1 :]
    verb = next((w for w in following if w.pos_ not in {"AUX", "ADV", "PART"}), None)
    subject = fronted_subject(verb) if verb is not None and verb.pos_ == "VERB" else None
    return subject is not None and subject.i == token.i


def _apposition(tokens: Tokens, name: Span) -> Description | None:
    doc = tokens.doc
    head = name.root
    # the parser may hang the apposition on any word of a hyphenated name ("Park Min-su, a ...")
    # (not the subject of the verb after it, misread as an apposition: see ``fronted_subject``)
    children = [
        c for t in name for c in t.children if c.i >= name.end and c.dep_ == "appos" and not _fronted_subject_of(c)
    ]
    for child in children:
        if any(c.dep_ == "nummod" for c in child.children):
            continue  # "X, administrator of Sinjar some 50 kilometres from the border": a distance, not a title
        description = describe(tokens, child.i, child.i + 1, head=child)
        run_end = _capitalised_run_end(doc, child.i + 1)
        if description.country and not description.role_words and run_end > child.i + 1:
            # "X, the US Under Secretary of State, ...": the parser may make the country the apposition and
            # hang the title off it; the capitalised words written after it are its title
            wider = describe(tokens, child.i, run_end, head=child)
            if wider.role_words:
                description = wider
        organisation = _organisation_after(tokens, child)
        if organisation is not None:
            description.country = description.country or organisation.country
            description.role = _employer_role(description, description.role, organisation)
        if description.role_words or description.country:
            end = max(child.i + 1, description.end)
            description.title = description.title or doc[description.start : end].text.strip(" ,")
            return description
    # "the city's party secretary, Chen Jining": the person is the apposition
    parent = _title_apposed(tokens, head)
    if parent is not None:
        description = describe(tokens, parent.i, parent.i + 1, head=parent)
        if not description.country and parent.left_edge.i < description.start:
            # "Afghanistan's acting commerce minister, Nooruddin Azizi": the possessor says whose
            whole = describe(tokens, parent.left_edge.i, parent.i + 1, head=parent)
            description.country = whole.country
        if not (description.country and description.role):
            # "a member of the Syrian parliament, Mohammed X": the body gives country and sector
            employer = _organisation_after(tokens, parent)
            if employer is not None:
                description.country = description.country or employer.country
                description.role = description.role or employer.role
        if parent.i != head.head.i:
            # the name hangs on the body: the title phrase ("a spokesman for the Hamas movement") stays an actor
            description.start = description.end
        return description
    return None


def _title_apposed(tokens: Tokens, head: Token) -> Token | None:
    """The title word a name stands in apposition to: "the city's party secretary, Chen Jining"; "a spokesman for
    the Hamas movement, Sami Abu Zuhri", where the parser hangs the name on the body the title speaks for."""
    holder = head.head
    if head.dep_ != "appos" or holder.i >= head.i:
        return None
    if tokens.role[holder.i]:
        return holder
    prep = holder.head
    title = prep.head
    role = tokens.role[title.i]
    if (
        holder.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in {"for", "of", "to"}
        and role is not None
        and role.item.kind == "title"
        and title.i < prep.i
        and not any(t.is_punct for t in tokens.doc[title.i : holder.i])  # one phrase, no list of bodies
    ):
        return title
    return None


def _voice_of(name: Span) -> int | None:
    """Where the person another speaks for is named: "X, a spokesman for Tuyakbai", "Y, an aide to the president's
    rival Z" (the first token of that person's name)."""
    voices = read_person_cues()["voices"]
    for child in (c for t in name for c in t.children if c.i >= name.end and c.dep_ == "appos"):
        if child.lemma_.lower() not in voices and child.lower_ not in voices:
            continue
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "to"}:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                        return pobj.i
    return None


def _names_a_place(tokens: Tokens, name: Token) -> bool:
    """Whether the first "of"/"from"/"at" phrase after a name is a place where the person is ("X from the
    Syrian border"), not a body he serves."""
    for prep in name.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "from", "at"}:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            return any(o.lemma_.lower() in read_person_cues()["places"] for o in objects)
    return False


def _employer_role(title: Description, role: str | None, employer: Description) -> str | None:
    """The sector of a person whose title is followed by the body he serves: the title's own, unless the title
    heads a body of any sector ("president of the Khmer Front Party", "chairman of the joint venture") and the
    body's sector is known."""
    heads = read_person_cues()["body_heads"]
    titles = [w for w in title.role_words if w.kind == "title"]
    if employer.role and titles and all(w.phrase in heads for w in titles):
        return employer.role
    return role or employer.role


def _body_headed(tokens: Tokens, name: Token) -> Description | None:
    """The body a person runs by a relative clause on his name ("X, who heads the African section of the Arab
    League", "Y, who leads the Tabigat movement"): the body the object is part of, else the object itself."""
    for clause in name.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in read_person_cues()["heads"]:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in clause.children):
            continue
        for obj in clause.children:
            if obj.dep_ != "dobj":
                continue
            whole = _organisation_after(tokens, obj, ("of",))
            if whole is not None and (whole.country or whole.role):
                return whole
            span = doc_span_of(obj)
            own = describe(tokens, min(obj.left_edge.i, span[0]), span[1], head=obj)
            return own if own.country or own.role else None
    return None


def _capitalised_run_end(doc: Doc, start: int) -> int:
    """End of the capitalised words from ``start`` on ("Under Secretary of State"), "of" inside them included."""
    end = i = start
    while i < len(doc) and (doc[i].is_title or (doc[i].lower_ in {"of", "for"} and i > start)):
        i += 1
        if doc[i - 1].is_title:
            end = i
    return end


def _organisation_after(
    tokens: Tokens, title: Token, prepositions: tuple[str, ...] = ("at", "of", "with", "for", "from")
) -> Description | None:
    """'a research fellow at the Shanghai Institutes ...': the organisation named after a title."""
    for prep in title.children:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    span = doc_span_of(pobj)
                    description = describe(tokens, span[0], span[1], head=pobj)
                    if not (description.country or description.role) and pobj.left_edge.i < span[0]:
                        # "of the Spanish search and rescue team": the parse may cut a coordinated modifier
                        # off the phrase; its words before the head all belong to it
                        description = describe(tokens, pobj.left_edge.i, span[1], head=pobj)
                    named = tokens.named[pobj.i]
                    if named and named.item.country and not description.country:
                        description.country = named.item.country
                    owner = state_owner(tokens, pobj)
                    if owner and owner != description.country:
                        # "secretary of Iran's Supreme National Security Council": a state's own body, not the UN's
                        description.country, description.organisation = owner, None
                    if not description.role and not named:
                        # "a member of a cell of Hamas", "head of the research division of the army": a part
                        # of a body with no sector of its own is the body's
                        whole = _organisation_after(tokens, pobj, ("of",))
                        if whole is not None and (whole.role or whole.country):
                            description.country, description.role = whole.country or description.country, whole.role
                    return description
    return None


def doc_span_of(token: Token) -> tuple[int, int]:
    """The token's entity if it is in one, else the token itself."""
    if token.ent_type_:
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                return ent.start, ent.end
    return token.i, token.i + 1


def _modifies(tokens: Tokens, token: Token) -> bool:
    """True if the role word modifies a word to its right: part of another actor's phrase ("ministry"
    in "ministry spokesman") or of a thing ("military cooperation"). A possessor is still an actor
    ("the ministry's statement") unless it belongs to another actor's phrase."""
    if token.head.i <= token.i:
        return False
    if token.dep_ in {"compound", "amod", "nmod"}:
        return True
    head = token.head
    return token.dep_ == "poss" and bool(
        tokens.role[head.i] or head.ent_type_ in {"PERSON", "ORG"} or tokens.named[head.i]
    )


def _names_with_titles(tokens: Tokens) -> list[tuple[int, int]]:
    """'Niu Xiaoping, assistant research fellow at ...': a proper name the parser did not tag as a
    person (or tagged ORG) but whose apposition is a person's title is a person."""
    spans = []
    for token in (tokens.doc[i] for i, role in enumerate(tokens.role) if role):
        role = tokens.role[token.i]
        head = token.head
        if token.dep_ != "appos" or not role or role.item.kind != "title" or token.tag_ != "NN":
            continue
        if head.i >= token.i or head.pos_ != "PROPN" or head.ent_type_ not in {"", "ORG", "NORP"}:
            continue
        start = head.i
        while start > 0 and tokens.doc[start - 1].pos_ == "PROPN" and tokens.doc[start - 1].ent_type_ == head.ent_type_:
            start -= 1
        if not any(tokens.named[i] or tokens.role[i] for i in range(start, head.i + 1)):
            spans.append((start, head.i + 1))
    return spans


def _names_after_titles(tokens: Tokens) -> list[tuple[int, int]]:
    """'Cardinal Pietro Parolin': capitalised name words right after a capitalised title, which the
    parser tagged as no entity at all, are a person's name."""
    doc, spans = tokens.doc, []
    for match in {id(m): m for m in tokens.role if m}.values():
        if match.item.kind != "title" or not all(doc[i].is_title for i in range(match.start, match.end)):
            continue
        end = match.end
        while (
            end < len(doc)
            and doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and doc[end].ent_type_ == ""
            and tokens.role[end] is None
            and tokens.named[end] is None
        ):
            end += 1
        if end > match.end and doc[end - 1].dep_ != "compound":
            spans.append((match.end, end))
    return spans


def _with_whole_name(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """A known surname inside a longer PERSON entity ("Mahmud Abbas"): the whole name, without the
    titles the parser put inside it ("Ayatollah Ali Khamenei")."""
    doc = tokens.doc
    ent = doc[start].ent_type_ == "PERSON" and next((e for e in doc.ents if e.start <= start < e.end), None)
    if ent and ent.start <= start and ent.end >= end:
        first, last = _trim_person(tokens, ent)
        return min(first, start), last
    return start, end


def _same_person(written: str, entry: Entry) -> bool:
    """True if every word of the name as written fits a word of the entry's name or alias.

    Spelling variants ("Mahmud" for "Mahmoud") and initials fit; another given name does not.
    """
    known = name_parts(entry.name) | name_parts(entry.phrase)
    for word in name_parts(written) - known:
        word = word.strip(".")
        if word in HONORIFICS or not word:
            continue
        if not any(
            part[0] == word[0] and (len(word) <= 2 or SequenceMatcher(None, word, part).ratio() >= 0.75)
            for part in known
        ):
            return False
    return True


def _bare_noun(head: Token, start: int) -> bool:
    """'took office', 'went to court', 'a head of state': a lower-case singular noun with no
    determiner or modifier is a concept, not an actor (plurals and mass nouns such as "police" are)."""
    if head.tag_ != "NN" or not head.is_lower:
        return False
    # words of the role phrase itself ("prime" in "prime minister") are not modifiers
    return not any(
        c.dep_ in {"det", "poss", "amod", "compound", "nummod", "nmod", "prep"} and not start <= c.i < head.i
        for c in head.children
    )


def _in_hyphenated_word(doc: Doc, start: int, end: int) -> bool:
    """'people-to-people exchanges', 'state-owned': part of a hyphenated word, not a noun of its own."""
    before = start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
    after = end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
    return before or after


def _hyphenated_end(doc: Doc, end: int) -> int:
    """'Park Byeong-seug': the parser may stop a name at the hyphen; take the whole word."""
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return end


def _title_then_name(tokens: Tokens, ent: Span) -> int | None:
    """Start of the name in an ORG entity that is really 'title + name', else None."""
    for i in range(ent.end - 1, ent.start, -1):
        role = tokens.role[i - 1]
        if role and role.end == i and role.item.kind == "title":
            rest = tokens.doc[i : ent.end]
            if all(t.pos_ == "PROPN" or t.text == "-" for t in rest) and not any(tokens.role[t.i] for t in rest):
                return i
            return None
    return None


def _names_the_body_of_a_role_word(tokens: Tokens, root: Token, end: int) -> bool:
    """An organisation's name right before the title or group word it modifies ("Frontex officials")."""
    if end >= len(tokens.doc) or root.dep_ != "compound" or root.head.i < end:
        return False
    role = tokens.role[end]
    return role is not None and role.start == end and role.item.kind in {"title", "group"} and root.head.i < role.end


def _agent(doc: Doc, word: RoleWord, head: Token, description: Description) -> Candidate:
    start, end = description.start, head.i + 1
    text = doc[start:end].text
    plural = word.plural or head.tag_ in {"NNS", "NNPS"}
    if word.kind == "title" and not plural:
        kind = "title"
    elif word.kind == "org" and not plural:
        kind = "government" if head.lower_ in GOVERNMENT_HEADS and description.role == "GOV" else "organisation"
    else:
        kind = "government" if head.lower_ in GOVERNMENT_HEADS and description.role == "GOV" else "group"
    # PETRARCH "[NGO~]" agents put their code before the country's
    code = word.role + (description.country or "") if word.prefix and word.role else None
    return Candidate(
        start,
        end,
        kind,
        text,
        description.country,
        description.role,
        code=code,
        title=description.title if kind == "title" else None,
        definite=description.definite,
        plural=plural,
        head_word=word.phrase,
    )
