"""Acts still to come that a sentence names as if done (``detente/data/cameo/planned_acts.yaml``): "the Ban-Aso
meeting, to be held on Monday, comes ahead of a summit", "Wen's visit to Slovakia will be the first by a Chinese
leader", "Tehran's role will come up when Hakim meets Bush on Monday", "will assist until the UN mission arrives".

CAMEO codes an act when it is done, or a party's own announced intent to do it (``will visit`` is 036, coded by the
verb's modality); a meeting or visit that a calendar or a time clause of the future still holds is neither."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from detente.packaged import read_data_yaml, word_set

from .found import Found
from .grammar import is_future, is_word

# The dependencies through which a noun is the subject of the clause that tells its time ("the visit will be ...").
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


class PlannedActsError(ValueError):
    """The planned-acts lexicon is malformed (a missing or empty list)."""


@dataclass(frozen=True)
class PlannedActs:
    time_marks: frozenset[str]
    coming_adjectives: frozenset[str]
    schedule_participles: frozenset[str]
    noun_roots: frozenset[str]


def parse_planned_acts(raw: object) -> PlannedActs:
    """The lexicon from its YAML mapping; every list must be there and hold words."""
    keys = ("time_marks", "coming_adjectives", "schedule_participles", "noun_roots")
    return PlannedActs(**{key: word_set(raw, key, "planned_acts.yaml ", PlannedActsError) for key in keys})


@lru_cache(maxsize=1)
def load_planned_acts() -> PlannedActs:
    return parse_planned_acts(read_data_yaml("cameo/planned_acts.yaml"))


def to_come(found: Found, lexicon: PlannedActs | None = None) -> bool:
    """Whether an act is still to come: a verb in a time clause of a future clause; a meeting, visit or agreement
    told as a noun that a schedule, an adjective of the future or a future verb it is the subject of places
    ahead. It stays the story's antecedent ("the visit" of a later sentence); it is no event."""
    lexicon = lexicon or load_planned_acts()
    return _in_future_time_clause(found.anchor, lexicon) or _noun_to_come(found, lexicon)


def _in_future_time_clause(verb: Token, lexicon: PlannedActs) -> bool:
    """'when Hakim meets Bush on Monday' under 'will come up', 'when attending the summits' under 'will deliver'."""
    if verb.dep_ != "advcl" or verb.tag_ == "VBD":
        return False
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in lexicon.time_marks for c in verb.children):
        return False
    return _future(verb.head)


def _noun_to_come(found: Found, lexicon: PlannedActs) -> bool:
    """'the meeting, to be held on Monday', 'the summit slated for Nov. 4-5', 'his upcoming visit', 'Wen's visit
    to Slovakia will be the first'."""
    noun = found.anchor
    if not found.nominal or noun.pos_ not in {"NOUN", "PROPN"} or found.code[:2] not in lexicon.noun_roots:
        return False
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in lexicon.coming_adjectives:
            return True
        if child.dep_ in {"acl", "relcl"} and _scheduled(child, lexicon):
            return True
    return noun.dep_ in SUBJECTS and _future(noun.head)


def _scheduled(participle: Token, lexicon: PlannedActs) -> bool:
    """'slated for', 'scheduled for', 'to be held'."""
    if is_word(participle, lexicon.schedule_participles):
        return True
    deps = {(c.dep_, c.lower_) for c in participle.children}
    return ("aux", "to") in deps and ("auxpass", "be") in deps


def _future(verb: Token) -> bool:
    """A verb of the future, or coordinated with one ("will hold talks ... and visit")."""
    while not is_future(verb) and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return is_future(verb)
