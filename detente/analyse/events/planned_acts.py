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
from .grammar import is_future_clause, is_word

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
    itinerary_roots: frozenset[str]
    holding_verbs: frozenset[str]


def parse_planned_acts(raw: object) -> PlannedActs:
    """The lexicon from its YAML mapping; every list must be there and hold words."""
    keys = ("time_marks", "coming_adjectives", "schedule_participles", "noun_roots", "itinerary_roots", "holding_verbs")
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


def itinerary(found: Found, bare_frame: bool = False, lexicon: PlannedActs | None = None) -> bool:
    """'Wen will pay official visits to France', 'said Kasuri would pay a visit to Kabul', 'will hold talks with
    Villepin, meet with Chirac', 'are to meet with Bush' (``bare_frame``: the act is the infinitive of a bare
    'be'): a meeting or visit told in the future tense alone is a preview of the calendar, neither an act nor the
    party's own stated intent ('agreed / plans to meet' are coded 036 by their intent verbs, 'is scheduled to
    meet' as an arranged act). Read before the act is recoded as an intent."""
    lexicon = lexicon or load_planned_acts()
    if found.nominal or _own_word(found) or all(t.i != found.anchor.i for t in found.trigger):
        return False  # (an act told with another's time, "a deal brokered by the US" for a meeting, keeps its own)
    if any(note in found.notes for note in future_notes(lexicon)):
        return True  # (the future tense already made it an intent, 036: verb_events)
    if found.code[:2] not in lexicon.itinerary_roots:
        return False
    return bare_frame or is_future_clause(_clause_of(found.anchor))


def _own_word(found: Found) -> bool:
    """'the Japanese minister said he would make the trip': the doer's own word of what it will do is its stated
    intent (036), as 'pledged to' is; a spokesman's, a host's or a reporter's preview is the calendar's."""
    speaker = found.speaker
    return speaker is not None and any(source.key == speaker.key for source in found.sources)


def _clause_of(verb: Token) -> Token:
    """The verb whose tense a subjectless participle shares: 'will meet the king, exchanging views on ties'."""
    while verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i:
        if any(c.dep_ in SUBJECTS for c in verb.children):
            break
        verb = verb.head
    return verb


# The note a verb event carries when only its future tense made it an intent: "future:04" for "will meet".
FUTURE_NOTE = "future:{root}"


def future_note(root: str) -> str:
    """The note of an act told in the future tense ("will visit" -> 'future:04'), which ``itinerary`` reads."""
    return FUTURE_NOTE.format(root=root)


def future_notes(lexicon: PlannedActs) -> set[str]:
    """The notes of itineraries: meetings and visits told in the future tense alone."""
    return {future_note(root) for root in lexicon.itinerary_roots}


def _in_future_time_clause(verb: Token, lexicon: PlannedActs) -> bool:
    """'when Hakim meets Bush on Monday' under 'will come up', 'when attending the summits' under 'will deliver'."""
    if verb.dep_ != "advcl" or verb.tag_ == "VBD":
        return False
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in lexicon.time_marks for c in verb.children):
        return False
    return is_future_clause(verb.head)


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
    if noun.dep_ == "dobj" and is_word(noun.head, lexicon.holding_verbs) and is_future_clause(noun.head):
        return True  # "Japan would host a trilateral summit with China later this year"
    return noun.dep_ in SUBJECTS and is_future_clause(noun.head)


def _scheduled(participle: Token, lexicon: PlannedActs) -> bool:
    """'slated for', 'scheduled for', 'to be held'."""
    if is_word(participle, lexicon.schedule_participles):
        return True
    deps = {(c.dep_, c.lower_) for c in participle.children}
    return ("aux", "to") in deps and ("auxpass", "be") in deps
