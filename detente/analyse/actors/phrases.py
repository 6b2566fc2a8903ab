"""Read an actor-like noun phrase: its extent, and the country, role and title its words give.

"Chinese President Xi Jinping", "South Korea's Foreign Ministry", "an Indian Army spokesman",
"the city's Communist Party secretary": the head noun (or name) plus the modifiers to its left that
the parser attaches to it. Country comes from a country name, demonym, seat of government, IGO or
outlet among those modifiers, from a city named there, or from "of <country>" after the head.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..places.titles import load_titles, see_country
from .cities import BIG_CITY, city_country, place_country, province_country
from .lexicon import Entry, RoleWord, read_link_words, read_place_nouns, read_settlements
from .matcher import Match, Words

# dependency labels of words that belong to the noun phrase of the head they modify
MODIFIER_DEPS = frozenset(
    {"compound", "amod", "nmod", "poss", "case", "det", "nummod", "punct", "advmod", "cc", "conj"}
)
# words that may sit inside a title without being one ("former", "acting", "deputy" is a role word)
TITLE_FILLERS = frozenset(
    {"former", "acting", "then", "incoming", "outgoing", "interim", "new", "current", "senior", "top", "vice"}
)
COUNTRY_KINDS = frozenset({"country", "demonym", "seat", "igo", "media", "organisation"})
COUNTRY_PREPOSITIONS = frozenset({"of", "in", "from"})
# words some states use as a region's name that are only a direction before a title ("North Commander")
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "coast", "lakes", "central", "northern", "southern"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
POSSESSIVE_MARKS = frozenset({"'s", "’s"})
BARE_APOSTROPHES = frozenset({"'", "’"})


def is_possessive_mark(token: Token) -> bool:
    """"'s", or the bare apostrophe of a name ending in s ("Cyprus' minister", "the Philippines' envoy")."""
    return token.text in POSSESSIVE_MARKS or (token.text in BARE_APOSTROPHES and token.tag_ == "POS")


@dataclass
class Tokens:
    """Per-token lookups for one document: which lexicon match (if any) covers each token."""

    doc: Doc
    named: list[Match[Entry] | None]
    role: list[Match[RoleWord] | None]
    city_before: list[tuple[int, str]] = field(default_factory=list)  # (token index, country) of cities
    dateline_country: str | None = None
    words: Words | None = None  # the token strings, for fast scans

    @classmethod
    def build(cls, doc: Doc, named: list[Match[Entry]], roles: list[Match[RoleWord]]) -> Tokens:
        by_token_named: list[Match[Entry] | None] = [None] * len(doc)
        by_token_role: list[Match[RoleWord] | None] = [None] * len(doc)
        for match in named:
            for i in range(match.start, match.end):
                by_token_named[i] = match
        for match in roles:
            for i in range(match.start, match.end):
                by_token_role[i] = match
        return cls(doc, by_token_named, by_token_role)

    def last_city(self, before: int) -> str | None:
        """Country of the city named last before token ``before`` ("the city's mayor")."""
        found = None
        for index, country in self.city_before:
            if index >= before:
                break
            found = country
        return found or self.dateline_country


@dataclass
class Description:
    """What the words of a phrase say about the actor they name."""

    start: int  # token span of the whole phrase, determiners stripped
    end: int
    country: str | None = None
    countries: list[tuple[int, int, str]] = field(default_factory=list)  # every country modifier
    role: str | None = None
    role_words: list[RoleWord] = field(default_factory=list)
    title: str | None = None
    definite: bool = False
    organisation: Entry | None = None  # an IGO or outlet named in the phrase


def left_extent(tokens: Tokens, start: int, end: int) -> int:
    """Leftmost token of the noun phrase whose rightmost part is ``doc[start:end]``."""
    doc = tokens.doc
    i = start
    while i > 0:
        token = doc[i - 1]
        if (token.is_punct and token.text not in {"-", "–"} and not is_possessive_mark(token)) or token.tag_.startswith(
            "VB"
        ):
            break  # "Fatah-backed president ...": a participle ends the phrase
        inside = token.i < token.head.i < end  # a modifier of a word further right in the phrase
        possessive = token.dep_ == "case" and token.i > 0 and token.head.i == token.i - 1
        # "Hungarian and Romanian officials": a conjunct (or its "and") whose first conjunct modifies the head
        first = token.head
        coordinated = (
            token.dep_ in {"conj", "cc"}
            and first.i < token.i
            and first.dep_ in MODIFIER_DEPS
            and first.i < first.head.i < end
            and _names_a_country(tokens, first)
        )
        if not ((token.dep_ in MODIFIER_DEPS and inside) or possessive or coordinated):
            break
        i -= 1
    return i


def _names_a_country(tokens: Tokens, token: Token) -> bool:
    named = tokens.named[token.i]
    return bool(named and named.item.kind in COUNTRY_KINDS)


def surface_extent(tokens: Tokens, start: int) -> int:
    """Title and country words written right before a name, whatever the parse says.

    "Chinese President Xi Jinping", "former National Assembly Speaker Park ...": the small parser
    sometimes attaches such words elsewhere, but in news they always belong to the name.
    """
    doc = tokens.doc
    i = start
    while i > 0:
        role, named = tokens.role[i - 1], tokens.named[i - 1]
        if role and role.end == i and role.item.kind in {"title", "org"}:
            i = role.start
        elif named and named.end == i and named.item.kind in COUNTRY_KINDS:
            i = named.start
        elif (
            is_possessive_mark(doc[i - 1])
            and i > 1
            and tokens.named[i - 2]
            or doc[i - 1].lower_ in TITLE_FILLERS
            and i < start
        ):
            i -= 1
        else:
            break
    return i


def describe(
    tokens: Tokens, start: int, end: int, head: Token | None = None, name_start: int | None = None
) -> Description:
    """Describe the phrase ``doc[start:end]`` (``name_start``: where a person's name begins, if any)."""
    doc = tokens.doc
    first = left_extent(tokens, start, end)
    if name_start is not None:
        first = min(first, surface_extent(tokens, name_start))
    split = tokens.named[first] if first < end else None
    if split is not None and split.start < first and split.end <= end:
        # "Shining Path guerrillas": the parser may leave a listed name's first word out of the phrase
        # ("Shining" read as a participle); a name from the lexicon is never cut
        first = split.start
    description = Description(first, end)
    while description.start < end and doc[description.start].dep_ in {"det", "cc", "punct"}:
        description.definite |= doc[description.start].lower_ in DEFINITE
        description.start += 1
    title_end = name_start if name_start is not None else end
    title_start = None
    adjective_roles: list[RoleWord] = []
    people_role: str | None = None
    state_named = False  # a state's own name or demonym is in the phrase
    portfolio = False  # after "of" following a state body or office: "Ministry of Public Security"
    challenger: str | None = None  # "rebel soldiers": a word that puts the head on an armed challenger's side
    i = description.start
    while i < end:
        named = tokens.named[i]
        role = tokens.role[i]
        if named and named.item.kind in COUNTRY_KINDS and named.start >= first:
            # ("The Gambia's president": a name may begin with the determiner stripped from the phrase)
            entry = named.item
            if entry.kind in {"igo", "media"}:
                description.organisation = description.organisation or entry
            if entry.country:
                description.countries.append((named.start, named.end, entry.country))
            # "White House spokesman", "Hamas officials": the institution's role (a capital city has none)
            institution = entry.kind in {"organisation", "igo", "media"} or not city_country(entry.phrase)
            if entry.role and entry.kind != "demonym" and institution:
                description.role_words.append(RoleWord(entry.phrase, entry.role, "org", priority=NAMED))
            elif entry.role and entry.kind == "demonym":
                people_role = entry.role  # "Yoruba leaders": an ethnic or religious people's name
            state_named |= bool(entry.country) and not (entry.kind == "demonym" and entry.role)
            i = named.end
            continue
        if role and role.start >= description.start and role.end <= end:
            challenger = challenger or _armed_challenger(tokens, role, end)
            # "civilian government": an adjective that is also a group noun says nothing about the
            # head, unless the head says nothing itself ("armed separatist groups")
            if role.item.kind == "group" and portfolio:
                # "Ministry of Public Security", "Minister of Labour Relations": a group word after "of" names
                # the office's portfolio, not who the body is (the ministry's sector decides)
                adjective_roles.append(role.item)
            elif not (role.item.kind == "group" and doc[role.end - 1].pos_ == "ADJ"):
                description.role_words.append(role.item)
            else:
                adjective_roles.append(role.item)
            if i < title_end and role.item.kind != "thing" and title_start is None:
                title_start = role.start
            i = role.end
            continue
        token = doc[i]
        if token.lower_ == "of":
            portfolio = any(_state_office(w) for w in description.role_words)
        if token.lower_ == "city" and i + 1 < len(doc) and doc[i + 1].dep_ == "case":
            # "the city's mayor": the city named last, or the dateline's
            country = tokens.last_city(i)
            if country:
                description.countries.append((i, i + 1, country))
        elif (
            token.is_title
            and token.pos_ in {"PROPN", "ADJ"}
            and token.ent_type_ in {"GPE", "ORG", "FAC", "LOC", "NORP", ""}
        ):
            # a city named inside an organisation's name must be a big one ("Shanghai Institutes ...")
            place_end = _place_end(token, end)
            whole = place_country(doc[i:place_end].text) if place_end > i + 1 else None
            if whole:
                # "Los Angeles officials": the place's whole name, not its last word (Angeles, PHL)
                description.countries.append((i, place_end, whole))
                i = place_end
                continue
            if token.ent_type_ in {"GPE", "LOC"}:
                country = place_country(token.text)
            else:
                country = city_country(token.text, BIG_CITY, alternates=False) or province_country(
                    token.text, known_place=_office_of_region(tokens, token)
                )
            if country:
                description.countries.append((i, i + 1, country))
        i += 1
    if head is not None:
        _of_country(tokens, head, description)
    if description.countries:
        description.country = description.countries[0][2]
    description.role = combined_role(description.role_words) or combined_role(adjective_roles)
    if challenger and (description.role is None or description.role in STATE_SECTORS):
        # "rebel soldiers", "rebel negotiators", "a rebel spokesman": a state's sector word (or none) said of
        # the rebels' own men is the rebels'
        description.role = challenger
    if (
        people_role
        and description.role == "GOV"
        and all(w.kind == "title" for w in description.role_words)
        and not state_named
    ):
        # a people's leaders hold no state office ("Rohingya leaders" CVL), unless a state is named
        # too ("Iraqi Kurdish officials" GOV)
        description.role = people_role
    if title_start is not None:
        begin = title_start
        # "the city's Communist Party secretary": the title starts after the possessor
        for k in range(description.start, title_end):
            if is_possessive_mark(doc[k]) and k + 1 > begin:
                begin = k + 1
        # keep fillers such as "former" that precede the title
        while begin > description.start and doc[begin - 1].lower_ in TITLE_FILLERS:
            begin -= 1
        if begin < title_end:
            description.title = doc[begin:title_end].text.strip(" ,")
    return description


def _armed_challenger(tokens: Tokens, role: Match[RoleWord], end: int) -> str | None:
    """The role of a word that makes the head after it an armed challenger's ("rebel" in "rebel soldiers";
    link_words.tsv ``rebel``), unless it is part of a hyphenated word ("anti-rebel troops", "rebel-held
    areas") or a conjunct ("government and rebel forces" are two sides)."""
    doc = tokens.doc
    word = role.item
    if word.kind != "group" or role.end >= end or not word.role:
        return None
    if word.phrase not in read_link_words().get("rebel", frozenset()):
        return None
    before, after = doc[role.start - 1] if role.start else None, doc[role.end]
    hyphenated = (before is not None and before.text == "-") or after.text == "-"
    conjunct = doc[role.start].dep_ == "conj" or any(c.dep_ == "cc" for c in doc[role.start].children)
    return None if hyphenated or conjunct else word.role


def _office_of_region(tokens: Tokens, token: Token) -> bool:
    """'Shaanxi Governor Yuan', 'Kerala Chief Minister X': a one-word name right before a title is the region whose
    office it is (the parser often reads the whole phrase as an organisation); not a compass word ("North")."""
    after = tokens.role[token.i + 1] if token.i + 1 < len(tokens.doc) else None
    return (
        after is not None
        and after.start == token.i + 1
        and after.item.kind == "title"
        and token.pos_ == "PROPN"
        and token.lower_ not in COMPASS_WORDS
        and not token.is_stop
    )


def _state_office(word: RoleWord) -> bool:
    """A government body or office ("ministry", "minister", "department"): what follows its "of" is its portfolio."""
    return word.role == "GOV" and word.kind in {"org", "title"} and word.priority != NAMED


def _place_end(token: Token, end: int) -> int:
    """End of the GPE or LOC entity that begins at ``token``, within the phrase ending at ``end``."""
    if token.ent_type_ not in {"GPE", "LOC"} or token.ent_iob_ != "B":
        return token.i + 1
    stop = token.i + 1
    while stop < end and token.doc[stop].ent_iob_ == "I":
        stop += 1
    return stop


def _country_prepositions(head: Token) -> list[Token]:
    """'of/in/from' phrases of the head, also through 'based' ("a newspaper based in Beirut")."""
    found = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in COUNTRY_PREPOSITIONS | {"on"}:
            found.append(child)
        elif child.dep_ == "acl" and child.lower_ == "based":
            found.extend(c for c in child.children if c.dep_ == "prep" and c.lower_ == "in")
    return found


def _based_country(tokens: Tokens, head: Token, description: Description) -> None:
    """'a Geneva-based group': the place before '-based' gives the country."""
    for based in head.children:
        if based.lower_ != "based" or based.i > head.i:
            continue
        for place in based.children:
            named = tokens.named[place.i]
            if named and named.item.kind in COUNTRY_KINDS and named.item.country:
                description.countries.append((named.start, named.end, named.item.country))
            elif place.pos_ == "PROPN" and (country := place_country(place.text)):
                description.countries.append((place.i, place.i + 1, country))


def _entity_text(token: Token) -> str:
    """The text of the named entity ``token`` is part of, else its own."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent.text if ent is not None else token.text


def _see_country(title: Token, place: Token) -> str | None:
    """Country of a listed see or peerage after a title word: 'Archbishop of Canterbury' -> GBR."""
    if title.lower_ not in load_titles().words:
        return None
    return see_country(_entity_text(place)) or see_country(place.text)


def _of_country(tokens: Tokens, head: Token, description: Description) -> None:
    """'the president of France', 'a court in Guyana', 'dissidents from Myanmar', 'a newspaper based in
    Beirut': country after the head."""
    _based_country(tokens, head, description)
    for child in _country_prepositions(head):
        for pobj in child.children:
            if pobj.dep_ != "pobj" or any(c.dep_ == "conj" for c in pobj.children):
                continue  # "police in Nairobi and Lagos": no one country
            named = tokens.named[pobj.i]
            if child.lower_ == "on" and (named or head.pos_ == "PROPN"):
                continue  # "experts on Russia", "sanctions on Iran": what it is about, not where it is
            if child.lower_ == "of" and (country := _see_country(head, pobj)):
                # 'the Archbishop of Canterbury': the see's country, not a namesake region elsewhere
                start, end = pobj.i, pobj.i + 1
            elif owner := state_owner(tokens, pobj):
                # "secretary of Iran's Supreme National Security Council": a state's own body, not the UN's
                start, end, country = pobj.i, pobj.i + 1, owner
            elif named and named.item.kind in COUNTRY_KINDS and named.item.country:
                start, end, country = named.start, named.end, named.item.country
            elif (pobj.ent_type_ in {"GPE", "LOC"} or child.lower_ == "on" and pobj.pos_ == "PROPN") and (
                country := place_country(_entity_text(pobj)) or place_country(pobj.text)
            ):
                # "fishermen on Lesbos" (an island the parser may tag as no place), "rebels in Kivu",
                # "fishermen from Tamil Nadu" (the place's whole name, not its head word)
                start, end = pobj.i, pobj.i + 1
            elif child.lower_ == "in" and (inner := _inside_place(tokens, pobj)) is not None:
                # "local councils in areas between the West Bank and Tel Aviv in central Israel": a part of a place
                start, end, country = inner
            else:
                continue
            if child.lower_ == "in":
                # "settlers in the West Bank": a group that lives where it does not belong
                settlements = read_settlements()
                key = head.lower_
                if (key, country) in settlements or (key, "*") in settlements:
                    country = settlements.get((key, country), settlements.get((key, "*")))
                    if country is None:
                        continue
            description.countries.append((start, end, country))


def _inside_place(tokens: Tokens, part: Token) -> tuple[int, int, str] | None:
    """The country of the place a part of a place is in or of: "areas ... in central Israel", "the north of Mali"
    (place_nouns.tsv); one level down only."""
    if part.lemma_.lower() not in read_place_nouns() and part.lower_ not in read_place_nouns():
        return None
    for prep in part.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "of"}:
            continue
        for place in prep.children:
            named = tokens.named[place.i]
            if place.dep_ != "pobj" or any(c.dep_ == "conj" for c in place.children):
                continue
            if named and named.item.kind == "country" and named.item.country:
                return named.start, named.end, named.item.country
            if place.ent_type_ in {"GPE", "LOC"} and (country := place_country(_entity_text(place))):
                return place.i, place.i + 1, country
    return None


def state_owner(tokens: Tokens, body: Token) -> str | None:
    """The country of a state named as the possessor of ``body`` ("Iran's Supreme National Security Council")."""
    for child in body.children:
        named = tokens.named[child.i]
        if child.dep_ == "poss" and named and named.item.kind in {"country", "demonym"} and named.item.country:
            return named.item.country
    return None


# priority of the role word a named body lends its phrase ("SPLA soldiers": the SPLA's)
NAMED = 1
# state roles a body's own name decides against a generic word for armed men ("Taliban forces" after 2021)
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def combined_role(words: list[RoleWord]) -> str | None:
    role = _combined_role(words)
    if role == "MIL":
        # "SPLA soldiers", "Houthi forces": the fighters of a named armed group or party are its
        named = [w for w in words if w.priority == NAMED and w.role and w.role not in STATE_SECTORS]
        if named:
            return named[-1].role
    return role


def _combined_role(words: list[RoleWord]) -> str | None:
    """The role of a phrase: the organisation or group its words name, else its title.

    The sector is a property of the institution: "Army spokesman" -> MIL, "Senate majority leader"
    -> LEG, "defence ministry official" -> MIL, while "Foreign Minister" -> GOV from the title alone.
    Among several institution words the rightmost (the head) wins: "military court" -> JUD.
    """
    for kinds in ({"org", "group"}, {"title"}):
        for at in range(len(words) - 1, -1, -1):
            word = words[at]
            if word.kind == "group" and any(w.kind == "title" for w in words[at + 1 :]):
                continue  # "Public Enterprises Minister": a group word that only names the portfolio
            if word.role and word.kind in kinds:
                if _sent_body(word):
                    return _sender_role(words[:at]) or word.role
                return word.role
    return None


def _sent_body(word: RoleWord) -> bool:
    """A group a body sends ("delegation", "mission"): its sector is its sender's (link_words.tsv ``sent``)."""
    sent = read_link_words().get("sent", frozenset())
    return word.phrase in sent or (word.plural and word.phrase.removesuffix("s") in sent)


def _sender_role(before: list[RoleWord]) -> str | None:
    """The sector of the institution named before a sent body: "Army delegation" -> MIL, "a parliament
    delegation" -> LEG, "a rebel delegation" -> REB (not a people's word: "civilian mission" is the state's)."""
    for word in reversed(before):
        if word.role and word.kind in {"org", "group"} and word.role != "CVL":
            return word.role
    return None
