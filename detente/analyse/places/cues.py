"""Place cues: the words around a name that say it names a place (data: ``detente/data/places/cues.tsv``)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from detente.packaged import read_data_text

KINDS = ("head", "name_head", "admin_head", "district_head", "site_head", "site_qualifier", "left_noun", "preposition")


@dataclass(frozen=True)
class PlaceCues:
    heads: frozenset[str]  # every generic noun after a name, administrative ones included
    name_heads: frozenset[str]  # heads also written capitalised, and taken off unknown names
    admin_heads: frozenset[str]  # first-level divisions: 'region', 'province', 'oblast'
    division_heads: frozenset[str]  # the admin heads and the lower ones: 'district', 'county'
    site_heads: frozenset[str]
    site_qualifiers: frozenset[str]
    left_nouns: frozenset[str]
    prepositions: frozenset[str]
    longest: int  # words in the longest cue

    def head_suffixes(self) -> tuple[str, ...]:
        """' region', ' sector': the heads that may be taken off a name, as key suffixes, longest first."""
        return tuple(f" {h}" for h in sorted(self.name_heads, key=len, reverse=True))

    def head(self, written: str) -> str | None:
        """The head a phrase is, in the singular: 'region', 'Region', 'regions' -> 'region'; 'village'
        but not 'Village' (capitalised it is part of a name); None when it is no head."""
        lower = written.lower()
        for form in (lower, *_singulars(lower)):
            if form in self.heads and (written == lower or form in self.name_heads):
                return form
        return None

    def is_plural_head(self, written: str) -> bool:
        """'regions', 'provinces': a head shared by the names before it ('the Kherson and
        Zaporizhzhia regions')."""
        head = self.head(written)
        return head is not None and head != written.lower()


def _singulars(word: str) -> tuple[str, ...]:
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    return (word[:-1],) if word.endswith("s") and not word.endswith("ss") else ()


@lru_cache(maxsize=1)
def load_cues() -> PlaceCues:
    text = read_data_text("places/cues.tsv")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    words: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        word, kind = (cell.strip() for cell in row)
        if kind not in words:
            raise ValueError(f"cues.tsv: unknown kind {kind!r} for {word!r}")
        words[kind].add(" ".join(word.lower().split()))
    every = set().union(*words.values())
    return PlaceCues(
        heads=frozenset(words["head"] | words["name_head"] | words["admin_head"] | words["district_head"]),
        name_heads=frozenset(words["name_head"] | words["admin_head"] | words["district_head"]),
        admin_heads=frozenset(words["admin_head"]),
        division_heads=frozenset(words["admin_head"] | words["district_head"]),
        site_heads=frozenset(words["site_head"]),
        site_qualifiers=frozenset(words["site_qualifier"]),
        left_nouns=frozenset(words["left_noun"]),
        prepositions=frozenset(words["preposition"]),
        longest=max(len(w.split()) for w in every),
    )
