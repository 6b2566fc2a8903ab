"""The actor lexicon: every named actor and role word the actors stage can recognise, from data files.

Named entries (countries in every form, capitals and seats of government as metonyms, IGOs, media
outlets, armed groups and parties, office holders) come from ``detente/data/actors/`` on top of pycountry and countryinfo; role
words (titles, groups, organisation head nouns) from ``roles.tsv``. :func:`default_lexicon` builds
it once per process.

Extending it (e.g. with a PETRARCH dictionary) without touching the packaged data::

    from detente.analyse.actors.lexicon import default_lexicon, using_lexicon
    from detente.analyse.actors.petrarch import read_petrarch_actors, read_petrarch_agents

    lexicon = default_lexicon().copy()
    lexicon.extend(read_petrarch_actors(path_to_actors_txt))
    lexicon.extend_roles(read_petrarch_agents(path_to_agents_txt))
    with using_lexicon(lexicon):
        article = analyse_one(article)      # the actors stage now knows those names and agents
"""

from __future__ import annotations

import contextvars
import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

DATA_PACKAGE = "detente.data"
DATA_DIR = "actors"


def within(day: dt.date | None, first: dt.date | None, last: dt.date | None) -> bool:
    """Whether ``day`` falls in ``[first, last]``; an unknown day or open end always does."""
    return day is None or ((first is None or first <= day) and (last is None or day <= last))


@dataclass(frozen=True)
class Entry:
    """One phrase that names an actor.

    ``kind`` is what the phrase is: country, demonym, seat (capital or seat of government used for
    the government), igo, media, person, organisation. ``code`` overrides ``country + role`` when a
    dictionary gives a full code (e.g. PETRARCH's PSEREBHMS).
    """

    phrase: str
    name: str
    kind: str
    country: str | None = None
    role: str | None = None
    title: str | None = None
    code: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    case_sensitive: bool = True
    stem: bool = False  # the last word may be a prefix of the text word (PETRARCH stems: ARGENTIN)
    priority: int = 0  # higher wins when two sources give the same phrase
    term_only: bool = False  # names its person only on dates inside the term (a surname alone), not any date

    def valid_on(self, day: dt.date | None) -> bool:
        return within(day, self.valid_from, self.valid_to)

    @property
    def full_code(self) -> str | None:
        if self.code:
            return self.code
        if self.country is None:
            return None
        return self.country + (self.role or "")


@dataclass(frozen=True)
class RoleWord:
    """A title, group or organisation noun and the CAMEO role it signals (None: says nothing)."""

    phrase: str
    role: str | None
    kind: str  # title, group, org
    plural: bool = False  # "officials": a group of people holding the title
    prefix: bool = False  # PETRARCH "[NGO~]": the role code goes before the country
    priority: int = 0  # higher wins when two sources give the same phrase
    owned: bool = False  # a weapon ("artillery", "drones") or a body sent ("mission"): an actor only when whose is said


@dataclass
class ActorLexicon:
    """Named entries and role words; matchers built from it are cached on the instance."""

    entries: list[Entry] = field(default_factory=list)
    roles: list[RoleWord] = field(default_factory=list)
    version: int = 0
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def copy(self) -> ActorLexicon:
        return ActorLexicon(list(self.entries), list(self.roles), self.version)

    def extend(self, entries: Iterable[Entry]) -> ActorLexicon:
        """Add named entries; added entries win over packaged ones with the same phrase."""
        self.entries.extend(replace(e, priority=max(e.priority, 10)) for e in entries)
        self.version += 1
        return self

    def extend_roles(self, roles: Iterable[RoleWord]) -> ActorLexicon:
        self.roles.extend(roles)
        self.version += 1
        return self


# ---------------------------------------------------------------------------------------------------
# Reading the packaged data files


def data_rows(filename: str) -> Iterator[dict[str, str]]:
    """Rows of a tab- or comma-separated data file, skipping '#' comment lines."""
    text = resources.files(DATA_PACKAGE).joinpath(DATA_DIR).joinpath(filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    delimiter = "," if filename.endswith(".csv") else "\t"
    for row in csv.DictReader(lines, delimiter=delimiter):
        yield {k: (v or "").strip() for k, v in row.items()}


def split_list(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def plural_of(word: str) -> str:
    """Regular English plural of the last word of a phrase (role words, demonyms)."""
    if word.endswith(("ss", "sh", "ch", "x", "s")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def demonym_plural(demonym: str) -> str | None:
    """'Pakistani' -> 'Pakistanis'; 'Chinese', 'Swiss', 'French' have no distinct plural."""
    if demonym.endswith(("ese", "ss", "ch", "sh", "s", "x")):
        return None
    return demonym + "s"


OWNED_KINDS = frozenset({"weapon", "body"})


@cache
def read_roles() -> tuple[RoleWord, ...]:
    words: list[RoleWord] = []
    for row in data_rows("roles.tsv"):
        role = row["role"] or None
        phrase = row["phrase"].lower()
        # a weapon is a group of its owner's forces ("Turkish artillery"), a body a group sent by its owner
        # ("an EU mission"): actors only where the owner is said, or for "the mission" after one whose was
        kind, owned = ("group", True) if row["kind"] in OWNED_KINDS else (row["kind"], False)
        words.append(RoleWord(phrase, role, kind, owned=owned))
        if row["plural"] == "yes":
            words.append(RoleWord(plural_of(phrase), role, kind, plural=True, owned=owned))
    return tuple(words)


@cache
def read_settlements() -> dict[tuple[str, str], str | None]:
    """(group word, place country or "*") -> the state the group belongs to (None: no country)."""
    found: dict[tuple[str, str], str | None] = {}
    for row in data_rows("settlements.tsv"):
        for word in (row["word"].lower(), plural_of(row["word"].lower())):
            found[(word, row["place"])] = row["country"] or None
    return found


@cache
def read_people_nouns() -> frozenset[str]:
    """State demonyms that mean a people after that people's name ("Mohawk Indians")."""
    return frozenset(row["word"] for row in data_rows("people_nouns.tsv"))


@cache
def read_person_cues() -> dict[str, frozenset[str]]:
    """Words around a person's name that say whose the person is, by list (heads): person_cues.tsv."""
    return _word_lists("person_cues.tsv")


def _word_lists(filename: str) -> dict[str, frozenset[str]]:
    """A data file of (list, word) rows as lower-case word sets by list name."""
    found: dict[str, set[str]] = {}
    for row in data_rows(filename):
        found.setdefault(row["list"], set()).add(row["word"].lower())
    return {name: frozenset(words) for name, words in found.items()}


@cache
def read_link_words() -> dict[str, frozenset[str]]:
    """The linker's word lists by name (group, bloc, foreign, peacekeepers, envoy, sent, quantity): link_words.tsv."""
    return _word_lists("link_words.tsv")


@cache
def read_name_places() -> dict[str, frozenset[str]]:
    """Words that make a person's name part of a place's or a body's name ("Mount Arafat", "Kim Il Sung
    University"), by list (before, place, body, between): name_places.tsv."""
    return _word_lists("name_places.tsv")


@dataclass(frozen=True)
class ContextName:
    """A word that names a country only in an article naming one of ``when`` ("the mainland" beside Taiwan)."""

    word: str
    country: str  # the name of the country's own entry ("China")
    when: frozenset[str]


@cache
def read_context_names() -> tuple[ContextName, ...]:
    """context_names.tsv: words that name a country in an article about certain others."""
    return tuple(
        ContextName(row["word"].lower(), row["country"], frozenset(split_list(row["when"])))
        for row in data_rows("context_names.tsv")
    )


@cache
def read_place_nouns() -> dict[str, bool]:
    """Nouns for a part of a place ("the north of Mali") -> whether "on" before them is a place ("on the
    outskirts of Kabul"): place_nouns.tsv."""
    return {row["word"].lower(): row["on"] == "yes" for row in data_rows("place_nouns.tsv")}


@cache
def read_seat_exclusions() -> frozenset[str]:
    return frozenset(row["name"] for row in data_rows("seats_excluded.tsv"))


def _country_entries() -> list[Entry]:
    """Countries from pycountry + countryinfo, then the override table, which wins every conflict."""
    import countryinfo
    import pycountry

    entries: list[Entry] = []
    population: dict[str, int] = {}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        name = getattr(country, "common_name", None) or country.name
        names[code] = name.split(",")[0] if "," not in name else name  # fixed below from countryinfo
        for phrase in {country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)}:
            if phrase and "," not in phrase:  # "Korea, Republic of" is a catalogue form, not news
                entries.append(Entry(phrase, names[code], "country", code))
    excluded_seats = read_seat_exclusions()
    for info in countryinfo.all_countries():
        data = info.info()
        code = (data.get("ISO") or {}).get("alpha3")
        if code not in names:
            continue  # no longer an ISO 3166 country (e.g. ANT, the Netherlands Antilles)
        population[code] = data.get("population") or 0
        if "," in names[code] and data.get("name"):  # "Palestine, State of" -> "Palestine"
            names[code] = data["name"]
        name = names[code]
        if data.get("name"):
            entries.append(Entry(data["name"], name, "country", code))
        for alt in data.get("altSpellings") or []:
            # two- and three-letter ISO codes ("IN", "CAN") are ordinary words too often
            if len(alt) > 3 and alt.isascii() and "," not in alt:
                entries.append(Entry(alt, name, "country", code))
        demonym = data.get("demonym")
        if demonym:
            entries.append(Entry(demonym, name, "demonym", code))
            plural = demonym_plural(demonym)
            if plural:
                entries.append(Entry(plural, name, "demonym", code))
        capitals = data.get("capital") or []
        if capitals == data.get("name"):
            capitals = []  # city-states (Singapore, Monaco): the name is the country
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            if capital and capital not in excluded_seats and capital.isascii():
                entries.append(Entry(capital, capital, "seat", code, "GOV"))
    # conflicts among the library sources: the more populous country keeps the phrase
    entries.sort(key=lambda e: population.get(e.country or "", 0))
    by_phrase = {(e.phrase, e.kind == "demonym"): e for e in entries}
    entries = list(by_phrase.values())
    for row in data_rows("countries.tsv"):
        code = row["code"]
        name = names.get(code) or split_list(row["names"])[0]
        for phrase in split_list(row["names"]):
            entries.append(Entry(phrase, name, "country", code, priority=5))
        for phrase in split_list(row["demonyms"]):
            entries.append(Entry(phrase, name, "demonym", code, priority=5))
        for seat in split_list(row["seats"]):
            phrase, _, role = seat.partition(":")
            entries.append(Entry(phrase, phrase, "seat", code, role or "GOV", priority=5))
    return entries


def _igo_entries() -> list[Entry]:
    entries = []
    for row in data_rows("igos.tsv"):
        for phrase in [row["name"], *split_list(row["aliases"])]:
            entries.append(Entry(phrase, row["name"], "igo", row["code"], priority=6))
    return entries


def _media_entries() -> list[Entry]:
    entries = []
    for row in data_rows("media.tsv"):
        for phrase in [row["name"], *split_list(row["aliases"])]:
            entries.append(Entry(phrase, row["name"], "media", row["country"], "MED", priority=6))
    return entries


def _people_entries() -> list[Entry]:
    """Ethnic and religious peoples, read as demonyms whose people are civilians (CVL)."""
    entries = []
    for row in data_rows("peoples.tsv"):
        for phrase in [row["name"], *split_list(row["aliases"])]:
            entries.append(Entry(phrase, row["name"], "demonym", row["country"] or None, "CVL", priority=6))
    return entries


def _region_entries() -> list[Entry]:
    """Regions: matched only so that the country words inside them ("South America") are not."""
    return [Entry(row["name"], row["name"], "region", priority=6) for row in data_rows("regions.tsv")]


def _region_group_entries() -> list[Entry]:
    """Groups of states named by their region ("Western powers", "Arab nations"): parties with a CAMEO region code."""
    return [
        Entry(phrase, split_list(row["names"])[0], "country", row["code"], priority=6)
        for row in data_rows("region_groups.tsv")
        for phrase in split_list(row["names"])
    ]


def _group_entries() -> list[Entry]:
    entries = []
    for row in data_rows("groups.tsv"):
        for phrase in [row["name"], *split_list(row["aliases"])]:
            entries.append(
                Entry(
                    phrase,
                    row["name"],
                    "organisation",
                    row["country"],
                    row["role"] or None,
                    valid_from=_date(row.get("valid_from", "")),
                    valid_to=_date(row.get("valid_to", "")),
                    priority=6,
                )
            )
    return entries


def _company_entries() -> list[Entry]:
    """Companies named without their country ("Gazprom chairman Alexei Miller"): their home country's business."""
    return [
        Entry(phrase, row["name"], "organisation", row["country"], "BUS", priority=6)
        for row in data_rows("companies.tsv")
        for phrase in [row["name"], *split_list(row["aliases"])]
    ]


@dataclass(frozen=True)
class OfficeHolder:
    name: str
    aliases: tuple[str, ...]
    country: str
    role: str | None
    title: str
    valid_from: dt.date | None
    valid_to: dt.date | None

    def in_office(self, day: dt.date | None) -> bool:
        return within(day, self.valid_from, self.valid_to)


def _holders(filename: str) -> tuple[OfficeHolder, ...]:
    """The rows of a file of people with dated terms (a file with no title column gives none)."""
    return tuple(
        OfficeHolder(
            row["name"],
            tuple(split_list(row["aliases"])),
            row["country"],
            row["role"] or None,
            row.get("title", ""),
            _date(row["valid_from"]),
            _date(row["valid_to"]),
        )
        for row in data_rows(filename)
    )


@cache
def read_office_holders() -> tuple[OfficeHolder, ...]:
    return _holders("office_holders.csv")


def _shared_surnames(holders: tuple[OfficeHolder, ...]) -> dict[tuple[str, str], str]:
    """(Holder name, state) -> its surname where that surname alone is the alias of another holder of the same state ('Bush'
    for George W. Bush as for his father, 'Koizumi' for Junichiro as for Shinjiro): each namesake gets it, and the
    article's date picks the one in office (``matcher``), not the row that happens to list it. (Namesakes of two
    states are left as listed: a spelling key stays one state's, ``variants``.)"""
    aliases = {(alias, h.country) for h in holders for alias in h.aliases if " " not in alias}
    surnames = {h.name: h.name.split()[-1] for h in holders if " " in h.name}
    return {
        (h.name, h.country): surnames[h.name]
        for h in holders
        if h.name in surnames and (surnames[h.name], h.country) in aliases and surnames[h.name] not in h.aliases
    }


# A surname news may write alone for an office holder: one capitalised word of four letters or more.
SURNAME = re.compile(r"[A-Z][a-z]{3,}")


@cache
def _english_words() -> frozenset[str]:
    """The lower-case words of the pipeline's lemma index (WordNet's nouns, verbs, adjectives and adverbs):
    a surname that is also a word ("Rice", "Major", "Straw") is not read as the person when written alone."""
    from ..nlp import load_nlp

    table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(word for words in table.values() for word in words)


TOWN_POPULATION = 20_000  # a surname that is also the main name of a town this size is the town's ("Bolton")


def _town(word: str) -> bool:
    """Whether ``word`` is the primary name of a place of ``TOWN_POPULATION`` people or more in the gazetteer."""
    from ..places.gazetteer import PRIMARY, load_gazetteer, name_key

    return any(q == PRIMARY and e.population >= TOWN_POPULATION for e, q in load_gazetteer().lookup(name_key(word)))


def _surnames_alone(
    holders: tuple[OfficeHolder, ...], past: tuple[OfficeHolder, ...], taken: frozenset[str]
) -> dict[tuple[str, str], str]:
    """(Holder name, state) -> its surname, for news that names a leader by surname alone after the first mention
    ("Rajapaksa said", "Kabila agreed") where the file lists no such alias: the last word of the name, if it names
    no one else. Not a surname borne, in any spelling ("Lamy", "Lammy"), by an official of another state (office
    holders and past officials), nor anyone's given name, nor an English word, nor a town's name, nor a phrase of
    the lexicon's other names. Each namesake of the state gets it, and it names one only inside the term
    (``Entry.term_only``): "Cameron" is the British prime minister in a story of 2012, no one in a story of 1998."""
    names = [p.name for p in (*holders, *past) if " " in p.name]
    given = {name.split()[0] for name in names}
    states: dict[str, set[str]] = {}
    for person in (*holders, *past):
        if " " in person.name:
            states.setdefault(_word_key(person.name.split()[-1]), set()).add(person.country)
    aliases = {alias for h in holders for alias in h.aliases}
    english = _english_words()
    out = {}
    for h in holders:
        surname = h.name.split()[-1] if " " in h.name else ""
        if (
            SURNAME.fullmatch(surname)
            and states.get(_word_key(surname)) == {h.country}
            and surname not in given
            and surname not in aliases
            and surname not in taken
            and surname.lower() not in english
            and not _town(surname)
        ):
            out[h.name, h.country] = surname
    return out


def _office_holder_entries(taken: frozenset[str] = frozenset()) -> list[Entry]:
    """Office holders by their names, aliases, a surname a namesake of the same state is known by, and a surname
    alone that names no one else (``taken``: the phrases of the lexicon's other entries)."""
    holders = read_office_holders()
    surnames = _shared_surnames(holders)
    alone = _surnames_alone(holders, read_past_people(), taken)
    return [
        Entry(phrase, h.name, "person", h.country, h.role, h.title, None, h.valid_from, h.valid_to, priority=7)
        for h in holders
        for phrase in (h.name, *h.aliases, *([surnames[h.name, h.country]] if (h.name, h.country) in surnames else []))
    ] + [
        Entry(
            alone[h.name, h.country],
            h.name,
            "person",
            h.country,
            h.role,
            h.title,
            None,
            h.valid_from,
            h.valid_to,
            priority=7,
            term_only=True,
        )
        for h in holders
        if (h.name, h.country) in alone
    ]


@cache
def read_past_people() -> tuple[OfficeHolder, ...]:
    """people_phoenix.tsv: officials of every state since the early twentieth century from the Phoenix
    dictionary (one row per term; no title, the dictionary gives none)."""
    return _holders("people_phoenix.tsv")


@cache
def _word_key(word: str) -> str:
    from .variants import name_key

    return name_key(word)


def _spelling_key(phrase: str) -> tuple[str, ...]:
    """A name's words in one spelling, hyphens as spaces ("Okonjo-Iweala" and "Okonjo Iweala" are one name)."""
    return tuple(_word_key(word) for word in re.split(r"[\s-]+", phrase) if word)


def _name_ends(phrase: str) -> tuple[str, str]:
    """A name's first and last word in one spelling ("Omar Hassan Ahmad al-Bashir" -> ("omar", "bashir"))."""
    words = phrase.split()
    return _word_key(words[0]), _word_key(words[-1])


def _past_people_entries() -> list[Entry]:
    """People of the past, where the office holders do not know them already: the office holders win for a
    phrase they list in any spelling (whoever it names) and for a person they list under another form of the
    same name (first and last word, same country)."""
    holders = read_office_holders()
    phrases = {_spelling_key(phrase) for h in holders for phrase in (h.name, *h.aliases)}
    known = {(h.country, _name_ends(phrase)) for h in holders for phrase in (h.name, *h.aliases) if " " in phrase}
    entries = []
    for person in read_past_people():
        forms = [phrase for phrase in (person.name, *person.aliases) if _spelling_key(phrase) not in phrases]
        if not forms or any((person.country, _name_ends(phrase)) in known for phrase in forms):
            continue
        entries.extend(
            Entry(
                phrase,
                person.name,
                "person",
                person.country,
                person.role,
                None,
                None,
                person.valid_from,
                person.valid_to,
                priority=6,
            )
            for phrase in forms
        )
    return entries


@cache
def _packaged_lexicon() -> ActorLexicon:
    others = (
        _country_entries()
        + _igo_entries()
        + _media_entries()
        + _group_entries()
        + _company_entries()
        + _people_entries()
        + _region_entries()
        + _region_group_entries()
    )
    entries = others + _office_holder_entries(frozenset(e.phrase for e in others)) + _past_people_entries()
    return ActorLexicon(entries, list(read_roles()))


def default_lexicon() -> ActorLexicon:
    """The packaged lexicon (built once; do not mutate it: ``.copy()`` then ``.extend()``)."""
    return _packaged_lexicon()


_current: contextvars.ContextVar[ActorLexicon | None] = contextvars.ContextVar("actor_lexicon", default=None)


def current_lexicon() -> ActorLexicon:
    """The lexicon the actors stage uses now: the one set by :func:`using_lexicon`, else the default."""
    return _current.get() or default_lexicon()


@contextmanager
def using_lexicon(lexicon: ActorLexicon) -> Iterator[ActorLexicon]:
    """Run the actors stage with ``lexicon`` inside the ``with`` block (thread- and task-local)."""
    token = _current.set(lexicon)
    try:
        yield lexicon
    finally:
        _current.reset(token)
