"""State-media and diplomatic phrasing: leaders who witness a signing sign; an envoy called in is summoned."""

from __future__ import annotations

import pytest

from tests.analyse.test_events_precision import coded as triples


@pytest.mark.parametrize(
    "text",
    [
        "After the talks, Xi Jinping and Kassym-Jomart Tokayev witnessed the signing of 20 cooperation documents.",
        "Modi and Hasina oversaw the signing of seven agreements in New Delhi on Saturday.",
    ],
)
def test_leaders_who_witness_a_signing_sign(text: str) -> None:
    signed = [(s[:3], t[:3]) for s, code, t in triples(text) if code == "057" and s and t]
    assert len(signed) == 1 and signed[0][0] != signed[0][1], triples(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Poland called in the Russian ambassador on Monday.", ("POL", "RUS")),
        ("Brazil hauled in the US charge d'affaires over the treatment of deportees.", ("BRA", "USA")),
    ],
)
def test_an_envoy_called_in_is_summoned(text: str, pair: tuple[str, str]) -> None:
    assert any((s or "")[:3] == pair[0] and (t or "")[:3] == pair[1] and c == "114" for s, c, t in triples(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Thai army called in reinforcements from the north.",
        "The Japanese carmaker hauled in record profits last year.",
        "Indian police called in forensic experts after the blast.",
    ],
)
def test_troops_experts_and_profits_called_or_hauled_in_are_no_summons(text: str) -> None:
    assert not any(c == "114" for _s, c, _t in triples(text))
