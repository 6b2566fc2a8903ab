"""Name keys: how a place name is normalised so that spelling variants meet in one dictionary key."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/]+")
_DROPPED = re.compile(r"[.\u00b7,()\"]")

# Words a gazetteer entry may carry that news usually leaves out ("Jeju City" is "Jeju" in a story).
# Order matters: the longest suffix is tried first.
CITY_SUFFIXES = (" city", " shi", " si", " town", " municipality")
ADMIN_SUFFIXES = (
    " special self governing province",
    " special autonomous province",
    " autonomous region",
    " autonomous community",
    " metropolitan city",
    " special city",
    " province",
    " prefecture",
    " governorate",
    " region",
    " oblast",
    " krai",
    " state",
    " county",
    " district",
    " department",
    " do",
    " ken",
    " sheng",
)

# The Arabic article as GeoNames transliterates it ('Al Qamishli', 'As Samawah', 'Ad Dawhah'); news
# often drops it ('Qamishli', 'Samawa').
ARABIC_ARTICLES = ("al ", "el ", "ar ", "as ", "ad ", "an ", "ash ", "at ", "az ", "adh ", "ath ")


def name_key(name: str) -> str:
    """Casefolded, accent-free, punctuation-light form of a name: 'Gyeongju-si' -> 'gyeongju si'."""
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DROPPED.sub("", text.casefold())
    text = _SEPARATORS.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def strip_suffix(key: str, suffixes: tuple[str, ...]) -> str | None:
    """The key without one trailing generic word, or None when none applies (or nothing would remain)."""
    for suffix in suffixes:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            return key[: -len(suffix)]
    return None


def is_latin(name: str) -> bool:
    """True for names written in Latin script (GeoNames alternate names mix every script)."""
    return all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())
