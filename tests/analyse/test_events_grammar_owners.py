"""grammar.named_owners: the words naming who owns a noun ('France's proposal', 'the proposal of France'),
never a possessive pronoun ('its proposal' is the doer's own). Sentences composed for these tests."""

from __future__ import annotations

import pytest

from detente.analyse.events.grammar import named_owners


def _noun(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.lower_ == word)


@pytest.mark.parametrize(
    ("text", "preps", "expected"),
    [
        ("Berlin rejected Warsaw's proposal on the border.", (), ["Warsaw"]),
        ("Berlin rejected the proposal of Warsaw.", ("of",), ["Warsaw"]),
        # a preposition not asked for names no owner
        ("Berlin rejected the proposal of Warsaw.", (), []),
        # a pronoun owner is the doer itself, found from the clause instead
        ("Berlin restated its proposal on the border.", ("of",), []),
    ],
)
def test_named_owners(nlp, text: str, preps: tuple[str, ...], expected: list[str]) -> None:
    owners = named_owners(_noun(nlp, text, "proposal"), preps)
    assert [t.text for t in owners] == expected
