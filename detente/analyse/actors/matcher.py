"""Find lexicon phrases in a parsed document: longest match first, one pass over the tokens.

A small token-sequence index rather than spaCy's PhraseMatcher, because entries differ in how they
match: packaged names are case-sensitive ("US" is not "us"), PETRARCH entries are case-insensitive
and may end in a stem ("ARGENTIN" matches "Argentina"). Patterns are tokenised once with the
pipeline's own tokenizer, so "U.S." or "People's" split exactly as in the text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Doc, Token

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


def _word_matches(token: Token, pattern: Pattern, index: int) -> bool:
    last = index == len(pattern.words) - 1
    if pattern.stem and last:
        return token.lower_.startswith(pattern.lower[index])
    if not pattern.case_sensitive:
        return token.lower_ == pattern.lower[index]
    word = pattern.words[index]
    # headlines and datelines shout: accept the all-caps form of words longer than an acronym
    return token.text == word or (len(word) > 3 and token.is_upper and token.text == word.upper())


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

    def candidates(self, token: Token) -> list[Pattern[T]]:
        found = self.by_first.get(token.lower_, [])
        stems = self.by_stem.get(token.lower_[:STEM_KEY])
        return found + stems if stems else found

    def match_at(self, doc: Doc, i: int) -> Match[T] | None:
        best: Pattern[T] | None = None
        for pattern in self.candidates(doc[i]):
            size = len(pattern.words)
            if i + size > len(doc) or (best and (size, pattern.priority) <= (len(best.words), best.priority)):
                continue
            if all(_word_matches(doc[i + k], pattern, k) for k in range(size)):
                best = pattern
        return Match(i, i + len(best.words), best.item) if best else None

    def find(self, doc: Doc) -> list[Match[T]]:
        matches: list[Match[T]] = []
        i = 0
        while i < len(doc):
            found = self.match_at(doc, i)
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
        words = _tokenise(role.phrase)
        if words:
            patterns.append(Pattern(words, tuple(w.lower() for w in words), role, False, False, 0))
    return patterns


def indexes_for(lexicon: ActorLexicon) -> tuple[PhraseIndex[Entry], PhraseIndex[RoleWord]]:
    """Name and role-word indexes of a lexicon, built once per lexicon version (kept on the lexicon)."""
    cached = lexicon.cache.get("indexes")
    if cached is None or cached[0] != lexicon.version:
        built = (PhraseIndex(_entry_patterns(lexicon.entries)), PhraseIndex(_role_patterns(lexicon.roles)))
        cached = lexicon.cache["indexes"] = (lexicon.version, built)
    return cached[1]
