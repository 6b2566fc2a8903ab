"""A deal or truce a party rejects was not made (session 18): the refusal is the event, not the refused act.
Sentences composed for these tests in the style of wire news, through the whole pipeline, with negatives."""

from __future__ import annotations

import pytest

from .test_events_precision import coded, has

SLOW = pytest.mark.slow


@SLOW
@pytest.mark.parametrize(
    "text",
    [
        "Rebels in Darfur rejected a ceasefire with the Sudanese government.",
        "The opposition on Monday refused a power-sharing deal with the ruling party of Kenya.",
    ],
)
def test_a_refused_deal_was_not_made(text: str) -> None:
    found = coded(text)
    assert any(c.startswith("12") for _, c, _ in found)
    assert not any(c.startswith(("03", "05", "06", "08")) for _, c, _ in found)


@SLOW
def test_a_rejected_ceasefire_is_a_rejection_of_the_other_side() -> None:
    assert has(coded("Rebels in Darfur rejected a ceasefire with the Sudanese government."), "SDN", "12", "SDN")


@SLOW
def test_a_signed_ceasefire_is_declared() -> None:
    found = coded("Rebels in Darfur signed a ceasefire with the Sudanese government.")
    assert any(c.startswith("087") for _, c, _ in found)


@SLOW
def test_an_offer_refused_is_still_refused_to_its_maker() -> None:
    assert has(coded("Iran rejected the Japanese offer of talks."), "IRN", "12", "JPN")
