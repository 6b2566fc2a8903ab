"""Find lexicon phrases in a parsed document: longest match first, one pass over the tokens.

A small token-sequence index rather than spaCy's PhraseMatcher, because entries differ in how they
match: packaged names are case-sensitive ("US" is not "us"), PETRARCH entries are case-insensitive
and may end in a stem ("ARGENTIN" matches "Argentina"). Patterns are tokenised once with the
pipeline's own tokenizer, so "U.S." or "People's" split exactly as in the text.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Doc

from .lexicon import ActorLexicon, Entry, RoleWord

T = TypeVar("T", Entry, RoleWord)
STEM_KEY = 3  # stems are indexed by their first letters, so "ARGENTIN" is tried on "Argentina"


@dataclass(frozen=True)
class Pattern(Generic[T]):
    words: tuple[str, ...]  # as written (for case-sensitive matching)
    lower: tuple[str, ...]
    item: T
    case_sensitive: bool
    stem: bool
    priority: int


@dataclass(frozen=True)
class Match(Generic[T]):
    start: int  # token index
    end: int  # token index, exclusive
    item: T


def _tokenise(phrase: str) -> tuple[str, ...]:
    from ..nlp import load_nlp

    return tuple(t.text for t in load_nlp().tokenizer(phrase))


@dataclass(frozen=True)
class Words:
    """The token strings of a document, read once (spaCy Token objects are costly to create)."""

    text: list[str]
    lower: list[str]

    @classmethod
    def of(cls, doc: Doc) -> Words:
        texts = [t.text for t in doc]
        return cls(texts, [t.lower() for t in texts])


def _word_matches(words: Words, i: int, pattern: Pattern, index: int) -> bool:
    last = index == len(pattern.words) - 1
    if pattern.stem and last:
        return words.lower[i].startswith(pattern.lower[index])
    if not pattern.case_sensitive:
        return words.lower[i] == pattern.lower[index]
    word, text = pattern.words[index], words.text[i]
    # headlines and datelines shout: accept the all-caps form of words longer than an acronym
    return text == word or (len(word) > 3 and text.isupper() and text == word.upper())


def _valid(item: Entry | RoleWord, day: dt.date | None) -> int:
    """2: a dated code valid on ``day`` (most specific), 1: an undated one, 0: not valid then."""
    if not isinstance(item, Entry):
        return 1
    if not item.valid_on(day):
        return 0
    return 2 if day and (item.valid_from or item.valid_to) else 1


def _out_of_term(item: Entry | RoleWord, day: dt.date | None) -> bool:
    """A surname alone names its office holder only inside the term (``Entry.term_only``), so not in a text of no
    date."""
    return isinstance(item, Entry) and item.term_only and (day is None or not item.valid_on(day))


NOT_YET = 10**6  # days: any term still to come ranks below every term already over


def _nearness(item: Entry | RoleWord, day: dt.date | None) -> int:
    """Minus the days from ``day`` to a dated code's term (0 inside it, or for an undated code or day): of two
    namesakes neither in office then, the writer means the one whose term is nearer ('Herzog' in 2006), and one
    who has held it before one who has yet to ('Bush' in 1997 is the father)."""
    if not isinstance(item, Entry) or day is None:
        return 0
    if item.valid_from and day < item.valid_from:
        return -NOT_YET - (item.valid_from - day).days
    if item.valid_to and day > item.valid_to:
        return -(day - item.valid_to).days
    return 0


class PhraseIndex(Generic[T]):
    """Patterns indexed by their first word; ``find`` returns non-overlapping longest matches."""

    def __init__(self, patterns: list[Pattern[T]]) -> None:
        self.by_first: dict[str, list[Pattern[T]]] = defaultdict(list)
        self.by_stem: dict[str, list[Pattern[T]]] = defaultdict(list)
        for pattern in patterns:
            if pattern.stem and len(pattern.words) == 1:
                self.by_stem[pattern.lower[0][:STEM_KEY]].append(pattern)
            else:
                self.by_first[pattern.lower[0]].append(pattern)
        for bucket in (*self.by_first.values(), *self.by_stem.values()):
            bucket.sort(key=lambda p: (-len(p.words), -p.priority))

    def candidates(self, lower: str) -> list[Pattern[T]]:
        found = self.by_first.get(lower, [])
        stems = self.by_stem.get(lower[:STEM_KEY])
        return found + stems if stems else found

    def match_at(self, words: Words, i: int, day: dt.date | None = None) -> Match[T] | None:
        best: Pattern[T] | None = None
        best_rank: tuple[int, int, int, int] = (0, 0, 0, 0)
        for pattern in self.candidates(words.lower[i]):
            size = len(pattern.words)
            # longest, then highest priority, then valid on the article's day (dated dictionary codes), then nearest
            rank = (size, pattern.priority, _valid(pattern.item, day), _nearness(pattern.item, day))
            if i + size > len(words.text) or (best and rank <= best_rank) or _out_of_term(pattern.item, day):
                continue
            if all(_word_matches(words, i + k, pattern, k) for k in range(size)):
                best, best_rank = pattern, rank
        return Match(i, i + len(best.words), best.item) if best else None

    def word(self, text: str) -> T | None:
        """The item of a one-word pattern written exactly ``text`` ("U.S." in "U.S.-led"), if any."""
        for pattern in self.by_first.get(text.lower(), []):
            if len(pattern.words) == 1 and (pattern.words[0] == text or not pattern.case_sensitive):
                return pattern.item
        return None

    def find(self, doc: Doc, day: dt.date | None = None, words: Words | None = None) -> list[Match[T]]:
        words = words or Words.of(doc)
        matches: list[Match[T]] = []
        i = 0
        while i < len(words.text):
            found = self.match_at(words, i, day)
            if found:
                matches.append(found)
                i = found.end
            else:
                i += 1
        return matches


def _entry_patterns(entries: list[Entry]) -> list[Pattern[Entry]]:
    patterns = []
    for entry in entries:
        words = _tokenise(entry.phrase)
        if words:
            lower = tuple(w.lower() for w in words)
            patterns.append(Pattern(words, lower, entry, entry.case_sensitive, entry.stem, entry.priority))
    return patterns


def _role_patterns(roles: list[RoleWord]) -> list[Pattern[RoleWord]]:
    patterns = []
    for role in roles:
        # abbreviated ranks ("gen.") are one token only as news writes them ("Gen."): tokenise that form
        words = _tokenise(role.phrase.title() if "." in role.phrase else role.phrase)
        if words:
            patterns.append(Pattern(words, tuple(w.lower() for w in words), role, False, False, role.priority))
    return patterns


def indexes_for(lexicon: ActorLexicon) -> tuple[PhraseIndex[Entry], PhraseIndex[RoleWord]]:
    """Name and role-word indexes of a lexicon, built once per lexicon version (kept on the lexicon)."""
    cached = lexicon.cache.get("indexes")
    if cached is None or cached[0] != lexicon.version:
        built = (PhraseIndex(_entry_patterns(lexicon.entries)), PhraseIndex(_role_patterns(lexicon.roles)))
        cached = lexicon.cache["indexes"] = (lexicon.version, built)
    return cached[1]
