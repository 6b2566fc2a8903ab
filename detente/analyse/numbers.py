"""Numbers as news writes them -> floats: '3,200', '328.08 billion', 'twenty-one', 'a dozen', '5bn'.

Shared by the dates stage (counts in 'two weeks ago') and the amounts stage. The number words are
data (``detente/data/numbers/words.json``); this module only combines them.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from detente.packaged import read_data_text

# A numeral with optional thousands separators and decimals; a trailing scale may be glued on ('5bn').
_NUMERAL = re.compile(r"^(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?P<scale>[a-z]+)?$")
_SPLIT = re.compile(r"[\s\-]+")


@lru_cache(maxsize=1)
def number_words() -> dict[str, Any]:
    """The number lexicon (ones, tens, scales, fractions, vague words)."""
    text = read_data_text("numbers/words.json")
    return json.loads(text)


def _token_value(token: str, words: dict[str, Any]) -> tuple[str, float] | None:
    """Classify one token: ('n', value) for a number, ('s', factor) for a scale word."""
    match = _NUMERAL.match(token)
    if match:
        value = float(match["num"].replace(",", ""))
        scale = match["scale"]
        if scale is None:
            return ("n", value)
        if scale in words["scales"]:
            return ("n", value * words["scales"][scale])
        if scale in {"st", "nd", "rd", "th"}:  # ordinals: '21st'
            return ("n", value)
        return None
    if token in words["ones"]:
        return ("n", float(words["ones"][token]))
    if token in words["tens"]:
        return ("n", float(words["tens"][token]))
    if token in words["fractions"]:
        return ("f", float(words["fractions"][token]))
    if token in words["scales"]:
        return ("s", float(words["scales"][token]))
    return None


def parse_number(text: str) -> float | None:
    """The value of a number phrase, or None when it holds no definite number.

    Words that are not part of the number ('about', 'some', currency signs) must be stripped by the
    caller; 'and' between number words is allowed ('one hundred and twenty').
    """
    raw = [t for t in _SPLIT.split(text.strip().lower().replace("\u2013", "-")) if t]
    words = number_words()
    for i, token in enumerate(raw):
        # 'and' joins a number after a scale ('a hundred and twenty') or a fraction ('one and a half');
        # elsewhere it joins two numbers: 'between one and three', '100,000 and one million'
        following = raw[i + 1] if i + 1 < len(raw) else ""
        if token == "and" and not (i > 0 and raw[i - 1] in words["scales"]) and following not in {"a", "an"}:
            return None
    tokens = [t for t in raw if t != "and"]
    if not tokens:
        return None
    total = 0.0  # completed groups (after a scale of 1000 or more)
    group = 0.0  # the group being built ('twenty one' before 'million')
    seen_number = False
    for position, token in enumerate(tokens):
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if token in {"a", "an"} and (
            position > 0
            or (
                following is not None
                and _token_value(following, words) is not None
                and following not in words["scales"]
            )
        ):
            continue  # 'half a million', 'one and a half', 'a two-day visit'
        if re.fullmatch(r"\d+/\d+", token):  # '2 1/2'
            numerator, denominator = token.split("/")
            if int(denominator) == 0:
                return None
            group += int(numerator) / int(denominator)
            seen_number = True
            continue
        kind = _token_value(token, words)
        if kind is None:
            return None
        what, value = kind
        if what == "n":
            if seen_number and token[0].isdigit():
                return None  # '15-20' is a range and '3 4' two numbers, not their sum
            group += value
            seen_number = True
        elif what == "f":  # 'half a million', 'one and a half'
            group = group + value if seen_number else value
            seen_number = True
        else:
            if not seen_number:
                if token.endswith("s") and token in words["vague"]:
                    return None  # 'thousands of' has no definite value
                group = 1.0  # 'dozen eggs' is rare, but 'hundred' alone means 100
                seen_number = True
            if value >= 1000:
                total += group * value
                group = 0.0
            else:
                group *= value
    if not seen_number:
        return None
    return round(total + group, 6)


def is_vague(text: str) -> bool:
    """True for quantity words with no definite value ('several', 'dozens', 'hundreds of thousands')."""
    words = [w for w in text.strip().lower().split() if w != "of"]
    return bool(words) and all(w in number_words()["vague"] for w in words)
