"""Judgement lexicon (``detente/data/cameo/judgements.yaml``): the evaluative words of blame and praise, the verbs
of being and of labelling through which a speaker judges another party with no act verb ("said Japan's decision
was a grave mistake", "described the move as provocative"), and what a judgement of a party's thing is. Loaded
once and checked against the CAMEO table."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from detente.packaged import read_data_yaml, word_set

from .codes import cameo_codes
from .grammar import children


class JudgementLexiconError(ValueError):
    """The judgement lexicon is malformed (a missing list, a code that is no CAMEO code)."""


# Dependents of a predicate that carry its judgement ("a grave mistake", "an act of aggression").
_MODIFIERS = {"amod", "compound", "advmod", "acomp", "conj"}


@dataclass(frozen=True)
class Concern:
    code: str  # what a party's concern at another's act is (012)
    words: frozenset[str]  # the adjectives and participles of concern, as written
    prepositions: frozenset[str]  # what names the concern's object ("over", "about")


@dataclass(frozen=True)
class HostileDocuments:
    code: str  # what putting forward a motion hostile to a party is (111)
    nouns: frozenset[str]  # motions and resolutions
    issuing_verbs: frozenset[str]  # verbs (or "verb particle") of putting one forward
    adjectives: frozenset[str]  # "critical (of X)"
    prepositions: frozenset[str]  # "against X"
    prefixes: frozenset[str]  # "anti-X"


@dataclass(frozen=True)
class Deeds:
    code: str  # what telling of such a deed of another party is (praise 051, blame 111)
    verbs: frozenset[str]  # lemmas of the verbs that tell it
    nouns: frozenset[str] = frozenset()  # lemmas of their objects ("made great achievements"), or of the credit


@dataclass(frozen=True)
class Appraisals:
    achievements: Deeds  # "has made great achievements"
    credit: Deeds  # "has developed rapidly under the leadership of X"
    failings: Deeds  # "has failed to correct the errors"


@dataclass(frozen=True)
class JudgementLexicon:
    codes: dict[str, str]  # evaluative word -> CAMEO code (blame 111, praise 051)
    blame_code: str
    blame_when_negated: frozenset[str]
    copulas: frozenset[str]
    labelling_verbs: frozenset[str]
    wish_verbs: frozenset[str]
    need_verbs: frozenset[str]
    hope_verbs: frozenset[str]
    opinion_verbs: frozenset[str]
    people_nouns: frozenset[str]
    seeing_verbs: frozenset[str]
    blame_manners: frozenset[str]
    harm_verbs: frozenset[str]
    concern: Concern
    suspicion_verbs: frozenset[str]
    charge_nouns: frozenset[str]
    hostile_documents: HostileDocuments
    consequence_verbs: frozenset[str]
    appraisals: Appraisals

    def code_of(self, predicate: Token, negated: bool = False) -> tuple[str, Token] | None:
        """The code a predicate ('unacceptable', 'a grave mistake', 'an act of aggression') judges with, and
        the word that carries it. A negated judgement blames only with the words listed for it ('was not
        acceptable'); a negated blame or praise ('was not a mistake') is none."""
        words = [predicate, *children(predicate, _MODIFIERS)]
        words += [o for p in children(predicate, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})]
        for word in words:
            lemma = word.lemma_.lower()
            if negated:
                if lemma in self.blame_when_negated:
                    return self.blame_code, word
            elif lemma in self.codes or word.lower_ in self.codes:
                return self.codes.get(lemma) or self.codes[word.lower_], word
        return None


def _words(section: dict[str, Any], key: str, where: str) -> frozenset[str]:
    return word_set(section, key, f"judgements.yaml {where}", JudgementLexiconError)


def parse_judgement_lexicon(raw: dict[str, Any]) -> JudgementLexicon:
    if not isinstance(raw, dict) or not isinstance(raw.get("kinds"), dict):
        raise JudgementLexiconError("judgements.yaml: expected a mapping with 'kinds'")
    known = cameo_codes()
    codes: dict[str, str] = {}
    for name, kind in raw["kinds"].items():
        code = kind.get("code") if isinstance(kind, dict) else None
        if not isinstance(code, str) or code not in known:
            raise JudgementLexiconError(f"judgements.yaml kinds.{name}: {code!r} is not a CAMEO code (a quoted string)")
        for word in _words(kind, "words", f"kinds.{name}."):
            if codes.setdefault(word, code) != code:
                raise JudgementLexiconError(f"judgements.yaml kinds.{name}: {word!r} is listed under two codes")
    blame = raw["kinds"].get("blame", {}).get("code")
    if blame is None:
        raise JudgementLexiconError("judgements.yaml: expected a 'blame' kind")
    return JudgementLexicon(
        codes=codes,
        blame_code=blame,
        blame_when_negated=_words(raw, "blame_when_negated", ""),
        copulas=_words(raw, "copulas", ""),
        labelling_verbs=_words(raw, "labelling_verbs", ""),
        wish_verbs=_words(raw, "wish_verbs", ""),
        need_verbs=_words(raw, "need_verbs", ""),
        hope_verbs=_words(raw, "hope_verbs", ""),
        opinion_verbs=_words(raw, "opinion_verbs", ""),
        people_nouns=_words(raw, "people_nouns", ""),
        seeing_verbs=_words(raw, "seeing_verbs", ""),
        blame_manners=_words(raw, "blame_manners", ""),
        harm_verbs=_words(raw, "harm_verbs", ""),
        concern=_concern(raw.get("concern"), known),
        suspicion_verbs=_words(raw, "suspicion_verbs", ""),
        charge_nouns=_words(raw, "charge_nouns", ""),
        hostile_documents=_hostile_documents(raw.get("hostile_documents"), known),
        consequence_verbs=_words(raw, "consequence_verbs", ""),
        appraisals=_appraisals(raw.get("appraisals"), known),
    )


def _appraisals(section: Any, known: dict[str, Any]) -> Appraisals:
    if not isinstance(section, dict):
        raise JudgementLexiconError("judgements.yaml appraisals: expected a mapping of kinds of deeds")
    return Appraisals(
        achievements=_deeds(section, "achievements", known),
        credit=_deeds(section, "credit", known),
        failings=_deeds(section, "failings", known, with_nouns=False),
    )


def _deeds(section: dict[str, Any], name: str, known: dict[str, Any], with_nouns: bool = True) -> Deeds:
    kind = _coded_section(section.get(name), f"appraisals.{name}", known)
    where = f"appraisals.{name}."
    nouns = _words(kind, "nouns", where) if with_nouns else frozenset()
    return Deeds(code=kind["code"], verbs=_words(kind, "verbs", where), nouns=nouns)


def _coded_section(section: Any, name: str, known: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(section, dict) or section.get("code") not in known:
        raise JudgementLexiconError(f"judgements.yaml {name}: expected a mapping with a CAMEO 'code' (a quoted string)")
    return section


def _hostile_documents(section: Any, known: dict[str, Any]) -> HostileDocuments:
    section = _coded_section(section, "hostile_documents", known)
    where = "hostile_documents."
    return HostileDocuments(
        code=section["code"],
        nouns=_words(section, "nouns", where),
        issuing_verbs=_words(section, "issuing_verbs", where),
        adjectives=_words(section, "adjectives", where),
        prepositions=_words(section, "prepositions", where),
        prefixes=_words(section, "prefixes", where),
    )


def _concern(section: Any, known: dict[str, Any]) -> Concern:
    section = _coded_section(section, "concern", known)
    return Concern(
        code=section["code"],
        words=_words(section, "words", "concern."),
        prepositions=_words(section, "prepositions", "concern."),
    )


@lru_cache(maxsize=1)
def load_judgement_lexicon() -> JudgementLexicon:
    """The packaged judgement lexicon, parsed and checked once per process."""
    return parse_judgement_lexicon(read_data_yaml("cameo/judgements.yaml"))
