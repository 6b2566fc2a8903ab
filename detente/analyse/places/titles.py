"""Titles that carry a place ("the Archbishop of Canterbury", "the Duke of Sussex", "the Emir of Qatar"):
the place names the see, peerage or realm of a person, not where an event happens.

Data: ``detente/data/places/titles.tsv`` -- the title words, and the sees and peerages whose names other,
bigger places share, with their country. Used by the places stage (such a place is reported with
``in_name`` set to the title, and a listed see resolves in its own country) and by the actors stage (the
person takes the see's country, never that of a namesake elsewhere).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from detente.packaged import read_data_text

from .names import name_key


@dataclass(frozen=True)
class Titles:
    words: frozenset[str]  # 'archbishop', 'duke'
    places: dict[str, str]  # name key of a see/peerage -> ISO alpha-3 ('canterbury' -> 'GBR')


@lru_cache(maxsize=1)
def load_titles() -> Titles:
    text = read_data_text("places/titles.tsv")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    words: set[str] = set()
    places: dict[str, str] = {}
    for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        kind, name, country = (cell.strip() for cell in (*row, "", "")[:3])
        if kind == "title":
            words.add(name.lower())
        elif kind == "place" and len(country) == 3:
            places[name_key(name)] = country
        else:
            raise ValueError(f"titles.tsv: bad row {row!r}")
    return Titles(frozenset(words), places)


def title_before(doc: Doc, start_token: int) -> int | None:
    """Token index of the title word when the name starting at ``start_token`` follows '<title> of'
    ('Archbishop of Canterbury', 'the Crown Prince of Abu Dhabi'), else None."""
    if start_token < 2 or doc[start_token - 1].lower_ != "of":
        return None
    title = doc[start_token - 2]
    return title.i if title.lower_ in load_titles().words else None


def see_country(name: str) -> str | None:
    """Country of a listed see or peerage ('Canterbury' -> 'GBR'), else None."""
    return load_titles().places.get(name_key(name))
