"""State epithets as parties: 'the kingdom', 'the Himalayan kingdom', 'the former Soviet republic', 'the oil-rich
emirate', 'the war-torn country' stand for a state the story named before (data: detente/data/actors/epithets.yaml).

An epithet is read as the newest state named in the sentences before it that has every property its words give,
and only where the choice is clear: no state of its own sentence fits (that is most often the act's other party,
or the epithet's own state named beside it), the newest sentence naming a fitting state names only one, and no
quote lies between (a quote's words are the speaker's)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from ...packaged import read_data_yaml

ANY = "any"
# How many sentences back an epithet looks for its state: one that fits a property ("the kingdom") is rarely far,
# a plain "the country" only the sentence just before.
PROPERTY_LOOKBACK = 6
PLAIN_LOOKBACK = 1
# Dependencies of the words before an epithet's noun that describe it ("the oil-rich emirate", "the former Soviet
# republic"); any other word before it (a number, an owner) makes it something else.
_DESCRIBING = {"amod", "compound", "npadvmod", "advmod", "punct", "nmod"}


class EpithetsError(ValueError):
    """A malformed epithets.yaml."""


@dataclass(frozen=True)
class Epithets:
    nouns: dict[str, str]  # head noun -> property
    alone: frozenset[str]  # head nouns that stand for a state with no listed modifier
    modifiers: dict[str, str]  # modifier word or phrase -> property
    states: dict[str, frozenset[str]]  # property -> the states that have it

    def fits(self, country: str, properties: frozenset[str]) -> bool:
        """Whether a state has every property (``any`` is had by all)."""
        return all(p == ANY or country in self.states.get(p, frozenset()) for p in properties)


@cache
def read_epithets() -> Epithets:
    """epithets.yaml, checked: every property a word gives is ``any`` or has a list of states."""
    raw = read_data_yaml("actors/epithets.yaml")
    if not isinstance(raw, dict):
        raise EpithetsError("epithets.yaml: expected a mapping")
    nouns = _mapping(raw, "nouns")
    modifiers = _mapping(raw, "modifiers")
    states = {p: frozenset(str(c) for c in codes) for p, codes in (raw.get("states") or {}).items()}
    alone = frozenset(str(w).lower() for w in raw.get("alone") or [])
    for word, prop in {**nouns, **modifiers}.items():
        if prop != ANY and not states.get(prop):
            raise EpithetsError(f"epithets.yaml: {word!r} gives {prop!r}, which has no states")
    if not alone <= nouns.keys():
        raise EpithetsError(f"epithets.yaml alone: not nouns: {sorted(alone - nouns.keys())}")
    return Epithets(nouns, alone, modifiers, states)


def _mapping(raw: dict, key: str) -> dict[str, str]:
    value = raw.get(key)
    if not isinstance(value, dict) or not value:
        raise EpithetsError(f"epithets.yaml {key}: expected a non-empty mapping")
    return {str(k).lower(): str(v) for k, v in value.items()}


def epithet_properties(token: Token) -> frozenset[str] | None:
    """The properties of the state a definite singular epithet headed by ``token`` describes ("the Himalayan
    kingdom" -> himalayan, monarchy), or None for a phrase that is not one (an unknown modifier, an owner, a
    number, a plural)."""
    lexicon = read_epithets()
    noun = token.lower_
    if noun not in lexicon.nouns or token.tag_ not in {"NN", "NNP"}:
        return None
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children) for c in children):
        return None  # ("the island nation of Cyprus", "the state of emergency": named or something else)
    before = [c for c in children if c.i < token.i and c.dep_ != "det"]
    if any(c.dep_ not in _DESCRIBING for c in before):
        return None
    words = [t for c in before for t in c.subtree]
    modifiers = _modifier_properties(words, lexicon)
    if modifiers is None:
        return None
    if not modifiers - {ANY} and noun not in lexicon.alone:
        return None
    return frozenset({lexicon.nouns[noun], *modifiers})


def _modifier_properties(words: list[Token], lexicon: Epithets) -> set[str] | None:
    """The properties the words before an epithet's noun give, read as the longest listed phrases ("former
    Soviet", "oil-rich", "West African"); None if a word is left unread."""
    texts = [t.lower_ for t in sorted(words, key=lambda t: t.i)]
    found: set[str] = set()
    at = 0
    while at < len(texts):
        for size in (4, 3, 2, 1):
            piece = texts[at : at + size]
            for phrase in {" ".join(piece), "".join(piece)}:  # ("oil - rich" is "oil-rich")
                if len(piece) == size and phrase in lexicon.modifiers:
                    found.add(lexicon.modifiers[phrase])
                    at += size
                    break
            else:
                continue
            break
        else:
            if texts[at] not in {"-", ","}:
                return None
            at += 1
    return found


def sentences_before(token: Token, lookback: int) -> list[Span]:
    """Up to ``lookback`` sentences before the token's, newest first, stopping at a quoted one."""
    from .actors import quoted  # (actors reads epithets: import late)

    found: list[Span] = []
    start = token.sent.start
    while start > 0 and len(found) < lookback:
        sentence = token.doc[start - 1].sent
        if quoted(sentence):
            break
        found.append(sentence)
        start = sentence.start
    return found
