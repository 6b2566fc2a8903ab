"""Conflict lexicon (``detente/data/cameo/conflict.yaml``): the words that decide conflict codes depending on why,
by whom and to whom an act is done (a protest's aim, an order to leave, an attempt on a life, a named person
killed, a crowd occupying a place, an attack in words). Loaded once and checked against the CAMEO table."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from detente.packaged import read_data_yaml

from .codes import cameo_codes


class ConflictLexiconError(ValueError):
    """The conflict lexicon is malformed (a missing list, a code that is no CAMEO code)."""


@dataclass(frozen=True)
class AimKind:
    """One kind of protest aim: the last digit of its sub-code, and the words and phrases that name it."""

    digit: str
    words: frozenset[str]  # nouns and adjectives
    verbs: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class ConflictLexicon:
    protest_codes: frozenset[str]
    aim_kinds: tuple[AimKind, ...]
    aim_preps: frozenset[str]
    cause_marks: frozenset[str]
    protest_nouns: frozenset[str]
    gathering_verbs: frozenset[str]
    crowd_counts: frozenset[str]
    order_verbs: frozenset[str]
    leaving_verbs: frozenset[str]
    expelled_default: str
    attempt_code: str
    attempt_verbs: frozenset[str]
    attempt_acts: frozenset[str]
    attempt_nouns: frozenset[str]
    attempt_modifiers: frozenset[str]
    survive_verbs: frozenset[str]
    conveyances: frozenset[str]
    killing_verbs: frozenset[str]
    killing_with_word: dict[str, str]
    person_killed: str
    leader_killed: str
    leader_roles: frozenset[str]
    killing_codes: frozenset[str]
    occupation_codes: frozenset[str]
    occupation_code: str
    count_words: dict[str, int]
    count_from: int
    expulsion_from: int
    mass_killing: str
    mass_killing_verbs: frozenset[str]
    mass_killing_codes: frozenset[str]
    mass_expulsion: str
    mass_expulsion_codes: frozenset[str]
    mass_expulsion_verbs: frozenset[str]
    chemical: str
    chemical_words: frozenset[str]
    chemical_phrases: tuple[tuple[str, ...], ...]
    mass_destruction: str
    mass_destruction_phrases: tuple[tuple[str, ...], ...]
    attack_roots: frozenset[str]
    posture_roots: frozenset[str]
    posture_marks: frozenset[str]
    posture_preps: frozenset[str]
    posture_purposes: frozenset[str]
    switch_verbs: frozenset[str]
    verbal_attack_nouns: frozenset[str] = frozenset()
    verbal_attack_words: frozenset[str] = frozenset()
    verbal_attack_media: frozenset[str] = frozenset()
    verbal_attack_topics: frozenset[str] = frozenset()
    verbal_attack_verbs: frozenset[str] = frozenset()
    verbal_attack_roots: frozenset[str] = frozenset()
    verbal_attack_code: str = "111"
    attack_doer_roots: frozenset[str] = frozenset()
    attack_doer_preps: frozenset[str] = frozenset()
    attack_nouns: frozenset[str] = frozenset()
    fight_nouns: frozenset[str] = frozenset()
    toll_periods: frozenset[str] = frozenset()
    held_roots: frozenset[str] = frozenset()
    holdings: frozenset[str] = frozenset()
    holding_owners: dict[str, str] = field(default_factory=dict)
    armed_expulsion_codes: frozenset[str] = frozenset()
    armed_expulsion_code: str = "190"
    armed_roles: frozenset[str] = frozenset()
    accusation_codes: frozenset[str] = frozenset()
    accused_roots: frozenset[str] = frozenset()
    accused_preps: frozenset[str] = frozenset()
    accused_carriers: frozenset[str] = frozenset()
    carrier_preps: frozenset[str] = frozenset()
    accused_roles: frozenset[str] = frozenset()
    toll_verbs: frozenset[str] = frozenset()
    taking_verbs: frozenset[str] = frozenset()
    taken_codes: frozenset[str] = frozenset()
    taken_code: str = "192"
    rule_roots: frozenset[str] = frozenset()
    rule_subjects: frozenset[str] = frozenset()


def _section(raw: dict[str, Any], key: str) -> dict[str, Any]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise ConflictLexiconError(f"conflict.yaml {key}: expected a mapping")
    return value


def _words(section: dict[str, Any], key: str, where: str, *, empty: bool = False) -> frozenset[str]:
    value = section.get(key)
    if not isinstance(value, list) or (not value and not empty) or not all(isinstance(w, str) and w for w in value):
        raise ConflictLexiconError(f"conflict.yaml {where}.{key}: expected a list of words")
    return frozenset(w.lower() for w in value)


def _code(value: Any, where: str) -> str:
    if not isinstance(value, str) or value not in cameo_codes():
        raise ConflictLexiconError(f"conflict.yaml {where}: {value!r} is not a CAMEO code (a quoted string)")
    return value


def _codes(section: dict[str, Any], key: str, where: str) -> frozenset[str]:
    return frozenset(_code(c, f"{where}.{key}") for c in _words(section, key, where))


def _aim_kinds(section: dict[str, Any], codes: frozenset[str]) -> tuple[AimKind, ...]:
    kinds = section.get("kinds")
    if not isinstance(kinds, list) or not kinds:
        raise ConflictLexiconError("conflict.yaml protest_aims.kinds: expected a list of kinds")
    parsed = []
    for kind in kinds:
        digit = str(kind.get("digit", "")) if isinstance(kind, dict) else ""
        if len(digit) != 1 or not digit.isdigit():
            raise ConflictLexiconError(f"conflict.yaml protest_aims.kinds: {kind!r} has no one-digit 'digit'")
        for code in codes:  # every protest code must have the sub-code this kind gives
            _code(code + digit, f"protest_aims.kinds digit {digit} of {code}")
        phrases = _words(kind, "phrases", "protest_aims.kinds", empty=True)
        words = _words(kind, "words", "protest_aims.kinds")
        verbs = _words(kind, "verbs", "protest_aims.kinds", empty=True)
        parsed.append(AimKind(digit, words, verbs, tuple(tuple(p.split()) for p in phrases)))
    return tuple(parsed)


def parse_conflict_lexicon(raw: dict[str, Any]) -> ConflictLexicon:
    if not isinstance(raw, dict):
        raise ConflictLexiconError("conflict.yaml: expected a mapping of sections")
    aims = _section(raw, "protest_aims")
    protest_codes = _codes(aims, "codes", "protest_aims")
    ordered = _section(raw, "ordered_out")
    attempts = _section(raw, "attempts")
    killings = _section(raw, "killings")
    with_word = killings.get("with_word")
    if not isinstance(with_word, dict) or not all(isinstance(v, str) for v in with_word.values()):
        raise ConflictLexiconError("conflict.yaml killings.with_word: expected a mapping of verb -> word")
    occupation = _section(raw, "crowd_occupation")
    posture = _section(raw, "prompted_posture")
    verbal = _section(raw, "verbal_attacks")
    doers = _section(raw, "attack_doers")
    held = _section(raw, "held_targets")
    armed = _section(raw, "armed_expulsion")
    accused = _section(raw, "accused_acts")
    owners = held.get("owners")
    if (
        not isinstance(owners, dict)
        or not owners
        or not all(isinstance(r, str) and len(r) == 3 for r in owners.values())
    ):
        raise ConflictLexiconError("conflict.yaml held_targets.owners: expected a mapping of word -> three-letter role")
    return ConflictLexicon(
        protest_codes=protest_codes,
        aim_kinds=_aim_kinds(aims, protest_codes),
        aim_preps=_words(aims, "aim_preps", "protest_aims"),
        cause_marks=_words(aims, "cause_marks", "protest_aims"),
        protest_nouns=_words(aims, "protest_nouns", "protest_aims"),
        gathering_verbs=_words(aims, "gathering_verbs", "protest_aims"),
        crowd_counts=_words(aims, "crowd_counts", "protest_aims"),
        order_verbs=_words(ordered, "verbs", "ordered_out"),
        leaving_verbs=_words(ordered, "leaving", "ordered_out"),
        expelled_default=_code(ordered.get("default"), "ordered_out.default"),
        attempt_code=_code(attempts.get("code"), "attempts.code"),
        attempt_verbs=_words(attempts, "verbs", "attempts"),
        attempt_acts=_words(attempts, "acts", "attempts"),
        attempt_nouns=_words(attempts, "nouns", "attempts"),
        attempt_modifiers=_words(attempts, "modifiers", "attempts"),
        survive_verbs=_words(attempts, "survive_verbs", "attempts"),
        conveyances=_words(attempts, "conveyances", "attempts"),
        killing_verbs=_words(killings, "verbs", "killings"),
        killing_with_word={str(k).lower(): v.lower() for k, v in with_word.items()},
        person_killed=_code(killings.get("person"), "killings.person"),
        leader_killed=_code(killings.get("leader"), "killings.leader"),
        leader_roles=frozenset(r.upper() for r in _words(killings, "leader_roles", "killings")),
        killing_codes=_codes(killings, "codes", "killings"),
        occupation_codes=_codes(occupation, "codes", "crowd_occupation"),
        occupation_code=_code(occupation.get("code"), "crowd_occupation.code"),
        **_mass_violence(_section(raw, "mass_violence")),
        posture_roots=_words(posture, "roots", "prompted_posture"),
        posture_marks=_words(posture, "marks", "prompted_posture"),
        posture_preps=_words(posture, "preps", "prompted_posture"),
        posture_purposes=_words(posture, "purpose_verbs", "prompted_posture"),
        switch_verbs=_words(_section(raw, "switches"), "verbs", "switches"),
        verbal_attack_nouns=_words(verbal, "nouns", "verbal_attacks"),
        verbal_attack_words=_words(verbal, "words", "verbal_attacks"),
        verbal_attack_media=_words(verbal, "media", "verbal_attacks"),
        verbal_attack_topics=_words(verbal, "topics", "verbal_attacks"),
        verbal_attack_verbs=_words(verbal, "verbs", "verbal_attacks"),
        verbal_attack_roots=_words(verbal, "roots", "verbal_attacks"),
        verbal_attack_code=_code(verbal.get("code"), "verbal_attacks.code"),
        attack_doer_roots=_words(doers, "roots", "attack_doers"),
        attack_doer_preps=_words(doers, "preps", "attack_doers"),
        attack_nouns=_words(doers, "nouns", "attack_doers"),
        fight_nouns=_words(doers, "fights", "attack_doers"),
        toll_periods=_words(doers, "periods", "attack_doers"),
        held_roots=_words(held, "roots", "held_targets"),
        holdings=_words(held, "holdings", "held_targets"),
        holding_owners={str(w).lower(): r.upper() for w, r in owners.items()},
        armed_expulsion_codes=_codes(armed, "codes", "armed_expulsion"),
        armed_expulsion_code=_code(armed.get("code"), "armed_expulsion.code"),
        armed_roles=frozenset(r.upper() for r in _words(armed, "roles", "armed_expulsion")),
        accusation_codes=_codes(accused, "accusations", "accused_acts"),
        accused_roots=_words(accused, "roots", "accused_acts"),
        accused_preps=_words(accused, "preps", "accused_acts"),
        accused_carriers=_words(accused, "carriers", "accused_acts"),
        carrier_preps=_words(accused, "carrier_preps", "accused_acts"),
        accused_roles=frozenset(r.upper() for r in _words(accused, "doer_roles", "accused_acts")),
        toll_verbs=_words(_section(raw, "bombing_tolls"), "verbs", "bombing_tolls"),
        **_places_taken(_section(raw, "places_taken")),
        rule_roots=_words(_section(raw, "standing_rules"), "roots", "standing_rules"),
        rule_subjects=_words(_section(raw, "standing_rules"), "subjects", "standing_rules"),
    )


def _mass_violence(section: dict[str, Any]) -> dict[str, Any]:
    parts = {key: section.get(key) for key in ("killing", "expulsion", "chemical", "mass_destruction")}
    for key, part in parts.items():
        if not isinstance(part, dict):
            raise ConflictLexiconError(f"conflict.yaml mass_violence.{key}: expected a mapping")
    killing, expulsion, chemical, destruction = parts.values()
    count_from, expulsion_from = section.get("count_from"), section.get("expulsion_from")
    if not all(isinstance(n, int) and n >= 2 for n in (count_from, expulsion_from)):
        raise ConflictLexiconError("conflict.yaml mass_violence.count_from, expulsion_from: expected numbers above 1")
    counts = section.get("count_words")
    if not isinstance(counts, dict) or not all(isinstance(n, int) and n > 0 for n in counts.values()):
        raise ConflictLexiconError("conflict.yaml mass_violence.count_words: expected a mapping of word -> number")
    roots = _words(section, "attack_roots", "mass_violence")
    if not all(len(r) == 2 and any(c.startswith(r) for c in cameo_codes()) for r in roots):
        raise ConflictLexiconError(f"conflict.yaml mass_violence.attack_roots: {sorted(roots)} are not all CAMEO roots")
    return {
        "count_words": {str(w).lower(): n for w, n in counts.items()},
        "count_from": count_from,
        "expulsion_from": expulsion_from,
        "mass_killing": _code(killing.get("code"), "mass_violence.killing.code"),
        "mass_killing_verbs": _words(killing, "verbs", "mass_violence.killing"),
        "mass_killing_codes": _codes(killing, "codes", "mass_violence.killing"),
        "mass_expulsion": _code(expulsion.get("code"), "mass_violence.expulsion.code"),
        "mass_expulsion_codes": _codes(expulsion, "codes", "mass_violence.expulsion"),
        "mass_expulsion_verbs": _words(expulsion, "verbs", "mass_violence.expulsion"),
        "chemical": _code(chemical.get("code"), "mass_violence.chemical.code"),
        "chemical_words": _words(chemical, "words", "mass_violence.chemical"),
        "chemical_phrases": _phrases(chemical, "mass_violence.chemical"),
        "mass_destruction": _code(destruction.get("code"), "mass_violence.mass_destruction.code"),
        "mass_destruction_phrases": _phrases(destruction, "mass_violence.mass_destruction"),
        "attack_roots": roots,
    }


def _places_taken(section: dict[str, Any]) -> dict[str, Any]:
    return {
        "taking_verbs": _words(section, "verbs", "places_taken"),
        "taken_codes": _codes(section, "codes", "places_taken"),
        "taken_code": _code(section.get("code"), "places_taken.code"),
    }


def _phrases(section: dict[str, Any], where: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in sorted(_words(section, "phrases", where)))


@lru_cache(maxsize=1)
def load_conflict_lexicon() -> ConflictLexicon:
    """The packaged conflict lexicon, parsed and checked once per process."""
    return parse_conflict_lexicon(read_data_yaml("cameo/conflict.yaml"))
