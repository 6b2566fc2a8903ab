"""The event pattern codebook (``detente/data/cameo/verbs.yaml``): words and phrases -> CAMEO codes.

Loaded once and checked against the CAMEO table, so a typo in the data file fails at load time with the
offending entry named, not silently at extraction time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml

from detente.packaged import read_data_text

from .codes import cameo_codes


class CodebookError(ValueError):
    """The pattern codebook names a code that does not exist or has a malformed entry."""


VOWELS = set("aeiou")


def undoubled_stem(lemma: str, word: str) -> str | None:
    """'raped' read as 'rap' + 'ed': a one-syllable verb ending in vowel and consonant doubles it ('rapped'), so
    an undoubled form is of the verb with a silent e ('rape'), or None when the lemma is not such a misreading."""
    if not word.endswith(("ed", "ing")) or len(lemma) < 3 or not word.startswith(lemma):
        return None
    tail, vowel, before = lemma[-1], lemma[-2], lemma[:-2]
    if tail in VOWELS or tail in "wxy" or vowel not in VOWELS or any(c in VOWELS for c in before):
        return None
    return lemma + "e" if word in {lemma + "ed", lemma + "ing"} else None


@dataclass(frozen=True)
class VerbRule:
    """How a bare verb lemma is coded."""

    code: str
    actor_object: str | None = None  # code used instead when the direct object is an actor
    needs_actor_object: bool = False
    needs_object: bool = False
    no_actor_object: bool = False
    no_thing_object: bool = False
    money_object: str | None = None  # code when the object is a sum of money ("pledged $500 million")
    needs_target: bool = False  # statements ("said") are events only when addressed to an actor
    clause_code: str | None = None  # code when the verb takes a that-clause ("charged that troops fired")
    body_object: str | None = None  # code when the object is a state or one of its bodies ("charged Ottawa with")
    # no event when the verb names whom it is meant for ("targeted at schools") or that its object is to gain one of
    # these ("targeted farmers to benefit")
    no_purpose: frozenset[str] | None = None
    reason_code: str | None = None  # code when the verb gives a reason ("attacked Washington for its arms sales")
    needs_igo_object: bool = False  # only an event when the object is an international body ("joined NATO")


@dataclass(frozen=True)
class Modality:
    """A class of verbs that frame another event ("agreed to", "threatened to", "urged ... to")."""

    name: str
    verbs: frozenset[str]
    mapping: dict[str, str]

    def transform(self, inner_code: str) -> str:
        """The code of "<modal verb> to <inner event>": the longest matching prefix of the inner code wins."""
        for length in range(len(inner_code), 1, -1):
            if inner_code[:length] in self.mapping:
                return self.mapping[inner_code[:length]]
        return self.mapping["*"]


@dataclass(frozen=True)
class Codebook:
    verbs: dict[str, VerbRule]
    phrasal: dict[tuple[str, str], str]
    light_verbs: dict[str, dict[str, str]]
    nouns: dict[str, str]
    compounds: dict[tuple[str, str], str]
    modalities: dict[str, Modality]
    negated_cooperation: str | None
    symmetric: tuple[str, ...]
    denial_verbs: frozenset[str] = frozenset()
    phrasal_verbs: frozenset[str] = frozenset()
    patient_nouns: frozenset[str] = frozenset()
    non_event_verbs: frozenset[str] = frozenset()
    reciprocal_verbs: frozenset[str] = frozenset()
    non_event_heads: frozenset[str] = frozenset()
    # what refusing is no act against anyone ("declined to give details", "refused to be named"): verbs and
    # "verb object" phrases
    withheld_acts: frozenset[str] = frozenset()
    # predicates that rule an act out ("out of the question"): the speaker refuses it
    ruled_out_phrases: frozenset[str] = frozenset()
    # states of harm an act leaves people in ("left 12 civilians dead"): its victims
    harm_results: frozenset[str] = frozenset()
    # verbs of a crowd coming together ("converged for a rally"): the protest it comes for is its own
    gathering_verbs: frozenset[str] = frozenset()
    visit_travel_verbs: frozenset[str] = frozenset()  # "arrived here for a visit": the traveller visits
    # "jointly developing the JF-17": what two parties make together is material cooperation
    joint_work_markers: frozenset[str] = frozenset()
    joint_work_verbs: frozenset[str] = frozenset()
    intent_adjectives: frozenset[str] = frozenset()  # "open to talks", "ready for dialogue"
    refusal_nouns: frozenset[str] = frozenset()  # "its refusal to align with the sanctions"
    gathering_nouns: dict[str, str] = field(default_factory=dict)  # "rally": a protest when a crowd gathers for it
    # calls and demands a party rejects or yields to, made by their owner ("spurned demands from Washington"):
    # noun -> code of the call itself
    answered_nouns: dict[str, str] = field(default_factory=dict)
    # reactions an act draws from a party ("drew condemnation from the EU"): drawing verbs, noun -> code
    drawing_verbs: frozenset[str] = frozenset()
    drawn_reactions: dict[str, str] = field(default_factory=dict)
    # a third party's part in an act of others ("a ceasefire mediated by Egypt"): verb -> code
    mediation_verbs: dict[str, str] = field(default_factory=dict)
    event_nouns: frozenset[str] = frozenset()  # nouns that name an event on their own (nominal, compound)
    modal_verbs: dict[str, Modality] = field(default_factory=dict)
    bombings: dict[str, Any] = field(default_factory=dict)  # killing by bomb: {code, means, kinds}
    movers: dict[str, dict[str, str]] = field(default_factory=dict)  # verb -> {who moves -> code}
    # light nouns and compounds the codebook marks as no event (a null code): "strike a balance",
    # "issued a typhoon warning"
    light_non_events: dict[str, frozenset[str]] = field(default_factory=dict)
    non_event_compounds: frozenset[tuple[str, str]] = frozenset()
    # light nouns whose act is another when aimed at a party ("launched missiles at Japan" is an attack,
    # "launched missiles" a test): noun -> code
    aimed: dict[str, str] = field(default_factory=dict)
    # verbs of giving, and what they hand over -> code ("provided 500 tonnes of rice to North Korea" is aid):
    # the thing given says which act it is, when the verb's own light nouns do not name it
    giving_verbs: frozenset[str] = frozenset()
    given_things: dict[str, str] = field(default_factory=dict)
    # light verb phrases that are an act only over what their noun's "of" names ("took control of the port", not "of
    # Congress"; "ordered the closure of the embassy", not "of a poultry farm"): "verb noun" -> the words it may name
    bounded_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    # words that make a finding of guilt an acquittal ("a verdict of acquittal", "found them not guilty")
    acquittals: frozenset[str] = frozenset()

    def verb_lemma(self, lemma: str, word: str) -> str:
        """The codebook's spelling of a verb: spaCy's lemma, or the word with its inflection taken off when
        the small model mislemmatises it ("staged" -> "stag", "raped" -> "rap")."""
        lemma = lemma.lower()
        stem = undoubled_stem(lemma, word.lower())
        if stem is not None and self._knows(stem):
            return stem
        if self._knows(lemma):
            return lemma
        for suffix, ending in (
            ("ied", "y"),
            ("ies", "y"),
            ("ed", ""),
            ("ed", "e"),
            ("ing", ""),
            ("ing", "e"),
            ("es", ""),
            ("s", ""),
        ):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                candidate = word[: -len(suffix)] + ending
                if self._knows(candidate):
                    return candidate
        return lemma

    def _knows(self, lemma: str) -> bool:
        return (
            lemma in self.verbs
            or lemma in self.light_verbs
            or lemma in self.modal_verbs
            or lemma in self.phrasal_verbs
            or lemma in self.giving_verbs
        )

    def modality_of(self, lemma: str) -> Modality | None:
        return self.modal_verbs.get(lemma)

    def is_symmetric(self, code: str) -> bool:
        return code.startswith(self.symmetric)


def _check(code: Any, where: str) -> str:
    known = cameo_codes()
    if not isinstance(code, str) or code not in known:
        raise CodebookError(f"verbs.yaml {where}: {code!r} is not a CAMEO code of CAMEO.eventcodes.txt")
    return code


def _verb_rule(lemma: str, entry: Any) -> VerbRule:
    if isinstance(entry, str):
        return VerbRule(_check(entry, f"verbs.{lemma}"))
    if not isinstance(entry, dict) or "code" not in entry:
        raise CodebookError(f"verbs.yaml verbs.{lemma}: expected a code or a mapping with 'code'")
    unknown = set(entry) - {
        "code",
        "actor_object",
        "needs_actor_object",
        "needs_object",
        "no_actor_object",
        "no_thing_object",
        "needs_target",
        "money_object",
        "clause_code",
        "body_object",
        "no_purpose",
        "reason_code",
        "needs_igo_object",
    }
    if unknown:
        raise CodebookError(f"verbs.yaml verbs.{lemma}: unknown keys {sorted(unknown)}")
    actor_object = entry.get("actor_object")
    return VerbRule(
        code=_check(entry["code"], f"verbs.{lemma}"),
        actor_object=_check(actor_object, f"verbs.{lemma}.actor_object") if actor_object else None,
        needs_actor_object=bool(entry.get("needs_actor_object")),
        needs_object=bool(entry.get("needs_object")),
        no_actor_object=bool(entry.get("no_actor_object")),
        no_thing_object=bool(entry.get("no_thing_object")),
        money_object=_check(entry["money_object"], f"verbs.{lemma}.money_object") if "money_object" in entry else None,
        needs_target=bool(entry.get("needs_target")),
        clause_code=_check(entry["clause_code"], f"verbs.{lemma}.clause_code") if "clause_code" in entry else None,
        body_object=_check(entry["body_object"], f"verbs.{lemma}.body_object") if "body_object" in entry else None,
        no_purpose=frozenset(entry["no_purpose"]) if "no_purpose" in entry else None,
        reason_code=_check(entry["reason_code"], f"verbs.{lemma}.reason_code") if "reason_code" in entry else None,
        needs_igo_object=bool(entry.get("needs_igo_object")),
    )


def _pairs(table: dict[str, str | None], section: str) -> dict[tuple[str, str], str]:
    pairs: dict[tuple[str, str], str] = {}
    for phrase, code in table.items():
        words = phrase.split()
        if len(words) < 2:
            raise CodebookError(f"verbs.yaml {section}.{phrase}: expected two or more words")
        if code is None and section == "compounds":
            continue  # a null compound is no event ("typhoon warning"): see _null_compounds
        # "pull out of" keys on the verb and its last word: the preposition that takes the target
        pairs[(words[0], words[-1] if section == "compounds" else " ".join(words[1:]))] = _check(
            code, f"{section}.{phrase}"
        )
    return pairs


def _bombings(spec: Any) -> dict[str, Any]:
    if spec is None:
        return {}
    if not isinstance(spec, dict) or "code" not in spec or not isinstance(spec.get("means"), list):
        raise CodebookError("verbs.yaml bombings: expected {code, means: [...], kinds: {word: code}}")
    kinds = {str(k): _check(v, f"bombings.kinds.{k}") for k, v in (spec.get("kinds") or {}).items()}
    return {"code": _check(spec["code"], "bombings.code"), "means": [str(m) for m in spec["means"]], "kinds": kinds}


def _light_verbs(raw: dict[str, Any]) -> tuple[dict[str, dict[str, str]], dict[str, frozenset[str]]]:
    """Light verb -> {noun -> code}, and light verb -> nouns whose null code says the phrase is no event.
    A light verb may be phrasal ("call off": {talks: ...}): its key is the verb and its particle."""
    codes: dict[str, dict[str, str]] = {}
    nulls: dict[str, frozenset[str]] = {}
    for verb, nouns in raw.items():
        if not isinstance(nouns, dict):
            raise CodebookError(f"verbs.yaml light_verbs.{verb}: expected a mapping of nouns to codes")
        codes[verb] = {n: _check(c, f"light_verbs.{verb}.{n}") for n, c in nouns.items() if c is not None}
        empty = frozenset(n for n, c in nouns.items() if c is None)
        if empty:
            nulls[verb] = empty
    return codes, nulls


def _null_compounds(raw: dict[str, Any]) -> frozenset[tuple[str, str]]:
    return frozenset((p.split()[0], p.split()[-1]) for p, code in raw.items() if code is None and len(p.split()) > 1)


def parse_codebook(raw: dict[str, Any]) -> Codebook:
    light_codes, light_nulls = _light_verbs(raw["light_verbs"])
    modalities: dict[str, Modality] = {}
    modal_verbs: dict[str, Modality] = {}
    for name, spec in raw["modality"].items():
        mapping = {str(k): _check(v, f"modality.{name}.{k}") for k, v in spec["map"].items()}
        if "*" not in mapping:
            raise CodebookError(f"verbs.yaml modality.{name}: needs a '*' fallback code")
        modality = Modality(name, frozenset(spec["verbs"]), mapping)
        modalities[name] = modality
        for verb in spec["verbs"]:
            modal_verbs.setdefault(verb, modality)
    negated = raw.get("negated", {}).get("cooperation")
    if negated is not None and negated not in modalities:
        raise CodebookError(f"verbs.yaml negated.cooperation: {negated!r} is not a modality class")
    return Codebook(
        verbs={lemma: _verb_rule(lemma, entry) for lemma, entry in raw["verbs"].items()},
        phrasal=_pairs(raw["phrasal"], "phrasal"),
        light_verbs=light_codes,
        light_non_events=light_nulls,
        non_event_compounds=_null_compounds(raw["compounds"]),
        aimed={noun: _check(code, f"aimed.{noun}") for noun, code in (raw.get("aimed") or {}).items()},
        nouns={noun: _check(code, f"nouns.{noun}") for noun, code in raw["nouns"].items()},
        compounds=_pairs(raw["compounds"], "compounds"),
        modalities=modalities,
        negated_cooperation=negated,
        symmetric=tuple(str(s) for s in raw["symmetric"]),
        denial_verbs=frozenset(raw.get("negated", {}).get("denial_verbs", [])),
        modal_verbs=modal_verbs,
        phrasal_verbs=frozenset(words.split()[0] for words in [*raw["phrasal"], *raw["light_verbs"]]),
        patient_nouns=frozenset(raw.get("patient_nouns", [])),
        non_event_verbs=frozenset(raw.get("non_event_verbs", [])),
        reciprocal_verbs=frozenset(raw.get("reciprocal_verbs", [])),
        non_event_heads=frozenset(raw.get("non_event_heads", [])),
        withheld_acts=frozenset(raw.get("withheld_acts", [])),
        ruled_out_phrases=frozenset(raw.get("ruled_out_phrases", [])),
        harm_results=frozenset(raw.get("harm_results", [])),
        gathering_verbs=frozenset(raw.get("gathering_verbs", [])),
        visit_travel_verbs=frozenset(raw.get("visit_travel_verbs", [])),
        joint_work_markers=frozenset(raw.get("joint_work_markers", [])),
        joint_work_verbs=frozenset(raw.get("joint_work_verbs", [])),
        intent_adjectives=frozenset(raw.get("intent_adjectives", [])),
        refusal_nouns=frozenset(raw.get("refusal_nouns", [])),
        gathering_nouns={
            noun: _check(code, f"gathering_nouns.{noun}") for noun, code in (raw.get("gathering_nouns") or {}).items()
        },
        drawing_verbs=frozenset((raw.get("drawn_reactions") or {}).get("verbs", [])),
        drawn_reactions={
            noun: _check(code, f"drawn_reactions.nouns.{noun}")
            for noun, code in ((raw.get("drawn_reactions") or {}).get("nouns") or {}).items()
        },
        answered_nouns={
            noun: _check(code, f"answered_nouns.{noun}") for noun, code in (raw.get("answered_nouns") or {}).items()
        },
        mediation_verbs={
            verb: _check(code, f"mediation_verbs.{verb}") for verb, code in (raw.get("mediation_verbs") or {}).items()
        },
        bombings=_bombings(raw.get("bombings")),
        giving_verbs=frozenset((raw.get("given") or {}).get("verbs", [])),
        bounded_nouns={noun: frozenset(words) for noun, words in (raw.get("bounded_nouns") or {}).items()},
        acquittals=frozenset(raw.get("acquittals", [])),
        given_things={
            noun: _check(code, f"given.things.{noun}")
            for noun, code in ((raw.get("given") or {}).get("things") or {}).items()
        },
        movers={
            verb: {who: _check(code, f"movers.{verb}.{who}") for who, code in table.items()}
            for verb, table in (raw.get("movers") or {}).items()
        },
        # (a light verb's noun counts only as that event's trigger: "agreed on a plan" makes no "plan" an event)
        event_nouns=frozenset(raw["nouns"])
        | {phrase.split()[-1] for phrase, code in raw["compounds"].items() if code is not None},
    )


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML keeps the last of two equal keys silently; in a codebook that hides an entry, so refuse it."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        keys = [self.construct_object(k, deep=deep) for k, _v in node.value]
        repeated = sorted({str(k) for k in keys if keys.count(k) > 1})
        if repeated:
            raise CodebookError(f"verbs.yaml line {node.start_mark.line + 1}: repeated keys {repeated}")
        return super().construct_mapping(node, deep=deep)


def read_codebook_text(text: str) -> dict[str, Any]:
    return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 (a SafeLoader subclass)


@lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    """The packaged codebook, parsed and checked once per process."""
    return parse_codebook(read_codebook_text(read_data_text("cameo/verbs.yaml")))
