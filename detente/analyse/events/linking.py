"""Linking lexicon (``detente/data/cameo/linking.yaml``): word lists that steer how an event finds its
arguments (stative passives, document nouns, acts placed in a country, acts and pairs told before).
Loaded once and checked."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from detente.packaged import read_data_yaml, word_set

from .codes import cameo_codes
from .grammar import is_word, prep_objects_any


class LinkingError(ValueError):
    """The linking lexicon is malformed (a missing list, a root that is no CAMEO root)."""


@dataclass(frozen=True)
class Linking:
    stative_passives: frozenset[str]
    document_nouns: frozenset[str]
    place_doer_roots: frozenset[str]
    place_target_roots: frozenset[str]
    place_preps: frozenset[str]
    act_nouns: frozenset[str]
    pair_nouns: frozenset[str]
    group_words: dict[str, int]
    venue_nouns: frozenset[str]
    response_verbs: frozenset[str]
    official_roles: frozenset[str]
    crowd_roles: frozenset[str]
    sport_words: frozenset[str]
    contest_verbs: frozenset[str]
    crowd_nouns: frozenset[str]
    proposal_nouns: frozenset[str]
    home_target_codes: frozenset[str]
    riot_codes: frozenset[str]
    repression_codes: frozenset[str] = frozenset()
    outward_codes: frozenset[str] = frozenset()
    toll_starts: frozenset[str] = frozenset()
    toll_spans: frozenset[str] = frozenset()
    toll_roots: frozenset[str] = frozenset()
    threat_nouns: frozenset[str] = frozenset()
    threat_steps: frozenset[str] = frozenset()
    threat_step_words: frozenset[str] = frozenset()
    topic_preps: frozenset[str] = frozenset()
    aim_preps: frozenset[str] = frozenset()
    undergoing_heads: frozenset[str] = frozenset()
    site_preps: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    likewise_words: frozenset[str] = frozenset()
    harm_nouns: frozenset[str] = frozenset()
    label_verbs: frozenset[str] = frozenset()
    blame_labels: frozenset[str] = frozenset()
    praise_labels: frozenset[str] = frozenset()
    natural_forces: frozenset[str] = frozenset()
    contact_verbs: frozenset[str] = frozenset()
    blame_hold_verbs: frozenset[str] = frozenset()
    blame_hold_words: frozenset[str] = frozenset()
    forecast_frames: frozenset[str] = frozenset()
    schedule_frames: frozenset[str] = frozenset()
    schedule_roots: frozenset[str] = frozenset()
    inviter_nouns: frozenset[str] = frozenset()
    purpose_codes: frozenset[str] = frozenset()
    standing_codes: frozenset[str] = frozenset()
    sport_state_roles: frozenset[str] = frozenset()
    taking_verbs: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    fear_words: frozenset[str] = frozenset()
    hope_words: frozenset[str] = frozenset()
    pair_people: frozenset[str] = frozenset()
    aspect_verbs: frozenset[str] = frozenset()
    placed_official_nouns: frozenset[str] = frozenset()
    attempt_nouns: frozenset[str] = frozenset()
    attempting_verbs: frozenset[str] = frozenset()
    decision_nouns: frozenset[str] = frozenset()
    effort_verbs: frozenset[str] = frozenset()
    clause_reporting_verbs: frozenset[str] = frozenset()
    hearer_verbs: frozenset[str] = frozenset()


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    return word_set(raw, key, "linking.yaml ", LinkingError)


def _counts(raw: dict[str, Any], key: str) -> dict[str, int]:
    value = raw.get(key)
    if not isinstance(value, dict) or not value or not all(isinstance(n, int) and n >= 2 for n in value.values()):
        raise LinkingError(f"linking.yaml {key}: expected a mapping of words to how many sides they name (2 or more)")
    return {str(word).lower(): n for word, n in value.items()}


def _roots(raw: dict[str, Any], key: str) -> frozenset[str]:
    roots = _words(raw, key)
    known = {code[:2] for code in cameo_codes()}
    unknown = sorted(r for r in roots if len(r) != 2 or r not in known)
    if unknown:
        raise LinkingError(f"linking.yaml {key}: {unknown} are not CAMEO roots (two digits, 01-20)")
    return roots


def _code_prefixes(raw: dict[str, Any], key: str) -> frozenset[str]:
    prefixes = _words(raw, key)
    known = cameo_codes()
    unknown = sorted(p for p in prefixes if not any(code.startswith(p) for code in known))
    if unknown:
        raise LinkingError(f"linking.yaml {key}: {unknown} begin no CAMEO code")
    return prefixes


def _roles(raw: dict[str, Any], key: str) -> frozenset[str]:
    roles = frozenset(r.upper() for r in _words(raw, key))
    malformed = sorted(r for r in roles if len(r) != 3 or not r.isalpha())
    if malformed:
        raise LinkingError(f"linking.yaml {key}: {malformed} are not CAMEO actor roles (three letters)")
    return roles


def parse_linking(raw: dict[str, Any]) -> Linking:
    if not isinstance(raw, dict):
        raise LinkingError("linking.yaml: expected a mapping of named word lists")
    return Linking(
        stative_passives=_words(raw, "stative_passives"),
        document_nouns=_words(raw, "document_nouns"),
        place_doer_roots=_roots(raw, "place_doer_roots"),
        place_target_roots=_roots(raw, "place_target_roots"),
        place_preps=_words(raw, "place_preps"),
        site_preps=_words(raw, "site_preps"),
        act_nouns=_words(raw, "act_nouns"),
        pair_nouns=_words(raw, "pair_nouns"),
        group_words=_counts(raw, "group_words"),
        venue_nouns=_words(raw, "venue_nouns"),
        response_verbs=_words(raw, "response_verbs"),
        official_roles=_roles(raw, "official_roles"),
        crowd_roles=_roles(raw, "crowd_roles"),
        sport_words=_words(raw, "sport_words"),
        contest_verbs=_words(raw, "contest_verbs"),
        crowd_nouns=_words(raw, "crowd_nouns"),
        proposal_nouns=_words(raw, "proposal_nouns"),
        home_target_codes=_code_prefixes(raw, "home_target_codes"),
        riot_codes=_code_prefixes(raw, "riot_codes"),
        repression_codes=_code_prefixes(raw, "repression_codes"),
        outward_codes=_code_prefixes(raw, "outward_codes"),
        toll_starts=_words(raw, "toll_starts"),
        toll_spans=_words(raw, "toll_spans"),
        toll_roots=_roots(raw, "toll_roots"),
        threat_nouns=_words(raw, "threat_nouns"),
        threat_steps=_words(raw, "threat_steps"),
        threat_step_words=_words(raw, "threat_step_words"),
        topic_preps=_words(raw, "topic_preps"),
        aim_preps=_words(raw, "aim_preps"),
        undergoing_heads=_words(raw, "undergoing_heads"),
        body_nouns=_words(raw, "body_nouns"),
        likewise_words=_words(raw, "likewise_words"),
        harm_nouns=_words(raw, "harm_nouns"),
        label_verbs=_words(raw, "label_verbs"),
        blame_labels=_words(raw, "blame_labels"),
        praise_labels=_words(raw, "praise_labels"),
        natural_forces=_words(raw, "natural_forces"),
        contact_verbs=_words(raw, "contact_verbs"),
        blame_hold_verbs=_words(raw, "blame_hold_verbs"),
        blame_hold_words=_words(raw, "blame_hold_words"),
        forecast_frames=_words(raw, "forecast_frames"),
        schedule_frames=_subset(raw, "schedule_frames", "forecast_frames"),
        schedule_roots=_roots(raw, "schedule_roots"),
        inviter_nouns=_words(raw, "inviter_nouns"),
        purpose_codes=_code_prefixes(raw, "purpose_codes"),
        standing_codes=_code_prefixes(raw, "standing_codes"),
        sport_state_roles=_roles(raw, "sport_state_roles"),
        taking_verbs=_words(raw, "taking_verbs"),
        receiving_verbs=_words(raw, "receiving_verbs"),
        aspect_verbs=_words(raw, "aspect_verbs"),
        attempt_nouns=_words(raw, "attempt_nouns"),
        attempting_verbs=_words(raw, "attempting_verbs"),
        decision_nouns=_words(raw, "decision_nouns"),
        effort_verbs=_words(raw, "effort_verbs"),
        clause_reporting_verbs=_words(raw, "clause_reporting_verbs"),
        hearer_verbs=_words(raw, "hearer_verbs"),
        fear_words=_words(raw, "fear_words"),
        hope_words=_words(raw, "hope_words"),
        pair_people=_subset(raw, "pair_people", "pair_nouns"),
        placed_official_nouns=_words(raw, "placed_official_nouns"),
    )


def _subset(raw: dict[str, Any], key: str, of: str) -> frozenset[str]:
    words = _words(raw, key)
    stray = sorted(words - _words(raw, of))
    if stray:
        raise LinkingError(f"linking.yaml {key}: {stray} are not in {of}")
    return words


def is_sport(sent: Span, linking: Linking) -> bool:
    """Whether a sentence reports sport ("beat China 2-1 in the World Cup qualifier")."""
    return any(is_word(t, linking.sport_words) for t in sent)


# Links of a clause or phrase that describes a person or thing in passing: "Weah, who took up a football career,
# accused ...", "Fofana, a former Olympic sprinter, ...".
DESCRIBING_LINKS = {"relcl", "appos"}


def tells_sport(sent: Span, linking: Linking) -> bool:
    """Whether a sentence of a story that is no sports report tells sport itself: a sport word outside a clause
    or apposition that only describes someone ('the ex-footballer, who played in the World Cup, accused the
    electoral board' tells politics). A sports report's sentences are all sport (``is_sport`` counts them)."""
    return any(is_word(t, linking.sport_words) and not _describing(t, sent) for t in sent)


# A sports report: at least this many of its sentences name a sport's words, and at least this share of them.
SPORTS_REPORT_SENTENCES = 2
SPORTS_REPORT_SHARE = 1 / 3


def is_sports_report(doc: Doc, linking: Linking) -> bool:
    """Whether a whole text reports sport, so that its sentences that name no sport ('South Korea rallied from two
    sets down to upset arch rival Chinese Taipei') are read as sport too: a third of its sentences, and at least
    two, name a sport's words (a political story naming the World Cup once or a footballer-turned-candidate
    twice in twenty sentences is no sports report)."""
    sentences = list(doc.sents)
    sporting = sum(is_sport(sent, linking) for sent in sentences)
    return sporting >= SPORTS_REPORT_SENTENCES and sporting >= SPORTS_REPORT_SHARE * len(sentences)


def _describing(token: Token, sent: Span) -> bool:
    """Whether a word sits in a relative clause or apposition of the sentence."""
    while token.head.i != token.i and token.i >= sent.start:
        if token.dep_ in DESCRIBING_LINKS:
            return True
        token = token.head
    return False


def is_contest(trigger: list[Token], linking: Linking) -> bool:
    """Whether an event's trigger is a contest verb ("beat", "hosted", "dismissed"): in a sports report,
    national teams playing each other, not an act between states."""
    return any(t.lemma_.lower() in linking.contest_verbs for t in trigger)


# Prepositions that put an act inside a whole war ("killed in the conflict", "during the insurgency").
_SPAN_PREPS = {"in", "during", "throughout"}


def is_toll(anchor: Token, linking: Linking) -> bool:
    """Whether an act is told as a running count: from a start ("have been killed since fighting erupted",
    "Since April, ... have been killed") or over a whole war ("were killed in the conflict last year")."""
    # ("have been killed and 5,000 wounded since fighting erupted": the start hangs from the last of the
    # coordinated counts and is shared by all of them)
    for child in [c for v in (anchor, *anchor.conjuncts) for c in v.children]:
        if child.lower_ in linking.toll_starts and child.dep_ == "prep":
            return True
        if child.dep_ == "advcl" and any(m.lower_ in linking.toll_starts for m in child.children if m.dep_ == "mark"):
            return True
        spans = [o for o in child.children if o.dep_ == "pobj" and o.lemma_.lower() in linking.toll_spans]
        if child.dep_ == "prep" and child.lower_ in _SPAN_PREPS and spans:
            return True
    return False


def by_nature(anchor: Token, linking: Linking, settings_count: bool = True) -> bool:
    """Whether an act's doer is a force of nature or an accident: the subject of its verb, or of the verb a
    participle hangs from ("Floods swept through villages, killing 40"), a passive's "by" phrase, or what
    the act happened "in" ("Seven miners were killed in a colliery accident", "died in the floods"). Without
    ``settings_count``, only its subject counts ("troops shot two looters during the floods" is theirs)."""
    verb, doers, settings = anchor, [], []
    for _ in range(3):
        doers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and verb.dep_ != "relcl"]
        doers += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        # "in" / "during" a disaster names the cause as surely as a subject does; any other place or time
        # there ("killing 30 people in the region") must not stop the climb to the participle's subject
        settings += prep_objects_any([verb], {"in", "during"}) if settings_count else []
        if any(d.dep_ != "nsubjpass" for d in doers) or verb.dep_ not in {"advcl", "conj", "xcomp"}:
            break
        verb = verb.head
    names = [d for d in doers if d.dep_ != "nsubjpass"] + settings
    return any(is_natural_force(name, linking) for name in names)


@lru_cache(maxsize=1)
def load_linking() -> Linking:
    """The packaged linking lexicon, parsed and checked once per process."""
    return parse_linking(read_data_yaml("cameo/linking.yaml"))


def is_natural_force(noun: Token, linking: Linking) -> bool:
    """Whether a noun names a force of nature or an accident (linking.yaml ``natural_forces``): the noun itself,
    a compound before it ("Hurricane Maria", "forest fire") or the two as one name."""
    compounds = [c for c in noun.lefts if c.dep_ == "compound"]
    words = {w.lemma_.lower() for w in (noun, *compounds)}
    words |= {f"{c.lemma_} {noun.lemma_}".lower() for c in compounds}
    return bool(words & linking.natural_forces)
