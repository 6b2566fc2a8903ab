"""What the acceptance model reads of a rule-coded event: its code, how it was found, its parties, its clause.

Every feature is a name with a value (1.0 for a flag); names the model has no weight for count for nothing,
so a new feature or a code unseen in training leaves the probability to the others. Two steps, because some
features belong to the event alone (known when it is coded) and some to its sentence and article (known
when all of the article's events are)."""

from __future__ import annotations

from spacy.tokens import Token

from ....model import Event
from ..actors import ActorHit, side_of
from ..found import Found
from ..grammar import MODAL_AUXILIARIES, is_coded
from ..learned.propose import LEARNED
from ..subjects import SPEECH_VERBS

Features = dict[str, float]

# Clause links that put an act below the sentence's news, each a feature of its own.
_CLAUSE_LINKS = ("advcl", "relcl", "acl", "ccomp", "xcomp", "conj", "pcomp", "pobj")
# Actor kinds from the actors stage that say what sort of party an event is between.
_KINDS = {"person", "organisation", "country", "government", "group", "city"}
# Lower edges of the buckets of the linker's probability of a party it filled (the fill threshold is at least 0.3).
LINK_BUCKETS = (0.3, 0.5, 0.7, 0.9)
# Roles that read as the state itself, as against parts of it or its people.
_STATE_ROLES = {"GOV", "MIL", "LEG", "JUD", "SPY", "PTY"}


def rule_coded(found: Found) -> bool:
    """Not a learned proposal (its note, events/learned): those are not the rules' and are not scored here."""
    return LEARNED not in found.notes


def event_features(
    found: Found,
    source: ActorHit | None,
    target: ActorHit | None,
    event: Event,
    subordination: float,
) -> Features:
    """The features of one event that need only the event, what was found and its parse."""
    features: Features = {
        "bias": 1.0,
        f"root:{event.root}": 1.0,
        f"quad:{event.quad_class}": 1.0,
        "rule-confidence": event.confidence or 0.0,
        "subordination": subordination,
    }
    features["specific-code"] = float(len(event.cameo) > 3)
    features["nominal"] = float(found.nominal)
    features[f"anchor:{_pos(found.anchor)}"] = 1.0
    # the anchor's word: some words ("come", "said") find acts that are seldom news, whatever the clause
    features[f"trigger:{found.anchor.lemma_.lower()}"] = 1.0
    features["multiword-trigger"] = float(len(found.trigger) > 1)
    features["reported"] = float(found.speaker is not None or _under_speech(found.anchor))
    features["modal"] = float(_modal(found.anchor))
    features["reciprocal"] = float(found.reciprocal)
    features["several-sources"] = float(len(found.sources) > 1)
    features["several-targets"] = float(len(found.targets) > 1)
    for note in found.notes:
        features[f"note:{_note_kind(note)}"] = 1.0
    features.update(linked_features(found.linked))
    for link in _links_above(found.anchor):
        features[f"under:{link}"] = 1.0
    features.update(_party("source", source))
    features.update(_party("target", target))
    if source is not None and target is not None:
        same = _country(source) is not None and _country(source) == _country(target)
        features["same-country"] = float(same)
    features["historical"] = float(event.historical)
    features[f"date:{event.date_source or 'none'}"] = 1.0
    features["place"] = float(event.place is not None)
    return features


def linked_features(linked: dict[str, float]) -> Features:
    """The parties the learned linker filled (``Found.linked``): the role, and the linker's probability bucketed (a
    filled party is often right while the act is no event: the acceptance model gates the fill)."""
    features: Features = {}
    for role, chance in linked.items():
        bucket = max(low for low in LINK_BUCKETS if chance >= low or low == LINK_BUCKETS[0])
        features[f"linked:{role}"] = 1.0
        features[f"linked-p:{bucket:.1f}"] = 1.0
        features[f"linked:{role}:{bucket:.1f}"] = 1.0
    return features


def article_features(events: list[Event], features: list[Features], sentences: int) -> list[Features]:
    """Add what an event's sentence and article tell: its place in the article and its sentence's other events."""
    per_sentence: dict[int, int] = {}
    top: dict[int, float] = {}  # the highest hand-set confidence of each sentence's events
    for event, own in zip(events, features, strict=True):
        per_sentence[event.sentence] = per_sentence.get(event.sentence, 0) + 1
        top[event.sentence] = max(top.get(event.sentence, 0.0), own.get("rule-confidence", 0.0))
    out = []
    for event, own in zip(events, features, strict=True):
        both = dict(own)
        count = per_sentence[event.sentence]
        # the rules' own ranking of a sentence's events: the one they lead with is more often the news
        margin = top[event.sentence] - own.get("rule-confidence", 0.0)
        both["rule-below-top"] = margin
        both["rule-top"] = float(margin <= 1e-9 and count > 1)
        both["sentence-events:1"] = float(count == 1)
        both["sentence-events:3+"] = float(count >= 3)
        both["lead-sentence"] = float(event.sentence == 0)
        both["article-position"] = event.sentence / max(1, sentences - 1)
        both["one-sentence-article"] = float(sentences <= 1)
        out.append(both)
    for both, dyad in zip(out, _dyad_features(events), strict=True):
        both.update(dyad)
    return out


def _dyad_features(events: list[Event]) -> list[Features]:
    """Whether an event's pair of countries recurs in its article and is the article's main pair: an act
    between the parties the story is about is more often news than one with a party named in passing."""
    dyads = [_dyad(event) for event in events]
    counts: dict[frozenset, int] = {}
    for dyad in dyads:
        if dyad is not None:
            counts[dyad] = counts.get(dyad, 0) + 1
    weight: dict[str, int] = {}  # each country's (or IGO's) share of the article's coded pairs
    for dyad, n in counts.items():
        for side in dyad:
            weight[side] = weight.get(side, 0) + n
    main = {side for side, _ in sorted(weight.items(), key=lambda item: (-item[1], item[0]))[:2]}
    out: list[Features] = []
    for dyad in dyads:
        if dyad is None:
            out.append({"dyad-none": 1.0})
        else:
            out.append({"dyad-repeats": float(counts[dyad] > 1), "dyad-main": float(dyad == main)})
    return out


def _side(code: str | None) -> str | None:
    """A party's country, or its IGO/NGO code; None for an uncoded or country-less party."""
    return None if not code or code.startswith("---") else side_of(code)


def _dyad(event: Event) -> frozenset | None:
    """The event's two parties' countries (or IGOs), unordered; None when a side is missing or uncoded."""
    source = _side(event.source_actor.code if event.source_actor else None)
    target = _side(event.target_actor.code if event.target_actor else None)
    if source is None or target is None or source == target:
        return None
    return frozenset((source, target))


def _pos(token: Token) -> str:
    return token.pos_ if token.pos_ in {"VERB", "NOUN", "PROPN", "ADJ", "AUX"} else "other"


def _note_kind(note: str) -> str:
    """'aim:12' -> 'aim', 'modality:obligation' stays: what kind of note, without token numbers."""
    head, _, rest = note.partition(":")
    return head if not rest or rest.isdigit() else note


def _links_above(anchor: Token) -> set[str]:
    """The clause links between an event's anchor and its sentence's root."""
    links: set[str] = set()
    token = anchor
    while token.head.i != token.i:
        if token.dep_ in _CLAUSE_LINKS:
            links.add(token.dep_)
        token = token.head
    return links


def _under_speech(anchor: Token) -> bool:
    token = anchor
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in SPEECH_VERBS:
            return True
        token = token.head
    return False


def _modal(anchor: Token) -> bool:
    """'could attack', 'would sign': a modal auxiliary on the anchor or the verb it hangs from."""
    for token in (anchor, anchor.head):
        if any(child.dep_ == "aux" and child.lower_ in MODAL_AUXILIARIES for child in token.children):
            return True
    return False


def _country(hit: ActorHit) -> str | None:
    code = hit.actor.code or ""
    return side_of(code) if code.startswith(("IGO", "NGO")) or is_coded(hit.actor) else None


def _party(side: str, hit: ActorHit | None) -> Features:
    if hit is None:
        return {f"{side}:missing": 1.0}
    actor = hit.actor
    features = {f"{side}:coded": float(is_coded(actor))}
    code = actor.code or ""
    if code.startswith(("IGO", "NGO", "IMG", "MNC")):
        features[f"{side}:{code[:3]}"] = 1.0
    elif is_coded(actor):
        role = code[3:6]
        features[
            f"{side}:state-role" if role in _STATE_ROLES else f"{side}:other-role" if role else f"{side}:country"
        ] = 1.0
    if actor.kind in _KINDS:
        features[f"{side}:kind:{actor.kind}"] = 1.0
    if actor.title:
        features[f"{side}:titled"] = 1.0
    for flag in ("placed", "from_place", "people"):
        if getattr(hit, flag):
            features[f"{side}:{flag}"] = 1.0
    if actor.country_source and actor.country_source != "text":
        features[f"{side}:country-from:{actor.country_source}"] = 1.0
    return features
