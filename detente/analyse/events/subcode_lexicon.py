"""Sub-code lexicon (``detente/data/cameo/subcodes.yaml``): the words that name what an act is about (what an appeal
asks for, a refusal refuses, an inquiry looks into), each kind with the code it gives. Loaded once and checked
against the CAMEO table and the frame classes of ``verbs.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from detente.packaged import read_data_yaml

from .codes import cameo_codes

# The families of codes refined by what an inquiry or an accusation is about (subcodes.yaml `wrongs`).
WRONG_FAMILIES = frozenset({"investigate", "accuse"})


class SubcodeLexiconError(ValueError):
    """The sub-code lexicon is malformed (a missing list, a code that is no CAMEO code)."""


@dataclass(frozen=True)
class Kind:
    """One kind of content: the words, verbs and phrases that name it, and what it gives (an act's code, or a code
    per family)."""

    words: frozenset[str]
    verbs: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    act: str | None = None  # the act it names, recoded by a frame ("071": economic aid)
    codes: tuple[tuple[str, str], ...] = ()  # family -> code ("accuse" -> "1121")
    heads: frozenset[str] = frozenset()  # words it must hang under, when any ("asked for food", "lift sanctions")

    def code_for(self, family: str) -> str | None:
        return dict(self.codes).get(family)


@dataclass(frozen=True)
class SubcodeLexicon:
    frames: dict[str, str]  # code refined -> frame class of verbs.yaml `modality`
    contents: tuple[Kind, ...]
    harms: tuple[Kind, ...]  # what a threat threatens
    requested_acts: tuple[str, ...]  # acts refused only as a request for them (aid, cooperation, reform)
    request_nouns: frozenset[str]
    allowing_verbs: frozenset[str]
    yielding_codes: frozenset[str]  # yielding acts refined by what they let in ("080" -> "0863")
    yielding_words: frozenset[str]  # the words of such an act that let in ("reopen", "green light")
    allowed_acts: dict[str, str]  # kind act -> the involvement allowed ("074" -> "0861")
    allowed_words: dict[str, str]  # word -> the involvement allowed ("inspector" -> "0862")
    wrong_codes: dict[str, str]  # code refined -> family ("090" -> "investigate")
    wrongs: tuple[Kind, ...]


def _code(code: Any, where: str) -> str:
    if not isinstance(code, str) or code not in cameo_codes():
        raise SubcodeLexiconError(f"subcodes.yaml {where}: {code!r} is not a CAMEO code of CAMEO.eventcodes.txt")
    return code


def _words(entry: dict[str, Any], key: str, where: str) -> frozenset[str]:
    words = entry.get(key, [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise SubcodeLexiconError(f"subcodes.yaml {where}.{key}: expected a list of words")
    return frozenset(w.lower() for w in words)


def _kind(entry: Any, where: str, families: frozenset[str] | None = None) -> Kind:
    if not isinstance(entry, dict):
        raise SubcodeLexiconError(f"subcodes.yaml {where}: expected a mapping")
    phrases = tuple(tuple(p.split()) for p in sorted(_words(entry, "phrases", where)))
    act = _code(entry["act"], f"{where}.act") if "act" in entry else None
    codes = entry.get("codes", {})
    if families is not None and (not isinstance(codes, dict) or not set(codes) <= families or not codes):
        raise SubcodeLexiconError(f"subcodes.yaml {where}.codes: expected a code for some of {sorted(families)}")
    checked = tuple((family, _code(code, f"{where}.codes.{family}")) for family, code in sorted(codes.items()))
    if act is None and not checked:
        raise SubcodeLexiconError(f"subcodes.yaml {where}: needs an act or codes")
    heads = _words(entry, "heads", where)
    return Kind(_words(entry, "words", where), _words(entry, "verbs", where), phrases, act, checked, heads)


def parse_subcode_lexicon(raw: dict[str, Any], frame_classes: frozenset[str]) -> SubcodeLexicon:
    frames = {_code(code, f"frames.{code}"): frame for code, frame in raw["frames"].items()}
    if unknown := set(frames.values()) - frame_classes:
        raise SubcodeLexiconError(f"subcodes.yaml frames: {sorted(unknown)} are not modality classes of verbs.yaml")
    contents = tuple(_kind(entry, f"contents[{i}]") for i, entry in enumerate(raw["contents"]))
    allowing = raw["allowing"]
    requests = raw["refused_requests"]
    wrongs = raw["wrongs"]
    wrong_codes = {_code(code, f"wrongs.codes.{code}"): family for code, family in wrongs["codes"].items()}
    if unknown := set(wrong_codes.values()) - WRONG_FAMILIES:
        raise SubcodeLexiconError(f"subcodes.yaml wrongs.codes: {sorted(unknown)} are not {sorted(WRONG_FAMILIES)}")
    return SubcodeLexicon(
        frames=frames,
        contents=contents,
        harms=tuple(_kind(entry, f"harms[{i}]") for i, entry in enumerate(raw["harms"])),
        requested_acts=tuple(str(a) for a in requests["acts"]),
        request_nouns=_words(requests, "nouns", "refused_requests"),
        allowing_verbs=_words(allowing, "verbs", "allowing"),
        yielding_codes=frozenset(_code(c, "allowing.codes") for c in allowing["codes"]),
        yielding_words=_words(allowing, "yield_verbs", "allowing") | _words(allowing, "light_words", "allowing"),
        allowed_acts={_code(k, "allowing.acts"): _code(v, f"allowing.acts.{k}") for k, v in allowing["acts"].items()},
        allowed_words={k: _code(v, f"allowing.words.{k}") for k, v in allowing["words"].items()},
        wrong_codes=wrong_codes,
        wrongs=tuple(_kind(entry, f"wrongs.kinds[{i}]", WRONG_FAMILIES) for i, entry in enumerate(wrongs["kinds"])),
    )


@lru_cache(maxsize=1)
def load_subcode_lexicon() -> SubcodeLexicon:
    """The packaged sub-code lexicon, parsed and checked once per process."""
    from .patterns import load_codebook

    return parse_subcode_lexicon(read_data_yaml("cameo/subcodes.yaml"), frozenset(load_codebook().modalities))
