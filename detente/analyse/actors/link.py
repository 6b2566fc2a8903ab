"""Decide which mentions are the same actor: names, spelling variants, surnames, titles, pronouns.

The first full mention of a person fixes name, title, country and role; later short mentions
("Lee", "President Xi", "the president", "he" where only one person can be meant) attach to that
actor. Two people who share a surname stay two actors; a bare surname goes to the one mentioned
last. Capitals and "the government" of one country are one government actor.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .lexicon import OfficeHolder, current_lexicon, read_link_words, read_office_holders
from .mentions import Candidate, name_key, name_parts
from .phrases import TITLE_FILLERS

# roles of people who hold a state office: where the article does not say which state, the
# country of the people around them is the best evidence there is
STATE_ROLES = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "SPY"})
# a state's armed and security forces: "Turkey said troops had entered ..." (officials and leaders in a
# reported clause are as often another side's: "Kim said the leaders would send a message")
FORCE_ROLES = frozenset({"MIL", "COP", "SPY"})
# people who are where the sentence happens because they came from elsewhere
VISITORS = frozenset(
    {
        "tourists",
        "visitors",
        "pilgrims",
        "travellers",
        "travelers",
        "migrants",
        "refugees",
        "asylum seekers",
        "foreigners",
        "settlers",  # settlers came from the state that settles them, not where they live
        "immigrants",
    }
)
# what a candidate wins: "won Chile's presidential runoff"
ELECTION_WORDS = frozenset({"election", "runoff", "run-off", "vote", "poll", "ballot", "presidency", "race"})
# "the new government": not the government named before
NEW_WORDS = frozenset({"new", "incoming", "interim", "next", "future", "transitional", "caretaker"})
# roles of people who act in their own country: with no other clue, the country the story is filed from
DOMESTIC_ROLES = frozenset({"OPP", "PTY", "CVL", "EDU", "LAB", "COP", "REL", "AGR"})  # clergy and farmers too
# prepositions after a verb that name whom the subject acts on or speaks to
ADDRESS_PREPOSITIONS = frozenset({"with", "against", "on", "to", "at"})
# groups that are institutions of the state the article is about when no other country is given
# clauses of a verb that are not the clause of its subject's phrase
OTHER_CLAUSES = frozenset({"advcl", "ccomp", "conj", "xcomp", "parataxis", "csubj"})
HOME_GROUPS = frozenset({"police", "authorities", "security forces", "armed forces", "riot police"})


@dataclass
class Cluster:
    kind: str
    name: str
    country: str | None = None
    role: str | None = None
    title: str | None = None
    code: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token spans
    parts: set[str] = field(default_factory=set)  # persons: lower-case name words
    country_source: str | None = None  # text, office_holders, same_title, neighbour, place, home
    place_country: str | None = None  # where its first mention's sentence happens
    venue_country: str | None = None  # where the meeting or visit of its first mention's sentence is
    head_word: str | None = None  # agents: the role word of the first mention

    @property
    def guessed_country(self) -> bool:
        """True when the country is inferred from context rather than stated or known from the data."""
        return self.country_source not in {None, "text", "office_holders"}

    def add(self, candidate: Candidate) -> None:
        self.mentions.append((candidate.start, candidate.end))
        if self.country is None and candidate.country:
            self.country, self.country_source = candidate.country, candidate.country_source
        self.role = self.role or candidate.role
        self.title = self.title or candidate.title
        self.code = self.code or candidate.code
        if len(self.mentions) == 1:
            self.place_country = candidate.place_country
            self.venue_country = candidate.venue_country
            self.head_word = candidate.head_word

    def last_before(self, position: int) -> int:
        return max((start for start, _ in self.mentions if start < position), default=-1)

    def first_after(self, position: int) -> int | None:
        return min((start for start, _ in self.mentions if start > position), default=None)


# "the Chinese leader", "the head of state": words for whoever leads a state, said of its president,
# prime minister or monarch named before
LEADER_WORDS = frozenset({"leader", "head of state", "head of government", "ruler"})
TOP_TITLES = ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader")


# Quotation marks that open a direct quote: its subject is the one quoted about, not who the story follows.
QUOTE_MARKS = frozenset({'"', "“", "'", "‘", "``"})


def _reported_by_a_thing(sentence: Span) -> list[Token]:
    """The clause a statement, a ministry or an agency reports ("X arrived and met Y, the statement said"), whose
    subject is the one the story follows; none where a person reports (the reporter is the subject then) or the
    clause is a direct quote ("'Mr Moose has no right', Ngbanda told AFP")."""
    root = sentence.root
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or any(s.pos_ in {"PROPN", "PRON"} for s in subjects) or sentence[0].text in QUOTE_MARKS:
        return []
    return [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]


def _leader_word_fits(word: str, person: Cluster) -> bool:
    title = (person.title or "").lower()
    return (
        word in LEADER_WORDS
        and person.role == "GOV"
        and any(top in title for top in TOP_TITLES)
        and not any(part in title for part in ("vice", "deputy", "former"))
    )


def _second_in_rank(word: str, title: str | None, written: str) -> bool:
    """'the prime minister' after 'Deputy Prime Minister X', 'the president' after 'vice president Y': the title
    word names the first in rank, not a deputy, unless the mention says deputy too."""
    words = (title or "").lower().replace("-", "- ").split()
    if not word.split() or word not in " ".join(words):
        return False
    before = words[: next((i for i, w in enumerate(words) if word.split()[0] in w), len(words))]
    said = written.lower().replace("-", "- ").split()
    return any(w in DEPUTY_WORDS and w not in said for w in before)


def _title_key(title: str | None) -> str | None:
    if not title:
        return None
    words = [w for w in title.lower().split() if w not in TITLE_FILLERS]
    return " ".join(words) or None


# roles of armed groups that fight a state: a "the militants" with no name refers to the one named last
ARMED_GROUP_ROLES = frozenset({"REB"})
# word lists of link_words.tsv: words for an armed group ("the group") or an international organisation
# ("the bloc") named before, modifiers that say a force is not the country's where it is ("foreign
# troops"), peacekeepers' head words, counts that do not tell two unnamed groups apart, and the titles of
# envoys, who belong to the state that sends them
_LINK_WORDS = read_link_words()
GROUP_WORDS = _LINK_WORDS["group"]
BLOC_WORDS = _LINK_WORDS["bloc"]
FOREIGN_WORDS = _LINK_WORDS["foreign"]
PEACEKEEPERS = _LINK_WORDS["peacekeepers"]
# "Britain has troops deployed in Iraq": verbs by which a state keeps forces as its own
HOLDING_VERBS = _LINK_WORDS["hold"]
QUANTITY_WORDS = _LINK_WORDS["quantity"]
DEPUTY_WORDS = _LINK_WORDS["deputy"]
ENVOY_WORDS = _LINK_WORDS["envoy"]


def _describing_words(name: str) -> str:
    """The words of a group's phrase before its head that say which group, without counts."""
    words = [w.lower() for w in name.split()[:-1]]
    return " ".join(w for w in words if w.isalpha() and w not in QUANTITY_WORDS)


def _international(k: Cluster) -> bool:
    return bool(k.country) and k.country[:3] == "IGO"


def _armed_group(k: Cluster) -> bool:
    return (
        k.role in ARMED_GROUP_ROLES
        and k.kind in {"group", "organisation"}
        and not k.guessed_country
        and bool(k.country)
    )


class Linker:
    def __init__(self, doc: Doc, day: dt.date | None, dateline_country: str | None = None) -> None:
        self.doc = doc
        self.day = day
        self.dateline_country = dateline_country
        self.place_countries: dict[int, str] = {}
        self.clusters: list[Cluster] = []
        self.by_key: dict[tuple, Cluster] = {}

    def keyed(self, key: tuple, candidate: Candidate, kind: str) -> Cluster:
        cluster = self.by_key.get(key)
        if cluster is None:
            cluster = Cluster(kind, candidate.name)
            self.by_key[key] = cluster
            self.clusters.append(cluster)
        cluster.add(candidate)
        return cluster

    def link(self, candidates: list[Candidate]) -> list[Cluster]:
        # sentence start -> the one country its places are in
        self.place_countries = {self.doc[c.start].sent.start: c.sentence_place for c in candidates if c.sentence_place}
        # "supporters of X": mention start -> start of X's mention
        self.owners = {c.start: c.owner for c in candidates if c.owner is not None}
        deferred: list[Candidate] = []
        for candidate in candidates:
            if not self._link_direct(candidate):
                deferred.append(candidate)
        self._counterparts()
        self._regional_leaders()
        for candidate in deferred:
            self._link_deferred(candidate)
        self._fill_countries()
        return sorted(self.clusters, key=lambda c: min(c.mentions))

    def _election_winners(self) -> None:
        """'Candidate X won Chile's presidential runoff': the winner is of that country, and the
        winner of a presidential vote is its president-elect (GOV)."""
        for k in self.clusters:
            # a president-to-be in the office-holder data before his term is still named here
            if k.kind != "person" or (k.country and k.country_source != "office_holders"):
                continue
            for start, end in k.mentions:
                token = self.doc[start:end].root
                if token.dep_ != "nsubj" or token.head.lemma_ != "win":
                    continue
                for vote in token.head.children:
                    if vote.dep_ != "dobj" or vote.lemma_ not in ELECTION_WORDS:
                        continue
                    owner = next((c for c in vote.children if c.dep_ == "poss"), None)
                    country = self._country_at(owner.i) if owner is not None else None
                    if country:
                        k.country, k.country_source = country, "text"
                        if k.role is None and any(c.lower_ == "presidential" for c in vote.children):
                            k.role = "GOV"

    def _country_at(self, position: int) -> str | None:
        for k in self.clusters:
            if k.kind == "country" and k.country and any(s <= position < e for s, e in k.mentions):
                return k.country
        return None

    def _counterparts(self) -> None:
        """'X met his counterpart Y': a counterpart holds the office of the one he meets, so that
        "the Australian foreign minister" later is Y."""
        for k in self.clusters:
            if "counterpart" not in (k.title or "").lower():
                continue
            start, end = min(k.mentions)
            partners = self._partners(self.doc[start:end].root)
            met = [o for o in self.clusters if o is not k and any(s in partners for s, _ in o.mentions)]
            if len(met) == 1:
                k.role = k.role or met[0].role
                k.title = met[0].title or k.title

    # -- mentions that name their actor outright
    def _link_direct(self, c: Candidate) -> bool:
        if c.kind == "person":
            parts = name_parts(c.name)
            if c.entry is None and (len(parts) < 2 or len(c.name.split()) < 2):
                # one word, even hyphenated ("Douste-Blazy"), is a surname: linked to a full name later
                return False
            fuller = self._fuller_name_before(c, parts) if c.entry is None else None
            if fuller is not None:
                # "Abu Zuhri" after "Sami Abu Zuhri": a surname of two words is the person named in full before
                fuller.add(c)
                return True
            cluster = self.keyed(("person", name_key(c.name)), c, "person")
            # a hyphenated surname is also known whole: "Martin-Dufour" after "Pierre Martin-Dufour"
            cluster.parts |= parts | {name_key(word) for word in c.name.split() if "-" in word}
            return True
        if c.kind == "country":
            self.keyed(("country", c.country), c, "country")
            return True
        if c.kind == "city":
            self.keyed(("city", name_key(c.name)), c, "city")
            return True
        if c.kind == "government":
            if c.country is None:
                return False
            self.keyed(("government", c.country, c.role), c, "government")
            return True
        if c.kind == "organisation":
            if c.entry is not None and c.entry.kind in {"igo", "media"}:
                self.keyed(("org", c.entry.name), c, "organisation")
                return True
            if c.country is None and c.definite and c.head_word:
                return False  # "the ministry": the ministry named before
            person = self._person_by_hyphenated_surname(c)
            if person is not None:
                # "Douste-Blazy said", which the parser took for an organisation, after "Philippe Douste-Blazy"
                person.add(c)
                return True
            self.keyed(("org", c.country, c.head_word or name_key(c.name)), c, "organisation")
            return True
        if c.kind == "group":
            if c.country is None and c.definite and c.head_word:
                return False  # "the presidential guard": the guard named before
            # with no country, the words that say which ("Islamist fighters", "government fighters") keep
            # two groups apart; counts and quantities do not ("25 fishermen", "fishermen")
            which = _describing_words(c.name) if c.country is None else ""
            self.keyed(("group", c.country, c.role, which, c.head_word or name_key(c.name)), c, "group")
            return True
        return False  # titles and pronouns need an antecedent

    def _unnamed_title_before(self, k: Cluster) -> Cluster | None:
        """The one person introduced before by title alone with a stated country whose title ends with this named
        person's title ("a Libyan police commander" for "the commander, Salem X")."""
        key = _title_key(k.title) or ""
        first = min(k.mentions)[0]
        found = [
            other
            for other in self.clusters
            if other.kind == "person"
            and not other.parts
            and other.country
            and not other.guessed_country
            and min(other.mentions)[0] < first
            and (_title_key(other.title) or "").endswith(key)
        ]
        return found[0] if len(found) == 1 else None

    def _fuller_name_before(self, c: Candidate, parts: set[str]) -> Cluster | None:
        """The one person named before with every word of this name and more ("Sami Abu Zuhri" for "Abu Zuhri")."""
        people = [
            k
            for k in self.clusters
            if k.kind == "person"
            and parts < k.parts
            and k.last_before(c.start) >= 0
            and (c.country in {None, k.country})
        ]
        return people[0] if len(people) == 1 else None

    def _person_by_hyphenated_surname(self, c: Candidate) -> Cluster | None:
        """The person named in full before whose hyphenated surname an unlisted one-word 'organisation' is."""
        if c.entry is not None or c.role or c.country or len(c.name.split()) != 1 or "-" not in c.name.strip("-"):
            return None
        word = name_key(c.name)
        people = [k for k in self.clusters if k.kind == "person" and word in k.parts and k.last_before(c.start) >= 0]
        return people[0] if len(people) == 1 else None

    # -- mentions that refer back (or forward) to an actor
    def _link_deferred(self, c: Candidate) -> None:
        if c.kind == "person":
            self._link_surname(c)
        elif c.kind == "title":
            self._link_title(c)
        elif c.kind == "pronoun":
            self._link_pronoun(c)
        elif c.kind == "it":
            for cluster in self.clusters:
                if any(start == c.antecedent for start, _ in cluster.mentions):
                    cluster.add(c)
                    break
        elif c.kind == "government":
            # "the new government" is not the one named before, nor is the government a subject deals
            # with ("Washington looked forward to working with the new government")
            fresh = any(self.doc[i].lower_ in NEW_WORDS for i in range(c.start, c.end))
            partners = self._partners(self.doc[c.start : c.end].root)
            previous = None
            if not fresh:
                word = self.doc[c.start : c.end].root.lower_

                def free(k: Cluster) -> bool:
                    return k.kind == "government" and not any(s in partners for s, _ in k.mentions)

                # the government named as one before ("Kenya's government ... the government")
                previous = self._recent(c.start, lambda k: free(k) and self._called(k, word))
                home = self._home_country() if previous is None else None
                if home is not None:
                    # a capital named in passing ("rockets at Asmara") is not the government of a story
                    # about another country ("ADDIS ABABA - ... the government said")
                    existing = self.by_key.get(("government", home, c.role))
                    if existing is None:
                        cluster = self.keyed(("government", home, c.role), c, "government")
                        cluster.country, cluster.country_source = home, "home"
                        return
                    previous = existing if free(existing) else None
                previous = previous or self._recent(c.start, free)
            if previous:
                previous.add(c)
            else:
                self.keyed(("government", None, c.role), c, "government")
        elif c.kind == "group":
            word = c.head_word or ""
            previous = self._recent(c.start, lambda k: k.kind == "group" and word in (k.head_word or "").split(" "))
            if previous is None and word:
                # "Iran's Revolutionary Guards navy ... The Guards": a named body called by its head word
                previous = self._recent(c.start, lambda k: k.kind == "organisation" and self._called(k, word))
            if previous is None and c.role in ARMED_GROUP_ROLES:
                # "Al-Shabaab fighters overran a base ... The militants claimed ...": the armed group
                # named last, whatever word the story used for it
                previous = self._recent(c.start, _armed_group)
            if previous:
                previous.add(c)
            else:
                self.keyed(("group", None, c.role, c.head_word), c, "group")
        elif c.kind == "organisation":
            word = (c.head_word or "").lower()
            previous = self._recent(c.start, lambda k: k.kind == "organisation" and self._called(k, word))
            if previous is None and word in GROUP_WORDS:
                # "Hamas ... the Islamist group, which has controlled Gaza": the armed group named last
                previous = self._recent(c.start, lambda k: _armed_group(k) and k.kind == "organisation")
                previous = previous or self._recent(c.start, _armed_group)
            if previous is None and word in BLOC_WORDS:
                # "ECOWAS ... the regional bloc", "NATO ... the alliance": the international organisation
                # named last
                previous = self._recent(c.start, _international)
            if previous is None and c.role:
                # "KCNA said ... The state news agency added": the organisation of that sector named last
                previous = self._recent(c.start, lambda k: k.kind == "organisation" and k.role == c.role)
            if previous:
                previous.add(c)
            else:
                self.keyed(("org", None, name_key(c.name)), c, "organisation")

    def _called(self, k: Cluster, word: str) -> bool:
        """True if ``word`` is in the cluster's name or in one of its mentions ("the Commission" after
        "the European Commission", coded as the European Union)."""
        return word in k.name.lower() or any(word in self.doc[s:e].text.lower().split() for s, e in k.mentions)

    def _recent(self, position: int, accept) -> Cluster | None:
        best, best_at = None, -1
        for cluster in self.clusters:
            at = cluster.last_before(position)
            if at > best_at and accept(cluster):
                best, best_at = cluster, at
        return best

    def _link_surname(self, c: Candidate) -> None:
        word = name_key(c.name)
        people = [k for k in self.clusters if k.kind == "person" and word in k.parts and len(k.parts) > 1]
        if c.country:
            people = [k for k in people if k.country in {None, c.country}] or people
        before = [k for k in people if k.last_before(c.start) >= 0]
        if before:
            chosen = max(before, key=lambda k: k.last_before(c.start))
        elif people:
            chosen = min(people, key=lambda k: k.first_after(c.start) or 0)
        else:
            holder = self._office_holder(word, c)
            if holder is None:
                cluster = self.keyed(("person", word), c, "person")
                cluster.parts |= {word}
                return
            chosen = self.by_key.get(("person", name_key(holder.name))) or Cluster("person", holder.name)
            if chosen not in self.clusters:
                self.by_key[("person", name_key(holder.name))] = chosen
                self.clusters.append(chosen)
            chosen.country, chosen.role, chosen.country_source = holder.country, holder.role, "office_holders"
            chosen.title = c.title or holder.title
            chosen.parts |= name_parts(holder.name)
        chosen.add(c)

    def _office_holder(self, surname: str, c: Candidate) -> OfficeHolder | None:
        """'President Lee' in an article that never gives his full name: the office-holder data."""
        title = (c.title or "").lower()
        if not title:
            return None
        found = [
            h
            for h in read_office_holders()
            if h.in_office(self.day)
            and surname in {name_key(p) for p in name_parts(h.name)}
            and any(word in h.title.lower() for word in title.split() if word not in TITLE_FILLERS)
            and (c.country is None or c.country == h.country)
        ]
        return found[0] if len(found) == 1 else None

    def _link_title(self, c: Candidate) -> None:
        word = (c.head_word or "").lower()
        if c.definite or c.country:
            previous = self._recent(
                c.start,
                lambda k: (
                    k.kind == "person"
                    and (word in (k.title or "").lower() or _leader_word_fits(word, k))
                    and not _second_in_rank(word, k.title, self.doc[c.start : c.end].text)
                    and (c.country is None or k.country in {None, c.country})
                ),
            )
            if previous:
                previous.add(c)
                return
        self.keyed(("title", c.country, c.name.lower()), c, "person")

    def _link_pronoun(self, c: Candidate) -> None:
        person = self._antecedent(c.start)
        if person is not None:
            person.add(c)

    def _antecedent(self, position: int) -> Cluster | None:
        """The one person a pronoun at token ``position`` can mean, or None when it is ambiguous.

        The people named before it in its sentence; if none, those of the previous sentence (or the
        one before): one person, or else the subject of that sentence.
        """
        sentence = self.doc[position].sent
        same = self._people_in(sentence.start, position)
        if len(same) == 1:
            return same[0]
        if same:
            return None  # two people before it in the same sentence: ambiguous
        start = sentence.start
        for _ in range(2):  # the previous sentence, or the one before it
            if start == 0:
                return None
            previous = self.doc[start - 1].sent
            people = self._people_in(previous.start, previous.end)
            if len(people) == 1:
                return people[0]
            if people:
                return self._subject_of(previous, people)
            start = previous.start
        return None

    def _people_in(self, start: int, end: int) -> list[Cluster]:
        return [k for k in self.clusters if k.kind == "person" and any(start <= s < end for s, _ in k.mentions)]

    def _subject_of(self, sentence, people: list[Cluster]) -> Cluster | None:
        """The person who is the grammatical subject of the sentence's main verb, if any; when that verb only
        reports ("X arrived on Tuesday and met Y, the statement said"), the subject of what it reports."""
        verbs = [sentence.root, *_reported_by_a_thing(sentence)]
        for verb in verbs:
            for child in verb.children:
                if child.dep_ in {"nsubj", "nsubjpass"}:
                    for person in people:
                        if any(s <= child.i < e for s, e in person.mentions):
                            return person
        return None

    def _fill_countries(self) -> None:
        """People with a state title but no country: the same title's country, else the country the
        article is about, else their neighbours'."""
        self._counterparts()  # again, for those that were linked late ("his Philippine counterpart")
        self._election_winners()
        home = self._home_country()
        if home is not None and self.dateline_country not in {None, home} and not self._dateline_named():
            # "ABUJA - ... Niger's junta ...": a story about another country, filed from a capital its text never
            # names: the dateline tells where the reporter sits, not whose the roles the text leaves unplaced are
            self.dateline_country = None
        by_title = {}
        for k in self.clusters:
            key = _title_key(k.title)
            if k.kind == "person" and key and k.country:
                by_title.setdefault(key, k.country)
        for k in self.clusters:
            if k.kind != "person" or k.country or k.role not in STATE_ROLES:
                continue
            key = _title_key(k.title)
            # "the foreign minister" is the one named before; a second named vice minister is more
            # likely the first one's counterpart than his colleague
            country, source = (by_title.get(key) if key and not k.parts else None), "same_title"
            introduced = self._unnamed_title_before(k) if key and k.parts else None
            if country is None and introduced is not None:
                # "Italy freed a Libyan police commander ... releasing the commander, Salem X": the one named now
                country, k.role = introduced.country, introduced.role or k.role
            if country is None:
                country, source = self._host_country(k), "place"
            start, end = min(k.mentions)
            if country is None:
                # "the Russian delegation headed by X": the leader of a body is of its country
                country, source = self._head_of_body(self.doc[start:end].root), "neighbour"
            if country is None and home and home not in self._addressed_countries(self.doc[start:end].root):
                # "the president" in a story about one country is its president, not the country
                # of a foreign visitor named just before
                country, source = home, "home"
            if country is None:
                # a side named in the official's own clause ("Israeli Defence Minister ... and Army
                # chief X"), before the dateline; a sentence before is not enough: wire copy names a
                # foreign official's country and leaves the local one's unsaid ("BERLIN - Beijing
                # dismissed ... Interior Minister X said")
                country, source = self._neighbour_country(min(k.mentions), own_clause=True, sentences=1), "neighbour"
            if country is None:
                # "China's Ministry of Commerce said ... A ministry spokesperson said": the office of the
                # body that spoke just before
                country, source = self._office_of_body_before(k), "neighbour"
            if country is None:
                # a wire story is filed from the country whose officials speak in it, unless the
                # official acts on that country ("summoned the Japanese ambassador" from TOKYO); a
                # country named in another clause of his sentence ("After talks with Chilean
                # officials, Minister X said ...") is more often the other side
                country, source = self._dateline_unless_addressed(k), "home"
            if country is None:
                country, source = self._neighbour_country(min(k.mentions)), "neighbour"
            if country:
                k.country, k.country_source = country, source
        # "supporters of X" when X's country was found only now
        for k in self.clusters:
            owner_at = next((self.owners[s] for s, _ in k.mentions if s in self.owners), None)
            if k.country is None and owner_at is not None:
                owner = next((o for o in self.clusters if any(s <= owner_at < e for s, e in o.mentions)), None)
                if owner is not None and owner.country:
                    k.country, k.country_source = owner.country, "neighbour"
        # the words say whose before the place does. "his government", "her ministry": the country of
        # the person the pronoun means
        for k in self.clusters:
            first = min(k.mentions)[0]
            if k.country is None and k.kind != "person" and self.doc[first].lower_ in {"his", "her"}:
                owner = self._antecedent(first)
                if owner is not None and owner.country:
                    k.country, k.country_source = owner.country, "neighbour"
            elif k.country is None and self.doc[first].lower_ in {"its", "their"}:
                # "China urged its citizens": the subject of the clause the phrase is in
                country = self._clause_subject_country(self.doc[first])
                if country:
                    k.country, k.country_source = country, "neighbour"
        # "Islamist fighters", "militants" with no country and no place: the armed groups the
        # article names are all of one country ("al-Shabaab"): theirs
        armed = {k.country for k in self.clusters if _armed_group(k)}
        for k in self.clusters:
            if k.country is None and k.role in ARMED_GROUP_ROLES and len(armed) == 1 and not k.place_country:
                k.country, k.country_source = next(iter(armed)), "neighbour"
        # "Britain has 7,200 troops deployed in Iraq": forces a state has, keeps or sends are its own, not the place's
        for k in self.clusters:
            if k.country is None and k.role in FORCE_ROLES and k.kind == "group":
                country = self._holding_state(min(k.mentions))
                if country:
                    k.country, k.country_source = country, "neighbour"
        # agents with a role but no country: the country the sentence happens in
        for k in self.clusters:
            if (
                k.country is None
                and k.role
                and k.kind in {"group", "organisation", "government"}  # people travel: a place says little
                and k.place_country
                and k.head_word not in VISITORS
                and k.role not in {"MED", "NGO"}  # reporters, papers and aid groups go where the news is
            ):
                k.country, k.country_source = k.place_country, "place"
        # "police dispersed protesters": people the police act on in the sentence are of the police's
        # country (police work at home; soldiers do not)
        for k in self.clusters:
            if (
                k.country is None
                and k.role
                and k.role not in STATE_ROLES | {"NGO"}
                and k.kind in {"group", "organisation"}
            ):
                country = self._police_country(min(k.mentions)[0])
                if country and k.head_word not in VISITORS:
                    k.country, k.country_source = country, "neighbour"
        # "the government", "police", "protesters", "the opposition leader" in an article about one
        # country: that country's (people named with a country of their own keep it)
        if home is not None:
            for k in self.clusters:
                if k.country is None and k.kind == "person" and k.title and not k.role:
                    # "Financial Secretary Henry Tang", "challenger X" in a story about one country: its own
                    # (a title that names no sector gives the country alone)
                    if home not in self._addressed_countries(self.doc[slice(*min(k.mentions))].root):
                        k.country, k.country_source = home, "home"
                    continue
                if k.country is not None or not k.role or k.head_word in VISITORS or k.role == "NGO":
                    continue  # a rights group with no country stated is coded NGO (below)
                if k.kind in {"government", "organisation", "person"} or (
                    k.kind == "group" and (k.role not in STATE_ROLES or k.head_word in HOME_GROUPS)
                ):
                    k.country, k.country_source = home, "home"
        # "opposition leader X", "protesters", "students" with no country anywhere else: people of
        # the country the story was filed from
        for k in self.clusters:
            # (police arresting "a French contractor" in Paris act on their own people: no exception)
            if k.country is None and k.role in DOMESTIC_ROLES and k.head_word not in VISITORS and self.dateline_country:
                k.country, k.country_source = self.dateline_country, "home"
        # "Israeli Defence Minister X said troops would seize ...", "Pakistan's army said soldiers
        # killed ...": a state's forces in the clause a state's own voice reports
        for k in self.clusters:
            if k.country is None and k.role in FORCE_ROLES and k.kind in {"group", "organisation"}:
                country = self._reporting_state(min(k.mentions))
                if country:
                    k.country, k.country_source = country, "neighbour"
        # "the foreign ministry" after "Foreign Minister X met his counterpart Y": the speaker's office
        for k in self.clusters:
            if k.country is None and k.role in STATE_ROLES and k.kind in {"government", "organisation", "group"}:
                start, end = min(k.mentions)
                if any(t.lower_ in {"both", "two"} for t in self.doc[start:end].root.subtree):
                    # "the two leaders", "both governments", "officials of the two countries": the two
                    # sides, not one country
                    continue
                # only a person speaks for a side; a dateline elsewhere says the office may be the
                # dateline country's ("SEOUL - North Korea fired ... The military said")
                country = self._neighbour_country(min(k.mentions), people_only=True)
                if country and self.dateline_country in {None, country} and k.kind != "group":
                    k.country, k.country_source = country, "neighbour"
                else:
                    # "PARIS - The foreign ministry summoned Russia's ambassador": the dateline's
                    country = self._dateline_unless_addressed(k)
                    if country:
                        k.country, k.country_source = country, "home"
        # "a human rights group" of no country: CAMEO codes a non-governmental organisation NGO
        for k in self.clusters:
            if k.country is None and k.role == "NGO" and k.kind in {"group", "organisation"}:
                k.country, k.role, k.country_source = "NGO", None, "text"
        internationals = {k.country for k in self.clusters if _international(k) and not k.guessed_country}
        # a peacekeeping mission named ("MONUSCO") is the one peacekeepers belong to
        missions = {c for c in internationals if c.endswith("PKO")} or internationals
        for k in self.clusters:
            start, end = min(k.mentions)
            foreign = any(t.lower_ in FOREIGN_WORDS for t in self.doc[start:end])
            armed = k.role in {"MIL", "REB"}  # "foreign nationals" in Thailand are coded where they are
            unknown = k.guessed_country or k.country is None  # "15 peacekeepers" of no country at all
            if unknown and k.kind == "group" and armed and (foreign or k.head_word in PEACEKEEPERS):
                # "foreign troops", "international forces", "peacekeepers" are not the forces of the place
                # they are in; where the article names one international organisation ("a NATO air
                # strike"), its
                k.country, k.country_source = None, None
                if len(missions) == 1:
                    k.country, k.country_source = next(iter(missions)), "neighbour"
        self._envoys_of_senders(home)
        self._voices()
        self._merge_governments()
        self._merge_titles_into_names()

    def _voices(self) -> None:
        """A person who speaks for another person ("X, a spokesman for Y", "Z, an aide to Y"; mentions.py sets the
        owner) is on Y's side, whatever the story's country: Y's code, once all countries are filled."""
        for k in self.clusters:
            if k.kind != "person" or k.role is not None or (k.country is not None and not k.guessed_country):
                continue
            owner_at = next((self.owners[s] for s, _ in k.mentions if s in self.owners), None)
            if owner_at is None:
                continue
            owner = next((o for o in self.clusters if any(s <= owner_at < e for s, e in o.mentions)), None)
            if owner is not None and owner is not k and owner.kind == "person" and owner.country:
                k.country, k.role, k.country_source = owner.country, owner.role, "neighbour"

    def _envoys_of_senders(self, home: str | None) -> None:
        """An ambassador, envoy or diplomat whose country the text does not state is not of the country
        he is posted to, where his sentence or the story happens ("NIAMEY - ... the junta expelled
        ambassador X"): a named envoy belongs to the one other state or organisation his sentence names
        ("France shut its embassy ... expelled ambassador X"), else to none known; unnamed "diplomats"
        who speak to the press are of no known state."""
        for k in self.clusters:
            if k.kind not in {"person", "group"} or (k.country is not None and not k.guessed_country):
                continue
            start, end = min(k.mentions)
            words = set((k.title or "").lower().split()) | {t.lower_ for t in self.doc[start:end]}
            if not words & ENVOY_WORDS:
                continue
            sentence = self.doc[start].sent
            # where he is posted: where his sentence happens, else where the story does ("MANAMA - ...
            # diplomat X will take up his post in Tehran" is Bahrain's)
            here = k.place_country or k.venue_country or self.place_countries.get(sentence.start)
            hosts = {here} if here else {self.dateline_country, home} - {None}
            if k.country is not None and k.country not in hosts:
                continue  # "his ambassador" after "Chavez recalled": a guess from the words, not the place
            hosts.add(k.country)
            stated = {
                o.country
                for o in self.clusters
                if o.country
                and not o.guessed_country
                and o.country[:3] not in {"NGO", "IMG"}
                and o.country not in hosts
                and any(sentence.start <= s < sentence.end for s, _ in o.mentions)
            }
            sender = stated.pop() if k.kind == "person" and len(stated) == 1 else None
            if sender or k.country is not None:
                k.country, k.country_source = sender, "neighbour" if sender else None

    def _merge_titles_into_names(self) -> None:
        """ "Hungary's foreign minister said ... The minister, Peter Szijjarto, ...": an office named
        without a name is the one person of that country named with that office."""
        named = [k for k in self.clusters if k.kind == "person" and k.parts and k.country and k.title]
        for k in list(self.clusters):
            if k.kind != "person" or k.parts or not k.country or not k.title:
                continue
            title = _title_key(k.title) or ""
            same = [
                p
                for p in named
                if p.country == k.country
                and (key := _title_key(p.title)) is not None
                and (key in title or title in key)
                # ("the prime minister" is not "Deputy Prime Minister X", nor the other way round)
                and not _second_in_rank(title, p.title, k.title)
                and not _second_in_rank(key, k.title, p.title or "")
            ]
            if len(same) == 1:
                same[0].mentions.extend(k.mentions)
                if len(title) > len(_title_key(same[0].title) or ""):
                    same[0].title = k.title  # "foreign minister" says more than "minister"
                self.clusters.remove(k)

    def _head_of_body(self, token: Token) -> str | None:
        """The stated country of the body a person heads: "the delegation headed by X", "a mission led by X"."""
        verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "by" else None
        if verb is None or verb.lemma_ not in {"head", "lead"} or verb.dep_ not in {"acl", "relcl"}:
            return None
        body = verb.head.i
        for k in self.clusters:
            if k.country and not k.guessed_country and any(s <= body < e for s, e in k.mentions):
                return k.country
        return None

    def _regional_leaders(self) -> None:
        """'West African leaders', 'Southeast Asian ministers': the officials of a region's states act
        together as the regional organisation the article names ("the Economic Community of West African
        States"), whose name holds the region's adjective."""
        names: dict[str, set[str]] = {}
        for entry in current_lexicon().entries:
            if entry.kind == "igo" and entry.country:
                names.setdefault(entry.country, set()).update((entry.phrase, entry.name))
        bodies = {k.country: names.get(k.country, set()) | {k.name} for k in self.clusters if _international(k)}
        for k in self.clusters:
            if k.country is not None or k.role != "GOV" or k.kind not in {"group", "person"} or not bodies:
                continue
            start, end = min(k.mentions)
            root = self.doc[start:end].root
            region = " ".join(t.text for t in self.doc[start : root.i] if t.pos_ in {"PROPN", "ADJ"} and t.is_title)
            found = {
                code for code, known in bodies.items() if len(region.split()) > 1 and any(region in n for n in known)
            }
            if len(found) == 1:
                k.country, k.role, k.country_source = found.pop(), None, "neighbour"

    def _office_of_body_before(self, k: Cluster) -> str | None:
        """The stated country of a body named as a subject in one of the two sentences before the
        person's first mention whose name shares a word of his title ("Seoul's trade ministry said
        ... Trade Minister X said", "the foreign ministry ... a ministry spokesperson"); not when that
        body addressed the country the story is filed from ("China's foreign ministry asked Buenos
        Aires to ... Foreign Minister X said": the one asked answers)."""
        # a word of the portfolio or of the body ("trade", "ministry"), not "minister" for any "ministry"
        title = {w for w in (k.title or "").lower().split() if w not in TITLE_FILLERS and len(w) > 3}
        start, _ = min(k.mentions)
        sentence = self.doc[start].sent
        first = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        if first > 0:
            first = self.doc[first - 1].sent.start
        found = set()
        for body in self.clusters:
            if body.kind not in {"organisation", "government"} or not body.country or body.guessed_country:
                continue
            if body.country[:3] in {"IGO", "NGO"}:
                continue
            words = {w for w in body.name.lower().replace(",", " ").split() if len(w) > 3}
            for s, e in body.mentions:
                if not first <= s < sentence.start or not title & words:
                    continue
                root = self.doc[s:e].root
                if root.dep_ in {"nsubj", "nsubjpass"} and self.dateline_country not in self._addressed_countries(root):
                    found.add(body.country)
        return found.pop() if len(found) == 1 else None

    def _police_country(self, position: int) -> str | None:
        """The one stated country of the police named in the sentence of token ``position``, if any."""
        sentence = self.doc[position].sent
        countries = {
            k.country
            for k in self.clusters
            if k.role == "COP"
            and k.country
            and not k.guessed_country
            and any(sentence.start <= s < sentence.end for s, _ in k.mentions)
        }
        return countries.pop() if len(countries) == 1 else None

    def _merge_governments(self) -> None:
        """'the government' given a country above and 'the Vietnamese government' are one actor."""
        first: dict[tuple, Cluster] = {}
        for k in list(self.clusters):
            if k.kind != "government" or not k.country:
                continue
            key = (k.country, k.role)
            if key in first:
                first[key].mentions.extend(k.mentions)
                self.clusters.remove(k)
            else:
                first[key] = k

    def _host_country(self, k: Cluster) -> str | None:
        """'The US commander held talks with President X during a visit to Beirut': the official a
        visitor from another country meets where he travelled is that country's (the host)."""
        if not k.venue_country:
            return None
        start, end = min(k.mentions)
        visitors = self._partners(self.doc[start:end].root)
        for other in self.clusters:
            if other.country and not other.guessed_country and any(s in visitors for s, _ in other.mentions):
                return k.venue_country if other.country != k.venue_country else None
        return None

    def _subject_in(self, cluster: Cluster, start: int, end: int) -> bool:
        """True if one of the cluster's mentions between tokens ``start`` and ``end`` is a subject."""
        return any(start <= s < end and self.doc[s:e].root.dep_ in {"nsubj", "nsubjpass"} for s, e in cluster.mentions)

    @staticmethod
    def _partners(token) -> set[int]:
        """Tokens of the subject of the verb whose object ``token`` is ("met X", "held talks with X"),
        also through a possessor ("welcomed X's statement") or an apposition ("met his counterpart, Y,")."""
        if token.dep_ in {"poss", "appos"}:
            token = token.head
        if token.dep_ not in {"dobj", "pobj", "dative", "iobj"}:
            return set()
        verb = token.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        return {t.i for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"} for t in child.subtree}

    def _home_country(self) -> str | None:
        """The country an article is about: named at least 3 times and twice as often as any other.

        Actors of a stated country count, and so do the places the sentences happen in ("marched
        through Nairobi") and the dateline, which says where the story was filed (worth two mentions).
        """
        counts: Counter[str] = Counter()
        for k in self.clusters:
            if k.country and not k.guessed_country and k.country[:3] not in {"IGO", "NGO", "IMG"}:
                counts[k.country] += min(len(k.mentions), 3)  # no single actor decides alone
        for country in self.place_countries.values():
            counts[country] += 1
        if self.dateline_country:
            counts[self.dateline_country] += 2
        ranked = [*counts.most_common(2), ("", 0), ("", 0)]
        (top, top_count), (_, second) = ranked[0], ranked[1]
        return top if top_count >= 3 and top_count >= 2 * second else None

    def _dateline_named(self) -> bool:
        """Whether the text itself names the dateline's country: an actor of it, or a place there."""
        country = self.dateline_country
        stated = any(k.country == country and not k.guessed_country for k in self.clusters)
        return stated or country in self.place_countries.values()

    def _clause_subject_country(self, token) -> str | None:
        """The stated country of the subject of the verb that governs ``token``'s phrase; when the
        phrase is that subject ("X said its forces had captured ..."), of the verb above it."""
        phrase = token.head
        verb = phrase
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        for _ in range(3):
            for child in verb.children:
                # "Kigali denies ...": the parser may take the subject for a compound of the verb
                misparsed = child.dep_ == "compound" and child.i < verb.i and verb.tag_ in {"VBZ", "VBD", "VBP"}
                if (child.dep_ in {"nsubj", "nsubjpass"} or misparsed) and child.i != phrase.i:
                    for k in self.clusters:
                        if k.country and not k.guessed_country and any(s <= child.i < e for s, e in k.mentions):
                            return k.country
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _reporting_state(self, mention: tuple[int, int]) -> str | None:
        """The stated country of the state voice whose reported clause ``mention`` is the subject of
        ("Turkey said troops had entered ...", "the ministry announced police had arrested ..."), unless
        the phrase says the force is another's ("foreign troops", "both armies", "peacekeepers")."""
        span = self.doc[mention[0] : mention[1]]
        root, verb = span.root, span.root.head
        if root.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "ccomp":
            return None
        if _another_sides_force(root):
            return None
        speakers = {t.i for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
        return self._one_state_at(speakers, STATE_ROLES)

    def _one_state_at(self, positions: set[int], roles: frozenset[str]) -> str | None:
        """The one stated country of the states (or their organs with one of ``roles``) a mention of which starts at
        one of the token ``positions``."""
        found = {
            k.country
            for k in self.clusters
            if k.country
            and not k.guessed_country
            and k.country[:3] not in {"IGO", "NGO", "IMG"}
            and (k.kind in {"country", "government", "city"} or k.role in roles)
            and any(s in positions for s, _ in k.mentions)
        }
        return found.pop() if len(found) == 1 else None

    def _holding_state(self, mention: tuple[int, int]) -> str | None:
        """The stated country of the state that has, keeps or sends the forces ``mention`` names: the subject
        of a holding verb (link_words.tsv ``hold``) whose object they are ("Britain has troops deployed in Iraq",
        "Australia, which keeps soldiers there"). Not forces said to be another's ("foreign troops")."""
        root = self.doc[mention[0] : mention[1]].root
        verb = root.head
        if root.dep_ != "dobj" or verb.lemma_.lower() not in HOLDING_VERBS:
            return None
        if _another_sides_force(root):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        own: set[int] = set()
        if verb.dep_ == "relcl" and subjects and subjects[0].lower_ in {"which", "that", "who"}:
            # "Australia, which has troops in Iraq": the noun the clause hangs on, without the clause
            subjects, own = [verb.head], {t.i for t in verb.subtree}
        return self._one_state_at({t.i for s in subjects for t in s.subtree if t.i not in own}, frozenset({"GOV"}))

    def _dateline_unless_addressed(self, k: Cluster) -> str | None:
        country = self.dateline_country
        if country is None:
            return None
        start, end = min(k.mentions)
        return None if country in self._addressed_countries(self.doc[start:end].root) else country

    def _addressed_countries(self, token) -> set[str]:
        """Countries of the actors that ``token``'s own verb acts on or speaks to: "X asked Beijing to
        ...", "X summoned the Japanese ambassador", "X told reporters, urging Washington to ..."."""
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            return set()
        verb = token.head
        verbs = [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "advcl", "conj"} and c.pos_ == "VERB")]
        objects = []
        for v in verbs:
            for child in v.children:
                if child.dep_ in {"dobj", "dative", "iobj"}:
                    objects.append(child)
                elif child.dep_ == "prep" and child.lower_ in ADDRESS_PREPOSITIONS:
                    objects.extend(c for c in child.children if c.dep_ == "pobj")
        tokens: set[int] = set()
        for obj in objects:
            # the object's own phrase, not a possessor inside it ("to convey Tokyo's displeasure")
            owned = {t.i for c in obj.children if c.dep_ == "poss" for t in c.subtree}
            tokens |= {i for i in range(obj.left_edge.i, obj.i + 1) if i not in owned}
        # states and their officials, not a people ("the president urged Kenyans to stay calm")
        return {
            k.country
            for k in self.clusters
            if k.country
            and (k.kind in {"country", "government", "city"} or k.role in STATE_ROLES)
            and any(s in tokens for s, _ in k.mentions)
        }

    def _neighbour_country(
        self, mention: tuple[int, int], people_only: bool = False, own_clause: bool = False, sentences: int = 2
    ) -> str | None:
        """Country of the nearest person or state institution before ``mention`` (this or the 2
        previous sentences; with ``own_clause``, of its own sentence only its own clause), except the one it
        deals with: in "the US commander held talks with President X" the two sides are most likely
        of two countries, and "X asked Beijing to ..." is not Beijing's."""
        position = mention[0]
        root = self.doc[mention[0] : mention[1]].root
        partners = self._partners(root)
        addressed = self._addressed_countries(root)
        clause = _clause_tokens(root) if own_clause else None
        sentence = self.doc[position].sent
        start, limit = sentence.start, 0
        window_end = position
        while limit < sentences:
            # office holders and state institutions whose country the text states ("the Israeli army ...")
            people = [
                (k.last_before(window_end), k)
                for k in self.clusters
                if k.country
                and not k.guessed_country
                and (k.kind == "person" or (k.role in STATE_ROLES and not people_only))
                and k.country[:3] not in {"IGO", "NGO", "IMG"}
                and start <= k.last_before(window_end)
                and not any(s in partners for s, _ in k.mentions)
                and k.country not in addressed
            ]
            if start < sentence.start:
                # a sentence before: its subject speaks for his side ("X met his counterpart Y. The
                # ministry said ..." is X's ministry)
                people = [p for p in people if self._subject_in(p[1], start, window_end)] or people
            if clause is not None and start == sentence.start:
                people = [p for p in people if p[0] in clause]
            if people:
                return max(people, key=lambda p: p[0])[1].country
            if start == 0:
                return None
            window_end = start
            start = self.doc[start - 1].sent.start
            limit += 1
        return None


def _another_sides_force(root: Token) -> bool:
    """'foreign troops', 'both armies', 'peacekeepers': forces the phrase says are not one state's own."""
    return any(t.lower_ in FOREIGN_WORDS | {"both", "two"} for t in root.subtree) or root.lower_ in PEACEKEEPERS


def _clause_tokens(token: Token) -> set[int]:
    """Token indexes of the clause ``token`` is in: its verb's subtree without the other clauses
    hanging from that verb ("After talks with X, Y said ...": "talks with X" is not Y's clause)."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    inside = {t.i for t in verb.subtree}
    for child in verb.children:
        subtree = {t.i for t in child.subtree}
        if token.i in subtree:
            continue
        # another clause of the verb, or a phrase fronted before the subject ("After talks with X, Y said")
        if child.dep_ in OTHER_CLAUSES or (child.dep_ == "prep" and child.i < token.i):
            inside -= subtree
    return inside
