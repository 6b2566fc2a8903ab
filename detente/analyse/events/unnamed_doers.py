"""Acts of force done by doers the text does not name: "unidentified gunmen ambushed a councillor", "two suicide
bombers blew themselves up", "gunmen fired on a welfare agency" (``detente/data/cameo/unnamed_doers.yaml``).

The actors stage gives such doers the story's armed group (``IRQREB``, ``PSEREB``), a guess no analyst makes: an
unnamed attacker gives no event between parties. The act keeps no doer, so the coder treats it as any act no one
is said to do (dropped unless it is the best a short text tells). Doers named anywhere in the article
("Palestinian gunmen", "Hamas gunmen", "a suicide bomber of the outfit JMB", or "the gunmen" after such a name)
stay."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from detente.packaged import read_data_yaml, word_set

from .actors import ActorHit
from .found import Found
from .grammar import is_word

# Dependents of a noun that belong to its own phrase (not a clause about it: "gunmen who fired at Israeli troops").
PHRASE_DEPS = frozenset({"amod", "compound", "poss", "nmod", "prep", "pobj", "conj", "cc", "appos", "nummod", "det"})


class UnnamedDoersError(ValueError):
    """The unnamed-doers lexicon is malformed (a missing or empty list)."""


@dataclass(frozen=True)
class UnnamedDoers:
    attacker_nouns: frozenset[str]
    force_roots: frozenset[str]
    naming_entities: frozenset[str]


def parse_unnamed_doers(raw: object) -> UnnamedDoers:
    """The lexicon from its YAML mapping; every list must be there and hold words."""

    def words(key: str, lower: bool = True) -> frozenset[str]:
        return word_set(raw, key, "unnamed_doers.yaml ", UnnamedDoersError, lower)

    # entity labels (NORP, GPE) keep their case
    return UnnamedDoers(words("attacker_nouns"), words("force_roots"), words("naming_entities", lower=False))


@lru_cache(maxsize=1)
def load_unnamed_doers() -> UnnamedDoers:
    return parse_unnamed_doers(read_data_yaml("cameo/unnamed_doers.yaml"))


def drop_unnamed_doers(events: list[Found], doc: Doc, lexicon: UnnamedDoers | None = None) -> None:
    """Take from each act of force the doers that every mention in the article leaves unnamed."""
    lexicon = lexicon or load_unnamed_doers()
    for found in events:
        if found.code[:2] in lexicon.force_roots and found.sources:
            found.sources = [hit for hit in found.sources if not _unnamed(hit, doc, lexicon)]


def _unnamed(hit: ActorHit, doc: Doc, lexicon: UnnamedDoers) -> bool:
    """Whether every mention of the actor is an attacker noun with nothing in its phrase that names whose."""
    heads = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in hit.actor.mentions]
    roots = [span.root for span in heads if span is not None and len(span)]
    return bool(roots) and all(_attacker_phrase(root, lexicon) for root in roots)


def _attacker_phrase(head: Token, lexicon: UnnamedDoers) -> bool:
    if not is_word(head, lexicon.attacker_nouns):
        return False
    return not any(_names(word, lexicon) for word in _phrase(head))


def _phrase(head: Token) -> list[Token]:
    """The words of a noun's own phrase, below it."""
    words, todo = [], [c for c in head.children if c.dep_ in PHRASE_DEPS]
    while todo:
        word = todo.pop()
        words.append(word)
        todo.extend(c for c in word.children if c.dep_ in PHRASE_DEPS)
    return words


def _names(word: Token, lexicon: UnnamedDoers) -> bool:
    """A word that says whose the doers are: a proper name, a nationality, a group ("Hamas", "Palestinian")."""
    return word.pos_ == "PROPN" or word.ent_type_ in lexicon.naming_entities
