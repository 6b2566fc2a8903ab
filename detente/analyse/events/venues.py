"""Parties that are only where an act happens or what a name names: 'APEC ministers began their meeting in the
South Korean city of Busan' (the host is no party to a forum's own meeting), 'gloom about the Hong Kong meeting'
(a meeting named by its venue), 'renew their commitment to the Bogor Goals' (a place inside a title)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...model import Place
from .actors import ActorHit, country_of, mention_heads
from .codes import VERBAL_CONFLICT, VERBAL_COOPERATION, cameo_code
from .found import Found
from .linking import Linking
from .patterns import Codebook

# Links that keep a word inside the noun phrase it modifies: "the South Korean city", "the city of Busan".
MODIFIER_LINKS = {"compound", "amod", "nmod", "appos"}
# The root of consultations, whose nouns ("meeting", "talks", "summit") a venue's name may modify.
CONSULT_ROOT = "04"
# The note of a target the nearest coded actor after the verb gave (nearest_actors.fall_back).
GUESSED_TARGET = "guessed-target"


def drop_venues(found: Found, sent: Span, places: list[Place], linking: Linking, codebook: Codebook) -> None:
    """Drop the parties of a found act that name no party: a country read from a place inside a title, and, for a
    guessed target of talk, a venue. What is left is found as for an act naming none."""
    titled = [h for h in found.sources + found.targets if _titled(h, sent, places)]
    found.sources = [h for h in found.sources if h not in titled]
    targets = [h for h in found.targets if h not in titled]
    if GUESSED_TARGET in found.notes and cameo_code(found.code).quad_class in {VERBAL_COOPERATION, VERBAL_CONFLICT}:
        targets = [h for h in targets if not _venue_guess(found, h, sent, places, linking, codebook)]
    if len(targets) < len(found.targets):
        found.targets = targets
        found.notes = [n for n in found.notes if n != GUESSED_TARGET] + ["venue-target"]


def _titled(hit: ActorHit, sent: Span, places: list[Place]) -> bool:
    """'the Bogor Goals', 'the Nairobi Framework': a name the actors stage coded by the bare country of a place
    inside it (the places stage marks such a place ``in_name``) is a thing named after a place, no party.
    Not a body coded with a role ('Bank of Korea' as a firm or an office)."""
    code = hit.actor.code or ""
    if len(code) != 3 or not code.isalpha() or hit.actor.kind == "country":
        return False
    mentions = [m for m in hit.actor.mentions if sent.start_char <= m.start < sent.end_char]
    return bool(mentions) and all(
        any(p.in_name and p.country == code and m.start <= p.start < m.end for p in places) for m in mentions
    )


def _venue_guess(
    found: Found, hit: ActorHit, sent: Span, places: list[Place], linking: Linking, codebook: Codebook
) -> bool:
    """Whether a guessed target of talk is only named as its venue: a forum's members meeting 'in the South
    Korean city of Busan' (the host is where they meet, not whom), or the place a meeting is named after ('gloom
    about the Hong Kong meeting', 'the Geneva talks'; not 'a statement on the NATO summit')."""
    words = mention_heads(hit, sent)
    if not words:
        return False
    forum = any(country_of(s) == "IGO" and _plural(s, sent) for s in found.sources)
    return all(
        (forum and _under_place_prep(w, linking)) or (_is_place(w, places) and _names_meeting(w, hit, codebook))
        for w in words
    )


def _is_place(word: Token, places: list[Place]) -> bool:
    """Whether the places stage found a place at a word."""
    return any(p.start <= word.idx < p.end for p in places)


def _plural(hit: ActorHit, sent: Span) -> bool:
    """Whether a doer is named as many ('APEC ministers', 'NATO members'), a forum's members, not one envoy."""
    return hit.actor.kind == "group" or any(w.tag_ in {"NNS", "NNPS"} for w in mention_heads(hit, sent))


def _under_place_prep(word: Token, linking: Linking) -> bool:
    """'in Busan', 'in the South Korean city of Busan', 'at a resort near Geneva': the word sits in the phrase of a
    preposition of place."""
    token = word
    while token.dep_ in MODIFIER_LINKS or (token.dep_ == "pobj" and token.head.lower_ == "of") or token.lower_ == "of":
        if token.head.i == token.i:
            return False
        token = token.head
    return token.dep_ == "pobj" and (token.head.lower_ in linking.place_preps or token.head.lower_ == "at")


def _names_meeting(word: Token, hit: ActorHit, codebook: Codebook) -> bool:
    """'the Hong Kong meeting', 'the Geneva talks': a single place's name modifying a meeting noun that is no
    part of the actor's mention (not 'China-US talks', which names its two sides)."""
    token = word
    while token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i != token.i:
        token = token.head  # ("Hong" -> "Kong")
    head = token.head
    if token.dep_ != "compound" or head.pos_ != "NOUN" or any(m.start <= head.idx < m.end for m in hit.actor.mentions):
        return False
    if any(c.dep_ in {"compound", "amod"} and c.i != token.i and c.pos_ == "PROPN" for c in head.children):
        return False  # ("the Sino-US talks", "the Iran EU talks": the sides, not a venue)
    return (codebook.nouns.get(head.lemma_.lower()) or "").startswith(CONSULT_ROOT)
