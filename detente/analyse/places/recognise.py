"""Toponym recognition: which spans of the parsed text name a place.

Sources, from the surest:
1. spaCy entities: GPE and LOC always (a named place the gazetteer lacks is still a place); FAC,
   ORG and PERSON entities whose whole text is a well-known place name, because the small model tags
   "ROK" or "Jeju" as ORG/PERSON ("Seoul rejected" is a metonym but still a place).
2. A gazetteer matcher over capitalised proper-noun runs no entity covers, for well-known names the
   model misses. Only "strong" names (countries, admin1, curated regions, cities of 100k+) qualify,
   so a capitalised word that happens to be a village somewhere is not taken for a place -- unless
   the parser tagged the same name as a place elsewhere in the text (one sense per discourse).
3. Well-known names inside organisation/facility names ('Bank of Korea'), marked with ``in_name``.
4. Cued: a name the parser left untagged or tagged as something else (ORG, PERSON, NORP...) that the
   gazetteer knows, with a place cue next to it (``cues.tsv``): a generic head after it ("the Gao
   region", "the Jaffna peninsula", "the Natanz enrichment site"), a place noun before it ("the
   town of Siversk") or a locative preposition ("near Yongbyon"). The head is kept apart
   (``Toponym.head``) for resolution. A NORP entity that is a curated place ("Dokdo") needs no cue.
5. Weak: any other ORG/PERSON entity whose text is a gazetteer name; ``geoparse`` keeps it only if
   it resolves near the article's other places (small towns the model calls people or firms).
Words of the text's multi-word PERSON names, and spans the actors stage knows as titled people,
are not places (unless the name is a country or curated region).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.tokens import Doc, Span

from .cues import PlaceCues, load_cues
from .gazetteer import PRIMARY, Gazetteer
from .names import name_key
from .titles import title_before

PLACE_LABELS = {"GPE", "LOC"}
RECLASSIFIED_LABELS = {"ORG", "PERSON", "FAC"}
# Entities whose words are never taken apart for place names. Other labels (WORK_OF_ART, EVENT,
# PRODUCT...) are often misfires of the small model ("Busan reached Jeju" as a WORK_OF_ART), so a
# well-known place name inside them is still found.
BLOCKING_LABELS = PLACE_LABELS | RECLASSIFIED_LABELS | {"NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}
STRONG_CITY_POPULATION = 100_000
STRONG_FEATURES = {"country", "admin1", "continent", "region", "landmark"}
MAX_MATCH_TOKENS = 4
MAX_SHARED_HEAD_TOKENS = 10  # names, commas and 'and' between a listed name and the plural head
WEAK_LABELS = {"ORG", "PERSON"}  # the small model's usual labels for small towns
EMBEDDING_LABELS = {"ORG", "FAC"}  # never PERSON: 'George Washington', 'Paris Hilton'
# Entities a cue may show to be places: anything but a place already or a value.
VALUE_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
ATTACHED = set("/-&@+_") | set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    text: str
    label: str  # the spaCy entity label, or 'GAZ' for the gazetteer matcher
    in_name: str | None = None  # the organisation/facility name it is part of ('Bank of Korea')
    # An ORG/PERSON entity that names some place in the gazetteer, nothing more: kept only if it
    # resolves close to the article's other places (geoparse decides).
    weak: bool = False
    head: str | None = None  # the generic noun after the name that told it is a place ('region')
    # A weak name listed right after a place ('Jaffna and Anuradhapura'): a place if it lies in the same
    # country as that one (geoparse decides).
    listed: bool = False
    # Where that head ends in the text when it is written right after the name ('the Kherson region'),
    # so the place the text gives can be reported whole; None for a head shared by a list of names.
    head_end: int | None = None
    # Written after '<title> of' ('the Archbishop of Canterbury'): the see or peerage of a person.
    titled: bool = False

    @property
    def key(self) -> str:
        return name_key(self.text)


def is_strong(gaz: Gazetteer, key: str) -> bool:
    """A name news nearly always uses for a place: safe to take even when the parser did not tag it."""
    if key in gaz.overrides:
        return True
    for entry, quality in gaz.lookup(key):
        if entry.feature in STRONG_FEATURES and quality == PRIMARY:
            return True
        if entry.feature == "city" and entry.population >= STRONG_CITY_POPULATION:
            return True
    return False


def doc_text(doc: Doc) -> str:
    """Doc.text joins every token on each access: read it once per document, not once per entity
    (not through setdefault, whose default argument would be computed on every call)."""
    text = doc.user_data.get("detente_text")
    if text is None:
        text = doc.user_data["detente_text"] = doc.text
    return text


# Lower-case words the small model lets an entity run on into ('Bentiu on Monday' tagged 'Bentiu on').
TRAILING_FUNCTION_WORDS = {"on", "in", "at", "of", "and", "or", "to", "from", "by", "for", "with", "the", "near"}


def _trimmed(doc: Doc, start: int, end: int, label: str) -> Toponym | None:
    """Drop a leading article, a trailing possessive and a lower-case function word the entity ran on
    into: 'the Korean Peninsula's' -> 'Korean Peninsula', 'Bentiu on' -> 'Bentiu'."""
    text = doc_text(doc)[start:end]
    words = text.split(" ")
    while len(words) > 1 and words[-1] in TRAILING_FUNCTION_WORDS:
        words.pop()
    end = start + len(" ".join(words))
    text = text[: end - start]
    if text.lower().startswith("the "):
        start, text = start + 4, text[4:]
    for possessive in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(possessive):
            end, text = end - len(possessive), text[: -len(possessive)]
            break
    text = text.strip()
    return Toponym(start, start + len(text), text, label) if len(text) >= 2 else None


def _split_on_commas(doc: Doc, ent: Span) -> list[Toponym]:
    """'Gyeongju, ROK' tagged as one entity is two toponyms (the second qualifies the first)."""
    parts: list[Toponym] = []
    offset = ent.start_char
    for piece in ent.text.split(","):
        lead = len(piece) - len(piece.lstrip())
        begin = offset + lead
        toponym = _trimmed(doc, begin, begin + len(piece.strip()), ent.label_)
        if toponym:
            parts.append(toponym)
        offset += len(piece) + 1
    return parts


def _head_apart(toponym: Toponym) -> Toponym:
    """A place entity that ends in a lower-case head ('the Bekaa valley', 'Paria peninsula'): the name
    without it, the head kept for resolution (the same as a head found after the entity)."""
    words = toponym.text.split(" ")
    for n in (2, 1):
        written = " ".join(words[-n:])
        if len(words) > n and written.islower() and (head := load_cues().head(written)):
            text = " ".join(words[:-n])
            return replace(toponym, end=toponym.start + len(text), text=text, head=head, head_end=toponym.end)
    return toponym


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and any(ch.isalpha() for ch in token.text)


def _gazetteer_matches(
    doc: Doc,
    gaz: Gazetteer,
    covered: list[bool],
    known: set[str],
    in_name: str | None = None,
    start: int = 0,
    end: int | None = None,
) -> list[Toponym]:
    found: list[Toponym] = []
    i, end = start, len(doc) if end is None else end
    while i < end:
        token = doc[i]
        # The tagger's PROPN guards against capitalised common words; a name already known as a place
        # in this text needs no such guard ('the Qingdao-Jeju line', where 'Jeju' is tagged as a noun).
        if covered[i] or not _capitalised(token) or (token.pos_ != "PROPN" and name_key(token.text) not in known):
            i += 1
            continue
        match = None
        for length in range(min(MAX_MATCH_TOKENS, end - i), 0, -1):
            span = doc[i : i + length]
            if any(covered[j] for j in range(i, i + length)) or not _capitalised(span[-1]):
                continue
            key = name_key(span.text)
            if key in known or (key not in gaz.not_places and is_strong(gaz, key)):
                match = span
                break
        if match is None or _hyphenated_name(doc, gaz, match.end, known):
            i += 1
            continue
        found.append(Toponym(match.start_char, match.end_char, match.text, "GAZ", in_name))
        i = match.end
    return found


def _hyphenated_name(doc: Doc, gaz: Gazetteer, end: int, known: set[str]) -> bool:
    """Whether a match is only the first half of a hyphenated name ('Ala' of 'the Ala-Archa residence'),
    not one of two places joined by a hyphen ('India-Pakistan talks')."""
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    following = doc[end + 1]
    key = name_key(following.text)
    return _capitalised(following) and key not in known and not gaz.knows(key)


def _curated_part(doc: Doc, gaz: Gazetteer, ent: Span) -> Toponym | None:
    """A curated place the model's entity runs on past ('the Great Hall of the People in Beijing' as one
    facility, 'Cheong' of 'Cheong Wa Dae' as a place cut short): the curated name, as written."""
    text = doc_text(doc)
    for token in ent:
        if token.lower_ in {"in", "at", ","} and token.i > ent.start:
            part = _trimmed(doc, ent.start_char, token.idx, ent.label_)
            if part is not None and part.key in gaz.overrides:
                return part
    j = ent.end
    while j < len(doc) and j - ent.start < MAX_MATCH_TOKENS + 2 and _continues(doc, j):
        j += 1
        whole = _trimmed(doc, ent.start_char, _ends(doc, j), ent.label_)
        if whole is not None and whole.key in gaz.overrides and text[whole.start : whole.end] == whole.text:
            return whole
    return None


def _embedded(doc: Doc, gaz: Gazetteer, names: list[Span], known: set[str]) -> list[Toponym]:
    """Well-known place names inside organisation and facility names ('Bank of Korea', 'Minnesota
    Department of Transportation'): places, marked with the name they are part of, so a consumer
    that wants only where things happen can leave them out."""
    found: list[Toponym] = []
    for name in names:
        outside = [True] * len(doc)
        for token in name:
            outside[token.i] = False
        whole = _trimmed(doc, name.start_char, name.end_char, name.label_)  # 'Bank of Korea', not 'The Bank ...'
        label = whole.text if whole else name.text
        found.extend(_gazetteer_matches(doc, gaz, outside, known, in_name=label, start=name.start, end=name.end))
    return found


def _phrase(doc: Doc, start: int, end: int) -> str:
    """Text of tokens [start, end) as written ('front-line town')."""
    return "".join(t.text_with_ws for t in doc[start:end]).strip()


class Head(NamedTuple):
    word: str  # lower case, singular: 'region', 'enrichment site'
    end: int | None  # character offset where it ends in the text; None when shared by a list of names


def _ends(doc: Doc, token_end: int) -> int:
    last = doc[token_end - 1]
    return last.idx + len(last.text)


def _head_after(doc: Doc, end: int, key: str, gaz: Gazetteer, cues: PlaceCues) -> Head | None:
    """What right after a name says it is a place: lower-case words that complete a curated name
    ('Zaporizhzhia plant', 'Jaffna peninsula'), a generic noun ('region', 'border crossing'), or a
    facility noun with a qualifier before it ('enrichment site', 'nuclear power plant'); else None."""
    for length in range(min(MAX_MATCH_TOKENS - 1, len(doc) - end), 0, -1):
        phrase = _phrase(doc, end, end + length)
        if phrase.islower() and f"{key} {phrase}" in gaz.overrides:
            return Head(phrase, _ends(doc, end + length))
    for length in range(min(cues.longest, len(doc) - end), 0, -1):
        written = _phrase(doc, end, end + length)
        if (head := cues.head(written)) and _ends_the_name(doc, end + length, written):
            # a plural head belongs to the list of names before it
            return Head(head, None if cues.is_plural_head(written) else _ends(doc, end + length))
    if shared := _shared_head(doc, end, cues):
        return Head(shared, None)
    i = end
    while i < len(doc) and i - end < 3 and doc[i].lower_ in cues.site_qualifiers:
        i += 1
    is_site = i > end and i < len(doc) and doc[i].lower_ in cues.site_heads and _ends_the_name(doc, i + 1, doc[i].text)
    # a country has bases, not a site: 'US military facilities'
    if is_site and not any(entry.feature == "country" for entry, _ in gaz.lookup(key)):
        return Head(_phrase(doc, end, i + 1).lower(), _ends(doc, i + 1))
    return None


def _ends_the_name(doc: Doc, after: int, written: str) -> bool:
    """A head that is not the start of something else: 'the Hokkaido town of Saroma' (the town is
    Saroma), 'the US State Department', 'St. Petersburg State University' (a capitalised head
    before another capitalised word is part of a longer name)."""
    if after >= len(doc):
        return True
    following = doc[after]
    if following.lower_ == "of":
        return False
    return written.islower() or not _capitalised(following)


def _shared_head(doc: Doc, end: int, cues: PlaceCues) -> str | None:
    """The plural head after a list of names that the first of them shares: 'Kherson' in 'the
    Kherson and Zaporizhzhia regions', 'Kursk' in 'the Kursk, Bryansk and Belgorod border regions'."""
    i, joined = end, False
    while i < len(doc) and i - end < MAX_SHARED_HEAD_TOKENS:
        token = doc[i]
        if token.lower_ in {"and", ",", "or"}:
            joined = True
        elif not _capitalised(token) and token.text != "-":
            break
        i += 1
    if not joined or i == end:
        return None
    for length in range(min(cues.longest, len(doc) - i), 0, -1):
        phrase = _phrase(doc, i, i + length)
        if cues.is_plural_head(phrase):
            return cues.head(phrase)
    return None


def _cue_before(doc: Doc, start: int, cues: PlaceCues) -> bool:
    """'in (the) X', 'near X', 'the village of X', 'the outskirts of X'."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ in cues.prepositions:
        return True
    if i < 1 or doc[i].lower_ != "of":
        return False
    return any(_phrase(doc, i - n, i).lower() in cues.left_nouns for n in range(1, min(cues.longest, i) + 1))


def _continues(doc: Doc, j: int, proper: bool = False) -> bool:
    """Token j goes on the name before it: a capitalised word (a proper noun, if ``proper``), or a
    piece written onto it ('Punggye' '-' 'ri')."""
    token = doc[j]
    if token.tag_ == "POS":
        return False
    if not doc[j - 1].whitespace_ and (token.is_alpha or token.text == "-"):
        return True
    return _capitalised(token) and (token.pos_ == "PROPN" or not proper)


def _name_spans(doc: Doc) -> list[tuple[int, int, str, bool]]:
    """(start token, end token, label, extended) of every name that is not already a place: entities
    of other labels, and capitalised proper-noun runs outside any entity ('Punggye-ri' is three
    tokens). An entity the parser cut short ('the Ta Muen' of 'the Ta Muen Thom temple') comes also
    extended over the capitalised words after it, first (extended=True: taken only if curated)."""
    in_entity = [False] * len(doc)
    for ent in doc.ents:
        for token in ent:
            in_entity[token.i] = True
    spans: list[tuple[int, int, str, bool]] = []
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS | VALUE_LABELS:
            continue
        last = ent.end
        while last - ent.start > 1 and doc[last - 1].text in TRAILING_FUNCTION_WORDS:
            last -= 1  # 'Bentiu on': the name is 'Bentiu', and what follows it starts at 'on'
        if last < ent.end:
            spans.append((ent.start, last, ent.label_, False))
            continue
        j = ent.end
        while j < len(doc) and j - ent.start < MAX_MATCH_TOKENS + 2 and not in_entity[j] and _continues(doc, j):
            j += 1
        while j > ent.end and doc[j - 1].text == "-":
            j -= 1
        if j > ent.end:
            spans.append((ent.start, j, ent.label_, True))
        spans.append((ent.start, ent.end, ent.label_, False))
    i = 0
    while i < len(doc):
        if in_entity[i] or not _capitalised(doc[i]) or doc[i].pos_ != "PROPN":
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i < MAX_MATCH_TOKENS and not in_entity[j] and _continues(doc, j, proper=True):
            j += 1
        while j > i + 1 and doc[j - 1].text == "-":
            j -= 1
        spans.append((i, j, "GAZ", False))
        i = j
    return spans


def _cued(
    doc: Doc, gaz: Gazetteer, people: set[str], taken: list[Toponym], cued_before: frozenset[str] = frozenset()
) -> list[Toponym]:
    """Names the gazetteer knows with a place cue next to them (see the module docstring, 4).
    ``cued_before``: names found so elsewhere in the text, places wherever they recur (one sense
    per discourse: 'the village of Novo...' and later 'Novo...' alone)."""
    cues = load_cues()
    found: list[Toponym] = []
    claimed = [(t.start, t.end) for t in taken if not t.weak]  # character spans already places
    for start, end, label, extended in _name_spans(doc):
        span = doc[start:end]
        if end < len(doc) and not span[-1].whitespace_ and doc[end].text[:1] in ATTACHED:
            continue  # part of a longer written name: 'the Re/Max office', 'Gao-based'
        toponym = _trimmed(doc, span.start_char, span.end_char, label)
        if toponym is None or any(s < toponym.end and toponym.start < e for s, e in claimed):
            continue
        key = toponym.key
        if extended and key not in gaz.overrides:
            continue
        if key in gaz.not_places or (key in people and not _unmistakable(gaz, key)):
            continue
        if label == "NORP" and (key in gaz.demonyms or key.rstrip("s") in gaz.demonyms):
            continue
        found_head = _head_after(doc, end, key, gaz, cues)
        head = found_head.word if found_head else None
        first = start + 1 if doc[start].lower_ == "the" else start  # entities may begin with 'the'
        curated = key in gaz.overrides and (extended or label == "NORP")  # strong, but hidden from the matcher
        if (head and gaz.knows(f"{key} {head}")) or (
            gaz.knows(key) and (head or curated or key in cued_before or _cue_before(doc, first, cues))
        ):
            head_end = found_head.end if found_head else None
            found.append(Toponym(toponym.start, toponym.end, toponym.text, label, head=head, head_end=head_end))
            claimed.append((toponym.start, toponym.end))
    return found


def _person_name_keys(doc: Doc) -> set[str]:
    """Every word of the multi-word PERSON names in the document: a later lone 'Nelson' or 'Pawlenty'
    tagged GPE by the small model is the person again, not the town (one sense per discourse)."""
    keys: set[str] = set()
    for ent in doc.ents:
        words = [token.text for token in ent if token.is_alpha and len(token) > 1]
        if ent.label_ == "PERSON" and len(words) > 1:  # "Jeju's" alone is no person's full name
            keys.update(name_key(word) for word in words)
    return keys


def _unmistakable(gaz: Gazetteer, key: str) -> bool:
    """A country, continent or curated region: never a person's name, whatever the parser says."""
    return key in gaz.overrides or any(e.feature in {"country", "continent"} for e, _ in gaz.lookup(key))


def find_toponyms(doc: Doc, gaz: Gazetteer, not_place_spans: set[tuple[int, int]] = frozenset()) -> list[Toponym]:
    """Toponym spans in text order. ``not_place_spans`` are exact character spans that are known not
    to be places (the actors stage's titled people); they veto the weaker evidence only (a
    reclassified ORG/PERSON entity, a gazetteer match), not a span the parser itself tagged GPE/LOC."""
    toponyms: list[Toponym] = []
    covered = [False] * len(doc)
    others: list[Span] = []
    for ent in doc.ents:
        if ent.label_ in BLOCKING_LABELS:
            for token in ent:
                covered[token.i] = True  # 'Bank of Korea' is not Korea; 'Paris Hilton' is not Paris
        curated = _curated_part(doc, gaz, ent) if ent.label_ in PLACE_LABELS | RECLASSIFIED_LABELS else None
        if curated is not None and name_key(ent.text) not in gaz.overrides:
            toponyms.append(curated)  # known whole, before the model's shorter or longer cut
            if ent.label_ in PLACE_LABELS:
                continue  # 'Cheong' is replaced; a facility's other names ('in Beijing') are still read
        if ent.label_ in PLACE_LABELS:
            toponyms.extend(_head_apart(t) for t in _split_on_commas(doc, ent))
        elif ent.label_ in RECLASSIFIED_LABELS:
            others.append(ent)
    # Proper names only: the small model now and then tags a common noun ('metro', 'van') as GPE.
    toponyms = [t for t in toponyms if any(ch.isupper() for ch in t.text)]
    known = {t.key for t in toponyms}  # names the parser itself took for places somewhere in this text
    names: list[Span] = []  # organisation/facility names that are not themselves place names
    for ent in others:
        toponym = _trimmed(doc, ent.start_char, ent.end_char, ent.label_)
        if toponym and toponym.key not in gaz.not_places and (toponym.key in known or is_strong(gaz, toponym.key)):
            toponyms.append(toponym)
            continue
        if toponym and ent.label_ in WEAK_LABELS and len(ent) <= MAX_MATCH_TOKENS and gaz.knows(toponym.key):
            toponyms.append(Toponym(toponym.start, toponym.end, toponym.text, toponym.label, weak=True))
        if ent.label_ in EMBEDDING_LABELS:
            names.append(ent)
    toponyms.extend(_gazetteer_matches(doc, gaz, covered, known))
    toponyms.extend(_embedded(doc, gaz, names, known))
    people = _person_name_keys(doc)
    cued = _cued(doc, gaz, people, toponyms)
    toponyms.extend(cued)
    if cued:
        toponyms.extend(_cued(doc, gaz, people, toponyms, frozenset(t.key for t in cued)))
    toponyms = _listed_with_places(doc_text(doc), toponyms)
    kept: dict[tuple[int, int], Toponym] = {}
    for t in toponyms:
        if (t.label not in PLACE_LABELS and (t.start, t.end) in not_place_spans) or (
            t.key in people and not _unmistakable(gaz, t.key)
        ):
            continue
        if (t.start, t.end) not in kept or kept[(t.start, t.end)].weak:
            kept[(t.start, t.end)] = t
    return [_titled(doc, _with_head(doc, gaz, t)) for t in sorted(kept.values(), key=lambda t: t.start)]


def _titled(doc: Doc, toponym: Toponym) -> Toponym:
    """'the Archbishop of Canterbury', 'the Emir of Qatar': a place that is part of a person's title is
    reported inside that title (``in_name``), so it is not taken for where something happens."""
    if toponym.in_name is not None:
        return toponym
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    title = title_before(doc, span.start) if span is not None else None
    if title is None:
        return toponym
    written = doc_text(doc)[doc[title].idx : toponym.end]
    return replace(toponym, in_name=written[:1].upper() + written[1:], titled=True)


# What joins the names of a list: 'Jaffna and Anuradhapura', 'Gao, Kidal or Timbuktu'.
LIST_JOINS = {",", "and", "or", ", and", ", or"}


def _listed_with_places(text: str, toponyms: list[Toponym]) -> list[Toponym]:
    """A weak name (an ORG/PERSON entity named like a place) listed right after a place is marked
    ``listed``: 'jails in Jaffna and Anuradhapura', where the model calls the second a person."""
    ends = {t.end for t in toponyms if not t.weak}
    listed = []
    for t in sorted(toponyms, key=lambda t: t.start):
        if t.weak and any(text[end : t.start].strip() in LIST_JOINS for end in ends if end < t.start <= end + 7):
            t = replace(t, listed=True)
        listed.append(t)
    return listed


def _with_head(doc: Doc, gaz: Gazetteer, toponym: Toponym) -> Toponym:
    """The head after a name found by any source: 'the Zaporizhzhia region' is the province."""
    if toponym.head is not None:
        return toponym
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    head = _head_after(doc, span.end, toponym.key, gaz, load_cues()) if span is not None else None
    return replace(toponym, head=head.word, head_end=head.end) if head else toponym
