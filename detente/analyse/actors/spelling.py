"""Names written one letter off ("Ethopia", "Mitterand", "Venezeula"): news copy and the archives coded from it
misspell country and leader names, and a name not found leaves an event with no party. A capitalised word no
lexicon entry matches is read as the one country or person it is one edit away from (a letter added,
dropped, changed or two swapped), when that name is long enough to make the edit a slip rather than another
word, no other name is as close, and the word is no place of its own (a city, a province, a region)."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from .cities import city_country, province_country
from .lexicon import Entry, read_place_nouns
from .matcher import Match, PhraseIndex, Words

# Shortest names read through a slip: shorter ones ("Iran", "Iraq", "Mali") are one letter from each other.
MIN_PLACE_NAME = 6
MIN_SURNAME = 7
# (Not peoples' names: "Greens" is a party, not "Greeks"; "Kenyon" a person, not "Kenyan".)
PLACE_KINDS = {"country"}


def one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion, substitution or swap of neighbours apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]


def _one_word_names(index: PhraseIndex[Entry]) -> dict[str, list[Entry]]:
    """One-word, case-sensitive names of countries, demonyms and people, by their first letter (kept on the index)."""
    cached = getattr(index, "_one_word_names", None)
    if cached is None:
        cached = defaultdict(list)
        for bucket in index.by_first.values():
            for pattern in bucket:
                entry, word = pattern.item, pattern.words[0]
                if len(pattern.words) != 1 or not pattern.case_sensitive or not word.isalpha():
                    continue
                shortest = MIN_PLACE_NAME if entry.kind in PLACE_KINDS else MIN_SURNAME
                if entry.kind in PLACE_KINDS | {"person"} and len(word) >= shortest:
                    cached[word[0]].append(entry)
        index._one_word_names = cached  # type: ignore[attr-defined]
    return cached


def misspelt_names(doc: Doc, words: Words, found: list[Match[Entry]], index: PhraseIndex[Entry]) -> list[Match[Entry]]:
    """Matches for capitalised words no entry matched that are one slip from exactly one name."""
    taken = {i for m in found for i in range(m.start, m.end)}
    names = _one_word_names(index)
    extra: list[Match[Entry]] = []
    for token in doc:
        text = token.text
        if token.i in taken or token.pos_ not in {"PROPN", "ADJ"} or len(text) < MIN_PLACE_NAME - 1:
            continue
        if not (text[0].isupper() and text[1:].islower() and text.isalpha()):
            continue
        if city_country(text, 0) or province_country(text, known_place=True):
            continue  # a place of its own ("Columbia", South Carolina), not a slip
        if token.lemma_.lower() in read_place_nouns() or text.lower().removesuffix("s") in read_place_nouns():
            continue  # a common word for a place ("the Senkaku Islands"), not a name
        close = [
            e
            for e in names.get(text[0], [])
            if one_edit(text, e.phrase) and not _plural(text, e.phrase) and _fits(e, token.ent_type_)
        ]
        if len({(e.kind, e.name) for e in close}) == 1:
            extra.append(Match(token.i, token.i + 1, close[0]))
    return sorted(found + extra, key=lambda m: m.start)


def _plural(a: str, b: str) -> bool:
    """'Islands' and 'Island', 'Koreas' and 'Korea': a word and its plural are two words, not a slip."""
    return a == b + "s" or b == a + "s"


def _fits(entry: Entry, ent_type: str) -> bool:
    """A person's name only where the parser saw a person, a country's where it saw a place, a people or
    nothing ("Kenyon said": a person)."""
    if entry.kind == "person":
        return ent_type == "PERSON"
    return ent_type in {"GPE", "LOC", "NORP", ""}
