"""Names written in another transliteration ("Haniya" for "Haniyeh", "Mahmud" for "Mahmoud", "Eltsin" for
"Yeltsin", "Muhammad bin Salman" for "Mohammed bin Salman"): news agencies transliterate Arabic, Persian and
Russian names each their own way, and a name the office holders' list spells otherwise leaves an event with
no party. A run of words no entry matched is read as the office holder whose name it equals once both are
brought to one spelling key (accents and the article "al-" / "el-" dropped, given names to one form from
``given_names.tsv``, the rewrite rules of ``name_spellings.tsv``, doubled letters written once), or, for a
one-word surname, whose key it is one letter off at the same length and first letter. Never when that key
is two different people's."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc

from ..numbers import number_words
from .lexicon import Entry, data_rows, split_list
from .matcher import Match, PhraseIndex, Words, _out_of_term, _valid

ARTICLE = re.compile(r"^(?:al|el)-(?=\w)")
DOUBLED = re.compile(r"(.)\1+")
# Shortest surname key read one letter off ("Mahmud" and "Mahmut" are six letters).
MIN_OFF_KEY = 7
Key = tuple[str, ...]


@cache
def _given_names() -> dict[str, str]:
    """Each spelling of a given name -> its first, the key spelling."""
    forms: dict[str, str] = {}
    for row in data_rows("given_names.tsv"):
        variants = split_list(row["variants"].lower())
        forms.update((variant, variants[0]) for variant in variants)
    return forms


@cache
def _spelling_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(row["pattern"]), row["replacement"]) for row in data_rows("name_spellings.tsv"))


def plain(word: str) -> str:
    """A word lower-cased with its accents dropped ("Erdoğan" -> "erdogan")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def name_key(word: str) -> str:
    """One key for the spellings of one name: "Haniya" and "Haniyeh", "Mahmud" and "Mahmoud" share theirs."""
    text = ARTICLE.sub("", plain(word))
    text = _given_names().get(text, text)
    for pattern, replacement in _spelling_rules():
        text = pattern.sub(replacement, text)
    return DOUBLED.sub(r"\1", text)


def _phrase_key(words: list[str]) -> Key:
    return tuple(name_key(w) for w in words if w not in {"-", "'s"})


@dataclass
class People:
    """Office holders' names and aliases by their spelling key, and each key word's people."""

    by_key: dict[Key, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    by_word: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def keyed_people(index: PhraseIndex[Entry]) -> People:
    """The office holders of an index by spelling key (kept on the index)."""
    cached = getattr(index, "_keyed_people", None)
    if cached is None:
        cached = People()
        for bucket in index.by_first.values():
            for pattern in bucket:
                if pattern.item.kind == "person" and pattern.case_sensitive:
                    key = _phrase_key(list(pattern.words))
                    cached.by_key[key].append(pattern.item)
                    for word in key:
                        cached.by_word[word].add(pattern.item.name)
        index._keyed_people = cached  # type: ignore[attr-defined]
    return cached


def _off_by_one(key: str, people: People) -> list[Entry]:
    """One-word names whose key is one letter changed from ``key`` (same length, same first letter), unless
    ``key`` is itself a word of a name in the data ("Michel" is not "Machel")."""
    if len(key) < MIN_OFF_KEY or key in people.by_word:
        return []
    found = []
    for (other,), entries in ((k, v) for k, v in people.by_key.items() if len(k) == 1):
        if len(other) == len(key) and other[0] == key[0] and sum(a != b for a, b in zip(key, other, strict=True)) == 1:
            found.extend(entries)
    return found


def _one_person(entries: list[Entry], day: dt.date | None) -> Entry | None:
    """The entry if they all name one person (the one valid on ``day`` first), else None."""
    if not entries or len({e.name for e in entries}) != 1:
        return None
    return max(entries, key=lambda e: _valid(e, day))


def _is_name_word(text: str) -> bool:
    return text[:1].isupper() and len(text) > 2 and text.replace("-", "").isalpha()


def _surname_place(doc: Doc, i: int) -> bool:
    """A word where a surname stands: a person's or unknown name word no other name word follows."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].ent_type_ in {"PERSON", ""} and not (after is not None and after.pos_ == "PROPN")


def _match_at(doc: Doc, words: Words, i: int, free: int, people: People, day: dt.date | None):
    """The longest run of ``free`` untaken words from ``i`` that spells an office holder's name."""
    for end in range(min(len(doc), i + free), i, -1):
        if not _is_name_word(words.text[end - 1]):
            continue
        key = _phrase_key(words.text[i:end])
        entries = people.by_key.get(key, [])
        if len(key) == 1 and len(people.by_word.get(key[0], set()) | {e.name for e in entries}) > 1:
            continue  # a word of another office holder's name too ("Salman")
        if not entries and end == i + 1 and _surname_place(doc, i):
            entries = _off_by_one(key[0], people)
        if person := _one_person([e for e in entries if not _out_of_term(e, day)], day):
            return Match(i, end, person)
    return None


def variant_names(
    doc: Doc, words: Words, found: list[Match[Entry]], index: PhraseIndex[Entry], day: dt.date | None = None
) -> list[Match[Entry]]:
    """``found`` with matches for runs of capitalised words that spell an office holder's name another way
    ("Moamer Kadhafi" in full, where only "Kadhafi" matched as written)."""
    people = keyed_people(index)
    owner: list[Match[Entry] | None] = [None] * len(doc)
    for m in found:
        owner[m.start : m.end] = [m] * (m.end - m.start)
    extra: list[Match[Entry]] = []
    i = 0
    while i < len(doc):
        if owner[i] or not _is_name_word(words.text[i]) or doc[i].pos_ != "PROPN":
            i += 1
            continue
        limit = min(len(doc), i + 5)
        free = next((k for k in range(i, limit) if owner[k] and owner[k].item.kind != "person"), limit) - i
        match = _match_at(doc, words, i, free, people, day)
        covered = {id(m): m for m in owner[i : match.end] if m} if match else {}
        if match and all(m.item.name == match.item.name for m in covered.values()):
            found = [m for m in found if id(m) not in covered]
            extra.append(match)
            i = match.end
        else:
            i += 1
    return sorted(found + extra, key=lambda m: m.start) if extra else found


@cache
def _region_group_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in data_rows("region_groups.tsv"))


def region_groups_in(
    words: Words, found: list[Match[Entry]], index: PhraseIndex[Entry], day: dt.date | None = None
) -> list[Match[Entry]]:
    """``found`` without region groups that are the start of a longer name ("the West" in "the West Bank", "the
    West Indies" is a place, not the Western powers), the words after "the" matched again ("West Bank"), nor
    counted ones ("the three European states" are the three the story named, left to the linker)."""
    codes = _region_group_codes()
    kept: list[Match[Entry]] = []
    for m in found:
        if m.item.country in codes and _counted(words, m.start):
            continue  # "the three European states", "two Western powers": states the story has named, not a bloc
        after = words.text[m.end] if m.end < len(words.text) else ""
        if not (m.item.country in codes and words.text[m.end - 1][:1].isupper() and after[:1].isupper()):
            kept.append(m)
            continue
        again = index.match_at(words, m.start + 1, day)
        if again is not None and again.item.country not in codes:
            kept.append(again)
    return kept


def _counted(words: Words, start: int) -> bool:
    """Whether a count of two or more comes just before ``start``: "three" / "3" in "the three European states"."""
    if start == 0:
        return False
    before = words.lower[start - 1]
    numbers = number_words()
    return before.isdigit() and int(before) >= 2 or numbers["ones"].get(before, 0) >= 2 or before in numbers["tens"]
