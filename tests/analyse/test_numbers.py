"""Number phrases as news writes them."""

from __future__ import annotations

import pytest

from detente.analyse.numbers import is_vague, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3,200", 3200.0),
        ("328.08 billion", 328080000000.0),
        ("2 million", 2000000.0),
        ("5bn", 5e9),
        ("twenty-one", 21.0),
        ("one hundred and twenty", 120.0),
        ("a dozen", 12.0),
        ("half a million", 500000.0),
        ("one and a half", 1.5),
        ("2 1/2", 2.5),
        ("a two", 2.0),
        ("21st", 21.0),
        ("hundreds", None),
        ("15-20", None),
        ("one and three", None),
        ("two thousand and five", 2005.0),
        ("several", None),
        ("rock", None),
        ("", None),
    ],
)
def test_parse_number(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


def test_vague_quantities() -> None:
    assert is_vague("Several") and is_vague("dozens") and is_vague("hundreds of thousands")
    assert not is_vague("two")
